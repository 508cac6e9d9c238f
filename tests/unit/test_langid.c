/* langid: sentence and document language from word traits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "langid.h"

/* Votes over a space-separated, already folded sentence. */
static lang_id sentence(const char *s)
{
    lang_votes v = {0};
    char buf[512];
    strcpy(buf, s);
    for (char *w = strtok(buf, " "); w; w = strtok(NULL, " ")) {
        word_traits t;
        langid_word_traits(w, strlen(w), &t);
        langid_vote(&v, &t);
    }
    return langid_decide(&v);
}

static void traits(void **state)
{
    (void)state;
    word_traits t;
    langid_word_traits("әкімдер", strlen("әкімдер"), &t);
    assert_true(t.cyrillic && t.kazakh && !t.latin);
    langid_word_traits("выборы", strlen("выборы"), &t);
    assert_true(t.cyrillic && !t.kazakh);
    langid_word_traits("және", strlen("және"), &t);
    assert_true(t.kk_function && !t.ru_function);
    langid_word_traits("однако", strlen("однако"), &t);
    assert_true(t.ru_function && !t.kk_function);
    langid_word_traits("amanat", 6, &t);
    assert_true(t.latin && !t.cyrillic);
    langid_word_traits("äkim", strlen("äkim"), &t);
    assert_true(t.latin);
}

static void sentences(void **state)
{
    (void)state;
    assert_int_equal(sentence("в 2021 году прошли прямые выборы сельских "
                              "акимов"), LANG_RU);
    assert_int_equal(sentence("аудан әкімдерін тікелей сайлау өтті"),
                     LANG_KK);
    /* short and noisy */
    assert_int_equal(sentence("аким избран"), LANG_RU);
    assert_int_equal(sentence("сайлау өтті"), LANG_KK);
    assert_int_equal(sentence("бюджет және әкімдік"), LANG_KK);
    /* a Kazakh name inside a Russian sentence does not flip it */
    assert_int_equal(sentence("по данным центра «қоғамдық пікір» явка "
                              "составила 40 процентов"), LANG_RU);
    /* no evidence at all */
    assert_int_equal(sentence("2023"), LANG_UND);
    assert_int_equal(sentence("reuters"), LANG_UND);
}

static void documents(void **state)
{
    (void)state;
    assert_int_equal(langid_document(10, 0), LANG_RU);
    assert_int_equal(langid_document(0, 3), LANG_KK);
    assert_int_equal(langid_document(8, 2), LANG_MIXED);   /* a fifth */
    assert_int_equal(langid_document(9, 1), LANG_RU);      /* a tenth */
    assert_int_equal(langid_document(0, 0), LANG_UND);
    assert_string_equal(lang_name(LANG_MIXED), "mixed");
    assert_int_equal(lang_from_name("kk"), LANG_KK);
    assert_int_equal(lang_from_name("en"), LANG_UND);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(traits),
        cmocka_unit_test(sentences),
        cmocka_unit_test(documents),
    };
    return cmocka_run_group_tests_name("langid", tests, NULL, NULL);
}
