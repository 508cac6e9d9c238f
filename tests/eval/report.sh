# Sourced by the corpus evaluations: runs `sayasat eval` on the test split
# and reads figures from its text report.

# evaluate DIR: the eval report of DIR's texts against corpus/gold.tsv
evaluate() {
    "$SAYASAT" eval --lexicons lexicons --gold corpus/gold.tsv --split test "$1"
}

# figure REPORT LANG KIND: a language's theme micro-F1 (KIND themes, from
# "... F1 x  macro F1 y") or stance macro-F1 (KIND stance, "... macro F1 y")
figure() {
    if [ "$3" = themes ]; then
        printf '%s\n' "$1" | awk -v l="$2" '$1 == l && $4 == "themes" { print $11 }'
    else
        printf '%s\n' "$1" | awk -v l="$2" '$1 == l && $4 == "stance" { print $9 }'
    fi
}
