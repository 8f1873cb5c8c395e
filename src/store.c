/* store.c - the one module that knows where and how the graph is kept.
 *
 * Three back ends behind one interface, chosen by the store's name:
 *   PATH                      docgraph's own storage (storage_dg.c): the
 *                             default; crash-safe, locked, indexed
 *   hashes:PATH               Redland's hashes storage on Berkeley DB, for
 *                             comparisons (bench/); not crash-safe
 *   postgresql://USER[:PASSWORD]@HOST[:PORT]/DB
 *                             Redland's PostgreSQL storage, for a shared
 *                             server; changes are applied statement by
 *                             statement (its transactions do not work)
 * Swapping the default means changing open_embedded() only. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "iri.h"
#include "log.h"
#include "storage_dg.h"
#include "store.h"
#include "strmap.h"
#include "vocab.h"
#include "xalloc.h"

typedef enum store_kind { KIND_DG, KIND_HASHES, KIND_PG } store_kind;

struct dg_store {
  dg_rdf *rdf;              /* borrowed */
  store_kind kind;
  dg_store_mode mode;
  char *name;               /* owned: for messages (no password) */
  char *path;               /* owned: directory (embedded, hashes) */
  librdf_storage *storage;  /* owned */
  librdf_model *model;      /* owned */
  int in_txn;
  int failed;               /* a commit failed: refuse more changes */
  unsigned long pending;
};

static const char *resolve_spec(const char *spec)
{
  const char *env;
  if (spec && *spec)
    return spec;
  env = getenv("DOCGRAPH_STORE");
  if (env && *env)
    return env;
  return "docgraph.store";
}

/* Builds a librdf options hash (keys and values are copied). */
static librdf_hash *options_new(librdf_world *w)
{
  /* from a string: the one public constructor that also opens the hash */
  return librdf_new_hash_from_string(w, NULL, "");
}

static dg_status open_embedded(dg_store *s, librdf_world *w)
{
  if (dg_storage_dg_register(w))
    return dg_fail(DG_ERR_INTERNAL, "cannot register docgraph's storage with Redland");
  s->storage = librdf_new_storage(w, "docgraph", s->path,
                                  s->mode == DG_STORE_WRITE ? "write='yes'" : NULL);
  if (!s->storage) {
    switch (dg_storage_dg_last_error()) {
    case DG_STORAGE_ENOENT:
      return dg_fail(DG_ERR_STORE,
                     "no store at '%s' (create one with 'docgraph load' or 'docgraph import', "
                     "or name another with --store or $DOCGRAPH_STORE)",
                     s->name);
    case DG_STORAGE_OK:
      return dg_fail(DG_ERR_STORE, "cannot open store '%s'", s->name);
    case DG_STORAGE_ELOCKED:
    case DG_STORAGE_ENEWER:
    case DG_STORAGE_ECORRUPT:
    case DG_STORAGE_EIO:
    case DG_STORAGE_EUSAGE:
      break;
    }
    return dg_fail(DG_ERR_STORE, "%s", dg_storage_dg_last_message());
  }
  return DG_OK;
}

static dg_status open_hashes(dg_store *s, librdf_world *w)
{
  librdf_hash *o = options_new(w);
  char *probe = xasprintf("%s/docgraph-sp2o.db", s->path);
  struct stat st;
  int exists = stat(probe, &st) == 0;
  free(probe);
  if (!o)
    return dg_fail(DG_ERR_INTERNAL, "cannot make storage options");
  if (!exists && s->mode == DG_STORE_READ) {
    librdf_free_hash(o);
    return dg_fail(DG_ERR_STORE, "no store at '%s' (create one with 'docgraph load')", s->name);
  }
  if (!exists && mkdir(s->path, 0777) != 0 && errno != EEXIST) {
    librdf_free_hash(o);
    return dg_fail(DG_ERR_STORE, "cannot create store '%s': %s", s->name, strerror(errno));
  }
  librdf_hash_put_strings(o, "hash-type", "bdb");
  librdf_hash_put_strings(o, "dir", s->path);
  librdf_hash_put_strings(o, "contexts", "yes");
  librdf_hash_put_strings(o, "write", s->mode == DG_STORE_WRITE ? "yes" : "no");
  if (!exists)
    librdf_hash_put_strings(o, "new", "yes");
  s->storage = librdf_new_storage_with_options(w, "hashes", "docgraph", o);
  librdf_free_hash(o);
  if (!s->storage)
    return dg_fail(DG_ERR_STORE, "cannot open store '%s'", s->name);
  return DG_OK;
}

/* postgresql://USER[:PASSWORD]@HOST[:PORT]/DB */
static dg_status open_pg(dg_store *s, librdf_world *w, const char *spec)
{
  const char *p = spec + strlen("postgresql://"), *at = strchr(p, '@'), *slash;
  char *user = NULL, *pass = NULL, *host = NULL, *port = NULL, *db = NULL, *colon;
  librdf_hash *o = NULL;
  dg_status st = DG_OK;

  slash = at ? strchr(at, '/') : NULL;
  if (!at || !slash || !slash[1] || at == p || slash == at + 1)
    return dg_fail(DG_ERR_USAGE, "store '%s' is not postgresql://USER@HOST:PORT/DB", spec);
  user = xstrndup(p, (size_t)(at - p));
  if ((colon = strchr(user, ':')) != NULL) {
    *colon = '\0';
    pass = xstrdup(colon + 1);
  } else {
    const char *env = getenv("PGPASSWORD");
    /* librdf insists on a password even when the server trusts us */
    pass = xstrdup(env && *env ? env : "docgraph");
  }
  host = xstrndup(at + 1, (size_t)(slash - at - 1));
  if ((colon = strrchr(host, ':')) != NULL) {
    *colon = '\0';
    port = xstrdup(colon + 1);
  } else {
    port = xstrdup("5432");
  }
  db = xstrdup(slash + 1);
  free(s->name);
  s->name = xasprintf("postgresql://%s@%s:%s/%s", user, host, port, db);
  o = options_new(w);
  if (!o) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot make storage options");
    goto out;
  }
  librdf_hash_put_strings(o, "host", host);
  librdf_hash_put_strings(o, "port", port);
  librdf_hash_put_strings(o, "database", db);
  librdf_hash_put_strings(o, "user", user);
  librdf_hash_put_strings(o, "password", pass);
  /* new='yes' creates the tables and the model, but also empties a model
   * that exists: so open without it first (quietly, when writing, since
   * failing there only means a first use), and create only if that fails */
  if (s->mode == DG_STORE_WRITE)
    dg_rdf_set_quiet(s->rdf, 1);
  s->storage = librdf_new_storage_with_options(w, "postgresql", "docgraph", o);
  dg_rdf_set_quiet(s->rdf, 0);
  if (!s->storage && s->mode == DG_STORE_WRITE) {
    librdf_hash_put_strings(o, "new", "yes");
    s->storage = librdf_new_storage_with_options(w, "postgresql", "docgraph", o);
  }
  if (!s->storage)
    st = dg_fail(DG_ERR_STORE, "cannot open store '%s'%s", s->name,
                 s->mode == DG_STORE_READ ? " (is the server up, and was anything loaded?)" : "");
out:
  if (o)
    librdf_free_hash(o);
  free(user);
  free(pass);
  free(host);
  free(port);
  free(db);
  return st;
}

/* For tests: keep the writer's lock for a while, so that a second writer
 * can be shown to be refused without racing a real load. */
static void test_hold_lock(const dg_store *s)
{
  const char *v = getenv("DOCGRAPH_TEST_HOLD_LOCK");
  unsigned secs;
  if (!v || s->mode != DG_STORE_WRITE || s->kind != KIND_DG)
    return;
  secs = (unsigned)strtoul(v, NULL, 10);
  if (secs > 600)
    secs = 600;
  while (secs)
    secs = sleep(secs);
}

dg_status dg_store_open(dg_rdf *rdf, const char *spec, dg_store_mode mode, dg_store **out)
{
  dg_store *s = xcalloc(1, sizeof *s);
  librdf_world *w = dg_rdf_world(rdf);
  dg_status st;

  *out = NULL;
  spec = resolve_spec(spec);
  s->rdf = rdf;
  s->mode = mode;
  s->name = xstrdup(spec);
  if (strncmp(spec, "postgresql://", 13) == 0) {
    s->kind = KIND_PG;
    st = open_pg(s, w, spec);
  } else if (strncmp(spec, "hashes:", 7) == 0) {
    s->kind = KIND_HASHES;
    s->path = xstrdup(spec + 7);
    st = open_hashes(s, w);
  } else {
    s->kind = KIND_DG;
    s->path = xstrdup(spec);
    st = open_embedded(s, w);
  }
  if (st != DG_OK) {
    dg_store_close(s);
    return st;
  }
  s->model = librdf_new_model(w, s->storage, NULL);
  if (!s->model) {
    st = dg_fail(DG_ERR_STORE, "cannot open a model over store '%s'", s->name);
    dg_store_close(s);
    return st;
  }
  test_hold_lock(s);
  *out = s;
  return DG_OK;
}

int dg_store_use_union_default(dg_store *s)
{
  if (s->kind != KIND_DG)
    return 0;
  dg_storage_dg_set_union(s->storage, 1);
  return 1;
}

void dg_store_prepare_for_queries(dg_store *s)
{
  if (s->kind == KIND_DG)
    dg_storage_dg_set_scatter(s->storage, 1);
}

dg_status dg_store_close(dg_store *s)
{
  dg_status st = DG_OK;
  if (!s)
    return DG_OK;
  if (s->model && s->mode == DG_STORE_WRITE && !s->failed)
    st = dg_store_commit(s);
  /* DOCGRAPH_TEST_COMPACT=1 (a test hook) compacts at every close, so
   * that crash tests also kill writers in the middle of a compaction */
  if (st == DG_OK && s->storage && s->kind == KIND_DG && s->mode == DG_STORE_WRITE &&
      (dg_storage_dg_compact_due(s->storage) || getenv("DOCGRAPH_TEST_COMPACT")) &&
      dg_storage_dg_compact(s->storage))
    dg_warn("could not compact store '%s' (it is whole; it keeps its journal): %s", s->name,
            dg_storage_dg_last_message());
  if (s->model)
    librdf_free_model(s->model);
  if (s->storage)
    librdf_free_storage(s->storage);
  free(s->name);
  free(s->path);
  free(s);
  return st;
}

librdf_model *dg_store_model(dg_store *s) { return s->model; }

const char *dg_store_name(const dg_store *s) { return s->name; }

unsigned long dg_store_pending(const dg_store *s) { return s->pending; }

static dg_status check_writable(dg_store *s)
{
  if (s->mode != DG_STORE_WRITE)
    return dg_fail(DG_ERR_INTERNAL, "store '%s' is open read-only", s->name);
  if (s->failed)
    return DG_ERR_STORE;   /* already reported */
  return DG_OK;
}

static dg_status begin(dg_store *s)
{
  if (s->kind != KIND_DG || s->in_txn)
    return DG_OK;
  if (librdf_storage_transaction_start(s->storage))
    return dg_fail(DG_ERR_STORE, "%s", dg_storage_dg_last_message());
  s->in_txn = 1;
  return DG_OK;
}

dg_status dg_store_drop_graph(dg_store *s, librdf_node *graph)
{
  dg_status st;
  TRY(st, check_writable(s));
  TRY(st, begin(s));
  if (librdf_model_context_remove_statements(s->model, graph))
    return dg_fail(DG_ERR_STORE, "cannot change store '%s'", s->name);
  s->pending++;
  return DG_OK;
}

dg_status dg_store_replace_graph(dg_store *s, librdf_node *graph, librdf_node **drop,
                                 size_t n_drop, librdf_statement **sts, size_t n)
{
  dg_status st;
  size_t i;
  TRY(st, check_writable(s));
  TRY(st, begin(s));
  for (i = 0; i < n_drop; i++)
    if (!librdf_node_equals(drop[i], graph) &&
        librdf_model_context_remove_statements(s->model, drop[i]))
      return dg_fail(DG_ERR_STORE, "cannot change store '%s'", s->name);
  if (librdf_model_context_remove_statements(s->model, graph))
    return dg_fail(DG_ERR_STORE, "cannot change store '%s'", s->name);
  for (i = 0; i < n; i++)
    if (librdf_model_context_add_statement(s->model, graph, sts[i]))
      return dg_fail(DG_ERR_STORE, "cannot add to store '%s'", s->name);
  s->pending += n + 1;
  return DG_OK;
}

dg_status dg_store_commit(dg_store *s)
{
  if (s->mode != DG_STORE_WRITE || s->failed)
    return s->failed ? DG_ERR_STORE : DG_OK;
  s->pending = 0;
  if (s->kind == KIND_DG) {
    if (!s->in_txn)
      return DG_OK;
    s->in_txn = 0;
    if (librdf_storage_transaction_commit(s->storage)) {
      s->failed = 1;
      return dg_fail(DG_ERR_STORE, "%s", dg_storage_dg_last_message());
    }
    return DG_OK;
  }
  if (librdf_model_sync(s->model)) {
    s->failed = 1;
    return dg_fail(DG_ERR_STORE, "cannot write store '%s'", s->name);
  }
  return DG_OK;
}

/* ---------------------------------------------------------------- reading */

static librdf_node *dg_term(dg_store *s, const char *local)
{
  char *iri = xasprintf("%s%s", DG_NS, local);
  librdf_node *n = librdf_new_node_from_uri_string(dg_rdf_world(s->rdf), (unsigned char *)iri);
  free(iri);
  return n;
}

size_t dg_store_graphs_for_source(dg_store *s, const char *path, librdf_node **graphs,
                                  size_t max, char sha256[65])
{
  librdf_world *w = dg_rdf_world(s->rdf);
  librdf_statement *q;
  librdf_stream *str;
  size_t n = 0, i;
  librdf_node *first_subject = NULL;

  if (sha256)
    sha256[0] = '\0';
  q = librdf_new_statement_from_nodes(
    w, NULL, dg_term(s, "sourceFile"),
    librdf_new_node_from_literal(w, (const unsigned char *)path, NULL, 0));
  if (!q)
    return 0;
  str = librdf_model_find_statements(s->model, q);
  while (str && !librdf_stream_end(str)) {
    librdf_statement *x = librdf_stream_get_object(str);
    librdf_node *g = librdf_stream_get_context2(str);
    librdf_node *subj = librdf_statement_get_subject(x);
    int dup = 0;
    if (!g)
      g = subj;   /* a storage without contexts: the document names its graph */
    for (i = 0; i < n && i < max; i++)
      if (librdf_node_equals(graphs[i], g))
        dup = 1;
    if (!dup) {
      if (n < max)
        graphs[n] = librdf_new_node_from_node(g);
      if (n == 0)
        first_subject = librdf_new_node_from_node(subj);
      n++;
    }
    librdf_stream_next(str);
  }
  if (str)
    librdf_free_stream(str);
  librdf_free_statement(q);

  if (sha256 && n > 0 && max > 0 && first_subject) {
    q = librdf_new_statement_from_nodes(w, first_subject, dg_term(s, "sha256"), NULL);
    first_subject = NULL;   /* owned by q now */
    str = q ? librdf_model_find_statements_in_context(s->model, q, graphs[0]) : NULL;
    if (str && !librdf_stream_end(str)) {
      librdf_node *o = librdf_statement_get_object(librdf_stream_get_object(str));
      size_t len = 0;
      const unsigned char *v =
        librdf_node_is_literal(o) ? librdf_node_get_literal_value_as_counted_string(o, &len) : NULL;
      if (v && len <= 64) {
        memcpy(sha256, v, len);
        sha256[len] = '\0';
      }
    }
    if (str)
      librdf_free_stream(str);
    if (q)
      librdf_free_statement(q);
  }
  if (first_subject)
    librdf_free_node(first_subject);
  return n;
}

int dg_store_has_graph(dg_store *s, librdf_node *graph)
{
  librdf_statement *q = librdf_new_statement(dg_rdf_world(s->rdf));
  librdf_stream *str = q ? librdf_model_find_statements_in_context(s->model, q, graph) : NULL;
  int has = str && !librdf_stream_end(str);
  if (str)
    librdf_free_stream(str);
  if (q)
    librdf_free_statement(q);
  return has;
}

/* ---------------------------------------------------------------- stats */

static long long dir_bytes(const char *dir, const char *prefix)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  long long total = 0;
  if (!d)
    return -1;
  while ((e = readdir(d)) != NULL) {
    struct stat st;
    char *p;
    if (e->d_name[0] == '.' || (prefix && strncmp(e->d_name, prefix, strlen(prefix)) != 0))
      continue;
    p = xasprintf("%s/%s", dir, e->d_name);
    if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
      total += (long long)st.st_size;
    free(p);
  }
  closedir(d);
  return total;
}

static void node_key(librdf_node *n, dg_buf *b)
{
  size_t len = 0;
  const unsigned char *v;
  if (librdf_node_is_resource(n)) {
    v = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
    dg_buf_add(b, v, len);
  } else if (librdf_node_is_blank(n)) {
    v = librdf_node_get_counted_blank_identifier(n, &len);
    dg_buf_adds(b, "_:");
    dg_buf_add(b, v, len);
  } else {
    v = librdf_node_get_literal_value_as_counted_string(n, &len);
    dg_buf_addc(b, '"');
    dg_buf_add(b, v, len);
  }
}

static int cmp_class(const void *a, const void *b)
{
  return strcmp(((const dg_store_class_count *)a)->cls, ((const dg_store_class_count *)b)->cls);
}

dg_status dg_store_stats_get(dg_store *s, dg_store_stats *out)
{
  librdf_world *w = dg_rdf_world(s->rdf);
  librdf_iterator *it;
  librdf_statement *q;
  librdf_stream *str;
  dg_strmap *seen = dg_strmap_new(), *cls = dg_strmap_new();
  dg_buf key;
  size_t cap = 0, i;
  int size;
  char *doc_iri = xasprintf("%sDocument", DG_NS);

  memset(out, 0, sizeof *out);
  out->backend = s->kind == KIND_DG ? "docgraph" : s->kind == KIND_HASHES ? "hashes" : "postgresql";
  size = librdf_model_size(s->model);
  if (size >= 0) {
    out->triples = (unsigned long)size;
  } else {
    /* hashes on BDB and PostgreSQL cannot say: count */
    str = librdf_model_as_stream(s->model);
    while (str && !librdf_stream_end(str)) {
      out->triples++;
      librdf_stream_next(str);
    }
    if (str)
      librdf_free_stream(str);
  }
  it = librdf_model_get_contexts(s->model);
  while (it && !librdf_iterator_end(it)) {
    out->graphs++;
    librdf_iterator_next(it);
  }
  if (it)
    librdf_free_iterator(it);

  dg_buf_init(&key);
  q = librdf_new_statement_from_nodes(
    w, NULL, librdf_new_node_from_uri_string(w, (const unsigned char *)DG_NS_RDF "type"), NULL);
  str = q ? librdf_model_find_statements(s->model, q) : NULL;
  while (str && !librdf_stream_end(str)) {
    librdf_statement *x = librdf_stream_get_object(str);
    librdf_node *o = librdf_statement_get_object(x);
    size_t idx, clen;
    dg_buf_clear(&key);
    node_key(o, &key);
    clen = key.len;
    dg_buf_addc(&key, '\n');
    node_key(librdf_statement_get_subject(x), &key);
    if (dg_strmap_put(seen, key.data, key.len, 0)) {
      /* a new (class, subject) pair: count it for its class */
      if (!dg_strmap_get(cls, key.data, clen, &idx)) {
        idx = out->n_classes++;
        xgrow(&out->classes, &cap, out->n_classes, sizeof *out->classes);
        out->classes[idx].cls = xstrndup(key.data, clen);
        out->classes[idx].entities = 0;
        dg_strmap_put(cls, key.data, clen, idx);
      }
      out->classes[idx].entities++;
    }
    librdf_stream_next(str);
  }
  if (str)
    librdf_free_stream(str);
  if (q)
    librdf_free_statement(q);
  if (out->n_classes)
    dg_qsort(out->classes, out->n_classes, sizeof *out->classes, cmp_class);
  for (i = 0; i < out->n_classes; i++)
    if (strcmp(out->classes[i].cls, doc_iri) == 0)
      out->documents = out->classes[i].entities;

  switch (s->kind) {
  case KIND_DG: out->disk_bytes = dir_bytes(s->path, NULL); break;
  case KIND_HASHES: out->disk_bytes = dir_bytes(s->path, "docgraph-"); break;
  case KIND_PG: out->disk_bytes = -1; break;
  }
  free(doc_iri);
  dg_buf_release(&key);
  dg_strmap_free(seen);
  dg_strmap_free(cls);
  return DG_OK;
}

void dg_store_stats_release(dg_store_stats *st)
{
  size_t i;
  if (!st)
    return;
  for (i = 0; i < st->n_classes; i++)
    free(st->classes[i].cls);
  free(st->classes);
  st->classes = NULL;
  st->n_classes = 0;
}
