/* Evaluation of stem_kk against gold lemmas (conflation F1).
 *
 * Units are distinct lowercased forms; each form's gold group is its most
 * frequent lemma (ties: the one seen first).  With n(s,l) the number of
 * forms with stem s and lemma l and C(k) = k(k-1)/2:
 *   TP = sum C(n(s,l)),  PP = sum_s C(n(s)),  GP = sum_l C(n(l)),
 *   precision = TP/PP, recall = TP/GP, F1 = 2PR/(P+R).
 * Data: $SAYASAT_SHARED/data/... (default ../shared, relative to the repo
 * root, where the test is run).  A missing folder skips the test. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "stem_kk.h"

/* Floors on the measured F1: the 0.85 the stemmer issue asks for, on both
 * files (measured: hunspell groups 0.867, KTB 0.859). */
#define F1_FLOOR_HUNSPELL 0.85
#define F1_FLOOR_KTB 0.85

typedef struct {
    char *form;
    char *lemma;
    char *stem;
    size_t order; /* line number, for ties */
} row;

/* Lowercases UTF-8 in place: ASCII and Cyrillic (Russian and Kazakh). */
static void lower_utf8(char *p)
{
    unsigned char *u = (unsigned char *)p;
    while (*u) {
        if (*u < 0x80) {
            if (*u >= 'A' && *u <= 'Z')
                *u = (unsigned char)(*u + 32);
            u++;
            continue;
        }
        if ((u[0] & 0xE0) == 0xC0 && (u[1] & 0xC0) == 0x80) {
            unsigned c = ((unsigned)(u[0] & 0x1F) << 6) | (unsigned)(u[1] & 0x3F);
            unsigned d = c;
            if (c >= 0x410 && c <= 0x42F)
                d = c + 0x20;
            else if (c >= 0x400 && c <= 0x40F)
                d = c + 0x50;
            else if (c >= 0x460 && c <= 0x4FF && c != 0x4C0 && !(c >= 0x482 && c <= 0x489)) {
                if (c >= 0x4C1 && c <= 0x4CE)
                    d = (c & 1) ? c + 1 : c;
                else if (!(c & 1))
                    d = c + 1;
            } else if (c == 0x4C0)
                d = 0x4CF;
            u[0] = (unsigned char)(0xC0 | (d >> 6));
            u[1] = (unsigned char)(0x80 | (d & 0x3F));
            u += 2;
            continue;
        }
        u++;
    }
}

static int by_form_lemma(const void *a, const void *b)
{
    const row *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    if (c)
        return c;
    c = strcmp(x->lemma, y->lemma);
    if (c)
        return c;
    return (x->order > y->order) - (x->order < y->order);
}

static int by_stem_lemma(const void *a, const void *b)
{
    const row *x = a, *y = b;
    int c = strcmp(x->stem, y->stem);
    return c ? c : strcmp(x->lemma, y->lemma);
}

static int by_lemma(const void *a, const void *b)
{
    const row *x = a, *y = b;
    return strcmp(x->lemma, y->lemma);
}

static double pairs(size_t k)
{
    return (double)k * (double)(k - 1) / 2.0;
}

typedef struct {
    double p, r, f1;
    size_t forms;
} score;

/* Reads form<TAB>lemma[<TAB>...] lines and scores stem_kk on them. */
static score evaluate(const char *path)
{
    score sc = { 0, 0, 0, 0 };
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t n = 0, cap = 1024;
    row *r = malloc(cap * sizeof *r);
    assert_non_null(r);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t got;
    while ((got = getline(&line, &lcap, f)) >= 0) {
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        char *lemma = tab + 1;
        lemma[strcspn(lemma, "\t\r\n")] = '\0';
        if (!*line || !*lemma)
            continue;
        if (n == cap) {
            cap *= 2;
            r = realloc(r, cap * sizeof *r);
            assert_non_null(r);
        }
        r[n].form = strdup(line);
        r[n].lemma = strdup(lemma);
        assert_non_null(r[n].form);
        assert_non_null(r[n].lemma);
        lower_utf8(r[n].form);
        lower_utf8(r[n].lemma);
        r[n].stem = NULL;
        r[n].order = n;
        n++;
    }
    free(line);
    fclose(f);
    assert_true(n > 0);

    /* one unit per distinct form, with its most frequent lemma */
    qsort(r, n, sizeof *r, by_form_lemma);
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && strcmp(r[j].form, r[i].form) == 0)
            j++;
        size_t best = i, best_count = 0, best_order = SIZE_MAX;
        for (size_t a = i; a < j;) {
            size_t b = a;
            while (b < j && strcmp(r[b].lemma, r[a].lemma) == 0)
                b++;
            size_t count = b - a;
            if (count > best_count || (count == best_count && r[a].order < best_order)) {
                best = a;
                best_count = count;
                best_order = r[a].order;
            }
            a = b;
        }
        row u = { r[i].form, r[best].lemma, NULL, r[i].order };
        for (size_t a = i; a < j; a++) {
            if (a != i)
                free(r[a].form);
            if (a != best)
                free(r[a].lemma);
        }
        r[m++] = u;
        i = j;
    }

    char buf[STEM_KK_MAX_BYTES + 16];
    for (size_t i = 0; i < m; i++) {
        size_t len = strlen(r[i].form);
        char *out = malloc(len + 16 > sizeof buf ? len + 16 : sizeof buf);
        assert_non_null(out);
        stem_kk(r[i].form, len, out);
        r[i].stem = out;
    }

    double tp = 0, pp = 0, gp = 0;
    qsort(r, m, sizeof *r, by_stem_lemma);
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && strcmp(r[j].stem, r[i].stem) == 0)
            j++;
        pp += pairs(j - i);
        for (size_t a = i; a < j;) {
            size_t b = a;
            while (b < j && strcmp(r[b].lemma, r[a].lemma) == 0)
                b++;
            tp += pairs(b - a);
            a = b;
        }
        i = j;
    }
    qsort(r, m, sizeof *r, by_lemma);
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && strcmp(r[j].lemma, r[i].lemma) == 0)
            j++;
        gp += pairs(j - i);
        i = j;
    }
    for (size_t i = 0; i < m; i++) {
        free(r[i].form);
        free(r[i].lemma);
        free(r[i].stem);
    }
    free(r);

    sc.p = pp > 0 ? tp / pp : 1.0;
    sc.r = gp > 0 ? tp / gp : 1.0;
    sc.f1 = sc.p + sc.r > 0 ? 2 * sc.p * sc.r / (sc.p + sc.r) : 0.0;
    sc.forms = m;
    return sc;
}

static char shared_dir[4096];

static int find_shared(void)
{
    const char *env = getenv("SAYASAT_SHARED");
    snprintf(shared_dir, sizeof shared_dir, "%s/data", env && *env ? env : "../shared");
    struct stat st;
    return stat(shared_dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static void run_file(const char *rel, double floor)
{
    if (!find_shared()) {
        print_message("stem_kk eval: data folder %s is missing (set SAYASAT_SHARED "
                      "to the folder that holds data/); skipping\n",
                      shared_dir);
        skip();
        return;
    }
    char path[4352];
    snprintf(path, sizeof path, "%s/%s", shared_dir, rel);
    struct stat st;
    if (stat(path, &st) != 0) {
        print_message("stem_kk eval: file %s is missing; skipping\n", path);
        skip();
        return;
    }
    score sc = evaluate(path);
    print_message("stem_kk eval: %s: %zu forms  P=%.4f R=%.4f F1=%.4f (floor %.2f)\n",
                  rel, sc.forms, sc.p, sc.r, sc.f1, floor);
    if (sc.f1 < floor)
        fail_msg("%s: F1 %.4f is below the floor %.2f", rel, sc.f1, floor);
}

static void test_hunspell_groups(void **state)
{
    (void)state;
    run_file("hunspell-kk/kk-hunspell-groups.tsv", F1_FLOOR_HUNSPELL);
}

static void test_ud_ktb_train(void **state)
{
    (void)state;
    run_file("ud/kk/kk-ktb-train.tsv", F1_FLOOR_KTB);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hunspell_groups),
        cmocka_unit_test(test_ud_ktb_train),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
