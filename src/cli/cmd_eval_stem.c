/* sayasat eval-stem GOLD.tsv [--lang kk|ru] [--format text|json]: how well
 * the stemmer conflates the forms of a gold file of form<TAB>lemma lines.
 *
 * Units are distinct lowercased forms (folded as the matcher folds them:
 * ё -> е); a form's gold group is its most frequent lemma (the first seen
 * on a tie). With n(s,l) the number of forms with stem s and lemma l and
 * C(k) = k(k-1)/2: TP = sum C(n(s,l)), PP = sum_s C(n(s)),
 * GP = sum_l C(n(l)); precision = TP/PP, recall = TP/GP, F1; Paice's
 * understemming index UI = 1 - recall and overstemming index
 * OI = (PP - TP) / (C(N) - GP). The same run measures the identity
 * "stemmer" and prefix truncation to 3..8 letters, the baselines any
 * stemmer must beat. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "strbuf.h"

typedef struct {
    char *form, *lemma, *stem;
    size_t count;           /* occurrences of (form, lemma) */
    size_t order;           /* first line, for ties */
} pair;

typedef struct {
    double precision, recall, f1, ui, oi;
} conflation;

static double choose2(size_t k)
{
    return (double)k * ((double)k - 1) / 2.0;
}

static int by_form_count(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    if (c)
        return c;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int by_form_lemma(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    return c ? c : strcmp(x->lemma, y->lemma);
}

static int by_stem_lemma(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    int c = strcmp(x->stem, y->stem);
    return c ? c : strcmp(x->lemma, y->lemma);
}

static int by_lemma(const void *a, const void *b)
{
    return strcmp(((const pair *)a)->lemma, ((const pair *)b)->lemma);
}

/* Sums C(run length) over runs of equal keys (cmp == 0) in sorted units. */
static double pairs_in_runs(const pair *u, size_t n,
                            int (*cmp)(const void *, const void *))
{
    double sum = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && cmp(&u[i], &u[j]) == 0)
            j++;
        sum += choose2(j - i);
        i = j;
    }
    return sum;
}

static int by_stem(const void *a, const void *b)
{
    return strcmp(((const pair *)a)->stem, ((const pair *)b)->stem);
}

/* The figures for the stems now in u (reordered). */
static conflation measure(pair *u, size_t n)
{
    qsort(u, n, sizeof *u, by_stem_lemma);
    double tp = pairs_in_runs(u, n, by_stem_lemma);
    double pp = pairs_in_runs(u, n, by_stem);
    qsort(u, n, sizeof *u, by_lemma);
    double gp = pairs_in_runs(u, n, by_lemma);
    conflation c = {0, 0, 0, 0, 0};
    c.precision = pp > 0 ? tp / pp : 1.0;
    c.recall = gp > 0 ? tp / gp : 1.0;
    c.f1 = c.precision + c.recall > 0
               ? 2 * c.precision * c.recall / (c.precision + c.recall)
               : 0;
    c.ui = 1.0 - c.recall;
    double negatives = choose2(n) - gp;
    c.oi = negatives > 0 ? (pp - tp) / negatives : 0;
    return c;
}

/* The first k characters of s into a new string. */
static char *prefix(const char *s, int k)
{
    size_t i = 0;
    for (int chars = 0; s[i] && chars <= k; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars > k)
            break;
    char *p = malloc(i + 1);
    if (p) {
        memcpy(p, s, i);
        p[i] = '\0';
    }
    return p;
}

static void print_text(const char *label, conflation c)
{
    printf("%-22s %9.4f %9.4f %9.4f %9.4f %9.4f\n", label, c.precision,
           c.recall, c.f1, c.ui, c.oi);
}

static void json_figures(strbuf *o, conflation c)
{
    sb_printf(o, "{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,"
                 "\"ui\":%.4f,\"oi\":%.6f}",
              c.precision, c.recall, c.f1, c.ui, c.oi);
}

/* Reads gold lines into pairs (folded form and lemma, with counts). */
static int read_gold(const char *path, sayasat_analyser *an, const char *lang,
                     pair **out, size_t *n_out)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_error("eval-stem", "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    pair *p = NULL;
    size_t n = 0, cap = 0, lineno = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    int rc = 0;
    char form[1024], lemma[1024];
    while ((len = getline(&line, &lcap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        if (!tab || tab == line || !tab[1] || tab[1] == '\t') {
            cli_error("eval-stem", "%s:%zu: expected form<TAB>lemma", path,
                      lineno);
            rc = -1;
            break;
        }
        char *end = strchr(tab + 1, '\t');
        size_t llen = end ? (size_t)(end - tab - 1) : strlen(tab + 1);
        sayasat_status st1, st2;
        sayasat_fold(an, lang, line, (size_t)(tab - line), form, sizeof form,
                     &st1);
        sayasat_fold(an, lang, tab + 1, llen, lemma, sizeof lemma, &st2);
        if (st1 || st2 || !form[0] || !lemma[0]) {
            cli_error("eval-stem", "%s:%zu: cannot fold this line", path,
                      lineno);
            rc = -1;
            break;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            pair *q = realloc(p, cap * sizeof *q);
            if (!q) {
                rc = -1;
                break;
            }
            p = q;
        }
        p[n].form = strdup(form);
        p[n].lemma = strdup(lemma);
        p[n].stem = NULL;
        p[n].count = 1;
        p[n].order = lineno;
        if (!p[n].form || !p[n].lemma) {
            free(p[n].form);
            free(p[n].lemma);
            rc = -1;
            break;
        }
        n++;
    }
    free(line);
    fclose(f);
    *out = p;
    *n_out = n;
    return rc;
}

/* Collapses the (form, lemma) occurrences to one unit per form holding its
 * most frequent lemma. Returns the number of units. */
static size_t units_of(pair *p, size_t n)
{
    if (!n)
        return 0;
    /* count each (form, lemma), keeping its first line */
    qsort(p, n, sizeof *p, by_form_lemma);
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1, first = p[i].order;
        while (j < n && by_form_lemma(&p[i], &p[j]) == 0) {
            if (p[j].order < first)
                first = p[j].order;
            free(p[j].form);
            free(p[j].lemma);
            j++;
        }
        p[m] = p[i];
        p[m].count = j - i;
        p[m].order = first;
        m++;
        i = j;
    }
    /* per form, the most frequent lemma first */
    qsort(p, m, sizeof *p, by_form_count);
    size_t u = 0;
    for (size_t i = 0; i < m; i++) {
        if (u && strcmp(p[u - 1].form, p[i].form) == 0) {
            free(p[i].form);
            free(p[i].lemma);
            continue;
        }
        p[u++] = p[i];
    }
    return u;
}

int cmd_eval_stem(int argc, char **argv)
{
    const char *lang = "kk", *format = "text", *gold = NULL, *lexicons = NULL;
    args a = {argc, argv, 0, NULL, "eval-stem"};
    const char *opt;
    while ((opt = args_next(&a, "lang,format,lexicons"))) {
        if (!*opt && !gold)
            gold = a.value;
        else if (strcmp(opt, "lang") == 0 &&
                 (strcmp(a.value, "kk") == 0 || strcmp(a.value, "ru") == 0))
            lang = a.value;
        else if (strcmp(opt, "format") == 0 &&
                 (strcmp(a.value, "text") == 0 || strcmp(a.value, "json") == 0))
            format = a.value;
        else if (strcmp(opt, "lexicons") == 0)
            lexicons = a.value;
        else {
            if (strcmp(opt, "?") != 0)
                cli_error("eval-stem", "usage: sayasat eval-stem GOLD.tsv "
                                       "[--lang kk|ru] [--format text|json]");
            return EXIT_TROUBLE;
        }
    }
    if (!gold) {
        cli_error("eval-stem", "usage: sayasat eval-stem GOLD.tsv "
                               "[--lang kk|ru] [--format text|json]");
        return EXIT_TROUBLE;
    }
    sayasat_lexicon_set *set = cli_load_lexicons("eval-stem", lexicons);
    sayasat_analyser *an = NULL;
    if (!set || sayasat_analyser_new(set, &an)) {
        sayasat_lexicon_set_free(set);
        return EXIT_TROUBLE;
    }
    pair *p = NULL;
    size_t n = 0;
    int status = EXIT_TROUBLE;
    if (read_gold(gold, an, lang, &p, &n))
        goto done;
    size_t units = units_of(p, n);
    n = units;
    if (!units) {
        cli_error("eval-stem", "%s: no form<TAB>lemma lines", gold);
        goto done;
    }
    /* lemmas */
    qsort(p, n, sizeof *p, by_lemma);
    size_t lemmas = 0;
    for (size_t i = 0; i < n; i++)
        lemmas += i == 0 || strcmp(p[i - 1].lemma, p[i].lemma) != 0;

    /* stems: ours, then identity, then truncations; p[i].stem is always
     * NULL or owned, so the cleanup below stays simple */
    char stem[1024];
    for (size_t i = 0; i < n; i++) {
        sayasat_status st;
        sayasat_stem(an, lang, p[i].form, strlen(p[i].form), stem, sizeof stem,
                     &st);
        /* a non-word ("%", "1131") has no stem: it stands for itself */
        if (!(p[i].stem = strdup(st || !stem[0] ? p[i].form : stem)))
            goto nomem;
    }
    conflation ours = measure(p, n);
    conflation trunc[9] = {{0, 0, 0, 0, 0}}, identity = trunc[0];
    int best = 3;
    for (int k = 2; k <= 8; k++) {   /* k = 2 stands for identity */
        for (size_t i = 0; i < n; i++) {
            free(p[i].stem);
            p[i].stem = NULL;
        }
        for (size_t i = 0; i < n; i++)
            if (!(p[i].stem = k == 2 ? strdup(p[i].form)
                                     : prefix(p[i].form, k)))
                goto nomem;
        if (k == 2) {
            identity = measure(p, n);
            continue;
        }
        trunc[k] = measure(p, n);
        if (trunc[k].f1 > trunc[best].f1)
            best = k;
    }

    if (strcmp(format, "json") == 0) {
        strbuf o = {0};
        sb_puts(&o, "{\"gold\":");
        sb_json_string(&o, gold, strlen(gold));
        sb_printf(&o, ",\"lang\":\"%s\",\"forms\":%zu,\"lemmas\":%zu,"
                      "\"stemmer\":", lang, units, lemmas);
        json_figures(&o, ours);
        sb_puts(&o, ",\"identity\":");
        json_figures(&o, identity);
        sb_printf(&o, ",\"truncation\":{\"best_k\":%d,\"best\":", best);
        json_figures(&o, trunc[best]);
        sb_puts(&o, ",\"by_k\":{");
        for (int k = 3; k <= 8; k++) {
            sb_printf(&o, "%s\"%d\":", k > 3 ? "," : "", k);
            json_figures(&o, trunc[k]);
        }
        sb_puts(&o, "}}}\n");
        if (o.failed)
            goto nomem;
        fwrite(o.data, 1, o.len, stdout);
        sb_free(&o);
    } else {
        printf("%s: %zu forms, %zu lemmas (%s)\n", gold, units, lemmas, lang);
        printf("%-22s %9s %9s %9s %9s %9s\n", "", "precision", "recall", "F1",
               "UI", "OI");
        print_text("sayasat stemmer", ours);
        print_text("identity", identity);
        char label[32];
        snprintf(label, sizeof label, "truncation to %d", best);
        print_text(label, trunc[best]);
    }
    status = fflush(stdout) ? EXIT_TROUBLE : EXIT_OK;
    goto done;
nomem:
    cli_error("eval-stem", "out of memory");
done:
    for (size_t i = 0; i < n; i++) {
        free(p[i].form);
        free(p[i].lemma);
        free(p[i].stem);
    }
    free(p);
    sayasat_analyser_free(an);
    sayasat_lexicon_set_free(set);
    return status;
}
