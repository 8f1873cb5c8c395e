/* picture.c - networks drawn by Graphviz: cgraph holds the graph, gvc
 * lays it out and renders it.
 *
 * The graph is built only when it is written, from the nodes and edges
 * kept here: a picture that is never written costs no Graphviz context,
 * and Graphviz's global error state is touched in one function. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "emit/picture.h"

const dg_picture_format_info dg_picture_formats[DG_PIC__COUNT] = {
  {DG_PIC_DOT, "dot", "dot", "dot", "Graphviz DOT with the layout's positions"},
  {DG_PIC_SVG, "svg", "svg", "svg", "SVG (default)"},
  {DG_PIC_PNG, "png", "png", "png", "PNG"},
};

int dg_picture_format_from_name(const char *name, dg_picture_format *out)
{
  size_t i;
  for (i = 0; i < DG_PIC__COUNT; i++)
    if (strcasecmp(dg_picture_formats[i].name, name) == 0) {
      *out = dg_picture_formats[i].id;
      return 1;
    }
  if (strcasecmp(name, "gv") == 0) {
    *out = DG_PIC_DOT;
    return 1;
  }
  return 0;
}

int dg_picture_format_from_path(const char *path, dg_picture_format *out)
{
  const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
  const char *dot = strrchr(base, '.');
  /* ".svg" alone is a hidden file's name, not an extension */
  if (!dot || dot == base)
    return 0;
  return dg_picture_format_from_name(dot + 1, out);
}

const char *dg_picture_format_list(void)
{
  return "dot, svg, png";
}

const char *dg_picture_format_extensions(void)
{
  return ".dot, .gv, .svg, .png";
}

typedef struct pic_node {
  char *id;     /* owned */
  char *label;  /* owned */
  dg_picture_node_kind kind;
  unsigned size;
} pic_node;

typedef struct pic_edge {
  size_t a, b;
  unsigned weight;
} pic_edge;

struct dg_picture {
  char *name;     /* owned */
  char *layout;   /* owned */
  pic_node *nodes;  /* owned, each entry's strings too */
  size_t n_nodes, cap_nodes;
  pic_edge *edges;  /* owned */
  size_t n_edges, cap_edges;
};

dg_picture *dg_picture_new(const char *name, const char *layout)
{
  dg_picture *p = xcalloc(1, sizeof *p);
  p->name = xstrdup(name);
  p->layout = xstrdup(layout);
  return p;
}

void dg_picture_free(dg_picture *p)
{
  size_t i;
  if (!p)
    return;
  for (i = 0; i < p->n_nodes; i++) {
    free(p->nodes[i].id);
    free(p->nodes[i].label);
  }
  free(p->nodes);
  free(p->edges);
  free(p->name);
  free(p->layout);
  free(p);
}

size_t dg_picture_add_node(dg_picture *p, const char *id, const char *label,
                           dg_picture_node_kind kind, unsigned size)
{
  pic_node *n;
  xgrow(&p->nodes, &p->cap_nodes, p->n_nodes + 1, sizeof *p->nodes);
  n = &p->nodes[p->n_nodes];
  n->id = xstrdup(id);
  n->label = xstrdup(label);
  n->kind = kind;
  n->size = size ? size : 1;
  return p->n_nodes++;
}

void dg_picture_add_edge(dg_picture *p, size_t a, size_t b, unsigned weight)
{
  xgrow(&p->edges, &p->cap_edges, p->n_edges + 1, sizeof *p->edges);
  p->edges[p->n_edges].a = a;
  p->edges[p->n_edges].b = b;
  p->edges[p->n_edges].weight = weight ? weight : 1;
  p->n_edges++;
}

size_t dg_picture_n_nodes(const dg_picture *p)
{
  return p->n_nodes;
}

size_t dg_picture_n_edges(const dg_picture *p)
{
  return p->n_edges;
}

/* Graphviz reports through a global hook; its messages are collected
 * here while dg_picture_write() runs, and printed only with a failure. */
static dg_buf gv_messages;

static int keep_message(char *msg)
{
  size_t n = strlen(msg);
  while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
    n--;
  if (!n)
    return 0;
  /* one line for all of them, as docgraph's messages are */
  if (gv_messages.len)
    dg_buf_add(&gv_messages, "; ", 2);
  dg_buf_add(&gv_messages, msg, n);
  return 0;
}

/* Where a long label (an event's title) is broken: at the first space
 * after this many bytes of a line. */
#define LABEL_LINE 28

/* A label as Graphviz reads it: a backslash starts an escape there
 * ("\N" is the node's name, "\l" a line break), so one is doubled; a
 * long label is broken into lines ("\n") at spaces. */
static char *escape_label(const char *s)
{
  dg_buf b;
  size_t col = 0;
  dg_buf_init(&b);
  for (; *s; s++, col++) {
    if (*s == '\\') {
      dg_buf_add(&b, "\\\\", 2);
    } else if (*s == ' ' && col >= LABEL_LINE && s[1]) {
      dg_buf_add(&b, "\\n", 2);
      col = (size_t)-1;
    } else {
      dg_buf_add(&b, s, 1);
    }
  }
  return dg_buf_detach(&b);
}

/* cgraph copies the strings it is given and never writes them; its
 * parameters are char * only for historical reasons. */
static void set(void *obj, const char *name, const char *value)
{
  agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static void set_default(Agraph_t *g, int kind, const char *name, const char *value)
{
  agattr(g, kind, (char *)name, (char *)value);
}

static void style_node(Agnode_t *n, const pic_node *pn)
{
  char buf[32];
  /* a logarithmic scale: 1 publication and 64 stay within one picture */
  double scale = log2((double)pn->size);
  switch (pn->kind) {
  case DG_PIC_PERSON:
    set(n, "shape", "ellipse");
    set(n, "fillcolor", "#dbe9f6");
    break;
  case DG_PIC_ORGANIZATION:
    set(n, "shape", "box");
    set(n, "style", "filled,rounded");
    set(n, "fillcolor", "#fde2c4");
    break;
  case DG_PIC_EVENT:
    set(n, "shape", "note");
    set(n, "fillcolor", "#d9f0d3");
    break;
  case DG_PIC_COUNTRY:
    set(n, "shape", "ellipse");
    set(n, "fillcolor", "#f3e1f5");
    break;
  }
  snprintf(buf, sizeof buf, "%.1f", 10.0 + 3.0 * scale);
  set(n, "fontsize", buf);
  snprintf(buf, sizeof buf, "%u", pn->size);
  set(n, "tooltip", buf);
}

static void style_edge(Agedge_t *e, unsigned weight)
{
  char buf[32];
  snprintf(buf, sizeof buf, "%.1f", 1.0 + 1.5 * log2((double)weight));
  set(e, "penwidth", buf);
  snprintf(buf, sizeof buf, "%u", weight);
  set(e, "weight", buf);
  set(e, "tooltip", buf);
}

static Agraph_t *build(const dg_picture *p)
{
  Agraph_t *g = agopen(p->name, Agundirected, NULL);
  Agnode_t **nodes;
  size_t i;
  if (!g)
    return NULL;
  set(g, "overlap", "false");
  set(g, "outputorder", "edgesfirst");
  set(g, "fontname", "Helvetica");
  set_default(g, AGNODE, "style", "filled");
  set_default(g, AGNODE, "fontname", "Helvetica");
  set_default(g, AGNODE, "color", "#555555");
  set_default(g, AGEDGE, "color", "#88888899");
  nodes = xcalloc(p->n_nodes + 1, sizeof *nodes);
  for (i = 0; i < p->n_nodes; i++) {
    char *label = escape_label(p->nodes[i].label);
    nodes[i] = agnode(g, p->nodes[i].id, 1);
    set(nodes[i], "label", label);
    style_node(nodes[i], &p->nodes[i]);
    free(label);
  }
  for (i = 0; i < p->n_edges; i++) {
    Agedge_t *e;
    if (p->edges[i].a >= p->n_nodes || p->edges[i].b >= p->n_nodes)
      continue;
    e = agedge(g, nodes[p->edges[i].a], nodes[p->edges[i].b], NULL, 1);
    if (e)
      style_edge(e, p->edges[i].weight);
  }
  free(nodes);
  return g;
}

dg_status dg_picture_write(dg_picture *p, dg_picture_format fmt, FILE *out, const char *target)
{
  GVC_t *gvc = NULL;
  Agraph_t *g = NULL;
  agusererrf old;
  dg_status st = DG_OK;
  char *data = NULL;   /* Graphviz's; freed with gvFreeRenderData() */
  unsigned int len = 0;
  int laid = 0;

  dg_buf_init(&gv_messages);
  old = agseterrf(keep_message);
  agreseterrors();
  gvc = gvContext();
  if (!gvc) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot start Graphviz%s%s", gv_messages.len ? ": " : "",
                 gv_messages.len ? gv_messages.data : "");
    goto out;
  }
  g = build(p);
  if (!g) {
    st = dg_fail(DG_ERR_INTERNAL, "Graphviz cannot make the graph '%s'", p->name);
    goto out;
  }
  if (gvLayout(gvc, g, p->layout) != 0) {
    st = dg_fail(DG_ERR_INTERNAL, "Graphviz cannot lay out '%s' with %s%s%s", p->name, p->layout,
                 gv_messages.len ? ": " : "", gv_messages.len ? gv_messages.data : "");
    goto out;
  }
  laid = 1;
  /* into memory, then written here: Graphviz's own writer calls exit()
   * when a write fails */
  if (gvRenderData(gvc, g, dg_picture_formats[fmt].renderer, &data, &len) != 0 || !data) {
    st = dg_fail(DG_ERR_INTERNAL, "Graphviz cannot render %s%s%s", dg_picture_formats[fmt].name,
                 gv_messages.len ? ": " : "", gv_messages.len ? gv_messages.data : "");
    goto out;
  }
  errno = 0;
  if (fwrite(data, 1, len, out) != len || fflush(out) != 0 || ferror(out))
    st = dg_fail(DG_ERR_IO, "write error on '%s': %s", target,
                 strerror(errno ? errno : EIO));

out:
  if (data)
    gvFreeRenderData(data);
  if (laid)
    gvFreeLayout(gvc, g);
  if (g)
    agclose(g);
  if (gvc)
    gvFreeContext(gvc);
  agseterrf(old);
  dg_buf_release(&gv_messages);
  return st;
}
