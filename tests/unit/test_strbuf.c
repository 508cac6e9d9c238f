/* strbuf (CLI): JSON strings and numbers as the JSONL writer prints them,
 * checked by parsing them back with jansson. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "strbuf.h"

/* Encodes s[0..n), parses it back, and returns the decoded string. */
static const char *round_trip(const char *s, size_t n)
{
    static char out[256];
    strbuf b = {0};
    sb_json_string(&b, s, n);
    assert_false(b.failed);
    json_error_t err;
    json_t *j = json_loadb(b.data, b.len, JSON_DECODE_ANY | JSON_ALLOW_NUL,
                           &err);
    if (!j)
        fail_msg("%s: %s", b.data, err.text);
    assert_true(json_is_string(j));
    assert_true(json_string_length(j) < sizeof out);
    memcpy(out, json_string_value(j), json_string_length(j) + 1);
    json_decref(j);
    sb_free(&b);
    return out;
}

static void json_strings(void **state)
{
    (void)state;
    assert_string_equal(round_trip("әкім \"Amanat\"", strlen("әкім \"Amanat\"")),
                        "әкім \"Amanat\"");
    assert_string_equal(round_trip("a\\b\n\t\r\x01\x1f", 9),
                        "a\\b\n\t\r\x01\x1f");
    /* invalid bytes become U+FFFD; a lone continuation byte too */
    assert_string_equal(round_trip("в\xFF\x80ы", 6), "в\xEF\xBF\xBD\xEF\xBF\xBDы");
    /* a sequence cut at the end */
    assert_string_equal(round_trip("я\xD0", 3), "я\xEF\xBF\xBD");
    /* 4-byte characters pass */
    assert_string_equal(round_trip("🗳", 4), "🗳");
    strbuf b = {0};
    sb_json_string(&b, "\"\x7f", 2);
    assert_string_equal(b.data, "\"\\\"\x7f\"");
    sb_free(&b);
}

static void json_numbers_match_printf(void **state)
{
    (void)state;
    static const double xs[] = {0, 1, 2.5, 0.1234, 0.05, 3.0001, 42.5532,
                                -1.5, -0.0003, 99999.9999, 1000, 0.5,
                                123456.789, 1e9};
    for (size_t i = 0; i < sizeof xs / sizeof *xs; i++) {
        strbuf b = {0};
        sb_json_real(&b, xs[i]);
        char want[64];
        snprintf(want, sizeof want, "%.10g", xs[i]);
        if (!strpbrk(want, ".eE"))
            strcat(want, ".0");
        assert_string_equal(b.data, want);
        json_t *j = json_loads(b.data, JSON_DECODE_ANY, NULL);
        assert_non_null(j);
        assert_true(json_is_real(j));
        json_decref(j);
        sb_free(&b);
    }
}

static void utf8_repair(void **state)
{
    (void)state;
    size_t bad;
    assert_int_equal(utf8_valid_prefix("ақ\xC3 жол", 9, &bad), 4);
    assert_int_equal(bad, 1);
    assert_int_equal(utf8_valid_prefix("ақ жол", 11, &bad), 11);
    assert_int_equal(bad, 0);
    strbuf b = {0};
    sb_add_utf8(&b, "ақ\xC3 жол\xFF", 13);
    assert_string_equal(b.data, "ақ\xEF\xBF\xBD жол\xEF\xBF\xBD");
    sb_reset(&b);
    sb_printf(&b, "%s:%d", "ru/x.lex", 12);
    assert_string_equal(b.data, "ru/x.lex:12");
    sb_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_strings),
        cmocka_unit_test(json_numbers_match_printf),
        cmocka_unit_test(utf8_repair),
    };
    return cmocka_run_group_tests_name("strbuf", tests, NULL, NULL);
}
