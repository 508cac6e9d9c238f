/* sayasat score [PATH...|-]: scores documents, one record each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "output.h"
#include "read_opts.h"

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
    while ((opt = args_next(&a, READ_OPTS_WITH_VALUE ",format"))) {
        int r = read_opts_parse(&ro, "score", opt, a.value);
        if (r < 0) {
            free((void *)paths);
            return EXIT_TROUBLE;
        }
        if (r > 0)
            continue;
        if (!*opt) {
            paths[n_paths++] = a.value;
        } else if (strcmp(opt, "format") == 0) {
            format_name = a.value;
        } else {
            if (strcmp(opt, "?") != 0)
                cli_error("score", "unknown option --%s (see sayasat --help)",
                          opt);
            free((void *)paths);
            return EXIT_TROUBLE;
        }
    }
    out_format format = isatty(STDOUT_FILENO) ? FORMAT_TABLE : FORMAT_JSONL;
    if (format_name && output_format_from_name(format_name, &format)) {
        cli_error("score", "unknown format '%s' (jsonl, csv, tsv, table)",
                  format_name);
        free((void *)paths);
        return EXIT_TROUBLE;
    }
    int status = EXIT_TROUBLE;
    sayasat_lexicon_set *set = cli_load_lexicons("score", ro.lexicons);
    sayasat_analyser *an = NULL;
    input *in = NULL;
    writer *w = NULL;
    if (!set)
        goto done;
    sayasat_status st = sayasat_analyser_new(set, &an);
    if (st) {
        cli_error("score", "%s", sayasat_strerror(st));
        goto done;
    }
    in = input_new(paths, n_paths, &ro.input);
    w = in ? writer_new(stdout, format, set) : NULL;
    if (!w) {
        cli_error("score", "out of memory");
        goto done;
    }
    size_t failed = 0;
    input_doc doc;
    int r;
    while ((r = input_next(in, &doc)) > 0) {
        const sayasat_result *res = NULL;
        if (doc.note)
            fprintf(stderr, "sayasat score: %s: %s\n", doc.id, doc.note);
        if (doc.error) {
            fprintf(stderr, "sayasat score: %s\n", doc.error);
            failed++;
            if (writer_error(w, doc.id, doc.error))
                break;
            continue;
        }
        st = sayasat_analyse(an, doc.text, doc.len, &res);
        if (st) {
            char msg[300];
            snprintf(msg, sizeof msg, "%s: %s", doc.id, sayasat_strerror(st));
            fprintf(stderr, "sayasat score: %s\n", msg);
            failed++;
            if (writer_error(w, doc.id, msg))
                break;
            continue;
        }
        if (res->invalid_utf8) {
            fprintf(stderr, "sayasat score: %s: invalid UTF-8 at byte %zu "
                            "(%zu sequence%s read as U+FFFD)\n",
                    doc.id, res->first_invalid_offset, res->invalid_utf8,
                    res->invalid_utf8 == 1 ? "" : "s");
            failed++;
        }
        if (writer_result(w, doc.id, doc.text, res))
            break;
    }
    if (r < 0)
        cli_error("score", "out of memory");
    else if (!writer_free(w))
        status = failed ? EXIT_SOME_FAILED : EXIT_OK;
    else
        cli_error("score", "cannot write the output");
    w = NULL;
done:
    writer_free(w);
    input_free(in);
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    free((void *)paths);
    return status;
}
