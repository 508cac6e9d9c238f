/* cli: what the sayasat commands share: option parsing, the lexicon set
 * they load, and the exit statuses (grep's: 0 found/ok, 1 none/some input
 * failed, 2 usage or fatal error). */
#ifndef SAYASAT_CLI_H
#define SAYASAT_CLI_H

#include <stddef.h>

#include "sayasat.h"

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_TROUBLE = 2 };

/* Walks argv after the command name: options (--name VALUE, --name=VALUE,
 * --flag) and operands. */
typedef struct {
    int argc;
    char **argv;
    int i;
    const char *value;  /* value of the option just returned */
    const char *cmd;    /* for messages */
} args;

/* Returns the next option's name without the leading dashes ("format"),
 * "" for an operand (then ->value is it), or NULL at the end. An option
 * listed in takes_value ("a,b,c") consumes a value. Returns "?" and prints a
 * message when a value is missing. */
const char *args_next(args *a, const char *takes_value);

/* Prints "sayasat CMD: message" to stderr. */
void cli_error(const char *cmd, const char *fmt, ...);

/* Loads the lexicon set from dir, or when dir is NULL from
 * $SAYASAT_LEXICONS, the lexicons/ beside the binary's source tree, or the
 * installed share/sayasat/lexicons. Prints the error and returns NULL on
 * failure. */
sayasat_lexicon_set *cli_load_lexicons(const char *cmd, const char *dir);

/* The default lexicon directory ($SAYASAT_LEXICONS, beside the binary, or
 * the installed one) into buf; 0, or -1 when there is none. */
int cli_find_lexicons(char *buf, size_t cap);

/* Parses a number in [lo, hi]; returns 0, or -1 after printing an error. */
int cli_parse_double(const char *cmd, const char *opt, const char *s,
                     double lo, double hi, double *out);

int cmd_score(int argc, char **argv);
int cmd_filter(int argc, char **argv);
int cmd_stem(int argc, char **argv);
int cmd_eval_stem(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_import_liwc(int argc, char **argv);
int cmd_suggest(int argc, char **argv);

#endif
