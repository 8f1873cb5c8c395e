/* store.c - the one module that knows where and how the graph is kept.
 *
 * Three back ends behind one interface, chosen by the store's name (read
 * by store_spec.c, which refuses any other form):
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
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/array.h"
#include "base/buf.h"
#include "base/log.h"
#include "base/sha256.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "emit/vocab.h"
#include "store/storage_dg.h"
#include "store/store.h"
#include "store/store_spec.h"

/* One graph's record (see store.h). */
typedef struct rec {
  librdf_node *graph;       /* owned; NULL once the record is removed */
  char *gkey;               /* owned: the graph's node key */
  dg_graph_kind kind;
  char **src;               /* owned: loadedFrom or importedFrom IRIs */
  size_t n_src, cap_src;
} rec;

/* Every record, as the store will hold them once the pending group is
 * committed: `load` asks them for documents written earlier in the same
 * group, which finds on the embedded store would not see yet. */
typedef struct records {
  rec *v;
  size_t n, cap;
  dg_strmap *by_graph;      /* node key -> index + 1 (0: removed) */
  dg_strmap *by_key;        /* loadedFrom IRI -> index + 1 (0: none) */
  librdf_node *g;           /* DG_RECORDS_GRAPH */
  librdf_node *type, *doc_class, *imp_class, *loaded_from, *imported_from;
  librdf_node *source_file; /* dg:sourceFile, for migrating old stores */
  librdf_node *document;    /* dg:Document, for migrating old stores */
} records;

struct dg_store {
  dg_rdf *rdf;              /* borrowed */
  dg_store_kind kind;
  dg_store_mode mode;
  char *name;               /* owned: for messages (no password) */
  char *path;               /* owned: directory (embedded, hashes) */
  librdf_storage *storage;  /* owned */
  librdf_model *model;      /* owned */
  int in_txn;
  int failed;               /* a commit failed: refuse more changes */
  unsigned long pending;
  records *rec;             /* owned; NULL until first needed */
};

static records *recs(dg_store *s);
static void records_free(records *r);
static dg_status migrate(dg_store *s);
static dg_status prepare_write(dg_store *s);
static librdf_node *uri_node(librdf_world *w, const char *iri);

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

/* Redland's PostgreSQL storage, on the server `sp` names. */
static dg_status open_pg(dg_store *s, librdf_world *w, const dg_store_spec *sp)
{
  const char *env = getenv("PGPASSWORD");
  librdf_hash *o = options_new(w);

  if (!sp->password && env && *env && !dg_store_spec_pg_word(env)) {
    if (o)
      librdf_free_hash(o);
    return dg_fail(DG_ERR_STORE, "$PGPASSWORD holds a blank, quote or backslash, which "
                   "Redland cannot pass to the server; store '%s' not opened", s->name);
  }
  if (!o)
    return dg_fail(DG_ERR_INTERNAL, "cannot make storage options");
  librdf_hash_put_strings(o, "host", sp->host);
  librdf_hash_put_strings(o, "port", sp->port);
  librdf_hash_put_strings(o, "database", sp->db);
  librdf_hash_put_strings(o, "user", sp->user);
  /* librdf insists on a password even when the server trusts us */
  librdf_hash_put_strings(o, "password", sp->password ? sp->password
                                         : env && *env ? env : "docgraph");
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
  librdf_free_hash(o);
  if (!s->storage)
    return dg_fail(DG_ERR_STORE, "cannot open store '%s'%s", s->name,
                   s->mode == DG_STORE_READ ? " (is the server up, and was anything loaded?)"
                                            : "");
  return DG_OK;
}

/* For tests: keep the writer's lock for a while, so that a second writer
 * can be shown to be refused without racing a real load. */
static void test_hold_lock(const dg_store *s)
{
  const char *v = getenv("DOCGRAPH_TEST_HOLD_LOCK");
  unsigned secs;
  if (!v || s->mode != DG_STORE_WRITE || s->kind != DG_STORE_KIND_DG)
    return;
  secs = (unsigned)strtoul(v, NULL, 10);
  if (secs > 600)
    secs = 600;
  while (secs)
    secs = sleep(secs);
}

dg_status dg_store_open(dg_rdf *rdf, const char *spec, dg_store_mode mode, dg_store **out)
{
  dg_store *s;
  librdf_world *w = dg_rdf_world(rdf);
  dg_store_spec sp;
  dg_status st;
  char *why = NULL;

  *out = NULL;
  /* the command line was checked already (dg_store_spec_parse, in cli);
   * this is for callers that did not */
  st = dg_store_spec_parse(spec, &sp, &why);
  if (st != DG_OK) {
    st = dg_fail(st, "%s", why);
    free(why);
    return st;
  }
  s = xcalloc(1, sizeof *s);
  s->rdf = rdf;
  s->mode = mode;
  s->name = xstrdup(sp.shown);
  s->path = sp.path ? xstrdup(sp.path) : NULL;
  s->kind = sp.kind;
  switch (sp.kind) {
  case DG_STORE_KIND_PG: st = open_pg(s, w, &sp); break;
  case DG_STORE_KIND_HASHES: st = open_hashes(s, w); break;
  case DG_STORE_KIND_DG: st = open_embedded(s, w); break;
  }
  dg_store_spec_release(&sp);
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
  if (mode == DG_STORE_WRITE) {
    /* the records are read now (not on first use), so that a store made
     * before them gets them before anything changes */
    st = recs(s) ? DG_OK : DG_ERR_INTERNAL;
    if (st == DG_OK && s->rec->n == 0)
      st = migrate(s);
    if (st != DG_OK) {
      dg_store_close(s);
      return st;
    }
  }
  test_hold_lock(s);
  *out = s;
  return DG_OK;
}

int dg_store_use_union_default(dg_store *s)
{
  if (s->kind != DG_STORE_KIND_DG)
    return 0;
  dg_storage_dg_set_union(s->storage, 1);
  return 1;
}

void dg_store_prepare_for_queries(dg_store *s)
{
  librdf_node *r;
  if (s->kind != DG_STORE_KIND_DG)
    return;
  dg_storage_dg_set_scatter(s->storage, 1);
  r = uri_node(dg_rdf_world(s->rdf), DG_RECORDS_GRAPH);
  if (r) {
    dg_storage_dg_set_hidden(s->storage, r);
    librdf_free_node(r);
  }
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
  if (st == DG_OK && s->storage && s->kind == DG_STORE_KIND_DG && s->mode == DG_STORE_WRITE &&
      (dg_storage_dg_compact_due(s->storage) || getenv("DOCGRAPH_TEST_COMPACT")) &&
      dg_storage_dg_compact(s->storage))
    dg_warn("could not compact store '%s' (it is whole; it keeps its journal): %s", s->name,
            dg_storage_dg_last_message());
  /* a store deleted under a writer: its last changes went nowhere */
  if (st == DG_OK && s->storage && s->kind == DG_STORE_KIND_DG && s->mode == DG_STORE_WRITE &&
      !s->failed && dg_storage_dg_vanished(s->storage))
    st = dg_fail(DG_ERR_STORE, "store '%s' was deleted (or its journal replaced) while "
                 "docgraph was writing it: its changes are lost", s->name);
  if (s->model)
    librdf_free_model(s->model);
  if (s->storage)
    librdf_free_storage(s->storage);
  records_free(s->rec);
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
  if (s->kind != DG_STORE_KIND_DG || s->in_txn)
    return DG_OK;
  if (librdf_storage_transaction_start(s->storage))
    return dg_fail(DG_ERR_STORE, "%s", dg_storage_dg_last_message());
  s->in_txn = 1;
  return DG_OK;
}

dg_status dg_store_commit(dg_store *s)
{
  if (s->mode != DG_STORE_WRITE || s->failed)
    return s->failed ? DG_ERR_STORE : DG_OK;
  s->pending = 0;
  if (s->kind == DG_STORE_KIND_DG) {
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

/* ---------------------------------------------------------------- keys */

/* Appends `p` to `b` as the path of a file: IRI. */
static void add_path_iri(dg_buf *b, const char *p)
{
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *c;
  dg_buf_adds(b, "file://");
  for (c = (const unsigned char *)p; *c; c++) {
    if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
        strchr("/._~-", *c)) {
      dg_buf_addc(b, (char)*c);
    } else {
      dg_buf_addc(b, '%');
      dg_buf_addc(b, hex[*c >> 4]);
      dg_buf_addc(b, hex[*c & 15]);
    }
  }
}

char *dg_store_file_iri(const char *abs_path)
{
  dg_buf b;
  dg_buf_init(&b);
  add_path_iri(&b, abs_path);
  return dg_buf_detach(&b);
}

/* `path` made absolute from the current directory, with "." and ".."
 * and repeated slashes removed lexically: for a file that realpath()
 * cannot resolve (it vanished). Returns a new string. */
static char *lexical_abs(const char *path)
{
  dg_buf in, out;
  char cwd[PATH_MAX];
  const char *p, *seg;
  char *r;
  dg_buf_init(&in);
  dg_buf_init(&out);
  if (path[0] != '/' && getcwd(cwd, sizeof cwd))
    dg_buf_printf(&in, "%s/", cwd);
  dg_buf_adds(&in, path);
  for (p = in.data; *p;) {
    size_t len;
    while (*p == '/')
      p++;
    seg = p;
    while (*p && *p != '/')
      p++;
    len = (size_t)(p - seg);
    if (len == 0 || (len == 1 && seg[0] == '.'))
      continue;
    if (len == 2 && seg[0] == '.' && seg[1] == '.') {
      while (out.len && out.data[out.len - 1] != '/')
        out.len--;
      if (out.len)
        out.len--;
      out.data[out.len] = '\0';
      continue;
    }
    dg_buf_addc(&out, '/');
    dg_buf_add(&out, seg, len);
  }
  if (!out.len)
    dg_buf_addc(&out, '/');
  dg_buf_release(&in);
  r = dg_buf_detach(&out);
  return r;
}

char *dg_store_path_key(const char *path)
{
  char abs[PATH_MAX], *lex, *r;
  if (realpath(path, abs))
    return dg_store_file_iri(abs);
  lex = lexical_abs(path);
  r = dg_store_file_iri(lex);
  free(lex);
  return r;
}

/* ---------------------------------------------------------------- records */

/* The key of a graph node in the records' maps: its IRI, or _:label. */
static char *graph_key(librdf_node *g)
{
  size_t len = 0;
  const unsigned char *v;
  if (librdf_node_is_resource(g)) {
    v = librdf_uri_as_counted_string(librdf_node_get_uri(g), &len);
    return xstrndup((const char *)v, len);
  }
  if (librdf_node_is_blank(g)) {
    v = librdf_node_get_counted_blank_identifier(g, &len);
    return xasprintf("_:%.*s", (int)len, (const char *)v);
  }
  return NULL;
}

int dg_store_is_records_graph(librdf_node *g)
{
  size_t len = 0;
  const unsigned char *v;
  if (!g || !librdf_node_is_resource(g))
    return 0;
  v = librdf_uri_as_counted_string(librdf_node_get_uri(g), &len);
  return len == strlen(DG_RECORDS_GRAPH) && memcmp(v, DG_RECORDS_GRAPH, len) == 0;
}

static librdf_node *uri_node(librdf_world *w, const char *iri)
{
  return librdf_new_node_from_uri_string(w, (const unsigned char *)iri);
}

static void records_free(records *r)
{
  size_t i, k;
  if (!r)
    return;
  for (i = 0; i < r->n; i++) {
    if (r->v[i].graph)
      librdf_free_node(r->v[i].graph);
    free(r->v[i].gkey);
    for (k = 0; k < r->v[i].n_src; k++)
      free(r->v[i].src[k]);
    free(r->v[i].src);
  }
  free(r->v);
  dg_strmap_free(r->by_graph);
  dg_strmap_free(r->by_key);
  {
    librdf_node *nodes[] = {r->g, r->type, r->doc_class, r->imp_class, r->loaded_from,
                            r->imported_from, r->source_file, r->document};
    for (i = 0; i < DG_COUNT(nodes); i++)
      if (nodes[i])
        librdf_free_node(nodes[i]);
  }
  free(r);
}

/* The live record of graph key `gkey`, or NULL. */
static rec *rec_find(records *r, const char *gkey)
{
  size_t i;
  if (!gkey || !dg_strmap_get(r->by_graph, gkey, strlen(gkey), &i) || i == 0)
    return NULL;
  return &r->v[i - 1];
}

/* A new, empty record for `g` (which has none). */
static rec *rec_new(records *r, librdf_node *g, const char *gkey, dg_graph_kind kind)
{
  rec *x;
  xgrow(&r->v, &r->cap, r->n + 1, sizeof *r->v);
  x = &r->v[r->n++];
  memset(x, 0, sizeof *x);
  x->graph = librdf_new_node_from_node(g);
  x->gkey = xstrdup(gkey);
  x->kind = kind;
  dg_strmap_put(r->by_graph, gkey, strlen(gkey), r->n);
  return x;
}

static int rec_has_src(const rec *x, const char *src)
{
  size_t k;
  for (k = 0; k < x->n_src; k++)
    if (strcmp(x->src[k], src) == 0)
      return 1;
  return 0;
}

static void rec_add_src(records *r, rec *x, const char *src)
{
  if (rec_has_src(x, src))
    return;
  xgrow(&x->src, &x->cap_src, x->n_src + 1, sizeof *x->src);
  x->src[x->n_src++] = xstrdup(src);
  if (x->kind == DG_GRAPH_DOCUMENT)
    dg_strmap_put(r->by_key, src, strlen(src), (size_t)(x - r->v) + 1);
}

/* Reads the records graph into memory. Statements that are not records
 * (there should be none: only docgraph writes that graph) are ignored. */
static void records_read(dg_store *s, records *r)
{
  librdf_stream *str = librdf_model_context_as_stream(s->model, r->g);
  /* sources seen before their graph's type: kept aside until the end */
  typedef struct pend { char *gkey; librdf_node *g; char *src; int loaded; } pend;
  pend *pv = NULL;
  size_t np = 0, cap = 0, i;
  while (str && !librdf_stream_end(str)) {
    librdf_statement *x = librdf_stream_get_object(str);
    librdf_node *subj = librdf_statement_get_subject(x);
    librdf_node *pred = librdf_statement_get_predicate(x);
    librdf_node *obj = librdf_statement_get_object(x);
    char *gkey = graph_key(subj);
    if (gkey && librdf_node_equals(pred, r->type) &&
        (librdf_node_equals(obj, r->doc_class) || librdf_node_equals(obj, r->imp_class))) {
      dg_graph_kind k =
        librdf_node_equals(obj, r->doc_class) ? DG_GRAPH_DOCUMENT : DG_GRAPH_IMPORTED;
      if (!rec_find(r, gkey))
        rec_new(r, subj, gkey, k);
    } else if (gkey && librdf_node_is_resource(obj) &&
               (librdf_node_equals(pred, r->loaded_from) ||
                librdf_node_equals(pred, r->imported_from))) {
      xgrow(&pv, &cap, np + 1, sizeof *pv);
      pv[np].gkey = gkey;
      pv[np].g = subj;
      pv[np].src = xstrdup((const char *)librdf_uri_as_string(librdf_node_get_uri(obj)));
      pv[np].loaded = librdf_node_equals(pred, r->loaded_from);
      np++;
      gkey = NULL;
    }
    free(gkey);
    librdf_stream_next(str);
  }
  if (str)
    librdf_free_stream(str);
  for (i = 0; i < np; i++) {
    rec *x = rec_find(r, pv[i].gkey);
    if (x && (x->kind == DG_GRAPH_DOCUMENT) == pv[i].loaded)
      rec_add_src(r, x, pv[i].src);
    free(pv[i].gkey);
    free(pv[i].src);
  }
  free(pv);
}

static records *records_new(dg_store *s)
{
  librdf_world *w = dg_rdf_world(s->rdf);
  records *r = xcalloc(1, sizeof *r);
  r->by_graph = dg_strmap_new();
  r->by_key = dg_strmap_new();
  r->g = uri_node(w, DG_RECORDS_GRAPH);
  r->type = uri_node(w, DG_NS_RDF "type");
  r->doc_class = uri_node(w, DG_NS DG_REC_DOCUMENT_GRAPH);
  r->imp_class = uri_node(w, DG_NS DG_REC_IMPORTED_GRAPH);
  r->loaded_from = uri_node(w, DG_NS DG_REC_LOADED_FROM);
  r->imported_from = uri_node(w, DG_NS DG_REC_IMPORTED_FROM);
  r->source_file = uri_node(w, DG_NS "sourceFile");
  r->document = uri_node(w, DG_NS "Document");
  if (!r->g || !r->type || !r->doc_class || !r->imp_class || !r->loaded_from ||
      !r->imported_from || !r->source_file || !r->document) {
    records_free(r);
    return NULL;
  }
  return r;
}

/* The records, read on first use. NULL only if Redland cannot make a
 * node (reported). */
static records *recs(dg_store *s)
{
  if (!s->rec) {
    s->rec = records_new(s);
    if (!s->rec)
      dg_fail(DG_ERR_INTERNAL, "cannot make the nodes of the store's records");
    else
      records_read(s, s->rec);
  }
  return s->rec;
}

/* Adds (add = 1) or removes the statement (subj, pred, obj) of the
 * records graph, in the pending group. Everything is borrowed. */
static dg_status rec_statement(dg_store *s, int add, librdf_node *subj, librdf_node *pred,
                               librdf_node *obj)
{
  records *r = s->rec;
  librdf_statement *st = librdf_new_statement_from_nodes(
    dg_rdf_world(s->rdf), librdf_new_node_from_node(subj), librdf_new_node_from_node(pred),
    librdf_new_node_from_node(obj));
  int rc;
  if (!st)
    return dg_fail(DG_ERR_INTERNAL, "cannot make a statement of the store's records");
  rc = add ? librdf_model_context_add_statement(s->model, r->g, st)
           : librdf_model_context_remove_statement(s->model, r->g, st);
  librdf_free_statement(st);
  if (rc)
    return dg_fail(DG_ERR_STORE, "cannot change store '%s'", s->name);
  s->pending++;
  return DG_OK;
}

/* Writes (add = 1) or erases every statement of record `x`. */
static dg_status rec_write(dg_store *s, rec *x, int add)
{
  records *r = s->rec;
  dg_status st;
  size_t k;
  int doc = x->kind == DG_GRAPH_DOCUMENT;
  TRY(st, rec_statement(s, add, x->graph, r->type, doc ? r->doc_class : r->imp_class));
  for (k = 0; k < x->n_src; k++) {
    librdf_node *o = uri_node(dg_rdf_world(s->rdf), x->src[k]);
    if (!o)
      return dg_fail(DG_ERR_INPUT, "'%s' is not an IRI", x->src[k]);
    st = rec_statement(s, add, x->graph, doc ? r->loaded_from : r->imported_from, o);
    librdf_free_node(o);
    if (st != DG_OK)
      return st;
  }
  return DG_OK;
}

/* Forgets record `x` in memory (its statements are erased by the
 * caller). */
static void rec_forget(records *r, rec *x)
{
  size_t k, i;
  for (k = 0; k < x->n_src; k++) {
    if (x->kind == DG_GRAPH_DOCUMENT && dg_strmap_get(r->by_key, x->src[k], strlen(x->src[k]), &i) &&
        i == (size_t)(x - r->v) + 1)
      dg_strmap_put(r->by_key, x->src[k], strlen(x->src[k]), 0);
    free(x->src[k]);
  }
  x->n_src = 0;
  dg_strmap_put(r->by_graph, x->gkey, strlen(x->gkey), 0);
  librdf_free_node(x->graph);
  x->graph = NULL;
  x->kind = DG_GRAPH_NONE;
}

dg_graph_kind dg_store_graph_kind(dg_store *s, librdf_node *g, const char **source)
{
  records *r = recs(s);
  char *gkey = graph_key(g);
  rec *x = r ? rec_find(r, gkey) : NULL;
  free(gkey);
  if (source)
    *source = x && x->n_src ? x->src[0] : NULL;
  return x ? x->kind : DG_GRAPH_NONE;
}

librdf_node *dg_store_document_graph(dg_store *s, const char *key)
{
  records *r = recs(s);
  size_t i;
  if (!r || !dg_strmap_get(r->by_key, key, strlen(key), &i) || i == 0)
    return NULL;
  return r->v[i - 1].graph;
}

size_t dg_store_imported_graphs(dg_store *s, const char *source, librdf_node ***out)
{
  records *r = recs(s);
  size_t i, n = 0, cap = 0;
  *out = NULL;
  for (i = 0; r && i < r->n; i++)
    if (r->v[i].graph && r->v[i].kind == DG_GRAPH_IMPORTED && rec_has_src(&r->v[i], source)) {
      xgrow(out, &cap, n + 1, sizeof **out);
      (*out)[n++] = librdf_new_node_from_node(r->v[i].graph);
    }
  return n;
}

size_t dg_store_recorded_graphs(dg_store *s, librdf_node ***out)
{
  records *r = recs(s);
  size_t i, n = 0, cap = 0;
  *out = NULL;
  for (i = 0; r && i < r->n; i++)
    if (r->v[i].graph) {
      xgrow(out, &cap, n + 1, sizeof **out);
      (*out)[n++] = librdf_new_node_from_node(r->v[i].graph);
    }
  return n;
}

/* ---------------------------------------------------------------- push */

static int cmp_pushed(const void *a, const void *b)
{
  return strcmp(((const dg_store_pushed *)a)->graph, ((const dg_store_pushed *)b)->graph);
}

size_t dg_store_pushed_list(dg_store *s, const char *target, dg_store_pushed **out)
{
  librdf_world *w = dg_rdf_world(s->rdf);
  librdf_node *g = uri_node(w, DG_RECORDS_GRAPH);
  librdf_statement *q = librdf_new_statement_from_nodes(w, NULL, uri_node(w, DG_NS DG_REC_PUSHED_TO),
                                                        NULL);
  librdf_stream *str = q && g ? librdf_model_find_statements_in_context(s->model, q, g) : NULL;
  size_t n = 0, cap = 0, tlen = strlen(target);
  *out = NULL;
  while (str && !librdf_stream_end(str)) {
    librdf_statement *x = librdf_stream_get_object(str);
    librdf_node *subj = librdf_statement_get_subject(x);
    librdf_node *obj = librdf_statement_get_object(x);
    size_t len = 0;
    const char *v = librdf_node_is_literal(obj)
                      ? (const char *)librdf_node_get_literal_value_as_counted_string(obj, &len)
                      : NULL;
    /* "HASH TARGET": anything else is not a push record of this target */
    if (v && librdf_node_is_resource(subj) && len == DG_SHA256_HEX_LEN + 1 + tlen &&
        v[DG_SHA256_HEX_LEN] == ' ' && memcmp(v + DG_SHA256_HEX_LEN + 1, target, tlen) == 0) {
      xgrow(out, &cap, n + 1, sizeof **out);
      (*out)[n].graph = xstrdup((const char *)librdf_uri_as_string(librdf_node_get_uri(subj)));
      memcpy((*out)[n].hash, v, DG_SHA256_HEX_LEN);
      (*out)[n].hash[DG_SHA256_HEX_LEN] = '\0';
      n++;
    }
    librdf_stream_next(str);
  }
  if (str)
    librdf_free_stream(str);
  if (q)
    librdf_free_statement(q);
  if (g)
    librdf_free_node(g);
  if (n)
    dg_qsort(*out, n, sizeof **out, cmp_pushed);
  return n;
}

void dg_store_pushed_free(dg_store_pushed *v, size_t n)
{
  size_t i;
  for (i = 0; v && i < n; i++)
    free(v[i].graph);
  free(v);
}

/* Adds or removes <graph> dg:pushedTo "hash target" in the records. */
static dg_status push_statement(dg_store *s, int add, const char *target, const char *graph,
                                const char *hash)
{
  librdf_world *w = dg_rdf_world(s->rdf);
  char *lit = xasprintf("%s %s", hash, target);
  librdf_node *subj = uri_node(w, graph), *pred = uri_node(w, DG_NS DG_REC_PUSHED_TO);
  librdf_node *obj = librdf_new_node_from_literal(w, (const unsigned char *)lit, NULL, 0);
  dg_status st = subj && pred && obj ? rec_statement(s, add, subj, pred, obj)
                                     : dg_fail(DG_ERR_INPUT, "<%s> is not an IRI", graph);
  if (subj)
    librdf_free_node(subj);
  if (pred)
    librdf_free_node(pred);
  if (obj)
    librdf_free_node(obj);
  free(lit);
  return st;
}

dg_status dg_store_set_pushed(dg_store *s, const char *target, const char *graph,
                              const char *old_hash, const char *hash)
{
  dg_status st;
  TRY(st, prepare_write(s));
  if (old_hash)
    TRY(st, push_statement(s, 0, target, graph, old_hash));
  if (hash)
    TRY(st, push_statement(s, 1, target, graph, hash));
  return DG_OK;
}

/* Replaces the content of graph `g` by `sts` (no record change). */
static dg_status put_content(dg_store *s, librdf_node *g, librdf_statement **sts, size_t n)
{
  size_t i;
  if (librdf_model_context_remove_statements(s->model, g))
    return dg_fail(DG_ERR_STORE, "cannot change store '%s'", s->name);
  for (i = 0; i < n; i++)
    if (librdf_model_context_add_statement(s->model, g, sts[i]))
      return dg_fail(DG_ERR_STORE, "cannot add to store '%s'", s->name);
  s->pending += n + 1;
  return DG_OK;
}

static dg_status prepare_write(dg_store *s)
{
  dg_status st;
  TRY(st, check_writable(s));
  if (!recs(s))
    return DG_ERR_INTERNAL;
  return begin(s);
}

dg_status dg_store_drop_graph(dg_store *s, librdf_node *g)
{
  dg_status st;
  char *gkey;
  rec *x;
  TRY(st, prepare_write(s));
  gkey = graph_key(g);
  x = rec_find(s->rec, gkey);
  free(gkey);
  if (x) {
    TRY(st, rec_write(s, x, 0));
    rec_forget(s->rec, x);
  }
  if (librdf_model_context_remove_statements(s->model, g))
    return dg_fail(DG_ERR_STORE, "cannot change store '%s'", s->name);
  s->pending++;
  return DG_OK;
}

dg_status dg_store_put_graph(dg_store *s, librdf_node *g, dg_graph_kind kind,
                             char *const *sources, size_t n_sources,
                             librdf_statement **sts, size_t n)
{
  dg_status st;
  char *gkey;
  rec *x;
  size_t k;
  TRY(st, prepare_write(s));
  if (dg_store_is_records_graph(g))
    return dg_fail(DG_ERR_INTERNAL, "graph <%s> holds the store's records", DG_RECORDS_GRAPH);
  gkey = graph_key(g);
  if (!gkey)
    return dg_fail(DG_ERR_INPUT, "a graph name must be an IRI or a blank node");
  x = rec_find(s->rec, gkey);
  if (x) {
    st = rec_write(s, x, 0);
    rec_forget(s->rec, x);
  }
  if (st == DG_OK && kind != DG_GRAPH_NONE) {
    x = rec_new(s->rec, g, gkey, kind);
    for (k = 0; k < n_sources; k++)
      rec_add_src(s->rec, x, sources[k]);
    st = rec_write(s, x, 1);
  }
  free(gkey);
  if (st == DG_OK)
    st = put_content(s, g, sts, n);
  return st;
}

dg_status dg_store_put_document(dg_store *s, const char *key, librdf_node *g,
                               librdf_statement **sts, size_t n)
{
  dg_status st;
  librdf_node *old;
  char *gkey;
  rec *x;
  TRY(st, prepare_write(s));
  gkey = graph_key(g);
  x = rec_find(s->rec, gkey);
  if (x && x->kind != DG_GRAPH_DOCUMENT) {
    st = dg_fail(DG_ERR_INPUT,
                 "graph <%s> was imported%s%s%s, and load replaces only the graphs it made "
                 "(drop it with 'docgraph import --replace --graph IRI /dev/null')",
                 gkey, x->n_src ? " from <" : "", x->n_src ? x->src[0] : "",
                 x->n_src ? ">" : "");
    free(gkey);
    return st;
  }
  old = dg_store_document_graph(s, key);
  if (old && !librdf_node_equals(old, g)) {
    /* the file's previous document: it loses this file, and goes with
     * its last file */
    char *okey = graph_key(old);
    rec *o = rec_find(s->rec, okey);
    free(okey);
    if (o) {
      st = rec_write(s, o, 0);
      if (st == DG_OK && o->n_src <= 1) {
        librdf_node *on = librdf_new_node_from_node(o->graph);
        rec_forget(s->rec, o);
        if (librdf_model_context_remove_statements(s->model, on))
          st = dg_fail(DG_ERR_STORE, "cannot change store '%s'", s->name);
        s->pending++;
        librdf_free_node(on);
      } else if (st == DG_OK) {
        size_t k, j = 0, i;
        for (k = 0; k < o->n_src; k++) {
          if (strcmp(o->src[k], key) == 0) {
            if (dg_strmap_get(s->rec->by_key, key, strlen(key), &i) &&
                i == (size_t)(o - s->rec->v) + 1)
              dg_strmap_put(s->rec->by_key, key, strlen(key), 0);
            free(o->src[k]);
          } else {
            o->src[j++] = o->src[k];
          }
        }
        o->n_src = j;
        st = rec_write(s, o, 1);
      }
    }
  }
  if (st == DG_OK) {
    x = rec_find(s->rec, gkey);
    if (x)
      st = rec_write(s, x, 0);
    else
      x = rec_new(s->rec, g, gkey, DG_GRAPH_DOCUMENT);
    if (st == DG_OK) {
      rec_add_src(s->rec, x, key);
      st = rec_write(s, x, 1);
    }
  }
  free(gkey);
  if (st == DG_OK)
    st = put_content(s, g, sts, n);
  return st;
}

/* Gives a store made before graphs had records its records: a graph
 * that is a document's own (its name is the subject of dg:sourceFile and
 * rdf:type dg:Document in it) was made by load, from that file (resolved
 * from the current directory, as load then did); any other was imported
 * (from its name, when that is a file: IRI). One group, committed. */
static dg_status migrate(dg_store *s)
{
  records *r = s->rec;
  librdf_iterator *it = librdf_model_get_contexts(s->model);
  librdf_node **gs = NULL;
  size_t n = 0, cap = 0, i, docs = 0, imps = 0;
  dg_status st = DG_OK;

  while (it && !librdf_iterator_end(it)) {
    librdf_node *g = librdf_iterator_get_object(it);
    if (g && !dg_store_is_records_graph(g)) {
      xgrow(&gs, &cap, n + 1, sizeof *gs);
      gs[n++] = librdf_new_node_from_node(g);
    }
    librdf_iterator_next(it);
  }
  if (it)
    librdf_free_iterator(it);
  if (n == 0 || r->n > 0)
    goto out;
  st = begin(s);
  for (i = 0; i < n && st == DG_OK; i++) {
    char *gkey = graph_key(gs[i]), *src = NULL;
    librdf_statement *q = librdf_new_statement_from_nodes(
      dg_rdf_world(s->rdf), librdf_new_node_from_node(gs[i]),
      librdf_new_node_from_node(r->source_file), NULL);
    librdf_stream *str = q ? librdf_model_find_statements_in_context(s->model, q, gs[i]) : NULL;
    rec *x;
    if (str && !librdf_stream_end(str)) {
      librdf_node *o = librdf_statement_get_object(librdf_stream_get_object(str));
      if (librdf_node_is_literal(o)) {
        const char *p = (const char *)librdf_node_get_literal_value(o);
        if (p && *p)
          src = dg_store_path_key(p);
      }
    }
    if (str)
      librdf_free_stream(str);
    if (q)
      librdf_free_statement(q);
    if (!gkey) {
      free(src);
      continue;
    }
    if (src) {
      x = rec_new(r, gs[i], gkey, DG_GRAPH_DOCUMENT);
      rec_add_src(r, x, src);
      docs++;
    } else {
      x = rec_new(r, gs[i], gkey, DG_GRAPH_IMPORTED);
      if (strncmp(gkey, "file:", 5) == 0)
        rec_add_src(r, x, gkey);
      imps++;
    }
    st = rec_write(s, x, 1);
    free(src);
    free(gkey);
  }
  if (st == DG_OK)
    st = dg_store_commit(s);
  if (st == DG_OK)
    dg_note("store '%s' was made by an older docgraph: it now records which graphs load made "
            "(%zu, their files resolved from this directory) and which import made (%zu)",
            s->name, docs, imps);
out:
  for (i = 0; i < n; i++)
    librdf_free_node(gs[i]);
  free(gs);
  return st;
}

/* ---------------------------------------------------------------- reading */

/* 1 if graph holds a statement matching q (NULL: none can); frees q. */
static int graph_matches(dg_store *s, librdf_statement *q, librdf_node *graph)
{
  librdf_stream *str = q ? librdf_model_find_statements_in_context(s->model, q, graph) : NULL;
  int has = str && !librdf_stream_end(str);
  if (str)
    librdf_free_stream(str);
  if (q)
    librdf_free_statement(q);
  return has;
}

int dg_store_has_graph(dg_store *s, librdf_node *graph)
{
  return graph_matches(s, librdf_new_statement(dg_rdf_world(s->rdf)), graph);
}

int dg_store_graph_holds(dg_store *s, librdf_node *graph, const char *subj, const char *pred,
                         const char *obj)
{
  librdf_world *w = dg_rdf_world(s->rdf);
  return graph_matches(s, librdf_new_statement_from_nodes(w, uri_node(w, subj), uri_node(w, pred),
                                                          uri_node(w, obj)),
                       graph);
}

/* ---------------------------------------------------------------- fsck */

static void fsck_line(void *ud, int level, const char *line)
{
  const int *salvage = ud;
  switch (level) {
  /* damage being salvaged is a loss to report, not a failure */
  case 2: *salvage ? dg_warn("%s", line) : (void)dg_fail(DG_ERR_STORE, "%s", line); break;
  case 1: dg_warn("%s", line); break;
  default: dg_note("fsck: %s", line); break;
  }
}

dg_status dg_store_fsck(dg_rdf *rdf, const char *spec, int salvage)
{
  int rc;
  dg_store_spec sp;
  char *why = NULL;
  dg_status st = dg_store_spec_parse(spec, &sp, &why);
  if (st != DG_OK) {
    st = dg_fail(st, "%s", why);
    free(why);
    return st;
  }
  if (sp.kind != DG_STORE_KIND_DG) {
    st = dg_fail(DG_ERR_USAGE, "fsck checks docgraph's own store only, not '%s'", sp.shown);
    dg_store_spec_release(&sp);
    return st;
  }
  rc = dg_storage_dg_fsck(dg_rdf_world(rdf), sp.path, salvage, fsck_line, &salvage);
  dg_store_spec_release(&sp);
  switch (rc) {
  case 0: return DG_OK;
  case 2: return DG_OK;
  case 1: return DG_ERR_STORE;
  default: break;
  }
  return dg_fail(DG_ERR_STORE, "%s", dg_storage_dg_last_message());
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
  out->backend = s->kind == DG_STORE_KIND_DG ? "docgraph" : s->kind == DG_STORE_KIND_HASHES ? "hashes" : "postgresql";
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
    librdf_node *g = librdf_iterator_get_object(it);
    if (g && dg_store_is_records_graph(g)) {
      /* bookkeeping, not data: counted apart */
      librdf_stream *rs = librdf_model_context_as_stream(s->model, g);
      while (rs && !librdf_stream_end(rs)) {
        out->records++;
        librdf_stream_next(rs);
      }
      if (rs)
        librdf_free_stream(rs);
    } else {
      out->graphs++;
    }
    librdf_iterator_next(it);
  }
  if (it)
    librdf_free_iterator(it);
  out->triples = out->triples >= out->records ? out->triples - out->records : 0;
  if (recs(s)) {
    for (i = 0; i < s->rec->n; i++) {
      if (s->rec->v[i].kind == DG_GRAPH_DOCUMENT)
        out->document_graphs++;
      else if (s->rec->v[i].kind == DG_GRAPH_IMPORTED)
        out->imported_graphs++;
    }
  }

  dg_buf_init(&key);
  q = librdf_new_statement_from_nodes(
    w, NULL, librdf_new_node_from_uri_string(w, (const unsigned char *)DG_NS_RDF "type"), NULL);
  str = q ? librdf_model_find_statements(s->model, q) : NULL;
  while (str && !librdf_stream_end(str)) {
    librdf_statement *x = librdf_stream_get_object(str);
    librdf_node *o = librdf_statement_get_object(x);
    librdf_node *ctx = librdf_stream_get_context2(str);
    size_t idx, clen;
    if (ctx && dg_store_is_records_graph(ctx)) {
      librdf_stream_next(str);
      continue;
    }
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
  case DG_STORE_KIND_DG: out->disk_bytes = dir_bytes(s->path, NULL); break;
  case DG_STORE_KIND_HASHES: out->disk_bytes = dir_bytes(s->path, "docgraph-"); break;
  case DG_STORE_KIND_PG: out->disk_bytes = -1; break;
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
