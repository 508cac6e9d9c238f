#include "input.h"
#include "strbuf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unistd.h>
#include <zlib.h>

#define CHUNK 65536

struct input {
    input_options opts;
    char **queue;           /* operands still to read; dirs expand in place */
    size_t n_queue, cap_queue, next;
    /* the stream being read line by line, if any */
    gzFile gz;
    char *stream_path;
    int stream_mode;        /* INPUT_JSONL or INPUT_LINES */
    char *buf;              /* read buffer: bytes [pos, end) not yet used */
    size_t pos, end, cap;
    int eof;
    size_t lineno, stdin_docs;
    int defer_json;         /* input_defer_json() */
    /* the current item */
    char *line;
    size_t cap_line;
    input_doc doc;
};

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    return p ? memcpy(p, s, n) : NULL;
}

static char *format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

static int queue_insert(input *in, size_t at, char **paths, size_t n)
{
    if (in->n_queue + n > in->cap_queue) {
        size_t cap = (in->n_queue + n) * 2 + 8;
        char **q = realloc(in->queue, cap * sizeof *q);
        if (!q)
            return -1;
        in->queue = q;
        in->cap_queue = cap;
    }
    memmove(in->queue + at + n, in->queue + at,
            (in->n_queue - at) * sizeof *in->queue);
    memcpy(in->queue + at, paths, n * sizeof *paths);
    in->n_queue += n;
    return 0;
}

input *input_new(const char *const *paths, size_t n,
                 const input_options *opts)
{
    input *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    in->opts = *opts;
    const char *dash = "-";
    for (size_t i = 0; i < (n ? n : 1); i++) {
        char *copy = xstrdup(n ? paths[i] : dash);
        if (!copy || queue_insert(in, in->n_queue, &copy, 1)) {
            free(copy);
            input_free(in);
            return NULL;
        }
    }
    return in;
}

static void clear_doc(input *in)
{
    input_doc *d = &in->doc;
    free(d->id);
    free(d->text);
    free(d->error);
    free(d->note);
    free(d->json);
    free(d->where);
    memset(d, 0, sizeof *d);
}

void input_take(input *in)
{
    in->doc.id = in->doc.text = in->doc.error = in->doc.note = NULL;
    in->doc.json = in->doc.where = NULL;
}

void input_defer_json(input *in)
{
    in->defer_json = 1;
}

static void close_stream(input *in)
{
    if (in->gz)
        gzclose(in->gz);
    in->gz = NULL;
    free(in->stream_path);
    in->stream_path = NULL;
    in->pos = in->end = 0;
    in->eof = 0;
    in->lineno = 0;
}

void input_free(input *in)
{
    if (!in)
        return;
    close_stream(in);
    clear_doc(in);
    for (size_t i = in->next; i < in->n_queue; i++)
        free(in->queue[i]);
    free(in->queue);
    free(in->buf);
    free(in->line);
    free(in);
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
           c == '\v';
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int is_jsonl_name(const char *p)
{
    return has_suffix(p, ".jsonl") || has_suffix(p, ".jsonl.gz") ||
           has_suffix(p, ".ndjson") || has_suffix(p, ".ndjson.gz");
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the *.txt files below dir, sorted, into *out; subdirectories
 * that cannot be read are listed as themselves, so that reading them later
 * gives an error item. */
static int walk(const char *dir, char ***out, size_t *n, size_t *cap)
{
    DIR *d = opendir(dir);
    if (!d)
        return -2;
    char **names = NULL;
    size_t nn = 0, cn = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (nn == cn) {
            cn = cn * 2 + 16;
            char **p = realloc(names, cn * sizeof *p);
            if (!p) {
                rc = -1;
                break;
            }
            names = p;
        }
        if (!(names[nn] = format("%s/%s", dir, de->d_name))) {
            rc = -1;
            break;
        }
        nn++;
    }
    closedir(d);
    if (!rc)
        qsort(names, nn, sizeof *names, by_name);
    for (size_t i = 0; i < nn; i++) {
        struct stat st;
        char *p = names[i];
        names[i] = NULL;
        int keep = 0;
        if (rc == 0 && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            int r = walk(p, out, n, cap);
            if (r == -1)
                rc = -1;
            keep = r == -2;   /* unreadable: an error item later */
        } else if (rc == 0) {
            keep = has_suffix(p, ".txt") || has_suffix(p, ".txt.gz");
        }
        if (keep && rc == 0) {
            if (*n == *cap) {
                *cap = *cap * 2 + 16;
                char **q = realloc(*out, *cap * sizeof *q);
                if (!q) {
                    free(p);
                    rc = -1;
                    continue;
                }
                *out = q;
            }
            (*out)[(*n)++] = p;
        } else {
            free(p);
        }
    }
    free(names);
    return rc;
}

/* Sets doc's error, formatted, and makes id its id (freeing the one it
 * had); 1, or -1 when out of memory. */
static int doc_verror(input_doc *doc, char *id, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (id != doc->id) {
        free(doc->id);
        doc->id = id;
    }
    doc->error = malloc((size_t)n + 1);
    if (doc->error)
        vsnprintf(doc->error, (size_t)n + 1, fmt, again);
    va_end(again);
    return doc->id && doc->error ? 1 : -1;
}

static int doc_error(input_doc *doc, char *id, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = doc_verror(doc, id, fmt, ap);
    va_end(ap);
    return rc;
}

/* The current item becomes an error with a copy of id. */
static int set_error(input *in, const char *id, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = doc_verror(&in->doc, xstrdup(id), fmt, ap);
    va_end(ap);
    return rc;
}

/* Offset of the first NUL byte, or -1. */
static long long nul_at(const char *s, size_t n)
{
    const char *z = memchr(s, '\0', n);
    return z ? (long long)(z - s) : -1;
}

/* Text that is not UTF-8: if ICU is confident it is a Cyrillic legacy
 * encoding, converts it and leaves a note. Otherwise leaves it as is. */
static int fix_encoding(input *in)
{
    input_doc *d = &in->doc;
    size_t bad;
    if (utf8_valid_prefix(d->text, d->len, &bad) == d->len ||
        d->len > INT32_MAX)
        return 0;
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&st);
    ucsdet_setText(det, d->text, (int32_t)d->len, &st);
    const UCharsetMatch *m = ucsdet_detect(det, &st);
    const char *name = m ? ucsdet_getName(m, &st) : NULL;
    int32_t confidence = m ? ucsdet_getConfidence(m, &st) : 0;
    int rc = 0;
    if (U_SUCCESS(st) && name && confidence >= 20 &&
        (strcmp(name, "windows-1251") == 0 || strcmp(name, "KOI8-R") == 0 ||
         strcmp(name, "ISO-8859-5") == 0)) {
        size_t cap = d->len * 3 + 1;
        char *out = malloc(cap);
        if (!out) {
            rc = -1;
        } else {
            UErrorCode cs = U_ZERO_ERROR;
            int32_t n = ucnv_convert("UTF-8", name, out, (int32_t)cap,
                                     d->text, (int32_t)d->len, &cs);
            if (U_SUCCESS(cs)) {
                free(d->text);
                d->text = out;
                d->len = (size_t)n;
                d->note = format("read as %s (ICU confidence %d%%); "
                                 "offsets refer to the UTF-8 text",
                                 name, (int)confidence);
                if (!d->note)
                    rc = -1;
            } else {
                free(out);
            }
        }
    }
    ucsdet_close(det);
    return rc;
}

static gzFile open_gz(const char *path)
{
    if (strcmp(path, "-") == 0) {
        int fd = dup(0);
        return fd < 0 ? NULL : gzdopen(fd, "rb");
    }
    return gzopen(path, "rb");
}

/* After gzread() returned 0: was that an error (a truncated or corrupt
 * gzip stream) rather than the end? */
static int gz_failed(gzFile gz)
{
    int code;
    gzerror(gz, &code);
    return code != Z_OK && code != Z_STREAM_END;
}

static const char *gz_message(gzFile gz)
{
    int code;
    const char *msg = gzerror(gz, &code);
    return code == Z_ERRNO ? strerror(errno) : msg;
}

/* Reads the rest of gz (after prefix[0..n), bytes already read from it)
 * as one text document, and closes gz. */
static int read_all(input *in, gzFile gz, const char *prefix, size_t n,
                    const char *path, const char *id)
{
    char *text = NULL;
    size_t len = 0, cap = 0;
    int rc = 1;
    if (n) {
        if (!(text = malloc(cap = n + CHUNK + 1)))
            rc = -1;
        else
            memcpy(text, prefix, len = n);
    }
    while (rc == 1) {
        if (len + CHUNK + 1 > cap) {
            cap = (len + CHUNK + 1) * 2;
            char *p = realloc(text, cap);
            if (!p) {
                rc = -1;
                break;
            }
            text = p;
        }
        int r = gzread(gz, text + len, CHUNK);
        if (r < 0 || (r == 0 && gz_failed(gz))) {
            rc = set_error(in, id, "%s: read error after byte %zu: %s", path,
                           len, gz_message(gz));
            break;
        }
        if (r == 0)
            break;
        len += (size_t)r;
        if (len > in->opts.max_bytes) {
            rc = set_error(in, id, "%s: document larger than %zu bytes", path,
                           in->opts.max_bytes);
            break;
        }
    }
    gzclose(gz);
    if (rc != 1 || in->doc.error) {
        free(text);
        return rc;
    }
    long long z = nul_at(text, len);
    size_t blank = 0;
    while (blank < len && is_space(text[blank]))
        blank++;
    if (len == 0 || blank == len) {
        free(text);
        return set_error(in, id, "%s: empty document%s", path,
                         len ? " (only white space)" : "");
    }
    if (z >= 0) {
        free(text);
        return set_error(in, id, "%s: binary file: NUL byte at offset %lld",
                         path, z);
    }
    text[len] = '\0';
    in->doc.text = text;
    in->doc.len = len;
    in->doc.id = xstrdup(id);
    if (!in->doc.id)
        return -1;
    return fix_encoding(in) ? -1 : 1;
}

static int read_text(input *in, const char *path)
{
    errno = 0;
    gzFile gz = open_gz(path);
    if (!gz)
        return set_error(in, path, "%s: cannot open: %s", path,
                         errno ? strerror(errno) : "out of memory");
    gzbuffer(gz, CHUNK);
    return read_all(in, gz, NULL, 0, path, path);
}

/* Ensures at least one more byte is buffered; 0 at end of stream, -1 on a
 * read error (message in the stream), -2 out of memory. */
static int fill(input *in)
{
    if (in->pos < in->end)
        return 1;
    if (in->eof)
        return 0;
    if (!in->buf && !(in->buf = malloc(in->cap = CHUNK)))
        return -2;
    in->pos = 0;
    int r = gzread(in->gz, in->buf, (unsigned)in->cap);
    if (r < 0 || (r == 0 && gz_failed(in->gz)))
        return -1;
    in->end = (size_t)r;
    if (r == 0)
        in->eof = 1;
    return r > 0;
}

/* Reads the next line into in->line (without the newline; *len set).
 * Returns 1, 0 at end, -1 read error, -2 out of memory, 2 when the line
 * exceeded max_bytes (the rest of it was skipped). */
static int read_line(input *in, size_t *len)
{
    size_t n = 0;
    int too_long = 0, any = 0;
    for (;;) {
        int f = fill(in);
        if (f < 0)
            return f;
        if (f == 0)
            break;
        any = 1;
        char *start = in->buf + in->pos;
        size_t avail = in->end - in->pos;
        char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        if (!too_long && n + take > in->opts.max_bytes)
            too_long = 1;
        if (!too_long) {
            if (n + take + 2 > in->cap_line) {
                size_t cap = (n + take + 2) * 2;
                char *p = realloc(in->line, cap);
                if (!p)
                    return -2;
                in->line = p;
                in->cap_line = cap;
            }
            memcpy(in->line + n, start, take);
            n += take;
        }
        in->pos += take + (nl ? 1 : 0);
        if (nl)
            break;
    }
    if (!any)
        return 0;
    in->lineno++;
    if (too_long)
        return 2;
    in->line[n] = '\n';     /* for raw pass-through */
    in->line[n + 1] = '\0';
    *len = n;
    return 1;
}

static char *json_id(json_t *v)
{
    if (json_is_string(v))
        return xstrdup(json_string_value(v));
    if (json_is_integer(v))
        return format("%" JSON_INTEGER_FORMAT, json_integer_value(v));
    return NULL;
}

/* A JSONL record line[0..len) into doc, whose id is the fallback id; where
 * ("PATH:LINE") starts the messages. 1, or -1 when out of memory. */
static int json_record(const input_options *o, const char *line, size_t len,
                       const char *where, input_doc *doc)
{
    json_error_t err;
    json_t *root = json_loadb(line, len, 0, &err);
    int rc;
    if (!root) {
        rc = doc_error(doc, doc->id, "%s:%d: invalid JSON: %s", where,
                       err.column, err.text);
    } else if (!json_is_object(root)) {
        rc = doc_error(doc, doc->id, "%s: expected a JSON object", where);
    } else {
        json_t *text = json_object_get(root, o->text_field);
        char *id = json_id(json_object_get(root, o->id_field));
        if (!json_is_string(text)) {
            rc = doc_error(doc, id ? id : doc->id,
                           "%s: no string field \"%s\"", where,
                           o->text_field);
        } else {
            size_t n = json_string_length(text);
            if (id) {
                free(doc->id);
                doc->id = id;
            }
            doc->text = malloc(n + 1);
            rc = doc->text ? 1 : -1;
            if (doc->text) {
                memcpy(doc->text, json_string_value(text), n + 1);
                doc->len = n;
            }
        }
    }
    json_decref(root);
    return doc->id ? rc : -1;
}

int input_parse_json(const input *in, input_doc *doc)
{
    return json_record(&in->opts, doc->json, doc->json_len, doc->where,
                       doc) < 0 ? -1 : 0;
}

/* One JSONL line into the current item: parsed, or after
 * input_defer_json() handed over as it is. */
static int jsonl_doc(input *in, size_t len)
{
    const char *path = in->stream_path;
    input_doc *doc = &in->doc;
    doc->id = strcmp(path, "-") == 0 ? format("%zu", in->stdin_docs)
                                     : format("%s:%zu", path, in->lineno);
    doc->where = format("%s:%zu", path, in->lineno);
    if (!doc->id || !doc->where)
        return -1;
    doc->raw = in->line;
    doc->raw_len = len + 1;
    size_t bom = in->lineno == 1 && len >= 3 &&
                 memcmp(in->line, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (in->defer_json) {
        if (!(doc->json = malloc(len - bom + 1)))
            return -1;
        memcpy(doc->json, in->line + bom, len - bom);
        doc->json[len - bom] = '\0';
        doc->json_len = len - bom;
        return 1;
    }
    int rc = json_record(&in->opts, in->line + bom, len - bom, doc->where,
                         doc);
    free(doc->where);
    doc->where = NULL;
    return rc;
}

static int blank_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_space(s[i]))
            return 0;
    return 1;
}

/* The next item of the open stream, 0 when it is done. */
static int stream_next(input *in)
{
    for (;;) {
        size_t len = 0;
        int r = read_line(in, &len);
        if (r == 0)
            return 0;
        if (r == -2)
            return -1;
        const char *path = in->stream_path;
        if (r == -1) {
            char where[32];
            snprintf(where, sizeof where, "%zu", in->lineno + 1);
            int rc = set_error(in, path, "%s: read error at line %s: %s",
                               path, where, gz_message(in->gz));
            in->eof = 1;
            in->pos = in->end;
            return rc;
        }
        if (r == 1 && blank_line(in->line, len))
            continue;
        if (strcmp(path, "-") == 0)
            in->stdin_docs++;
        if (r == 2) {
            char *id = strcmp(path, "-") == 0
                           ? format("%zu", in->stdin_docs)
                           : format("%s:%zu", path, in->lineno);
            if (!id)
                return -1;
            int rc = set_error(in, id, "%s:%zu: line longer than %zu bytes",
                               path, in->lineno, in->opts.max_bytes);
            free(id);
            return rc;
        }
        if (in->stream_mode == INPUT_JSONL)
            return jsonl_doc(in, len);
        /* --input lines: each line is a text document */
        char *id = strcmp(path, "-") == 0 ? format("%zu", in->stdin_docs)
                                          : format("%s:%zu", path, in->lineno);
        in->doc.text = malloc(len + 1);
        if (!id || !in->doc.text) {
            free(id);
            return -1;
        }
        memcpy(in->doc.text, in->line, len);
        in->doc.text[len] = '\0';
        in->doc.len = len;
        in->doc.id = id;
        in->doc.raw = in->line;
        in->doc.raw_len = len + 1;
        long long z = nul_at(in->doc.text, len);
        if (z >= 0) {
            free(in->doc.text);
            in->doc.text = NULL;
            in->doc.id = NULL;
            int rc = set_error(in, id, "%s:%zu: NUL byte at offset %lld",
                               path, in->lineno, z);
            free(id);
            return rc;
        }
        return fix_encoding(in) ? -1 : 1;
    }
}

/* Standard input in auto mode: JSON Lines if the first non-blank byte is
 * '{'. Nothing is consumed: the bytes looked at stay in the buffer. */
static int sniff_jsonl(input *in)
{
    if (!in->buf && !(in->buf = malloc(in->cap = CHUNK)))
        return -1;
    for (size_t i = in->pos;; i++) {
        if (i == in->end) {
            if (in->end == in->cap || in->eof)
                return 0;   /* a buffer of white space: call it text */
            int r = gzread(in->gz, in->buf + in->end,
                           (unsigned)(in->cap - in->end));
            if (r <= 0) {
                in->eof = 1;
                return 0;
            }
            in->end += (size_t)r;
        }
        if (!is_space(in->buf[i]))
            return in->buf[i] == '{';
    }
}

int input_next(input *in, input_doc *out)
{
    clear_doc(in);
    int r;
    for (;;) {
        if (in->gz) {
            if ((r = stream_next(in)) != 0)
                break;
            close_stream(in);
            continue;
        }
        if (in->next >= in->n_queue)
            return 0;
        char *path = in->queue[in->next++];
        int is_stdin = strcmp(path, "-") == 0;
        struct stat st;
        if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            char **files = NULL;
            size_t n = 0, cap = 0;
            errno = 0;
            int w = walk(path, &files, &n, &cap);
            if (w == 0 && queue_insert(in, in->next, files, n) == 0) {
                free(files);
                free(path);
                continue;
            }
            for (size_t i = 0; w != 0 && i < n; i++)
                free(files[i]);
            free(files);
            r = w == -2 ? set_error(in, path, "%s: cannot read directory: %s",
                                    path, strerror(errno))
                        : -1;
            free(path);
            break;
        }
        input_mode mode = in->opts.mode;
        if (mode == INPUT_AUTO && !is_stdin)
            mode = is_jsonl_name(path) ? INPUT_JSONL : INPUT_TEXT;
        if (mode == INPUT_TEXT && !is_stdin) {
            r = read_text(in, path);
            free(path);
            break;
        }
        errno = 0;
        in->gz = open_gz(path);
        if (!in->gz) {
            r = set_error(in, path, "%s: cannot open: %s", path,
                          errno ? strerror(errno) : "out of memory");
            free(path);
            break;
        }
        in->stream_path = path;
        in->stream_mode = (int)mode;
        if (mode == INPUT_AUTO) {
            int s = sniff_jsonl(in);
            if (s < 0)
                return -1;
            in->stream_mode = s ? INPUT_JSONL : INPUT_TEXT;
        }
        if (in->stream_mode == INPUT_TEXT) {
            /* Standard input as one text document, numbered like the
             * documents of a stream. */
            char id[32];
            snprintf(id, sizeof id, "%zu", ++in->stdin_docs);
            gzFile gz = in->gz;
            in->gz = NULL;
            r = read_all(in, gz, in->buf + in->pos, in->end - in->pos, "-",
                         id);
            close_stream(in);
            break;
        }
    }
    *out = in->doc;
    return r;
}
