/* rdf.h - the Redland world docgraph runs in, and its diagnostics bridge. */
#ifndef DG_RDF_H
#define DG_RDF_H

#include <redland.h>

#include "base/status.h"

typedef struct dg_rdf dg_rdf;

/* Returns a new Redland world (librdf, raptor and rasqal) whose log
 * messages all go through docgraph's diagnostics; free with dg_rdf_free(). */
dg_status dg_rdf_new(dg_rdf **out);
void dg_rdf_free(dg_rdf *rdf);

/* Borrowed; valid while `rdf` lives. */
librdf_world *dg_rdf_world(const dg_rdf *rdf);
raptor_world *dg_rdf_raptor(const dg_rdf *rdf);

/* Sets the file name Redland's messages are attributed to when their
 * locator has none (the input being parsed); NULL to clear. The string is
 * borrowed until the next call. */
void dg_rdf_set_input(dg_rdf *rdf, const char *name);

/* Sets the parser whose position Redland's messages report when their
 * own locator has no line (raptor logs some errors, such as a bad IRI,
 * without one); NULL to clear. Borrowed until the next call. */
void dg_rdf_set_parser(dg_rdf *rdf, raptor_parser *parser);

/* Errors (and warnings) Redland reported since the last reset: a parse can
 * "succeed" with errors, and those must still make the exit status 1. */
unsigned dg_rdf_errors(const dg_rdf *rdf);
unsigned dg_rdf_warnings(const dg_rdf *rdf);
void dg_rdf_reset_counts(dg_rdf *rdf);

/* A new literal node with exactly the lexical form `value` (`len`
 * bytes), language `lang` (`lang_len` bytes, or NULL) and datatype IRI
 * `dt` (`dt_len` bytes, or NULL); NULL if Redland cannot make it. Free
 * with librdf_free_node(). Why not librdf_new_node_from_typed_literal():
 * librdf 1.0.17 rewrites "1"^^xsd:boolean as "true" and "0" as "false",
 * which changes the data a user gave; raptor keeps the lexical form, and
 * a librdf_node is a raptor_term. */
librdf_node *dg_rdf_new_literal(librdf_world *w, const unsigned char *value, size_t len,
                                const char *lang, size_t lang_len, const unsigned char *dt,
                                size_t dt_len);

/* Makes Redland's messages silent (still counted) while `quiet` is set: for
 * probes whose failure is expected and handled by the caller. */
void dg_rdf_set_quiet(dg_rdf *rdf, int quiet);

#endif
