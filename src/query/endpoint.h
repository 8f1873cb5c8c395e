/* endpoint.h - run a query on a remote SPARQL 1.1 protocol endpoint. */
#ifndef DG_ENDPOINT_H
#define DG_ENDPOINT_H

#include <redland.h>

#include "base/status.h"
#include "emit/rdf.h"
#include "query/results.h"
#include "query/sparql.h"

/* The most bytes an endpoint's answer may have. */
#define DG_ENDPOINT_MAX_BYTES ((long long)256 << 20)

/* Runs the query `text` (already bound; `form` from dg_sparql_form) on the
 * SPARQL 1.1 protocol endpoint `url` (HTTP GET with query=): SELECT
 * through rasqal's protocol client (XML results), ASK and CONSTRUCT over
 * raptor's HTTP client (a JSON or XML boolean; N-Triples, Turtle or
 * RDF/XML). The whole exchange, connecting included, is given `timeout`
 * seconds, and an answer larger than DG_ENDPOINT_MAX_BYTES is refused: a
 * silent, dripping or endless server ends with an error. `origin` names
 * the query in messages. Returns new results in *out (free with
 * dg_results_free()), or DG_ERR_QUERY having printed why. */
dg_status dg_endpoint_run(dg_rdf *rdf, const char *url, const char *origin, const char *text,
                          dg_query_form form, long timeout, dg_results **out);

#endif
