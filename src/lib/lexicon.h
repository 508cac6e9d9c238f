/* lexicon: reading lexicon files (the format of lexicons/README.md) into
 * entries, and the compiled lexicon set that the analysers share.
 *
 * lexicon_parse() reads one file's bytes and reports the first bad line as
 * file:line:col; the set loader (sayasat_lexicon_set_load) reads a
 * directory, hashes it into the version, and hands the entries to the
 * matcher, which stems their words. */
#ifndef SAYASAT_LEXICON_H
#define SAYASAT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "langid.h"
#include "sayasat.h"
#include "util.h"

typedef enum { WORD_STEM, WORD_EXACT, WORD_PREFIX } word_kind;

/* What a stance-cue file's entries are (`@cues TYPE`); theme files are
 * CUE_NONE. */
typedef enum {
    CUE_NONE = 0,
    CUE_POLARITY,       /* evaluative words: weight = signed strength */
    CUE_NEGATOR,        /* не, нет, емес, жоқ: flip what is in scope */
    CUE_INTENSIFIER,    /* очень, өте (> 1), немного (< 1): multiply */
    CUE_CONTRAST,       /* но, однако, бірақ: the clause after weighs more */
    CUE_HEDGE,          /* якобы, вряд ли, сияқты: weaken the sentence */
    CUE_CRITIQUE,       /* так называемый, scare quotes: distance */
    CUE_DIVERGENCE,     /* мнения разделились, пікірлер екіге жарылды:
                           the text reports two sides */
    CUE_PAST            /* раньше, N лет назад: the sentence speaks of the
                           time before the reform (-1 flips it; 0 vetoes) */
} cue_kind;

const char *cue_name(cue_kind cue);  /* "polarity", ... ; "" for CUE_NONE */

/* One word of an entry, before compilation: text and kind. */
typedef struct {
    word_kind kind;
    size_t text;            /* offset in the set's pool: the word as written */
    unsigned column;        /* where it starts on its line (1-based chars) */
} lex_word;

typedef struct {
    size_t theme;           /* index into the set's themes; (size_t)-1 for
                               stance cues */
    cue_kind cue;
    int scope;              /* cues (@scope): -N = the cue stands before the
                               N words it affects, +N = after them */
    int scope_around;       /* @scope around N: before and after them */
    lang_id lang;
    double weight;
    size_t text;            /* pool offset: the entry as written */
    size_t file;            /* pool offset: file name relative to the dir */
    unsigned line, column;
    size_t first_word, n_words; /* into the set's words; 0 words = regex */
    size_t regex;           /* pool offset of the pattern, for regexes */
} lex_entry;

typedef struct {
    size_t id;              /* pool offset */
    size_t label[2];        /* pool offsets of the ru and kk labels, or id */
    double present_min;     /* weight that makes it present (@present) */
} lex_theme;

/* A theme without @present is present from this weight on. */
#define DEFAULT_PRESENT_MIN 2.0

/* Everything parsed from a lexicon directory. */
typedef struct {
    string_pool pool;
    lex_theme *themes;
    size_t n_themes, cap_themes;
    lex_entry *entries;
    size_t n_entries, cap_entries;
    lex_word *words;
    size_t n_words, cap_words;
} lexicon_data;

void lexicon_data_free(lexicon_data *data);

/* Parses one file's bytes into data. relname names the file in messages;
 * lang is the language its directory says. Returns SAYASAT_OK, or
 * SAYASAT_ERR_LEXICON with *error filled, or SAYASAT_ERR_NOMEM. */
sayasat_status lexicon_parse(lexicon_data *data, const char *relname,
                             lang_id lang, const char *bytes, size_t len,
                             sayasat_error *error);

/* Orders data->themes (taxonomy order, then alphabetical) and renumbers the
 * entries' theme indexes. Returns 0, or -1 when out of memory. */
int lexicon_sort_themes(lexicon_data *data);

/* Fills *error; a convenience for every stage that reports lexicon lines. */
void lexicon_error(sayasat_error *error, const char *file, unsigned line,
                   unsigned column, const char *fmt, ...);

/* Column (1-based, in characters) of byte offset off in line. */
unsigned lexicon_column(const char *line, size_t off);

#endif
