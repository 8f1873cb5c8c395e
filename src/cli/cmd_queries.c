/* cmd_queries.c - `docgraph queries`: list the saved queries (name,
 * summary, parameters), or print one of them. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "query/queries.h"
#include "cli/command.h"

static const dg_usage_opt options[] = {{0}};

const dg_usage dg_queries_usage = {
  .head =
    "Usage: docgraph queries [NAME]\n"
    "List the saved queries that 'docgraph query NAME' runs: each with its\n"
    "summary and its parameters (--param NAME=VALUE), their types and defaults.\n"
    "With NAME, print that query's SPARQL text instead.\n"
    "\n",
  .opts = options,
  .column = 14,
  .tail =
    "\n"
    "Examples:\n"
    "  docgraph queries\n"
    "  docgraph queries coauthors > my-coauthors.rq   # a starting point for your own\n",
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
  printf("%s\n    %s\n", dg_query_def_name(d), dg_query_def_summary(d));
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

dg_status dg_cmd_queries(dg_ctx *ctx, int argc, char **argv)
{
  dg_query_def *d = NULL;
  dg_status st;
  size_t i, n;
  int opt;
  dg_usage_getopt go;

  (void)ctx;
  dg_usage_getopt_init(&go, &dg_queries_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 'h': dg_usage_print_help(&dg_queries_usage, stdout); return DG_OK;
    default: return dg_option_error("queries", opt, argv);
    }
  }
  if (argc - optind > 1)
    return dg_usage_error("queries", "give at most one query NAME");
  if (optind < argc) {
    if (dg_saved_find(argv[optind], &d) != DG_OK)
      return dg_usage_error("queries", "no saved query called '%s'", argv[optind]);
    fputs(dg_query_def_text(d), stdout);
    dg_query_def_free(d);
    return DG_OK;
  }
  n = dg_saved_count();
  for (i = 0; i < n; i++) {
    st = dg_saved_get(i, &d);
    if (st != DG_OK)
      return st;
    if (i)
      putchar('\n');
    print_def(d);
    dg_query_def_free(d);
  }
  return DG_OK;
}
