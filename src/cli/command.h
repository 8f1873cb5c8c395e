/* command.h - the subcommand table and what every command shares. */
#ifndef DG_COMMAND_H
#define DG_COMMAND_H

#include <stdio.h>

#include "base/status.h"
#include "emit/formats.h"
#include "emit/rdf.h"
#include "cli/usage.h"

/* State shared by main() with the command it runs. */
typedef struct dg_ctx {
  const char *prog;   /* "docgraph" */
  dg_rdf *rdf;        /* owned by main; created when the command's flags ask */
} dg_ctx;

/* What main() sets up before it runs a command. The store is not among
 * them: each command opens it itself, after its arguments are checked
 * and only when it needs it (import opens it at the first good input,
 * query only without --data or --endpoint), so that a usage error or a
 * run whose every input fails never creates or locks a store. */
enum {
  DG_CMD_NEEDS_RDF = 1 << 0      /* main() creates ctx->rdf first */
};

typedef struct dg_command {
  const char *name;
  dg_status (*run)(dg_ctx *ctx, int argc, char **argv);
  unsigned flags;
  const dg_usage *usage;  /* its options, --help and synopsis */
  const char *summary;    /* one line for `docgraph help` */
} dg_command;

/* The table, ending with a {NULL} entry. */
extern const dg_command dg_commands[];

/* Returns the command called `name`, or NULL. */
const dg_command *dg_command_find(const char *name);

/* Prints "docgraph: error: MESSAGE" and "Try 'docgraph help CMD'." and
 * returns DG_ERR_USAGE: the one way a command reports bad usage. */
dg_status dg_usage_error(const char *cmd, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));

/* Reports the getopt_long() result `c` (':' for a missing value, anything
 * else for an unknown option) with dg_usage_error(), naming the option as
 * the user wrote it: "-f" out of a group such as "-xf", "--store" for a
 * long one. Call it right after dg_usage_getopt_next() returned `c`. */
dg_status dg_option_error(const char *cmd, int c, char **argv);

/* Checks the store spec `spec` (--store's value; NULL for $DOCGRAPH_STORE
 * or the default) before the command does anything: an unknown kind of
 * store or a malformed one is a usage error, printed with
 * dg_usage_error() naming the accepted forms and never a password. */
dg_status dg_check_store_spec(const char *cmd, const char *spec);

/* Reads --vocab's LIST (`arg`) for command `cmd` into *views (dg_view
 * bits, emit/view.h). Returns DG_OK, or DG_ERR_USAGE after reporting the
 * first unknown name: a vocabulary no one knows is never dropped
 * silently. */
dg_status dg_vocab_option(const char *cmd, const char *arg, unsigned *views);

/* The help text of --vocab, the same for every command that takes it. */
#define DG_VOCAB_HELP "also write the standard terms the ontology aligns\n" \
                      "dg: terms to: a comma list of dg (the default,\n" \
                      "always written), schema, foaf, dcterms, all"

/* The format and compression of a command's RDF output, for -f and -o.
 * `output` is -o's FILE (NULL or "-": standard output); *fmt holds -f's
 * format when `have_fmt`, else the default. A FILE whose name ends in .gz
 * is written gzip-compressed (*gzip set). Without -f the format is the
 * one FILE's extension (before .gz) names, and a name that names none is
 * a usage error: never output in a format no one asked for. Only a FILE
 * written in place (dg_outfile_in_place(): /dev/stdout, a pipe, written
 * like standard output) keeps the default then. Returns DG_OK, or
 * DG_ERR_USAGE after reporting it for command `cmd`. */
dg_status dg_output_format(const char *cmd, const char *output, int have_fmt, dg_format *fmt,
                           int *gzip);

/* The commands, one file each (cmd_NAME.c), each with its usage. */
dg_status dg_cmd_map(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_load(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_import(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_export(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_query(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_queries(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_stats(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_push(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_graph(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_fsck(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_check(dg_ctx *ctx, int argc, char **argv);
dg_status dg_cmd_help(dg_ctx *ctx, int argc, char **argv);
extern const dg_usage dg_map_usage, dg_load_usage, dg_import_usage, dg_export_usage,
  dg_query_usage, dg_queries_usage, dg_stats_usage, dg_push_usage, dg_fsck_usage, dg_check_usage, dg_graph_usage, dg_help_usage;

#endif
