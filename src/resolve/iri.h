/* iri.h - instance IRIs (SPEC section 2) and IRI checks. */
#ifndef DG_IRI_H
#define DG_IRI_H

#include <stddef.h>

#define DG_NS "https://w3id.org/docgraph/ns#"
#define DG_DEFAULT_BASE "https://w3id.org/docgraph/id/"

/* Returns 1 if `s` is an absolute IRI that every RDF syntax accepts: a
 * scheme, then no space, control character or any of <>"{}|\^` and no
 * malformed %-escape. */
int dg_iri_is_valid(const char *s);

/* Returns 1 if `base` can be used with --base: a valid IRI ending in '/'
 * or '#', so that appending "person/x" gives a valid IRI. */
int dg_iri_base_is_valid(const char *base);

/* Each returns a new IRI under `base` (free with free()).
 *   dg_iri_entity(base, "person", name)  -> BASE person/<slug of name>
 *   dg_iri_country(base, "JP")           -> BASE country/JP
 *   dg_iri_event(base, "2018-02-26", t)  -> BASE event/2018-02-26-<slug>
 *   dg_iri_document(base, sha256hex)     -> BASE document/<first 16 hex> */
char *dg_iri_entity(const char *base, const char *kind, const char *name);
char *dg_iri_country(const char *base, const char *code);
char *dg_iri_event(const char *base, const char *date, const char *title);
char *dg_iri_document(const char *base, const char *sha256hex);

#endif
