#include "pipeline.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* A batch ends at this many documents or bytes of text, whichever comes
 * first: enough to keep the workers busy, small enough to bound memory. */
#define BATCH_DOCS 512
#define BATCH_BYTES ((size_t)32 << 20)

typedef struct {
    job *jobs;
    size_t n, cap;
} batch;

typedef struct pool pool;

typedef struct {
    pool *pool;
    sayasat_analyser *an;
    pthread_t thread;
} worker;

struct pool {
    job_fn fn;
    void *ctx;
    worker *workers;
    size_t n_workers, started;
    pthread_mutex_t lock;
    pthread_cond_t work, done;
    batch *current;
    atomic_size_t next;
    size_t finished;        /* workers done with the current batch */
    unsigned long generation;
    int stop;
};

const sayasat_result *pipeline_analyse(sayasat_analyser *an, job *j,
                                       const char *cmd)
{
    if (j->json) {      /* parsed here, on the worker: see read_batch */
        input_doc d = {.id = j->id, .json = j->json, .json_len = j->json_len,
                       .where = j->where};
        int rc = input_parse_json(j->source, &d);
        j->id = d.id;
        j->text = d.text;
        j->len = d.len;
        j->error = d.error;
        if (rc < 0) {
            j->fatal = 1;
            return NULL;
        }
    }
    if (j->note)
        sb_printf(&j->err, "sayasat %s: %s: %s\n", cmd, j->id, j->note);
    const sayasat_result *r = NULL;
    if (!j->error) {
        sayasat_status st = sayasat_analyse(an, j->text, j->len, &r);
        if (st == SAYASAT_ERR_NOMEM) {
            j->fatal = 1;
            return NULL;
        }
        if (st) {
            size_t n = strlen(j->id) + 64;
            if (!(j->error = malloc(n))) {
                j->fatal = 1;
                return NULL;
            }
            snprintf(j->error, n, "%s: %s", j->id, sayasat_strerror(st));
        }
    }
    if (j->error) {
        sb_printf(&j->err, "sayasat %s: %s\n", cmd, j->error);
        j->failed = 1;
        return NULL;
    }
    if (r->invalid_utf8) {
        sb_printf(&j->err, "sayasat %s: %s: invalid UTF-8 at byte %zu "
                           "(%zu sequence%s read as U+FFFD)\n",
                  cmd, j->id, r->first_invalid_offset, r->invalid_utf8,
                  r->invalid_utf8 == 1 ? "" : "s");
        j->failed = 1;
    }
    return r;
}

static void run_jobs(pool *p, sayasat_analyser *an, batch *b)
{
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= b->n)
            return;
        p->fn(p->ctx, an, &b->jobs[i]);
    }
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    pool *p = w->pool;
    unsigned long seen = 0;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        while (p->generation == seen && !p->stop)
            pthread_cond_wait(&p->work, &p->lock);
        if (p->stop) {
            pthread_mutex_unlock(&p->lock);
            return NULL;
        }
        seen = p->generation;
        batch *b = p->current;
        pthread_mutex_unlock(&p->lock);
        run_jobs(p, w->an, b);
        pthread_mutex_lock(&p->lock);
        if (++p->finished == p->n_workers)
            pthread_cond_signal(&p->done);
        pthread_mutex_unlock(&p->lock);
    }
}

static void pool_start(pool *p, batch *b)
{
    pthread_mutex_lock(&p->lock);
    p->current = b;
    atomic_store(&p->next, 0);
    p->finished = 0;
    p->generation++;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->lock);
}

static void pool_wait(pool *p)
{
    pthread_mutex_lock(&p->lock);
    while (p->finished < p->n_workers)
        pthread_cond_wait(&p->done, &p->lock);
    pthread_mutex_unlock(&p->lock);
}

static void pool_free(pool *p)
{
    if (p->started) {
        pthread_mutex_lock(&p->lock);
        p->stop = 1;
        pthread_cond_broadcast(&p->work);
        pthread_mutex_unlock(&p->lock);
        for (size_t i = 0; i < p->started; i++)
            pthread_join(p->workers[i].thread, NULL);
    }
    for (size_t i = 0; i < p->n_workers; i++)
        sayasat_analyser_free(p->workers[i].an);
    free(p->workers);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
}

/* Makes the analysers; threads only when there is more than one worker
 * (one worker runs on the main thread). */
static int pool_init(pool *p, const sayasat_lexicon_set *set, size_t n,
                     job_fn fn, void *ctx, const char *cmd)
{
    memset(p, 0, sizeof *p);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    p->fn = fn;
    p->ctx = ctx;
    p->workers = calloc(n, sizeof *p->workers);
    if (!p->workers) {
        cli_error(cmd, "out of memory");
        return -1;
    }
    p->n_workers = n;
    for (size_t i = 0; i < n; i++) {
        p->workers[i].pool = p;
        sayasat_status st = sayasat_analyser_new(set, &p->workers[i].an);
        if (st) {
            cli_error(cmd, "%s", sayasat_strerror(st));
            return -1;
        }
    }
    for (size_t i = 0; n > 1 && i < n; i++) {
        if (pthread_create(&p->workers[i].thread, NULL, worker_main,
                           &p->workers[i])) {
            cli_error(cmd, "cannot start a thread");
            return -1;
        }
        p->started++;
    }
    return 0;
}

static void job_clear(job *j)
{
    free(j->id);
    free(j->text);
    free(j->error);
    free(j->note);
    free(j->raw);
    free(j->json);
    free(j->where);
    strbuf out = j->out, err = j->err;
    sb_reset(&out);
    sb_reset(&err);
    memset(j, 0, sizeof *j);
    j->out = out;   /* keep the buffers' memory for the next batch */
    j->err = err;
}

static void batch_free(batch *b)
{
    for (size_t i = 0; i < b->cap; i++) {
        job_clear(&b->jobs[i]);
        sb_free(&b->jobs[i].out);
        sb_free(&b->jobs[i].err);
    }
    free(b->jobs);
}

/* Reads up to a batch; returns 0, or -1 when out of memory. */
static int read_batch(input *in, batch *b, int keep_raw, int *eof)
{
    size_t bytes = 0;
    b->n = 0;
    while (!*eof && b->n < BATCH_DOCS && bytes < BATCH_BYTES) {
        input_doc doc;
        int r = input_next(in, &doc);
        if (r < 0)
            return -1;
        if (r == 0) {
            *eof = 1;
            break;
        }
        if (b->n == b->cap) {
            size_t cap = b->cap ? b->cap * 2 : 64;
            job *p = realloc(b->jobs, cap * sizeof *p);
            if (!p)
                return -1;
            memset(p + b->cap, 0, (cap - b->cap) * sizeof *p);
            b->jobs = p;
            b->cap = cap;
        }
        job *j = &b->jobs[b->n++];
        job_clear(j);
        j->id = doc.id;
        j->text = doc.text;
        j->len = doc.len;
        j->error = doc.error;
        j->note = doc.note;
        j->json = doc.json;
        j->json_len = doc.json_len;
        j->where = doc.where;
        j->source = in;
        input_take(in);
        if (keep_raw && doc.raw) {
            if (!(j->raw = malloc(doc.raw_len)))
                return -1;
            memcpy(j->raw, doc.raw, doc.raw_len);
            j->raw_len = doc.raw_len;
        }
        bytes += doc.len + doc.json_len;
    }
    return 0;
}

/* Writes a processed batch in order; returns 0, or -1 (message printed). */
static int write_batch(batch *b, pipeline_counts *c, const char *cmd)
{
    for (size_t i = 0; i < b->n; i++) {
        job *j = &b->jobs[i];
        if (j->fatal || j->out.failed || j->err.failed) {
            cli_error(cmd, "out of memory");
            return -1;
        }
        if (j->err.len)
            fwrite(j->err.data, 1, j->err.len, stderr);
        if (j->out.len && fwrite(j->out.data, 1, j->out.len, stdout) !=
                              j->out.len) {
            cli_error(cmd, "cannot write the output");
            return -1;
        }
        c->docs++;
        c->failed += j->failed != 0;
        c->matched += j->matched != 0;
    }
    return 0;
}

int pipeline_run(input *in, const sayasat_lexicon_set *set, size_t threads,
                 int keep_raw, const strbuf *prefix, job_fn fn, void *ctx,
                 pipeline_counts *counts, const char *cmd)
{
    if (threads == 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        threads = cores > 0 ? (size_t)cores : 1;
    }
    memset(counts, 0, sizeof *counts);
    pool p;
    batch a = {0}, b = {0};
    int rc = -1, eof = 0;
    if (pool_init(&p, set, threads, fn, ctx, cmd))
        goto out;
    /* JSON records are parsed by the workers, so that reading keeps up
     * with many of them */
    input_defer_json(in);
    if (prefix && prefix->len)
        fwrite(prefix->data, 1, prefix->len, stdout);
    batch *cur = &a, *next = &b;
    if (read_batch(in, cur, keep_raw, &eof))
        goto nomem;
    if (threads > 1)
        pool_start(&p, cur);
    while (cur->n) {
        if (threads == 1) {
            atomic_store(&p.next, 0);
            run_jobs(&p, p.workers[0].an, cur);
            if (write_batch(cur, counts, cmd))
                goto out;
            if (read_batch(in, cur, keep_raw, &eof))
                goto nomem;
            continue;
        }
        /* read the next batch while the workers analyse this one */
        int r = read_batch(in, next, keep_raw, &eof);
        pool_wait(&p);
        if (r)
            goto nomem;
        if (next->n)
            pool_start(&p, next);
        if (write_batch(cur, counts, cmd)) {
            if (next->n)
                pool_wait(&p);
            goto out;
        }
        batch *t = cur;
        cur = next;
        next = t;
    }
    if (fflush(stdout) || ferror(stdout)) {
        cli_error(cmd, "cannot write the output");
        goto out;
    }
    rc = 0;
    goto out;
nomem:
    cli_error(cmd, "out of memory");
out:
    pool_free(&p);
    batch_free(&a);
    batch_free(&b);
    return rc;
}
