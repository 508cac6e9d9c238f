/* util: the string map, the string pool, grow_array, FNV-1a, has_prefix. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static void map_put_get_clear(void **state)
{
    (void)state;
    strmap m;
    strmap_init(&m);
    assert_null(strmap_get(&m, "x", 1));
    char key[32];
    for (uint32_t i = 0; i < 10000; i++) {
        int n = snprintf(key, sizeof key, "ключ-%u", i);
        int added;
        uint32_t *v = strmap_put(&m, key, (size_t)n, i, &added);
        assert_non_null(v);
        assert_true(added);
    }
    assert_int_equal(m.n_entries, 10000);
    for (uint32_t i = 0; i < 10000; i += 7) {
        int n = snprintf(key, sizeof key, "ключ-%u", i);
        uint32_t *v = strmap_get(&m, key, (size_t)n);
        assert_non_null(v);
        assert_int_equal(*v, i);
    }
    int added;
    uint32_t *v = strmap_put(&m, "ключ-5", strlen("ключ-5"), 99, &added);
    assert_false(added);
    assert_int_equal(*v, 5);
    /* keys are bytes: a prefix or an embedded NUL is another key */
    assert_null(strmap_get(&m, "ключ-", strlen("ключ-")));
    assert_non_null(strmap_put(&m, "a\0b", 3, 1, &added));
    assert_null(strmap_get(&m, "a", 1));
    assert_non_null(strmap_get(&m, "a\0b", 3));
    strmap_clear(&m);
    assert_int_equal(m.n_entries, 0);
    assert_null(strmap_get(&m, "ключ-5", strlen("ключ-5")));
    assert_non_null(strmap_put(&m, "", 0, 7, &added));
    assert_int_equal(*strmap_get(&m, "", 0), 7);
    strmap_free(&m);
}

static void pool_and_arrays(void **state)
{
    (void)state;
    string_pool p = {0};
    size_t a = pool_add(&p, "әкім", strlen("әкім"));
    size_t b = pool_add(&p, "", 0);
    assert_string_equal(p.data + a, "әкім");
    assert_string_equal(p.data + b, "");
    assert_int_equal(b, strlen("әкім") + 1);
    pool_free(&p);
    int *arr = NULL;
    size_t cap = 0;
    assert_int_equal(grow_array((void **)&arr, &cap, 100, sizeof *arr), 0);
    assert_true(cap >= 100);
    assert_int_equal(grow_array((void **)&arr, &cap, SIZE_MAX / 2,
                                sizeof *arr), -1);
    assert_true(cap >= 100 && cap < 1000);
    free(arr);
}

static void fnv(void **state)
{
    (void)state;
    /* published FNV-1a 64 test vectors */
    assert_true(fnv1a64(FNV1A64_INIT, "", 0) == 0xcbf29ce484222325ULL);
    assert_true(fnv1a64(FNV1A64_INIT, "a", 1) == 0xaf63dc4c8601ec8cULL);
    assert_true(fnv1a64(FNV1A64_INIT, "foobar", 6) == 0x85944171f73967e8ULL);
}

static void prefix(void **state)
{
    (void)state;
    /* n bounds s: "эксперта" cut to its first four bytes is "эк" */
    assert_true(has_prefix("эксперта", strlen("эксперта"), "эксперт"));
    assert_true(has_prefix("эксперта", 4, "эк"));
    assert_false(has_prefix("эксперта", 4, "экс"));
    assert_true(has_prefix("x", 1, ""));
    assert_false(has_prefix("", 0, "a"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(map_put_get_clear),
        cmocka_unit_test(pool_and_arrays),
        cmocka_unit_test(fnv),
        cmocka_unit_test(prefix),
    };
    return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
