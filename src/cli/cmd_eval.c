/* sayasat eval --gold GOLD.tsv DIR [--split S] [--format text|json]: theme
 * precision, recall and F1, and stance accuracy, macro-F1 and confusion
 * matrix, against hand-coded gold, overall and by language.
 *
 * Gold: TSV with a header row; columns found by name: id, lang, themes
 * (comma-separated ids, or "none"), stance, optional split; others are
 * ignored. Texts are DIR/<id>.txt; a missing text is an error naming it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "strbuf.h"

typedef struct {
    size_t tp, fp, fn;
} counts;

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

enum { LABELS = 5 };
static const char *const labels[LABELS] = {"support", "critical", "neutral",
                                           "mixed", "offtopic"};

typedef struct {
    counts *theme;          /* per theme */
    size_t docs;
    size_t confusion[LABELS][LABELS];   /* [gold][predicted] */
} tally;

static int label_index(const char *s)
{
    for (int i = 0; i < LABELS; i++)
        if (strcmp(labels[i], s) == 0)
            return i;
    return -1;
}

/* Label a's row (gold) and column (predicted) sums of the confusion. */
static void label_counts(const tally *g, int a, size_t *gold, size_t *pred)
{
    *gold = *pred = 0;
    for (int b = 0; b < LABELS; b++) {
        *gold += g->confusion[a][b];
        *pred += g->confusion[b][a];
    }
}

/* Stance documents, accuracy, and macro-F1 over the labels that occur in
 * gold or output. */
static size_t stance_figures(const tally *g, double *accuracy, double *macro)
{
    size_t right = 0, n = 0;
    double sum = 0;
    int used = 0;
    for (int a = 0; a < LABELS; a++) {
        size_t tp = g->confusion[a][a], gold, pred;
        label_counts(g, a, &gold, &pred);
        n += gold;
        right += tp;
        if (gold + pred) {
            sum += f1(ratio(tp, pred), ratio(tp, gold));
            used++;
        }
    }
    *accuracy = ratio(right, n);
    *macro = used ? sum / used : 0;
    return n;
}

static void json_stance(strbuf *o, const tally *g)
{
    double acc, macro;
    size_t n = stance_figures(g, &acc, &macro);
    sb_printf(o, "{\"n_docs\":%zu,\"accuracy\":%.4f,\"macro_f1\":%.4f,"
                 "\"per_label\":{", n, acc, macro);
    for (int a = 0; a < LABELS; a++) {
        size_t tp = g->confusion[a][a], gold, pred;
        label_counts(g, a, &gold, &pred);
        double p = ratio(tp, pred), r = ratio(tp, gold);
        sb_printf(o, "%s\"%s\":{\"precision\":%.4f,\"recall\":%.4f,"
                     "\"f1\":%.4f,\"support\":%zu}", a ? "," : "",
                  labels[a], p, r, f1(p, r), gold);
    }
    sb_puts(o, "},\"confusion\":{");
    for (int a = 0; a < LABELS; a++) {
        sb_printf(o, "%s\"%s\":{", a ? "," : "", labels[a]);
        for (int b = 0; b < LABELS; b++)
            sb_printf(o, "%s\"%s\":%zu", b ? "," : "", labels[b],
                      g->confusion[a][b]);
        sb_putc(o, '}');
    }
    sb_puts(o, "}}");
}

static void text_stance(strbuf *o, const tally *g, const char *name,
                        int detail)
{
    double acc, macro;
    size_t n = stance_figures(g, &acc, &macro);
    sb_printf(o, "%-6s %4zu docs  stance accuracy %.3f  macro F1 %.3f\n",
              name, n, acc, macro);
    if (!detail)
        return;
    sb_printf(o, "  confusion (rows gold, columns predicted):\n  %-9s", "");
    for (int b = 0; b < LABELS; b++)
        sb_printf(o, " %9s", labels[b]);
    sb_putc(o, '\n');
    for (int a = 0; a < LABELS; a++) {
        sb_printf(o, "  %-9s", labels[a]);
        for (int b = 0; b < LABELS; b++)
            sb_printf(o, " %9zu", g->confusion[a][b]);
        sb_putc(o, '\n');
    }
}

enum { GROUPS = 4 };        /* all, ru, kk, mixed */
static const char *const group_names[GROUPS] = {"all", "ru", "kk", "mixed"};

/* Splits a TSV line in place into at most max fields; returns the count. */
static size_t split_tsv(char *line, char **field, size_t max)
{
    size_t n = 0;
    for (char *p = line; n < max;) {
        field[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    return n;
}

/* A group's micro precision, recall and F1 and its macro-F1 over the
 * themes seen in gold or output. */
static void theme_figures(const sayasat_lexicon_set *set, const tally *g,
                          double *p, double *r, double *macro)
{
    counts all = {0, 0, 0};
    double sum = 0;
    size_t used = 0;
    for (size_t t = 0; t < sayasat_theme_count(set); t++) {
        const counts *c = &g->theme[t];
        all.tp += c->tp;
        all.fp += c->fp;
        all.fn += c->fn;
        if (c->tp + c->fn + c->fp) {
            sum += f1(ratio(c->tp, c->tp + c->fp), ratio(c->tp, c->tp + c->fn));
            used++;
        }
    }
    *p = ratio(all.tp, all.tp + all.fp);
    *r = ratio(all.tp, all.tp + all.fn);
    *macro = used ? sum / (double)used : 0;
}

/* Figures of one group as JSON. */
static void json_group(strbuf *o, const sayasat_lexicon_set *set,
                       const tally *g)
{
    double p, r, macro;
    theme_figures(set, g, &p, &r, &macro);
    sb_printf(o, "{\"n_docs\":%zu,\"micro_precision\":%.4f,"
                 "\"micro_recall\":%.4f,\"micro_f1\":%.4f,\"macro_f1\":%.4f,"
                 "\"per_theme\":{", g->docs, p, r, f1(p, r), macro);
    for (size_t t = 0; t < sayasat_theme_count(set); t++) {
        const counts *c = &g->theme[t];
        double tp_ = ratio(c->tp, c->tp + c->fp), tr = ratio(c->tp, c->tp + c->fn);
        sb_printf(o, "%s\"%s\":{\"precision\":%.4f,\"recall\":%.4f,"
                     "\"f1\":%.4f,\"support\":%zu,\"predicted\":%zu}",
                  t ? "," : "", sayasat_theme_id(set, t), tp_, tr, f1(tp_, tr),
                  c->tp + c->fn, c->tp + c->fp);
    }
    sb_puts(o, "}}");
}

static void text_group(strbuf *o, const sayasat_lexicon_set *set,
                       const tally *g, const char *name, int detail)
{
    if (detail) {
        sb_printf(o, "%-26s %9s %9s %9s %8s %9s\n", "theme", "precision",
                  "recall", "F1", "support", "predicted");
        for (size_t t = 0; t < sayasat_theme_count(set); t++) {
            const counts *c = &g->theme[t];
            double tp_ = ratio(c->tp, c->tp + c->fp),
                   tr = ratio(c->tp, c->tp + c->fn);
            sb_printf(o, "%-26s %9.3f %9.3f %9.3f %8zu %9zu\n",
                      sayasat_theme_id(set, t), tp_, tr, f1(tp_, tr),
                      c->tp + c->fn, c->tp + c->fp);
        }
    }
    double p, r, macro;
    theme_figures(set, g, &p, &r, &macro);
    sb_printf(o, "%-6s %4zu docs  themes micro P %.3f R %.3f F1 %.3f  "
                 "macro F1 %.3f\n", name, g->docs, p, r, f1(p, r), macro);
}

int cmd_eval(int argc, char **argv)
{
    const char *gold = NULL, *dir = NULL, *split = NULL, *format = "text",
               *lexicons = NULL;
    args a = {argc, argv, 0, NULL, "eval"};
    const char *opt;
    while ((opt = args_next(&a, "gold,split,format,lexicons"))) {
        if (!*opt && !dir)
            dir = a.value;
        else if (strcmp(opt, "gold") == 0)
            gold = a.value;
        else if (strcmp(opt, "split") == 0)
            split = a.value;
        else if (strcmp(opt, "lexicons") == 0)
            lexicons = a.value;
        else if (strcmp(opt, "format") == 0 &&
                 (strcmp(a.value, "text") == 0 || strcmp(a.value, "json") == 0))
            format = a.value;
        else {
            if (strcmp(opt, "?") != 0)
                cli_error("eval", "usage: sayasat eval --gold GOLD.tsv DIR "
                                  "[--split S] [--format text|json]");
            return EXIT_TROUBLE;
        }
    }
    if (!gold || !dir) {
        cli_error("eval", "usage: sayasat eval --gold GOLD.tsv DIR "
                          "[--split S] [--format text|json]");
        return EXIT_TROUBLE;
    }
    FILE *f = fopen(gold, "r");
    if (!f) {
        cli_error("eval", "%s: cannot open: %s", gold, strerror(errno));
        return EXIT_TROUBLE;
    }
    sayasat_lexicon_set *set = cli_load_lexicons("eval", lexicons);
    sayasat_analyser *an = NULL;
    tally groups[GROUPS];
    memset(groups, 0, sizeof groups);
    int status = EXIT_TROUBLE;
    char *line = NULL, *want = NULL;
    input *in = NULL;
    const input_options opts = {INPUT_TEXT, "text", "id", SAYASAT_MAX_DOCUMENT};
    size_t cap = 0;
    if (!set || sayasat_analyser_new(set, &an))
        goto done;
    size_t n_themes = sayasat_theme_count(set);
    want = calloc(n_themes + 1, 1);
    for (int g = 0; g < GROUPS; g++)
        if (!(groups[g].theme = calloc(n_themes + 1, sizeof(counts))))
            goto nomem;
    if (!want)
        goto nomem;
    int col_id = -1, col_lang = -1, col_themes = -1, col_split = -1,
        col_stance = -1;
    size_t lineno = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (!len)
            continue;
        char *field[64];
        size_t nf = split_tsv(line, field, 64);
        if (col_id < 0) {   /* the header row */
            for (size_t i = 0; i < nf; i++) {
                if (strcmp(field[i], "id") == 0) col_id = (int)i;
                else if (strcmp(field[i], "lang") == 0) col_lang = (int)i;
                else if (strcmp(field[i], "themes") == 0) col_themes = (int)i;
                else if (strcmp(field[i], "split") == 0) col_split = (int)i;
                else if (strcmp(field[i], "stance") == 0) col_stance = (int)i;
            }
            if (col_id < 0 || col_lang < 0 || col_themes < 0) {
                cli_error("eval", "%s:1: the header needs columns id, lang "
                                  "and themes", gold);
                goto done;
            }
            if (split && col_split < 0) {
                cli_error("eval", "%s:1: --split needs a split column", gold);
                goto done;
            }
            continue;
        }
        int need = col_id > col_lang ? col_id : col_lang;
        need = need > col_themes ? need : col_themes;
        need = need > col_split ? need : col_split;
        need = need > col_stance ? need : col_stance;
        if ((int)nf <= need) {
            cli_error("eval", "%s:%zu: %zu columns, the header has more",
                      gold, lineno, nf);
            goto done;
        }
        if (split && strcmp(field[col_split], split) != 0)
            continue;
        memset(want, 0, n_themes);
        if (strcmp(field[col_themes], "none") != 0 && *field[col_themes]) {
            char *save = NULL;
            for (char *t = strtok_r(field[col_themes], ",", &save); t;
                 t = strtok_r(NULL, ",", &save)) {
                while (*t == ' ')
                    t++;
                size_t k = 0;
                while (k < n_themes && strcmp(sayasat_theme_id(set, k), t))
                    k++;
                if (k == n_themes) {
                    cli_error("eval", "%s:%zu: unknown theme '%s'", gold,
                              lineno, t);
                    goto done;
                }
                want[k] = 1;
            }
        }
        char path[8192];
        const char *paths[1] = {path};
        snprintf(path, sizeof path, "%s/%s.txt", dir, field[col_id]);
        input_free(in);
        input_doc doc;
        if (!(in = input_new(paths, 1, &opts)) || input_next(in, &doc) < 0)
            goto nomem;
        if (doc.error) {
            cli_error("eval", "%s:%zu: %s", gold, lineno, doc.error);
            goto done;
        }
        const sayasat_result *r;
        sayasat_status st = sayasat_analyse(an, doc.text, doc.len, &r);
        if (st) {
            cli_error("eval", "%s: %s", path, sayasat_strerror(st));
            goto done;
        }
        int gold_stance = -1;
        if (col_stance >= 0 && *field[col_stance] &&
            (gold_stance = label_index(field[col_stance])) < 0) {
            cli_error("eval", "%s:%zu: unknown stance '%s' (support, "
                      "critical, neutral, mixed, offtopic)", gold, lineno,
                      field[col_stance]);
            goto done;
        }
        int pred_stance = label_index(r->stance.label);
        int lg = 0;
        for (int g = 1; g < GROUPS; g++)
            if (strcmp(field[col_lang], group_names[g]) == 0)
                lg = g;
        for (int g = 0; g < GROUPS; g += (g == 0 && lg ? lg : GROUPS)) {
            groups[g].docs++;
            if (gold_stance >= 0 && pred_stance >= 0)
                groups[g].confusion[gold_stance][pred_stance]++;
            for (size_t t = 0; t < n_themes; t++) {
                int p = r->themes[t].present, w = want[t];
                groups[g].theme[t].tp += p && w;
                groups[g].theme[t].fp += p && !w;
                groups[g].theme[t].fn += !p && w;
            }
        }
    }
    if (!groups[0].docs) {
        cli_error("eval", "%s: no documents%s%s", gold, split ? " in split " :
                  "", split ? split : "");
        goto done;
    }
    strbuf o = {0};
    if (strcmp(format, "json") == 0) {
        sb_printf(&o, "{\"gold\":");
        sb_json_string(&o, gold, strlen(gold));
        sb_printf(&o, ",\"split\":%s%s%s,\"lexicon_version\":\"%s\","
                      "\"n_docs\":%zu,\"themes\":",
                  split ? "\"" : "", split ? split : "null", split ? "\"" : "",
                  sayasat_lexicon_set_version(set), groups[0].docs);
        json_group(&o, set, &groups[0]);
        if (col_stance >= 0) {
            sb_puts(&o, ",\"stance\":");
            json_stance(&o, &groups[0]);
        }
        sb_puts(&o, ",\"by_lang\":{");
        int first = 1;
        for (int g = 1; g < GROUPS; g++) {
            if (!groups[g].docs)
                continue;
            sb_printf(&o, "%s\"%s\":{\"themes\":", first ? "" : ",",
                      group_names[g]);
            json_group(&o, set, &groups[g]);
            if (col_stance >= 0) {
                sb_puts(&o, ",\"stance\":");
                json_stance(&o, &groups[g]);
            }
            sb_putc(&o, '}');
            first = 0;
        }
        sb_puts(&o, "}}\n");
    } else {
        sb_printf(&o, "%s%s%s, lexicons %s\n\n", gold, split ? ", split " : "",
                  split ? split : "", sayasat_lexicon_set_version(set));
        text_group(&o, set, &groups[0], "all", 1);
        for (int g = 1; g < GROUPS; g++)
            if (groups[g].docs)
                text_group(&o, set, &groups[g], group_names[g], 0);
        if (col_stance >= 0) {
            sb_putc(&o, '\n');
            for (int g = 0; g < GROUPS; g++)
                if (groups[g].docs)
                    text_stance(&o, &groups[g], group_names[g], g == 0);
        }
    }
    if (o.failed) {
        sb_free(&o);
        goto nomem;
    }
    fwrite(o.data, 1, o.len, stdout);
    sb_free(&o);
    status = fflush(stdout) ? EXIT_TROUBLE : EXIT_OK;
    goto done;
nomem:
    cli_error("eval", "out of memory");
done:
    for (int g = 0; g < GROUPS; g++)
        free(groups[g].theme);
    free(want);
    input_free(in);
    free(line);
    fclose(f);
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    return status;
}
