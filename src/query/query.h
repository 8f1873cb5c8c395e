/* query.h - run SPARQL on a librdf model: the store's, or RDF files
 * loaded into memory (endpoint.h runs it on a remote server). */
#ifndef DG_QUERY_H
#define DG_QUERY_H

#include <redland.h>

#include "base/status.h"
#include "emit/rdf.h"
#include "query/results.h"
#include "query/sparql.h"

/* RDF files loaded into an in-memory model (librdf "hashes" in memory:
 * the "memory" storage is quadratic to load).
 *
 * Graphs are kept only for a query that asks for them (GRAPH); otherwise
 * each triple is stored once, which is the union default graph the SPARQL
 * engines we compare with use, and which rasqal 0.9.33 needs to count
 * right (why: item 3 at the top of rasqal_compat.c). */
typedef struct dg_dataset dg_dataset;

/* Returns a new, empty dataset in *out; free with dg_dataset_free().
 * `graphs`: keep each statement's graph (for queries that use GRAPH). */
dg_status dg_dataset_new(dg_rdf *rdf, int graphs, dg_dataset **out);
void dg_dataset_free(dg_dataset *ds);

/* Adds the RDF file `path` in any syntax raptor reads (guessed from the
 * name and the first bytes: N-Quads and TriG keep their graphs). Errors
 * are printed once, naming the file; DG_ERR_INPUT or DG_ERR_IO. */
dg_status dg_dataset_load(dg_dataset *ds, const char *path);

/* Adds every statement of `model` (borrowed), each once: for a store
 * whose model answers a triple once per graph that holds it (hashes,
 * PostgreSQL; docgraph's own storage has a union mode instead). */
dg_status dg_dataset_add_model(dg_dataset *ds, librdf_model *model);

/* Borrowed; valid until dg_dataset_free(). */
librdf_model *dg_dataset_model(dg_dataset *ds);

/* Runs the query `text` (already bound; `form` from dg_sparql_form) on
 * `model` (borrowed). `origin` names the query in messages: rasqal's
 * syntax errors are printed as "ORIGIN:LINE: ...". Returns new results
 * in *out (free with dg_results_free()), or DG_ERR_QUERY having printed
 * why. */
dg_status dg_query_run_model(dg_rdf *rdf, librdf_model *model, const char *origin,
                             const char *text, dg_query_form form, dg_results **out);

#endif
