/* normalise + stem_ru + wordproc: one word as the matcher sees it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "normalise.h"
#include "stem_ru.h"
#include "wordproc.h"

static translit_kk_rules *rules;
static wordproc *wp;

static int setup(void **state)
{
    (void)state;
    UErrorCode st = U_ZERO_ERROR;
    rules = translit_kk_rules_new(&st);
    wp = wordproc_new(rules, &st);
    return U_SUCCESS(st) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    wordproc_free(wp);
    translit_kk_rules_free(rules);
    return 0;
}

static const char *fold(const char *w, kk_latin_orthography orth)
{
    static char out[WORD_BUF];
    int n = wordproc_fold(wp, w, strlen(w), orth, out, sizeof out);
    assert_true(n >= 0);
    assert_int_equal((size_t)n, strlen(out));
    return out;
}

static const char *stem(lang_id lang, const char *w)
{
    static char out[WORD_BUF];
    const char *f = fold(w, KK_LATIN_NONE);
    int n = wordproc_stem(wp, lang, f, strlen(f), out, sizeof out);
    assert_true(n >= 0);
    return out;
}

static void case_folding_and_yo(void **state)
{
    (void)state;
    assert_string_equal(fold("ВЫБОРЫ", KK_LATIN_NONE), "выборы");
    assert_string_equal(fold("Объёмы", KK_LATIN_NONE), "объемы");
    assert_string_equal(fold("ЁЛКА", KK_LATIN_NONE), "елка");
    assert_string_equal(fold("ӘКІМДЕР", KK_LATIN_NONE), "әкімдер");
    assert_string_equal(fold("ҚҰРЫЛТАЙ", KK_LATIN_NONE), "құрылтай");
}

static void nfc_and_invisible_characters(void **state)
{
    (void)state;
    /* е + combining diaeresis (decomposed ё) -> е after NFC and ё->е */
    assert_string_equal(fold("вс\xD0\xB5\xCC\x88", KK_LATIN_NONE), "все");
    /* soft hyphen and zero-width space inside a word */
    assert_string_equal(fold("децентра\xC2\xADлизация", KK_LATIN_NONE),
                        "децентрализация");
    assert_string_equal(fold("мас\xE2\x80\x8Bлихат", KK_LATIN_NONE),
                        "маслихат");
    /* non-breaking hyphen -> '-' */
    assert_string_equal(fold("өзін\xE2\x80\x91өзі", KK_LATIN_NONE),
                        "өзін-өзі");
    /* invalid bytes read as U+FFFD */
    assert_string_equal(fold("а\xFF", KK_LATIN_NONE), "а\xEF\xBF\xBD");
}

static void latin_kazakh_is_transliterated(void **state)
{
    (void)state;
    assert_string_equal(fold("Saılaý", KK_LATIN_2018), "сайлау");
    assert_string_equal(fold("ÄKIMDERI", KK_LATIN_2021), "әкімдері");
    assert_string_equal(fold("sailaw", KK_LATIN_INFORMAL), "сайлау");
    /* without an orthography, Latin stays Latin */
    assert_string_equal(fold("Amanat", KK_LATIN_NONE), "amanat");
}

static void russian_stems(void **state)
{
    (void)state;
    assert_string_equal(stem(LANG_RU, "выборов"), stem(LANG_RU, "выборы"));
    assert_string_equal(stem(LANG_RU, "прямых"), stem(LANG_RU, "прямые"));
    assert_string_equal(stem(LANG_RU, "децентрализации"), "децентрализац");
    /* ё is folded before Snowball sees it */
    assert_string_equal(stem(LANG_RU, "объём"), stem(LANG_RU, "объем"));
    /* hyphenated: the head stays, the last part is stemmed */
    assert_string_equal(stem(LANG_RU, "социально-экономических"),
                        "социально-экономическ");
}

static void kazakh_stems_meet(void **state)
{
    (void)state;
    const char *base = stem(LANG_KK, "сайлау");
    char copy[64];
    strcpy(copy, base);
    assert_string_equal(stem(LANG_KK, "сайлауы"), copy);
    assert_string_equal(stem(LANG_KK, "сайлауда"), copy);
    assert_string_equal(stem(LANG_KK, "сайлауға"), copy);
    assert_string_equal(stem(LANG_KK, "сайлаулары"), copy);
}

static void other_languages_are_copied(void **state)
{
    (void)state;
    assert_string_equal(stem(LANG_UND, "Reuters"), "reuters");
}

static void small_buffers_fail_cleanly(void **state)
{
    (void)state;
    char out[4];
    assert_int_equal(wordproc_fold(wp, "выборы", 12, KK_LATIN_NONE, out,
                                   sizeof out), -1);
    stem_ru *s = stem_ru_new();
    assert_non_null(s);
    assert_int_equal(stem_ru_word(s, "выборы", 12, out, sizeof out), -1);
    stem_ru_free(s);
    stem_ru_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(case_folding_and_yo),
        cmocka_unit_test(nfc_and_invisible_characters),
        cmocka_unit_test(latin_kazakh_is_transliterated),
        cmocka_unit_test(russian_stems),
        cmocka_unit_test(kazakh_stems_meet),
        cmocka_unit_test(other_languages_are_copied),
        cmocka_unit_test(small_buffers_fail_cleanly),
    };
    return cmocka_run_group_tests_name("normalise", tests, setup, teardown);
}
