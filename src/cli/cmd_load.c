/* cmd_load.c - `docgraph load`: map documents into the store, incrementally.
 *
 * Each document's graph is found again through the store's records (see
 * store.h): the graph load made from the same file, known by its absolute
 * path, never a graph found through triples (an imported graph may hold
 * dg:sourceFile triples too, and is not load's to replace). The same
 * graph name (it is made from the bytes): skipped. Otherwise the file's
 * old graph is dropped and the new one written, in the same group of
 * changes, so no reader and no crash ever sees the document with neither
 * or both. Groups are committed every quarter second (one fsync per
 * group, not per document); a kill loses at most the last group.
 *
 * With -j N, worker threads read, digest and map the documents (the
 * pipeline) while this thread looks up old graphs, turns facts into
 * statements and writes them, in input order: the store and every message
 * are those of -j 1. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/log.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "read/doc.h"
#include "read/walk.h"
#include "resolve/iri.h"
#include "emit/pipeline.h"
#include "store/store.h"
#include "store/urls.h"
#include "cli/command.h"

enum { OPT_BASE = DG_OPT_LONG, OPT_SOURCE_URL, OPT_URLS, OPT_VOCAB };

static const dg_usage_opt options[] = {
  {'s', "store", "SPEC", "the store: a directory (default $DOCGRAPH_STORE, else\n"
                         "./docgraph.store; created if missing; ./NAME for a\n"
                         "name with a colon), hashes:DIR or\n"
                         "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB", DG_OPT_SYN_LONG},
  {OPT_BASE, "base", "IRI", "mint instance IRIs under IRI; default " DG_DEFAULT_BASE},
  {OPT_VOCAB, "vocab", "LIST", DG_VOCAB_HELP ";\n"
                             "each document is mapped again, even if unchanged"},
  {'j', "jobs", "N", "map on N threads (1-256; default: the number of online\n"
                     "CPUs, at most 8); the store and the messages are the\n"
                     "same for every N"},
  {OPT_SOURCE_URL, "source-url", "URL", "the page the one document was crawled from: recorded\n"
                                        "as <document> prov:wasDerivedFrom <URL>"},
  {OPT_URLS, "urls", "FILE", "the same for many: FILE holds 'path<TAB>url' lines\n"
                             "(relative paths from FILE's directory)", DG_OPT_SYN_OR},
  {'q', "quiet", NULL, "no warnings, no progress, no summary line"},
  {0},
};

const dg_usage dg_load_usage = {
  .head =
    "Usage: docgraph load [OPTION]... PATH...\n"
    "Map documents and keep their graphs in the store: one named graph per\n"
    "document. PATH is a file or a directory (read recursively, in sorted\n"
    "order). A document whose bytes are unchanged since it was loaded from the\n"
    "same file (known by its absolute path) is skipped; a changed one replaces\n"
    "the graph load made from that file, and nothing else changes (a graph that\n"
    "import made is never replaced); one that cannot be read keeps its old graph.\n"
    "\n",
  .opts = options,
  .column = 21,
  .tail =
    "\n"
    "Prints 'docgraph: load: N added, N replaced, N unchanged, N failed' on\n"
    "standard error. Exit status is 1 if any document or the store failed.\n"
    "A second load of the same store at the same time is refused.\n"
    "\n"
    "Examples:\n"
    "  docgraph load seeds/\n"
    "  docgraph load --store /data/kg.store crawl/2024-06/\n",
  .operands = "PATH...",
};

/* The statements of one document, copied out of the pipeline's sink.
 * The statements live in one array reused from document to document (a
 * copy takes a reference on each node, not a new statement); v points at
 * them, for dg_store_replace_graph(). */
typedef struct collected {
  librdf_world *world;
  librdf_statement *st;
  librdf_statement **v;
  size_t n, cap;
} collected;

static int collect(void *ud, librdf_statement *st, librdf_node *graph)
{
  collected *c = ud;
  librdf_statement *s;
  librdf_node *n[3];
  int i;
  (void)graph;
  if (c->n == c->cap) {
    size_t cap = c->cap;
    xgrow(&c->st, &cap, c->n + 1, sizeof *c->st);
    c->v = xrealloc(c->v, cap * sizeof *c->v);
    c->cap = cap;
    for (i = 0; (size_t)i < c->n; i++)   /* the array may have moved */
      c->v[i] = &c->st[i];
  }
  n[0] = librdf_new_node_from_node(librdf_statement_get_subject(st));
  n[1] = librdf_new_node_from_node(librdf_statement_get_predicate(st));
  n[2] = librdf_new_node_from_node(librdf_statement_get_object(st));
  if (!n[0] || !n[1] || !n[2]) {
    for (i = 0; i < 3; i++)
      if (n[i])
        librdf_free_node(n[i]);
    return 1;
  }
  s = &c->st[c->n];
  librdf_statement_init(c->world, s);
  librdf_statement_set_subject(s, n[0]);
  librdf_statement_set_predicate(s, n[1]);
  librdf_statement_set_object(s, n[2]);
  c->v[c->n++] = s;
  return 0;
}

static void collected_clear(collected *c)
{
  size_t i;
  for (i = 0; i < c->n; i++)
    librdf_statement_clear(&c->st[i]);
  c->n = 0;
}

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct counts {
  unsigned long added, replaced, unchanged, failed;
} counts;

/* What the store held for an input's file, looked up when the input was
 * handed to the workers (ahead of its turn), for them to leave a document
 * unmapped that is most likely unchanged. The consumer looks again. */
typedef struct lookup {
  int dup;                 /* the same file came earlier in this run */
  char *key;               /* owned: dg_store_path_key() of the input */
  char *old_iri;           /* owned: its document graph's IRI, or NULL */
} lookup;

typedef struct load_run {
  dg_ctx *ctx;
  const dg_walk *walk;
  dg_pipeline *pipe;
  dg_store *store;
  dg_strmap *seen;         /* keys so far */
  lookup *ahead;           /* input k's at k % n_ahead (see DG_PIPELINE_WINDOW) */
  size_t n_ahead;
  size_t n_in;
  counts done, pend;
  double last_commit;
  unsigned long every;
  collected col;
  dg_urls *urls;           /* owned: --source-url or --urls, or NULL */
  int remap;               /* --vocab: map unchanged documents too, as the
                            * stored graph may hold other views' statements */
} load_run;

/* The IRI of graph node `g`, borrowed; NULL if it is not an IRI. */
static const char *graph_iri(librdf_node *g)
{
  librdf_uri *u = g && librdf_node_is_resource(g) ? librdf_node_get_uri(g) : NULL;
  return u ? (const char *)librdf_uri_as_string(u) : NULL;
}

static void lookup_clear(lookup *l)
{
  free(l->key);
  free(l->old_iri);
  l->key = l->old_iri = NULL;
  l->dup = 0;
}

static dg_status commit(load_run *r)
{
  return dg_store_commit(r->store);
}

/* Input k for the workers, with its file's document graph looked up now
 * so that a worker can leave an unchanged document unmapped. Prints
 * nothing (see dg_pipeline_reader). */
static dg_status read_input(void *ud, size_t k, dg_doc **doc)
{
  load_run *r = ud;
  const dg_input *in = dg_walk_get(r->walk, k);
  lookup *l = &r->ahead[k % r->n_ahead];
  const char *old;
  *doc = NULL;
  lookup_clear(l);   /* input k - n_ahead's, consumed */
  if (in->err || in->why || in->special)
    return DG_OK;
  /* The same file twice in one run (perhaps by two paths): the first one
   * counts. A file is known by its absolute path, so that loading from
   * another directory finds the documents loaded before. */
  l->key = dg_store_path_key(in->path);
  if (!dg_strmap_put(r->seen, l->key, strlen(l->key), k)) {
    l->dup = 1;
    return DG_OK;
  }
  old = graph_iri(dg_store_document_graph(r->store, l->key));
  l->old_iri = old ? xstrdup(old) : NULL;
  *doc = dg_doc_pending(in->path);
  return DG_OK;
}

/* Worker thread: 1 if the document's graph would be the one the store
 * holds for its file: its name is made from the document's bytes, so the
 * consumer will then most likely find it unchanged. Reads only input k's
 * lookup, written before the document was queued. */
static int same_as_stored(void *ud, size_t k, const dg_doc *doc)
{
  const load_run *r = ud;
  const lookup *l = &r->ahead[k % r->n_ahead];
  char *iri;
  int same;
  if (!l->old_iri || r->remap)
    return 0;
  iri = dg_pipeline_graph_iri(r->pipe, doc);
  same = strcmp(iri, l->old_iri) == 0;
  free(iri);
  return same;
}

/* Stores input k, in input order, as a load on one thread always did. */
static dg_status store_input(void *ud, size_t k, dg_mapped *m)
{
  load_run *r = ud;
  const dg_input *in = dg_walk_get(r->walk, k);
  lookup *l = &r->ahead[k % r->n_ahead];
  librdf_node *graph = NULL, *old;
  const char *url;
  char *iri;
  dg_status st = DG_OK, s;

  dg_progress("loading", k, r->n_in);
  if (in->err || in->why || in->special) {
    /* a FIFO or a device is never opened: opening a FIFO waits for a
     * writer, with the store's lock held, and what it gives is no file
     * to know again */
    dg_fail(DG_ERR_INPUT, "cannot load '%s': %s", in->path,
            in->special ? "not a regular file (load keeps documents by their file; "
                          "map reads pipes and devices)"
            : in->why ? in->why : strerror(in->err));
    r->done.failed++;
    return DG_OK;
  }
  if (l->dup) {
    r->done.unchanged++;
    return DG_OK;
  }
  if (dg_doc_report(m->doc) != DG_OK) {
    r->done.failed++;   /* its old graph, if any, stays as it was */
    return DG_OK;
  }
  /* the records answer with every change made so far, committed or not */
  old = dg_store_document_graph(r->store, l->key);
  url = dg_urls_find(r->urls, in->path);
  iri = dg_pipeline_graph_iri(r->pipe, m->doc);
  graph = librdf_new_node_from_uri_string(dg_rdf_world(r->ctx->rdf), (unsigned char *)iri);
  /* the same bytes are unchanged, unless a page URL given now is not in
   * the graph yet */
  if (graph && old && !r->remap && librdf_node_equals(old, graph) &&
      (!url || dg_store_graph_holds(r->store, graph, iri, DG_PROV_WAS_DERIVED_FROM, url))) {
    free(iri);
    r->done.unchanged++;
  } else if (!graph ||
             (m->facts ? dg_pipeline_emit(r->pipe, m, collect, &r->col)
                       : dg_pipeline_map(r->pipe, m->doc, collect, &r->col, NULL)) != DG_OK) {
    /* (no facts: a worker saw it unchanged from an answer that is stale
     * now; mapped here, as rarely as that happens) */
    free(iri);
    dg_fail(DG_ERR_INPUT, "cannot map '%s'", in->path);
    r->done.failed++;
  } else if (url && dg_pipeline_emit_url(r->pipe, m->doc, url, collect, &r->col) != DG_OK) {
    free(iri);
    dg_fail(DG_ERR_INPUT, "cannot map '%s'", in->path);
    r->done.failed++;
  } else {
    int had = old != NULL;
    free(iri);
    s = dg_store_put_document(r->store, l->key, graph, r->col.v, r->col.n);
    if (s == DG_ERR_INPUT) {
      /* refused, nothing changed: the graph is not load's (reported) */
      dg_note("'%s' was not loaded", in->path);
      r->done.failed++;
    } else if (s != DG_OK) {
      st = s;
      r->done.failed++;
    } else if (had) {
      r->pend.replaced++;
    } else {
      r->pend.added++;
    }
  }
  collected_clear(&r->col);
  if (graph)
    librdf_free_node(graph);
  if (st != DG_OK)
    return st;

  if (dg_store_pending(r->store) &&
      (r->every ? (k + 1) % r->every == 0
                : now() - r->last_commit >= 0.25 || dg_store_pending(r->store) >= 200000)) {
    st = commit(r);
    if (st != DG_OK)
      return st;
    r->done.added += r->pend.added;
    r->done.replaced += r->pend.replaced;
    r->pend.added = r->pend.replaced = 0;
    r->last_commit = now();
  }
  return DG_OK;
}

dg_status dg_cmd_load(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL, *base = DG_DEFAULT_BASE, *source_url = NULL, *manifest = NULL;
  int opt, i, quiet = 0;
  unsigned jobs = dg_pipeline_default_jobs(), views = 0;
  dg_status st = DG_OK, result = DG_OK;
  dg_walk *walk = NULL;
  dg_pipeline *pipe = NULL;
  load_run r;
  dg_usage_getopt go;
  size_t k;

  memset(&r, 0, sizeof r);  /* r.ahead NULL, r.n_ahead 0 until the run */
  dg_usage_getopt_init(&go, &dg_load_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case OPT_BASE: base = optarg; break;
    case 'j':
      if (!dg_pipeline_parse_jobs(optarg, &jobs))
        return dg_usage_error("load", "--jobs '%s' is not a number from 1 to %d", optarg,
                              DG_PIPELINE_MAX_JOBS);
      break;
    case OPT_SOURCE_URL: source_url = optarg; break;
    case OPT_URLS: manifest = optarg; break;
    case OPT_VOCAB:
      if ((st = dg_vocab_option("load", optarg, &views)) != DG_OK)
        return st;
      r.remap = 1;
      break;
    case 'q':
      quiet = 1;
      dg_log_set_quiet(1);
      break;
    case 'h': dg_usage_print_help(&dg_load_usage, stdout); return DG_OK;
    default: return dg_option_error("load", opt, argv);
    }
  }
  if (optind >= argc)
    return dg_usage_error("load", "no PATH given");
  if (!dg_iri_base_is_valid(base))
    return dg_usage_error("load", "--base '%s' is not an absolute IRI ending in '/' or '#'", base);
  for (i = optind; i < argc; i++)
    if (strcmp(argv[i], "-") == 0)
      return dg_usage_error("load", "load reads files, not standard input (a document in the "
                                    "store is known by its file)");

  if (source_url && manifest)
    return dg_usage_error("load", "give --source-url (one document) or --urls (a manifest), "
                                  "not both");
  if (source_url && !dg_iri_is_valid(source_url))
    return dg_usage_error("load", "--source-url '%s' is not an absolute IRI", source_url);
  if ((st = dg_check_store_spec("load", spec)) != DG_OK)
    return st;
  walk = dg_walk_new();
  for (i = optind; i < argc; i++)
    dg_walk_add(walk, argv[i]);
  r.n_in = dg_walk_count(walk);
  if (source_url && r.n_in != 1) {
    st = dg_usage_error("load", "--source-url names the page of one document, and %zu are "
                        "given (for many, use --urls MANIFEST)", r.n_in);
    goto out;
  }
  if (source_url)
    r.urls = dg_urls_one(dg_walk_get(walk, 0)->path, source_url);
  if (manifest && (st = dg_urls_load(manifest, &r.urls)) != DG_OK)
    goto out;

  st = dg_pipeline_new(ctx->rdf, base, &pipe);
  if (st != DG_OK)
    goto out;
  dg_pipeline_set_views(pipe, views);
  st = dg_store_open(ctx->rdf, spec, DG_STORE_WRITE, &r.store);
  if (st != DG_OK)
    goto out;
  r.ctx = ctx;
  r.col.world = dg_rdf_world(ctx->rdf);
  r.walk = walk;
  r.pipe = pipe;
  r.seen = dg_strmap_new();
  r.n_ahead = DG_PIPELINE_WINDOW(jobs);
  r.ahead = xcalloc(r.n_ahead, sizeof *r.ahead);
  r.last_commit = now();
  {
    /* test hook: commit every N documents instead of every quarter second,
     * so that a crash test meets many commit boundaries */
    const char *e = getenv("DOCGRAPH_TEST_COMMIT_EVERY");
    r.every = e ? strtoul(e, NULL, 10) : 0;
  }

  st = dg_pipeline_run(pipe, jobs, DG_WANT_IRIS, r.n_in, read_input, same_as_stored,
                       store_input, &r);
  dg_progress("loading", r.n_in, r.n_in);
  if (st == DG_OK)
    st = commit(&r);
  if (st == DG_OK) {
    r.done.added += r.pend.added;
    r.done.replaced += r.pend.replaced;
  } else {
    /* the group that could not be written did not happen */
    r.done.failed += r.pend.added + r.pend.replaced;
  }
  {
    dg_status c = dg_store_close(r.store);
    r.store = NULL;
    if (st == DG_OK)
      st = c;
  }
  if (!quiet)
    dg_note("load: %lu added, %lu replaced, %lu unchanged, %lu failed", r.done.added,
            r.done.replaced, r.done.unchanged, r.done.failed);
  if (r.done.failed)
    result = DG_ERR_INPUT;

out:
  collected_clear(&r.col);
  free(r.col.st);
  free(r.col.v);
  dg_store_close(r.store);
  for (k = 0; k < r.n_ahead; k++)
    lookup_clear(&r.ahead[k]);
  free(r.ahead);
  dg_strmap_free(r.seen);
  dg_urls_free(r.urls);
  dg_pipeline_free(pipe);
  dg_walk_free(walk);
  return st != DG_OK ? st : result;
}
