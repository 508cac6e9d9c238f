/* translit_kk: Kazakh written in Latin letters -> Cyrillic, with ICU.
 *
 * Four rule sets are compiled once (translit_kk_rules_new) with
 * utrans_openU: the 2021 alphabet, the 2018 acute-accent alphabet, and the
 * informal ASCII variant in two vowel-harmony flavours (back and front; see
 * "Informal" below). Every translit_kk holds its own utrans_clone() of each:
 * a clone deep-copies the rule data, so the shared rules are only read
 * (while cloning) and each thread transliterates through its own objects.
 *
 * Letter tables (lowercase only: the caller case-folds with Turkic rules).
 *
 *   Cyrillic  2021  2018   informal (ASCII chat)
 *   а ә       a ä   a á    a a/a'
 *   ғ         ğ     ǵ      g gh g'
 *   и й       i     ı      i (й after a vowel), y (й after a vowel)
 *   і         ı     i      i
 *   ы         y     y      y ı
 *   қ ң       q ñ   q ń    q, n ng(final) n'
 *   ө         ö     ó      o (ө in front-vowel words) o'
 *   у         u     ý      u w (after/before a vowel, word-final)
 *   ұ ү       ū ü   u ú    u w (ұ in back words, ү in front words) u'
 *   ш ч ж     ş ç/ch sh ch j   sh ch zh j
 *   х һ       h     h      h kh x
 *
 * Note the real tables differ from the usual shorthand: in 2021 the dotless
 * ı is і and the dotted i is и/й (y is ы): "äkımderdı tıkelei sailau"; in
 * 2018 u is ұ, ú is ү and ý is у: "saılaý", "Qazaqstan Respýblıkasy".
 *
 * Shared decisions (all orthographies):
 * - и vs й (2021 i, 2018 ı, informal i/y): й after a vowel, и elsewhere.
 *   After a vowel, "ia"/"iu" (2018 "ıa"/"ıý") is я/ю (саяси, жою), as at the
 *   start of a word (яғни). After a consonant "ia" is ия (партия, Азия,
 *   демократияның), except before l (социал, материал); "iia" is ия.
 *   The letter for і after a vowel other than и cannot be Kazakh, so it is
 *   read as й too (2021 "saılau", written with the 2018 habit, still gives
 *   сайлау; "kiım" stays киім).
 * - h is х (халық, хабар, мәслихат), except in a few stems that need һ
 *   (шаһар, қаһарман, гауһар, жиһаз).
 * - Letters outside an alphabet are kept usable: c -> ц, w -> у, x -> кс;
 *   "ts" before "ia"/"ial" is ц (конституция, потенциал); elsewhere "ts" is
 *   тс, since Kazakh has it natively (айтса). Diacritics of the other
 *   official alphabet map as well (ä and á both give ә, and so on).
 * - A word starting with э in Cyrillic (loanwords: экономика, эксперт,
 *   электр, энергия, этнос) gets э from a short prefix list.
 * - Upper-case I folds to ı, so a word-initial ı in 2018 and informal text
 *   is ambiguous (І or И): before s, r, z, l, k, t, ş it is read as і
 *   (іс, ірі, іздеу, ішкі), otherwise as 2018 ı (инвестиция, игі, ие).
 *
 * Informal: there is no single standard; we read the common chat habits.
 * - o and u stand for о/ө and ұ/ү; the choice follows the vowel harmony of
 *   the word part: back if it has a, y (ы), non-initial ı or ū; front if it
 *   has only front vowels (e, i, ä, ö, ü ...); with no such vowel, k/g
 *   without q/ğ means front (көп, күн), else back (бұл, сот). So
 *   "ozin-ozi" -> өзін-өзі but "qoldau" -> қолдау. Mixed-harmony loanwords
 *   go wrong unless listed (see the loanword list in the rules).
 * - u and w are у after a vowel, before a vowel and at the end of a word
 *   (sailaw, basqaru, uaqyt); between consonants they are ұ/ү (qwqyq ->
 *   құқық, ushin -> үшін). "turaly" is a listed exception (туралы).
 * - y is ы, but й after a vowel; "ya"/"yu" after a vowel or at the start
 *   are я/ю, "ye" is е there (Tokayev -> токаев).
 * - i is і, but й after a vowel and и before one (jiyn -> жиын).
 * - ә is normally typed as a and is not recovered, except in listed words
 *   (akim -> әкім, maslihat -> мәслихат, mazhilis -> мәжіліс).
 * - ng at the end of a word is ң; n elsewhere stays н (ң is lost).
 * - 2017-style apostrophe letters (a' o' u' g' n' s' c' y' i') are read,
 *   and they are what detection recognises that alphabet by (English n't
 *   aside); i' is й after a vowel (sai'lay') and i'a is ия after a
 *   consonant (parti'a).
 * - Common political Russian loanwords are listed so they come out in the
 *   usual spelling (президент, министр, республика, бюджет, депутат,
 *   партия, конституция, коррупция, оппозиция, ...).
 *
 * Not recovered anywhere: ь and ъ, ц outside -ция/-циал, щ, э inside a
 * word, and ё/ю/я after a consonant (бюджет is listed). 2018/2021 "ts"
 * elsewhere stays тс.
 */
#include "translit_kk.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

enum { RS_2021, RS_2018, RS_INF_BACK, RS_INF_FRONT, RS_COUNT };

struct translit_kk_rules {
    UTransliterator *tr[RS_COUNT];
};

struct translit_kk {
    UTransliterator *tr[RS_COUNT];
    UChar *seg;      /* scratch: one segment being transliterated */
    int32_t segcap;
    UChar *out;      /* scratch: the whole converted word */
    int32_t outcap;
};

/* ------------------------------------------------------------------ */
/* Rule text (UTF-8 here, converted to UTF-16 before compiling).       */

/* Rule order: ICU takes the first rule that matches at the cursor, so
 * longer keys come first. ICU also rejects a rule that an earlier one masks,
 * and it treats "^ ia" as masking "$Vc { ia", so context rules go before
 * anchored ones with the same key.
 *
 * Variables. Before-contexts ({) see text already converted, so they use
 * Cyrillic sets (with the Latin letters as well, for safety); after-
 * contexts (}) see the Latin input. */
static const char RULES_HEAD[] =
    ":: NFC ;\n"
    "$Vc = [аәеёиоөуұүыіэюяaäáeéıioöóuūüúyý] ;\n"
    "$Cc = [бвгғджзйкқлмнңпрстфхһцчшщbcçdfgğǵhjklmnñńpqrsştvxz] ;\n"
    "$Vn = [аәеёоөуұүыэюяaäáeéoöóuūüúyý] ;\n"  /* vowels but и, і */
    "$Vl = [aäáeéıioöóuūüú] ;\n"
    /* Stems with һ; Russian loans starting with э. */
    "şahar > шаһар ; shahar > шаһар ; qaharman > қаһарман ;\n"
    "gauhar > гауһар ; gaýhar > гауһар ; gawhar > гауһар ;\n"
    "jihaz > жиһаз ; jıhaz > жиһаз ;\n"
    "^ eko > эко ; ^ eks > экс ; ^ elektr > электр ; ^ energ > энерг ;\n"
    "^ etn > этн ;\n"
    "^ býdjet > бюджет ; ^ bıýdjet > бюджет ; ^ budjet > бюджет ;\n"
    "^ biudjet > бюджет ; ^ byudjet > бюджет ; ^ budzhet > бюджет ;\n"
    "^ byudzhet > бюджет ;\n";

/* Letters that mean the same in every variant. */
static const char RULES_COMMON_TAIL[] =
    "ä > ә ; á > ә ; ğ > ғ ; ǵ > ғ ; ñ > ң ; ń > ң ; ö > ө ; ó > ө ;\n"
    "ū > ұ ; ü > ү ; ú > ү ; ý > у ; ş > ш ; ș > ш ; ç > ч ; é > е ;\n"
    "a > а ; b > б ; c > ц ; d > д ; e > е ; f > ф ; g > г ; h > х ;\n"
    "j > ж ; k > к ; l > л ; m > м ; n > н ; p > п ; q > қ ; r > р ;\n"
    "s > с ; t > т ; v > в ; z > з ;\n";

static const char RULES_2021[] =
    "ch > ч ;\n"
    "tsial > циал ; tsiia > ция ; tsia > ция ;\n"
    "$Cc { iia > ия ;\n"
    "$Cc { ial > иал ;\n"
    "$Cc { ia > ия ;\n"
    "$Vc { ia > я ; $Vc { iu > ю ;\n"
    "^ ia > я ; ^ iu > ю ;\n"
    "$Vc { i > й ;\n"
    "i > и ;\n"
    "$Vn { ı > й ;\n"        /* і never follows a vowel but и: 2018 habit */
    "ı > і ;\n"
    "y > ы ; u > у ; o > о ; w > у ; x > кс ;\n";

static const char RULES_2018[] =
    "sh > ш ; ch > ч ;\n"
    "tsıal > циал ; tsııa > ция ; tsıa > ция ;\n"
    "$Cc { ııa > ия ;\n"
    "$Cc { ıal > иал ;\n"
    "$Cc { ıa > ия ;\n"
    "$Vc { ıa > я ; $Vc { ıý > ю ;\n"
    "^ ıa > я ; ^ ıý > ю ;\n"
    "$Vc { ı > й ;\n"
    "^ ı } [srzlktş] > і ;\n"  /* folded capital I: іс, ірі, ішкі */
    "ı > и ;\n"
    "$Vn { i > й ;\n"        /* і never follows a vowel but и (киім) */
    "i > і ;\n"
    "y > ы ; u > ұ ; o > о ; w > у ; x > кс ;\n";

/* Informal, shared part (before the harmony-dependent o/u/w). */
static const char RULES_INF[] =
    /* Listed political loanwords, at the start of a word part. */
    "^ prezident > президент ;\n"
    "^ ministr > министр ; ^ minist > минист ;\n"
    "^ respublik > республик ;\n"
    "^ deputat > депутат ; ^ referendum > референдум ;\n"
    "^ kandidat > кандидат ; ^ konstitu > конститу ;\n"
    "^ politi > полити ; ^ kommunist > коммунист ;\n"
    "^ korruptsi > коррупци ; ^ korrupsi > коррупци ;\n"
    "^ oppozi > оппози ; ^ opozi > оппози ;\n"
    "^ investi > инвести ; ^ inflyatsi > инфляци ; ^ inflatsi > инфляци ;\n"
    "^ indust > индуст ; ^ institu > институ ; ^ integra > интегра ;\n"
    "^ akim > әкім ; ^ maslihat > мәслихат ;\n"
    "^ mazhilis > мәжіліс ; ^ majilis > мәжіліс ;\n"
    "^ turaly > туралы ;\n"
    /* Digraphs. */
    "sh > ш ; ch > ч ; zh > ж ; gh > ғ ; kh > х ;\n"
    "ng } $ > ң ;\n"
    "tsiya > ция ; tsial > циал ; tsia > ция ;\n"
    /* 2017 apostrophe letters; i' is й after a vowel (sai'lay'), and
     * i'a is ия after a consonant (parti'a). */
    "$Vc { i \\' > й ; $Cc { i \\' a > ия ;\n"
    "$Vc { i \\u2019 > й ; $Cc { i \\u2019 a > ия ;\n"
    "a \\' > ә ; o \\' > ө ; u \\' > ү ; g \\' > ғ ; n \\' > ң ;\n"
    "s \\' > ш ; c \\' > ч ; y \\' > у ; i \\' > и ;\n"
    "a \\u2019 > ә ; o \\u2019 > ө ; u \\u2019 > ү ; g \\u2019 > ғ ;\n"
    "n \\u2019 > ң ; s \\u2019 > ш ; c \\u2019 > ч ; y \\u2019 > у ;\n"
    "i \\u2019 > и ;\n"
    /* y: ы, or й / я / ю / е next to vowels. */
    "$Vc { ya > я ; $Vc { yu > ю ; $Vc { ye > е ;\n"
    "^ ya > я ; ^ yu > ю ; ^ ye > е ; ^ yo > ё ;\n"
    "$Vn { y > й ;\n"         /* but жиын, қиын */
    "y > ы ;\n"
    /* ı: folded capital I at the start, else ы. */
    "$Vn { ı > й ;\n"
    "^ ı } n [vfdst] > и ;\n"
    "^ ı } [mpge] > и ;\n"
    "^ ı > і ;\n"
    "ı > ы ;\n"
    /* i: і, й after a vowel, и in -ия/-иал loans. */
    "$Cc { iya > ия ; $Cc { ial > иал ; $Cc { ia > ия ;\n"
    "$Vc { ia > я ; $Vc { iu > ю ;\n"
    "^ ia > я ;\n"
    "$Vc { i > й ;\n"
    "i } [yaeouıw] > и ;\n"   /* і never stands before a vowel: жиын */
    "i > і ;\n"
    /* u / w as у next to vowels and at the end. */
    "$Vc { u > у ; u } $Vl > у ; u } $ > у ;\n"
    "$Vc { w > у ; w } $Vl > у ; w } $ > у ;\n"
    "x > х ;\n";

static const char RULES_INF_BACK[] = "o > о ; u > ұ ; w > ұ ;\n";
static const char RULES_INF_FRONT[] = "o > ө ; u > ү ; w > ү ;\n";

/* ------------------------------------------------------------------ */

static UTransliterator *compile_rules(const char *const *parts, int nparts,
                                      UErrorCode *status)
{
    size_t total = 1;
    for (int i = 0; i < nparts; i++)
        total += strlen(parts[i]);
    char *utf8 = malloc(total);
    UChar *u16 = malloc(total * sizeof(UChar));
    UTransliterator *tr = NULL;
    if (utf8 == NULL || u16 == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        goto done;
    }
    utf8[0] = '\0';
    size_t off = 0;
    for (int i = 0; i < nparts; i++) {
        size_t n = strlen(parts[i]);
        memcpy(utf8 + off, parts[i], n);
        off += n;
    }
    utf8[off] = '\0';

    int32_t u16len = 0;
    u_strFromUTF8(u16, (int32_t)total, &u16len, utf8, (int32_t)off, status);
    if (U_FAILURE(*status))
        goto done;
    UParseError perr;
    tr = utrans_openU(u"kk-Latn-kk-Cyrl-sayasat", -1, UTRANS_FORWARD,
                      u16, u16len, &perr, status);
    if (U_FAILURE(*status)) {
        if (tr != NULL)
            utrans_close(tr);
        tr = NULL;
    }
done:
    free(utf8);
    free(u16);
    return tr;
}

translit_kk_rules *translit_kk_rules_new(UErrorCode *status)
{
    if (status == NULL || U_FAILURE(*status))
        return NULL;
    translit_kk_rules *r = calloc(1, sizeof *r);
    if (r == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    const char *p2021[] = { RULES_HEAD, RULES_2021, RULES_COMMON_TAIL };
    const char *p2018[] = { RULES_HEAD, RULES_2018, RULES_COMMON_TAIL };
    const char *pback[] = { RULES_HEAD, RULES_INF, RULES_INF_BACK,
                            RULES_COMMON_TAIL };
    const char *pfront[] = { RULES_HEAD, RULES_INF, RULES_INF_FRONT,
                             RULES_COMMON_TAIL };
    r->tr[RS_2021] = compile_rules(p2021, 3, status);
    if (U_SUCCESS(*status))
        r->tr[RS_2018] = compile_rules(p2018, 3, status);
    if (U_SUCCESS(*status))
        r->tr[RS_INF_BACK] = compile_rules(pback, 4, status);
    if (U_SUCCESS(*status))
        r->tr[RS_INF_FRONT] = compile_rules(pfront, 4, status);
    if (U_FAILURE(*status)) {
        translit_kk_rules_free(r);
        return NULL;
    }
    return r;
}

void translit_kk_rules_free(translit_kk_rules *rules)
{
    if (rules == NULL)
        return;
    for (int i = 0; i < RS_COUNT; i++)
        if (rules->tr[i] != NULL)
            utrans_close(rules->tr[i]);
    free(rules);
}

translit_kk *translit_kk_new(const translit_kk_rules *rules, UErrorCode *status)
{
    if (status == NULL || U_FAILURE(*status))
        return NULL;
    if (rules == NULL) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
    translit_kk *t = calloc(1, sizeof *t);
    if (t == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    for (int i = 0; i < RS_COUNT && U_SUCCESS(*status); i++)
        t->tr[i] = utrans_clone(rules->tr[i], status);
    if (U_SUCCESS(*status)) {
        t->segcap = 128;
        t->outcap = 128;
        t->seg = malloc((size_t)t->segcap * sizeof(UChar));
        t->out = malloc((size_t)t->outcap * sizeof(UChar));
        if (t->seg == NULL || t->out == NULL)
            *status = U_MEMORY_ALLOCATION_ERROR;
    }
    if (U_FAILURE(*status)) {
        translit_kk_free(t);
        return NULL;
    }
    return t;
}

void translit_kk_free(translit_kk *t)
{
    if (t == NULL)
        return;
    for (int i = 0; i < RS_COUNT; i++)
        if (t->tr[i] != NULL)
            utrans_close(t->tr[i]);
    free(t->seg);
    free(t->out);
    free(t);
}

/* ------------------------------------------------------------------ */
/* Character classes.                                                  */

static int is_latin_letter(UChar32 c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    if (c >= 0x00C0 && c <= 0x024F)
        return c != 0x00D7 && c != 0x00F7;
    return c >= 0x1E00 && c <= 0x1EFF;
}

static int is_combining(UChar32 c)
{
    return c >= 0x0300 && c <= 0x036F;
}

static int is_apostrophe(UChar32 c)
{
    return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static int is_cyrillic_letter(UChar32 c)
{
    return c >= 0x0400 && c <= 0x04FF;
}

/* ------------------------------------------------------------------ */
/* Conversion.                                                         */

static int grow(UChar **buf, int32_t *cap, int32_t need)
{
    if (need <= *cap)
        return 0;
    int32_t ncap = *cap;
    while (ncap < need) {
        if (ncap > INT32_MAX / 2)
            return -1;
        ncap *= 2;
    }
    UChar *nb = realloc(*buf, (size_t)ncap * sizeof(UChar));
    if (nb == NULL)
        return -1;
    *buf = nb;
    *cap = ncap;
    return 0;
}

/* Vowel harmony of one informal word part: 1 = front, 0 = back. */
static int informal_front(const UChar *s, int32_t n)
{
    int back = 0, front = 0, kg = 0, qg = 0;
    int prev_vowel = 0;
    for (int32_t i = 0; i < n; i++) {
        UChar c = s[i];
        int vowel = 0;
        switch (c) {
        case 'a': case 0x016B: /* ū */
            back = 1; vowel = 1; break;
        case 'y':
            if (!prev_vowel)
                back = 1;
            vowel = !prev_vowel;
            break;
        case 0x0131: /* ı: back unless a folded word-initial capital */
            if (i > 0 && !prev_vowel)
                back = 1;
            vowel = 1;
            break;
        case 'e': case 0x00E4: case 0x00F6: case 0x00FC:
        case 0x00E1: case 0x00F3: case 0x00FA: case 0x00E9:
            front = 1; vowel = 1; break;
        case 'i':
            if (!prev_vowel) {
                front = 1;
                vowel = 1;
            }
            break;
        case 'o': case 'u':
            vowel = 1; break;
        case 'w':
            vowel = !prev_vowel; break;
        case 'k': case 'g':
            kg = 1; break;
        case 'q': case 0x011F: case 0x01F5:
            qg = 1; break;
        default:
            break;
        }
        prev_vowel = vowel;
    }
    if (back)
        return 0;
    if (front)
        return 1;
    return kg && !qg;
}

static int pick(kk_latin_orthography orth, const UChar *s, int32_t n)
{
    switch (orth) {
    case KK_LATIN_2021:
        return RS_2021;
    case KK_LATIN_2018:
        return RS_2018;
    default:
        return informal_front(s, n) ? RS_INF_FRONT : RS_INF_BACK;
    }
}

/* Transliterates s[0..n) and appends the result to t->out at *olen. */
static int convert_segment(translit_kk *t, kk_latin_orthography orth,
                           const UChar *s, int32_t n, int32_t *olen)
{
    UTransliterator *tr = t->tr[pick(orth, s, n)];
    int32_t need = n * 3 + 16;
    for (int attempt = 0; attempt < 4; attempt++) {
        if (grow(&t->seg, &t->segcap, need) != 0)
            return -1;
        memcpy(t->seg, s, (size_t)n * sizeof(UChar));
        int32_t len = n, limit = n;
        UErrorCode st = U_ZERO_ERROR;
        utrans_transUChars(tr, t->seg, &len, t->segcap, 0, &limit, &st);
        if (st == U_BUFFER_OVERFLOW_ERROR) {
            need = (len > need ? len : need) * 2;
            continue;
        }
        if (U_FAILURE(st))
            return -1;
        if (grow(&t->out, &t->outcap, *olen + len) != 0)
            return -1;
        memcpy(t->out + *olen, t->seg, (size_t)len * sizeof(UChar));
        *olen += len;
        return 0;
    }
    return -1;
}

int translit_kk_convert(translit_kk *t, kk_latin_orthography orth,
                        UChar *word, int32_t *len, int32_t cap)
{
    if (t == NULL || len == NULL || *len < 0 || (word == NULL && *len > 0) ||
        cap < *len)
        return -1;
    if (orth == KK_LATIN_NONE || *len == 0)
        return 0;
    int32_t n = *len, olen = 0, i = 0;
    while (i < n) {
        /* A segment: Latin letters, combining marks, inner apostrophes. */
        int32_t start = i;
        while (i < n) {
            UChar32 c;
            int32_t j = i;
            U16_NEXT(word, j, n, c);
            if (is_latin_letter(c) || (i > start && is_combining(c)) ||
                (i > start && is_apostrophe(c)))
                i = j;
            else
                break;
        }
        if (i > start) {
            if (convert_segment(t, orth, word + start, i - start, &olen) != 0)
                return -1;
            continue;
        }
        /* Anything else is copied as is. */
        UChar32 c;
        int32_t j = i;
        U16_NEXT(word, j, n, c);
        (void)c;
        if (grow(&t->out, &t->outcap, olen + (j - i)) != 0)
            return -1;
        memcpy(t->out + olen, word + i, (size_t)(j - i) * sizeof(UChar));
        olen += j - i;
        i = j;
    }
    if (olen > cap)
        return -1;
    memcpy(word, t->out, (size_t)olen * sizeof(UChar));
    if (olen < cap)
        word[olen] = 0;
    *len = olen;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Detection.                                                          */

#define KW_MAX 24 /* longest word (UTF-16 units) compared to the lists */

typedef struct {
    const UChar *s;
    int prefix;  /* 1: the word may continue (inflected forms) */
    int weight;  /* 2: strong, 1: weak; -1: foreign function word */
} kw_entry;

static const kw_entry KEYWORDS[] = {
    /* Strong Kazakh function words and political stems. */
    { u"jäne", 0, 2 }, { u"jáne", 0, 2 }, { u"jane", 0, 2 },
    { u"zhane", 0, 2 },
    { u"üşin", 0, 2 }, { u"úshin", 0, 2 }, { u"ushin", 0, 2 },
    { u"üshin", 0, 2 },
    { u"bolyp", 0, 2 }, { u"bolıp", 0, 2 }, { u"bolady", 0, 2 },
    { u"býdjet", 1, 2 }, { u"budjet", 1, 2 }, { u"biudjet", 1, 2 },
    { u"saılaý", 1, 2 }, { u"sailau", 1, 2 }, { u"saylau", 1, 2 },
    { u"sailaw", 1, 2 }, { u"saılau", 1, 2 },
    { u"qazaqstan", 1, 2 }, { u"kazakstan", 1, 2 }, { u"aqorda", 1, 2 },
    { u"äkim", 1, 2 }, { u"ákim", 1, 2 },
    { u"mäslihat", 1, 2 }, { u"máslihat", 1, 2 }, { u"maslihat", 1, 2 },
    { u"mäjilis", 1, 2 }, { u"májilis", 1, 2 }, { u"majilis", 1, 2 },
    { u"mazhilis", 1, 2 },
    { u"ükimet", 1, 2 }, { u"úkimet", 1, 2 }, { u"ukimet", 1, 2 },
    { u"turaly", 0, 2 }, { u"boiynşa", 0, 2 }, { u"boıynsha", 0, 2 },
    { u"boiynsha", 0, 2 }, { u"boyynsha", 0, 2 },
    { u"kerek", 0, 2 }, { u"emes", 0, 2 }, { u"degen", 0, 2 },
    { u"tiis", 0, 2 }, { u"tıis", 0, 2 }, { u"tiıs", 0, 2 },
    { u"jergilikti", 1, 2 }, { u"jergılıktı", 1, 2 },
    { u"basqar", 1, 2 }, { u"halyq", 1, 2 }, { u"azamat", 1, 1 },
    /* Weak: short words that exist in other languages too. */
    { u"men", 0, 1 }, { u"bul", 0, 1 }, { u"būl", 0, 1 }, { u"dep", 0, 1 },
    { u"osy", 0, 1 }, { u"biz", 0, 1 }, { u"bız", 0, 1 }, { u"akim", 1, 1 },
    { u"bir", 0, 1 }, { u"bır", 0, 1 }, { u"edi", 0, 1 }, { u"eken", 0, 1 },
    /* English, German, Russian-in-Latin function words. */
    { u"the", 0, -1 }, { u"and", 0, -1 }, { u"of", 0, -1 },
    { u"to", 0, -1 }, { u"a", 0, -1 }, { u"was", 0, -1 },
    { u"for", 0, -1 }, { u"with", 0, -1 }, { u"by", 0, -1 },
    { u"said", 0, -1 }, { u"from", 0, -1 }, { u"that", 0, -1 },
    { u"has", 0, -1 }, { u"have", 0, -1 }, { u"will", 0, -1 },
    { u"reported", 0, -1 }, { u"party", 0, -1 },
    { u"der", 0, -1 }, { u"die", 0, -1 }, { u"das", 0, -1 },
    { u"und", 0, -1 }, { u"ist", 0, -1 }, { u"von", 0, -1 },
    { u"mit", 0, -1 }, { u"nicht", 0, -1 },
    { u"chto", 0, -1 }, { u"eto", 0, -1 }, { u"kak", 0, -1 },
    { u"dlya", 0, -1 }, { u"ili", 0, -1 }, { u"pri", 0, -1 },
};

/* Words with q that are not Kazakh. */
static const UChar *const Q_STOP[] = { u"iraq", u"qatar", u"qaeda", u"qantas" };

static int ustr_eq_n(const UChar *a, int32_t n, const UChar *z)
{
    int32_t m = u_strlen(z);
    return m == n && memcmp(a, z, (size_t)n * sizeof(UChar)) == 0;
}

static int keyword_weight(const UChar *w, int32_t n)
{
    for (size_t k = 0; k < sizeof KEYWORDS / sizeof KEYWORDS[0]; k++) {
        int32_t m = u_strlen(KEYWORDS[k].s);
        if (m > n || (!KEYWORDS[k].prefix && m != n))
            continue;
        if (memcmp(w, KEYWORDS[k].s, (size_t)m * sizeof(UChar)) == 0)
            return KEYWORDS[k].weight;
    }
    return 0;
}

typedef struct {
    UChar buf[KW_MAX];
    int32_t n;        /* units stored (truncated at KW_MAX) */
    int32_t full;     /* letters seen */
    int latin, cyr;
    int d18, d21;     /* 2018 / 2021 letters */
    int dotless, doti;
    int q, wvowel, digraph_sh, digraph_zh;
    int apostrophe;   /* 2017 apostrophe letters: a' g' n' s' y' ... */
    UChar32 prev, prev2; /* last two lowercased letters; 0 = word start */
} word_state;

typedef struct {
    int score, kwords, lwords, neg;
    long latin_letters, cyr_letters;
    int d18, d21, dotless, doti, sh, infl;
} sent_state;

static int is_ascii_consonant(UChar32 c)
{
    return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' &&
           c != 'o' && c != 'u' && c != 'y' && c != 'w';
}

static void word_reset(word_state *w)
{
    memset(w, 0, sizeof *w);
}

static void word_add(word_state *w, UChar32 c)
{
    if (is_cyrillic_letter(c)) {
        w->cyr++;
        w->full++;
        w->prev2 = w->prev;
        w->prev = c;
        return;
    }
    if (is_combining(c)) {
        if (c == 0x0301)
            w->d18++;
        else if (c == 0x0308 || c == 0x0306 || c == 0x0303 || c == 0x0304 ||
                 c == 0x0327)
            w->d21++;
        return;
    }
    UChar32 lc = u_tolower(c);
    w->latin++;
    switch (lc) {
    case 0x00E1: case 0x01F5: case 0x0144: case 0x00F3: case 0x00FA:
    case 0x00FD:
        w->d18++; break;
    case 0x00E4: case 0x011F: case 0x00F1: case 0x016B: case 0x00FC:
    case 0x015F: case 0x00E7: case 0x00F6:
        w->d21++; break;
    default:
        break;
    }
    if (c == 0x0131)
        w->dotless++;   /* a written ı, not a capital I */
    if (c == 'i')
        w->doti++;
    if (lc == 'h' && (w->prev == 's' || w->prev == 'c'))
        w->digraph_sh++;
    if (lc == 'h' && w->prev == 'z')
        w->digraph_zh++;
    /* w as a vowel: after a consonant or at the start, before a consonant
     * (qwqyq, wlt); English wr-/wh- at the start do not count. */
    if (w->prev == 'w' && is_ascii_consonant(lc)) {
        int at_start = (w->prev2 == 0);
        if ((at_start && lc != 'r' && lc != 'h') ||
            is_ascii_consonant(w->prev2))
            w->wvowel++;
    }
    if (w->prev == 'q' && lc != 'u')
        w->q++;
    if (w->n < KW_MAX && lc <= 0xFFFF)
        w->buf[w->n++] = (UChar)lc;
    w->full++;
    w->prev2 = w->prev;
    w->prev = lc;
}

static void word_end(word_state *w, sent_state *s)
{
    if (w->full == 0)
        return;
    if (w->prev == 'q')
        w->q++;
    s->cyr_letters += w->cyr;
    s->latin_letters += w->latin;
    if (w->latin == 0 || w->cyr > 0) {
        word_reset(w);
        return;
    }
    s->lwords++;
    int n = w->n;
    int kw = keyword_weight(w->buf, n);
    if (kw < 0) {
        s->neg++;
        word_reset(w);
        return;
    }
    int weight = kw;
    int marks = (w->d18 > 0) + (w->d21 > 0) + (w->dotless > 0) +
                (w->q > 0) + (w->wvowel > 0);
    if (w->d18 + w->d21 > 0) {
        /* One accented letter may be French or German; two cues are not. */
        int dw = marks >= 2 ? 2 : 1;
        if (dw > weight)
            weight = dw;
    }
    if (w->q > 0) {
        int stop = 0;
        for (size_t k = 0; k < sizeof Q_STOP / sizeof Q_STOP[0]; k++)
            if (ustr_eq_n(w->buf, n, Q_STOP[k]))
                stop = 1;
        if (!stop)
            weight = 2;
    }
    if (w->wvowel > 0 || w->apostrophe > 0)
        weight = 2;
    if (weight > 0) {
        s->kwords++;
        s->score += weight;
        s->d18 += w->d18;
        s->d21 += w->d21;
        s->dotless += w->dotless;
        s->doti += w->doti;
        s->sh += w->digraph_sh;
        s->infl += w->wvowel + w->digraph_zh + w->digraph_sh + w->apostrophe;
    } else {
        /* Orthography cues of unmarked words still count. */
        s->dotless += w->dotless;
        s->doti += w->doti;
        s->sh += w->digraph_sh;
        s->infl += w->digraph_zh;
    }
    word_reset(w);
}

/* Does the apostrophe before text[i] make a 2017 apostrophe letter with
 * the Latin letter before it (ba'seke, s'ynymen, sai'lay')? English n't
 * (don't) does not. */
static int apostrophe_letter(const word_state *w, const UChar *text,
                             int32_t i, int32_t len)
{
    if (w->latin == 0 || w->cyr > 0 || w->prev == 0 || w->prev > 'z' ||
        !strchr("aogunscyi", (int)w->prev))
        return 0;
    if (w->prev == 'n' && i < len && (text[i] == 't' || text[i] == 'T') &&
        (i + 1 == len || !is_latin_letter(text[i + 1])))
        return 0;
    return 1;
}

kk_latin_orthography translit_kk_detect(const UChar *text, int32_t len)
{
    if (text == NULL || len <= 0)
        return KK_LATIN_NONE;
    sent_state s;
    memset(&s, 0, sizeof s);
    word_state w;
    word_reset(&w);
    int32_t i = 0;
    while (i < len) {
        UChar32 c;
        U16_NEXT(text, i, len, c);
        if (is_latin_letter(c) || is_cyrillic_letter(c) ||
            (w.full > 0 && is_combining(c)))
            word_add(&w, c);
        else if (is_apostrophe(c) && apostrophe_letter(&w, text, i, len))
            w.apostrophe++;     /* the word goes on: parti'alar */
        else
            word_end(&w, &s);
    }
    word_end(&w, &s);

    /* Mostly Cyrillic: Latin words are names, not Latin Kazakh. */
    if (s.latin_letters == 0 || s.cyr_letters >= s.latin_letters)
        return KK_LATIN_NONE;
    if (s.neg >= 2 && 2 * s.neg >= s.kwords)
        return KK_LATIN_NONE;
    int kazakh = 0;
    if (s.score >= 4 && s.kwords >= 2 && 5 * s.kwords >= s.lwords)
        kazakh = 1;
    else if (s.score >= 2 && s.cyr_letters == 0 && 2 * s.kwords > s.lwords)
        kazakh = 1;
    if (!kazakh)
        return KK_LATIN_NONE;

    if (s.d18 > s.d21)
        return KK_LATIN_2018;
    if (s.d21 > 0)
        return s.infl > s.d21 ? KK_LATIN_INFORMAL : KK_LATIN_2021;
    if (s.dotless > 0) {
        if (s.sh > 0)
            return KK_LATIN_2018;
        return s.dotless >= s.doti ? KK_LATIN_2021 : KK_LATIN_2018;
    }
    return KK_LATIN_INFORMAL;
}
