/* sayasat lexicon lint|stats|import-liwc|suggest: the tools for people who
 * read, check, grow and bring their own lexicons. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "strbuf.h"

/* The lexicon directory: the operand, --lexicons, or the default. */
static const char *lexicon_dir(const char *given, char *buf, size_t cap)
{
    if (given)
        return given;
    return cli_find_lexicons(buf, cap) ? NULL : buf;
}

/* ---- lint ----------------------------------------------------------------- */

typedef struct {
    const char *dir;
} lint_ctx;

static void print_problem(void *ctx, const sayasat_error *p)
{
    const char *dir = ((const lint_ctx *)ctx)->dir;
    if (p->line)
        printf("%s/%s:%u:%u: %s\n", dir, p->file, p->line, p->column,
               p->message);
    else
        printf("%s: %s\n", p->file, p->message);
}

static int lint(int argc, char **argv)
{
    const char *dir = NULL;
    args a = {argc, argv, 0, NULL, "lexicon lint"};
    const char *opt;
    while ((opt = args_next(&a, "lexicons"))) {
        if ((!*opt || strcmp(opt, "lexicons") == 0) && !dir) {
            dir = a.value;
        } else {
            if (strcmp(opt, "?") != 0)
                cli_error("lexicon lint", "usage: sayasat lexicon lint [DIR]");
            return EXIT_TROUBLE;
        }
    }
    char found[4096];
    if (!(dir = lexicon_dir(dir, found, sizeof found))) {
        cli_error("lexicon lint", "no lexicons found: name a DIR");
        return EXIT_TROUBLE;
    }
    sayasat_status st;
    lint_ctx ctx = {dir};
    long problems = sayasat_lexicon_lint(dir, print_problem, &ctx, &st);
    if (problems < 0) {
        cli_error("lexicon lint", "%s: %s", dir, sayasat_strerror(st));
        return EXIT_TROUBLE;
    }
    fprintf(stderr, "sayasat lexicon lint: %s: %ld problem%s\n", dir, problems,
            problems == 1 ? "" : "s");
    return problems ? EXIT_SOME_FAILED : EXIT_OK;
}

/* ---- stats ---------------------------------------------------------------- */

enum { KINDS = 5, LANGS = 2 };
static const char *const kind_names[KINDS] = {"word", "multi_word", "exact",
                                              "glob", "regex"};
static const char *const lang_names[LANGS] = {"ru", "kk"};

typedef struct {
    char name[80];
    int is_cue;
    size_t count[LANGS][KINDS + 1];     /* [KINDS]: all */
} group_stats;

static int stats(int argc, char **argv)
{
    const char *dir = NULL, *format = "text";
    args a = {argc, argv, 0, NULL, "lexicon stats"};
    const char *opt;
    while ((opt = args_next(&a, "lexicons,format"))) {
        if ((!*opt || strcmp(opt, "lexicons") == 0) && !dir)
            dir = a.value;
        else if (strcmp(opt, "format") == 0 &&
                 (strcmp(a.value, "text") == 0 || strcmp(a.value, "json") == 0))
            format = a.value;
        else {
            if (strcmp(opt, "?") != 0)
                cli_error("lexicon stats", "usage: sayasat lexicon stats "
                                           "[DIR] [--format text|json]");
            return EXIT_TROUBLE;
        }
    }
    sayasat_lexicon_set *set = cli_load_lexicons("lexicon stats", dir);
    if (!set)
        return EXIT_TROUBLE;
    size_t n_groups = sayasat_theme_count(set) + 8;
    group_stats *g = calloc(n_groups, sizeof *g);
    size_t used = 0;
    if (!g) {
        sayasat_lexicon_set_free(set);
        return EXIT_TROUBLE;
    }
    /* themes in the set's order, then cue types in order of appearance */
    for (size_t t = 0; t < sayasat_theme_count(set); t++)
        snprintf(g[used++].name, sizeof g->name, "%s",
                 sayasat_theme_id(set, t));
    group_stats total = {"total", 0, {{0}}};
    for (size_t i = 0; i < sayasat_entry_count(set); i++) {
        sayasat_entry e;
        sayasat_entry_get(set, i, &e);
        const char *name = e.theme ? e.theme : e.cue;
        size_t k = 0;
        while (k < used && !(strcmp(g[k].name, name) == 0 &&
                             g[k].is_cue == (e.cue != NULL)))
            k++;
        if (k == used && used < n_groups) {
            snprintf(g[used].name, sizeof g->name, "%s", name);
            g[used++].is_cue = 1;
        }
        int l = strcmp(e.lang, "kk") == 0;
        g[k].count[l][e.kind]++;
        g[k].count[l][KINDS]++;
        total.count[l][e.kind]++;
        total.count[l][KINDS]++;
    }
    strbuf o = {0};
    if (strcmp(format, "json") == 0) {
        sb_printf(&o, "{\"version\":\"%s\"", sayasat_lexicon_set_version(set));
        for (int cue = 0; cue < 2; cue++) {
            sb_puts(&o, cue ? ",\"cues\":{" : ",\"themes\":{");
            int first = 1;
            for (size_t k = 0; k < used; k++) {
                if (g[k].is_cue != cue)
                    continue;
                sb_printf(&o, "%s\"%s\":{", first ? "" : ",", g[k].name);
                first = 0;
                for (int l = 0; l < LANGS; l++) {
                    sb_printf(&o, "%s\"%s\":{\"entries\":%zu", l ? "," : "",
                              lang_names[l], g[k].count[l][KINDS]);
                    for (int kind = 0; kind < KINDS; kind++)
                        sb_printf(&o, ",\"%s\":%zu", kind_names[kind],
                                  g[k].count[l][kind]);
                    sb_putc(&o, '}');
                }
                sb_putc(&o, '}');
            }
            sb_putc(&o, '}');
        }
        sb_puts(&o, ",\"total\":{");
        for (int l = 0; l < LANGS; l++) {
            sb_printf(&o, "%s\"%s\":{\"entries\":%zu", l ? "," : "",
                      lang_names[l], total.count[l][KINDS]);
            for (int kind = 0; kind < KINDS; kind++)
                sb_printf(&o, ",\"%s\":%zu", kind_names[kind],
                          total.count[l][kind]);
            sb_putc(&o, '}');
        }
        sb_puts(&o, "}}\n");
    } else {
        sb_printf(&o, "lexicon version %s\n\n",
                  sayasat_lexicon_set_version(set));
        sb_printf(&o, "%-26s %-4s %7s %6s %10s %6s %5s %6s\n", "theme / cue",
                  "lang", "entries", "word", "multi_word", "exact", "glob",
                  "regex");
        for (size_t k = 0; k <= used; k++) {
            const group_stats *x = k < used ? &g[k] : &total;
            for (int l = 0; l < LANGS; l++) {
                char label[100];
                snprintf(label, sizeof label, "%s%s", x->is_cue ? "cues: " : "",
                         x->name);
                sb_printf(&o, "%-26s %-4s %7zu %6zu %10zu %6zu %5zu %6zu\n",
                          l ? "" : label, lang_names[l], x->count[l][KINDS],
                          x->count[l][0], x->count[l][1], x->count[l][2],
                          x->count[l][3], x->count[l][4]);
            }
        }
    }
    int status = o.failed ? EXIT_TROUBLE : EXIT_OK;
    if (!o.failed)
        fwrite(o.data, 1, o.len, stdout);
    sb_free(&o);
    free(g);
    sayasat_lexicon_set_free(set);
    return fflush(stdout) ? EXIT_TROUBLE : status;
}

int cmd_lexicon(int argc, char **argv)
{
    static const char usage[] =
        "usage: sayasat lexicon lint [DIR]\n"
        "       sayasat lexicon stats [DIR] [--format text|json]\n"
        "       sayasat lexicon import-liwc FILE.dic [--lang ru|kk] -o DIR\n"
        "       sayasat lexicon suggest --theme T [--top N] PATH...\n";
    if (argc < 1) {
        fputs(usage, stderr);
        return EXIT_TROUBLE;
    }
    if (strcmp(argv[0], "lint") == 0)
        return lint(argc - 1, argv + 1);
    if (strcmp(argv[0], "stats") == 0)
        return stats(argc - 1, argv + 1);
    if (strcmp(argv[0], "import-liwc") == 0)
        return cmd_import_liwc(argc - 1, argv + 1);
    if (strcmp(argv[0], "suggest") == 0)
        return cmd_suggest(argc - 1, argv + 1);
    fprintf(stderr, "sayasat lexicon: unknown subcommand '%s'\n%s", argv[0],
            usage);
    return EXIT_TROUBLE;
}
