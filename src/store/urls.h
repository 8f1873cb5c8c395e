/* urls.h - the page each input file was crawled from. */
#ifndef DG_URLS_H
#define DG_URLS_H

#include "base/status.h"

typedef struct dg_urls dg_urls;

/* Reads a manifest of `path<TAB>url` lines (blank lines and lines that
 * start with '#' are skipped). A relative path is taken from the
 * manifest's own directory, so the manifest travels with its crawl; every
 * URL must be an absolute IRI. Errors name the manifest and its line.
 * Returns a new table in *out; free with dg_urls_free(). */
dg_status dg_urls_load(const char *manifest, dg_urls **out);

/* A table of one: `url` for the file `path` (--source-url). Returns a new
 * table; free with dg_urls_free(). */
dg_urls *dg_urls_one(const char *path, const char *url);

/* The URL of the file `path` (any spelling of it: the same file by its
 * absolute path, symbolic links resolved), or NULL. Borrowed. */
const char *dg_urls_find(const dg_urls *u, const char *path);

void dg_urls_free(dg_urls *u);

#endif
