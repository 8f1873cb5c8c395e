/* test_usage.c - each command's option table is what getopt_long() is
 * given, what its --help lists, what `docgraph help` and the man page's
 * SYNOPSIS show; and the checks below do fail when an option is missing
 * from the man page or from --help. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "cli/command.h"
#include "cli/usage.h"
#include "../tap.h"

/* ---------------------------------------------------------------- helpers */

static char *read_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  dg_buf b;
  char chunk[4096];
  size_t n;
  if (!f)
    return NULL;
  dg_buf_init(&b);
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    dg_buf_add(&b, chunk, n);
  fclose(f);
  return dg_buf_detach(&b);
}

/* The standard output of `docgraph ARGS` (the binary under test). */
static char *run(const char *args)
{
  const char *bin = getenv("DOCGRAPH");
  char *cmd = xasprintf("'%s' %s", bin ? bin : "src/docgraph", args);
  FILE *p = popen(cmd, "r");
  dg_buf b;
  char chunk[4096];
  size_t n;
  free(cmd);
  if (!p)
    return NULL;
  dg_buf_init(&b);
  while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
    dg_buf_add(&b, chunk, n);
  if (pclose(p) != 0) {
    dg_buf_release(&b);
    return NULL;
  }
  return dg_buf_detach(&b);
}

/* What a printer of usage.h writes, as a new string. (Not inlined: gcc
 * then takes the string for a pointer to the local it was built in.) */
__attribute__((noinline)) static char *capture_usage(void (*print)(const dg_usage *, FILE *), const dg_usage *u)
{
  char *s = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&s, &len);
  print(u, f);
  fclose(f);
  return s;
}

__attribute__((noinline)) static char *capture_opt(void (*print)(const dg_usage_opt *, FILE *), const dg_usage_opt *o)
{
  char *s = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&s, &len);
  print(o, f);
  fclose(f);
  return s;
}

/* ---------------------------------------------------------------- man page */

/* Appends the words of a roff request's arguments: quoted strings are one
 * word; "\-" is "-". `joined`: the font-alternating requests (.RB, .IR,
 * ...) print their words without spaces between them. */
static void add_roff_args(dg_buf *out, const char *p, int joined)
{
  int first = 1;
  while (*p) {
    while (*p == ' ' || *p == '\t')
      p++;
    if (!*p)
      break;
    if (!first && !joined)
      dg_buf_addc(out, ' ');
    first = 0;
    if (*p == '"') {
      for (p++; *p && *p != '"'; p++)
        dg_buf_addc(out, *p);
      if (*p)
        p++;
      continue;
    }
    for (; *p && *p != ' ' && *p != '\t'; p++) {
      if (p[0] == '\\' && p[1] == '-') {
        dg_buf_addc(out, '-');
        p++;
      } else {
        dg_buf_addc(out, *p);
      }
    }
  }
}

/* The SYNOPSIS section of the man page `man` as it reads: one string of
 * lines, each ending in "\n" (a ".br" ends one; the requests between are
 * joined with a space, as a formatter fills them). */
static char *render_synopsis(const char *man)
{
  const char *p = strstr(man, "\n.SH SYNOPSIS\n");
  dg_buf out;
  int at_start = 1;
  if (!p)
    return NULL;
  p += strlen("\n.SH SYNOPSIS\n");
  dg_buf_init(&out);
  while (*p && strncmp(p, ".SH", 3) != 0) {
    const char *eol = strchr(p, '\n');
    char *line = eol ? xstrndup(p, (size_t)(eol - p)) : xstrdup(p);
    if (strcmp(line, ".br") == 0) {
      dg_buf_addc(&out, '\n');
      at_start = 1;
    } else if (line[0] == '.') {
      size_t req = strcspn(line, " ");
      if (!at_start)
        dg_buf_addc(&out, ' ');
      at_start = 0;
      add_roff_args(&out, line + req, req == 3);   /* .RB .IR ... : .B, .I */
    }
    free(line);
    p = eol ? eol + 1 : p + strlen(p);
  }
  if (!at_start)
    dg_buf_addc(&out, '\n');
  return dg_buf_detach(&out);
}

/* The line of `lines` that starts with `prefix` and a space (or is just
 * `prefix`), as a new string; NULL if there is none. */
static char *find_line(const char *lines, const char *prefix, size_t indent)
{
  size_t n = strlen(prefix);
  const char *p = lines;
  while (p && *p) {
    const char *eol = strchr(p, '\n');
    size_t len = eol ? (size_t)(eol - p) : strlen(p);
    if (len >= indent + n && strncmp(p + indent, prefix, n) == 0 &&
        (len == indent + n || p[indent + n] == ' '))
      return xstrndup(p + indent, len - indent);
    p = eol ? eol + 1 : NULL;
  }
  return NULL;
}

/* 1 if `line`, a synopsis, shows option `o` as one of its bracketed items:
 * "[SPELLING]", "[SPELLING | ...", "... | SPELLING]" or "... | SPELLING |". */
static int in_synopsis(const char *line, const dg_usage_opt *o)
{
  char *spell = capture_opt(dg_usage_print_opt_synopsis, o);
  size_t n = strlen(spell);
  const char *p = line;
  int found = 0;
  while (!found && (p = strstr(p, spell)) != NULL) {
    int before = (p > line && p[-1] == '[') || (p - line >= 3 && strncmp(p - 3, " | ", 3) == 0);
    int after = p[n] == ']' || strncmp(p + n, " | ", 3) == 0;
    if (o->flags & DG_OPT_REQUIRED) {
      /* no brackets: a word of its own */
      before = p > line && p[-1] == ' ';
      after = p[n] == ' ' || p[n] == '\0';
    }
    found = before && after;
    p++;
  }
  free(spell);
  return found;
}

/* 1 if `help`, a --help text, has a line that starts with option `o`
 * followed by its help. */
static int in_help(const char *help, const dg_usage_opt *o)
{
  char *spec = capture_opt(dg_usage_print_opt_spec, o);
  size_t n = strlen(spec);
  const char *p = help;
  int found = 0;
  while (!found && (p = strstr(p, spec)) != NULL) {
    found = (p == help || p[-1] == '\n') && p[n] == ' ' && p[n + 1] && p[n + 1] != '\n';
    p++;
  }
  free(spec);
  return found;
}

/* Counts the options of `c` missing from `man_synopsis` (rendered) and
 * from `help` (its --help), printing each as a TAP comment; -1 if the man
 * page's synopsis has no line for `c`, or not the one `docgraph help`
 * prints. */
static int missing(const dg_command *c, const char *man_synopsis, const char *help)
{
  char *want = capture_usage(dg_usage_print_synopsis, c->usage);
  char *prefix = xasprintf("docgraph %s", c->name);
  char *line = find_line(man_synopsis, prefix, 0);
  char *full = xasprintf("%s %s", prefix, want);
  const dg_usage_opt *o;
  int n = 0;
  if (!line || strcmp(line, full) != 0) {
    printf("#   man page:       %s\n#   docgraph help:  %s\n", line ? line : "(none)", full);
    n = -1;
  }
  for (o = c->usage->opts; line && o->key; o++) {
    if (!in_synopsis(line, o)) {
      printf("#   %s: --%s is not in the man page's SYNOPSIS\n", c->name, o->name);
      n += n >= 0;
    }
  }
  for (o = c->usage->opts; help && o->key; o++) {
    if (!in_help(help, o)) {
      printf("#   %s: --%s is not in its --help\n", c->name, o->name);
      n += n >= 0;
    }
  }
  free(line);
  free(full);
  free(prefix);
  free(want);
  return n;
}

/* ---------------------------------------------------------------- getopt */

static void check_getopt(const dg_command *c)
{
  dg_usage_getopt go;
  const dg_usage_opt *o, *q;
  size_t n = 0, i;
  int bad = 0;

  for (o = c->usage->opts; o->key; o++)
    n++;
  ok(n <= DG_OPT_MAX, "%s: %zu options fit in DG_OPT_MAX", c->name, n);
  dg_usage_getopt_init(&go, c->usage);
  for (o = c->usage->opts; o->key; o++) {
    const char *letter;
    int found = 0;
    for (i = 0; go.longs[i].name; i++)
      if (strcmp(go.longs[i].name, o->name) == 0)
        found = go.longs[i].val == o->key &&
                go.longs[i].has_arg == (o->arg ? required_argument : no_argument);
    if (!found) {
      printf("#   %s: --%s not given to getopt_long() as the table says\n", c->name, o->name);
      bad++;
    }
    if (o->key < DG_OPT_LONG) {
      letter = strchr(go.shorts + 1, o->key);
      if (!isalpha(o->key) || !letter || (letter[1] == ':') != (o->arg != NULL)) {
        printf("#   %s: -%c not in \"%s\" as the table says\n", c->name, o->key, go.shorts);
        bad++;
      }
    }
    for (q = c->usage->opts; q != o; q++) {
      if (q->key == o->key || strcmp(q->name, o->name) == 0) {
        printf("#   %s: --%s and --%s share a key or a name\n", c->name, q->name, o->name);
        bad++;
      }
    }
    if (o->key == 'h' || strcmp(o->name, "help") == 0)
      bad++;   /* -h, --help is added to every table */
  }
  ok(bad == 0, "%s: getopt_long() gets the table's options, each once", c->name);
  for (i = 0; go.longs[i].name; i++)
    ;
  ok(i == n + 1 && strcmp(go.longs[n].name, "help") == 0 && go.longs[n].val == 'h' &&
     strchr(go.shorts, 'h') && go.shorts[0] == ':',
     "%s: and --help, and nothing else", c->name);
}

/* ---------------------------------------------------------------- main */

int main(void)
{
  /* the man page as make writes it from docgraph.1.in, with its paths */
  const char *builddir = getenv("builddir");
  char *path = xasprintf("%s/src/cli/docgraph.1", builddir ? builddir : ".");
  char *man = read_file(path);
  char *synopsis = man ? render_synopsis(man) : NULL;
  char *list = run("help");
  const dg_command *c;

  ok(man != NULL, "the man page is at %s", path);
  ok(synopsis != NULL, "it has a SYNOPSIS");
  ok(list != NULL, "docgraph help runs");
  if (!man || !synopsis || !list)
    return tap_done();

  for (c = dg_commands; c->name; c++) {
    char *help = c->usage->head ? capture_usage(dg_usage_print_help, c->usage) : NULL;
    char *args = xasprintf("%s --help", c->name);
    char *real = c->usage->head ? run(args) : NULL;
    char *want = capture_usage(dg_usage_print_synopsis, c->usage);
    char *prefix = xasprintf("docgraph %s", c->name);
    char *listed = find_line(list, prefix, 2);
    char *full = xasprintf("%s %s", prefix, want);

    check_getopt(c);
    is_int(missing(c, synopsis, help), 0,
           "%s: every option is in the man page's SYNOPSIS, as 'docgraph help' shows it, "
           "and in --help", c->name);
    if (help)
      is_str(real, help, "%s --help prints the table's help", c->name);
    is_str(listed, full, "docgraph help: %s's synopsis is the table's", c->name);
    free(full);
    free(listed);
    free(prefix);
    free(want);
    free(real);
    free(args);
    free(help);
  }

  /* The checks fail when an option is missing. Take -j from map's line of
   * the man page's SYNOPSIS, and map's --jobs line from its --help. */
  {
    const dg_command *map = dg_command_find("map");
    char *help = capture_usage(dg_usage_print_help, map->usage);
    char *cut = xstrdup(man), *at, *bad_synopsis;
    char *line = strstr(help, "\n  -j, --jobs N");
    ok(line != NULL, "map's --help has a line for -j");
    at = strstr(cut, "\n.B docgraph map\n");
    at = at ? strstr(at, "\n.RB [ \\-j\n.IR N ]\n") : NULL;
    ok(at != NULL, "map's man SYNOPSIS has -j N");
    if (at) {
      size_t k = strlen("\n.RB [ \\-j\n.IR N ]");
      memmove(at, at + k, strlen(at + k) + 1);
    }
    bad_synopsis = render_synopsis(cut);
    is_int(missing(map, bad_synopsis, NULL), -1,
           "a man page whose synopsis lacks map's -j fails the check");
    {
      char *prefix_line = find_line(bad_synopsis, "docgraph map", 0);
      const dg_usage_opt *o;
      for (o = map->usage->opts; o->key && o->key != 'j'; o++)
        ;
      ok(o->key == 'j' && prefix_line && !in_synopsis(prefix_line, o),
         "... naming -j as the option missing");
      free(prefix_line);
    }
    if (line) {
      char *eol = strchr(line + 1, '\n');
      memmove(line, eol, strlen(eol) + 1);
    }
    is_int(missing(map, synopsis, help), 1, "a --help without map's --jobs line fails the check");
    free(bad_synopsis);
    free(cut);
    free(help);
  }

  free(list);
  free(synopsis);
  free(man);
  free(path);
  return tap_done();
}
