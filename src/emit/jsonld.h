/* jsonld.h - JSON-LD 1.1, compacted with docgraph's own context, built
 * and written with jansson.
 *
 * The document is one object: "@context" (the prefixes of dg_prefixes,
 * a term for every dg: class and property, rdfs:label as "label" and
 * owl:sameAs as "sameAs"; the properties whose values are entities are
 * typed "@id", so their values are plain strings), then "@graph": one
 * node object per subject of the default graph, and one entry per named
 * graph, {"@id": its name, "@graph": [one node object per subject]}, in
 * the order they first came. IRIs are compacted with the prefixes
 * ("dg:title", "xsd:date") where the rest is a plain name, and written
 * whole otherwise. Literals keep their lexical form exactly: a typed one
 * is {"@value": ..., "@type": ...} (never a JSON number or boolean, which
 * a reader would put in canonical form). Each node object lists "@id",
 * "@type", then its properties in code-point order, then "@graph"; a
 * property's values come in the order they came, a lone value without
 * an array. The same statements in the same order give the same bytes.
 *
 * The output is valid JSON-LD 1.0 too (no 1.1-only feature is used), so
 * 1.0 processors (Jena's jsonld-java) read it as 1.1 ones do. */
#ifndef DG_JSONLD_H
#define DG_JSONLD_H

#include <stdio.h>
#include <raptor2.h>

typedef struct dg_jsonld dg_jsonld;

/* Returns a new, empty document; free with dg_jsonld_free(). */
dg_jsonld *dg_jsonld_new(void);

/* Adds the statement `st` in graph `graph` (NULL: the default graph);
 * both borrowed. The caller gives each statement once. Returns 0, or
 * EINVAL for a statement JSON-LD cannot hold as it is (a literal that is
 * not UTF-8; an IRI whose scheme is a name the context defines, which
 * would be read as a compact IRI); dg_jsonld_why() says which. */
int dg_jsonld_add(dg_jsonld *j, const raptor_statement *st, const raptor_term *graph);

/* Writes the document to `out` (borrowed), with a final newline.
 * Returns 0, or the errno value of a failed write (EIO if unknown). */
int dg_jsonld_write(dg_jsonld *j, FILE *out);

/* Why dg_jsonld_add() refused a statement, or NULL. Borrowed; valid
 * until dg_jsonld_free(). */
const char *dg_jsonld_why(const dg_jsonld *j);

/* NULL is allowed. */
void dg_jsonld_free(dg_jsonld *j);

#endif
