/* segment: tokens and sentences with byte offsets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "segment.h"

static segmenter *seg;

static int setup(void **state)
{
    (void)state;
    UErrorCode st = U_ZERO_ERROR;
    seg = segmenter_new(&st);
    return U_SUCCESS(st) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    segmenter_free(seg);
    return 0;
}

/* Runs the segmenter and returns the tokens' texts joined by '|'. */
static const char *tokens_of(const char *text, size_t *n_sent)
{
    static char out[4096];
    UErrorCode st = U_ZERO_ERROR;
    assert_int_equal(segmenter_run(seg, text, strlen(text), &st), 0);
    size_t n;
    const seg_token *t = segmenter_tokens(seg, &n);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(out, "|");
        strncat(out, text + t[i].start, t[i].end - t[i].start);
    }
    if (n_sent)
        segmenter_sentences(seg, n_sent);
    return out;
}

static void hyphenated_words_stay_one_token(void **state)
{
    (void)state;
    assert_string_equal(tokens_of("социально-экономический курс", NULL),
                        "социально-экономический|курс");
    assert_string_equal(tokens_of("бұрын-соңды болмаған өзін-өзі", NULL),
                        "бұрын-соңды|болмаған|өзін-өзі");
    assert_string_equal(tokens_of("В 2022-м году", NULL), "В|2022-м|году");
    /* a dash between spaced words is punctuation, not a hyphen */
    assert_string_equal(tokens_of("партии – кандидаты", NULL),
                        "партии|кандидаты");
}

static void numbers_and_quotes(void **state)
{
    (void)state;
    assert_string_equal(tokens_of("«Реформы ради реформ» — 1,5 млрд тенге",
                                  NULL),
                        "Реформы|ради|реформ|1,5|млрд|тенге");
    assert_string_equal(tokens_of("„Amanat“ и \"Ақ жол\"", NULL),
                        "Amanat|и|Ақ|жол");
}

static void offsets_are_bytes(void **state)
{
    (void)state;
    const char *text = "Аким Ә.";
    UErrorCode st = U_ZERO_ERROR;
    assert_int_equal(segmenter_run(seg, text, strlen(text), &st), 0);
    size_t n;
    const seg_token *t = segmenter_tokens(seg, &n);
    assert_int_equal(n, 2);
    assert_int_equal(t[0].start, 0);
    assert_int_equal(t[0].end, 8);   /* 4 Cyrillic letters, 2 bytes each */
    assert_int_equal(t[1].start, 9);
    assert_int_equal(t[1].end, 11);
    assert_int_equal(t[0].kind, TOKEN_WORD);
}

static void invalid_bytes_keep_offsets(void **state)
{
    (void)state;
    /* \xFF is not UTF-8: ICU reads it as U+FFFD, offsets stay in bytes. */
    const char text[] = "выборы \xFF акимов";
    UErrorCode st = U_ZERO_ERROR;
    assert_int_equal(segmenter_run(seg, text, sizeof text - 1, &st), 0);
    size_t n;
    const seg_token *t = segmenter_tokens(seg, &n);
    assert_int_equal(n, 2);
    assert_int_equal(t[1].start, 15);
    assert_int_equal(t[1].end, 27);
    assert_memory_equal(text + t[1].start, "акимов", 12);
}

static void four_byte_characters(void **state)
{
    (void)state;
    const char *text = "реформа 🗳️ сайлау";
    assert_string_equal(tokens_of(text, NULL), "реформа|сайлау");
}

static void abbreviations_do_not_end_sentences(void **state)
{
    (void)state;
    size_t n;
    tokens_of("Реформы, т.е. выборы акимов, продолжатся. Это важно.", &n);
    assert_int_equal(n, 2);
    tokens_of("В 2021 г. прошли выборы сельских акимов.", &n);
    assert_int_equal(n, 1);
    tokens_of("Бюджет вырос на 3 млрд. тенге за год.", &n);
    assert_int_equal(n, 1);
    tokens_of("Әкімдер, мәслихаттар т.б. органдар. Сайлау өтті.", &n);
    assert_int_equal(n, 2);
    tokens_of("2021 ж. ауыл әкімдері сайланды.", &n);
    assert_int_equal(n, 1);
    tokens_of("Как сказал К. Токаев, реформы продолжатся.", &n);
    assert_int_equal(n, 1);
    /* a year at the very end of a sentence still ends it */
    tokens_of("Выборы прошли в 2023 г. Явка составила 60%.", &n);
    assert_int_equal(n, 2);
}

static void sentences_and_lines(void **state)
{
    (void)state;
    size_t n;
    tokens_of("Первое предложение! Второе? Третье.", &n);
    assert_int_equal(n, 3);
    /* a hard-wrapped line that goes on in lowercase */
    tokens_of("Выборы акимов районов\nпрошли спокойно.", &n);
    assert_int_equal(n, 1);
    /* a title line is its own sentence */
    tokens_of("Выборы акимов\n\nВчера прошли выборы.", &n);
    assert_int_equal(n, 2);
    /* punctuation-only stretches are not sentences */
    tokens_of("***\n\n...\nТекст.", &n);
    assert_int_equal(n, 1);
}

static void empty_input(void **state)
{
    (void)state;
    size_t n;
    assert_string_equal(tokens_of("", &n), "");
    assert_int_equal(n, 0);
    assert_string_equal(tokens_of("  \n\t ", &n), "");
    assert_int_equal(n, 0);
}

static void sentence_spans(void **state)
{
    (void)state;
    const char *text = "  Раз два.  Три.  ";
    UErrorCode st = U_ZERO_ERROR;
    assert_int_equal(segmenter_run(seg, text, strlen(text), &st), 0);
    size_t n;
    const seg_sentence *s = segmenter_sentences(seg, &n);
    assert_int_equal(n, 2);
    assert_int_equal(s[0].start, 2);
    assert_memory_equal(text + s[0].start, "Раз два.", s[0].end - s[0].start);
    assert_int_equal(s[0].n_tokens, 2);
    assert_int_equal(s[1].first_token, 2);
    assert_memory_equal(text + s[1].start, "Три.", s[1].end - s[1].start);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hyphenated_words_stay_one_token),
        cmocka_unit_test(numbers_and_quotes),
        cmocka_unit_test(offsets_are_bytes),
        cmocka_unit_test(invalid_bytes_keep_offsets),
        cmocka_unit_test(four_byte_characters),
        cmocka_unit_test(abbreviations_do_not_end_sentences),
        cmocka_unit_test(sentences_and_lines),
        cmocka_unit_test(empty_input),
        cmocka_unit_test(sentence_spans),
    };
    return cmocka_run_group_tests_name("segment", tests, setup, teardown);
}
