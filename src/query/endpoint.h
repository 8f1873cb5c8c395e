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

/* An endpoint, and what goes with every query sent to it. Borrowed. */
typedef struct dg_endpoint {
  const char *url;          /* http:// or https://; may have a query string */
  const char *const *default_graphs;  /* IRIs sent as default-graph-uri */
  size_t n_default_graphs;
  long timeout;             /* seconds for the whole exchange, connecting included */
} dg_endpoint;

/* The URL that carries `text` to `ep` (SPARQL 1.1 Protocol, query via
 * GET): ep->url without its fragment, then '?' (or '&' after the URL's
 * own query string), query=TEXT, and default-graph-uri=IRI for each
 * default graph, in order, every value percent-encoded. Returns a new
 * string; free with free(). */
char *dg_endpoint_request_url(const dg_endpoint *ep, const char *text);

/* Runs the query `text` (already bound; `form` from dg_sparql_form) on
 * `ep` with one HTTP GET: SELECT asks for XML results (read by rasqal),
 * ASK for a JSON or XML boolean, CONSTRUCT for N-Triples, Turtle or
 * RDF/XML. The whole exchange is given ep->timeout seconds, and an
 * answer larger than DG_ENDPOINT_MAX_BYTES is refused: a silent, dripping
 * or endless server ends with an error; so does an HTTP status from 300
 * up. Messages name the endpoint without its password (and `origin`, the
 * query, where it matters). Returns new results in *out (free with
 * dg_results_free()), or DG_ERR_QUERY having printed why. */
dg_status dg_endpoint_run(dg_rdf *rdf, const dg_endpoint *ep, const char *origin,
                          const char *text, dg_query_form form, dg_results **out);

#endif
