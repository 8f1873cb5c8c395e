/* group_take.c - GROUP BY with COUNT, applied by docgraph: why, item 8 at
 * the top of rasqal_compat.c; the shape taken, group_take.h. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "query/group_take.h"
#include "query/sparql.h"

#define XSD_INTEGER "http://www.w3.org/2001/XMLSchema#integer"

/* One item of the projection: a key, or a count. */
typedef struct item {
  int agg;        /* 1: aggs[ref]; 0: keys[ref] */
  int ref;
} item;

typedef struct order_cond {
  int agg;        /* 1: aggs[ref] (a count); 0: keys[ref] */
  int ref;
  int desc;       /* DESC() */
  int str;        /* STR() of the value */
} order_cond;

typedef struct agg {
  char *alias;    /* owned: the name the count is projected as */
  char *var;      /* owned: the variable counted; NULL for COUNT(*) */
  int col;        /* its column in the ungrouped rows; -1: never bound */
} agg;

typedef struct key {
  char *var;      /* owned */
  int col;        /* its column in the ungrouped rows; -1: never bound */
} key;

struct dg_group_take {
  key *keys;
  int n_keys;
  agg *aggs;
  int n_aggs;
  item *items;
  int n_items;
  order_cond *order;
  int n_order;
  int having;     /* keys[having] must be bound; -1: no HAVING */
  unsigned long long offset, limit;  /* limit ULLONG_MAX: none */

  dg_strmap *index;              /* row key -> group */
  dg_buf rowkey;
  dg_term *gkeys;                /* n_keys per group; owned strings */
  unsigned long long *counts;    /* n_aggs per group */
  size_t n_groups, cap_gkeys, cap_counts;
};

/* ---------------------------------------------------------------- parsing */

static int tok_is_var(const dg_sparql *q, size_t i)
{
  return i < dg_sparql_count(q) && dg_sparql_tok(q, i)->kind == DG_SPQ_VAR;
}

/* The variable's name without ? or $ (new string). */
static char *var_name(const dg_sparql *q, size_t i)
{
  const dg_tok *t = dg_sparql_tok(q, i);
  return xstrndup(dg_sparql_text(q) + t->start + 1, t->len - 1);
}

static int find_key(const dg_group_take *g, const char *name)
{
  int k;
  for (k = 0; k < g->n_keys; k++)
    if (strcmp(g->keys[k].var, name) == 0)
      return k;
  return -1;
}

static int find_agg(const dg_group_take *g, const char *name)
{
  int k;
  for (k = 0; k < g->n_aggs; k++)
    if (strcmp(g->aggs[k].alias, name) == 0)
      return k;
  return -1;
}

/* The token after the brace at `open` that closes it; count if none. */
static size_t matching(const dg_sparql *q, size_t open)
{
  size_t n = dg_sparql_count(q), i;
  long depth = 0;
  for (i = open; i < n; i++) {
    if (dg_sparql_is(q, i, "{"))
      depth++;
    else if (dg_sparql_is(q, i, "}") && --depth == 0)
      return i;
  }
  return n;
}

/* One ORDER BY condition at token *i, in the names of `g`; 0 if it is not
 * of the shape taken. */
static int parse_cond(const dg_sparql *q, size_t *i, dg_group_take *g)
{
  order_cond c;
  size_t j = *i;
  int dir = 0;
  char *name;
  memset(&c, 0, sizeof c);
  if ((dg_sparql_is(q, j, "ASC") || dg_sparql_is(q, j, "DESC")) && dg_sparql_is(q, j + 1, "(")) {
    c.desc = dg_sparql_is(q, j, "DESC");
    dir = 1;
    j += 2;
  }
  if (dg_sparql_is(q, j, "STR") && dg_sparql_is(q, j + 1, "(") && tok_is_var(q, j + 2) &&
      dg_sparql_is(q, j + 3, ")")) {
    c.str = 1;
    j += 2;
  } else if (!tok_is_var(q, j)) {
    return 0;
  }
  name = var_name(q, j);
  j += 1 + c.str;
  if (dir && !dg_sparql_is(q, j++, ")")) {
    free(name);
    return 0;
  }
  c.ref = find_key(g, name);
  if (c.ref < 0) {
    c.agg = 1;
    c.ref = find_agg(g, name);
  }
  free(name);
  /* STR() of a count orders as text: left to rasqal */
  if (c.ref < 0 || (c.agg && c.str))
    return 0;
  g->order = xrealloc(g->order, (size_t)(g->n_order + 1) * sizeof *g->order);
  g->order[g->n_order++] = c;
  *i = j;
  return 1;
}

void dg_group_take_free(dg_group_take *g)
{
  int k;
  size_t i;
  if (!g)
    return;
  for (k = 0; k < g->n_keys; k++)
    free(g->keys[k].var);
  for (k = 0; k < g->n_aggs; k++) {
    free(g->aggs[k].alias);
    free(g->aggs[k].var);
  }
  for (i = 0; i < g->n_groups * (size_t)g->n_keys; i++) {
    free(g->gkeys[i].value);
    free(g->gkeys[i].lang);
    free(g->gkeys[i].datatype);
  }
  free(g->keys);
  free(g->aggs);
  free(g->items);
  free(g->order);
  free(g->gkeys);
  free(g->counts);
  dg_strmap_free(g->index);
  dg_buf_release(&g->rowkey);
  free(g);
}

static unsigned newlines(const char *s, size_t from, size_t to)
{
  unsigned n = 0;
  for (; from < to; from++)
    n += s[from] == '\n';
  return n;
}

static void add_newlines(dg_buf *b, unsigned n)
{
  while (n--)
    dg_buf_addc(b, '\n');
}

/* The projection between tokens `from` and `to`: names waiting for GROUP
 * BY (projected variables are checked against the keys afterwards). */
static int parse_projection(const dg_sparql *q, size_t from, size_t to, dg_group_take *g,
                            char ***pvars, int *n_pvars)
{
  size_t i = from;
  while (i < to) {
    if (tok_is_var(q, i)) {
      *pvars = xrealloc(*pvars, (size_t)(*n_pvars + 1) * sizeof **pvars);
      (*pvars)[(*n_pvars)++] = var_name(q, i);
      g->items = xrealloc(g->items, (size_t)(g->n_items + 1) * sizeof *g->items);
      g->items[g->n_items].agg = 0;
      g->items[g->n_items++].ref = *n_pvars - 1;   /* resolved later */
      i++;
    } else if (dg_sparql_is(q, i, "(") && dg_sparql_is(q, i + 1, "COUNT") &&
               dg_sparql_is(q, i + 2, "(") &&
               (tok_is_var(q, i + 3) || dg_sparql_is(q, i + 3, "*")) &&
               dg_sparql_is(q, i + 4, ")") && dg_sparql_is(q, i + 5, "AS") &&
               tok_is_var(q, i + 6) && dg_sparql_is(q, i + 7, ")")) {
      agg a;
      a.var = tok_is_var(q, i + 3) ? var_name(q, i + 3) : NULL;
      a.alias = var_name(q, i + 6);
      a.col = -1;
      g->aggs = xrealloc(g->aggs, (size_t)(g->n_aggs + 1) * sizeof *g->aggs);
      g->aggs[g->n_aggs++] = a;
      g->items = xrealloc(g->items, (size_t)(g->n_items + 1) * sizeof *g->items);
      g->items[g->n_items].agg = 1;
      g->items[g->n_items++].ref = g->n_aggs - 1;
      i += 8;
    } else {
      return 0;
    }
  }
  return g->n_items > 0 && g->n_aggs > 0;
}

/* Everything after the WHERE clause, from token i. */
static int parse_tail(const dg_sparql *q, size_t i, dg_group_take *g)
{
  size_t n = dg_sparql_count(q);
  if (!dg_sparql_is(q, i, "GROUP") || !dg_sparql_is(q, i + 1, "BY"))
    return 0;
  for (i += 2; tok_is_var(q, i); i++) {
    key k;
    k.var = var_name(q, i);
    k.col = -1;
    if (find_key(g, k.var) >= 0) {
      free(k.var);
      continue;
    }
    g->keys = xrealloc(g->keys, (size_t)(g->n_keys + 1) * sizeof *g->keys);
    g->keys[g->n_keys++] = k;
  }
  if (g->n_keys == 0)
    return 0;
  if (dg_sparql_is(q, i, "HAVING")) {
    char *name;
    if (!dg_sparql_is(q, i + 1, "(") || !dg_sparql_is(q, i + 2, "BOUND") ||
        !dg_sparql_is(q, i + 3, "(") || !tok_is_var(q, i + 4) || !dg_sparql_is(q, i + 5, ")") ||
        !dg_sparql_is(q, i + 6, ")"))
      return 0;
    name = var_name(q, i + 4);
    g->having = find_key(g, name);
    free(name);
    if (g->having < 0)
      return 0;
    i += 7;
  }
  if (dg_sparql_is(q, i, "ORDER")) {
    if (!dg_sparql_is(q, i + 1, "BY"))
      return 0;
    i += 2;
    if (!parse_cond(q, &i, g))
      return 0;
    while (i < n && !dg_sparql_is(q, i, "LIMIT") && !dg_sparql_is(q, i, "OFFSET"))
      if (!parse_cond(q, &i, g))
        return 0;
  }
  while (i < n) {
    unsigned long long v;
    if (!dg_sparql_number(q, i + 1, &v))
      return 0;
    if (dg_sparql_is(q, i, "LIMIT"))
      g->limit = v;
    else if (dg_sparql_is(q, i, "OFFSET"))
      g->offset = v;
    else
      return 0;
    i += 2;
  }
  return 1;
}

char *dg_group_take_rewrite(const char *text, dg_group_take **out)
{
  dg_sparql *q = dg_sparql_new(text);
  size_t n = dg_sparql_count(q), body = 0, sel, open, close, i;
  dg_group_take *g = xcalloc(1, sizeof *g);
  char **pvars = NULL;
  int n_pvars = 0, k, ok = 0;
  char *result = NULL;
  dg_buf b;

  *out = NULL;
  g->having = -1;
  g->limit = ULLONG_MAX;
  if (dg_sparql_form(q) != DG_FORM_SELECT)
    goto out;
  while (body < n && (dg_sparql_is(q, body, "PREFIX") || dg_sparql_is(q, body, "BASE")))
    body += dg_sparql_is(q, body, "PREFIX") ? 3 : 2;
  sel = body;
  if (!dg_sparql_is(q, sel, "SELECT"))
    goto out;
  for (open = sel + 1; open < n && !dg_sparql_is(q, open, "WHERE") &&
                       !dg_sparql_is(q, open, "{"); open++)
    ;
  if (open >= n || !parse_projection(q, sel + 1, open, g, &pvars, &n_pvars))
    goto out;
  if (dg_sparql_is(q, open, "WHERE"))
    open++;
  if (!dg_sparql_is(q, open, "{"))
    goto out;
  close = matching(q, open);
  if (close >= n || !parse_tail(q, close + 1, g))
    goto out;
  /* every projected variable is a key, every count's name new */
  for (i = 0; i < (size_t)g->n_items; i++)
    if (!g->items[i].agg && (g->items[i].ref = find_key(g, pvars[g->items[i].ref])) < 0)
      goto out;
  for (k = 0; k < g->n_aggs; k++)
    if (find_key(g, g->aggs[k].alias) >= 0 || find_agg(g, g->aggs[k].alias) != k)
      goto out;
  ok = 1;

  /* the text rasqal runs: the keys and the counted variables of every
   * solution, with the line breaks of what it replaces, so that lines in
   * rasqal's messages stay those of the query as written */
  dg_buf_init(&b);
  {
    const dg_tok *s = dg_sparql_tok(q, sel), *o = dg_sparql_tok(q, open);
    const dg_tok *c = dg_sparql_tok(q, close);
    size_t sub_close = close > open + 1 ? matching(q, open + 1) : n;
    dg_buf_add(&b, text, s->start);
    if (dg_sparql_is(q, open + 1, "{") && dg_sparql_is(q, open + 2, "SELECT") &&
        sub_close + 1 == close) {
      /* the WHERE clause is one sub-query: its rows are the solutions */
      const dg_tok *is = dg_sparql_tok(q, open + 2), *ic = dg_sparql_tok(q, sub_close);
      add_newlines(&b, newlines(text, s->start, is->start));
      dg_buf_add(&b, text + is->start, ic->start - is->start);
      add_newlines(&b, newlines(text, ic->start, strlen(text)));
    } else {
      dg_buf_adds(&b, "SELECT");
      for (k = 0; k < g->n_keys; k++)
        dg_buf_printf(&b, " ?%s", g->keys[k].var);
      for (k = 0; k < g->n_aggs; k++)
        if (g->aggs[k].var && find_key(g, g->aggs[k].var) < 0)
          dg_buf_printf(&b, " ?%s", g->aggs[k].var);
      if (g->n_keys == 0)
        dg_buf_adds(&b, " *");
      add_newlines(&b, newlines(text, s->start, o->start));
      dg_buf_adds(&b, " WHERE ");
      dg_buf_add(&b, text + o->start, c->start + c->len - o->start);
      add_newlines(&b, newlines(text, c->start, strlen(text)));
    }
  }
  result = dg_buf_detach(&b);

out:
  for (k = 0; k < n_pvars; k++)
    free(pvars[k]);
  free(pvars);
  dg_sparql_free(q);
  if (!ok) {
    dg_group_take_free(g);
    return NULL;
  }
  g->index = dg_strmap_new();
  dg_buf_init(&g->rowkey);
  *out = g;
  return result;
}

/* ---------------------------------------------------------------- grouping */

void dg_group_take_columns(dg_group_take *g, const char *const *names, int n)
{
  int k, c;
  for (k = 0; k < g->n_keys; k++)
    for (g->keys[k].col = -1, c = 0; c < n; c++)
      if (strcmp(names[c], g->keys[k].var) == 0)
        g->keys[k].col = c;
  for (k = 0; k < g->n_aggs; k++)
    for (g->aggs[k].col = -1, c = 0; g->aggs[k].var && c < n; c++)
      if (strcmp(names[c], g->aggs[k].var) == 0)
        g->aggs[k].col = c;
}

static const dg_term unbound_term;

/* The key of a term for the map: kind, value, language and datatype, each
 * NUL-terminated; an unbound term is a lone byte of its own. */
static void add_term_key(dg_buf *b, const dg_term *t)
{
  char kind;
  if (!t->value) {
    dg_buf_addc(b, 'u');
    return;
  }
  kind = (char)('0' + (int)t->kind);
  dg_buf_add(b, &kind, 1);
  dg_buf_add(b, t->value, strlen(t->value) + 1);
  dg_buf_add(b, t->lang ? t->lang : "", strlen(t->lang ? t->lang : "") + 1);
  dg_buf_add(b, t->datatype ? t->datatype : "", strlen(t->datatype ? t->datatype : "") + 1);
}

void dg_group_take_add(dg_group_take *g, const dg_term *row, int n)
{
  size_t gi;
  int k;
  dg_buf_clear(&g->rowkey);
  for (k = 0; k < g->n_keys; k++) {
    int c = g->keys[k].col;
    add_term_key(&g->rowkey, c >= 0 && c < n ? &row[c] : &unbound_term);
  }
  if (!dg_strmap_get(g->index, g->rowkey.data, g->rowkey.len, &gi)) {
    gi = g->n_groups++;
    dg_strmap_put(g->index, g->rowkey.data, g->rowkey.len, gi);
    xgrow(&g->gkeys, &g->cap_gkeys, g->n_groups * (size_t)g->n_keys + 1, sizeof *g->gkeys);
    xgrow(&g->counts, &g->cap_counts, g->n_groups * (size_t)g->n_aggs + 1, sizeof *g->counts);
    for (k = 0; k < g->n_keys; k++) {
      int c = g->keys[k].col;
      const dg_term *t = c >= 0 && c < n ? &row[c] : &unbound_term;
      dg_term *d = &g->gkeys[gi * (size_t)g->n_keys + (size_t)k];
      memset(d, 0, sizeof *d);
      if (t->value)
        dg_term_set(d, t->kind, t->value, t->lang, t->datatype);
    }
    for (k = 0; k < g->n_aggs; k++)
      g->counts[gi * (size_t)g->n_aggs + (size_t)k] = 0;
  }
  for (k = 0; k < g->n_aggs; k++) {
    int c = g->aggs[k].col;
    /* COUNT(?x) counts the solutions where ?x is bound; COUNT(*) all */
    if (!g->aggs[k].var || (c >= 0 && c < n && row[c].value))
      g->counts[gi * (size_t)g->n_aggs + (size_t)k]++;
  }
}

/* ---------------------------------------------------------------- order */

static const dg_group_take *sorting;  /* qsort has no context argument */

static int cmp_groups(const void *pa, const void *pb)
{
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  const dg_group_take *g = sorting;
  int k;
  for (k = 0; k < g->n_order; k++) {
    const order_cond *c = &g->order[k];
    int r;
    if (c->agg) {
      unsigned long long x = g->counts[a * (size_t)g->n_aggs + (size_t)c->ref];
      unsigned long long y = g->counts[b * (size_t)g->n_aggs + (size_t)c->ref];
      r = x < y ? -1 : x > y;
    } else {
      r = strcmp(g->gkeys[a * (size_t)g->n_keys + (size_t)c->ref].value,
                 g->gkeys[b * (size_t)g->n_keys + (size_t)c->ref].value);
    }
    if (r)
      return c->desc ? -r : r;
  }
  /* ties in the order the groups first appeared: a stable sort */
  return a < b ? -1 : a > b;
}

/* 1 if every value ORDER BY compares is a count or a simple literal
 * (after STR: any IRI or literal), compared here by code point as rasqal
 * and SPARQL compare strings. */
static int orderable(const dg_group_take *g, const size_t *keep, size_t n)
{
  size_t i;
  int k;
  for (k = 0; k < g->n_order; k++) {
    const order_cond *c = &g->order[k];
    if (c->agg)
      continue;
    for (i = 0; i < n; i++) {
      const dg_term *t = &g->gkeys[keep[i] * (size_t)g->n_keys + (size_t)c->ref];
      if (!t->value || t->kind == DG_TERM_BNODE)
        return 0;
      if (!c->str && (t->kind != DG_TERM_LITERAL || t->lang || t->datatype))
        return 0;
    }
  }
  return 1;
}

int dg_group_take_finish(dg_group_take *g, dg_results **out)
{
  size_t *keep = xcalloc(g->n_groups + 1, sizeof *keep), n = 0, i, from, to;
  dg_results *r;
  int k;

  *out = NULL;
  for (i = 0; i < g->n_groups; i++)
    if (g->having < 0 || g->gkeys[i * (size_t)g->n_keys + (size_t)g->having].value)
      keep[n++] = i;
  if (!orderable(g, keep, n)) {
    free(keep);
    return 0;
  }
  if (g->n_order) {
    sorting = g;
    qsort(keep, n, sizeof *keep, cmp_groups);
    sorting = NULL;
  }
  r = dg_results_new(DG_RESULTS_BINDINGS);
  for (k = 0; k < g->n_items; k++)
    dg_results_add_var(r, g->items[k].agg ? g->aggs[g->items[k].ref].alias
                                          : g->keys[g->items[k].ref].var);
  from = g->offset < n ? (size_t)g->offset : n;
  to = g->limit < n - from ? from + (size_t)g->limit : n;
  for (i = from; i < to; i++) {
    dg_term *row = dg_results_add_row(r);
    for (k = 0; k < g->n_items; k++) {
      const item *it = &g->items[k];
      if (it->agg) {
        char num[24];
        snprintf(num, sizeof num, "%llu", g->counts[keep[i] * (size_t)g->n_aggs + (size_t)it->ref]);
        dg_term_set(&row[k], DG_TERM_LITERAL, num, NULL, XSD_INTEGER);
      } else {
        const dg_term *t = &g->gkeys[keep[i] * (size_t)g->n_keys + (size_t)it->ref];
        if (t->value)
          dg_term_set(&row[k], t->kind, t->value, t->lang, t->datatype);
      }
    }
  }
  free(keep);
  *out = r;
  return 1;
}
