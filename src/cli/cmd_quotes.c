/* sayasat quotes [PATH...|-]: the quotations in the documents, one line
 * each: document, speaker, stance, themes, and the quoted words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "pipeline.h"
#include "read_opts.h"

/* The quoted words on one line, cut to about max characters. */
static void excerpt(strbuf *o, const char *s, size_t n, size_t max)
{
    size_t chars = 0, i = 0;
    int space = 0;
    for (; i < n && chars < max; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = 1;
            continue;
        }
        if (space && chars)
            sb_putc(o, ' ');
        space = 0;
        sb_putc(o, c);
        chars += ((unsigned char)c & 0xC0) != 0x80;
    }
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
        sb_putc(o, s[i++]);
    if (i < n)
        sb_puts(o, "…");
}

static void quotes_one(void *ctx, sayasat_analyser *an, job *j)
{
    const sayasat_lexicon_set *set = ctx;
    const sayasat_result *r = pipeline_analyse(an, j, "quotes");
    if (!r)
        return;
    for (size_t i = 0; i < r->n_quotes; i++) {
        const sayasat_quote *q = &r->quotes[i];
        sb_printf(&j->out, "%s\t", j->id);
        if (q->has_referent) {  /* "Ахметова (она)" */
            sb_add_utf8(&j->out, j->text + q->referent_start,
                        q->referent_end - q->referent_start);
            sb_puts(&j->out, " (");
            sb_add_utf8(&j->out, j->text + q->speaker_start,
                        q->speaker_end - q->speaker_start);
            sb_putc(&j->out, ')');
        } else if (q->has_speaker)
            sb_add_utf8(&j->out, j->text + q->speaker_start,
                        q->speaker_end - q->speaker_start);
        else
            sb_puts(&j->out, "(unattributed)");
        sb_printf(&j->out, "\t%s\t", q->stance.label);
        for (size_t k = 0; k < q->n_themes; k++)
            sb_printf(&j->out, "%s%s", k ? "," : "",
                      sayasat_theme_id(set, q->themes[k]));
        if (!q->n_themes)
            sb_putc(&j->out, '-');
        sb_puts(&j->out, "\t«");
        strbuf words = {0};
        excerpt(&words, j->text + q->start, q->end - q->start, 160);
        sb_add_utf8(&j->out, words.data ? words.data : "", words.len);
        j->out.failed |= words.failed;
        sb_free(&words);
        sb_puts(&j->out, "»\n");
    }
}

int cmd_quotes(int argc, char **argv)
{
    read_opts ro;
    int bad = read_opts_args(&ro, argc, argv, "quotes", NULL, NULL, NULL) != 0;
    int status = EXIT_TROUBLE;
    sayasat_lexicon_set *set = bad ? NULL : cli_load_lexicons("quotes",
                                                             ro.lexicons);
    input *in = set ? input_new(ro.paths, ro.n_paths, &ro.input) : NULL;
    if (in) {
        pipeline_counts c;
        if (pipeline_run(in, set, ro.threads, 0, NULL, quotes_one, set, &c,
                         "quotes") == 0)
            status = c.failed ? EXIT_SOME_FAILED : EXIT_OK;
    } else if (set) {
        cli_error("quotes", "out of memory");
    }
    input_free(in);
    sayasat_lexicon_set_free(set);
    read_opts_free(&ro);
    return status;
}
