#include "output.h"

#include <csv.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

struct writer {
    out_format format;
    const sayasat_lexicon_set *set;
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

writer *writer_new(out_format format, const sayasat_lexicon_set *set)
{
    writer *w = calloc(1, sizeof *w);
    if (w) {
        w->format = format;
        w->set = set;
    }
    return w;
}

void writer_free(writer *w)
{
    free(w);
}

/* Figures are rounded to 4 decimals: more is noise, and stable output keeps
 * golden files and diffs readable. */
static double round4(double x)
{
    return round(x * 10000.0) / 10000.0;
}

/* ---- JSON Lines ----------------------------------------------------------
 * Written directly rather than through a jansson tree: the schema is fixed,
 * strings go through sb_json_string, and building and dumping a tree per
 * document cost more than the analysis itself. The tests parse this output
 * back with jansson. */

static void json_cue(strbuf *o, const char *text, const sayasat_cue *c,
                     int comma)
{
    char source[600];
    int n = snprintf(source, sizeof source, "%s:%u", c->file, c->line);
    sb_printf(o, "%s{\"type\":\"%s\",\"text\":", comma ? "," : "", c->type);
    sb_json_string(o, text + c->start, c->end - c->start);
    sb_puts(o, ",\"weight\":");
    sb_json_real(o, round4(c->weight));
    sb_puts(o, ",\"effect\":");
    sb_json_real(o, round4(c->effect));
    sb_printf(o, ",\"negated\":%s,\"source\":", c->negated ? "true" : "false");
    sb_json_string(o, source, (size_t)n < sizeof source ? (size_t)n
                                                        : sizeof source - 1);
    sb_putc(o, '}');
}

static void json_result(const writer *w, strbuf *o, const char *id,
                        const char *text, const sayasat_result *r)
{
    const sayasat_lexicon_set *set = w->set;
    sb_puts(o, "{\"id\":");
    sb_json_string(o, id, strlen(id));
    sb_printf(o, ",\"lang\":\"%s\",\"tokens\":%zu,\"sentences\":%zu,"
                 "\"themes\":{", r->lang, r->tokens, r->n_sentences);
    for (size_t t = 0; t < r->n_themes; t++) {
        const sayasat_theme_score *s = &r->themes[t];
        const char *tid = sayasat_theme_id(set, t);
        if (t)
            sb_putc(o, ',');
        sb_json_string(o, tid, strlen(tid));
        sb_printf(o, ":{\"hits\":%u,\"weight\":", s->hits);
        sb_json_real(o, round4(s->weight));
        sb_puts(o, ",\"rate_per_1000\":");
        sb_json_real(o, round4(s->rate_per_1000));
        sb_puts(o, ",\"coverage\":");
        sb_json_real(o, round4(s->coverage));
        sb_puts(o, s->present ? ",\"present\":true" : ",\"present\":false");
        sb_puts(o, ",\"stance\":");
        sb_json_real(o, round4(s->stance));
        sb_putc(o, '}');
    }
    sb_puts(o, "},\"themes_present\":[");
    for (size_t i = 0; i < r->n_present; i++) {
        const char *tid = sayasat_theme_id(set, r->present[i]);
        if (i)
            sb_putc(o, ',');
        sb_json_string(o, tid, strlen(tid));
    }
    sb_printf(o, "],\"stance\":{\"score\":");
    sb_json_real(o, round4(r->stance.score));
    sb_printf(o, ",\"label\":\"%s\",\"confidence\":", r->stance.label);
    sb_json_real(o, round4(r->stance.confidence));
    sb_puts(o, ",\"positive\":");
    sb_json_real(o, round4(r->stance.positive));
    sb_puts(o, ",\"negative\":");
    sb_json_real(o, round4(r->stance.negative));
    sb_puts(o, "},\"evidence\":[");
    for (size_t i = 0; i < r->n_evidence; i++) {
        const sayasat_evidence *e = &r->evidence[i];
        const char *tid = sayasat_theme_id(set, e->theme);
        sb_puts(o, i ? ",{\"theme\":" : "{\"theme\":");
        sb_json_string(o, tid, strlen(tid));
        sb_printf(o, ",\"start\":%zu,\"end\":%zu,\"text\":", e->start, e->end);
        sb_json_string(o, text + e->start, e->end - e->start);
        sb_puts(o, ",\"entry\":");
        sb_json_string(o, e->entry, strlen(e->entry));
        char source[600];
        int n = snprintf(source, sizeof source, "%s:%u", e->file, e->line);
        sb_puts(o, ",\"source\":");
        sb_json_string(o, source, (size_t)n < sizeof source ? (size_t)n
                                                            : sizeof source - 1);
        const sayasat_sentence *sent = &r->sentences[e->sentence];
        sb_puts(o, ",\"polarity\":");
        sb_json_real(o, round4(sent->polarity));
        sb_puts(o, ",\"cues\":[");
        for (size_t c = 0; c < sent->n_cues; c++)
            json_cue(o, text, &r->cues[sent->first_cue + c], c > 0);
        sb_puts(o, "]}");
    }
    sb_puts(o, "],\"quotes\":[");
    for (size_t i = 0; i < r->n_quotes; i++) {
        const sayasat_quote *q = &r->quotes[i];
        sb_printf(o, "%s{\"start\":%zu,\"end\":%zu,\"speaker\":", i ? "," : "",
                  q->start, q->end);
        if (q->has_speaker) {
            sb_puts(o, "{\"text\":");
            sb_json_string(o, text + q->speaker_start,
                           q->speaker_end - q->speaker_start);
            sb_printf(o, ",\"start\":%zu,\"end\":%zu", q->speaker_start,
                      q->speaker_end);
            if (q->has_referent) {
                sb_puts(o, ",\"refers_to\":{\"text\":");
                sb_json_string(o, text + q->referent_start,
                               q->referent_end - q->referent_start);
                sb_printf(o, ",\"start\":%zu,\"end\":%zu}",
                          q->referent_start, q->referent_end);
            }
            sb_putc(o, '}');
        } else {
            sb_puts(o, "null");
        }
        sb_puts(o, ",\"themes\":[");
        for (size_t k = 0; k < q->n_themes; k++)
            sb_printf(o, "%s\"%s\"", k ? "," : "",
                      sayasat_theme_id(w->set, q->themes[k]));
        sb_puts(o, "],\"stance\":{\"score\":");
        sb_json_real(o, round4(q->stance.score));
        sb_printf(o, ",\"label\":\"%s\"}}", q->stance.label);
    }
    sb_puts(o, "],\"lexicon_version\":\"");
    sb_puts(o, sayasat_lexicon_set_version(set));
    sb_puts(o, "\"}\n");
}

/* ---- CSV and TSV --------------------------------------------------------- */

static void field(const writer *w, strbuf *o, const char *s, size_t n,
                  int first)
{
    if (!first)
        sb_putc(o, w->format == FORMAT_TSV ? '\t' : ',');
    if (w->format == FORMAT_CSV) {
        size_t need = csv_write(NULL, 0, s, n);
        char stack[512], *buf = need <= sizeof stack ? stack : malloc(need);
        if (!buf) {
            o->failed = 1;
            return;
        }
        csv_write(buf, need, s, n);
        sb_add(o, buf, need);
        if (buf != stack)
            free(buf);
        return;
    }
    for (size_t i = 0; i < n; i++)  /* TSV cannot quote: blank out */
        sb_putc(o, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

static void text_field(const writer *w, strbuf *o, const char *s, int first)
{
    field(w, o, s, strlen(s), first);
}

/* As in JSON, but whole numbers without ".0" (spreadsheets read both). */
static void number_field(const writer *w, strbuf *o, double x)
{
    strbuf num = {0};
    sb_json_real(&num, round4(x));
    if (num.len > 2 && memcmp(num.data + num.len - 2, ".0", 2) == 0)
        num.len -= 2;
    field(w, o, num.data ? num.data : "", num.len, 0);
    o->failed |= num.failed;
    sb_free(&num);
}

/* ids come from file names and input fields: repaired to valid UTF-8. */
static void id_field(const writer *w, strbuf *o, const char *id)
{
    strbuf fixed = {0};
    sb_add_utf8(&fixed, id, strlen(id));
    field(w, o, fixed.data ? fixed.data : "", fixed.len, 1);
    o->failed |= fixed.failed;
    sb_free(&fixed);
}

static const char *const fixed_columns[] = {
    "id", "lang", "tokens", "sentences", "themes_present", "stance",
    "stance_score", "stance_confidence", "lexicon_version", "error", NULL};

static void row(const writer *w, strbuf *o, const char *id,
                const sayasat_result *r, const char *error)
{
    char buf[64];
    id_field(w, o, id);
    text_field(w, o, r ? r->lang : "", 0);
    snprintf(buf, sizeof buf, "%zu", r ? r->tokens : 0);
    text_field(w, o, r ? buf : "", 0);
    snprintf(buf, sizeof buf, "%zu", r ? r->n_sentences : 0);
    text_field(w, o, r ? buf : "", 0);
    strbuf themes = {0};
    sb_puts(&themes, "");
    for (size_t i = 0; r && i < r->n_present; i++) {
        if (i)
            sb_putc(&themes, ',');
        sb_puts(&themes, sayasat_theme_id(w->set, r->present[i]));
    }
    field(w, o, themes.data ? themes.data : "", themes.len, 0);
    o->failed |= themes.failed;
    sb_free(&themes);
    text_field(w, o, r ? r->stance.label : "", 0);
    if (r) {
        number_field(w, o, r->stance.score);
        number_field(w, o, r->stance.confidence);
    } else {
        text_field(w, o, "", 0);
        text_field(w, o, "", 0);
    }
    text_field(w, o, sayasat_lexicon_set_version(w->set), 0);
    text_field(w, o, error ? error : "", 0);
    for (size_t t = 0; t < sayasat_theme_count(w->set); t++) {
        if (r) {
            number_field(w, o, r->themes[t].weight);
            number_field(w, o, r->themes[t].coverage);
            number_field(w, o, r->themes[t].stance);
        } else {
            text_field(w, o, "", 0);
            text_field(w, o, "", 0);
            text_field(w, o, "", 0);
        }
    }
    sb_putc(o, '\n');
}

/* ---- table --------------------------------------------------------------- */

/* s cut or padded to width characters (not bytes); invalid bytes shown as
 * U+FFFD. */
static void cell(strbuf *o, const char *s, size_t width)
{
    int32_t i = 0, n = (int32_t)strlen(s);
    size_t chars = 0;
    while (i < n && chars < width) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (chars + 1 == width && i < n)
            sb_puts(o, "…");
        else if (c < 0)
            sb_add(o, "\xEF\xBF\xBD", 3);
        else
            sb_add(o, s + start, (size_t)(i - start));
        chars++;
    }
    for (; chars < width; chars++)
        sb_putc(o, ' ');
}

static void table_row(const writer *w, strbuf *o, const char *id,
                      const sayasat_result *r)
{
    cell(o, id, 40);
    sb_printf(o, " %-5s %7zu %5zu  %-9s ", r->lang, r->tokens, r->n_sentences,
              r->stance.label);
    if (!r->n_present)
        sb_putc(o, '-');
    for (size_t i = 0; i < r->n_present; i++) {
        const sayasat_theme_score *s = &r->themes[r->present[i]];
        sb_printf(o, "%s%s %.1f %.0f%%", i ? ", " : "",
                  sayasat_theme_id(w->set, r->present[i]), s->weight,
                  s->coverage * 100.0);
    }
    sb_putc(o, '\n');
}

/* ---- records ------------------------------------------------------------- */

void writer_header(const writer *w, strbuf *o)
{
    if (w->format == FORMAT_TABLE) {
        sb_printf(o, "%-40s %-5s %7s %5s  %-9s %s\n", "ID", "LANG", "TOKENS",
                  "SENT", "STANCE", "THEMES (weight, coverage)");
        return;
    }
    if (w->format == FORMAT_JSONL)
        return;
    for (size_t i = 0; fixed_columns[i]; i++)
        text_field(w, o, fixed_columns[i], i == 0);
    for (size_t t = 0; t < sayasat_theme_count(w->set); t++) {
        char name[200];
        const char *id = sayasat_theme_id(w->set, t);
        snprintf(name, sizeof name, "%s_weight", id);
        text_field(w, o, name, 0);
        snprintf(name, sizeof name, "%s_coverage", id);
        text_field(w, o, name, 0);
        snprintf(name, sizeof name, "%s_stance", id);
        text_field(w, o, name, 0);
    }
    sb_putc(o, '\n');
}

void writer_result(const writer *w, strbuf *o, const char *id,
                   const char *text, const sayasat_result *r)
{
    if (w->format == FORMAT_JSONL)
        json_result(w, o, id, text, r);
    else if (w->format == FORMAT_TABLE)
        table_row(w, o, id, r);
    else
        row(w, o, id, r, NULL);
}

void writer_error(const writer *w, strbuf *o, const char *id,
                  const char *message)
{
    if (w->format == FORMAT_JSONL) {
        sb_puts(o, "{\"id\":");
        sb_json_string(o, id, strlen(id));
        sb_puts(o, ",\"error\":");
        sb_json_string(o, message, strlen(message));
        sb_puts(o, "}\n");
    } else if (w->format == FORMAT_TABLE) {
        cell(o, id, 40);
        sb_printf(o, " error: %s\n", message);
    } else {
        row(w, o, id, NULL, message);
    }
}
