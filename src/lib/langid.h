/* langid: is a sentence Russian or Kazakh, and is a document ru, kk or
 * mixed? Kazakh letters (әғқңөұүһі) and function words of each language
 * vote; a word's traits are computed once per word type (the analyser caches
 * them), so a sentence costs a few additions per token. Latin-script Kazakh
 * is recognised by translit_kk_detect() on the sentence. */
#ifndef SAYASAT_LANGID_H
#define SAYASAT_LANGID_H

#include <stddef.h>

typedef enum { LANG_UND = 0, LANG_RU, LANG_KK, LANG_MIXED } lang_id;

const char *lang_name(lang_id lang);    /* "und", "ru", "kk", "mixed" */
lang_id lang_from_name(const char *name);   /* LANG_UND when unknown */

typedef struct {
    unsigned char cyrillic;     /* the word has Cyrillic letters */
    unsigned char kazakh;       /* ... letters only Kazakh uses */
    unsigned char latin;        /* ... Latin letters */
    unsigned char ru_function;  /* a Russian function word */
    unsigned char kk_function;  /* a Kazakh function word */
} word_traits;

/* Traits of a folded word (lowercase UTF-8 from normalise_word). */
void langid_word_traits(const char *folded, size_t len, word_traits *t);

typedef struct {
    double ru, kk;
    unsigned latin_words, cyrillic_words;
} lang_votes;

void langid_vote(lang_votes *votes, const word_traits *t);
/* LANG_RU, LANG_KK, or LANG_UND when no word gave evidence. */
lang_id langid_decide(const lang_votes *votes);

/* A document's language from its sentences' languages (LANG_UND sentences
 * are ignored): mixed when each language has at least a fifth of the
 * sentences that have one. */
lang_id langid_document(size_t ru_sentences, size_t kk_sentences);

#endif
