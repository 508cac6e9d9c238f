/* translit_kk: Kazakh written in Latin letters -> Cyrillic, with ICU
 * transliterators.
 *
 * Real texts use several Latin orthographies: the 2021 alphabet
 * (ä ğ q ñ ö ū ü ı i ş ç), the 2018 acute-accent alphabet (á ǵ ń ó ú ý ı,
 * with sh/ch), and an informal ASCII variant (w for ұ/у, ı or y for ы).
 * translit_kk_detect() tells which one a stretch of text uses, and
 * translit_kk_convert() rewrites one word in it.
 *
 * A translit_kk_rules object holds the compiled rule sets: build it once and
 * share it read-only. Each thread converts through its own translit_kk
 * (ICU transliterators are not safe to use from two threads at once). */
#ifndef SAYASAT_TRANSLIT_KK_H
#define SAYASAT_TRANSLIT_KK_H

#include <stdint.h>
#include <unicode/utypes.h>

typedef enum {
    KK_LATIN_NONE = 0,   /* no Kazakh Latin evidence */
    KK_LATIN_2021,
    KK_LATIN_2018,
    KK_LATIN_INFORMAL
} kk_latin_orthography;

typedef struct translit_kk_rules translit_kk_rules;
typedef struct translit_kk translit_kk;

/* Compiles the rule sets. Returns NULL and sets *status on failure. */
translit_kk_rules *translit_kk_rules_new(UErrorCode *status);
void translit_kk_rules_free(translit_kk_rules *rules);

/* A per-thread converter over shared rules. */
translit_kk *translit_kk_new(const translit_kk_rules *rules, UErrorCode *status);
void translit_kk_free(translit_kk *t);

/* Scores a UTF-16 stretch of text (a sentence or a document) and returns the
 * orthography it is most likely written in, or KK_LATIN_NONE when it does not
 * look like Latin-script Kazakh (plain English or Russian-in-Latin included).
 * Evidence is counted per Latin word: letters of the 2018/2021 alphabets, q
 * (not in qu-), w used as a vowel, Kazakh function words and political
 * stems. Mostly-Cyrillic text, a single evidence word among foreign ones,
 * and text full of English/German/Russian function words give NONE.
 * One pass, no allocation; the text need not be case-folded. */
kk_latin_orthography translit_kk_detect(const UChar *text, int32_t len);

/* Converts one word, case-folded with Turkic dotless-i rules (I->ı, İ->i),
 * in place from Latin to lowercase Cyrillic under the given orthography.
 * *len is the length in UTF-16 units on entry and on return; cap is the
 * buffer capacity (the result is NUL-terminated only when it is shorter than
 * cap). Returns 0, or -1 when the buffer is too small, an argument is bad or
 * ICU fails; on -1 the word and *len are left untouched. Characters that are
 * not Latin letters (digits, hyphens, Cyrillic) are left as they are; each
 * run of Latin letters between them is converted as a word of its own
 * (өзін-өзі). KK_LATIN_NONE leaves the word unchanged. */
int translit_kk_convert(translit_kk *t, kk_latin_orthography orth,
                        UChar *word, int32_t *len, int32_t cap);

#endif
