/* sayasat filter --theme T[,T...] [--min-coverage X]: passes through the
 * input records that cover one of the themes, unchanged and in order; for
 * text files, prints their paths. grep's exit statuses: 0 some matched,
 * 1 none matched, 2 trouble (bad input included, as grep does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "pipeline.h"
#include "read_opts.h"

typedef struct {
    const char *themes;     /* --theme, as given */
    char *wanted;           /* per theme: asked for */
    double min_coverage;
} filter_ctx;

/* Marks the themes named in list ("a,b") in wanted; -1 after an error. */
static int parse_themes(const sayasat_lexicon_set *set, const char *list,
                        char *wanted)
{
    size_t n = sayasat_theme_count(set);
    for (const char *p = list; *p;) {
        const char *comma = strchr(p, ',');
        size_t k = comma ? (size_t)(comma - p) : strlen(p);
        size_t t = 0;
        while (t < n && !(strlen(sayasat_theme_id(set, t)) == k &&
                          strncmp(sayasat_theme_id(set, t), p, k) == 0))
            t++;
        if (t == n) {
            cli_error("filter", "unknown theme '%.*s'; the themes are:",
                      (int)k, p);
            for (t = 0; t < n; t++)
                fprintf(stderr, "  %s\n", sayasat_theme_id(set, t));
            return -1;
        }
        wanted[t] = 1;
        p = comma ? comma + 1 : p + k;
    }
    return 0;
}

/* Decides one document (on a worker thread). */
static void filter_one(void *ctx, sayasat_analyser *an, job *j)
{
    const filter_ctx *f = ctx;
    const sayasat_result *r = pipeline_analyse(an, j, "filter");
    if (!r)
        return;
    for (size_t t = 0; t < r->n_themes && !j->matched; t++)
        j->matched = f->wanted[t] && r->themes[t].present &&
                     r->themes[t].coverage >= f->min_coverage;
    if (!j->matched)
        return;
    if (j->raw)
        sb_add(&j->out, j->raw, j->raw_len);
    else
        sb_printf(&j->out, "%s\n", j->id);
}

/* --theme T[,T...] and --min-coverage X */
static int filter_option(void *ctx, const char *opt, const char *value)
{
    filter_ctx *f = ctx;
    if (strcmp(opt, "theme") == 0) {
        f->themes = value;
        return 1;
    }
    if (strcmp(opt, "min-coverage") == 0)
        return cli_parse_double("filter", opt, value, 0, 1,
                                &f->min_coverage) ? -1 : 1;
    return 0;
}

int cmd_filter(int argc, char **argv)
{
    read_opts ro;
    filter_ctx f = {NULL, NULL, 0.0};
    int bad = read_opts_args(&ro, argc, argv, "filter", "theme,min-coverage",
                             filter_option, &f) != 0;
    const char *themes = f.themes;
    if (!bad && (!themes || !*themes)) {
        cli_error("filter", "--theme T[,T...] is required");
        bad = 1;
    }
    int status = EXIT_TROUBLE;
    sayasat_lexicon_set *set = bad ? NULL : cli_load_lexicons("filter",
                                                              ro.lexicons);
    f.wanted = set ? calloc(sayasat_theme_count(set) + 1, 1) : NULL;
    input *in = NULL;
    if (f.wanted && parse_themes(set, themes, f.wanted) == 0 &&
        (in = input_new(ro.paths, ro.n_paths, &ro.input))) {
        pipeline_counts c;
        if (pipeline_run(in, set, ro.threads, 1, NULL, filter_one, &f, &c,
                         "filter") == 0)
            status = c.failed ? EXIT_TROUBLE
                              : c.matched ? EXIT_OK : EXIT_SOME_FAILED;
    } else if (set && !f.wanted) {
        cli_error("filter", "out of memory");
    }
    free(f.wanted);
    input_free(in);
    sayasat_lexicon_set_free(set);
    read_opts_free(&ro);
    return status;
}
