/* endpoint.c - send a query to a SPARQL 1.1 protocol endpoint and read
 * its answer into docgraph's results. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "query/endpoint.h"

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

dg_status dg_endpoint_run(dg_rdf *rdf, const char *url, const char *origin, const char *text,
                          dg_query_form form, long timeout, dg_results **out)
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
