#include "segment.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "util.h"

struct segmenter {
    UBreakIterator *words, *sentences;
    seg_token *tokens;
    size_t n_tokens, cap_tokens;
    seg_sentence *raw, *out;
    size_t n_raw, cap_raw, n_out, cap_out;
};

segmenter *segmenter_new(UErrorCode *status)
{
    segmenter *seg = calloc(1, sizeof *seg);
    if (!seg) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    seg->words = ubrk_open(UBRK_WORD, "ru", NULL, 0, status);
    seg->sentences = ubrk_open(UBRK_SENTENCE, "ru", NULL, 0, status);
    if (U_FAILURE(*status)) {
        segmenter_free(seg);
        return NULL;
    }
    return seg;
}

void segmenter_free(segmenter *seg)
{
    if (!seg)
        return;
    ubrk_close(seg->words);
    ubrk_close(seg->sentences);
    free(seg->tokens);
    free(seg->raw);
    free(seg->out);
    free(seg);
}

/* Length of a hyphen (-, U+2010, U+2011) at text[i], or 0. */
static size_t hyphen_at(const char *text, size_t len, size_t i)
{
    if (i < len && text[i] == '-')
        return 1;
    if (i + 2 < len && (unsigned char)text[i] == 0xE2 &&
        (unsigned char)text[i + 1] == 0x80 &&
        ((unsigned char)text[i + 2] == 0x90 ||
         (unsigned char)text[i + 2] == 0x91))
        return 3;
    return 0;
}

static int add_token(segmenter *seg, const char *text, size_t len,
                     uint32_t start, uint32_t end, uint32_t kind)
{
    if (seg->n_tokens) {
        seg_token *prev = &seg->tokens[seg->n_tokens - 1];
        size_t h = hyphen_at(text, len, prev->end);
        if (h && prev->end + h == start) {
            prev->end = end;
            if (kind == TOKEN_WORD)
                prev->kind = TOKEN_WORD;
            return 0;
        }
    }
    if (grow_array((void **)&seg->tokens, &seg->cap_tokens, seg->n_tokens + 1,
                   sizeof *seg->tokens))
        return -1;
    seg->tokens[seg->n_tokens++] = (seg_token){start, end, kind};
    return 0;
}

static int run_words(segmenter *seg, const char *text, size_t len)
{
    int32_t start = ubrk_first(seg->words);
    for (int32_t end = ubrk_next(seg->words); end != UBRK_DONE;
         start = end, end = ubrk_next(seg->words)) {
        int32_t status = ubrk_getRuleStatus(seg->words);
        if (status < UBRK_WORD_NUMBER)
            continue;
        uint32_t kind =
            status < UBRK_WORD_NUMBER_LIMIT ? TOKEN_NUMBER : TOKEN_WORD;
        if (add_token(seg, text, len, (uint32_t)start, (uint32_t)end, kind))
            return -1;
    }
    return 0;
}

/* Abbreviations that never end a sentence, and those that may (a year,
 * "and so on"): the latter only join a following sentence that starts in
 * lowercase or with a digit. Lowercase, without the final period. */
static const char *const never_final[] = {
    "т.е", "т.к", "т.н", "напр", "им", "см", "ст", "проф", "акад", "ул",
    "обл", "г-н", "г-жа", "гр", "пр", "др", "р-н", "мыс", "құр", "көш",
    "ш", "т.ғ", "доц", "и.о", "зам", "ген", "тов", "вв", "англ", "рус",
    "каз", "қаз", "букв", NULL};
static const char *const maybe_final[] = {
    "г", "гг", "ж", "жж", "млн", "млрд", "тыс", "трлн", "руб", "тг", "т.б",
    "т.д", "т.п", "т.с.с", "ж.т.б", "мин", "сек", "ч", "км", "га", NULL};

static int in_list(const char *const *list, const char *word)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(list[i], word) == 0)
            return 1;
    return 0;
}

/* Lowercases a short token into out (UTF-8); returns 0, or -1 if too long. */
static int lower_token(const char *text, const seg_token *t, char *out,
                       size_t cap)
{
    UChar u[32], l[32];
    int32_t ulen = 0, llen, olen;
    UErrorCode st = U_ZERO_ERROR;
    if (t->end - t->start >= 64)
        return -1;
    u_strFromUTF8WithSub(u, 32, &ulen, text + t->start,
                         (int32_t)(t->end - t->start), 0xFFFD, NULL, &st);
    llen = u_strToLower(l, 32, u, ulen, "", &st);
    u_strToUTF8(out, (int32_t)cap, &olen, l, llen, &st);
    return U_SUCCESS(st) && st != U_STRING_NOT_TERMINATED_WARNING ? 0 : -1;
}

static UChar32 first_char(const char *text, size_t len, uint32_t at)
{
    int32_t i = (int32_t)at;
    UChar32 c;
    U8_NEXT(text, i, (int32_t)len, c);
    return c;
}

/* Does the sentence ending with token a go on into the one starting with
 * token b? ICU breaks after a terminator (. ! ? …) or a line break. */
static int joins(const char *text, size_t len, const seg_token *a,
                 const seg_token *b)
{
    UChar32 next = first_char(text, len, b->start);
    int next_low = u_islower(next) || u_isdigit(next);
    int terminal = 0, newline = 0;
    for (size_t i = a->end; i < b->start; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '.' || c == '!' || c == '?' || c == 0xA6 /* … */)
            terminal = 1;
        else if (c == '\n')
            newline = 1;
    }
    if (!terminal)  /* a hard-wrapped line that goes on in lowercase */
        return newline && next_low;
    /* Only a period right after the last word, and nothing after it but
     * spaces and quotes, can be an abbreviation's or an initial's. */
    if (text[a->end] != '.' || newline)
        return 0;
    for (size_t i = a->end + 1; i < b->start; i++)
        if (text[i] == '.' || text[i] == '!' || text[i] == '?')
            return 0;
    char word[64];
    if (lower_token(text, a, word, sizeof word))
        return 0;
    if (in_list(never_final, word))
        return 1;
    if (in_list(maybe_final, word))
        return next_low;
    UChar32 c = first_char(text, len, a->start);
    int one_letter = (size_t)U8_LENGTH(c) == a->end - a->start;
    return one_letter && u_isupper(c) && u_isupper(next);
}

static int push_sentence(seg_sentence **arr, size_t *n, size_t *cap,
                         seg_sentence s)
{
    if (grow_array((void **)arr, cap, *n + 1, sizeof **arr))
        return -1;
    (*arr)[(*n)++] = s;
    return 0;
}

static int is_space_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

static int run_sentences(segmenter *seg, const char *text, size_t len)
{
    size_t t = 0;
    int32_t start = ubrk_first(seg->sentences);
    for (int32_t end = ubrk_next(seg->sentences); end != UBRK_DONE;
         start = end, end = ubrk_next(seg->sentences)) {
        seg_sentence s = {(uint32_t)start, (uint32_t)end, (uint32_t)t, 0};
        while (t < seg->n_tokens && seg->tokens[t].start < (uint32_t)end)
            t++, s.n_tokens++;
        if (!s.n_tokens)
            continue;
        while (s.start < s.end && is_space_byte(text[s.start]))
            s.start++;
        while (s.end > s.start && is_space_byte(text[s.end - 1]))
            s.end--;
        if (push_sentence(&seg->raw, &seg->n_raw, &seg->cap_raw, s))
            return -1;
    }
    for (size_t i = 0; i < seg->n_raw; i++) {
        seg_sentence s = seg->raw[i];
        if (seg->n_out) {
            seg_sentence *prev = &seg->out[seg->n_out - 1];
            const seg_token *a =
                &seg->tokens[prev->first_token + prev->n_tokens - 1];
            if (joins(text, len, a, &seg->tokens[s.first_token])) {
                prev->end = s.end;
                prev->n_tokens += s.n_tokens;
                continue;
            }
        }
        if (push_sentence(&seg->out, &seg->n_out, &seg->cap_out, s))
            return -1;
    }
    return 0;
}

int segmenter_run(segmenter *seg, const char *text, size_t len,
                  UErrorCode *status)
{
    UText ut = UTEXT_INITIALIZER;
    seg->n_tokens = seg->n_raw = seg->n_out = 0;
    if (len > INT32_MAX) {
        *status = U_INDEX_OUTOFBOUNDS_ERROR;
        return -1;
    }
    utext_openUTF8(&ut, text, (int64_t)len, status);
    ubrk_setUText(seg->words, &ut, status);
    ubrk_setUText(seg->sentences, &ut, status);
    int rc = U_FAILURE(*status) ? -1 : 0;
    if (!rc && (run_words(seg, text, len) || run_sentences(seg, text, len))) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        rc = -1;
    }
    /* The iterators keep shallow clones of ut: the bytes stay the
     * caller's, untouched until the next run. */
    utext_close(&ut);
    return rc;
}

const seg_token *segmenter_tokens(const segmenter *seg, size_t *n)
{
    *n = seg->n_tokens;
    return seg->tokens;
}

const seg_sentence *segmenter_sentences(const segmenter *seg, size_t *n)
{
    *n = seg->n_out;
    return seg->out;
}
