/* cmd_queries.c - `docgraph queries`: list the saved queries (name,
 * where it comes from, summary, parameters), or print one of them. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "query/library.h"
#include "query/queries.h"
#include "cli/command.h"

enum { OPT_NAMES = DG_OPT_LONG, OPT_QUERY_DIR };

static const dg_usage_opt options[] = {
  {OPT_NAMES, "names", NULL, "print only the names, one a line (for scripts and\n"
                             "shell completion)"},
  {OPT_QUERY_DIR, "query-dir", "DIR", "look for saved queries in DIR first (default\n"
                                     "$DOCGRAPH_QUERY_DIR, else\n"
                                     "$XDG_CONFIG_HOME/docgraph/queries)"},
  {0},
};

const dg_usage dg_queries_usage = {
  .head =
    "Usage: docgraph queries [OPTION]... [NAME]\n"
    "List the saved queries that 'docgraph query NAME' runs: each with where it\n"
    "comes from, its summary and its parameters (--param NAME=VALUE), their\n"
    "types and defaults. With NAME, print that query's SPARQL text instead.\n"
    "\n"
    "A saved query is a file NAME.rq. They are looked for in your folder\n"
    "(--query-dir, else $DOCGRAPH_QUERY_DIR, else $XDG_CONFIG_HOME/docgraph/queries\n"
    "or ~/.config/docgraph/queries), then among the installed copies, then in\n"
    "the set built into docgraph; the first of a name wins.\n"
    "\n",
  .opts = options,
  .column = 23,
  .tail =
    "\n"
    "Examples:\n"
    "  docgraph queries\n"
    "  mkdir -p ~/.config/docgraph/queries\n"
    "  docgraph queries coauthors > ~/.config/docgraph/queries/my-coauthors.rq\n",
  .operands = "[NAME]",
};

/* What the value looks like, for the listing. */
static const char *placeholder(dg_param_type t)
{
  switch (t) {
  case DG_PARAM_LITERAL: return "TEXT";
  case DG_PARAM_IRI: return "IRI";
  case DG_PARAM_INTEGER: return "N";
  case DG_PARAM_DECIMAL: return "NUMBER";
  case DG_PARAM_DATE: return "YYYY-MM-DD";
  case DG_PARAM_YEAR: return "YYYY";
  case DG_PARAM_BOOLEAN: return "true|false";
  }
  return "VALUE";
}

static void print_def(const dg_query_def *d)
{
  size_t i, n = dg_query_def_n_params(d);
  printf("    %s\n", dg_query_def_summary(d));
  for (i = 0; i < n; i++) {
    const dg_param *p = dg_query_def_param(d, i);
    printf("    --param %s=%s  %s (%s", p->name, placeholder(p->type), p->meaning,
           dg_param_type_name(p->type));
    if (p->def)
      printf("; default: %s)\n", p->def);
    else
      printf("; required)\n");
  }
}

/* Where query i comes from, for the listing: "(built-in)", or the
 * source and the file, and which query of the same name it hides. */
static void print_origin(const dg_library *lib, size_t i)
{
  const char *path = dg_library_path(lib, i);
  int hides = dg_library_hides(lib, i);
  printf(" (%s", dg_query_source_name(dg_library_source(lib, i)));
  if (path)
    printf(": %s", path);
  if (hides >= 0)
    printf("; replaces the %s one", dg_query_source_name((dg_query_source)hides));
  printf(")\n");
}

dg_status dg_cmd_queries(dg_ctx *ctx, int argc, char **argv)
{
  dg_library *lib = NULL;
  dg_query_def *d = NULL;
  dg_status st, worst;
  const char *query_dir = NULL;
  size_t i, n, shown = 0;
  int opt, names = 0;
  dg_usage_getopt go;

  (void)ctx;
  dg_usage_getopt_init(&go, &dg_queries_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 'h': dg_usage_print_help(&dg_queries_usage, stdout); return DG_OK;
    case OPT_NAMES: names = 1; break;
    case OPT_QUERY_DIR: query_dir = optarg; break;
    default: return dg_option_error("queries", opt, argv);
    }
  }
  if (argc - optind > 1)
    return dg_usage_error("queries", "give at most one query NAME");
  if (names && optind < argc)
    return dg_usage_error("queries", "--names lists them all: give no NAME");
  /* a folder that cannot be read is reported, and the queries found
   * elsewhere are still listed (exit 1) */
  worst = dg_library_open(query_dir, &lib);
  if (optind < argc) {
    if (!dg_library_find(lib, argv[optind], &i)) {
      st = worst != DG_OK ? worst
                          : dg_usage_error("queries", "no saved query called '%s'", argv[optind]);
      dg_library_free(lib);
      return st;
    }
    st = dg_library_load(lib, i, &d);
    if (st == DG_OK)
      fputs(dg_query_def_text(d), stdout);
    dg_query_def_free(d);
    dg_library_free(lib);
    return dg_status_worst(worst, st);
  }
  n = dg_library_count(lib);
  for (i = 0; i < n; i++) {
    /* a broken file is named by the parser and left out; the rest are
     * still listed */
    st = dg_library_load(lib, i, &d);
    worst = dg_status_worst(worst, st);
    if (st != DG_OK)
      continue;
    if (names) {
      printf("%s\n", dg_library_name(lib, i));
    } else {
      if (shown++)
        putchar('\n');
      printf("%s", dg_library_name(lib, i));
      print_origin(lib, i);
      print_def(d);
    }
    dg_query_def_free(d);
  }
  dg_library_free(lib);
  return worst;
}
