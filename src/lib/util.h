/* util: the small containers every stage shares: a growable array, a
 * string pool, a string -> uint32 hash map with its own key storage, a
 * hash and a prefix test. All allocation failures are returned, never
 * fatal. */
#ifndef SAYASAT_UTIL_H
#define SAYASAT_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a, 64 bits: the string map's hash and the lexicon version's. */
uint64_t fnv1a64(uint64_t h, const void *data, size_t len);
#define FNV1A64_INIT 0xcbf29ce484222325ULL

/* Does s[0..n) start with the NUL-terminated prefix? */
int has_prefix(const char *s, size_t n, const char *prefix);

/* Grows *array (element size elem) so that it holds at least need elements;
 * *cap is updated. Returns 0, or -1 when out of memory (array untouched). */
int grow_array(void **array, size_t *cap, size_t need, size_t elem);

/* Appends a copy of s[0..len) plus a NUL to a string pool and returns its
 * offset; pools grow by realloc, so keep offsets, not pointers, while
 * building. Returns (size_t)-1 when out of memory. */
typedef struct {
    char *data;
    size_t len, cap;
} string_pool;
size_t pool_add(string_pool *pool, const char *s, size_t len);
void pool_free(string_pool *pool);

/* An open-addressing map from byte strings to uint32 values. */
typedef struct {
    uint32_t *slots;        /* 1 + index into entries, 0 = empty */
    size_t n_slots;         /* power of two */
    struct strmap_entry {
        uint64_t hash;
        size_t key;         /* offset in keys */
        uint32_t key_len;
        uint32_t value;
    } *entries;
    size_t n_entries, cap_entries;
    string_pool keys;
} strmap;

void strmap_init(strmap *map);
void strmap_free(strmap *map);
void strmap_clear(strmap *map);
/* Returns a pointer to the value for key, or NULL. */
uint32_t *strmap_get(const strmap *map, const char *key, size_t len);
/* Inserts key with value unless present; returns a pointer to the stored
 * value (old or new), or NULL when out of memory. *added tells which. */
uint32_t *strmap_put(strmap *map, const char *key, size_t len, uint32_t value,
                     int *added);

#endif
