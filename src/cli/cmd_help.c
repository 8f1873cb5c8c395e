/* cmd_help.c - `docgraph help [COMMAND]`: everything from the command table. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "cli/command.h"

/* `help` takes no option (`help --help` is `help`): the synopsis only. */
static const dg_usage_opt options[] = {{0}};
const dg_usage dg_help_usage = {.opts = options, .operands = "[COMMAND]"};

dg_status dg_cmd_help(dg_ctx *ctx, int argc, char **argv)
{
  const dg_command *c;
  char help_opt[] = "--help";
  if (argc > 2)
    return dg_usage_error("help", "too many arguments");
  if (argc == 2 && strcmp(argv[1], "--help") != 0 && strcmp(argv[1], "-h") != 0) {
    char *args[3];
    c = dg_command_find(argv[1]);
    if (!c)
      return dg_usage_error(NULL, "'%s' is not a docgraph command", argv[1]);
    args[0] = (char *)c->name;
    args[1] = help_opt;
    args[2] = NULL;
    return c->run(ctx, 2, args);
  }
  printf("Usage: docgraph COMMAND [OPTION]... [ARG]...\n\nCommands:\n");
  for (c = dg_commands; c->name; c++)
    printf("  %-8s %s\n", c->name, c->summary);
  printf("\nSynopsis:\n");
  for (c = dg_commands; c->name; c++) {
    printf("  docgraph %s ", c->name);
    dg_usage_print_synopsis(c->usage, stdout);
    putchar('\n');
  }
  printf("\nRun 'docgraph help COMMAND' for the options of one command.\n");
  return DG_OK;
}
