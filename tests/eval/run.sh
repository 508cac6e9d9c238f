#!/bin/sh
# Stemmer quality floors through `sayasat eval-stem`, on the gold files in
# ../shared/data (or $SAYASAT_SHARED/data); skipped with a message where they
# are absent. The floors are the figures the stemmer issue asks for:
# Kazakh F1 >= 0.85 on hunspell-kk groups and on UD KTB train, and Russian
# no worse than Snowball alone (UD GSD dev 0.797, Taiga dev 0.734).
cd "$(dirname "$0")/../.." || exit 2
SAYASAT=${SAYASAT:-build/sayasat}
data=${SAYASAT_SHARED:-../shared}/data
passed=0
failed=0
skipped=0

floor() {   # floor NAME LANG FILE MIN_F1
    if [ ! -f "$data/$3" ]; then
        echo "SKIP $1: $data/$3 is absent (set SAYASAT_SHARED)"
        skipped=$((skipped + 1))
        return
    fi
    json=$("$SAYASAT" eval-stem --lexicons lexicons --lang "$2" --format json "$data/$3")
    f1=$(printf '%s\n' "$json" | sed 's/.*"stemmer":{[^}]*"f1":\([0-9.]*\).*/\1/')
    trunc=$(printf '%s\n' "$json" | sed 's/.*"best":{[^}]*"f1":\([0-9.]*\).*/\1/')
    if awk -v f="$f1" -v m="$4" 'BEGIN { exit !(f >= m) }'; then
        echo "PASS $1: F1 $f1 >= $4 (best truncation $trunc)"
        passed=$((passed + 1))
    else
        echo "FAIL $1: F1 $f1 < $4 (best truncation $trunc)"
        failed=$((failed + 1))
    fi
}

floor kk-hunspell kk hunspell-kk/kk-hunspell-groups.tsv 0.85
floor kk-ktb-train kk ud/kk/kk-ktb-train.tsv 0.85
floor ru-gsd-dev ru ud/ru/ru-gsd-dev.tsv 0.797
floor ru-taiga-dev ru ud/ru/ru-taiga-dev.tsv 0.734
echo "stem-eval: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
