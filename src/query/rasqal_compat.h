/* rasqal_compat.h - everything docgraph does because of rasqal 0.9.33 (and
 * the librdf 1.0.17 that hands it the triples): the constructs checked
 * before a query runs, as a table; the DISTINCT docgraph applies itself;
 * the warnings turned off. Why each exists, and where the workarounds that
 * live elsewhere are (the union default graph, the shuffled find order,
 * the header of an empty result, GROUP BY and ORDER BY: group_take.h and
 * order_take.h), is at the top of rasqal_compat.c.
 * tests/unit/test_rasqal_compat.c runs every defect against the installed
 * rasqal and names the workaround that can go once one is fixed. */
#ifndef DG_RASQAL_COMPAT_H
#define DG_RASQAL_COMPAT_H

#include <redland.h>

#include "query/results.h"

/* ---------------------------------------------------------------- rules */

/* What rasqal 0.9.33 does with a construct. */
typedef enum dg_lint_kind {
  DG_LINT_FAILS,  /* rasqal rejects it: the query would fail */
  DG_LINT_WRONG,  /* rasqal runs it and silently returns wrong rows */
  DG_LINT_CRASH   /* rasqal crashes the process */
} dg_lint_kind;

/* "fails", "gives wrong results", "crashes". */
const char *dg_lint_kind_name(dg_lint_kind k);

/* The constructs, one per row of dg_rasqal_rules[]. */
typedef enum dg_rasqal_rule_id {
  /* property paths, one per operator, in the order of "/|^*+?!" */
  DG_RQ_PATH_SEQ,
  DG_RQ_PATH_ALT,
  DG_RQ_PATH_INV,
  DG_RQ_PATH_STAR,
  DG_RQ_PATH_PLUS,
  DG_RQ_PATH_OPT,
  DG_RQ_PATH_NEG,
  DG_RQ_MINUS,
  DG_RQ_EXISTS,
  DG_RQ_NOT_EXISTS,
  DG_RQ_DESCRIBE,
  DG_RQ_UPDATE,
  DG_RQ_VALUES_AFTER,
  DG_RQ_VALUES_INLINE,
  DG_RQ_HAVING,
  DG_RQ_SEPARATOR,
  DG_RQ_YEAR,
  DG_RQ_MONTH,
  DG_RQ_DAY,
  DG_RQ_CONCAT,
  DG_RQ_STRBEFORE,
  DG_RQ_STRAFTER,
  DG_RQ_SUBQUERY_FILTER,
  DG_RQ_COUNT_OPTIONAL,
  DG_RQ_AGG_DISTINCT,
  DG_RQ_FROM,
  DG_RQ_FROM_NAMED,
  DG_RQ__COUNT
} dg_rasqal_rule_id;

typedef struct dg_rasqal_rule {
  const char *name;      /* a short name for tests: "path-seq", "year" */
  dg_lint_kind kind;     /* what rasqal 0.9.33 does with it */
  int force;             /* 1: --force may run it anyway (only wrong rows) */
  int defect;            /* 1: rasqal's defect; 0: docgraph's own rule */
  const char *construct; /* what was found, as reported */
  const char *effect;    /* what rasqal does with it */
  const char *instead;   /* what to write instead */
} dg_rasqal_rule;

/* The table, indexed by dg_rasqal_rule_id. */
extern const dg_rasqal_rule dg_rasqal_rules[DG_RQ__COUNT];

/* ---------------------------------------------------------------- DISTINCT */

/* A top-level SELECT DISTINCT with its OFFSET and LIMIT, applied by
 * docgraph to the rows rasqal gives for the query without them. */
typedef struct dg_rasqal_distinct dg_rasqal_distinct;

/* If `text` is a SELECT whose top level says DISTINCT (and any LIMIT and
 * OFFSET after its body are plain counts), returns a new copy of `text`
 * with those words blanked out with spaces, so that lines and columns in
 * rasqal's messages stay those of the query as written (free with
 * free()), and sets *out to a new filter for the rows (free with
 * dg_rasqal_distinct_free()). Otherwise returns NULL and sets *out to
 * NULL: the query runs as written. */
char *dg_rasqal_distinct_take(const char *text, dg_rasqal_distinct **out);

/* 1 when LIMIT rows have been kept: the remaining rows are not needed. */
int dg_rasqal_distinct_full(const dg_rasqal_distinct *d);

/* Returns 1 if `row` (n terms, borrowed) is kept: the first of the rows
 * equal to it (the same RDF terms) and past OFFSET; 0 if it is dropped.
 * Call it on the rows in the order rasqal gives them (ORDER BY's). */
int dg_rasqal_distinct_keep(dg_rasqal_distinct *d, const dg_term *row, int n);

/* NULL is allowed. */
void dg_rasqal_distinct_free(dg_rasqal_distinct *d);

/* ---------------------------------------------------------------- sub-queries */

/* A sub-query `{ SELECT DISTINCT ... }` that docgraph runs on its own and
 * hands to rasqal as inline data (item 7 at the top of rasqal_compat.c).
 *
 * Finds the first such sub-query in `text` that may be taken: the query
 * has no GRAPH, SERVICE, GROUP BY or aggregate, and the sub-query holds
 * no sub-query of its own. Returns 1 and sets *start and *end to the byte
 * span of its braces (`{` to the matching `}`, inclusive) and *query to a
 * new query text (free with free()): the prologue of `text` and the
 * sub-query, to be run alone. Returns 0 when there is none. */
int dg_rasqal_subselect_find(const char *text, size_t *start, size_t *end, char **query);

/* The group `{ VALUES (?v ...) { (term ...) ... } }` holding the rows of
 * `r` (borrowed; bindings), to replace the sub-query's braces, followed
 * by `newlines` line breaks (those of the text it replaces, so that lines
 * in rasqal's messages stay those of the query as written). Returns a new
 * string (free with free()), or NULL if the rows cannot be written as
 * inline data (a blank node, no variables) or there are more than `max`
 * rows: rasqal joins inline data by nested loops, so a large block costs
 * more than the sub-query it replaces. */
char *dg_rasqal_values_group(const dg_results *r, size_t max, unsigned newlines);

/* ---------------------------------------------------------------- warnings */

/* Turns off rasqal's query-analysis warnings for the world `w` (borrowed);
 * errors still come through. Call before preparing a query. */
void dg_rasqal_quiet_warnings(librdf_world *w);

#endif
