/* secret.c - passwords masked in store specs and URLs before they are
 * printed: a message or `stats` names the store a user gave, and a
 * terminal, a log or a bug report must not carry the password with it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/secret.h"

#define MASK "***"

/* Keys whose values are passwords: the libpq and ODBC spellings (PWD=
 * in a DSN), and what hand-written connection strings use. */
static const char *const secret_keys[] = {"password", "passwd", "pwd", "pass", "secret", NULL};

static int is_sep(char c) { return c == ';' || c == '&' || c == ',' || c == ' ' || c == '\t'; }

/* The length of the password-like key at `p` followed by '=', or 0. */
static size_t secret_key_at(const char *p)
{
  size_t i, n;
  for (i = 0; secret_keys[i]; i++) {
    n = strlen(secret_keys[i]);
    if (strncasecmp(p, secret_keys[i], n) == 0 && p[n] == '=')
      return n + 1;
  }
  return 0;
}

/* In scheme://USERINFO@HOST..., the span of the password (after the
 * first ':' of USERINFO, up to the '@'): its start in *from and its end
 * in *to. 0 if `text` has no password there. */
static int url_password(const char *text, size_t *from, size_t *to)
{
  const char *p = strstr(text, "://"), *auth, *end, *at, *colon;
  size_t i;
  if (!p || p == text)
    return 0;
  for (i = 0; text + i < p; i++)   /* a scheme: letters, digits, + - . */
    if (!(text[i] >= 'a' && text[i] <= 'z') && !(text[i] >= 'A' && text[i] <= 'Z') &&
        !(i > 0 && ((text[i] >= '0' && text[i] <= '9') || strchr("+-.", text[i]))))
      return 0;
  auth = p + 3;
  /* the last '@' before the query: a password may hold '@' and '/'
   * (store specs are not percent-encoded); an '@' in a URL's path then
   * hides a little more than the password, which is the safe side */
  end = auth + strcspn(auth, "?#");
  for (at = NULL, p = auth; p < end; p++)
    if (*p == '@')
      at = p;
  if (!at)
    return 0;
  colon = memchr(auth, ':', (size_t)(at - auth));
  if (!colon)
    return 0;
  *from = (size_t)(colon + 1 - text);
  *to = (size_t)(at - text);
  return 1;
}

char *dg_secret_mask(const char *text)
{
  dg_buf b;
  size_t i = 0, n = strlen(text), from = 0, to = 0, k;
  int url = url_password(text, &from, &to);

  dg_buf_init(&b);
  while (i < n) {
    if (url && i == from) {
      dg_buf_adds(&b, MASK);
      i = to;
      continue;
    }
    if ((i == 0 || is_sep(text[i - 1]) || text[i - 1] == ':' || text[i - 1] == '?') &&
        (k = secret_key_at(text + i)) != 0) {
      dg_buf_add(&b, text + i, k);
      dg_buf_adds(&b, MASK);
      i += k;
      while (i < n && !is_sep(text[i]))
        i++;
      continue;
    }
    dg_buf_addc(&b, text[i]);
    i++;
  }
  return dg_buf_detach(&b);
}

int dg_secret_found(const char *text)
{
  char *m = dg_secret_mask(text);
  int found = strcmp(m, text) != 0;
  free(m);
  return found;
}
