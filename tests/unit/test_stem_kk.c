/* Rule-level tests for stem_kk: one group per suffix class and per guard,
 * with real Kazakh forms.  "meet" = two forms get the same stem. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "stem_kk.h"

/* Stem of w, in buf (holds STEM_KK_MAX_BYTES + 16). */
static const char *stem(const char *w, char *buf)
{
    size_t n = stem_kk(w, strlen(w), buf);
    assert_int_equal(n, strlen(buf));
    return buf;
}

static void check_stem(const char *w, const char *expected)
{
    char buf[STEM_KK_MAX_BYTES + 16];
    assert_string_equal(stem(w, buf), expected);
}

/* Every form in the NULL-terminated list gets the stem of the first. */
static void check_meet(const char *first, ...)
{
    char a[STEM_KK_MAX_BYTES + 16], b[STEM_KK_MAX_BYTES + 16];
    va_list ap;
    stem(first, a);
    va_start(ap, first);
    for (const char *w = va_arg(ap, const char *); w; w = va_arg(ap, const char *)) {
        stem(w, b);
        if (strcmp(a, b) != 0)
            fail_msg("%s -> %s but %s -> %s", first, a, w, b);
    }
    va_end(ap);
}

static void check_apart(const char *x, const char *y)
{
    char a[STEM_KK_MAX_BYTES + 16], b[STEM_KK_MAX_BYTES + 16];
    assert_string_not_equal(stem(x, a), stem(y, b));
}

static void test_plural(void **state)
{
    (void)state;
    check_stem("балалар", "бала");   /* -лар after a vowel */
    check_stem("үйлер", "үй");       /* -лер after й */
    check_stem("қыздар", "қыз");     /* -дар after з */
    check_stem("жылдар", "жыл");     /* -дар after л */
    check_stem("мемлекеттер", "мемлекет"); /* -тер after т */
}

static void test_possessive(void **state)
{
    (void)state;
    check_stem("баласы", "бала");    /* -сы after a vowel */
    check_stem("әкесі", "әке");      /* -сі */
    check_stem("сөзі", "сөз");       /* -і after a consonant */
    check_stem("жылы", "жыл");       /* -ы */
    check_stem("өмірім", "өмір");    /* 1sg -ім */
    check_stem("балам", "бала");     /* 1sg -м */
    check_stem("еліміз", "ел");      /* 1pl -іміз */
    check_stem("сөзіміз", "сөз");    /* 1pl -іміз */
    check_stem("балаң", "бала");     /* 2sg -ң */
    check_stem("сөзіңіз", "сөз");    /* 2sg polite -іңіз */
    check_meet("жас", "жасы", NULL); /* -сы needs two syllables: not ба-сы */
    /* -сы/-сі after the agent -шы/-ші and the adjective -лы/-лі; after
     * other ы/і the с is the root's: жұмыс-ы */
    check_meet("басшы", "басшысы", "басшылар", "басшының", NULL);
    check_meet("айбарлы", "айбарлысы", NULL);
    check_meet("жұмыс", "жұмысы", NULL);
}

static void test_plural_possessive(void **state)
{
    (void)state;
    check_stem("балаларымыз", "бала");
    check_stem("жылдары", "жыл");
    check_meet("қыз", "қыздарының", "қыздары", "қыздарымен", NULL);
}

static void test_cases(void **state)
{
    (void)state;
    check_stem("баланың", "бала");   /* genitive -ның after a vowel */
    check_stem("адамның", "адам");   /* -ның after м */
    check_stem("жылдың", "жыл");     /* -дың after л */
    check_stem("қазақтың", "қазақ"); /* -тың after қ */
    check_stem("жанға", "жан");      /* dative -ға */
    check_stem("жерге", "жер");      /* -ге */
    check_stem("таққа", "тақ");      /* -қа */
    check_stem("орнына", "орын");    /* -на after the possessive */
    check_stem("үйді", "үй");        /* accusative -ді */
    check_stem("сөзін", "сөз");      /* -н after the possessive */
    check_stem("үйде", "үй");        /* locative -де */
    check_stem("кезде", "кез");
    check_stem("ауданында", "аудан"); /* -нда after the possessive */
    check_stem("адамнан", "адам");   /* ablative -нан after м */
    check_stem("дүниеден", "дүние"); /* -ден */
    check_stem("ішінен", "іш");      /* -нен after the possessive */
    check_stem("күнмен", "күн");     /* instrumental -мен, no harmony */
    check_stem("сезіммен", "сез");   /* -мен after -ім (possessive read) */
    check_stem("басындағы", "бас");  /* locative-attributive -ндағы */
    check_stem("таспиқтай", "таспиқ"); /* similative -тай */
    check_stem("өзіндей", "өз");     /* -ндей */
    check_stem("өзінше", "өз");      /* equative -нше */
}

static void test_predicative(void **state)
{
    (void)state;
    check_stem("қазақпын", "қазақ");  /* -пын after a voiceless consonant */
    check_stem("адаммын", "адам");    /* -мын after м */
    check_stem("қызбын", "қыз");      /* -бын after з */
    check_stem("қазақпыз", "қазақ");  /* -пыз */
    check_stem("студентпін", "студент");
}

static void test_verb_tense_person(void **state)
{
    (void)state;
    check_meet("жазу", "жазамын", "жазасың", "жазады", "жазды", "жазған",
               "жазып", "жазса", "жазатын", "жазушы", "жазайын",
               "жазайық", "жазамыз", "жаздым", "жаздың", NULL);
    check_stem("айтты", "айт");      /* past -ты */
    check_stem("айтушы", "айт");     /* agent noun -ушы */
    check_stem("бармақ", "бар");     /* intention -мақ */
    check_stem("келгелі", "кел");    /* converb -гелі */
    check_stem("түскен", "түс");     /* participle -кен */
    check_stem("шыққан", "шық");     /* participle -қан */
    check_stem("болатын", "бол");    /* participle -атын */
    check_stem("деп", "де");         /* converb -п after a vowel */
    check_stem("деді", "де");        /* past -ді after a vowel */
    check_stem("болса", "бол");      /* conditional -са */
    check_stem("болсам", "бол");     /* conditional + person */
    /* the aorist -ар/-ер/-р is kept: it is also the causative -ар and the
     * end of many nouns (agent -гер/-кер, months) */
    check_stem("шығар", "шығар");
    check_stem("мұрагер", "мұрагер");
    check_stem("үміткер", "үміткер");
    check_stem("қаңтар", "қаңтар");
    check_stem("қаңтарында", "қаңтар");
}

static void test_verb_vowel_stems(void **state)
{
    (void)state;
    /* сайла-ды (past) and сайла-й-ды (present) both end at the stem */
    check_meet("сайлау", "сайлады", "сайлайды", "сайлаймын", "сайлап",
               "сайлаған", "сайлайтын", "сайладым", NULL);
    /* ы-final stems contract before -у and -а: оқы-у = оқу, оқы-а = оқи */
    check_meet("оқу", "оқыды", "оқиды", "оқыған", NULL);
    /* ю = й + у */
    check_meet("жою", "жойған", NULL);
}

static void test_negation(void **state)
{
    (void)state;
    check_meet("бер", "бермеді", "бермеу", "бермеуі", "берді", "береді",
               "бергенде", NULL);
    check_stem("қылмады", "қыл");
    check_stem("алмады", "ал");       /* two-letter vowel-initial root */
    check_stem("аспай", "ас");        /* negative converb -пай */
    check_stem("жазбайды", "жаз");
    check_stem("істемеді", "істе");
    /* negation is only taken off after a verbal suffix: реформа, кеме */
    check_stem("реформа", "реформа");
    check_stem("реформаға", "реформа");
}

static void test_voice(void **state)
{
    (void)state;
    check_meet("сайлау", "сайлауы", "сайлауда", "сайлауға", "сайлаулары",
               NULL);
    check_meet("сат", "сатылып", "сатылды", "сату", NULL); /* passive -ыл */
    check_stem("қойылған", "қой");   /* passive -ыл after й */
    check_stem("тізілген", "тіз");   /* passive -іл */
    /* the reflexive/passive -н, -л of vowel stems and -ын/-ін after л make
     * verbs of their own: kept */
    check_meet("сайлан", "сайланды", "сайланған", "сайлану", NULL);
    check_stem("атанып", "атан");
    check_apart("атанып", "ата");
    check_meet("пайдалану", "пайдаланады", "пайдаланған", NULL);
    check_stem("бүлінді", "бүлін");
    check_stem("тұрғызылғандықтан", "тұрғыз"); /* causative kept */
    check_stem("қарастырылмады", "қарастыр");
}

static void test_guard_devoicing(void **state)
{
    (void)state;
    check_meet("кітап", "кітабы", "кітабым", "кітаптар", "кітапқа", NULL);
    check_meet("құлақ", "құлағы", NULL);
    check_stem("құлағы", "құлақ");
    check_stem("аяғы", "аяқ");
    check_stem("себебі", "сеп");     /* себеп: -еп is the converb shape too */
    check_stem("тілегі", "тілек");
}

static void test_guard_elision(void **state)
{
    (void)state;
    check_stem("мұрны", "мұрын");
    check_stem("мұрын", "мұрын");
    check_stem("аузы", "ауыз");
    check_stem("ауызы", "ауыз");
    check_stem("аузымен", "ауыз");
    check_stem("орны", "орын");
    check_stem("орнында", "орын");
    check_stem("халқы", "халық");
    check_meet("халық", "халқы", "халқының", NULL);
}

static void test_guard_harmony(void **state)
{
    (void)state;
    /* a suffix whose vowel disagrees with the stem's last vowel is not
     * taken off a native stem */
    check_stem("ақылі", "ақылі");     /* back stem, front -і: kept */
    check_stem("ақылы", "ақыл");      /* back -ы: removed */
    check_stem("жерге", "жер");       /* front stem, front -ге */
    check_stem("жерға", "жерға");     /* front stem, back -ға: kept */
    check_stem("жанда", "жан");
    check_stem("жанде", "жанде");
    /* loanwords (mixed vowels, loan letters) take either */
    check_meet("президент", "президентке", "президенттің", NULL);
    check_meet("министр", "министрдің", "министрге", NULL);
}

static void test_guard_minimum_root(void **state)
{
    (void)state;
    check_stem("ат", "ат");           /* two letters: untouched */
    check_stem("ел", "ел");
    check_stem("жер", "жер");         /* not ж + -ер */
    check_stem("бер", "бер");         /* not бе + -р */
    check_stem("жаны", "жан");        /* not жа + -ны */
    check_stem("еді", "ед");          /* е + -ді would leave one letter */
    check_stem("елдің", "ел");        /* vowel + consonant root is enough */
    check_stem("суға", "су");         /* consonant + у root */
    check_stem("ау", "ау");
}

static void test_exceptions(void **state)
{
    (void)state;
    check_stem("адам", "адам");       /* not ада + -м */
    check_stem("аудан", "аудан");     /* not ау + -дан */
    check_stem("кейін", "кейін");     /* not ке + -йін */
    check_stem("біз", "біз");
    check_stem("сіз", "сіз");
    check_stem("орын", "орын");       /* not ор + -ы + -н */
    check_meet("аудан", "аудандар", "ауданның", "ауданда", NULL);
}

static void test_apart(void **state)
{
    (void)state;
    check_apart("жан", "жер");
    check_apart("ел", "елші");
    check_apart("бала", "бал");
    check_apart("үй", "үйлену");
}

static void test_hyphen(void **state)
{
    (void)state;
    check_stem("брютон-стриттегі", "брютон-стрит");
    check_stem("ас-саудтың", "ас-сауд");
    check_stem("әлеуметтік-экономикалық", "әлеуметтік-экономикалық");
    check_stem("бала-", "бала-");     /* nothing after the hyphen */
}

static void test_non_kazakh(void **state)
{
    (void)state;
    check_stem("hello", "hello");
    check_stem("covid-19", "covid-19");
    check_stem("5-сынып", "5-сынып");   /* digits: copied */
    check_stem("2024жылы", "2024жылы");
    check_stem("қазақ.", "қазақ.");     /* punctuation: copied */
    check_stem("алматыdа", "алматыdа"); /* mixed script */
}

static void test_empty_and_long(void **state)
{
    (void)state;
    char buf[STEM_KK_MAX_BYTES + 16];
    assert_int_equal(stem_kk("", 0, buf), 0);
    assert_string_equal(buf, "");

    /* longer than STEM_KK_MAX_BYTES: copied unchanged */
    char longw[STEM_KK_MAX_BYTES + 40];
    char out[STEM_KK_MAX_BYTES + 48];
    size_t n = 0;
    while (n + 4 <= STEM_KK_MAX_BYTES + 20) {
        memcpy(longw + n, "ба", 4);
        n += 4;
    }
    memcpy(longw + n, "лар", 6);
    n += 6;
    longw[n] = '\0';
    assert_int_equal(stem_kk(longw, n, out), n);
    assert_string_equal(out, longw);

    /* just under the limit: stemmed, and the stem is a prefix */
    char w2[STEM_KK_MAX_BYTES + 8];
    char o2[STEM_KK_MAX_BYTES + 16];
    size_t m = 0;
    while (m + 4 + 6 <= STEM_KK_MAX_BYTES) {
        memcpy(w2 + m, "ба", 4);
        m += 4;
    }
    memcpy(w2 + m, "лар", 6);
    m += 6;
    w2[m] = '\0';
    size_t k = stem_kk(w2, m, o2);
    assert_int_equal(k, m - 6);
    assert_memory_equal(o2, w2, k);

    /* a single letter */
    assert_int_equal(stem_kk("а", 2, buf), 2);
    assert_string_equal(buf, "а");
}

static void test_no_nul_needed(void **state)
{
    (void)state;
    /* the input is a (pointer, length) pair: bytes after len are ignored */
    const char *text = "балалар мен";
    char buf[64];
    size_t n = stem_kk(text, strlen("балалар"), buf);
    assert_int_equal(n, strlen("бала"));
    assert_string_equal(buf, "бала");
}

/* stem_kk_verb_marks: the negation morpheme right after the stem (or after
 * a passive suffix), followed by a verb ending; the conditional -са/-се
 * with a person ending. */
static void test_verb_marks(void **state)
{
    (void)state;
    enum { N = KK_NEGATED, C = KK_CONDITIONAL };
    static const struct {
        const char *word;
        unsigned marks;
    } cases[] = {
        {"қолдамаймыз", N}, {"шешпейді", N}, {"қолдаймыз", 0},
        {"сайлау", 0}, {"мәслихат", 0},
        {"қолдамаса", N | C}, {"бермес", N}, {"қолдамай", N},
        {"көрсетпеген", N},
        /* after a passive suffix the stemmer keeps on the word */
        {"шешілмеген", N}, {"ойластырылмаған", N},
        /* the instrumental -мен/-пен, -йы, a noun in -ба with -сы */
        {"ықыласпен", 0}, {"жауапкершілікпен", 0}, {"тұрпайы", 0},
        {"жазбасы", 0},
        /* the conditional, with a person ending or after a passive */
        {"шешсе", C}, {"болса", C}, {"сайласақ", C}, {"білсеңіз", C},
        {"жүргізілсе", C}, {"орындамасақ", N | C},
        /* not a conditional: a noun, a converb, the past in -ды */
        {"есе", 0}, {"келісе", 0}, {"шешті", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *w = cases[i].word;
        char stem[128];
        size_t n = stem_kk(w, strlen(w), stem);
        unsigned marks = stem_kk_verb_marks(stem, n, w, strlen(w));
        if (marks != cases[i].marks)
            fail_msg("%s (stem %s): expected marks %u, got %u", w, stem,
                     cases[i].marks, marks);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plural),
        cmocka_unit_test(test_possessive),
        cmocka_unit_test(test_plural_possessive),
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_predicative),
        cmocka_unit_test(test_verb_tense_person),
        cmocka_unit_test(test_verb_vowel_stems),
        cmocka_unit_test(test_negation),
        cmocka_unit_test(test_verb_marks),
        cmocka_unit_test(test_voice),
        cmocka_unit_test(test_guard_devoicing),
        cmocka_unit_test(test_guard_elision),
        cmocka_unit_test(test_guard_harmony),
        cmocka_unit_test(test_guard_minimum_root),
        cmocka_unit_test(test_exceptions),
        cmocka_unit_test(test_apart),
        cmocka_unit_test(test_hyphen),
        cmocka_unit_test(test_non_kazakh),
        cmocka_unit_test(test_empty_and_long),
        cmocka_unit_test(test_no_nul_needed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
