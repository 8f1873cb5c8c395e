/* gsp.c - send graphs to a Graph Store Protocol server with libcurl.
 *
 * One libcurl handle for the whole push, so that the connection and the
 * digest authentication's nonce are reused from request to request:
 * Virtuoso asks for digest on /sparql-graph-crud-auth, and a handle of
 * its own per graph would pay the 401 round trip every time. The
 * password is handed to libcurl only (CURLOPT_PASSWORD, or the netrc
 * file); no URL docgraph builds or prints holds it. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "store/gsp.h"

/* The most of an answer's body kept for a message. */
#define ANSWER_KEEP 4096

struct dg_gsp {
  dg_gsp_config c;         /* the strings borrowed */
  CURL *h;                 /* owned */
  struct curl_slist *nt;   /* owned: headers of a request with N-Triples */
  struct curl_slist *ru;   /* owned: headers of a SPARQL Update request */
  dg_buf answer;           /* the body of the last answer (its start) */
};

static size_t on_bytes(char *ptr, size_t size, size_t nmemb, void *ud)
{
  dg_gsp *g = ud;
  size_t n = size * nmemb;
  if (g->answer.len < ANSWER_KEEP)
    dg_buf_add(&g->answer, ptr, n < ANSWER_KEEP - g->answer.len ? n : ANSWER_KEEP - g->answer.len);
  return n;
}

dg_status dg_gsp_new(const dg_gsp_config *c, dg_gsp **out)
{
  dg_gsp *g;
  *out = NULL;
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
    return DG_ERR_INTERNAL;
  g = xcalloc(1, sizeof *g);
  g->c = *c;
  if (g->c.attempts < 1)
    g->c.attempts = 1;
  dg_buf_init(&g->answer);
  g->h = curl_easy_init();
  if (!g->h) {
    dg_gsp_free(g);
    return DG_ERR_INTERNAL;
  }
  /* "Expect:" off: a server that does not answer 100-continue would cost
   * a second's wait per graph */
  g->nt = curl_slist_append(g->nt, "Content-Type: application/n-triples");
  g->nt = curl_slist_append(g->nt, "Expect:");
  g->ru = curl_slist_append(g->ru, "Content-Type: application/sparql-update; charset=utf-8");
  g->ru = curl_slist_append(g->ru, "Expect:");
  curl_easy_setopt(g->h, CURLOPT_USERAGENT, "docgraph/" PACKAGE_VERSION);
  curl_easy_setopt(g->h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(g->h, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
  curl_easy_setopt(g->h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
  curl_easy_setopt(g->h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
  curl_easy_setopt(g->h, CURLOPT_CONNECTTIMEOUT, g->c.timeout < 10 ? g->c.timeout : 10L);
  curl_easy_setopt(g->h, CURLOPT_TIMEOUT, g->c.timeout);
  curl_easy_setopt(g->h, CURLOPT_WRITEFUNCTION, on_bytes);
  curl_easy_setopt(g->h, CURLOPT_WRITEDATA, g);
  /* basic or digest, whichever the server asks for */
  curl_easy_setopt(g->h, CURLOPT_HTTPAUTH, (long)CURLAUTH_ANY);
  if (g->c.user)
    curl_easy_setopt(g->h, CURLOPT_USERNAME, g->c.user);
  if (g->c.password)
    curl_easy_setopt(g->h, CURLOPT_PASSWORD, g->c.password);
  else
    curl_easy_setopt(g->h, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
  if (g->c.netrc)
    curl_easy_setopt(g->h, CURLOPT_NETRC_FILE, g->c.netrc);
  *out = g;
  return DG_OK;
}

void dg_gsp_free(dg_gsp *g)
{
  if (!g)
    return;
  if (g->h)
    curl_easy_cleanup(g->h);
  curl_slist_free_all(g->nt);
  curl_slist_free_all(g->ru);
  dg_buf_release(&g->answer);
  free(g);
  curl_global_cleanup();
}

/* 1 if the path of `url` (`n` bytes, no query) ends in `/name`. */
static int path_ends(const char *url, size_t n, const char *name)
{
  size_t k = strlen(name);
  return n > k && url[n - k - 1] == '/' && memcmp(url + n - k, name, k) == 0;
}

/* Where the query string's empty `graph=` or `graph-uri=` parameter
 * ends (the value goes there), or NULL. */
static const char *empty_graph_param(const char *q, const char *end)
{
  static const char *const names[] = {"graph=", "graph-uri="};
  const char *p = q;
  while (p < end) {
    const char *amp = memchr(p, '&', (size_t)(end - p));
    const char *stop = amp ? amp : end;
    size_t i;
    for (i = 0; i < 2; i++) {
      size_t k = strlen(names[i]);
      if ((size_t)(stop - p) == k && memcmp(p, names[i], k) == 0)
        return stop;
    }
    p = stop + 1;
  }
  return NULL;
}

char *dg_gsp_graph_url(const char *url, const char *graph)
{
  dg_buf u;
  size_t n = strcspn(url, "#");
  const char *q = memchr(url, '?', n), *slot = q ? empty_graph_param(q + 1, url + n) : NULL;
  size_t path_len = q ? (size_t)(q - url) : n;
  dg_buf_init(&u);
  if (slot) {
    dg_buf_add(&u, url, (size_t)(slot - url));
    dg_buf_add_urlencoded(&u, graph);
    dg_buf_add(&u, slot, (size_t)(url + n - slot));
    return dg_buf_detach(&u);
  }
  dg_buf_add(&u, url, n);
  if (!q)
    dg_buf_addc(&u, '?');
  else if (u.data[u.len - 1] != '?' && u.data[u.len - 1] != '&')
    dg_buf_addc(&u, '&');
  if (path_ends(url, path_len, "sparql-graph-crud") ||
      path_ends(url, path_len, "sparql-graph-crud-auth"))
    dg_buf_adds(&u, "graph-uri=");
  else
    dg_buf_adds(&u, "graph=");
  dg_buf_add_urlencoded(&u, graph);
  return dg_buf_detach(&u);
}

char *dg_gsp_update_url_for(const char *url)
{
  size_t n = strcspn(url, "?#");
  size_t k;
  if (path_ends(url, n, "sparql-graph-crud-auth")) {
    k = n - strlen("sparql-graph-crud-auth");
    return xasprintf("%.*ssparql-auth", (int)k, url);
  }
  if (path_ends(url, n, "sparql-graph-crud")) {
    k = n - strlen("sparql-graph-crud");
    return xasprintf("%.*ssparql", (int)k, url);
  }
  return NULL;
}

static void pause_ms(unsigned ms)
{
  struct timespec ts;
  ts.tv_sec = ms / 1000;
  ts.tv_nsec = (long)(ms % 1000) * 1000000L;
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
    ;
}

/* What an HTTP status is called, for messages. */
static const char *reason(long code)
{
  switch (code) {
  case 400: return "Bad Request";
  case 401: return "Unauthorized";
  case 403: return "Forbidden";
  case 404: return "Not Found";
  case 405: return "Method Not Allowed";
  case 413: return "Payload Too Large";
  case 415: return "Unsupported Media Type";
  case 500: return "Internal Server Error";
  case 502: return "Bad Gateway";
  case 503: return "Service Unavailable";
  case 504: return "Gateway Timeout";
  default: return NULL;
  }
}

/* Fills r->why from the answer: the status, its name, and the first
 * line of the body when it is text (not an HTML page). */
static void explain(dg_gsp *g, dg_gsp_reply *r)
{
  const char *name = reason(r->http), *b = g->answer.data ? g->answer.data : "";
  size_t len;
  while (*b == ' ' || *b == '\t' || *b == '\r' || *b == '\n')
    b++;
  len = strcspn(b, "\r\n");
  if (len > 160)
    len = 160;
  if (*b == '<')
    len = 0;
  snprintf(r->why, sizeof r->why, "HTTP %ld%s%s%s%s%.*s", r->http, name ? " (" : "",
           name ? name : "", name ? ")" : "", len ? ": " : "", (int)len, b);
}

/* Whether a failed transfer may go better when tried again (an if
 * chain, not a switch: libcurl's enum has a hundred values). */
static int transient(CURLcode rc)
{
  return rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
         rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR ||
         rc == CURLE_GOT_NOTHING || rc == CURLE_PARTIAL_FILE;
}

/* Sends one request (`method` to `url`, with `body` if not NULL), as
 * many times as the configuration allows while the failure is
 * transient. `absent_ok`: a 404 counts as done (DELETE). */
static dg_status request(dg_gsp *g, const char *method, const char *url, struct curl_slist *headers,
                      const char *body, size_t len, int absent_ok, dg_gsp_reply *r)
{
  char errbuf[CURL_ERROR_SIZE];
  unsigned wait = g->c.backoff_ms;
  memset(r, 0, sizeof *r);
  for (;;) {
    CURLcode rc;
    errbuf[0] = '\0';
    dg_buf_clear(&g->answer);
    r->http = 0;
    r->tries++;
    curl_easy_setopt(g->h, CURLOPT_URL, url);
    curl_easy_setopt(g->h, CURLOPT_ERRORBUFFER, errbuf);
    if (body) {
      curl_easy_setopt(g->h, CURLOPT_POSTFIELDS, body);
      curl_easy_setopt(g->h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    } else {
      curl_easy_setopt(g->h, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(g->h, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(g->h, CURLOPT_HTTPHEADER, headers);
    rc = curl_easy_perform(g->h);
    if (rc == CURLE_OK)
      curl_easy_getinfo(g->h, CURLINFO_RESPONSE_CODE, &r->http);
    if (rc == CURLE_OK && ((r->http >= 200 && r->http < 300) || (absent_ok && r->http == 404))) {
      r->why[0] = '\0';
      return DG_OK;
    }
    if (rc != CURLE_OK)
      snprintf(r->why, sizeof r->why, "%s", *errbuf ? errbuf : curl_easy_strerror(rc));
    else
      explain(g, r);
    if (r->tries >= g->c.attempts || (rc != CURLE_OK ? !transient(rc) : r->http < 500)) {
      /* no connection, or credentials refused: every request would */
      r->stop = rc != CURLE_OK || r->http == 401 || r->http == 403;
      return DG_ERR_STORE;
    }
    pause_ms(wait);
    wait *= 2;
  }
}

static dg_status send_graph(dg_gsp *g, const char *method, const char *graph, const char *body,
                            size_t len, dg_gsp_reply *r)
{
  char *url = dg_gsp_graph_url(g->c.url, graph);
  dg_status st = request(g, method, url, body ? g->nt : NULL, body ? body : NULL, len,
                      strcmp(method, "DELETE") == 0, r);
  free(url);
  return st;
}

dg_status dg_gsp_put(dg_gsp *g, const char *graph, const char *body, size_t len,
                     dg_gsp_reply *r)
{
  return send_graph(g, "PUT", graph, body, len, r);
}

dg_status dg_gsp_post(dg_gsp *g, const char *graph, const char *body, size_t len,
                      dg_gsp_reply *r)
{
  return send_graph(g, "POST", graph, body, len, r);
}

dg_status dg_gsp_delete(dg_gsp *g, const char *graph, dg_gsp_reply *r)
{
  return send_graph(g, "DELETE", graph, NULL, 0, r);
}

dg_status dg_gsp_update(dg_gsp *g, const char *text, dg_gsp_reply *r)
{
  if (!g->c.update_url) {
    memset(r, 0, sizeof *r);
    snprintf(r->why, sizeof r->why, "no SPARQL Update endpoint");
    r->stop = 1;
    return DG_ERR_USAGE;
  }
  return request(g, "POST", g->c.update_url, g->ru, text, strlen(text), 0, r);
}
