/* outfile.h - write a file atomically: to a temporary, then rename. */
#ifndef DG_OUTFILE_H
#define DG_OUTFILE_H

#include <stdio.h>

#include "base/status.h"

typedef struct dg_outfile dg_outfile;

/* Opens `path` for writing; NULL or "-" means standard output. For a real
 * path the data goes to a temporary file beside it, so that readers never
 * see a half-written file and a failed run leaves the old file as it was.
 * Returns a new outfile in *of (free with dg_outfile_abort() or
 * dg_outfile_commit()). */
dg_status dg_outfile_open(const char *path, dg_outfile **of);

/* Borrowed; valid until commit or abort. */
FILE *dg_outfile_stream(dg_outfile *of);

/* Flushes, syncs and renames the temporary over the target, then frees
 * `of`. Returns DG_ERR_IO (after removing the temporary) if any write
 * failed. For standard output it only flushes. */
dg_status dg_outfile_commit(dg_outfile *of);

/* Removes the temporary and frees `of`; the target is untouched. NULL is
 * allowed. */
void dg_outfile_abort(dg_outfile *of);

#endif
