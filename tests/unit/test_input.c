/* input: documents from files and JSON Lines, parsed by input_next() or,
 * after input_defer_json(), handed over and parsed by input_parse_json()
 * with the same ids, texts and messages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"

static char dir[64], path[96];

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/sayasat-input-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/docs.jsonl", dir);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    static const char records[] =
        "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Прямые выборы акимов.\"}\n"
        "{\"id\":7,\"text\":\"Маслихат утвердил бюджет.\"}\n"
        "{\"text\":\"Без id.\"}\n"
        "{broken\n"
        "[1, 2]\n"
        "{\"id\":\"n\",\"body\":\"no text field\"}\n";
    size_t n = fwrite(records, 1, sizeof records - 1, f);
    return fclose(f) == 0 && n == sizeof records - 1 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    rmdir(dir);
    return 0;
}

typedef struct {
    char *id, *text, *error;
} record;

/* Reads every record of path, deferred or not, into out[]; returns how
 * many. */
static size_t read_all(int defer, record *out, size_t cap)
{
    const char *paths[] = {path};
    input_options o = {INPUT_AUTO, "text", "id", 1 << 20};
    input *in = input_new(paths, 1, &o);
    assert_non_null(in);
    if (defer)
        input_defer_json(in);
    input_doc d;
    size_t n = 0;
    while (n < cap && input_next(in, &d) > 0) {
        input_take(in);
        if (defer) {
            assert_non_null(d.json);
            assert_null(d.text);
            assert_int_equal(input_parse_json(in, &d), 0);
            free(d.json);
            free(d.where);
        } else {
            assert_null(d.json);
        }
        out[n++] = (record){d.id, d.text, d.error};
        free(d.note);
    }
    input_free(in);
    return n;
}

static void deferred_parsing_gives_the_same_records(void **state)
{
    (void)state;
    record now[8], later[8];
    size_t n = read_all(0, now, 8), m = read_all(1, later, 8);
    assert_int_equal(n, 6);
    assert_int_equal(m, 6);
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(now[i].id, later[i].id);
        if (now[i].text)
            assert_string_equal(now[i].text, later[i].text);
        else
            assert_null(later[i].text);
        if (now[i].error)
            assert_string_equal(now[i].error, later[i].error);
        else
            assert_null(later[i].error);
    }
    /* the byte-order mark is skipped, the id field read, else PATH:LINE */
    assert_string_equal(later[0].id, "a");
    assert_string_equal(later[0].text, "Прямые выборы акимов.");
    assert_string_equal(later[1].id, "7");
    char where[160];
    snprintf(where, sizeof where, "%s:3", path);
    assert_string_equal(later[2].id, where);
    /* errors name the file and line (and the column of invalid JSON) */
    snprintf(where, sizeof where, "%s:4:7: invalid JSON", path);
    assert_non_null(strstr(later[3].error, where));
    assert_non_null(strstr(later[4].error, "expected a JSON object"));
    assert_non_null(strstr(later[5].error, "no string field \"text\""));
    assert_string_equal(later[5].id, "n");
    for (size_t i = 0; i < n; i++) {
        free(now[i].id), free(now[i].text), free(now[i].error);
        free(later[i].id), free(later[i].text), free(later[i].error);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(deferred_parsing_gives_the_same_records),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
