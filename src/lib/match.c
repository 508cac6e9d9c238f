#include "match.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Regexes run over text written by anyone: these bound the work one match
 * may do, so a pathological pattern or text cannot hang a thread. */
#define REGEX_MATCH_LIMIT 1000000
#define REGEX_DEPTH_LIMIT 10000

enum { N_LANG = 3 };    /* indexed by lang_id: LANG_UND, LANG_RU, LANG_KK */

struct matcher {
    const lexicon_data *data;
    strmap patterns;            /* key: kind, lang, folded text -> id */
    uint32_t *word_pattern;     /* per lexicon word: its pattern id */
    uint32_t *trigger_start;    /* per pattern id + 1: CSR offsets */
    uint32_t *triggers;         /* entries, grouped by first pattern */
    size_t prefix_min[N_LANG], prefix_max[N_LANG]; /* glob prefix bytes */
    pcre2_code *regex[N_LANG];  /* the language's regex entries, joined */
    uint32_t *regex_entry[N_LANG];  /* mark number -> entry */
};

struct match_scratch {
    pcre2_match_data *md[N_LANG];
    pcre2_match_context *mcx;
};

static size_t make_key(char *buf, size_t cap, word_kind kind, lang_id lang,
                       const char *s, size_t n)
{
    if (n + 2 > cap)
        return 0;
    buf[0] = (char)('0' + kind);
    buf[1] = (char)('0' + lang);
    memcpy(buf + 2, s, n);
    return n + 2;
}

void matcher_free(matcher *m)
{
    if (!m)
        return;
    strmap_free(&m->patterns);
    free(m->word_pattern);
    free(m->trigger_start);
    free(m->triggers);
    for (int l = 0; l < N_LANG; l++) {
        pcre2_code_free(m->regex[l]);
        free(m->regex_entry[l]);
    }
    free(m);
}

int matcher_word_key(wordproc *wp, segmenter *seg, const lexicon_data *d,
                     const lex_entry *e, const lex_word *w, char *key,
                     size_t cap, sayasat_status *status, sayasat_error *error)
{
    const char *file = d->pool.data + e->file;
    const char *text = d->pool.data + w->text;
    size_t len = strlen(text);
    char folded[WORD_BUF];
    UErrorCode ust = U_ZERO_ERROR;
    size_t n_tok = 0;
    const seg_token *tok = NULL;
    *status = SAYASAT_ERR_LEXICON;
    if (segmenter_run(seg, text, len, &ust) == 0)
        tok = segmenter_tokens(seg, &n_tok);
    if (U_FAILURE(ust)) {
        *status = ust == U_MEMORY_ALLOCATION_ERROR ? SAYASAT_ERR_NOMEM
                                                   : SAYASAT_ERR_ICU;
        return -1;
    }
    if (n_tok != 1 || tok[0].start != 0 || tok[0].end != len) {
        lexicon_error(error, file, e->line, w->column,
                      "'%s' is not one word as the text is split (a word "
                      "with punctuation never matches)", text);
        return -1;
    }
    int klen = wordproc_fold(wp, text, len, KK_LATIN_NONE, folded,
                             sizeof folded);
    if (klen > 0 && w->kind == WORD_STEM)
        klen = wordproc_stem(wp, e->lang, folded, (size_t)klen, key, cap);
    else if (klen > 0 && (size_t)klen < cap)
        memcpy(key, folded, (size_t)klen + 1);
    else
        klen = -1;
    if (klen <= 0) {
        lexicon_error(error, file, e->line, w->column,
                      "'%s' stems to nothing: the entry can never match",
                      text);
        return -1;
    }
    *status = SAYASAT_OK;
    return klen;
}

/* The pattern id of one lexicon word, or (uint32_t)-1 after filling
 * *error. */
static uint32_t word_pattern(matcher *m, const lex_entry *e, const lex_word *w,
                             wordproc *wp, segmenter *seg,
                             sayasat_status *status, sayasat_error *error)
{
    char k[WORD_BUF], key[WORD_BUF + 2];
    int klen = matcher_word_key(wp, seg, m->data, e, w, k, sizeof k, status,
                                error);
    if (klen < 0)
        return (uint32_t)-1;
    size_t n = make_key(key, sizeof key, w->kind, e->lang, k, (size_t)klen);
    int added;
    uint32_t next = (uint32_t)m->patterns.n_entries;
    uint32_t *id = strmap_put(&m->patterns, key, n, next, &added);
    if (!id) {
        *status = SAYASAT_ERR_NOMEM;
        return (uint32_t)-1;
    }
    if (w->kind == WORD_PREFIX) {
        size_t *lo = &m->prefix_min[e->lang], *hi = &m->prefix_max[e->lang];
        if (!*lo || (size_t)klen < *lo)
            *lo = (size_t)klen;
        if ((size_t)klen > *hi)
            *hi = (size_t)klen;
    }
    return *id;
}

static uint32_t compile_flags(void)
{
    return PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_MATCH_INVALID_UTF;
}

int matcher_check_regex(const lexicon_data *d, const lex_entry *e,
                        sayasat_error *error)
{
    const char *file = d->pool.data + e->file;
    const char *pat = d->pool.data + e->regex;
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   compile_flags(), &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[200];
        pcre2_get_error_message(code, msg, sizeof msg);
        lexicon_error(error, file, e->line,
                      e->column + lexicon_column(pat, off),
                      "bad regex: %s", (const char *)msg);
        return -1;
    }
    uint32_t backrefs = 0;
    pcre2_pattern_info(re, PCRE2_INFO_BACKREFMAX, &backrefs);
    pcre2_code_free(re);
    if (backrefs) {
        lexicon_error(error, file, e->line, e->column,
                      "back-references are not supported in lexicon regexes");
        return -1;
    }
    return 0;
}

/* Joins a language's regex entries into one pattern: each alternative sets
 * a mark that names its entry. */
static sayasat_status build_regex(matcher *m, lang_id lang,
                                  sayasat_error *error)
{
    const lexicon_data *d = m->data;
    string_pool joined = {0};
    size_t n = 0;
    sayasat_status st = SAYASAT_OK;
    for (size_t i = 0; i < d->n_entries; i++) {
        const lex_entry *e = &d->entries[i];
        if (e->n_words || e->lang != lang)
            continue;
        if (matcher_check_regex(d, e, error)) {
            st = SAYASAT_ERR_LEXICON;
            break;
        }
        char head[40];
        const char *pat = d->pool.data + e->regex;
        int hl = snprintf(head, sizeof head, "%s(*MARK:%zu)(?:",
                          n ? "|" : "", n);
        uint32_t *map = realloc(m->regex_entry[lang], (n + 1) * sizeof *map);
        if (!map) {
            st = SAYASAT_ERR_NOMEM;
            break;
        }
        m->regex_entry[lang] = map;
        map[n++] = (uint32_t)i;
        /* pool_add appends a NUL after each piece: strip it as we go. */
        if (pool_add(&joined, head, (size_t)hl) == (size_t)-1 ||
            (joined.len--, pool_add(&joined, pat, strlen(pat))) ==
                (size_t)-1 ||
            (joined.len--, pool_add(&joined, ")", 1)) == (size_t)-1) {
            st = SAYASAT_ERR_NOMEM;
            break;
        }
        joined.len--;
    }
    if (!st && n) {
        int code;
        PCRE2_SIZE off;
        m->regex[lang] = pcre2_compile((PCRE2_SPTR)joined.data, joined.len,
                                       compile_flags(), &code, &off, NULL);
        if (!m->regex[lang])
            st = code == PCRE2_ERROR_HEAPLIMIT ? SAYASAT_ERR_NOMEM
                                               : SAYASAT_ERR_LEXICON;
        else
            pcre2_jit_compile(m->regex[lang], PCRE2_JIT_COMPLETE);
        if (st == SAYASAT_ERR_LEXICON)
            lexicon_error(error, "(regex entries)", 0, 0,
                          "the %s regex entries do not compile together",
                          lang_name(lang));
    }
    pool_free(&joined);
    return st;
}

matcher *matcher_build(const lexicon_data *d, wordproc *wp, segmenter *seg,
                       sayasat_status *status, sayasat_error *error)
{
    matcher *m = calloc(1, sizeof *m);
    if (!m) {
        *status = SAYASAT_ERR_NOMEM;
        return NULL;
    }
    m->data = d;
    strmap_init(&m->patterns);
    m->word_pattern = malloc((d->n_words + 1) * sizeof *m->word_pattern);
    if (!m->word_pattern) {
        *status = SAYASAT_ERR_NOMEM;
        goto fail;
    }
    for (size_t i = 0; i < d->n_entries; i++) {
        const lex_entry *e = &d->entries[i];
        for (size_t k = 0; k < e->n_words; k++) {
            size_t w = e->first_word + k;
            m->word_pattern[w] =
                word_pattern(m, e, &d->words[w], wp, seg, status, error);
            if (*status)
                goto fail;
        }
    }
    size_t n_pat = m->patterns.n_entries;
    m->trigger_start = calloc(n_pat + 2, sizeof *m->trigger_start);
    m->triggers = malloc((d->n_entries + 1) * sizeof *m->triggers);
    if (!m->trigger_start || !m->triggers) {
        *status = SAYASAT_ERR_NOMEM;
        goto fail;
    }
    for (size_t i = 0; i < d->n_entries; i++)
        if (d->entries[i].n_words)
            m->trigger_start[m->word_pattern[d->entries[i].first_word] + 2]++;
    for (size_t p = 2; p < n_pat + 2; p++)
        m->trigger_start[p] += m->trigger_start[p - 1];
    for (size_t i = 0; i < d->n_entries; i++)
        if (d->entries[i].n_words) {
            uint32_t p = m->word_pattern[d->entries[i].first_word];
            m->triggers[m->trigger_start[p + 1]++] = (uint32_t)i;
        }
    for (lang_id l = LANG_RU; l <= LANG_KK; l++)
        if ((*status = build_regex(m, l, error)))
            goto fail;
    *status = SAYASAT_OK;
    return m;
fail:
    matcher_free(m);
    return NULL;
}

match_scratch *match_scratch_new(const matcher *m)
{
    match_scratch *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->mcx = pcre2_match_context_create(NULL);
    if (!s->mcx)
        goto fail;
    pcre2_set_match_limit(s->mcx, REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(s->mcx, REGEX_DEPTH_LIMIT);
    for (int l = 0; l < N_LANG; l++)
        if (m->regex[l] &&
            !(s->md[l] = pcre2_match_data_create_from_pattern(m->regex[l],
                                                              NULL)))
            goto fail;
    return s;
fail:
    match_scratch_free(s);
    return NULL;
}

void match_scratch_free(match_scratch *s)
{
    if (!s)
        return;
    for (int l = 0; l < N_LANG; l++)
        pcre2_match_data_free(s->md[l]);
    pcre2_match_context_free(s->mcx);
    free(s);
}

static int has_pattern(const pattern_list *list, uint32_t id)
{
    size_t lo = 0, hi = list->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (list->ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < list->n && list->ids[lo] == id;
}

static int push_id(pattern_list *list, uint32_t id)
{
    if (grow_array((void **)&list->ids, &list->cap, list->n + 1,
                   sizeof *list->ids))
        return -1;
    list->ids[list->n++] = id;
    return 0;
}

static int lookup(const matcher *m, pattern_list *list, word_kind kind,
                  lang_id lang, const char *s, size_t n)
{
    char key[WORD_BUF + 2];
    size_t kl = make_key(key, sizeof key, kind, lang, s, n);
    const uint32_t *id = kl ? strmap_get(&m->patterns, key, kl) : NULL;
    return id ? push_id(list, *id) : 0;
}

static int compare_ids(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int matcher_word_patterns(const matcher *m, lang_id lang, const char *folded,
                          size_t flen, const char *stem, size_t slen,
                          pattern_list *list)
{
    if (lang != LANG_RU && lang != LANG_KK)
        return 0;
    if (lookup(m, list, WORD_STEM, lang, stem, slen) ||
        lookup(m, list, WORD_EXACT, lang, folded, flen))
        return -1;
    size_t hi = m->prefix_max[lang] < flen ? m->prefix_max[lang] : flen;
    for (size_t k = m->prefix_min[lang]; k && k <= hi; k++)
        if (((unsigned char)folded[k] & 0xC0) != 0x80 &&
            lookup(m, list, WORD_PREFIX, lang, folded, k))
            return -1;
    if (list->n > 1)
        qsort(list->ids, list->n, sizeof *list->ids, compare_ids);
    return 0;
}

static int push_hit(hit_list *hits, match_hit h)
{
    if (grow_array((void **)&hits->hits, &hits->cap, hits->n + 1,
                   sizeof *hits->hits))
        return -1;
    hits->hits[hits->n++] = h;
    return 0;
}

static int regex_hits(const matcher *m, match_scratch *s, lang_id lang,
                      const char *text, const seg_sentence *sent,
                      const seg_token *tokens, hit_list *hits)
{
    pcre2_code *re = m->regex[lang];
    pcre2_match_data *md = s->md[lang];
    PCRE2_SPTR subject = (PCRE2_SPTR)text + sent->start;
    PCRE2_SIZE len = sent->end - sent->start, pos = 0;
    while (pos < len) {
        int rc = pcre2_match(re, subject, len, pos, 0, md, s->mcx);
        if (rc < 0)
            break;  /* no match, or a limit hit: the sentence is done */
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        PCRE2_SPTR mark = pcre2_get_mark(md);
        if (ov[1] > ov[0] && mark) {
            uint32_t start = sent->start + (uint32_t)ov[0];
            uint32_t t = sent->first_token;
            while (t + 1 < sent->first_token + sent->n_tokens &&
                   tokens[t].end <= start)
                t++;
            uint32_t end = sent->start + (uint32_t)ov[1], n = 0;
            while (t + n < sent->first_token + sent->n_tokens &&
                   tokens[t + n].start < end)
                n++;
            match_hit h = {m->regex_entry[lang][strtoul((const char *)mark,
                                                        NULL, 10)],
                           start, end, t, n};
            if (push_hit(hits, h))
                return -1;
        }
        /* Step past an empty match by one character. */
        pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
        while (pos < len && (subject[pos] & 0xC0) == 0x80)
            pos++;
    }
    return 0;
}

int matcher_sentence(const matcher *m, match_scratch *scratch, lang_id lang,
                     const char *text, const seg_sentence *sent,
                     const seg_token *tokens,
                     const pattern_list *const *words, hit_list *hits)
{
    const lexicon_data *d = m->data;
    size_t n = sent->n_tokens;
    for (size_t i = 0; i < n; i++) {
        const pattern_list *w = words[i];
        for (size_t j = 0; j < w->n; j++) {
            uint32_t p = w->ids[j];
            for (uint32_t t = m->trigger_start[p]; t < m->trigger_start[p + 1];
                 t++) {
                const lex_entry *e = &d->entries[m->triggers[t]];
                if (e->lang != lang || i + e->n_words > n)
                    continue;
                size_t k = 1;
                while (k < e->n_words &&
                       has_pattern(words[i + k],
                                   m->word_pattern[e->first_word + k]))
                    k++;
                if (k < e->n_words)
                    continue;
                size_t first = sent->first_token + i;
                match_hit h = {m->triggers[t], tokens[first].start,
                               tokens[first + e->n_words - 1].end,
                               (uint32_t)first, (uint32_t)e->n_words};
                if (push_hit(hits, h))
                    return -1;
            }
        }
    }
    if (m->regex[lang] &&
        regex_hits(m, scratch, lang, text, sent, tokens, hits))
        return -1;
    return 0;
}
