#include "lexicon.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The taxonomy of DESIGN.md, in its order: output columns follow it. */
static const char *const taxonomy[] = {
    "direct_elections", "decentralisation", "budget_fiscal",
    "local_self_government", "maslikhat_representation", "party_competition",
    "elite_competition", "dialogue_participation", "turnout",
    "gradual_reform", "democratic_institutions", "anti_corruption",
    "parliamentary_reform", NULL};

static const char *const cue_names[] = {
    "", "polarity", "negator", "intensifier", "contrast", "hedge", "critique",
    "divergence", "past", NULL};

const char *cue_name(cue_kind cue)
{
    return cue_names[cue];
}

void lexicon_data_free(lexicon_data *data)
{
    pool_free(&data->pool);
    free(data->themes);
    free(data->entries);
    free(data->words);
    memset(data, 0, sizeof *data);
}

void lexicon_error(sayasat_error *error, const char *file, unsigned line,
                   unsigned column, const char *fmt, ...)
{
    if (!error)
        return;
    snprintf(error->file, sizeof error->file, "%s", file);
    error->line = line;
    error->column = column;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error->message, sizeof error->message, fmt, ap);
    va_end(ap);
}

unsigned lexicon_column(const char *line, size_t off)
{
    unsigned col = 1;
    for (size_t i = 0; i < off; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80)
            col++;
    return col;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Reads s[0..n) whole as a finite number; 0, or -1 when it is not one. */
static int number(const char *s, size_t n, double *out)
{
    char buf[64], *end;
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    *out = strtod(buf, &end);
    return *end || !isfinite(*out) ? -1 : 0;
}

/* Parsing state for one file. */
typedef struct {
    lexicon_data *data;
    const char *file;
    lang_id lang;
    sayasat_error *error;
    size_t theme;           /* (size_t)-1 until @theme */
    cue_kind cue;           /* set by @cues */
    int scope, scope_around;    /* set by @scope */
    int have_lang, have_label;
    size_t label;
    const char *line;       /* current line, for columns */
    unsigned lineno;
} parser;

static sayasat_status fail(parser *p, size_t off, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lexicon_error(p->error, p->file, p->lineno, lexicon_column(p->line, off),
                  "%s", msg);
    return SAYASAT_ERR_LEXICON;
}

static int valid_theme_id(const char *s, size_t n)
{
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
              s[i] == '_'))
            return 0;
    return 1;
}

static size_t find_theme(const lexicon_data *d, const char *id, size_t n)
{
    for (size_t i = 0; i < d->n_themes; i++) {
        const char *t = d->pool.data + d->themes[i].id;
        if (strlen(t) == n && memcmp(t, id, n) == 0)
            return i;
    }
    return (size_t)-1;
}

static sayasat_status header(parser *p, const char *s, size_t n)
{
    size_t k = 1;
    while (k < n && !is_blank(s[k]))
        k++;
    size_t v = k;
    while (v < n && is_blank(s[v]))
        v++;
    size_t end = n;
    while (end > v && is_blank(s[end - 1]))
        end--;
    const char *key = s + 1, *val = s + v;
    size_t klen = k - 1, vlen = end - v;
    size_t off = (size_t)(s - p->line);
    if (vlen == 0)
        return fail(p, off, "header '@%.*s' needs a value", (int)klen, key);
    if (klen == 4 && memcmp(key, "cues", 4) == 0) {
        if (p->theme != (size_t)-1 || p->cue)
            return fail(p, off, "a file has one @theme or one @cues");
        for (int c = CUE_POLARITY; cue_names[c]; c++)
            if (strlen(cue_names[c]) == vlen && memcmp(cue_names[c], val,
                                                       vlen) == 0) {
                p->cue = (cue_kind)c;
                p->scope = c == CUE_NEGATOR || c == CUE_INTENSIFIER ? -3 : 0;
                return SAYASAT_OK;
            }
        return fail(p, off + v, "unknown cue type (polarity, negator, "
                                "intensifier, contrast, hedge, critique, "
                                "divergence, past)");
    }
    if (klen == 5 && memcmp(key, "scope", 5) == 0) {
        char dir[8] = "";
        int words = 0, used = 0;
        if (vlen < 32) {
            char buf[32];
            memcpy(buf, val, vlen);
            buf[vlen] = '\0';
            if (sscanf(buf, "%7s %d%n", dir, &words, &used) != 2 ||
                (size_t)used != vlen)
                dir[0] = '\0';
        }
        if ((strcmp(dir, "before") && strcmp(dir, "after") &&
             strcmp(dir, "around")) || words < 1 || words > 10)
            return fail(p, off + v, "@scope needs 'before N', 'after N' or "
                                    "'around N' with N from 1 to 10");
        if (p->cue != CUE_NEGATOR && p->cue != CUE_INTENSIFIER)
            return fail(p, off, "@scope follows @cues negator or "
                                "@cues intensifier");
        p->scope = strcmp(dir, "after") == 0 ? words : -words;
        p->scope_around = strcmp(dir, "around") == 0;
        return SAYASAT_OK;
    }
    if (klen == 5 && memcmp(key, "theme", 5) == 0) {
        if (p->theme != (size_t)-1 || p->cue)
            return fail(p, off, "a file has one @theme or one @cues");
        if (!valid_theme_id(val, vlen))
            return fail(p, off + v, "theme id must be lowercase ASCII "
                                    "letters, digits and '_'");
        size_t t = find_theme(p->data, val, vlen);
        if (t == (size_t)-1) {
            lexicon_data *d = p->data;
            if (grow_array((void **)&d->themes, &d->cap_themes,
                           d->n_themes + 1, sizeof *d->themes))
                return SAYASAT_ERR_NOMEM;
            size_t id = pool_add(&d->pool, val, vlen);
            if (id == (size_t)-1)
                return SAYASAT_ERR_NOMEM;
            d->themes[d->n_themes] = (lex_theme){id, {id, id}, 0};
            t = d->n_themes++;
        }
        p->theme = t;
        return SAYASAT_OK;
    }
    if (klen == 4 && memcmp(key, "lang", 4) == 0) {
        if (p->have_lang)
            return fail(p, off, "a second @lang in one file");
        if (vlen != 2 || memcmp(val, lang_name(p->lang), 2) != 0)
            return fail(p, off + v, "@lang %.*s, but the file is in the %s "
                                    "directory", (int)vlen, val,
                        lang_name(p->lang));
        p->have_lang = 1;
        return SAYASAT_OK;
    }
    if (klen == 7 && memcmp(key, "present", 7) == 0) {
        if (p->theme == (size_t)-1)
            return fail(p, off, "@present follows @theme");
        double w;
        if (number(val, vlen, &w) || !(w > 0 && w <= 100))
            return fail(p, off + v, "@present needs a weight above 0 and "
                                    "at most 100");
        lex_theme *t = &p->data->themes[p->theme];
        if (t->present_min != 0 && t->present_min != w)
            return fail(p, off + v, "@present %g, but another file of this "
                                    "theme says %g", w, t->present_min);
        t->present_min = w;
        return SAYASAT_OK;
    }
    if (klen == 5 && memcmp(key, "label", 5) == 0) {
        if (p->have_label)
            return fail(p, off, "a second @label in one file");
        p->label = pool_add(&p->data->pool, val, vlen);
        if (p->label == (size_t)-1)
            return SAYASAT_ERR_NOMEM;
        p->have_label = 1;
        return SAYASAT_OK;
    }
    return fail(p, off, "unknown header '@%.*s' (expected @theme or @cues, "
                        "@lang, @label, @present, @scope)", (int)klen, key);
}

/* Parses " = W" (or nothing) at s[0..n); off is s's offset in the line. */
static sayasat_status weight(parser *p, const char *s, size_t n, size_t off,
                             double *w)
{
    size_t i = 0;
    while (i < n && is_blank(s[i]))
        i++;
    *w = p->cue == CUE_PAST ? -1.0 : 1.0;   /* a past marker flips */
    if (i == n)
        return SAYASAT_OK;
    if (s[i] != '=')
        return fail(p, off + i, "expected '= WEIGHT' or the end of the line");
    i++;
    while (i < n && is_blank(s[i]))
        i++;
    size_t j = i;
    while (j < n && !is_blank(s[j]))
        j++;
    if (j == i)
        return fail(p, off + i, "expected a number after '='");
    double v;
    if (number(s + i, j - i, &v))
        return fail(p, off + i, "'%.*s' is not a number", (int)(j - i),
                    s + i);
    /* 0 in a polarity or critique file: an expression that evaluates
     * nothing and masks the cues inside it ("спасибо за интервью"); in a
     * past file: a veto ("как и раньше"), where -1 turns the sentence
     * around */
    int may_be_zero = p->cue == CUE_POLARITY || p->cue == CUE_CRITIQUE ||
                      p->cue == CUE_PAST;
    if (p->cue == CUE_PAST && (v < -1.0 || v > 0.0))
        return fail(p, off + i, "a past entry's weight is between -1 "
                                "(the sentence counts the other way) and "
                                "0 (it is about now)");
    if ((v == 0.0 && !may_be_zero) || fabs(v) > 10.0)
        return fail(p, off + i, may_be_zero
                                    ? "weight must be between -10 and 10"
                                    : "weight must be between -10 and 10, "
                                      "not 0");
    while (j < n && is_blank(s[j]))
        j++;
    if (j < n)
        return fail(p, off + j, "unexpected text after the weight");
    *w = v;
    return SAYASAT_OK;
}

static sayasat_status add_word(parser *p, word_kind kind, const char *s,
                               size_t n, size_t off)
{
    lexicon_data *d = p->data;
    if (grow_array((void **)&d->words, &d->cap_words, d->n_words + 1,
                   sizeof *d->words))
        return SAYASAT_ERR_NOMEM;
    size_t text = pool_add(&d->pool, s, n);
    if (text == (size_t)-1)
        return SAYASAT_ERR_NOMEM;
    d->words[d->n_words++] =
        (lex_word){kind, text, lexicon_column(p->line, off)};
    return SAYASAT_OK;
}

/* Splits s[0..n) into words of an entry. */
static sayasat_status words(parser *p, const char *s, size_t n, size_t off,
                            int exact, lex_entry *e)
{
    e->first_word = p->data->n_words;
    for (size_t i = 0; i < n;) {
        while (i < n && is_blank(s[i]))
            i++;
        size_t j = i;
        while (j < n && !is_blank(s[j]))
            j++;
        if (j == i)
            break;
        const char *w = s + i;
        size_t wl = j - i;
        word_kind kind = exact ? WORD_EXACT : WORD_STEM;
        const char *star = memchr(w, '*', wl);
        if (star) {
            if (exact || star != w + wl - 1)
                return fail(p, off + i + (size_t)(star - w),
                            "'*' may only end a word, outside quotes");
            if (wl == 1)
                return fail(p, off + i, "a glob needs a prefix before '*'");
            kind = WORD_PREFIX;
            wl--;
        }
        if (memchr(w, '"', wl) || memchr(w, '=', wl))
            return fail(p, off + i, "unexpected '%c' inside a word",
                        memchr(w, '"', wl) ? '"' : '=');
        sayasat_status st = add_word(p, kind, w, wl, off + i);
        if (st)
            return st;
        i = j;
    }
    e->n_words = p->data->n_words - e->first_word;
    if (e->n_words == 0)
        return fail(p, off, "empty entry");
    return SAYASAT_OK;
}

static sayasat_status entry(parser *p, const char *s, size_t n)
{
    size_t off = (size_t)(s - p->line);
    if ((p->theme == (size_t)-1 && !p->cue) || !p->have_lang ||
        !p->have_label)
        return fail(p, off, "entries must follow the header (@theme or "
                            "@cues, @lang, @label)");
    lex_entry e = {.theme = p->theme, .cue = p->cue, .scope = p->scope,
                   .scope_around = p->scope_around, .lang = p->lang,
                   .line = p->lineno, .column = lexicon_column(p->line, off)};
    size_t body_end, rest;
    sayasat_status st;
    if (s[0] == '/' || s[0] == '"') {
        char close = s[0];
        size_t i = 1;
        while (i < n && s[i] != close)
            i += (close == '/' && s[i] == '\\' && i + 1 < n) ? 2 : 1;
        if (i >= n)
            return fail(p, off, close == '/' ? "regex without closing '/'"
                                             : "quote without closing '\"'");
        body_end = i + 1;
        rest = body_end;
        if (close == '/') {
            if (i == 1)
                return fail(p, off, "empty regex");
            e.regex = pool_add(&p->data->pool, s + 1, i - 1);
            if (e.regex == (size_t)-1)
                return SAYASAT_ERR_NOMEM;
            e.first_word = p->data->n_words;
        } else if ((st = words(p, s + 1, i - 1, off + 1, 1, &e))) {
            return st;
        }
    } else {
        const char *eq = memchr(s, '=', n);
        body_end = eq ? (size_t)(eq - s) : n;
        while (body_end > 0 && is_blank(s[body_end - 1]))
            body_end--;
        rest = body_end;
        if ((st = words(p, s, body_end, off, 0, &e)))
            return st;
    }
    if ((st = weight(p, s + rest, n - rest, off + rest, &e.weight)))
        return st;
    lexicon_data *d = p->data;
    e.text = pool_add(&d->pool, s, body_end);
    e.file = pool_add(&d->pool, p->file, strlen(p->file));
    if (e.text == (size_t)-1 || e.file == (size_t)-1 ||
        grow_array((void **)&d->entries, &d->cap_entries, d->n_entries + 1,
                   sizeof *d->entries))
        return SAYASAT_ERR_NOMEM;
    d->entries[d->n_entries++] = e;
    return SAYASAT_OK;
}

sayasat_status lexicon_parse(lexicon_data *data, const char *relname,
                             lang_id lang, const char *bytes, size_t len,
                             sayasat_error *error)
{
    parser p = {.data = data, .file = relname, .lang = lang, .error = error,
                .theme = (size_t)-1, .cue = CUE_NONE};
    size_t pos = 0;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;    /* a BOM some editors write */
    sayasat_status st = SAYASAT_OK;
    while (pos < len && !st) {
        const char *nl = memchr(bytes + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - bytes) : len;
        p.line = bytes + pos;
        p.lineno++;
        size_t n = end - pos, i = 0;
        if (memchr(p.line, '\0', n))
            return fail(&p, (size_t)((const char *)memchr(p.line, '\0', n) -
                                     p.line), "NUL byte in a lexicon");
        while (n > 0 && is_blank(p.line[n - 1]))
            n--;
        while (i < n && is_blank(p.line[i]))
            i++;
        if (i < n && p.line[i] != '#')
            st = p.line[i] == '@' ? header(&p, p.line + i, n - i)
                                  : entry(&p, p.line + i, n - i);
        pos = end + 1;
    }
    if (st)
        return st;
    if ((p.theme == (size_t)-1 && !p.cue) || !p.have_lang || !p.have_label) {
        lexicon_error(error, relname, p.lineno ? p.lineno : 1, 1,
                      "missing header: a lexicon needs @theme (or @cues), "
                      "@lang and @label");
        return SAYASAT_ERR_LEXICON;
    }
    if (!p.cue)
        data->themes[p.theme].label[lang == LANG_KK] = p.label;
    return SAYASAT_OK;
}

static size_t taxonomy_rank(const char *id)
{
    for (size_t i = 0; taxonomy[i]; i++)
        if (strcmp(taxonomy[i], id) == 0)
            return i;
    return (size_t)-1;
}

static int theme_before(const lexicon_data *d, const lex_theme *a,
                        const lex_theme *b)
{
    const char *x = d->pool.data + a->id, *y = d->pool.data + b->id;
    size_t rx = taxonomy_rank(x), ry = taxonomy_rank(y);
    return rx != ry ? rx < ry : strcmp(x, y) < 0;
}

int lexicon_sort_themes(lexicon_data *d)
{
    size_t n = d->n_themes;
    size_t *new_index = malloc((n ? n : 1) * sizeof *new_index);
    lex_theme *sorted = malloc((n ? n : 1) * sizeof *sorted);
    if (!new_index || !sorted) {
        free(new_index);
        free(sorted);
        return -1;
    }
    /* Insertion sort: a few dozen themes, and qsort has no context. */
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        while (j > 0 && theme_before(d, &d->themes[i], &sorted[j - 1])) {
            sorted[j] = sorted[j - 1];
            j--;
        }
        sorted[j] = d->themes[i];
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (d->themes[j].id == sorted[i].id)
                new_index[j] = i;
    for (size_t e = 0; e < d->n_entries; e++)
        if (!d->entries[e].cue)
            d->entries[e].theme = new_index[d->entries[e].theme];
    for (size_t t = 0; t < n; t++)
        if (sorted[t].present_min == 0)
            sorted[t].present_min = DEFAULT_PRESENT_MIN;
    memcpy(d->themes, sorted, n * sizeof *sorted);
    free(sorted);
    free(new_index);
    return 0;
}
