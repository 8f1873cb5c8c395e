/* resolve.c - entity identity to IRIs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "resolve/resolve.h"

/* Mints from the comparison key of the name or title (case, accents,
 * punctuation and spacing folded), so that "U.S.–Japan" and "U.S.-Japan",
 * or a title with a curly apostrophe and one with a straight one, give one
 * IRI in every document, even when a long slug ends in a hash. */
static char *mint_keyed(const char *base, const char *kind, const char *key)
{
  char *k = dg_text_key(key, strlen(key));
  char *iri = dg_iri_entity(base, kind, *k ? k : key);
  free(k);
  return iri;
}

static char *mint(const dg_entity *e, const char *base)
{
  switch (e->kind) {
  case DG_KIND_DOCUMENT: return dg_iri_document(base, e->key);
  case DG_KIND_PUBLICATION: return mint_keyed(base, "publication", e->key);
  case DG_KIND_EVENT: {
    char *k = dg_text_key(e->key, strlen(e->key));
    char *iri = dg_iri_event(base, e->date, *k ? k : e->key);
    free(k);
    return iri;
  }
  case DG_KIND_PERSON: return mint_keyed(base, "person", e->key);
  case DG_KIND_ORGANIZATION: return mint_keyed(base, "org", e->key);
  case DG_KIND_COUNTRY: return dg_iri_country(base, e->key);
  case DG_KIND__COUNT: break;
  }
  return dg_iri_entity(base, "thing", e->key);
}

char **dg_resolve(const dg_facts *f, const char *base)
{
  size_t n = dg_facts_n_entities(f), i;
  char **iris = xcalloc(n ? n : 1, sizeof *iris);
  for (i = 0; i < n; i++)
    iris[i] = mint(dg_facts_get_entity(f, i), base);
  return iris;
}

void dg_resolve_free(char **iris, size_t n)
{
  size_t i;
  if (!iris)
    return;
  for (i = 0; i < n; i++)
    free(iris[i]);
  free(iris);
}
