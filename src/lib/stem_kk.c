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
 *                    also after the agent -шы/-ші and  басшысы, жазушысы,
 *                    the adjective -лы/-лі, which end  айбарлысы
 *                    in ы/і themselves;
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
 *   voice: passive   -ыл/-іл after a consonant         сатылып, қойылған,
 *                    (needs verbal)                    төгілген
 *
 *   Only the passive of consonant-final roots comes off: it is regular and
 *   adds no meaning of its own (сат-ыл-ды "was sold", қой-ыл-ған, тіз-іл-ген;
 *   the treebank lemma is the active root).  The -л/-н of vowel-final stems
 *   and -ын/-ін after л are kept: they are mostly the reflexive, which makes
 *   verbs with a meaning of their own (ата-н- "be called", ұста-н- "adhere
 *   to", пайдала-н- "use", бүл-ін- "spoil"; the treebank keeps атан, санал,
 *   бүлін), and they end too many roots (жалын, қорған, мақала).  The
 *   reciprocal (-ыс/-іс/-с) and causative (-дыр/-тыр/-ғыз/-т ...) voices are
 *   kept for the same reason (кеңес-, талас-, тұрғыз-).  The aorist
 *   participle -ар/-ер/-р is kept too: it is the same string as the
 *   causative -ар (шығар, қайтар) and the end of very many nouns (базар,
 *   қаңтар, and the agent nouns in -гер/-кер/-дар: мұрагер, үміткер,
 *   пірәдар), while the participle itself is rare.  Derivational suffixes
 *   (-лық, -шы, -лы; -сыз as privative is the exception: it is the same
 *   string as the predicative -сыз and cannot be told apart) are kept as
 *   well.
 *
 * GUARDS
 *
 *   minimum root   what remains must keep a vowel and at least three letters
 *                  (letters, not bytes), or two letters that make a root:
 *                  vowel + consonant (ел-і, үй-де, ал-ма-ды; not ау), or
 *                  consonant + у/и (су-ға, ти-ген), or consonant + vowel
 *                  before a tense suffix (де-ді, де-п).  -сы/-сі, the
 *                  dative -а/-е need two syllables left (басы -> бас,
 *                  not ба; баласы -> бала).  The predicative endings need three letters.
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

#include <stdint.h>
#include <string.h>

#include "util.h"

/* Every Cyrillic letter is two bytes in UTF-8, so the stemmer works on the
 * bytes directly: letter i of the stem is bytes 2i and 2i+1.  For speed the
 * facts about a letter come from one table indexed by its code point
 * (attr[]), a suffix is compared as one or two masked 8-byte words
 * (has_suffix()), and only the suffixes that end in the last letters of the
 * stem are looked at. */

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
    K_AE = 1 << 11, /* а е */
    K_DER = 1 << 12 /* -шы/-ші, -лы/-лі (agent noun, adjective "with"):
                       they take the 3rd person -сы/-сі */
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
    unsigned char s[16];  /* UTF-8, zero-padded (see has_suffix) */
} suffix;

#define S(str, cls, prev, flags) \
    { (unsigned char)(sizeof(str) - 1), cls, flags, prev, str }
/* back and front pair, same class and context */
#define S2(b, f, cls, prev) S(b, cls, prev, 0), S(f, cls, prev, 0)

/* The suffix table, one array per last letter, or per last two letters
 * where there are many (sfx_n_a: ...ан; sfx_n1: the one-letter suffixes in
 * н, tried after the longer ones).  The stemmer looks only at the arrays
 * for the end of what remains (see suffixes_ending_in()).  Each array is
 * longest first, so the first suffix whose conditions hold is the one
 * removed.  Columns: suffix, class, letters it may follow, flags. */
static const suffix sfx_r_a[] = { /* ...ар */
    S("дыңыздар", C_VPERS, K_VOW | P_SON, 0),
    S("тыңыздар", C_VPERS, K_VL, 0),
    S("ыңыздар", C_POSS, P_C, 0),
    S("асыздар", C_VPERS, P_C, 0),
    S("асыңдар", C_VPERS, P_C, 0),
    S("йсыңдар", C_VPERS, K_VOW, 0),
    S("йсыздар", C_VPERS, K_VOW, 0),
    S("ңыздар", C_POSS, K_VOW, 0),
    S("сыңдар", C_PRED, K_VNI | P_C, 0),
    S("сыздар", C_PRED, K_VNI | P_C, 0),
    S("дыңдар", C_VPERS, K_VOW | P_SON, 0),
    S("тыңдар", C_VPERS, K_VL, 0),
    S("ыңдар", C_POSS, P_C, 0),
    S("ңдар", C_POSS, K_VOW, 0),
    S("лар", C_PL, K_VOW | K_RYU, 0),
    S("дар", C_PL, K_L | K_NAS | K_ZJ, 0),
    S("тар", C_PL, K_VL, 0),
};
static const suffix sfx_r_e[] = { /* ...ер */
    S("діңіздер", C_VPERS, K_VOW | P_SON, 0),
    S("тіңіздер", C_VPERS, K_VL, 0),
    S("іңіздер", C_POSS, P_C, 0),
    S("есіздер", C_VPERS, P_C, 0),
    S("есіңдер", C_VPERS, P_C, 0),
    S("йсіңдер", C_VPERS, K_VOW, 0),
    S("йсіздер", C_VPERS, K_VOW, 0),
    S("ңіздер", C_POSS, K_VOW, 0),
    S("сіңдер", C_PRED, K_VNI | P_C, 0),
    S("сіздер", C_PRED, K_VNI | P_C, 0),
    S("діңдер", C_VPERS, K_VOW | P_SON, 0),
    S("тіңдер", C_VPERS, K_VL, 0),
    S("іңдер", C_POSS, P_C, 0),
    S("ңдер", C_POSS, K_VOW, 0),
    S("лер", C_PL, K_VOW | K_RYU, 0),
    S("дер", C_PL, K_L | K_NAS | K_ZJ, 0),
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
static const suffix sfx_z_y[] = { /* ...ыз */
    S("дыңыз", C_VPERS, K_VOW | P_SON, 0),
    S("тыңыз", C_VPERS, K_VL, 0),
    S("ымыз", C_POSS, P_C, 0),
    S("ыңыз", C_POSS, P_C, 0),
    S("амыз", C_VPERS, P_C, 0),
    S("ймыз", C_VPERS, K_VOW, 0),
    S("асыз", C_VPERS, P_C, 0),
    S("йсыз", C_VPERS, K_VOW, 0),
    S("мыз", C_POSS, K_VOW, 0),
    S("ңыз", C_POSS, K_VOW, 0),
    S("мыз", C_PRED, K_RYU | K_L | K_NAS, 0),
    S("быз", C_PRED, K_ZJ, 0),
    S("пыз", C_PRED, K_VL, 0),
    S("сыз", C_PRED, K_VNI | P_C, 0),
};
static const suffix sfx_z_i[] = { /* ...із */
    S("діңіз", C_VPERS, K_VOW | P_SON, 0),
    S("тіңіз", C_VPERS, K_VL, 0),
    S("іміз", C_POSS, P_C, 0),
    S("іңіз", C_POSS, P_C, 0),
    S("еміз", C_VPERS, P_C, 0),
    S("йміз", C_VPERS, K_VOW, 0),
    S("есіз", C_VPERS, P_C, 0),
    S("йсіз", C_VPERS, K_VOW, 0),
    S("міз", C_POSS, K_VOW, 0),
    S("ңіз", C_POSS, K_VOW, 0),
    S("міз", C_PRED, K_RYU | K_L | K_NAS, 0),
    S("біз", C_PRED, K_ZJ, 0),
    S("піз", C_PRED, K_VL, 0),
    S("сіз", C_PRED, K_VNI | P_C, 0),
};
static const suffix sfx_ng_y[] = { /* ...ың */
    S("асың", C_VPERS, P_C, 0),
    S("йсың", C_VPERS, K_VOW, 0),
    S("ның", C_CASE, K_VOW | K_NAS, 0),
    S("дың", C_ACCPAST, K_RYU | K_L | K_ZJ, 0),
    S("тың", C_ACCPAST, K_VL, 0),
    S("сың", C_PRED, K_VNI | P_C, 0),
    S("дың", C_VPERS, K_VOW | K_NAS, 0),
    S("ың", C_POSS, P_C, 0),
};
static const suffix sfx_ng_i[] = { /* ...ің */
    S("есің", C_VPERS, P_C, 0),
    S("йсің", C_VPERS, K_VOW, 0),
    S("нің", C_CASE, K_VOW | K_NAS, 0),
    S("дің", C_ACCPAST, K_RYU | K_L | K_ZJ, 0),
    S("тің", C_ACCPAST, K_VL, 0),
    S("сің", C_PRED, K_VNI | P_C, 0),
    S("дің", C_VPERS, K_VOW | K_NAS, 0),
    S("ің", C_POSS, P_C, 0),
};
static const suffix sfx_ng1[] = { /* ...ң, one letter */
    S("ң", C_POSS, K_VOW, 0),
};
static const suffix sfx_y_gh[] = { /* ...ғы */
    S("ндағы", C_ATTR, K_I, 0),
    S("дағы", C_ATTR, K_VOW | P_SON, 0),
    S("тағы", C_ATTR, K_VL, 0),
};
static const suffix sfx_y_d[] = { /* ...ды */
    S("мады", C_NEGPAST, P_ANY, 0),
    S("бады", C_NEGPAST, P_ANY, 0),
    S("пады", C_NEGPAST, P_ANY, 0),
    S("ады", C_VPERS, P_C, 0),
    S("йды", C_VPERS, K_VOW, 0),
    S("ды", C_ACCPAST, P_SON, 0),
    S("ды", C_TAM, K_VOW, 0),
};
static const suffix sfx_y_t[] = { /* ...ты */
    S("ыпты", C_TAM, P_C, 0),
    S("пты", C_TAM, K_VOW, 0),
    S("ты", C_ACCPAST, K_VL, 0),
};
static const suffix sfx_y_l[] = { /* ...лы */
    S("ғалы", C_TAM, K_VOW | P_SON, 0),
    S("қалы", C_TAM, K_VL, 0),
};
static const suffix sfx_y_sh[] = { /* ...шы */
    S("ушы", C_TAM, P_ANY, 0),
};
static const suffix sfx_y_s[] = { /* ...сы */
    S("сы", C_POSS, K_VNI | K_DER, F_TWOSYL),
};
static const suffix sfx_y_n[] = { /* ...ны */
    S("ны", C_CASE, K_VOW, 0),
};
static const suffix sfx_y1[] = { /* ...ы, one letter */
    S("ы", C_HIGHV, P_C, 0),
    S("ы", C_STEMV, P_C, 0),
};
static const suffix sfx_i_g[] = { /* ...гі */
    S("ндегі", C_ATTR, K_I, 0),
    S("дегі", C_ATTR, K_VOW | P_SON, 0),
    S("тегі", C_ATTR, K_VL, 0),
};
static const suffix sfx_i_d[] = { /* ...ді */
    S("меді", C_NEGPAST, P_ANY, 0),
    S("беді", C_NEGPAST, P_ANY, 0),
    S("педі", C_NEGPAST, P_ANY, 0),
    S("еді", C_VPERS, P_C, 0),
    S("йді", C_VPERS, K_VOW, 0),
    S("ді", C_ACCPAST, P_SON, 0),
    S("ді", C_TAM, K_VOW, 0),
};
static const suffix sfx_i_t[] = { /* ...ті */
    S("іпті", C_TAM, P_C, 0),
    S("пті", C_TAM, K_VOW, 0),
    S("ті", C_ACCPAST, K_VL, 0),
};
static const suffix sfx_i_l[] = { /* ...лі */
    S("гелі", C_TAM, K_VOW | P_SON, 0),
    S("келі", C_TAM, K_VL, 0),
};
static const suffix sfx_i_sh[] = { /* ...ші */
    S("уші", C_TAM, P_ANY, 0),
};
static const suffix sfx_i_s[] = { /* ...сі */
    S("сі", C_POSS, K_VNI | K_DER, F_TWOSYL),
};
static const suffix sfx_i_n[] = { /* ...ні */
    S("ні", C_CASE, K_VOW, 0),
};
static const suffix sfx_i1[] = { /* ...і, one letter */
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
static const suffix sfx_n_a[] = { /* ...ан */
    S("дықтан", C_CASE, K_N, 0),
    S("тықтан", C_CASE, K_N, 0),
    S("дан", C_CASE, K_VOW | K_RYU | K_L | K_ZJ, 0),
    S("нан", C_CASE, K_I | K_NAS, 0),
    S("тан", C_CASE, K_VL, 0),
    S("ған", C_TAM, K_VOW | P_SON, 0),
    S("қан", C_TAM, K_VL, 0),
};
static const suffix sfx_n_e[] = { /* ...ен */
    S("діктен", C_CASE, K_N, 0),
    S("тіктен", C_CASE, K_N, 0),
    S("менен", C_CASE, P_ANY, F_NOHARM),
    S("бенен", C_CASE, P_ANY, F_NOHARM),
    S("пенен", C_CASE, P_ANY, F_NOHARM),
    S("ден", C_CASE, K_VOW | K_RYU | K_L | K_ZJ, 0),
    S("нен", C_CASE, K_I | K_NAS, 0),
    S("тен", C_CASE, K_VL, 0),
    S("мен", C_CASE, P_ANY, F_NOHARM),
    S("бен", C_CASE, P_ANY, F_NOHARM),
    S("пен", C_CASE, P_ANY, F_NOHARM),
    S("ген", C_TAM, K_VOW | P_SON, 0),
    S("кен", C_TAM, K_VL, 0),
};
static const suffix sfx_n_y[] = { /* ...ын */
    S("ғасын", C_TAM, K_VOW | P_SON, 0),
    S("қасын", C_TAM, K_VL, 0),
    S("айын", C_VPERS, P_C, 0),
    S("амын", C_VPERS, P_C, 0),
    S("ймын", C_VPERS, K_VOW, 0),
    S("атын", C_TAM, P_C, 0),
    S("йтын", C_TAM, K_VOW, 0),
    S("мын", C_PRED, K_VOW | K_RYU | K_L | K_NAS, 0),
    S("бын", C_PRED, K_ZJ, 0),
    S("пын", C_PRED, K_VL, 0),
    S("сын", C_VPERS, K_VNI | P_C, 0),
    S("йын", C_VPERS, K_VOW, 0),
};
static const suffix sfx_n_i[] = { /* ...ін */
    S("гесін", C_TAM, K_VOW | P_SON, 0),
    S("кесін", C_TAM, K_VL, 0),
    S("ейін", C_VPERS, P_C, 0),
    S("емін", C_VPERS, P_C, 0),
    S("ймін", C_VPERS, K_VOW, 0),
    S("етін", C_TAM, P_C, 0),
    S("йтін", C_TAM, K_VOW, 0),
    S("мін", C_PRED, K_VOW | K_RYU | K_L | K_NAS, 0),
    S("бін", C_PRED, K_ZJ, 0),
    S("пін", C_PRED, K_VL, 0),
    S("сін", C_VPERS, K_VNI | P_C, 0),
    S("йін", C_VPERS, K_VOW, 0),
};
static const suffix sfx_n1[] = { /* ...н, one letter */
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

/* Letter attributes, indexed by code point - 0x400 (every Kazakh letter is
 * in U+0400..U+04FF, so the index is one byte): the category bits K_VOW ..
 * K_VL, the vowel kind (1 back, 2 front, 3 neutral: loanwords), whether it
 * is a letter at all and whether only loans have it (в ф х ц ч щ ъ ь). */
enum {
    A_KIND = 6,        /* bits 6-7: vowel kind */
    A_LETTER = 1 << 8,
    A_LOAN = 1 << 9
};

#define AV(kind) (K_VOW | ((kind) << A_KIND) | A_LETTER)
#define AC(cat) ((cat) | A_LETTER)
#define AL (K_VL | A_LETTER | A_LOAN)

static const unsigned short attr[256] = {
    [0x30] = AV(1),     /* а */
    [0x31] = AC(K_VL),  /* б */
    [0x32] = AL,        /* в */
    [0x33] = AC(K_VL),  /* г */
    [0x34] = AC(K_VL),  /* д */
    [0x35] = AV(2),     /* е */
    [0x36] = AC(K_ZJ),  /* ж */
    [0x37] = AC(K_ZJ),  /* з */
    [0x38] = AV(3),     /* и */
    [0x39] = AC(K_RYU), /* й */
    [0x3A] = AC(K_VL),  /* к */
    [0x3B] = AC(K_L),   /* л */
    [0x3C] = AC(K_NAS), /* м */
    [0x3D] = AC(K_NAS), /* н */
    [0x3E] = AV(1),     /* о */
    [0x3F] = AC(K_VL),  /* п */
    [0x40] = AC(K_RYU), /* р */
    [0x41] = AC(K_VL),  /* с */
    [0x42] = AC(K_VL),  /* т */
    [0x43] = AC(K_RYU), /* у */
    [0x44] = AL,        /* ф */
    [0x45] = AL,        /* х */
    [0x46] = AL,        /* ц */
    [0x47] = AL,        /* ч */
    [0x48] = AC(K_VL),  /* ш */
    [0x49] = AL,        /* щ */
    [0x4A] = AL,        /* ъ */
    [0x4B] = AV(1),     /* ы */
    [0x4C] = AL,        /* ь */
    [0x4D] = AV(3),     /* э */
    [0x4E] = AV(3),     /* ю */
    [0x4F] = AV(3),     /* я */
    [0x51] = AV(3),     /* ё */
    [0x56] = AV(2),     /* і */
    [0x93] = AC(K_VL),  /* ғ */
    [0x9B] = AC(K_VL),  /* қ */
    [0xA3] = AC(K_NAS), /* ң */
    [0xAF] = AV(2),     /* ү */
    [0xB1] = AV(1),     /* ұ */
    [0xBB] = AC(K_VL),  /* һ */
    [0xD9] = AV(2),     /* ә */
    [0xE9] = AV(2),     /* ө */
};

/* Letter codes (code point - 0x400) used by the rules. */
enum {
    L_A = 0x30, L_B = 0x31, L_G = 0x33, L_D = 0x34, L_E = 0x35, L_Z = 0x37,
    L_II = 0x38, L_J = 0x39, L_K = 0x3A, L_L = 0x3B, L_M = 0x3C, L_N = 0x3D,
    L_O = 0x3E, L_P = 0x3F, L_R = 0x40, L_S = 0x41, L_T = 0x42, L_U = 0x43,
    L_SH = 0x48, L_HARD = 0x4A, L_Y = 0x4B, L_SOFT = 0x4C, L_I = 0x56,
    L_GH = 0x93, L_Q = 0x9B, L_NG = 0xA3, L_AE = 0xD9, L_OE = 0xE9
};

/* Letter code of the two-byte letter at p. */
static inline unsigned lc(const unsigned char *p)
{
    return ((unsigned)(p[0] & 3) << 6) | (unsigned)(p[1] & 0x3F);
}

static inline int kind_of(unsigned l)
{
    return (attr[l] >> A_KIND) & 3;
}

static void put_letter(unsigned char *p, unsigned l)
{
    unsigned c = 0x400 + l;
    p[0] = (unsigned char)(0xC0 | (c >> 6));
    p[1] = (unsigned char)(0x80 | (c & 0x3F));
}

/* Up to 128 letters, plus room for a repaired vowel. */
#define MAX_LETTERS (STEM_KK_MAX_BYTES / 2 + 2)

/* 1 when letter i of s makes a syllable: a vowel, or у after a consonant
 * (after a vowel it is the glide of ау, еу). */
static int syllabic(const unsigned char *s, size_t i)
{
    unsigned l = lc(s + 2 * i);
    if (kind_of(l))
        return 1;
    return l == L_U && i > 0 && !syllabic(s, i - 1);
}

/* Syllables in letters [0, n), counted up to 2 (the guards need no more);
 * counted from the end, where the decision is. */
static int syllables2(const unsigned char *s, size_t n)
{
    int v = 0;
    while (n > 0 && v < 2)
        v += syllabic(s, --n);
    return v;
}

/* Harmony of the stem [0, n): kind of its last vowel (0 when none). */
static int stem_harmony(const unsigned char *s, size_t n)
{
    while (n > 0) {
        int k = kind_of(lc(s + 2 * --n));
        if (k)
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
    unsigned seen = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned a = attr[lc(s + 2 * i)];
        unsigned k = (a >> A_KIND) & 3;
        if (k == 3 || (a & A_LOAN))
            return 1;
        seen |= k;
    }
    if (seen == 3)
        return 1;
    return n >= 2 && !kind_of(lc(s)) && !kind_of(lc(s + 2));
}

/* Harmony of the suffix (1 back, 2 front, 0 none) from its vowels. */
static int suffix_harmony(const suffix *sf)
{
    for (size_t i = 0; i + 1 < sf->len; i += 2) {
        int k = kind_of(lc(sf->s + i));
        if (k == 1 || k == 2)
            return k;
    }
    return 0;
}

/* 0xFF in the first k bytes of the 8 loaded from ones + 16 - k (k <= 8). */
static const unsigned char ones[24] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

static inline uint64_t load8(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* 1 when the stem of b bytes (b > sf->len; readable for 16 bytes past its
 * end) ends in the suffix: one or two masked 8-byte comparisons, the
 * suffix being stored zero-padded to 16 bytes. */
static inline int has_suffix(const unsigned char *s, size_t b, const suffix *sf)
{
    size_t len = sf->len;
    const unsigned char *p = s + b - len;
    size_t k = len < 8 ? len : 8;
    if ((load8(p) & load8(ones + 16 - k)) != load8(sf->s))
        return 0;
    if (len <= 8)
        return 1;
    return (load8(p + 8) & load8(ones + 24 - len)) == load8(sf->s + 8);
}

static int is_exception(const unsigned char *s, size_t n)
{
    /* all exceptions have two to five letters and end in н, з or м */
    if (n > 5)
        return 0;
    unsigned last = lc(s + 2 * n - 2);
    if (last != L_N && last != L_Z && last != L_M)
        return 0;
    for (size_t i = 0; i < N_EXCEPTIONS; i++)
        if (exceptions[i].len == 2 * n && memcmp(s, exceptions[i].s, 2 * n) == 0)
            return 1;
    return 0;
}

/* Categories of the end of the stem [0, n letters). */
static unsigned end_categories(const unsigned char *s, size_t n)
{
    unsigned c = lc(s + 2 * (n - 1));
    unsigned k = attr[c] & P_ANY;
    unsigned before = n >= 2 ? lc(s + 2 * (n - 2)) : 0;
    if (c == L_Y || c == L_I) {
        k |= K_I;
        if (n >= 3 && (before == L_SH || before == L_L))
            k |= K_DER;
    } else if (k & K_VOW) {
        k |= K_VNI;
    }
    if (c == L_A || c == L_E) {
        k |= K_AE;
        if (n >= 3 && before == L_S)
            k |= K_DS;
    }
    if ((c == L_M || c == L_NG) && n >= 2 && kind_of(before))
        k |= K_MN; /* V + м/ң: a possessive ending */
    if (c == L_N)
        k |= K_N;
    return k;
}

/* Repairs the end of the stem of *n letters (buffer holds *n + 1):
 * soft sign, devoicing, elided vowel.  See GUARDS above. */
static void repair(unsigned char *s, size_t *n)
{
    if (*n < 2)
        return;
    unsigned last = lc(s + 2 * (*n - 1));
    if (last == L_SOFT || last == L_HARD) {
        (*n)--;
        if (*n < 2)
            return;
        last = lc(s + 2 * (*n - 1));
    }
    switch (last) {
    case L_B:
        last = L_P;
        put_letter(s + 2 * (*n - 1), last);
        break;
    case L_G:
        last = L_K;
        put_letter(s + 2 * (*n - 1), last);
        break;
    case L_GH:
        last = L_Q;
        put_letter(s + 2 * (*n - 1), last);
        break;
    default:
        break;
    }
    if (*n < 3)
        return;
    unsigned before = lc(s + 2 * (*n - 2));
    int c2 = last == L_N || last == L_Z || last == L_Q || last == L_K || last == L_P;
    int c1 = before == L_R || before == L_J || before == L_U || before == L_L;
    int h = stem_harmony(s, *n - 2);
    if (c1 && c2 && h) {
        s[2 * *n] = s[2 * *n - 2];
        s[2 * *n + 1] = s[2 * *n - 1];
        put_letter(s + 2 * (*n - 1), h == 2 ? L_I : L_Y);
        (*n)++;
    }
}

/* 1 when the stem [0, n) ends in two consonants that cannot close a Kazakh
 * verb root: anything but р л й н + т (айт, тарт) and the pairs that
 * repair() opens up again (қорқ -> қорық). */
static int bad_final_cluster(const unsigned char *s, size_t n)
{
    if (n < 2)
        return 0;
    unsigned c2 = lc(s + 2 * (n - 1)), c1 = lc(s + 2 * (n - 2));
    if (kind_of(c1) || kind_of(c2))
        return 0;
    if (c2 == L_T && (c1 == L_R || c1 == L_L || c1 == L_J || c1 == L_N))
        return 0; /* рт лт йт нт */
    return 1;
}

/* 1 when the stem [0, n) cannot be a consonant-final verb stem that takes
 * a vowel-initial verbal suffix (-ады, -ып, -айын ...) or loses its
 * stem vowel, because it would end in two consonants that cannot close a
 * root (ойл-ады is ойла-ды, баст-ап is баста-п), or because it has two or
 * more syllables and ends in а ә е о ө + л: such stems are the denominal
 * verbs in -ла/-ле (көтермеле-йік, not көтермел-ейік); consonant-final
 * verbs of two syllables mostly end in the passive -ыл/-іл (сатыл-ады). */
static int bad_verb_stem(const unsigned char *s, size_t n)
{
    if (bad_final_cluster(s, n))
        return 1;
    if (n >= 3 && lc(s + 2 * (n - 1)) == L_L) {
        unsigned v = lc(s + 2 * (n - 2));
        if ((v == L_A || v == L_AE || v == L_E || v == L_O || v == L_OE) &&
            syllables2(s, n) >= 2)
            return 1;
    }
    return 0;
}

/* Minimum root for a two-letter remainder s[0..2): a vowel + consonant root
 * (ел, үй, ат, ал, іш; not ау, whose у is a glide), a consonant + у/и root
 * (су, ту, ми, ти), or any consonant + vowel root (де, же) before a tense
 * suffix (not before negation: се-бе-п is себеп). */
static int root2_ok(const unsigned char *s, const class_info *ci)
{
    unsigned c1 = lc(s), c2 = lc(s + 2);
    if (kind_of(c1))
        return !kind_of(c2) && c2 != L_U;
    if (c2 == L_U || c2 == L_II)
        return 1;
    return kind_of(c2) && ci->sets == V_TENSE;
}

#define GROUP(arr) do { *count = sizeof arr / sizeof arr[0]; return arr; } while (0)

/* The suffixes that end in the letters pen + last (longest first), or NULL;
 * the one-letter suffixes in last go to *tail, tried when none of the
 * longer ones comes off. */
static const suffix *suffixes_ending_in(unsigned last, unsigned pen, size_t *count,
                                        const suffix **tail, size_t *tcount)
{
    *tail = NULL;
    *tcount = 0;
    switch (last) {
    case L_R:
        if (pen == L_A) GROUP(sfx_r_a);
        if (pen == L_E) GROUP(sfx_r_e);
        break;
    case L_Z:
        if (pen == L_Y) GROUP(sfx_z_y);
        if (pen == L_I) GROUP(sfx_z_i);
        break;
    case L_NG:
        *tail = sfx_ng1;
        *tcount = sizeof sfx_ng1 / sizeof sfx_ng1[0];
        if (pen == L_Y) GROUP(sfx_ng_y);
        if (pen == L_I) GROUP(sfx_ng_i);
        break;
    case L_N:
        *tail = sfx_n1;
        *tcount = sizeof sfx_n1 / sizeof sfx_n1[0];
        switch (pen) {
        case L_A: GROUP(sfx_n_a);
        case L_E: GROUP(sfx_n_e);
        case L_Y: GROUP(sfx_n_y);
        case L_I: GROUP(sfx_n_i);
        default: break;
        }
        break;
    case L_Y:
        *tail = sfx_y1;
        *tcount = sizeof sfx_y1 / sizeof sfx_y1[0];
        switch (pen) {
        case L_GH: GROUP(sfx_y_gh);
        case L_D: GROUP(sfx_y_d);
        case L_T: GROUP(sfx_y_t);
        case L_L: GROUP(sfx_y_l);
        case L_SH: GROUP(sfx_y_sh);
        case L_S: GROUP(sfx_y_s);
        case L_N: GROUP(sfx_y_n);
        default: break;
        }
        break;
    case L_I:
        *tail = sfx_i1;
        *tcount = sizeof sfx_i1 / sizeof sfx_i1[0];
        switch (pen) {
        case L_G: GROUP(sfx_i_g);
        case L_D: GROUP(sfx_i_d);
        case L_T: GROUP(sfx_i_t);
        case L_L: GROUP(sfx_i_l);
        case L_SH: GROUP(sfx_i_sh);
        case L_S: GROUP(sfx_i_s);
        case L_N: GROUP(sfx_i_n);
        default: break;
        }
        break;
    case L_M: GROUP(sfx_m);
    case L_A: GROUP(sfx_a);
    case L_E: GROUP(sfx_e);
    case L_J: GROUP(sfx_j);
    case L_Q: GROUP(sfx_q);
    case L_K: GROUP(sfx_k);
    case L_S: GROUP(sfx_s);
    case L_P: GROUP(sfx_p);
    case L_U: GROUP(sfx_u);
    case 0x4E: GROUP(sfx_ju); /* ю */
    case L_II: GROUP(sfx_ii);
    case L_L: GROUP(sfx_l);
    default: break;
    }
    *count = 0;
    return NULL;
}

/* Stems the n letters at st->s (the buffer holds room for one more letter
 * and 16 readable bytes after it); returns the new number of letters. */
static size_t stem_letters(unsigned char *s, size_t n)
{
    int verbal = V_NONE;
    int level = 10;
    repair(s, &n);
    for (int round = 0; round < 16; round++) {
        if (n < 3 || is_exception(s, n))
            break;
        size_t b = 2 * n;
        size_t count, tcount;
        const suffix *tail;
        const suffix *table = suffixes_ending_in(lc(s + b - 2), lc(s + b - 4),
                                                 &count, &tail, &tcount);
        const suffix *best = NULL;
        for (size_t i = 0; i < count + tcount; i++) {
            const suffix *sf = i < count ? &table[i] : &tail[i - count];
            if (sf->len >= b || !has_suffix(s, b, sf))
                continue;
            const class_info *ci = &classes[sf->cls];
            if (ci->lvl >= level || verbal < ci->needs)
                continue;
            size_t rest = n - sf->len / 2;
            size_t left = rest + ((sf->flags & F_YU) ? 1 : 0);
            /* minimum root: two letters that make a root (see GUARDS) */
            if (left < 2)
                continue;
            if (left == 2 && !root2_ok(s, ci))
                continue;
            if (sf->cls == C_PRED && left < 3)
                continue;
            if (!(end_categories(s, rest) & sf->prev))
                continue;
            int syl = syllables2(s, rest);
            if (syl < 1 || ((sf->flags & F_TWOSYL) && syl < 2))
                continue;
            if (!(sf->flags & F_NOHARM)) {
                int sh = suffix_harmony(sf), th = stem_harmony(s, rest);
                if (sh && (th == 1 || th == 2) && sh != th && !loan_stem(s, rest))
                    continue;
            }
            if ((ci->sets != V_NONE || ci->needs) && kind_of(lc(sf->s)) &&
                bad_verb_stem(s, rest))
                continue;
            best = sf;
            break; /* longest first: the first that holds is the longest */
        }
        if (!best)
            break;
        n -= best->len / 2;
        if (best->flags & F_YU) {
            put_letter(s + 2 * n, L_J);
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

    if (len > STEM_KK_MAX_BYTES || len == 0)
        goto copy;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = w[i];
        if (c < 0x80) {
            if (c == '-')
                start = i + 1;
            else if (c >= '0' && c <= '9')
                goto copy;
        }
    }
    if (start >= len || (len - start) % 2 != 0)
        goto copy;
    for (size_t i = start; i < len; i += 2) {
        if ((w[i] & 0xFC) != 0xD0 || (w[i + 1] & 0xC0) != 0x80 ||
            !(attr[lc(w + i)] & A_LETTER))
            goto copy;
    }
    {
        /* the stem, with room for a repaired vowel and 16 bytes that
         * has_suffix() may read past its end (the stem never grows by more
         * than one letter, so 18 zero bytes after it are enough) */
        unsigned char buf[2 * MAX_LETTERS + 16];
        size_t m = len - start;
        memcpy(buf, w + start, m);
        memset(buf + m, 0, 18);
        size_t n = stem_letters(buf, m / 2);
        memcpy(out, word, start);
        memcpy(out + start, buf, 2 * n);
        out[start + 2 * n] = '\0';
        return start + 2 * n;
    }
copy:
    memcpy(out, word, len);
    out[len] = '\0';
    return len;
}

/* Does r[0..n) start with the negation morpheme -ма/-ме/-ба/-бе/-па/-пе and
 * an ending that follows it in a verb: -й (-майды, -май, -майтын, not the
 * -йы of тұрпайы), -д (-мады), -с at the end or before -а/-е/-п/-т (-мас,
 * -маса, -мастан; not the noun жазба with its possessive -сы), -у (-мау),
 * -ған/-ген (-маған; not тамағы)? Not -н: -мен/-бен/-пен is the
 * instrumental case (ықыласпен). */
static int negation_morpheme(const char *r, size_t n)
{
    static const char *const morpheme[] = {"ма", "ме", "ба", "бе", "па",
                                           "пе"};
    static const char *const after_y[] = {"д", "т", "м", "с", "қ", "к"};
    static const char *const ending[] = {"д", "са", "се", "сп", "ст", "у",
                                         "ға", "ге"};
    for (size_t i = 0; i < sizeof morpheme / sizeof *morpheme; i++) {
        if (!has_prefix(r, n, morpheme[i]))
            continue;
        const char *e = r + 4;
        size_t en = n - 4;
        if (has_prefix(e, en, "й")) {
            if (en == 2)
                return 1;
            for (size_t k = 0; k < sizeof after_y / sizeof *after_y; k++)
                if (has_prefix(e + 2, en - 2, after_y[k]))
                    return 1;
            return 0;
        }
        if (en == 2 && has_prefix(e, en, "с"))
            return 1;
        for (size_t k = 0; k < sizeof ending / sizeof *ending; k++)
            if (has_prefix(e, en, ending[k]))
                return 1;
        return 0;
    }
    return 0;
}

/* Is r[0..n) the conditional -са/-се with at most a person ending
 * (шеш|се, бол|сақ, біл|сеңіз)? */
static int conditional_ending(const char *r, size_t n)
{
    static const char *const person[] = {"", "м", "ң", "қ", "к", "ңыз",
                                         "ңіз", "ңдар", "ңдер", "ңыздар",
                                         "ңіздер"};
    if (!has_prefix(r, n, "са") && !has_prefix(r, n, "се"))
        return 0;
    for (size_t i = 0; i < sizeof person / sizeof *person; i++)
        if (strlen(person[i]) == n - 4 &&
            memcmp(r + 4, person[i], n - 4) == 0)
            return 1;
    return 0;
}

/* What follows the stem, in order: a passive or reflexive suffix the
 * stemmer left on the word (шеш|іл|меген, ойластыр|ыл|маған), negation,
 * the conditional. */
unsigned stem_kk_verb_marks(const char *stem, size_t slen, const char *folded,
                            size_t flen)
{
    static const char *const voice[] = {"ыл", "іл", "л", "ын", "ін", "н"};
    if (flen < slen || memcmp(folded, stem, slen) != 0)
        return 0;
    const char *r = folded + slen;
    size_t n = flen - slen;
    for (size_t i = 0; i < sizeof voice / sizeof *voice; i++) {
        size_t k = strlen(voice[i]);
        if (has_prefix(r, n, voice[i]) &&
            (negation_morpheme(r + k, n - k) ||
             conditional_ending(r + k, n - k))) {
            r += k;
            n -= k;
            break;
        }
    }
    unsigned marks = 0;
    if (negation_morpheme(r, n)) {
        marks |= KK_NEGATED;
        r += 4;     /* ма, ме, ба, бе, па, пе: two letters, four bytes */
        n -= 4;
    }
    if (conditional_ending(r, n))
        marks |= KK_CONDITIONAL;
    return marks;
}
