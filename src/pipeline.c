/* pipeline.c - the map pipeline shared by `map` and `load`. */
#include "config.h"

#include <stdlib.h>

#include "iri.h"
#include "log.h"
#include "pipeline.h"
#include "resolve.h"
#include "xalloc.h"

struct dg_pipeline {
  dg_rdf *rdf;        /* borrowed */
  const char *base;   /* borrowed */
  dg_mapper *mapper;
  dg_vocab *vocab;
};

dg_status dg_pipeline_new(dg_rdf *rdf, const char *base, dg_pipeline **out)
{
  dg_pipeline *p = xcalloc(1, sizeof *p);
  *out = NULL;
  p->rdf = rdf;
  p->base = base;
  p->vocab = dg_vocab_new(rdf);
  if (!p->vocab) {
    free(p);
    return dg_fail(DG_ERR_INTERNAL, "cannot create the vocabulary nodes");
  }
  p->mapper = dg_mapper_new();
  *out = p;
  return DG_OK;
}

void dg_pipeline_free(dg_pipeline *p)
{
  if (!p)
    return;
  dg_mapper_free(p->mapper);
  dg_vocab_free(p->vocab);
  free(p);
}

dg_facts *dg_pipeline_facts(dg_pipeline *p, const dg_doc *doc)
{
  dg_facts *f = dg_facts_new();
  dg_mapper_map(p->mapper, doc, f);
  return f;
}

dg_status dg_pipeline_map(dg_pipeline *p, const dg_doc *doc, dg_emit_sink sink, void *ud,
                          dg_facts **facts_out)
{
  dg_facts *f = dg_pipeline_facts(p, doc);
  char **iris = dg_resolve(f, p->base);
  dg_status st = dg_emit(dg_rdf_world(p->rdf), p->vocab, f, iris, sink, ud);
  dg_resolve_free(iris, dg_facts_n_entities(f));
  if (facts_out)
    *facts_out = f;
  else
    dg_facts_free(f);
  return st;
}

char *dg_pipeline_graph_iri(const dg_pipeline *p, const dg_doc *doc)
{
  return dg_iri_document(p->base, dg_doc_sha256(doc));
}

const dg_vocab *dg_pipeline_vocab(const dg_pipeline *p) { return p->vocab; }
