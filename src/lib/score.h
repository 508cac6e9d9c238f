/* score: from the entries matched in a document to per-theme figures.
 *
 * Overlapping matches of one theme count once: the longest entry wins
 * (прямые выборы акимов, not also выборы акимов inside it, nor a shorter
 * phrase that starts earlier and overlaps it), so a longer negative entry
 * (пресс-служба акимата) cancels the word it contains.
 * Matches of different themes may overlap: a phrase can carry two themes.
 * A theme is present when its matched weight reaches the theme's @present
 * weight (lexicon.h: DEFAULT_PRESENT_MIN without one). */
#ifndef SAYASAT_SCORE_H
#define SAYASAT_SCORE_H

#include <stddef.h>

#include "lexicon.h"
#include "match.h"

typedef struct {
    sayasat_theme_score *themes;    /* n_themes */
    size_t *present;
    size_t n_present;
    sayasat_evidence *evidence;
    size_t n_evidence, cap_evidence;
    size_t *sentence_mark;          /* scratch: last sentence counted */
    unsigned char *keep;            /* scratch: per hit, counts */
    size_t cap_keep;
    struct candidate *cand;         /* scratch: hits to choose among */
    size_t cap_cand;
} score_state;

/* Prepares state for a set with n_themes; returns 0 or -1 (no memory). */
int score_init(score_state *state, size_t n_themes);
void score_free(score_state *state);

/* Scores a document's hits (sorted in place into text order) given its
 * sentences and its number of word tokens. Fills state's themes, present
 * and evidence. Returns 0, or -1 when out of memory. */
int score_document(score_state *state, const lexicon_data *data,
                   hit_list *hits, const seg_sentence *sentences,
                   size_t n_sentences, size_t tokens);

#endif
