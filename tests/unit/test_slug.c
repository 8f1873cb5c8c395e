/* test_slug.c - slugs are deterministic and always valid in an IRI. */
#include "config.h"

#include <stdlib.h>

#include "resolve/iri.h"
#include "resolve/slug.h"
#include "../tap.h"

static void check(const char *in, size_t len, const char *want, const char *what)
{
  char *s = dg_slug(in, len);
  if (want)
    is_str(s, want, "%s", what);
  {
    char *iri = dg_iri_entity(DG_DEFAULT_BASE, "person", s);
    ok(dg_iri_is_valid(iri), "%s: IRI <%s> is valid", what, iri);
    free(iri);
  }
  free(s);
}

int main(void)
{
  static const char hostile[] = "<>\"{}|\\^` \n\t%zz";
  char big[2000];
  unsigned char bytes[256];
  int i;
  char *a, *b;

  check("Ada Nowak", 9, "ada-nowak", "plain name");
  check("Institute for Coastal Policy USA", 32, "institute-for-coastal-policy-usa", "organization");
  check("Europe\xE2\x80\x99s Grid Security: From the Baltic to the Alps",
        strlen("Europe\xE2\x80\x99s Grid Security: From the Baltic to the Alps"),
        "europes-grid-security-from-the-baltic-to-the-alps", "title with curly apostrophe");
  check("Fran\xC3\xA7ois Godement", 18, "francois-godement", "accents folded");
  check("\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", 10, "%D0%BF%D1%83%D1%82%D0%B8%D0%BD",
        "Cyrillic percent-encoded (lowercased first)");
  check(hostile, sizeof hostile - 1, NULL, "only IRI-breaking characters");
  check("", 0, NULL, "empty string");
  memset(big, 'a', sizeof big);
  for (i = 0; i < (int)sizeof big; i += 7)
    big[i] = ' ';
  check(big, sizeof big, NULL, "2000 bytes");
  {
    char *s = dg_slug(big, sizeof big);
    ok(strlen(s) <= DG_SLUG_MAX + 9, "long slug is cut to at most %d bytes", DG_SLUG_MAX + 9);
    free(s);
  }
  for (i = 0; i < 256; i++)
    bytes[i] = (unsigned char)i;
  check((const char *)bytes, sizeof bytes, NULL, "every byte value, invalid UTF-8 included");
  a = dg_slug("Same Name", 9);
  b = dg_slug("same   name!", 12);
  is_str(a, b, "case and punctuation do not change identity");
  free(a);
  free(b);
  a = dg_slug("Alpha", 5);
  b = dg_slug("Beta", 4);
  ok(strcmp(a, b) != 0, "different names give different slugs");
  free(a);
  free(b);
  a = dg_percent_encode("a b<c>%", 7, 0);
  is_str(a, "a%20b%3Cc%3E%25", "percent-encoding escapes what IRIs forbid");
  free(a);
  return tap_done();
}
