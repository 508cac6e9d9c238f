#!/bin/sh
# Bad and extreme input for the sayasat command line: every input document
# must yield exactly one output record, an error record must name the file
# and the line or byte offset, the good documents around a bad one must still
# be scored, and nothing may hang or run out of memory.
#
#   sh tests/pathological/run.sh [TEST...]
#   SAYASAT=build/asan/sayasat sh tests/pathological/run.sh
#
# Inputs are generated into a temporary directory (removed at exit); nothing
# big is committed. The tests use the small lexicons of the golden tests
# (tests/golden/data/lexicons), so the expected figures do not move when the
# real lexicons grow. Every run is wrapped in `timeout`.
#
# Environment: SAYASAT (default build/sayasat), PATHO_DOCS (documents in the
# many-documents test: default 1000000, 200000 for a sanitizer build),
# PATHO_TIMEOUT (seconds per ordinary run, default 60).

cd "$(dirname "$0")/../.." || exit 2
SAYASAT=${SAYASAT:-build/sayasat}
case $SAYASAT in
*/*) SAYASAT=$(cd "$(dirname "$SAYASAT")" 2>/dev/null && pwd)/$(basename "$SAYASAT") ;;
esac
if [ ! -x "$SAYASAT" ] && ! command -v "$SAYASAT" >/dev/null 2>&1; then
    echo "pathological: $SAYASAT is not an executable (run make)" >&2
    exit 2
fi
LC_ALL=C.UTF-8
export LC_ALL
TIMEOUT=${PATHO_TIMEOUT:-60}
SAYASAT_LEXICONS=$(pwd)/tests/golden/data/lexicons
export SAYASAT_LEXICONS

# A sanitizer build is several times slower and cannot run under ulimit -v.
sanitized=0
if grep -q -a -e __asan_init -e __ubsan_handle "$SAYASAT" 2>/dev/null; then
    sanitized=1
fi
if [ -z "$PATHO_DOCS" ]; then
    if [ $sanitized = 1 ]; then PATHO_DOCS=200000; else PATHO_DOCS=1000000; fi
fi

tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
cd "$tmp" || exit 2    # inputs are named relative to here, as a user would

pass=0
fail=0
problems=""

# run SECONDS ARGS...: runs sayasat; stdout in out, stderr in err, exit
# status in $status (124 when timed out), wall seconds in $elapsed.
run() {
    limit=$1
    shift
    t0=$(date +%s)
    timeout -k 5 "$limit" "$SAYASAT" "$@" >out 2>err
    status=$?
    elapsed=$(($(date +%s) - t0))
    if [ $status -eq 124 ] || [ $status -eq 137 ]; then
        problem "timed out after $limit s: sayasat $*"
    fi
    check_sanitizer
}
# A sanitizer build reports leaks and undefined behaviour on stderr (and
# ASan's exit status 1 could pass for an expected 1).
check_sanitizer() {
    if grep -E -q '^==[0-9]+==ERROR: |runtime error: ' err; then
        problem "sanitizer report: $(grep -E -m 1 -A 7 '^==[0-9]+==ERROR: |runtime error: ' err | grep -E 'ERROR|runtime error|#[123] ' | tr -s ' ' | tr '\n' ' ' | cut -c1-400)"
    fi
}
problem() { problems="$problems
  $*"; }
expect_status() {
    [ "$status" -eq "$1" ] || problem "exit status $status, expected $1"
}
expect_records() {    # JSONL lines on stdout
    n=$(wc -l <out | tr -d ' ')
    [ "$n" -eq "$1" ] || problem "$n output records, expected $1"
}
expect_out() {        # a fixed string on stdout
    grep -F -q -- "$1" out || problem "stdout lacks: $1"
}
expect_out_line() {   # line N of stdout contains a fixed string
    sed -n "$1p" out | grep -F -q -- "$2" || problem "record $1 lacks: $2"
}
expect_not_out_line() {
    if sed -n "$1p" out | grep -F -q -- "$2"; then problem "record $1 has: $2"; fi
}
expect_err() {
    grep -F -q -- "$1" err || problem "stderr lacks: $1"
}
finish() {
    if [ -z "$problems" ]; then
        pass=$((pass + 1))
        echo "PASS $1"
    else
        fail=$((fail + 1))
        echo "FAIL $1$problems"
        if [ -s err ]; then
            echo "  stderr (first lines):"
            head -n 5 err | cut -c1-300 | sed 's/^/    /'
        fi
    fi
    problems=""
}
wanted() {    # is test $1 selected on the command line?
    [ -z "$selected" ] && return 0
    case " $selected " in *" $1 "*) return 0 ;; esac
    return 1
}
selected="$*"

# Good documents to put around the bad ones.
printf '%s\n' 'Прямые выборы акимов районов прошли спокойно.' >good1.txt
printf '%s\n' 'Депутаты маслихата утвердили бюджетный кодекс.' >good2.txt
good1='"themes_present":["direct_elections"]'
good2='"themes_present":["budget_fiscal","maslikhat_representation"]'

# ---- a file with invalid UTF-8 bytes --------------------------------------
if wanted invalid-utf8; then
    printf 'Выборы \377\376 акимов прошли.\n' >bad.txt
    run "$TIMEOUT" score good1.txt bad.txt good2.txt
    expect_status 1
    expect_records 3
    expect_out_line 1 "$good1"
    expect_out_line 3 "$good2"
    # "Выборы" is 12 bytes, then a space: the bad bytes are at 13 and 14.
    # The document is still scored; offsets count the raw bytes.
    expect_out_line 2 '"id":"bad.txt","lang":"ru"'
    expect_out_line 2 '"start":0,"end":28,"text":"Выборы �� акимов","entry":"выборы акимов"'
    expect_err 'bad.txt: invalid UTF-8 at byte 13'
    finish invalid-utf8
fi

# ---- a windows-1251 file ---------------------------------------------------
if wanted cp1251; then
    cat >utf8.txt <<'EOF'
Прямые выборы акимов районов прошли в прошлом году впервые. Депутаты маслихата
считают, что теперь нужен новый бюджетный кодекс и настоящая децентрализация.
Местное самоуправление в селах пока слабое, а акимы сельских округов зависят от
района. Эксперты говорят, что без денег выборы ничего не изменят.
EOF
    iconv -f UTF-8 -t CP1251 utf8.txt >cp1251.txt
    run "$TIMEOUT" score utf8.txt cp1251.txt
    expect_status 0
    expect_records 2
    # Converted to UTF-8, the text is the original: the same record but for
    # the id (evidence offsets refer to the UTF-8 text).
    sed -n 1p out | sed 's/^{"id":"[^"]*",//' >rec1
    sed -n 2p out | sed 's/^{"id":"[^"]*",//' >rec2
    cmp -s rec1 rec2 || problem "the windows-1251 record differs from the UTF-8 one"
    expect_out_line 1 '"themes_present":["direct_elections","decentralisation","budget_fiscal","maslikhat_representation"]'
    expect_err 'cp1251.txt: read as windows-1251'
    finish cp1251
fi

# ---- empty and white-space-only files -------------------------------------
if wanted empty; then
    : >empty.txt
    printf ' \n\t\r\n  \n' >blank.txt
    run "$TIMEOUT" score good1.txt empty.txt blank.txt good2.txt
    expect_status 1
    expect_records 4
    expect_out_line 1 "$good1"
    expect_out_line 2 '{"id":"empty.txt","error":"empty.txt: empty document"}'
    expect_out_line 3 '{"id":"blank.txt","error":"blank.txt: empty document (only white space)"}'
    expect_out_line 4 "$good2"
    expect_err 'empty.txt: empty document'
    expect_err 'blank.txt: empty document (only white space)'
    finish empty
fi

# ---- a binary file with NUL bytes -----------------------------------------
if wanted binary; then
    # "Выборы акимов" is 25 bytes: the first NUL is at offset 25.
    printf 'Выборы акимов\000\000\001\002\377 бюджет' >binary.txt
    run "$TIMEOUT" score good1.txt binary.txt good2.txt
    expect_status 1
    expect_records 3
    expect_out_line 1 "$good1"
    expect_out_line 2 '{"id":"binary.txt","error":"binary.txt: binary file: NUL byte at offset 25"}'
    expect_out_line 3 "$good2"
    expect_err 'binary.txt: binary file: NUL byte at offset 25'
    finish binary
fi

# ---- paths that cannot be read ---------------------------------------------
if wanted unreadable; then
    run "$TIMEOUT" score good1.txt no-such-file.txt good2.txt
    expect_status 1
    expect_records 3
    expect_out_line 1 "$good1"
    expect_out_line 2 '{"id":"no-such-file.txt","error":"no-such-file.txt: cannot open: No such file or directory"}'
    expect_out_line 3 "$good2"
    expect_err 'no-such-file.txt: cannot open'
    if [ "$(id -u)" = 0 ]; then
        echo "  (unreadable: running as root, where permissions do not stop reading: the chmod 000 part is skipped)"
    else
        mkdir -p locked/sub
        cp good1.txt locked/sub/a.txt
        cp good2.txt secret.txt
        chmod 000 locked secret.txt
        run "$TIMEOUT" score good1.txt secret.txt locked good2.txt
        chmod 755 locked
        chmod 644 secret.txt
        expect_status 1
        expect_records 4
        expect_out_line 1 "$good1"
        expect_out_line 2 '"error":"secret.txt: cannot open: Permission denied"'
        expect_out_line 3 '"error":"locked: cannot read directory: Permission denied"'
        expect_out_line 4 "$good2"
    fi
    finish unreadable
fi

# ---- a malformed JSONL line between good ones -------------------------------
if wanted malformed-jsonl; then
    {
        printf '%s\n' '{"id":"j1","text":"Прямые выборы акимов районов прошли."}'
        printf '%s\n' '{"id":"j2","text":"Маслихат", oops}'
        printf '%s\n' '{"id":"j3","text":"Депутаты маслихата утвердили бюджетный кодекс."}'
    } >docs.jsonl
    run "$TIMEOUT" score docs.jsonl
    expect_status 1
    expect_records 3
    expect_out_line 1 '{"id":"j1","lang":"ru"'
    expect_out_line 1 "$good1"
    # The id field cannot be read from a broken line: the id is PATH:LINE.
    expect_out_line 2 '{"id":"docs.jsonl:2","error":"docs.jsonl:2:'
    expect_out_line 2 'invalid JSON'
    expect_out_line 3 '{"id":"j3","lang":"ru"'
    expect_out_line 3 "$good2"
    grep -E -q '^sayasat score: docs\.jsonl:2:[0-9]+: invalid JSON' err ||
        problem "stderr does not name docs.jsonl:2:COL"
    finish malformed-jsonl
fi

# ---- a 50 MB single line -----------------------------------------------------
# 56 bytes, 7 words a repetition; no newline and no sentence end inside.
phrase='Прямые выборы акимов прошли спокойно, маслихат доволен; '
reps=936228     # 936228 * 56 = 52428768 bytes: 50 MB
if wanted huge-line; then
    yes "$phrase" | head -n $reps | tr -d '\n' >huge.txt
    printf '\n' >>huge.txt
    run "$TIMEOUT" score --format tsv huge.txt
    expect_status 0
    expect_records 2
    tokens=$(sed -n '2p' out | cut -f3)
    [ "$tokens" = $((reps * 7)) ] || problem "tokens $tokens, expected $((reps * 7))"
    sed -n 2p out | cut -f5 | grep -q direct_elections || problem "direct_elections not found"
    echo "  (huge-line: 50 MB text document in ${elapsed} s)"
    finish huge-line
fi
if wanted huge-jsonl-line; then
    {
        printf '{"id":"huge","text":"'
        yes "$phrase" | head -n $reps | tr -d '\n'
        printf '"}\n'
        printf '%s\n' '{"id":"after","text":"Депутаты маслихата утвердили бюджетный кодекс."}'
    } >huge.jsonl
    run "$TIMEOUT" score --format tsv huge.jsonl
    expect_status 0
    expect_records 3
    tokens=$(sed -n '2p' out | cut -f3)
    [ "$tokens" = $((reps * 7)) ] || problem "tokens $tokens, expected $((reps * 7))"
    sed -n 3p out | cut -f1 | grep -qx after || problem "the line after the huge one is missing"
    echo "  (huge-jsonl-line: 50 MB JSONL line in ${elapsed} s)"
    finish huge-jsonl-line
fi

# ---- very many tiny documents -------------------------------------------------
if wanted many-docs; then
    awk -v n="$PATHO_DOCS" 'BEGIN { for (i = 1; i <= n; i++)
        printf "{\"id\":%d,\"text\":\"Маслихат %d утвердил бюджет.\"}\n", i, i }' >many.jsonl
    run $((TIMEOUT * 4)) score many.jsonl
    expect_status 0
    expect_records "$PATHO_DOCS"
    sed 's/^{"id":"\([0-9]*\)".*/\1/' out |
        awk '$0 != NR { print "record " NR " has id " $0; exit 1 }' >order ||
        problem "ids out of order: $(cat order)"
    echo "  (many-docs: $PATHO_DOCS documents in ${elapsed} s)"
    finish many-docs
fi

# ---- the same output whatever the number of threads ---------------------------
# Batches are analysed in parallel and written in input order: records must
# come out byte for byte the same with 1 thread and with several, across
# batch boundaries (512 documents) and with error records in between.
if wanted threads-deterministic; then
    awk 'BEGIN { split("Прямые выборы акимов прошли.|Аудан әкімдерін тікелей сайлау өтті.|Маслихат утвердил бюджет района.|Погода была ясной.", s, "|")
        for (i = 1; i <= 3000; i++) {
            if (i % 997 == 0) { print "{broken json"; continue }
            printf "{\"id\":\"d%d\",\"text\":\"%s %s\"}\n", i, s[i % 4 + 1], s[(i * 7) % 4 + 1] } }' >mt.jsonl
    run "$TIMEOUT" score --threads 1 mt.jsonl
    expect_status 1
    expect_records 3000
    mv out one.jsonl
    run "$TIMEOUT" score --threads 4 mt.jsonl
    expect_status 1
    cmp -s one.jsonl out || problem "--threads 4 output differs from --threads 1"
    run "$TIMEOUT" filter --threads 3 --theme direct_elections mt.jsonl
    expect_status 2     # the broken lines are input errors, as in grep
    mv out three.jsonl
    run "$TIMEOUT" filter --threads 1 --theme direct_elections mt.jsonl
    cmp -s three.jsonl out || problem "filter output differs across threads"
    n=$(grep -c . out)
    # three documents in four mention direct elections, less the 3 broken
    [ "$n" = 2248 ] || problem "filter passed $n records, not 2248"
    finish threads-deterministic
fi

# ---- a regex with catastrophic backtracking -------------------------------------
if wanted regex-backtracking; then
    cp -R "$SAYASAT_LEXICONS" lex
    printf '%s\n' '@theme direct_elections' '@lang ru' '@label Backtracking' \
        '/(а+)+б/ = 1' >lex/ru/zz_backtrack.lex
    a=$(yes а | head -n 5000 | tr -d '\n')
    {
        printf '%s\n' 'Прямые выборы акимов прошли.'
        printf 'Крик %s, бах!\n' "$a"
        printf '%s\n' 'Акимы сельских округов избраны.'
    } >backtrack.txt
    run 30 score --lexicons lex good1.txt backtrack.txt good2.txt
    expect_status 0
    expect_records 3
    expect_out_line 2 '"sentences":3'
    expect_out_line 2 '"entry":"прямые выборы акимов"'
    # The regex entries of the sentence after the pathological one still run.
    expect_out_line 2 '"text":"Акимы сельских округов"'
    [ "$elapsed" -le 10 ] || problem "took $elapsed s (PCRE2 match limits should stop it at once)"
    finish regex-backtracking
fi

# ---- one long sentence dense with stance cues ----------------------------------
# Negators and intensifiers reach a few words: looking further for them made
# a 3 MB sentence of "не плохо" take minutes (every cue against every other).
if wanted cue-dense-sentence; then
    cp -R "$SAYASAT_LEXICONS" lex
    printf '%s\n' '@cues negator' '@lang ru' '@label N' '@scope before 1' '"не" = 1' >lex/ru/negators.lex
    printf '%s\n' '@cues polarity' '@lang ru' '@label P' 'плохо = -1' >lex/ru/stance.lex
    { printf 'Прямые выборы акимов прошли, '
      yes 'не плохо' | head -n 200000 | tr '\n' ' '; } >dense.txt
    run "$TIMEOUT" score --lexicons lex --format tsv dense.txt
    expect_status 0
    expect_records 2
    # one sentence; every "плохо" negated once: -1 * -0.75 each
    sed -n 2p out | cut -f3,4,6 | grep -qx "$(printf '400004\t1\tsupport')" ||
        problem "tokens, sentences, stance: $(sed -n 2p out | cut -f3,4,6)"
    [ "$elapsed" -le 10 ] || problem "took $elapsed s"
    echo "  (cue-dense-sentence: 400000 cue words in one sentence in ${elapsed} s)"
    finish cue-dense-sentence
fi

# ---- one long Kazakh sentence dense with negated verbs ---------------------------
# A negated verb after an evaluative word negates it unless the verb lies in
# a cue of its own: checking that against every cue of the sentence made a
# 4 MB sentence of "дұрыс шешімді қолдамады" take minutes.
if wanted kk-negated-verb-dense; then
    cp -R "$SAYASAT_LEXICONS" lex-kk
    printf '%s\n' '@cues polarity' '@lang kk' '@label P' 'дұрыс шешім = 2' \
        >lex-kk/kk/stance.lex
    { printf 'Тікелей сайлау өтті, '
      yes 'дұрыс шешімді қолдамады' | head -n 200000 | tr '\n' ' '; } >kkdense.txt
    run "$TIMEOUT" score --lexicons lex-kk kkdense.txt
    expect_status 0
    expect_records 1
    expect_out_line 1 '"tokens":600003,"sentences":1'
    # every "дұрыс шешім" negated by the verb after it: 2 * -0.75 each
    expect_out_line 1 '"negative":300000.0}'
    [ "$elapsed" -le 10 ] || problem "took $elapsed s"
    echo "  (kk-negated-verb-dense: 200000 negated verbs in one sentence in ${elapsed} s)"
    finish kk-negated-verb-dense
fi

# ---- one long sentence dense with scare quotes ----------------------------------
# Whether a quotation opens on a term (a weight-0 critique entry) is looked up
# from where the last quotation's look stopped: scanning every cue of the
# sentence for each quotation made 1.2 MB of "не «плохо»," take 17 s.
if wanted scare-quote-dense; then
    cp -R "$SAYASAT_LEXICONS" lex-quotes
    printf '%s\n' '@cues negator' '@lang ru' '@label N' '@scope before 1' \
        '"не"' >lex-quotes/ru/negators.lex
    printf '%s\n' '@cues polarity' '@lang ru' '@label P' 'плохо = -1' \
        >lex-quotes/ru/stance.lex
    { printf 'Прямые выборы акимов прошли, '
      yes 'не «плохо»,' | head -n 100000 | tr '\n' ' '; printf 'конец.'; } \
        >quotes-dense.txt
    run "$TIMEOUT" score --lexicons lex-quotes quotes-dense.txt
    expect_status 0
    expect_records 1
    expect_out_line 1 '"tokens":200005,"sentences":1'
    # each: "плохо" negated (+0.75) and a scare quote (-1)
    expect_out_line 1 '"negative":25000.0}'
    [ "$elapsed" -le 5 ] || problem "took $elapsed s"
    echo "  (scare-quote-dense: 100000 scare quotes in one sentence in ${elapsed} s)"
    finish scare-quote-dense
fi

# ---- --max-bytes ---------------------------------------------------------------
if wanted max-bytes; then
    yes "$phrase" | head -n 3000 >big.txt     # 171000 bytes
    {
        printf '%s\n' '{"id":"m1","text":"Прямые выборы акимов районов прошли."}'
        printf '{"id":"m2","text":"'
        yes "$phrase" | head -n 100 | tr -d '\n'
        printf '"}\n'
        printf '%s\n' '{"id":"m3","text":"Депутаты маслихата утвердили бюджетный кодекс."}'
    } >long.jsonl
    run "$TIMEOUT" score --max-bytes 1000 good1.txt big.txt long.jsonl good2.txt
    expect_status 1
    expect_records 6
    expect_out_line 1 "$good1"
    expect_out_line 2 '{"id":"big.txt","error":"big.txt: document larger than 1000 bytes"}'
    expect_out_line 3 '{"id":"m1","lang":"ru"'
    expect_out_line 4 '{"id":"long.jsonl:2","error":"long.jsonl:2: line longer than 1000 bytes"}'
    expect_out_line 5 '{"id":"m3","lang":"ru"'
    expect_out_line 6 "$good2"
    expect_err 'big.txt: document larger than 1000 bytes'
    expect_err 'long.jsonl:2: line longer than 1000 bytes'
    finish max-bytes
fi
if wanted max-bytes-memory; then
    # A document over the limit must not be held in memory: 1 GB on standard
    # input with --max-bytes 1000000 under a 400 MB address-space limit.
    if [ $sanitized = 1 ]; then
        echo "SKIP max-bytes-memory (a sanitizer build cannot run under ulimit -v)"
    else
        (
            ulimit -v 400000
            yes 'Прямые выборы акимов прошли спокойно.' | head -c 1000000000 |
                timeout -k 5 "$TIMEOUT" "$SAYASAT" score --max-bytes 1000000 - >out 2>err
        )
        status=$?
        check_sanitizer
        expect_status 1
        expect_records 1
        expect_out_line 1 '{"id":"1","error":"-: document larger than 1000000 bytes"}'
        finish max-bytes-memory
    fi
fi

# ---- a truncated gzip file --------------------------------------------------------
if wanted truncated-gzip; then
    awk 'BEGIN { for (i = 1; i <= 4000; i++)
        printf "Выборы акимов в районе номер %d прошли спокойно. ", i * 7919 % 10007 }' >whole.txt
    gzip -n -c whole.txt >whole.txt.gz
    size=$(wc -c <whole.txt.gz | tr -d ' ')
    head -c $((size / 2)) whole.txt.gz >cut.txt.gz
    run "$TIMEOUT" score good1.txt cut.txt.gz good2.txt
    expect_status 1
    expect_records 3
    expect_out_line 1 "$good1"
    expect_out_line 2 '{"id":"cut.txt.gz","error":"cut.txt.gz: read error after byte '
    expect_out_line 3 "$good2"
    expect_err 'cut.txt.gz: read error after byte'
    finish truncated-gzip
fi

echo "pathological: $pass passed, $fail failed"
[ $fail -eq 0 ]
