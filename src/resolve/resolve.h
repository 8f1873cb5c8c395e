/* resolve.h - give every entity of a document its IRI (SPEC section 2). */
#ifndef DG_RESOLVE_H
#define DG_RESOLVE_H

#include <stddef.h>

#include "extract/facts.h"

/* Returns a new array of dg_facts_n_entities(f) IRIs under `base`, one per
 * entity, minted from normalised content so that the same entity in two
 * documents gets one IRI. Free with dg_resolve_free(). */
char **dg_resolve(const dg_facts *f, const char *base);
void dg_resolve_free(char **iris, size_t n);

#endif
