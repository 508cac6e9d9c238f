/* strbuf: a growable byte buffer that output is formatted into, so worker
 * threads can format records while the main thread writes them in order.
 * An allocation failure sticks (->failed) instead of being checked at every
 * append. */
#ifndef SAYASAT_STRBUF_H
#define SAYASAT_STRBUF_H

#include <stddef.h>

typedef struct {
    char *data;
    size_t len, cap;
    int failed;
} strbuf;

void sb_reset(strbuf *b);
void sb_free(strbuf *b);
void sb_add(strbuf *b, const char *s, size_t n);
void sb_puts(strbuf *b, const char *s);
void sb_putc(strbuf *b, char c);
void sb_printf(strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Length of the longest valid UTF-8 prefix of s[0..n); when it is shorter
 * than n, *bad is the length of the invalid sequence that follows. */
size_t utf8_valid_prefix(const char *s, size_t n, size_t *bad);

/* s[0..n) with every invalid UTF-8 sequence replaced by U+FFFD. */
void sb_add_utf8(strbuf *b, const char *s, size_t n);

/* s[0..n) as a JSON string literal, quotes included; invalid UTF-8 becomes
 * U+FFFD and NUL becomes \u0000, so the output is always valid JSON. */
void sb_json_string(strbuf *b, const char *s, size_t n);

/* A JSON number as jansson writes it with JSON_REAL_PRECISION(10): %.10g,
 * with ".0" added to whole numbers. */
void sb_json_real(strbuf *b, double x);

#endif
