/* sparql_lint.h - find the SPARQL constructs that rasqal 0.9.33 (the
 * engine Debian ships) cannot run, runs wrongly, or crashes on, before
 * the query is run. The constructs, what rasqal does with each and what
 * to write instead are the table in rasqal_compat.h; this finds them. */
#ifndef DG_SPARQL_LINT_H
#define DG_SPARQL_LINT_H

#include "query/rasqal_compat.h"
#include "query/sparql.h"

typedef struct dg_lint_issue {
  const dg_rasqal_rule *rule; /* the row of dg_rasqal_rules[] found; static */
  dg_lint_kind kind;     /* rule->kind */
  unsigned line, col;    /* where the construct starts, 1-based */
  const char *construct; /* rule->construct, e.g. "property path '/'" */
  const char *effect;    /* rule->effect: what rasqal does with it */
  const char *instead;   /* rule->instead: what to write instead */
} dg_lint_issue;

/* Called once per issue, in order of position. */
typedef void (*dg_lint_fn)(void *ud, const dg_lint_issue *issue);

/* Checks the tokenized query `q` and calls `fn` for each issue found.
 * Returns the number of issues. Borrowed arguments; nothing is kept. */
unsigned dg_sparql_lint(const dg_sparql *q, dg_lint_fn fn, void *ud);

#endif
