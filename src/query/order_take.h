/* order_take.h - a top-level ORDER BY, with its OFFSET and LIMIT,
 * applied by docgraph to the rows rasqal gives without them (item 9 at
 * the top of rasqal_compat.c says why).
 *
 * Taken when every condition is a projected variable or STR() of one,
 * under ASC() or DESC() or neither, the query has no GROUP BY, HAVING or
 * aggregate, and only LIMIT and OFFSET with plain counts follow. The sort
 * is stable, as rasqal's is (rows that compare equal keep the order they
 * came in), and compares strings by code point, as rasqal does; a value
 * of another kind to compare (a language-tagged or typed literal, a blank
 * node, an unbound variable) leaves the query to rasqal. */
#ifndef DG_ORDER_TAKE_H
#define DG_ORDER_TAKE_H

#include "query/results.h"

typedef struct dg_order_take dg_order_take;

/* If `text` has the shape above, returns a new copy of it with ORDER BY,
 * its conditions, LIMIT and OFFSET blanked out with spaces (lines and
 * columns in rasqal's messages stay those of the query as written; free
 * with free()) and sets *out to a new plan (free with
 * dg_order_take_free()). Otherwise returns NULL and sets *out to NULL. */
char *dg_order_take_rewrite(const char *text, dg_order_take **out);

/* 1 if every projected variable is ordered by (the query does not say
 * SELECT *): rows that are equal then sort next to each other, and a
 * top-level DISTINCT may be left to dg_order_take_apply(). */
int dg_order_take_covers(const dg_order_take *o);

/* Sorts the rows of `r` (borrowed; bindings), keeps the first of each
 * set of equal rows if `distinct` (which dg_order_take_covers() must
 * allow), and cuts OFFSET and LIMIT, as SPARQL orders these steps, and
 * returns 1; returns 0, leaving `r` as it was, when a value to compare is
 * not a string (see above): the query is then to be run as written. */
int dg_order_take_apply(const dg_order_take *o, dg_results *r, int distinct);

/* NULL is allowed. */
void dg_order_take_free(dg_order_take *o);

#endif
