/* read_opts: the options every command that reads documents shares
 * (--lexicons, --text-field, --id-field, --input, --max-bytes, --threads). */
#ifndef SAYASAT_READ_OPTS_H
#define SAYASAT_READ_OPTS_H

#include "input.h"

#define READ_OPTS_WITH_VALUE \
    "lexicons,text-field,id-field,input,max-bytes,threads"

typedef struct {
    const char *lexicons;
    input_options input;
    size_t threads;     /* 0: one per core */
} read_opts;

void read_opts_init(read_opts *ro);

/* Takes option opt (from args_next) if it is one of these: returns 1 when
 * taken, 0 when not ours, -1 after printing an error. */
int read_opts_parse(read_opts *ro, const char *cmd, const char *opt,
                    const char *value);

#endif
