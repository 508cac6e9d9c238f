#include "score.h"

#include <stdlib.h>
#include <string.h>

int score_init(score_state *s, size_t n)
{
    memset(s, 0, sizeof *s);
    s->themes = calloc(n + 1, sizeof *s->themes);
    s->present = calloc(n + 1, sizeof *s->present);
    s->sentence_mark = calloc(n + 1, sizeof *s->sentence_mark);
    if (!s->themes || !s->present || !s->sentence_mark) {
        score_free(s);
        return -1;
    }
    return 0;
}

void score_free(score_state *s)
{
    free(s->themes);
    free(s->present);
    free(s->evidence);
    free(s->sentence_mark);
    free(s->keep);
    free(s->cand);
    memset(s, 0, sizeof *s);
}

/* Text order; at one start the longer match first. */
static int hit_order(const void *a, const void *b)
{
    const match_hit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* The sentence holding token t (sentences are sorted by first_token). */
static size_t sentence_of(const seg_sentence *s, size_t n, uint32_t t)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (s[mid].first_token <= t)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Candidates for one theme's evidence, to choose among overlaps. */
typedef struct candidate {
    size_t theme, hit;
    uint32_t start, end, length;
} candidate;

static int by_theme_start(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    if (x->theme != y->theme)
        return x->theme < y->theme ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->hit < y->hit ? -1 : x->hit > y->hit;
}

static int by_length(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    if (x->length != y->length)
        return x->length > y->length ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Marks in s->keep the hits that count as theme evidence: of overlapping
 * matches of one theme, the longest wins (in words), then the earliest.
 * Cues are never kept. */
static int select_longest(score_state *s, const lexicon_data *d,
                          const hit_list *hits)
{
    if (grow_array((void **)&s->keep, &s->cap_keep, hits->n + 1, 1) ||
        grow_array((void **)&s->cand, &s->cap_cand, hits->n + 1,
                   sizeof *s->cand))
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < hits->n; i++) {
        const match_hit *h = &hits->hits[i];
        const lex_entry *e = &d->entries[h->entry];
        s->keep[i] = 0;
        if (e->cue)
            continue;
        s->cand[n++] = (candidate){e->theme, i, h->start, h->end,
                                   h->n_tokens};
    }
    if (n > 1)
        qsort(s->cand, n, sizeof *s->cand, by_theme_start);
    for (size_t i = 0; i < n;) {
        /* a cluster: candidates of one theme joined by overlaps */
        size_t j = i + 1;
        uint32_t end = s->cand[i].end;
        while (j < n && s->cand[j].theme == s->cand[i].theme &&
               s->cand[j].start < end) {
            if (s->cand[j].end > end)
                end = s->cand[j].end;
            j++;
        }
        if (j - i > 1)
            qsort(s->cand + i, j - i, sizeof *s->cand, by_length);
        for (size_t k = i; k < j; k++) {
            int free_span = 1;
            for (size_t m = i; m < k && free_span; m++)
                free_span = !s->keep[s->cand[m].hit] ||
                            s->cand[m].end <= s->cand[k].start ||
                            s->cand[k].end <= s->cand[m].start;
            s->keep[s->cand[k].hit] = (unsigned char)free_span;
        }
        i = j;
    }
    return 0;
}

int score_document(score_state *s, const lexicon_data *d, hit_list *hits,
                   const seg_sentence *sentences, size_t n_sentences,
                   size_t tokens)
{
    size_t n_themes = d->n_themes;
    memset(s->themes, 0, n_themes * sizeof *s->themes);
    for (size_t t = 0; t < n_themes; t++)
        s->sentence_mark[t] = (size_t)-1;
    s->n_evidence = s->n_present = 0;
    if (hits->n > 1)
        qsort(hits->hits, hits->n, sizeof *hits->hits, hit_order);
    if (select_longest(s, d, hits))
        return -1;
    for (size_t i = 0; i < hits->n; i++) {
        const match_hit *h = &hits->hits[i];
        const lex_entry *e = &d->entries[h->entry];
        if (!s->keep[i])
            continue;   /* a cue, or overlapped by a longer match */
        size_t t = e->theme;
        size_t sent = sentence_of(sentences, n_sentences, h->first_token);
        sayasat_theme_score *ts = &s->themes[t];
        ts->weight += e->weight;
        if (e->weight > 0) {
            ts->hits++;
            if (s->sentence_mark[t] != sent) {
                s->sentence_mark[t] = sent;
                ts->coverage += 1.0;
            }
        }
        if (grow_array((void **)&s->evidence, &s->cap_evidence,
                       s->n_evidence + 1, sizeof *s->evidence))
            return -1;
        s->evidence[s->n_evidence++] = (sayasat_evidence){
            t, h->start, h->end, sent, e->weight, d->pool.data + e->text,
            d->pool.data + e->file, e->line};
    }
    for (size_t t = 0; t < n_themes; t++) {
        sayasat_theme_score *ts = &s->themes[t];
        ts->coverage = n_sentences ? ts->coverage / (double)n_sentences : 0;
        ts->rate_per_1000 = tokens ? ts->hits * 1000.0 / (double)tokens : 0;
        ts->present = ts->weight >= d->themes[t].present_min;
        if (!ts->present)
            continue;
        /* Insert in order: strongest first, taxonomy order on ties. */
        size_t j = s->n_present++;
        while (j > 0 && s->themes[s->present[j - 1]].weight < ts->weight) {
            s->present[j] = s->present[j - 1];
            j--;
        }
        s->present[j] = t;
    }
    return 0;
}
