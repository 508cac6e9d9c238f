/* lexdir: throwaway lexicon directories for the unit tests. Header-only. */
#ifndef SAYASAT_TEST_LEXDIR_H
#define SAYASAT_TEST_LEXDIR_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

#endif
