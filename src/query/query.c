/* query.c - run a SPARQL query through librdf/rasqal on a model and
 * collect the results. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "store/source.h"
#include "store/store.h"
#include "query/group_take.h"
#include "query/order_take.h"
#include "query/query.h"
#include "query/rasqal_compat.h"
#include "query/sparql.h"

struct dg_dataset {
  dg_rdf *rdf;            /* borrowed */
  librdf_storage *storage;
  librdf_model *model;
  int graphs;             /* contexts kept */
};

dg_status dg_dataset_new(dg_rdf *rdf, int graphs, dg_dataset **out)
{
  dg_dataset *ds = xcalloc(1, sizeof *ds);
  librdf_world *w = dg_rdf_world(rdf);
  *out = NULL;
  ds->rdf = rdf;
  /* "hashes" in memory, not "memory": the latter has no index and loads
   * in quadratic time (REDLAND.md). See query.h for why graphs are kept
   * only on request. Not docgraph's storage in union mode: its union
   * finds walk every copy of a triple (a country's dg:isoCode is in every
   * page that mentions it), which measured 1.6 times slower on
   * countries-mentioned-together than hashes keeping each triple once. */
  ds->graphs = graphs;
  ds->storage = librdf_new_storage(w, "hashes", "dg-data",
                                   graphs ? "hash-type='memory',contexts='yes'"
                                          : "hash-type='memory'");
  if (ds->storage)
    ds->model = librdf_new_model(w, ds->storage, NULL);
  if (!ds->model) {
    dg_dataset_free(ds);
    return dg_fail(DG_ERR_INTERNAL, "cannot create an in-memory RDF model");
  }
  *out = ds;
  return DG_OK;
}

void dg_dataset_free(dg_dataset *ds)
{
  if (!ds)
    return;
  if (ds->model)
    librdf_free_model(ds->model);
  if (ds->storage)
    librdf_free_storage(ds->storage);
  free(ds);
}

librdf_model *dg_dataset_model(dg_dataset *ds) { return ds->model; }

dg_status dg_dataset_add_model(dg_dataset *ds, librdf_model *model)
{
  librdf_stream *s = librdf_model_as_stream(model);
  if (!s)
    return dg_fail(DG_ERR_STORE, "cannot read the statements of the store");
  while (!librdf_stream_end(s)) {
    librdf_statement *st = librdf_stream_get_object(s);  /* shared */
    librdf_node *g = librdf_stream_get_context2(s);
    /* without contexts the storage keeps a triple once, however many
     * graphs hold it; the store's records are not data */
    if (st && !(g && dg_store_is_records_graph(g)) &&
        librdf_model_add_statement(ds->model, st)) {
      librdf_free_stream(s);
      return dg_fail(DG_ERR_INTERNAL, "cannot copy the store's statements into memory");
    }
    librdf_stream_next(s);
  }
  librdf_free_stream(s);
  return DG_OK;
}

typedef struct load_ctx {
  dg_dataset *ds;
  const char *syntax;    /* borrowed from raptor: the parser's name, once it starts */
  unsigned errors;       /* Redland's error count when the parse began */
  int failed;
} load_ctx;

/* raptor gives each statement its graph (N-Quads, TriG); librdf's own
 * parser streams drop it (librdf_stream_get_context2 is NULL for them in
 * 1.0.17), so statements come straight from raptor. librdf_statement and
 * librdf_node are raptor_statement and raptor_term in Redland 1.0.17. */
/* 1 if `t` names the graph of a docgraph store's records (see store.h):
 * bookkeeping, which the store's own queries do not see either. */
static int records_graph(const raptor_term *t)
{
  return t && t->type == RAPTOR_TERM_TYPE_URI &&
         strcmp((const char *)raptor_uri_as_string(t->value.uri), DG_RECORDS_GRAPH) == 0;
}

static void on_statement(void *ud, raptor_statement *rs)
{
  load_ctx *c = ud;
  int rc;
  if (c->failed || records_graph(rs->graph))
    return;
  if (rs->graph && c->ds->graphs)
    rc = librdf_model_context_add_statement(c->ds->model, (librdf_node *)rs->graph,
                                            (librdf_statement *)rs);
  else
    rc = librdf_model_add_statement(c->ds->model, (librdf_statement *)rs);
  if (rc)
    c->failed = 1;
}

/* Redland's messages during the parse name the input and the parser's
 * line (rdf.c); the errors they count tell a failed parse. */
static void on_parsing(void *ud, raptor_parser *parser, const dg_source *src)
{
  load_ctx *c = ud;
  if (src) {
    c->syntax = dg_source_syntax(src);
    c->errors = dg_rdf_errors(c->ds->rdf);
  }
  dg_rdf_set_input(c->ds->rdf, src ? dg_source_name(src) : NULL);
  dg_rdf_set_parser(c->ds->rdf, parser);
}

/* raptor's file: IRI of the path, as rapper gives it. */
static char *file_base(const char *path)
{
  unsigned char *s = raptor_uri_filename_to_uri_string(strcmp(path, "-") == 0 ? "/dev/stdin"
                                                                                 : path);
  char *r = s ? xstrdup((const char *)s) : NULL;
  raptor_free_memory(s);
  return r;
}

dg_status dg_dataset_load(dg_dataset *ds, const char *path)
{
  load_ctx c;
  dg_source_reader r;
  const char *name = dg_source_input_name(path);
  dg_status st;
  int failed = 0;

  memset(&c, 0, sizeof c);
  c.ds = ds;
  memset(&r, 0, sizeof r);
  r.world = dg_rdf_raptor(ds->rdf);
  r.base = file_base;
  r.statement = on_statement;
  r.parsing = on_parsing;
  r.ud = &c;
  st = dg_source_read(&r, path, &failed);
  if (st == DG_OK && (failed || dg_rdf_errors(ds->rdf) != c.errors)) {
    if (dg_rdf_errors(ds->rdf) == c.errors)
      dg_fail(DG_ERR_INPUT, "cannot parse '%s' as %s", name, c.syntax);
    st = DG_ERR_INPUT;  /* otherwise the parser has said what and where */
  }
  if (c.failed)
    st = dg_fail(DG_ERR_INTERNAL, "cannot add the statements of '%s' to the model", name);
  return st;
}

/* ---------------------------------------------------------------- local */

/* Collects rasqal's results into new results in *out. `distinct`
 * (borrowed; NULL for none) is the top-level DISTINCT, OFFSET and LIMIT
 * docgraph applies itself (rasqal_compat.h); `group` (borrowed; NULL for
 * none) the GROUP BY (group_take.h): it takes every row kept, and *out
 * is left without rows. */
static dg_status collect(dg_rdf *rdf, librdf_query_results *qr, const char *origin,
                         dg_rasqal_distinct *distinct, dg_group_take *group,
                         dg_results **out)
{
  dg_results *r = NULL;
  if (librdf_query_results_is_bindings(qr)) {
    int n = librdf_query_results_get_bindings_count(qr), i;
    r = dg_results_new(DG_RESULTS_BINDINGS);
    for (i = 0; i < n; i++)
      dg_results_add_var(r, librdf_query_results_get_binding_name(qr, i));
    if (group) {
      const char **names = xcalloc((size_t)n + 1, sizeof *names);
      for (i = 0; i < n; i++)
        names[i] = dg_results_var(r, (size_t)i);
      dg_group_take_columns(group, names, n);
      free(names);
    }
    while (!librdf_query_results_finished(qr)) {
      dg_term *row;
      if (distinct && dg_rasqal_distinct_full(distinct))
        break;   /* LIMIT reached */
      row = dg_results_add_row(r);
      for (i = 0; i < n; i++) {
        librdf_node *v = librdf_query_results_get_binding_value(qr, i);  /* new */
        dg_term_set_node(&row[i], v);
        if (v)
          librdf_free_node(v);
      }
      if (distinct && !dg_rasqal_distinct_keep(distinct, row, n)) {
        dg_results_pop_row(r);   /* seen before, or before OFFSET */
      } else if (group) {
        dg_group_take_add(group, row, n);
        dg_results_pop_row(r);
      }
      if (librdf_query_results_next(qr))
        break;
    }
  } else if (librdf_query_results_is_boolean(qr)) {
    int b = librdf_query_results_get_boolean(qr);
    if (b < 0)
      return dg_fail(DG_ERR_QUERY, "%s: the ASK query gave no answer", origin);
    r = dg_results_new(DG_RESULTS_BOOLEAN);
    dg_results_set_boolean(r, b);
  } else if (librdf_query_results_is_graph(qr)) {
    librdf_stream *s = librdf_query_results_as_stream(qr);
    r = dg_results_new(DG_RESULTS_GRAPH);
    while (s && !librdf_stream_end(s)) {
      librdf_statement *st = librdf_stream_get_object(s);  /* shared */
      librdf_statement *copy = st ? librdf_new_statement_from_statement(st) : NULL;
      if (copy)
        dg_results_add_statement(r, copy);
      librdf_stream_next(s);
    }
    if (s)
      librdf_free_stream(s);
  } else {
    return dg_fail(DG_ERR_QUERY, "%s: the query gave results of an unknown kind", origin);
  }
  (void)rdf;
  *out = r;
  return DG_OK;
}

/* The most rows of a sub-query given to rasqal as inline data: it joins
 * them by nested loops with the rest of the group (rasqal_compat.c, item
 * 7), and a few thousand keep that well under the cost of its DISTINCT. */
#define SUBSELECT_ROWS_MAX 5000

static unsigned count_newlines(const char *s, size_t len)
{
  unsigned n = 0;
  size_t i;
  for (i = 0; i < len; i++)
    n += s[i] == '\n';
  return n;
}

/* Runs the DISTINCT sub-queries of `text` that docgraph may take
 * (rasqal_compat.c, item 7) and puts their rows in their place. Sets *out
 * to a new text (free with free()), or NULL when nothing was taken. */
static dg_status take_subselects(dg_rdf *rdf, librdf_model *model, const char *origin,
                                 const char *text, char **out)
{
  char *cur = NULL;   /* owned; NULL = text */
  size_t start, end;
  char *sub;          /* owned */
  dg_status st = DG_OK;

  *out = NULL;
  while (dg_rasqal_subselect_find(cur ? cur : text, &start, &end, &sub)) {
    const char *t = cur ? cur : text;
    dg_results *r = NULL;
    char *values = NULL;
    st = dg_query_run_model(rdf, model, origin, sub, DG_FORM_SELECT, &r);
    free(sub);
    if (st == DG_OK)
      values = dg_rasqal_values_group(r, SUBSELECT_ROWS_MAX,
                                      count_newlines(t + start, end - start));
    dg_results_free(r);
    if (st != DG_OK) {
      free(cur);
      return st;
    }
    if (!values)
      break;   /* rasqal runs the rest as written */
    {
      dg_buf b;
      dg_buf_init(&b);
      dg_buf_add(&b, t, start);
      dg_buf_adds(&b, values);
      dg_buf_adds(&b, t + end);
      free(values);
      free(cur);
      cur = dg_buf_detach(&b);
    }
  }
  *out = cur;
  return DG_OK;
}

/* dg_query_run_model(); `takes`: docgraph may take a GROUP BY or an ORDER
 * BY (0 when it has found values it does not order itself). */
static dg_status run_model(dg_rdf *rdf, librdf_model *model, const char *origin,
                           const char *text, int takes, dg_results **out)
{
  librdf_world *w = dg_rdf_world(rdf);
  librdf_query *q = NULL;
  librdf_query_results *qr = NULL;
  dg_status st = DG_OK;
  unsigned errors;
  dg_rasqal_distinct *distinct = NULL;
  char *plain;   /* the query as rasqal runs it; owned; NULL = text */
  char *inlined; /* text with sub-queries' rows in their place; owned; NULL = text */
  dg_group_take *group = NULL;
  char *ungrouped = NULL; /* the query without its GROUP BY; owned; NULL = text */
  dg_order_take *order = NULL;
  char *unordered = NULL; /* the query without its ORDER BY; owned; NULL = text */
  const char *written = text;
  int sorted_distinct;    /* DISTINCT is applied after the sort */

  *out = NULL;
  /* rasqal's GROUP BY and its ORDER BY of the groups cost more than the
   * rows they group (rasqal_compat.c, item 8) */
  if (takes)
    ungrouped = dg_group_take_rewrite(text, &group);
  if (ungrouped)
    text = ungrouped;
  /* rasqal's ORDER BY costs a quarter of a large result's time (item 9) */
  if (takes && !group)
    unordered = dg_order_take_rewrite(text, &order);
  if (unordered)
    text = unordered;
  /* rasqal's DISTINCT is quadratic inside sub-queries too */
  st = take_subselects(rdf, model, origin, text, &inlined);
  if (st != DG_OK)
    return st;
  if (inlined)
    text = inlined;
  dg_rasqal_quiet_warnings(w);
  /* rasqal's messages carry the line but no file: name the query */
  dg_rdf_set_input(rdf, origin);
  errors = dg_rdf_errors(rdf);
  /* rasqal's DISTINCT is quadratic: a top-level one is docgraph's */
  plain = dg_rasqal_distinct_take(text, &distinct);
  /* with every projected variable ordered by, equal rows sort next to
   * each other: DISTINCT is then a comparison of neighbours after the
   * sort, not a set of every row kept */
  sorted_distinct = distinct && order && dg_order_take_covers(order);
  q = librdf_new_query(w, "sparql", NULL, (const unsigned char *)(plain ? plain : text), NULL);
  if (!q) {
    if (dg_rdf_errors(rdf) == errors)
      dg_fail(DG_ERR_QUERY, "%s: the query could not be prepared", origin);
    st = DG_ERR_QUERY;
    goto out;
  }
  /* rasqal parses only now: a syntax error appears here */
  qr = librdf_query_execute(q, model);
  if (!qr) {
    if (dg_rdf_errors(rdf) == errors)
      dg_fail(DG_ERR_QUERY, "%s: the query could not be run (rasqal gave no reason)", origin);
    st = DG_ERR_QUERY;
    goto out;
  }
  st = collect(rdf, qr, origin, sorted_distinct ? NULL : distinct, group, out);
  if (st == DG_OK && dg_rdf_errors(rdf) != errors) {
    /* rasqal reported an error while evaluating: the rows are not to be
     * trusted */
    dg_results_free(*out);
    *out = NULL;
    st = DG_ERR_QUERY;
  }
  if (st == DG_OK && group) {
    dg_results_free(*out);
    *out = NULL;
    if (!dg_group_take_finish(group, out)) {
      /* values docgraph does not order: rasqal runs the query as written */
      dg_rdf_set_input(rdf, NULL);
      librdf_free_query_results(qr);
      qr = NULL;
      st = run_model(rdf, model, origin, written, 0, out);
    }
  }
  if (st == DG_OK && order && !dg_order_take_apply(order, *out, sorted_distinct)) {
    /* values docgraph does not order: rasqal runs the query as written */
    dg_results_free(*out);
    *out = NULL;
    dg_rdf_set_input(rdf, NULL);
    librdf_free_query_results(qr);
    qr = NULL;
    st = run_model(rdf, model, origin, written, 0, out);
  }

out:
  dg_rdf_set_input(rdf, NULL);
  if (qr)
    librdf_free_query_results(qr);
  if (q)
    librdf_free_query(q);
  dg_rasqal_distinct_free(distinct);
  dg_group_take_free(group);
  dg_order_take_free(order);
  free(unordered);
  free(plain);
  free(inlined);
  free(ungrouped);
  return st;
}

dg_status dg_query_run_model(dg_rdf *rdf, librdf_model *model, const char *origin,
                             const char *text, dg_query_form form, dg_results **out)
{
  (void)form;
  return run_model(rdf, model, origin, text, 1, out);
}
