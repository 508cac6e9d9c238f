#include "stem_ru.h"

#include <libstemmer.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct stem_ru {
    struct sb_stemmer *snowball;
};

stem_ru *stem_ru_new(void)
{
    stem_ru *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->snowball = sb_stemmer_new("russian", "UTF_8");
    if (!s->snowball) {
        free(s);
        return NULL;
    }
    return s;
}

void stem_ru_free(stem_ru *s)
{
    if (!s)
        return;
    sb_stemmer_delete(s->snowball);
    free(s);
}

int stem_ru_word(stem_ru *s, const char *word, size_t len, char *out,
                 size_t cap)
{
    size_t head = 0;
    for (size_t i = len; i > 0; i--)
        if (word[i - 1] == '-') {
            head = i;
            break;
        }
    if (len >= cap || len - head > INT_MAX)
        return -1;
    const sb_symbol *stem = sb_stemmer_stem(
        s->snowball, (const sb_symbol *)word + head, (int)(len - head));
    if (!stem)
        return -1;  /* libstemmer's only failure is out of memory */
    size_t slen = (size_t)sb_stemmer_length(s->snowball);
    if (head + slen >= cap)
        return -1;
    memmove(out, word, head);
    memcpy(out + head, stem, slen);
    out[head + slen] = '\0';
    return (int)(head + slen);
}
