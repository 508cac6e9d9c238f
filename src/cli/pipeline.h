/* pipeline: the data path of the commands that read documents. The main
 * thread reads a batch of documents while worker threads (each with its own
 * analyser over the shared lexicon set) parse (JSON Lines), analyse and
 * format the previous batch; the main thread then writes each document's
 * output in input order. Parsing JSON on one thread tops out near 48 MB/s
 * (jansson, bench's loading), which more than two workers would outrun.
 * Output is the same whatever the number of threads, and memory is bounded
 * by two batches. */
#ifndef SAYASAT_PIPELINE_H
#define SAYASAT_PIPELINE_H

#include <stddef.h>

#include "input.h"
#include "sayasat.h"
#include "strbuf.h"

/* One document on its way through. */
typedef struct {
    char *id, *text, *error, *note;     /* owned, from input_take() */
    size_t len;
    char *raw;                          /* a copy of the JSONL line, when
                                           the command asked for it */
    size_t raw_len;
    char *json, *where;                 /* a JSONL record to parse on the
                                           worker (input_defer_json) */
    size_t json_len;
    const input *source;                /* what parses it */
    strbuf out;                         /* written to stdout, in order */
    strbuf err;                         /* written to stderr, in order */
    int failed;                         /* the document counts as failed */
    int matched;                        /* for filter */
    int fatal;                          /* out of memory: stop everything */
} job;

/* What a command does with one document, on a worker thread. Reads the
 * job's input fields, fills out/err/failed/matched; sets fatal when memory
 * runs out. */
typedef void (*job_fn)(void *ctx, sayasat_analyser *an, job *j);

typedef struct {
    size_t docs, failed, matched;
} pipeline_counts;

/* The analysis every command starts a job with: parses its JSONL record,
 * reports the job's note, read error, analysis error or invalid UTF-8 on
 * its err as "sayasat CMD: ..." and marks it failed. Returns the result, or
 * NULL when there is none: then j->error says why (or j->fatal is set). */
const sayasat_result *pipeline_analyse(sayasat_analyser *an, job *j,
                                       const char *cmd);

/* Runs every document of in through fn on threads workers (0: one per
 * online core), writing prefix first. keep_raw copies each JSONL line into
 * job.raw. Returns 0, or -1 after printing why it stopped (out of memory,
 * output error). */
int pipeline_run(input *in, const sayasat_lexicon_set *set, size_t threads,
                 int keep_raw, const strbuf *prefix, job_fn fn, void *ctx,
                 pipeline_counts *counts, const char *cmd);

#endif
