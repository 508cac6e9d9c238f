/* lint: the checks a reviewer of the lexicons wants, all of them reported
 * (sayasat_lexicon_lint in sayasat.h). An entry's signature is its words'
 * kinds and pattern keys, exactly what the matcher compiles: two entries
 * with one signature match the same text. */
#include <stdio.h>
#include <string.h>

#include "lexicon_set.h"
#include "sayasat.h"
#include "segment.h"
#include "wordproc.h"

typedef struct {
    const lexicon_data *d;
    wordproc *wp;
    segmenter *seg;
    sayasat_report_fn report;
    void *ctx;
    size_t problems;
    strmap seen;        /* signature (+ theme or cue) -> entry index */
} linter;

static void problem(linter *l, const lex_entry *e, const char *message)
{
    sayasat_error err;
    lexicon_error(&err, l->d->pool.data + e->file, e->line, e->column, "%s",
                  message);
    l->report(l->ctx, &err);
    l->problems++;
}

static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Function words are what negator, intensifier, contrast and hedge files
 * list: short stems are expected there. A phrase of exact forms ("но и")
 * matches only itself, however short its words. */
static int needs_long_stem(const lexicon_data *d, const lex_entry *e)
{
    int exact_phrase = e->n_words > 1;
    for (size_t w = 0; w < e->n_words && exact_phrase; w++)
        exact_phrase = d->words[e->first_word + w].kind == WORD_EXACT;
    return !exact_phrase && (e->cue == CUE_NONE || e->cue == CUE_POLARITY ||
                             e->cue == CUE_CRITIQUE);
}

/* Writes e's signature into sig; returns its length, or -1 after reporting
 * why the entry cannot match. Sets *longest to its longest key in chars. */
static int signature(linter *l, const lex_entry *e, char *sig, size_t cap,
                     size_t *longest, sayasat_status *st)
{
    size_t n = 0;
    *longest = 0;
    if (!e->n_words) {
        const char *pat = l->d->pool.data + e->regex;
        return snprintf(sig, cap, "/%s", pat) < (int)cap ? (int)strlen(sig)
                                                          : -1;
    }
    char key[WORD_BUF];
    for (size_t k = 0; k < e->n_words; k++) {
        sayasat_error err;
        int kl = matcher_word_key(l->wp, l->seg, l->d, e,
                                  &l->d->words[e->first_word + k], key,
                                  sizeof key, st, &err);
        if (kl < 0) {
            if (*st == SAYASAT_ERR_LEXICON) {
                l->report(l->ctx, &err);
                l->problems++;
                *st = SAYASAT_OK;
            }
            return -1;
        }
        if (n + (size_t)kl + 2 >= cap)
            return -1;
        sig[n++] = (char)('0' + l->d->words[e->first_word + k].kind);
        memcpy(sig + n, key, (size_t)kl);
        n += (size_t)kl;
        sig[n++] = '\x1f';
        if (chars(key) > *longest)
            *longest = chars(key);
    }
    return (int)n;
}

/* Looks up (tag, lang, group, sig); remembers entry i when new. Returns the
 * earlier entry's index, -1 when new, -2 when out of memory. */
static long remember(linter *l, char tag, const lex_entry *e, size_t group,
                     const char *sig, size_t n, size_t i)
{
    char key[WORD_BUF * 4];
    if (n + 16 > sizeof key)
        return -1;
    int h = snprintf(key, sizeof key, "%c%d:%zu:", tag, (int)e->lang, group);
    memcpy(key + h, sig, n);
    int added;
    uint32_t *v = strmap_put(&l->seen, key, (size_t)h + n, (uint32_t)i,
                             &added);
    if (!v)
        return -2;
    return added ? -1 : (long)*v;
}

long sayasat_lexicon_lint(const char *dir, sayasat_report_fn report,
                          void *ctx, sayasat_status *status)
{
    lexicon_data d;
    memset(&d, 0, sizeof d);
    linter l = {&d, NULL, NULL, report, ctx, 0, {0}};
    strmap_init(&l.seen);
    char version[17];
    sayasat_error err;
    translit_kk_rules *rules = NULL;
    UErrorCode ust = U_ZERO_ERROR;
    long result = -1;
    *status = lexicon_read_dir(&d, dir, version, &err, report, ctx,
                               &l.problems);
    if (*status == SAYASAT_ERR_LEXICON) {   /* no files at all */
        report(ctx, &err);
        l.problems++;
        *status = SAYASAT_OK;
    }
    if (*status)
        goto out;
    rules = translit_kk_rules_new(&ust);
    if (rules)
        l.wp = wordproc_new(rules, &ust);
    if (l.wp)
        l.seg = segmenter_new(&ust);
    if (U_FAILURE(ust)) {
        *status = ust == U_MEMORY_ALLOCATION_ERROR ? SAYASAT_ERR_NOMEM
                                                   : SAYASAT_ERR_ICU;
        goto out;
    }
    char sig[WORD_BUF * 3], msg[1200];
    for (size_t i = 0; i < d.n_entries; i++) {
        const lex_entry *e = &d.entries[i];
        const char *text = d.pool.data + e->text;
        if (!e->n_words && matcher_check_regex(&d, e, &err)) {
            report(ctx, &err);
            l.problems++;
            continue;
        }
        size_t longest;
        int n = signature(&l, e, sig, sizeof sig, &longest, status);
        if (*status)
            goto out;
        if (n < 0)
            continue;
        if (e->n_words && longest < 3 && needs_long_stem(&d, e)) {
            snprintf(msg, sizeof msg, "'%s' stems to fewer than three "
                                      "letters: it would match too much",
                     text);
            problem(&l, e, msg);
        }
        size_t group = e->cue ? 1000 + (size_t)e->cue : e->theme;
        long prev = remember(&l, 'D', e, group, sig, (size_t)n, i);
        if (prev == -2)
            goto nomem;
        if (prev >= 0) {
            const lex_entry *p = &d.entries[prev];
            snprintf(msg, sizeof msg, "'%s' duplicates the entry at %s:%u",
                     text, d.pool.data + p->file, p->line);
            problem(&l, e, msg);
            continue;
        }
        /* Cues share words with themes by design; a negative entry is a
         * deliberate counter-entry against another theme's phrase. */
        if (e->cue || e->weight < 0)
            continue;
        prev = remember(&l, 'C', e, 0, sig, (size_t)n, i);
        if (prev == -2)
            goto nomem;
        if (prev >= 0 && d.entries[prev].theme != e->theme &&
            d.entries[prev].weight > 0) {
            const lex_entry *p = &d.entries[prev];
            snprintf(msg, sizeof msg, "'%s' stems like the entry '%s' of "
                                      "theme %s (%s:%u)",
                     text, d.pool.data + p->text,
                     d.pool.data + d.themes[p->theme].id,
                     d.pool.data + p->file, p->line);
            problem(&l, e, msg);
        }
    }
    result = (long)l.problems;
    goto out;
nomem:
    *status = SAYASAT_ERR_NOMEM;
out:
    segmenter_free(l.seg);
    wordproc_free(l.wp);
    translit_kk_rules_free(rules);
    strmap_free(&l.seen);
    lexicon_data_free(&d);
    return result;
}
