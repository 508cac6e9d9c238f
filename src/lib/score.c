#include "score.h"

#include <stdlib.h>
#include <string.h>

int score_init(score_state *s, size_t n)
{
    memset(s, 0, sizeof *s);
    s->themes = calloc(n + 1, sizeof *s->themes);
    s->present = calloc(n + 1, sizeof *s->present);
    s->sentence_mark = calloc(n + 1, sizeof *s->sentence_mark);
    s->theme_end = calloc(n + 1, sizeof *s->theme_end);
    if (!s->themes || !s->present || !s->sentence_mark || !s->theme_end) {
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
    free(s->theme_end);
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

int score_document(score_state *s, const lexicon_data *d, hit_list *hits,
                   const seg_sentence *sentences, size_t n_sentences,
                   size_t tokens)
{
    size_t n_themes = d->n_themes;
    memset(s->themes, 0, n_themes * sizeof *s->themes);
    memset(s->theme_end, 0, n_themes * sizeof *s->theme_end);
    for (size_t t = 0; t < n_themes; t++)
        s->sentence_mark[t] = (size_t)-1;
    s->n_evidence = s->n_present = 0;
    if (hits->n > 1)
        qsort(hits->hits, hits->n, sizeof *hits->hits, hit_order);
    for (size_t i = 0; i < hits->n; i++) {
        const match_hit *h = &hits->hits[i];
        const lex_entry *e = &d->entries[h->entry];
        if (e->cue)
            continue;   /* stance cues are not theme evidence */
        size_t t = e->theme;
        if (h->start < s->theme_end[t])
            continue;   /* inside a longer match of the same theme */
        s->theme_end[t] = h->end;
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
        ts->present = ts->weight >= PRESENT_MIN_WEIGHT;
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
