/* cmd_help.c - `docgraph help [COMMAND]`: everything from the command table. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/log.h"
#include "cli/command.h"

enum { OPT_COMPLETE = DG_OPT_LONG };

/* `help --help` is `help`: help's --help is the list of commands. */
static const dg_usage_opt options[] = {
  {OPT_COMPLETE, "complete", NULL, "print the commands, or COMMAND's options, one a line,\n"
                                   "for shell completion"},
  {0},
};
const dg_usage dg_help_usage = {.opts = options, .operands = "[COMMAND]"};

/* The words a shell completes the first argument from: the commands, one
 * a line, then the global options as dg_usage_print_complete() writes
 * options. The completion scripts read this and --complete COMMAND, so
 * that the commands and options they offer are the tables'. */
static void print_complete(void)
{
  const dg_command *c;
  for (c = dg_commands; c->name; c++)
    printf("%s\n", c->name);
  printf("-h --help\n-V --version\n");
}

static void print_list(void)
{
  const dg_command *c;
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
}

dg_status dg_cmd_help(dg_ctx *ctx, int argc, char **argv)
{
  const dg_command *c;
  char help_opt[] = "--help";
  char *args[3];
  int opt, complete = 0;
  dg_usage_getopt go;

  dg_usage_getopt_init(&go, &dg_help_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 'h': print_list(); return DG_OK;
    case OPT_COMPLETE: complete = 1; break;
    default: return dg_option_error("help", opt, argv);
    }
  }
  if (argc - optind > 1)
    return dg_usage_error("help", "too many arguments");
  if (optind == argc) {
    if (complete)
      print_complete();
    else
      print_list();
    return DG_OK;
  }
  c = dg_command_find(argv[optind]);
  if (!c)
    return dg_usage_error(NULL, "'%s' is not a docgraph command", argv[optind]);
  if (complete) {
    dg_usage_print_complete(c->usage, stdout);
    return DG_OK;
  }
  args[0] = (char *)c->name;
  args[1] = help_opt;
  args[2] = NULL;
  return c->run(ctx, 2, args);
}
