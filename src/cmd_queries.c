/* cmd_queries.c - `docgraph queries`: not in this version yet; it says so plainly
 * and exits 1 rather than pretend. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "command.h"
#include "log.h"

dg_status dg_cmd_queries(dg_ctx *ctx, int argc, char **argv)
{
  const dg_command *c = dg_command_find("queries");
  if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
    printf("Usage: docgraph queries %s\n%s.\n\nNot available in this version of docgraph yet.\n",
           c->synopsis, c->summary);
    return DG_OK;
  }
  return dg_fail(DG_ERR_INTERNAL, "'queries' is not available in this version of docgraph yet");
}
