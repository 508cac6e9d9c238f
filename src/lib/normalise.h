/* normalise: one word as the matcher sees it. UTF-8 in (invalid bytes read
 * as U+FFFD), then case folding, NFC, ё -> е, hyphen variants -> '-', soft
 * hyphens and zero-width characters dropped; for Latin-script Kazakh, Turkic
 * dotless-i folding and transliteration to Cyrillic. UTF-8 out.
 *
 * One normaliser per thread: it owns its ICU transliterator and buffers. */
#ifndef SAYASAT_NORMALISE_H
#define SAYASAT_NORMALISE_H

#include <stddef.h>
#include <unicode/utypes.h>

#include "translit_kk.h"

/* Longest word, in bytes, that normalise_word() folds; longer words are cut
 * there (no real word is this long; a URL or a base64 blob may be). */
#define NORMALISE_MAX_WORD 512

typedef struct normaliser normaliser;

normaliser *normaliser_new(const translit_kk_rules *rules, UErrorCode *status);
void normaliser_free(normaliser *n);

/* Folds word[0..len) into out (cap bytes, NUL-terminated) and returns the
 * length in bytes, or -1 when out is too small or ICU fails. orth says
 * whether (and how) to transliterate Latin-script Kazakh. */
int normalise_word(normaliser *n, const char *word, size_t len,
                   kk_latin_orthography orth, char *out, size_t cap);

#endif
