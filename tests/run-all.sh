#!/bin/sh
# Runs every test suite of `make check`: the cmocka unit and evaluation
# binaries, the golden CLI tests, the pathological inputs, the corpus
# evaluations (clean, and with page furniture and in Latin-script Kazakh).
# Each suite prints its own results; the last line counts suites.
BUILD=${BUILD:-build}
SAYASAT=${SAYASAT:-$BUILD/sayasat}
export SAYASAT
passed=0
failed=0
failures=""

run() {
    name=$1
    shift
    echo "== $name"
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures="$failures $name"
    fi
}

for t in "$BUILD"/tests/unit/test_* "$BUILD"/tests/eval/test_*; do
    [ -x "$t" ] && run "$(basename "$t")" "$t"
done
[ -f tests/golden/run.sh ] && run golden sh tests/golden/run.sh
[ -f tests/pathological/run.sh ] && run pathological sh tests/pathological/run.sh
run cli sh tests/cli/run.sh
run stem-eval sh tests/eval/run.sh
run corpus-eval sh tests/eval/corpus.sh
run robust-eval sh tests/eval/robust.sh
run install sh tests/install/run.sh

[ -n "$failures" ] && echo "failed suites:$failures"
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
