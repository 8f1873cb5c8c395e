/* pipeline.c - the map pipeline shared by `map` and `load`. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/log.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "resolve/resolve.h"
#include "emit/ntriples.h"
#include "emit/pipeline.h"

struct dg_pipeline {
  dg_rdf *rdf;        /* borrowed */
  const char *base;   /* borrowed */
  dg_mapper *mapper;
  dg_vocab *vocab;
};

dg_status dg_pipeline_new(dg_rdf *rdf, const char *base, dg_pipeline **out)
{
  dg_pipeline *p = xcalloc(1, sizeof *p);
  *out = NULL;
  p->rdf = rdf;
  p->base = base;
  p->vocab = dg_vocab_new(rdf);
  if (!p->vocab) {
    free(p);
    return dg_fail(DG_ERR_INTERNAL, "cannot create the vocabulary nodes");
  }
  p->mapper = dg_mapper_new();
  *out = p;
  return DG_OK;
}

void dg_pipeline_free(dg_pipeline *p)
{
  if (!p)
    return;
  dg_mapper_free(p->mapper);
  dg_vocab_free(p->vocab);
  free(p);
}

dg_facts *dg_pipeline_facts(dg_pipeline *p, const dg_doc *doc)
{
  dg_facts *f = dg_facts_new();
  dg_mapper_map(p->mapper, doc, f);
  return f;
}

dg_status dg_pipeline_map(dg_pipeline *p, const dg_doc *doc, dg_emit_sink sink, void *ud,
                          dg_facts **facts_out)
{
  dg_facts *f = dg_pipeline_facts(p, doc);
  char **iris = dg_resolve(f, p->base);
  dg_status st = dg_emit(dg_rdf_world(p->rdf), p->vocab, f, iris, sink, ud);
  dg_resolve_free(iris, dg_facts_n_entities(f));
  if (facts_out)
    *facts_out = f;
  else
    dg_facts_free(f);
  return st;
}

char *dg_pipeline_graph_iri(const dg_pipeline *p, const dg_doc *doc)
{
  return dg_iri_document(p->base, dg_doc_sha256(doc));
}

const dg_vocab *dg_pipeline_vocab(const dg_pipeline *p) { return p->vocab; }

void dg_pipeline_set_views(dg_pipeline *p, unsigned views) { dg_vocab_set_views(p->vocab, views); }

/* ---- dg_pipeline_run ---------------------------------------------------- */

typedef enum slot_state {
  SLOT_FREE,     /* not in use */
  SLOT_QUEUED,   /* read, waiting for a worker */
  SLOT_BUSY,     /* a worker is mapping it */
  SLOT_DONE      /* mapped (or a failed input): the consumer's */
} slot_state;

typedef struct slot {
  slot_state state;
  size_t k;        /* the input it holds */
  unsigned owner;  /* the worker that mapped it, or NO_OWNER */
  dg_mapped m;
} slot;

#define NO_OWNER ((unsigned)-1)

typedef struct runner {
  dg_pipeline *p;
  dg_pipeline_want want;
  dg_pipeline_skip skip;
  void *ud;
  pthread_mutex_t mu;
  pthread_cond_t work;   /* a slot was queued, or quit */
  pthread_cond_t done;   /* a slot is done */
  slot *slots;           /* ring: input k lives in slots[k % cap] */
  size_t cap;
  size_t queued;         /* inputs read so far (0..queued-1 are in slots or consumed) */
  size_t next;           /* the next input a worker looks at */
  int quit;
  /* Consumed results go back to the worker that made them, to be freed
   * there: freeing is half of what the calling thread would otherwise do,
   * and a thread freeing its own blocks takes no other thread's malloc
   * arena lock. trash[w * cap ...] holds worker w's, n_trash[w] of them
   * (never more than cap: a worker has no more results than slots). */
  dg_mapped *trash;
  size_t *n_trash;
  unsigned n_workers;    /* ids handed out so far */
} runner;

/* Frees what dg_pipeline_run() allocated for `r` and its locks (not the
 * results still in the slots: the caller clears those first). */
static void run_release(runner *r)
{
  free(r->slots);
  free(r->trash);
  free(r->n_trash);
  pthread_cond_destroy(&r->done);
  pthread_cond_destroy(&r->work);
  pthread_mutex_destroy(&r->mu);
}

/* Pure C on `m`: safe on any thread with its own mapper. */
static void map_one(dg_pipeline *p, dg_mapper *mapper, dg_pipeline_want want,
                    dg_pipeline_skip skip, void *ud, size_t k, dg_mapped *m)
{
  dg_doc_fill(m->doc);
  if (!dg_doc_filled_ok(m->doc) || (skip && skip(ud, k, m->doc)))
    return;
  m->facts = dg_facts_new();
  dg_mapper_map(mapper, m->doc, m->facts);
  if (want == DG_WANT_FACTS)
    return;
  m->iris = dg_resolve(m->facts, p->base);
  if (want == DG_WANT_NTRIPLES || want == DG_WANT_NQUADS)
    dg_emit_lines(p->vocab, m->facts, m->iris, want == DG_WANT_NQUADS, &m->lines);
}

static void clear_mapped(dg_mapped *m)
{
  if (m->iris)
    dg_resolve_free(m->iris, dg_facts_n_entities(m->facts));
  if (m->facts)
    dg_facts_free(m->facts);
  dg_doc_free(m->doc);
  dg_lines_release(&m->lines);
  m->doc = NULL;
  m->facts = NULL;
  m->iris = NULL;
}

static void *worker(void *arg)
{
  runner *r = arg;
  /* every worker has a mapper of its own around the one read-only
   * gazetteer, which outlives the run; the pipeline's mapper stays the
   * calling thread's */
  dg_mapper *mapper = dg_mapper_new_with(dg_mapper_gazetteer(r->p->mapper));
  dg_mapped *spent = xcalloc(r->cap, sizeof *spent);
  unsigned me;
  size_t i;
  pthread_mutex_lock(&r->mu);
  me = r->n_workers++;
  for (;;) {
    slot *s;
    size_t k, n_spent = r->n_trash[me];
    if (n_spent) {
      memcpy(spent, &r->trash[(size_t)me * r->cap], n_spent * sizeof *spent);
      r->n_trash[me] = 0;
      pthread_mutex_unlock(&r->mu);
      for (i = 0; i < n_spent; i++)
        clear_mapped(&spent[i]);
      pthread_mutex_lock(&r->mu);
    }
    while (!r->quit && r->next == r->queued)
      pthread_cond_wait(&r->work, &r->mu);
    if (r->quit)
      break;
    /* A failed input is DONE when read: nothing to map. Its slot may
     * already hold input next + cap, queued after the failed one was
     * consumed; mapping that one now, early, is just as right. */
    s = &r->slots[r->next++ % r->cap];
    if (s->state != SLOT_QUEUED)
      continue;
    s->state = SLOT_BUSY;
    s->owner = me;
    k = s->k;
    pthread_mutex_unlock(&r->mu);
    map_one(r->p, mapper, r->want, r->skip, r->ud, k, &s->m);
    pthread_mutex_lock(&r->mu);
    s->state = SLOT_DONE;
    pthread_cond_signal(&r->done);
  }
  pthread_mutex_unlock(&r->mu);
  free(spent);
  dg_mapper_free(mapper);
  return NULL;
}

/* jobs == 1: no thread, no lock. */
static dg_status run_serial(dg_pipeline *p, dg_pipeline_want want, size_t n,
                            dg_pipeline_reader read, dg_pipeline_skip skip,
                            dg_pipeline_consumer consume, void *ud)
{
  size_t k;
  for (k = 0; k < n; k++) {
    dg_mapped m = {NULL, NULL, NULL, {{NULL, 0, 0}, NULL, NULL, 0, 0}};
    dg_status st = read(ud, k, &m.doc);
    dg_lines_init(&m.lines);
    if (st == DG_OK && m.doc)
      map_one(p, p->mapper, want, skip, ud, k, &m);
    if (st == DG_OK)
      st = consume(ud, k, &m);
    clear_mapped(&m);
    if (st != DG_OK)
      return st;
  }
  return DG_OK;
}

dg_status dg_pipeline_run(dg_pipeline *p, unsigned jobs, dg_pipeline_want want, size_t n,
                          dg_pipeline_reader read, dg_pipeline_skip skip,
                          dg_pipeline_consumer consume, void *ud)
{
  runner r;
  pthread_t *threads;
  unsigned started = 0, t;
  size_t head = 0, i;
  dg_status st = DG_OK;

  if (jobs > n)
    jobs = (unsigned)n;
  if (jobs <= 1)
    return run_serial(p, want, n, read, skip, consume, ud);

  memset(&r, 0, sizeof r);
  r.p = p;
  r.want = want;
  r.skip = skip;
  r.ud = ud;
  r.cap = DG_PIPELINE_WINDOW(jobs);
  r.slots = xcalloc(r.cap, sizeof *r.slots);
  r.trash = xcalloc((size_t)jobs * r.cap, sizeof *r.trash);
  r.n_trash = xcalloc(jobs, sizeof *r.n_trash);
  pthread_mutex_init(&r.mu, NULL);
  pthread_cond_init(&r.work, NULL);
  pthread_cond_init(&r.done, NULL);
  /* jobs - 1 workers: the calling thread maps too when it has nothing to
   * write or read, so that N jobs are N busy threads, not N + 1 sharing N
   * cores (a descheduled calling thread stalls every worker) */
  threads = xcalloc(jobs, sizeof *threads);
  for (t = 0; t + 1 < jobs; t++) {
    if (pthread_create(&threads[t], NULL, worker, &r) != 0)
      break;
    started++;
  }
  if (started == 0) {
    /* no thread to be had: the serial path gives the same result */
    free(threads);
    run_release(&r);
    return run_serial(p, want, n, read, skip, consume, ud);
  }

  pthread_mutex_lock(&r.mu);
  while (head < n && st == DG_OK) {
    slot *h = &r.slots[head % r.cap];
    if (head < r.queued && h->state == SLOT_DONE) {
      /* the oldest input is ready: consume it first, output flows and
       * its memory comes back */
      pthread_mutex_unlock(&r.mu);
      st = consume(ud, head, &h->m);
      pthread_mutex_lock(&r.mu);
      if (h->owner != NO_OWNER && r.n_trash[h->owner] < r.cap) {
        r.trash[(size_t)h->owner * r.cap + r.n_trash[h->owner]++] = h->m;
        memset(&h->m, 0, sizeof h->m);
      } else {
        pthread_mutex_unlock(&r.mu);
        clear_mapped(&h->m);
        pthread_mutex_lock(&r.mu);
      }
      h->state = SLOT_FREE;
      head++;
    } else if (r.queued < n && r.queued - head < r.cap) {
      slot *s = &r.slots[r.queued % r.cap];
      dg_doc *doc = NULL;
      pthread_mutex_unlock(&r.mu);
      st = read(ud, r.queued, &doc);
      pthread_mutex_lock(&r.mu);
      if (st != DG_OK)
        break;
      s->m.doc = doc;
      s->k = r.queued;
      s->owner = NO_OWNER;
      dg_lines_init(&s->m.lines);
      s->state = doc ? SLOT_QUEUED : SLOT_DONE;
      r.queued++;
      pthread_cond_signal(&r.work);
    } else if (r.next < r.queued) {
      /* nothing to write or read: map the next queued input here rather
       * than wait (the pipeline's mapper is this thread's) */
      slot *s = &r.slots[r.next++ % r.cap];
      if (s->state == SLOT_QUEUED) {
        size_t k = s->k;
        s->state = SLOT_BUSY;
        s->owner = NO_OWNER;
        pthread_mutex_unlock(&r.mu);
        map_one(p, p->mapper, want, skip, ud, k, &s->m);
        pthread_mutex_lock(&r.mu);
        s->state = SLOT_DONE;
      }
    } else {
      pthread_cond_wait(&r.done, &r.mu);
    }
  }
  r.quit = 1;
  pthread_cond_broadcast(&r.work);
  pthread_mutex_unlock(&r.mu);
  for (t = 0; t < started; t++)
    pthread_join(threads[t], NULL);
  for (i = 0; i < r.cap; i++)
    clear_mapped(&r.slots[i].m);
  for (t = 0; t < jobs; t++)
    for (i = 0; i < r.n_trash[t]; i++)
      clear_mapped(&r.trash[(size_t)t * r.cap + i]);
  free(threads);
  run_release(&r);
  return st;
}

unsigned dg_pipeline_default_jobs(void)
{
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 8 ? 8 : (unsigned)n;
}

int dg_pipeline_parse_jobs(const char *s, unsigned *jobs)
{
  char *end;
  unsigned long v;
  errno = 0;
  v = strtoul(s, &end, 10);
  if (!isdigit((unsigned char)s[0]) || *end || errno || v < 1 || v > DG_PIPELINE_MAX_JOBS)
    return 0;
  *jobs = (unsigned)v;
  return 1;
}

dg_status dg_pipeline_emit(dg_pipeline *p, const dg_mapped *m, dg_emit_sink sink, void *ud)
{
  return dg_emit(dg_rdf_world(p->rdf), p->vocab, m->facts, m->iris, sink, ud);
}

dg_status dg_pipeline_emit_url(dg_pipeline *p, const dg_doc *doc, const char *url,
                               dg_emit_sink sink, void *ud)
{
  librdf_world *w = dg_rdf_world(p->rdf);
  char *iri = dg_pipeline_graph_iri(p, doc);
  librdf_node *g = librdf_new_node_from_uri_string(w, (const unsigned char *)iri);
  librdf_statement *st = librdf_new_statement_from_nodes(
    w, librdf_new_node_from_uri_string(w, (const unsigned char *)iri),
    librdf_new_node_from_uri_string(w, (const unsigned char *)DG_PROV_WAS_DERIVED_FROM),
    librdf_new_node_from_uri_string(w, (const unsigned char *)url));
  dg_status rc = DG_OK;
  free(iri);
  if (!g || !st)
    rc = dg_fail(DG_ERR_INTERNAL, "cannot make a node for <%s>", url);
  else if (sink(ud, st, g))
    rc = DG_ERR_IO;
  if (st)
    librdf_free_statement(st);
  if (g)
    librdf_free_node(g);
  return rc;
}

void dg_pipeline_url_line(const dg_pipeline *p, const dg_doc *doc, const char *url, int quads,
                          dg_lines *l)
{
  char *iri = dg_pipeline_graph_iri(p, doc);
  dg_buf *b = &l->text;
  size_t t0, t1, t2, t3;
  uint64_t hs, hp, ho, hg = 0;
  t0 = b->len;
  dg_nt_iri(b, iri, strlen(iri));
  hs = dg_nt_term_hash(b->data + t0, b->len - t0);
  dg_buf_addc(b, ' ');
  t1 = b->len;
  dg_nt_iri(b, DG_PROV_WAS_DERIVED_FROM, strlen(DG_PROV_WAS_DERIVED_FROM));
  hp = dg_nt_term_hash(b->data + t1, b->len - t1);
  dg_buf_addc(b, ' ');
  t2 = b->len;
  dg_nt_iri(b, url, strlen(url));
  ho = dg_nt_term_hash(b->data + t2, b->len - t2);
  if (quads) {
    dg_buf_addc(b, ' ');
    t3 = b->len;
    dg_nt_iri(b, iri, strlen(iri));
    hg = dg_nt_term_hash(b->data + t3, b->len - t3);
  }
  dg_buf_add(b, " .\n", 3);
  xgrow(&l->ends, &l->cap, l->n + 1, sizeof *l->ends);
  l->keys = xrealloc(l->keys, l->cap * sizeof *l->keys);
  l->ends[l->n] = b->len;
  l->keys[l->n] = dg_nt_digest(hs, hp, ho, hg);
  l->n++;
  free(iri);
}
