/* store.h - where docgraph keeps its graph between runs.
 *
 * The one module that knows storage names and options: the embedded
 * default (a directory, ./docgraph.store), or PostgreSQL for a team's
 * shared graph. Everything else sees a dg_store and, for queries, a
 * librdf_model over it. */
#ifndef DG_STORE_H
#define DG_STORE_H

#include <redland.h>

#include "base/status.h"
#include "emit/rdf.h"

typedef struct dg_store dg_store;

typedef enum dg_store_mode {
  DG_STORE_READ,   /* shared: any number of readers */
  DG_STORE_WRITE   /* exclusive: a second writer is refused with a message */
} dg_store_mode;

/* Opens the store named by `spec` (read by dg_store_spec_parse(): a path
 * for the embedded store, hashes:PATH, or
 * "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB"; NULL means
 * $DOCGRAPH_STORE, else "./docgraph.store"). A spec of another form is
 * DG_ERR_USAGE, printed, and nothing is touched; callers check the
 * command line first with dg_store_spec_parse() so that the message comes
 * with the usage hint. A store that does not exist is created when
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
 * SPARQL engines use), instead of once per graph that holds it, which
 * rasqal 0.9.33 joins and counts wrongly (item 3 at the top of
 * query/rasqal_compat.c). For queries without GRAPH only: GRAPH ?g then
 * sees no graphs, and the model lists none (librdf_model_get_contexts).
 * Returns 1 if done, 0 if the backend cannot (hashes,
 * PostgreSQL): the caller copies the triples into a model of its own
 * instead. */
int dg_store_use_union_default(dg_store *s);

/* Makes finds on the store return statements in a fixed shuffled order
 * (docgraph's storage; others are left as they are), and hides the
 * records graph from every find that does not name it (docgraph's
 * storage; the others see it only through GRAPH). The order is for
 * rasqal 0.9.33, whose ORDER BY is quadratic on rows that arrive in index
 * order, which follows load order (item 4 at the top of
 * query/rasqal_compat.c). Results are the same; only the unspecified order
 * of rows without ORDER BY changes. */
void dg_store_prepare_for_queries(dg_store *s);

/* ---------------------------------------------------------------- records
 *
 * The store records who made each of its named graphs: `load` (a document
 * graph, with the files it was loaded from) or `import` (an imported
 * graph, with the file it came from, if any). A writer changes a graph
 * only through these records, so that `load` never touches a graph it
 * did not make, however the graph's triples look. The records are RDF in
 * the graph DG_RECORDS_GRAPH, written in the same group as the graphs
 * they describe, so they are exactly as durable, and an N-Quads export
 * carries them to the store it is imported into:
 *
 *   <G> a dg:DocumentGraph ; dg:loadedFrom <file:///abs/page.txt> .
 *   <G> a dg:ImportedGraph ; dg:importedFrom <file:///abs/data.ttl> .
 *
 * Queries do not see them (see dg_store_prepare_for_queries), nor do
 * exports in a triple format; N-Quads exports and --graph do. */

#define DG_RECORDS_GRAPH "https://w3id.org/docgraph/records"

/* The records' terms: local names in the dg: namespace, declared in
 * ontology/docgraph.ttl (tests/unit/test_ontology.c checks it). */
#define DG_REC_DOCUMENT_GRAPH "DocumentGraph"
#define DG_REC_IMPORTED_GRAPH "ImportedGraph"
#define DG_REC_LOADED_FROM "loadedFrom"
#define DG_REC_IMPORTED_FROM "importedFrom"
#define DG_REC_PUSHED_TO "pushedTo"

typedef enum dg_graph_kind {
  DG_GRAPH_NONE,      /* no record: no such graph */
  DG_GRAPH_DOCUMENT,  /* made by load */
  DG_GRAPH_IMPORTED   /* made by import */
} dg_graph_kind;

/* The key under which `load` knows a file: the file: IRI of its absolute
 * path with symbolic links, "." and ".." resolved (the path made absolute
 * from the current directory if the file cannot be resolved), every byte
 * outside [A-Za-z0-9/._~-] percent-encoded. The same file given as
 * seeds/a.txt or /home/me/seeds/a.txt has one key. Returns a new string;
 * free with free(). */
char *dg_store_path_key(const char *path);

/* The same encoding for a path that is already absolute (no resolving).
 * Returns a new string; free with free(). */
char *dg_store_file_iri(const char *abs_path);

/* 1 if `g` (borrowed) is DG_RECORDS_GRAPH. */
int dg_store_is_records_graph(librdf_node *g);

/* The kind of graph `g` (borrowed) and, if `source` is not NULL, its
 * first source (borrowed until the next change; NULL if none). */
dg_graph_kind dg_store_graph_kind(dg_store *s, librdf_node *g, const char **source);

/* The document graph loaded from `key` (a dg_store_path_key()), or NULL.
 * Borrowed; valid until the next change. Pending changes count. */
librdf_node *dg_store_document_graph(dg_store *s, const char *key);

/* The graphs recorded as imported from `source` (an IRI). Writes new
 * nodes into *out (an array to free, with each node) and returns how
 * many. */
size_t dg_store_imported_graphs(dg_store *s, const char *source, librdf_node ***out);

/* The graphs the records name (document and imported graphs; the
 * records graph never), in the order they were recorded. Writes new
 * nodes into *out (an array to free, with each node) and returns how
 * many. Pending changes count. */
size_t dg_store_recorded_graphs(dg_store *s, librdf_node ***out);

/* ---------------------------------------------------------------- push
 *
 * What `push` sent to a server, kept in the records graph as one
 * statement per graph and server:
 *
 *   <G> dg:pushedTo "SHA256 TARGET" .
 *
 * SHA256 is the hex digest of what was sent (push.c: the graph's sorted
 * N-Triples), TARGET the server's Graph Store URL (password-like values
 * masked, dg_secret_mask()). The statement stays
 * when graph G is dropped from the store (that is how push knows to
 * delete G from the server), and goes when push has deleted it there. */

/* One graph as pushed to a target. */
typedef struct dg_store_pushed {
  char *graph;                        /* owned: the graph's IRI */
  char hash[64 + 1];                  /* hex SHA-256 of what was sent */
} dg_store_pushed;

/* The graphs pushed to `target`, sorted by IRI, as committed (changes
 * still pending are not seen). Writes a new array into *out (free with
 * dg_store_pushed_free()) and returns how many. */
size_t dg_store_pushed_list(dg_store *s, const char *target, dg_store_pushed **out);
void dg_store_pushed_free(dg_store_pushed *v, size_t n);

/* Records that graph `graph` (an IRI) now holds, on `target`, what
 * hashes to `hash` (NULL: it was deleted there), replacing the record of
 * `old_hash` (NULL: there was none). In the pending group, as the
 * writing functions below. */
dg_status dg_store_set_pushed(dg_store *s, const char *target, const char *graph,
                              const char *old_hash, const char *hash);

/* ---------------------------------------------------------------- writing
 *
 * Changes are grouped: each call below queues its changes, and
 * dg_store_commit() makes everything queued durable at once. With the
 * embedded store the group is one journal record, so after a crash at any
 * moment every graph (and its record) is either as before the group or
 * as after it, whole; the queued changes are not visible to finds until
 * the commit, but the records answer with them at once. With PostgreSQL
 * and hashes (Redland's storages, no usable transactions) changes are
 * applied one by one as they come. The store must be open for writing.
 * Everything passed in is borrowed. */

/* `load`: graph `g` becomes the `n` statements `sts`, a document graph
 * loaded from `key` (and from the keys it already had). The document
 * previously loaded from `key`, if it was another graph, loses `key`, and
 * is dropped when that was its last. Refuses (DG_ERR_INPUT, printed) when
 * `g` is an imported graph. */
dg_status dg_store_put_document(dg_store *s, const char *key, librdf_node *g,
                               librdf_statement **sts, size_t n);

/* `import`: graph `g` becomes the `n` statements `sts`, with the record
 * (kind, sources): everything it had before is replaced. */
dg_status dg_store_put_graph(dg_store *s, librdf_node *g, dg_graph_kind kind,
                             char *const *sources, size_t n_sources,
                             librdf_statement **sts, size_t n);

/* Drops graph `g` and its record. */
dg_status dg_store_drop_graph(dg_store *s, librdf_node *g);

/* Makes the pending group durable. On failure (disk full, read-only file
 * system, the store deleted under us) prints the reason and leaves the
 * store as it was before the group; the store then refuses further
 * changes. */
dg_status dg_store_commit(dg_store *s);

/* Statements queued since the last commit. */
unsigned long dg_store_pending(const dg_store *s);

/* ---------------------------------------------------------------- reading */

/* 1 if graph `graph` (borrowed) has at least one statement. */
int dg_store_has_graph(dg_store *s, librdf_node *graph);

/* 1 if graph `graph` (borrowed) holds the statement of the three IRIs
 * (committed state). */
int dg_store_graph_holds(dg_store *s, librdf_node *graph, const char *subj, const char *pred,
                         const char *obj);

/* The store as messages and `stats` name it (path, or URL without its
 * password). Borrowed. */
const char *dg_store_name(const dg_store *s);

/* Checks the store named by `spec` (as for dg_store_open) byte for byte,
 * and prints what it finds: what checks, what is damaged, what can be
 * recovered. With `salvage`, rewrites a damaged store with everything that
 * checks and names what was lost. Only docgraph's own storage can be
 * checked. Returns DG_OK if the store is whole (or was salvaged),
 * DG_ERR_STORE if it is damaged, or if the check could not run. */
dg_status dg_store_fsck(dg_rdf *rdf, const char *spec, int salvage);

/* Counts for `docgraph stats`. */
typedef struct dg_store_class_count {
  char *cls;               /* owned: the class IRI */
  unsigned long entities;  /* distinct subjects typed with it */
} dg_store_class_count;

typedef struct dg_store_stats {
  unsigned long triples;    /* statements, counted once per graph (records not counted) */
  unsigned long graphs;     /* named graphs (the records graph not counted) */
  unsigned long document_graphs;  /* recorded as made by load */
  unsigned long imported_graphs;  /* recorded as made by import */
  unsigned long records;    /* statements in the records graph */
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
