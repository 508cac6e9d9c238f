/* segment: sentences and word tokens of a UTF-8 buffer, with ICU's
 * BreakIterator running directly on the UTF-8 bytes (UText), so every offset
 * is a byte offset into the caller's buffer, invalid bytes included.
 *
 * On top of ICU's rules: hyphenated words stay one token
 * (социально-экономический, бұрын-соңды, 2022-м); a sentence does not end at
 * an abbreviation (т.е., г., млрд., т.б., ж.) or an initial (К. Токаев) when
 * the text goes on; a line break inside a sentence (hard-wrapped text) does
 * not end it when the next line starts in lowercase; sentences without a
 * single word or number are dropped. */
#ifndef SAYASAT_SEGMENT_H
#define SAYASAT_SEGMENT_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

enum { TOKEN_WORD = 1, TOKEN_NUMBER = 2 };

typedef struct {
    uint32_t start, end;    /* bytes */
    uint32_t kind;          /* TOKEN_WORD or TOKEN_NUMBER */
} seg_token;

typedef struct {
    uint32_t start, end;    /* bytes, from the first to the last token's end
                               plus closing punctuation */
    uint32_t first_token, n_tokens;
} seg_sentence;

typedef struct segmenter segmenter;

segmenter *segmenter_new(UErrorCode *status);
void segmenter_free(segmenter *seg);

/* Segments text[0..len) (len < 2^31). Returns 0, or -1 with *status set
 * (U_MEMORY_ALLOCATION_ERROR when out of memory). The arrays below are
 * owned by the segmenter and valid until the next call. */
int segmenter_run(segmenter *seg, const char *text, size_t len,
                  UErrorCode *status);
const seg_token *segmenter_tokens(const segmenter *seg, size_t *n);
const seg_sentence *segmenter_sentences(const segmenter *seg, size_t *n);

#endif
