/* query.c - run a SPARQL query through librdf/rasqal on a model, or send
 * it to a SPARQL 1.1 protocol endpoint, and collect the results. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "store/source.h"
#include "store/store.h"
#include "query/query.h"
#include "query/rasqal_compat.h"
#include "query/sparql.h"

struct dg_dataset {
  dg_rdf *rdf;            /* borrowed */
  librdf_storage *storage;
  librdf_model *model;
  int graphs;             /* contexts kept */
};

dg_status dg_dataset_new(dg_rdf *rdf, int graphs, dg_dataset **out)
{
  dg_dataset *ds = xcalloc(1, sizeof *ds);
  librdf_world *w = dg_rdf_world(rdf);
  *out = NULL;
  ds->rdf = rdf;
  /* "hashes" in memory, not "memory": the latter has no index and loads
   * in quadratic time (REDLAND.md). See query.h for why graphs are kept
   * only on request. Not docgraph's storage in union mode: its union
   * finds walk every copy of a triple (a country's dg:isoCode is in every
   * page that mentions it), which measured 1.6 times slower on
   * countries-mentioned-together than hashes keeping each triple once. */
  ds->graphs = graphs;
  ds->storage = librdf_new_storage(w, "hashes", "dg-data",
                                   graphs ? "hash-type='memory',contexts='yes'"
                                          : "hash-type='memory'");
  if (ds->storage)
    ds->model = librdf_new_model(w, ds->storage, NULL);
  if (!ds->model) {
    dg_dataset_free(ds);
    return dg_fail(DG_ERR_INTERNAL, "cannot create an in-memory RDF model");
  }
  *out = ds;
  return DG_OK;
}

void dg_dataset_free(dg_dataset *ds)
{
  if (!ds)
    return;
  if (ds->model)
    librdf_free_model(ds->model);
  if (ds->storage)
    librdf_free_storage(ds->storage);
  free(ds);
}

librdf_model *dg_dataset_model(dg_dataset *ds) { return ds->model; }

dg_status dg_dataset_add_model(dg_dataset *ds, librdf_model *model)
{
  librdf_stream *s = librdf_model_as_stream(model);
  if (!s)
    return dg_fail(DG_ERR_STORE, "cannot read the statements of the store");
  while (!librdf_stream_end(s)) {
    librdf_statement *st = librdf_stream_get_object(s);  /* shared */
    librdf_node *g = librdf_stream_get_context2(s);
    /* without contexts the storage keeps a triple once, however many
     * graphs hold it; the store's records are not data */
    if (st && !(g && dg_store_is_records_graph(g)) &&
        librdf_model_add_statement(ds->model, st)) {
      librdf_free_stream(s);
      return dg_fail(DG_ERR_INTERNAL, "cannot copy the store's statements into memory");
    }
    librdf_stream_next(s);
  }
  librdf_free_stream(s);
  return DG_OK;
}

typedef struct load_ctx {
  dg_dataset *ds;
  const char *syntax;    /* borrowed from raptor: the parser's name, once it starts */
  unsigned errors;       /* Redland's error count when the parse began */
  int failed;
} load_ctx;

/* raptor gives each statement its graph (N-Quads, TriG); librdf's own
 * parser streams drop it (librdf_stream_get_context2 is NULL for them in
 * 1.0.17), so statements come straight from raptor. librdf_statement and
 * librdf_node are raptor_statement and raptor_term in Redland 1.0.17. */
/* 1 if `t` names the graph of a docgraph store's records (see store.h):
 * bookkeeping, which the store's own queries do not see either. */
static int records_graph(const raptor_term *t)
{
  return t && t->type == RAPTOR_TERM_TYPE_URI &&
         strcmp((const char *)raptor_uri_as_string(t->value.uri), DG_RECORDS_GRAPH) == 0;
}

static void on_statement(void *ud, raptor_statement *rs)
{
  load_ctx *c = ud;
  int rc;
  if (c->failed || records_graph(rs->graph))
    return;
  if (rs->graph && c->ds->graphs)
    rc = librdf_model_context_add_statement(c->ds->model, (librdf_node *)rs->graph,
                                            (librdf_statement *)rs);
  else
    rc = librdf_model_add_statement(c->ds->model, (librdf_statement *)rs);
  if (rc)
    c->failed = 1;
}

/* Redland's messages during the parse name the input and the parser's
 * line (rdf.c); the errors they count tell a failed parse. */
static void on_parsing(void *ud, raptor_parser *parser, const dg_source *src)
{
  load_ctx *c = ud;
  if (src) {
    c->syntax = dg_source_syntax(src);
    c->errors = dg_rdf_errors(c->ds->rdf);
  }
  dg_rdf_set_input(c->ds->rdf, src ? dg_source_name(src) : NULL);
  dg_rdf_set_parser(c->ds->rdf, parser);
}

/* raptor's file: IRI of the path, as rapper gives it. */
static char *file_base(const char *path)
{
  unsigned char *s = raptor_uri_filename_to_uri_string(strcmp(path, "-") == 0 ? "/dev/stdin"
                                                                                 : path);
  char *r = s ? xstrdup((const char *)s) : NULL;
  raptor_free_memory(s);
  return r;
}

dg_status dg_dataset_load(dg_dataset *ds, const char *path)
{
  load_ctx c;
  dg_source_reader r;
  const char *name = dg_source_input_name(path);
  dg_status st;
  int failed = 0;

  memset(&c, 0, sizeof c);
  c.ds = ds;
  memset(&r, 0, sizeof r);
  r.world = dg_rdf_raptor(ds->rdf);
  r.base = file_base;
  r.statement = on_statement;
  r.parsing = on_parsing;
  r.ud = &c;
  st = dg_source_read(&r, path, &failed);
  if (st == DG_OK && (failed || dg_rdf_errors(ds->rdf) != c.errors)) {
    if (dg_rdf_errors(ds->rdf) == c.errors)
      dg_fail(DG_ERR_INPUT, "cannot parse '%s' as %s", name, c.syntax);
    st = DG_ERR_INPUT;  /* otherwise the parser has said what and where */
  }
  if (c.failed)
    st = dg_fail(DG_ERR_INTERNAL, "cannot add the statements of '%s' to the model", name);
  return st;
}

/* ---------------------------------------------------------------- local */

/* Collects rasqal's results into new results in *out. `distinct`
 * (borrowed; NULL for none) is the top-level DISTINCT, OFFSET and LIMIT
 * docgraph applies itself (rasqal_compat.h). */
static dg_status collect(dg_rdf *rdf, librdf_query_results *qr, const char *origin,
                         dg_rasqal_distinct *distinct, dg_results **out)
{
  dg_results *r = NULL;
  if (librdf_query_results_is_bindings(qr)) {
    int n = librdf_query_results_get_bindings_count(qr), i;
    r = dg_results_new(DG_RESULTS_BINDINGS);
    for (i = 0; i < n; i++)
      dg_results_add_var(r, librdf_query_results_get_binding_name(qr, i));
    while (!librdf_query_results_finished(qr)) {
      dg_term *row;
      if (distinct && dg_rasqal_distinct_full(distinct))
        break;   /* LIMIT reached */
      row = dg_results_add_row(r);
      for (i = 0; i < n; i++) {
        librdf_node *v = librdf_query_results_get_binding_value(qr, i);  /* new */
        dg_term_set_node(&row[i], v);
        if (v)
          librdf_free_node(v);
      }
      if (distinct && !dg_rasqal_distinct_keep(distinct, row, n))
        dg_results_pop_row(r);   /* seen before, or before OFFSET */
      if (librdf_query_results_next(qr))
        break;
    }
  } else if (librdf_query_results_is_boolean(qr)) {
    int b = librdf_query_results_get_boolean(qr);
    if (b < 0)
      return dg_fail(DG_ERR_QUERY, "%s: the ASK query gave no answer", origin);
    r = dg_results_new(DG_RESULTS_BOOLEAN);
    dg_results_set_boolean(r, b);
  } else if (librdf_query_results_is_graph(qr)) {
    librdf_stream *s = librdf_query_results_as_stream(qr);
    r = dg_results_new(DG_RESULTS_GRAPH);
    while (s && !librdf_stream_end(s)) {
      librdf_statement *st = librdf_stream_get_object(s);  /* shared */
      librdf_statement *copy = st ? librdf_new_statement_from_statement(st) : NULL;
      if (copy)
        dg_results_add_statement(r, copy);
      librdf_stream_next(s);
    }
    if (s)
      librdf_free_stream(s);
  } else {
    return dg_fail(DG_ERR_QUERY, "%s: the query gave results of an unknown kind", origin);
  }
  (void)rdf;
  *out = r;
  return DG_OK;
}

dg_status dg_query_run_model(dg_rdf *rdf, librdf_model *model, const char *origin,
                             const char *text, dg_query_form form, dg_results **out)
{
  librdf_world *w = dg_rdf_world(rdf);
  librdf_query *q = NULL;
  librdf_query_results *qr = NULL;
  dg_status st = DG_OK;
  unsigned errors;
  dg_rasqal_distinct *distinct = NULL;
  char *plain;   /* the query as rasqal runs it; owned; NULL = text */

  *out = NULL;
  (void)form;
  dg_rasqal_quiet_warnings(w);
  /* rasqal's messages carry the line but no file: name the query */
  dg_rdf_set_input(rdf, origin);
  errors = dg_rdf_errors(rdf);
  /* rasqal's DISTINCT is quadratic: a top-level one is docgraph's */
  plain = dg_rasqal_distinct_take(text, &distinct);
  q = librdf_new_query(w, "sparql", NULL, (const unsigned char *)(plain ? plain : text), NULL);
  if (!q) {
    if (dg_rdf_errors(rdf) == errors)
      dg_fail(DG_ERR_QUERY, "%s: the query could not be prepared", origin);
    st = DG_ERR_QUERY;
    goto out;
  }
  /* rasqal parses only now: a syntax error appears here */
  qr = librdf_query_execute(q, model);
  if (!qr) {
    if (dg_rdf_errors(rdf) == errors)
      dg_fail(DG_ERR_QUERY, "%s: the query could not be run (rasqal gave no reason)", origin);
    st = DG_ERR_QUERY;
    goto out;
  }
  st = collect(rdf, qr, origin, distinct, out);
  if (st == DG_OK && dg_rdf_errors(rdf) != errors) {
    /* rasqal reported an error while evaluating: the rows are not to be
     * trusted */
    dg_results_free(*out);
    *out = NULL;
    st = DG_ERR_QUERY;
  }

out:
  dg_rdf_set_input(rdf, NULL);
  if (qr)
    librdf_free_query_results(qr);
  if (q)
    librdf_free_query(q);
  dg_rasqal_distinct_free(distinct);
  free(plain);
  return st;
}

/* ---------------------------------------------------------------- remote */

/* The limits of one exchange with an endpoint. raptor and rasqal offer no
 * timeout of their own but for connecting, so docgraph sets them on the
 * libcurl handle raptor fetches with (raptor_www_get_connection()). */
typedef struct limits {
  long timeout;          /* seconds for the whole exchange */
  int too_large;         /* the answer passed DG_ENDPOINT_MAX_BYTES */
  struct timespec start;
} limits;

/* DG_ENDPOINT_MAX_BYTES, or for tests $DOCGRAPH_TEST_MAX_ANSWER bytes. */
static curl_off_t max_answer(void)
{
  const char *e = getenv("DOCGRAPH_TEST_MAX_ANSWER");
  long long v = e ? strtoll(e, NULL, 10) : 0;
  return v > 0 ? (curl_off_t)v : (curl_off_t)DG_ENDPOINT_MAX_BYTES;
}

static int on_progress(void *ud, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                       curl_off_t ulnow)
{
  limits *l = ud;
  (void)dltotal;
  (void)ultotal;
  (void)ulnow;
  if (dlnow > max_answer()) {
    l->too_large = 1;
    return 1;   /* abort the transfer */
  }
  return 0;
}

/* A new raptor_www whose fetch gives up after l->timeout seconds, or when
 * the answer passes DG_ENDPOINT_MAX_BYTES; NULL if raptor cannot make one.
 * `l` must outlive the fetch. */
static raptor_www *limited_www(dg_rdf *rdf, limits *l)
{
  raptor_www *www = raptor_new_www(dg_rdf_raptor(rdf));
  CURL *h = www ? raptor_www_get_connection(www) : NULL;
  clock_gettime(CLOCK_MONOTONIC, &l->start);
  l->too_large = 0;
  if (!www)
    return NULL;
  raptor_www_set_connection_timeout(www, (int)(l->timeout < 10 ? l->timeout : 10));
  if (h) {
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, l->timeout < 10 ? l->timeout : 10L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, l->timeout);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, max_answer());
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, l);
  }
  return www;
}

/* Says why an exchange failed when it was one of the limits. */
static void limits_report(const limits *l, const char *url)
{
  struct timespec now;
  double secs;
  clock_gettime(CLOCK_MONOTONIC, &now);
  secs = (double)(now.tv_sec - l->start.tv_sec) + (double)(now.tv_nsec - l->start.tv_nsec) / 1e9;
  if (l->too_large)
    dg_fail(DG_ERR_QUERY, "the answer of endpoint '%s' is larger than %lld bytes; refused",
            url, (long long)max_answer());
  else if (secs >= (double)l->timeout - 0.5)
    dg_fail(DG_ERR_QUERY, "endpoint '%s' gave no whole answer within %ld s (--timeout)", url,
            l->timeout);
}

typedef struct fetch_ctx {
  dg_buf body;
  char *content_type;
} fetch_ctx;

static void on_bytes(raptor_www *www, void *ud, const void *ptr, size_t size, size_t nmemb)
{
  fetch_ctx *c = ud;
  (void)www;
  dg_buf_add(&c->body, ptr, size * nmemb);
}

static void on_content_type(raptor_www *www, void *ud, const char *type)
{
  fetch_ctx *c = ud;
  (void)www;
  free(c->content_type);
  c->content_type = xstrndup(type, strcspn(type, "; "));
}

/* GET url?query=TEXT with `accept`; the body into c. */
static dg_status fetch(dg_rdf *rdf, const char *url, const char *text, const char *accept,
                       long timeout, fetch_ctx *c)
{
  limits lim;
  raptor_world *rw = dg_rdf_raptor(rdf);
  raptor_www *www = NULL;
  raptor_uri *uri = NULL;
  dg_buf u;
  const unsigned char *p;
  dg_status st = DG_OK;
  unsigned errors = dg_rdf_errors(rdf);

  dg_buf_init(&u);
  dg_buf_adds(&u, url);
  dg_buf_addc(&u, strchr(url, '?') ? '&' : '?');
  dg_buf_adds(&u, "query=");
  for (p = (const unsigned char *)text; *p; p++) {
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
        strchr("-_.~", *p))
      dg_buf_addc(&u, (char)*p);
    else
      dg_buf_printf(&u, "%%%02X", *p);
  }
  uri = raptor_new_uri(rw, (const unsigned char *)u.data);
  lim.timeout = timeout;
  www = limited_www(rdf, &lim);
  if (!uri || !www) {
    st = dg_fail(DG_ERR_QUERY, "cannot make a request to '%s'", url);
    goto out;
  }
  raptor_www_set_http_accept(www, accept);
  raptor_www_set_write_bytes_handler(www, on_bytes, c);
  raptor_www_set_content_type_handler(www, on_content_type, c);
  if (raptor_www_fetch(www, uri) || dg_rdf_errors(rdf) != errors) {
    limits_report(&lim, url);
    if (dg_rdf_errors(rdf) == errors)
      dg_fail(DG_ERR_QUERY, "the endpoint '%s' did not answer the query", url);
    st = DG_ERR_QUERY;
  }

out:
  if (www)
    raptor_free_www(www);
  if (uri)
    raptor_free_uri(uri);
  dg_buf_release(&u);
  return st;
}

static void set_from_literal(dg_term *t, rasqal_literal *l)
{
  const char *dt = NULL;
  if (!l)
    return;
  switch (l->type) {
  case RASQAL_LITERAL_URI:
    dg_term_set(t, DG_TERM_IRI, (const char *)raptor_uri_as_string(l->value.uri), NULL, NULL);
    return;
  case RASQAL_LITERAL_BLANK:
    dg_term_set(t, DG_TERM_BNODE, (const char *)l->string, NULL, NULL);
    return;
  case RASQAL_LITERAL_UNKNOWN:
  case RASQAL_LITERAL_STRING:
  case RASQAL_LITERAL_XSD_STRING:
  case RASQAL_LITERAL_BOOLEAN:
  case RASQAL_LITERAL_INTEGER:
  case RASQAL_LITERAL_FLOAT:
  case RASQAL_LITERAL_DOUBLE:
  case RASQAL_LITERAL_DECIMAL:
  case RASQAL_LITERAL_DATETIME:
  case RASQAL_LITERAL_UDT:
  case RASQAL_LITERAL_PATTERN:
  case RASQAL_LITERAL_QNAME:
  case RASQAL_LITERAL_VARIABLE:
  case RASQAL_LITERAL_DATE:
  case RASQAL_LITERAL_INTEGER_SUBTYPE:
    break;
  }
  {
    raptor_uri *u = rasqal_literal_datatype(l);  /* shared; NULL for a plain literal */
    if (u)
      dt = (const char *)raptor_uri_as_string(u);
  }
  dg_term_set(t, DG_TERM_LITERAL, (const char *)l->string, l->language, dt);
}

static dg_status remote_select(dg_rdf *rdf, const char *url, const char *text, long timeout,
                               dg_results **out)
{
  limits lim;
  raptor_www *www;
  rasqal_world *qw = librdf_world_get_rasqal(dg_rdf_world(rdf));
  raptor_uri *uri = raptor_new_uri(dg_rdf_raptor(rdf), (const unsigned char *)url);
  rasqal_service *svc = NULL;
  rasqal_query_results *qr = NULL;
  dg_results *r = NULL;
  dg_status st = DG_OK;
  unsigned errors = dg_rdf_errors(rdf);
  int n, i;

  if (!uri)
    return dg_fail(DG_ERR_USAGE, "'%s' is not a valid endpoint URL", url);
  svc = rasqal_new_service(qw, uri, (const unsigned char *)text, NULL);
  lim.timeout = timeout;
  www = svc ? limited_www(rdf, &lim) : NULL;
  if (!svc || !www) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot create a SPARQL protocol client");
    goto out;
  }
  rasqal_service_set_www(svc, www);   /* the service owns it now */
  /* rasqal's client asks for XML results and logs (rather than returns)
   * most failures, so the error count decides */
  qr = rasqal_service_execute(svc);
  if (!qr || dg_rdf_errors(rdf) != errors) {
    limits_report(&lim, url);
    if (dg_rdf_errors(rdf) == errors)
      dg_fail(DG_ERR_QUERY, "the endpoint '%s' did not answer the query", url);
    st = DG_ERR_QUERY;
    goto out;
  }
  r = dg_results_new(DG_RESULTS_BINDINGS);
  n = rasqal_query_results_get_bindings_count(qr);
  for (i = 0; i < n; i++)
    dg_results_add_var(r, (const char *)rasqal_query_results_get_binding_name(qr, i));
  while (!rasqal_query_results_finished(qr)) {
    dg_term *row = dg_results_add_row(r);
    for (i = 0; i < n; i++)
      set_from_literal(&row[i], rasqal_query_results_get_binding_value(qr, i));
    if (rasqal_query_results_next(qr))
      break;
  }
  *out = r;

out:
  if (qr)
    rasqal_free_query_results(qr);
  if (svc)
    rasqal_free_service(svc);
  raptor_free_uri(uri);
  return st;
}

static dg_status remote_ask(dg_rdf *rdf, const char *url, const char *text, long timeout,
                            dg_results **out)
{
  fetch_ctx c = {{NULL, 0, 0}, NULL};
  dg_status st;
  const char *b;
  dg_buf_init(&c.body);
  /* JSON first: Comunica 4 fails to write a boolean as XML */
  st = fetch(rdf, url, text,
             "application/sparql-results+json, application/sparql-results+xml;q=0.9", timeout,
             &c);
  if (st == DG_OK) {
    /* "boolean": true in JSON, <boolean>true</boolean> in XML */
    b = strstr(c.body.data, "boolean");
    if (b)
      b += strlen("boolean");
    while (b && *b && strchr(">\": \t\r\n", *b))
      b++;
    if (b && (strncmp(b, "true", 4) == 0 || strncmp(b, "false", 5) == 0)) {
      *out = dg_results_new(DG_RESULTS_BOOLEAN);
      dg_results_set_boolean(*out, b[0] == 't');
    } else {
      st = dg_fail(DG_ERR_QUERY, "the endpoint '%s' sent no boolean answer (%s)", url,
                   c.content_type ? c.content_type : "no content type");
    }
  }
  dg_buf_release(&c.body);
  free(c.content_type);
  return st;
}

static dg_status remote_construct(dg_rdf *rdf, const char *url, const char *text, long timeout,
                                  dg_results **out)
{
  librdf_world *w = dg_rdf_world(rdf);
  fetch_ctx c = {{NULL, 0, 0}, NULL};
  librdf_parser *parser = NULL;
  librdf_uri *base = NULL;
  librdf_stream *s = NULL;
  dg_results *r = NULL;
  dg_status st;
  unsigned errors;

  dg_buf_init(&c.body);
  st = fetch(rdf, url, text,
             "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5", timeout, &c);
  if (st != DG_OK)
    goto out;
  parser = librdf_new_parser(w, NULL, c.content_type, NULL);
  if (!parser)
    parser = librdf_new_parser(w, "guess", NULL, NULL);
  base = librdf_new_uri(w, (const unsigned char *)url);
  if (!parser || !base) {
    st = dg_fail(DG_ERR_QUERY, "cannot read the endpoint's answer (%s)",
                 c.content_type ? c.content_type : "no content type");
    goto out;
  }
  dg_rdf_set_input(rdf, url);
  errors = dg_rdf_errors(rdf);
  s = librdf_parser_parse_counted_string_as_stream(parser, (const unsigned char *)c.body.data,
                                                    c.body.len, base);
  r = dg_results_new(DG_RESULTS_GRAPH);
  while (s && !librdf_stream_end(s)) {
    librdf_statement *x = librdf_stream_get_object(s);  /* shared */
    if (x)
      dg_results_add_statement(r, librdf_new_statement_from_statement(x));
    librdf_stream_next(s);
  }
  dg_rdf_set_input(rdf, NULL);
  if (dg_rdf_errors(rdf) != errors) {
    st = DG_ERR_QUERY;
    goto out;
  }
  *out = r;
  r = NULL;

out:
  dg_results_free(r);
  if (s)
    librdf_free_stream(s);
  if (base)
    librdf_free_uri(base);
  if (parser)
    librdf_free_parser(parser);
  dg_buf_release(&c.body);
  free(c.content_type);
  return st;
}

dg_status dg_query_run_endpoint(dg_rdf *rdf, const char *url, const char *origin,
                                const char *text, dg_query_form form, long timeout,
                                dg_results **out)
{
  *out = NULL;
  switch (form) {
  case DG_FORM_SELECT: return remote_select(rdf, url, text, timeout, out);
  case DG_FORM_ASK: return remote_ask(rdf, url, text, timeout, out);
  case DG_FORM_CONSTRUCT: return remote_construct(rdf, url, text, timeout, out);
  case DG_FORM_DESCRIBE:
  case DG_FORM_UPDATE:
  case DG_FORM_UNKNOWN:
    break;
  }
  return dg_fail(DG_ERR_QUERY, "%s: only SELECT, ASK and CONSTRUCT queries can be sent to an "
                 "endpoint", origin);
}
