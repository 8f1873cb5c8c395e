/* shacl.h - validate a librdf model against SHACL core shapes.
 *
 * Debian has no C SHACL processor, so this is one, for the part of SHACL
 * core that docgraph's shapes (ontology/shapes.ttl) and shapes like them
 * use. Supported:
 *   targets      sh:targetClass (instances through rdfs:subClassOf* in the
 *                data), sh:targetNode, sh:targetSubjectsOf,
 *                sh:targetObjectsOf, and a node shape that is an rdfs:Class
 *   paths        a predicate, or sh:inversePath of a predicate
 *   constraints  sh:class, sh:datatype (literals ill-formed for xsd:date,
 *                dateTime, gYear, gYearMonth, integer, decimal, boolean
 *                fail it), sh:nodeKind, sh:minCount, sh:maxCount,
 *                sh:pattern with sh:flags (PCRE2), sh:in, sh:hasValue,
 *                sh:minLength, sh:maxLength, sh:node, sh:property, sh:and,
 *                sh:or, sh:not, sh:xone
 *   other        sh:message, sh:deactivated, sh:severity sh:Violation;
 *                sh:name, sh:description, sh:order, sh:group, and terms
 *                outside sh: are ignored
 * Anything else of the sh: namespace on a shape (sh:lessThan, sh:closed,
 * sequence paths, sh:sparql, ...) is refused when the shapes are read,
 * naming the term and the file: a shape never passes silently because
 * its constraint was not understood. */
#ifndef DG_SHACL_H
#define DG_SHACL_H

#include <stddef.h>
#include <redland.h>

#include "base/status.h"
#include "emit/rdf.h"

/* Where `make install` puts the shapes: read when no file is given, and
 * the copy compiled into docgraph is used when it is not there. */
#define DG_SHAPES_INSTALLED DG_PKGDATADIR "/ontology/shapes.ttl"

/* Compiled shapes. */
typedef struct dg_shapes dg_shapes;

/* Reads and compiles the shapes graph in `path` (any RDF syntax docgraph
 * reads), or, when `path` is NULL, DG_SHAPES_INSTALLED if it exists, else
 * the copy of ontology/shapes.ttl compiled in. Returns DG_OK and new
 * shapes in *out (free with dg_shapes_free()); DG_ERR_USAGE after
 * printing why, naming the file, if it cannot be read or parsed or uses
 * what the engine does not support (the shapes are the command line's
 * choice); DG_ERR_INTERNAL if Redland fails. */
dg_status dg_shapes_load(dg_rdf *rdf, const char *path, dg_shapes **out);
void dg_shapes_free(dg_shapes *s);

/* The file the shapes came from, for messages ("(built in)" for the
 * compiled-in copy). Borrowed; valid until dg_shapes_free(). */
const char *dg_shapes_origin(const dg_shapes *s);

/* One validation result. Terms are written as in N-Triples. */
typedef struct dg_shacl_result {
  char *focus;            /* owned: the focus node */
  char *path;             /* owned: "<IRI>", "^<IRI>" (inverse), or "-" (a node shape) */
  const char *component;  /* static: "sh:MinCountConstraintComponent", ... */
  char *message;          /* owned: sh:message of the shape, or what failed */
} dg_shacl_result;

/* The results of one validation, sorted (focus, path, component,
 * message, byte order) and without duplicates. */
typedef struct dg_shacl_report {
  dg_shacl_result *results;  /* owned */
  size_t n;
} dg_shacl_report;

/* Validates `data` (borrowed; each triple should be there once, as in a
 * dg_dataset) against `s`, filling `r` (release with
 * dg_shacl_report_release()). Returns DG_OK whatever it found, or
 * DG_ERR_INTERNAL if Redland fails (having printed why). */
dg_status dg_shapes_validate(const dg_shapes *s, dg_rdf *rdf, librdf_model *data,
                             dg_shacl_report *r);
void dg_shacl_report_release(dg_shacl_report *r);

#endif
