/* sparql_lint.c - report what rasqal 0.9.33 gets wrong, before running.
 *
 * rasqal reports a bad query only when it runs it, with a bare "syntax
 * error", and several constructs it accepts give wrong rows without a
 * word, or crash it. A user deserves to hear that first, with the line
 * and column and what to write instead: the constructs and what is said
 * about each are the table dg_rasqal_rules[] (rasqal_compat.c, with the
 * reasons); this file finds them. It walks the tokens with a
 * stack of brackets: enough structure to know whether a token sits in a
 * triple pattern (where / | ^ * + ? ! can only be property paths), in an
 * expression, in a projection or in a VALUES data block. It is not a
 * parser: what it does not understand it leaves to rasqal.
 *
 * Everything here is linear in the size of the query (a query of 100,000
 * triple patterns is checked in a fraction of the time rasqal takes to
 * refuse it): sets are hash maps, brackets are matched once, and what the
 * stack of brackets says (inside an OPTIONAL, inside a VALUES block) is
 * counted as frames come and go rather than looked up through it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "query/sparql_lint.h"

typedef struct frame {
  char type;              /* '{', '(' or '[' */
  unsigned char expr;     /* '(': an expression (not a path or collection) */
  unsigned char data;     /* '{': a VALUES data block */
  unsigned char optional; /* '{': the group of an OPTIONAL */
  unsigned char subquery; /* '{': contains a sub-query, at any depth */
  size_t *filters;        /* '{': FILTER tokens directly in this group */
  size_t n_filters, cap_filters;
} frame;

typedef struct issue_list {
  dg_lint_issue *v;
  size_t n, cap;
} issue_list;

typedef struct linter {
  const dg_sparql *q;
  issue_list issues;
  dg_strmap *reported;  /* "line:col" of every issue */
  size_t *match;        /* token index -> the index of its matching ')' */
  frame *stack;
  size_t depth, cap;
  size_t n_optional, n_data;  /* frames on the stack with those flags */
  int in_projection;   /* between SELECT and WHERE/{ */
  int expect_expr;     /* after FILTER: the next ( is an expression */
  int data_next;       /* after VALUES: the next { is a data block */
  int optional_next;   /* after OPTIONAL: the next { is its group */
  dg_strmap *selected_aggs; /* normalised aggregate calls of projections */
  dg_strmap *opt_vars, *plain_vars; /* variables in triple patterns */
} linter;

static const char *const aggregates[] = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE",
                                         "GROUP_CONCAT", NULL};

static void add_issue(linter *l, size_t tok, dg_rasqal_rule_id id)
{
  const dg_rasqal_rule *rule = &dg_rasqal_rules[id];
  const dg_tok *t = dg_sparql_tok(l->q, tok);
  dg_lint_issue *is;
  char key[48];
  int n;
  /* one report per construct and place, however many rules see it */
  n = snprintf(key, sizeof key, "%lu:%lu", (unsigned long)t->line, (unsigned long)t->col);
  if (!dg_strmap_put(l->reported, key, (size_t)n, 1))
    return;
  xgrow(&l->issues.v, &l->issues.cap, l->issues.n + 1, sizeof *l->issues.v);
  is = &l->issues.v[l->issues.n++];
  is->rule = rule;
  is->kind = rule->kind;
  is->line = t->line;
  is->col = t->col;
  is->construct = rule->construct;
  is->effect = rule->effect;
  is->instead = rule->instead;
}

static frame *top(linter *l) { return l->depth ? &l->stack[l->depth - 1] : NULL; }

static frame *push(linter *l, char type)
{
  frame *f;
  xgrow(&l->stack, &l->cap, l->depth + 1, sizeof *l->stack);
  f = &l->stack[l->depth++];
  memset(f, 0, sizeof *f);
  f->type = type;
  return f;
}

static int in_optional(const linter *l) { return l->n_optional > 0; }

static int triple_context(const linter *l)
{
  const frame *f = l->depth ? &l->stack[l->depth - 1] : NULL;
  if (!f || l->in_projection)
    return 0;
  if (f->type == '{')
    return !f->data;
  if (f->type == '[')
    return 1;
  return !f->expr;
}

static int in_data(const linter *l) { return l->n_data > 0; }

static const char *tok_text(const linter *l, size_t i, size_t *len)
{
  const dg_tok *t = dg_sparql_tok(l->q, i);
  *len = t->len;
  return dg_sparql_text(l->q) + t->start;
}

static int is_kind(const linter *l, size_t i, dg_tok_kind k)
{
  return i < dg_sparql_count(l->q) && dg_sparql_tok(l->q, i)->kind == k;
}

/* Index of the ')' matching the '(' at i, or the token count. */
static size_t match_paren(const linter *l, size_t i)
{
  size_t n = dg_sparql_count(l->q);
  return i < n && dg_sparql_is(l->q, i, "(") ? l->match[i] : n;
}

/* Matches every '(' with its ')' once (the token count for one never
 * closed), so that finding the end of a call costs nothing. */
static size_t *match_all(const dg_sparql *q)
{
  size_t n = dg_sparql_count(q), i, depth = 0;
  size_t *m = xmalloc((n + 1) * sizeof *m), *open = xmalloc((n + 1) * sizeof *open);
  for (i = 0; i < n; i++) {
    m[i] = n;
    if (dg_sparql_is(q, i, "("))
      open[depth++] = i;
    else if (dg_sparql_is(q, i, ")") && depth)
      m[open[--depth]] = i;
  }
  free(open);
  return m;
}

static int is_aggregate(const linter *l, size_t i)
{
  size_t k;
  for (k = 0; aggregates[k]; k++)
    if (dg_sparql_is(l->q, i, aggregates[k]) && dg_sparql_is(l->q, i + 1, "("))
      return 1;
  return 0;
}

/* A call: a word, prefixed name or IRI directly followed by '('. */
static int is_call(const linter *l, size_t i)
{
  const dg_tok *t;
  if (i + 1 >= dg_sparql_count(l->q) || !dg_sparql_is(l->q, i + 1, "("))
    return 0;
  t = dg_sparql_tok(l->q, i);
  return t->kind == DG_SPQ_WORD || t->kind == DG_SPQ_PNAME || t->kind == DG_SPQ_IRI;
}

/* The tokens from i to j inclusive, words upper-cased, one space apart:
 * "COUNT ( DISTINCT ?pub )" for any spelling of the same call. */
static char *normalise(const linter *l, size_t i, size_t j)
{
  dg_buf b;
  size_t k, len, c;
  dg_buf_init(&b);
  for (k = i; k <= j && k < dg_sparql_count(l->q); k++) {
    const char *s = tok_text(l, k, &len);
    int word = dg_sparql_tok(l->q, k)->kind == DG_SPQ_WORD;
    if (k > i)
      dg_buf_addc(&b, ' ');
    for (c = 0; c < len; c++)
      dg_buf_addc(&b, word && s[c] >= 'a' && s[c] <= 'z' ? (char)(s[c] - 32) : s[c]);
  }
  return dg_buf_detach(&b);
}

static int has_var(const dg_strmap *m, const char *name)
{
  return dg_strmap_get(m, name, strlen(name), NULL);
}

/* CONCAT, STRBEFORE and STRAFTER (rule `id`) return garbage when an
 * argument is itself a function call. Reports the first nested call among
 * the arguments at i+1. */
static void check_nested_call(linter *l, size_t i, dg_rasqal_rule_id id)
{
  size_t end = match_paren(l, i + 1), k, d = 0;
  for (k = i + 2; k < end; k++) {
    if (dg_sparql_is(l->q, k, "("))
      d++;
    else if (dg_sparql_is(l->q, k, ")"))
      d--;
    else if (is_call(l, k)) {
      add_issue(l, k, id);
      return;
    }
  }
  (void)d;
}

/* HAVING works only on an aggregate the query also selects. */
static void check_having(linter *l, size_t i)
{
  size_t start = i + 1, end, k;
  if (!dg_sparql_is(l->q, start, "("))
    return;
  end = match_paren(l, start);
  for (k = start + 1; k < end; k++) {
    if (is_aggregate(l, k)) {
      size_t close = match_paren(l, k + 1);
      char *call = normalise(l, k, close);
      if (!has_var(l->selected_aggs, call))
        add_issue(l, k, DG_RQ_HAVING);
      free(call);
      k = close;
    }
  }
}

static void note_var(linter *l, size_t i)
{
  size_t len;
  const char *s = tok_text(l, i, &len);
  dg_strmap_put(in_optional(l) ? l->opt_vars : l->plain_vars, s + 1, len - 1, 1);
}

/* COUNT counts a row whose variable is unbound as 1, so a COUNT of a
 * variable that only OPTIONAL binds is wrong. */
static void check_counts(linter *l)
{
  size_t n = dg_sparql_count(l->q), i;
  for (i = 0; i + 2 < n; i++) {
    size_t v = i + 2, len;
    const char *s;
    char *name;
    if (!dg_sparql_is(l->q, i, "COUNT") || !dg_sparql_is(l->q, i + 1, "("))
      continue;
    if (dg_sparql_is(l->q, v, "DISTINCT"))
      v++;
    if (!is_kind(l, v, DG_SPQ_VAR) || !dg_sparql_is(l->q, v + 1, ")"))
      continue;
    s = tok_text(l, v, &len);
    name = xstrndup(s + 1, len - 1);
    if (has_var(l->opt_vars, name) && !has_var(l->plain_vars, name))
      add_issue(l, i, DG_RQ_COUNT_OPTIONAL);
    free(name);
  }
}

static void close_frame(linter *l)
{
  frame *f = top(l);
  size_t k;
  if (!f)
    return;
  if (f->type == '{' && f->subquery)
    for (k = 0; k < f->n_filters; k++)
      add_issue(l, f->filters[k], DG_RQ_SUBQUERY_FILTER);
  free(f->filters);
  /* a sub-query anywhere inside is inside every group around it */
  if (f->subquery && l->depth >= 2)
    l->stack[l->depth - 2].subquery = 1;
  l->n_optional -= f->optional;
  l->n_data -= f->data;
  l->depth--;
}

static int cmp_issue(const void *a, const void *b)
{
  const dg_lint_issue *x = a, *y = b;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->col != y->col)
    return x->col < y->col ? -1 : 1;
  return 0;
}

static void word(linter *l, size_t i)
{
  const dg_sparql *q = l->q;
  static const char *const update[] = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE",
                                       "ADD", "MOVE", "COPY", "WITH", NULL};
  size_t k;

  if (in_data(l))
    return;
  if (l->depth == 0) {
    for (k = 0; update[k]; k++) {
      if (dg_sparql_is(q, i, update[k])) {
        add_issue(l, i, DG_RQ_UPDATE);
        return;
      }
    }
  }
  if (dg_sparql_is(q, i, "SELECT")) {
    l->in_projection = 1;
    if (i > 0 && dg_sparql_is(q, i - 1, "{") && l->depth >= 2) {
      /* a sub-query: every group around it is affected (the mark goes
       * outwards as the groups close, see close_frame) */
      l->stack[l->depth - 2].subquery = 1;
    }
  } else if (dg_sparql_is(q, i, "WHERE")) {
    l->in_projection = 0;
  } else if (dg_sparql_is(q, i, "DESCRIBE")) {
    add_issue(l, i, DG_RQ_DESCRIBE);
  } else if (dg_sparql_is(q, i, "MINUS")) {
    add_issue(l, i, DG_RQ_MINUS);
  } else if (dg_sparql_is(q, i, "EXISTS")) {
    int neg = i > 0 && dg_sparql_is(q, i - 1, "NOT");
    add_issue(l, neg ? i - 1 : i, neg ? DG_RQ_NOT_EXISTS : DG_RQ_EXISTS);
  } else if (dg_sparql_is(q, i, "FROM") && l->depth == 0) {
    add_issue(l, i, dg_sparql_is(q, i + 1, "NAMED") ? DG_RQ_FROM_NAMED : DG_RQ_FROM);
  } else if (dg_sparql_is(q, i, "VALUES")) {
    if (l->depth == 0)
      add_issue(l, i, DG_RQ_VALUES_AFTER);
    else if (is_kind(l, i + 1, DG_SPQ_VAR))
      add_issue(l, i, DG_RQ_VALUES_INLINE);
    l->data_next = 1;
  } else if (dg_sparql_is(q, i, "SEPARATOR")) {
    add_issue(l, i, DG_RQ_SEPARATOR);
  } else if ((dg_sparql_is(q, i, "YEAR") || dg_sparql_is(q, i, "MONTH") ||
              dg_sparql_is(q, i, "DAY")) && dg_sparql_is(q, i + 1, "(")) {
    add_issue(l, i, dg_sparql_is(q, i, "YEAR") ? DG_RQ_YEAR
                    : dg_sparql_is(q, i, "MONTH") ? DG_RQ_MONTH : DG_RQ_DAY);
  } else if ((dg_sparql_is(q, i, "CONCAT") || dg_sparql_is(q, i, "STRBEFORE") ||
              dg_sparql_is(q, i, "STRAFTER")) && dg_sparql_is(q, i + 1, "(")) {
    check_nested_call(l, i, dg_sparql_is(q, i, "CONCAT") ? DG_RQ_CONCAT
                            : dg_sparql_is(q, i, "STRBEFORE") ? DG_RQ_STRBEFORE
                                                              : DG_RQ_STRAFTER);
  } else if (dg_sparql_is(q, i, "HAVING")) {
    check_having(l, i);
  } else if (dg_sparql_is(q, i, "FILTER")) {
    frame *f = top(l);
    l->expect_expr = 1;
    if (f && f->type == '{') {
      xgrow(&f->filters, &f->cap_filters, f->n_filters + 1, sizeof *f->filters);
      f->filters[f->n_filters++] = i;
    }
  } else if (dg_sparql_is(q, i, "OPTIONAL")) {
    l->optional_next = 1;
  }
  if (is_aggregate(l, i) && dg_sparql_is(q, i + 2, "DISTINCT"))
    add_issue(l, i, DG_RQ_AGG_DISTINCT);
  if (l->in_projection && is_aggregate(l, i)) {
    size_t close = match_paren(l, i + 1);
    char *call = normalise(l, i, close);
    dg_strmap_put(l->selected_aggs, call, strlen(call), 1);
    free(call);
  }
}

static void punct(linter *l, size_t i)
{
  const dg_sparql *q = l->q;
  const dg_tok *t = dg_sparql_tok(q, i);
  frame *f;

  if (dg_sparql_is(q, i, "{")) {
    f = push(l, '{');
    f->data = (unsigned char)l->data_next;
    f->optional = (unsigned char)l->optional_next;
    l->n_data += f->data;
    l->n_optional += f->optional;
    l->data_next = l->optional_next = 0;
    l->in_projection = 0;
    l->expect_expr = 0;
    return;
  }
  if (dg_sparql_is(q, i, "}")) {
    close_frame(l);
    return;
  }
  if (dg_sparql_is(q, i, "(")) {
    int expr;
    if (!triple_context(l))
      expr = 1;
    else
      /* in a triple pattern, a '(' is an expression after FILTER, BIND or
       * a function name; otherwise it groups a path or a collection */
      expr = l->expect_expr || (i > 0 && is_kind(l, i - 1, DG_SPQ_WORD) &&
                                !dg_sparql_is(q, i - 1, "a"));
    f = push(l, '(');
    f->expr = (unsigned char)expr;
    l->expect_expr = 0;
    return;
  }
  if (dg_sparql_is(q, i, "[")) {
    push(l, '[');
    return;
  }
  if (dg_sparql_is(q, i, ")") || dg_sparql_is(q, i, "]")) {
    if (l->depth && top(l)->type != '{')
      close_frame(l);
    return;
  }
  if (!triple_context(l) || t->len != 1 || !strchr("/|^*+?!", dg_sparql_text(q)[t->start]))
    return;
  /* +5 is a number with its sign, not a path */
  if (dg_sparql_text(q)[t->start] == '+' && is_kind(l, i + 1, DG_SPQ_NUMBER) &&
      !dg_sparql_tok(q, i + 1)->space_before)
    return;
  {
    /* the rules for the operators are in the order of `ops` */
    const char *ops = "/|^*+?!";
    long op = strchr(ops, dg_sparql_text(q)[t->start]) - ops;
    add_issue(l, i, (dg_rasqal_rule_id)(DG_RQ_PATH_SEQ + op));
  }
}

unsigned dg_sparql_lint(const dg_sparql *q, dg_lint_fn fn, void *ud)
{
  linter l;
  size_t i, n = dg_sparql_count(q);
  unsigned count;

  memset(&l, 0, sizeof l);
  l.q = q;
  l.reported = dg_strmap_new();
  l.opt_vars = dg_strmap_new();
  l.plain_vars = dg_strmap_new();
  l.selected_aggs = dg_strmap_new();
  l.match = match_all(q);
  for (i = 0; i < n; i++) {
    const dg_tok *t = dg_sparql_tok(q, i);
    switch (t->kind) {
    case DG_SPQ_WORD: word(&l, i); break;
    case DG_SPQ_PUNCT: punct(&l, i); break;
    case DG_SPQ_VAR:
      if (triple_context(&l))
        note_var(&l, i);
      break;
    case DG_SPQ_PNAME:
    case DG_SPQ_IRI:
    case DG_SPQ_STRING:
    case DG_SPQ_NUMBER:
    case DG_SPQ_BNODE:
    case DG_SPQ_LANGTAG:
    case DG_SPQ_BAD:
      break;
    }
  }
  while (l.depth)
    close_frame(&l);
  check_counts(&l);

  dg_qsort(l.issues.v, l.issues.n, sizeof *l.issues.v, cmp_issue);
  for (i = 0; i < l.issues.n; i++)
    fn(ud, &l.issues.v[i]);
  count = (unsigned)l.issues.n;
  free(l.issues.v);
  free(l.stack);
  dg_strmap_free(l.selected_aggs);
  dg_strmap_free(l.opt_vars);
  dg_strmap_free(l.plain_vars);
  dg_strmap_free(l.reported);
  free(l.match);
  return count;
}
