#include "output.h"

#include <csv.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

struct writer {
    FILE *out;
    out_format format;
    const sayasat_lexicon_set *set;
    size_t rows;
    int failed;
};

int output_format_from_name(const char *name, out_format *out)
{
    static const char *const names[] = {"jsonl", "csv", "tsv", "table"};
    for (int i = 0; i < 4; i++)
        if (strcmp(name, names[i]) == 0) {
            *out = (out_format)i;
            return 0;
        }
    return -1;
}

char *utf8_clean(const char *s, size_t n)
{
    char *out = malloc(n * 3 + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n;) {
        int32_t j = 0, k = n - i > 4 ? 4 : (int32_t)(n - i);
        UChar32 c;
        U8_NEXT(s + i, j, k, c);
        if (c < 0 || c == 0) {
            memcpy(o, c ? "\xEF\xBF\xBD" : " ", c ? 3 : 1);
            o += c ? 3 : 1;
        } else {
            memcpy(o, s + i, (size_t)j);
            o += j;
        }
        i += (size_t)j;
    }
    *o = '\0';
    return out;
}

/* Figures are rounded to 4 decimals: more is noise, and stable output keeps
 * golden files and diffs readable. */
static double round4(double x)
{
    return round(x * 10000.0) / 10000.0;
}

static void header_row(writer *w);

writer *writer_new(FILE *out, out_format format,
                   const sayasat_lexicon_set *set)
{
    writer *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->out = out;
    w->format = format;
    w->set = set;
    header_row(w);
    return w;
}

int writer_free(writer *w)
{
    if (!w)
        return 0;
    int rc = (fflush(w->out) || ferror(w->out) || w->failed) ? -1 : 0;
    free(w);
    return rc;
}

/* ---- JSON Lines ---------------------------------------------------------- */

static json_t *str_json(const char *s, size_t n)
{
    char *clean = utf8_clean(s, n);
    json_t *j = clean ? json_string(clean) : NULL;
    free(clean);
    return j;
}

static int emit_json(writer *w, json_t *obj)
{
    if (!obj)
        return -1;
    char *line = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                     JSON_REAL_PRECISION(10));
    json_decref(obj);
    if (!line)
        return -1;
    int rc = fputs(line, w->out) < 0 || fputc('\n', w->out) == EOF ? -1 : 0;
    free(line);
    return rc;
}

static json_t *result_json(const writer *w, const char *id, const char *text,
                           const sayasat_result *r)
{
    const sayasat_lexicon_set *set = w->set;
    json_t *o = json_object(), *themes = json_object(),
           *present = json_array(), *evidence = json_array();
    if (!o || !themes || !present || !evidence) {
        json_decref(o);
        json_decref(themes);
        json_decref(present);
        json_decref(evidence);
        return NULL;
    }
    json_object_set_new(o, "id", str_json(id, strlen(id)));
    json_object_set_new(o, "lang", json_string(r->lang));
    json_object_set_new(o, "tokens", json_integer((json_int_t)r->tokens));
    json_object_set_new(o, "sentences",
                        json_integer((json_int_t)r->n_sentences));
    for (size_t t = 0; t < r->n_themes; t++) {
        const sayasat_theme_score *s = &r->themes[t];
        json_t *ts = json_pack("{s:I,s:f,s:f,s:f,s:b}", "hits",
                               (json_int_t)s->hits, "weight",
                               round4(s->weight), "rate_per_1000",
                               round4(s->rate_per_1000), "coverage",
                               round4(s->coverage), "present", s->present);
        json_object_set_new(themes, sayasat_theme_id(set, t), ts);
    }
    json_object_set_new(o, "themes", themes);
    for (size_t i = 0; i < r->n_present; i++)
        json_array_append_new(present,
                              json_string(sayasat_theme_id(set, r->present[i])));
    json_object_set_new(o, "themes_present", present);
    for (size_t i = 0; i < r->n_evidence; i++) {
        const sayasat_evidence *e = &r->evidence[i];
        char source[600];
        snprintf(source, sizeof source, "%s:%u", e->file, e->line);
        json_t *ev = json_object();
        json_object_set_new(ev, "theme",
                            json_string(sayasat_theme_id(set, e->theme)));
        json_object_set_new(ev, "start", json_integer((json_int_t)e->start));
        json_object_set_new(ev, "end", json_integer((json_int_t)e->end));
        json_object_set_new(ev, "text",
                            str_json(text + e->start, e->end - e->start));
        json_object_set_new(ev, "entry", json_string(e->entry));
        json_object_set_new(ev, "source", json_string(source));
        json_array_append_new(evidence, ev);
    }
    json_object_set_new(o, "evidence", evidence);
    json_object_set_new(o, "lexicon_version",
                        json_string(sayasat_lexicon_set_version(set)));
    return o;
}

/* ---- CSV and TSV --------------------------------------------------------- */

static void field(writer *w, const char *s, int first)
{
    if (!first)
        fputc(w->format == FORMAT_TSV ? '\t' : ',', w->out);
    if (w->format == FORMAT_CSV) {
        csv_fwrite(w->out, s, strlen(s));
        return;
    }
    for (; *s; s++)   /* TSV has no quoting: blank out its separators */
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, w->out);
}

static void number_field(writer *w, double x)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.10g", round4(x));
    field(w, buf, 0);
}

static const char *const fixed_columns[] = {
    "id", "lang", "tokens", "sentences", "themes_present", "lexicon_version",
    "error", NULL};

static void header_row(writer *w)
{
    if (w->format == FORMAT_TABLE) {
        fprintf(w->out, "%-40s %-5s %7s %5s  %s\n", "ID", "LANG", "TOKENS",
                "SENT", "THEMES (weight, coverage)");
        return;
    }
    if (w->format != FORMAT_CSV && w->format != FORMAT_TSV)
        return;
    for (size_t i = 0; fixed_columns[i]; i++)
        field(w, fixed_columns[i], i == 0);
    for (size_t t = 0; t < sayasat_theme_count(w->set); t++) {
        char name[200];
        const char *id = sayasat_theme_id(w->set, t);
        snprintf(name, sizeof name, "%s_weight", id);
        field(w, name, 0);
        snprintf(name, sizeof name, "%s_coverage", id);
        field(w, name, 0);
    }
    fputc('\n', w->out);
}

static void row(writer *w, const char *id, const sayasat_result *r,
                const char *error)
{
    char buf[64], *clean = utf8_clean(id, strlen(id));
    field(w, clean ? clean : "", 1);
    free(clean);
    field(w, r ? r->lang : "", 0);
    snprintf(buf, sizeof buf, "%zu", r ? r->tokens : 0);
    field(w, r ? buf : "", 0);
    snprintf(buf, sizeof buf, "%zu", r ? r->n_sentences : 0);
    field(w, r ? buf : "", 0);
    size_t cap = 1;
    for (size_t i = 0; r && i < r->n_present; i++)
        cap += strlen(sayasat_theme_id(w->set, r->present[i])) + 1;
    char *themes = calloc(cap, 1);
    for (size_t i = 0; themes && r && i < r->n_present; i++) {
        if (i)
            strcat(themes, ",");
        strcat(themes, sayasat_theme_id(w->set, r->present[i]));
    }
    field(w, themes ? themes : "", 0);
    free(themes);
    field(w, sayasat_lexicon_set_version(w->set), 0);
    field(w, error ? error : "", 0);
    for (size_t t = 0; t < sayasat_theme_count(w->set); t++) {
        if (r) {
            number_field(w, r->themes[t].weight);
            number_field(w, r->themes[t].coverage);
        } else {
            field(w, "", 0);
            field(w, "", 0);
        }
    }
    fputc('\n', w->out);
}

/* ---- table --------------------------------------------------------------- */

/* Prints s cut or padded to width characters (not bytes). */
static void cell(FILE *out, const char *s, size_t width)
{
    size_t chars = 0, i = 0, n = strlen(s);
    while (i < n && chars < width) {
        size_t k = 1;
        while (i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80)
            k++;
        if (chars + 1 == width && i + k < n) {
            fputs("…", out);
            i = n;
        } else {
            fwrite(s + i, 1, k, out);
            i += k;
        }
        chars++;
    }
    for (; chars < width; chars++)
        fputc(' ', out);
}

static void table_row(writer *w, const char *id, const sayasat_result *r,
                      const char *error)
{
    char *clean = utf8_clean(id, strlen(id));
    cell(w->out, clean ? clean : "?", 40);
    free(clean);
    if (!r) {
        fprintf(w->out, " error: %s\n", error);
        return;
    }
    fprintf(w->out, " %-5s %7zu %5zu  ", r->lang, r->tokens, r->n_sentences);
    if (!r->n_present)
        fputs("-", w->out);
    for (size_t i = 0; i < r->n_present; i++) {
        const sayasat_theme_score *s = &r->themes[r->present[i]];
        fprintf(w->out, "%s%s %.1f %.0f%%", i ? ", " : "",
                sayasat_theme_id(w->set, r->present[i]), s->weight,
                s->coverage * 100.0);
    }
    fputc('\n', w->out);
}

int writer_result(writer *w, const char *id, const char *text,
                  const sayasat_result *r)
{
    int rc = 0;
    switch (w->format) {
    case FORMAT_JSONL:
        rc = emit_json(w, result_json(w, id, text, r));
        break;
    case FORMAT_CSV:
    case FORMAT_TSV:
        row(w, id, r, NULL);
        break;
    case FORMAT_TABLE:
        table_row(w, id, r, NULL);
        break;
    }
    w->rows++;
    if (rc || ferror(w->out))
        w->failed = 1;
    return rc || ferror(w->out) ? -1 : 0;
}

int writer_error(writer *w, const char *id, const char *message)
{
    int rc = 0;
    if (w->format == FORMAT_JSONL) {
        json_t *o = json_object();
        if (o) {
            json_object_set_new(o, "id", str_json(id, strlen(id)));
            json_object_set_new(o, "error",
                                str_json(message, strlen(message)));
        }
        rc = emit_json(w, o);
    } else if (w->format == FORMAT_TABLE) {
        table_row(w, id, NULL, message);
    } else {
        row(w, id, NULL, message);
    }
    w->rows++;
    if (rc || ferror(w->out))
        w->failed = 1;
    return rc || ferror(w->out) ? -1 : 0;
}
