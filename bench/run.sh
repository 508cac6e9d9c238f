#!/bin/sh
# bench/run.sh: drives build/bench/bench (see bench/bench.c); run by
# `make bench` as BUILD=build sh bench/run.sh, from the repository root.
#   BUILD            build directory (default: build)
#   SAYASAT_SHARED   shared data for the stemming word lists: a directory
#                    holding hunspell-kk/ and snowball/, or one whose data/
#                    does (default: ../shared/data)
#   BENCH_MB         size of the generated input (default: 50)
#   BENCH_REPEAT     runs per measurement, best reported (default: 5)
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
BENCH_MB=${BENCH_MB:-50}
bench=$BUILD/bench/bench
input=$BUILD/bench/input-${BENCH_MB}mb.jsonl

shared=${SAYASAT_SHARED:-../shared/data}
if [ -d "$shared/data/hunspell-kk" ] || [ -d "$shared/data/snowball" ]; then
    shared=$shared/data
fi

if [ ! -x "$bench" ] || [ ! -x "$BUILD/sayasat" ]; then
    echo "bench/run.sh: build $bench and $BUILD/sayasat first (make bench)" >&2
    exit 2
fi
mkdir -p "$BUILD/bench"
if [ ! -s "$input" ]; then
    "$bench" gen corpus "$input" "$BENCH_MB"
fi
exec "$bench" run --input "$input" --lexicons lexicons \
    --sayasat "$BUILD/sayasat" --corpus corpus --shared "$shared"
