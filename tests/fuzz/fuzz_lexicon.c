/* libFuzzer target: the lexicon parser on arbitrary bytes, as a Russian and
 * as a Kazakh file. It must return a status, never crash or leak. */
#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (int l = 0; l < 2; l++) {
        lexicon_data d = {0};
        sayasat_error e;
        if (lexicon_parse(&d, l ? "kk/fuzz.lex" : "ru/fuzz.lex",
                          l ? LANG_KK : LANG_RU, (const char *)data, size,
                          &e) == SAYASAT_OK && lexicon_sort_themes(&d))
            __builtin_trap();   /* out of memory is not expected here */
        lexicon_data_free(&d);
    }
    return 0;
}
