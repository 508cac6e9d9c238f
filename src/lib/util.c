#include "util.h"

#include <stdlib.h>
#include <string.h>

int has_prefix(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

uint64_t fnv1a64(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

int grow_array(void **array, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 8;
    while (n < need)
        n *= 2;
    if (n > SIZE_MAX / elem)
        return -1;
    void *p = realloc(*array, n * elem);
    if (!p)
        return -1;
    *array = p;
    *cap = n;
    return 0;
}

size_t pool_add(string_pool *pool, const char *s, size_t len)
{
    if (grow_array((void **)&pool->data, &pool->cap, pool->len + len + 1, 1))
        return (size_t)-1;
    size_t off = pool->len;
    if (len)
        memcpy(pool->data + off, s, len);
    pool->data[off + len] = '\0';
    pool->len += len + 1;
    return off;
}

void pool_free(string_pool *pool)
{
    free(pool->data);
    pool->data = NULL;
    pool->len = pool->cap = 0;
}

void strmap_init(strmap *map)
{
    memset(map, 0, sizeof *map);
}

void strmap_free(strmap *map)
{
    free(map->slots);
    free(map->entries);
    pool_free(&map->keys);
    strmap_init(map);
}

void strmap_clear(strmap *map)
{
    if (map->slots)
        memset(map->slots, 0, map->n_slots * sizeof *map->slots);
    map->n_entries = 0;
    map->keys.len = 0;
}

static uint32_t *find_slot(const strmap *map, uint64_t hash, const char *key,
                           size_t len)
{
    size_t mask = map->n_slots - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        uint32_t *slot = &map->slots[i];
        if (*slot == 0)
            return slot;
        const struct strmap_entry *e = &map->entries[*slot - 1];
        if (e->hash == hash && e->key_len == len &&
            memcmp(map->keys.data + e->key, key, len) == 0)
            return slot;
    }
}

uint32_t *strmap_get(const strmap *map, const char *key, size_t len)
{
    if (!map->n_slots)
        return NULL;
    uint64_t hash = fnv1a64(FNV1A64_INIT, key, len);
    uint32_t *slot = find_slot(map, hash, key, len);
    return *slot ? &map->entries[*slot - 1].value : NULL;
}

static int rehash(strmap *map, size_t n_slots)
{
    uint32_t *slots = calloc(n_slots, sizeof *slots);
    if (!slots)
        return -1;
    free(map->slots);
    map->slots = slots;
    map->n_slots = n_slots;
    for (size_t i = 0; i < map->n_entries; i++) {
        const struct strmap_entry *e = &map->entries[i];
        uint32_t *slot =
            find_slot(map, e->hash, map->keys.data + e->key, e->key_len);
        *slot = (uint32_t)(i + 1);
    }
    return 0;
}

uint32_t *strmap_put(strmap *map, const char *key, size_t len, uint32_t value,
                     int *added)
{
    if (len > UINT32_MAX || map->n_entries >= UINT32_MAX - 1)
        return NULL;
    if ((map->n_entries + 1) * 2 > map->n_slots &&
        rehash(map, map->n_slots ? map->n_slots * 2 : 64))
        return NULL;
    uint64_t hash = fnv1a64(FNV1A64_INIT, key, len);
    uint32_t *slot = find_slot(map, hash, key, len);
    if (*slot) {
        if (added)
            *added = 0;
        return &map->entries[*slot - 1].value;
    }
    if (grow_array((void **)&map->entries, &map->cap_entries,
                   map->n_entries + 1, sizeof *map->entries))
        return NULL;
    size_t off = pool_add(&map->keys, key, len);
    if (off == (size_t)-1)
        return NULL;
    struct strmap_entry *e = &map->entries[map->n_entries];
    e->hash = hash;
    e->key = off;
    e->key_len = (uint32_t)len;
    e->value = value;
    *slot = (uint32_t)(++map->n_entries);
    if (added)
        *added = 1;
    return &e->value;
}
