/* endpoint.c - send a query to a SPARQL 1.1 protocol endpoint and read
 * its answer into docgraph's results.
 *
 * Every form goes through one GET built here (dg_endpoint_request_url)
 * and sent with libcurl (fetch), not through rasqal's protocol client,
 * which always appends "?query=": an endpoint whose URL has a query
 * string of its own (a key, a dataset name) got a second '?' and answered
 * 400. SELECT answers are then read by rasqal's result-format reader. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/secret.h"
#include "base/xalloc.h"
#include "query/endpoint.h"

/* One exchange: the endpoint as given and as it may be printed. */
typedef struct remote {
  dg_rdf *rdf;              /* borrowed */
  const dg_endpoint *ep;    /* borrowed */
  const char *text;         /* borrowed: the query */
  char *shown;              /* owned: ep->url with its password masked */
} remote;

/* An answer as it arrives. */
typedef struct fetch_ctx {
  dg_buf body;
  char *content_type;       /* owned; without parameters; NULL if none */
  int too_large;            /* the answer passed the size bound */
} fetch_ctx;

/* DG_ENDPOINT_MAX_BYTES, or for tests $DOCGRAPH_TEST_MAX_ANSWER bytes. */
static curl_off_t max_answer(void)
{
  const char *e = getenv("DOCGRAPH_TEST_MAX_ANSWER");
  long long v = e ? strtoll(e, NULL, 10) : 0;
  return v > 0 ? (curl_off_t)v : (curl_off_t)DG_ENDPOINT_MAX_BYTES;
}

static size_t on_bytes(char *ptr, size_t size, size_t nmemb, void *ud)
{
  fetch_ctx *c = ud;
  size_t n = size * nmemb;
  /* an answer without Content-Length is bounded here, as it arrives */
  if ((curl_off_t)(c->body.len + n) > max_answer()) {
    c->too_large = 1;
    return 0;   /* aborts the transfer */
  }
  dg_buf_add(&c->body, ptr, n);
  return n;
}

char *dg_endpoint_request_url(const dg_endpoint *ep, const char *text)
{
  dg_buf u;
  size_t n = strcspn(ep->url, "#"), i;   /* a fragment is not sent */
  const char *q = memchr(ep->url, '?', n);
  dg_buf_init(&u);
  dg_buf_add(&u, ep->url, n);
  /* SPARQL 1.1 Protocol 2.1.1: query=, then default-graph-uri= for each
   * graph, after the URL's own parameters if it has any */
  if (!q)
    dg_buf_addc(&u, '?');
  else if (u.data[u.len - 1] != '?' && u.data[u.len - 1] != '&')
    dg_buf_addc(&u, '&');
  dg_buf_adds(&u, "query=");
  dg_buf_add_urlencoded(&u, text);
  for (i = 0; i < ep->n_default_graphs; i++) {
    dg_buf_adds(&u, "&default-graph-uri=");
    dg_buf_add_urlencoded(&u, ep->default_graphs[i]);
  }
  return dg_buf_detach(&u);
}

/* GETs the request for r->text with `accept`; the body into c.
 *
 * libcurl itself, not raptor's www wrapper around it: raptor gives no
 * timeout but for connecting, and on an HTTP error it drops the body,
 * where servers say what was wrong with the query. So the whole exchange
 * is bounded here (ep->timeout seconds, connecting included, and the size
 * of the answer), and an HTTP status from 300 up (after redirects) is an
 * error naming the status and the first line of the body. */
static dg_status fetch(remote *r, const char *accept, fetch_ctx *c)
{
  char errbuf[CURL_ERROR_SIZE] = "";
  char *req = dg_endpoint_request_url(r->ep, r->text), *hdr;
  struct curl_slist *headers = NULL;
  CURL *h = curl_easy_init();
  long timeout = r->ep->timeout, code = 0;
  const char *type = NULL;
  dg_status st = DG_OK;
  CURLcode rc;

  if (!h) {
    free(req);
    return dg_fail(DG_ERR_INTERNAL, "cannot make a request to '%s' (libcurl)", r->shown);
  }
  hdr = xasprintf("Accept: %s", accept);
  headers = curl_slist_append(headers, hdr);
  free(hdr);
  curl_easy_setopt(h, CURLOPT_URL, req);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h, CURLOPT_USERAGENT, "docgraph/" PACKAGE_VERSION);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
#if LIBCURL_VERSION_NUM >= 0x075500
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
  curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, timeout < 10 ? timeout : 10L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, timeout);
  curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, max_answer());
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_bytes);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, c);
  rc = curl_easy_perform(h);
  if (rc == CURLE_OPERATION_TIMEDOUT) {
    st = dg_fail(DG_ERR_QUERY, "endpoint '%s' gave no whole answer within %ld s (--timeout)",
                 r->shown, timeout);
  } else if (c->too_large || rc == CURLE_FILESIZE_EXCEEDED) {
    st = dg_fail(DG_ERR_QUERY, "the answer of endpoint '%s' is larger than %lld bytes; refused",
                 r->shown, (long long)max_answer());
  } else if (rc != CURLE_OK) {
    st = dg_fail(DG_ERR_QUERY, "the endpoint '%s' did not answer the query: %s", r->shown,
                 *errbuf ? errbuf : curl_easy_strerror(rc));
  } else if (curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK && code >= 300) {
    size_t len = strcspn(c->body.data, "\r\n");
    st = dg_fail(DG_ERR_QUERY, "the endpoint '%s' answered HTTP %ld%s%.*s", r->shown, code,
                 len ? ": " : "", (int)(len < 200 ? len : 200), c->body.data);
  } else if (curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) {
    c->content_type = xstrndup(type, strcspn(type, "; "));
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(h);
  free(req);
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

static dg_status remote_select(remote *r, dg_results **out)
{
  raptor_world *rw = dg_rdf_raptor(r->rdf);
  rasqal_world *qw = librdf_world_get_rasqal(dg_rdf_world(r->rdf));
  fetch_ctx c = {{NULL, 0, 0}, NULL, 0};
  rasqal_query_results *qr = NULL;
  rasqal_query_results_formatter *fmt = NULL;
  raptor_iostream *in = NULL;
  raptor_uri *base = NULL;
  dg_results *res = NULL;
  dg_status st;
  unsigned errors;
  int n, i;

  dg_buf_init(&c.body);
  st = fetch(r, "application/sparql-results+xml", &c);
  if (st != DG_OK)
    goto out;
  /* by the type the server gave; XML, which was asked for, if it gave
   * none rasqal reads (application/xml, text/xml) */
  if (c.content_type)
    fmt = rasqal_new_query_results_formatter(qw, NULL, c.content_type, NULL);
  if (!fmt)
    fmt = rasqal_new_query_results_formatter(qw, "xml", NULL, NULL);
  qr = rasqal_new_query_results2(qw, NULL, RASQAL_QUERY_RESULTS_BINDINGS);
  in = raptor_new_iostream_from_string(rw, c.body.data, c.body.len);
  base = raptor_new_uri(rw, (const unsigned char *)r->ep->url);
  if (!fmt || !qr || !in || !base) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot read the answer of endpoint '%s'", r->shown);
    goto out;
  }
  /* rasqal's reader logs (rather than returns) most failures, so the
   * error count decides */
  dg_rdf_set_input(r->rdf, r->shown);
  errors = dg_rdf_errors(r->rdf);
  if (rasqal_query_results_formatter_read(qw, in, fmt, qr, base) ||
      dg_rdf_errors(r->rdf) != errors) {
    if (dg_rdf_errors(r->rdf) == errors)
      dg_fail(DG_ERR_QUERY, "the endpoint '%s' sent no SPARQL results (%s)", r->shown,
              c.content_type ? c.content_type : "no content type");
    st = DG_ERR_QUERY;
    dg_rdf_set_input(r->rdf, NULL);
    goto out;
  }
  dg_rdf_set_input(r->rdf, NULL);
  res = dg_results_new(DG_RESULTS_BINDINGS);
  n = rasqal_query_results_get_bindings_count(qr);
  for (i = 0; i < n; i++)
    dg_results_add_var(res, (const char *)rasqal_query_results_get_binding_name(qr, i));
  while (!rasqal_query_results_finished(qr)) {
    dg_term *row = dg_results_add_row(res);
    for (i = 0; i < n; i++)
      set_from_literal(&row[i], rasqal_query_results_get_binding_value(qr, i));
    if (rasqal_query_results_next(qr))
      break;
  }
  *out = res;

out:
  if (in)
    raptor_free_iostream(in);
  if (qr)
    rasqal_free_query_results(qr);
  if (fmt)
    rasqal_free_query_results_formatter(fmt);
  if (base)
    raptor_free_uri(base);
  dg_buf_release(&c.body);
  free(c.content_type);
  return st;
}

static dg_status remote_ask(remote *r, dg_results **out)
{
  fetch_ctx c = {{NULL, 0, 0}, NULL, 0};
  dg_status st;
  const char *b;
  dg_buf_init(&c.body);
  /* JSON first: Comunica 4 fails to write a boolean as XML */
  st = fetch(r, "application/sparql-results+json, application/sparql-results+xml;q=0.9", &c);
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
      st = dg_fail(DG_ERR_QUERY, "the endpoint '%s' sent no boolean answer (%s)", r->shown,
                   c.content_type ? c.content_type : "no content type");
    }
  }
  dg_buf_release(&c.body);
  free(c.content_type);
  return st;
}

static dg_status remote_construct(remote *rm, dg_results **out)
{
  dg_rdf *rdf = rm->rdf;
  librdf_world *w = dg_rdf_world(rdf);
  fetch_ctx c = {{NULL, 0, 0}, NULL, 0};
  librdf_parser *parser = NULL;
  librdf_uri *base = NULL;
  librdf_stream *s = NULL;
  dg_results *r = NULL;
  dg_status st;
  unsigned errors;

  dg_buf_init(&c.body);
  st = fetch(rm, "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5", &c);
  if (st != DG_OK)
    goto out;
  parser = librdf_new_parser(w, NULL, c.content_type, NULL);
  if (!parser)
    parser = librdf_new_parser(w, "guess", NULL, NULL);
  base = librdf_new_uri(w, (const unsigned char *)rm->ep->url);
  if (!parser || !base) {
    st = dg_fail(DG_ERR_QUERY, "cannot read the endpoint's answer (%s)",
                 c.content_type ? c.content_type : "no content type");
    goto out;
  }
  dg_rdf_set_input(rdf, rm->shown);
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

dg_status dg_endpoint_run(dg_rdf *rdf, const dg_endpoint *ep, const char *origin,
                          const char *text, dg_query_form form, dg_results **out)
{
  remote r;
  dg_status st = DG_ERR_QUERY;
  *out = NULL;
  r.rdf = rdf;
  r.ep = ep;
  r.text = text;
  r.shown = dg_secret_mask(ep->url);
  switch (form) {
  case DG_FORM_SELECT: st = remote_select(&r, out); break;
  case DG_FORM_ASK: st = remote_ask(&r, out); break;
  case DG_FORM_CONSTRUCT: st = remote_construct(&r, out); break;
  case DG_FORM_DESCRIBE:
  case DG_FORM_UPDATE:
  case DG_FORM_UNKNOWN:
    st = dg_fail(DG_ERR_QUERY, "%s: only SELECT, ASK and CONSTRUCT queries can be sent to an "
                 "endpoint", origin);
    break;
  }
  free(r.shown);
  return st;
}
