#!/bin/sh
# CLI scenarios of several steps: import a LIWC dictionary, check the result
# with lint, score a text with it.
cd "$(dirname "$0")/../.." || exit 2
SAYASAT=${SAYASAT:-build/sayasat}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {   # check NAME ACTUAL EXPECTED
    if [ "$2" = "$3" ]; then
        passed=$((passed + 1)); echo "PASS $1"
    else
        failed=$((failed + 1)); printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$1" "$3" "$2"
    fi
}

# ---- import-liwc -------------------------------------------------------------
"$SAYASAT" lexicon import-liwc tests/cli/data/sample.dic --lang ru -o "$tmp/liwc" \
    >"$tmp/out" 2>"$tmp/err"
check "import-liwc exit status (2 lines skipped)" "$?" 1
check "import-liwc names skipped lines" \
      "$(grep -c 'sample.dic:1[35]: skipped' "$tmp/err")" 2
check "import-liwc files" "$(cd "$tmp/liwc/ru" && ls | tr '\n' ' ')" \
      "liwc_1.lex negemo.lex posemo.lex ru_pol.lex "
check "import-liwc category header" \
      "$(sed -n '2,4p' "$tmp/liwc/ru/liwc_1.lex" | tr '\n' '|')" \
      "@theme liwc_1|@lang ru|@label Выборы|"
check "import-liwc entries" "$(grep -v '^[#@]' "$tmp/liwc/ru/liwc_1.lex" | grep . | tr '\n' '|')" \
      '"выборы"|прям* выбор*|"явка"|кандидат*|'
check "import-liwc entry in two categories" \
      "$(grep -c 'замечательно' "$tmp/liwc/ru/posemo.lex" "$tmp/liwc/ru/ru_pol.lex" | tr '\n' ' ')" \
      "$tmp/liwc/ru/posemo.lex:1 $tmp/liwc/ru/ru_pol.lex:1 "
"$SAYASAT" lexicon import-liwc tests/cli/data/sample.dic --lang ru -o "$tmp/liwc" \
    >/dev/null 2>"$tmp/err"
check "import-liwc never overwrites" "$? $(grep -c 'File exists' "$tmp/err")" "2 1"
# LIWC categories nest (a word counts in a category and its parent): lint
# reports each shared entry as a collision between themes.
"$SAYASAT" lexicon lint "$tmp/liwc" >"$tmp/out" 2>&1
check "lint reports the entries LIWC categories share" \
      "$? $(grep -c "ru_pol.lex:[67]:1: .* stems like the entry" "$tmp/out")" "1 2"
out=$(echo 'Прямые выборы прошли замечательно, кандидатов было много.' |
      "$SAYASAT" score --lexicons "$tmp/liwc" --format tsv | tail -1 | cut -f5)
check "scored with the imported lexicons" "$out" "liwc_1,ru_pol"
printf 'not a dictionary\n' >"$tmp/bad.dic"
"$SAYASAT" lexicon import-liwc "$tmp/bad.dic" -o "$tmp/bad" 2>"$tmp/err"
check "import-liwc rejects a file without header" \
      "$? $(grep -c 'bad.dic:1: a LIWC dictionary starts with' "$tmp/err")" "2 1"
printf '%%\n1\tx\n%%\nслово\t7\n' >"$tmp/bad2.dic"
"$SAYASAT" lexicon import-liwc "$tmp/bad2.dic" -o "$tmp/bad2" 2>"$tmp/err"
check "import-liwc names an undeclared category" \
      "$? $(grep -c 'bad2.dic:4: category 7 is not in the header' "$tmp/err")" "2 1"

# ---- the shipped lexicons ------------------------------------------------------
"$SAYASAT" lexicon lint lexicons >"$tmp/out" 2>&1
check "shipped lexicons lint clean" "$? $(tail -1 "$tmp/out")" \
      "0 sayasat lexicon lint: lexicons: 0 problems"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
