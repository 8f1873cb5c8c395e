/* command.c - the table of subcommands: main() and help read it. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/log.h"
#include "emit/outfile.h"
#include "emit/view.h"
#include "store/store_spec.h"
#include "cli/command.h"

const dg_command dg_commands[] = {
  {"map", dg_cmd_map, DG_CMD_NEEDS_RDF, &dg_map_usage,
   "map documents to RDF and print it (touches no store)"},
  {"load", dg_cmd_load, DG_CMD_NEEDS_RDF, &dg_load_usage,
   "map documents and add them to the store"},
  {"import", dg_cmd_import, DG_CMD_NEEDS_RDF, &dg_import_usage,
   "merge external RDF into the store"},
  {"export", dg_cmd_export, DG_CMD_NEEDS_RDF, &dg_export_usage, "write the store as RDF"},
  {"query", dg_cmd_query, DG_CMD_NEEDS_RDF, &dg_query_usage,
   "run a saved or given SPARQL query"},
  {"queries", dg_cmd_queries, 0, &dg_queries_usage, "list the saved queries, or print one"},
  {"stats", dg_cmd_stats, DG_CMD_NEEDS_RDF, &dg_stats_usage,
   "count triples, graphs, documents and entities in the store"},
  {"push", dg_cmd_push, DG_CMD_NEEDS_RDF, &dg_push_usage,
   "make a Graph Store Protocol server hold the store's graphs"},
  {"check", dg_cmd_check, DG_CMD_NEEDS_RDF, &dg_check_usage,
   "validate the store or RDF files against docgraph's SHACL shapes"},
  {"graph", dg_cmd_graph, DG_CMD_NEEDS_RDF, &dg_graph_usage,
   "draw a network (co-authors, events, countries) as SVG, PNG or DOT"},
  {"fsck", dg_cmd_fsck, DG_CMD_NEEDS_RDF, &dg_fsck_usage,
   "check the store byte for byte; salvage what checks"},
  {"help", dg_cmd_help, 0, &dg_help_usage, "show help for docgraph or one command"},
  {NULL, NULL, 0, NULL, NULL},
};

const dg_command *dg_command_find(const char *name)
{
  const dg_command *c;
  for (c = dg_commands; c->name; c++)
    if (strcmp(c->name, name) == 0)
      return c;
  return NULL;
}

dg_status dg_usage_error(const char *cmd, const char *fmt, ...)
{
  char hint[80];
  va_list ap;
  if (cmd)
    snprintf(hint, sizeof hint, "Try 'docgraph help %s' for more information.", cmd);
  else
    snprintf(hint, sizeof hint, "Try 'docgraph help' for more information.");
  va_start(ap, fmt);
  dg_log_vprint("error", hint, fmt, ap);
  va_end(ap);
  return DG_ERR_USAGE;
}

dg_status dg_option_error(const char *cmd, int c, char **argv)
{
  /* argv[optind - 1] is the word getopt was reading: right for a long
   * option, but for a short one it may be a whole group ("-xf") or, when
   * the group ended, the next word; optopt holds the letter itself. */
  const char *word = argv[optind - 1];
  char letter[3] = {'-', (char)optopt, '\0'};
  const char *name = optopt > 0 && optopt < 128 && strncmp(word, "--", 2) != 0 ? letter : word;
  if (optopt == 0 && strncmp(word, "--", 2) == 0) {
    /* an unknown long option: drop "=VALUE" */
    size_t n = strcspn(word, "=");
    return c == ':' ? dg_usage_error(cmd, "option '%.*s' needs a value", (int)n, word)
                    : dg_usage_error(cmd, "unknown option '%.*s'", (int)n, word);
  }
  return c == ':' ? dg_usage_error(cmd, "option '%s' needs a value", name)
                  : dg_usage_error(cmd, "unknown option '%s'", name);
}

dg_status dg_check_store_spec(const char *cmd, const char *spec)
{
  dg_store_spec sp;
  char *why = NULL;
  dg_status st = dg_store_spec_parse(spec, &sp, &why);
  if (st != DG_OK) {
    st = dg_usage_error(cmd, "%s", why);
    free(why);
    return st;
  }
  dg_store_spec_release(&sp);
  return DG_OK;
}

dg_status dg_vocab_option(const char *cmd, const char *arg, unsigned *views)
{
  char *bad = NULL;
  dg_status st;
  if (dg_view_parse(arg, views, &bad))
    return DG_OK;
  st = dg_usage_error(cmd, "--vocab: unknown vocabulary '%s' (vocabularies: %s)", bad,
                      dg_view_names());
  free(bad);
  return st;
}

dg_status dg_output_format(const char *cmd, const char *output, int have_fmt, dg_format *fmt,
                           int *gzip)
{
  dg_format named;
  *gzip = 0;
  if (!output || strcmp(output, "-") == 0)
    return DG_OK;
  if (dg_format_from_path(output, &named, gzip)) {
    if (!have_fmt)
      *fmt = named;
    return DG_OK;
  }
  if (have_fmt)
    return DG_OK;
  /* /dev/stdout, a FIFO: no name to go by, and standard output's
   * default is what such a target wants (a directory is refused when
   * opened) */
  if (!*gzip && dg_outfile_in_place(output))
    return DG_OK;
  return dg_usage_error(cmd,
                        "cannot tell the format of '%s' from its name: give -f FORMAT "
                        "(%s), or a name ending in %s (and .gz to compress)",
                        output, dg_format_list(), dg_format_extensions());
}
