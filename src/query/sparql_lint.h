/* sparql_lint.h - find the SPARQL constructs that rasqal 0.9.33 (the
 * engine Debian ships) cannot run, runs wrongly, or crashes on, before
 * the query is run. See shared/REDLAND.md for the measurements. */
#ifndef DG_SPARQL_LINT_H
#define DG_SPARQL_LINT_H

#include "query/sparql.h"

typedef enum dg_lint_kind {
  DG_LINT_FAILS,  /* rasqal rejects it: the query would fail */
  DG_LINT_WRONG,  /* rasqal runs it and silently returns wrong rows */
  DG_LINT_CRASH   /* rasqal crashes the process */
} dg_lint_kind;

typedef struct dg_lint_issue {
  dg_lint_kind kind;
  unsigned line, col;    /* where the construct starts, 1-based */
  const char *construct; /* what was found, e.g. "property path '/'"; static */
  const char *effect;    /* what rasqal does with it; static */
  const char *instead;   /* what to write instead; static */
} dg_lint_issue;

/* Called once per issue, in order of position. */
typedef void (*dg_lint_fn)(void *ud, const dg_lint_issue *issue);

/* Checks the tokenized query `q` and calls `fn` for each issue found.
 * Returns the number of issues. Borrowed arguments; nothing is kept. */
unsigned dg_sparql_lint(const dg_sparql *q, dg_lint_fn fn, void *ud);

/* "fails", "gives wrong results", "crashes". */
const char *dg_lint_kind_name(dg_lint_kind k);

#endif
