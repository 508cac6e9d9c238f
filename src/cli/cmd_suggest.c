/* sayasat lexicon suggest --theme T [--top N] [--min-count K] PATH...:
 * proposes terms for a theme from a corpus, ranked by log-likelihood
 * keyness in the documents where the theme is present against those where
 * it is absent, with counts and an example; terms the lexicon already
 * matches are left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "read_opts.h"

typedef struct {
    const char *theme;
    double top, min_count;
} suggest_opts;

/* --theme T, --top N, --min-count K */
static int suggest_option(void *ctx, const char *opt, const char *value)
{
    suggest_opts *o = ctx;
    if (strcmp(opt, "theme") == 0) {
        o->theme = value;
        return 1;
    }
    if (strcmp(opt, "top") == 0)
        return cli_parse_double("lexicon suggest", opt, value, 1, 1e6,
                                &o->top) ? -1 : 1;
    if (strcmp(opt, "min-count") == 0)
        return cli_parse_double("lexicon suggest", opt, value, 1, 1e9,
                                &o->min_count) ? -1 : 1;
    return 0;
}

int cmd_suggest(int argc, char **argv)
{
    read_opts ro;
    suggest_opts so = {NULL, 40, 3};
    int bad = read_opts_args(&ro, argc, argv, "lexicon suggest",
                             "theme,top,min-count", suggest_option, &so) != 0;
    const char *theme = so.theme;
    double top = so.top, min_count = so.min_count;
    if (!bad && !theme) {
        cli_error("lexicon suggest", "--theme T is required");
        bad = 1;
    }
    int status = EXIT_TROUBLE;
    sayasat_lexicon_set *set = bad ? NULL
                                   : cli_load_lexicons("lexicon suggest",
                                                       ro.lexicons);
    sayasat_analyser *an = NULL;
    sayasat_keyness *k = NULL;
    input *in = NULL;
    if (!set)
        goto done;
    if (!(k = sayasat_keyness_new(set, theme))) {
        cli_error("lexicon suggest", "unknown theme '%s'", theme);
        goto done;
    }
    if (sayasat_analyser_new(set, &an) ||
        !(in = input_new(ro.paths, ro.n_paths, &ro.input))) {
        cli_error("lexicon suggest", "out of memory");
        goto done;
    }
    size_t failed = 0;
    input_doc doc;
    int r;
    while ((r = input_next(in, &doc)) > 0) {
        const sayasat_result *res;
        sayasat_status st = SAYASAT_OK;
        if (doc.error || (st = sayasat_analyse(an, doc.text, doc.len, &res)) ||
            (st = sayasat_keyness_add(k, an, doc.text, doc.len, res))) {
            fprintf(stderr, "sayasat lexicon suggest: %s\n",
                    doc.error ? doc.error : sayasat_strerror(st));
            failed++;
            if (st == SAYASAT_ERR_NOMEM)
                goto done;
        }
    }
    if (r < 0) {
        cli_error("lexicon suggest", "out of memory");
        goto done;
    }
    size_t with, without, n;
    sayasat_keyness_docs(k, &with, &without);
    const sayasat_term *t = sayasat_keyness_top(k, (size_t)top,
                                                (size_t)min_count, &n);
    printf("# theme %s: present in %zu documents, absent in %zu; terms the "
           "lexicon already matches are left out\n", theme, with, without);
    if (!with || !without)
        printf("# keyness needs documents both with and without the theme\n");
    printf("%-4s %9s %7s %7s  %-32s %s\n", "rank", "G2", "with", "without",
           "term (stems)", "example");
    for (size_t i = 0; t && i < n; i++) {
        /* pad the term to 32 characters, not bytes */
        size_t chars = 0;
        for (const char *p = t[i].term; *p; p++)
            chars += ((unsigned char)*p & 0xC0) != 0x80;
        printf("%-4zu %9.2f %7zu %7zu  %s%*s %s\n", i + 1, t[i].g2,
               t[i].target, t[i].reference, t[i].term,
               chars < 32 ? (int)(32 - chars) : 0, "", t[i].example);
    }
    status = fflush(stdout) ? EXIT_TROUBLE
                            : failed ? EXIT_SOME_FAILED : EXIT_OK;
done:
    input_free(in);
    sayasat_keyness_free(k);
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    read_opts_free(&ro);
    return status;
}
