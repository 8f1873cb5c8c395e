/* library.h - where saved queries come from: the user's folder, the
 * installed folder, and the set compiled into the binary.
 *
 * A saved query is a file NAME.rq (NAME: letters, digits, '-', '_' and
 * '.', not starting with '.' or '-'). The folders are searched in this
 * order, and the first query of a name wins:
 *
 *   1. the user's folder: --query-dir DIR, else $DOCGRAPH_QUERY_DIR, else
 *      $XDG_CONFIG_HOME/docgraph/queries (XDG_CONFIG_HOME unset, empty or
 *      relative: ~/.config);
 *   2. the installed copies: $(pkgdatadir)/queries, fixed at build time;
 *   3. the built-in set (queries/ of the source, compiled in).
 *
 * The file name, not the header's "# name:", is the query's name, so a
 * copy saved under another name (`docgraph queries coauthors > mine.rq`)
 * is called by its new name. */
#ifndef DG_LIBRARY_H
#define DG_LIBRARY_H

#include <stddef.h>

#include "base/status.h"
#include "query/queries.h"

typedef enum dg_query_source {
  DG_QSRC_USER,       /* the user's folder */
  DG_QSRC_INSTALLED,  /* $(pkgdatadir)/queries */
  DG_QSRC_BUILTIN     /* compiled in */
} dg_query_source;

typedef struct dg_library dg_library;

/* Finds the saved queries: lists the folders (reading no file yet) and
 * merges them with the built-in set. `user_dir` is --query-dir's value,
 * or NULL for $DOCGRAPH_QUERY_DIR or the XDG folder. A folder that does
 * not exist is skipped, except one the user named (--query-dir,
 * $DOCGRAPH_QUERY_DIR); one that cannot be read, and a file whose name
 * is no query name, are reported (dg_fail, dg_warn) naming the path.
 * Returns a new library in *out even when a folder failed (free with
 * dg_library_free()): DG_ERR_INPUT then says that some queries may be
 * missing. */
dg_status dg_library_open(const char *user_dir, dg_library **out);
void dg_library_free(dg_library *lib);

/* The queries found, sorted by name (byte order). */
size_t dg_library_count(const dg_library *lib);
/* Borrowed strings, valid until dg_library_free(). path is NULL for a
 * built-in query. */
const char *dg_library_name(const dg_library *lib, size_t i);
const char *dg_library_path(const dg_library *lib, size_t i);
dg_query_source dg_library_source(const dg_library *lib, size_t i);
/* The source of the query of the same name that query i hides (a user's
 * coauthors.rq hides the built-in one), or -1 when it hides none. */
int dg_library_hides(const dg_library *lib, size_t i);

/* 1 and *i set if there is a query called `name`, else 0. */
int dg_library_find(const dg_library *lib, const char *name, size_t *i);

/* Reads and parses query i: a new definition in *out (free with
 * dg_query_def_free()), named in messages by its path ("coauthors.rq"
 * for a built-in one). A file that cannot be read, is not a regular
 * file, is over 1 MiB, holds a NUL byte or has a malformed header is
 * reported naming it, and the status returned. */
dg_status dg_library_load(const dg_library *lib, size_t i, dg_query_def **out);

/* "user", "installed" or "built-in". */
const char *dg_query_source_name(dg_query_source s);

/* The folders, for messages: the user's as it is found now, as a new
 * string (free with free()), or NULL when there is none (no HOME); the
 * installed one, a static string. */
char *dg_library_user_dir(const char *user_dir);
const char *dg_library_installed_dir(void);

#endif
