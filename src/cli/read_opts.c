#include "read_opts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void read_opts_init(read_opts *ro)
{
    ro->lexicons = NULL;
    ro->input = (input_options){INPUT_AUTO, "text", "id",
                                (size_t)256 << 20};
    ro->threads = 0;
    ro->paths = NULL;
    ro->n_paths = 0;
}

/* Takes one of the shared options: 1 taken, 0 not one, -1 after an error. */
static int read_opts_parse(read_opts *ro, const char *cmd, const char *opt,
                           const char *value)
{
    if (strcmp(opt, "lexicons") == 0) {
        ro->lexicons = value;
    } else if (strcmp(opt, "text-field") == 0) {
        ro->input.text_field = value;
    } else if (strcmp(opt, "id-field") == 0) {
        ro->input.id_field = value;
    } else if (strcmp(opt, "input") == 0) {
        static const char *const modes[] = {"auto", "text", "lines", "jsonl"};
        for (int i = 0; i < 4; i++)
            if (strcmp(value, modes[i]) == 0) {
                ro->input.mode = (input_mode)i;
                return 1;
            }
        cli_error(cmd, "--input: '%s' is not auto, text, lines or jsonl",
                  value);
        return -1;
    } else if (strcmp(opt, "max-bytes") == 0) {
        double mb;
        if (cli_parse_double(cmd, opt, value, 1, (double)SAYASAT_MAX_DOCUMENT,
                             &mb))
            return -1;
        ro->input.max_bytes = (size_t)mb;
    } else if (strcmp(opt, "threads") == 0) {
        double n;
        if (cli_parse_double(cmd, opt, value, 0, 256, &n))
            return -1;
        ro->threads = (size_t)n;
    } else {
        return 0;
    }
    return 1;
}

int read_opts_args(read_opts *ro, int argc, char **argv, const char *cmd,
                   const char *with_value, own_option_fn own, void *ctx)
{
    char takes[256];
    snprintf(takes, sizeof takes, "%s%s%s", READ_OPTS_WITH_VALUE,
             with_value ? "," : "", with_value ? with_value : "");
    read_opts_init(ro);
    if (!(ro->paths = calloc((size_t)argc + 1, sizeof *ro->paths))) {
        cli_error(cmd, "out of memory");
        return -1;
    }
    args a = {argc, argv, 0, NULL, cmd};
    const char *opt;
    while ((opt = args_next(&a, takes))) {
        int r = read_opts_parse(ro, cmd, opt, a.value);
        if (r == 0 && !*opt) {
            ro->paths[ro->n_paths++] = a.value;
            continue;
        }
        if (r == 0 && strcmp(opt, "?") != 0 && own)
            r = own(ctx, opt, a.value);
        if (r == 0 && strcmp(opt, "?") != 0)
            cli_error(cmd, "unknown option --%s (see sayasat --help)", opt);
        if (r <= 0)
            return -1;
    }
    return 0;
}

void read_opts_free(read_opts *ro)
{
    free((void *)ro->paths);
    ro->paths = NULL;
}
