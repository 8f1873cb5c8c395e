/* push.h - make a Graph Store Protocol server hold the store's graphs.
 *
 * The store knows what changed since the last push to a server by its
 * push records (store.h: each graph's digest as sent to that server), so
 * a push sends only the graphs added or changed since, and deletes on
 * the server the graphs that left the store. */
#ifndef DG_PUSH_H
#define DG_PUSH_H

#include "base/status.h"
#include "emit/rdf.h"
#include "store/store.h"

/* How to push. Every string is borrowed. */
typedef struct dg_push_opts {
  const char *to;           /* the Graph Store endpoint (see dg_gsp_graph_url) */
  const char *update_url;   /* the SPARQL Update endpoint (for union_graph), or NULL */
  const char *user;         /* NULL: none, or the netrc file's */
  const char *password;     /* NULL: the netrc file's, if any */
  const char *netrc;        /* NULL: ~/.netrc */
  const char *union_graph;  /* NULL, or the graph kept as the union of the pushed ones */
  int all;                  /* send every graph, changed or not */
} dg_push_opts;

/* What a push did. */
typedef struct dg_push_counts {
  unsigned long added;      /* graphs PUT that the server did not have from us */
  unsigned long replaced;   /* graphs PUT again: changed (or --all) */
  unsigned long removed;    /* graphs DELETEd: gone from the store */
  unsigned long unchanged;  /* graphs not sent */
  unsigned long failed;     /* graphs whose request failed (or was not sent after a failure
                             * that stopped the push) */
  unsigned long statements; /* statements sent in PUTs */
} dg_push_counts;

/* Pushes the graphs of `s` (open for writing) to o->to, and records, per
 * graph, what the server now holds, committing as it goes: a failed
 * request (reported here, naming the graph and the HTTP status or the
 * connection's failure) leaves that graph's record as it was, so that
 * the next push sends it again. With o->union_graph, also keeps that
 * graph the union of the pushed graphs (see push.c). Fills *counts.
 * Returns DG_OK, DG_ERR_STORE if any graph failed or the store could not
 * record, or DG_ERR_INTERNAL. */
dg_status dg_push_run(dg_rdf *rdf, dg_store *s, const dg_push_opts *o, dg_push_counts *counts);

#endif
