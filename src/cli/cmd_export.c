/* cmd_export.c - `docgraph export`: the store (or one graph) as RDF.
 *
 * Graphs are written one after the other in the order of their names, so
 * that two exports of the same store list the same graphs in the same
 * order; statements without a graph (put there by other tools) come last.
 * N-Quads keeps every graph; the triple formats write the union. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "base/xalloc.h"
#include "emit/formats.h"
#include "emit/outfile.h"
#include "emit/serialize.h"
#include "emit/vocab.h"
#include "store/store.h"
#include "cli/command.h"

enum { OPT_VOCAB = DG_OPT_LONG };

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store (default $DOCGRAPH_STORE, else\n"
                         "./docgraph.store)", DG_OPT_SYN_LONG},
  {'f', "format", "FORMAT", "turtle (default), ntriples, nquads, trig and jsonld\n"
                            "(these three keep the graphs), rdfxml, json, dot;\n"
                            "with -o and no -f, FILE's extension says, as for map",
   .choices = dg_format_list},
  {'o', "output", "FILE", "write to FILE, atomically (a temporary file renamed);\n"
                          "gzip-compressed if FILE ends in .gz"},
  {'g', "graph", "IRI", "only the named graph IRI (a document's graph is its\n"
                        "document IRI; an imported file's is its file: IRI)", DG_OPT_SYN_LONG},
  {OPT_VOCAB, "vocab", "LIST", DG_VOCAB_HELP},
  {'q', "quiet", NULL, "no warnings"},
  {0},
};

const dg_usage dg_export_usage = {
  .head =
    "Usage: docgraph export [OPTION]...\n"
    "Write the whole store, or one graph, as RDF to standard output (or -o).\n"
    "\n",
  .opts = options,
  .column = 23,
  .tail =
    "\n"
    "Examples:\n"
    "  docgraph export -f nquads -o backup.nq\n"
    "  docgraph export --graph https://w3id.org/docgraph/id/document/eacb8e060a7902c7\n",
};

/* A graph to write, with its name for sorting. */
typedef struct named {
  librdf_node *node;   /* owned */
  char *key;           /* owned */
} named;

static int cmp_named(const void *a, const void *b)
{
  return strcmp(((const named *)a)->key, ((const named *)b)->key);
}

static char *node_key(librdf_node *n)
{
  size_t len = 0;
  const unsigned char *s;
  if (librdf_node_is_resource(n)) {
    s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
    return xstrndup((const char *)s, len);
  }
  if (librdf_node_is_blank(n)) {
    s = librdf_node_get_counted_blank_identifier(n, &len);
    return xasprintf("_:%.*s", (int)len, (const char *)s);
  }
  return xstrdup("");
}

/* The base a document graph's name `iri` was minted under
 * (BASE document/<16 hex digits>), as a new string; NULL for any other
 * name. */
static char *document_base(const char *iri)
{
  static const char doc[] = "document/";
  size_t len = strlen(iri), i;
  if (len < sizeof doc - 1 + 16 + 1)
    return NULL;
  for (i = len - 16; i < len; i++)
    if (!isxdigit((unsigned char)iri[i]) || isupper((unsigned char)iri[i]))
      return NULL;
  if (memcmp(iri + len - 16 - (sizeof doc - 1), doc, sizeof doc - 1) != 0)
    return NULL;
  return xstrndup(iri, len - 16 - (sizeof doc - 1));
}

static int cmp_statements(const void *a, const void *b)
{
  /* raptor's order: by term type, then IRI, label or lexical form,
   * language and datatype; a total order on distinct statements */
  return raptor_statement_compare(*(raptor_statement *const *)a,
                                  *(raptor_statement *const *)b);
}

/* The statements to write, copies of the store's and the view's. */
typedef struct kept {
  librdf_statement **v;   /* owned, and each of them */
  size_t n, cap;
} kept;

static int keep(void *ud, librdf_statement *st, librdf_node *graph)
{
  kept *k = ud;
  (void)graph;
  xgrow(&k->v, &k->cap, k->n + 1, sizeof *k->v);
  k->v[k->n++] = librdf_new_statement_from_statement(st);
  return 0;
}

/* Writes the statements of `stream` (freed here) in a fixed order, so
 * that the same graph is written the same way whatever order the store
 * holds it in (after a reload, a compaction, a restore): an export, an
 * import into an empty store and a second export give the same bytes.
 * With `only_bare`, just the statements without a graph. With views
 * chosen in `vocab` (or NULL), each statement's view statements too, in
 * the same graph. *count counts the store's statements written, not the
 * view's. Returns DG_OK or DG_ERR_IO. */
static dg_status write_stream(dg_writer *w, const dg_vocab *vocab, librdf_stream *stream,
                              librdf_node *graph, int only_bare, unsigned long *count)
{
  dg_status st = DG_OK;
  kept k = {NULL, 0, 0};
  librdf_statement **v;
  size_t n, i, stored = 0;
  while (stream && !librdf_stream_end(stream)) {
    librdf_statement *s = librdf_stream_get_object(stream);
    librdf_node *g = graph ? graph : librdf_stream_get_context2(stream);
    if (s && (!only_bare || !g)) {
      keep(&k, s, NULL);
      stored++;
      if (vocab)
        dg_emit_view(vocab, s, NULL, keep, &k);
    }
    librdf_stream_next(stream);
  }
  v = k.v;
  n = k.n;
  if (stream)
    librdf_free_stream(stream);
  if (n)
    dg_qsort(v, n, sizeof *v, cmp_statements);
  for (i = 0; i < n; i++) {
    if (st == DG_OK && v[i] && dg_writer_write(w, v[i], only_bare ? NULL : graph) != DG_OK)
      st = DG_ERR_IO;
    if (v[i])
      librdf_free_statement(v[i]);
  }
  free(v);
  if (st == DG_OK)
    *count += stored;
  return st;
}

dg_status dg_cmd_export(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL, *output = NULL, *graph_iri = NULL;
  dg_format fmt = DG_FMT_TURTLE;
  int have_fmt = 0, gzip = 0, opt;
  dg_usage_getopt go;
  dg_status st = DG_OK;
  dg_store *store = NULL;
  dg_outfile *of = NULL;
  dg_writer *w = NULL;
  librdf_model *m;
  librdf_node *only = NULL;
  named *graphs = NULL;
  size_t n_graphs = 0, cap = 0, i;
  unsigned long count = 0, skipped = 0;
  unsigned views = 0;
  dg_vocab *vocab = NULL;
  int size;

  dg_usage_getopt_init(&go, &dg_export_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case 'f':
      if (!dg_format_from_name(optarg, &fmt))
        return dg_usage_error("export", "unknown format '%s' (formats: %s)", optarg,
                              dg_format_list());
      have_fmt = 1;
      break;
    case 'o': output = optarg; break;
    case 'g': graph_iri = optarg; break;
    case OPT_VOCAB:
      if ((st = dg_vocab_option("export", optarg, &views)) != DG_OK)
        return st;
      break;
    case 'q': dg_log_set_quiet(1); break;
    case 'h': dg_usage_print_help(&dg_export_usage, stdout); return DG_OK;
    default: return dg_option_error("export", opt, argv);
    }
  }
  if (optind < argc)
    return dg_usage_error("export", "unexpected argument '%s'", argv[optind]);
  if ((st = dg_check_store_spec("export", spec)) != DG_OK)
    return st;
  if ((st = dg_output_format("export", output, have_fmt, &fmt, &gzip)) != DG_OK)
    return st;

  if (views) {
    vocab = dg_vocab_new(ctx->rdf);
    if (!vocab)
      return dg_fail(DG_ERR_INTERNAL, "cannot create the vocabulary nodes");
    dg_vocab_set_views(vocab, views);
  }
  st = dg_store_open(ctx->rdf, spec, DG_STORE_READ, &store);
  if (st != DG_OK) {
    dg_vocab_free(vocab);
    return st;
  }
  m = dg_store_model(store);
  if (graph_iri) {
    only = librdf_new_node_from_uri_string(dg_rdf_world(ctx->rdf),
                                           (const unsigned char *)graph_iri);
    if (!only) {
      st = dg_fail(DG_ERR_INPUT, "--graph '%s' is not an IRI", graph_iri);
      goto out;
    }
    if (!dg_store_has_graph(store, only)) {
      st = dg_fail(DG_ERR_INPUT, "no graph <%s> in store '%s'", graph_iri, dg_store_name(store));
      goto out;
    }
  } else {
    librdf_iterator *it = librdf_model_get_contexts(m);
    while (it && !librdf_iterator_end(it)) {
      librdf_node *g = librdf_iterator_get_object(it);
      /* the store's records are bookkeeping: they travel in N-Quads (a
       * backup), not in the union of the data */
      if (g && (dg_formats[fmt].quads || !dg_store_is_records_graph(g))) {
        xgrow(&graphs, &cap, n_graphs + 1, sizeof *graphs);
        graphs[n_graphs].node = librdf_new_node_from_node(g);
        graphs[n_graphs].key = node_key(g);
        n_graphs++;
      }
      librdf_iterator_next(it);
    }
    if (it)
      librdf_free_iterator(it);
    if (!dg_formats[fmt].quads) {
      librdf_node *r = librdf_new_node_from_uri_string(dg_rdf_world(ctx->rdf),
                                                       (const unsigned char *)DG_RECORDS_GRAPH);
      librdf_stream *rs = r ? librdf_model_context_as_stream(m, r) : NULL;
      while (rs && !librdf_stream_end(rs)) {
        skipped++;
        librdf_stream_next(rs);
      }
      if (rs)
        librdf_free_stream(rs);
      if (r)
        librdf_free_node(r);
    }
    if (n_graphs)
      dg_qsort(graphs, n_graphs, sizeof *graphs, cmp_named);
  }

  st = dg_outfile_open(output, gzip, &of);
  if (st != DG_OK)
    goto out;
  st = dg_writer_new(ctx->rdf, fmt, dg_outfile_stream(of), &w);
  if (st != DG_OK)
    goto out;
  /* Turtle's instance prefixes: under the base of the first document
   * graph, as load minted it (--base), else the default one */
  for (i = 0; i < n_graphs; i++) {
    char *b = document_base(graphs[i].key);
    if (b) {
      dg_writer_set_base(w, b);
      free(b);
      break;
    }
  }
  if (only) {
    st = write_stream(w, vocab, librdf_model_context_as_stream(m, only), only, 0, &count);
  } else {
    for (i = 0; i < n_graphs && st == DG_OK; i++)
      st = write_stream(w, vocab, librdf_model_context_as_stream(m, graphs[i].node),
                        graphs[i].node, 0, &count);
    size = librdf_model_size(m);
    /* statements in no graph: only a full scan finds them, so scan only
     * when the size says some exist (or cannot say); the records, when
     * not written, count as seen */
    if (st == DG_OK && (size < 0 || (unsigned long)size > count + skipped))
      st = write_stream(w, vocab, librdf_model_as_stream(m), NULL, 1, &count);
  }
  if (st == DG_OK && dg_writer_finish(w) != DG_OK)
    st = DG_ERR_IO;
  if (st != DG_OK) {
    st = dg_fail(DG_ERR_IO, "write error on '%s': %s",
                 output && strcmp(output, "-") != 0 ? output : "standard output",
                 dg_writer_why(w));
    goto out;
  }
  st = dg_outfile_commit(of);
  of = NULL;

out:
  dg_writer_free(w);
  dg_outfile_abort(of);
  for (i = 0; i < n_graphs; i++) {
    librdf_free_node(graphs[i].node);
    free(graphs[i].key);
  }
  free(graphs);
  if (only)
    librdf_free_node(only);
  dg_store_close(store);
  dg_vocab_free(vocab);
  return st;
}
