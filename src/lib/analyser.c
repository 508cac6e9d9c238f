/* analyser: the per-thread pipeline over one document: segment, identify
 * each sentence's language, fold + stem each word type once (a cache keyed
 * by the word's bytes holds its language traits and, per language mode, the
 * lexicon patterns it satisfies), match, score. */
#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "langid.h"
#include "lexicon_set.h"
#include "quotes.h"
#include "match.h"
#include "sayasat.h"
#include "score.h"
#include "segment.h"
#include "stance.h"
#include "stem_kk.h"
#include "wordproc.h"

/* How a word is read: Russian, Cyrillic Kazakh, or Latin Kazakh in one of
 * its orthographies. */
enum { MODE_RU, MODE_KK, MODE_KK_2021, MODE_KK_2018, MODE_KK_INFORMAL,
       N_MODES };

/* Word types kept before the cache starts afresh (checked between
 * documents, so one document's words stay put while it is analysed). */
#define CACHE_MAX_WORDS (1u << 20)

typedef struct {
    size_t folded;          /* offset in strings: default-folded form */
    word_traits traits;
    unsigned char speech;   /* quotes_speech_word() */
    int32_t sense[N_MODES]; /* index into senses, -1 until computed */
} cache_word;

typedef struct {
    size_t ids, n_ids;      /* into the ids vector */
    size_t stem;            /* offset in strings */
    unsigned verb_marks;    /* Kazakh verb endings: KK_NEGATED, ... */
} cache_sense;

struct sayasat_analyser {
    const sayasat_lexicon_set *set;
    segmenter *seg;
    wordproc *wp;
    match_scratch *scratch;

    strmap forms;           /* word bytes -> index into words */
    cache_word *words;
    size_t n_words, cap_words;
    cache_sense *senses;
    size_t n_senses, cap_senses;
    uint32_t *ids;
    size_t n_ids, cap_ids;
    string_pool strings;
    pattern_list found;     /* scratch for matcher_word_patterns */

    /* per document */
    uint32_t *token_word;   /* per token: cache index */
    size_t cap_token_word;
    int *sentence_mode;
    sayasat_sentence *sentences;
    size_t cap_sentences, cap_modes;
    pattern_list *views;
    const pattern_list **view_ptrs;
    size_t cap_views, cap_view_ptrs;
    UChar *u16;
    size_t cap_u16;
    hit_list hits;
    score_state score;
    stance_state stance;
    quote_state quotes;
    unsigned char *verb_marks;  /* per token: stem_kk_verb_marks() */
    size_t cap_verb_marks;
    unsigned char *speech;      /* per token: quotes_speech_word() */
    size_t cap_speech;
    sayasat_result result;
    sayasat_token *token_view;  /* built by sayasat_tokens() on demand */
    size_t cap_token_view;
};

static sayasat_status from_icu(UErrorCode st)
{
    return st == U_MEMORY_ALLOCATION_ERROR ? SAYASAT_ERR_NOMEM
                                           : SAYASAT_ERR_ICU;
}

sayasat_status sayasat_analyser_new(const sayasat_lexicon_set *set,
                                    sayasat_analyser **out)
{
    *out = NULL;
    if (!set)
        return SAYASAT_ERR_ARG;
    sayasat_analyser *a = calloc(1, sizeof *a);
    if (!a)
        return SAYASAT_ERR_NOMEM;
    a->set = set;
    strmap_init(&a->forms);
    UErrorCode ust = U_ZERO_ERROR;
    sayasat_status st = SAYASAT_OK;
    a->seg = segmenter_new(&ust);
    if (a->seg)
        a->wp = wordproc_new(set->translit, &ust);
    if (U_FAILURE(ust))
        st = from_icu(ust);
    else if (!(a->scratch = match_scratch_new(set->matcher)) ||
             score_init(&a->score, set->data.n_themes) ||
             stance_init(&a->stance, &set->data) ||
             quotes_init(&a->quotes, set->data.n_themes))
        st = SAYASAT_ERR_NOMEM;
    if (st) {
        sayasat_analyser_free(a);
        return st;
    }
    *out = a;
    return SAYASAT_OK;
}

void sayasat_analyser_free(sayasat_analyser *a)
{
    if (!a)
        return;
    segmenter_free(a->seg);
    wordproc_free(a->wp);
    match_scratch_free(a->scratch);
    strmap_free(&a->forms);
    free(a->words);
    free(a->senses);
    free(a->ids);
    pool_free(&a->strings);
    free(a->found.ids);
    free(a->token_word);
    free(a->sentence_mode);
    free(a->sentences);
    free(a->views);
    free(a->view_ptrs);
    free(a->u16);
    free(a->hits.hits);
    score_free(&a->score);
    stance_free(&a->stance);
    quotes_free(&a->quotes);
    free(a->verb_marks);
    free(a->speech);
    free(a->token_view);
    free(a);
}

static void cache_clear(sayasat_analyser *a)
{
    strmap_clear(&a->forms);
    a->n_words = a->n_senses = a->n_ids = 0;
    a->strings.len = 0;
}

/* The cache index of a word's bytes, adding the word if new; -1 when out of
 * memory. */
static int64_t cache_word_of(sayasat_analyser *a, const char *w, size_t len)
{
    uint32_t next = (uint32_t)a->n_words;
    int added;
    uint32_t *idx = strmap_put(&a->forms, w, len, next, &added);
    if (!idx)
        return -1;
    if (!added)
        return *idx;
    char folded[WORD_BUF];
    int flen = wordproc_fold(a->wp, w, len, KK_LATIN_NONE, folded,
                             sizeof folded);
    if (flen < 0)
        flen = 0;   /* unfoldable (too long): matches nothing */
    if (grow_array((void **)&a->words, &a->cap_words, a->n_words + 1,
                   sizeof *a->words))
        return -1;
    cache_word *cw = &a->words[a->n_words];
    cw->folded = pool_add(&a->strings, folded, (size_t)flen);
    if (cw->folded == (size_t)-1)
        return -1;
    langid_word_traits(folded, (size_t)flen, &cw->traits);
    cw->speech = (unsigned char)quotes_speech_word(folded, (size_t)flen);
    for (int m = 0; m < N_MODES; m++)
        cw->sense[m] = -1;
    return (int64_t)a->n_words++;
}

static kk_latin_orthography mode_orth(int mode)
{
    switch (mode) {
    case MODE_KK_2021: return KK_LATIN_2021;
    case MODE_KK_2018: return KK_LATIN_2018;
    case MODE_KK_INFORMAL: return KK_LATIN_INFORMAL;
    default: return KK_LATIN_NONE;
    }
}

/* The patterns a word satisfies when read in mode; -1 when out of memory. */
static int32_t word_sense(sayasat_analyser *a, uint32_t idx, int mode,
                          const char *surface, size_t len)
{
    cache_word *cw = &a->words[idx];
    if (cw->sense[mode] >= 0)
        return cw->sense[mode];
    lang_id lang = mode == MODE_RU ? LANG_RU : LANG_KK;
    kk_latin_orthography orth = mode_orth(mode);
    char buf[WORD_BUF], stem[WORD_BUF];
    const char *folded = a->strings.data + cw->folded;
    int flen = (int)strlen(folded);
    if (orth != KK_LATIN_NONE && cw->traits.latin) {
        flen = wordproc_fold(a->wp, surface, len, orth, buf, sizeof buf);
        folded = buf;
    }
    int slen = flen > 0 ? wordproc_stem(a->wp, lang, folded, (size_t)flen,
                                        stem, sizeof stem)
                        : -1;
    a->found.n = 0;
    if (slen >= 0 &&
        matcher_word_patterns(a->set->matcher, lang, folded, (size_t)flen,
                              stem, (size_t)slen, &a->found))
        return -1;
    /* folded may point into strings: read it before strings grows */
    unsigned verb_marks =
        lang == LANG_KK && slen > 0
            ? stem_kk_verb_marks(stem, (size_t)slen, folded, (size_t)flen)
            : 0;
    size_t stem_at = pool_add(&a->strings, slen > 0 ? stem : "",
                              slen > 0 ? (size_t)slen : 0);
    if (stem_at == (size_t)-1 ||
        grow_array((void **)&a->ids, &a->cap_ids, a->n_ids + a->found.n,
                   sizeof *a->ids) ||
        grow_array((void **)&a->senses, &a->cap_senses, a->n_senses + 1,
                   sizeof *a->senses))
        return -1;
    if (a->found.n)
        memcpy(a->ids + a->n_ids, a->found.ids,
               a->found.n * sizeof *a->ids);
    a->senses[a->n_senses] =
        (cache_sense){a->n_ids, a->found.n, stem_at, verb_marks};
    a->n_ids += a->found.n;
    cw = &a->words[idx];
    return cw->sense[mode] = (int32_t)a->n_senses++;
}

/* Counts invalid UTF-8 sequences and finds the first. */
static void check_utf8(const char *text, size_t len, sayasat_result *r)
{
    r->invalid_utf8 = 0;
    r->first_invalid_offset = 0;
    for (size_t i = 0; i < len;) {
        unsigned char lead = (unsigned char)text[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        /* two-byte letters (Cyrillic, Latin with diacritics): the bulk */
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < len &&
            ((unsigned char)text[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        int32_t j = 0, n = len - i > 4 ? 4 : (int32_t)(len - i);
        UChar32 c;
        U8_NEXT(text + i, j, n, c);
        if (c < 0 && r->invalid_utf8++ == 0)
            r->first_invalid_offset = i;
        i += (size_t)j;
    }
}

/* Latin-script Kazakh orthography of a sentence, or KK_LATIN_NONE. */
static kk_latin_orthography latin_orthography(sayasat_analyser *a,
                                              const char *text,
                                              const seg_sentence *s)
{
    size_t n = s->end - s->start;
    if (grow_array((void **)&a->u16, &a->cap_u16, n + 1, sizeof *a->u16))
        return KK_LATIN_NONE;
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    u_strFromUTF8WithSub(a->u16, (int32_t)a->cap_u16, &len, text + s->start,
                         (int32_t)n, 0xFFFD, NULL, &st);
    return U_SUCCESS(st) ? translit_kk_detect(a->u16, len) : KK_LATIN_NONE;
}

static int mode_of(lang_id lang, kk_latin_orthography orth)
{
    if (lang != LANG_KK)
        return MODE_RU;
    switch (orth) {
    case KK_LATIN_2021: return MODE_KK_2021;
    case KK_LATIN_2018: return MODE_KK_2018;
    case KK_LATIN_INFORMAL: return MODE_KK_INFORMAL;
    default: return MODE_KK;
    }
}

/* Languages of the sentences and of the document; each sentence's reading
 * mode goes to a->sentence_mode. */
static lang_id identify_languages(sayasat_analyser *a, const char *text,
                                  const seg_sentence *sents, size_t n_sents)
{
    size_t ru = 0, kk = 0;
    kk_latin_orthography doc_orth = KK_LATIN_NONE;
    for (size_t s = 0; s < n_sents; s++) {
        lang_votes v = {0};
        for (uint32_t t = 0; t < sents[s].n_tokens; t++)
            langid_vote(&v, &a->words[a->token_word[sents[s].first_token + t]]
                                 .traits);
        lang_id lang = langid_decide(&v);
        kk_latin_orthography orth = KK_LATIN_NONE;
        if (v.latin_words >= 2 && v.latin_words > v.cyrillic_words) {
            /* a document keeps its alphabet: detect it once */
            if (doc_orth == KK_LATIN_NONE)
                doc_orth = latin_orthography(a, text, &sents[s]);
            if ((orth = doc_orth) != KK_LATIN_NONE)
                lang = LANG_KK;
        }
        a->sentences[s] = (sayasat_sentence){sents[s].start, sents[s].end,
                                             lang_name(lang), 0, 0, 0};
        a->sentence_mode[s] = lang == LANG_UND ? -1 : mode_of(lang, orth);
        ru += lang == LANG_RU;
        kk += lang == LANG_KK;
    }
    lang_id doc = langid_document(ru, kk);
    /* A sentence with no evidence (a number, a name) takes the language of
     * the sentence before it, or the document's. */
    lang_id prev = doc == LANG_KK ? LANG_KK : LANG_RU;
    for (size_t s = 0; s < n_sents; s++) {
        if (a->sentence_mode[s] < 0) {
            a->sentence_mode[s] = mode_of(prev, KK_LATIN_NONE);
            a->sentences[s].lang = lang_name(prev);
        }
        prev = a->sentence_mode[s] == MODE_RU ? LANG_RU : LANG_KK;
    }
    return doc;
}

sayasat_status sayasat_analyse(sayasat_analyser *a, const char *text,
                               size_t len, const sayasat_result **out)
{
    *out = NULL;
    if (len > SAYASAT_MAX_DOCUMENT)
        return SAYASAT_ERR_TOO_LARGE;
    if (!text && len)
        return SAYASAT_ERR_ARG;
    if (!text)
        text = "";
    a->result.lang = NULL;  /* no result until this call succeeds */
    if (a->n_words > CACHE_MAX_WORDS)
        cache_clear(a);
    UErrorCode ust = U_ZERO_ERROR;
    if (segmenter_run(a->seg, text, len, &ust))
        return from_icu(ust);
    size_t n_tok, n_sent;
    const seg_token *tokens = segmenter_tokens(a->seg, &n_tok);
    const seg_sentence *sents = segmenter_sentences(a->seg, &n_sent);
    if (grow_array((void **)&a->token_word, &a->cap_token_word, n_tok + 1,
                   sizeof *a->token_word) ||
        grow_array((void **)&a->sentence_mode, &a->cap_modes, n_sent + 1,
                   sizeof *a->sentence_mode) ||
        grow_array((void **)&a->sentences, &a->cap_sentences, n_sent + 1,
                   sizeof *a->sentences) ||
        grow_array((void **)&a->speech, &a->cap_speech, n_tok + 1, 1) ||
        grow_array((void **)&a->verb_marks, &a->cap_verb_marks, n_tok + 1,
                   1))
        return SAYASAT_ERR_NOMEM;
    for (size_t t = 0; t < n_tok; t++) {
        int64_t w = cache_word_of(a, text + tokens[t].start,
                                  tokens[t].end - tokens[t].start);
        if (w < 0)
            return SAYASAT_ERR_NOMEM;
        a->token_word[t] = (uint32_t)w;
        a->speech[t] = a->words[w].speech;
    }
    lang_id doc_lang = identify_languages(a, text, sents, n_sent);

    /* Senses first (they may grow the id vector), then views into it. */
    for (size_t s = 0; s < n_sent; s++)
        for (uint32_t i = 0; i < sents[s].n_tokens; i++) {
            size_t t = sents[s].first_token + i;
            int32_t sense = word_sense(a, a->token_word[t],
                                       a->sentence_mode[s],
                                       text + tokens[t].start,
                                       tokens[t].end - tokens[t].start);
            if (sense < 0)
                return SAYASAT_ERR_NOMEM;
            a->token_word[t] = (uint32_t)sense;   /* now a sense index */
            a->verb_marks[t] = (unsigned char)a->senses[sense].verb_marks;
        }
    if (grow_array((void **)&a->views, &a->cap_views, n_tok + 1,
                   sizeof *a->views) ||
        grow_array((void **)&a->view_ptrs, &a->cap_view_ptrs, n_tok + 1,
                   sizeof *a->view_ptrs))
        return SAYASAT_ERR_NOMEM;
    for (size_t t = 0; t < n_tok; t++) {
        const cache_sense *cs = &a->senses[a->token_word[t]];
        a->views[t] = (pattern_list){a->ids + cs->ids, cs->n_ids, 0};
        a->view_ptrs[t] = &a->views[t];
    }
    a->hits.n = 0;
    for (size_t s = 0; s < n_sent; s++) {
        lang_id lang = a->sentence_mode[s] == MODE_RU ? LANG_RU : LANG_KK;
        if (matcher_sentence(a->set->matcher, a->scratch, lang, text,
                             &sents[s], tokens,
                             a->view_ptrs + sents[s].first_token, &a->hits))
            return SAYASAT_ERR_NOMEM;
    }
    if (score_document(&a->score, &a->set->data, &a->hits, sents, n_sent,
                       n_tok))
        return SAYASAT_ERR_NOMEM;
    sayasat_result *r = &a->result;
    if (quotes_marks(&a->quotes, text, len) ||
        stance_document(&a->stance, &a->set->data, text, a->quotes.marks,
                        a->quotes.n_marks, &a->hits, sents, n_sent, tokens,
                        a->verb_marks, a->score.evidence, a->score.n_evidence,
                        a->sentences, a->score.themes, a->score.n_present,
                        &r->stance) ||
        quotes_find(&a->quotes, text, len, tokens, n_tok, sents, n_sent,
                    a->speech, a->score.evidence, a->score.n_evidence,
                    a->stance.cues, a->stance.n_cues))
        return SAYASAT_ERR_NOMEM;

    r->lang = lang_name(doc_lang);
    r->tokens = n_tok;
    r->n_sentences = n_sent;
    r->sentences = a->sentences;
    r->n_themes = a->set->data.n_themes;
    r->themes = a->score.themes;
    r->n_present = a->score.n_present;
    r->present = a->score.present;
    r->n_evidence = a->score.n_evidence;
    r->evidence = a->score.evidence;
    r->n_cues = a->stance.n_cues;
    r->cues = a->stance.cues;
    r->n_quotes = a->quotes.n;
    r->quotes = a->quotes.quotes;
    check_utf8(text, len, r);
    *out = r;
    return SAYASAT_OK;
}

const sayasat_token *sayasat_tokens(sayasat_analyser *a, size_t *n)
{
    size_t n_tok, n_sent;
    const seg_token *tokens = segmenter_tokens(a->seg, &n_tok);
    const seg_sentence *sents = segmenter_sentences(a->seg, &n_sent);
    *n = 0;
    if (!a->result.lang)
        return NULL;    /* nothing analysed yet */
    if (grow_array((void **)&a->token_view, &a->cap_token_view, n_tok + 1,
                   sizeof *a->token_view))
        return NULL;
    for (size_t s = 0; s < n_sent; s++)
        for (uint32_t i = 0; i < sents[s].n_tokens; i++) {
            size_t t = sents[s].first_token + i;
            a->token_view[t] = (sayasat_token){
                tokens[t].start, tokens[t].end, s,
                a->strings.data + a->senses[a->token_word[t]].stem};
        }
    *n = n_tok;
    return a->token_view;
}

/* The language of a word API call, or LANG_UND after setting *status. */
static lang_id word_call(const char *lang_code, char *out, size_t cap,
                         sayasat_status *status)
{
    lang_id lang = lang_from_name(lang_code);
    *status = SAYASAT_OK;
    if (cap == 0 || (lang != LANG_RU && lang != LANG_KK)) {
        *status = SAYASAT_ERR_ARG;
        return LANG_UND;
    }
    out[0] = '\0';
    return lang;
}

/* Copies a result of n bytes to out; n < 0 means failed with failure. */
static size_t word_result(const char *s, int n, sayasat_status failure,
                          char *out, size_t cap, sayasat_status *status)
{
    if (n < 0 || (size_t)n >= cap) {
        *status = n < 0 ? failure : SAYASAT_ERR_ARG;
        return 0;
    }
    memcpy(out, s, (size_t)n + 1);
    return (size_t)n;
}

size_t sayasat_fold(sayasat_analyser *a, const char *lang_code,
                    const char *word, size_t len, char *out, size_t cap,
                    sayasat_status *status)
{
    if (word_call(lang_code, out, cap, status) == LANG_UND)
        return 0;
    char folded[WORD_BUF];
    int n = wordproc_fold(a->wp, word, len, KK_LATIN_NONE, folded,
                          sizeof folded);
    return word_result(folded, n, SAYASAT_ERR_ARG, out, cap, status);
}

size_t sayasat_stem(sayasat_analyser *a, const char *lang_code,
                    const char *word, size_t len, char *out, size_t cap,
                    sayasat_status *status)
{
    lang_id lang = word_call(lang_code, out, cap, status);
    if (lang == LANG_UND)
        return 0;
    char folded[WORD_BUF], stem[WORD_BUF];
    int flen = wordproc_fold(a->wp, word, len, KK_LATIN_NONE, folded,
                             sizeof folded);
    word_traits traits;
    langid_word_traits(folded, flen > 0 ? (size_t)flen : 0, &traits);
    if (flen > 0 && lang == LANG_KK && traits.latin && !traits.cyrillic) {
        UChar u[NORMALISE_MAX_WORD];
        int32_t ulen = 0;
        UErrorCode st = U_ZERO_ERROR;
        u_strFromUTF8WithSub(u, NORMALISE_MAX_WORD, &ulen, word,
                             (int32_t)(len < NORMALISE_MAX_WORD
                                           ? len : NORMALISE_MAX_WORD),
                             0xFFFD, NULL, &st);
        kk_latin_orthography orth =
            U_SUCCESS(st) ? translit_kk_detect(u, ulen) : KK_LATIN_NONE;
        /* One word is little evidence: the current alphabet by default. */
        flen = wordproc_fold(a->wp, word, len,
                             orth ? orth : KK_LATIN_2021, folded,
                             sizeof folded);
    }
    if (flen <= 0 || !(traits.cyrillic || traits.latin))
        return 0;
    int slen = wordproc_stem(a->wp, lang, folded, (size_t)flen, stem,
                             sizeof stem);
    return word_result(stem, slen, SAYASAT_ERR_NOMEM, out, cap, status);
}
