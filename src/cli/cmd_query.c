/* cmd_query.c - `docgraph query`: run a saved query, a .rq file or
 * standard input against the store, RDF files or a SPARQL endpoint. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/deadline.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "store/store.h"
#include "query/endpoint.h"
#include "query/library.h"
#include "query/queries.h"
#include "query/query.h"
#include "query/results.h"
#include "query/sparql.h"
#include "query/sparql_lint.h"
#include "cli/command.h"

enum { OPT_FORCE = DG_OPT_LONG, OPT_PRINT, OPT_TIMEOUT, OPT_DEFAULT_GRAPH, OPT_QUERY_DIR };

/* -r's names: SELECT and ASK's, then CONSTRUCT's. */
static const char *result_formats(void)
{
  static char buf[128];
  if (!buf[0])
    snprintf(buf, sizeof buf, "%s, %s", dg_result_format_list(0), dg_result_format_list(1));
  return buf;
}

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else ./docgraph.store)",
   DG_OPT_SYN_LONG},
  {'d', "data", "FILE", "RDF files in any syntax raptor reads (N-Quads and TriG\n"
                        "keep their graphs); repeat it, or list the files\n"
                        "before the query: --data a.nq b.ttl NAME; - is\n"
                        "standard input; pipes are read once (64 MiB at most);\n"
                        "gzip-compressed files are read inflated",
   DG_OPT_SYN_LONG | DG_OPT_SYN_OR, "RDF-FILE..."},
  {'E', "endpoint", "URL", "a SPARQL 1.1 protocol endpoint (HTTP GET; the URL\n"
                           "may have parameters of its own: ?key=...)",
   DG_OPT_SYN_LONG | DG_OPT_SYN_OR},
  {OPT_TIMEOUT, "timeout", "SECONDS", "stop the query if it has not finished after\n"
                                      "SECONDS (1-86400; exit 1): on the store or --data\n"
                                      "no limit by default; --endpoint: the whole answer,\n"
                                      "default 120 (answers over 256 MiB are refused)"},
  {OPT_DEFAULT_GRAPH, "default-graph", "IRI", "send default-graph-uri=IRI with the query: the\n"
                                             "endpoint's default graph is then that graph\n"
                                             "(repeated: their merge); for a server whose default\n"
                                             "graph is not the union of its named graphs (Virtuoso)",
   DG_OPT_REPEAT},
  {'p', "param", "NAME=VALUE", "bind a parameter the query declares; VALUE becomes\n"
                               "one RDF term of the declared type, never query text",
   DG_OPT_GAP | DG_OPT_SYN_LONG | DG_OPT_REPEAT},
  {'r', "results", "FORMAT", "SELECT and ASK: table (default on a terminal), tsv\n"
                             "(default otherwise), csv, json, xml;\n"
                             "CONSTRUCT: turtle (default), ntriples", .choices = result_formats},
  {'e', "exit-status", NULL, "ASK: exit 1 when the answer is false"},
  {OPT_FORCE, "force", NULL, "run even if the query uses a construct that rasqal\n"
                             "0.9.33 answers wrongly (a warning instead of an error)"},
  {OPT_PRINT, "print", NULL, "print the query with its parameters bound; run nothing"},
  {OPT_QUERY_DIR, "query-dir", "DIR", "look for saved queries in DIR first (default\n"
                                     "$DOCGRAPH_QUERY_DIR, else\n"
                                     "$XDG_CONFIG_HOME/docgraph/queries)"},
  {'q', "quiet", NULL, "no warnings"},
  {0},
};

const dg_usage dg_query_usage = {
  .head =
    "Usage: docgraph query [OPTION]... NAME|FILE.rq|-\n"
    "       docgraph query --data RDF-FILE... [OPTION]... NAME|FILE.rq|-\n"
    "Run a saved query (see 'docgraph queries'), a SPARQL file, or the query on\n"
    "standard input (-), and print its results.\n"
    "\n"
    "Where the data comes from (one of):\n",
  .opts = options,
  .column = 25,
  .tail =
    "\n"
    "Before running, the query is checked for what Debian's rasqal 0.9.33 cannot\n"
    "do: property paths, MINUS, FILTER [NOT] EXISTS, DESCRIBE and SPARQL Update\n"
    "fail; HAVING on an unselected aggregate, GROUP_CONCAT's SEPARATOR, inline\n"
    "VALUES ?x {...}, YEAR/MONTH/DAY, CONCAT/STRBEFORE/STRAFTER over a nested\n"
    "call, a FILTER beside a sub-query, COUNT(DISTINCT ...), COUNT of an\n"
    "OPTIONAL-only variable and FROM give wrong results; VALUES after WHERE\n"
    "crashes it. Each is reported with its line and column and what to write\n"
    "instead, and the query is not run (exit 1). Queries sent to --endpoint\n"
    "are not checked.\n"
    "\n"
    "Exit status: 0 success (an ASK prints true or false); 1 the query or its\n"
    "data failed; 2 the command line was wrong, including an unknown, missing\n"
    "or invalid --param.\n"
    "\n"
    "Examples:\n"
    "  docgraph query coauthors --param author='Ada Nowak'\n"
    "  docgraph query --data seeds.nq -r csv prolific-authors --param limit=5\n"
    "  docgraph query --endpoint http://localhost:3030/sparql countries-most-mentioned\n"
    "  echo 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | docgraph query --data g.nq -\n",
  .operands = "NAME|FILE.rq|-",
};

typedef struct opts {
  const char *store, *endpoint;
  const char *query_dir;  /* --query-dir, or NULL */
  const char **data;
  size_t n_data, cap_data;
  const char **params;  /* "NAME=VALUE" as given */
  size_t n_params, cap_params;
  const char **graphs;  /* --default-graph IRIs */
  size_t n_graphs, cap_graphs;
  dg_result_format fmt;
  int have_fmt, exit_status, force, print;
  long timeout;         /* seconds: the endpoint's whole exchange, or the local run */
  int have_timeout;
} opts;

static void add_arg(const char ***v, size_t *n, size_t *cap, const char *s)
{
  xgrow(v, cap, *n + 1, sizeof **v);
  (*v)[(*n)++] = s;
}

static dg_status read_stream(FILE *f, dg_buf *b)
{
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    dg_buf_add(b, chunk, n);
  return ferror(f) ? DG_ERR_IO : DG_OK;
}

/* The saved query called `name` from the folders and the built-in set
 * (query/library.h): 1 with the status of loading it in *st, or 0 when
 * there is none. A folder that could not be read stops the run: the
 * query of that name it may hold must not be replaced silently by
 * another one. */
static int load_saved(const char *name, const char *query_dir, dg_query_def **out,
                      dg_status *st)
{
  dg_library *lib = NULL;
  size_t i;
  int found;
  *st = dg_library_open(query_dir, &lib);
  found = *st != DG_OK || dg_library_find(lib, name, &i);
  if (*st == DG_OK && found)
    *st = dg_library_load(lib, i, out);
  dg_library_free(lib);
  return found;
}

/* The query named by `arg`: "-" is standard input; a saved name wins over
 * a file of the same name unless the argument looks like a path. */
static dg_status load_query(const char *arg, const char *query_dir, dg_query_def **out)
{
  dg_buf b;
  dg_status st;
  FILE *f;
  int pathlike = strchr(arg, '/') || (strlen(arg) > 3 && strcmp(arg + strlen(arg) - 3, ".rq") == 0);

  *out = NULL;
  if (strcmp(arg, "-") == 0) {
    dg_buf_init(&b);
    st = read_stream(stdin, &b);
    if (st == DG_OK)
      st = dg_query_def_parse("standard input", b.data, out);
    else
      st = dg_fail(DG_ERR_IO, "cannot read the query from standard input: %s", strerror(errno));
    dg_buf_release(&b);
    return st;
  }
  if (!pathlike && load_saved(arg, query_dir, out, &st))
    return st;
  if (!pathlike && access(arg, F_OK) != 0)
    return dg_usage_error("query", "no saved query called '%s' (see 'docgraph queries'), and "
                          "no such file", arg);
  f = fopen(arg, "rb");
  if (!f)
    return dg_fail(errno == ENOENT ? DG_ERR_INPUT : DG_ERR_IO, "cannot read '%s': %s", arg,
                   strerror(errno));
  dg_buf_init(&b);
  st = read_stream(f, &b);
  fclose(f);
  if (st == DG_OK)
    st = dg_query_def_parse(arg, b.data, out);
  else
    st = dg_fail(DG_ERR_IO, "cannot read '%s': %s", arg, strerror(errno));
  dg_buf_release(&b);
  return st;
}

/* 1 if $NAME follows LIMIT or OFFSET somewhere in the query. */
static int after_limit(const dg_sparql *q, const char *name)
{
  size_t i, n = dg_sparql_count(q), len = strlen(name);
  for (i = 0; i + 1 < n; i++) {
    const dg_tok *t = dg_sparql_tok(q, i + 1);
    if ((dg_sparql_is(q, i, "LIMIT") || dg_sparql_is(q, i, "OFFSET")) &&
        t->kind == DG_SPQ_VAR && t->len == len + 1 &&
        dg_sparql_text(q)[t->start] == '$' &&
        memcmp(dg_sparql_text(q) + t->start + 1, name, len) == 0)
      return 1;
  }
  return 0;
}

/* Turns the --param arguments and the declared defaults into one term per
 * declared parameter. Every problem here is a usage error (exit 2). */
static dg_status bind_params(const opts *o, const dg_query_def *d, const dg_sparql *q,
                             char ***terms_out)
{
  size_t np = dg_query_def_n_params(d), i, k;
  const char **given = xcalloc(np + 1, sizeof *given);
  char **terms = xcalloc(np + 1, sizeof *terms);
  dg_status st = DG_OK;

  *terms_out = NULL;
  for (k = 0; k < o->n_params && st == DG_OK; k++) {
    const char *eq = strchr(o->params[k], '=');
    char *name;
    const dg_param *p;
    if (!eq || eq == o->params[k]) {
      st = dg_usage_error("query", "--param takes NAME=VALUE, not '%s'", o->params[k]);
      break;
    }
    name = xstrndup(o->params[k], (size_t)(eq - o->params[k]));
    p = dg_query_def_find_param(d, name);
    if (!p) {
      dg_buf names;
      dg_buf_init(&names);
      for (i = 0; i < np; i++)
        dg_buf_printf(&names, "%s%s", i ? ", " : "", dg_query_def_param(d, i)->name);
      st = np ? dg_usage_error("query", "query '%s' has no parameter '%s' (it declares: %s)",
                               dg_query_def_origin(d), name, names.data)
              : dg_usage_error("query", "query '%s' has no parameter '%s' (it declares none)",
                               dg_query_def_origin(d), name);
      dg_buf_release(&names);
    } else if (given[p - dg_query_def_param(d, 0)]) {
      st = dg_usage_error("query", "--param %s is given twice", name);
    } else {
      given[p - dg_query_def_param(d, 0)] = eq + 1;
    }
    free(name);
  }
  for (i = 0; i < np && st == DG_OK; i++) {
    const dg_param *p = dg_query_def_param(d, i);
    const char *value = given[i] ? given[i] : p->def, *why = NULL;
    if (!value) {
      st = dg_usage_error("query", "query '%s' needs --param %s=VALUE (%s)",
                          dg_query_def_origin(d), p->name, *p->meaning ? p->meaning : "no default");
      break;
    }
    if (!dg_param_term(p, value, q, &terms[i], &why))
      st = dg_usage_error("query", "--param %s: the value is not a valid %s: %s", p->name,
                          dg_param_type_name(p->type), why);
    else if (after_limit(q, p->name) && (value[0] == '-' || value[0] == '+'))
      /* LIMIT and OFFSET take a bare count: "-1" was a syntax error at run
       * time (exit 1), and is the command line's fault */
      st = dg_usage_error("query", "--param %s: the value is not a valid count for LIMIT or "
                          "OFFSET: it must be a number from 0 up, without a sign", p->name);
    else if (!dg_sparql_uses_var(q, p->name, 1))
      dg_warn("%s: parameter '%s' is declared but the query never uses $%s",
              dg_query_def_origin(d), p->name, p->name);
  }
  free(given);
  if (st != DG_OK) {
    for (i = 0; i < np; i++)
      free(terms[i]);
    free(terms);
    return st;
  }
  *terms_out = terms;
  return DG_OK;
}

typedef struct lint_ctx {
  const char *origin;
  int force;
  unsigned blocking;
} lint_ctx;

static void report(void *ud, const dg_lint_issue *is)
{
  lint_ctx *c = ud;
  /* the table says which constructs --force may run: not those that
   * crash rasqal or read past its buffers */
  if (is->rule->force && c->force) {
    dg_warn("%s:%u:%u: %s %s; instead: %s (run anyway: --force)", c->origin, is->line,
            is->col, is->construct, is->effect, is->instead);
    return;
  }
  c->blocking++;
  dg_fail(DG_ERR_QUERY, "%s:%u:%u: %s %s; instead: %s%s", c->origin, is->line, is->col,
          is->construct, is->effect, is->instead,
          is->rule->force ? " (or run it anyway with --force)" : "");
}

static dg_status parse_opts(int argc, char **argv, opts *o, int *help)
{
  int opt;
  dg_usage_getopt go;
  dg_usage_getopt_init(&go, &dg_query_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': o->store = optarg; break;
    case 'd': add_arg(&o->data, &o->n_data, &o->cap_data, optarg); break;
    case 'E': o->endpoint = optarg; break;
    case 'p': add_arg(&o->params, &o->n_params, &o->cap_params, optarg); break;
    case OPT_DEFAULT_GRAPH:
      if (!dg_iri_is_valid(optarg))
        return dg_usage_error("query", "--default-graph '%s' is not an absolute IRI", optarg);
      add_arg(&o->graphs, &o->n_graphs, &o->cap_graphs, optarg);
      break;
    case 'r':
      if (!dg_result_format_from_name(optarg, &o->fmt))
        return dg_usage_error("query", "unknown result format '%s' (SELECT/ASK: %s; "
                              "CONSTRUCT: %s)", optarg, dg_result_format_list(0),
                              dg_result_format_list(1));
      o->have_fmt = 1;
      break;
    case 'e': o->exit_status = 1; break;
    case OPT_FORCE: o->force = 1; break;
    case OPT_PRINT: o->print = 1; break;
    case OPT_QUERY_DIR: o->query_dir = optarg; break;
    case OPT_TIMEOUT: {
      char *end;
      long v;
      errno = 0;
      v = strtol(optarg, &end, 10);
      if (errno || end == optarg || *end || v < 1 || v > 86400)
        return dg_usage_error("query", "--timeout '%s' is not a number of seconds from 1 to "
                              "86400", optarg);
      o->timeout = v;
      o->have_timeout = 1;
      break;
    }
    case 'q': dg_log_set_quiet(1); break;
    case 'h':
      dg_usage_print_help(&dg_query_usage, stdout);
      *help = 1;
      return DG_OK;
    default: return dg_option_error("query", opt, argv);
    }
  }
  return DG_OK;
}

/* The watcher's side of --timeout: the child runs the query and prints
 * its own messages and results; the status here is the one its exit
 * status stands for, so that `docgraph query` exits as the child did. */
static dg_status watch(dg_deadline *limit, const char *origin, long seconds)
{
  int code;
  switch (dg_deadline_wait(limit, &code)) {
  case DG_DEADLINE_EXPIRED:
    return dg_fail(DG_ERR_QUERY, "query '%s' stopped: it ran longer than --timeout %ld s",
                   origin, seconds);
  case DG_DEADLINE_SIGNAL:
    /* the reader of standard output went away (| head): without
     * --timeout docgraph ends the same way, silently */
    if (code == SIGPIPE)
      return DG_ERR_IO;
    return dg_fail(DG_ERR_INTERNAL, "query '%s' ended by signal %d (%s)", origin, code,
                   strsignal(code));
  case DG_DEADLINE_EXITED:
    break;
  }
  /* its messages are printed: nothing more to say */
  return code == 0 ? DG_OK : code == 2 ? DG_ERR_USAGE : DG_ERR_QUERY;
}

static dg_status pick_format(opts *o, dg_query_form form)
{
  int graph = form == DG_FORM_CONSTRUCT;
  if (!o->have_fmt) {
    o->fmt = graph ? DG_RES_TURTLE : isatty(STDOUT_FILENO) ? DG_RES_TABLE : DG_RES_TSV;
    return DG_OK;
  }
  if (dg_result_formats[o->fmt].graph != graph)
    return dg_usage_error("query", "-r %s is not for %s queries (use %s)",
                          dg_result_formats[o->fmt].name, dg_query_form_name(form),
                          dg_result_format_list(graph));
  return DG_OK;
}

dg_status dg_cmd_query(dg_ctx *ctx, int argc, char **argv)
{
  opts o;
  dg_query_def *def = NULL;
  dg_sparql *q = NULL;
  char **terms = NULL, *bound = NULL;
  const char **names = NULL;
  dg_dataset *ds = NULL;
  dg_store *store = NULL;
  dg_results *res = NULL;
  dg_deadline *limit = NULL;
  librdf_model *model = NULL;
  dg_query_form form;
  dg_status st, data_st = DG_OK;
  lint_ctx lc;
  size_t i, np = 0, n_pos;
  int help = 0;
  const char *qarg;

  memset(&o, 0, sizeof o);
  st = parse_opts(argc, argv, &o, &help);
  if (st != DG_OK || help)
    goto out;
  if ((o.store != NULL) + (o.n_data > 0) + (o.endpoint != NULL) > 1) {
    st = dg_usage_error("query", "give only one of --store, --data and --endpoint");
    goto out;
  }
  if (o.n_graphs && !o.endpoint) {
    st = dg_usage_error("query", "--default-graph is for --endpoint (a query on the store or "
                        "on --data names its graphs with GRAPH)");
    goto out;
  }
  if (o.endpoint && strncmp(o.endpoint, "http://", 7) != 0 &&
      strncmp(o.endpoint, "https://", 8) != 0) {
    st = dg_usage_error("query", "--endpoint takes an http:// or https:// URL, not '%s'",
                        o.endpoint);
    goto out;
  }
  if (!o.n_data && !o.endpoint && (st = dg_check_store_spec("query", o.store)) != DG_OK)
    goto out;
  n_pos = (size_t)(argc - optind);
  if (n_pos == 0) {
    st = dg_usage_error("query", "no query given (a saved NAME, a FILE.rq, or - for standard "
                        "input)");
    goto out;
  }
  if (n_pos > 1 && o.n_data == 0) {
    st = dg_usage_error("query", "give one query (extra argument '%s')", argv[optind + 1]);
    goto out;
  }
  /* --data a.nq b.nq NAME: every argument before the query is a data file */
  for (i = 0; i + 1 < n_pos; i++)
    add_arg(&o.data, &o.n_data, &o.cap_data, argv[optind + i]);
  qarg = argv[argc - 1];
  {
    /* standard input can be read once: by the data or by the query */
    size_t n_stdin = strcmp(qarg, "-") == 0;
    for (i = 0; i < o.n_data; i++)
      n_stdin += strcmp(o.data[i], "-") == 0;
    if (n_stdin > 1) {
      st = dg_usage_error("query", "standard input (-) can be read only once: by --data or by "
                          "the query, not both");
      goto out;
    }
  }

  st = load_query(qarg, o.query_dir, &def);
  if (st != DG_OK)
    goto out;
  q = dg_sparql_new(dg_query_def_text(def));
  form = dg_sparql_form(q);

  st = bind_params(&o, def, q, &terms);
  if (st != DG_OK)
    goto out;
  np = dg_query_def_n_params(def);
  names = xcalloc(np + 1, sizeof *names);
  for (i = 0; i < np; i++)
    names[i] = dg_query_def_param(def, i)->name;
  bound = dg_sparql_substitute(q, names, (const char *const *)terms, np);
  if (o.print) {
    fputs(bound, stdout);
    goto out;
  }

  /* The remote engine is not rasqal: its limits are not ours to check. */
  if (!o.endpoint) {
    lc.origin = dg_query_def_origin(def);
    lc.force = o.force;
    lc.blocking = 0;
    dg_sparql_lint(q, report, &lc);
    if (lc.blocking) {
      st = DG_ERR_QUERY;
      goto out;
    }
  }
  st = pick_format(&o, form);
  if (st != DG_OK)
    goto out;

  if (o.endpoint) {
    dg_endpoint ep;
    ep.url = o.endpoint;
    ep.default_graphs = o.graphs;
    ep.n_default_graphs = o.n_graphs;
    ep.timeout = o.have_timeout ? o.timeout : 120;
    st = dg_endpoint_run(ctx->rdf, &ep, dg_query_def_origin(def), bound, form, &res);
  } else {
    if (o.have_timeout) {
      /* from here to the last row, in a child process that is killed if
       * it runs too long (deadline.c says why a process) */
      st = dg_deadline_start(o.timeout, &limit);
      if (st != DG_OK)
        goto out;
      if (dg_deadline_is_watcher(limit)) {
        st = watch(limit, dg_query_def_origin(def), o.timeout);
        goto out;
      }
    }
    if (o.n_data) {
      st = dg_dataset_new(ctx->rdf, dg_sparql_has_word(q, "GRAPH"), &ds);
      if (st != DG_OK)
        goto out;
      /* every file is read, so that every problem is reported; but the
       * answer over part of the data would look like the whole answer,
       * so the query runs only if all of it loaded */
      for (i = 0; i < o.n_data; i++)
        data_st = dg_status_worst(data_st, dg_dataset_load(ds, o.data[i]));
      if (data_st != DG_OK) {
        dg_note("the query was not run: not all of its data could be read");
        st = data_st;
        goto out;
      }
      model = dg_dataset_model(ds);
    } else {
      st = dg_store_open(ctx->rdf, o.store, DG_STORE_READ, &store);
      if (st != DG_OK)
        goto out;
      model = dg_store_model(store);
      dg_store_prepare_for_queries(store);
      if (!dg_sparql_has_word(q, "GRAPH") && !dg_store_use_union_default(store)) {
        /* The model of a hashes or PostgreSQL store answers a triple once
         * per graph (page) that holds it, and rasqal 0.9.33 then joins and
         * counts wrongly (see query.h): give it each triple once, as for
         * --data. The copy is linear in the store's size; docgraph's own
         * storage answers from its union default graph instead. */
        st = dg_dataset_new(ctx->rdf, 0, &ds);
        if (st == DG_OK)
          st = dg_dataset_add_model(ds, model);
        if (st != DG_OK)
          goto out;
        model = dg_dataset_model(ds);
      }
    }
    st = dg_query_run_model(ctx->rdf, model, dg_query_def_origin(def), bound, form, &res);
  }
  if (st != DG_OK)
    goto out;
  /* the rows are all in: writing them is not bounded (a slow reader of
   * standard output is not a slow query) */
  dg_deadline_met(limit);
  if (dg_results_get_kind(res) == DG_RESULTS_BINDINGS && dg_results_n_vars(res) == 0) {
    /* rasqal names no variables when there is no row; the header must
     * still be there */
    char **vars = NULL;
    size_t nv = dg_sparql_projection(q, &vars), k;
    for (k = 0; k < nv; k++) {
      dg_results_add_var(res, vars[k]);
      free(vars[k]);
    }
    free(vars);
  }
  st = dg_results_write(res, ctx->rdf, o.fmt, stdout);
  if (st == DG_OK && o.exit_status && dg_results_get_kind(res) == DG_RESULTS_BOOLEAN &&
      !dg_results_boolean(res))
    st = DG_ERR_QUERY;  /* asked for: false is exit 1, and no error to print */

out:
  dg_deadline_free(limit);
  dg_results_free(res);
  dg_store_close(store);
  dg_dataset_free(ds);
  for (i = 0; terms && i < np; i++)
    free(terms[i]);
  free(terms);
  free(names);
  free(bound);
  dg_sparql_free(q);
  dg_query_def_free(def);
  free(o.data);
  free(o.params);
  free(o.graphs);
  return st != DG_OK ? st : data_st;
}
