/* match and score below the API: the patterns a word satisfies, and how
 * overlapping hits of one theme are counted. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "lexdir.h"
#include "lexicon_set.h"
#include "score.h"

static const char *dir;
static sayasat_lexicon_set *set;

static int setup(void **state)
{
    (void)state;
    dir = lexdir_new();
    lexdir_write(dir, "ru/a.lex",
                 "@theme direct_elections\n@lang ru\n@label A\n"
                 "выборы = 1\n"              /* entry 0 */
                 "прямые выборы = 3\n"       /* entry 1 */
                 "децентрализ* = 1\n"        /* entry 2 */
                 "децентр* = 1\n"            /* entry 3 */
                 "\"выборы\" = 1\n");        /* entry 4 */
    lexdir_write(dir, "ru/b.lex",
                 "@theme turnout\n@lang ru\n@label B\n"
                 "выборы = 0.5\n");          /* entry 5 */
    sayasat_error e;
    return sayasat_lexicon_set_load(dir, &set, &e) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    sayasat_lexicon_set_free(set);
    lexdir_free(dir);
    return 0;
}

static void word_patterns(void **state)
{
    (void)state;
    pattern_list l = {0};
    /* stem выбор, exact "выборы": both patterns, sorted */
    assert_int_equal(matcher_word_patterns(set->matcher, LANG_RU, "выборы",
                                           strlen("выборы"), "выбор",
                                           strlen("выбор"), &l), 0);
    assert_int_equal(l.n, 2);
    assert_true(l.ids[0] < l.ids[1]);
    /* both glob prefixes of one word */
    l.n = 0;
    const char *w = "децентрализации";
    matcher_word_patterns(set->matcher, LANG_RU, w, strlen(w), "децентрализац",
                          strlen("децентрализац"), &l);
    assert_int_equal(l.n, 2);
    /* Kazakh sentences do not see Russian entries */
    l.n = 0;
    matcher_word_patterns(set->matcher, LANG_KK, "выборы", strlen("выборы"),
                          "выбор", strlen("выбор"), &l);
    assert_int_equal(l.n, 0);
    free(l.ids);
}

static void overlapping_hits_of_one_theme_count_once(void **state)
{
    (void)state;
    /* "прямые выборы" [0,25) with "выборы" [13,25) inside it (two entries of
     * theme 0), plus "выборы" of theme 1 at the same place */
    match_hit h[] = {
        {0, 13, 25, 1, 1}, {4, 13, 25, 1, 1}, {1, 0, 25, 0, 2},
        {5, 13, 25, 1, 1}, {0, 40, 52, 5, 1},
    };
    hit_list hits = {h, 5, 5};
    seg_sentence sents[] = {{0, 30, 0, 3}, {31, 60, 3, 4}};
    score_state s;
    assert_int_equal(score_init(&s, set->data.n_themes), 0);
    assert_int_equal(score_document(&s, &set->data, &hits, sents, 2, 7), 0);
    const sayasat_theme_score *t0 = &s.themes[0], *t1 = &s.themes[1];
    assert_int_equal(t0->hits, 2);           /* прямые выборы, then выборы */
    assert_true(t0->weight == 4.0);
    assert_true(t0->coverage == 1.0);
    assert_int_equal(t1->hits, 1);
    assert_true(t1->weight == 0.5);
    assert_true(t1->coverage == 0.5);
    assert_true(t0->rate_per_1000 > 285.7 && t0->rate_per_1000 < 285.8);
    assert_int_equal(s.n_present, 1);
    assert_int_equal(s.n_evidence, 3);
    assert_int_equal(s.evidence[0].start, 0);
    assert_int_equal(s.evidence[0].line, 5);
    assert_int_equal(s.evidence[2].sentence, 1);
    score_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(word_patterns),
        cmocka_unit_test(overlapping_hits_of_one_theme_count_once),
    };
    return cmocka_run_group_tests_name("match_score", tests, setup, teardown);
}
