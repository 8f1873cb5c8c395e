/* usage.h - a command's options, declared once.
 *
 * One table per command names each option (key, long name, value,
 * help). It alone gives getopt_long() its arguments, --help its option
 * lines, and `docgraph help` its synopsis; the man page's synopsis is
 * checked against it (tests/unit/test_usage.c). */
#ifndef DG_USAGE_H
#define DG_USAGE_H

#include <getopt.h>
#include <stdio.h>

/* The keys of options without a short letter: DG_OPT_LONG, DG_OPT_LONG +
 * 1, ... (above every letter, so that none is taken for one). */
enum { DG_OPT_LONG = 256 };

enum {
  DG_OPT_SYN_LONG = 1 << 0,  /* the synopsis spells it long although it has a letter */
  DG_OPT_SYN_OR = 1 << 1,    /* the synopsis gives it as an alternative to the
                              * option before: "[--store SPEC | --data FILE]" */
  DG_OPT_REPEAT = 1 << 2,    /* it can be given again: "[--param NAME=VALUE]..." */
  DG_OPT_GAP = 1 << 3,       /* --help leaves a blank line before it */
  DG_OPT_REQUIRED = 1 << 4   /* the command needs it: the synopsis gives it
                              * without brackets ("--to URL") */
};

typedef struct dg_usage_opt {
  int key;              /* what getopt_long() returns for it: its short
                         * letter (it is then also -KEY), or DG_OPT_LONG + n */
  const char *name;     /* the long name, without "--" */
  const char *arg;      /* the name of its value ("FORMAT"), or NULL: it takes none */
  const char *help;     /* for --help; each '\n' starts a line under the first */
  unsigned flags;       /* DG_OPT_* */
  const char *syn_arg;  /* the name of its value in the synopsis, if not `arg` */
  const char *(*choices)(void);  /* the values it takes, when they are a closed
                         * set: "turtle, ntriples, ..." (static storage; for
                         * `docgraph help --complete`), or NULL */
} dg_usage_opt;

/* Everything a command says about how it is called. */
typedef struct dg_usage {
  const char *head;      /* --help before the option lines; NULL for `help`,
                          * whose --help is the list of commands */
  const dg_usage_opt *opts;    /* the options, ending with a zero key; every
                          * command also takes -h, --help, added here */
  int column;            /* the column where --help starts each option's help */
  const char *tail;      /* --help after the option lines, or NULL */
  const char *operands;  /* the synopsis after the options ("PATH..."), or NULL */
} dg_usage;

/* The most options a table may have (-h, --help not counted). */
#define DG_OPT_MAX 16

/* getopt_long()'s arguments for one command, built from its table. */
typedef struct dg_usage_getopt {
  struct option longs[DG_OPT_MAX + 2];  /* the table, --help, the end */
  char shorts[2 * DG_OPT_MAX + 4];      /* ":", then "x" or "x:" each, "h" */
} dg_usage_getopt;

/* Fills `g` from `u`, and makes the next dg_usage_getopt_next() start from
 * argv[1] with getopt's own messages off (a command reports with
 * dg_option_error()). */
void dg_usage_getopt_init(dg_usage_getopt *g, const dg_usage *u);

/* getopt_long() with `g`: the key of the next option ('h' for --help),
 * ':' (a missing value) or '?' (an unknown option), or -1 at the end. */
int dg_usage_getopt_next(dg_usage_getopt *g, int argc, char **argv);

/* Prints the command's --help to `out`: the head, a line for each option
 * and -h, --help, then the tail. */
void dg_usage_print_help(const dg_usage *u, FILE *out);

/* Prints the command's synopsis to `out` (no newline): each option in
 * brackets, spelled short where it has a letter, then the operands. */
void dg_usage_print_synopsis(const dg_usage *u, FILE *out);

/* Prints the option as its --help line starts it ("  -f, --format
 * FORMAT" or "      --base IRI"), and as the synopsis spells it ("-f
 * FORMAT", "--store SPEC"): for checks that each is there. */
void dg_usage_print_opt_spec(const dg_usage_opt *o, FILE *out);
void dg_usage_print_opt_synopsis(const dg_usage_opt *o, FILE *out);

/* Prints the command's options for shell completion (docgraph help
 * --complete COMMAND), one a line, words separated by one space: the
 * option's spellings ("-f --format", or "--base"); if it takes a value,
 * "=NAME" (FORMAT, FILE, DIR, SPEC...) and, for a closed set, its values;
 * then "-h --help"; last ": OPERANDS" (the synopsis's "PATH...") when
 * the command takes operands. */
void dg_usage_print_complete(const dg_usage *u, FILE *out);

#endif
