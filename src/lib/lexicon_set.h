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

/* Parses every .lex file of dir/kk and dir/ru (in that order, files sorted
 * by name) into data and writes the version, a hash of names and bytes, to
 * version. Without report, the first bad file stops it (SAYASAT_ERR_LEXICON,
 * *error filled); with report, each bad file is reported, counted in
 * *problems and skipped. */
sayasat_status lexicon_read_dir(lexicon_data *data, const char *dir,
                                char version[17], sayasat_error *error,
                                sayasat_report_fn report, void *ctx,
                                size_t *problems);

#endif
