/* libFuzzer target: the whole analysis of a buffer (segmentation, language,
 * folding and stemming, matching, stance, quotes) with the shipped
 * lexicons, on arbitrary bytes. Offsets must stay inside the buffer. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sayasat.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sayasat_lexicon_set *set;
static sayasat_analyser *an;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!set) {
        const char *dir = getenv("SAYASAT_LEXICONS");
        sayasat_error e;
        if (sayasat_lexicon_set_load(dir ? dir : "lexicons", &set, &e) ||
            sayasat_analyser_new(set, &an)) {
            fprintf(stderr, "fuzz_analyse: cannot load the lexicons\n");
            abort();
        }
    }
    const sayasat_result *r;
    if (sayasat_analyse(an, (const char *)data, size, &r) != SAYASAT_OK)
        return 0;
    for (size_t i = 0; i < r->n_evidence; i++)
        if (r->evidence[i].start > r->evidence[i].end ||
            r->evidence[i].end > size)
            __builtin_trap();
    for (size_t i = 0; i < r->n_quotes; i++)
        if (r->quotes[i].end > size ||
            (r->quotes[i].has_speaker && r->quotes[i].speaker_end > size))
            __builtin_trap();
    if (r->stance.score < -1.0 || r->stance.score > 1.0)
        __builtin_trap();
    return 0;
}
