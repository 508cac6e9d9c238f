#include "strbuf.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

void sb_reset(strbuf *b)
{
    b->len = 0;
    b->failed = 0;
}

void sb_free(strbuf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

static int reserve(strbuf *b, size_t n)
{
    if (b->failed)
        return -1;
    if (b->len + n + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

void sb_add(strbuf *b, const char *s, size_t n)
{
    if (reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sb_puts(strbuf *b, const char *s)
{
    sb_add(b, s, strlen(s));
}

void sb_putc(strbuf *b, char c)
{
    sb_add(b, &c, 1);
}

void sb_printf(strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

size_t utf8_valid_prefix(const char *s, size_t n, size_t *bad)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t j = 0, k = n - i > 4 ? 4 : (int32_t)(n - i);
        UChar32 cp;
        U8_NEXT(s + i, j, k, cp);
        if (cp < 0) {
            *bad = (size_t)j;
            return i;
        }
        i += (size_t)j;
    }
    *bad = 0;
    return n;
}

void sb_add_utf8(strbuf *b, const char *s, size_t n)
{
    for (;;) {
        size_t bad, ok = utf8_valid_prefix(s, n, &bad);
        sb_add(b, s, ok);
        if (ok == n)
            return;
        sb_add(b, "\xEF\xBF\xBD", 3);
        s += ok + bad;
        n -= ok + bad;
    }
}

void sb_json_string(strbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (reserve(b, n + 2))
        return;
    sb_putc(b, '"');
    size_t run = 0;     /* start of bytes to copy as they are */
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            /* one sequence at a time: at most 4 bytes */
            size_t bad, ok = utf8_valid_prefix(s + i, n - i < 4 ? n - i : 4,
                                               &bad);
            if (ok) {
                i++;
                while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
                    i++;
                continue;
            }
            sb_add(b, s + run, i - run);
            sb_add(b, "\xEF\xBF\xBD", 3);
            i += bad;
            run = i;
            continue;
        }
        sb_add(b, s + run, i - run);
        switch (c) {
        case '"': sb_add(b, "\\\"", 2); break;
        case '\\': sb_add(b, "\\\\", 2); break;
        case '\n': sb_add(b, "\\n", 2); break;
        case '\r': sb_add(b, "\\r", 2); break;
        case '\t': sb_add(b, "\\t", 2); break;
        case '\b': sb_add(b, "\\b", 2); break;
        case '\f': sb_add(b, "\\f", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sb_add(b, u, 6);
        }
        }
        run = ++i;
    }
    sb_add(b, s + run, n - run);
    sb_putc(b, '"');
}

void sb_json_real(strbuf *b, double x)
{
    char buf[40];
    int n;
    /* Scores are rounded to 4 decimals: below 1e5 they have at most 9
     * significant digits, and integer arithmetic prints exactly what
     * %.10g would, several times faster than printf. */
    if (fabs(x) < 1e5) {
        long long v = llround(x * 10000.0);
        unsigned long long a = (unsigned long long)(v < 0 ? -v : v);
        unsigned long long whole = a / 10000, frac = a % 10000;
        char *p = buf + sizeof buf;
        int digits = 4;
        while (frac && frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        if (!frac) {
            *--p = '0';
            digits = 1;
        } else {
            for (int i = 0; i < digits; i++, frac /= 10)
                *--p = (char)('0' + frac % 10);
        }
        *--p = '.';
        do
            *--p = (char)('0' + whole % 10);
        while (whole /= 10);
        if (v < 0)
            *--p = '-';
        sb_add(b, p, (size_t)(buf + sizeof buf - p));
        return;
    }
    n = snprintf(buf, sizeof buf, "%.10g", x);
    sb_add(b, buf, (size_t)n);
    if (!strpbrk(buf, ".eEn"))
        sb_add(b, ".0", 2);
}
