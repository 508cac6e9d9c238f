/* quotes: direct and reported speech, speakers, their themes and stance. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "lexdir.h"
#include "quotes.h"
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
    lexdir_write(dir, "ru/stance.lex", "@cues polarity\n@lang ru\n@label S\n"
                                       "важный шаг = 2\nсырой = -2\n");
    lexdir_write(dir, "kk/direct_elections.lex",
                 "@theme direct_elections\n@lang kk\n@label A\n"
                 "тікелей сайлау = 2\n");
    lexdir_write(dir, "kk/stance.lex", "@cues polarity\n@lang kk\n@label S\n"
                                       "дұрыс шешім = 2\n");
    return lexdir_load(dir, &set, &an);
}

static int teardown(void **state)
{
    (void)state;
    return lexdir_unload(dir, set, an);
}

static const char *text;

static const sayasat_result *analyse(const char *t)
{
    const sayasat_result *r = NULL;
    text = t;
    assert_int_equal(sayasat_analyse(an, t, strlen(t), &r), SAYASAT_OK);
    return r;
}

static const char *span(size_t a, size_t b)
{
    static char buf[512];
    snprintf(buf, sizeof buf, "%.*s", (int)(b - a), text + a);
    return buf;
}

static void speech_words(void **state)
{
    (void)state;
    assert_int_equal(quotes_speech_word("заявил", strlen("заявил")),
                     SPEECH_VERB);
    assert_int_equal(quotes_speech_word("деді", strlen("деді")),
                     SPEECH_FINAL);
    assert_int_equal(quotes_speech_word("айтуынша", strlen("айтуынша")),
                     SPEECH_MARKER);
    assert_int_equal(quotes_speech_word("словам", strlen("словам")),
                     SPEECH_MARKER);
    assert_int_equal(quotes_speech_word("выборы", strlen("выборы")),
                     SPEECH_NONE);
}

static void direct_speech_with_speaker_after(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("«Прямые выборы акимов — важный шаг для всей страны», — "
                "заявил политолог Ерлан Сапаров.");
    assert_int_equal(r->n_quotes, 1);
    const sayasat_quote *q = &r->quotes[0];
    assert_string_equal(span(q->start, q->end),
                        "Прямые выборы акимов — важный шаг для всей страны");
    assert_true(q->has_speaker);
    assert_string_equal(span(q->speaker_start, q->speaker_end),
                        "Ерлан Сапаров");
    assert_int_equal(q->n_themes, 1);
    assert_string_equal(sayasat_theme_id(set, q->themes[0]),
                        "direct_elections");
    assert_string_equal(q->stance.label, "support");
}

static void direct_speech_with_speaker_before(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Аким района Ерлан Сапаров заявил: «Законопроект пока "
                "сырой, его надо дорабатывать».");
    assert_int_equal(r->n_quotes, 1);
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Ерлан Сапаров");
    assert_string_equal(r->quotes[0].stance.label, "critical");
    /* a short quoted name is not a quotation */
    r = analyse("Партия «Ак жол» выдвинула кандидата.");
    assert_int_equal(r->n_quotes, 0);
}

static void reported_speech(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("По словам Сапарова, прямые выборы акимов уже идут. "
                "Погода была ясной.");
    assert_int_equal(r->n_quotes, 1);
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Сапарова");
    assert_string_equal(span(r->quotes[0].start, r->quotes[0].end),
                        "По словам Сапарова, прямые выборы акимов уже идут.");
    /* an institution is not the name: its capital follows a preposition
     * or stands alone before a first name and surname */
    r = analyse("Член совета при Генпрокуратуре Ляззат Ахмедьярова считает, "
                "что прямые выборы акимов важны.");
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Ляззат Ахмедьярова");
    r = analyse("«Прямые выборы акимов важны», – заявил профессор "
                "Евразийского национального университета Бахыт Нурланов.");
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Бахыт Нурланов");
    /* a conjunction opening the sentence is no speaker */
    r = analyse("Как пояснил вице-министр финансов, прямые выборы акимов "
                "пройдут осенью.");
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "вице-министр финансов");
    /* the role stands for the speaker when there is no name */
    r = analyse("Прямые выборы акимов важны, считает социолог.");
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "социолог");
}

static void pronoun_and_role_speakers_refer_back(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("По словам политолога Армана Жаркенова, прямые выборы акимов "
                "уже идут. «Конкуренция появилась», – отметил он. "
                "«Выборы акимов важны», – считает эксперт.");
    assert_int_equal(r->n_quotes, 3);
    assert_false(r->quotes[0].has_referent);    /* it names him */
    for (size_t i = 1; i < 3; i++) {
        assert_true(r->quotes[i].has_referent);
        assert_string_equal(span(r->quotes[i].referent_start,
                                 r->quotes[i].referent_end),
                            "Армана Жаркенова");
    }
    assert_string_equal(span(r->quotes[1].speaker_start,
                             r->quotes[1].speaker_end), "он");
    /* nobody named before: the role stays as it is */
    r = analyse("Прямые выборы акимов важны, считает социолог.");
    assert_false(r->quotes[0].has_referent);
    /* a role word with a name is a name */
    r = analyse("Сарапшы Айгүл Тұрсынбаеваның айтуынша, тікелей сайлау "
                "дұрыс шешім. «Бұл маңызды», – деді ол.");
    assert_int_equal(r->n_quotes, 2);
    assert_false(r->quotes[0].has_referent);
    assert_true(r->quotes[1].has_referent);
    assert_string_equal(span(r->quotes[1].referent_start,
                             r->quotes[1].referent_end),
                        "Сарапшы Айгүл Тұрсынбаеваның");
}

static void kazakh_speech(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("Сарапшы Айгүл Тұрсынбаеваның айтуынша, тікелей сайлау "
                "дұрыс шешім.");
    assert_string_equal(r->lang, "kk");
    assert_int_equal(r->n_quotes, 1);
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end),
                        "Сарапшы Айгүл Тұрсынбаеваның");
    assert_string_equal(r->quotes[0].stance.label, "support");
    r = analyse("«Тікелей сайлау – халық үшін дұрыс шешім болды», – деді "
                "Ерлан Сапаров.");
    assert_int_equal(r->n_quotes, 1);
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Ерлан Сапаров");
    /* a lone capital opening the clause of a final verb is its subject
     * only when it looks like a surname; a post there is its subject
     * (Басқарма басшысы), not the lone noun, nor what was said, which
     * stands right before the verb */
    r = analyse("Басқарма басшысы тікелей сайлау өтетінін хабарлады.");
    assert_int_equal(r->n_quotes, 1);
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Басқарма басшысы");
    /* the subject opens the clause of a final verb */
    r = analyse("Тұрсынбаева тікелей сайлаудың маңызын атап өтті.");
    assert_int_equal(r->n_quotes, 1);
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Тұрсынбаева");
}

static void dialogue_dash(void **state)
{
    (void)state;
    const sayasat_result *r =
        analyse("— Прямые выборы акимов — это важный шаг вперед, — сказал "
                "Сапаров.\nПогода была ясной.");
    assert_int_equal(r->n_quotes, 1);
    assert_string_equal(span(r->quotes[0].start, r->quotes[0].end),
                        "Прямые выборы акимов — это важный шаг вперед");
    assert_string_equal(span(r->quotes[0].speaker_start,
                             r->quotes[0].speaker_end), "Сапаров");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(speech_words),
        cmocka_unit_test(direct_speech_with_speaker_after),
        cmocka_unit_test(direct_speech_with_speaker_before),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(pronoun_and_role_speakers_refer_back),
        cmocka_unit_test(kazakh_speech),
        cmocka_unit_test(dialogue_dash),
    };
    return cmocka_run_group_tests_name("quotes", tests, setup, teardown);
}
