/* cmd_load.c - `docgraph load`: map documents into the store, incrementally.
 *
 * Each document's graph is found again through its dg:sourceFile (the
 * path as given). Same bytes (dg:sha256) and same graph name: skipped.
 * Otherwise its old graph is dropped and the new one written, in the same
 * group of changes, so no reader and no crash ever sees the document with
 * neither or both. Groups are committed every quarter second (one fsync
 * per group, not per document); a kill loses at most the last group. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "command.h"
#include "doc.h"
#include "iri.h"
#include "log.h"
#include "pipeline.h"
#include "store.h"
#include "strmap.h"
#include "walk.h"
#include "xalloc.h"

static const char usage[] =
  "Usage: docgraph load [OPTION]... PATH...\n"
  "Map documents and keep their graphs in the store: one named graph per\n"
  "document. PATH is a file or a directory (read recursively, in sorted\n"
  "order). A document whose bytes are unchanged since it was loaded from the\n"
  "same path is skipped; a changed one replaces its old graph, and nothing\n"
  "else changes; one that cannot be read keeps its old graph.\n"
  "\n"
  "  -s, --store SPEC   the store: a directory (default $DOCGRAPH_STORE, else\n"
  "                     ./docgraph.store; created if missing),\n"
  "                     postgresql://USER@HOST:PORT/DB, or hashes:DIR\n"
  "      --base IRI     mint instance IRIs under IRI; default " DG_DEFAULT_BASE "\n"
  "  -q, --quiet        no warnings, no progress, no summary line\n"
  "  -h, --help         show this help\n"
  "\n"
  "Prints 'docgraph: load: N added, N replaced, N unchanged, N failed' on\n"
  "standard error. Exit status is 1 if any document or the store failed.\n"
  "A second load of the same store at the same time is refused.\n"
  "\n"
  "Examples:\n"
  "  docgraph load seeds/\n"
  "  docgraph load --store /data/kg.store crawl/2024-06/\n";

static const struct option long_opts[] = {
  {"store", required_argument, NULL, 's'},
  {"base", required_argument, NULL, 'b'},
  {"quiet", no_argument, NULL, 'q'},
  {"help", no_argument, NULL, 'h'},
  {NULL, 0, NULL, 0},
};

/* The statements of one document, copied out of the pipeline's sink. */
typedef struct collected {
  librdf_statement **v;
  size_t n, cap;
} collected;

static int collect(void *ud, librdf_statement *st, librdf_node *graph)
{
  collected *c = ud;
  librdf_statement *copy = librdf_new_statement_from_statement(st);
  if (!copy)
    return 1;
  xgrow(&c->v, &c->cap, c->n + 1, sizeof *c->v);
  c->v[c->n++] = copy;
  return 0;
}

static void collected_clear(collected *c)
{
  size_t i;
  for (i = 0; i < c->n; i++)
    librdf_free_statement(c->v[i]);
  c->n = 0;
}

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define MAX_OLD 16

typedef struct counts {
  unsigned long added, replaced, unchanged, failed;
} counts;

dg_status dg_cmd_load(dg_ctx *ctx, int argc, char **argv)
{
  const char *spec = NULL, *base = DG_DEFAULT_BASE;
  int opt, i, quiet = 0;
  dg_status st = DG_OK, result = DG_OK;
  dg_walk *walk = NULL;
  dg_pipeline *pipe = NULL;
  dg_store *store = NULL;
  dg_strmap *seen = NULL;
  collected col = {NULL, 0, 0};
  counts done = {0, 0, 0, 0}, pend = {0, 0, 0, 0};
  size_t k, n_in;
  double last_commit;
  unsigned long every;

  optind = 0;
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":s:qh", long_opts, NULL)) != -1) {
    switch (opt) {
    case 's': spec = optarg; break;
    case 'b': base = optarg; break;
    case 'q':
      quiet = 1;
      dg_log_set_quiet(1);
      break;
    case 'h': fputs(usage, stdout); return DG_OK;
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
                                    "store is known by its path)");

  walk = dg_walk_new();
  for (i = optind; i < argc; i++)
    dg_walk_add(walk, argv[i]);
  n_in = dg_walk_count(walk);

  st = dg_pipeline_new(ctx->rdf, base, &pipe);
  if (st != DG_OK)
    goto out;
  st = dg_store_open(ctx->rdf, spec, DG_STORE_WRITE, &store);
  if (st != DG_OK)
    goto out;
  seen = dg_strmap_new();
  last_commit = now();
  {
    /* test hook: commit every N documents instead of every quarter second,
     * so that a crash test meets many commit boundaries */
    const char *e = getenv("DOCGRAPH_TEST_COMMIT_EVERY");
    every = e ? strtoul(e, NULL, 10) : 0;
  }

  for (k = 0; k < n_in; k++) {
    const dg_input *in = dg_walk_get(walk, k);
    dg_doc *doc = NULL;
    librdf_node *old[MAX_OLD], *graph = NULL;
    char sha[65], *iri;
    size_t n_old, j;
    dg_status s;

    dg_progress("loading", k, n_in);
    if (in->err || in->why) {
      dg_fail(DG_ERR_INPUT, "cannot read '%s': %s", in->path,
              in->why ? in->why : strerror(in->err));
      done.failed++;
      continue;
    }
    /* the same path twice in one run: the first one counts */
    if (!dg_strmap_put(seen, in->path, strlen(in->path), k)) {
      done.unchanged++;
      continue;
    }
    s = dg_doc_read(in->path, &doc);
    if (s != DG_OK) {
      done.failed++;   /* its old graph, if any, stays as it was */
      continue;
    }
    iri = dg_pipeline_graph_iri(pipe, doc);
    graph = librdf_new_node_from_uri_string(dg_rdf_world(ctx->rdf), (unsigned char *)iri);
    free(iri);
    n_old = dg_store_graphs_for_source(store, dg_doc_path(doc), old, MAX_OLD, sha);
    if (n_old > MAX_OLD)
      n_old = MAX_OLD;   /* the rest go on the next load */
    if (graph && n_old == 1 && strcmp(sha, dg_doc_sha256(doc)) == 0 &&
        librdf_node_equals(old[0], graph)) {
      done.unchanged++;
    } else if (!graph || dg_pipeline_map(pipe, doc, collect, &col, NULL) != DG_OK) {
      dg_fail(DG_ERR_INPUT, "cannot map '%s'", in->path);
      done.failed++;
    } else {
      s = dg_store_replace_graph(store, graph, old, n_old, col.v, col.n);
      if (s != DG_OK) {
        st = s;
        done.failed++;
      } else if (n_old) {
        pend.replaced++;
      } else {
        pend.added++;
      }
    }
    collected_clear(&col);
    for (j = 0; j < n_old; j++)
      librdf_free_node(old[j]);
    if (graph)
      librdf_free_node(graph);
    dg_doc_free(doc);
    if (st != DG_OK)
      break;

    if (dg_store_pending(store) &&
        (every ? (k + 1) % every == 0
               : now() - last_commit >= 0.25 || dg_store_pending(store) >= 200000)) {
      st = dg_store_commit(store);
      if (st != DG_OK)
        break;
      done.added += pend.added;
      done.replaced += pend.replaced;
      pend.added = pend.replaced = 0;
      last_commit = now();
    }
  }
  dg_progress("loading", n_in, n_in);
  if (st == DG_OK)
    st = dg_store_commit(store);
  if (st == DG_OK) {
    done.added += pend.added;
    done.replaced += pend.replaced;
  } else {
    /* the group that could not be written did not happen */
    done.failed += pend.added + pend.replaced;
  }
  {
    dg_status c = dg_store_close(store);
    store = NULL;
    if (st == DG_OK)
      st = c;
  }
  if (!quiet)
    dg_note("load: %lu added, %lu replaced, %lu unchanged, %lu failed", done.added,
            done.replaced, done.unchanged, done.failed);
  if (done.failed)
    result = DG_ERR_INPUT;

out:
  collected_clear(&col);
  free(col.v);
  dg_store_close(store);
  dg_strmap_free(seen);
  dg_pipeline_free(pipe);
  dg_walk_free(walk);
  return st != DG_OK ? st : result;
}
