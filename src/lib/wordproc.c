#include "wordproc.h"

#include <stdlib.h>
#include <string.h>

#include "stem_kk.h"
#include "stem_ru.h"

struct wordproc {
    normaliser *norm;
    stem_ru *ru;
};

wordproc *wordproc_new(const translit_kk_rules *rules, UErrorCode *status)
{
    wordproc *wp = calloc(1, sizeof *wp);
    if (!wp) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    wp->norm = normaliser_new(rules, status);
    wp->ru = stem_ru_new();
    if (U_FAILURE(*status) || !wp->ru) {
        if (U_SUCCESS(*status))
            *status = U_MEMORY_ALLOCATION_ERROR;
        wordproc_free(wp);
        return NULL;
    }
    return wp;
}

void wordproc_free(wordproc *wp)
{
    if (!wp)
        return;
    normaliser_free(wp->norm);
    stem_ru_free(wp->ru);
    free(wp);
}

int wordproc_fold(wordproc *wp, const char *word, size_t len,
                  kk_latin_orthography orth, char *out, size_t cap)
{
    return normalise_word(wp->norm, word, len, orth, out, cap);
}

int wordproc_stem(wordproc *wp, lang_id lang, const char *folded, size_t len,
                  char *out, size_t cap)
{
    if (lang == LANG_RU)
        return stem_ru_word(wp->ru, folded, len, out, cap);
    if (lang == LANG_KK && len <= STEM_KK_MAX_BYTES && cap >= len + 8)
        return (int)stem_kk(folded, len, out);
    if (len >= cap)
        return -1;
    memmove(out, folded, len);
    out[len] = '\0';
    return (int)len;
}
