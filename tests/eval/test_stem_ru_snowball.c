/* The Russian stemmer wrapper reproduces every stem of Snowball's own
 * vocabulary (../shared/data/snowball/russian-voc-stem.tsv): any difference
 * is a bug in our folding, encoding or buffers, not in the algorithm. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "shared_data.h"
#include "wordproc.h"

static void every_snowball_stem(void **state)
{
    (void)state;
    char path[4096];
    FILE *f = open_shared("snowball/russian-voc-stem.tsv", path, sizeof path);
    if (!f)
        skip();
    UErrorCode st = U_ZERO_ERROR;
    wordproc *wp = wordproc_new(NULL, &st);
    assert_non_null(wp);
    char line[1024], folded[WORD_BUF], stem[WORD_BUF];
    size_t n = 0, wrong = 0, lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        int fl = wordproc_fold(wp, line, strlen(line), KK_LATIN_NONE, folded,
                               sizeof folded);
        assert_true(fl >= 0);
        int sl = wordproc_stem(wp, LANG_RU, folded, (size_t)fl, stem,
                               sizeof stem);
        assert_true(sl >= 0);
        n++;
        if (strcmp(stem, tab + 1) != 0 && wrong++ < 10)
            fprintf(stderr, "%s:%zu: %s -> %s, Snowball says %s\n", path,
                    lineno, line, stem, tab + 1);
    }
    fclose(f);
    wordproc_free(wp);
    printf("snowball vocabulary: %zu words, %zu differ\n", n, wrong);
    assert_true(n > 49000);
    assert_int_equal(wrong, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_snowball_stem),
    };
    return cmocka_run_group_tests_name("stem_ru_snowball", tests, NULL, NULL);
}
