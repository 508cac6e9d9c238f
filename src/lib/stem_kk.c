/* stem_kk.c: sayasat's Kazakh suffix-stripping stemmer.
 *
 * Kazakh is agglutinative: a word is a root followed by suffixes in a fixed
 * order, each suffix chosen among variants by vowel harmony (back а о ұ ы /
 * front ә е ө ү і) and by the last sound of what precedes it (vowel,
 * sonorant, voiced or voiceless consonant).  The stemmer removes suffixes from
 * the end of the word, one at a time, always taking the longest suffix of the
 * table below whose conditions hold, until none applies.  It then returns
 * what is left.  The stem is a conflation key, not a dictionary lemma: all
 * forms of one word should get the same key, forms of different words should
 * not.
 *
 * ORDER OF SUFFIXES (from the root outwards)
 *
 *   noun:  ROOT + plural + possessive + case + predicative person
 *          бала-лар-ы-ның         "of their children"
 *          кітап-тар-ым-да-мын    "I am in my books" (predicative -мын)
 *   verb:  ROOT + voice + negation + tense/aspect/mood (or participle,
 *          converb, verbal noun) + person/number; participles and the verbal
 *          noun then take the noun suffixes:
 *          сайла-н-ды             "was elected"
 *          сүй-ген-і-не           "to the one (she) loved"
 *          бер-ме-у-і             "his not giving"
 *
 * The stripping rules look at the string that remains (its last letters,
 * its vowels) and at two pieces of history: the LEVEL of the suffix just
 * removed (going inwards: predicative person 9 > case 8 > possessive 7 >
 * plural 6 > tense/participle/converb 5 > contracted -и 4 > negation 3 >
 * voice 2 > stem vowel 1; each removal must have a lower level than the one
 * before), and whether that suffix can only follow a verb stem.  Negation,
 * voice and the stem vowel are removed only in that verbal context, because
 * on their own they look like the ends of very many nouns (реформа, кеме,
 * ауыл).  Two classes escape the level order: -дағы/-дегі (it makes a new
 * adjective, which takes the whole noun paradigm again) and a final -ы/-і
 * after a consonant (the 3rd person possessive or a stem vowel: төреші and
 * төрешілер must meet).
 *
 * Vowel-final and consonant-final verb stems often cannot be told apart
 * (сайла-ды "elected" / жаз-ады "writes").  The stemmer therefore also takes
 * off the final а/е/ы/і of a verb stem once a verbal suffix has come off (the
 * "stem vowel" class), so that both readings end at the same key: сайлады,
 * сайлайды, сайлау -> сайла -> сайла (kept: йл cannot end a root) and жылады,
 * жылау -> жыл.  It is kept when it would leave two consonants that cannot
 * end a root (ойл, баст, үмітк).
 *
 * SUFFIX CLASSES (the table `suffixes` below; V = after a vowel, C = after a
 * consonant, Son = after л м н ң р й у з ж, Vl = after a voiceless
 * consonant; "verbal" = sets the verbal context; "needs verbal" = only
 * removed in it):
 *
 *   class            variants                         examples
 *   ---------------  -------------------------------  --------------------------
 *   plural           -лар/-лер V,р,й,у                балалар, үйлер
 *                    -дар/-дер л,м,н,ң,з,ж            қыздар, жылдар
 *                    -тар/-тер Vl                     кітаптар, кештер
 *   possessive 1sg   -м V, -ым/-ім C                  балам, кітабым, өмірім
 *   possessive 1pl   -мыз/-міз V, -ымыз/-іміз C       баламыз, кітабымыз
 *   possessive 2sg   -ң V, -ың/-ің C                  балаң, кітабың
 *   possessive 2pol  -ңыз/-ңіз V, -ыңыз/-іңіз C       балаңыз, кітабыңыз
 *   2pl (poss/imp.)  -ңдар/-ңдер, -ыңдар/-іңдер,      балаңдар, айтыңдар
 *                    -ңыздар/-ңіздер ...
 *   possessive 3     -сы/-сі V (root of 2+ syllables), баласы, әкесі
 *                    -ы/-і C                          жылы, сөзі, кітабы
 *   genitive         -ның/-нің V, -дың/-дің Son,      баланың, жылдың
 *                    -тың/-тің Vl                     қазақтың
 *   dative           -ға/-ге V,Son, -қа/-ке Vl,       жанға, таққа, жерге
 *                    -на/-не after poss. -ы/-і,       орнына, сүйгеніне
 *                    -а/-е after poss. -м/-ң          кітабыма, балаңа
 *   accusative       -ны/-ні V, -ды/-ді Son,          баланы, үйді
 *                    -ты/-ті Vl, -н after -ы/-і       атты, сөзін
 *   locative         -да/-де V,Son, -та/-те Vl,       үйде, аулақта
 *                    -нда/-нде after -ы/-і            ауданында
 *   ablative         -дан/-ден V,Son, -нан/-нен       дүниеден, адамнан
 *                    after м,н,ң and -ы/-і,           ішінен
 *                    -тан/-тен Vl                     тастан
 *   instrumental     -мен/-бен/-пен (+ -менен ...)    күнмен, адаспен
 *   locative-attr.   -дағы/-дегі/-тағы/-тегі,         брютон-стриттегі,
 *                    -ндағы/-ндегі after -ы/-і        басындағы
 *   similative       -дай/-дей/-тай/-тей/-ндай/-ндей   таспиқтай, өзіндей
 *   equative         -нша/-нше after -ы/-і            өзінше
 *   causal           -дықтан/-діктен/-тықтан/-тіктен  болғандықтан
 *                    after a participle in -н
 *   predicative      -мын/-мін V,Son/-бын/-бін з,ж/   адаммын, қызбын,
 *   person           -пын/-пін Vl; -мыз/-быз/-пыз ... қазақпын
 *                    -сың/-сің, -сыз/-сіз, -сыңдар,   баласың, сіздер
 *                    -сыздар ...
 *                    -қ/-к after conditional -са/-се   барсақ
 *   imperative,      -сын/-сін, -йын/-йін, -айын/     қылсын, айтайын
 *   optative         -ейін, -йық/-йік, -айық/-ейік
 *   past (verbal)    -ды/-ді V,Son, -ты/-ті Vl        сұрады, айтты
 *   present 3rd      -ады/-еді C, -йды/-йді V         береді, ойлайды
 *   (verbal)         with person: -амын/-ймын,        жазамын, сайлаймыз
 *                    -асың/-йсың, -асыз/-йсыз,
 *                    -амыз/-ймыз ...
 *   participles      -ған/-ген V,Son, -қан/-кен Vl,   алған, түскен, шыққан
 *   (verbal)         -атын/-етін C, -йтын/-йтін V,    болатын, тілейтін
 *                    -ар/-ер C, -р V,                 бүлінер, бәсеңдер
 *                    -мас/-мес/-бас/-бес/-пас/-пес,   болмас
 *                    -мақ/-мек/-бақ/-бек/-пақ/-пек     бармақ
 *   converbs         -ып/-іп C, -п V,                 барып, бастап, деп
 *   (verbal)         -ыпты/-іпті C, -пты/-пті V,      келіпті
 *                    -ғалы/-гелі/-қалы/-келі,         келгелі
 *                    -ғанша/-генше/-қанша/-кенше,
 *                    -ғасын/-гесін/-қасын/-кесін,
 *                    -май/-мей/-бай/-бей/-пай/-пей    аспай, білмей
 *   conditional      -са/-се                          болса, жатса
 *   verbal noun      -у, agent noun -ушы/-уші         сайлау, айтушы
 *                    -ю = й + у                       жою -> жой
 *   contracted       -и after a consonant (ы/і + а):  оқиды -> оқи -> оқ
 *   negation         -ма/-ме/-ба/-бе/-па/-пе          бермеді, көтермеді
 *                    (needs verbal); with the past:   істемеді -> істе
 *                    -мады/-меді ... (not м + -еді)
 *   stem vowel       -а/-е/-ы/-і after a consonant    жылау -> жыла -> жыл
 *                    (needs verbal)
 *   voice: passive   -ыл/-іл C, -л V, -ын/-ін after л, сатылып, тірелген,
 *                    -н V (needs verbal)              сайланды, алынды
 *
 *   The reciprocal (-ыс/-іс/-с) and causative (-дыр/-тыр/-ғыз/-т ...) voices
 *   are kept: they usually make a verb with a meaning of its own
 *   (кеңес-, талас-, тұрғыз-).  Derivational suffixes (-лық, -шы, -лы, -сыз as
 *   privative is the exception: it is the same string as the predicative
 *   -сыз and cannot be told apart) are kept as well.
 *
 * GUARDS
 *
 *   minimum root   what remains must keep a vowel and at least three letters
 *                  (letters, not bytes), or two letters that make a root:
 *                  vowel + consonant (ел-і, үй-де, ал-ма-ды; not ау), or
 *                  consonant + у/и (су-ға, ти-ген), or consonant + vowel
 *                  before a tense suffix (де-ді, де-п).  -сы/-сі, the
 *                  dative -а/-е, the aorist -р and the passive -л/-н after a
 *                  vowel need two syllables left (басы -> бас, not ба;
 *                  баласы -> бала; бер stays, not бе-р; қыл stays, not
 *                  қы-л).  The predicative endings need three letters.
 *   root shape     a vowel-initial verbal suffix or the stem vowel is not
 *                  removed when that would leave two consonants that cannot
 *                  close a root (only рт лт йт нт can), or a stem of two or
 *                  more syllables ending in а ә е о ө + л: those are the
 *                  denominal verbs in -ла/-ле (көтермеле-йік, not
 *                  көтермел-ейік).
 *   harmony        a suffix with a back vowel (а о ұ ы) is not removed from a
 *                  stem whose last vowel is front (ә е ө ү і), and the other
 *                  way round.  Loanwords are exempt, because their suffixes
 *                  do not follow their vowels reliably (королі, йорктің):
 *                  stems with both back and front vowels, with a letter only
 *                  loans have (в ф х ц ч щ ъ ь э ю я ё и), or starting with
 *                  two consonants.  -мен/-бен/-пен has no harmony variants.
 *   devoicing      a root-final п/к/қ voices between vowels: кітап -> кітабы,
 *                  құлақ -> құлағы, тілек -> тілегі.  After each removal a
 *                  stem-final б/г/ғ is turned back into п/к/қ.
 *   elision        a high vowel ы/і of the last syllable drops before a vowel
 *                  suffix: орын -> орны, мұрын -> мұрны, ауыз -> аузы,
 *                  халық -> халқы, ерік -> еркі.  A stem that ends in one of
 *                  the consonant pairs this leaves (р,й,у,л + н,з,қ,к,п) gets
 *                  the vowel back (ы after a back vowel, і after a front one).
 *   soft sign      a Russian loan's final ь is dropped before suffixes
 *                  (король -> королі); the stem drops it too.
 *
 * EXCEPTIONS (roots that only look like root + suffix; stripping stops when
 * the stem is one of these): see `exceptions` below, each with its reason.
 *
 * KNOWN AMBIGUITIES (no rule here can decide them): с-final stems with -ы
 * versus vowel-final stems with -сы (жұмыс-ы / бала-сы: -сы is not taken
 * after ы/і); a noun in -ын/-ін versus possessive + accusative (жалын ->
 * жал); predicative person on nouns versus present tense on verbs (бала-мын
 * / бал-амын: the verb reading wins).
 *
 * Non-Cyrillic words, words with digits or other symbols, and words over
 * STEM_KK_MAX_BYTES are copied unchanged.  In a hyphenated word only the
 * part after the last hyphen is stemmed.
 */
#include "stem_kk.h"

#include <string.h>

/* Every Cyrillic letter is two bytes in UTF-8, so the stemmer works on the
 * bytes directly: letter i of the stem is bytes 2i and 2i+1. */

enum {
    /* Categories of the letter before a suffix. */
    K_VOW = 1 << 0, /* vowel: а ә е ё и о ө ұ ү ы і э ю я */
    K_RYU = 1 << 1, /* р й у */
    K_L = 1 << 2,   /* л */
    K_NAS = 1 << 3, /* м н ң */
    K_ZJ = 1 << 4,  /* з ж */
    K_VL = 1 << 5,  /* voiceless and the rest: п т к қ с ш ф х ц ч щ һ б в г д ғ */
    K_I = 1 << 6,   /* ы і: after the 3rd person possessive */
    K_MN = 1 << 7,  /* м ң: after the 1st/2nd person possessive */
    K_DS = 1 << 8,  /* stem ends in conditional -са/-се */
    K_N = 1 << 9,   /* н: after a participle in -ған/-ген/-қан/-кен */
    K_VNI = 1 << 10, /* a vowel other than ы і */
    K_AE = 1 << 11  /* а е */
};

#define P_SON (K_RYU | K_L | K_NAS | K_ZJ)
#define P_C (P_SON | K_VL)
#define P_ANY (K_VOW | P_C)

/* Suffix classes.  A class has a level: going from the end of the word
 * towards the root, each removed suffix must have a lower level than the
 * one removed before it (case before possessive before plural before the
 * verbal suffixes).  `next` is the level in force after it is removed: a
 * suffix that fuses tense and person (-дым, -ады) sits at the person level
 * but lets only the verb-internal classes follow. */
enum {
    C_PRED,   /* predicative person: -мын, -сың, -сыз, -мыз, -қ */
    C_VPERS,  /* tense + person in one: -дым, -дық, -ады, -амын, -асың ... */
    C_NEGPAST,/* negation + past in one: -мады, -меді ... */
    C_CASE,   /* case endings */
    C_ACCPAST,/* -ды/-ті (accusative or past), -дың/-тың (genitive or
                 past 2sg) after a consonant */
    C_ATTR,   /* -дағы, -дегі ...: adjective from a locative, any level */
    C_POSS,   /* possessive */
    C_PL,     /* plural */
    C_TAM,    /* tense, aspect, mood, participle, converb, verbal noun */
    C_CONTR,  /* contracted stem vowel -и (needs a verbal suffix after it) */
    C_NEG,    /* negation (needs a verbal suffix after it) */
    C_VOICE,  /* passive (needs a verbal suffix or negation after it) */
    C_STEMV,  /* final а/е/ы/і of a verb stem (needs a verbal suffix after
                 it): сайла-ды and сайл-ады meet at сайл */
    C_HIGHV,  /* final ы/і after a consonant, at any level: the 3rd person
                 possessive, or a stem vowel (төреші, төрешілер) */
    N_CLASSES
};

/* Verbal context: which verb-only classes may still come off. */
enum { V_NONE = 0, V_VOICE = 1, V_NEG = 2, V_CONTR = 3, V_TENSE = 4 };

typedef struct {
    unsigned char lvl;    /* must be below the level in force */
    unsigned char next;   /* level in force afterwards */
    unsigned char sets;   /* verbal context afterwards */
    unsigned char needs;  /* verbal context must be at least this (0: none) */
} class_info;

static const class_info classes[N_CLASSES] = {
    [C_PRED] = { 9, 9, V_NONE, 0 },
    [C_VPERS] = { 9, 5, V_TENSE, 0 },
    [C_NEGPAST] = { 9, 3, V_NEG, 0 },
    [C_CASE] = { 8, 8, V_NONE, 0 },
    [C_ACCPAST] = { 8, 8, V_TENSE, 0 },
    [C_ATTR] = { 0, 8, V_NONE, 0 },
    [C_POSS] = { 7, 7, V_NONE, 0 },
    [C_PL] = { 6, 6, V_NONE, 0 },
    [C_TAM] = { 5, 5, V_TENSE, 0 },
    [C_CONTR] = { 4, 4, V_CONTR, V_TENSE },
    [C_NEG] = { 3, 3, V_NEG, V_CONTR },
    [C_VOICE] = { 2, 2, V_VOICE, V_NEG },
    [C_STEMV] = { 1, 1, V_NONE, V_VOICE },
    [C_HIGHV] = { 0, 7, V_NONE, 0 },
};

enum {
    F_TWOSYL = 1,    /* what remains must have two syllables */
    F_NOHARM = 2,    /* has no harmony variants (-мен, -бен, -пен) */
    F_YU = 4         /* the letter ю stands for й + у: leave the й */
};

typedef struct {
    unsigned char len;    /* bytes */
    unsigned char cls;
    unsigned char flags;
    unsigned short prev;  /* allowed categories of the letter before */
    const char *s;        /* UTF-8 */
} suffix;

#define S(str, cls, prev, flags) \
    { (unsigned char)(sizeof(str) - 1), cls, flags, prev, str }
/* back and front pair, same class and context */
#define S2(b, f, cls, prev) S(b, cls, prev, 0), S(f, cls, prev, 0)

/* The suffix table, one array per last letter (the stemmer looks only at
 * the array for the last letter of what remains), longest first, so the
 * first suffix whose conditions hold is the one removed.  Columns: suffix,
 * class, letters it may follow, flags. */
static const suffix sfx_r[] = { /* ...р */
    S("дыңыздар", C_VPERS, K_VOW | P_SON, 0),
    S("діңіздер", C_VPERS, K_VOW | P_SON, 0),
    S("тыңыздар", C_VPERS, K_VL, 0),
    S("тіңіздер", C_VPERS, K_VL, 0),
    S("ыңыздар", C_POSS, P_C, 0),
    S("іңіздер", C_POSS, P_C, 0),
    S("асыздар", C_VPERS, P_C, 0),
    S("есіздер", C_VPERS, P_C, 0),
    S("асыңдар", C_VPERS, P_C, 0),
    S("есіңдер", C_VPERS, P_C, 0),
    S("йсыңдар", C_VPERS, K_VOW, 0),
    S("йсіңдер", C_VPERS, K_VOW, 0),
    S("йсыздар", C_VPERS, K_VOW, 0),
    S("йсіздер", C_VPERS, K_VOW, 0),
    S("ңыздар", C_POSS, K_VOW, 0),
    S("ңіздер", C_POSS, K_VOW, 0),
    S("сыңдар", C_PRED, K_VNI | P_C, 0),
    S("сіңдер", C_PRED, K_VNI | P_C, 0),
    S("сыздар", C_PRED, K_VNI | P_C, 0),
    S("сіздер", C_PRED, K_VNI | P_C, 0),
    S("дыңдар", C_VPERS, K_VOW | P_SON, 0),
    S("діңдер", C_VPERS, K_VOW | P_SON, 0),
    S("тыңдар", C_VPERS, K_VL, 0),
    S("тіңдер", C_VPERS, K_VL, 0),
    S("ыңдар", C_POSS, P_C, 0),
    S("іңдер", C_POSS, P_C, 0),
    S("ңдар", C_POSS, K_VOW, 0),
    S("ңдер", C_POSS, K_VOW, 0),
    S("лар", C_PL, K_VOW | K_RYU, 0),
    S("лер", C_PL, K_VOW | K_RYU, 0),
    S("дар", C_PL, K_L | K_NAS | K_ZJ, 0),
    S("дер", C_PL, K_L | K_NAS | K_ZJ, 0),
    S("тар", C_PL, K_VL, 0),
    S("тер", C_PL, K_VL, 0),
};
static const suffix sfx_m[] = { /* ...м */
    S("дым", C_VPERS, K_VOW | P_SON, 0),
    S("дім", C_VPERS, K_VOW | P_SON, 0),
    S("тым", C_VPERS, K_VL, 0),
    S("тім", C_VPERS, K_VL, 0),
    S("ым", C_POSS, P_C, 0),
    S("ім", C_POSS, P_C, 0),
    S("м", C_POSS, K_VOW, 0),
};
static const suffix sfx_z[] = { /* ...з */
    S("дыңыз", C_VPERS, K_VOW | P_SON, 0),
    S("діңіз", C_VPERS, K_VOW | P_SON, 0),
    S("тыңыз", C_VPERS, K_VL, 0),
    S("тіңіз", C_VPERS, K_VL, 0),
    S("ымыз", C_POSS, P_C, 0),
    S("іміз", C_POSS, P_C, 0),
    S("ыңыз", C_POSS, P_C, 0),
    S("іңіз", C_POSS, P_C, 0),
    S("амыз", C_VPERS, P_C, 0),
    S("еміз", C_VPERS, P_C, 0),
    S("ймыз", C_VPERS, K_VOW, 0),
    S("йміз", C_VPERS, K_VOW, 0),
    S("асыз", C_VPERS, P_C, 0),
    S("есіз", C_VPERS, P_C, 0),
    S("йсыз", C_VPERS, K_VOW, 0),
    S("йсіз", C_VPERS, K_VOW, 0),
    S("мыз", C_POSS, K_VOW, 0),
    S("міз", C_POSS, K_VOW, 0),
    S("ңыз", C_POSS, K_VOW, 0),
    S("ңіз", C_POSS, K_VOW, 0),
    S("мыз", C_PRED, K_RYU | K_L | K_NAS, 0),
    S("міз", C_PRED, K_RYU | K_L | K_NAS, 0),
    S("быз", C_PRED, K_ZJ, 0),
    S("біз", C_PRED, K_ZJ, 0),
    S("пыз", C_PRED, K_VL, 0),
    S("піз", C_PRED, K_VL, 0),
    S("сыз", C_PRED, K_VNI | P_C, 0),
    S("сіз", C_PRED, K_VNI | P_C, 0),
};
static const suffix sfx_ng[] = { /* ...ң */
    S("асың", C_VPERS, P_C, 0),
    S("есің", C_VPERS, P_C, 0),
    S("йсың", C_VPERS, K_VOW, 0),
    S("йсің", C_VPERS, K_VOW, 0),
    S("ның", C_CASE, K_VOW | K_NAS, 0),
    S("нің", C_CASE, K_VOW | K_NAS, 0),
    S("дың", C_ACCPAST, K_RYU | K_L | K_ZJ, 0),
    S("дің", C_ACCPAST, K_RYU | K_L | K_ZJ, 0),
    S("тың", C_ACCPAST, K_VL, 0),
    S("тің", C_ACCPAST, K_VL, 0),
    S("сың", C_PRED, K_VNI | P_C, 0),
    S("сің", C_PRED, K_VNI | P_C, 0),
    S("дың", C_VPERS, K_VOW | K_NAS, 0),
    S("дің", C_VPERS, K_VOW | K_NAS, 0),
    S("ың", C_POSS, P_C, 0),
    S("ің", C_POSS, P_C, 0),
    S("ң", C_POSS, K_VOW, 0),
};
static const suffix sfx_y[] = { /* ...ы */
    S("ндағы", C_ATTR, K_I, 0),
    S("дағы", C_ATTR, K_VOW | P_SON, 0),
    S("тағы", C_ATTR, K_VL, 0),
    S("мады", C_NEGPAST, P_ANY, 0),
    S("бады", C_NEGPAST, P_ANY, 0),
    S("пады", C_NEGPAST, P_ANY, 0),
    S("ыпты", C_TAM, P_C, 0),
    S("ғалы", C_TAM, K_VOW | P_SON, 0),
    S("қалы", C_TAM, K_VL, 0),
    S("ады", C_VPERS, P_C, 0),
    S("йды", C_VPERS, K_VOW, 0),
    S("пты", C_TAM, K_VOW, 0),
    S("ушы", C_TAM, P_ANY, 0),
    S("сы", C_POSS, K_VNI, F_TWOSYL),
    S("ны", C_CASE, K_VOW, 0),
    S("ды", C_ACCPAST, P_SON, 0),
    S("ты", C_ACCPAST, K_VL, 0),
    S("ды", C_TAM, K_VOW, 0),
    S("ы", C_HIGHV, P_C, 0),
    S("ы", C_STEMV, P_C, 0),
};
static const suffix sfx_i[] = { /* ...і */
    S("ндегі", C_ATTR, K_I, 0),
    S("дегі", C_ATTR, K_VOW | P_SON, 0),
    S("тегі", C_ATTR, K_VL, 0),
    S("меді", C_NEGPAST, P_ANY, 0),
    S("беді", C_NEGPAST, P_ANY, 0),
    S("педі", C_NEGPAST, P_ANY, 0),
    S("іпті", C_TAM, P_C, 0),
    S("гелі", C_TAM, K_VOW | P_SON, 0),
    S("келі", C_TAM, K_VL, 0),
    S("еді", C_VPERS, P_C, 0),
    S("йді", C_VPERS, K_VOW, 0),
    S("пті", C_TAM, K_VOW, 0),
    S("уші", C_TAM, P_ANY, 0),
    S("сі", C_POSS, K_VNI, F_TWOSYL),
    S("ні", C_CASE, K_VOW, 0),
    S("ді", C_ACCPAST, P_SON, 0),
    S("ті", C_ACCPAST, K_VL, 0),
    S("ді", C_TAM, K_VOW, 0),
    S("і", C_HIGHV, P_C, 0),
    S("і", C_STEMV, P_C, 0),
};
static const suffix sfx_a[] = { /* ...а */
    S("ғанша", C_TAM, K_VOW | P_SON, 0),
    S("қанша", C_TAM, K_VL, 0),
    S("нда", C_CASE, K_I, 0),
    S("нша", C_CASE, K_I, 0),
    S("ға", C_CASE, K_VOW | P_SON, 0),
    S("қа", C_CASE, K_VL, 0),
    S("на", C_CASE, K_I, 0),
    S("да", C_CASE, K_VOW | P_SON, 0),
    S("та", C_CASE, K_VL, 0),
    S("са", C_TAM, P_ANY, 0),
    S("ма", C_NEG, P_ANY, 0),
    S("ба", C_NEG, P_ANY, 0),
    S("па", C_NEG, P_ANY, 0),
    S("а", C_CASE, K_MN, F_TWOSYL),
    S("а", C_STEMV, P_C, 0),
};
static const suffix sfx_e[] = { /* ...е */
    S("генше", C_TAM, K_VOW | P_SON, 0),
    S("кенше", C_TAM, K_VL, 0),
    S("нде", C_CASE, K_I, 0),
    S("нше", C_CASE, K_I, 0),
    S("ге", C_CASE, K_VOW | P_SON, 0),
    S("ке", C_CASE, K_VL, 0),
    S("не", C_CASE, K_I, 0),
    S("де", C_CASE, K_VOW | P_SON, 0),
    S("те", C_CASE, K_VL, 0),
    S("се", C_TAM, P_ANY, 0),
    S("ме", C_NEG, P_ANY, 0),
    S("бе", C_NEG, P_ANY, 0),
    S("пе", C_NEG, P_ANY, 0),
    S("е", C_CASE, K_MN, F_TWOSYL),
    S("е", C_STEMV, P_C, 0),
};
static const suffix sfx_n[] = { /* ...н */
    S("дықтан", C_CASE, K_N, 0),
    S("діктен", C_CASE, K_N, 0),
    S("тықтан", C_CASE, K_N, 0),
    S("тіктен", C_CASE, K_N, 0),
    S("менен", C_CASE, P_ANY, F_NOHARM),
    S("бенен", C_CASE, P_ANY, F_NOHARM),
    S("пенен", C_CASE, P_ANY, F_NOHARM),
    S("ғасын", C_TAM, K_VOW | P_SON, 0),
    S("гесін", C_TAM, K_VOW | P_SON, 0),
    S("қасын", C_TAM, K_VL, 0),
    S("кесін", C_TAM, K_VL, 0),
    S("айын", C_VPERS, P_C, 0),
    S("ейін", C_VPERS, P_C, 0),
    S("амын", C_VPERS, P_C, 0),
    S("емін", C_VPERS, P_C, 0),
    S("ймын", C_VPERS, K_VOW, 0),
    S("ймін", C_VPERS, K_VOW, 0),
    S("атын", C_TAM, P_C, 0),
    S("етін", C_TAM, P_C, 0),
    S("йтын", C_TAM, K_VOW, 0),
    S("йтін", C_TAM, K_VOW, 0),
    S("дан", C_CASE, K_VOW | K_RYU | K_L | K_ZJ, 0),
    S("ден", C_CASE, K_VOW | K_RYU | K_L | K_ZJ, 0),
    S("нан", C_CASE, K_I | K_NAS, 0),
    S("нен", C_CASE, K_I | K_NAS, 0),
    S("тан", C_CASE, K_VL, 0),
    S("тен", C_CASE, K_VL, 0),
    S("мен", C_CASE, P_ANY, F_NOHARM),
    S("бен", C_CASE, P_ANY, F_NOHARM),
    S("пен", C_CASE, P_ANY, F_NOHARM),
    S("мын", C_PRED, K_VOW | K_RYU | K_L | K_NAS, 0),
    S("мін", C_PRED, K_VOW | K_RYU | K_L | K_NAS, 0),
    S("бын", C_PRED, K_ZJ, 0),
    S("бін", C_PRED, K_ZJ, 0),
    S("пын", C_PRED, K_VL, 0),
    S("пін", C_PRED, K_VL, 0),
    S("сын", C_VPERS, K_VNI | P_C, 0),
    S("сін", C_VPERS, K_VNI | P_C, 0),
    S("йын", C_VPERS, K_VOW, 0),
    S("йін", C_VPERS, K_VOW, 0),
    S("ған", C_TAM, K_VOW | P_SON, 0),
    S("ген", C_TAM, K_VOW | P_SON, 0),
    S("қан", C_TAM, K_VL, 0),
    S("кен", C_TAM, K_VL, 0),
    S("н", C_CASE, K_I, 0),
};
static const suffix sfx_j[] = { /* ...й */
    S("ндай", C_CASE, K_I, 0),
    S("ндей", C_CASE, K_I, 0),
    S("дай", C_CASE, K_VOW | P_SON, 0),
    S("дей", C_CASE, K_VOW | P_SON, 0),
    S("тай", C_CASE, K_VL, 0),
    S("тей", C_CASE, K_VL, 0),
    S("май", C_TAM, P_ANY, 0),
    S("мей", C_TAM, P_ANY, 0),
    S("бай", C_TAM, P_ANY, 0),
    S("бей", C_TAM, P_ANY, 0),
    S("пай", C_TAM, P_ANY, 0),
    S("пей", C_TAM, P_ANY, 0),
};
static const suffix sfx_q[] = { /* ...қ */
    S("айық", C_VPERS, P_C, 0),
    S("йық", C_VPERS, K_VOW, 0),
    S("дық", C_VPERS, K_VOW | P_SON, 0),
    S("тық", C_VPERS, K_VL, 0),
    S("мақ", C_TAM, P_ANY, 0),
    S("бақ", C_TAM, P_ANY, 0),
    S("пақ", C_TAM, P_ANY, 0),
    S("қ", C_PRED, K_DS, 0),
};
static const suffix sfx_k[] = { /* ...к */
    S("ейік", C_VPERS, P_C, 0),
    S("йік", C_VPERS, K_VOW, 0),
    S("дік", C_VPERS, K_VOW | P_SON, 0),
    S("тік", C_VPERS, K_VL, 0),
    S("мек", C_TAM, P_ANY, 0),
    S("бек", C_TAM, P_ANY, 0),
    S("пек", C_TAM, P_ANY, 0),
    S("к", C_PRED, K_DS, 0),
};
static const suffix sfx_s[] = { /* ...с */
    S("мас", C_TAM, P_ANY, 0),
    S("мес", C_TAM, P_ANY, 0),
    S("бас", C_TAM, P_ANY, 0),
    S("бес", C_TAM, P_ANY, 0),
    S("пас", C_TAM, P_ANY, 0),
    S("пес", C_TAM, P_ANY, 0),
};
static const suffix sfx_p[] = { /* ...п */
    S("ып", C_TAM, P_C, 0),
    S("іп", C_TAM, P_C, 0),
    S("п", C_TAM, K_VOW, 0),
};
static const suffix sfx_u[] = { /* ...у */
    S("у", C_TAM, P_ANY, 0),
};
static const suffix sfx_ju[] = { /* ...ю */
    S("ю", C_TAM, K_VOW, F_YU),
};
static const suffix sfx_ii[] = { /* ...и */
    S("и", C_CONTR, P_C, 0),
};
static const suffix sfx_l[] = { /* ...л */
    S("ыл", C_VOICE, P_C, 0),
    S("іл", C_VOICE, P_C, 0),
};

#define BUCKET(arr) do { *count = sizeof arr / sizeof arr[0]; return arr; } while (0)

/* The array of suffixes ending in letter c (code point), or NULL. */
static const suffix *suffixes_ending_in(unsigned c, size_t *count)
{
    switch (c) {
    case 0x440: BUCKET(sfx_r); /* р */
    case 0x43C: BUCKET(sfx_m); /* м */
    case 0x437: BUCKET(sfx_z); /* з */
    case 0x4A3: BUCKET(sfx_ng); /* ң */
    case 0x44B: BUCKET(sfx_y); /* ы */
    case 0x456: BUCKET(sfx_i); /* і */
    case 0x430: BUCKET(sfx_a); /* а */
    case 0x435: BUCKET(sfx_e); /* е */
    case 0x43D: BUCKET(sfx_n); /* н */
    case 0x439: BUCKET(sfx_j); /* й */
    case 0x49B: BUCKET(sfx_q); /* қ */
    case 0x43A: BUCKET(sfx_k); /* к */
    case 0x441: BUCKET(sfx_s); /* с */
    case 0x43F: BUCKET(sfx_p); /* п */
    case 0x443: BUCKET(sfx_u); /* у */
    case 0x44E: BUCKET(sfx_ju); /* ю */
    case 0x438: BUCKET(sfx_ii); /* и */
    case 0x43B: BUCKET(sfx_l); /* л */
    default:
        *count = 0;
        return NULL;
    }
}


/* Roots that end like a suffix but are not root + suffix (stripping stops
 * at them).  Each is a textbook case, not a corpus fit:
 *   орын, мұрын, ауыз, ерін, қарын, мойын, қойын: the elision nouns (орны,
 *     мұрны, аузы ...); their full form ends like -ы-н (possessive +
 *     accusative) or -ыз (predicative 1pl), which would otherwise cut them
 *     to ор, мұр, ау ...
 *   адам "person", әлем "world", қалам "pen": -м looks like the 1sg
 *     possessive (ада-м).
 *   ақын "poet": -ын looks like possessive + accusative; ақ "white".
 *   біз "we", сіз "you": pronouns that equal the 1pl / 2pl endings.
 *   кейін "later": looks like the optative 1sg ке-йін.
 *   аудан "district": looks like ау + ablative -дан.
 */
typedef struct {
    const char *s;
    unsigned char len; /* bytes */
} exception_word;

#define X(str) { str, (unsigned char)(sizeof(str) - 1) }

static const exception_word exceptions[] = {
    X("орын"), X("мұрын"), X("ауыз"), X("ерін"), X("қарын"), X("мойын"),
    X("қойын"), X("адам"), X("әлем"), X("қалам"), X("ақын"), X("біз"),
    X("сіз"), X("кейін"), X("аудан"),
};

#define N_EXCEPTIONS (sizeof exceptions / sizeof exceptions[0])

/* Code point of the two-byte letter at p. */
static unsigned cp_at(const unsigned char *p)
{
    return ((unsigned)(p[0] & 0x1F) << 6) | (unsigned)(p[1] & 0x3F);
}

static int is_letter(unsigned c)
{
    if (c >= 0x430 && c <= 0x44F) /* а..я */
        return 1;
    switch (c) {
    case 0x451: /* ё */
    case 0x456: /* і */
    case 0x493: /* ғ */
    case 0x49B: /* қ */
    case 0x4A3: /* ң */
    case 0x4AF: /* ү */
    case 0x4B1: /* ұ */
    case 0x4BB: /* һ */
    case 0x4D9: /* ә */
    case 0x4E9: /* ө */
        return 1;
    default:
        return 0;
    }
}

/* 1 back vowel, 2 front vowel, 3 neutral vowel (loanwords), 0 consonant. */
static int vowel_kind(unsigned c)
{
    switch (c) {
    case 0x430: /* а */
    case 0x43E: /* о */
    case 0x4B1: /* ұ */
    case 0x44B: /* ы */
        return 1;
    case 0x4D9: /* ә */
    case 0x435: /* е */
    case 0x4E9: /* ө */
    case 0x4AF: /* ү */
    case 0x456: /* і */
        return 2;
    case 0x438: /* и */
    case 0x44D: /* э */
    case 0x44E: /* ю */
    case 0x44F: /* я */
    case 0x451: /* ё */
        return 3;
    default:
        return 0;
    }
}

static unsigned category(unsigned c)
{
    if (vowel_kind(c))
        return K_VOW;
    switch (c) {
    case 0x440: /* р */
    case 0x439: /* й */
    case 0x443: /* у */
        return K_RYU;
    case 0x43B: /* л */
        return K_L;
    case 0x43C: /* м */
    case 0x43D: /* н */
    case 0x4A3: /* ң */
        return K_NAS;
    case 0x437: /* з */
    case 0x436: /* ж */
        return K_ZJ;
    default:
        return K_VL;
    }
}

/* Vowels (syllables) in letters [0, n) of s; у counts only after a
 * consonant (after a vowel it is the glide of ау, еу). */
static int syllables(const unsigned char *s, size_t n)
{
    int v = 0;
    int prev_vowel = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = cp_at(s + 2 * i);
        int k = vowel_kind(c);
        if (k || (c == 0x443 && !prev_vowel && i > 0)) {
            v++;
            prev_vowel = 1;
        } else {
            prev_vowel = 0;
        }
    }
    return v;
}

/* Harmony of the suffix (1 back, 2 front, 0 none) from its vowels. */
static int suffix_harmony(const suffix *sf)
{
    const unsigned char *p = (const unsigned char *)sf->s;
    for (size_t i = 0; i + 1 < sf->len; i += 2) {
        int k = vowel_kind(cp_at(p + i));
        if (k == 1 || k == 2)
            return k;
    }
    return 0;
}

/* 1 when the stem [0, n) looks like a loanword, whose suffixes do not
 * follow its vowels reliably (йорктің, королі, адресанттың/адресантің):
 * it has both back and front vowels, or a letter only loans have
 * (в ф х ц ч щ ъ ь э ю я ё и), or starts with two consonants. */
static int loan_stem(const unsigned char *s, size_t n)
{
    int seen = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = cp_at(s + 2 * i);
        int k = vowel_kind(c);
        if (k == 3)
            return 1;
        if (k) {
            seen |= k;
            if (seen == 3)
                return 1;
            continue;
        }
        switch (c) {
        case 0x432: case 0x444: case 0x445: case 0x446: case 0x447:
        case 0x449: case 0x44A: case 0x44C:
            return 1;
        default:
            break;
        }
    }
    return n >= 2 && !vowel_kind(cp_at(s)) && !vowel_kind(cp_at(s + 2));
}

/* Harmony of the stem [0, n): kind of its last vowel (0 when none). */
static int stem_harmony(const unsigned char *s, size_t n)
{
    while (n > 0) {
        int k = vowel_kind(cp_at(s + 2 * (n - 1)));
        if (k)
            return k;
        n--;
    }
    return 0;
}

static int ends_with(const unsigned char *s, size_t nbytes, const char *suf, size_t slen)
{
    if (nbytes < slen)
        return 0;
    const unsigned char *p = s + nbytes - slen;
    const unsigned char *q = (const unsigned char *)suf;
    for (size_t i = 0; i < slen; i++)
        if (p[i] != q[i])
            return 0;
    return 1;
}

static int is_exception(const unsigned char *s, size_t nbytes)
{
    if (nbytes > 10) /* all exceptions have at most five letters */
        return 0;
    for (size_t i = 0; i < N_EXCEPTIONS; i++)
        if (exceptions[i].len == nbytes && memcmp(s, exceptions[i].s, nbytes) == 0)
            return 1;
    return 0;
}

/* Categories of the end of the stem [0, n letters). */
static unsigned end_categories(const unsigned char *s, size_t n)
{
    unsigned c = cp_at(s + 2 * (n - 1));
    unsigned k = category(c);
    if (c == 0x44B || c == 0x456) /* ы і */
        k |= K_I;
    else if (k & K_VOW)
        k |= K_VNI;
    if (c == 0x430 || c == 0x435) /* а е */
        k |= K_AE;
    if ((c == 0x43C || c == 0x4A3) && n >= 2 && vowel_kind(cp_at(s + 2 * (n - 2))))
        k |= K_MN; /* V + м/ң: a possessive ending */
    if (c == 0x43D) /* н */
        k |= K_N;
    if (n >= 3) {
        size_t b = 2 * n;
        if (ends_with(s, b, "са", 4) || ends_with(s, b, "се", 4))
            k |= K_DS;
    }
    return k;
}

static void put_letter(unsigned char *p, unsigned c)
{
    p[0] = (unsigned char)(0xC0 | (c >> 6));
    p[1] = (unsigned char)(0x80 | (c & 0x3F));
}

/* Repairs the end of the stem s of *n letters (buffer holds *n + 1):
 * soft sign, devoicing, elided vowel.  See GUARDS above. */
static void repair(unsigned char *s, size_t *n)
{
    if (*n < 2)
        return;
    unsigned last = cp_at(s + 2 * (*n - 1));
    if (last == 0x44C || last == 0x44A) { /* ь ъ */
        (*n)--;
        if (*n < 2)
            return;
        last = cp_at(s + 2 * (*n - 1));
    }
    switch (last) {
    case 0x431: /* б -> п */
        put_letter(s + 2 * (*n - 1), 0x43F);
        last = 0x43F;
        break;
    case 0x433: /* г -> к */
        put_letter(s + 2 * (*n - 1), 0x43A);
        last = 0x43A;
        break;
    case 0x493: /* ғ -> қ */
        put_letter(s + 2 * (*n - 1), 0x49B);
        last = 0x49B;
        break;
    default:
        break;
    }
    if (*n < 3)
        return;
    unsigned before = cp_at(s + 2 * (*n - 2));
    int c2 = last == 0x43D || last == 0x437 || last == 0x49B || last == 0x43A ||
             last == 0x43F; /* н з қ к п */
    int c1 = before == 0x440 || before == 0x439 || before == 0x443 ||
             before == 0x43B; /* р й у л */
    if (c1 && c2 && stem_harmony(s, *n - 2)) {
        unsigned v = stem_harmony(s, *n - 2) == 2 ? 0x456 : 0x44B; /* і : ы */
        s[2 * *n] = s[2 * *n - 2];
        s[2 * *n + 1] = s[2 * *n - 1];
        put_letter(s + 2 * (*n - 1), v);
        (*n)++;
    }
}

/* 1 when letter c is a consonant (й and у included). */
static int is_consonant(unsigned c)
{
    return vowel_kind(c) == 0;
}

/* 1 when the stem [0, n) ends in two consonants that cannot close a Kazakh
 * verb root: anything but р л й н + т (айт, тарт) and the pairs that
 * repair() opens up again (қорқ -> қорық). */
static int bad_final_cluster(const unsigned char *s, size_t n)
{
    if (n < 2)
        return 0;
    unsigned c2 = cp_at(s + 2 * (n - 1)), c1 = cp_at(s + 2 * (n - 2));
    if (!is_consonant(c1) || !is_consonant(c2))
        return 0;
    if (c2 == 0x442 && (c1 == 0x440 || c1 == 0x43B || c1 == 0x439 || c1 == 0x43D))
        return 0; /* рт лт йт нт */
    return 1;
}

/* 1 when the stem [0, n) cannot be a consonant-final verb stem that takes
 * a vowel-initial verbal suffix (-ады, -ар, -ып, -айын ...) or loses its
 * stem vowel, because it would end in two consonants that cannot close a
 * root (ойл-ады is ойла-ды, баст-ап is баста-п), or because it has two or
 * more syllables and ends in а ә е о ө + л: such stems are the denominal
 * verbs in -ла/-ле (көтермеле-йік, not көтермел-ейік); consonant-final
 * verbs of two syllables mostly end in the passive -ыл/-іл (сатыл-ады). */
static int bad_verb_stem(const unsigned char *s, size_t n)
{
    if (bad_final_cluster(s, n))
        return 1;
    if (n >= 3 && cp_at(s + 2 * (n - 1)) == 0x43B) { /* л */
        unsigned v = cp_at(s + 2 * (n - 2));
        if ((v == 0x430 || v == 0x4D9 || v == 0x435 || v == 0x43E || v == 0x4E9) &&
            syllables(s, n) >= 2)
            return 1;
    }
    return 0;
}

/* Minimum root for a two-letter remainder s[0..2): a vowel + consonant root
 * (ел, үй, ат, ал, іш; not ау, whose у is a glide), a consonant + у/и root
 * (су, ту, ми, ти), or any consonant + vowel root (де, же) before a tense
 * suffix (not before negation: се-бе-п is себеп). */
static int root2_ok(const unsigned char *s, const class_info *ci, const suffix *sf)
{
    unsigned c1 = cp_at(s), c2 = cp_at(s + 2);
    (void)sf;
    if (vowel_kind(c1))
        return !vowel_kind(c2) && c2 != 0x443; /* у */
    if (c2 == 0x443 || c2 == 0x438) /* у и */
        return 1;
    return vowel_kind(c2) && ci->sets == V_TENSE;
}

/* Stems the Kazakh letters in s (n letters, buffer of at least 2n + 2
 * bytes); returns the new number of letters. */
static size_t stem_letters(unsigned char *s, size_t n)
{
    int verbal = V_NONE;
    int level = 10;
    repair(s, &n);
    for (int round = 0; round < 16; round++) {
        if (n < 3 || is_exception(s, 2 * n))
            break;
        size_t b = 2 * n;
        size_t count;
        const suffix *table = suffixes_ending_in(cp_at(s + b - 2), &count);
        const suffix *best = NULL;
        for (size_t i = 0; i < count; i++) {
            const suffix *sf = &table[i];
            if (sf->len >= b || !ends_with(s, b, sf->s, sf->len))
                continue;
            const class_info *ci = &classes[sf->cls];
            if (ci->lvl >= level)
                continue;
            if (verbal < ci->needs)
                continue;
            size_t rest = n - sf->len / 2;
            size_t left = rest + ((sf->flags & F_YU) ? 1 : 0);
            /* minimum root: two letters; three when the suffix is one
             * letter or a verb-internal one, unless the two letters are a
             * vowel + consonant root (ал-у, үй-і, ел-і, ал-ма-ды) */
            if (left < 2)
                continue;
            if (left == 2 && !root2_ok(s, ci, sf))
                continue;
            if (sf->cls == C_PRED && left < 3)
                continue;
            if (!(end_categories(s, rest) & sf->prev))
                continue;
            int syl = syllables(s, rest);
            if (syl < 1 || ((sf->flags & F_TWOSYL) && syl < 2))
                continue;
            if (!(sf->flags & F_NOHARM)) {
                int sh = suffix_harmony(sf), th = stem_harmony(s, rest);
                if (sh && (th == 1 || th == 2) && sh != th && !loan_stem(s, rest))
                    continue;
            }
            if ((ci->sets != V_NONE || ci->needs) &&
                vowel_kind(cp_at((const unsigned char *)sf->s)) &&
                bad_verb_stem(s, rest))
                continue;
            best = sf;
            break; /* longest first: the first that holds is the longest */
        }
        if (!best)
            break;
        n -= best->len / 2;
        if (best->flags & F_YU) {
            put_letter(s + 2 * n, 0x439); /* й */
            n++;
        }
        verbal = classes[best->cls].sets;
        level = classes[best->cls].next;
        repair(s, &n);
    }
    return n;
}

size_t stem_kk(const char *word, size_t len, char *out)
{
    const unsigned char *w = (const unsigned char *)word;
    size_t start = 0;

    if (len > STEM_KK_MAX_BYTES)
        goto copy;
    for (size_t i = 0; i < len; i++) {
        if (w[i] >= '0' && w[i] <= '9')
            goto copy;
        if (w[i] == '-')
            start = i + 1;
    }
    if (start >= len || (len - start) % 2 != 0)
        goto copy;
    for (size_t i = start; i < len; i += 2) {
        if (w[i] < 0xD0 || w[i] > 0xD3 || (w[i + 1] & 0xC0) != 0x80 ||
            !is_letter(cp_at(w + i)))
            goto copy;
    }
    memcpy(out, word, len);
    {
        size_t n = stem_letters((unsigned char *)out + start, (len - start) / 2);
        size_t outlen = start + 2 * n;
        out[outlen] = '\0';
        return outlen;
    }
copy:
    memcpy(out, word, len);
    out[len] = '\0';
    return len;
}
