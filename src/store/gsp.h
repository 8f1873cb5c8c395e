/* gsp.h - a client of the SPARQL 1.1 Graph Store HTTP Protocol (and of
 * SPARQL 1.1 Update), for `push`.
 *
 * Prints nothing: each request fills a dg_gsp_reply that says what the
 * server answered, and the caller names the graph in its message. */
#ifndef DG_GSP_H
#define DG_GSP_H

#include <stddef.h>

#include "base/status.h"

typedef struct dg_gsp dg_gsp;

/* Where and how to send. Every string is borrowed for the life of the
 * client. */
typedef struct dg_gsp_config {
  const char *url;         /* the Graph Store endpoint: http(s), no user
                            * information; may have a query string */
  const char *update_url;  /* the SPARQL Update endpoint, or NULL */
  const char *user;        /* NULL: none, or the one in the netrc file */
  const char *password;    /* NULL: from the netrc file, if it has one */
  const char *netrc;       /* the netrc file; NULL: libcurl's (~/.netrc) */
  long timeout;            /* seconds per request, connecting included */
  unsigned attempts;       /* tries per request (at least 1) */
  unsigned backoff_ms;     /* wait before the second try; doubles after */
} dg_gsp_config;

/* What one request came to (after its retries). */
typedef struct dg_gsp_reply {
  long http;               /* the last HTTP status; 0 when none came */
  int stop;                /* 1: the next requests would fail the same
                            * way (no connection, refused credentials) */
  unsigned tries;          /* requests sent */
  char why[256];           /* "HTTP 401: first line of the body" or the
                            * connection's failure; "" when it went well */
} dg_gsp_reply;

/* Returns a new client in *out (free with dg_gsp_free()), or
 * DG_ERR_INTERNAL when libcurl cannot make one. */
dg_status dg_gsp_new(const dg_gsp_config *c, dg_gsp **out);
void dg_gsp_free(dg_gsp *g);

/* The URL that names `graph` on the endpoint `url` (indirect graph
 * identification, SPARQL 1.1 GSP 4.2), without `url`'s fragment:
 *   - if the query string has a parameter `graph` or `graph-uri` with an
 *     empty value ("...?graph-uri="), the graph's IRI is that value;
 *   - else, if the path ends in /sparql-graph-crud or
 *     /sparql-graph-crud-auth (Virtuoso's names), graph-uri=IRI is added;
 *   - else graph=IRI, the standard's name (Fuseki, Oxigraph, GraphDB),
 *     added after the URL's own query string with '&'.
 * The IRI is percent-encoded. Returns a new string; free with free(). */
char *dg_gsp_graph_url(const char *url, const char *graph);

/* The SPARQL Update endpoint of Virtuoso's Graph Store endpoint `url`
 * (/sparql-graph-crud-auth -> /sparql-auth, /sparql-graph-crud ->
 * /sparql, without the query string), or NULL when `url` is not one.
 * Returns a new string; free with free(). */
char *dg_gsp_update_url_for(const char *url);

/* PUT (replace), POST (add to) graph `graph` with `len` bytes of
 * N-Triples, or DELETE it (a graph the server does not have counts as
 * deleted). DG_OK on a 2xx answer; otherwise DG_ERR_STORE with *r
 * saying why (nothing printed). Retried, with back-off, when no answer
 * came or the server answered 5xx. */
dg_status dg_gsp_put(dg_gsp *g, const char *graph, const char *body, size_t len,
                     dg_gsp_reply *r);
dg_status dg_gsp_post(dg_gsp *g, const char *graph, const char *body, size_t len,
                      dg_gsp_reply *r);
dg_status dg_gsp_delete(dg_gsp *g, const char *graph, dg_gsp_reply *r);

/* Sends the SPARQL Update `text` to the update endpoint (POST,
 * application/sparql-update), as the requests above. */
dg_status dg_gsp_update(dg_gsp *g, const char *text, dg_gsp_reply *r);

#endif
