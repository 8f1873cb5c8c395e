/* view.c - the view's table, generated at build time from the ontology's
 * rdfs:subClassOf, rdfs:subPropertyOf and owl:equivalent* axioms
 * (tools/gen-view.sh), so that the ontology stays the one place where the
 * alignment is written. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "emit/view.h"

typedef struct view_term {
  const char *iri;
  dg_view view;
} view_term;

#include "emit/view_table.inc"

#define N_TERMS (sizeof terms / sizeof terms[0])
#define N_AXIOMS (sizeof axiom_sub / sizeof axiom_sub[0])

static const struct {
  const char *name;
  unsigned views;
} names[] = {
  {"dg", 0},
  {"schema", DG_VIEW_SCHEMA},
  {"foaf", DG_VIEW_FOAF},
  {"dcterms", DG_VIEW_DCTERMS},
  {"all", DG_VIEW_ALL},
};

int dg_view_parse(const char *list, unsigned *views, char **bad)
{
  const char *s = list;
  unsigned set = 0;
  *bad = NULL;
  for (;;) {
    size_t len = strcspn(s, ","), i;
    int found = 0;
    for (i = 0; i < sizeof names / sizeof names[0] && !found; i++)
      if (strlen(names[i].name) == len && memcmp(names[i].name, s, len) == 0) {
        set |= names[i].views;
        found = 1;
      }
    if (!found) {
      *bad = xstrndup(s, len);
      return 0;
    }
    if (!s[len])
      break;
    s += len + 1;
  }
  *views = set;
  return 1;
}

const char *dg_view_names(void) { return "dg, schema, foaf, dcterms, all"; }

size_t dg_view_n_terms(void) { return N_TERMS; }

const char *dg_view_term_iri(size_t i) { return i < N_TERMS ? terms[i].iri : NULL; }

dg_view dg_view_term_view(size_t i) { return i < N_TERMS ? terms[i].view : (dg_view)0; }

size_t dg_view_supers(const char *iri, const unsigned short **out)
{
  size_t lo = 0, hi = N_AXIOMS, first;
  /* the first axiom whose dg: term is not before `iri` */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(axiom_sub[mid], iri) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  first = lo;
  while (hi < N_AXIOMS && strcmp(axiom_sub[hi], iri) == 0)
    hi++;
  *out = axiom_super + first;
  return hi - first;
}
