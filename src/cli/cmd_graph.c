/* cmd_graph.c - `docgraph graph`: a picture of one network of the store
 * (co-authors, events, countries), laid out and drawn by Graphviz. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "emit/outfile.h"
#include "emit/picture.h"
#include "store/store.h"
#include "query/network.h"
#include "query/query.h"
#include "cli/command.h"

enum { OPT_MIN = DG_OPT_LONG, OPT_MAX_NODES };

/* Graphviz draws a few hundred labelled nodes readably; past that the
 * labels overlap and the layout takes long. */
#define DEFAULT_MAX_NODES 300

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else\n"
                         "./docgraph.store)", DG_OPT_SYN_LONG},
  {'f', "format", "FORMAT", "svg (default), png, or dot (Graphviz DOT with the\n"
                            "layout's positions); with -o and no -f, FILE's\n"
                            "extension says (.svg, .png, .dot, .gv)"},
  {'o', "output", "FILE", "write to FILE, atomically (a temporary file renamed)"},
  {OPT_MIN, "min", "N", "leave out edges that weigh less than N (default 1),\n"
                        "and the nodes left without an edge", DG_OPT_SYN_LONG},
  {OPT_MAX_NODES, "max-nodes", "N", "at most N nodes (default 300; 0: no limit): a\n"
                                    "larger network is drawn with the smallest --min\n"
                                    "that leaves N or fewer, and a note says which"},
  {'q', "quiet", NULL, "no notes or warnings"},
  {0},
};

const dg_usage dg_graph_usage = {
  .head =
    "Usage: docgraph graph [OPTION]... coauthors|events|countries\n"
    "Draw one network of the store, laid out by Graphviz, as SVG (or PNG, DOT).\n"
    "\n"
    "Networks:\n"
    "  coauthors  people linked by the publications they share; an edge weighs\n"
    "             the publications shared, a person's size is their publications\n"
    "  events     events linked to their participants, to who hosts or organizes\n"
    "             them, and to their participants' organizations; an edge weighs\n"
    "             the events its person or organization is linked to (--min 2\n"
    "             keeps those who link events)\n"
    "  countries  countries linked by the pages that mention both; an edge weighs\n"
    "             those pages, a country's size is the pages that mention it\n"
    "Labels are dg:name (events: dg:title). Nodes without an edge are not drawn.\n"
    "\n",
  .opts = options,
  .column = 23,
  .tail =
    "\n"
    "Exit status: 0 success (an empty network is an empty picture, with a\n"
    "warning); 1 the store or Graphviz failed, or no --min leaves between 1 and\n"
    "--max-nodes nodes; 2 the command line was wrong.\n"
    "\n"
    "Examples:\n"
    "  docgraph graph coauthors -o coauthors.svg\n"
    "  docgraph graph countries --min 3 -f png > countries.png\n"
    "  docgraph graph events -f dot | neato -n -Tpdf > events.pdf\n",
  .operands = "coauthors|events|countries",
};

/* A whole number from `lo` up, for --min and --max-nodes. */
static int parse_count(const char *s, unsigned long lo, unsigned long *out)
{
  char *end;
  unsigned long v;
  if (*s < '0' || *s > '9')
    return 0;
  errno = 0;
  v = strtoul(s, &end, 10);
  if (errno || *end || v < lo || v > 1000000000UL)
    return 0;
  *out = v;
  return 1;
}

dg_status dg_cmd_graph(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL, *output = NULL, *target;
  dg_picture_format fmt = DG_PIC_SVG;
  dg_network_kind kind;
  unsigned long min = 1, max_nodes = DEFAULT_MAX_NODES;
  int have_fmt = 0, opt, quiet = 0;
  dg_usage_getopt go;
  dg_status st = DG_OK;
  dg_store *store = NULL;
  dg_dataset *ds = NULL;
  dg_network *net = NULL;
  dg_picture *pic = NULL;
  dg_outfile *of = NULL;
  librdf_model *model;
  size_t nodes, edges;
  unsigned drawn;

  dg_usage_getopt_init(&go, &dg_graph_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case 'f':
      if (!dg_picture_format_from_name(optarg, &fmt))
        return dg_usage_error("graph", "unknown format '%s' (formats: %s)", optarg,
                              dg_picture_format_list());
      have_fmt = 1;
      break;
    case 'o': output = optarg; break;
    case OPT_MIN:
      if (!parse_count(optarg, 1, &min))
        return dg_usage_error("graph", "--min '%s' is not a whole number from 1 up", optarg);
      break;
    case OPT_MAX_NODES:
      if (!parse_count(optarg, 0, &max_nodes))
        return dg_usage_error("graph", "--max-nodes '%s' is not a whole number from 0 up",
                              optarg);
      break;
    case 'q': quiet = 1; dg_log_set_quiet(1); break;
    case 'h': dg_usage_print_help(&dg_graph_usage, stdout); return DG_OK;
    default: return dg_option_error("graph", opt, argv);
    }
  }
  if (optind >= argc)
    return dg_usage_error("graph", "no network given (one of: %s)", dg_network_list());
  if (!dg_network_from_name(argv[optind], &kind))
    return dg_usage_error("graph", "unknown network '%s' (networks: %s)", argv[optind],
                          dg_network_list());
  if (optind + 1 < argc)
    return dg_usage_error("graph", "unexpected argument '%s'", argv[optind + 1]);
  if ((st = dg_check_store_spec("graph", spec)) != DG_OK)
    return st;
  if (output && strcmp(output, "-") != 0 && !have_fmt &&
      !dg_picture_format_from_path(output, &fmt) && !dg_outfile_in_place(output))
    return dg_usage_error("graph", "cannot tell the format of '%s' from its name: give -f "
                          "FORMAT (%s), or a name ending in %s", output,
                          dg_picture_format_list(), dg_picture_format_extensions());
  target = output && strcmp(output, "-") != 0 ? output : "standard output";

  st = dg_store_open(ctx->rdf, spec, DG_STORE_READ, &store);
  if (st != DG_OK)
    goto out;
  model = dg_store_model(store);
  dg_store_prepare_for_queries(store);
  if (!dg_store_use_union_default(store)) {
    /* each triple once for rasqal, as `docgraph query` does (query.h) */
    st = dg_dataset_new(ctx->rdf, 0, &ds);
    if (st == DG_OK)
      st = dg_dataset_add_model(ds, model);
    if (st != DG_OK)
      goto out;
    model = dg_dataset_model(ds);
  }
  st = dg_network_read(ctx->rdf, model, kind, &net);
  if (st != DG_OK)
    goto out;

  dg_network_count(net, (unsigned)min, &nodes, &edges);
  drawn = (unsigned)min;
  if (max_nodes && nodes > max_nodes) {
    drawn = dg_network_fit(net, (unsigned)min, max_nodes);
    if (!drawn) {
      st = dg_fail(DG_ERR_INPUT, "the %s network of store '%s' has %zu nodes at --min %lu, "
                   "and no larger --min leaves between 1 and %lu: give a larger --max-nodes "
                   "(0: no limit)", dg_networks[kind].name, dg_store_name(store), nodes, min,
                   max_nodes);
      goto out;
    }
    if (!quiet) {
      size_t fit_nodes, fit_edges;
      dg_network_count(net, drawn, &fit_nodes, &fit_edges);
      dg_note("the %s network has %zu nodes at --min %lu, more than --max-nodes %lu: drawn "
              "at --min %u (%zu nodes, %zu edges)", dg_networks[kind].name, nodes, min,
              max_nodes, drawn, fit_nodes, fit_edges);
    }
  } else if (nodes == 0) {
    dg_warn("the %s network of store '%s' is empty%s: the picture has no nodes",
            dg_networks[kind].name, dg_store_name(store),
            min > 1 ? " at this --min" : "");
  }
  pic = dg_network_picture(net, drawn);
  /* the store is read: let go of it before Graphviz's layout, which may
   * take a while on a large network */
  dg_network_free(net);
  net = NULL;
  dg_dataset_free(ds);
  ds = NULL;
  dg_store_close(store);
  store = NULL;

  st = dg_outfile_open(output, 0, &of);
  if (st != DG_OK)
    goto out;
  st = dg_picture_write(pic, fmt, dg_outfile_stream(of), target);
  if (st != DG_OK)
    goto out;
  st = dg_outfile_commit(of);
  of = NULL;

out:
  dg_outfile_abort(of);
  dg_picture_free(pic);
  dg_network_free(net);
  dg_dataset_free(ds);
  dg_store_close(store);
  return st;
}
