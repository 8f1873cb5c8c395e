/* pipeline.h - one document through extract, resolve and emit. */
#ifndef DG_PIPELINE_H
#define DG_PIPELINE_H

#include "base/status.h"
#include "read/doc.h"
#include "extract/facts.h"
#include "extract/mapper.h"
#include "emit/emit.h"
#include "emit/rdf.h"
#include "emit/vocab.h"

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

/* Adds the aligned statements of `views` (dg_view bits, view.h) to every
 * document's graph from now on; 0 (the default) for dg: alone. Not
 * during dg_pipeline_run(). */
void dg_pipeline_set_views(dg_pipeline *p, unsigned views);

/* ---- many documents, on several threads, in input order ---- */

/* What dg_pipeline_run() computes for each document. */
typedef enum dg_pipeline_want {
  DG_WANT_FACTS,     /* facts only (--explain) */
  DG_WANT_IRIS,      /* facts and IRIs, for dg_pipeline_emit() */
  DG_WANT_NTRIPLES,  /* facts, IRIs and N-Triples lines (dg_emit_lines()) */
  DG_WANT_NQUADS     /* the same as N-Quads lines */
} dg_pipeline_want;

/* One document's results. Everything is owned by the runner and valid
 * only during the consumer call. */
typedef struct dg_mapped {
  dg_doc *doc;       /* NULL if the reader gave none */
  dg_facts *facts;   /* NULL if the document failed (see dg_doc_report())
                        or the skip callback left it unmapped */
  char **iris;       /* NULL for DG_WANT_FACTS or without facts */
  dg_lines lines;    /* empty unless lines were asked for */
} dg_mapped;

/* Prepares input `k` on the calling thread. Sets *doc to a new document,
 * usually dg_doc_pending() for the workers to read (dg_doc_fill()), or
 * to NULL for an input with nothing to read (the consumer then gets
 * m->doc == NULL). It should print nothing: messages printed here could
 * come before those of earlier inputs; the consumer prints them, in
 * order. Any status but DG_OK stops the run with that status. */
typedef dg_status (*dg_pipeline_reader)(void *ud, size_t k, dg_doc **doc);

/* Called on a worker thread (or the calling thread with jobs == 1) for
 * input `k` once its document is read and usable: returns 1 to leave it
 * unmapped (m->facts == NULL), 0 to map it. It must only read what the
 * reader for input `k` wrote and what no thread changes during the run. */
typedef int (*dg_pipeline_skip)(void *ud, size_t k, const dg_doc *doc);

/* Consumes input `k`'s results on the calling thread, strictly in input
 * order; it prints the document's messages (dg_doc_report()). Any status
 * but DG_OK stops the run with that status. */
typedef dg_status (*dg_pipeline_consumer)(void *ud, size_t k, dg_mapped *m);

/* The largest `jobs` dg_pipeline_run() takes. */
#define DG_PIPELINE_MAX_JOBS 256

/* The default for -j: every online CPU, but no more than 8, beyond which
 * reading and writing on the main thread are the bottleneck anyway. */
unsigned dg_pipeline_default_jobs(void);

/* Reads a -j value: a decimal number from 1 to DG_PIPELINE_MAX_JOBS.
 * Returns 1 and sets *jobs, or 0 if `s` is anything else. */
int dg_pipeline_parse_jobs(const char *s, unsigned *jobs);

/* How many inputs dg_pipeline_run() has read and not yet consumed, at
 * most. */
#define DG_PIPELINE_WINDOW(jobs) ((size_t)(jobs) * 4)

/* Runs inputs 0..n-1 through read -> (read the file, digest, clean, skip?,
 * map, resolve, render) -> consume. With jobs > 1 the middle step runs on
 * jobs - 1 worker threads, each with its own mapper, and on the calling
 * thread when it has nothing to consume or read, while `read` and
 * `consume` stay on the calling thread and in input order, so the output
 * and every message are those of jobs == 1 (which uses no thread). At
 * most DG_PIPELINE_WINDOW(jobs) documents are in memory at once: input k
 * is read only once input k - DG_PIPELINE_WINDOW(jobs) is consumed, so a
 * caller may keep per-input state in a ring of that many entries, at
 * k % DG_PIPELINE_WINDOW(jobs). Workers touch no Redland object, and
 * only the calling thread uses the pipeline's own mapper, so the consumer
 * may call dg_pipeline_map(). `skip` may be NULL.
 * Returns DG_OK or the first status a callback returned. */
dg_status dg_pipeline_run(dg_pipeline *p, unsigned jobs, dg_pipeline_want want, size_t n,
                          dg_pipeline_reader read, dg_pipeline_skip skip,
                          dg_pipeline_consumer consume, void *ud);

/* Sends m's statements to `sink` as dg_pipeline_map() does (for a run
 * with DG_WANT_IRIS or more). Calling thread only. */
dg_status dg_pipeline_emit(dg_pipeline *p, const dg_mapped *m, dg_emit_sink sink, void *ud);

/* The page a document was crawled from: the statement
 *   <document> prov:wasDerivedFrom <url>    (in the document's graph)
 * sent to `sink` (calling thread only), or, with dg_pipeline_url_line(),
 * appended to `lines` as the N-Triples (`quads` 0) or N-Quads line the
 * writers take. `url` must be an absolute IRI (dg_iri_is_valid()). */
#define DG_PROV_WAS_DERIVED_FROM "http://www.w3.org/ns/prov#wasDerivedFrom"
dg_status dg_pipeline_emit_url(dg_pipeline *p, const dg_doc *doc, const char *url,
                               dg_emit_sink sink, void *ud);
void dg_pipeline_url_line(const dg_pipeline *p, const dg_doc *doc, const char *url, int quads,
                          dg_lines *lines);

#endif
