/* outfile.h - write a file atomically: to a temporary, then rename;
 * gzip-compressed if asked. */
#ifndef DG_OUTFILE_H
#define DG_OUTFILE_H

#include <stdio.h>

#include "base/status.h"

typedef struct dg_outfile dg_outfile;

/* Opens `path` for writing; NULL or "-" means standard output. For a real
 * path the data goes to a temporary file beside it, so that readers never
 * see a half-written file and a failed run leaves the old file as it was.
 * With `gzip`, what is written to the stream goes to the file compressed
 * (the gzip format, RFC 1952, with no name and no time in its header, so
 * the same data gives the same bytes); standard output is never
 * compressed. Returns a new outfile in *of (free with dg_outfile_abort()
 * or dg_outfile_commit()). */
dg_status dg_outfile_open(const char *path, int gzip, dg_outfile **of);

/* 1 if `path` is written in place, not through a temporary: an existing
 * file that is not a regular file (a FIFO, a device; a directory, which
 * then fails to open), or anything under
 * /dev/ (/dev/stdout, /dev/fd/N name a descriptor the shell set up,
 * maybe redirected to a regular file that is not theirs to replace). */
int dg_outfile_in_place(const char *path);

/* Borrowed; valid until commit or abort. A write error on it shows in
 * ferror() (and, compressed, perhaps only at commit). */
FILE *dg_outfile_stream(dg_outfile *of);

/* Flushes, syncs and renames the temporary over the target, then frees
 * `of`. Returns DG_ERR_IO (after removing the temporary) if any write
 * failed. For standard output it only flushes. */
dg_status dg_outfile_commit(dg_outfile *of);

/* Removes the temporary and frees `of`; the target is untouched. NULL is
 * allowed. */
void dg_outfile_abort(dg_outfile *of);

#endif
