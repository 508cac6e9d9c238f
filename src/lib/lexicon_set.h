/* lexicon_set: the compiled, read-only lexicon set that analysers share
 * (the definition behind the public sayasat_lexicon_set). */
#ifndef SAYASAT_LEXICON_SET_H
#define SAYASAT_LEXICON_SET_H

#include "lexicon.h"
#include "match.h"
#include "translit_kk.h"

struct sayasat_lexicon_set {
    lexicon_data data;
    matcher *matcher;
    translit_kk_rules *translit;
    char version[17];
};

#endif
