/* sayasat filter --theme T[,T...] [--min-coverage X]: passes through the
 * input records that cover one of the themes, unchanged and in order; for
 * text files, prints their paths. grep's exit statuses: 0 some matched,
 * 1 none matched, 2 trouble (bad input included, as grep does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "read_opts.h"

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

int cmd_filter(int argc, char **argv)
{
    read_opts ro;
    read_opts_init(&ro);
    const char *themes = NULL;
    double min_coverage = 0.0;
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    size_t n_paths = 0;
    if (!paths)
        return EXIT_TROUBLE;
    args a = {argc, argv, 0, NULL, "filter"};
    const char *opt;
    int bad = 0;
    while (!bad &&
           (opt = args_next(&a, READ_OPTS_WITH_VALUE ",theme,min-coverage"))) {
        int r = read_opts_parse(&ro, "filter", opt, a.value);
        if (r)
            bad = r < 0;
        else if (!*opt)
            paths[n_paths++] = a.value;
        else if (strcmp(opt, "theme") == 0)
            themes = a.value;
        else if (strcmp(opt, "min-coverage") == 0)
            bad = cli_parse_double("filter", opt, a.value, 0, 1,
                                   &min_coverage) != 0;
        else {
            if (strcmp(opt, "?") != 0)
                cli_error("filter", "unknown option --%s", opt);
            bad = 1;
        }
    }
    if (!bad && (!themes || !*themes)) {
        cli_error("filter", "--theme T[,T...] is required");
        bad = 1;
    }
    sayasat_lexicon_set *set = bad ? NULL : cli_load_lexicons("filter",
                                                              ro.lexicons);
    sayasat_analyser *an = NULL;
    input *in = NULL;
    char *wanted = set ? calloc(sayasat_theme_count(set) + 1, 1) : NULL;
    int status = EXIT_TROUBLE;
    if (!wanted || parse_themes(set, themes, wanted))
        goto done;
    sayasat_status st = sayasat_analyser_new(set, &an);
    in = st ? NULL : input_new(paths, n_paths, &ro.input);
    if (!in) {
        cli_error("filter", "%s", sayasat_strerror(st ? st : SAYASAT_ERR_NOMEM));
        goto done;
    }
    size_t matched = 0, failed = 0;
    input_doc doc;
    int r;
    while ((r = input_next(in, &doc)) > 0) {
        const sayasat_result *res;
        if (doc.error) {
            fprintf(stderr, "sayasat filter: %s\n", doc.error);
            failed++;
            continue;
        }
        if ((st = sayasat_analyse(an, doc.text, doc.len, &res))) {
            fprintf(stderr, "sayasat filter: %s: %s\n", doc.id,
                    sayasat_strerror(st));
            failed++;
            continue;
        }
        int hit = 0;
        for (size_t t = 0; t < res->n_themes && !hit; t++)
            hit = wanted[t] && res->themes[t].present &&
                  res->themes[t].coverage >= min_coverage;
        if (!hit)
            continue;
        matched++;
        if (doc.raw)
            fwrite(doc.raw, 1, doc.raw_len, stdout);
        else
            printf("%s\n", doc.id);
    }
    if (fflush(stdout) || ferror(stdout))
        cli_error("filter", "cannot write the output");
    else if (r < 0)
        cli_error("filter", "out of memory");
    else
        status = failed ? EXIT_TROUBLE : matched ? EXIT_OK : EXIT_SOME_FAILED;
done:
    free(wanted);
    input_free(in);
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    free((void *)paths);
    return status;
}
