/* emit.h - facts to RDF statements in the document's named graph. */
#ifndef DG_EMIT_H
#define DG_EMIT_H

#include <stdint.h>
#include <redland.h>

#include "buf.h"
#include "facts.h"
#include "status.h"
#include "vocab.h"

/* Receives each statement; both pointers are borrowed for the duration of
 * the call (copy what you keep). Return non-zero to stop with an error. */
typedef int (*dg_emit_sink)(void *ud, librdf_statement *st, librdf_node *graph);

/* Turns `f` (with `iris` from dg_resolve()) into statements, in a fixed
 * order: for each entity its rdf:type (general class, and subclass when
 * known) and rdfs:label, then each fact (a role such as dg:moderator also
 * gives dg:participant). The graph is the IRI of entity 0, the document.
 * Returns DG_ERR_INTERNAL if Redland cannot make a node or the sink fails. */
dg_status dg_emit(librdf_world *world, const dg_vocab *v, const dg_facts *f,
                  char **iris, dg_emit_sink sink, void *ud);

/* Statements already rendered as N-Triples or N-Quads lines. */
typedef struct dg_lines {
  dg_buf text;      /* the lines, each ending in "\n" */
  size_t *ends;     /* owned: ends[i] is the offset just past line i */
  uint64_t *keys;   /* owned: keys[i] is line i's digest, for dedup */
  size_t n;
  size_t cap;
} dg_lines;

/* Init before use; release frees everything (`l` may be NULL, or zeroed
 * memory) and the lines must be initialised again before reuse. */
void dg_lines_init(dg_lines *l);
void dg_lines_release(dg_lines *l);

/* Renders the statements dg_emit() would send, in the same order, as the
 * exact bytes raptor's "ntriples" serializer writes for them ("nquads"
 * with the document's graph when `quads` is set), appending them to `out`.
 * Touches no Redland object (only the vocabulary's nt_ strings), so it can
 * run in any thread. */
void dg_emit_lines(const dg_vocab *v, const dg_facts *f, char **iris, int quads,
                   dg_lines *out);

/* Appends `s` (`len` bytes of UTF-8) to `b` escaped exactly as raptor 2
 * writes an N-Triples IRI ("<...>", with the brackets) or the body of a
 * literal (without the quotes). Like raptor, stops at a NUL byte and at a
 * malformed UTF-8 sequence. */
void dg_nt_iri(dg_buf *b, const char *s, size_t len);
void dg_nt_literal(dg_buf *b, const char *s, size_t len);

/* The digest dg_emit_lines() gives a line of `len` bytes (with its "\n"). */
uint64_t dg_nt_digest(const char *line, size_t len);

#endif
