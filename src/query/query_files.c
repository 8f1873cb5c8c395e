/* query_files.c - the generated table of the saved queries. */
#include "config.h"

#include <stddef.h>

#include "query/query_files.h"

#include "query/query_files.inc"
