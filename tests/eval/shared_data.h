/* shared_data: where the evaluation tests find ../shared/data (or
 * $SAYASAT_SHARED/data), and a helper that skips a test with a clear
 * message when a file is absent. Header-only: each test includes it once. */
#ifndef SAYASAT_TEST_SHARED_DATA_H
#define SAYASAT_TEST_SHARED_DATA_H

#include <stdio.h>
#include <stdlib.h>

/* Opens data/<rel> under the shared folder; prints why and returns NULL
 * when it is not there. */
static FILE *open_shared(const char *rel, char *path, size_t cap)
{
    const char *root = getenv("SAYASAT_SHARED");
    snprintf(path, cap, "%s/data/%s", root && *root ? root : "../shared", rel);
    FILE *f = fopen(path, "r");
    if (!f)
        fprintf(stderr, "SKIP: %s is absent (set SAYASAT_SHARED to the "
                        "folder holding data/)\n", path);
    return f;
}

#endif
