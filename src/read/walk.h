/* walk.h - expand command-line PATHs into the list of files to read. */
#ifndef DG_WALK_H
#define DG_WALK_H

#include <stddef.h>

#include "base/status.h"

/* One input: a file to read, or a path that could not be walked. */
typedef struct dg_input {
  char *path;     /* owned; as given, or DIR/NAME below a directory; "-" is stdin */
  int err;        /* 0, or the errno that made the path unusable */
  const char *why;/* static text for a non-errno problem, or NULL */
  int special;    /* named on the command line, and not a regular file (a
                     FIFO, a device, /dev/stdin): read once, bounded */
} dg_input;

typedef struct dg_walk dg_walk;

/* Returns a new, empty walk; free with dg_walk_free(). */
dg_walk *dg_walk_new(void);
void dg_walk_free(dg_walk *w);

/* Adds `path`: "-" (standard input), a file, or a directory read
 * recursively. Files below a directory come in byte-wise sorted order;
 * hidden entries (".name") are skipped; a symbolic link back to a directory
 * being walked is recorded as a failed input ("symbolic link loop"), not
 * followed. Below a directory only regular files are inputs: a FIFO there
 * would block the walk until someone writes to it, and a device may never
 * end, so they are recorded as failed ("not a regular file"); named
 * on the command line, they are inputs (marked `special`). Problems are
 * recorded in the list, never printed here. */
void dg_walk_add(dg_walk *w, const char *path);

/* The inputs so far, in order; borrowed, valid until the walk is freed. */
size_t dg_walk_count(const dg_walk *w);
const dg_input *dg_walk_get(const dg_walk *w, size_t i);

#endif
