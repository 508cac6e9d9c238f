/* wordproc: step 5 of the pipeline, fold + stem one word for a language.
 * Text words and lexicon entry words go through this same path, which is
 * what lets an entry written as `прямые выборы` meet `прямых выборов`.
 * One per thread (it owns a normaliser and a Snowball stemmer). */
#ifndef SAYASAT_WORDPROC_H
#define SAYASAT_WORDPROC_H

#include <stddef.h>
#include <unicode/utypes.h>

#include "langid.h"
#include "normalise.h"

/* Room for any folded word or stem. */
#define WORD_BUF (NORMALISE_MAX_WORD * 4)

typedef struct wordproc wordproc;

wordproc *wordproc_new(const translit_kk_rules *rules, UErrorCode *status);
void wordproc_free(wordproc *wp);

/* normalise_word() through this wordproc's normaliser. */
int wordproc_fold(wordproc *wp, const char *word, size_t len,
                  kk_latin_orthography orth, char *out, size_t cap);

/* Stems a folded word: Snowball for ru, stem_kk for kk, a copy otherwise.
 * Returns the length, or -1 when out is too small or memory runs out. */
int wordproc_stem(wordproc *wp, lang_id lang, const char *folded, size_t len,
                  char *out, size_t cap);

#endif
