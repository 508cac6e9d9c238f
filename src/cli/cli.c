#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef SAYASAT_DATADIR
#define SAYASAT_DATADIR "/usr/local/share/sayasat"
#endif

void cli_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "sayasat %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static int listed(const char *list, const char *name, size_t n)
{
    for (const char *p = list; p && *p;) {
        const char *comma = strchr(p, ',');
        size_t k = comma ? (size_t)(comma - p) : strlen(p);
        if (k == n && strncmp(p, name, n) == 0)
            return 1;
        p = comma ? comma + 1 : p + k;
    }
    return 0;
}

const char *args_next(args *a, const char *takes_value)
{
    static char name[64];
    if (a->i >= a->argc)
        return NULL;
    char *arg = a->argv[a->i++];
    a->value = NULL;
    if (strcmp(arg, "--") == 0) {
        if (a->i >= a->argc)
            return NULL;
        a->value = a->argv[a->i++];
        return "";
    }
    if (arg[0] != '-' || arg[1] != '-' ) {
        a->value = arg;
        return "";
    }
    arg += 2;
    char *eq = strchr(arg, '=');
    size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
    if (n >= sizeof name)
        n = sizeof name - 1;
    memcpy(name, arg, n);
    name[n] = '\0';
    if (listed(takes_value, name, n)) {
        if (eq)
            a->value = eq + 1;
        else if (a->i < a->argc)
            a->value = a->argv[a->i++];
        else {
            cli_error(a->cmd, "option --%s needs a value", name);
            return "?";
        }
    } else if (eq) {
        cli_error(a->cmd, "option --%s takes no value", name);
        return "?";
    }
    return name;
}

int cli_parse_double(const char *cmd, const char *opt, const char *s,
                     double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (!*s || *end || errno || !isfinite(v) || v < lo || v > hi) {
        cli_error(cmd, "--%s: '%s' is not a number between %g and %g", opt,
                  s, lo, hi);
        return -1;
    }
    *out = v;
    return 0;
}

static int is_lexicon_dir(const char *dir)
{
    char path[PATH_MAX + 8];
    struct stat st;
    snprintf(path, sizeof path, "%s/ru", dir);
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return 1;
    snprintf(path, sizeof path, "%s/kk", dir);
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The lexicons next to the binary: <repo>/lexicons for a binary in
 * <repo>/build or <repo>/build/asan, <prefix>/share/sayasat/lexicons for one
 * in <prefix>/bin. */
static int find_default(char *out, size_t cap)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (int up = 0; up < 3; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            snprintf(out, cap, "%s/lexicons", exe);
            if (is_lexicon_dir(out))
                return 0;
            snprintf(out, cap, "%s/share/sayasat/lexicons", exe);
            if (is_lexicon_dir(out))
                return 0;
        }
    }
    snprintf(out, cap, "%s/lexicons", SAYASAT_DATADIR);
    return is_lexicon_dir(out) ? 0 : -1;
}

int cli_find_lexicons(char *buf, size_t cap)
{
    const char *env = getenv("SAYASAT_LEXICONS");
    if (env && *env) {
        snprintf(buf, cap, "%s", env);
        return 0;
    }
    return find_default(buf, cap);
}

sayasat_lexicon_set *cli_load_lexicons(const char *cmd, const char *dir)
{
    char found[PATH_MAX + 64];
    if (!dir) {
        if (cli_find_lexicons(found, sizeof found)) {
            cli_error(cmd, "no lexicons found: pass --lexicons DIR or set "
                           "SAYASAT_LEXICONS");
            return NULL;
        }
        dir = found;
    }
    sayasat_lexicon_set *set = NULL;
    sayasat_error err;
    sayasat_status st = sayasat_lexicon_set_load(dir, &set, &err);
    if (st == SAYASAT_ERR_LEXICON) {
        if (err.line)
            fprintf(stderr, "%s/%s:%u:%u: %s\n", dir, err.file, err.line,
                    err.column, err.message);
        else
            fprintf(stderr, "%s: %s\n", err.file, err.message);
        cli_error(cmd, "cannot load the lexicons in %s", dir);
        return NULL;
    }
    if (st) {
        cli_error(cmd, "cannot load the lexicons in %s: %s", dir,
                  sayasat_strerror(st));
        return NULL;
    }
    return set;
}
