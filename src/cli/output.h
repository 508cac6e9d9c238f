/* output: score records in the formats of `sayasat score`.
 *
 *   jsonl  one JSON object per document (the schema is in README.md)
 *   csv    one row per document, fixed columns then <theme>_weight and
 *   tsv    <theme>_coverage per theme in the lexicon set's order
 *   table  aligned columns for a person at a terminal
 *
 * Error records carry the document id and the message. */
#ifndef SAYASAT_OUTPUT_H
#define SAYASAT_OUTPUT_H

#include <stdio.h>

#include "sayasat.h"

typedef enum { FORMAT_JSONL, FORMAT_CSV, FORMAT_TSV, FORMAT_TABLE } out_format;

/* Parses "jsonl", "csv", "tsv", "table"; returns -1 when unknown. */
int output_format_from_name(const char *name, out_format *out);

typedef struct writer writer;

writer *writer_new(FILE *out, out_format format,
                   const sayasat_lexicon_set *set);
/* Flushes; returns 0, or -1 when the output could not be written. */
int writer_free(writer *w);

/* text[0..len) is the analysed document (for evidence snippets). Return 0,
 * or -1 on a write error or when out of memory. */
int writer_result(writer *w, const char *id, const char *text,
                  const sayasat_result *r);
int writer_error(writer *w, const char *id, const char *message);

/* Copies s[0..n) into a new NUL-terminated string, with every invalid UTF-8
 * sequence replaced by U+FFFD (JSON strings must be valid UTF-8). */
char *utf8_clean(const char *s, size_t n);

#endif
