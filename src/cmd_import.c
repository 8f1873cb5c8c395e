/* cmd_import.c - `docgraph import`: not in this version yet; it says so plainly
 * and exits 1 rather than pretend. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "command.h"
#include "log.h"

dg_status dg_cmd_import(dg_ctx *ctx, int argc, char **argv)
{
  const dg_command *c = dg_command_find("import");
  if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
    printf("Usage: docgraph import %s\n%s.\n\nNot available in this version of docgraph yet.\n",
           c->synopsis, c->summary);
    return DG_OK;
  }
  return dg_fail(DG_ERR_INTERNAL, "'import' is not available in this version of docgraph yet");
}
