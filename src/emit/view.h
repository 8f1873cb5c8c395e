/* view.h - the standard-vocabulary view: schema.org, FOAF and DCMI terms
 * aligned to the dg: terms docgraph writes, as the ontology aligns them. */
#ifndef DG_VIEW_H
#define DG_VIEW_H

#include <stddef.h>
#include <redland.h>

#include "base/status.h"

/* The views, as bits of a set. dg: itself is always written and has no
 * bit. */
typedef enum dg_view {
  DG_VIEW_SCHEMA = 1u << 0,   /* https://schema.org/ */
  DG_VIEW_FOAF = 1u << 1,     /* http://xmlns.com/foaf/0.1/ */
  DG_VIEW_DCTERMS = 1u << 2,  /* http://purl.org/dc/terms/ */
  DG_VIEW_ALL = (1u << 3) - 1
} dg_view;

/* Reads a --vocab value: a comma-separated list of dg, schema, foaf,
 * dcterms and all (empty items are errors). Returns 1 and sets *views, or
 * 0 and sets *bad to the first unknown item (a new string; free with
 * free()). */
int dg_view_parse(const char *list, unsigned *views, char **bad);

/* The names dg_view_parse() takes, for messages. Static. */
const char *dg_view_names(void);

/* The aligned terms, each once, by number 0 .. dg_view_n_terms() - 1:
 * its IRI (static) and its view. */
size_t dg_view_n_terms(void);
const char *dg_view_term_iri(size_t i);
dg_view dg_view_term_view(size_t i);

/* The aligned terms of dg: term `iri` (its super-classes or
 * super-properties in the three views, transitively): sets *terms to
 * their numbers (static) and returns how many; 0 for any other IRI. */
size_t dg_view_supers(const char *iri, const unsigned short **terms);

#endif
