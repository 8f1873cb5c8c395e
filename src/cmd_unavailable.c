/* cmd_unavailable.c - commands listed in the table whose work is not in
 * this version yet: they say so plainly and exit 1, never pretend. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "command.h"
#include "log.h"

static dg_status unavailable(const char *name, int argc, char **argv)
{
  const dg_command *c = dg_command_find(name);
  if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
    printf("Usage: docgraph %s %s\n%s.\n\nNot available in this version of docgraph yet.\n",
           name, c->synopsis, c->summary);
    return DG_OK;
  }
  return dg_fail(DG_ERR_INTERNAL, "'%s' is not available in this version of docgraph yet",
                 name);
}

dg_status dg_cmd_load(dg_ctx *ctx, int argc, char **argv) { return unavailable("load", argc, argv); }
dg_status dg_cmd_import(dg_ctx *ctx, int argc, char **argv) { return unavailable("import", argc, argv); }
dg_status dg_cmd_export(dg_ctx *ctx, int argc, char **argv) { return unavailable("export", argc, argv); }
dg_status dg_cmd_query(dg_ctx *ctx, int argc, char **argv) { return unavailable("query", argc, argv); }
dg_status dg_cmd_queries(dg_ctx *ctx, int argc, char **argv) { return unavailable("queries", argc, argv); }
dg_status dg_cmd_stats(dg_ctx *ctx, int argc, char **argv) { return unavailable("stats", argc, argv); }
