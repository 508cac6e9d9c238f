#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_set.h"
#include "segment.h"
#include "sayasat.h"
#include "wordproc.h"

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The .lex file names in dir, sorted; *n set. NULL with *n = 0 when the
 * directory cannot be opened (a language may be absent), NULL with
 * *n = (size_t)-1 when out of memory. */
static char **list_lex(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || !has_suffix(de->d_name, ".lex"))
            continue;
        char *copy = strdup(de->d_name);
        if (!copy || grow_array((void **)&names, &cap, *n + 1, sizeof *names)) {
            free(copy);
            for (size_t i = 0; i < *n; i++)
                free(names[i]);
            free(names);
            closedir(d);
            *n = (size_t)-1;
            return NULL;
        }
        names[(*n)++] = copy;
    }
    closedir(d);
    if (names)
        qsort(names, *n, sizeof *names, by_name);
    return names;
}

static sayasat_status read_file(const char *path, char **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return SAYASAT_ERR_IO;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (grow_array((void **)&buf, &cap, n + 65536, 1)) {
            free(buf);
            fclose(f);
            return SAYASAT_ERR_NOMEM;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        return SAYASAT_ERR_IO;
    }
    *out = buf;
    *len = n;
    return SAYASAT_OK;
}

sayasat_status lexicon_read_dir(lexicon_data *data, const char *dir,
                                char version[17], sayasat_error *error,
                                sayasat_report_fn report, void *ctx,
                                size_t *problems)
{
    static const lang_id langs[] = {LANG_KK, LANG_RU};  /* name order */
    uint64_t hash = FNV1A64_INIT;
    sayasat_status st = SAYASAT_OK;
    size_t files = 0;
    for (size_t l = 0; l < 2 && !st; l++) {
        const char *lang = lang_name(langs[l]);
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", dir, lang);
        size_t n;
        char **names = list_lex(sub, &n);
        if (n == (size_t)-1)
            return SAYASAT_ERR_NOMEM;
        for (size_t i = 0; i < n; i++) {
            char path[8192], rel[600];
            snprintf(path, sizeof path, "%s/%s", sub, names[i]);
            snprintf(rel, sizeof rel, "%s/%s", lang, names[i]);
            char *bytes = NULL;
            size_t len = 0;
            if (!st && (st = read_file(path, &bytes, &len)) ==
                           SAYASAT_ERR_IO)
                lexicon_error(error, path, 0, 0, "cannot read: %s",
                              strerror(errno));
            if (!st) {
                hash = fnv1a64(hash, rel, strlen(rel) + 1);
                hash = fnv1a64(hash, bytes, len);
                hash = fnv1a64(hash, "", 1);
                st = lexicon_parse(data, rel, langs[l], bytes, len, error);
                files++;
            }
            if (report && (st == SAYASAT_ERR_LEXICON || st == SAYASAT_ERR_IO)) {
                report(ctx, error);     /* lint: on to the next file */
                ++*problems;
                st = SAYASAT_OK;
            }
            free(bytes);
            free(names[i]);
        }
        free(names);
    }
    if (!st && files == 0) {
        lexicon_error(error, dir, 0, 0,
                      "no lexicon files (expected %s/ru/*.lex or %s/kk/*.lex)",
                      dir, dir);
        st = SAYASAT_ERR_LEXICON;
    }
    snprintf(version, 17, "%016llx", (unsigned long long)hash);
    return st;
}

sayasat_status sayasat_lexicon_set_load(const char *dir,
                                        sayasat_lexicon_set **out,
                                        sayasat_error *error)
{
    sayasat_error scratch;
    if (!error)
        error = &scratch;
    memset(error, 0, sizeof *error);
    *out = NULL;
    sayasat_lexicon_set *set = calloc(1, sizeof *set);
    if (!set)
        return SAYASAT_ERR_NOMEM;
    UErrorCode ust = U_ZERO_ERROR;
    wordproc *wp = NULL;
    segmenter *seg = NULL;
    sayasat_status st = lexicon_read_dir(&set->data, dir, set->version,
                                         error, NULL, NULL, NULL);
    if (!st && lexicon_sort_themes(&set->data))
        st = SAYASAT_ERR_NOMEM;
    if (!st) {
        set->translit = translit_kk_rules_new(&ust);
        if (set->translit)
            wp = wordproc_new(set->translit, &ust);
        if (wp)
            seg = segmenter_new(&ust);
        if (U_FAILURE(ust))
            st = ust == U_MEMORY_ALLOCATION_ERROR ? SAYASAT_ERR_NOMEM
                                                  : SAYASAT_ERR_ICU;
    }
    if (!st)
        set->matcher = matcher_build(&set->data, wp, seg, &st, error);
    wordproc_free(wp);
    segmenter_free(seg);
    if (st) {
        if (st != SAYASAT_ERR_LEXICON && !error->message[0])
            lexicon_error(error, dir, 0, 0, "%s", sayasat_strerror(st));
        sayasat_lexicon_set_free(set);
        return st;
    }
    *out = set;
    return SAYASAT_OK;
}

void sayasat_lexicon_set_free(sayasat_lexicon_set *set)
{
    if (!set)
        return;
    matcher_free(set->matcher);
    translit_kk_rules_free(set->translit);
    lexicon_data_free(&set->data);
    free(set);
}

const char *sayasat_lexicon_set_version(const sayasat_lexicon_set *set)
{
    return set->version;
}

size_t sayasat_theme_count(const sayasat_lexicon_set *set)
{
    return set->data.n_themes;
}

const char *sayasat_theme_id(const sayasat_lexicon_set *set, size_t theme)
{
    if (theme >= set->data.n_themes)
        return NULL;
    return set->data.pool.data + set->data.themes[theme].id;
}

const char *sayasat_theme_label(const sayasat_lexicon_set *set, size_t theme,
                                const char *lang)
{
    if (theme >= set->data.n_themes)
        return NULL;
    const lex_theme *t = &set->data.themes[theme];
    return set->data.pool.data + t->label[lang_from_name(lang) == LANG_KK];
}

size_t sayasat_entry_count(const sayasat_lexicon_set *set)
{
    return set->data.n_entries;
}

int sayasat_entry_get(const sayasat_lexicon_set *set, size_t i,
                      sayasat_entry *out)
{
    const lexicon_data *d = &set->data;
    if (i >= d->n_entries)
        return -1;
    const lex_entry *e = &d->entries[i];
    sayasat_entry_kind kind = e->n_words > 1 ? SAYASAT_ENTRY_MULTIWORD
                                             : SAYASAT_ENTRY_WORD;
    if (!e->n_words)
        kind = SAYASAT_ENTRY_REGEX;
    for (size_t k = 0; k < e->n_words; k++) {
        word_kind wk = d->words[e->first_word + k].kind;
        if (wk == WORD_EXACT)
            kind = SAYASAT_ENTRY_EXACT;
        else if (wk == WORD_PREFIX && kind != SAYASAT_ENTRY_EXACT)
            kind = SAYASAT_ENTRY_GLOB;
    }
    *out = (sayasat_entry){
        e->cue ? NULL : d->pool.data + d->themes[e->theme].id,
        e->cue ? cue_name(e->cue) : NULL, lang_name(e->lang), kind,
        e->n_words, e->weight, d->pool.data + e->text,
        d->pool.data + e->file, e->line};
    return 0;
}
