/* cmd_import.c - `docgraph import`: merge external RDF into the store.
 *
 * Each file becomes one named graph, named by the file's absolute file:
 * IRI (or --graph), and importing it again replaces that graph. A file is
 * parsed whole into memory before the store is touched, so a syntax error
 * anywhere leaves the store exactly as it was. Blank nodes are renamed
 * per graph: raptor numbers them afresh in every run, and two imports
 * must never share a blank node by accident. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "log.h"
#include "sha256.h"
#include "store.h"
#include "xalloc.h"

static const char usage[] =
  "Usage: docgraph import [OPTION]... RDF-FILE...\n"
  "Merge RDF files into the store. Each file goes into one named graph,\n"
  "<file:///ABSOLUTE/PATH> unless --graph is given; importing a file again\n"
  "replaces its graph. A file with a syntax error is reported with its line\n"
  "and column and changes nothing. Graph names inside N-Quads or TriG input\n"
  "are not kept (everything goes into the file's graph).\n"
  "\n"
  "  -s, --store SPEC    the store (default $DOCGRAPH_STORE, else\n"
  "                      ./docgraph.store; created if missing)\n"
  "  -i, --input SYNTAX  the syntax: turtle, ntriples, nquads, trig, rdfxml,\n"
  "                      json (RDF/JSON), rdfa; default: guessed from the\n"
  "                      file's name and content\n"
  "  -g, --graph IRI     name the graph IRI instead (one RDF-FILE only)\n"
  "  -q, --quiet         no warnings\n"
  "  -h, --help          show this help\n"
  "\n"
  "Examples:\n"
  "  docgraph import /usr/share/docgraph/ontology/iso3166.ttl\n"
  "  docgraph import -i rdfxml --graph https://example.org/g dump.xml\n";

static const struct option long_opts[] = {
  {"store", required_argument, NULL, 's'},
  {"input", required_argument, NULL, 'i'},
  {"graph", required_argument, NULL, 'g'},
  {"quiet", no_argument, NULL, 'q'},
  {"help", no_argument, NULL, 'h'},
  {NULL, 0, NULL, 0},
};

typedef struct parsed {
  librdf_world *world;
  const char *path;           /* borrowed: for messages */
  const unsigned char *text;  /* borrowed: the file, to find columns */
  size_t text_len;
  char prefix[20];            /* blank node prefix of this graph */
  librdf_statement **v;
  size_t n, cap;
  unsigned long quads;        /* statements that named a graph of their own */
  unsigned errors;
  int failed;
} parsed;

/* Terms come from a private raptor world (see parse_file), so they are
 * rebuilt in librdf's world from their strings. */
static librdf_node *copy_term(parsed *p, raptor_term *t)
{
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return librdf_new_node_from_uri_string(p->world, raptor_uri_as_string(t->value.uri));
  case RAPTOR_TERM_TYPE_BLANK: {
    char *id = xasprintf("%s%.*s", p->prefix, (int)t->value.blank.string_len,
                         (const char *)t->value.blank.string);
    librdf_node *n = librdf_new_node_from_blank_identifier(p->world, (unsigned char *)id);
    free(id);
    return n;
  }
  case RAPTOR_TERM_TYPE_LITERAL: {
    librdf_uri *dt = NULL;
    librdf_node *n;
    if (t->value.literal.datatype) {
      dt = librdf_new_uri(p->world, raptor_uri_as_string(t->value.literal.datatype));
      if (!dt)
        return NULL;
    }
    n = librdf_new_node_from_typed_counted_literal(
      p->world, t->value.literal.string, t->value.literal.string_len,
      (const char *)t->value.literal.language, t->value.literal.language_len, dt);
    if (dt)
      librdf_free_uri(dt);
    return n;
  }
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return NULL;
}

static void on_statement(void *ud, raptor_statement *rs)
{
  parsed *p = ud;
  librdf_node *s, *pr, *o;
  librdf_statement *st;
  if (p->failed)
    return;
  if (rs->graph)
    p->quads++;
  s = copy_term(p, rs->subject);
  pr = copy_term(p, rs->predicate);
  o = copy_term(p, rs->object);
  if (!s || !pr || !o) {
    if (s)
      librdf_free_node(s);
    if (pr)
      librdf_free_node(pr);
    if (o)
      librdf_free_node(o);
    p->failed = 1;
    return;
  }
  st = librdf_new_statement_from_nodes(p->world, s, pr, o);   /* takes the nodes */
  if (!st) {
    p->failed = 1;
    return;
  }
  xgrow(&p->v, &p->cap, p->n + 1, sizeof *p->v);
  p->v[p->n++] = st;
}

/* The column (1-based, in characters) of `token` on line `line`, or 0.
 * raptor's Turtle parser knows the line of an error but not its column;
 * its message quotes the offending token ("syntax error at '\"'"), and
 * that is enough to find it. */
static int find_column(const parsed *p, int line, const char *msg)
{
  const char *q = strchr(msg, '\''), *q2;
  const unsigned char *s = p->text, *end = p->text + p->text_len, *eol, *hit;
  size_t tlen;
  int l = 1, col = 1;
  if (!q || !(q2 = strchr(q + 1, '\'')) || q2 == q + 1)
    return 0;
  tlen = (size_t)(q2 - q - 1);
  while (l < line && s < end) {
    if (*s++ == '\n')
      l++;
  }
  if (l != line)
    return 0;
  eol = memchr(s, '\n', (size_t)(end - s));
  if (!eol)
    eol = end;
  for (hit = s; hit + tlen <= eol; hit++)
    if (memcmp(hit, q + 1, tlen) == 0)
      break;
  if (hit + tlen > eol)
    return 0;
  for (; s < hit; s++)
    if ((*s & 0xC0) != 0x80)
      col++;
  return col;
}

/* The parse's own diagnostics: "FILE:LINE:COL: message", counted. */
static void on_log(void *ud, raptor_log_message *m)
{
  parsed *p = ud;
  int line = m->locator ? m->locator->line : -1;
  int col = m->locator ? m->locator->column : -1;
  const char *text = m->text ? m->text : "(no message)";
  if (m->level < RAPTOR_LOG_LEVEL_WARN)
    return;
  if (line > 0 && col <= 0)
    col = find_column(p, line, text);
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) {
    p->errors++;
    if (line > 0 && col > 0)
      dg_fail(DG_ERR_INPUT, "%s:%d:%d: %s", p->path, line, col, text);
    else if (line > 0)
      dg_fail(DG_ERR_INPUT, "%s:%d: %s", p->path, line, text);
    else
      dg_fail(DG_ERR_INPUT, "%s: %s", p->path, text);
  } else if (line > 0) {
    dg_warn("%s:%d: %s", p->path, line, text);
  } else {
    dg_warn("%s: %s", p->path, text);
  }
}

static void parsed_release(parsed *p)
{
  size_t i;
  for (i = 0; i < p->n; i++)
    librdf_free_statement(p->v[i]);
  free(p->v);
  p->v = NULL;
  p->n = p->cap = 0;
}

/* Reads all of `path` into a new buffer (free with free()). */
static dg_status slurp(const char *path, unsigned char **out, size_t *len)
{
  FILE *fh = fopen(path, "rb");
  unsigned char *buf = NULL;
  size_t n = 0, cap = 0, r;
  *out = NULL;
  *len = 0;
  if (!fh)
    return dg_fail(DG_ERR_INPUT, "cannot read '%s': %s", path, strerror(errno));
  do {
    xgrow(&buf, &cap, n + 65536 + 1, 1);
    r = fread(buf + n, 1, cap - n - 1, fh);
    n += r;
  } while (r > 0);
  if (ferror(fh)) {
    dg_status st = dg_fail(DG_ERR_INPUT, "cannot read '%s': %s", path, strerror(errno));
    fclose(fh);
    free(buf);
    return st;
  }
  fclose(fh);
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return DG_OK;
}

/* Parses `path` into p->v, with a raptor world of its own so that its
 * messages can be given a column (see find_column) and counted here. */
static dg_status parse_file(const char *path, const char *syntax, const char *graph, parsed *p)
{
  raptor_world *rw = NULL;
  raptor_parser *parser = NULL;
  raptor_uri *base = NULL;
  unsigned char *base_str = NULL, *text = NULL;
  size_t len = 0;
  dg_status st;
  char hex[DG_SHA256_HEX_LEN + 1];

  dg_sha256_hex(graph, strlen(graph), hex);
  snprintf(p->prefix, sizeof p->prefix, "i%.12s_", hex);
  p->path = path;
  st = slurp(path, &text, &len);
  if (st != DG_OK)
    return st;
  p->text = text;
  p->text_len = len;
  rw = raptor_new_world();
  if (!rw || raptor_world_open(rw)) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot start raptor");
    goto out;
  }
  raptor_world_set_log_handler(rw, p, on_log);
  if (!syntax)
    syntax = raptor_world_guess_parser_name(rw, NULL, NULL, text, len < 4096 ? len : 4096,
                                            (const unsigned char *)path);
  if (!syntax) {
    st = dg_fail(DG_ERR_INPUT, "cannot tell the syntax of '%s' (give it with -i SYNTAX)", path);
    goto out;
  }
  parser = raptor_new_parser(rw, syntax);
  if (!parser) {
    st = dg_fail(DG_ERR_INTERNAL, "raptor has no '%s' parser", syntax);
    goto out;
  }
  raptor_parser_set_statement_handler(parser, p, on_statement);
  {
    char abs[PATH_MAX];
    if (realpath(path, abs))
      base_str = raptor_uri_filename_to_uri_string(abs);
  }
  base = raptor_new_uri(rw, base_str ? base_str : (const unsigned char *)graph);
  if (!base || raptor_parser_parse_start(parser, base) ||
      raptor_parser_parse_chunk(parser, text, len, 1) || p->failed || p->errors)
    st = dg_fail(DG_ERR_INPUT, "cannot import '%s': not valid %s; the store is unchanged", path,
                 syntax);
out:
  if (base)
    raptor_free_uri(base);
  if (base_str)
    raptor_free_memory(base_str);
  if (parser)
    raptor_free_parser(parser);
  if (rw)
    raptor_free_world(rw);
  p->text = NULL;
  free(text);
  return st;
}

/* The graph IRI for `path`: its absolute file: IRI. Returns a new string
 * (free with free()), or NULL after printing why. */
static char *graph_for(const char *path)
{
  char abs[PATH_MAX];
  unsigned char *u;
  char *r;
  if (!realpath(path, abs)) {
    dg_fail(DG_ERR_INPUT, "cannot read '%s': %s", path, strerror(errno));
    return NULL;
  }
  u = raptor_uri_filename_to_uri_string(abs);
  if (!u) {
    dg_fail(DG_ERR_INPUT, "cannot name a graph for '%s'", path);
    return NULL;
  }
  r = xstrdup((const char *)u);
  raptor_free_memory(u);
  return r;
}

dg_status dg_cmd_import(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL, *syntax = NULL, *graph_opt = NULL;
  int opt, i;
  dg_status st = DG_OK, result = DG_OK;
  dg_store *store = NULL;
  unsigned long imported = 0, failed = 0;

  optind = 0;
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":s:i:g:qh", long_opts, NULL)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case 'i': syntax = optarg; break;
    case 'g': graph_opt = optarg; break;
    case 'q': dg_log_set_quiet(1); break;
    case 'h': fputs(usage, stdout); return DG_OK;
    default: return dg_option_error("import", opt, argv);
    }
  }
  if (optind >= argc)
    return dg_usage_error("import", "no RDF-FILE given");
  if (graph_opt && argc - optind > 1)
    return dg_usage_error("import", "--graph names one graph: give one RDF-FILE");
  if (syntax && !raptor_world_is_parser_name(dg_rdf_raptor(ctx->rdf), syntax))
    return dg_usage_error("import", "unknown syntax '%s' (syntaxes: turtle, ntriples, nquads, "
                                    "trig, rdfxml, json, rdfa)", syntax);
  if (graph_opt) {
    raptor_uri *u = raptor_new_uri(dg_rdf_raptor(ctx->rdf), (const unsigned char *)graph_opt);
    int okay = u && strchr(graph_opt, ':') != NULL;
    if (u)
      raptor_free_uri(u);
    if (!okay)
      return dg_usage_error("import", "--graph '%s' is not an absolute IRI", graph_opt);
  }

  st = dg_store_open(ctx->rdf, spec, DG_STORE_WRITE, &store);
  if (st != DG_OK)
    return st;
  for (i = optind; i < argc && st == DG_OK; i++) {
    const char *path = argv[i];
    parsed p;
    char *graph = graph_opt ? xstrdup(graph_opt) : graph_for(path);
    librdf_node *g;
    dg_status s;

    if (!graph) {
      failed++;
      continue;
    }
    memset(&p, 0, sizeof p);
    p.world = dg_rdf_world(ctx->rdf);
    s = parse_file(path, syntax, graph, &p);
    if (s != DG_OK) {
      failed++;
      parsed_release(&p);
      free(graph);
      continue;
    }
    if (p.quads)
      dg_warn("'%s': its own graph names are not kept; all %zu statements go into <%s>", path,
              p.n, graph);
    if (p.n == 0)
      dg_warn("'%s' holds no statements; graph <%s> is now empty", path, graph);
    g = librdf_new_node_from_uri_string(dg_rdf_world(ctx->rdf), (unsigned char *)graph);
    if (!g) {
      s = dg_fail(DG_ERR_INPUT, "'%s' is not a usable graph name", graph);
      failed++;
    } else {
      s = dg_store_replace_graph(store, g, &g, 1, p.v, p.n);
      if (s == DG_OK)
        s = dg_store_commit(store);
      if (s == DG_OK)
        imported++;
      else
        st = s;   /* the store refuses more changes now */
      librdf_free_node(g);
    }
    parsed_release(&p);
    free(graph);
  }
  {
    dg_status c = dg_store_close(store);
    if (st == DG_OK)
      st = c;
  }
  if (failed && argc - optind > 1)
    dg_note("import: %lu of %d files imported, %lu failed", imported, argc - optind, failed);
  if (failed)
    result = DG_ERR_INPUT;
  return st != DG_OK ? st : result;
}
