/* keyness: terms that distinguish the documents where a theme is present
 * (sayasat_keyness_* in sayasat.h). Counts are occurrences; G2 is Dunning's
 * log-likelihood for a term seen a times in c target tokens and b times in
 * d reference tokens: G2 = 2 (a ln(a/E1) + b ln(b/E2)), E1 = c(a+b)/(c+d),
 * E2 = d(a+b)/(c+d), kept only where the term is relatively more frequent
 * in the target. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_set.h"
#include "sayasat.h"
#include "util.h"

typedef struct {
    size_t term;            /* offset in pool */
    size_t example;         /* offset in pool, or (size_t)-1 */
    size_t target, reference;
    int covered;            /* the theme's entries already match it */
    int words;
} term_count;

struct sayasat_keyness {
    const sayasat_lexicon_set *set;
    size_t theme;
    strmap index;           /* term -> index into terms */
    term_count *terms;
    size_t n_terms, cap_terms;
    string_pool pool;
    size_t tokens[2][2];    /* [target?][words - 1]: totals for G2 */
    size_t docs[2];
    sayasat_term *top;
    size_t cap_top;
    unsigned char *inside;  /* scratch per token: inside the theme's evidence */
    size_t cap_inside;
};

sayasat_keyness *sayasat_keyness_new(const sayasat_lexicon_set *set,
                                     const char *theme)
{
    size_t t = 0;
    while (t < sayasat_theme_count(set) &&
           strcmp(sayasat_theme_id(set, t), theme) != 0)
        t++;
    if (t == sayasat_theme_count(set))
        return NULL;
    sayasat_keyness *k = calloc(1, sizeof *k);
    if (!k)
        return NULL;
    k->set = set;
    k->theme = t;
    strmap_init(&k->index);
    return k;
}

void sayasat_keyness_free(sayasat_keyness *k)
{
    if (!k)
        return;
    strmap_free(&k->index);
    free(k->terms);
    pool_free(&k->pool);
    free(k->top);
    free(k->inside);
    free(k);
}

void sayasat_keyness_docs(const sayasat_keyness *k, size_t *target,
                          size_t *reference)
{
    *target = k->docs[1];
    *reference = k->docs[0];
}

/* A stem worth proposing: three letters or more, not only digits. */
static int content_stem(const char *s)
{
    size_t chars = 0;
    int letters = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) != 0x80)
            chars++;
        if (*p >= 0x80 || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
            letters = 1;
    }
    return chars >= 3 && letters;
}

/* "…left [term] right…" around text[start, end), on one line. */
static size_t example(sayasat_keyness *k, const char *text, size_t len,
                      size_t start, size_t end)
{
    enum { CONTEXT = 48 };
    size_t from = start > CONTEXT ? start - CONTEXT : 0;
    size_t to = end + CONTEXT < len ? end + CONTEXT : len;
    while (from > 0 && ((unsigned char)text[from] & 0xC0) == 0x80)
        from--;
    while (to < len && ((unsigned char)text[to] & 0xC0) == 0x80)
        to++;
    char buf[4 * CONTEXT + 600];
    size_t n = 0;
    if (end - start > 500)
        end = start + 500;
    for (size_t i = from; i < to && n + 8 < sizeof buf; i++) {
        if (i == start)
            buf[n++] = '[';
        if (i == end)
            buf[n++] = ']';
        char c = text[i];
        buf[n++] = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    if (to == end)
        buf[n++] = ']';
    return pool_add(&k->pool, buf, n);
}

static int count(sayasat_keyness *k, const char *term, size_t n, int words,
                 int target, int covered, const char *text, size_t len,
                 size_t start, size_t end)
{
    int added;
    uint32_t *v = strmap_put(&k->index, term, n, (uint32_t)k->n_terms,
                             &added);
    if (!v)
        return -1;
    if (added) {
        if (grow_array((void **)&k->terms, &k->cap_terms, k->n_terms + 1,
                       sizeof *k->terms))
            return -1;
        size_t off = pool_add(&k->pool, term, n);
        if (off == (size_t)-1)
            return -1;
        k->terms[k->n_terms++] =
            (term_count){off, (size_t)-1, 0, 0, 0, words};
    }
    term_count *t = &k->terms[*v];
    t->covered |= covered;
    if (!target) {
        t->reference++;
        return 0;
    }
    t->target++;
    if (t->example == (size_t)-1 &&
        (t->example = example(k, text, len, start, end)) == (size_t)-1)
        return -1;
    return 0;
}

sayasat_status sayasat_keyness_add(sayasat_keyness *k, sayasat_analyser *a,
                                   const char *text, size_t len,
                                   const sayasat_result *r)
{
    int target = r->themes[k->theme].present;
    size_t n;
    const sayasat_token *tok = sayasat_tokens(a, &n);
    if (!tok && n)
        return SAYASAT_ERR_NOMEM;
    k->docs[target]++;
    /* Which tokens lie inside the theme's evidence: already covered. */
    size_t ev = 0;
    if (grow_array((void **)&k->inside, &k->cap_inside, n + 1, 1))
        return SAYASAT_ERR_NOMEM;
    unsigned char *inside = k->inside;
    memset(inside, 0, n);
    for (size_t i = 0; i < n; i++) {
        while (ev < r->n_evidence &&
               (r->evidence[ev].theme != k->theme ||
                r->evidence[ev].end <= tok[i].start))
            ev++;
        for (size_t e = ev; e < r->n_evidence &&
                            r->evidence[e].start < tok[i].end; e++)
            if (r->evidence[e].theme == k->theme &&
                r->evidence[e].end > tok[i].start)
                inside[i] = 1;
    }
    sayasat_status st = SAYASAT_OK;
    char pair[2048];
    for (size_t i = 0; i < n && !st; i++) {
        if (!content_stem(tok[i].stem))
            continue;
        k->tokens[target][0]++;
        if (count(k, tok[i].stem, strlen(tok[i].stem), 1, target, inside[i],
                  text, len, tok[i].start, tok[i].end))
            st = SAYASAT_ERR_NOMEM;
        if (i + 1 >= n || tok[i + 1].sentence != tok[i].sentence ||
            !content_stem(tok[i + 1].stem))
            continue;
        size_t a1 = strlen(tok[i].stem), a2 = strlen(tok[i + 1].stem);
        if (a1 + a2 + 2 > sizeof pair)
            continue;
        memcpy(pair, tok[i].stem, a1);
        pair[a1] = ' ';
        memcpy(pair + a1 + 1, tok[i + 1].stem, a2);
        k->tokens[target][1]++;
        if (count(k, pair, a1 + 1 + a2, 2, target,
                  inside[i] && inside[i + 1], text, len, tok[i].start,
                  tok[i + 1].end))
            st = SAYASAT_ERR_NOMEM;
    }
    return st;
}

static double g2(double a, double b, double c, double d)
{
    double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d);
    double s = 0;
    if (a > 0)
        s += a * log(a / e1);
    if (b > 0)
        s += b * log(b / e2);
    return 2 * s;
}

static int by_g2(const void *x, const void *y)
{
    const sayasat_term *a = x, *b = y;
    if (a->g2 != b->g2)
        return a->g2 > b->g2 ? -1 : 1;
    return strcmp(a->term, b->term);
}

const sayasat_term *sayasat_keyness_top(sayasat_keyness *k, size_t max,
                                        size_t min_count, size_t *n)
{
    *n = 0;
    size_t m = 0;
    if (grow_array((void **)&k->top, &k->cap_top, k->n_terms + 1,
                   sizeof *k->top))
        return NULL;
    for (size_t i = 0; i < k->n_terms; i++) {
        const term_count *t = &k->terms[i];
        int w = t->words - 1;
        double c = (double)k->tokens[1][w], d = (double)k->tokens[0][w];
        if (t->covered || t->target < min_count || c == 0)
            continue;
        if (d > 0 && (double)t->target / c <= (double)t->reference / d)
            continue;   /* not relatively more frequent in the target */
        k->top[m++] = (sayasat_term){
            k->pool.data + t->term,
            t->example == (size_t)-1 ? "" : k->pool.data + t->example,
            t->target, t->reference,
            d > 0 ? g2((double)t->target, (double)t->reference, c, d) : 0};
    }
    if (m > 1)
        qsort(k->top, m, sizeof *k->top, by_g2);
    *n = m < max ? m : max;
    return k->top;
}
