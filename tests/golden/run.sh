#!/bin/sh
# Golden tests of the sayasat command line.
#
#   sh tests/golden/run.sh [CASE...]        run every case, or the named ones
#   SAYASAT=build/asan/sayasat sh tests/golden/run.sh
#   UPDATE=1 sh tests/golden/run.sh CASE    rewrite CASE's expectations from
#                                           what the program prints now
#
# A case is tests/golden/<case>.args: one line, the arguments after
# `sayasat` as shell words (the command first: `score --format csv FILE`).
# Optional files beside it:
#   <case>.in      standard input (default: /dev/null)
#   <case>.out     expected standard output (required)
#   <case>.err     expected standard error (compared only when present)
#   <case>.status  expected exit status (default 0)
#
# Cases run from the repository root with SAYASAT_LEXICONS set to the small
# test lexicons in tests/golden/data/lexicons, so that the expectations do
# not move when the real lexicons grow. A case that wants other lexicons
# passes --lexicons DIR (before or after its command).
#
# UPDATE=1 writes .out, writes .err when the case has one or stderr is not
# empty, and writes .status when it is not 0 (or the case has one). Review
# every rewritten file by hand: an expectation states what is correct, not
# what the program happens to print today.

cd "$(dirname "$0")/../.." || exit 2
SAYASAT=${SAYASAT:-build/sayasat}
SAYASAT_LEXICONS=tests/golden/data/lexicons
export SAYASAT_LEXICONS
LC_ALL=C.UTF-8
export LC_ALL
dir=tests/golden

if [ ! -x "$SAYASAT" ] && ! command -v "$SAYASAT" >/dev/null 2>&1; then
    echo "golden: $SAYASAT is not an executable (run make)" >&2
    exit 2
fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP

if [ $# -gt 0 ]; then
    cases=""
    for c in "$@"; do
        c=${c%.args}
        c=${c##*/}
        [ -f "$dir/$c.args" ] || { echo "golden: no case $c" >&2; exit 2; }
        cases="$cases $dir/$c.args"
    done
else
    cases=$(ls "$dir"/*.args)
fi

pass=0
fail=0
for argsfile in $cases; do
    name=$(basename "$argsfile" .args)
    input=$dir/$name.in
    [ -f "$input" ] || input=/dev/null
    line=$(cat "$argsfile")
    # The case's arguments as shell words ($line is ours: the repo's files).
    eval "set -- $line"
    "$SAYASAT" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
    status=$?
    expected_status=0
    [ -f "$dir/$name.status" ] && expected_status=$(cat "$dir/$name.status")

    if [ -n "$UPDATE" ]; then
        cp "$tmp/out" "$dir/$name.out"
        if [ -f "$dir/$name.err" ] || [ -s "$tmp/err" ]; then
            cp "$tmp/err" "$dir/$name.err"
        fi
        if [ "$status" -ne 0 ] || [ -f "$dir/$name.status" ]; then
            echo "$status" >"$dir/$name.status"
        fi
        echo "UPDATED $name (status $status): review it by hand"
        continue
    fi

    ok=1
    : >"$tmp/report"
    if [ ! -f "$dir/$name.out" ]; then
        echo "  no $dir/$name.out (run with UPDATE=1, then review it)" >>"$tmp/report"
        ok=0
    elif ! diff -u "$dir/$name.out" "$tmp/out" >"$tmp/diff" 2>&1; then
        echo "  standard output differs:" >>"$tmp/report"
        sed 's/^/    /' "$tmp/diff" >>"$tmp/report"
        ok=0
    fi
    if [ -f "$dir/$name.err" ] &&
        ! diff -u "$dir/$name.err" "$tmp/err" >"$tmp/diff" 2>&1; then
        echo "  standard error differs:" >>"$tmp/report"
        sed 's/^/    /' "$tmp/diff" >>"$tmp/report"
        ok=0
    fi
    # A sanitizer build reports leaks and undefined behaviour on stderr (and
    # ASan's exit status 1 could pass for an expected 1).
    sanitizer=0
    if grep -E -q '^==[0-9]+==ERROR: |runtime error: ' "$tmp/err"; then
        sanitizer=1
        echo "  sanitizer report on standard error:" >>"$tmp/report"
        grep -E -A 12 '^==[0-9]+==ERROR: |runtime error: ' "$tmp/err" |
            head -n 20 | sed 's/^/    /' >>"$tmp/report"
        ok=0
    fi
    if [ "$status" != "$expected_status" ]; then
        echo "  exit status $status, expected $expected_status" >>"$tmp/report"
        if [ ! -f "$dir/$name.err" ] && [ -s "$tmp/err" ] && [ $sanitizer = 0 ]; then
            echo "  standard error:" >>"$tmp/report"
            sed 's/^/    /' "$tmp/err" >>"$tmp/report"
        fi
        ok=0
    fi
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
        echo "PASS $name"
    else
        fail=$((fail + 1))
        echo "FAIL $name"
        cat "$tmp/report"
    fi
done

[ -n "$UPDATE" ] && exit 0
echo "golden: $pass passed, $fail failed"
[ $fail -eq 0 ]
