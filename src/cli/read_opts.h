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
    const char **paths; /* the operands */
    size_t n_paths;
} read_opts;

/* A command's own option: 1 taken, 0 not its own, -1 after an error. */
typedef int (*own_option_fn)(void *ctx, const char *opt, const char *value);

/* Reads the arguments after a command's name: the shared options above,
 * the operands into ro->paths, and the command's own options through own
 * (those in with_value take a value). Returns 0, or -1 after printing why
 * (an unknown option, a bad value, no memory). Free with read_opts_free. */
int read_opts_args(read_opts *ro, int argc, char **argv, const char *cmd,
                   const char *with_value, own_option_fn own, void *ctx);
void read_opts_free(read_opts *ro);

#endif
