/* store.h - where docgraph keeps its graph between runs.
 *
 * The one module that knows storage names and options: the embedded
 * default (a directory, ./docgraph.store), or PostgreSQL for a team's
 * shared graph. Everything else sees a dg_store and, for queries, a
 * librdf_model over it. */
#ifndef DG_STORE_H
#define DG_STORE_H

#include <redland.h>

#include "rdf.h"
#include "status.h"

typedef struct dg_store dg_store;

typedef enum dg_store_mode {
  DG_STORE_READ,   /* shared: any number of readers */
  DG_STORE_WRITE   /* exclusive: a second writer is refused with a message */
} dg_store_mode;

/* Opens the store named by `spec`: a path for the embedded store, or
 * "postgresql://USER@HOST:PORT/DB". NULL means $DOCGRAPH_STORE, else
 * "./docgraph.store". A store that does not exist is created when
 * `mode` is DG_STORE_WRITE; for DG_STORE_READ it is an error that says how
 * to create one. Returns a new store in *out; close with dg_store_close().
 * Errors (locked, corrupt, newer format, unreachable server) are printed
 * here, once, naming the store. */
dg_status dg_store_open(dg_rdf *rdf, const char *spec, dg_store_mode mode, dg_store **out);

/* Closes the store; NULL is allowed. Everything written through the
 * dg_store functions is already durable when they return. */
dg_status dg_store_close(dg_store *s);

/* A model over the store (contexts on: one named graph per document).
 * Borrowed; valid until dg_store_close(). For reading and querying. */
librdf_model *dg_store_model(dg_store *s);

/* Makes the store's model answer a triple pattern without a graph from
 * the union of all graphs, each distinct triple once (the default graph
 * SPARQL engines use), instead of once per graph that holds it. For
 * queries without GRAPH only: GRAPH ?g then sees no graphs. Returns 1 if
 * done, 0 if the backend cannot (hashes, PostgreSQL): the caller copies
 * the triples into a model of its own instead. */
int dg_store_use_union_default(dg_store *s);

/* Makes finds on the store return statements in a fixed shuffled order
 * (docgraph's storage; others are left as they are). rasqal 0.9.33 sorts
 * ORDER BY and DISTINCT rows in an unbalanced tree, quadratic on rows that
 * arrive in index order, which follows load order: a 16,000-row ORDER BY
 * took 16 s. Results are the same; only the unspecified order of rows
 * without ORDER BY changes. */
void dg_store_prepare_for_queries(dg_store *s);

/* ---------------------------------------------------------------- writing
 *
 * Changes are grouped: dg_store_replace_graph() queues a graph's new
 * contents, and dg_store_commit() makes everything queued durable at once.
 * With the embedded store the group is one journal record, so after a
 * crash at any moment every graph is either as before the group or as
 * after it, whole; the queued changes are not visible to reads until the
 * commit. With PostgreSQL and hashes (Redland's storages, no usable
 * transactions) changes are applied one by one as they come. */

/* Replaces graph `graph` by the `n` statements `sts` and removes the
 * graphs `drop` (`n_drop` of them; may include `graph`; NULL if none).
 * Everything is borrowed. The store must be open for writing. */
dg_status dg_store_replace_graph(dg_store *s, librdf_node *graph, librdf_node **drop,
                                 size_t n_drop, librdf_statement **sts, size_t n);

/* Removes graph `graph` (borrowed), as part of the pending group. */
dg_status dg_store_drop_graph(dg_store *s, librdf_node *graph);

/* Makes the pending group durable. On failure (disk full, read-only file
 * system) prints the reason and leaves the store as it was before the
 * group; the store then refuses further changes. */
dg_status dg_store_commit(dg_store *s);

/* Statements queued since the last commit. */
unsigned long dg_store_pending(const dg_store *s);

/* ---------------------------------------------------------------- reading */

/* Finds the graphs of the document(s) recorded with dg:sourceFile `path`
 * (committed state). Writes up to `max` new nodes into graphs[] (free each
 * with librdf_free_node) and returns how many there are. If `sha256` is
 * not NULL it receives the dg:sha256 of the first one ("" if none). */
size_t dg_store_graphs_for_source(dg_store *s, const char *path, librdf_node **graphs,
                                  size_t max, char sha256[65]);

/* 1 if graph `graph` (borrowed) has at least one statement. */
int dg_store_has_graph(dg_store *s, librdf_node *graph);

/* The store as given (path or URL, without a password). Borrowed. */
const char *dg_store_name(const dg_store *s);

/* Counts for `docgraph stats`. */
typedef struct dg_store_class_count {
  char *cls;               /* owned: the class IRI */
  unsigned long entities;  /* distinct subjects typed with it */
} dg_store_class_count;

typedef struct dg_store_stats {
  unsigned long triples;    /* statements, counted once per graph */
  unsigned long graphs;     /* named graphs */
  unsigned long documents;  /* entities typed dg:Document */
  long long disk_bytes;     /* bytes on disk; -1 if unknown (a server) */
  const char *backend;      /* static: "docgraph", "hashes", "postgresql" */
  dg_store_class_count *classes;  /* owned; sorted by class IRI */
  size_t n_classes;
} dg_store_stats;

/* Fills *out; release it with dg_store_stats_release() (NULL allowed). */
dg_status dg_store_stats_get(dg_store *s, dg_store_stats *out);
void dg_store_stats_release(dg_store_stats *st);

#endif
