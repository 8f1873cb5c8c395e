/* test_iri.c - instance IRIs per SPEC section 2, and the IRI checker. */
#include "config.h"

#include <stdlib.h>

#include "resolve/iri.h"
#include "../tap.h"

int main(void)
{
  char *s;
  s = dg_iri_entity(DG_DEFAULT_BASE, "person", "Ada Nowak");
  is_str(s, "https://w3id.org/docgraph/id/person/ada-nowak", "person IRI");
  free(s);
  s = dg_iri_entity(DG_DEFAULT_BASE, "org", "Institute for Coastal Policy USA");
  is_str(s, "https://w3id.org/docgraph/id/org/institute-for-coastal-policy-usa", "org IRI");
  free(s);
  s = dg_iri_country(DG_DEFAULT_BASE, "JP");
  is_str(s, "https://w3id.org/docgraph/id/country/JP", "country IRI keeps the code's case");
  free(s);
  s = dg_iri_event(DG_DEFAULT_BASE, "2018-02-26", "DC Policy Forum");
  is_str(s, "https://w3id.org/docgraph/id/event/2018-02-26-dc-policy-forum", "event IRI");
  free(s);
  s = dg_iri_event(DG_DEFAULT_BASE, NULL, "Undated Forum");
  is_str(s, "https://w3id.org/docgraph/id/event/undated-forum", "undated event IRI");
  free(s);
  s = dg_iri_document(DG_DEFAULT_BASE,
                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  is_str(s, "https://w3id.org/docgraph/id/document/e3b0c44298fc1c14", "document IRI");
  free(s);
  s = dg_iri_entity("http://example.org/kg#", "person", "A B");
  is_str(s, "http://example.org/kg#person/a-b", "a base ending in #");
  free(s);

  ok(dg_iri_is_valid("http://example.org/a%20b"), "valid IRI");
  ok(dg_iri_is_valid("urn:x:\xC3\xA9"), "non-ASCII IRI is valid");
  ok(!dg_iri_is_valid("http://example.org/a b"), "space rejected");
  ok(!dg_iri_is_valid("http://example.org/<a>"), "angle brackets rejected");
  ok(!dg_iri_is_valid("http://example.org/%zz"), "bad escape rejected");
  ok(!dg_iri_is_valid("example.org/x"), "relative reference rejected");
  ok(!dg_iri_is_valid(""), "empty string rejected");
  ok(!dg_iri_is_valid("http://x/\x01"), "control character rejected");
  ok(dg_iri_base_is_valid("https://example.org/id/"), "base ending in / accepted");
  ok(!dg_iri_base_is_valid("https://example.org/id"), "base without trailing / refused");
  ok(!dg_iri_base_is_valid("not an iri/"), "base that is no IRI refused");
  return tap_done();
}
