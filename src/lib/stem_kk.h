/* stem_kk: sayasat's Kazakh suffix-stripping stemmer.
 *
 * Input is one word, already case-folded, NFC, Cyrillic UTF-8 (Latin-script
 * Kazakh is transliterated before it gets here). Output is its stem, also
 * UTF-8. The stemmer is a pure function: no state, no allocation, safe from
 * any number of threads. See stem_kk.c for the suffix classes and guards. */
#ifndef SAYASAT_STEM_KK_H
#define SAYASAT_STEM_KK_H

#include <stddef.h>

/* Longest word, in bytes, that the stemmer looks at; longer words are
 * returned unchanged. */
#define STEM_KK_MAX_BYTES 256

/* Writes the stem of word[0..len) to out (NUL-terminated) and returns its
 * length in bytes. out must hold at least len + 8 bytes (a repaired root can
 * be a few bytes longer than the surface form, e.g. мұрны -> мұрын). A word
 * that is not Kazakh letters, or is too short to strip, is copied as is. */
size_t stem_kk(const char *word, size_t len, char *out);

/* What the folded word's verb ending says, after its stem and a passive or
 * reflexive suffix (stem is stem_kk()'s output for it):
 *   KK_NEGATED: verbal negation (қолда|майды, шеш|пейді, жаса|мау,
 *     шеш|іл|меген), not the instrumental case (ықылас|пен);
 *   KK_CONDITIONAL: the conditional mood -са/-се with a person ending
 *     (шеш|се, орында|ма|са, жүргіз|іл|се), which asserts nothing. */
enum { KK_NEGATED = 1, KK_CONDITIONAL = 2 };
unsigned stem_kk_verb_marks(const char *stem, size_t slen, const char *folded,
                            size_t flen);

#endif
