/* store_spec.c - store specs read before any store is touched.
 *
 * A spec that is not understood must not fall through to "a directory of
 * that name": `virtuoso:dsn=x;password=y` would become a new, empty store
 * in a directory named with the password, and every later message would
 * print it. So a spec shaped like a URL scheme is either a known kind or
 * a command-line error, and no password reaches a message. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/secret.h"
#include "base/xalloc.h"
#include "store/store_spec.h"

#define PG_PREFIX "postgresql://"

/* The length of the URL scheme `spec` starts with, ':' included (RFC
 * 3986: a letter, then letters, digits, '+', '-', '.'), or 0. */
static size_t scheme_len(const char *spec)
{
  size_t i;
  if (!((spec[0] >= 'a' && spec[0] <= 'z') || (spec[0] >= 'A' && spec[0] <= 'Z')))
    return 0;
  for (i = 1; spec[i]; i++) {
    char c = spec[i];
    if (c == ':')
      return i + 1;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '+' || c == '-' || c == '.'))
      return 0;
  }
  return 0;
}

int dg_store_spec_pg_word(const char *w)
{
  return w[strcspn(w, " \t\r\n'\"\\")] == '\0';
}

/* postgresql://USER[:PASSWORD]@HOST[:PORT]/DB. The last '@' ends the
 * user information, so that a password may hold '@' or '/'. Returns 1,
 * 0 if `spec` is not of that form, -1 if a part cannot be passed on. */
static int parse_pg(const char *spec, dg_store_spec *s)
{
  const char *p = spec + strlen(PG_PREFIX), *at = strrchr(p, '@'), *slash, *colon;
  size_t n;
  slash = at ? strchr(at, '/') : NULL;
  if (!at || !slash || !slash[1] || at == p || slash == at + 1)
    return 0;
  colon = memchr(p, ':', (size_t)(at - p));
  if (colon == p)
    return 0;
  if (colon) {
    s->user = xstrndup(p, (size_t)(colon - p));
    s->password = xstrndup(colon + 1, (size_t)(at - colon - 1));
  } else {
    s->user = xstrndup(p, (size_t)(at - p));
  }
  s->host = xstrndup(at + 1, (size_t)(slash - at - 1));
  /* HOST:PORT; an IPv6 address is in brackets, its colons are not a port */
  colon = strrchr(s->host, ':');
  if (colon && s->host[0] == '[' && (!strchr(s->host, ']') || colon < strchr(s->host, ']')))
    colon = NULL;
  if (colon) {
    s->port = xstrdup(colon + 1);
    s->host[colon - s->host] = '\0';
  } else {
    s->port = xstrdup("5432");
  }
  s->db = xstrdup(slash + 1);
  if (!*s->host || !*s->port || strspn(s->port, "0123456789") != strlen(s->port))
    return 0;
  if (!dg_store_spec_pg_word(s->user) || !dg_store_spec_pg_word(s->host) ||
      !dg_store_spec_pg_word(s->db) || (s->password && !dg_store_spec_pg_word(s->password)))
    return -1;
  s->shown = xasprintf(PG_PREFIX "%s@%s:%s/%s", s->user, s->host, s->port, s->db);
  /* libpq takes an IPv6 address without its brackets */
  n = strlen(s->host);
  if (s->host[0] == '[' && n > 2 && s->host[n - 1] == ']') {
    memmove(s->host, s->host + 1, n - 2);
    s->host[n - 2] = '\0';
  }
  return 1;
}

dg_status dg_store_spec_parse(const char *spec, dg_store_spec *out, char **why)
{
  const char *env = getenv("DOCGRAPH_STORE");
  size_t n;
  char *masked;

  memset(out, 0, sizeof *out);
  *why = NULL;
  if (spec && *spec) {
    out->origin = "--store";
  } else if (env && *env) {
    spec = env;
    out->origin = "$DOCGRAPH_STORE";
  } else {
    spec = "docgraph.store";
    out->origin = "the default store";
  }
  masked = dg_secret_mask(spec);
  n = scheme_len(spec);
  if (n == strlen("hashes:") && strncasecmp(spec, "hashes:", n) == 0) {
    out->kind = DG_STORE_KIND_HASHES;
    if (spec[n] && !dg_secret_found(spec + n)) {
      out->path = xstrdup(spec + n);
      out->shown = xstrdup(spec);
    } else {
      *why = xasprintf("%s '%s' names no directory (hashes:PATH)", out->origin, masked);
    }
  } else if (n == strlen("postgresql:") && strncasecmp(spec, "postgresql:", n) == 0) {
    out->kind = DG_STORE_KIND_PG;
    int ok = strncasecmp(spec, PG_PREFIX, strlen(PG_PREFIX)) == 0 ? parse_pg(spec, out) : 0;
    /* not echoed: where the password is in a malformed one is anyone's
     * guess */
    if (ok == 0)
      *why = xasprintf("%s: a PostgreSQL store is written " PG_PREFIX
                       "USER[:PASSWORD]@HOST[:PORT]/DB", out->origin);
    else if (ok < 0)
      *why = xasprintf("%s: the user, password, host and database of a PostgreSQL store "
                       "cannot hold blanks, quotes or backslashes (Redland passes them to the "
                       "server unquoted)", out->origin);
  } else if (n) {
    /* only the scheme is named: the rest may be a connection string */
    *why = xasprintf("%s: unknown kind of store '%.*s'; a store is " DG_STORE_SPEC_FORMS
                     " (write ./NAME for a directory whose name has a colon)",
                     out->origin, (int)n, spec);
  } else if (dg_secret_found(spec)) {
    *why = xasprintf("%s '%s' looks like a connection string with a password, not a "
                     "directory; a store is " DG_STORE_SPEC_FORMS, out->origin, masked);
  } else {
    out->kind = DG_STORE_KIND_DG;
    out->path = xstrdup(spec);
    out->shown = xstrdup(spec);
  }
  free(masked);
  if (*why) {
    dg_store_spec_release(out);
    return DG_ERR_USAGE;
  }
  return DG_OK;
}

void dg_store_spec_release(dg_store_spec *s)
{
  if (!s)
    return;
  free(s->shown);
  free(s->path);
  free(s->user);
  free(s->password);
  free(s->host);
  free(s->port);
  free(s->db);
  memset(s, 0, sizeof *s);
}
