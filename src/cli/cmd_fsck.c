/* cmd_fsck.c - `docgraph fsck`: check the store byte for byte, and
 * salvage what checks from a damaged one. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "store/store.h"
#include "cli/command.h"

static const char usage[] =
  "Usage: docgraph fsck [OPTION]...\n"
  "Check docgraph's own store byte for byte: both file headers, the snapshot\n"
  "and every record of the journal, and say what checks, what is damaged and\n"
  "what can be recovered. A torn tail (the record being written when a writer\n"
  "died, never acknowledged) is no damage. Any other damage makes every command\n"
  "refuse the store until it is salvaged.\n"
  "\n"
  "  -s, --store SPEC  the store (default $DOCGRAPH_STORE, else ./docgraph.store)\n"
  "      --salvage     rewrite a damaged store with everything that checks (the\n"
  "                    snapshot if it does, then every whole journal record, in\n"
  "                    order), keep the damaged files beside it as\n"
  "                    snapshot.damaged and journal.damaged, and name what was lost\n"
  "  -h, --help        show this help\n"
  "\n"
  "Exit status: 0 the store is whole (or was salvaged); 1 it is damaged, or\n"
  "could not be checked.\n";

enum { OPT_SALVAGE = 256 };

static const struct option long_opts[] = {
  {"store", required_argument, NULL, 's'},
  {"salvage", no_argument, NULL, OPT_SALVAGE},
  {"help", no_argument, NULL, 'h'},
  {NULL, 0, NULL, 0},
};

dg_status dg_cmd_fsck(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL;
  int opt, salvage = 0;

  optind = 0;
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":s:h", long_opts, NULL)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case OPT_SALVAGE: salvage = 1; break;
    case 'h': fputs(usage, stdout); return DG_OK;
    default: return dg_option_error("fsck", opt, argv);
    }
  }
  if (optind < argc)
    return dg_usage_error("fsck", "unexpected argument '%s'", argv[optind]);
  return dg_store_fsck(ctx->rdf, spec, salvage);
}
