/* embedded.h - data files compiled into the binary (see tools/embed.sh). */
#ifndef DG_EMBEDDED_H
#define DG_EMBEDDED_H

#include <stddef.h>

typedef struct dg_embedded {
  const char *name;  /* file name, e.g. "countries.tsv" */
  const char *text;  /* whole contents */
} dg_embedded;

/* The gazetteer files of ontology/gazetteer/; ends with {NULL, NULL}. */
extern const dg_embedded dg_gazetteer_files[];

/* Calls fn(fields, n_fields, ud) for each data row of the embedded
 * gazetteer file `name`, read as TSV: '#' comments and blank lines
 * skipped, fields split on TAB (at most 16). The fields point into a
 * scratch copy valid only during the call. Returns 0 if there is no such
 * file, else 1. (A file of one name a line is a TSV of one column.) */
int dg_embedded_rows(const char *name, void (*fn)(char **fields, size_t n, void *ud), void *ud);

#endif
