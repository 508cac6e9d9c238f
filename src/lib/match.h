/* match: every lexicon entry compiled once into one matcher.
 *
 * Each distinct word pattern of the lexicons (a stem, an exact folded form
 * or a glob prefix, per language) gets a number. A text word is looked up
 * once per word type (the analyser caches it) and gets the sorted list of
 * patterns it satisfies; an entry starts wherever a word satisfies its first
 * pattern and matches when the next words satisfy the rest, inside one
 * sentence. Regular-expression entries of a language are joined into one
 * PCRE2 pattern (JIT, with match limits) run once over each sentence.
 *
 * The matcher is read-only after matcher_build() and shared by threads;
 * each thread matches through its own match_scratch. */
#ifndef SAYASAT_MATCH_H
#define SAYASAT_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "segment.h"
#include "wordproc.h"

typedef struct matcher matcher;
typedef struct match_scratch match_scratch;

/* Compiles data's entries (data must outlive the matcher). wp and seg are
 * used to fold, stem and check the entries' words. On a bad entry returns
 * NULL with *status SAYASAT_ERR_LEXICON and *error filled. */
matcher *matcher_build(const lexicon_data *data, wordproc *wp, segmenter *seg,
                       sayasat_status *status, sayasat_error *error);
void matcher_free(matcher *m);

/* How one word of an entry becomes a pattern key: checked to be one word as
 * the text is split, folded, and for word entries stemmed with the entry's
 * language. Writes the key (NUL-terminated) and returns its length, or -1
 * with *status and *error set. */
int matcher_word_key(wordproc *wp, segmenter *seg, const lexicon_data *data,
                     const lex_entry *e, const lex_word *w, char *key,
                     size_t cap, sayasat_status *status, sayasat_error *error);

/* Compiles a regex entry alone; -1 with *error naming its line when it does
 * not compile or uses back-references. */
int matcher_check_regex(const lexicon_data *data, const lex_entry *e,
                        sayasat_error *error);

match_scratch *match_scratch_new(const matcher *m);
void match_scratch_free(match_scratch *s);

/* A sorted list of pattern numbers: what one word type satisfies. */
typedef struct {
    uint32_t *ids;
    size_t n, cap;
} pattern_list;

/* Appends to list the patterns that a word of language lang satisfies,
 * given its folded form and stem, and sorts the list. Returns 0 or -1 when
 * out of memory. */
int matcher_word_patterns(const matcher *m, lang_id lang, const char *folded,
                          size_t folded_len, const char *stem,
                          size_t stem_len, pattern_list *list);

typedef struct {
    uint32_t entry;         /* index into the lexicon data's entries */
    uint32_t start, end;    /* bytes */
    uint32_t first_token;   /* absolute token index; regex hits: the token
                               where the match starts */
    uint32_t n_tokens;      /* words it covers (a regex: the tokens that
                               start inside it, maybe 0) */
} match_hit;

typedef struct {
    match_hit *hits;
    size_t n, cap;
} hit_list;

/* Finds the entries of language lang in one sentence and appends them to
 * hits. words[i] is the pattern list of token first + i. Returns 0, or -1
 * when out of memory. */
int matcher_sentence(const matcher *m, match_scratch *scratch, lang_id lang,
                     const char *text, const seg_sentence *sentence,
                     const seg_token *tokens,
                     const pattern_list *const *words, hit_list *hits);

#endif
