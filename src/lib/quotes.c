#include "quotes.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "stance.h"
#include "util.h"

/* Speech verbs as they stand in commentary, folded; markers are the
 * second word of "по словам X" / "по мнению X" and the Kazakh postposed
 * "X-тың айтуынша / пікірінше / сөзінше". */
static const char *const speech_verbs[] = {
    "сказал", "сказала", "сказали", "заявил", "заявила", "заявили",
    "заявляет", "отметил", "отметила", "отметили", "отмечает", "подчеркнул",
    "подчеркнула", "подчеркивает", "пояснил", "пояснила", "поясняет",
    "добавил", "добавила", "уточнил", "уточнила", "сообщил", "сообщила",
    "рассказал", "рассказала", "напомнил", "напомнила", "признал", "признала",
    "считает", "полагает", "уверен", "уверена", "убежден", "убеждена",
    "резюмировал", "резюмировала", "констатировал", "указал", "указала",
    "ответил", "ответила", "заметил", "заметила", "говорит", NULL};
static const char *const speech_final[] = {
    "деді", "мәлімдеді", "айтты", "атап", "түсіндірді", "жеткізді",
    "хабарлады", "санайды", "ескертті", "пайымдайды", "мәлімдейді",
    "түйіндеді", NULL};
/* Words next to a speech verb that are never its speaker. */
static const char *const not_speakers[] = {
    "өтті", "де", "деп", "сондай-ақ", "бірақ", "алайда", "дегенмен",
    "также", "однако", "но", "и", "а", "при", "этом", "это", "кроме",
    "тоже", "же", "как", "так", "бұл", "осы", "сол", "мұны", "соны", NULL};
/* Pieces of a surname (Сапаров, Тұрсынбаеваның, Әлиұлы, Жаркенов): a lone
 * capital that opens a sentence is a speaker only if it looks like one. */
static const char *const surname_parts[] = {
    "ов", "ев", "ёв", "ин", "ұлы", "қызы", "ский", "ская", "енко", NULL};
static const char *const speech_markers[] = {
    "словам", "мнению", "айтуынша", "пікірінше", "сөзінше", NULL};
/* Speakers that stand for a person named earlier: pronouns and, as word
 * beginnings (эксперта, сарапшының), the roles commentary quotes. */
static const char *const pronouns[] = {"он", "она", "они", "ол", "олар",
                                       "оның", "олардың", NULL};
static const char *const roles[] = {
    "эксперт", "политолог", "социолог", "аналитик", "экономист", "юрист",
    "собеседни", "спикер", "сарапшы", "саясаттанушы", "әлеуметтанушы",
    "заңгер", "маман", NULL};

static int listed(const char *const *list, const char *w, size_t n)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

/* Does w[0..n) start with one of list's words (эксперта, басшысы)? */
static int listed_prefix(const char *const *list, const char *w, size_t n)
{
    for (size_t i = 0; list[i]; i++)
        if (has_prefix(w, n, list[i]))
            return 1;
    return 0;
}

int quotes_speech_word(const char *folded, size_t len)
{
    if (listed(speech_verbs, folded, len))
        return SPEECH_VERB;
    if (listed(speech_final, folded, len))
        return SPEECH_FINAL;
    if (listed(speech_markers, folded, len))
        return SPEECH_MARKER;
    return SPEECH_NONE;
}

int quotes_init(quote_state *q, size_t n_themes)
{
    memset(q, 0, sizeof *q);
    q->n_themes = n_themes;
    q->seen = calloc(n_themes + 1, 1);
    return q->seen ? 0 : -1;
}

void quotes_free(quote_state *q)
{
    free(q->marks);
    free(q->dashes);
    free(q->quotes);
    free(q->theme_ids);
    free(q->theme_first);
    free(q->seen);
    memset(q, 0, sizeof *q);
}

/* Context for one document. */
typedef struct {
    const char *text;
    size_t len;
    const seg_token *tok;
    size_t n_tok;
    const unsigned char *speech;
} doc;

/* Is there punctuation or a line break between tokens a < b? */
static int breaks(const doc *d, size_t a, size_t b)
{
    for (size_t i = d->tok[a].end; i < d->tok[b].start; i++) {
        unsigned char c = (unsigned char)d->text[i];
        if (c == ',' || c == '.' || c == ':' || c == ';' || c == '!' ||
            c == '?' || c == '\n' || c == 0xE2 /* dashes, quotes */ ||
            c == 0xC2 /* « » */ || c == '"')
            return 1;
    }
    return 0;
}

/* Does token t open a sentence (so its capital says nothing)? */
static int sentence_initial(const doc *d, size_t t)
{
    for (size_t i = d->tok[t].start; i > 0; i--) {
        unsigned char c = (unsigned char)d->text[i - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c >= 0x80 || c == '"' ||
            c == '-' || c == '(')
            continue;   /* spaces, quotes and dashes before it */
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
    }
    return 1;
}

/* Writes text[s, e) lowercased into low[LOWER_CAP] (Cyrillic and ASCII,
 * enough to compare with the word lists); its length, or -1 when it is not
 * valid UTF-8 or too long. */
enum { LOWER_CAP = 64 };
static int lower_word(const char *text, size_t s, size_t e, char *low)
{
    size_t o = 0;
    for (int32_t i = (int32_t)s; i < (int32_t)e;) {
        UChar32 c;
        U8_NEXT(text, i, (int32_t)e, c);
        if (c < 0 || o + U8_MAX_LENGTH >= LOWER_CAP)
            return -1;
        c = u_tolower(c);
        U8_APPEND_UNSAFE(low, o, c);
    }
    return (int)o;
}

/* Could token t name or describe a speaker at all? */
static int speaker_word(const doc *d, size_t t)
{
    char low[LOWER_CAP];
    if (d->speech[t])
        return 0;
    int n = lower_word(d->text, d->tok[t].start, d->tok[t].end, low);
    return n < 0 || !listed(not_speakers, low, (size_t)n);
}

/* Is token t the head of a post in Kazakh (басшысы, төрағасы, өкілі,
 * орынбасары, директоры), which names the speaker of a final verb? */
static int role_head(const doc *d, size_t t)
{
    static const char *const heads[] = {
        "басшы", "төраға", "өкіл", "орынбасар", "директор", "хатшы",
        "бастығ", "меңгеруші", "министр", "депутат", NULL};
    char low[LOWER_CAP];
    int n = lower_word(d->text, d->tok[t].start, d->tok[t].end, low);
    return n > 0 && listed_prefix(heads, low, (size_t)n);
}

static int surname_like(const doc *d, size_t t)
{
    const char *w = d->text + d->tok[t].start;
    size_t n = d->tok[t].end - d->tok[t].start;
    for (size_t i = 0; surname_parts[i]; i++) {
        size_t k = strlen(surname_parts[i]);
        for (size_t j = 0; j + k <= n; j++)
            if (memcmp(w + j, surname_parts[i], k) == 0)
                return 1;
    }
    return 0;
}

static int capitalised(const doc *d, size_t t)
{
    int32_t i = (int32_t)d->tok[t].start;
    UChar32 c;
    U8_NEXT(d->text, i, (int32_t)d->len, c);
    return c >= 0 && u_isupper(c) && speaker_word(d, t);
}

/* The first token starting at or after byte off. */
static size_t token_at(const doc *d, size_t off)
{
    size_t lo = 0, hi = d->n_tok;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->tok[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is token t a Russian preposition (при Генпрокуратуре: what follows it
 * is an institution or a place, not the speaker's name)? */
static int preposition(const doc *d, size_t t)
{
    static const char *const list[] = {
        "при", "в", "во", "на", "из", "от", "у", "для", "с", "со", "к", "по",
        "о", "об", "до", "за", "под", "над", "без", NULL};
    return listed(list, d->text + d->tok[t].start,
                  d->tok[t].end - d->tok[t].start);
}

/* A name: up to three capitalised tokens with nothing but spaces between
 * them, from t onwards (or, backward, ending at t); returns how many, or 0.
 * A capital at the start of a sentence counts only in a run of two, as a
 * surname, or right before a verb v that is not a Kazakh final verb. */
static int name_run(const doc *d, size_t t, int backward, size_t v,
                    size_t *start, size_t *end)
{
    if (!capitalised(d, t))
        return 0;
    int final = d->speech[v] == SPEECH_FINAL;
    size_t a = t, b = t;
    if (backward)
        while (a > 0 && t - a < 2 && capitalised(d, a - 1) &&
               !breaks(d, a - 1, a) &&
               !(a > 1 && preposition(d, a - 2) && !breaks(d, a - 2, a - 1)))
            a--;
    else
        while (b + 1 < d->n_tok && b - t < 2 && capitalised(d, b + 1) &&
               !breaks(d, b, b + 1))
            b++;
    /* a lone capital that opens the sentence: a surname, or the word right
     * before a Russian verb (Эксперт отметил); not Басқарма ... хабарлады */
    if (a == b && sentence_initial(d, a) && !surname_like(d, a) &&
        (final || a + 1 != v))
        return 0;
    *start = d->tok[a].start;
    *end = d->tok[b].end;
    return (int)(b - a + 1);
}

/* The speaker of speech word v, within tokens [lo, hi): a name after it
 * (заявил Сапаров, деді Сапаров, по словам Сапарова) or before it (Сапаров
 * заявил, Сапаровтың айтуынша); else the role words next to it (считает
 * социолог, эксперт отметил). Nothing across punctuation. */
static int speaker_near(const doc *d, size_t v, size_t lo, size_t hi,
                        size_t *start, size_t *end)
{
    int marker = d->speech[v] == SPEECH_MARKER;
    /* Kazakh markers follow the name; Russian по словам precedes it */
    int postposed = marker && d->tok[v].end - d->tok[v].start > 12;
    size_t after_end = v + 1, before_start = v;
    while (after_end < hi && after_end <= v + 8 &&
           !breaks(d, after_end - 1, after_end))
        after_end++;
    while (before_start > lo && v - before_start < 3 &&
           !breaks(d, before_start - 1, before_start))
        before_start--;
    /* after it, a first name and surname win over a lone capital before
     * them: заявил профессор Евразийского университета Бахыт Нурланов */
    if (!postposed) {
        size_t lone_start = 0, lone_end = 0;
        for (size_t t = v + 1; t < after_end; t++) {
            int words = name_run(d, t, 0, v, start, end);
            if (words >= 2)
                return 1;
            if (words == 1 && !lone_end) {
                lone_start = *start;
                lone_end = *end;
            }
        }
        if (lone_end) {
            *start = lone_start;
            *end = lone_end;
            return 1;
        }
    }
    if (!(marker && !postposed))
        for (size_t t = v; t > before_start; t--)
            if (name_run(d, t - 1, 1, v, start, end))
                return 1;
    /* a Kazakh verb's subject opens its clause: Тұрсынбаева ... атап өтті */
    if (d->speech[v] == SPEECH_FINAL) {
        size_t c = v;
        while (c > lo && !breaks(d, c - 1, c))
            c--;
        if (c < v && name_run(d, c, 0, v, start, end))
            return 1;
        /* or a post: Басқарма басшысы ... хабарлады, облыс әкімінің
         * орынбасары ... атап өтті */
        for (size_t t = c; t < v && t < c + 3; t++)
            if (role_head(d, t)) {
                *start = d->tok[c].start;
                *end = d->tok[t].end;
                return 1;
            }
    }
    while (after_end > v + 1 && !speaker_word(d, v + 1))
        after_end = v + 1;      /* атап өтті: no role after it */
    if (!postposed && after_end > v + 1) {  /* the role after it */
        size_t b = after_end - 1 < v + 2 ? after_end - 1 : v + 2;
        *start = d->tok[v + 1].start;
        *end = d->tok[b].end;
        return 1;
    }
    /* ... or before (not before a Kazakh final verb: what stands there is
     * what was said, "...сыйға тартатынын хабарлады") */
    if (!(marker && !postposed) && d->speech[v] != SPEECH_FINAL &&
        before_start < v && speaker_word(d, v - 1)) {
        size_t a = v - 1 > before_start && speaker_word(d, v - 2) ? v - 2
                                                                  : v - 1;
        *start = d->tok[a].start;
        *end = d->tok[v - 1].end;
        return 1;
    }
    return 0;
}

/* Opening quotation marks and their closing partners. */
static size_t open_mark(const char *s, size_t i, size_t len,
                        const char **close)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (u[0] == 0xC2 && i + 1 < len && u[1] == 0xAB) {
        *close = "\xC2\xBB";    /* « » */
        return 2;
    }
    if (u[0] == 0xE2 && i + 2 < len && u[1] == 0x80 &&
        (u[2] == 0x9E || u[2] == 0x9C)) {
        *close = u[2] == 0x9E ? "\xE2\x80\x9C" : "\xE2\x80\x9D";
        return 3;               /* „ “  and  “ ” */
    }
    if (u[0] == '"') {
        *close = "\"";
        return 1;
    }
    return 0;
}

/* Where the quote opened at i closes, or (size_t)-1; nested « » pairs are
 * skipped, and a blank line ends the search. */
static size_t close_mark(const char *s, size_t i, size_t len,
                         const char *close)
{
    size_t cl = strlen(close);
    int depth = 0;
    for (size_t k = i; k + cl <= len; k++) {
        if (s[k] == '\n' && k + 1 < len && s[k + 1] == '\n')
            return (size_t)-1;
        if (cl == 2 && (unsigned char)s[k] == 0xC2 &&
            (unsigned char)s[k + 1] == 0xAB)
            depth++;
        if (memcmp(s + k, close, cl) == 0) {
            if (depth == 0)
                return k;
            depth--;
        }
    }
    return (size_t)-1;
}

/* Is text[i] the start of a dash (— or –)? */
static int dash_at(const char *text, size_t len, size_t i)
{
    return i + 2 < len && (unsigned char)text[i] == 0xE2 &&
           (unsigned char)text[i + 1] == 0x80 &&
           ((unsigned char)text[i + 2] == 0x94 ||
            (unsigned char)text[i + 2] == 0x93);
}

int quotes_marks(quote_state *q, const char *text, size_t len)
{
    q->n_marks = q->n_dashes = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        if (c != '"' && c != 0xC2 && c != 0xE2 && c != '\n' && i) {
            i++;    /* most bytes */
            continue;
        }
        size_t line = c == '\n' ? i + 1 : i;
        if ((line == 0 || text[line - 1] == '\n') && dash_at(text, len, line)) {
            if (grow_array((void **)&q->dashes, &q->cap_dashes,
                           q->n_dashes + 1, sizeof *q->dashes))
                return -1;
            q->dashes[q->n_dashes++] = line;
        }
        if (c == '\n') {
            i++;
            continue;
        }
        const char *close = NULL;
        size_t ol = open_mark(text, i, len, &close), qe;
        if (!ol || (qe = close_mark(text, i + ol, len, close)) == (size_t)-1) {
            i += ol ? ol : 1;
            continue;
        }
        if (grow_array((void **)&q->marks, &q->cap_marks, q->n_marks + 1,
                       sizeof *q->marks))
            return -1;
        size_t end = qe + strlen(close);
        q->marks[q->n_marks++] = (quote_mark){i, i + ol, qe, end};
        /* « » nest: look inside too («белсенділік» in a quotation) */
        i = close[1] == '\xBB' ? i + ol : end;
    }
    return 0;
}

/* What quotes_find works with. */
typedef struct {
    quote_state *q;
    doc d;
    const seg_sentence *sents;
    size_t n_sent;
    const sayasat_evidence *ev;
    size_t n_ev;
    const sayasat_cue *cues;
    size_t n_cues;
} finder;

/* The sentence holding byte off. */
static size_t sentence_at(const finder *f, size_t off)
{
    size_t lo = 0, hi = f->n_sent;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (f->sents[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static int add_quote(finder *f, size_t start, size_t end, int has_speaker,
                     size_t s0, size_t s1)
{
    quote_state *q = f->q;
    if (grow_array((void **)&q->quotes, &q->cap, q->n + 1, sizeof *q->quotes) ||
        grow_array((void **)&q->theme_first, &q->cap_first, q->n + 1,
                   sizeof *q->theme_first))
        return -1;
    q->theme_first[q->n] = q->n_theme_ids;
    sayasat_quote *x = &q->quotes[q->n++];
    memset(x, 0, sizeof *x);
    x->start = start;
    x->end = end;
    x->has_speaker = has_speaker;
    x->speaker_start = has_speaker ? s0 : 0;
    x->speaker_end = has_speaker ? s1 : 0;
    memset(q->seen, 0, q->n_themes);
    size_t first = q->n_theme_ids;
    /* evidence is in text order: start where the quote does */
    size_t lo = 0, hi = f->n_ev;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->ev[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < f->n_ev && f->ev[i].start < end; i++) {
        const sayasat_evidence *e = &f->ev[i];
        if (e->end <= end && e->weight > 0 && !q->seen[e->theme]) {
            q->seen[e->theme] = 1;
            if (grow_array((void **)&q->theme_ids, &q->cap_theme_ids,
                           q->n_theme_ids + 1, sizeof *q->theme_ids))
                return -1;
            q->theme_ids[q->n_theme_ids++] = e->theme;
        }
    }
    x->n_themes = q->n_theme_ids - first;
    /* cues are in sentence order (a sentence's scare quotes come after its
     * other cues): read the quote's sentences only */
    size_t s_first = f->n_sent ? sentence_at(f, start) : 0;
    size_t s_last = end > start && f->n_sent ? sentence_at(f, end - 1) : 0;
    lo = 0, hi = f->n_cues;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->cues[mid].sentence < s_first)
            lo = mid + 1;
        else
            hi = mid;
    }
    double pos = 0, neg = 0;
    for (size_t i = lo; i < f->n_cues && f->cues[i].sentence <= s_last; i++)
        if (f->cues[i].start >= start && f->cues[i].end <= end) {
            if (f->cues[i].effect > 0)
                pos += f->cues[i].effect;
            else
                neg -= f->cues[i].effect;
        }
    stance_label(pos, neg, 1, 0, 0, &x->stance);
    return 0;
}

/* A quotation between qs and qe: its speaker is named by a verb right after
 * it, or a verb or marker shortly before it on the same line; it counts
 * with four words and a speaker, or eight words without. */
static int direct_quote(finder *f, size_t qs, size_t qe)
{
    const doc *d = &f->d;
    const unsigned char *speech = d->speech;
    size_t t0 = token_at(d, qs), t1 = token_at(d, qe), n_tok = d->n_tok;
    size_t inside = t1 - t0, s0 = 0, s1 = 0;
    int found = 0;
    for (size_t t = t1; t < n_tok && t < t1 + 3 && !found; t++)
        if (speech[t] == SPEECH_VERB || speech[t] == SPEECH_FINAL)
            found = speaker_near(d, t, t1, t + 9 < n_tok ? t + 9 : n_tok,
                                 &s0, &s1);
    for (size_t t = t0; t > 0 && t + 6 > t0 && !found; t--)
        if (speech[t - 1] &&
            !memchr(d->text + d->tok[t - 1].end, '\n', qs - d->tok[t - 1].end))
            found = speaker_near(d, t - 1, t0 >= 8 ? t0 - 8 : 0, t0, &s0,
                                 &s1);
    if (inside >= 4 && (found || inside >= 8))
        return add_quote(f, qs, qe, found, s0, s1);
    return 0;
}

/* The speech of a dialogue line opening at line with a dash: "— Реплика, —
 * сказал аким." ends at the next dash that a speech verb follows, or at
 * the end of the line; returns where it ends. */
static size_t dash_speech(const finder *f, size_t line, size_t *qs)
{
    const doc *d = &f->d;
    const char *text = d->text;
    const char *nl = memchr(text + line, '\n', d->len - line);
    size_t qe = nl ? (size_t)(nl - text) : d->len;
    *qs = line + 3;
    for (size_t k = *qs; k + 3 <= qe; k++)
        if (dash_at(text, qe, k)) {
            size_t t = token_at(d, k + 3);
            if (t < d->n_tok && (d->speech[t] == SPEECH_VERB ||
                                 d->speech[t] == SPEECH_FINAL)) {
                qe = k;
                break;
            }
        }
    return qe;
}

/* Is word text[s, e) a capitalised word that is not a pronoun or a role
 * ("Она", "Эксперт" open a sentence; "Сарапшы Айгүл ..." has a name)? */
static int name_word(const char *text, size_t s, size_t e)
{
    char low[LOWER_CAP];
    int32_t i = (int32_t)s;
    UChar32 c;
    U8_NEXT(text, i, (int32_t)e, c);
    if (c < 0 || !u_isupper(c))
        return 0;
    int n = lower_word(text, s, e, low);
    if (n < 0)
        return 1;   /* a long capitalised word: a name */
    return !listed(pronouns, low, (size_t)n) &&
           !listed_prefix(roles, low, (size_t)n);
}

/* Does the speaker span text[s, e) hold a name, not only a pronoun or role
 * words standing for one ("социолог", "она", "эксперт отметил")? */
static int names_a_person(const char *text, size_t s, size_t e)
{
    for (size_t w = s; w < e;) {
        size_t we = w;
        while (we < e && text[we] != ' ')
            we++;
        if (name_word(text, w, we))
            return 1;
        w = we + 1;
    }
    return 0;
}

/* A pronoun or role speaker (она, эксперт, сарапшы) stands for the last
 * person named as a speaker before it. */
static void resolve_referents(quote_state *q, const char *text)
{
    const sayasat_quote *named = NULL;
    for (size_t i = 0; i < q->n; i++) {
        sayasat_quote *x = &q->quotes[i];
        x->has_referent = 0;
        if (!x->has_speaker)
            continue;
        if (names_a_person(text, x->speaker_start, x->speaker_end)) {
            named = x;
        } else if (named) {
            x->has_referent = 1;
            x->referent_start = named->speaker_start;
            x->referent_end = named->speaker_end;
        }
    }
}

static int by_start(const void *a, const void *b)
{
    const sayasat_quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

int quotes_find(quote_state *q, const char *text, size_t len,
                const seg_token *tokens, size_t n_tok,
                const seg_sentence *sents, size_t n_sent,
                const unsigned char *speech, const sayasat_evidence *ev,
                size_t n_ev, const sayasat_cue *cues, size_t n_cues)
{
    finder f = {q, {text, len, tokens, n_tok, speech}, sents, n_sent, ev,
                n_ev, cues, n_cues};
    q->n = q->n_theme_ids = 0;
    /* direct speech: quotation marks and dialogue lines, in text order; a
     * dialogue line's own quotation marks are part of it */
    size_t m = 0, k = 0, at = 0;
    for (;;) {
        while (m < q->n_marks && q->marks[m].open < at)
            m++;
        while (k < q->n_dashes && q->dashes[k] < at)
            k++;
        if (m < q->n_marks &&
            (k == q->n_dashes || q->marks[m].open < q->dashes[k])) {
            if (direct_quote(&f, q->marks[m].qs, q->marks[m].qe))
                return -1;
            at = q->marks[m].close_end;
        } else if (k < q->n_dashes) {
            size_t qs, qe = dash_speech(&f, q->dashes[k], &qs);
            at = qe;
            /* the words only: no spaces, no comma before the dash */
            while (qs < qe && (text[qs] == ' ' || text[qs] == '\t'))
                qs++;
            while (qe > qs && (text[qe - 1] == ' ' || text[qe - 1] == ',' ||
                               text[qe - 1] == '\r'))
                qe--;
            if (direct_quote(&f, qs, qe))
                return -1;
        } else {
            break;
        }
    }
    /* reported speech: sentences with a speech word outside direct quotes */
    size_t dq = 0, n_direct = q->n;
    for (size_t s = 0; s < n_sent; s++) {
        const seg_sentence *x = &sents[s];
        while (dq < n_direct && q->quotes[dq].end <= x->start)
            dq++;
        if (dq < n_direct && q->quotes[dq].start < x->end)
            continue;   /* it holds direct speech */
        for (size_t t = x->first_token; t < x->first_token + x->n_tokens;
             t++) {
            if (!speech[t])
                continue;
            size_t s0 = 0, s1 = 0;
            if (speaker_near(&f.d, t, x->first_token,
                             x->first_token + x->n_tokens, &s0, &s1) &&
                add_quote(&f, x->start, x->end, 1, s0, s1))
                return -1;
            break;
        }
    }
    /* text order (reported speech was added after the direct quotes), then
     * the theme lists, now that theme_ids no longer moves */
    for (size_t i = 0; i < q->n; i++)
        q->quotes[i].themes = q->theme_ids + q->theme_first[i];
    if (q->n > 1)
        qsort(q->quotes, q->n, sizeof *q->quotes, by_start);
    resolve_referents(q, text);
    return 0;
}
