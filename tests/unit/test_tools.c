/* The library's tools for lexicon work: lint, entries, tokens, keyness. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "lexdir.h"
#include "sayasat.h"

typedef struct {
    int n;
    char messages[8][1024];
    unsigned lines[8];
} reports;

static void collect(void *ctx, const sayasat_error *p)
{
    reports *r = ctx;
    if (r->n < 8) {
        snprintf(r->messages[r->n], sizeof r->messages[0], "%s: %s", p->file,
                 p->message);
        r->lines[r->n] = p->line;
    }
    r->n++;
}

static void lint_reports_everything(void **state)
{
    (void)state;
    const char *dir = lexdir_new();
    lexdir_write(dir, "ru/a.lex", "@theme direct_elections\n@lang ru\n"
                                  "@label A\nвыборы акимов = 2\n"
                                  "выборов акимов\nак\n\"ак на\"\n");
    lexdir_write(dir, "ru/b.lex", "@theme turnout\n@lang ru\n@label B\n"
                                  "выборы акимов = 1\nвыборы акимов = -1\n"
                                  "явка = 0\n");
    lexdir_write(dir, "ru/c.lex", "@theme turnout2\n@lang ru\n@label C\n"
                                  "выборы акимов = -2\n");
    reports r = {0};
    sayasat_status st;
    long n = sayasat_lexicon_lint(dir, collect, &r, &st);
    assert_int_equal(st, SAYASAT_OK);
    /* b.lex stops at its bad weight (line 6), the rest is still checked:
     * a duplicate, a short stem, a collision, a duplicate of the
     * collision; a phrase of exact short forms is no short stem; c.lex's
     * negative counter-entry is allowed */
    assert_int_equal(n, 5);
    assert_int_equal(r.n, 5);
    assert_non_null(strstr(r.messages[0], "ru/b.lex: weight must be"));
    assert_int_equal(r.lines[0], 6);
    assert_non_null(strstr(r.messages[1], "duplicates the entry at ru/a.lex:4"));
    assert_non_null(strstr(r.messages[2], "fewer than three letters"));
    assert_non_null(strstr(r.messages[3], "of theme direct_elections"));
    assert_non_null(strstr(r.messages[4], "duplicates the entry at ru/b.lex:4"));
    lexdir_free(dir);
    r.n = 0;
    assert_int_equal(sayasat_lexicon_lint("/nonexistent", collect, &r, &st), 1);
    assert_non_null(strstr(r.messages[0], "no lexicon files"));
}

static const char *dir;
static sayasat_lexicon_set *set;
static sayasat_analyser *an;

static int setup(void **state)
{
    (void)state;
    dir = lexdir_new();
    lexdir_write(dir, "ru/direct_elections.lex",
                 "@theme direct_elections\n@lang ru\n@label A\n"
                 "прямые выборы акимов = 4\n\"ЦИК\"\nдецентрализ* = 0.5\n"
                 "/аким\\w+/ = 0.5\n");
    lexdir_write(dir, "ru/stance.lex", "@cues polarity\n@lang ru\n"
                                       "@label S\nважный шаг = 2\n");
    return lexdir_load(dir, &set, &an);
}

static int teardown(void **state)
{
    (void)state;
    return lexdir_unload(dir, set, an);
}

static void entries(void **state)
{
    (void)state;
    assert_int_equal(sayasat_entry_count(set), 5);
    sayasat_entry e;
    assert_int_equal(sayasat_entry_get(set, 0, &e), 0);
    assert_string_equal(e.theme, "direct_elections");
    assert_null(e.cue);
    assert_int_equal(e.kind, SAYASAT_ENTRY_MULTIWORD);
    assert_int_equal(e.n_words, 3);
    assert_string_equal(e.file, "ru/direct_elections.lex");
    assert_int_equal(e.line, 4);
    sayasat_entry_get(set, 1, &e);
    assert_int_equal(e.kind, SAYASAT_ENTRY_EXACT);
    sayasat_entry_get(set, 2, &e);
    assert_int_equal(e.kind, SAYASAT_ENTRY_GLOB);
    sayasat_entry_get(set, 3, &e);
    assert_int_equal(e.kind, SAYASAT_ENTRY_REGEX);
    assert_int_equal(e.n_words, 0);
    sayasat_entry_get(set, 4, &e);
    assert_null(e.theme);
    assert_string_equal(e.cue, "polarity");
    assert_true(e.weight == 2.0);
    assert_int_equal(sayasat_entry_get(set, 5, &e), -1);
}

static void tokens_with_stems(void **state)
{
    (void)state;
    size_t n;
    assert_null(sayasat_tokens(an, &n));   /* nothing analysed yet */
    const char *t = "Прямых выборов нет. Акимы 2024!";
    const sayasat_result *r;
    assert_int_equal(sayasat_analyse(an, t, strlen(t), &r), SAYASAT_OK);
    const sayasat_token *tok = sayasat_tokens(an, &n);
    assert_int_equal(n, 5);
    assert_string_equal(tok[0].stem, "прям");
    assert_string_equal(tok[1].stem, "выбор");
    assert_int_equal(tok[3].start, strlen("Прямых выборов нет. "));
    assert_int_equal(tok[3].sentence, 1);
    assert_string_equal(tok[3].stem, "аким");
    assert_string_equal(tok[4].stem, "2024");
}

static void keyness_ranks_what_the_theme_brings(void **state)
{
    (void)state;
    assert_null(sayasat_keyness_new(set, "no_such_theme"));
    sayasat_keyness *k = sayasat_keyness_new(set, "direct_elections");
    assert_non_null(k);
    static const char *const docs[] = {
        "Прямые выборы акимов: кандидаты спорили о дорогах.",
        "Прямые выборы акимов прошли, кандидаты обещали дороги.",
        "Прямые выборы акимов и кандидаты в районе.",
        "Погода в районе хорошая, дороги чистые.",
        "Снег в районе, дороги закрыты.",
    };
    for (size_t i = 0; i < 5; i++) {
        const sayasat_result *r;
        assert_int_equal(sayasat_analyse(an, docs[i], strlen(docs[i]), &r),
                         SAYASAT_OK);
        assert_int_equal(sayasat_keyness_add(k, an, docs[i], strlen(docs[i]), r), SAYASAT_OK);
    }
    size_t with, without, n;
    sayasat_keyness_docs(k, &with, &without);
    assert_int_equal(with, 3);
    assert_int_equal(without, 2);
    const sayasat_term *t = sayasat_keyness_top(k, 10, 2, &n);
    /* "кандидат" is in all three theme documents and no other: the top;
     * "район" and "дорог" are as frequent outside: not key; the matched
     * phrase's words are covered and left out */
    assert_true(n >= 1);
    assert_string_equal(t[0].term, "кандидат");
    assert_int_equal(t[0].target, 3);
    assert_int_equal(t[0].reference, 0);
    /* 18 content tokens with the theme, 9 without: E1 = 18 * 3 / 27 = 2,
     * G2 = 2 * 3 ln(3 / 2) */
    assert_true(t[0].g2 > 2.4327 && t[0].g2 < 2.4329);
    assert_non_null(strstr(t[0].example, "[кандидаты]"));
    for (size_t i = 0; i < n; i++) {
        assert_string_not_equal(t[i].term, "прям");
        assert_string_not_equal(t[i].term, "район");
        assert_null(strstr(t[i].term, "выбор"));
    }
    sayasat_keyness_free(k);
    sayasat_keyness_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lint_reports_everything),
        cmocka_unit_test_setup_teardown(entries, setup, teardown),
        cmocka_unit_test_setup_teardown(tokens_with_stems, setup, teardown),
        cmocka_unit_test_setup_teardown(keyness_ranks_what_the_theme_brings,
                                        setup, teardown),
    };
    return cmocka_run_group_tests_name("tools", tests, NULL, NULL);
}
