#include "read_opts.h"

#include <string.h>

#include "cli.h"

void read_opts_init(read_opts *ro)
{
    ro->lexicons = NULL;
    ro->input = (input_options){INPUT_AUTO, "text", "id",
                                (size_t)256 << 20};
    ro->threads = 0;
}

int read_opts_parse(read_opts *ro, const char *cmd, const char *opt,
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
