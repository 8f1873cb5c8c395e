/* push.c - send the store's graphs to a Graph Store Protocol server.
 *
 * Each graph is sent as its N-Triples, lines sorted, and recorded by the
 * SHA-256 of exactly those bytes: the same graph always gives the same
 * digest (whatever order the store returns its statements in), so an
 * unchanged graph is known without asking the server. Graphs are PUT
 * first, then the graphs that left the store are DELETEd, so that a
 * document re-mapped under a new name is never missing from the server.
 *
 * The union graph (--union-graph U). Virtuoso's default graph is every
 * quad, so a triple stated by 183 pages matches 183 times; a graph U
 * holding the union, each triple once, named as the query's default
 * graph, answers as an embedded store does. It is kept up to date per
 * graph G, where the server can tell what G held before (the store has
 * only G's new content by then), with SPARQL 1.1 Update and the Graph
 * Store Protocol, both of which Virtuoso 7.2 supports:
 *   1. G changed or left the store: remove from U each triple of the
 *      server's G that no other graph on the server states
 *        DELETE { GRAPH <U> { ?s ?p ?o } }
 *        WHERE { GRAPH <G> { ?s ?p ?o }
 *                FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o }
 *                                    FILTER (?h != <G> && ?h != <U>) } }
 *      so a triple leaves U only when no remaining graph states it
 *      (several pages stating it keep it there);
 *   2. PUT G (or DELETE G);
 *   3. POST G's N-Triples to U (adding a triple U has is a no-op).
 * Only after all three is G's record changed: a failure at any step
 * leaves it, and the next push runs the three steps again, which is
 * safe. Between steps 1 and 3 a triple that G keeps may be missing from
 * U for a moment. Triples with blank nodes are copied into U with new
 * blank nodes, which step 1 cannot match: they stay in U. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/secret.h"
#include "base/sha256.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "emit/serialize.h"
#include "store/gsp.h"
#include "store/push.h"

typedef struct push_run {
  dg_rdf *rdf;              /* borrowed */
  dg_store *s;              /* borrowed */
  const dg_push_opts *o;    /* borrowed */
  dg_gsp *gsp;              /* owned */
  char *shown;              /* owned: o->to as messages name it, and the key of
                             * its push records (password-like values of its
                             * query string masked: records go into exports) */
  dg_push_counts *c;        /* borrowed */
  double last_commit;
  int stopped;              /* a failure every further request would meet */
  int any_failed;           /* a request failed (reported) */
} push_run;

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_line(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Graph `g`'s statements as N-Triples, lines sorted, into `out`; their
 * number into *n. */
static dg_status graph_ntriples(push_run *r, librdf_node *g, dg_buf *out, unsigned long *n)
{
  librdf_stream *str = librdf_model_context_as_stream(dg_store_model(r->s), g);
  char *text = NULL, **lines = NULL, *p;
  size_t len = 0, nl = 0, cap = 0, i;
  dg_writer *w = NULL;
  FILE *f = open_memstream(&text, &len);
  dg_status st = DG_OK;

  dg_buf_clear(out);
  *n = 0;
  if (!f || !str) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot read a graph of store '%s'", dg_store_name(r->s));
    goto out;
  }
  st = dg_writer_new(r->rdf, DG_FMT_NTRIPLES, f, &w);
  while (st == DG_OK && !librdf_stream_end(str)) {
    st = dg_writer_write(w, librdf_stream_get_object(str), NULL);
    librdf_stream_next(str);
  }
  if (st == DG_OK)
    st = dg_writer_finish(w);
  if (st != DG_OK) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot write a graph of store '%s' as N-Triples",
                 dg_store_name(r->s));
    goto out;
  }
  *n = dg_writer_count(w);
  fclose(f);
  f = NULL;
  /* one statement a line: sort the lines */
  for (p = text; p && *p;) {
    char *e = strchr(p, '\n');
    xgrow(&lines, &cap, nl + 1, sizeof *lines);
    lines[nl++] = p;
    if (!e)
      break;
    *e = '\0';
    p = e + 1;
  }
  if (nl)
    dg_qsort(lines, nl, sizeof *lines, cmp_line);
  for (i = 0; i < nl; i++) {
    dg_buf_adds(out, lines[i]);
    dg_buf_addc(out, '\n');
  }

out:
  dg_writer_free(w);
  if (f)
    fclose(f);
  free(text);
  free(lines);
  if (str)
    librdf_free_stream(str);
  return st;
}

/* 1 if `iri` can go between SPARQL's angle brackets as it is. */
static int sparql_iri_ok(const char *iri)
{
  const unsigned char *p;
  for (p = (const unsigned char *)iri; *p; p++)
    if (*p <= 0x20 || strchr("<>\"{}|^`\\", *p))
      return 0;
  return *iri != '\0';
}

/* Reports the failure of `what` for graph `iri` (once), and counts it:
 * the push goes on with the next graph, unless the failure says every
 * request would fail. */
static void failed(push_run *r, const char *what, const char *iri, const dg_gsp_reply *rep)
{
  r->c->failed++;
  r->any_failed = 1;
  if (rep->stop)
    r->stopped = 1;
  dg_fail(DG_ERR_STORE, "cannot %s graph <%s> on '%s': %s%s", what, iri, r->shown, rep->why,
          rep->tries > 1 ? " (after retries)" : "");
}

/* Step 1 of the union's upkeep (see the top of the file). Returns 1 if
 * done, 0 if it failed (reported). */
static int union_forget(push_run *r, const char *iri)
{
  const char *u = r->o->union_graph;
  dg_gsp_reply rep;
  char *text;
  dg_status st;
  if (!sparql_iri_ok(iri)) {
    memset(&rep, 0, sizeof rep);
    snprintf(rep.why, sizeof rep.why, "its name cannot be written in SPARQL");
    failed(r, "update the union graph for", iri, &rep);
    return 0;
  }
  text = xasprintf("DELETE { GRAPH <%s> { ?s ?p ?o } }\n"
                   "WHERE { GRAPH <%s> { ?s ?p ?o }\n"
                   "  FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } FILTER (?h != <%s> && ?h != <%s>) } }\n",
                   u, iri, iri, u);
  st = dg_gsp_update(r->gsp, text, &rep);
  free(text);
  if (st != DG_OK) {
    failed(r, "update the union graph for", iri, &rep);
    return 0;
  }
  return 1;
}

static dg_status maybe_commit(push_run *r, int force)
{
  dg_status st;
  if (!dg_store_pending(r->s) || (!force && now() - r->last_commit < 0.25))
    return DG_OK;
  TRY(st, dg_store_commit(r->s));
  r->last_commit = now();
  return DG_OK;
}

/* Sends graph `g` if it changed since `old` (a digest, or NULL). A
 * failed request is reported and counted, and is not an error here (the
 * push goes on); errors are the store's. */
static dg_status push_graph(push_run *r, librdf_node *g, const char *iri, const char *old,
                            dg_buf *body)
{
  char hash[DG_SHA256_HEX_LEN + 1];
  unsigned long n;
  dg_gsp_reply rep;
  dg_status st;

  TRY(st, graph_ntriples(r, g, body, &n));
  dg_sha256_hex(body->data ? body->data : "", body->len, hash);
  if (old && !r->o->all && strcmp(old, hash) == 0) {
    r->c->unchanged++;
    return DG_OK;
  }
  if (r->o->union_graph && old && !union_forget(r, iri))
    return DG_OK;
  if (dg_gsp_put(r->gsp, iri, body->data ? body->data : "", body->len, &rep) != DG_OK) {
    failed(r, "put", iri, &rep);
    return DG_OK;
  }
  if (r->o->union_graph &&
      dg_gsp_post(r->gsp, r->o->union_graph, body->data ? body->data : "", body->len, &rep) !=
        DG_OK) {
    failed(r, "add to the union graph the triples of", iri, &rep);
    return DG_OK;
  }
  if (!old || strcmp(old, hash) != 0)
    TRY(st, dg_store_set_pushed(r->s, r->shown, iri, old, hash));
  if (old)
    r->c->replaced++;
  else
    r->c->added++;
  r->c->statements += n;
  return maybe_commit(r, 0);
}

/* Deletes graph `iri` (pushed as `old`) from the server. */
static dg_status remove_graph(push_run *r, const char *iri, const char *old)
{
  dg_gsp_reply rep;
  dg_status st;
  if (r->o->union_graph && !union_forget(r, iri))
    return DG_OK;
  if (dg_gsp_delete(r->gsp, iri, &rep) != DG_OK) {
    failed(r, "delete", iri, &rep);
    return DG_OK;
  }
  TRY(st, dg_store_set_pushed(r->s, r->shown, iri, old, NULL));
  r->c->removed++;
  return maybe_commit(r, 0);
}

static const char *node_iri(librdf_node *g)
{
  return librdf_node_is_resource(g) ? (const char *)librdf_uri_as_string(librdf_node_get_uri(g))
                                    : NULL;
}

dg_status dg_push_run(dg_rdf *rdf, dg_store *s, const dg_push_opts *o, dg_push_counts *counts)
{
  dg_gsp_config cfg;
  push_run r;
  dg_store_pushed *pushed = NULL;
  librdf_node **graphs = NULL;
  size_t n_pushed = 0, n_graphs = 0, i, idx, total, done = 0;
  char *seen = NULL;
  dg_strmap *by_iri = dg_strmap_new();
  dg_status st = DG_OK;
  dg_buf body;
  const char *e = getenv("DOCGRAPH_TEST_PUSH_BACKOFF_MS");

  memset(counts, 0, sizeof *counts);
  memset(&r, 0, sizeof r);
  dg_buf_init(&body);
  r.rdf = rdf;
  r.s = s;
  r.o = o;
  r.c = counts;
  r.shown = dg_secret_mask(o->to);
  r.last_commit = now();

  memset(&cfg, 0, sizeof cfg);
  cfg.url = o->to;
  cfg.update_url = o->update_url;
  cfg.user = o->user;
  cfg.password = o->password;
  cfg.netrc = o->netrc;
  cfg.timeout = 300;
  cfg.attempts = 3;
  /* back-off: 0.5 s, then 1 s; tests shorten it */
  cfg.backoff_ms = e ? (unsigned)strtoul(e, NULL, 10) : 500;
  if (dg_gsp_new(&cfg, &r.gsp) != DG_OK) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot make an HTTP client (libcurl)");
    goto out;
  }

  n_pushed = dg_store_pushed_list(s, r.shown, &pushed);
  n_graphs = dg_store_recorded_graphs(s, &graphs);
  seen = xcalloc(n_pushed + 1, 1);
  for (i = 0; i < n_pushed; i++)
    dg_strmap_put(by_iri, pushed[i].graph, strlen(pushed[i].graph), i);
  total = n_graphs;
  for (i = 0; i < n_graphs; i++) {
    const char *iri = node_iri(graphs[i]);
    if (iri && dg_strmap_get(by_iri, iri, strlen(iri), &idx))
      seen[idx] = 1;
    if (iri && o->union_graph && strcmp(iri, o->union_graph) == 0) {
      st = dg_fail(DG_ERR_USAGE, "--union-graph <%s> is a graph of store '%s'; give another IRI",
                   iri, dg_store_name(s));
      goto out;
    }
  }
  for (i = 0; i < n_pushed; i++)
    total += !seen[i];

  for (i = 0; i < n_graphs && !r.stopped; i++) {
    const char *iri = node_iri(graphs[i]);
    dg_progress("pushing", done++, total);
    if (!iri) {
      dg_warn("a graph of store '%s' is named by a blank node, which a Graph Store cannot "
              "name: not pushed", dg_store_name(s));
      continue;
    }
    st = push_graph(&r, graphs[i], iri,
                    dg_strmap_get(by_iri, iri, strlen(iri), &idx) ? pushed[idx].hash : NULL,
                    &body);
    if (st != DG_OK)
      goto out;
  }
  for (i = 0; i < n_pushed && !r.stopped; i++) {
    if (seen[i])
      continue;
    dg_progress("pushing", done++, total);
    st = remove_graph(&r, pushed[i].graph, pushed[i].hash);
    if (st != DG_OK)
      goto out;
  }
  if (r.stopped) {
    /* what was not tried: counted, so the summary adds up */
    counts->failed += total > done ? total - done : 0;
    dg_note("push stopped: every further request to '%s' would fail the same way", r.shown);
  }
  dg_progress("pushing", total, total);
  st = maybe_commit(&r, 1);

out:
  dg_buf_release(&body);
  for (i = 0; i < n_graphs; i++)
    librdf_free_node(graphs[i]);
  free(graphs);
  dg_store_pushed_free(pushed, n_pushed);
  dg_strmap_free(by_iri);
  free(seen);
  dg_gsp_free(r.gsp);
  free(r.shown);
  return st != DG_OK ? st : r.any_failed ? DG_ERR_STORE : DG_OK;
}
