#!/bin/sh
# Theme and stance quality on the bundled corpus's held-out test split,
# per language, through `sayasat eval`. Lexicons and decision values were
# chosen on the dev split only.
#
# Floors, per language, the corpus issue's targets: theme micro-F1 >= 0.85
# and stance macro-F1 >= 0.70. Stance does NOT reach its target on the test
# split, which holds documents written blind to the lexicons (measured on 86
# Russian and 53 Kazakh test documents: ru 0.691, kk 0.695; dev 0.833 and
# 0.823; one document moves a figure by about 0.02): the stance floors guard
# those figures against regressions until the stance model improves.
cd "$(dirname "$0")/../.." || exit 2
SAYASAT=${SAYASAT:-build/sayasat}
. tests/eval/report.sh
out=$(evaluate corpus) || { echo "corpus-eval: sayasat eval failed"; exit 1; }
printf '%s\n' "$out"
passed=0
failed=0
floor() {       # floor NAME LANG KIND MIN
    value=$(figure "$out" "$2" "$3")
    if [ -n "$value" ] && awk -v v="$value" -v m="$4" 'BEGIN { exit !(v >= m) }'; then
        echo "PASS $1: $value >= $4"; passed=$((passed + 1))
    else
        echo "FAIL $1: ${value:-?} < $4"; failed=$((failed + 1))
    fi
}
floor "ru theme micro-F1 (test)" ru themes 0.85
floor "kk theme micro-F1 (test)" kk themes 0.85
floor "ru stance macro-F1 (test, regression guard; target 0.70)" ru stance 0.67
floor "kk stance macro-F1 (test, regression guard; target 0.70)" kk stance 0.67
echo "corpus-eval: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
