/* test_storage_conformance.c - the "docgraph" storage answers like
 * Redland's "hashes" storage.
 *
 * The same seeded random operations (add and remove with and without a
 * context, drop a context, transactions, close and reopen, compaction)
 * go to "docgraph" (on disk, in a scratch directory) and to "hashes"
 * (hash-type memory, contexts on), and to a plain array that says what
 * the answer must be. After every batch, find is asked with all sixteen
 * bound/unbound combinations of subject, predicate, object and context,
 * plus contains, size and the list of contexts; the three must agree.
 *
 * Two behaviours of hashes are left out of the operations because they
 * are not RDF: hashes keeps a quad added twice twice (a dataset is a
 * set), and hashes refuses a triple without context when the same triple
 * is in some context. The generator never asks for either.
 *
 * Then the failure paths: a torn journal tail, a newer format, a second
 * writer, a damaged snapshot. Usage: test_storage_conformance [SEED]. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <redland.h>

#include "store/storage_dg.h"
#include "store/store.h"
#include "../tap.h"

static librdf_world *world;
static char dir[256];

/* ---------------------------------------------------------------- nodes */

#define N_SUBJ 7
#define N_PRED 4
#define N_OBJ 10
#define N_CTX 4
static librdf_node *subj[N_SUBJ], *pred[N_PRED], *obj[N_OBJ], *ctx[N_CTX];

static librdf_node *uri(const char *s)
{
  return librdf_new_node_from_uri_string(world, (const unsigned char *)s);
}

static void make_nodes(void)
{
  int i;
  char buf[128];
  librdf_uri *dt = librdf_new_uri(world, (const unsigned char *)"http://www.w3.org/2001/XMLSchema#date");
  for (i = 0; i < N_SUBJ - 2; i++) {
    snprintf(buf, sizeof buf, "https://w3id.org/docgraph/id/person/p%d", i);
    subj[i] = uri(buf);
  }
  subj[N_SUBJ - 2] = librdf_new_node_from_blank_identifier(world, (const unsigned char *)"b1");
  subj[N_SUBJ - 1] = librdf_new_node_from_blank_identifier(world, (const unsigned char *)"b2");
  for (i = 0; i < N_PRED; i++) {
    snprintf(buf, sizeof buf, "https://w3id.org/docgraph/ns#p%d", i);
    pred[i] = uri(buf);
  }
  obj[0] = librdf_new_node_from_node(subj[0]);
  obj[1] = librdf_new_node_from_node(subj[1]);
  obj[2] = librdf_new_node_from_node(subj[N_SUBJ - 1]);
  obj[3] = librdf_new_node_from_literal(world, (const unsigned char *)"Japan", NULL, 0);
  obj[4] = librdf_new_node_from_literal(world, (const unsigned char *)"Japan", "en", 0);
  obj[5] = librdf_new_node_from_typed_literal(world, (const unsigned char *)"2017-04-05", NULL, dt);
  obj[6] = librdf_new_node_from_literal(world, (const unsigned char *)"Gr\xc3\xbc\xc3\x9f" "e \"quoted\"\n", NULL, 0);
  obj[7] = librdf_new_node_from_literal(world, (const unsigned char *)"", NULL, 0);
  obj[8] = uri("https://w3id.org/docgraph/ns#Person");
  obj[9] = librdf_new_node_from_literal(world, (const unsigned char *)"2017-04-05", NULL, 0);
  for (i = 0; i < N_CTX; i++) {
    snprintf(buf, sizeof buf, "https://w3id.org/docgraph/id/document/%016x", i * 7919);
    ctx[i] = uri(buf);
  }
  librdf_free_uri(dt);
}

static void free_nodes(void)
{
  int i;
  for (i = 0; i < N_SUBJ; i++) librdf_free_node(subj[i]);
  for (i = 0; i < N_PRED; i++) librdf_free_node(pred[i]);
  for (i = 0; i < N_OBJ; i++) librdf_free_node(obj[i]);
  for (i = 0; i < N_CTX; i++) librdf_free_node(ctx[i]);
}

/* ---------------------------------------------------------------- reference */

/* A quad as indices; c = -1 for no context. */
typedef struct q4 { int s, p, o, c; } q4;
static q4 ref[N_SUBJ * N_PRED * N_OBJ * (N_CTX + 1)];
static int n_ref;

static int ref_find(q4 q)
{
  int i;
  for (i = 0; i < n_ref; i++)
    if (ref[i].s == q.s && ref[i].p == q.p && ref[i].o == q.o && ref[i].c == q.c)
      return i;
  return -1;
}

static int ref_has_triple(int s, int p, int o)
{
  int i;
  for (i = 0; i < n_ref; i++)
    if (ref[i].s == s && ref[i].p == p && ref[i].o == o)
      return 1;
  return 0;
}

/* Nodes equal in value share one index in each table, except obj[0..2],
 * which are copies of subjects: compare nodes, not indices. */
static librdf_node *sn(int i) { return subj[i]; }
static librdf_node *on(int i) { return obj[i]; }
static librdf_node *cn(int i) { return i < 0 ? NULL : ctx[i]; }

/* ---------------------------------------------------------------- rendering */

static char *term(librdf_node *n)
{
  unsigned char *s;
  char *r;
  if (!n)
    return strdup("-");
  s = raptor_term_to_string((raptor_term *)n);
  r = strdup((const char *)s);
  raptor_free_memory(s);
  return r;
}

static char *quad_str(librdf_node *s, librdf_node *p, librdf_node *o, librdf_node *c)
{
  char *a = term(s), *b = term(p), *d = term(o), *e = term(c), *r;
  size_t n = strlen(a) + strlen(b) + strlen(d) + strlen(e) + 5;
  r = malloc(n);
  snprintf(r, n, "%s %s %s %s", a, b, d, e);
  free(a);
  free(b);
  free(d);
  free(e);
  return r;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A sorted, duplicate-free list of strings. */
typedef struct slist { char **v; int n, cap; } slist;

static void sl_add(slist *l, char *s)
{
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 64;
    l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
  }
  l->v[l->n++] = s;
}

static void sl_finish(slist *l)
{
  int i, j = 0;
  if (l->n)
    qsort(l->v, (size_t)l->n, sizeof *l->v, cmp_str);
  for (i = 0; i < l->n; i++) {
    if (j && strcmp(l->v[j - 1], l->v[i]) == 0) {
      free(l->v[i]);
      continue;
    }
    l->v[j++] = l->v[i];
  }
  l->n = j;
}

static void sl_free(slist *l)
{
  int i;
  for (i = 0; i < l->n; i++)
    free(l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}

static int sl_equal(const slist *a, const slist *b)
{
  int i;
  if (a->n != b->n)
    return 0;
  for (i = 0; i < a->n; i++)
    if (strcmp(a->v[i], b->v[i]) != 0)
      return 0;
  return 1;
}

static void sl_diff(const char *la, const slist *a, const char *lb, const slist *b)
{
  int i, shown = 0;
  for (i = 0; i < a->n && shown < 6; i++) {
    int j, found = 0;
    for (j = 0; j < b->n; j++)
      if (strcmp(a->v[i], b->v[j]) == 0)
        found = 1;
    if (!found) {
      printf("#   only in %s: %s\n", la, a->v[i]);
      shown++;
    }
  }
  for (i = 0; i < b->n && shown < 12; i++) {
    int j, found = 0;
    for (j = 0; j < a->n; j++)
      if (strcmp(b->v[i], a->v[j]) == 0)
        found = 1;
    if (!found) {
      printf("#   only in %s: %s\n", lb, b->v[i]);
      shown++;
    }
  }
}

/* Runs find (in a context when `c` is given) and collects the quads. */
static void collect(librdf_model *m, librdf_node *s, librdf_node *p, librdf_node *o,
                    librdf_node *c, slist *out)
{
  librdf_statement *q = librdf_new_statement_from_nodes(
    world, s ? librdf_new_node_from_node(s) : NULL, p ? librdf_new_node_from_node(p) : NULL,
    o ? librdf_new_node_from_node(o) : NULL);
  librdf_stream *st = c ? librdf_model_find_statements_in_context(m, q, c)
                        : librdf_model_find_statements(m, q);
  while (st && !librdf_stream_end(st)) {
    librdf_statement *x = librdf_stream_get_object(st);
    librdf_node *g = librdf_stream_get_context2(st);
    sl_add(out, quad_str(librdf_statement_get_subject(x), librdf_statement_get_predicate(x),
                         librdf_statement_get_object(x), g));
    librdf_stream_next(st);
  }
  if (st)
    librdf_free_stream(st);
  librdf_free_statement(q);
  sl_finish(out);
}

static void expected(librdf_node *s, librdf_node *p, librdf_node *o, librdf_node *c, slist *out)
{
  int i;
  for (i = 0; i < n_ref; i++) {
    q4 q = ref[i];
    if ((s && !librdf_node_equals(s, sn(q.s))) || (p && !librdf_node_equals(p, pred[q.p])) ||
        (o && !librdf_node_equals(o, on(q.o))) || (c && (q.c < 0 || !librdf_node_equals(c, ctx[q.c]))))
      continue;
    sl_add(out, quad_str(sn(q.s), pred[q.p], on(q.o), cn(q.c)));
  }
  sl_finish(out);
}

/* ---------------------------------------------------------------- the stores */

static librdf_storage *dg_st, *h_st;
static librdf_model *dg_m, *h_m;

static int open_dg(int writable)
{
  dg_st = librdf_new_storage(world, "docgraph", dir, writable ? "write='yes'" : NULL);
  if (!dg_st) {
    printf("# cannot open docgraph storage: %s\n", dg_storage_dg_last_message());
    return 1;
  }
  dg_m = librdf_new_model(world, dg_st, NULL);
  return dg_m ? 0 : 1;
}

static void close_dg(void)
{
  librdf_free_model(dg_m);
  librdf_free_storage(dg_st);
  dg_m = NULL;
  dg_st = NULL;
}

static unsigned long rnd_state;
static unsigned rnd(unsigned n)
{
  rnd_state = rnd_state * 6364136223846793005UL + 1442695040888963407UL;
  return (unsigned)((rnd_state >> 33) % n);
}

static librdf_statement *stmt(q4 q)
{
  return librdf_new_statement_from_nodes(world, librdf_new_node_from_node(sn(q.s)),
                                         librdf_new_node_from_node(pred[q.p]),
                                         librdf_new_node_from_node(on(q.o)));
}

/* One random operation on all three. */
static void random_op(int in_txn)
{
  q4 q;
  int k = (int)rnd(100), i;
  librdf_statement *st;
  q.s = (int)rnd(N_SUBJ);
  q.p = (int)rnd(N_PRED);
  q.o = (int)rnd(N_OBJ);
  q.c = (int)rnd(N_CTX + 1) - 1;
  if (k < 55) {   /* add */
    if (ref_find(q) >= 0)
      return;
    if (q.c < 0 && ref_has_triple(q.s, q.p, q.o))
      return;
    st = stmt(q);
    if (q.c < 0) {
      librdf_model_add_statement(dg_m, st);
      librdf_model_add_statement(h_m, st);
    } else {
      librdf_model_context_add_statement(dg_m, ctx[q.c], st);
      librdf_model_context_add_statement(h_m, ctx[q.c], st);
    }
    librdf_free_statement(st);
    ref[n_ref++] = q;
  } else if (k < 85) {   /* remove an existing quad */
    if (!n_ref)
      return;
    i = (int)rnd((unsigned)n_ref);
    q = ref[i];
    st = stmt(q);
    if (q.c < 0) {
      librdf_model_remove_statement(dg_m, st);
      librdf_model_remove_statement(h_m, st);
    } else {
      librdf_model_context_remove_statement(dg_m, ctx[q.c], st);
      librdf_model_context_remove_statement(h_m, ctx[q.c], st);
    }
    librdf_free_statement(st);
    ref[i] = ref[--n_ref];
  } else if (k < 90) {   /* drop a context */
    int c = (int)rnd(N_CTX);
    librdf_model_context_remove_statements(dg_m, ctx[c]);
    librdf_model_context_remove_statements(h_m, ctx[c]);
    for (i = 0; i < n_ref;)
      if (ref[i].c == c)
        ref[i] = ref[--n_ref];
      else
        i++;
  } else if (!in_txn) {   /* remove a quad that is not there: nothing happens */
    if (ref_find(q) >= 0 || q.c < 0)
      return;
    st = stmt(q);
    librdf_model_context_remove_statement(dg_m, ctx[q.c], st);
    librdf_free_statement(st);
  }
}

static librdf_node *pick(int kind)
{
  /* mostly nodes that occur, sometimes one that never does */
  static librdf_node *absent;
  if (!absent)
    absent = uri("http://example.org/never");
  if (rnd(10) == 0)
    return absent;
  switch (kind) {
  case 0: return sn((int)rnd(N_SUBJ));
  case 1: return pred[rnd(N_PRED)];
  case 2: return on((int)rnd(N_OBJ));
  default: return ctx[rnd(N_CTX)];
  }
}

static int compare_all(const char *when)
{
  int mask, rep, bad = 0;
  slist a = {0}, b = {0}, e = {0};
  librdf_iterator *it;
  for (mask = 0; mask < 16; mask++) {
    for (rep = 0; rep < 3; rep++) {
      librdf_node *s = (mask & 1) ? pick(0) : NULL, *p = (mask & 2) ? pick(1) : NULL,
                  *o = (mask & 4) ? pick(2) : NULL, *c = (mask & 8) ? pick(3) : NULL;
      if (rep == 0 && n_ref) {
        /* and once with the terms of a quad that is there */
        q4 q = ref[rnd((unsigned)n_ref)];
        s = (mask & 1) ? sn(q.s) : NULL;
        p = (mask & 2) ? pred[q.p] : NULL;
        o = (mask & 4) ? on(q.o) : NULL;
        c = (mask & 8) ? (q.c >= 0 ? ctx[q.c] : ctx[0]) : NULL;
      }
      collect(dg_m, s, p, o, c, &a);
      collect(h_m, s, p, o, c, &b);
      expected(s, p, o, c, &e);
      if (!sl_equal(&a, &e) || !sl_equal(&b, &e)) {
        if (!bad)
          printf("# %s: find with mask %d%s%s%s%s differs\n", when, mask, s ? " s" : "",
                 p ? " p" : "", o ? " o" : "", c ? " c" : "");
        if (!sl_equal(&a, &e))
          sl_diff("docgraph", &a, "expected", &e);
        if (!sl_equal(&b, &e))
          sl_diff("hashes", &b, "expected", &e);
        bad++;
      }
      sl_free(&a);
      sl_free(&b);
      sl_free(&e);
    }
  }
  /* contains: all three bound */
  for (rep = 0; rep < 30; rep++) {
    q4 q;
    librdf_statement *st;
    int want, got_d, got_h;
    q.s = (int)rnd(N_SUBJ);
    q.p = (int)rnd(N_PRED);
    q.o = (int)rnd(N_OBJ);
    if (rep % 3 == 0 && n_ref)
      q = ref[rnd((unsigned)n_ref)];
    st = stmt(q);
    want = ref_has_triple(q.s, q.p, q.o);
    got_d = librdf_storage_contains_statement(dg_st, st) != 0;
    got_h = librdf_storage_contains_statement(h_st, st) != 0;
    if (got_d != want || got_h != want) {
      printf("# %s: contains: docgraph %d, hashes %d, expected %d\n", when, got_d, got_h, want);
      bad++;
    }
    librdf_free_statement(st);
  }
  if (librdf_model_size(dg_m) != n_ref || librdf_model_size(h_m) != n_ref) {
    printf("# %s: size: docgraph %d, hashes %d, expected %d\n", when, librdf_model_size(dg_m),
           librdf_model_size(h_m), n_ref);
    bad++;
  }
  /* contexts */
  for (it = librdf_model_get_contexts(dg_m); it && !librdf_iterator_end(it); librdf_iterator_next(it))
    sl_add(&a, term(librdf_iterator_get_object(it)));
  if (it)
    librdf_free_iterator(it);
  for (it = librdf_model_get_contexts(h_m); it && !librdf_iterator_end(it); librdf_iterator_next(it))
    sl_add(&b, term(librdf_iterator_get_object(it)));
  if (it)
    librdf_free_iterator(it);
  for (rep = 0; rep < n_ref; rep++)
    if (ref[rep].c >= 0)
      sl_add(&e, term(ctx[ref[rep].c]));
  sl_finish(&a);
  sl_finish(&b);
  sl_finish(&e);
  if (!sl_equal(&a, &e) || !sl_equal(&b, &e)) {
    printf("# %s: contexts differ (docgraph %d, hashes %d, expected %d)\n", when, a.n, b.n, e.n);
    bad++;
  }
  sl_free(&a);
  sl_free(&b);
  sl_free(&e);
  return bad;
}

/* ---------------------------------------------------------------- failure paths */

static char *file_in(const char *name)
{
  static char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  return p;
}

static long file_size(const char *name)
{
  struct stat st;
  return stat(file_in(name), &st) == 0 ? (long)st.st_size : -1;
}

/* CRC-32 (IEEE), as the storage computes it. */
static uint32_t crc32_of(const unsigned char *p, size_t len)
{
  uint32_t c = 0xFFFFFFFFu;
  size_t i;
  int k;
  for (i = 0; i < len; i++) {
    c ^= p[i];
    for (k = 0; k < 8; k++)
      c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
  }
  return c ^ 0xFFFFFFFFu;
}

/* Writes format `v` into the header of file `name`, with the header's
 * checksum made again: a header as a docgraph of that format writes it. */
static int set_format(const char *name, unsigned v)
{
  unsigned char h[32];
  uint32_t crc;
  int fd = open(file_in(name), O_RDWR), i, rc = -1;
  if (fd < 0)
    return -1;
  if (pread(fd, h, 32, 0) == 32) {
    for (i = 0; i < 4; i++)
      h[8 + i] = (unsigned char)(v >> (8 * i));
    crc = crc32_of(h, 28);
    for (i = 0; i < 4; i++)
      h[28 + i] = (unsigned char)(crc >> (8 * i));
    rc = pwrite(fd, h, 32, 0) == 32 ? 0 : -1;
  }
  close(fd);
  return rc;
}

static void failure_paths(void)
{
  librdf_storage *second;
  librdf_statement *st;
  q4 q = {0, 0, 3, 1};
  long before;
  int fd;
  unsigned char b;

  /* a second writer is refused, naming this process */
  ok(open_dg(1) == 0, "reopen for the failure tests");
  second = librdf_new_storage(world, "docgraph", dir, "write='yes'");
  ok(second == NULL && dg_storage_dg_last_error() == DG_STORAGE_ELOCKED &&
       dg_storage_dg_lock_holder() == (long)getpid(),
     "a second writer is refused while the first holds the lock");
  ok(strstr(dg_storage_dg_last_message(), "is being written by another docgraph process (pid") != NULL,
     "the refusal says who holds the lock: %s", dg_storage_dg_last_message());
  if (second)
    librdf_free_storage(second);
  /* a reader is not refused */
  second = librdf_new_storage(world, "docgraph", dir, NULL);
  ok(second != NULL, "a reader opens while the writer holds the lock");
  if (second)
    librdf_free_storage(second);

  /* a transaction that is rolled back leaves nothing */
  st = stmt(q);
  librdf_storage_transaction_start(dg_st);
  librdf_model_context_add_statement(dg_m, ctx[1], st);
  librdf_storage_transaction_rollback(dg_st);
  ok(librdf_model_size(dg_m) == n_ref, "a rolled-back transaction changes nothing");

  /* a committed transaction, then a torn copy of it */
  before = file_size("journal");
  librdf_storage_transaction_start(dg_st);
  librdf_model_context_remove_statements(dg_m, ctx[1]);
  librdf_model_context_add_statement(dg_m, ctx[1], st);
  ok(librdf_storage_transaction_commit(dg_st) == 0, "a transaction commits");
  librdf_free_statement(st);
  ok(file_size("journal") > before, "the commit is in the journal");
  close_dg();
  /* tear the last record: cut its last byte */
  ok(truncate(file_in("journal"), file_size("journal") - 1) == 0, "tear the journal's tail");
  ok(open_dg(0) == 0, "a store with a torn journal opens");
  {
    slist a = {0}, e = {0};
    collect(dg_m, NULL, NULL, NULL, ctx[1], &a);
    expected(NULL, NULL, NULL, ctx[1], &e);
    ok(sl_equal(&a, &e) && librdf_model_size(dg_m) == n_ref,
       "it reads as before the torn transaction (%d quads in the graph)", a.n);
    sl_free(&a);
    sl_free(&e);
  }
  close_dg();
  ok(open_dg(1) == 0, "a writer opens it and cuts the torn tail");
  ok(file_size("journal") == before, "the journal is back to its last whole record");
  close_dg();

  /* a newer format is refused with a clear message (its header checks:
   * a format number that does not is damage, see test_storage_damage) */
  ok(set_format("snapshot", 127) == 0, "mark the snapshot as format 127");
  second = librdf_new_storage(world, "docgraph", dir, NULL);
  ok(second == NULL && dg_storage_dg_last_error() == DG_STORAGE_ENEWER &&
       strstr(dg_storage_dg_last_message(), "newer docgraph (format 127"),
     "a newer format is refused: %s", dg_storage_dg_last_message());
  if (second)
    librdf_free_storage(second);
  ok(set_format("snapshot", DG_STORAGE_FORMAT) == 0, "restore the format");
  fd = open(file_in("snapshot"), O_RDWR);
  if (fd >= 0) {
    /* flip a byte in the middle: the checksum catches it */
    if (pread(fd, &b, 1, file_size("snapshot") / 2) == 1) {
      b ^= 0x55;
      (void)pwrite(fd, &b, 1, file_size("snapshot") / 2);
    }
    close(fd);
  }
  second = librdf_new_storage(world, "docgraph", dir, NULL);
  ok(second == NULL && dg_storage_dg_last_error() == DG_STORAGE_ECORRUPT,
     "a damaged snapshot is refused: %s", dg_storage_dg_last_message());
  if (second)
    librdf_free_storage(second);

  /* reading a store that is not there */
  second = librdf_new_storage(world, "docgraph", "/nonexistent/docgraph.store", NULL);
  ok(second == NULL && dg_storage_dg_last_error() == DG_STORAGE_ENOENT,
     "a missing store is an error in read mode");
}

int main(int argc, char **argv)
{
  unsigned long seed = argc > 1 ? strtoul(argv[1], NULL, 10) : 20240601UL;
  int round, i, bad;
  char *tmp = getenv("TMPDIR");

  dg_store_close(NULL);
  ok(1, "dg_store_close(NULL)");

  snprintf(dir, sizeof dir, "%s/dg-conformance-XXXXXX", tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    printf("Bail out! mkdtemp: %s\n", strerror(errno));
    return 1;
  }
  strcat(dir, "/store");
  rnd_state = seed;
  printf("# seed %lu, store %s\n", seed, dir);

  world = librdf_new_world();
  librdf_world_open(world);
  ok(dg_storage_dg_register(world) == 0, "register the docgraph storage");
  ok(dg_storage_dg_register(world) == 0, "registering twice is harmless");
  make_nodes();

  ok(open_dg(1) == 0, "create a docgraph store");
  h_st = librdf_new_storage(world, "hashes", "conf", "hash-type='memory',contexts='yes'");
  h_m = librdf_new_model(world, h_st, NULL);
  ok(h_m != NULL, "create a hashes store");

  for (round = 0; round < 40; round++) {
    char when[64];
    int txn = round % 4 == 1;
    if (txn)
      librdf_storage_transaction_start(dg_st);
    for (i = 0; i < 40; i++)
      random_op(txn);
    if (txn)
      librdf_storage_transaction_commit(dg_st);
    snprintf(when, sizeof when, "round %d%s", round, txn ? " (transaction)" : "");
    bad = compare_all(when);
    ok(bad == 0, "%s: docgraph, hashes and the reference agree (%d quads)", when, n_ref);
    if (round % 5 == 4) {
      if (round % 10 == 9)
        ok(dg_storage_dg_compact(dg_st) == 0, "compact");
      librdf_storage_sync(dg_st);
      close_dg();
      ok(open_dg(round % 10 == 4 ? 0 : 1) == 0, "reopen after round %d", round);
      bad = compare_all("after reopen");
      ok(bad == 0, "after reopen: the same answers (%d quads)", n_ref);
      if (round % 10 == 4) {
        close_dg();
        ok(open_dg(1) == 0, "reopen for writing");
      }
    }
  }
  close_dg();
  failure_paths();

  librdf_free_model(h_m);
  librdf_free_storage(h_st);
  free_nodes();
  librdf_free_world(world);
  {
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%.*s'", (int)(strlen(dir) - 6), dir);
    if (system(cmd) != 0)
      printf("# could not remove %s\n", dir);
  }
  return tap_done();
}
