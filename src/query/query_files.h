/* query_files.h - the saved queries of queries/, compiled into the binary
 * (see tools/embed.sh). The query stage's, not the mapper's: the mapper
 * library carries no query text. */
#ifndef DG_QUERY_FILES_H
#define DG_QUERY_FILES_H

#include "base/embedded.h"

/* The saved queries of queries/; ends with {NULL, NULL}. */
extern const dg_embedded dg_query_files[];

#endif
