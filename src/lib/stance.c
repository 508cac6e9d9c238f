#include "stance.h"

#include "stem_kk.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

int stance_init(stance_state *st, const lexicon_data *d)
{
    size_t n_themes = d->n_themes;
    memset(st, 0, sizeof *st);
    st->n_themes = n_themes;
    /* how far a negator or intensifier can reach, in tokens from its
     * first one: modifiers are only looked for that far around a cue */
    for (size_t e = 0; e < d->n_entries; e++) {
        const lex_entry *me = &d->entries[e];
        if (me->cue == CUE_NEGATOR || me->cue == CUE_INTENSIFIER) {
            uint32_t reach = (uint32_t)(me->n_words ? me->n_words : 1) +
                             (uint32_t)abs(me->scope);
            if (reach > st->modifier_reach)
                st->modifier_reach = reach;
        }
    }
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
    free(st->sentence_cues);
    free(st->theme_sum);
    free(st->theme_in_sentence);
    memset(st, 0, sizeof *st);
}

/* Is there a clause boundary in text[a, b): punctuation inside a sentence
 * or the contrastive "а" ("не формальность, а живой диалог")? A negator or
 * intensifier does not reach across one. */
static int clause_boundary(const char *text, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
            return 1;
        /* – and — (E2 80 93/94) */
        if (c == 0xE2 && i + 2 < b && (unsigned char)text[i + 1] == 0x80 &&
            ((unsigned char)text[i + 2] == 0x93 ||
             (unsigned char)text[i + 2] == 0x94))
            return 1;
        /* " а " (D0 B0 between spaces) */
        if (c == ' ' && i + 3 < b && (unsigned char)text[i + 1] == 0xD0 &&
            (unsigned char)text[i + 2] == 0xB0 && text[i + 3] == ' ')
            return 1;
    }
    return 0;
}

/* The last token of hit h (a regex hit counts one token). */
static uint32_t last_token(const match_hit *h)
{
    return h->first_token + (h->n_tokens ? h->n_tokens : 1) - 1;
}

/* Does modifier m (a negator or intensifier hit) have hit h in scope? */
static int in_scope(const char *text, const lex_entry *me,
                    const match_hit *m, const match_hit *h)
{
    uint32_t m_first = m->first_token, m_last = last_token(m);
    uint32_t h_first = h->first_token, h_last = last_token(h);
    uint32_t reach = (uint32_t)abs(me->scope);
    if ((me->scope < 0 || me->scope_around) &&  /* stands before the words */
        h_first > m_last && h_first <= m_last + reach &&
        !clause_boundary(text, m->end, h->start))
        return 1;
    return (me->scope > 0 || me->scope_around) &&   /* stands after them */
           h_last < m_first && h_last + reach >= m_first &&
           !clause_boundary(text, h->end, m->start);
}

/* Multiplies the effects of cues [first, end) by f: a sentence's cues when
 * its polarity is scaled, so that they still add up to it. */
static void scale_cues(stance_state *st, size_t first, size_t end, double f)
{
    for (size_t c = first; c < end; c++)
        st->cues[c].effect *= f;
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
 * with a lowercase letter (not a name, a title or a quotation), a single
 * word of at least four letters, no question or exclamation? */
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
    /* a quoted «да», «нет», «иә» is an answer someone gave, not distance:
     * one word needs four letters (two bytes each in Cyrillic) */
    if (words == 1 && m->qe - m->qs < 8)
        return 0;
    /* a quoted question or exclamation is speech */
    if (memchr(text + m->qs, '?', m->qe - m->qs) ||
        memchr(text + m->qs, '!', m->qe - m->qs))
        return 0;
    return words <= 4 && c >= 0 && u_islower(c);
}

/* Does quotation q open on a critique entry of weight 0 among the n cues:
 * a term the lexicons say is quoted as a term, not kept at a distance (the
 * vote options of a tally: «жақтап», «қалыс қалды», «против»)? The cues
 * are in text order and so are the quotations asked about, so *from, the
 * first cue not before the last quotation, only moves on. */
static int quoted_term(const lexicon_data *d, const match_hit *const *cues,
                       size_t n, size_t *from, const quote_mark *q)
{
    while (*from < n && cues[*from]->start < q->qs)
        (*from)++;
    for (size_t c = *from; c < n && cues[c]->start == q->qs; c++) {
        const lex_entry *e = &d->entries[cues[c]->entry];
        if (e->cue == CUE_CRITIQUE && e->weight == 0)
            return 1;
    }
    return 0;
}

/* Does sentence se end in a question mark (before closing quotation marks
 * and brackets)? */
static int question(const char *text, const seg_sentence *se)
{
    int32_t p = (int32_t)se->end;
    UChar32 c;
    while (p > (int32_t)se->start) {
        U8_PREV(text, (int32_t)se->start, p, c);
        if (!(u_isspace(c) || c == 0xBB || c == 0x201C || c == '"' ||
              c == ')'))
            return c == '?';
    }
    return 0;
}

static int evaluative(cue_kind c)
{
    return c == CUE_POLARITY || c == CUE_CRITIQUE;
}

/* Does the word ending at text[p) start with a capital and go on in
 * lowercase (Ерболат)? */
static int after_capitalised_word(const char *text, int32_t p)
{
    UChar32 c = 0, first = 0, second = 0;
    while (p > 0) {     /* back over the spaces to the word's last letter */
        U8_PREV(text, 0, p, c);
        if (c != ' ' && c != 0xA0)
            break;
    }
    while (c > 0 && u_isalpha(c)) {    /* back to its first letter */
        second = first;
        first = c;
        if (p == 0)
            break;
        U8_PREV(text, 0, p, c);
    }
    return first && second && u_isupper(first) && u_islower(second);
}

/* Does hit h stand on a name: a capitalised word (then a lowercase letter,
 * so not a shouted ПОЗОР) inside a clause, after a letter, digit or comma,
 * or in quotation marks after one (Жақсылықов, партия «Адал», «Справедливый
 * Казахстан»), or a surname in capitals after a first name, as bylines
 * write it (Ерболат ЖАҚСЫБЕКОВ)? An evaluative word there is not an
 * evaluation. */
static int on_a_name(const char *text, const match_hit *h)
{
    int32_t i = (int32_t)h->start, end = (int32_t)h->end;
    UChar32 c;
    U8_NEXT(text, i, end, c);
    if (c < 0 || !u_isupper(c) || i >= end)
        return 0;
    U8_NEXT(text, i, end, c);
    if (c >= 0 && u_isupper(c))
        return after_capitalised_word(text, (int32_t)h->start);
    if (c < 0 || !u_islower(c))
        return 0;
    int32_t p = (int32_t)h->start;
    int quoted = 0;
    while (p > 0) {
        U8_PREV(text, 0, p, c);
        if (c == ' ' || c == 0xA0 || c == '\t')
            continue;
        if (!quoted && (c == 0xAB || c == 0x201E || c == 0x201C || c == '"')) {
            quoted = 1;     /* «: what stands before the quotation decides */
            continue;
        }
        return u_isalnum(c) || c == ',' || c == ';';
    }
    return 0;
}

static int by_span(const void *a, const void *b)
{
    const match_hit *x = *(const match_hit *const *)a;
    const match_hit *y = *(const match_hit *const *)b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;    /* the longer first */
    return (x->entry > y->entry) - (x->entry < y->entry);
}

/* How exactly an entry's words are written: an exact form 3, a stemmed
 * word 2, a prefix glob 1 (plus its length: кемшіліксіз* is more exact than
 * кемшілік*); a regex counts as stemmed words. */
static size_t specificity(const lexicon_data *d, const lex_entry *e)
{
    if (!e->n_words)
        return 2 * 1000;
    size_t score = 0;
    for (size_t w = 0; w < e->n_words; w++) {
        const lex_word *lw = &d->words[e->first_word + w];
        score += 1000 * (lw->kind == WORD_EXACT    ? 3
                         : lw->kind == WORD_STEM ? 2
                                                 : 1);
        if (lw->kind == WORD_PREFIX)
            score += strlen(d->pool.data + lw->text);
    }
    return score / e->n_words;
}

/* Past and divergence cues say something of the whole sentence or
 * document, not of the words they stand on: a phrase around them does not
 * speak for them ("Пять лет назад о таком нельзя было и мечтать" keeps the
 * veto мечтать inside the polarity phrase). */
static int frame(cue_kind c)
{
    return c == CUE_PAST || c == CUE_DIVERGENCE;
}

/* The cue hits among a sentence's n hits, in text order, without those that
 * lie inside a longer cue hit: a set expression speaks for its words (the
 * hedge "по крайней мере" for the intensifier "крайне" in it, "скепсис не
 * оправдался" for its negator and its two evaluative words), and without
 * evaluative cues on a name (on_a_name). Of hits on the same words, the
 * more exactly written entry wins ("жүзеге асса", if it is done, over
 * жүзеге асу; кемшіліксіз* over кемшілік*). Frame cues are all kept. */
static int sentence_cues(stance_state *st, const lexicon_data *d,
                         const char *text, const match_hit *hits, size_t n)
{
    if (grow_array((void **)&st->sentence_cues, &st->cap_sentence_cues,
                   n + 1, sizeof *st->sentence_cues))
        return -1;
    /* word cues at the front, [0, k); frame cues at the back, [n - f, n) */
    size_t k = 0, f = 0;
    for (size_t i = 0; i < n; i++) {
        cue_kind cue = d->entries[hits[i].entry].cue;
        if (frame(cue))
            st->sentence_cues[n - ++f] = &hits[i];
        else if (cue && !(evaluative(cue) && on_a_name(text, &hits[i])))
            st->sentence_cues[k++] = &hits[i];
    }
    qsort(st->sentence_cues, k, sizeof *st->sentence_cues, by_span);
    /* widest: the hit seen so far that reaches furthest (the first of
     * those, so it starts earliest); a hit it contains and differs from is
     * covered */
    const match_hit *widest = NULL;
    size_t kept = 0;
    for (size_t i = 0; i < k; i++) {
        const match_hit *h = st->sentence_cues[i];
        if (widest && (widest->end > h->end ||
                       (widest->end == h->end && widest->start < h->start)))
            continue;
        if (widest && widest->start == h->start && widest->end == h->end) {
            size_t a = specificity(d, &d->entries[widest->entry]),
                   b = specificity(d, &d->entries[h->entry]);
            if (a > b)
                continue;
            if (b > a) {    /* h replaces the hits on these words */
                while (kept && st->sentence_cues[kept - 1]->start == h->start
                       && st->sentence_cues[kept - 1]->end == h->end)
                    kept--;
                widest = h;
            }
        }
        if (!widest || h->end > widest->end)
            widest = h;
        st->sentence_cues[kept++] = h;
    }
    if (f) {    /* the frame cues join the kept ones, in text order */
        memmove(st->sentence_cues + kept, st->sentence_cues + n - f,
                f * sizeof *st->sentence_cues);
        kept += f;
        qsort(st->sentence_cues, kept, sizeof *st->sentence_cues, by_span);
    }
    st->n_sentence_cues = kept;
    return 0;
}

/* Applies modifier hit m to evaluative hit h if h is in its scope. */
static void modify(const lexicon_data *d, const char *text,
                   const match_hit *m, const match_hit *h, double *v,
                   int *neg)
{
    const lex_entry *me = &d->entries[m->entry];
    if (me->cue == CUE_NEGATOR && in_scope(text, me, m, h))
        *neg = !*neg;
    else if (me->cue == CUE_INTENSIFIER && in_scope(text, me, m, h))
        *v *= me->weight;
}

/* The Kazakh verb endings that govern cue k from the words after it, as
 * емес does: a verb at most VERB_REACH tokens on, in its clause, that
 * carries negation ("тиімді жүргізілмеді", was not carried out
 * effectively) or the conditional ("дұрыс шешілсе", if it is solved
 * properly). Only the first negated verb counts, and not when it lies in
 * a word cue, which answers for it ("сын айтылмады", "ақтай алмады"). Word
 * cues are in text order and none holds cue k (sentence_cues), so only
 * those after k can hold the verb; frame cues speak of the sentence. */
static unsigned marks_after(const lexicon_data *d, const char *text,
                            const match_hit *const *cues, size_t n, size_t k,
                            const unsigned char *verb_marks,
                            const seg_token *tokens, uint32_t sentence_end)
{
    const match_hit *h = cues[k];
    uint32_t h_last = last_token(h);
    unsigned marks = 0, negation_seen = 0;
    for (uint32_t t = h_last + 1; t <= h_last + VERB_REACH && t < sentence_end;
         t++) {
        if (!verb_marks[t])
            continue;
        if (clause_boundary(text, h->end, tokens[t].start))
            break;
        if ((verb_marks[t] & KK_NEGATED) && !negation_seen) {
            negation_seen = 1;
            int in_cue = 0;
            for (size_t c = k + 1; c < n && cues[c]->first_token <= t; c++)
                in_cue |= t <= last_token(cues[c]) &&
                          !frame(d->entries[cues[c]->entry].cue);
            if (!in_cue)
                marks |= KK_NEGATED;
        }
        marks |= verb_marks[t] & KK_CONDITIONAL;
    }
    return marks;
}

/* The weight of evaluative cue k after the negators and intensifiers that
 * have it in scope and the Kazakh verb endings inside it or just after it
 * (marks_after): negation flips it and the conditional mood weakens it;
 * *neg says whether it ended up negated.
 * Modifiers reach at most modifier_reach tokens, so only the cues that near
 * are looked at (a long sentence stays linear). */
static double modified_weight(const stance_state *st, const lexicon_data *d,
                              const char *text, const match_hit *const *cues,
                              size_t n, size_t k,
                              const unsigned char *verb_marks,
                              const seg_token *tokens, uint32_t sentence_end,
                              int *neg)
{
    const match_hit *h = cues[k];
    uint32_t h_last = last_token(h);
    const lex_entry *e = &d->entries[h->entry];
    double v = e->weight;
    *neg = 0;
    for (size_t m = k; m-- > 0;) {
        if (cues[m]->first_token + st->modifier_reach < h->first_token)
            break;
        modify(d, text, cues[m], h, &v, neg);
    }
    for (size_t m = k + 1;
         m < n && cues[m]->first_token <= h_last + st->modifier_reach; m++)
        modify(d, text, cues[m], h, &v, neg);
    /* Kazakh verbal negation, except in a word written as an exact form:
     * the negated verb of "түк \"шықпады\"" is the entry's own */
    unsigned conditional = 0;
    for (uint32_t t = h->first_token; t <= h_last; t++) {
        uint32_t w = t - h->first_token;
        if (w < e->n_words && d->words[e->first_word + w].kind == WORD_EXACT)
            continue;
        if (verb_marks[t] & KK_NEGATED)
            *neg = !*neg;
        conditional |= verb_marks[t] & KK_CONDITIONAL;
    }
    unsigned after = marks_after(d, text, cues, n, k, verb_marks, tokens,
                                 sentence_end);
    if (after & KK_NEGATED)
        *neg = !*neg;
    if (*neg)
        v *= NEGATION_FACTOR;
    if (conditional || (after & KK_CONDITIONAL))
        v *= CONDITIONAL_FACTOR;
    return v;
}

int stance_document(stance_state *st, const lexicon_data *d, const char *text,
                    const quote_mark *marks, size_t n_marks,
                    const hit_list *hits, const seg_sentence *sents,
                    size_t n_sent, const seg_token *tokens,
                    const unsigned char *verb_marks,
                    const sayasat_evidence *evidence, size_t n_evidence,
                    sayasat_sentence *out, sayasat_theme_score *themes,
                    size_t n_present, sayasat_stance *doc)
{
    st->n_cues = 0;
    int two_sided = 0;
    /* the cues, in text order, sentence by sentence */
    size_t i = 0, mk = 0;
    for (size_t s = 0; s < n_sent; s++) {
        /* hits of sentence s: [i, j), hits being in text order */
        uint32_t next = s + 1 < n_sent ? sents[s + 1].first_token
                                       : UINT32_MAX;
        uint32_t sentence_end = sents[s].first_token + sents[s].n_tokens;
        size_t j = i;
        while (j < hits->n && hits->hits[j].first_token < next)
            j++;
        if (sentence_cues(st, d, text, hits->hits + i, j - i))
            return -1;
        const match_hit *const *cues = st->sentence_cues;
        size_t n_cues = st->n_sentence_cues;
        out[s].first_cue = st->n_cues;
        double hedge = 1.0, past = 0;
        int past_veto = 0;
        uint32_t contrast_at = UINT32_MAX, contrast_byte = UINT32_MAX;
        double contrast_weight = 1.0;
        for (size_t k = 0; k < n_cues; k++) {
            const lex_entry *e = &d->entries[cues[k]->entry];
            if (e->cue == CUE_HEDGE)
                hedge *= e->weight;
            if (e->cue == CUE_DIVERGENCE)
                two_sided = 1;
            if (e->cue == CUE_PAST) {
                if (e->weight == 0)
                    past_veto = 1;
                else if (e->weight < past)
                    past = e->weight;
            }
            if (e->cue == CUE_CONTRAST && contrast_at == UINT32_MAX) {
                contrast_at = cues[k]->first_token;
                contrast_byte = cues[k]->start;
                contrast_weight = e->weight;
            }
        }
        if (hedge < 0.2)
            hedge = 0.2;
        /* before, after: the evaluation on each side of the contrast */
        double sum = 0, before = 0, after = 0;
        size_t contrast_cue = SIZE_MAX;
        for (size_t k = 0; k < n_cues; k++) {
            const match_hit *h = cues[k];
            const lex_entry *e = &d->entries[h->entry];
            int neg = 0;
            double v = 0;
            if (evaluative(e->cue)) {
                v = modified_weight(st, d, text, cues, n_cues, k, verb_marks,
                                    tokens, sentence_end, &neg);
                if (contrast_at != UINT32_MAX)
                    v *= h->first_token < contrast_at ? 0.5 : contrast_weight;
                v *= hedge;
                sum += v;
                *(h->first_token < contrast_at ? &before : &after) += v;
            }
            if (e->cue == CUE_CONTRAST && h->start == contrast_byte)
                contrast_cue = st->n_cues;
            if (push_cue(st, (sayasat_cue){
                    cue_name(e->cue), h->start, h->end, s, e->weight, v, neg,
                    d->pool.data + e->text, d->pool.data + e->file,
                    e->line}))
                return -1;
        }
        /* scare quotes: a few words in quotation marks that start in
         * lowercase (not a name or a title) mark the author's distance */
        size_t term_from = 0;
        for (; mk < n_marks && marks[mk].open < sents[s].end; mk++) {
            const quote_mark *q = &marks[mk];
            if (q->open < sents[s].start || q->close_end > sents[s].end ||
                !scare_quote(text, q) ||
                quoted_term(d, cues, n_cues, &term_from, q))
                continue;
            double v = SCARE_QUOTE_WEIGHT * hedge;
            if (contrast_byte != UINT32_MAX)
                v *= q->open < contrast_byte ? 0.5 : contrast_weight;
            sum += v;
            *(q->open < contrast_byte ? &before : &after) += v;
            if (push_cue(st, (sayasat_cue){"critique", q->open, q->close_end,
                                           s, SCARE_QUOTE_WEIGHT, v, 0,
                                           "scare quotes", "", 0}))
                return -1;
        }
        /* A contrast answers what stands before it, in the sentence or, when
         * the sentence opens with it ("Но...", "Бірақ..."), in the sentence
         * before: that weighs half. Where the clause after it says nothing
         * evaluative, the contrast itself turns against what it answers
         * ("Да, были и слабые кандидаты. Но именно для этого пилот и
         * нужен"): the contrast cue carries the opposite of the clause
         * before, at its full weight, so the pair leans the other way. */
        if (contrast_cue != SIZE_MAX) {
            int opens = contrast_at == sents[s].first_token;
            double answered = opens ? (s > 0 ? out[s - 1].polarity : 0)
                                    : 2 * before;
            if (after == 0 && answered != 0) {
                st->cues[contrast_cue].effect = -answered;
                sum -= answered;
            }
            if (opens && s > 0) {
                out[s - 1].polarity *= 0.5;
                scale_cues(st, out[s - 1].first_cue,
                           out[s - 1].first_cue + out[s - 1].n_cues, 0.5);
            }
        }
        /* A sentence set before the reform ("Раньше акимов назначали
         * для галочки") speaks of what the reform replaced: its evaluation
         * counts the other way, unless a veto (weight 0: "как и раньше",
         * "по сравнению с") says it is about now. A question asks rather
         * than asserts: "Реформа удалась?" counts half. */
        double factor = past < 0 && !past_veto ? past : 1.0;
        if (question(text, &sents[s]))
            factor *= QUESTION_FACTOR;
        if (factor != 1.0) {
            sum *= factor;
            scale_cues(st, out[s].first_cue, st->n_cues, factor);
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
    double pos = 0, negm = 0, closing = 0;
    for (size_t s = 0; s < n_sent; s++) {
        if (out[s].polarity > 0)
            pos += out[s].polarity;
        else
            negm -= out[s].polarity;
        if (out[s].polarity != 0)
            closing = out[s].polarity;
    }
    stance_label(pos, negm, n_present > 0, two_sided, closing, doc);
    return 0;
}

void stance_label(double pos, double negm, int on_topic, int two_sided,
                  double closing, sayasat_stance *doc)
{
    double mass = pos + negm;
    doc->positive = pos;
    doc->negative = negm;
    doc->score = (pos - negm) / (mass + 2.0);
    double strength = 1.0 - exp(-mass / 4.0);
    double balance = mass > 0 ? fmin(pos, negm) / fmax(pos, negm) : 0;
    int balanced = pos >= MIXED_MASS && negm >= MIXED_MASS &&
                   balance >= MIXED_BALANCE;
    if (!on_topic) {
        doc->label = "offtopic";
        doc->confidence = 1.0 - strength * 0.5;
    } else if (mass == 0 || (mass < NEUTRAL_MASS && !two_sided)) {
        /* a text that reports its sources disagree and evaluates at all
         * goes on to mixed (or support) */
        doc->label = "neutral";
        doc->confidence = 1.0 - mass / NEUTRAL_MASS * 0.5;
    } else if ((balanced || two_sided) && closing >= CLOSING_PRAISE) {
        /* a defence concedes the problems and answers the critics, then
         * ends on its verdict */
        doc->label = "support";
        doc->confidence = strength * 0.5;
    } else if (balanced || two_sided) {
        doc->label = "mixed";
        doc->confidence = strength * (balanced ? balance : 0.5);
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
