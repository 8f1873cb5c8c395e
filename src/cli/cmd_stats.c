/* cmd_stats.c - `docgraph stats`: what the store holds, in "name: value"
 * lines that are easy to read and to grep. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "resolve/iri.h"
#include "emit/vocab.h"
#include "store/store.h"
#include "cli/command.h"

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else ./docgraph.store)",
   DG_OPT_SYN_LONG},
  {0},
};

const dg_usage dg_stats_usage = {
  .head =
    "Usage: docgraph stats [OPTION]...\n"
    "Count what the store holds: statements, named graphs, documents, entities\n"
    "per class, and the store's size on disk.\n"
    "\n",
  .opts = options,
  .column = 20,
  .tail =
    "\n"
    "Output (one 'name: value' per line):\n"
    "  store: docgraph.store\n"
    "  backend: docgraph\n"
    "  triples: 48           statements, once per graph they are in\n"
    "  graphs: 5             named graphs (documents and imported files)\n"
    "  document graphs: 5    of which load made\n"
    "  imported graphs: 0    of which import made\n"
    "  records: 10           statements of the store's records (not counted above)\n"
    "  documents: 5\n"
    "  disk bytes: 2311\n"
    "  class dg:Person: 12   distinct entities typed with the class\n",
};

/* Prints `iri` with a known prefix where one fits. */
static void print_iri(const char *iri)
{
  static const dg_prefix more[] = {
    {"iso", "https://w3id.org/docgraph/iso3166#"},
    {NULL, NULL},
  };
  const dg_prefix *p;
  for (p = dg_prefixes; p->prefix; p++)
    if (strncmp(iri, p->uri, strlen(p->uri)) == 0) {
      printf("%s:%s", p->prefix, iri + strlen(p->uri));
      return;
    }
  for (p = more; p->prefix; p++)
    if (strncmp(iri, p->uri, strlen(p->uri)) == 0) {
      printf("%s:%s", p->prefix, iri + strlen(p->uri));
      return;
    }
  printf("<%s>", iri);
}

dg_status dg_cmd_stats(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL;
  int opt;
  dg_usage_getopt go;
  dg_status st;
  dg_store *store = NULL;
  dg_store_stats s;
  size_t i;

  dg_usage_getopt_init(&go, &dg_stats_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case 'h': dg_usage_print_help(&dg_stats_usage, stdout); return DG_OK;
    default: return dg_option_error("stats", opt, argv);
    }
  }
  if (optind < argc)
    return dg_usage_error("stats", "unexpected argument '%s'", argv[optind]);
  if ((st = dg_check_store_spec("stats", spec)) != DG_OK)
    return st;

  st = dg_store_open(ctx->rdf, spec, DG_STORE_READ, &store);
  if (st != DG_OK)
    return st;
  st = dg_store_stats_get(store, &s);
  if (st == DG_OK) {
    printf("store: %s\n", dg_store_name(store));
    printf("backend: %s\n", s.backend);
    printf("triples: %lu\n", s.triples);
    printf("graphs: %lu\n", s.graphs);
    printf("document graphs: %lu\n", s.document_graphs);
    printf("imported graphs: %lu\n", s.imported_graphs);
    printf("records: %lu\n", s.records);
    printf("documents: %lu\n", s.documents);
    if (s.disk_bytes >= 0)
      printf("disk bytes: %lld\n", s.disk_bytes);
    else
      printf("disk bytes: unknown (on the server)\n");
    for (i = 0; i < s.n_classes; i++) {
      fputs("class ", stdout);
      print_iri(s.classes[i].cls);
      printf(": %lu\n", s.classes[i].entities);
    }
  }
  dg_store_stats_release(&s);
  dg_store_close(store);
  return st;
}
