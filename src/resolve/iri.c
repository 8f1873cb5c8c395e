/* iri.c - minting instance IRIs, deterministically, from normalised content. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "resolve/slug.h"

static int is_hex(int c)
{
  return dg_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int dg_iri_is_valid(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  if (!s || !dg_is_alpha(*p))
    return 0;
  while (dg_is_alnum(*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p != ':')
    return 0;
  for (; *p; p++) {
    if (*p <= 0x20 || *p == 0x7F || strchr("<>\"{}|\\^`", *p))
      return 0;
    if (*p == '%' && !(is_hex(p[1]) && is_hex(p[2])))
      return 0;
  }
  return dg_text_is_utf8(s, strlen(s));
}

int dg_iri_base_is_valid(const char *base)
{
  size_t n = base ? strlen(base) : 0;
  return n > 0 && dg_iri_is_valid(base) && (base[n - 1] == '/' || base[n - 1] == '#');
}

char *dg_iri_entity(const char *base, const char *kind, const char *name)
{
  char *slug = dg_slug(name, strlen(name));
  char *iri = xasprintf("%s%s/%s", base, kind, slug);
  free(slug);
  return iri;
}

char *dg_iri_country(const char *base, const char *code)
{
  /* codes come from our gazetteer, but never trust a string into an IRI */
  char *enc = dg_percent_encode(code, strlen(code), 0);
  char *iri = xasprintf("%scountry/%s", base, enc);
  free(enc);
  return iri;
}

char *dg_iri_event(const char *base, const char *date, const char *title)
{
  char *slug = dg_slug(title, strlen(title));
  char *d = date ? dg_percent_encode(date, strlen(date), 0) : NULL;
  char *iri = d && *d ? xasprintf("%sevent/%s-%s", base, d, slug)
                      : xasprintf("%sevent/%s", base, slug);
  free(d);
  free(slug);
  return iri;
}

char *dg_iri_document(const char *base, const char *sha256hex)
{
  return xasprintf("%sdocument/%.16s", base, sha256hex);
}
