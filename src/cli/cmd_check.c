/* cmd_check.c - `docgraph check`: validate the store or RDF files against
 * the SHACL shapes of a well-formed docgraph graph. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "base/xalloc.h"
#include "store/store.h"
#include "query/query.h"
#include "query/shacl.h"
#include "cli/command.h"

enum { OPT_SHAPES = DG_OPT_LONG };

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else ./docgraph.store)",
   DG_OPT_SYN_LONG},
  {OPT_SHAPES, "shapes", "FILE", "validate against the SHACL shapes in FILE (any RDF\n"
                                 "syntax) instead of docgraph's own",
   DG_OPT_GAP},
  {'q', "quiet", NULL, "print nothing; the exit status tells"},
  {0},
};

const dg_usage dg_check_usage = {
  .head =
    "Usage: docgraph check [OPTION]... [RDF-FILE]...\n"
    "Validate the store, or the RDF files given (any syntax docgraph reads; - is\n"
    "standard input), against the SHACL shapes of a well-formed docgraph graph\n"
    "(ontology/shapes.ttl): how many titles, names, dates and codes each entity\n"
    "has, their datatypes, the classes of linked entities, the form of the IRIs.\n"
    "\n",
  .opts = options,
  .column = 20,
  .tail =
    "\n"
    "Output: one line per violation, sorted, four fields separated by tabs:\n"
    "  FOCUS-NODE  PATH  CONSTRAINT  MESSAGE\n"
    "FOCUS-NODE is written as in N-Triples; PATH is <IRI>, ^<IRI> (an inverse\n"
    "path) or - (the node itself); CONSTRAINT is the SHACL constraint component\n"
    "(sh:MinCountConstraintComponent, ...). A summary goes to standard error.\n"
    "\n"
    "The shapes may use SHACL core's targets, predicate and inverse paths,\n"
    "sh:class, datatype, nodeKind, minCount, maxCount, pattern (with flags), in,\n"
    "hasValue, minLength, maxLength, node, property, and, or, not and xone;\n"
    "anything else in them is refused (exit 2).\n"
    "\n"
    "Exit status: 0 the graph conforms; 1 it does not, or the data could not be\n"
    "read; 2 the command line or the shapes file was wrong.\n"
    "\n"
    "Examples:\n"
    "  docgraph check\n"
    "  docgraph map -f nquads seeds/ | docgraph check -\n"
    "  docgraph check --shapes my-shapes.ttl graph.nq\n",
  .operands = "[RDF-FILE]...",
};

dg_status dg_cmd_check(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL, *shapes_path = NULL;
  int opt, quiet = 0, n_stdin = 0;
  dg_usage_getopt go;
  dg_status st = DG_OK, data_st = DG_OK;
  dg_shapes *shapes = NULL;
  dg_dataset *ds = NULL;
  dg_store *store = NULL;
  dg_shacl_report rep = {NULL, 0};
  size_t i;

  dg_usage_getopt_init(&go, &dg_check_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case OPT_SHAPES: shapes_path = optarg; break;
    case 'q': quiet = 1; break;
    case 'h': dg_usage_print_help(&dg_check_usage, stdout); return DG_OK;
    default: return dg_option_error("check", opt, argv);
    }
  }
  if (spec && optind < argc)
    return dg_usage_error("check", "give --store or RDF files, not both");
  for (i = (size_t)optind; i < (size_t)argc; i++)
    n_stdin += strcmp(argv[i], "-") == 0;
  if (shapes_path && strcmp(shapes_path, "-") == 0)
    n_stdin++;
  if (n_stdin > 1)
    return dg_usage_error("check", "standard input (-) can be read only once: by the data or "
                          "by --shapes");
  if (optind == argc && (st = dg_check_store_spec("check", spec)) != DG_OK)
    return st;

  /* the shapes first: a wrong shapes file is the command line's fault,
   * and is told before any data is read */
  st = dg_shapes_load(ctx->rdf, shapes_path, &shapes);
  if (st != DG_OK)
    goto out;

  /* each triple once (the union of the graphs), as SHACL engines read a
   * dataset; the store's records are bookkeeping, not data */
  st = dg_dataset_new(ctx->rdf, 0, &ds);
  if (st != DG_OK)
    goto out;
  if (optind < argc) {
    /* every file is read, so that every problem is reported; but a
     * verdict on part of the data would look like one on all of it */
    for (i = (size_t)optind; i < (size_t)argc; i++)
      data_st = dg_status_worst(data_st, dg_dataset_load(ds, argv[i]));
    if (data_st != DG_OK) {
      dg_note("nothing was validated: not all of the data could be read");
      st = data_st;
      goto out;
    }
  } else {
    st = dg_store_open(ctx->rdf, spec, DG_STORE_READ, &store);
    if (st == DG_OK)
      st = dg_dataset_add_model(ds, dg_store_model(store));
    if (st != DG_OK)
      goto out;
  }

  st = dg_shapes_validate(shapes, ctx->rdf, dg_dataset_model(ds), &rep);
  if (st != DG_OK)
    goto out;
  if (!quiet) {
    for (i = 0; i < rep.n; i++)
      printf("%s\t%s\t%s\t%s\n", rep.results[i].focus, rep.results[i].path,
             rep.results[i].component, rep.results[i].message);
    if (rep.n)
      dg_note("%lu violation%s of the shapes in '%s'", (unsigned long)rep.n,
              rep.n == 1 ? "" : "s", dg_shapes_origin(shapes));
  }
  /* a violation is the verdict, not an error: nothing more to print */
  if (rep.n)
    st = DG_ERR_INPUT;

out:
  dg_shacl_report_release(&rep);
  dg_store_close(store);
  dg_dataset_free(ds);
  dg_shapes_free(shapes);
  return st;
}
