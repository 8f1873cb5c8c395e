/* order_take.c - ORDER BY applied by docgraph: why, item 9 at the top of
 * rasqal_compat.c; the shape taken, order_take.h. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

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

static const dg_results *sort_rows;   /* qsort has no context argument */
static const dg_order_take *sort_plan;

static int cmp_rows(const void *pa, const void *pb)
{
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb, k;
  const dg_term *ra = dg_results_row(sort_rows, a), *rb = dg_results_row(sort_rows, b);
  for (k = 0; k < sort_plan->n_conds; k++) {
    const cond *c = &sort_plan->conds[k];
    int r = strcmp(ra[c->col].value, rb[c->col].value);
    if (r)
      return c->desc ? (r < 0 ? 1 : -1) : (r < 0 ? -1 : 1);
  }
  /* equal rows keep the order they came in, as in rasqal's sort */
  return a < b ? -1 : a > b;
}

int dg_order_take_apply(const dg_order_take *o, dg_results *r)
{
  size_t nr = dg_results_n_rows(r), nv = dg_results_n_vars(r), i, k, from, to;
  size_t *order;
  dg_order_take *plan = (dg_order_take *)o;  /* the columns are set while sorting */

  for (k = 0; k < o->n_conds; k++) {
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
  order = xcalloc(nr + 1, sizeof *order);
  for (i = 0; i < nr; i++)
    order[i] = i;
  sort_rows = r;
  sort_plan = o;
  qsort(order, nr, sizeof *order, cmp_rows);
  sort_rows = NULL;
  sort_plan = NULL;
  from = o->offset < nr ? (size_t)o->offset : nr;
  to = o->limit < nr - from ? from + (size_t)o->limit : nr;
  dg_results_keep_rows(r, order + from, to - from);
  free(order);
  return 1;
}
