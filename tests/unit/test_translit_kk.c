/* Unit tests for translit_kk (Kazakh Latin -> Cyrillic, orthography
 * detection). Inputs are written in each real alphabet:
 *   2021: ı = і, i = и/й, y = ы, u = у, ū = ұ, ü = ү, ş, ñ, ğ, ä, ö, q;
 *   2018: i = і, ı = и/й, y = ы, ý = у, u = ұ, ú = ү, sh, ch, á ǵ ń ó q;
 *   informal ASCII: w / u for у/ұ, y for ы, sh zh ch, q. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <threads.h>

#include <cmocka.h>

#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>

#include "translit_kk.h"

#define BUF 512

typedef struct {
    translit_kk_rules *rules;
    translit_kk *t;
} fixture;

static int setup(void **state)
{
    static fixture f;
    UErrorCode st = U_ZERO_ERROR;
    f.rules = translit_kk_rules_new(&st);
    if (f.rules == NULL || U_FAILURE(st))
        return -1;
    f.t = translit_kk_new(f.rules, &st);
    if (f.t == NULL || U_FAILURE(st))
        return -1;
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    translit_kk_free(f->t);
    translit_kk_rules_free(f->rules);
    return 0;
}

/* Case-folds a UTF-8 string with Turkic rules (I -> ı, İ -> i), as the
 * tokenizer does before translit_kk_convert. */
static int32_t fold(const char *utf8, UChar *out, int32_t cap)
{
    UChar tmp[BUF];
    int32_t n = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(tmp, BUF, &n, utf8, -1, &st);
    assert_true(U_SUCCESS(st));
    int32_t m = u_strFoldCase(out, cap, tmp, n, U_FOLD_CASE_EXCLUDE_SPECIAL_I,
                              &st);
    assert_true(U_SUCCESS(st));
    return m;
}

static void to_utf8(const UChar *s, int32_t n, char *out, int32_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    u_strToUTF8(out, cap, NULL, s, n, &st);
    assert_true(U_SUCCESS(st));
}

/* Converts a space-separated phrase word by word. */
static void convert_phrase(translit_kk *t, kk_latin_orthography orth,
                           const char *in, char *out, size_t outcap)
{
    UChar text[BUF];
    int32_t n = fold(in, text, BUF);
    out[0] = '\0';
    int32_t i = 0;
    while (i < n) {
        int32_t j = i;
        while (j < n && text[j] != ' ')
            j++;
        UChar w[BUF];
        int32_t len = j - i;
        memcpy(w, text + i, (size_t)len * sizeof(UChar));
        assert_int_equal(translit_kk_convert(t, orth, w, &len, BUF), 0);
        char u8[BUF * 3];
        to_utf8(w, len, u8, (int32_t)sizeof u8);
        if (out[0] != '\0')
            strncat(out, " ", outcap - strlen(out) - 1);
        strncat(out, u8, outcap - strlen(out) - 1);
        i = j + 1;
    }
}

typedef struct {
    const char *latin;
    const char *cyrillic;
} pair;

static void check_pairs(translit_kk *t, kk_latin_orthography orth,
                        const pair *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char out[BUF * 3];
        convert_phrase(t, orth, p[i].latin, out, sizeof out);
        if (strcmp(out, p[i].cyrillic) != 0)
            print_error("%s: got \"%s\", want \"%s\"\n", p[i].latin, out,
                        p[i].cyrillic);
        assert_string_equal(out, p[i].cyrillic);
    }
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- */

static void test_2021_words(void **state)
{
    fixture *f = *state;
    static const pair p[] = {
        { "Qazaqstan", "қазақстан" },
        { "Qazaqstan Respublikasy", "қазақстан республикасы" },
        { "äkım", "әкім" },
        { "äkımderdı tıkelei sailau", "әкімдерді тікелей сайлау" },
        { "mäslihat", "мәслихат" },
        { "Parlament Mäjılısı", "парламент мәжілісі" },
        { "ükımet", "үкімет" },
        { "üşın", "үшін" },
        { "jäne", "және" },
        { "bilık", "билік" },
        { "jergılıktı özın-özı basqaru", "жергілікті өзін-өзі басқару" },
        { "ūiym", "ұйым" },
        { "öñır", "өңір" },
        { "saiasi", "саяси" },          /* ia after a vowel: я */
        { "iağni", "яғни" },            /* ia at the start: я */
        { "joiu", "жою" },              /* iu after a vowel: ю */
        { "äiel", "әйел" },
        { "kiım", "киім" },             /* и before і */
        { "prezident", "президент" },   /* 2021 i is и: no special rule */
        { "partiia", "партия" },
        { "partiasy", "партиясы" },
        { "sosialdyq", "сосиалдық" },   /* -ial stays -иал */
        { "konstitutsiia", "конституция" },
        { "halyq", "халық" },
        { "şahar", "шаһар" },           /* listed һ stem */
        { "ekonomika", "экономика" },
        { "ekı", "екі" },               /* native е is not э */
        { "saılau", "сайлау" },         /* 2018 habit still understood */
        { "Qasym-Jomart Toqaev", "қасым-жомарт тоқаев" },
    };
    check_pairs(f->t, KK_LATIN_2021, p, N(p));
}

static void test_2021_sentence(void **state)
{
    fixture *f = *state;
    char out[BUF * 3];
    convert_phrase(f->t, KK_LATIN_2021,
                   "Memleket basşysy äkımderdı tıkelei sailau turaly "
                   "zañğa qol qoidy",
                   out, sizeof out);
    assert_string_equal(out, "мемлекет басшысы әкімдерді тікелей сайлау "
                             "туралы заңға қол қойды");
}

static void test_2018_words(void **state)
{
    fixture *f = *state;
    static const pair p[] = {
        { "Qazaqstan Respýblıkasy", "қазақстан республикасы" },
        { "ákim", "әкім" },
        { "saılaý", "сайлау" },
        { "máslıhat", "мәслихат" },
        { "úkimet", "үкімет" },
        { "úshin", "үшін" },
        { "jáne", "және" },
        { "ult", "ұлт" },                   /* u is ұ in 2018 */
        { "ýaqyt", "уақыт" },               /* ý is у */
        { "uıym", "ұйым" },
        { "jergilikti ózin-ózi basqarý", "жергілікті өзін-өзі басқару" },
        { "táýelsizdik", "тәуелсіздік" },
        { "saıası", "саяси" },
        { "ıaǵnı", "яғни" },
        { "Prezıdenti", "президенті" },
        { "partıasy", "партиясы" },
        { "Konstıtýtsıa", "конституция" },
        { "býdjet", "бюджет" },             /* listed loanword */
        { "Ishki ister", "ішкі істер" },    /* capital I read as і here */
        { "Investıtsıa", "инвестиция" },    /* ... and as и here */
        { "ǵylym", "ғылым" },
        { "ońtústik", "оңтүстік" },
        { "óńir", "өңір" },
        { "shahar", "шаһар" },
        { "qııal", "қиял" },
        { "kıim", "киім" },
    };
    check_pairs(f->t, KK_LATIN_2018, p, N(p));
}

static void test_2018_sentence(void **state)
{
    fixture *f = *state;
    char out[BUF * 3];
    convert_phrase(f->t, KK_LATIN_2018,
                   "Qazaqstan Respýblıkasynyń Prezıdenti saılaý týraly "
                   "jarlyqqa qol qoıdy",
                   out, sizeof out);
    assert_string_equal(out, "қазақстан республикасының президенті сайлау "
                             "туралы жарлыққа қол қойды");
}

static void test_informal_words(void **state)
{
    fixture *f = *state;
    static const pair p[] = {
        { "sailaw", "сайлау" },          /* w after a vowel: у */
        { "saylau", "сайлау" },          /* y after a vowel: й */
        { "qwqyq", "құқық" },            /* w between consonants: ұ */
        { "wlt", "ұлт" },
        { "jergilikti ozin-ozi basqaru", "жергілікті өзін-өзі басқару" },
        { "qoldau", "қолдау" },          /* back word: о */
        { "kop", "көп" },                /* k without q: front */
        { "ozgeristerdi", "өзгерістерді" },
        { "bul", "бұл" },
        { "ushin", "үшін" },
        { "ukimet", "үкімет" },
        { "basqarw", "басқару" },
        { "uaqyt", "уақыт" },            /* u before a vowel: у */
        { "boyynsha", "бойынша" },
        { "sayasat", "саясат" },
        { "Tokayev", "токаев" },
        { "jiyn", "жиын" },              /* i before a vowel: и */
        { "turaly", "туралы" },          /* listed */
        { "akimder", "әкімдер" },        /* listed */
        { "maslihat", "мәслихат" },
        { "prezident", "президент" },    /* listed loanword */
        { "partiyasy", "партиясы" },
        { "konstitutsiya", "конституция" },
        { "budjet", "бюджет" },
        { "zhana", "жана" },             /* ң is lost when typed as n */
        { "zang", "заң" },               /* final ng: ң */
        { "o'zi", "өзі" },               /* 2017 apostrophe letters */
        { "ba'seke", "бәсеке" },
        { "s'ynymen", "шынымен" },
        { "ju'i'e", "жүйе" },
        { "sai'lay'", "сайлау" },        /* i' after a vowel: й */
        { "moi'yndai'yq", "мойындайық" },
        { "parti'alar", "партиялар" },   /* i'a after a consonant: ия */
        { "bi'likke", "билікке" },
        { "mazhilis", "мәжіліс" },
    };
    check_pairs(f->t, KK_LATIN_INFORMAL, p, N(p));
}

static void test_informal_sentence(void **state)
{
    fixture *f = *state;
    char out[BUF * 3];
    convert_phrase(f->t, KK_LATIN_INFORMAL,
                   "Biz akimderdi tikelei sailawdy qoldaimyz", out,
                   sizeof out);
    assert_string_equal(out, "біз әкімдерді тікелей сайлауды қолдаймыз");
}

static void test_non_latin_kept(void **state)
{
    fixture *f = *state;
    static const pair p21[] = {
        { "2021-jyly", "2021-жылы" },
        { "covid-19", "цовид-19" },
        { "қазақ", "қазақ" },            /* Cyrillic passes through */
        { "5g", "5г" },
        { "№7", "№7" },
    };
    check_pairs(f->t, KK_LATIN_2021, p21, N(p21));
}

static void test_none_leaves_word(void **state)
{
    fixture *f = *state;
    UChar w[BUF];
    int32_t n = fold("Reuters", w, BUF);
    int32_t len = n;
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_NONE, w, &len, BUF),
                     0);
    assert_int_equal(len, n);
    char out[64];
    to_utf8(w, len, out, (int32_t)sizeof out);
    assert_string_equal(out, "reuters");
}

static void test_buffer_too_small(void **state)
{
    fixture *f = *state;
    /* x -> кс grows by one unit: capacity equal to the input is too small. */
    UChar w[8] = { 'e', 'x', 'p', 'o', 0 };
    int32_t len = 4;
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_2021, w, &len, 4), -1);
    assert_int_equal(len, 4);
    assert_int_equal(w[0], 'e');           /* untouched on failure */
    assert_int_equal(w[1], 'x');
    /* With room it works: exactly 5 units, no terminator needed. */
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_2021, w, &len, 5), 0);
    assert_int_equal(len, 5);
    char out[32];
    to_utf8(w, len, out, (int32_t)sizeof out);
    assert_string_equal(out, "експо");

    /* Listed loanword that grows: "budjet" (6) -> "бюджет" (6) fits, the
     * informal "akim" (4) -> "әкім" (4) fits; cap below len is an error. */
    UChar b[8] = { 'a', 'k', 'i', 'm', 0 };
    int32_t blen = 4;
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_INFORMAL, b, &blen, 3),
                     -1);
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_INFORMAL, b, &blen, 4),
                     0);
    assert_int_equal(blen, 4);
    assert_int_equal(b[0], 0x04D9);        /* ә */
}

static void test_bad_args(void **state)
{
    fixture *f = *state;
    UChar w[4] = { 'a', 0 };
    int32_t len = 1;
    assert_int_equal(translit_kk_convert(NULL, KK_LATIN_2021, w, &len, 4), -1);
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_2021, w, NULL, 4), -1);
    len = -1;
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_2021, w, &len, 4), -1);
    len = 0;
    assert_int_equal(translit_kk_convert(f->t, KK_LATIN_2021, w, &len, 4), 0);
    assert_int_equal(len, 0);

    UErrorCode st = U_ZERO_ERROR;
    assert_null(translit_kk_new(NULL, &st));
    assert_true(U_FAILURE(st));
    st = U_ILLEGAL_ARGUMENT_ERROR;           /* failed status is kept */
    assert_null(translit_kk_rules_new(&st));
    assert_int_equal(st, U_ILLEGAL_ARGUMENT_ERROR);
    translit_kk_free(NULL);
    translit_kk_rules_free(NULL);
}

/* ---------------------------------------------------------------- */

static kk_latin_orthography detect8(const char *utf8)
{
    UChar text[BUF];
    int32_t n = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(text, BUF, &n, utf8, -1, &st);
    assert_true(U_SUCCESS(st));
    return translit_kk_detect(text, n);
}

static void test_detect_2021(void **state)
{
    (void)state;
    assert_int_equal(detect8("Äkımderdı tıkelei sailau jaña kezeñge ötedı."),
                     KK_LATIN_2021);
    assert_int_equal(detect8("Memleket basşysy Mäjılıs deputattaryna ündeu "
                             "jasady."),
                     KK_LATIN_2021);
    assert_int_equal(detect8("Qazaqstan Respublikasynyñ Ükımetı jäne "
                             "mäslihattar"),
                     KK_LATIN_2021);
    /* Decomposed diacritics (a + U+0308) are read too. */
    assert_int_equal(detect8("Aqorda a\xcc\x88kımderdı tıkelei sailau "
                             "turaly"),
                     KK_LATIN_2021);
}

static void test_detect_2018(void **state)
{
    (void)state;
    assert_int_equal(detect8("Qazaqstan Respýblıkasynyń Prezıdenti saılaý "
                             "týraly jarlyqqa qol qoıdy."),
                     KK_LATIN_2018);
    assert_int_equal(detect8("Ákimder men máslıhattar jergilikti býdjetti "
                             "bekitedi."),
                     KK_LATIN_2018);
    /* No accented letter, but ı for и/й with sh: still 2018. */
    assert_int_equal(detect8("Bul saıası sheshim Aqordada qabyldandy."),
                     KK_LATIN_2018);
}

static void test_detect_informal(void **state)
{
    (void)state;
    assert_int_equal(detect8("Prezident jergilikti ozin-ozi basqaru turaly "
                             "zanga qol qoidy"),
                     KK_LATIN_INFORMAL);
    assert_int_equal(detect8("Men sailawga baramyn, qwqyq bar"),
                     KK_LATIN_INFORMAL);
    assert_int_equal(detect8("akim men maslihat bul jane ushin dep"),
                     KK_LATIN_INFORMAL);
    assert_int_equal(detect8("Aqorda bolyp jatqan ozgerister turaly aitty"),
                     KK_LATIN_INFORMAL);
    /* the 2017 apostrophe alphabet: its letters are the evidence */
    assert_int_equal(detect8("Parti'alar ko'bei'di, ba'seke s'e?"),
                     KK_LATIN_INFORMAL);
    assert_int_equal(detect8("Jan'a parti'alar tirkeldi, biraq ba'seke "
                             "ju'i'esi o'zgermedi"),
                     KK_LATIN_INFORMAL);
}

static void test_detect_none(void **state)
{
    (void)state;
    assert_int_equal(detect8("Amanat party won the election, Reuters reported."),
                     KK_LATIN_NONE);
    assert_int_equal(detect8("Astana Motors increased sales by 20 percent."),
                     KK_LATIN_NONE);
    /* A Latin brand inside a Cyrillic sentence. */
    assert_int_equal(detect8("Компания Astana Motors увеличила продажи."),
                     KK_LATIN_NONE);
    assert_int_equal(detect8("Партия Amanat провела съезд в Астане."),
                     KK_LATIN_NONE);
    assert_int_equal(detect8("Мемлекет басшысы Qazaqstan Temir Joly "
                             "басшысымен кездесті."),
                     KK_LATIN_NONE);
    /* Russian written in Latin letters. */
    assert_int_equal(detect8("Prezident Tokaev zayavil o reforme vyborov "
                             "akimov"),
                     KK_LATIN_NONE);
    /* English apostrophes: don't, the parties'; after a letter beyond
     * ASCII (š is U+0161, whose low byte is 'a') */
    assert_int_equal(detect8("We don't know what the parties' leaders said."),
                     KK_LATIN_NONE);
    assert_int_equal(detect8("Tomaš'ova Miloš'eva Dušan'ova Bartoš'ek"),
                     KK_LATIN_NONE);
    /* English with q-words and a brand. */
    assert_int_equal(detect8("Iraq and Qatar signed a deal"), KK_LATIN_NONE);
    assert_int_equal(detect8("Qazaq Air and Kaspi Bank signed a deal"),
                     KK_LATIN_NONE);
    /* German umlauts are not Kazakh. */
    assert_int_equal(detect8("Der Präsident äußerte sich über die Wahlen"),
                     KK_LATIN_NONE);
    /* The English word "men" alone is weak evidence. */
    assert_int_equal(detect8("Two men were detained in Almaty"),
                     KK_LATIN_NONE);
    assert_int_equal(detect8(""), KK_LATIN_NONE);
    assert_int_equal(translit_kk_detect(NULL, 10), KK_LATIN_NONE);
    assert_int_equal(detect8("12345 — 678"), KK_LATIN_NONE);
}

/* ---------------------------------------------------------------- */
/* Several threads, each with its own converter over shared rules.     */

typedef struct {
    const translit_kk_rules *rules;
    int failures;
} thread_arg;

static int worker(void *p)
{
    thread_arg *a = p;
    UErrorCode st = U_ZERO_ERROR;
    translit_kk *t = translit_kk_new(a->rules, &st);
    if (t == NULL) {
        a->failures++;
        return 1;
    }
    static const UChar want1[] = u"сайлау";
    static const UChar want2[] = u"құқық";
    for (int i = 0; i < 500; i++) {
        UChar w[32];
        int32_t len;
        u_strcpy(w, u"saılaý");
        len = u_strlen(w);
        if (translit_kk_convert(t, KK_LATIN_2018, w, &len, 32) != 0 ||
            len != 6 || memcmp(w, want1, 6 * sizeof(UChar)) != 0)
            a->failures++;
        u_strcpy(w, u"qwqyq");
        len = u_strlen(w);
        if (translit_kk_convert(t, KK_LATIN_INFORMAL, w, &len, 32) != 0 ||
            len != 5 || memcmp(w, want2, 5 * sizeof(UChar)) != 0)
            a->failures++;
    }
    translit_kk_free(t);
    return 0;
}

static void test_threads(void **state)
{
    fixture *f = *state;
    enum { NT = 4 };
    thrd_t th[NT];
    thread_arg args[NT];
    for (int i = 0; i < NT; i++) {
        args[i].rules = f->rules;
        args[i].failures = 0;
        assert_int_equal(thrd_create(&th[i], worker, &args[i]), thrd_success);
    }
    for (int i = 0; i < NT; i++) {
        int rc = 0;
        assert_int_equal(thrd_join(th[i], &rc), thrd_success);
        assert_int_equal(rc, 0);
        assert_int_equal(args[i].failures, 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_2021_words),
        cmocka_unit_test(test_2021_sentence),
        cmocka_unit_test(test_2018_words),
        cmocka_unit_test(test_2018_sentence),
        cmocka_unit_test(test_informal_words),
        cmocka_unit_test(test_informal_sentence),
        cmocka_unit_test(test_non_latin_kept),
        cmocka_unit_test(test_none_leaves_word),
        cmocka_unit_test(test_buffer_too_small),
        cmocka_unit_test(test_bad_args),
        cmocka_unit_test(test_detect_2021),
        cmocka_unit_test(test_detect_2018),
        cmocka_unit_test(test_detect_informal),
        cmocka_unit_test(test_detect_none),
        cmocka_unit_test(test_threads),
    };
    int rc = cmocka_run_group_tests(tests, setup, teardown);
    u_cleanup();
    return rc;
}
