#include "stance.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

int stance_init(stance_state *st, size_t n_themes)
{
    memset(st, 0, sizeof *st);
    st->n_themes = n_themes;
    st->theme_sum = calloc(n_themes + 1, sizeof *st->theme_sum);
    st->theme_in_sentence = calloc(n_themes + 1, 1);
    if (!st->theme_sum || !st->theme_in_sentence) {
        stance_free(st);
        return -1;
    }
    return 0;
}

void stance_free(stance_state *st)
{
    free(st->cues);
    free(st->theme_sum);
    free(st->theme_in_sentence);
    memset(st, 0, sizeof *st);
}

/* Does modifier m (a negator or intensifier hit) have hit h in scope? */
static int in_scope(const lex_entry *me, const match_hit *m,
                    const match_hit *h)
{
    uint32_t m_first = m->first_token,
             m_last = m->first_token + (m->n_tokens ? m->n_tokens : 1) - 1;
    uint32_t h_first = h->first_token,
             h_last = h->first_token + (h->n_tokens ? h->n_tokens : 1) - 1;
    if (me->scope < 0)      /* stands before the words it affects */
        return h_first > m_last && h_first <= m_last + (uint32_t)-me->scope;
    if (me->scope > 0)      /* stands after them */
        return h_last < m_first && h_last + (uint32_t)me->scope >= m_first;
    return 0;
}

static int push_cue(stance_state *st, sayasat_cue c)
{
    if (grow_array((void **)&st->cues, &st->cap_cues, st->n_cues + 1,
                   sizeof *st->cues))
        return -1;
    st->cues[st->n_cues++] = c;
    return 0;
}

/* Is a pair of quotation marks a scare quote: one to four words that start
 * with a lowercase letter (not a name, a title or a quotation)? */
static int scare_quote(const char *text, const quote_mark *m)
{
    if (m->qe <= m->qs || m->qe - m->qs > 80)
        return 0;
    size_t words = 1;
    for (size_t k = m->qs; k < m->qe; k++)
        words += text[k] == ' ';
    int32_t p = (int32_t)m->qs;
    UChar32 c;
    U8_NEXT(text, p, (int32_t)m->qe, c);
    return words <= 4 && c >= 0 && u_islower(c);
}

static int evaluative(cue_kind c)
{
    return c == CUE_POLARITY || c == CUE_CRITIQUE;
}

int stance_document(stance_state *st, const lexicon_data *d, const char *text,
                    const quote_mark *marks, size_t n_marks,
                    const hit_list *hits, const seg_sentence *sents,
                    size_t n_sent, const unsigned char *negated,
                    const sayasat_evidence *evidence, size_t n_evidence,
                    sayasat_sentence *out, sayasat_theme_score *themes,
                    size_t n_present, sayasat_stance *doc)
{
    st->n_cues = 0;
    /* the cues, in text order, sentence by sentence */
    size_t i = 0, mk = 0;
    for (size_t s = 0; s < n_sent; s++) {
        /* hits of sentence s: [i, j), hits being in text order */
        uint32_t next = s + 1 < n_sent ? sents[s + 1].first_token
                                       : UINT32_MAX;
        size_t j = i;
        while (j < hits->n && hits->hits[j].first_token < next)
            j++;
        out[s].first_cue = st->n_cues;
        double hedge = 1.0;
        uint32_t contrast_at = UINT32_MAX, contrast_byte = UINT32_MAX;
        double contrast_weight = 1.0;
        for (size_t k = i; k < j; k++) {
            const lex_entry *e = &d->entries[hits->hits[k].entry];
            if (e->cue == CUE_HEDGE)
                hedge *= e->weight;
            if (e->cue == CUE_CONTRAST && contrast_at == UINT32_MAX) {
                contrast_at = hits->hits[k].first_token;
                contrast_byte = hits->hits[k].start;
                contrast_weight = e->weight;
            }
        }
        if (hedge < 0.2)
            hedge = 0.2;
        double sum = 0;
        for (size_t k = i; k < j; k++) {
            const match_hit *h = &hits->hits[k];
            const lex_entry *e = &d->entries[h->entry];
            if (!e->cue)
                continue;
            int neg = 0;
            double v = 0;
            if (evaluative(e->cue)) {
                v = e->weight;
                for (size_t m = i; m < j; m++) {
                    const lex_entry *me = &d->entries[hits->hits[m].entry];
                    if (me->cue == CUE_NEGATOR &&
                        in_scope(me, &hits->hits[m], h))
                        neg = !neg;
                    else if (me->cue == CUE_INTENSIFIER &&
                             in_scope(me, &hits->hits[m], h))
                        v *= me->weight;
                }
                for (uint32_t t = 0; t < (h->n_tokens ? h->n_tokens : 1); t++)
                    if (negated && negated[h->first_token + t])
                        neg = !neg;
                if (neg)
                    v *= NEGATION_FACTOR;
                if (contrast_at != UINT32_MAX)
                    v *= h->first_token < contrast_at ? 0.5 : contrast_weight;
                v *= hedge;
                sum += v;
            }
            if (push_cue(st, (sayasat_cue){
                    cue_name(e->cue), h->start, h->end, s, e->weight, v, neg,
                    d->pool.data + e->text, d->pool.data + e->file,
                    e->line}))
                return -1;
        }
        /* scare quotes: a few words in quotation marks that start in
         * lowercase (not a name or a title) mark the author's distance */
        for (; mk < n_marks && marks[mk].open < sents[s].end; mk++) {
            const quote_mark *q = &marks[mk];
            if (q->open < sents[s].start || q->close_end > sents[s].end ||
                !scare_quote(text, q))
                continue;
            double v = SCARE_QUOTE_WEIGHT * hedge;
            if (contrast_byte != UINT32_MAX)
                v *= q->open < contrast_byte ? 0.5 : contrast_weight;
            sum += v;
            if (push_cue(st, (sayasat_cue){"critique", q->open, q->close_end,
                                           s, SCARE_QUOTE_WEIGHT, v, 0,
                                           "scare quotes", "", 0}))
                return -1;
        }
        out[s].polarity = sum;
        out[s].n_cues = st->n_cues - out[s].first_cue;
        i = j;
    }

    /* themes: their sentences' polarity, and half of the next sentence's */
    memset(st->theme_sum, 0, st->n_themes * sizeof *st->theme_sum);
    size_t ev = 0;
    for (size_t s = 0; s < n_sent; s++) {
        memset(st->theme_in_sentence, 0, st->n_themes);
        for (; ev < n_evidence && evidence[ev].sentence == s; ev++)
            if (evidence[ev].weight > 0)
                st->theme_in_sentence[evidence[ev].theme] = 1;
        double next = s + 1 < n_sent ? out[s + 1].polarity : 0;
        for (size_t t = 0; t < st->n_themes; t++)
            if (st->theme_in_sentence[t])
                st->theme_sum[t] += out[s].polarity + 0.5 * next;
    }
    for (size_t t = 0; t < st->n_themes; t++)
        themes[t].stance = tanh(st->theme_sum[t] / 3.0);

    /* the document */
    double pos = 0, negm = 0;
    for (size_t s = 0; s < n_sent; s++) {
        if (out[s].polarity > 0)
            pos += out[s].polarity;
        else
            negm -= out[s].polarity;
    }
    stance_label(pos, negm, n_present > 0, doc);
    return 0;
}

void stance_label(double pos, double negm, int on_topic, sayasat_stance *doc)
{
    double mass = pos + negm;
    doc->positive = pos;
    doc->negative = negm;
    doc->score = (pos - negm) / (mass + 2.0);
    double strength = 1.0 - exp(-mass / 4.0);
    double balance = mass > 0 ? fmin(pos, negm) / fmax(pos, negm) : 0;
    if (!on_topic) {
        doc->label = "offtopic";
        doc->confidence = 1.0 - strength * 0.5;
    } else if (mass < NEUTRAL_MASS) {
        doc->label = "neutral";
        doc->confidence = 1.0 - mass / NEUTRAL_MASS * 0.5;
    } else if (pos >= MIXED_MASS && negm >= MIXED_MASS &&
               balance >= MIXED_BALANCE) {
        doc->label = "mixed";
        doc->confidence = strength * balance;
    } else if (doc->score >= LEAN_SCORE) {
        doc->label = "support";
        doc->confidence = strength * (0.5 + 0.5 * doc->score);
    } else if (doc->score <= -LEAN_SCORE) {
        doc->label = "critical";
        doc->confidence = strength * (0.5 - 0.5 * doc->score);
    } else {
        doc->label = mass >= 3.0 ? "mixed" : "neutral";
        doc->confidence = 0.5 * strength;
    }
}
