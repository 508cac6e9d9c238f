/* lexdir: throwaway lexicon directories for the unit tests. Header-only. */
#ifndef SAYASAT_TEST_LEXDIR_H
#define SAYASAT_TEST_LEXDIR_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sayasat.h"

/* Makes a fresh directory with ru/ and kk/ in it; returns its path
 * (static storage). */
static const char *lexdir_new(void)
{
    static char dir[64];
    strcpy(dir, "/tmp/sayasat-lex-XXXXXX");
    if (!mkdtemp(dir))
        return NULL;
    char sub[128];
    snprintf(sub, sizeof sub, "%s/ru", dir);
    mkdir(sub, 0755);
    snprintf(sub, sizeof sub, "%s/kk", dir);
    mkdir(sub, 0755);
    return dir;
}

/* Writes dir/rel with the given text. */
static void lexdir_write(const char *dir, const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* Removes what lexdir_new and lexdir_write made. */
static void lexdir_free(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* Loads dir as a lexicon set with one analyser: 0, or -1 after printing
 * why (a fixture's setup). */
static inline int lexdir_load(const char *dir, sayasat_lexicon_set **set,
                       sayasat_analyser **an)
{
    sayasat_error e;
    if (sayasat_lexicon_set_load(dir, set, &e)) {
        fprintf(stderr, "%s:%u:%u: %s\n", e.file, e.line, e.column,
                e.message);
        return -1;
    }
    return sayasat_analyser_new(*set, an) ? -1 : 0;
}

/* Frees what lexdir_load made and removes dir (a fixture's teardown). */
static inline int lexdir_unload(const char *dir, sayasat_lexicon_set *set,
                         sayasat_analyser *an)
{
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    lexdir_free(dir);
    return 0;
}

#endif
