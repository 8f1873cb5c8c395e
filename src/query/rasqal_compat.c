/* rasqal_compat.c - what rasqal 0.9.33 gets wrong, and what docgraph does
 * about it: one place for each reason.
 *
 * rasqal 0.9.33 (2014) is the last release, and the one Debian ships. Each
 * defect below was measured on it. tests/unit/test_rasqal_compat.c runs
 * every one against the installed engine and expects the wrong answer, so
 * that the day a rasqal that gets one right is installed, the test names
 * the workaround that can go. The workarounds, one item each:
 *
 * 1. Constructs checked before running: the table dg_rasqal_rules[] below.
 *    rasqal reports a bad query only when it runs it, with a bare "syntax
 *    error" or no reason at all; several constructs it accepts give wrong
 *    rows without a word, and one can crash it. sparql_lint.c finds them
 *    in the query's tokens and reports each with the line, the column, and
 *    its row of the table: what was found, what rasqal does with it, what
 *    to write instead. A query with a construct whose rows are merely
 *    wrong runs under --force (a warning instead of an error); one that
 *    fails or crashes never runs.
 *
 * 2. A top-level SELECT DISTINCT, with its LIMIT and OFFSET, is applied by
 *    docgraph (dg_rasqal_distinct_*, used by query.c). rasqal keeps the
 *    rows DISTINCT has seen in a binary tree whose comparison never orders
 *    two different rows (it answers "after" for every row that is not
 *    equal), so the tree is a list and DISTINCT costs one comparison per
 *    row kept for every row: 16,000 rows took 17 s, a saved query on a
 *    1M-statement store over 120 s. The rows are right; the time is
 *    quadratic. So the query runs without DISTINCT, and without its LIMIT
 *    and OFFSET, which SPARQL applies after DISTINCT; docgraph then keeps
 *    the first of each set of equal rows (in the order ORDER BY gave) with
 *    a hash set, and applies OFFSET and LIMIT. Equal means the same RDF
 *    terms, as for rasqal's DISTINCT. A DISTINCT inside a sub-query is
 *    still rasqal's.
 *
 * 3. The union default graph. With named graphs kept, librdf answers a
 *    triple pattern outside GRAPH once per graph that holds the triple
 *    (a SPARQL default graph is a set: once), and rasqal joins and counts
 *    those copies as rows of their own (measured: repeated rows, inflated
 *    counts). So a query without GRAPH sees each triple once: RDF files
 *    are loaded without their graphs (dg_dataset_new's `graphs`), the
 *    docgraph storage answers from its union lists
 *    (dg_store_use_union_default), and another storage is copied into a
 *    model without graphs (dg_dataset_add_model). cli/cmd_query.c makes
 *    the choice per query: graphs are kept only when the query says
 *    GRAPH, which is what it needs them for.
 *
 * 4. A shuffled find order. rasqal sorts ORDER BY rows by inserting them
 *    one by one into an unbalanced binary tree (rasqal_map), so rows that
 *    arrive already sorted make the tree a list: quadratic, a 16,000-row
 *    ORDER BY took 16 s. The docgraph storage's lists are in load order,
 *    which is often the order asked for (file names, dates), so in query
 *    mode its finds return their statements in a fixed pseudo-random
 *    order (dg_store_prepare_for_queries; scatter() in store/storage_dg.c),
 *    and the tree's depth is logarithmic in expectation. SPARQL gives no
 *    order without ORDER BY, so nothing is lost.
 *
 * 5. A result without rows names no variables in rasqal, and the W3C
 *    result formats still want the header: cli/cmd_query.c takes the
 *    names from the query text instead (dg_sparql_projection).
 *
 * 6. rasqal's query-analysis warnings are off (dg_rasqal_quiet_warnings):
 *    it warns "$$agg$$0 used but not bound" for every aggregate, which is
 *    wrong, and "variable bound but unused", which is noise. Errors still
 *    come through.
 *
 * 7. A DISTINCT sub-query is run by docgraph on its own (query.c, with the
 *    DISTINCT of item 2) and given to rasqal as inline data,
 *    `{ VALUES (?v) { (term) ... } }` in its place (dg_rasqal_subselect_*).
 *    rasqal's DISTINCT is as quadratic inside a sub-query as at the top:
 *    the people who both write and speak, as two DISTINCT sub-queries of
 *    23,000 and 29,000 rows keeping 399 each, took 21 s of CPU; the same
 *    rows as data take milliseconds. A sub-query is evaluated apart from
 *    the rest of the query in SPARQL, so its rows are the same wherever
 *    they are computed. Not taken: in a query with GRAPH (a sub-query
 *    inside GRAPH ?g sees that graph) or SERVICE; in a query with GROUP BY
 *    or an aggregate, because rasqal 0.9.33 groups inline data wrongly
 *    (VALUES with no triple pattern beside it, grouped by one of its
 *    variables, gave one group counting every row), and ORDER BY over
 *    inline data alone is ignored, so a sub-query is taken only where a
 *    triple pattern sits in the same group; rows with a blank
 *    node (VALUES cannot hold one); more rows than a small limit, since
 *    rasqal joins inline data with nested loops. GROUP BY instead of
 *    DISTINCT is no way out in rasqal 0.9.33: without an aggregate it does
 *    not group, and two sub-queries with aggregates in one query share the
 *    aggregates' values, so their join loses rows.
 *
 * 8. A top-level GROUP BY whose aggregates are COUNTs is applied by
 *    docgraph (query/group_take.h says which shape): rasqal runs the
 *    WHERE clause alone, selecting the keys and the counted variables,
 *    and docgraph groups and counts the rows with a hash table, keeps the
 *    groups HAVING (BOUND(?key)) asks for, sorts them (counts as numbers,
 *    simple literals and STR() by code point; ties in the order the
 *    groups appeared) and cuts OFFSET and LIMIT. rasqal's GROUP BY feeds
 *    every row through a tree of groups, and its ORDER BY of the groups
 *    inserts them one by one into the unbalanced tree of item 4: the
 *    groups come out sorted by key, and a count shared by thousands of
 *    authors makes the tree a list. The groups' order is then what rasqal
 *    gives (measured: the outputs of every saved aggregate are
 *    byte-identical on 2,000 and 20,000 pages). Where the WHERE clause is
 *    one DISTINCT sub-query, that sub-query runs alone, so its DISTINCT
 *    is docgraph's (item 2): publications-by-year no longer pays rasqal's
 *    quadratic DISTINCT, which item 7 could not take in a grouped query.
 *    COUNT(?x) counts the rows where ?x is bound, which is also right
 *    where rasqal is not (a variable bound only inside OPTIONAL). A value
 *    to order by of another kind (a language-tagged or typed literal, an
 *    IRI not under STR(), an unbound key) leaves the query to rasqal,
 *    run again as written.
 *
 * 9. A top-level ORDER BY on projected variables (or STR() of them), with
 *    its OFFSET and LIMIT, is applied by docgraph (query/order_take.h):
 *    rasqal runs the query without them, and docgraph sorts the rows it
 *    collects anyway. rasqal's sort builds an order key and a tree node
 *    per row and compares literals through its generic comparison: a
 *    quarter of the instructions of a query that returns 1.35 million
 *    rows. rasqal's sort is stable (rows that compare equal keep their
 *    order of arrival, which is the order the same rows come in without
 *    ORDER BY) and compares simple literals by code point, and so does
 *    docgraph's, so the rows are the same bytes in the same order
 *    (tests/cli/t0472-query-order.sh compares the two on ties). When
 *    every projected variable is ordered by, a top-level DISTINCT (item
 *    2) is applied to the sorted rows, where equal rows are neighbours,
 *    instead of through a set of every row (t0473). A value
 *    of another kind to compare (a language-tagged or typed literal, an
 *    IRI not under STR(), an unbound variable, a blank node) leaves the
 *    query to rasqal, run again as written. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "query/rasqal_compat.h"
#include "query/sparql.h"

const char *dg_lint_kind_name(dg_lint_kind k)
{
  switch (k) {
  case DG_LINT_FAILS: return "fails";
  case DG_LINT_WRONG: return "gives wrong results";
  case DG_LINT_CRASH: return "crashes";
  }
  return "fails";
}

/* ---------------------------------------------------------------- rules
 *
 * One row per construct. `force` is 1 exactly for the rows whose kind is
 * DG_LINT_WRONG: wrong rows are the user's call, a failure or a crash is
 * not. The comment above each row says what was measured (the test has
 * the data and the queries). */

#define NOT_RUN "does not run in rasqal 0.9.33"
#define PATH_EFFECT NOT_RUN " (a syntax error)"
#define PATH_INSTEAD                                                            \
  "write each step as its own triple pattern through a variable (?a dg:p ?x . " \
  "?x dg:q ?b), an alternative (|) as a UNION, and an inverse (^dg:p) with "    \
  "subject and object swapped"
#define DATE_PART_EFFECT                                                        \
  "is unbound on xsd:date values (the dates docgraph writes) in rasqal 0.9.33, " \
  "so rows vanish"
#define DATE_PART_INSTEAD                                                       \
  "write SUBSTR(STR(?date), 1, 4) for the year (6, 2 for the month; 9, 2 for "  \
  "the day)"
#define NESTED_EFFECT "returns garbage in rasqal 0.9.33 when an argument is a function call"
#define NESTED_INSTEAD                                                          \
  "bind the inner call to a variable first: BIND(STR(?x) AS ?s) "               \
  "BIND(CONCAT(?s, \"...\") AS ?t)"
#define FROM_EFFECT "is ignored by rasqal 0.9.33: every graph is queried"
#define FROM_INSTEAD                                                            \
  "select graphs inside WHERE with GRAPH <iri> { ... } (or GRAPH ?g and a "     \
  "FILTER on ?g)"

#define FAILS(name, construct, effect, instead) \
  {name, DG_LINT_FAILS, 0, 1, construct, effect, instead}
#define CRASH(name, construct, effect, instead) \
  {name, DG_LINT_CRASH, 0, 1, construct, effect, instead}
#define WRONG(name, construct, effect, instead) \
  {name, DG_LINT_WRONG, 1, 1, construct, effect, instead}

const dg_rasqal_rule dg_rasqal_rules[DG_RQ__COUNT] = {
  /* property paths are not in rasqal's grammar: a syntax error, at run
   * time, for every operator */
  [DG_RQ_PATH_SEQ] = FAILS("path-seq", "property path '/'", PATH_EFFECT, PATH_INSTEAD),
  [DG_RQ_PATH_ALT] = FAILS("path-alt", "property path '|'", PATH_EFFECT, PATH_INSTEAD),
  [DG_RQ_PATH_INV] = FAILS("path-inv", "property path '^'", PATH_EFFECT, PATH_INSTEAD),
  [DG_RQ_PATH_STAR] = FAILS("path-star", "property path '*'", PATH_EFFECT, PATH_INSTEAD),
  [DG_RQ_PATH_PLUS] = FAILS("path-plus", "property path '+'", PATH_EFFECT, PATH_INSTEAD),
  [DG_RQ_PATH_OPT] = FAILS("path-opt", "property path '?'", PATH_EFFECT, PATH_INSTEAD),
  [DG_RQ_PATH_NEG] = FAILS("path-neg", "property path '!'", PATH_EFFECT, PATH_INSTEAD),
  /* no results, and no reason given */
  [DG_RQ_MINUS] = FAILS("minus", "MINUS", NOT_RUN,
                        "write OPTIONAL { the excluded pattern } FILTER(!BOUND(?v)) on a "
                        "variable only that pattern binds"),
  /* a syntax error */
  [DG_RQ_EXISTS] = FAILS("exists", "FILTER EXISTS", NOT_RUN,
                         "put the pattern in the query itself (with DISTINCT), or write "
                         "OPTIONAL { pattern } FILTER(BOUND(?v))"),
  [DG_RQ_NOT_EXISTS] = FAILS("not-exists", "FILTER NOT EXISTS", NOT_RUN,
                             "write OPTIONAL { pattern } FILTER(!BOUND(?v)) on a variable "
                             "only the pattern binds"),
  /* no results, and no reason given */
  [DG_RQ_DESCRIBE] = FAILS("describe", "DESCRIBE", NOT_RUN,
                           "write CONSTRUCT { <iri> ?p ?o } WHERE { <iri> ?p ?o }"),
  /* not rasqal's: `docgraph query` only reads, whatever the engine */
  [DG_RQ_UPDATE] = {"update", DG_LINT_FAILS, 0, 0, "SPARQL Update",
                    "is not supported (docgraph query only reads)",
                    "change the store with 'docgraph load' or 'docgraph import'"},
  /* the inline form reads past the end of a buffer (valgrind) here as
   * inside the WHERE clause (below), and has crashed; VALUES (?x) { (...) }
   * after WHERE was right on every query tried, but is refused with it */
  [DG_RQ_VALUES_AFTER] = CRASH("values-trailing", "VALUES after the WHERE clause",
                               "crashes rasqal 0.9.33",
                               "move it inside the WHERE clause, written VALUES (?x) { (value1) "
                               "(value2) }"),
  /* VALUES ?n { "a" "c" } reads past the end of a buffer (valgrind): it
   * kept one of the two values, or crashed (SIGSEGV), depending on the
   * memory around it; VALUES (?n) { ("a") ("c") } is right */
  [DG_RQ_VALUES_INLINE] = CRASH("values-inline", "inline VALUES ?x { ... }",
                                "reads past a buffer in rasqal 0.9.33 (wrong rows, or a crash)",
                                "write VALUES (?x) { (value1) (value2) }"),
  /* "Aggregate expressions cannot be evaluated in a general scalar
   * expression", once per group, and no rows */
  [DG_RQ_HAVING] = WRONG("having", "HAVING on an aggregate that is not selected",
                         "is evaluated wrongly by rasqal 0.9.33 (wrong groups are kept)",
                         "select the same aggregate too, e.g. SELECT ?a (COUNT(?pub) AS ?n) "
                         "... HAVING (COUNT(?pub) > 1)"),
  /* GROUP_CONCAT(?t; SEPARATOR=",") of "x" and "y" is "y x" */
  [DG_RQ_SEPARATOR] = WRONG("separator", "GROUP_CONCAT with SEPARATOR",
                            "ignores the separator in rasqal 0.9.33 (values are always "
                            "joined by a space)",
                            "drop SEPARATOR and split on spaces, or select the values "
                            "ungrouped"),
  /* BIND(YEAR(?d) AS ?y) on an xsd:date drops the row (right on
   * xsd:dateTime) */
  [DG_RQ_YEAR] = WRONG("year", "YEAR()", DATE_PART_EFFECT, DATE_PART_INSTEAD),
  [DG_RQ_MONTH] = WRONG("month", "MONTH()", DATE_PART_EFFECT, DATE_PART_INSTEAD),
  [DG_RQ_DAY] = WRONG("day", "DAY()", DATE_PART_EFFECT, DATE_PART_INSTEAD),
  /* CONCAT(UCASE(?n), "!") and STRBEFORE(STR(?d), "-") give bytes from
   * freed memory, different on every run (AddressSanitizer: a
   * heap-use-after-free of the inner call's result); STRAFTER(STR(?d),
   * "-") gives "" */
  [DG_RQ_CONCAT] = WRONG("concat", "CONCAT over a nested function call", NESTED_EFFECT,
                         NESTED_INSTEAD),
  [DG_RQ_STRBEFORE] = WRONG("strbefore", "STRBEFORE over a nested function call",
                            NESTED_EFFECT, NESTED_INSTEAD),
  [DG_RQ_STRAFTER] = WRONG("strafter", "STRAFTER over a nested function call", NESTED_EFFECT,
                           NESTED_INSTEAD),
  /* { SELECT ?s (COUNT(?o) AS ?n) ... GROUP BY ?s } FILTER(?n > 1) gives
   * another group's ?s beside the right count */
  [DG_RQ_SUBQUERY_FILTER] = WRONG("subquery", "FILTER in a group that holds a sub-query",
                                  "returns a wrong row in rasqal 0.9.33",
                                  "move the FILTER inside the sub-query (or into its own group "
                                  "around the patterns it tests)"),
  /* COUNT(?t) with ?t only in OPTIONAL is 1, not 0, where ?t is unbound */
  [DG_RQ_COUNT_OPTIONAL] = WRONG("count-optional",
                                 "COUNT of a variable bound only inside OPTIONAL",
                                 "counts a row where the variable is unbound as 1 in rasqal "
                                 "0.9.33",
                                 "write (SUM(IF(BOUND(?x), 1, 0)) AS ?n)"),
  /* COUNT(DISTINCT ?o) over 300 rows holding 7 values is 9 (14 with
   * AddressSanitizer's allocator: it depends on the memory layout) */
  [DG_RQ_AGG_DISTINCT] = WRONG("count-distinct", "an aggregate over DISTINCT values",
                               "counts a value again when its rows are not next to each "
                               "other in rasqal 0.9.33",
                               "a plain COUNT where the rows are distinct already, or an "
                               "aggregate over a SELECT DISTINCT sub-query: SELECT ?g "
                               "(COUNT(?x) AS ?n) { { SELECT DISTINCT ?g ?x { ... } } } "
                               "GROUP BY ?g"),
  /* FROM <g> and FROM NAMED <g> see every graph's triples */
  [DG_RQ_FROM] = WRONG("from", "FROM", FROM_EFFECT, FROM_INSTEAD),
  [DG_RQ_FROM_NAMED] = WRONG("from-named", "FROM NAMED", FROM_EFFECT, FROM_INSTEAD),
};

/* ---------------------------------------------------------------- DISTINCT
 *
 * Why docgraph applies DISTINCT itself: item 2 at the top of this file. */

struct dg_rasqal_distinct {
  unsigned long long offset;
  unsigned long long limit;   /* ULLONG_MAX: none */
  unsigned long long kept;    /* distinct rows seen, OFFSET's included */
  dg_strmap *seen;            /* row keys */
  dg_buf key;
};

static int number_token(const dg_sparql *q, size_t i, unsigned long long *out)
{
  const dg_tok *t = dg_sparql_tok(q, i);
  char buf[24];
  if (i >= dg_sparql_count(q) || t->kind != DG_SPQ_NUMBER || t->len >= sizeof buf)
    return 0;
  memcpy(buf, dg_sparql_text(q) + t->start, t->len);
  buf[t->len] = '\0';
  if (strspn(buf, "0123456789") != t->len || t->len > 18)
    return 0;
  *out = strtoull(buf, NULL, 10);
  return 1;
}

/* Blanks the bytes of token `t` in `text` with spaces: lines and columns
 * in rasqal's messages stay those of the query as written. */
static void blank(char *text, const dg_tok *t)
{
  memset(text + t->start, ' ', t->len);
}

char *dg_rasqal_distinct_take(const char *text, dg_rasqal_distinct **out)
{
  dg_sparql *q = dg_sparql_new(text);
  size_t n = dg_sparql_count(q), i, sel = n;
  long depth = 0;
  char *copy = NULL;
  unsigned long long offset = 0, limit = ULLONG_MAX;

  *out = NULL;
  if (dg_sparql_form(q) != DG_FORM_SELECT)
    goto out;
  for (i = 0; i < n && sel == n; i++) {
    if (dg_sparql_is(q, i, "{"))
      depth++;
    else if (dg_sparql_is(q, i, "}"))
      depth--;
    else if (depth == 0 && dg_sparql_is(q, i, "SELECT"))
      sel = i;
  }
  if (sel == n || !dg_sparql_is(q, sel + 1, "DISTINCT"))
    goto out;
  copy = xstrdup(text);
  blank(copy, dg_sparql_tok(q, sel + 1));
  for (i = sel + 2; i < n; i++) {
    unsigned long long v;
    if (dg_sparql_is(q, i, "{"))
      depth++;
    else if (dg_sparql_is(q, i, "}"))
      depth--;
    else if (depth == 0 && (dg_sparql_is(q, i, "LIMIT") || dg_sparql_is(q, i, "OFFSET"))) {
      if (!number_token(q, i + 1, &v)) {
        /* not a plain count: leave the query to rasqal as it is */
        free(copy);
        copy = NULL;
        goto out;
      }
      if (dg_sparql_is(q, i, "LIMIT"))
        limit = v;
      else
        offset = v;
      blank(copy, dg_sparql_tok(q, i));
      blank(copy, dg_sparql_tok(q, i + 1));
      i++;
    }
  }
  *out = xcalloc(1, sizeof **out);
  (*out)->offset = offset;
  (*out)->limit = limit;
  (*out)->seen = dg_strmap_new();
  dg_buf_init(&(*out)->key);

out:
  dg_sparql_free(q);
  return copy;
}

int dg_rasqal_distinct_full(const dg_rasqal_distinct *d)
{
  return d->kept >= d->offset && d->kept - d->offset >= d->limit;
}

/* The key of a row for the set: each term's kind, value, language and
 * datatype, each NUL-terminated (terms hold C strings). */
static void row_key(const dg_term *row, int n, dg_buf *key)
{
  int i;
  dg_buf_clear(key);
  for (i = 0; i < n; i++) {
    const dg_term *t = &row[i];
    char kind = (char)('0' + (int)t->kind);
    dg_buf_add(key, &kind, 1);
    dg_buf_add(key, t->value ? t->value : "", strlen(t->value ? t->value : "") + 1);
    dg_buf_add(key, t->lang ? t->lang : "", strlen(t->lang ? t->lang : "") + 1);
    dg_buf_add(key, t->datatype ? t->datatype : "", strlen(t->datatype ? t->datatype : "") + 1);
  }
}

int dg_rasqal_distinct_keep(dg_rasqal_distinct *d, const dg_term *row, int n)
{
  row_key(row, n, &d->key);
  if (!dg_strmap_put(d->seen, d->key.data, d->key.len, 1))
    return 0;   /* seen before */
  return ++d->kept > d->offset;
}

void dg_rasqal_distinct_free(dg_rasqal_distinct *d)
{
  if (!d)
    return;
  dg_strmap_free(d->seen);
  dg_buf_release(&d->key);
  free(d);
}

/* ---------------------------------------------------------------- sub-queries
 *
 * Why docgraph runs DISTINCT sub-queries itself: item 7 at the top of this
 * file. */

static int takes_subselects(const dg_sparql *q)
{
  static const char *const words[] = {"GRAPH", "SERVICE", "GROUP", "HAVING", "COUNT", "SUM",
                                      "AVG", "MIN", "MAX", "SAMPLE", "GROUP_CONCAT", NULL};
  size_t i;
  for (i = 0; words[i]; i++)
    if (dg_sparql_has_word(q, words[i]))
      return 0;
  return 1;
}

/* 1 if the group around the brace at token `open` holds a triple pattern
 * of its own (a term outside parentheses and nested groups, not after
 * VALUES). rasqal 0.9.33 ignores ORDER BY over inline data alone, and
 * groups it wrongly; beside a triple pattern both are right. */
static int group_has_triple(const dg_sparql *q, size_t open)
{
  size_t n = dg_sparql_count(q), i = open, e;
  long depth = 0, parens = 0;
  while (i-- > 0) {
    if (dg_sparql_is(q, i, "}"))
      depth++;
    else if (dg_sparql_is(q, i, "{") && depth-- == 0)
      break;
  }
  if (i == (size_t)-1)
    return 0;
  depth = 0;
  for (e = i + 1; e < n; e++) {
    const dg_tok *t = dg_sparql_tok(q, e);
    if (dg_sparql_is(q, e, "{"))
      depth++;
    else if (dg_sparql_is(q, e, "}") && depth-- == 0)
      break;
    else if (dg_sparql_is(q, e, "("))
      parens++;
    else if (dg_sparql_is(q, e, ")"))
      parens--;
    else if (depth == 0 && parens == 0 &&
             (t->kind == DG_SPQ_VAR || t->kind == DG_SPQ_IRI || t->kind == DG_SPQ_PNAME ||
              t->kind == DG_SPQ_BNODE) &&
             !dg_sparql_is(q, e - 1, "VALUES"))
      return 1;
  }
  return 0;
}

int dg_rasqal_subselect_find(const char *text, size_t *start, size_t *end, char **query)
{
  dg_sparql *q = dg_sparql_new(text);
  size_t n = dg_sparql_count(q), i, k, body = 0;
  int found = 0;

  if (!takes_subselects(q))
    goto out;
  /* the prologue ends where the first SELECT, ASK or CONSTRUCT is */
  while (body < n && (dg_sparql_is(q, body, "PREFIX") || dg_sparql_is(q, body, "BASE")))
    body += dg_sparql_is(q, body, "PREFIX") ? 3 : 2;
  for (i = body + 1; i < n && !found; i++) {
    long depth = 0;
    if (!dg_sparql_is(q, i, "SELECT") || !dg_sparql_is(q, i - 1, "{") ||
        !dg_sparql_is(q, i + 1, "DISTINCT") || !group_has_triple(q, i - 1))
      continue;
    for (k = i + 1; k < n; k++) {
      if (dg_sparql_is(q, k, "SELECT"))
        break;   /* a nested sub-query: leave this one to rasqal */
      if (dg_sparql_is(q, k, "{"))
        depth++;
      else if (dg_sparql_is(q, k, "}") && depth-- == 0)
        break;
    }
    if (k < n && dg_sparql_is(q, k, "}")) {
      const dg_tok *open = dg_sparql_tok(q, i - 1), *close = dg_sparql_tok(q, k);
      const dg_tok *sel = dg_sparql_tok(q, i);
      size_t plen = body < n ? dg_sparql_tok(q, body)->start : 0;
      dg_buf b;
      dg_buf_init(&b);
      dg_buf_add(&b, text, plen);
      dg_buf_add(&b, text + sel->start, close->start - sel->start);
      *query = dg_buf_detach(&b);
      *start = open->start;
      *end = close->start + close->len;
      found = 1;
    }
  }
out:
  dg_sparql_free(q);
  return found;
}

/* `t` (bound) as a SPARQL term; 0 for a blank node. */
static int put_value_term(dg_buf *b, const dg_term *t)
{
  switch (t->kind) {
  case DG_TERM_IRI:
    dg_buf_printf(b, "<%s>", t->value);
    return 1;
  case DG_TERM_LITERAL:
    dg_buf_addc(b, '"');
    dg_sparql_escape_string(b, t->value);
    dg_buf_addc(b, '"');
    if (t->lang)
      dg_buf_printf(b, "@%s", t->lang);
    else if (t->datatype)
      dg_buf_printf(b, "^^<%s>", t->datatype);
    return 1;
  case DG_TERM_BNODE:
    break;
  }
  return 0;
}

char *dg_rasqal_values_group(const dg_results *r, size_t max, unsigned newlines)
{
  size_t nv = dg_results_n_vars(r), nr = dg_results_n_rows(r), i, j;
  dg_buf b;

  if (dg_results_get_kind(r) != DG_RESULTS_BINDINGS || nv == 0 || nr > max)
    return NULL;
  dg_buf_init(&b);
  dg_buf_adds(&b, "{ VALUES (");
  for (j = 0; j < nv; j++)
    dg_buf_printf(&b, "%s?%s", j ? " " : "", dg_results_var(r, j));
  dg_buf_adds(&b, ") {");
  for (i = 0; i < nr; i++) {
    const dg_term *row = dg_results_row(r, i);
    dg_buf_adds(&b, " (");
    for (j = 0; j < nv; j++) {
      if (j)
        dg_buf_addc(&b, ' ');
      if (!row[j].value)
        dg_buf_adds(&b, "UNDEF");
      else if (!put_value_term(&b, &row[j])) {
        dg_buf_release(&b);
        return NULL;
      }
    }
    dg_buf_addc(&b, ')');
  }
  dg_buf_adds(&b, " } }");
  while (newlines--)
    dg_buf_addc(&b, '\n');
  return dg_buf_detach(&b);
}

/* ---------------------------------------------------------------- warnings */

void dg_rasqal_quiet_warnings(librdf_world *w)
{
  /* why: item 6 at the top of this file */
  rasqal_world_set_warning_level(librdf_world_get_rasqal(w), 0);
}
