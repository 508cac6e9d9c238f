/* stance: polarity cues, negation scope (before in Russian, after in
 * Kazakh, inside and after the Kazakh verb, both ways), the Kazakh
 * conditional, intensifiers, contrast, hedges, questions, sentences set in
 * the past, a set expression over the cues inside it, names and scare
 * quotes, theme attribution and the document's label, with reported
 * divergence. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "lexdir.h"
#include "sayasat.h"

static const char *dir;
static sayasat_lexicon_set *set;
static sayasat_analyser *an;

static int setup(void **state)
{
    (void)state;
    dir = lexdir_new();
    lexdir_write(dir, "ru/direct_elections.lex",
                 "@theme direct_elections\n@lang ru\n@label A\n"
                 "прямые выборы акимов = 2\n");
    lexdir_write(dir, "ru/local_self_government.lex",
                 "@theme local_self_government\n@lang ru\n@label B\n"
                 "местное самоуправление = 2\n");
    lexdir_write(dir, "ru/stance.lex", "@cues polarity\n@lang ru\n@label S\n"
                                       "важный шаг = 2\nсырой = -2\n"
                                       "поддерживать = 1\nсомнение = -1\n"
                                       "оправдаться = 1\n"
                                       "сомнения не оправдались = 2\n"
                                       "провал* = -2\nпровалиться = -1\n"
                                       "спасибо = 1\n"
                                       "спасибо за интервью = 0\n"
                                       "нельзя было и мечтать = 2\n");
    lexdir_write(dir, "ru/negators.lex", "@cues negator\n@lang ru\n@label N\n"
                                         "@scope before 3\n\"не\"\n");
    lexdir_write(dir, "ru/negators_existence.lex",
                 "@cues negator\n@lang ru\n@label E\n@scope around 3\n"
                 "\"не было\"\n");
    lexdir_write(dir, "ru/intensifiers.lex",
                 "@cues intensifier\n@lang ru\n@label I\n@scope before 2\n"
                 "\"очень\" = 1.5\n\"немного\" = 0.5\nкрайне = 1.5\n");
    lexdir_write(dir, "ru/contrast.lex", "@cues contrast\n@lang ru\n"
                                         "@label C\n\"но\" = 1.5\n");
    lexdir_write(dir, "ru/hedges.lex",
                 "@cues hedge\n@lang ru\n@label H\n"
                 "\"якобы\" = 0.5\nпо крайней мере = 0.8\n");
    lexdir_write(dir, "ru/critique.lex", "@cues critique\n@lang ru\n"
                                         "@label K\n\"против\" = 0\n");
    lexdir_write(dir, "ru/divergence.lex", "@cues divergence\n@lang ru\n"
                                           "@label D\nмнения разделились\n");
    lexdir_write(dir, "ru/past.lex", "@cues past\n@lang ru\n@label P\n"
                                     "\"раньше\"\n\"как и раньше\" = 0\n"
                                     "мечтать = 0\n");
    lexdir_write(dir, "kk/direct_elections.lex",
                 "@theme direct_elections\n@lang kk\n@label A\n"
                 "тікелей сайлау = 2\n");
    lexdir_write(dir, "kk/stance.lex", "@cues polarity\n@lang kk\n@label S\n"
                                       "дұрыс шешім = 2\nқолдау = 1.5\n"
                                       "\"түк шықпады\" = -2\n");
    lexdir_write(dir, "kk/negators.lex", "@cues negator\n@lang kk\n@label N\n"
                                         "@scope after 2\n\"емес\"\n");
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
    return r;
}

#define NEAR(x, y) (fabs((x) - (y)) < 1e-9)

/* Asserts the polarity of text's first sentence, where a check reads
 * nothing else. */
static void assert_polarity(const char *text, double want)
{
    assert_true(NEAR(analyse(text)->sentences[0].polarity, want));
}

/* Asserts the negative mass of text's analysis: the name and quotation
 * checks read only that. */
static void assert_negative(const char *text, double want)
{
    assert_true(NEAR(analyse(text)->stance.negative, want));
}

static void polarity_and_theme_stance(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Прямые выборы акимов — важный шаг. Прямые выборы акимов "
                "ждали давно.");
    assert_int_equal(r->n_cues, 1);
    assert_string_equal(r->cues[0].type, "polarity");
    assert_true(NEAR(r->cues[0].effect, 2.0));
    assert_true(NEAR(r->sentences[0].polarity, 2.0));
    assert_int_equal(r->sentences[0].n_cues, 1);
    assert_true(NEAR(r->sentences[1].polarity, 0.0));
    /* the theme gets its sentences' polarity: tanh(2 / 3) */
    assert_true(NEAR(r->themes[0].stance, tanh(2.0 / 3.0)));
    assert_true(NEAR(r->stance.positive, 2.0));
    assert_true(NEAR(r->stance.score, 0.5));     /* (2 - 0) / (2 + 2) */
    assert_string_equal(r->stance.label, "support");
}

static void russian_negation_stands_before(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Прямые выборы акимов мы не поддерживаем.");
    assert_int_equal(r->n_cues, 2);     /* не, поддерживать */
    const sayasat_cue *c = &r->cues[1];
    assert_string_equal(c->type, "polarity");
    assert_true(c->negated);
    assert_true(NEAR(c->effect, -0.75));
    /* a negator after the word does not reach back */
    r = analyse("Прямые выборы акимов поддерживаем, не скрою.");
    assert_false(r->cues[0].negated);
    /* out of scope: more than three words later */
    r = analyse("Не все знают, что прямые выборы акимов поддерживаем.");
    assert_false(r->cues[1].negated);
    /* nor across a comma or "а": "не X, а Y" negates X only */
    assert_polarity("Прямые выборы акимов — не сырой, а важный шаг.",
                    1.5 + 2.0);
    /* a scope around: existence denied reads both ways */
    assert_polarity("Прямые выборы акимов: сомнений не было.", 0.75);
    assert_polarity("Прямые выборы акимов: не было сомнений.", 0.75);
    assert_polarity("Прямые выборы акимов: сомнения, не было денег.", -1.0);
}

static void intensifiers_contrast_hedges(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Прямые выборы акимов — очень важный шаг.");
    assert_true(NEAR(r->sentences[0].polarity, 3.0));
    assert_polarity("Прямые выборы акимов — немного сырой проект.", -1.0);
    /* the clause after но weighs more: 2 * 0.5 + (-2) * 1.5 */
    r = analyse("Прямые выборы акимов — важный шаг, но местное "
                "самоуправление сырой проект.");
    assert_true(NEAR(r->sentences[0].polarity, -2.0));
    assert_string_equal(r->stance.label, "critical");
    /* a sentence opening with но answers the one before, which weighs half */
    r = analyse("Прямые выборы акимов — сырой проект. Но важный шаг.");
    assert_true(NEAR(r->sentences[0].polarity, -1.0));
    assert_true(NEAR(r->sentences[1].polarity, 3.0));
    /* a contrast whose clause evaluates nothing turns against the clause
     * before: the contrast cue carries its opposite at full weight */
    r = analyse("Прямые выборы акимов — сырой проект, но их провели.");
    assert_true(NEAR(r->sentences[0].polarity, -1.0 + 2.0));
    assert_string_equal(r->cues[1].type, "contrast");
    assert_true(NEAR(r->cues[1].effect, 2.0));
    r = analyse("Прямые выборы акимов — сырой проект. Но их провели.");
    assert_true(NEAR(r->sentences[0].polarity, -1.0));
    assert_true(NEAR(r->sentences[1].polarity, 2.0));
    /* hedges weaken the whole sentence */
    assert_polarity("Прямые выборы акимов якобы важный шаг.", 1.0);
    /* a sentence set before the reform counts the other way, unless a veto
     * says it is about now */
    r = analyse("Раньше прямые выборы акимов были сырой проект.");
    assert_true(NEAR(r->sentences[0].polarity, 2.0));
    assert_true(NEAR(r->cues[1].effect, 2.0));
    assert_polarity("Прямые выборы акимов, как и раньше, сырой проект.", -2.0);
    /* a veto inside a polarity phrase still vetoes: the phrase speaks for
     * its words, not for the sentence's time */
    assert_polarity("Раньше о прямых выборах акимов нельзя было и мечтать.",
                    2.0);
    /* a question asks: half its evaluation, on every cue */
    r = analyse("Прямые выборы акимов — важный шаг?");
    assert_true(NEAR(r->sentences[0].polarity, 1.0));
    assert_true(NEAR(r->cues[0].effect, 1.0));
    assert_polarity("Прямые выборы акимов назвали «важный шаг?»", 1.0);
}

static void a_set_expression_speaks_for_its_words(void **state)
{
    (void)state;
    /* the phrase, not its negator and its two evaluative words */
    const sayasat_result *r =
        analyse("Прямые выборы акимов: сомнения не оправдались.");
    assert_int_equal(r->n_cues, 1);
    assert_string_equal(r->cues[0].entry, "сомнения не оправдались");
    assert_true(NEAR(r->sentences[0].polarity, 2.0));
    /* the words alone: -1, and +1 negated */
    r = analyse("Прямые выборы акимов: сомнения есть, не оправдались.");
    assert_int_equal(r->n_cues, 3);
    assert_true(NEAR(r->sentences[0].polarity, -1.75));
    /* the hedge по крайней мере is not the intensifier крайне in it */
    r = analyse("Прямые выборы акимов, по крайней мере, важный шаг.");
    assert_int_equal(r->n_cues, 2);
    assert_string_equal(r->cues[0].type, "hedge");
    assert_true(NEAR(r->sentences[0].polarity, 1.6));
    assert_polarity("Прямые выборы акимов — крайне важный шаг.", 3.0);
    /* on the same words the more exactly written entry wins: the stemmed
     * word over the glob */
    r = analyse("Прямые выборы акимов: проект провалился.");
    assert_int_equal(r->n_cues, 1);
    assert_string_equal(r->cues[0].entry, "провалиться");
    assert_true(NEAR(r->sentences[0].polarity, -1.0));
    /* an evaluative stem on a name inside a clause is no evaluation (the
     * surname Сыров, stem сыр like сырой), in quotation marks neither; at
     * a sentence start or after a dash it is */
    assert_negative("Прямые выборы акимов выиграл Сыров.", 0.0);
    assert_negative("Прямые выборы акимов выиграла партия «Сырой проект».",
                    0.0);
    assert_negative("Прямые выборы акимов. Сырой проект.", 2.0);
    /* a byline's surname in capitals after a first name; a shouted word
     * after a lowercase one is no name */
    assert_negative("Прямые выборы акимов. Иван СЫРОВ, политолог.", 0.0);
    assert_negative("Прямые выборы акимов: проект СЫРОЙ.", 2.0);
    /* weight 0: an expression that evaluates nothing masks its words */
    r = analyse("Прямые выборы акимов: спасибо за интервью.");
    assert_true(NEAR(r->sentences[0].polarity, 0.0));
    assert_true(NEAR(r->stance.positive, 0.0));
    assert_polarity("Прямые выборы акимов: спасибо.", 1.0);
}

static void kazakh_negation_after_and_inside(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Тікелей сайлау дұрыс шешім емес.");
    assert_string_equal(r->lang, "kk");
    const sayasat_cue *pol = NULL;
    for (size_t i = 0; i < r->n_cues; i++)
        if (strcmp(r->cues[i].type, "polarity") == 0)
            pol = &r->cues[i];
    assert_non_null(pol);
    assert_true(pol->negated);
    assert_true(NEAR(pol->effect, -1.5));
    /* verbal negation inside the verb: қолдамаймыз = do not support */
    r = analyse("Біз тікелей сайлауды қолдамаймыз.");
    assert_int_equal(r->n_cues, 1);
    assert_true(r->cues[0].negated);
    assert_true(r->cues[0].effect < 0);
    r = analyse("Біз тікелей сайлауды қолдаймыз.");
    assert_int_equal(r->n_cues, 1);
    assert_false(r->cues[0].negated);
    assert_true(r->cues[0].effect > 0);
    /* a negated verb written as an exact form is the entry's own */
    r = analyse("Тікелей сайлаудан түк шықпады.");
    assert_int_equal(r->n_cues, 1);
    assert_false(r->cues[0].negated);
    assert_true(NEAR(r->cues[0].effect, -2.0));
    /* a negated verb just after an evaluative phrase negates it, as емес
     * does (did not turn out the right decision), but not across a comma */
    r = analyse("Тікелей сайлау дұрыс шешім болып шықпады.");
    assert_int_equal(r->n_cues, 1);
    assert_true(r->cues[0].negated);
    assert_true(NEAR(r->cues[0].effect, -1.5));
    r = analyse("Тікелей сайлау дұрыс шешім, ешкім келмеді.");
    assert_int_equal(r->n_cues, 1);
    assert_false(r->cues[0].negated);
    /* the conditional mood supposes: half the weight, inside the verb or
     * on the words before it */
    r = analyse("Тікелей сайлау дұрыс шешім болса, бәрі өзгереді.");
    assert_int_equal(r->n_cues, 1);
    assert_true(NEAR(r->cues[0].effect, 1.0));
    assert_false(r->cues[0].negated);
    r = analyse("Біз тікелей сайлауды қолдасақ, бәрі өзгереді.");
    assert_true(NEAR(r->cues[0].effect, 0.75));
    /* nor when the negated verb is a cue: it answers for itself */
    r = analyse("Тікелей сайлау дұрыс шешім қолдамаймыз.");
    assert_false(r->cues[0].negated);
}

static void scare_quotes(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Прямые выборы акимов назвали «историческим шагом».");
    assert_int_equal(r->n_cues, 1);
    assert_string_equal(r->cues[0].type, "critique");
    assert_string_equal(r->cues[0].entry, "scare quotes");
    assert_true(NEAR(r->cues[0].effect, -1.0));
    assert_true(NEAR(r->sentences[0].polarity, -1.0));
    /* names and titles start with a capital; long quotations are speech */
    r = analyse("Прямые выборы акимов провели в районе «Алатау».");
    assert_int_equal(r->n_cues, 0);
    r = analyse("Прямые выборы акимов, сказал он, «это только первый шаг "
                "долгой работы».");
    assert_int_equal(r->n_cues, 0);
    /* a quoted term the lexicons give a critique weight of 0 is none */
    assert_negative("Прямые выборы акимов: «против» проголосовали трое.", 0.0);
    assert_negative("Прямые выборы акимов: «поперёк» проголосовали трое.", 1.0);
    /* a quoted short answer or a quoted question is no distance */
    assert_negative("Прямые выборы акимов? Люди ответили «да».", 0.0);
    assert_negative("Прямые выборы акимов прошли, все спрашивают "
                    "«а где деньги?»", 0.0);
}

static void document_labels(void **state)
{
    (void)state;
    /* no theme: offtopic, whatever the evaluation */
    assert_string_equal(analyse("Это очень важный шаг.")->stance.label,
                        "offtopic");
    /* a theme without evaluation: neutral */
    assert_string_equal(
        analyse("Прямые выборы акимов прошли в воскресенье.")->stance.label,
        "neutral");
    /* strong evidence both ways: mixed */
    const sayasat_result *r =
        analyse("Прямые выборы акимов — очень важный шаг. Прямые выборы "
                "акимов — важный шаг. Местное самоуправление — сырой "
                "проект. Местное самоуправление — очень сырой проект.");
    assert_true(NEAR(r->stance.positive, 5.0));
    assert_true(NEAR(r->stance.negative, 5.0));
    assert_string_equal(r->stance.label, "mixed");
    /* themes get their own sentences' polarity */
    assert_true(r->themes[0].stance > 0.5);
    assert_true(r->themes[1].stance < -0.5);
    /* the same evidence ending in clear praise: a defence's verdict */
    assert_string_equal(
        analyse("Местное самоуправление — сырой проект. Местное "
                "самоуправление — очень сырой проект. Прямые выборы акимов — "
                "важный шаг. Прямые выборы акимов — очень важный шаг.")
            ->stance.label,
        "support");
    /* a report that its sources disagree is mixed once it evaluates at
     * all, unless it ends on a verdict of praise */
    r = analyse("Прямые выборы акимов: мнения разделились. Прямые выборы "
                "акимов — сырой проект.");
    assert_string_equal(r->cues[0].type, "divergence");
    assert_string_equal(r->stance.label, "mixed");
    assert_string_equal(analyse("Прямые выборы акимов: мнения разделились. "
                                "Прямые выборы акимов — важный шаг.")
                            ->stance.label,
                        "support");
    assert_string_equal(analyse("Прямые выборы акимов: мнения разделились.")
                            ->stance.label,
                        "neutral");
    /* at all: below the neutral mass too, where one side says little */
    assert_string_equal(analyse("Прямые выборы акимов: мнения разделились. "
                                "Сомнения есть.")
                            ->stance.label,
                        "mixed");
    assert_string_equal(analyse("Прямые выборы акимов. Сомнения есть.")
                            ->stance.label,
                        "neutral");
    /* long texts do not saturate: the score stays below 1 */
    char big[8192] = "";
    for (int i = 0; i < 40; i++)
        strcat(big, "Прямые выборы акимов — важный шаг. ");
    r = analyse(big);
    assert_true(r->stance.score < 1.0 && r->stance.score > 0.9);
    assert_true(r->stance.confidence > 0.9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(polarity_and_theme_stance),
        cmocka_unit_test(russian_negation_stands_before),
        cmocka_unit_test(intensifiers_contrast_hedges),
        cmocka_unit_test(a_set_expression_speaks_for_its_words),
        cmocka_unit_test(kazakh_negation_after_and_inside),
        cmocka_unit_test(scare_quotes),
        cmocka_unit_test(document_labels),
    };
    return cmocka_run_group_tests_name("stance", tests, setup, teardown);
}
