/* output: score records in the formats of `sayasat score`, formatted into
 * memory (a strbuf) so that worker threads can format while the main thread
 * writes in input order.
 *
 *   jsonl  one JSON object per document (the schema is in README.md)
 *   csv    one row per document, fixed columns then <theme>_weight and
 *   tsv    <theme>_coverage per theme in the lexicon set's order
 *   table  aligned columns for a person at a terminal
 *
 * Error records carry the document id and the message. A writer is
 * read-only once made: any number of threads may format through it. */
#ifndef SAYASAT_OUTPUT_H
#define SAYASAT_OUTPUT_H

#include "sayasat.h"
#include "strbuf.h"

typedef enum { FORMAT_JSONL, FORMAT_CSV, FORMAT_TSV, FORMAT_TABLE } out_format;

/* Parses "jsonl", "csv", "tsv", "table"; returns -1 when unknown. */
int output_format_from_name(const char *name, out_format *out);

typedef struct writer writer;

writer *writer_new(out_format format, const sayasat_lexicon_set *set);
void writer_free(writer *w);

/* What goes before the first record (the header row), maybe nothing. */
void writer_header(const writer *w, strbuf *out);

/* One record; text[0..) is the analysed document (for evidence). */
void writer_result(const writer *w, strbuf *out, const char *id,
                   const char *text, const sayasat_result *r);
void writer_error(const writer *w, strbuf *out, const char *id,
                  const char *message);

#endif
