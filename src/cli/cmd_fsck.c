/* cmd_fsck.c - `docgraph fsck`: check the store byte for byte, and
 * salvage what checks from a damaged one. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "store/store.h"
#include "cli/command.h"

enum { OPT_SALVAGE = DG_OPT_LONG };

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else ./docgraph.store)",
   DG_OPT_SYN_LONG},
  {OPT_SALVAGE, "salvage", NULL, "rewrite a damaged store with everything that checks (the\n"
                                 "snapshot if it does, then every whole journal record, in\n"
                                 "order), keep the damaged files beside it as\n"
                                 "snapshot.damaged and journal.damaged, and name what was lost"},
  {0},
};

const dg_usage dg_fsck_usage = {
  .head =
    "Usage: docgraph fsck [OPTION]...\n"
    "Check docgraph's own store byte for byte: both file headers, the snapshot\n"
    "and every record of the journal, and say what checks, what is damaged and\n"
    "what can be recovered. A torn tail (the record being written when a writer\n"
    "died, never acknowledged) is no damage. Any other damage makes every command\n"
    "refuse the store until it is salvaged.\n"
    "\n",
  .opts = options,
  .column = 20,
  .tail =
    "\n"
    "Exit status: 0 the store is whole (or was salvaged); 1 it is damaged, or\n"
    "could not be checked.\n",
};

dg_status dg_cmd_fsck(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL;
  int opt, salvage = 0;
  dg_usage_getopt go;
  dg_status st;

  dg_usage_getopt_init(&go, &dg_fsck_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case OPT_SALVAGE: salvage = 1; break;
    case 'h': dg_usage_print_help(&dg_fsck_usage, stdout); return DG_OK;
    default: return dg_option_error("fsck", opt, argv);
    }
  }
  if (optind < argc)
    return dg_usage_error("fsck", "unexpected argument '%s'", argv[optind]);
  if ((st = dg_check_store_spec("fsck", spec)) != DG_OK)
    return st;
  return dg_store_fsck(ctx->rdf, spec, salvage);
}
