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

/* --format NAME */
static int score_option(void *ctx, const char *opt, const char *value)
{
    if (strcmp(opt, "format") != 0)
        return 0;
    *(const char **)ctx = value;
    return 1;
}

int cmd_score(int argc, char **argv)
{
    read_opts ro;
    const char *format_name = NULL;
    int bad = read_opts_args(&ro, argc, argv, "score", "format",
                             score_option, &format_name) != 0;
    out_format format = isatty(STDOUT_FILENO) ? FORMAT_TABLE : FORMAT_JSONL;
    if (!bad && format_name && output_format_from_name(format_name, &format)) {
        cli_error("score", "unknown format '%s' (jsonl, csv, tsv, table)",
                  format_name);
        bad = 1;
    }
    int status = EXIT_TROUBLE;
    sayasat_lexicon_set *set = bad ? NULL : cli_load_lexicons("score",
                                                             ro.lexicons);
    input *in = set ? input_new(ro.paths, ro.n_paths, &ro.input) : NULL;
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
    read_opts_free(&ro);
    return status;
}
