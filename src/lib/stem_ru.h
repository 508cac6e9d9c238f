/* stem_ru: Russian stems from Snowball (libstemmer), one stemmer per
 * thread. Input is a word already folded by normalise (lowercase, NFC,
 * ё -> е). A hyphenated word keeps everything up to its last hyphen and
 * stems the rest (социально-экономических -> социально-экономическ). */
#ifndef SAYASAT_STEM_RU_H
#define SAYASAT_STEM_RU_H

#include <stddef.h>

typedef struct stem_ru stem_ru;

/* NULL when out of memory or libstemmer has no Russian UTF-8 stemmer. */
stem_ru *stem_ru_new(void);
void stem_ru_free(stem_ru *s);

/* Writes the stem of word[0..len) to out (cap bytes, NUL-terminated) and
 * returns its length, or -1 when out is too small or memory runs out. */
int stem_ru_word(stem_ru *s, const char *word, size_t len, char *out,
                 size_t cap);

#endif
