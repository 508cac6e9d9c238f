#!/bin/sh
# `make install PREFIX=...` as a user of the library meets it: the binary
# finds its installed lexicons, and a C program builds against the library
# with pkg-config, shared and static, and scores a text.
BUILD=${BUILD:-build}
case "$BUILD" in
*asan*) echo "install: skipped under the sanitizers (tested in the plain build)"
        echo "install: 0 passed, 0 failed"; exit 0 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {
    if [ "$2" = "$3" ]; then
        passed=$((passed + 1)); echo "PASS $1"
    else
        failed=$((failed + 1)); echo "FAIL $1: expected '$3', got '$2'"
    fi
}
make --no-print-directory -s install BUILD="$BUILD" PREFIX="$tmp/usr" >"$tmp/log" 2>&1 \
    || { cat "$tmp/log"; echo "install: 0 passed, 1 failed"; exit 1; }
for f in bin/sayasat lib/libsayasat.a lib/libsayasat.so include/sayasat.h \
         lib/pkgconfig/sayasat.pc share/sayasat/lexicons/ru/direct_elections.lex \
         share/sayasat/lexicons/kk/direct_elections.lex; do
    check "installed $f" "$(test -e "$tmp/usr/$f" && echo yes)" yes
done
# the installed binary, moved away from the source tree, finds its lexicons
out=$(cd "$tmp" && echo 'Прямые выборы акимов районов прошли спокойно. Впервые жители сами избрали акимов районов.' |
      env -u SAYASAT_LEXICONS "$tmp/usr/bin/sayasat" score --format tsv |
      cut -f1,2,5 | tail -1)
check "installed binary scores" "$out" "$(printf '1\tru\tdirect_elections')"
cat >"$tmp/use.c" <<'C'
#include <sayasat.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv)
{
    sayasat_lexicon_set *set;
    sayasat_analyser *an;
    const sayasat_result *r;
    const char *text = "Аудан әкімдерін тікелей сайлау өтті. "
                       "Ауыл әкімдерін тікелей сайлау жалғасады.";
    if (argc < 2 || sayasat_lexicon_set_load(argv[1], &set, NULL) ||
        sayasat_analyser_new(set, &an) ||
        sayasat_analyse(an, text, strlen(text), &r))
        return 1;
    printf("%s %s\n", r->lang,
           r->n_present ? sayasat_theme_id(set, r->present[0]) : "-");
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    return 0;
}
C
export PKG_CONFIG_PATH="$tmp/usr/lib/pkgconfig"
cc -std=c11 "$tmp/use.c" -o "$tmp/use" $(pkg-config --cflags --libs sayasat) \
   -Wl,-rpath,"$tmp/usr/lib" 2>"$tmp/log"
check "shared library via pkg-config" \
      "$("$tmp/use" "$tmp/usr/share/sayasat/lexicons" 2>&1)" "kk direct_elections"
cc -std=c11 "$tmp/use.c" -o "$tmp/use-static" $(pkg-config --cflags sayasat) \
   "$tmp/usr/lib/libsayasat.a" $(pkg-config --static --libs-only-l sayasat | sed 's/-lsayasat//') 2>"$tmp/log"
check "static library via pkg-config" \
      "$("$tmp/use-static" "$tmp/usr/share/sayasat/lexicons" 2>&1)" "kk direct_elections"
echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
