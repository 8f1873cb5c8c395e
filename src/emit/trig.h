/* trig.h - TriG, written by serd as the statements come.
 *
 * raptor has no TriG writer; serd (drobilla's) has one that streams: each
 * named graph is a block "<g> { ... }", opened when a statement of
 * another graph comes. Statements that come graph by graph (as map and
 * export give them) are written in one block per graph; the statements
 * of the graph under way are kept until the next one begins, so that
 * each subject's are written together (serd groups consecutive ones
 * only). One graph at a time is in memory. */
#ifndef DG_TRIG_H
#define DG_TRIG_H

#include <stdio.h>
#include <raptor2.h>

typedef struct dg_trig dg_trig;

/* Returns a new TriG writer to `out` (borrowed; the caller closes it),
 * having declared the prefixes of dg_prefixes; NULL if serd cannot start.
 * Free with dg_trig_free(). */
dg_trig *dg_trig_new(FILE *out);

/* Takes the statement `st` in graph `graph` (NULL: the default graph);
 * both borrowed, the terms kept by reference. Written when the graph is
 * done: at the next statement of another graph, or dg_trig_finish(). Every term comes out exactly: literals in their long
 * form (serd would write "1"^^xsd:boolean as a bare 1, an integer),
 * rdf:nil as rdf:nil (serd writes it "()", which cannot name a graph or
 * a predicate). Returns 0, or an errno value: that of a failed write,
 * or EINVAL if serd refused a statement (see dg_trig_why()). */
int dg_trig_write(dg_trig *t, const raptor_statement *st, const raptor_term *graph);

/* Writes the last graph and closes its block. Returns 0 or an errno value as
 * dg_trig_write() does. */
int dg_trig_finish(dg_trig *t);

/* What serd said when it refused a statement, or NULL. Borrowed; valid
 * until dg_trig_free(). */
const char *dg_trig_why(const dg_trig *t);

/* NULL is allowed. */
void dg_trig_free(dg_trig *t);

#endif
