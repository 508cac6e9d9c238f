/* The public API end to end on a small lexicon set: matching, offsets,
 * scores, languages, bad bytes, threads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <string.h>

#include "lexdir.h"
#include "sayasat.h"

static const char *dir;
static sayasat_lexicon_set *set;
static sayasat_analyser *an;

enum { T_DIRECT, T_DECENTRAL, T_BUDGET, N_THEMES };

static int setup(void **state)
{
    (void)state;
    dir = lexdir_new();
    lexdir_write(dir, "ru/direct_elections.lex",
                 "@theme direct_elections\n@lang ru\n@label Прямые выборы\n"
                 "прямые выборы акимов = 4\n"
                 "выборы акимов = 1\n"
                 "\"ЦИК\" = 0.5\n"
                 "/аким\\w*\\s+сельск\\w+\\s+округ\\w*/ = 2\n");
    lexdir_write(dir, "ru/decentralisation.lex",
                 "@theme decentralisation\n@lang ru\n@label Децентрализация\n"
                 "децентрализ* = 4\n"
                 "полномочия акимов = 1\n");
    lexdir_write(dir, "ru/budget_fiscal.lex",
                 "@theme budget_fiscal\n@lang ru\n@label Бюджет\n"
                 "межбюджетные отношения = 3\n"
                 "бюджет = 0.5\n"
                 "футбольный клуб = -1\n");
    lexdir_write(dir, "kk/direct_elections.lex",
                 "@theme direct_elections\n@lang kk\n@label Тікелей сайлау\n"
                 "әкімдерді тікелей сайлау = 3\n"
                 "сайлау = 0.5\n");
    return lexdir_load(dir, &set, &an);
}

static int teardown(void **state)
{
    (void)state;
    return lexdir_unload(dir, set, an);
}

static const sayasat_result *analyse(const char *text)
{
    const sayasat_result *r = NULL;
    assert_int_equal(sayasat_analyse(an, text, strlen(text), &r), SAYASAT_OK);
    assert_non_null(r);
    return r;
}

/* The text of evidence i. */
static const char *ev_text(const char *text, const sayasat_evidence *e)
{
    static char buf[256];
    snprintf(buf, sizeof buf, "%.*s", (int)(e->end - e->start),
             text + e->start);
    return buf;
}

static void inflected_multiword_match(void **state)
{
    (void)state;
    const char *text = "Итоги прямых выборов акимов подвели вчера.";
    const sayasat_result *r = analyse(text);
    assert_string_equal(r->lang, "ru");
    assert_int_equal(r->tokens, 6);
    assert_int_equal(r->n_sentences, 1);
    /* the longer entry wins; "выборов акимов" inside it is not counted */
    assert_int_equal(r->n_evidence, 1);
    assert_string_equal(ev_text(text, &r->evidence[0]),
                        "прямых выборов акимов");
    assert_int_equal(r->evidence[0].start, 11);
    assert_string_equal(r->evidence[0].entry, "прямые выборы акимов");
    assert_string_equal(r->evidence[0].file, "ru/direct_elections.lex");
    assert_int_equal(r->evidence[0].line, 4);
    assert_int_equal(r->themes[T_DIRECT].hits, 1);
    assert_true(r->themes[T_DIRECT].weight == 4.0);
    assert_true(r->themes[T_DIRECT].present);
    assert_int_equal(r->n_present, 1);
    assert_int_equal(r->present[0], T_DIRECT);
}

static void scores(void **state)
{
    (void)state;
    const char *text =
        "Выборы акимов прошли. Децентрализация продолжится.\n"
        "Межбюджетных отношений это не касается. Бюджет района вырос.";
    const sayasat_result *r = analyse(text);
    assert_int_equal(r->n_sentences, 4);
    assert_int_equal(r->tokens, 13);
    const sayasat_theme_score *d = &r->themes[T_DIRECT],
                              *c = &r->themes[T_DECENTRAL],
                              *b = &r->themes[T_BUDGET];
    assert_int_equal(d->hits, 1);
    assert_true(d->weight == 1.0);
    assert_false(d->present);           /* below the threshold of 3.5 */
    assert_true(d->coverage == 0.25);
    assert_true(d->rate_per_1000 > 76.9 && d->rate_per_1000 < 77.0);
    assert_true(c->weight == 4.0 && c->present);
    assert_int_equal(b->hits, 2);
    assert_true(b->weight == 3.5 && b->present);
    assert_true(b->coverage == 0.5);
    /* strongest first */
    assert_int_equal(r->n_present, 2);
    assert_int_equal(r->present[0], T_DECENTRAL);
    assert_int_equal(r->present[1], T_BUDGET);
    /* evidence in text order */
    for (size_t i = 1; i < r->n_evidence; i++)
        assert_true(r->evidence[i - 1].start <= r->evidence[i].start);
    assert_int_equal(r->evidence[1].sentence, 1);
}

static void exact_glob_regex(void **state)
{
    (void)state;
    const char *text = "ЦИК утвердил, а ЦИКа не было. "
                       "Акимы сельских округов получат децентрализованные "
                       "полномочия акимов.";
    const sayasat_result *r = analyse(text);
    size_t n_cik = 0, n_regex = 0, n_glob = 0;
    for (size_t i = 0; i < r->n_evidence; i++) {
        const char *t = ev_text(text, &r->evidence[i]);
        if (strcmp(t, "ЦИК") == 0)
            n_cik++;
        if (strcmp(t, "Акимы сельских округов") == 0)
            n_regex++;
        if (strcmp(t, "децентрализованные") == 0)
            n_glob++;
    }
    assert_int_equal(n_cik, 1);     /* "ЦИКа" is not the exact form */
    assert_int_equal(n_regex, 1);   /* case-insensitive, original text */
    assert_int_equal(n_glob, 1);
    assert_true(r->themes[T_DECENTRAL].weight == 5.0);
}

static void no_match_across_sentences(void **state)
{
    (void)state;
    const sayasat_result *r = analyse("Это были выборы. Акимов назначили.");
    assert_int_equal(r->n_evidence, 0);
    assert_int_equal(r->n_present, 0);
}

static void negative_weight(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Футбольный клуб получил деньги из бюджета.");
    assert_true(r->themes[T_BUDGET].weight == -0.5);
    assert_int_equal(r->themes[T_BUDGET].hits, 1);
    assert_false(r->themes[T_BUDGET].present);
}

static void kazakh_cyrillic_and_latin(void **state)
{
    (void)state;
    const char *kk = "Аудан әкімдерін тікелей сайлау өтті. Сайлауда "
                     "бәсеке болды.";
    const sayasat_result *r = analyse(kk);
    assert_string_equal(r->lang, "kk");
    assert_int_equal(r->themes[T_DIRECT].hits, 2);
    assert_true(r->themes[T_DIRECT].weight == 3.5);
    assert_string_equal(ev_text(kk, &r->evidence[0]),
                        "әкімдерін тікелей сайлау");
    /* the 2021 alphabet */
    const char *latin = "Audan äkımderın tıkelei sailau ötti. Bul "
                        "sailauda bäsekelestık boldy.";
    r = analyse(latin);
    assert_string_equal(r->lang, "kk");
    assert_string_equal(r->sentences[0].lang, "kk");
    assert_true(r->themes[T_DIRECT].weight == 3.5);
    assert_string_equal(ev_text(latin, &r->evidence[0]),
                        "äkımderın tıkelei sailau");
}

static void mixed_documents(void **state)
{
    (void)state;
    const char *text = "Прямые выборы акимов прошли в районах. "
                       "Явка была высокой.\n"
                       "Аудан әкімдерін тікелей сайлау өтті. "
                       "Халық белсенді болды.";
    const sayasat_result *r = analyse(text);
    assert_string_equal(r->lang, "mixed");
    assert_int_equal(r->n_sentences, 4);
    assert_string_equal(r->sentences[0].lang, "ru");
    assert_string_equal(r->sentences[2].lang, "kk");
    assert_true(r->themes[T_DIRECT].weight == 7.0);
    assert_true(r->themes[T_DIRECT].coverage == 0.5);
}

static void invalid_utf8_and_limits(void **state)
{
    (void)state;
    const char text[] = "Прямые \xFF\xFE выборы \xC3 акимов.";
    const sayasat_result *r = NULL;
    assert_int_equal(sayasat_analyse(an, text, sizeof text - 1, &r),
                     SAYASAT_OK);
    assert_int_equal(r->invalid_utf8, 3);
    assert_int_equal(r->first_invalid_offset, 13);
    /* the bytes in between do not join "выборы акимов" into one phrase
     * across U+FFFD? They are punctuation-like: the words stay adjacent. */
    assert_int_equal(r->tokens, 3);
    assert_true(r->themes[T_DIRECT].weight == 4.0);
    assert_int_equal(r->evidence[0].start, 0);
    assert_int_equal(r->evidence[0].end, sizeof text - 2);

    r = analyse("");
    assert_int_equal(r->tokens, 0);
    assert_int_equal(r->n_sentences, 0);
    assert_string_equal(r->lang, "und");
    assert_int_equal(sayasat_analyse(an, text, SAYASAT_MAX_DOCUMENT + 1, &r),
                     SAYASAT_ERR_TOO_LARGE);
    assert_null(r);
}

static void stem_api(void **state)
{
    (void)state;
    char out[64];
    sayasat_status st;
    size_t n = sayasat_stem(an, "ru", "Выборов", strlen("Выборов"), out,
                            sizeof out, &st);
    assert_int_equal(st, SAYASAT_OK);
    assert_string_equal(out, "выбор");
    assert_int_equal(n, strlen("выбор"));
    char kk[64];
    sayasat_stem(an, "kk", "сайлауға", strlen("сайлауға"), kk, sizeof kk,
                 &st);
    sayasat_stem(an, "kk", "saılaýǵa", strlen("saılaýǵa"), out, sizeof out,
                 &st);
    assert_string_equal(out, kk);
    assert_int_equal(sayasat_stem(an, "kk", "...", 3, out, sizeof out, &st),
                     0);
    assert_string_equal(out, "");
    sayasat_stem(an, "en", "x", 1, out, sizeof out, &st);
    assert_int_equal(st, SAYASAT_ERR_ARG);
}

/* Threads share the set; each owns an analyser; results agree with a
 * single-threaded run. */
static const char *const thread_docs[] = {
    "Прямые выборы акимов и децентрализация.",
    "Аудан әкімдерін тікелей сайлау өтті.",
    "Межбюджетные отношения изменятся. Бюджет вырос.",
    "Audan äkımderın tıkelei sailau ötti. Bul sailauda bäsekelestık boldy.",
};
static double expected_weight[4][N_THEMES];

static void *worker(void *arg)
{
    (void)arg;
    sayasat_analyser *a;
    if (sayasat_analyser_new(set, &a))
        return (void *)1;
    intptr_t bad = 0;
    for (int round = 0; round < 200; round++)
        for (size_t d = 0; d < 4; d++) {
            const sayasat_result *r;
            if (sayasat_analyse(a, thread_docs[d], strlen(thread_docs[d]),
                                &r))
                bad++;
            else
                for (int t = 0; t < N_THEMES; t++)
                    bad += r->themes[t].weight != expected_weight[d][t];
        }
    sayasat_analyser_free(a);
    return (void *)bad;
}

static void threads_share_the_set(void **state)
{
    (void)state;
    for (size_t d = 0; d < 4; d++) {
        const sayasat_result *r = analyse(thread_docs[d]);
        for (int t = 0; t < N_THEMES; t++)
            expected_weight[d][t] = r->themes[t].weight;
    }
    assert_true(expected_weight[3][T_DIRECT] == 3.5);
    pthread_t th[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&th[i], NULL, worker, NULL), 0);
    for (int i = 0; i < 4; i++) {
        void *bad;
        pthread_join(th[i], &bad);
        assert_null(bad);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inflected_multiword_match),
        cmocka_unit_test(scores),
        cmocka_unit_test(exact_glob_regex),
        cmocka_unit_test(no_match_across_sentences),
        cmocka_unit_test(negative_weight),
        cmocka_unit_test(kazakh_cyrillic_and_latin),
        cmocka_unit_test(mixed_documents),
        cmocka_unit_test(invalid_utf8_and_limits),
        cmocka_unit_test(stem_api),
        cmocka_unit_test(threads_share_the_set),
    };
    return cmocka_run_group_tests_name("analyser", tests, setup, teardown);
}
