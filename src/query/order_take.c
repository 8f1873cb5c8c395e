/* order_take.c - ORDER BY applied by docgraph: why, item 9 at the top of
 * rasqal_compat.c; the shape taken, order_take.h. */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "base/xalloc.h"
#include "query/order_take.h"
#include "query/sparql.h"

typedef struct cond {
  char *var;     /* owned, without ? */
  int desc;      /* DESC() */
  int str;       /* STR() of the value */
  size_t col;    /* its column, while sorting */
} cond;

struct dg_order_take {
  cond *conds;
  size_t n_conds;
  unsigned long long offset, limit;  /* limit ULLONG_MAX: none */
  int covers;    /* every projected variable is ordered by (not SELECT *) */
};

static int is_var(const dg_sparql *q, size_t i)
{
  return i < dg_sparql_count(q) && dg_sparql_tok(q, i)->kind == DG_SPQ_VAR;
}

void dg_order_take_free(dg_order_take *o)
{
  size_t i;
  if (!o)
    return;
  for (i = 0; i < o->n_conds; i++)
    free(o->conds[i].var);
  free(o->conds);
  free(o);
}

/* One condition at token *i; 0 if it is not of the shape taken. */
static int parse_cond(const dg_sparql *q, size_t *i, dg_order_take *o)
{
  cond c;
  size_t j = *i;
  int dir = 0;
  const dg_tok *t;
  memset(&c, 0, sizeof c);
  if ((dg_sparql_is(q, j, "ASC") || dg_sparql_is(q, j, "DESC")) && dg_sparql_is(q, j + 1, "(")) {
    c.desc = dg_sparql_is(q, j, "DESC");
    dir = 1;
    j += 2;
  }
  if (dg_sparql_is(q, j, "STR") && dg_sparql_is(q, j + 1, "(") && is_var(q, j + 2) &&
      dg_sparql_is(q, j + 3, ")")) {
    c.str = 1;
    j += 2;
  } else if (!is_var(q, j)) {
    return 0;
  }
  t = dg_sparql_tok(q, j);
  j += 1 + c.str;
  if (dir && !dg_sparql_is(q, j++, ")"))
    return 0;
  c.var = xstrndup(dg_sparql_text(q) + t->start + 1, t->len - 1);
  o->conds = xrealloc(o->conds, (o->n_conds + 1) * sizeof *o->conds);
  o->conds[o->n_conds++] = c;
  *i = j;
  return 1;
}

char *dg_order_take_rewrite(const char *text, dg_order_take **out)
{
  static const char *const words[] = {"GROUP", "HAVING", "COUNT", "SUM", "AVG", "MIN", "MAX",
                                      "SAMPLE", "GROUP_CONCAT", NULL};
  dg_sparql *q = dg_sparql_new(text);
  size_t n = dg_sparql_count(q), i, sel = n, order = n, k, nproj;
  long depth = 0;
  dg_order_take *o = NULL;
  char **proj = NULL;
  char *copy = NULL;

  *out = NULL;
  if (dg_sparql_form(q) != DG_FORM_SELECT)
    goto out;
  for (k = 0; words[k]; k++)
    if (dg_sparql_has_word(q, words[k]))
      goto out;
  for (i = 0; i < n; i++) {
    if (dg_sparql_is(q, i, "{"))
      depth++;
    else if (dg_sparql_is(q, i, "}"))
      depth--;
    else if (depth == 0 && sel == n && dg_sparql_is(q, i, "SELECT"))
      sel = i;
    else if (depth == 0 && sel < n && dg_sparql_is(q, i, "ORDER") &&
             dg_sparql_is(q, i + 1, "BY")) {
      order = i;
      break;
    }
  }
  if (order == n)
    goto out;
  o = xcalloc(1, sizeof *o);
  o->limit = ULLONG_MAX;
  i = order + 2;
  if (!parse_cond(q, &i, o))
    goto fail;
  while (i < n && !dg_sparql_is(q, i, "LIMIT") && !dg_sparql_is(q, i, "OFFSET"))
    if (!parse_cond(q, &i, o))
      goto fail;
  while (i < n) {
    unsigned long long v;
    if (!dg_sparql_number(q, i + 1, &v))
      goto fail;
    if (dg_sparql_is(q, i, "LIMIT"))
      o->limit = v;
    else if (dg_sparql_is(q, i, "OFFSET"))
      o->offset = v;
    else
      goto fail;
    i += 2;
  }
  /* every variable ordered by is in the rows: projected, or SELECT * */
  nproj = dg_sparql_projection(q, &proj);
  for (k = 0; nproj && k < o->n_conds; k++) {
    size_t p;
    for (p = 0; p < nproj && strcmp(proj[p], o->conds[k].var) != 0; p++)
      ;
    if (p == nproj)
      break;
  }
  if (nproj && k == o->n_conds) {
    size_t p;
    o->covers = 1;
    for (p = 0; o->covers && p < nproj; p++) {
      for (k = 0; k < o->n_conds && strcmp(proj[p], o->conds[k].var) != 0; k++)
        ;
      o->covers = k < o->n_conds;
    }
    k = o->n_conds;
  }
  for (i = 0; i < nproj; i++)
    free(proj[i]);
  free(proj);
  if (nproj && k < o->n_conds)
    goto fail;
  copy = xstrdup(text);
  for (i = order; i < n; i++) {
    const dg_tok *t = dg_sparql_tok(q, i);
    memset(copy + t->start, ' ', t->len);
  }
  *out = o;
  goto out;

fail:
  dg_order_take_free(o);
out:
  dg_sparql_free(q);
  return copy;
}

int dg_order_take_covers(const dg_order_take *o) { return o->covers; }

/* Sets keys[row * stride + k] to the rank of each row's value in column
 * `col` among the column's distinct values in code-point order: ranks
 * compare as strcmp() compares the values, so the sort compares numbers.
 * A large result has few distinct values per column (a title, a name or
 * a day repeats on thousands of rows), and strcmp() over long equal
 * prefixes, a dozen times per row, was most of the sort's time. */
static const char **rank_values;   /* qsort has no context argument */

static int cmp_values(const void *pa, const void *pb)
{
  return strcmp(rank_values[*(const uint32_t *)pa], rank_values[*(const uint32_t *)pb]);
}

static void column_ranks(const dg_results *r, size_t col, uint32_t *keys, size_t k,
                         size_t stride)
{
  size_t nr = dg_results_n_rows(r), i, nd = 0, cap = 0;
  dg_strmap *seen = dg_strmap_new();
  const char **values = NULL;   /* the distinct values, borrowed from the rows */
  uint32_t *by_value, *rank;

  for (i = 0; i < nr; i++) {
    const char *v = dg_results_row(r, i)[col].value;
    size_t d;
    if (!dg_strmap_get(seen, v, strlen(v), &d)) {
      d = nd++;
      dg_strmap_put(seen, v, strlen(v), d);
      xgrow(&values, &cap, nd, sizeof *values);
      values[d] = v;
    }
    keys[i * stride + k] = (uint32_t)d;
  }
  by_value = xmalloc((nd + 1) * sizeof *by_value);
  rank = xmalloc((nd + 1) * sizeof *rank);
  for (i = 0; i < nd; i++)
    by_value[i] = (uint32_t)i;
  rank_values = values;
  dg_qsort(by_value, nd, sizeof *by_value, cmp_values);
  rank_values = NULL;
  /* equal values cannot occur: each is in the map once */
  for (i = 0; i < nd; i++)
    rank[by_value[i]] = (uint32_t)i;
  for (i = 0; i < nr; i++)
    keys[i * stride + k] = rank[keys[i * stride + k]];
  free(rank);
  free(by_value);
  free(values);
  dg_strmap_free(seen);
}

static const uint32_t *sort_keys;     /* qsort has no context argument */
static const dg_order_take *sort_plan;

static int cmp_rows(const void *pa, const void *pb)
{
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb, k, n = sort_plan->n_conds;
  for (k = 0; k < n; k++) {
    uint32_t x = sort_keys[a * n + k], y = sort_keys[b * n + k];
    if (x != y)
      return (x < y) != sort_plan->conds[k].desc ? -1 : 1;
  }
  /* equal rows keep the order they came in, as in rasqal's sort */
  return a < b ? -1 : a > b;
}

static int same_str(const char *a, const char *b)
{
  return strcmp(a ? a : "", b ? b : "") == 0;
}

/* 1 if rows a and b hold the same RDF terms, as DISTINCT compares them. */
static int same_row(const dg_results *r, size_t a, size_t b)
{
  const dg_term *x = dg_results_row(r, a), *y = dg_results_row(r, b);
  size_t i, nv = dg_results_n_vars(r);
  for (i = 0; i < nv; i++)
    if (x[i].kind != y[i].kind || !same_str(x[i].value, y[i].value) ||
        !same_str(x[i].lang, y[i].lang) || !same_str(x[i].datatype, y[i].datatype))
      return 0;
  return 1;
}

/* Keeps the first of each set of equal rows of order[0..n), sorted, and
 * returns how many are left. With every projected variable ordered by,
 * equal rows sort next to each other: only rows with the same keys (a
 * run) can be equal, and they differ at most in the kind, language or
 * datatype of a value ordered by STR(), so each row is compared with the
 * few rows kept from its run. */
static size_t distinct_sorted(const dg_results *r, const uint32_t *keys, size_t nk,
                              size_t *order, size_t n)
{
  size_t i, kept = 0, run = 0;   /* run: where the kept rows of this run begin */
  for (i = 0; i < n; i++) {
    size_t j;
    if (kept && memcmp(&keys[order[i] * nk], &keys[order[run] * nk], nk * sizeof *keys) != 0)
      run = kept;
    for (j = run; j < kept && !same_row(r, order[j], order[i]); j++)
      ;
    if (j == kept)
      order[kept++] = order[i];
  }
  return kept;
}

int dg_order_take_apply(const dg_order_take *o, dg_results *r, int distinct)
{
  size_t nr = dg_results_n_rows(r), nv = dg_results_n_vars(r), i, k, from, to, nk = o->n_conds;
  size_t *order;
  uint32_t *keys;
  dg_order_take *plan = (dg_order_take *)o;  /* the columns are set while sorting */

  for (k = 0; k < nk; k++) {
    for (i = 0; i < nv && strcmp(dg_results_var(r, i), o->conds[k].var) != 0; i++)
      ;
    if (i == nv && nr)
      return 0;
    plan->conds[k].col = i;
    for (i = 0; i < nr; i++) {
      const dg_term *t = &dg_results_row(r, i)[o->conds[k].col];
      if (!t->value || t->kind == DG_TERM_BNODE)
        return 0;
      if (!o->conds[k].str && (t->kind != DG_TERM_LITERAL || t->lang || t->datatype))
        return 0;
    }
  }
  keys = xmalloc((nr * nk + 1) * sizeof *keys);
  for (k = 0; k < nk; k++)
    column_ranks(r, o->conds[k].col, keys, k, nk);
  order = xcalloc(nr + 1, sizeof *order);
  for (i = 0; i < nr; i++)
    order[i] = i;
  sort_keys = keys;
  sort_plan = o;
  dg_qsort(order, nr, sizeof *order, cmp_rows);
  sort_keys = NULL;
  sort_plan = NULL;
  if (distinct)
    nr = distinct_sorted(r, keys, nk, order, nr);
  free(keys);
  from = o->offset < nr ? (size_t)o->offset : nr;
  to = o->limit < nr - from ? from + (size_t)o->limit : nr;
  dg_results_keep_rows(r, order + from, to - from);
  free(order);
  return 1;
}
