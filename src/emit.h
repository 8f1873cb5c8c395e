/* emit.h - facts to RDF statements in the document's named graph. */
#ifndef DG_EMIT_H
#define DG_EMIT_H

#include <redland.h>

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

#endif
