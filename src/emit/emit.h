/* emit.h - facts to RDF statements in the document's named graph. */
#ifndef DG_EMIT_H
#define DG_EMIT_H

#include <stdint.h>
#include <redland.h>

#include "base/buf.h"
#include "base/status.h"
#include "extract/facts.h"
#include "emit/vocab.h"

/* ---- The walker: which statements a fact set gives ----------------------
 *
 * Every output of docgraph goes through dg_emit_walk(), so that no format
 * can gain or lose a statement the others have; dg_emit() and
 * dg_emit_lines() below are its two renderers. */

typedef enum dg_emit_term_kind {
  DG_EMIT_IRI,
  DG_EMIT_LITERAL,
  DG_EMIT_BLANK
} dg_emit_term_kind;

/* One term of a statement. An IRI also says where it comes from, so that
 * a renderer can reuse a form it made once: `entity` >= 0 for the IRI of
 * that entity of the fact set, `vocab` >= 0 for a vocabulary term (a
 * DG_VT_* number); both are -1 for any other IRI and for other kinds. */
typedef struct dg_emit_term {
  dg_emit_term_kind kind;
  int entity;
  int vocab;
  const char *value;  /* borrowed: IRI, lexical form or blank node label */
  const char *lang;   /* borrowed: a literal's language tag, or NULL */
  dg_datatype dt;     /* a literal's datatype: DG_DT_STRING for none */
} dg_emit_term;

/* Receives one statement (subject, predicate, object, graph); all are
 * borrowed for the duration of the call. Return non-zero to stop. */
typedef int (*dg_emit_fn)(void *ud, const dg_emit_term *s, const dg_emit_term *p, const dg_emit_term *o,
                          const dg_emit_term *g);

/* Calls `fn` for each statement of `f` (with `iris` from dg_resolve()),
 * in a fixed order: for each entity its rdf:type (general class, and
 * subclass when known) and rdfs:label, then each fact (a role such as
 * dg:moderator also gives dg:participant). With views chosen
 * (dg_vocab_set_views()), each type and fact statement is followed by its
 * aligned statements (schema:, foaf:, dcterms:), a term given twice in a
 * row (a class and its general class, a role and dg:participant) once.
 * The graph is the IRI of entity 0, the document. Returns 0, or the first non-zero value `fn` returned.
 * Pure C: touches no Redland object, so it can run in any thread. */
int dg_emit_walk(const dg_vocab *v, const dg_facts *f, char **iris, dg_emit_fn fn, void *ud);

/* Receives each statement; both pointers are borrowed for the duration of
 * the call (copy what you keep). Return non-zero to stop with an error. */
typedef int (*dg_emit_sink)(void *ud, librdf_statement *st, librdf_node *graph);

/* The statements of dg_emit_walk() as librdf statements, sent to `sink`.
 * Returns DG_ERR_INTERNAL if Redland cannot make a node, DG_ERR_IO if the
 * sink fails. */
dg_status dg_emit(librdf_world *world, const dg_vocab *v, const dg_facts *f,
                  char **iris, dg_emit_sink sink, void *ud);

/* The view's statements of `st` (a statement read from a store or a
 * file), for the views chosen with dg_vocab_set_views(): with a dg:
 * property, the same statement with each aligned property; an rdf:type of
 * a dg: class, the same with each aligned class; none for any other.
 * Sends each to `sink` with `graph` (all borrowed). Returns DG_OK, or
 * DG_ERR_IO if the sink fails. */
dg_status dg_emit_view(const dg_vocab *v, librdf_statement *st, librdf_node *graph,
                       dg_emit_sink sink, void *ud);

/* Statements already rendered as N-Triples or N-Quads lines. */
typedef struct dg_lines {
  dg_buf text;      /* the lines, each ending in "\n" */
  size_t *ends;     /* owned: ends[i] is the offset just past line i */
  uint64_t *keys;   /* owned: keys[i] is line i's dg_nt_digest(), for dedup */
  size_t n;
  size_t cap;
} dg_lines;

/* Init before use; release frees everything (`l` may be NULL, or zeroed
 * memory) and the lines must be initialised again before reuse. */
void dg_lines_init(dg_lines *l);
void dg_lines_release(dg_lines *l);

/* Renders the statements of dg_emit_walk(), in the same order, as the
 * exact bytes raptor's "ntriples" serializer writes for them ("nquads"
 * with the document's graph when `quads` is set), appending them to `out`.
 * Touches no Redland object (only the vocabulary's strings and hashes),
 * so it can run in any thread. Each entity's IRI is rendered once; the
 * lines, their ends and their keys grow by amortised doubling, with no
 * allocation per statement. */
void dg_emit_lines(const dg_vocab *v, const dg_facts *f, char **iris, int quads,
                   dg_lines *out);

#endif
