/* cmd_import.c - `docgraph import`: merge external RDF into the store.
 *
 * Every graph an input names keeps its name (N-Quads, TriG); statements
 * outside any graph (and every statement of a triple syntax) go into the
 * input's own graph, named by the file's absolute file: IRI, or all into
 * the one graph --graph names. Importing a file again replaces what it
 * imported before. An input is parsed whole into memory before the store
 * is touched, and its graphs are written in one group, so a syntax error
 * anywhere, or a crash, leaves the store exactly as it was.
 *
 * The store's records (which graphs load made, which import made; see
 * store.h) travel in an N-Quads export as the graph DG_RECORDS_GRAPH:
 * when an input holds them, they are taken as they are for the graphs it
 * holds, so export, import into an empty store, export gives the same
 * bytes, and a later load finds its documents again. Such an input is a
 * docgraph export, so its blank node labels are kept too; any other
 * input's are renamed per input, so that two files never share a blank
 * node by accident.
 *
 * A graph that load made is replaced only with --replace: import never
 * overwrites a document by accident. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/sha256.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "emit/emit.h"
#include "emit/vocab.h"
#include "store/source.h"
#include "store/store.h"
#include "cli/command.h"

enum { OPT_REPLACE = DG_OPT_LONG, OPT_VOCAB };

/* The syntaxes -i names (raptor's parsers that read RDF files). */
static const char *syntaxes(void) { return "turtle, ntriples, nquads, trig, rdfxml, json, rdfa"; }

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else\n"
                         "./docgraph.store; created if missing)", DG_OPT_SYN_LONG},
  {'i', "input", "SYNTAX", "the syntax: turtle, ntriples, nquads, trig, rdfxml,\n"
                           "json (RDF/JSON), rdfa; default: guessed from the\n"
                           "file's name and content", .choices = syntaxes},
  {'g', "graph", "IRI", "put everything into graph IRI (one RDF-FILE only);\n"
                        "needed for triples read from standard input", DG_OPT_SYN_LONG},
  {OPT_REPLACE, "replace", NULL, "allow replacing a graph that load made (a document's)"},
  {OPT_VOCAB, "vocab", "LIST", DG_VOCAB_HELP},
  {'q', "quiet", NULL, "no warnings"},
  {0},
};

const dg_usage dg_import_usage = {
  .head =
    "Usage: docgraph import [OPTION]... RDF-FILE...\n"
    "Merge RDF files into the store. Every graph a file names (N-Quads, TriG)\n"
    "keeps its name; the rest goes into the file's own graph,\n"
    "<file:///ABSOLUTE/PATH>, or everything into the one graph --graph names.\n"
    "Importing a file again replaces what it imported. RDF-FILE may be - (standard\n"
    "input), a pipe or a device (read up to 64 MiB), gzip-compressed or not\n"
    "(told by its first bytes; x.nq.gz is N-Quads). A file with a syntax error,\n"
    "an invalid IRI or an invalid literal is reported with its line and changes\n"
    "nothing. The store's own records in an N-Quads export come back with it, so\n"
    "an export imported into an empty store restores it exactly.\n"
    "\n",
  .opts = options,
  .column = 22,
  .tail =
    "\n"
    "Examples:\n"
    "  docgraph import " DG_PKGDATADIR "/ontology/iso3166.ttl\n"
    "  docgraph import backup.nq                  # restore an export -f nquads\n"
    "  docgraph import dump.nq.gz\n"
    "  docgraph import -i rdfxml --graph https://example.org/g dump.xml\n",
  .operands = "RDF-FILE...",
};

/* One input's statements, as raptor gave them (copies in the parse's own
 * raptor world), until the whole input is known to be good. */
typedef struct parsed {
  const char *name;           /* borrowed: for messages */
  raptor_world *world;        /* owned: the world the statements live in */
  raptor_parser *parser;      /* borrowed while parsing: for the line of a bad term */
  const char *syntax;         /* borrowed: the parser's name (raptor's, or -i's), once
                               * it started */
  const unsigned char *text;  /* borrowed while parsing: the input if read whole, to
                               * find columns */
  size_t text_len;
  raptor_statement **v;       /* owned copies */
  size_t n, cap;
  int has_records;            /* a statement in DG_RECORDS_GRAPH */
  int has_default;            /* a statement outside any graph */
  uint64_t digest;            /* of every term parsed, for standard input's blank nodes */
  unsigned errors;
  int bad;                    /* an invalid term was reported */
} parsed;

/* ---------------------------------------------------------------- parsing */

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
  if (!s || !q || !(q2 = strchr(q + 1, '\'')) || q2 == q + 1)
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
      dg_fail(DG_ERR_INPUT, "%s:%d:%d: %s", p->name, line, col, text);
    else if (line > 0)
      dg_fail(DG_ERR_INPUT, "%s:%d: %s", p->name, line, text);
    else
      dg_fail(DG_ERR_INPUT, "%s: %s", p->name, text);
  } else if (line > 0) {
    dg_warn("%s:%d: %s", p->name, line, text);
  } else {
    dg_warn("%s: %s", p->name, text);
  }
}

/* The line the parser is at, for a message; 0 if unknown. */
static int parse_line(const parsed *p)
{
  raptor_locator *loc = raptor_parser_get_locator(p->parser);
  return loc && loc->line > 0 ? loc->line : 0;
}

static void bad_term(parsed *p, const char *what, const char *why)
{
  int line = parse_line(p);
  p->bad = 1;
  if (line)
    dg_fail(DG_ERR_INPUT, "%s:%d: %s %s", p->name, line, what, why);
  else
    dg_fail(DG_ERR_INPUT, "%s: %s %s", p->name, what, why);
}

/* Checks that `t` can be written back in every RDF syntax: an IRI that
 * is a valid RDF IRI, a literal that is valid UTF-8 (no lone surrogate)
 * without NUL. raptor's parsers let such terms through (from \u escapes
 * and %-less IRIs), and writing them out gives files that other tools
 * reject, or cuts a literal at its NUL. Refusing them here (with the
 * line) keeps every later export valid. */
static int term_ok(parsed *p, raptor_term *t)
{
  if (!t)
    return 1;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI: {
    const char *s = (const char *)raptor_uri_as_string(t->value.uri);
    if (!dg_iri_is_valid(s)) {
      bad_term(p, "invalid IRI",
               "(an RDF IRI is absolute and has no space, control character, <>\"{}|^` or "
               "backslash, and is valid UTF-8)");
      return 0;
    }
    return 1;
  }
  case RAPTOR_TERM_TYPE_LITERAL: {
    const char *s = (const char *)t->value.literal.string;
    size_t len = t->value.literal.string_len;
    if (memchr(s, '\0', len)) {
      bad_term(p, "invalid literal", "(it holds the character U+0000)");
      return 0;
    }
    if (!dg_text_is_utf8(s, len)) {
      bad_term(p, "invalid literal", "(not valid UTF-8: a lone surrogate or a broken sequence)");
      return 0;
    }
    if (t->value.literal.datatype &&
        !dg_iri_is_valid((const char *)raptor_uri_as_string(t->value.literal.datatype))) {
      bad_term(p, "invalid datatype IRI", "of a literal");
      return 0;
    }
    return 1;
  }
  case RAPTOR_TERM_TYPE_BLANK:
    return 1;
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return 0;
}

static int is_records_term(const raptor_term *t)
{
  return t && t->type == RAPTOR_TERM_TYPE_URI &&
         strcmp((const char *)raptor_uri_as_string(t->value.uri), DG_RECORDS_GRAPH) == 0;
}

static uint64_t hash_term(const raptor_term *t, uint64_t h)
{
  size_t len = 0;
  const unsigned char *s = NULL;
  if (!t)
    return dg_hash64("-", 1, h);
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI: s = raptor_uri_as_counted_string(t->value.uri, &len); break;
  case RAPTOR_TERM_TYPE_BLANK: s = t->value.blank.string, len = t->value.blank.string_len; break;
  case RAPTOR_TERM_TYPE_LITERAL:
    s = t->value.literal.string, len = t->value.literal.string_len;
    break;
  case RAPTOR_TERM_TYPE_UNKNOWN: break;
  }
  h = dg_hash64("|", 1, h);
  return s ? dg_hash64(s, len, h) : h;
}

static void on_statement(void *ud, raptor_statement *rs)
{
  parsed *p = ud;
  if (p->bad)
    return;
  p->digest = hash_term(rs->graph, hash_term(rs->object, hash_term(rs->predicate,
                        hash_term(rs->subject, p->digest))));
  if (!term_ok(p, rs->subject) || !term_ok(p, rs->predicate) || !term_ok(p, rs->object) ||
      !term_ok(p, rs->graph))
    return;
  if (rs->graph)
    p->has_records |= is_records_term(rs->graph);
  else
    p->has_default = 1;
  xgrow(&p->v, &p->cap, p->n + 1, sizeof *p->v);
  p->v[p->n++] = raptor_statement_copy(rs);
}

static void parsed_release(parsed *p)
{
  size_t i;
  for (i = 0; i < p->n; i++)
    if (p->v[i])
      raptor_free_statement(p->v[i]);
  free(p->v);
  p->v = NULL;
  p->n = p->cap = 0;
}

/* Frees the statements and their world. */
static void finish_parse(parsed *p)
{
  parsed_release(p);
  if (p->world)
    raptor_free_world(p->world);
  p->world = NULL;
}

/* ---------------------------------------------------------------- targets */

/* One graph this input writes, with its statements. */
typedef struct target {
  librdf_node *g;             /* owned */
  librdf_statement **v;       /* owned */
  size_t n, cap;
  dg_graph_kind kind;         /* from the input's records, or IMPORTED */
  char **src;                 /* owned */
  size_t n_src, cap_src;
  int recorded;               /* the input's records describe it */
} target;

typedef struct plan {
  librdf_world *world;
  const dg_vocab *vocab;      /* borrowed: --vocab's views, or NULL */
  char prefix[20];            /* for blank node labels; "" keeps them */
  target *t;
  size_t n, cap;
  dg_strmap *index;           /* graph key -> target index */
  /* the input's records, until they are matched with targets */
  struct inrec {
    char *gkey;
    dg_graph_kind kind;
    char *src;                /* NULL for a type statement */
  } *recs;
  size_t n_recs, cap_recs;
} plan;

static void plan_release(plan *pl)
{
  size_t i, k;
  for (i = 0; i < pl->n; i++) {
    target *t = &pl->t[i];
    librdf_free_node(t->g);
    for (k = 0; k < t->n; k++)
      librdf_free_statement(t->v[k]);
    free(t->v);
    for (k = 0; k < t->n_src; k++)
      free(t->src[k]);
    free(t->src);
  }
  free(pl->t);
  for (i = 0; i < pl->n_recs; i++) {
    free(pl->recs[i].gkey);
    free(pl->recs[i].src);
  }
  free(pl->recs);
  dg_strmap_free(pl->index);
}

/* The key of a raptor or librdf term naming a graph: its IRI, or _:label
 * (after renaming). */
static char *term_key(const raptor_term *t, const char *prefix)
{
  if (t->type == RAPTOR_TERM_TYPE_URI)
    return xstrdup((const char *)raptor_uri_as_string(t->value.uri));
  return xasprintf("_:%s%.*s", prefix, (int)t->value.blank.string_len,
                   (const char *)t->value.blank.string);
}

/* Terms come from the parse's own raptor world, so they are rebuilt in
 * librdf's world from their strings. */
static librdf_node *copy_term(plan *pl, const raptor_term *t)
{
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return librdf_new_node_from_uri_string(pl->world, raptor_uri_as_string(t->value.uri));
  case RAPTOR_TERM_TYPE_BLANK: {
    char *id = xasprintf("%s%.*s", pl->prefix, (int)t->value.blank.string_len,
                         (const char *)t->value.blank.string);
    librdf_node *n = librdf_new_node_from_blank_identifier(pl->world, (unsigned char *)id);
    free(id);
    return n;
  }
  case RAPTOR_TERM_TYPE_LITERAL: {
    size_t dlen = 0;
    const unsigned char *dt =
      t->value.literal.datatype ? raptor_uri_as_counted_string(t->value.literal.datatype, &dlen)
                                : NULL;
    return dg_rdf_new_literal(pl->world, t->value.literal.string, t->value.literal.string_len,
                              (const char *)t->value.literal.language,
                              t->value.literal.language_len, dt, dlen);
  }
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return NULL;
}

/* A view statement of a target's statement: copied into the target. */
static int add_view(void *ud, librdf_statement *st, librdf_node *graph)
{
  target *t = ud;
  (void)graph;
  xgrow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
  t->v[t->n] = librdf_new_statement_from_statement(st);
  return t->v[t->n++] == NULL;
}

static target *target_for(plan *pl, const char *key, librdf_node *g)
{
  size_t i;
  target *t;
  if (dg_strmap_get(pl->index, key, strlen(key), &i)) {
    librdf_free_node(g);
    return &pl->t[i];
  }
  xgrow(&pl->t, &pl->cap, pl->n + 1, sizeof *pl->t);
  t = &pl->t[pl->n];
  memset(t, 0, sizeof *t);
  t->g = g;
  t->kind = DG_GRAPH_IMPORTED;
  dg_strmap_put(pl->index, key, strlen(key), pl->n++);
  return t;
}

/* A statement of the input's records: kept aside. */
static void take_record(plan *pl, const raptor_statement *rs)
{
  const char *p, *o;
  struct inrec *r;
  dg_graph_kind kind = DG_GRAPH_NONE;
  char *src = NULL;
  if (rs->predicate->type != RAPTOR_TERM_TYPE_URI || rs->object->type != RAPTOR_TERM_TYPE_URI ||
      rs->subject->type == RAPTOR_TERM_TYPE_LITERAL)
    return;
  p = (const char *)raptor_uri_as_string(rs->predicate->value.uri);
  o = (const char *)raptor_uri_as_string(rs->object->value.uri);
  if (strcmp(p, DG_NS_RDF "type") == 0 && strcmp(o, DG_NS DG_REC_DOCUMENT_GRAPH) == 0)
    kind = DG_GRAPH_DOCUMENT;
  else if (strcmp(p, DG_NS_RDF "type") == 0 && strcmp(o, DG_NS DG_REC_IMPORTED_GRAPH) == 0)
    kind = DG_GRAPH_IMPORTED;
  else if (strcmp(p, DG_NS DG_REC_LOADED_FROM) == 0)
    kind = DG_GRAPH_DOCUMENT, src = xstrdup(o);
  else if (strcmp(p, DG_NS DG_REC_IMPORTED_FROM) == 0)
    kind = DG_GRAPH_IMPORTED, src = xstrdup(o);
  else
    return;
  xgrow(&pl->recs, &pl->cap_recs, pl->n_recs + 1, sizeof *pl->recs);
  r = &pl->recs[pl->n_recs++];
  r->gkey = term_key(rs->subject, pl->prefix);
  r->kind = kind;
  r->src = src;
}

/* Sorts the parsed statements into their target graphs. `fallback` (an
 * IRI, or NULL) takes the statements outside any graph; with `one`, it
 * takes every statement. */
static dg_status plan_build(plan *pl, parsed *p, const char *fallback, int one)
{
  size_t i, k;
  for (i = 0; i < p->n; i++) {
    raptor_statement *rs = p->v[i];
    librdf_node *s, *pr, *o, *g;
    librdf_statement *st;
    target *t;
    char *key;
    if (!one && rs->graph && is_records_term(rs->graph)) {
      take_record(pl, rs);
      continue;
    }
    if (one || !rs->graph) {
      key = xstrdup(fallback);
      g = librdf_new_node_from_uri_string(pl->world, (const unsigned char *)fallback);
    } else {
      key = term_key(rs->graph, pl->prefix);
      g = copy_term(pl, rs->graph);
    }
    if (!g) {
      dg_fail(DG_ERR_INPUT, "%s: graph name '%s' is not usable", p->name, key);
      free(key);
      return DG_ERR_INPUT;
    }
    t = target_for(pl, key, g);
    free(key);
    s = copy_term(pl, rs->subject);
    pr = copy_term(pl, rs->predicate);
    o = copy_term(pl, rs->object);
    st = s && pr && o ? librdf_new_statement_from_nodes(pl->world, s, pr, o) : NULL;
    if (!st) {
      if (!(s && pr && o)) {
        if (s)
          librdf_free_node(s);
        if (pr)
          librdf_free_node(pr);
        if (o)
          librdf_free_node(o);
      }
      return dg_fail(DG_ERR_INTERNAL, "%s: cannot make a statement", p->name);
    }
    xgrow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
    t->v[t->n++] = st;
    if (pl->vocab && dg_emit_view(pl->vocab, st, NULL, add_view, t) != DG_OK)
      return dg_fail(DG_ERR_INTERNAL, "%s: cannot make a statement", p->name);
    /* the raptor copy is not needed any more: free memory as we go */
    raptor_free_statement(rs);
    p->v[i] = NULL;
  }
  /* the input's records, for the graphs it holds */
  for (k = 0; k < pl->n_recs; k++) {
    struct inrec *r = &pl->recs[k];
    target *t;
    if (!dg_strmap_get(pl->index, r->gkey, strlen(r->gkey), &i))
      continue;   /* a record of a graph the input does not hold */
    t = &pl->t[i];
    if (!t->recorded) {
      t->recorded = 1;
      t->kind = r->kind;
    }
    if (r->src && r->kind == t->kind) {
      xgrow(&t->src, &t->cap_src, t->n_src + 1, sizeof *t->src);
      t->src[t->n_src++] = r->src;
      r->src = NULL;
    }
  }
  return DG_OK;
}

/* ---------------------------------------------------------------- one input */

/* The file: IRI of `path`, resolved. Returns a new string. */
static char *file_graph(const char *path)
{
  char abs[PATH_MAX];
  if (realpath(path, abs))
    return dg_store_file_iri(abs);
  return dg_store_path_key(path);
}

/* dg_source_reader's `parsing`: what on_log and bad_term look at. */
static void on_parsing(void *ud, raptor_parser *parser, const dg_source *src)
{
  parsed *p = ud;
  p->parser = parser;
  if (src)
    p->syntax = dg_source_syntax(src);
  p->text = src ? dg_source_text(src, &p->text_len) : NULL;
}

/* Relative IRIs resolve against the file, as rapper does. */
static char *base_iri(const char *path)
{
  return strcmp(path, "-") == 0 ? xstrdup("file:///dev/stdin") : file_graph(path);
}

/* Parses input `path` into `p` with a raptor world of its own, so that
 * its messages can be given a column (see find_column) and counted here.
 * On success the statements live in that world until finish_parse(): they
 * are rebuilt in librdf's world first, see import_one. */
static dg_status parse_input(const char *path, const char *syntax, parsed *p)
{
  dg_source_reader r;
  dg_status st;
  int failed = 0;

  p->name = dg_source_input_name(path);
  p->world = raptor_new_world();
  if (!p->world || raptor_world_open(p->world)) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot start raptor");
    goto out;
  }
  raptor_world_set_log_handler(p->world, p, on_log);
  memset(&r, 0, sizeof r);
  r.world = p->world;
  r.syntax = syntax;
  r.base = base_iri;
  r.statement = on_statement;
  r.parsing = on_parsing;
  r.ud = p;
  st = dg_source_read(&r, path, &failed);
  if (st == DG_OK && (failed || p->bad || p->errors))
    st = dg_fail(DG_ERR_INPUT, "cannot import '%s': not valid %s; the store is unchanged",
                 p->name, p->syntax);
out:
  if (st != DG_OK)
    finish_parse(p);
  return st;
}

typedef struct opts {
  const char *spec, *syntax, *graph;
  int replace;
  dg_vocab *vocab;   /* owned: --vocab's views, or NULL */
} opts;

/* The store, opened for writing on first need: a run whose every input
 * fails creates no store. */
static dg_status need_store(dg_ctx *ctx, const opts *o, dg_store **store)
{
  if (*store)
    return DG_OK;
  return dg_store_open(ctx->rdf, o->spec, DG_STORE_WRITE, store);
}

/* Imports one input, whole or not at all. DG_ERR_INPUT: this input
 * failed (reported); anything else: the store failed. */
static dg_status import_one(dg_ctx *ctx, const opts *o, const char *path, dg_store **store)
{
  parsed p;
  plan pl;
  char *fallback = NULL, hex[DG_SHA256_HEX_LEN + 1];
  librdf_node **old = NULL;
  size_t n_old = 0, i, k;
  int is_stdin = strcmp(path, "-") == 0;
  dg_status st;

  memset(&p, 0, sizeof p);
  p.digest = DG_HASH64_SEED;
  memset(&pl, 0, sizeof pl);
  pl.world = dg_rdf_world(ctx->rdf);
  pl.vocab = o->vocab;
  pl.index = dg_strmap_new();
  st = parse_input(path, o->syntax, &p);
  if (st != DG_OK)
    goto out;
  if (o->graph)
    fallback = xstrdup(o->graph);
  else if (!is_stdin)
    fallback = file_graph(path);
  else if (p.has_default) {
    st = dg_fail(DG_ERR_INPUT, "standard input holds statements outside any graph: name their "
                 "graph with --graph IRI; the store is unchanged");
    goto out;
  }
  /* Blank nodes: an export's labels (it carries the store's records) are
   * the store's own and are kept, so a restore is exact; any other
   * input's get a prefix of their own: the digest of its graph's IRI
   * (the same on every import of that file, which replaces its graphs),
   * or for standard input without --graph, of its content. */
  if (p.has_records && !o->graph) {
    pl.prefix[0] = '\0';
  } else {
    const char *id = fallback ? fallback : "standard input";
    dg_buf b;
    dg_buf_init(&b);
    dg_buf_adds(&b, id);
    if (!fallback)
      dg_buf_printf(&b, "#%016llx", (unsigned long long)p.digest);
    dg_sha256_hex(b.data, b.len, hex);
    dg_buf_release(&b);
    snprintf(pl.prefix, sizeof pl.prefix, "i%.12s_", hex);
  }
  st = plan_build(&pl, &p, fallback, o->graph != NULL);
  finish_parse(&p);
  if (st != DG_OK)
    goto out;
  if (pl.n == 0 && !fallback) {
    dg_warn("'%s' holds no statements; nothing imported", path);
    goto out;
  }
  if (pl.n == 0) {
    /* an empty file: its graph becomes empty, i.e. goes */
    librdf_node *g = librdf_new_node_from_uri_string(pl.world, (const unsigned char *)fallback);
    if (!g) {
      st = dg_fail(DG_ERR_INPUT, "'%s' is not a usable graph name", fallback);
      goto out;
    }
    target_for(&pl, fallback, g);
    dg_warn("'%s' holds no statements; graph <%s> is now empty", path, fallback);
  }

  st = need_store(ctx, o, store);
  if (st != DG_OK)
    goto out;
  /* Refuse before changing anything: a document's graph is load's. */
  for (i = 0; i < pl.n; i++) {
    const char *from = NULL;
    if (dg_store_graph_kind(*store, pl.t[i].g, &from) == DG_GRAPH_DOCUMENT && !o->replace) {
      librdf_uri *u = librdf_node_is_resource(pl.t[i].g) ? librdf_node_get_uri(pl.t[i].g) : NULL;
      st = dg_fail(DG_ERR_INPUT,
                   "'%s' would replace graph <%s>, which load made from <%s>: give --replace "
                   "to replace it; the store is unchanged",
                   path, u ? (const char *)librdf_uri_as_string(u) : "(blank)",
                   from ? from : "?");
      goto out;
    }
  }
  /* What this file imported before and does not name now goes: importing
   * a file again replaces what it imported. */
  if (!o->graph && fallback)
    n_old = dg_store_imported_graphs(*store, fallback, &old);
  for (k = 0; k < n_old && st == DG_OK; k++) {
    int named = 0;
    for (i = 0; i < pl.n && !named; i++)
      named = librdf_node_equals(old[k], pl.t[i].g);
    if (!named)
      st = dg_store_drop_graph(*store, old[k]);
  }
  for (i = 0; i < pl.n && st == DG_OK; i++) {
    target *t = &pl.t[i];
    if (t->n == 0) {
      st = dg_store_drop_graph(*store, t->g);
    } else if (t->recorded) {
      st = dg_store_put_graph(*store, t->g, t->kind, t->src, t->n_src, t->v, t->n);
    } else {
      /* its file, unless --graph named it (then it is the user's, and
       * only importing into that name again replaces it) */
      char *src = !o->graph && fallback ? fallback : NULL;
      st = dg_store_put_graph(*store, t->g, DG_GRAPH_IMPORTED, src ? &src : NULL, src ? 1 : 0,
                              t->v, t->n);
    }
  }
  if (st == DG_OK)
    st = dg_store_commit(*store);
  if (st != DG_OK && st != DG_ERR_INPUT)
    st = DG_ERR_STORE;

out:
  finish_parse(&p);
  for (k = 0; k < n_old; k++)
    librdf_free_node(old[k]);
  free(old);
  plan_release(&pl);
  free(fallback);
  return st;
}

dg_status dg_cmd_import(dg_ctx *ctx, int argc, char **argv)
{
  opts o;
  int opt, i, n_stdin = 0;
  dg_status st = DG_OK, result = DG_OK;
  dg_store *store = NULL;
  unsigned long imported = 0, failed = 0;
  dg_usage_getopt go;
  unsigned views = 0;

  memset(&o, 0, sizeof o);
  dg_usage_getopt_init(&go, &dg_import_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': o.spec = optarg; break;
    case 'i': o.syntax = optarg; break;
    case 'g': o.graph = optarg; break;
    case OPT_REPLACE: o.replace = 1; break;
    case OPT_VOCAB:
      if ((st = dg_vocab_option("import", optarg, &views)) != DG_OK)
        return st;
      break;
    case 'q': dg_log_set_quiet(1); break;
    case 'h': dg_usage_print_help(&dg_import_usage, stdout); return DG_OK;
    default: return dg_option_error("import", opt, argv);
    }
  }
  if (optind >= argc)
    return dg_usage_error("import", "no RDF-FILE given");
  if (o.graph && argc - optind > 1)
    return dg_usage_error("import", "--graph names one graph: give one RDF-FILE");
  for (i = optind; i < argc; i++)
    n_stdin += strcmp(argv[i], "-") == 0;
  if (n_stdin > 1)
    return dg_usage_error("import", "standard input (-) can be read only once");
  if (o.syntax && !raptor_world_is_parser_name(dg_rdf_raptor(ctx->rdf), o.syntax))
    return dg_usage_error("import", "unknown syntax '%s' (syntaxes: %s)", o.syntax, syntaxes());
  if (o.graph && !dg_iri_is_valid(o.graph))
    return dg_usage_error("import", "--graph '%s' is not an absolute IRI", o.graph);
  if (o.graph && strcmp(o.graph, DG_RECORDS_GRAPH) == 0)
    return dg_usage_error("import", "--graph <%s> holds the store's own records", o.graph);
  if ((st = dg_check_store_spec("import", o.spec)) != DG_OK)
    return st;
  if (views) {
    o.vocab = dg_vocab_new(ctx->rdf);
    if (!o.vocab)
      return dg_fail(DG_ERR_INTERNAL, "cannot create the vocabulary nodes");
    dg_vocab_set_views(o.vocab, views);
  }

  for (i = optind; i < argc; i++) {
    dg_status s = import_one(ctx, &o, argv[i], &store);
    if (s == DG_OK) {
      imported++;
    } else if (s == DG_ERR_INPUT) {
      failed++;
    } else {
      st = s;   /* the store refuses more changes now */
      failed += (unsigned long)(argc - i);
      break;
    }
  }
  {
    dg_status c = dg_store_close(store);
    if (st == DG_OK)
      st = c;
  }
  dg_vocab_free(o.vocab);
  if (failed && argc - optind > 1)
    dg_note("import: %lu of %d files imported, %lu failed", imported, argc - optind, failed);
  if (failed)
    result = DG_ERR_INPUT;
  return st != DG_OK ? st : result;
}
