/* usage.c - getopt's arguments, --help and the synopsis, all from the
 * one option table of a command. */
#include "config.h"

#include <assert.h>
#include <string.h>

#include "cli/usage.h"

/* Every command takes it; added here so that no table can leave it out. */
static const dg_usage_opt help_opt = {'h', "help", NULL, "show this help"};

static int has_letter(const dg_usage_opt *o) { return o->key < DG_OPT_LONG; }

void dg_usage_getopt_init(dg_usage_getopt *g, const dg_usage *u)
{
  const dg_usage_opt *o;
  size_t n = 0;
  char *s = g->shorts;

  memset(g, 0, sizeof *g);
  /* ':' first: a missing value is told apart from an unknown option */
  *s++ = ':';
  for (o = u->opts; o->key; o++) {
    assert(n < DG_OPT_MAX);
    g->longs[n].name = o->name;
    g->longs[n].has_arg = o->arg ? required_argument : no_argument;
    g->longs[n].val = o->key;
    n++;
    if (has_letter(o)) {
      *s++ = (char)o->key;
      if (o->arg)
        *s++ = ':';
    }
  }
  g->longs[n].name = help_opt.name;
  g->longs[n].has_arg = no_argument;
  g->longs[n].val = help_opt.key;
  *s++ = (char)help_opt.key;
  /* glibc: optind = 0 starts a new scan (resetting state kept from the
   * last one); the messages are the command's own */
  optind = 0;
  opterr = 0;
}

int dg_usage_getopt_next(dg_usage_getopt *g, int argc, char **argv)
{
  return getopt_long(argc, argv, g->shorts, g->longs, NULL);
}

void dg_usage_print_opt_spec(const dg_usage_opt *o, FILE *out)
{
  if (has_letter(o))
    fprintf(out, "  -%c, --%s", o->key, o->name);
  else
    fprintf(out, "      --%s", o->name);
  if (o->arg)
    fprintf(out, " %s", o->arg);
}

/* One option's lines of --help. The help starts at `column`, or two
 * spaces after an option too long for it; its other lines at `column`. */
static void print_opt_help(const dg_usage_opt *o, int column, FILE *out)
{
  const char *line = o->help, *nl;
  int len = (int)strlen(o->name) + 8 + (o->arg ? 1 + (int)strlen(o->arg) : 0);
  dg_usage_print_opt_spec(o, out);
  fprintf(out, "%*s", len < column ? column - len : 2, "");
  for (;;) {
    nl = strchr(line, '\n');
    if (!nl) {
      fprintf(out, "%s\n", line);
      return;
    }
    fprintf(out, "%.*s\n%*s", (int)(nl - line), line, column, "");
    line = nl + 1;
  }
}

void dg_usage_print_help(const dg_usage *u, FILE *out)
{
  const dg_usage_opt *o;
  if (u->head)
    fputs(u->head, out);
  for (o = u->opts; o->key; o++) {
    if (o->flags & DG_OPT_GAP)
      fputc('\n', out);
    print_opt_help(o, u->column, out);
  }
  print_opt_help(&help_opt, u->column, out);
  if (u->tail)
    fputs(u->tail, out);
}

void dg_usage_print_opt_synopsis(const dg_usage_opt *o, FILE *out)
{
  if (has_letter(o) && !(o->flags & DG_OPT_SYN_LONG))
    fprintf(out, "-%c", o->key);
  else
    fprintf(out, "--%s", o->name);
  if (o->arg)
    fprintf(out, " %s", o->syn_arg ? o->syn_arg : o->arg);
}

void dg_usage_print_synopsis(const dg_usage *u, FILE *out)
{
  const dg_usage_opt *o;
  int repeat = 0, open = 0;
  for (o = u->opts; o->key; o++) {
    if (o->flags & DG_OPT_SYN_OR) {
      fputs(" | ", out);
    } else {
      if (open)
        fprintf(out, "]%s", repeat ? "..." : "");
      if (o != u->opts)
        fputc(' ', out);
      open = !(o->flags & DG_OPT_REQUIRED);
      if (open)
        fputc('[', out);
      repeat = 0;
    }
    repeat |= (o->flags & DG_OPT_REPEAT) != 0;
    dg_usage_print_opt_synopsis(o, out);
  }
  if (open)
    fprintf(out, "]%s", repeat ? "..." : "");
  if (u->operands)
    fprintf(out, "%s%s", o != u->opts ? " " : "", u->operands);
}

void dg_usage_print_complete(const dg_usage *u, FILE *out)
{
  const dg_usage_opt *o;
  for (o = u->opts; o->key; o++) {
    if (has_letter(o))
      fprintf(out, "-%c ", o->key);
    fprintf(out, "--%s", o->name);
    if (o->arg)
      fprintf(out, " =%s", o->arg);
    if (o->arg && o->choices) {
      /* "a, b, c" -> " a b c": the words a shell completes from */
      const char *c;
      fputc(' ', out);
      for (c = o->choices(); *c; c++)
        if (*c != ',')
          fputc(*c, out);
    }
    fputc('\n', out);
  }
  fprintf(out, "-%c --%s\n", help_opt.key, help_opt.name);
  if (u->operands)
    fprintf(out, ": %s\n", u->operands);
}
