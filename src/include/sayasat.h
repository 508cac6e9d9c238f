/* sayasat.h: the public API of libsayasat.
 *
 * libsayasat reads Russian and Kazakh political commentary and says which
 * reform themes a text covers and how much, with evidence.
 *
 * Two objects, as in PCRE2:
 *   sayasat_lexicon_set  the compiled lexicons: built once, read-only, shared
 *                        by any number of threads;
 *   sayasat_analyser     per-thread scratch (ICU iterators, stemmers, caches)
 *                        over one lexicon set. Never share one between threads.
 *
 * Every function returns a status; the library never exits or aborts, not
 * even when memory runs out. _free(NULL) is a no-op everywhere.
 */
#ifndef SAYASAT_H
#define SAYASAT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SAYASAT_VERSION "0.1.0"

typedef enum {
    SAYASAT_OK = 0,
    SAYASAT_ERR_NOMEM,      /* out of memory */
    SAYASAT_ERR_IO,         /* a file could not be read */
    SAYASAT_ERR_LEXICON,    /* a lexicon line could not be read (see error) */
    SAYASAT_ERR_ICU,        /* ICU failed (missing data, ...) */
    SAYASAT_ERR_STEMMER,    /* libstemmer has no Russian stemmer */
    SAYASAT_ERR_ARG,        /* an argument is out of range */
    SAYASAT_ERR_TOO_LARGE   /* a document exceeds SAYASAT_MAX_DOCUMENT */
} sayasat_status;

/* Largest document, in bytes, that sayasat_analyse() accepts: offsets are
 * 32-bit inside ICU. */
#define SAYASAT_MAX_DOCUMENT ((size_t)1 << 30)

/* A short English message for a status. Static storage. */
const char *sayasat_strerror(sayasat_status status);

/* The library version, "0.1.0". */
const char *sayasat_version(void);

/* Where a lexicon error was found: file, 1-based line and column (in
 * characters), and the message. Filled by sayasat_lexicon_set_load(). */
typedef struct {
    char file[512];
    unsigned line;
    unsigned column;
    char message[256];
} sayasat_error;

/* ---- lexicon set ------------------------------------------------------ */

typedef struct sayasat_lexicon_set sayasat_lexicon_set;

/* Loads every .lex file in <dir>/ru and <dir>/kk, stems the entries and
 * compiles them into one matcher. On a bad line nothing is loaded: the status
 * is SAYASAT_ERR_LEXICON and *error (if not NULL) says file:line:col. */
sayasat_status sayasat_lexicon_set_load(const char *dir,
                                        sayasat_lexicon_set **out,
                                        sayasat_error *error);
void sayasat_lexicon_set_free(sayasat_lexicon_set *set);

/* The set's version: 16 hex digits, a hash of every file's name and bytes.
 * Borrowed, valid while the set lives. */
const char *sayasat_lexicon_set_version(const sayasat_lexicon_set *set);

/* Themes in a stable order: the taxonomy order of DESIGN.md for known ids,
 * then other ids alphabetically. Borrowed strings. */
size_t sayasat_theme_count(const sayasat_lexicon_set *set);
const char *sayasat_theme_id(const sayasat_lexicon_set *set, size_t theme);
/* The theme's human label in the given language ("ru", "kk"), or the id when
 * that language has no file for it. */
const char *sayasat_theme_label(const sayasat_lexicon_set *set, size_t theme,
                                const char *lang);

/* One entry of a loaded set, for tools that describe lexicons. */
typedef enum {
    SAYASAT_ENTRY_WORD,         /* one word, matched on its stem */
    SAYASAT_ENTRY_MULTIWORD,    /* several words, matched on stems */
    SAYASAT_ENTRY_EXACT,        /* "quoted": folded forms, no stemming */
    SAYASAT_ENTRY_GLOB,         /* a word ends in '*': prefix match */
    SAYASAT_ENTRY_REGEX         /* /PCRE2/ */
} sayasat_entry_kind;

typedef struct {
    const char *theme;          /* theme id, or NULL for a stance cue */
    const char *cue;            /* "polarity", "negator", ... or NULL */
    const char *lang;           /* "ru", "kk" */
    sayasat_entry_kind kind;
    size_t n_words;             /* 0 for a regex */
    double weight;
    const char *text;           /* as written */
    const char *file;           /* relative to the set's dir */
    unsigned line;
} sayasat_entry;

/* The set's entries in file order; strings borrowed from the set. */
size_t sayasat_entry_count(const sayasat_lexicon_set *set);
/* Fills *out for entry i; returns 0, or -1 when i is out of range. */
int sayasat_entry_get(const sayasat_lexicon_set *set, size_t i,
                      sayasat_entry *out);

/* Called once per problem that sayasat_lexicon_lint() finds. */
typedef void (*sayasat_report_fn)(void *ctx, const sayasat_error *problem);

/* Checks the lexicons under dir the way a reviewer would, reporting every
 * problem rather than stopping at the first: syntax and PCRE2 errors,
 * duplicate entries, entries of one theme whose stems collide with another
 * theme's, entries that stem to fewer than three letters, and multi-word
 * entries that can never match. Returns the number of problems (0: clean),
 * or -1 when the check itself could not run (*status says why). */
long sayasat_lexicon_lint(const char *dir, sayasat_report_fn report,
                          void *ctx, sayasat_status *status);

/* ---- analysis ---------------------------------------------------------- */

typedef struct sayasat_analyser sayasat_analyser;

sayasat_status sayasat_analyser_new(const sayasat_lexicon_set *set,
                                    sayasat_analyser **out);
void sayasat_analyser_free(sayasat_analyser *analyser);

/* One theme's score in a document. */
typedef struct {
    unsigned hits;          /* matched entries (positive weight) */
    double weight;          /* sum of matched entries' weights */
    double rate_per_1000;   /* hits per 1000 word tokens */
    double coverage;        /* share of sentences with a match, in [0, 1] */
    int present;            /* the theme is judged present */
    double stance;          /* in [-1, 1]: the polarity of the sentences
                               that match the theme (and, weaker, of the
                               sentences after them); 0 without any */
} sayasat_theme_score;

/* One matched lexicon entry. Offsets are bytes into the caller's buffer,
 * whatever its encoding errors. */
typedef struct {
    size_t theme;           /* index for sayasat_theme_id() */
    size_t start, end;      /* [start, end) in the input */
    size_t sentence;        /* 0-based sentence index */
    double weight;
    const char *entry;      /* the entry as written in the lexicon */
    const char *file;       /* lexicon file, relative to the set's dir */
    unsigned line;          /* line in that file */
} sayasat_evidence;

/* A stance cue matched in the text: an evaluative word (polarity,
 * critique) with the weight it ended up with, a modifier (negator,
 * intensifier, contrast, hedge, past) or a report that sources disagree
 * (divergence). */
typedef struct {
    const char *type;       /* "polarity", "critique", "negator", ... */
    size_t start, end, sentence;
    double weight;          /* as written in the lexicon */
    double effect;          /* polarity and critique: the signed value after
                               negation, intensifiers, the Kazakh
                               conditional, contrast, hedges, a past
                               setting and a question; a contrast
                               marker: the opposite of the clause it answers
                               when its own clause evaluates nothing; 0 for
                               the others */
    int negated;            /* a negator or Kazakh verbal negation */
    const char *entry, *file;
    unsigned line;
} sayasat_cue;

/* A sentence: its byte span, language ("ru", "kk"), polarity (the sum of
 * its cues' effects) and its cues. */
typedef struct {
    size_t start, end;
    const char *lang;
    double polarity;
    size_t first_cue, n_cues;   /* into sayasat_result.cues */
} sayasat_sentence;

/* The document's stance toward the reforms it discusses. */
typedef struct {
    double score;           /* in [-1, 1]: (positive - negative mass) /
                               (positive + negative mass + 2) */
    const char *label;      /* "support", "critical", "neutral", "mixed",
                               or "offtopic" when no theme is present */
    double confidence;      /* in [0, 1] */
    double positive, negative;  /* the masses: sums of the positive and of
                                   the (absolute) negative sentence
                                   polarities */
} sayasat_stance;

/* A quotation: direct speech or a sentence of reported speech. */
typedef struct {
    size_t start, end;          /* the quoted words, bytes */
    int has_speaker;
    size_t speaker_start, speaker_end;  /* the speaker's name (or role) */
    int has_referent;           /* the speaker is a pronoun or role words
                                   (она, эксперт, сарапшы) and an earlier
                                   quote of the document named a person: */
    size_t referent_start, referent_end;    /* that name */
    size_t n_themes;
    const size_t *themes;       /* themes matched inside the quote */
    sayasat_stance stance;      /* from the cues inside it; label is
                                   "neutral" without evaluation */
} sayasat_quote;

/* The analysis of one document. Owned by the analyser; valid until the next
 * sayasat_analyse() call on it or its _free. */
typedef struct {
    const char *lang;               /* "ru", "kk", "mixed" or "und" */
    size_t tokens;                  /* word and number tokens */
    size_t n_sentences;
    const sayasat_sentence *sentences;
    size_t n_themes;                /* == sayasat_theme_count() */
    const sayasat_theme_score *themes;  /* indexed by theme */
    size_t n_present;
    const size_t *present;          /* present themes, strongest first */
    size_t n_evidence;
    const sayasat_evidence *evidence;   /* in text order */
    size_t invalid_utf8;            /* invalid byte sequences seen */
    size_t first_invalid_offset;    /* byte offset of the first one */
    sayasat_stance stance;
    size_t n_cues;
    const sayasat_cue *cues;        /* in text order */
    size_t n_quotes;
    const sayasat_quote *quotes;    /* in text order */
} sayasat_result;

/* Analyses text[0..len), UTF-8 (invalid sequences are read as U+FFFD; the
 * result counts them). */
sayasat_status sayasat_analyse(sayasat_analyser *analyser, const char *text,
                               size_t len, const sayasat_result **out);

/* A word token of the last analysed document with its stem, as matched. */
typedef struct {
    size_t start, end;          /* bytes into the document */
    size_t sentence;
    const char *stem;           /* folded and stemmed; "" for a non-word */
} sayasat_token;

/* The tokens of the document of the last sayasat_analyse() call on this
 * analyser, in text order; *n set. Owned by the analyser, valid until its
 * next call. NULL with *n = 0 when out of memory. */
const sayasat_token *sayasat_tokens(sayasat_analyser *analyser, size_t *n);

/* ---- keyness: growing a lexicon from a corpus ---------------------------- */

/* Collects stems and two-word stem sequences from analysed documents, split
 * by whether a theme is present, and ranks them by log-likelihood keyness
 * (Dunning's G2) in the documents where it is present against those where
 * it is absent. Terms the theme's entries already match are left out. */
typedef struct sayasat_keyness sayasat_keyness;

typedef struct {
    const char *term;       /* a stem, or two stems separated by a space */
    const char *example;    /* the first place it occurs in a document with
                               the theme, the term in [brackets] */
    size_t target;          /* occurrences where the theme is present */
    size_t reference;       /* occurrences where it is absent */
    double g2;              /* keyness */
} sayasat_term;

/* NULL when out of memory or the theme is not in the set. */
sayasat_keyness *sayasat_keyness_new(const sayasat_lexicon_set *set,
                                     const char *theme);
void sayasat_keyness_free(sayasat_keyness *k);
/* Adds the document text[0..len) just analysed by analyser, with its
 * result. */
sayasat_status sayasat_keyness_add(sayasat_keyness *k,
                                   sayasat_analyser *analyser,
                                   const char *text, size_t len,
                                   const sayasat_result *result);
/* The top terms (at most max, each seen at least min_count times where the
 * theme is present), strongest first; *n set. Owned by k. */
const sayasat_term *sayasat_keyness_top(sayasat_keyness *k, size_t max,
                                        size_t min_count, size_t *n);
/* Documents counted so far with and without the theme. */
void sayasat_keyness_docs(const sayasat_keyness *k, size_t *target,
                          size_t *reference);

/* ---- words ------------------------------------------------------------- */

/* Folds one word as the matcher does before stemming: case folding, NFC,
 * ё -> е, hyphen variants -> '-', invisible characters dropped (no
 * transliteration). Writes NUL-terminated UTF-8 to out (cap bytes) and
 * returns its length, or sets *status on error. lang is "ru" or "kk". */
size_t sayasat_fold(sayasat_analyser *analyser, const char *lang,
                    const char *word, size_t len, char *out, size_t cap,
                    sayasat_status *status);

/* Folds and stems one word as the matcher does for the given language
 * ("ru", "kk"; Latin-script Kazakh is transliterated first). Writes a
 * NUL-terminated UTF-8 stem to out (cap bytes) and returns its length, or
 * sets *status on error. An empty or non-word input gives "". */
size_t sayasat_stem(sayasat_analyser *analyser, const char *lang,
                    const char *word, size_t len, char *out, size_t cap,
                    sayasat_status *status);

#ifdef __cplusplus
}
#endif

#endif
