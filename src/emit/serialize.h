/* serialize.h - write statements in any of docgraph's RDF formats. */
#ifndef DG_SERIALIZE_H
#define DG_SERIALIZE_H

#include <stdio.h>
#include <redland.h>

#include "base/status.h"
#include "emit/emit.h"
#include "emit/formats.h"
#include "emit/rdf.h"

typedef struct dg_writer dg_writer;

/* Starts writing `fmt` to `out` (borrowed; the caller closes it). Declares
 * the dg, rdf, rdfs, xsd and owl prefixes. Statements seen twice are
 * written once (for triple formats: the same triple in two graphs is one
 * triple of the union). Returns a new writer in *w; free with
 * dg_writer_free() after dg_writer_finish(). */
dg_status dg_writer_new(dg_rdf *rdf, dg_format fmt, FILE *out, dg_writer **w);

/* The base instance IRIs were minted under (`base`, copied; the default
 * base until this is called). Turtle declares the prefixes person:,
 * org:, publication:, event:, country: and document: for the namespaces
 * under it, and schema:, foaf:, dcterms:, prov: and bibo:, each only if
 * some IRI written uses it, so that a subject reads as person:jane-doe
 * where the IRI's local part is a name Turtle (and raptor) can write so.
 * Any time before dg_writer_finish(). */
void dg_writer_set_base(dg_writer *w, const char *base);

/* Writes one statement; `graph` may be NULL. Both are borrowed. */
dg_status dg_writer_write(dg_writer *w, librdf_statement *st, librdf_node *graph);

/* 1 if the writer's format is N-Triples or N-Quads, whose lines docgraph
 * renders itself (dg_emit_lines()) and hands over with
 * dg_writer_write_lines(). */
int dg_writer_takes_lines(const dg_writer *w);

/* Writes the lines of `l` whose digest was not seen before, in order: the
 * same bytes and the same dedup as dg_writer_write() on the statements
 * they render. Only for a writer that takes lines. Such a writer collects
 * its output and writes it in large blocks (the rest in
 * dg_writer_finish()), so a write error may show only at a later call. */
dg_status dg_writer_write_lines(dg_writer *w, const dg_lines *l);

/* Flushes everything (Turtle and RDF/XML are written here, sorted, since
 * raptor groups them by subject). Returns DG_ERR_IO if writing failed. */
dg_status dg_writer_finish(dg_writer *w);

/* Why writing failed, for a message naming the output: the system's
 * reason (strerror of the first failed write, e.g. "No space left on
 * device"), or that raptor reported errors (printed already). Static. */
const char *dg_writer_why(const dg_writer *w);

/* Number of distinct statements written. */
unsigned long dg_writer_count(const dg_writer *w);

void dg_writer_free(dg_writer *w);

#endif
