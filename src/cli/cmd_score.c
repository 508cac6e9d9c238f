/* sayasat score [PATH...|-]: scores documents, one record each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "output.h"
#include "pipeline.h"
#include "read_opts.h"

/* Analyses one document and formats its record (on a worker thread). */
static void score_one(void *ctx, sayasat_analyser *an, job *j)
{
    const writer *w = ctx;
    const sayasat_result *r = pipeline_analyse(an, j, "score");
    if (r)
        writer_result(w, &j->out, j->id, j->text, r);
    else if (!j->fatal)
        writer_error(w, &j->out, j->id, j->error);
}

int cmd_score(int argc, char **argv)
{
    read_opts ro;
    read_opts_init(&ro);
    const char *format_name = NULL;
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    size_t n_paths = 0;
    if (!paths)
        return EXIT_TROUBLE;
    args a = {argc, argv, 0, NULL, "score"};
    const char *opt;
    int bad = 0;
    while (!bad && (opt = args_next(&a, READ_OPTS_WITH_VALUE ",format"))) {
        int r = read_opts_parse(&ro, "score", opt, a.value);
        if (r)
            bad = r < 0;
        else if (!*opt)
            paths[n_paths++] = a.value;
        else if (strcmp(opt, "format") == 0)
            format_name = a.value;
        else {
            if (strcmp(opt, "?") != 0)
                cli_error("score", "unknown option --%s (see sayasat --help)",
                          opt);
            bad = 1;
        }
    }
    out_format format = isatty(STDOUT_FILENO) ? FORMAT_TABLE : FORMAT_JSONL;
    if (!bad && format_name && output_format_from_name(format_name, &format)) {
        cli_error("score", "unknown format '%s' (jsonl, csv, tsv, table)",
                  format_name);
        bad = 1;
    }
    int status = EXIT_TROUBLE;
    sayasat_lexicon_set *set = bad ? NULL : cli_load_lexicons("score",
                                                             ro.lexicons);
    input *in = set ? input_new(paths, n_paths, &ro.input) : NULL;
    writer *w = in ? writer_new(format, set) : NULL;
    if (set && !w)
        cli_error("score", "out of memory");
    if (w) {
        strbuf header = {0};
        writer_header(w, &header);
        pipeline_counts c;
        if (!header.failed &&
            pipeline_run(in, set, ro.threads, 0, &header, score_one, w, &c,
                         "score") == 0)
            status = c.failed ? EXIT_SOME_FAILED : EXIT_OK;
        sb_free(&header);
    }
    writer_free(w);
    input_free(in);
    sayasat_lexicon_set_free(set);
    free((void *)paths);
    return status;
}
