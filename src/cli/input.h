/* input: documents from the command line's operands, in order, one at a
 * time (streaming: a JSONL archive is never held whole in memory).
 *
 *   FILE.txt, any other file   one document; id = the path
 *   FILE.jsonl, FILE.ndjson    one document per line; text from --text-field,
 *                              id from --id-field, else PATH:LINE
 *   DIR                        every *.txt below it, recursively, sorted
 *   -  (or no operand)         standard input: JSON Lines when it starts
 *                              with '{', else one text document (id "1"),
 *                              or one document per line with --input lines
 * Any of them may be gzip-compressed. Text that is not UTF-8 is detected
 * with ICU (windows-1251, KOI8-R) and converted; other invalid bytes are left
 * for the library, which reads them as U+FFFD.
 *
 * Every document yields one item: a text, or an error naming the file and
 * line or byte offset. Nothing is skipped silently. */
#ifndef SAYASAT_INPUT_H
#define SAYASAT_INPUT_H

#include <stddef.h>

typedef enum { INPUT_AUTO, INPUT_TEXT, INPUT_LINES, INPUT_JSONL } input_mode;

typedef struct {
    input_mode mode;
    const char *text_field;     /* "text" */
    const char *id_field;       /* "id" */
    size_t max_bytes;           /* larger documents become errors */
} input_options;

typedef struct {
    char *id;               /* always set */
    char *text;             /* the document (NUL-terminated), or NULL */
    size_t len;
    const char *raw;        /* JSONL: the line as read, with its newline */
    size_t raw_len;
    char *error;            /* set for an error item */
    char *note;             /* a remark for stderr (a conversion), or NULL */
    char *json;             /* after input_defer_json(): the JSONL record,
                               for input_parse_json(); then id is the
                               fallback id and text is NULL */
    size_t json_len;
    char *where;            /* with json: "PATH:LINE", for messages */
} input_doc;

typedef struct input input;

input *input_new(const char *const *paths, size_t n_paths,
                 const input_options *opts);
void input_free(input *in);

/* Fills *doc with the next document (owned by in until the next call).
 * Returns 1, or 0 at the end. Returns -1 when out of memory. */
int input_next(input *in, input_doc *doc);

/* Hands the caller the id, text, error, note, json and where of the
 * document that input_next() just returned (free them); raw stays the
 * input's. */
void input_take(input *in);

/* From now on input_next() hands JSONL records over unparsed (json, where)
 * so that the caller's worker threads parse them: one reading thread then
 * keeps up with many analysing ones. */
void input_defer_json(input *in);

/* Parses doc->json as input_next() would have: sets id (from the id field,
 * else the fallback id already there), text and len, or error. json and
 * where stay the caller's. Returns 0, or -1 when out of memory. */
int input_parse_json(const input *in, input_doc *doc);

#endif
