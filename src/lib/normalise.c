#include "normalise.h"

#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

struct normaliser {
    const UNormalizer2 *nfc;
    translit_kk *translit;
    UChar a[NORMALISE_MAX_WORD * 4], b[NORMALISE_MAX_WORD * 4];
};

normaliser *normaliser_new(const translit_kk_rules *rules, UErrorCode *status)
{
    normaliser *n = calloc(1, sizeof *n);
    if (!n) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    n->nfc = unorm2_getNFCInstance(status);
    if (rules && U_SUCCESS(*status))
        n->translit = translit_kk_new(rules, status);
    if (U_FAILURE(*status)) {
        normaliser_free(n);
        return NULL;
    }
    return n;
}

void normaliser_free(normaliser *n)
{
    if (!n)
        return;
    translit_kk_free(n->translit);
    free(n);
}

/* ё -> е and hyphen variants -> '-'; drops soft hyphens and zero-width
 * characters that web text hides inside words. */
static int32_t clean(UChar *s, int32_t len)
{
    int32_t o = 0;
    for (int32_t i = 0; i < len; i++) {
        UChar c = s[i];
        if (c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF)
            continue;
        if (c == 0x0451)
            c = 0x0435;
        else if (c == 0x2010 || c == 0x2011)
            c = '-';
        s[o++] = c;
    }
    return o;
}

int normalise_word(normaliser *n, const char *word, size_t len,
                   kk_latin_orthography orth, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t alen = 0, blen, olen = 0;
    if (len > NORMALISE_MAX_WORD)
        len = NORMALISE_MAX_WORD;   /* may cut a character: read as U+FFFD */
    u_strFromUTF8WithSub(n->a, NORMALISE_MAX_WORD * 4, &alen, word,
                         (int32_t)len, 0xFFFD, NULL, &st);
    uint32_t options = orth == KK_LATIN_NONE ? U_FOLD_CASE_DEFAULT
                                             : U_FOLD_CASE_EXCLUDE_SPECIAL_I;
    blen = u_strFoldCase(n->b, NORMALISE_MAX_WORD * 4, n->a, alen, options,
                         &st);
    alen = unorm2_normalize(n->nfc, n->b, blen, n->a, NORMALISE_MAX_WORD * 4,
                            &st);
    if (U_FAILURE(st))
        return -1;
    alen = clean(n->a, alen);
    if (orth != KK_LATIN_NONE && n->translit &&
        translit_kk_convert(n->translit, orth, n->a, &alen,
                            NORMALISE_MAX_WORD * 4))
        return -1;
    u_strToUTF8(out, (int32_t)cap, &olen, n->a, alen, &st);
    if (U_FAILURE(st) || (size_t)olen >= cap)
        return -1;
    return olen;
}
