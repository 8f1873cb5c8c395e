/* cmd_push.c - `docgraph push`: make a Graph Store Protocol server hold
 * the store's graphs (store/push.c does the work). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "resolve/iri.h"
#include "store/gsp.h"
#include "store/push.h"
#include "store/store.h"
#include "cli/command.h"

enum { OPT_TO = DG_OPT_LONG, OPT_USER, OPT_ALL, OPT_UNION, OPT_UPDATE };

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else\n"
                         "./docgraph.store)", DG_OPT_SYN_LONG},
  {OPT_TO, "to", "URL", "the server's Graph Store endpoint (required), e.g.\n"
                        "http://host:8890/sparql-graph-crud-auth (Virtuoso)\n"
                        "or http://host:3030/ds/data (Fuseki)", DG_OPT_REQUIRED},
  {OPT_USER, "user", "NAME", "log in as NAME (basic or digest, as the server asks);\n"
                             "the password comes from $DOCGRAPH_PUSH_PASSWORD, else\n"
                             "from ~/.netrc"},
  {OPT_ALL, "all", NULL, "send every graph again, changed or not"},
  {OPT_UNION, "union-graph", "IRI", "also keep graph IRI the union of the pushed graphs\n"
                                    "(for servers whose default graph is not: Virtuoso)"},
  {OPT_UPDATE, "update", "URL", "the SPARQL Update endpoint --union-graph uses;\n"
                                "default for Virtuoso's .../sparql-graph-crud-auth:\n"
                                ".../sparql-auth"},
  {'q', "quiet", NULL, "no progress, no summary line"},
  {0},
};

const dg_usage dg_push_usage = {
  .head =
    "Usage: docgraph push --to URL [OPTION]...\n"
    "Make a SPARQL 1.1 Graph Store Protocol server hold the store's graphs\n"
    "(each document's graph and each imported graph, under its own name). Each\n"
    "graph added or changed since the last push to URL is PUT, each graph gone\n"
    "from the store since is DELETEd, and the store records, per server, what\n"
    "it sent: a second push sends nothing.\n"
    "\n",
  .opts = options,
  .column = 25,
  .tail =
    "\n"
    "The graph is named by a query parameter added to URL: graph=IRI (the\n"
    "standard's name), or graph-uri=IRI when the path ends in\n"
    "/sparql-graph-crud or /sparql-graph-crud-auth (Virtuoso's name). URL may\n"
    "have a query string of its own; one with an empty 'graph=' or\n"
    "'graph-uri=' parameter gets the IRI there. The password is never given\n"
    "on the command line.\n"
    "\n"
    "A request that fails (after up to three tries when the server gave no\n"
    "answer or a 5xx one) is named with its graph and the HTTP status; that\n"
    "graph's record stays as it was, so running push again finishes the job.\n"
    "Prints 'docgraph: push: N added, N replaced, N removed, N unchanged, N\n"
    "failed' on standard error. Exit status is 1 if any graph failed.\n"
    "\n"
    "Examples:\n"
    "  DOCGRAPH_PUSH_PASSWORD=... docgraph push --user team \\\n"
    "    --to http://kg.example:8890/sparql-graph-crud-auth \\\n"
    "    --union-graph https://kg.example/union\n"
    "  docgraph push --to http://localhost:3030/ds/data\n",
};

/* 1 if `url` is http(s) without user information (a password there would
 * end up in the store's records and in messages). */
static int url_ok(const char *url, int *has_user)
{
  const char *h, *end;
  *has_user = 0;
  if (strncmp(url, "http://", 7) == 0)
    h = url + 7;
  else if (strncmp(url, "https://", 8) == 0)
    h = url + 8;
  else
    return 0;
  end = h + strcspn(h, "/?#");
  if (end == h)
    return 0;
  if (memchr(h, '@', (size_t)(end - h))) {
    *has_user = 1;
    return 0;
  }
  return 1;
}

dg_status dg_cmd_push(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL, *pw = getenv("DOCGRAPH_PUSH_PASSWORD");
  char *update = NULL;
  dg_push_opts o;
  dg_push_counts c;
  dg_usage_getopt go;
  dg_store *store = NULL;
  dg_status st, cst;
  int opt, quiet = 0, has_user;

  memset(&o, 0, sizeof o);
  dg_usage_getopt_init(&go, &dg_push_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case OPT_TO: o.to = optarg; break;
    case OPT_USER: o.user = optarg; break;
    case OPT_ALL: o.all = 1; break;
    case OPT_UNION: o.union_graph = optarg; break;
    case OPT_UPDATE: o.update_url = optarg; break;
    case 'q':
      quiet = 1;
      dg_log_set_quiet(1);
      break;
    case 'h': dg_usage_print_help(&dg_push_usage, stdout); return DG_OK;
    default: return dg_option_error("push", opt, argv);
    }
  }
  if (optind < argc)
    return dg_usage_error("push", "unexpected argument '%s'", argv[optind]);
  if (!o.to)
    return dg_usage_error("push", "no --to URL given (the server's Graph Store endpoint)");
  if (!url_ok(o.to, &has_user))
    return has_user ? dg_usage_error("push", "--to: give the user with --user and the password "
                                             "in $DOCGRAPH_PUSH_PASSWORD or ~/.netrc, not in "
                                             "the URL")
                    : dg_usage_error("push", "--to '%s' is not an http:// or https:// URL", o.to);
  if (o.update_url && !url_ok(o.update_url, &has_user))
    return has_user ? dg_usage_error("push", "--update: give the user with --user and the "
                                             "password in $DOCGRAPH_PUSH_PASSWORD or ~/.netrc, "
                                             "not in the URL")
                    : dg_usage_error("push", "--update '%s' is not an http:// or https:// URL",
                                     o.update_url);
  if (o.union_graph && !dg_iri_is_valid(o.union_graph))
    return dg_usage_error("push", "--union-graph '%s' is not an absolute IRI", o.union_graph);
  if (o.update_url && !o.union_graph)
    return dg_usage_error("push", "--update is for --union-graph, which is not given");
  if (o.union_graph && !o.update_url) {
    update = dg_gsp_update_url_for(o.to);
    if (!update)
      return dg_usage_error("push", "--union-graph needs the server's SPARQL Update endpoint: "
                                    "give --update URL");
    o.update_url = update;
  }
  if ((st = dg_check_store_spec("push", spec)) != DG_OK)
    goto out;
  o.password = pw && *pw ? pw : NULL;

  /* read first: a store that does not exist is an error, not created */
  st = dg_store_open(ctx->rdf, spec, DG_STORE_READ, &store);
  dg_store_close(store);
  store = NULL;
  if (st == DG_OK)
    st = dg_store_open(ctx->rdf, spec, DG_STORE_WRITE, &store);
  if (st != DG_OK)
    goto out;
  st = dg_push_run(ctx->rdf, store, &o, &c);
  cst = dg_store_close(store);
  if (st == DG_OK)
    st = cst;
  if (!quiet)
    dg_note("push: %lu added, %lu replaced, %lu removed, %lu unchanged, %lu failed "
            "(%lu statements sent)", c.added, c.replaced, c.removed, c.unchanged, c.failed,
            c.statements);
out:
  free(update);
  return st;
}
