/* sayasat stem [--lang ru|kk]: one word a line in, one stem a line out
 * (same count and order; an empty or non-word line gives an empty line). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_stem(int argc, char **argv)
{
    const char *lang = "ru", *lexicons = NULL;
    args a = {argc, argv, 0, NULL, "stem"};
    const char *opt;
    while ((opt = args_next(&a, "lang,lexicons"))) {
        if (strcmp(opt, "lang") == 0 &&
            (strcmp(a.value, "ru") == 0 || strcmp(a.value, "kk") == 0)) {
            lang = a.value;
        } else if (strcmp(opt, "lexicons") == 0) {
            lexicons = a.value;
        } else {
            if (strcmp(opt, "?") != 0)
                cli_error("stem", *opt ? "usage: sayasat stem [--lang ru|kk] "
                                         "< words"
                                       : "reads words from standard input "
                                         "only");
            return EXIT_TROUBLE;
        }
    }
    sayasat_lexicon_set *set = cli_load_lexicons("stem", lexicons);
    sayasat_analyser *an = NULL;
    if (!set || sayasat_analyser_new(set, &an)) {
        sayasat_lexicon_set_free(set);
        return EXIT_TROUBLE;
    }
    char *line = NULL, stem[4096];
    size_t cap = 0;
    ssize_t n;
    int status = EXIT_OK;
    while ((n = getline(&line, &cap, stdin)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        size_t start = 0;
        while (start < (size_t)n && (line[start] == ' ' || line[start] == '\t'))
            start++;
        while (n > 0 && (size_t)n > start &&
               (line[n - 1] == ' ' || line[n - 1] == '\t'))
            n--;
        sayasat_status st;
        sayasat_stem(an, lang, line + start, (size_t)n - start, stem,
                     sizeof stem, &st);
        if (st) {
            stem[0] = '\0';
            status = EXIT_SOME_FAILED;
        }
        puts(stem);
    }
    free(line);
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    if (fflush(stdout) || ferror(stdout))
        return EXIT_TROUBLE;
    return status;
}
