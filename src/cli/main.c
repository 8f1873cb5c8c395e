/* main.c - find the subcommand, set up what it needs, map status to exit. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/log.h"
#include "emit/rdf.h"
#include "resolve/slug.h"
#include "cli/command.h"

static void print_version(void)
{
  char *icu = dg_slug_icu_version();
  printf("docgraph %s\n", PACKAGE_VERSION);
  printf("redland %s, raptor %s, rasqal %s, icu %s\n", librdf_version_string,
         raptor_version_string, rasqal_version_string, icu);
  free(icu);
}

static void print_usage(FILE *out)
{
  const dg_command *c;
  fputs("Usage: docgraph COMMAND [OPTION]... [ARG]...\n"
        "Turn pages about international-relations research into an RDF\n"
        "knowledge graph, keep it in a store, export it and query it.\n\n"
        "Commands:\n", out);
  for (c = dg_commands; c->name; c++)
    fprintf(out, "  %-8s %s\n", c->name, c->summary);
  fputs("\nGlobal options:\n"
        "  -h, --help     show this help and exit\n"
        "  -V, --version  show the version and exit\n\n"
        "Run 'docgraph help COMMAND' or 'docgraph COMMAND --help' for a command's\n"
        "options. Examples:\n"
        "  docgraph map seeds/                      print the seeds as Turtle\n"
        "  docgraph map -f nquads -o graph.nq seeds/\n"
        "  docgraph load seeds/ && docgraph stats\n"
        "  docgraph query publications-by-author --param author='Ada Nowak'\n\n"
        "Exit status: 0 success; 1 an input, query or store failed (every good\n"
        "input is still processed); 2 the command line was wrong.\n"
        "See docgraph(1) for more.\n", out);
}

/* git's rule: data is useless if it never reached its destination.
 * `reported` is the command's own status: after an I/O error the command
 * has already said what failed (usually this very stream), and saying it
 * twice only confuses, so the failure is then returned but not reported. */
static dg_status finish_stdout(dg_status reported)
{
  int bad = fflush(stdout) != 0 || ferror(stdout);
  int e = errno;
  if (!bad && fclose(stdout) != 0 && errno != EBADF) {
    bad = 1;
    e = errno;
  }
  if (!bad)
    return DG_OK;
  if (reported == DG_ERR_IO)
    return DG_ERR_IO;
  return dg_fail(DG_ERR_IO, "write error: %s", e ? strerror(e) : "unknown error");
}

int main(int argc, char **argv)
{
  dg_ctx ctx = {"docgraph", NULL};
  const dg_command *cmd;
  dg_status st;

  setlocale(LC_ALL, "");
  if (argc < 2) {
    print_usage(stderr);
    return 2;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    print_usage(stdout);
    return dg_status_exit_code(finish_stdout(DG_OK));
  }
  if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
    print_version();
    return dg_status_exit_code(finish_stdout(DG_OK));
  }
  cmd = dg_command_find(argv[1]);
  if (!cmd) {
    if (argv[1][0] == '-')
      st = dg_usage_error(NULL, "unknown option '%s'", argv[1]);
    else
      st = dg_usage_error(NULL, "'%s' is not a docgraph command", argv[1]);
    return dg_status_exit_code(st);
  }
  if (cmd->flags & DG_CMD_NEEDS_RDF) {
    st = dg_rdf_new(&ctx.rdf);
    if (st != DG_OK)
      return dg_status_exit_code(st);
  }
  st = cmd->run(&ctx, argc - 1, argv + 1);
  dg_rdf_free(ctx.rdf);
  dg_slug_cleanup();
  st = dg_status_worst(st, finish_stdout(st));
  /* an error was printed: whatever the command concluded, something
   * failed, and a script must not take the run for a success */
  if (st == DG_OK && dg_log_errors() > 0)
    st = DG_ERR_INTERNAL;
  return dg_status_exit_code(st);
}
