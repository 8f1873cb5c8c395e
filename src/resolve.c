/* resolve.c - entity identity to IRIs. */
#include "config.h"

#include <stdlib.h>

#include "iri.h"
#include "resolve.h"
#include "xalloc.h"

static char *mint(const dg_entity *e, const char *base)
{
  switch (e->kind) {
  case DG_KIND_DOCUMENT: return dg_iri_document(base, e->key);
  case DG_KIND_PUBLICATION: return dg_iri_entity(base, "publication", e->key);
  case DG_KIND_EVENT: return dg_iri_event(base, e->date, e->key);
  case DG_KIND_PERSON: return dg_iri_entity(base, "person", e->key);
  case DG_KIND_ORGANIZATION: return dg_iri_entity(base, "org", e->key);
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
