/* quotes: who said what. Direct speech in «…», „…“, “…” and "…" and in
 * dialogue lines that open with a dash; reported speech in sentences with
 * a speech verb or marker (по словам X, X отметил/заявил/подчеркнул,
 * X-тың айтуынша, X атап өтті, деді, мәлімдеді). Each quote gets its
 * speaker's name span where one stands next to the verb or marker (a run
 * of capitalised words, else the role words there; for a Kazakh final verb,
 * the name or the post that opens its clause: Басқарма басшысы ...
 * хабарлады), the themes matched inside it and its own stance from the cues
 * inside it. A pronoun or role speaker (она, эксперт, сарапшы) refers to
 * the last person named as a speaker before it: a document usually quotes
 * its expert by name once.
 *
 * Whether a word is a speech verb or marker is decided once per word type
 * (quotes_speech_word), so a document costs one pass over its tokens and
 * one over its bytes for quotation marks. */
#ifndef SAYASAT_QUOTES_H
#define SAYASAT_QUOTES_H

#include <stddef.h>

#include "sayasat.h"
#include "segment.h"

/* SPEECH_FINAL: a Kazakh verb, at the end of its clause, whose subject
 * (the speaker) opens the clause. */
enum { SPEECH_NONE = 0, SPEECH_VERB = 1, SPEECH_MARKER = 2, SPEECH_FINAL = 3 };

/* SPEECH_VERB (заявил, отметила), SPEECH_FINAL (деді, мәлімдеді),
 * SPEECH_MARKER (the словам of "по словам", айтуынша, пікірінше) or
 * SPEECH_NONE, for a folded word. */
int quotes_speech_word(const char *folded, size_t len);

/* A pair of quotation marks: the opening mark at open, the words in
 * [qs, qe), the closing mark ending at close_end. */
typedef struct {
    size_t open, qs, qe, close_end;
} quote_mark;

typedef struct {
    quote_mark *marks;          /* from quotes_marks(), in text order */
    size_t n_marks, cap_marks;
    size_t *dashes;             /* lines that open with a dash */
    size_t n_dashes, cap_dashes;
    sayasat_quote *quotes;
    size_t n, cap;
    size_t *theme_ids;          /* the quotes' themes, concatenated */
    size_t n_theme_ids, cap_theme_ids;
    size_t *theme_first;        /* per quote: its first in theme_ids */
    size_t cap_first;
    unsigned char *seen;        /* scratch per theme */
    size_t n_themes;
} quote_state;

int quotes_init(quote_state *q, size_t n_themes);
void quotes_free(quote_state *q);

/* Finds the pairs of quotation marks («…», „…“, “…”, "…"; nested « »
 * skipped, a blank line ends a quotation) and the lines that open with a
 * dash: one pass over the bytes, which the stance (scare quotes) and
 * quotes_find() then read. Returns 0, or -1 when out of memory. */
int quotes_marks(quote_state *q, const char *text, size_t len);

/* Finds the quotes of text after quotes_marks(); speech[t] is
 * quotes_speech_word() of token t; ev and cues are in text order. Returns
 * 0, or -1 when out of memory. */
int quotes_find(quote_state *q, const char *text, size_t len,
                const seg_token *tokens, size_t n_tok,
                const seg_sentence *sents, size_t n_sent,
                const unsigned char *speech, const sayasat_evidence *ev,
                size_t n_ev, const sayasat_cue *cues, size_t n_cues);

#endif
