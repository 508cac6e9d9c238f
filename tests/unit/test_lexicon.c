/* lexicon: the file format, its errors (file:line:col), the set's version
 * and theme order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "lexdir.h"
#include "lexicon.h"
#include "sayasat.h"

static const char header_ru[] =
    "# a comment\n@theme direct_elections\n@lang ru\n@label Прямые выборы\n";

/* Parses one Russian file's text; returns the status, fills *error. */
static sayasat_status parse(const char *text, sayasat_error *error,
                            lexicon_data *d)
{
    memset(d, 0, sizeof *d);
    memset(error, 0, sizeof *error);
    return lexicon_parse(d, "ru/x.lex", LANG_RU, text, strlen(text), error);
}

static void entry_kinds_and_weights(void **state)
{
    (void)state;
    char text[1024];
    snprintf(text, sizeof text,
             "%s\nпрямые выборы акимов = 3\n  \"ЦИК\"\nдецентрализ* = 0.5\n"
             "/аким\\w+ сельск\\w+/ = -1.5\nместн* самоуправлен*\n", header_ru);
    lexicon_data d;
    sayasat_error e;
    assert_int_equal(parse(text, &e, &d), SAYASAT_OK);
    assert_int_equal(d.n_entries, 5);
    assert_int_equal(d.n_themes, 1);
    const lex_entry *x = d.entries;
    assert_int_equal(x[0].n_words, 3);
    assert_true(x[0].weight == 3.0);
    assert_int_equal(x[0].line, 6);
    assert_string_equal(d.pool.data + x[0].text, "прямые выборы акимов");
    assert_int_equal(d.words[x[1].first_word].kind, WORD_EXACT);
    assert_string_equal(d.pool.data + d.words[x[1].first_word].text, "ЦИК");
    assert_true(x[1].weight == 1.0);
    assert_int_equal(d.words[x[2].first_word].kind, WORD_PREFIX);
    assert_string_equal(d.pool.data + d.words[x[2].first_word].text,
                        "децентрализ");
    assert_int_equal(x[3].n_words, 0);
    assert_string_equal(d.pool.data + x[3].regex, "аким\\w+ сельск\\w+");
    assert_true(x[3].weight == -1.5);
    assert_int_equal(x[4].n_words, 2);
    assert_string_equal(d.pool.data + d.themes[0].label[0], "Прямые выборы");
    lexicon_data_free(&d);
}

/* Each bad line: the message and its line and column. */
static void errors_name_line_and_column(void **state)
{
    (void)state;
    static const struct {
        const char *body;
        unsigned line, column;
        const char *message;
    } cases[] = {
        {"выборы акимов = 0\n", 5, 17, "weight must be"},
        {"выборы акимов = 11\n", 5, 17, "weight must be"},
        {"выборы акимов = abc\n", 5, 17, "is not a number"},
        {"выборы = 2 3\n", 5, 12, "unexpected text after the weight"},
        {"\"ЦИК = 1\n", 5, 1, "quote without closing"},
        {"/аким(/\n", 5, 7, "bad regex"},
        {"/аким\n", 5, 1, "regex without closing"},
        {"деце*нтр\n", 5, 5, "'*' may only end a word"},
        {"  * = 1\n", 5, 3, "a glob needs a prefix"},
        {"@colour red\n", 5, 1, "unknown header"},
        {"@theme other\n", 5, 1, "one @theme or one @cues"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[512];
        snprintf(text, sizeof text, "%s%s", header_ru, cases[i].body);
        lexicon_data d;
        sayasat_error e;
        sayasat_status st = parse(text, &e, &d);
        if (st == SAYASAT_OK) {
            /* regex errors are found when the set compiles: load it */
            const char *dir = lexdir_new();
            lexdir_write(dir, "ru/x.lex", text);
            sayasat_lexicon_set *set = NULL;
            st = sayasat_lexicon_set_load(dir, &set, &e);
            lexdir_free(dir);
            sayasat_lexicon_set_free(set);
        }
        lexicon_data_free(&d);
        if (st != SAYASAT_ERR_LEXICON || e.line != cases[i].line ||
            e.column != cases[i].column ||
            !strstr(e.message, cases[i].message))
            fail_msg("case %zu (%s): got %s:%u:%u: %s", i, cases[i].body,
                     e.file, e.line, e.column, e.message);
        assert_string_equal(e.file, "ru/x.lex");
    }
}

static void header_is_required(void **state)
{
    (void)state;
    lexicon_data d;
    sayasat_error e;
    memset(&d, 0, sizeof d);
    assert_int_equal(lexicon_parse(&d, "ru/x.lex", LANG_RU, "выборы\n", 13,
                                   &e),
                     SAYASAT_ERR_LEXICON);
    assert_int_equal(e.line, 1);
    assert_non_null(strstr(e.message, "must follow the header"));
    lexicon_data_free(&d);
    /* @lang must agree with the directory */
    const char *kk_in_ru = "@theme turnout\n@lang kk\n@label Явка\n";
    assert_int_equal(parse(kk_in_ru, &e, &d), SAYASAT_ERR_LEXICON);
    assert_int_equal(e.line, 2);
    assert_non_null(strstr(e.message, "ru directory"));
    lexicon_data_free(&d);
    assert_int_equal(parse("# only a comment\n", &e, &d), SAYASAT_ERR_LEXICON);
    assert_non_null(strstr(e.message, "missing header"));
    lexicon_data_free(&d);
}

static void set_loads_all_or_nothing(void **state)
{
    (void)state;
    const char *dir = lexdir_new();
    char text[512];
    snprintf(text, sizeof text, "%sпрямые выборы = 2\n", header_ru);
    lexdir_write(dir, "ru/direct_elections.lex", text);
    lexdir_write(dir, "ru/README.md", "not a lexicon\n");
    lexdir_write(dir, "kk/turnout.lex",
                 "@theme turnout\n@lang kk\n@label Сайлауға қатысу\n"
                 "сайлаушылардың белсенділігі = 2\n");
    lexdir_write(dir, "kk/zz_custom.lex",
                 "@theme aaa_custom\n@lang kk\n@label Басқа\nтест = 1\n");
    sayasat_lexicon_set *set = NULL;
    sayasat_error e;
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e), SAYASAT_OK);
    /* taxonomy order first, then other ids alphabetically */
    assert_int_equal(sayasat_theme_count(set), 3);
    assert_string_equal(sayasat_theme_id(set, 0), "direct_elections");
    assert_string_equal(sayasat_theme_id(set, 1), "turnout");
    assert_string_equal(sayasat_theme_id(set, 2), "aaa_custom");
    assert_null(sayasat_theme_id(set, 3));
    assert_string_equal(sayasat_theme_label(set, 1, "kk"), "Сайлауға қатысу");
    assert_string_equal(sayasat_theme_label(set, 1, "ru"), "turnout");
    char version[17];
    strcpy(version, sayasat_lexicon_set_version(set));
    assert_int_equal(strlen(version), 16);
    sayasat_lexicon_set_free(set);

    /* the version follows the content */
    lexdir_write(dir, "kk/zz_custom.lex",
                 "@theme aaa_custom\n@lang kk\n@label Басқа\nтест = 2\n");
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e), SAYASAT_OK);
    assert_string_not_equal(sayasat_lexicon_set_version(set), version);
    sayasat_lexicon_set_free(set);

    /* one bad line anywhere: nothing is loaded */
    lexdir_write(dir, "ru/zz_bad.lex",
                 "@theme turnout\n@lang ru\n@label Явка\nявка = 0\n");
    set = (sayasat_lexicon_set *)&e;   /* must be reset to NULL */
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e),
                     SAYASAT_ERR_LEXICON);
    assert_null(set);
    assert_string_equal(e.file, "ru/zz_bad.lex");
    assert_int_equal(e.line, 4);
    assert_int_equal(e.column, 8);
    lexdir_free(dir);
}

static void words_that_can_never_match(void **state)
{
    (void)state;
    const char *dir = lexdir_new();
    char text[512];
    /* "т.е." keeps a final period that is never part of a word */
    snprintf(text, sizeof text, "%sвыборы т.е. акимы\n", header_ru);
    lexdir_write(dir, "ru/x.lex", text);
    sayasat_lexicon_set *set = NULL;
    sayasat_error e;
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e),
                     SAYASAT_ERR_LEXICON);
    assert_int_equal(e.line, 5);
    assert_int_equal(e.column, 8);
    assert_non_null(strstr(e.message, "not one word"));
    lexdir_free(dir);
}

static void stance_cue_files(void **state)
{
    (void)state;
    lexicon_data d;
    sayasat_error e;
    assert_int_equal(parse("@cues negator\n@lang ru\n@label Отрицание\n"
                           "@scope before 2\nне\nни\n", &e, &d),
                     SAYASAT_OK);
    assert_int_equal(d.n_entries, 2);
    assert_int_equal(d.n_themes, 0);
    assert_int_equal(d.entries[0].cue, CUE_NEGATOR);
    assert_int_equal(d.entries[0].scope, -2);
    assert_false(d.entries[0].scope_around);
    assert_true(d.entries[0].theme == (size_t)-1);
    lexicon_data_free(&d);
    /* both ways: "нет реальной конкуренции", "реальной конкуренции нет" */
    assert_int_equal(parse("@cues negator\n@lang ru\n@label О\n"
                           "@scope around 3\n\"нет\"\n", &e, &d),
                     SAYASAT_OK);
    assert_int_equal(abs(d.entries[0].scope), 3);
    assert_true(d.entries[0].scope_around);
    lexicon_data_free(&d);
    assert_int_equal(parse("@cues negator\n@lang ru\n@label О\n"
                           "@scope after 2\n\"же\"\n", &e, &d),
                     SAYASAT_OK);
    assert_int_equal(d.entries[0].scope, 2);
    assert_false(d.entries[0].scope_around);
    lexicon_data_free(&d);
    assert_int_equal(parse("@cues polarity\n@lang ru\n@label Оценки\n"
                           "здравый смысл = 2\nимитация реформ = -2.5\n",
                           &e, &d), SAYASAT_OK);
    assert_int_equal(d.entries[1].cue, CUE_POLARITY);
    assert_true(d.entries[1].weight == -2.5);
    assert_int_equal(d.entries[1].scope, 0);
    assert_string_equal(cue_name(CUE_POLARITY), "polarity");
    lexicon_data_free(&d);
    /* weight 0 masks an expression's words: polarity and critique only */
    assert_int_equal(parse("@cues polarity\n@lang ru\n@label Оценки\n"
                           "спасибо за интервью = 0\n", &e, &d), SAYASAT_OK);
    assert_true(d.entries[0].weight == 0.0);
    lexicon_data_free(&d);
    assert_int_equal(parse("@cues intensifier\n@lang ru\n@label У\n"
                           "очень = 0\n", &e, &d), SAYASAT_ERR_LEXICON);
    assert_non_null(strstr(e.message, "not 0"));
    lexicon_data_free(&d);
    assert_int_equal(parse("@cues divergence\n@lang ru\n@label Р\n"
                           "мнения разделились\n", &e, &d), SAYASAT_OK);
    assert_int_equal(d.entries[0].cue, CUE_DIVERGENCE);
    assert_string_equal(cue_name(CUE_DIVERGENCE), "divergence");
    lexicon_data_free(&d);
    /* a past marker flips by default, 0 vetoes, nothing outside [-1, 0] */
    assert_int_equal(parse("@cues past\n@lang ru\n@label П\n\"раньше\"\n"
                           "как и раньше = 0\n", &e, &d), SAYASAT_OK);
    assert_true(d.entries[0].weight == -1.0);
    assert_true(d.entries[1].weight == 0.0);
    lexicon_data_free(&d);
    assert_int_equal(parse("@cues past\n@lang ru\n@label П\n"
                           "\"раньше\" = 0.5\n", &e, &d),
                     SAYASAT_ERR_LEXICON);
    assert_non_null(strstr(e.message, "between -1"));
    lexicon_data_free(&d);
    /* errors */
    assert_int_equal(parse("@cues sarcasm\n", &e, &d), SAYASAT_ERR_LEXICON);
    assert_int_equal(e.column, 7);
    assert_non_null(strstr(e.message, "divergence, past)"));
    lexicon_data_free(&d);
    assert_int_equal(parse("@cues negator\n@scope aside 2\n", &e, &d),
                     SAYASAT_ERR_LEXICON);
    assert_int_equal(e.line, 2);
    assert_non_null(strstr(e.message, "'around N'"));
    lexicon_data_free(&d);
    assert_int_equal(parse("@cues hedge\n@scope after 2\n", &e, &d),
                     SAYASAT_ERR_LEXICON);
    assert_non_null(strstr(e.message, "@scope follows"));
    lexicon_data_free(&d);
    assert_int_equal(parse("@theme turnout\n@cues hedge\n", &e, &d),
                     SAYASAT_ERR_LEXICON);
    assert_non_null(strstr(e.message, "one @theme or one @cues"));
    lexicon_data_free(&d);
    /* a set with cue files loads, and cues are not theme evidence */
    const char *dir = lexdir_new();
    char text[512];
    snprintf(text, sizeof text, "%sпрямые выборы = 2\n", header_ru);
    lexdir_write(dir, "ru/direct_elections.lex", text);
    lexdir_write(dir, "ru/stance.lex", "@cues polarity\n@lang ru\n"
                                       "@label Оценки\nвыборы = 1\n");
    sayasat_lexicon_set *set = NULL;
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e), SAYASAT_OK);
    assert_int_equal(sayasat_theme_count(set), 1);
    sayasat_analyser *an;
    assert_int_equal(sayasat_analyser_new(set, &an), SAYASAT_OK);
    const sayasat_result *r;
    const char *t = "Прямые выборы прошли.";
    assert_int_equal(sayasat_analyse(an, t, strlen(t), &r), SAYASAT_OK);
    assert_int_equal(r->n_evidence, 1);
    assert_true(r->themes[0].weight == 2.0);
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    lexdir_free(dir);
}

static void present_weight_per_theme(void **state)
{
    (void)state;
    const char *dir = lexdir_new();
    lexdir_write(dir, "ru/direct_elections.lex",
                 "@theme direct_elections\n@lang ru\n@label A\n@present 5\n"
                 "прямые выборы = 4\n");
    lexdir_write(dir, "ru/turnout.lex", "@theme turnout\n@lang ru\n"
                                        "@label B\nявка = 2\n");
    sayasat_lexicon_set *set = NULL;
    sayasat_error e;
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e), SAYASAT_OK);
    sayasat_analyser *an;
    assert_int_equal(sayasat_analyser_new(set, &an), SAYASAT_OK);
    const sayasat_result *r;
    const char *t = "Прямые выборы и явка.";
    assert_int_equal(sayasat_analyse(an, t, strlen(t), &r), SAYASAT_OK);
    assert_true(r->themes[0].weight == 4.0);
    assert_false(r->themes[0].present);     /* below its @present 5 */
    assert_true(r->themes[1].present);      /* the default, 2 */
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    /* the two languages' files of a theme must agree */
    lexdir_write(dir, "kk/direct_elections.lex",
                 "@theme direct_elections\n@lang kk\n@label A\n@present 3\n"
                 "тікелей сайлау = 4\n");
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e),
                     SAYASAT_ERR_LEXICON);
    assert_string_equal(e.file, "ru/direct_elections.lex");
    assert_int_equal(e.line, 4);
    assert_non_null(strstr(e.message, "another file of this theme says 3"));
    lexdir_free(dir);
    lexicon_data d;
    assert_int_equal(parse("@theme x\n@present 0\n", &e, &d),
                     SAYASAT_ERR_LEXICON);
    lexicon_data_free(&d);
    assert_int_equal(parse("@present 3\n", &e, &d), SAYASAT_ERR_LEXICON);
    assert_non_null(strstr(e.message, "@present follows @theme"));
    lexicon_data_free(&d);
}

static void empty_directory(void **state)
{
    (void)state;
    const char *dir = lexdir_new();
    sayasat_lexicon_set *set = NULL;
    sayasat_error e;
    assert_int_equal(sayasat_lexicon_set_load(dir, &set, &e),
                     SAYASAT_ERR_LEXICON);
    assert_non_null(strstr(e.message, "no lexicon files"));
    lexdir_free(dir);
    assert_int_equal(sayasat_lexicon_set_load("/nonexistent", &set, &e),
                     SAYASAT_ERR_LEXICON);
    sayasat_lexicon_set_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(entry_kinds_and_weights),
        cmocka_unit_test(errors_name_line_and_column),
        cmocka_unit_test(header_is_required),
        cmocka_unit_test(set_loads_all_or_nothing),
        cmocka_unit_test(words_that_can_never_match),
        cmocka_unit_test(stance_cue_files),
        cmocka_unit_test(present_weight_per_theme),
        cmocka_unit_test(empty_directory),
    };
    return cmocka_run_group_tests_name("lexicon", tests, NULL, NULL);
}
