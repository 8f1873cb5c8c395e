/* picture.h - a network of labelled nodes and weighted edges, laid out
 * and drawn by Graphviz (cgraph builds it, gvc lays it out and renders
 * it as DOT, SVG or PNG). */
#ifndef DG_PICTURE_H
#define DG_PICTURE_H

#include <stddef.h>
#include <stdio.h>

#include "base/status.h"

typedef enum dg_picture_format {
  DG_PIC_DOT,
  DG_PIC_SVG,
  DG_PIC_PNG,
  DG_PIC__COUNT
} dg_picture_format;

typedef struct dg_picture_format_info {
  dg_picture_format id;
  const char *name;       /* what -f takes */
  const char *renderer;   /* gvRender()'s format */
  const char *extension;  /* for guessing from -o FILE */
  const char *summary;    /* for --help */
} dg_picture_format_info;

/* The table, indexed by dg_picture_format. */
extern const dg_picture_format_info dg_picture_formats[DG_PIC__COUNT];

/* Returns 1 and sets *out for a format name (case-insensitive), 0 if
 * unknown. */
int dg_picture_format_from_name(const char *name, dg_picture_format *out);

/* Returns 1 and sets *out if the extension of `path` names a format
 * (".dot" and ".gv" are DOT), 0 if it names none. */
int dg_picture_format_from_path(const char *path, dg_picture_format *out);

/* "dot, svg, png" and ".dot, .gv, .svg, .png", for messages. Static
 * storage. */
const char *dg_picture_format_list(void);
const char *dg_picture_format_extensions(void);

/* What a node stands for: its shape and colour. */
typedef enum dg_picture_node_kind {
  DG_PIC_PERSON,
  DG_PIC_ORGANIZATION,
  DG_PIC_EVENT,
  DG_PIC_COUNTRY
} dg_picture_node_kind;

typedef struct dg_picture dg_picture;

/* Returns a new, empty undirected picture called `name`, to be laid out
 * with the Graphviz engine `layout` ("dot", "neato", "sfdp"...); both
 * copied. Free with dg_picture_free(). */
dg_picture *dg_picture_new(const char *name, const char *layout);

/* NULL is allowed. */
void dg_picture_free(dg_picture *p);

/* Adds a node: `id` (its IRI; the node's name in DOT and its title in
 * SVG) and `label` are copied; `size` (1 and up) makes it bigger, on a
 * logarithmic scale. Returns its index, for dg_picture_add_edge(). */
size_t dg_picture_add_node(dg_picture *p, const char *id, const char *label,
                           dg_picture_node_kind kind, unsigned size);

/* Adds an edge between nodes a and b (indexes from dg_picture_add_node);
 * `weight` (1 and up) makes it thicker and is its tooltip. */
void dg_picture_add_edge(dg_picture *p, size_t a, size_t b, unsigned weight);

size_t dg_picture_n_nodes(const dg_picture *p);
size_t dg_picture_n_edges(const dg_picture *p);

/* Lays the picture out and writes it to `out` (borrowed) in `fmt`.
 * Graphviz's own messages are kept, not printed: a failure is reported
 * once, with them, naming `target` (the file, or "standard output"), and
 * returns DG_ERR_INTERNAL (layout or renderer) or DG_ERR_IO (a write). */
dg_status dg_picture_write(dg_picture *p, dg_picture_format fmt, FILE *out, const char *target);

#endif
