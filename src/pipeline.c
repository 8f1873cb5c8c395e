/* pipeline.c - the map pipeline shared by `map` and `load`. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "iri.h"
#include "log.h"
#include "pipeline.h"
#include "resolve.h"
#include "xalloc.h"

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

/* ---- dg_pipeline_run ---------------------------------------------------- */

typedef enum slot_state {
  SLOT_FREE,     /* not in use */
  SLOT_QUEUED,   /* read, waiting for a worker */
  SLOT_BUSY,     /* a worker is mapping it */
  SLOT_DONE      /* mapped (or a failed input): the consumer's */
} slot_state;

typedef struct slot {
  slot_state state;
  dg_mapped m;
} slot;

typedef struct runner {
  dg_pipeline *p;
  int lent;              /* the pipeline's own mapper is taken (by one worker) */
  dg_pipeline_want want;
  pthread_mutex_t mu;
  pthread_cond_t work;   /* a slot was queued, or quit */
  pthread_cond_t done;   /* a slot is done */
  slot *slots;           /* ring: input k lives in slots[k % cap] */
  size_t cap;
  size_t queued;         /* inputs read so far (0..queued-1 are in slots or consumed) */
  size_t next;           /* the next input a worker looks at */
  int quit;
} runner;

/* Pure C on `m`: safe on any thread with its own mapper. */
static void map_one(dg_pipeline *p, dg_mapper *mapper, dg_pipeline_want want, dg_mapped *m)
{
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
  dg_mapper *mapper = NULL, *own = NULL;
  /* the first worker borrows the pipeline's mapper (the calling thread maps
   * nothing during a run), the others make their own around the same
   * read-only gazetteer, which outlives the run */
  pthread_mutex_lock(&r->mu);
  if (!r->lent) {
    r->lent = 1;
    mapper = r->p->mapper;
  }
  pthread_mutex_unlock(&r->mu);
  if (!mapper)
    mapper = own = dg_mapper_new_with(dg_mapper_gazetteer(r->p->mapper));
  pthread_mutex_lock(&r->mu);
  for (;;) {
    slot *s;
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
    pthread_mutex_unlock(&r->mu);
    map_one(r->p, mapper, r->want, &s->m);
    pthread_mutex_lock(&r->mu);
    s->state = SLOT_DONE;
    pthread_cond_signal(&r->done);
  }
  pthread_mutex_unlock(&r->mu);
  dg_mapper_free(own);
  return NULL;
}

/* jobs == 1: no thread, no lock. */
static dg_status run_serial(dg_pipeline *p, dg_pipeline_want want, size_t n,
                            dg_pipeline_reader read, dg_pipeline_consumer consume, void *ud)
{
  size_t k;
  for (k = 0; k < n; k++) {
    dg_mapped m = {NULL, NULL, NULL, {{NULL, 0, 0}, NULL, NULL, 0, 0}};
    dg_status st = read(ud, k, &m.doc);
    dg_lines_init(&m.lines);
    if (st == DG_OK && m.doc)
      map_one(p, p->mapper, want, &m);
    if (st == DG_OK)
      st = consume(ud, k, &m);
    clear_mapped(&m);
    if (st != DG_OK)
      return st;
  }
  return DG_OK;
}

dg_status dg_pipeline_run(dg_pipeline *p, unsigned jobs, dg_pipeline_want want, size_t n,
                          dg_pipeline_reader read, dg_pipeline_consumer consume, void *ud)
{
  runner r;
  pthread_t *threads;
  unsigned started = 0, t;
  size_t head = 0, i;
  dg_status st = DG_OK;

  if (jobs > n)
    jobs = (unsigned)n;
  if (jobs <= 1)
    return run_serial(p, want, n, read, consume, ud);

  memset(&r, 0, sizeof r);
  r.p = p;
  r.want = want;
  r.cap = (size_t)jobs * 4;
  r.slots = xcalloc(r.cap, sizeof *r.slots);
  pthread_mutex_init(&r.mu, NULL);
  pthread_cond_init(&r.work, NULL);
  pthread_cond_init(&r.done, NULL);
  threads = xcalloc(jobs, sizeof *threads);
  for (t = 0; t < jobs; t++) {
    if (pthread_create(&threads[t], NULL, worker, &r) != 0)
      break;
    started++;
  }
  if (started == 0) {
    /* no thread to be had: the serial path gives the same result */
    free(threads);
    free(r.slots);
    pthread_cond_destroy(&r.done);
    pthread_cond_destroy(&r.work);
    pthread_mutex_destroy(&r.mu);
    return run_serial(p, want, n, read, consume, ud);
  }

  pthread_mutex_lock(&r.mu);
  while (head < n && st == DG_OK) {
    slot *h = &r.slots[head % r.cap];
    if (head < r.queued && h->state == SLOT_DONE) {
      /* the oldest input is ready: consume it first, output flows and
       * its memory comes back */
      pthread_mutex_unlock(&r.mu);
      st = consume(ud, head, &h->m);
      clear_mapped(&h->m);
      pthread_mutex_lock(&r.mu);
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
      dg_lines_init(&s->m.lines);
      s->state = doc ? SLOT_QUEUED : SLOT_DONE;
      r.queued++;
      pthread_cond_signal(&r.work);
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
  free(threads);
  free(r.slots);
  pthread_cond_destroy(&r.done);
  pthread_cond_destroy(&r.work);
  pthread_mutex_destroy(&r.mu);
  return st;
}

dg_status dg_pipeline_emit(dg_pipeline *p, const dg_mapped *m, dg_emit_sink sink, void *ud)
{
  return dg_emit(dg_rdf_world(p->rdf), p->vocab, m->facts, m->iris, sink, ud);
}
