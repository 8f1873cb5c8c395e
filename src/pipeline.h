/* pipeline.h - one document through extract, resolve and emit. */
#ifndef DG_PIPELINE_H
#define DG_PIPELINE_H

#include "doc.h"
#include "emit.h"
#include "facts.h"
#include "mapper.h"
#include "rdf.h"
#include "status.h"
#include "vocab.h"

typedef struct dg_pipeline dg_pipeline;

/* Returns a new pipeline (mapper with its gazetteer, vocabulary nodes)
 * minting IRIs under `base` (borrowed; must outlive the pipeline). Free
 * with dg_pipeline_free(). */
dg_status dg_pipeline_new(dg_rdf *rdf, const char *base, dg_pipeline **out);
void dg_pipeline_free(dg_pipeline *p);

/* Maps `doc` and sends every statement, in its document's named graph, to
 * `sink`. If `facts_out` is not NULL it receives the facts (a new object;
 * free with dg_facts_free()) for callers that also want them (--explain).
 * Returns what the sink or Redland reported; mapping itself cannot fail. */
dg_status dg_pipeline_map(dg_pipeline *p, const dg_doc *doc, dg_emit_sink sink, void *ud,
                          dg_facts **facts_out);

/* Maps `doc` to facts only (no RDF). Returns a new dg_facts. */
dg_facts *dg_pipeline_facts(dg_pipeline *p, const dg_doc *doc);

/* The IRI of `doc`'s named graph under the pipeline's base. Returns a new
 * string; free with free(). */
char *dg_pipeline_graph_iri(const dg_pipeline *p, const dg_doc *doc);

/* Borrowed. */
const dg_vocab *dg_pipeline_vocab(const dg_pipeline *p);

#endif
