/* group_take.h - a top-level GROUP BY with COUNT, its HAVING (BOUND(?key)),
 * ORDER BY, OFFSET and LIMIT, applied by docgraph to the ungrouped rows
 * rasqal gives (item 8 at the top of rasqal_compat.c says why).
 *
 * Taken only in the shape the saved aggregates have:
 *
 *   SELECT (?key | (COUNT(?x) AS ?n) | (COUNT(*) AS ?n))...
 *   WHERE { ... }
 *   GROUP BY ?key...
 *   [HAVING (BOUND(?key))]
 *   [ORDER BY ([ASC|DESC](?v | STR(?v)) | ?v | STR(?v))...]
 *   [LIMIT N] [OFFSET N]
 *
 * every projected or ordered variable being a key or a count. Anything
 * else runs as written. */
#ifndef DG_GROUP_TAKE_H
#define DG_GROUP_TAKE_H

#include "query/results.h"

typedef struct dg_group_take dg_group_take;

/* If `text` has the shape above, returns a new query text (free with
 * free()) that selects the keys and the counted variables of every
 * solution of the WHERE clause, ungrouped, and sets *out to a new plan
 * (free with dg_group_take_free()). When the WHERE clause is a single
 * sub-query and nothing else, the text is that sub-query alone (with the
 * prologue): its rows are the solutions, and a top-level DISTINCT there
 * is then docgraph's too. Otherwise returns NULL and sets *out to NULL. */
char *dg_group_take_rewrite(const char *text, dg_group_take **out);

/* Names the columns of the rows to come: `names` (borrowed, n of them)
 * are the variables of the ungrouped query's results. Call once before
 * the first dg_group_take_add(). */
void dg_group_take_columns(dg_group_take *g, const char *const *names, int n);

/* Adds one ungrouped row (n terms, borrowed) to its group. */
void dg_group_take_add(dg_group_take *g, const dg_term *row, int n);

/* The grouped, filtered, ordered and cut rows as new results in *out
 * (free with dg_results_free()), and 1. Returns 0 (and *out NULL) when a
 * value to order by is neither a count nor a simple literal (after STR:
 * a string): the order of other terms is left to rasqal, and the query is
 * to be run as written. */
int dg_group_take_finish(dg_group_take *g, dg_results **out);

/* NULL is allowed. */
void dg_group_take_free(dg_group_take *g);

#endif
