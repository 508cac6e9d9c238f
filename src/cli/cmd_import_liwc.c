/* sayasat lexicon import-liwc FILE.dic [--lang ru|kk] -o DIR: converts a
 * LIWC-format dictionary into sayasat lexicon files, one per category:
 *
 *   %                      the category header, between two '%' lines:
 *   1   posemo             number and name of each category
 *   %
 *   хорош*    1            entries: a word or words, then category numbers;
 *   kind of   1 2          '*' ends a prefix glob
 *
 * LIWC words without '*' match exactly, so they become "exact" entries;
 * globs stay globs. Entries that cannot match sayasat's words (emoticons,
 * LIWC 2007's conditional "like" rules) are skipped with a note. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "cli.h"
#include "strbuf.h"

typedef struct {
    long number;
    char *name;
    char id[72];
    strbuf body;        /* the entry lines */
    size_t entries;
} category;

/* A theme id from a category name: lowercase ASCII letters, digits, '_'. */
static void make_id(category *c, const category *all, size_t n)
{
    size_t k = 0;
    for (const char *p = c->name; *p && k < 60; p++) {
        char ch = *p;
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            c->id[k++] = ch;
        else if (k && c->id[k - 1] != '_')
            c->id[k++] = '_';
    }
    while (k && c->id[k - 1] == '_')
        k--;
    c->id[k] = '\0';
    if (!k)
        snprintf(c->id, sizeof c->id, "liwc_%ld", c->number);
    for (size_t i = 0; i < n; i++)
        if (&all[i] != c && strcmp(all[i].id, c->id) == 0) {
            size_t len = strlen(c->id);
            snprintf(c->id + len, sizeof c->id - len, "_%ld", c->number);
            break;
        }
}

/* Is w[0..n) a word sayasat can match: letters, digits, inner hyphens and
 * apostrophes (and a final '*')? */
static int matchable(const char *w, size_t n)
{
    if (n && w[n - 1] == '*')
        n--;
    int32_t i = 0, len = (int32_t)n, letters = 0;
    while (i < len) {
        UChar32 c;
        U8_NEXT(w, i, len, c);
        if (c < 0)
            return 0;
        if (u_isalnum(c))
            letters++;
        else if (c != '-' && c != '\'' && c != 0x2019)
            return 0;
    }
    return letters > 0;
}

static int is_number(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

int cmd_import_liwc(int argc, char **argv)
{
    const char *dic = NULL, *out = NULL, *lang = "ru";
    args a = {argc, argv, 0, NULL, "lexicon import-liwc"};
    const char *opt;
    while ((opt = args_next(&a, "lang,o,output"))) {
        if (!*opt && strcmp(a.value, "-o") == 0 && a.i < a.argc)
            out = a.argv[a.i++];
        else if (!*opt && !dic)
            dic = a.value;
        else if (strcmp(opt, "lang") == 0 &&
                 (strcmp(a.value, "ru") == 0 || strcmp(a.value, "kk") == 0))
            lang = a.value;
        else if (strcmp(opt, "o") == 0 || strcmp(opt, "output") == 0)
            out = a.value;
        else {
            if (strcmp(opt, "?") != 0)
                cli_error("lexicon import-liwc", "usage: sayasat lexicon "
                          "import-liwc FILE.dic [--lang ru|kk] -o DIR");
            return EXIT_TROUBLE;
        }
    }
    if (!dic || !out) {
        cli_error("lexicon import-liwc",
                  "usage: sayasat lexicon import-liwc FILE.dic "
                  "[--lang ru|kk] -o DIR");
        return EXIT_TROUBLE;
    }
    FILE *f = fopen(dic, "r");
    if (!f) {
        cli_error("lexicon import-liwc", "%s: cannot open: %s", dic,
                  strerror(errno));
        return EXIT_TROUBLE;
    }
    category *cats = NULL;
    size_t n_cats = 0, lineno = 0, skipped = 0;
    int part = 0;   /* 0 before the header, 1 in it, 2 entries */
    int status = EXIT_TROUBLE;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && strchr("\r\n \t", line[len - 1]))
            line[--len] = '\0';
        char *s = line + (lineno == 1 && strncmp(line, "\xEF\xBB\xBF", 3) == 0
                              ? 3 : 0);
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s)
            continue;
        if (strcmp(s, "%") == 0) {
            if (part == 2) {
                cli_error("lexicon import-liwc", "%s:%zu: a third '%%' line",
                          dic, lineno);
                goto done;
            }
            part++;
            continue;
        }
        if (part == 0) {
            cli_error("lexicon import-liwc", "%s:%zu: a LIWC dictionary "
                      "starts with a '%%' line", dic, lineno);
            goto done;
        }
        /* split into whitespace-separated tokens */
        char *tok[256];
        int n = 0;
        for (char *t = strtok(s, " \t"); t && n < 256; t = strtok(NULL, " \t"))
            tok[n++] = t;
        if (part == 1) {
            if (n < 2 || !is_number(tok[0])) {
                cli_error("lexicon import-liwc", "%s:%zu: expected "
                          "'NUMBER NAME' in the category header", dic, lineno);
                goto done;
            }
            category *c = realloc(cats, (n_cats + 1) * sizeof *c);
            if (!c)
                goto nomem;
            cats = c;
            memset(&cats[n_cats], 0, sizeof *cats);
            cats[n_cats].number = strtol(tok[0], NULL, 10);
            strbuf name = {0};
            for (int i = 1; i < n; i++)
                sb_printf(&name, "%s%s", i > 1 ? " " : "", tok[i]);
            if (name.failed)
                goto nomem;
            cats[n_cats++].name = name.data;
            continue;
        }
        int words = n;
        while (words > 0 && is_number(tok[words - 1]))
            words--;
        if (words == 0 || words == n) {
            fprintf(stderr, "sayasat lexicon import-liwc: %s:%zu: skipped: "
                    "%s\n", dic, lineno, words ? "no category number"
                                               : "no word");
            skipped++;
            continue;
        }
        int ok = 1, globs = 0;
        for (int i = 0; i < words && ok; i++) {
            ok = matchable(tok[i], strlen(tok[i]));
            globs += tok[i][strlen(tok[i]) - 1] == '*';
        }
        if (!ok) {
            fprintf(stderr, "sayasat lexicon import-liwc: %s:%zu: skipped "
                    "'%s': not words sayasat can match\n", dic, lineno,
                    tok[0]);
            skipped++;
            continue;
        }
        for (int i = words; i < n; i++) {
            long num = strtol(tok[i], NULL, 10);
            size_t c = 0;
            while (c < n_cats && cats[c].number != num)
                c++;
            if (c == n_cats) {
                cli_error("lexicon import-liwc", "%s:%zu: category %ld is "
                          "not in the header", dic, lineno, num);
                goto done;
            }
            strbuf *b = &cats[c].body;
            /* exact forms in quotes; a glob entry stays unquoted */
            if (!globs)
                sb_putc(b, '"');
            for (int w = 0; w < words; w++)
                sb_printf(b, "%s%s", w ? " " : "", tok[w]);
            sb_puts(b, globs ? "\n" : "\"\n");
            if (b->failed)
                goto nomem;
            cats[c].entries++;
        }
    }
    if (part < 2) {
        cli_error("lexicon import-liwc", "%s: the category header is not "
                  "closed by a second '%%' line", dic);
        goto done;
    }
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", out, lang);
    mkdir(out, 0777);
    if (mkdir(path, 0777) && errno != EEXIST) {
        cli_error("lexicon import-liwc", "%s: cannot create: %s", path,
                  strerror(errno));
        goto done;
    }
    size_t files = 0, entries = 0;
    for (size_t c = 0; c < n_cats; c++) {
        make_id(&cats[c], cats, n_cats);
        if (!cats[c].entries)
            continue;
        snprintf(path, sizeof path, "%s/%s/%s.lex", out, lang, cats[c].id);
        FILE *o = fopen(path, "wx");    /* never overwrite a lexicon */
        if (!o) {
            cli_error("lexicon import-liwc", "%s: cannot create: %s", path,
                      strerror(errno));
            goto done;
        }
        fprintf(o, "# imported from %s (LIWC category %ld)\n@theme %s\n"
                   "@lang %s\n@label %s\n\n",
                dic, cats[c].number, cats[c].id, lang, cats[c].name);
        fwrite(cats[c].body.data, 1, cats[c].body.len, o);
        if (fclose(o)) {
            cli_error("lexicon import-liwc", "%s: write error", path);
            goto done;
        }
        files++;
        entries += cats[c].entries;
    }
    fprintf(stderr, "sayasat lexicon import-liwc: %zu entries in %zu files "
            "under %s/%s (%zu lines skipped); check them with "
            "`sayasat lexicon lint %s`\n", entries, files, out, lang, skipped,
            out);
    status = skipped ? EXIT_SOME_FAILED : EXIT_OK;
    goto done;
nomem:
    cli_error("lexicon import-liwc", "out of memory");
done:
    for (size_t c = 0; c < n_cats; c++) {
        free(cats[c].name);
        sb_free(&cats[c].body);
    }
    free(cats);
    free(line);
    fclose(f);
    return status;
}
