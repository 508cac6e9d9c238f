/* sayasat: version and status messages of the public API. */
#include "sayasat.h"

const char *sayasat_version(void)
{
    return SAYASAT_VERSION;
}

const char *sayasat_strerror(sayasat_status status)
{
    switch (status) {
    case SAYASAT_OK: return "success";
    case SAYASAT_ERR_NOMEM: return "out of memory";
    case SAYASAT_ERR_IO: return "input/output error";
    case SAYASAT_ERR_LEXICON: return "bad lexicon";
    case SAYASAT_ERR_ICU: return "ICU failed (is libicu's data installed?)";
    case SAYASAT_ERR_STEMMER: return "libstemmer has no Russian stemmer";
    case SAYASAT_ERR_ARG: return "invalid argument";
    case SAYASAT_ERR_TOO_LARGE: return "document too large";
    }
    return "unknown status";
}
