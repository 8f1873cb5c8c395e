/* trig.c - raptor statements through serd's TriG writer. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <serd/serd.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "emit/trig.h"
#include "emit/vocab.h"

/* A statement of the graph being gathered. */
typedef struct held {
  raptor_term *s, *p, *o;   /* owned references (raptor_term_copy) */
  size_t rank;              /* where its subject first came in the graph */
  size_t seq;               /* where it came */
} held;

struct dg_trig {
  FILE *out;           /* borrowed */
  SerdEnv *env;
  SerdWriter *writer;
  int err;             /* errno of the first failed write, or 0 */
  char *why;           /* owned: serd's first complaint, or NULL */
  /* the statements of one graph, gathered so that each subject's come
   * together (serd groups only consecutive ones): a graph at a time is
   * in memory, never more */
  raptor_term *graph;  /* owned reference: their graph; NULL: default */
  held *v;
  size_t n, cap;
  dg_strmap *subjects; /* subject key -> rank */
};

/* serd's sink: the output, with the first failure kept. */
static size_t sink(const void *buf, size_t len, void *ud)
{
  dg_trig *t = ud;
  if (t->err)
    return 0;
  if (fwrite(buf, 1, len, t->out) != len) {
    t->err = errno ? errno : EIO;
    return 0;
  }
  return len;
}

/* serd's error sink: the first message is kept for dg_trig_why(). */
static SerdStatus on_error(void *ud, const SerdError *e)
{
  dg_trig *t = ud;
  if (!t->why) {
    char msg[256];
    va_list ap;
    va_copy(ap, *e->args);
    /* serd hands over its own printf format with its arguments */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    vsnprintf(msg, sizeof msg, e->fmt, ap);
#pragma GCC diagnostic pop
    va_end(ap);
    msg[strcspn(msg, "\n")] = '\0';
    t->why = xasprintf("serd: %s", msg);
  }
  return SERD_SUCCESS;
}

dg_trig *dg_trig_new(FILE *out)
{
  dg_trig *t = xcalloc(1, sizeof *t);
  const dg_prefix *p;
  t->out = out;
  t->env = serd_env_new(NULL);
  /* abbreviated: one group per subject, "a" for rdf:type; curied:
   * prefixed names where the local name is plain letters and digits */
  t->writer = t->env ? serd_writer_new(SERD_TRIG, SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED,
                                       t->env, NULL, sink, t)
                     : NULL;
  if (!t->writer) {
    dg_trig_free(t);
    return NULL;
  }
  serd_writer_set_error_sink(t->writer, on_error, t);
  for (p = dg_prefixes; p->prefix; p++) {
    SerdNode name = serd_node_from_string(SERD_LITERAL, (const uint8_t *)p->prefix);
    SerdNode uri = serd_node_from_string(SERD_URI, (const uint8_t *)p->uri);
    serd_writer_set_prefix(t->writer, &name, &uri);
  }
  return t;
}

/* 1 if the datatype IRI `dt` is one whose literals serd writes bare
 * (xsd:boolean, xsd:integer, xsd:decimal), unchecked. */
static int written_bare(const char *dt, size_t len)
{
  size_t n = strlen(DG_NS_XSD);
  if (len <= n || memcmp(dt, DG_NS_XSD, n) != 0)
    return 0;
  dt += n;
  return strcmp(dt, "boolean") == 0 || strcmp(dt, "integer") == 0 ||
         strcmp(dt, "decimal") == 0;
}

/* `t` as a serd node, borrowing its text (valid while `t` lives). A CURIE
 * node is written as it is: that is how rdf:nil and the datatypes above
 * escape serd's shortcuts (the rdf and xsd prefixes are declared), and
 * `curie` holds its text. */
static SerdNode uri_node(const raptor_uri *u, char *curie, size_t cap)
{
  size_t len = 0;
  const unsigned char *s = raptor_uri_as_counted_string((raptor_uri *)u, &len);
  static const char nil[] = DG_NS_RDF "nil";
  if (len == sizeof nil - 1 && memcmp(s, nil, len) == 0) {
    snprintf(curie, cap, "rdf:nil");
    return serd_node_from_string(SERD_CURIE, (const uint8_t *)curie);
  }
  return serd_node_from_substring(SERD_URI, s, len);
}

static SerdNode term_node(const raptor_term *t, char *curie, size_t cap)
{
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return uri_node(t->value.uri, curie, cap);
  case RAPTOR_TERM_TYPE_BLANK:
    return serd_node_from_substring(SERD_BLANK, t->value.blank.string, t->value.blank.string_len);
  case RAPTOR_TERM_TYPE_LITERAL:
    return serd_node_from_substring(SERD_LITERAL, t->value.literal.string,
                                    t->value.literal.string_len);
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return SERD_NODE_NULL;
}
/* What a serd call's status and the sink's own error make of it: the
 * sink's errno first (a full disk), then serd's complaint, else 0. */
static int serd_outcome(dg_trig *t, SerdStatus rc)
{
  if (t->err)
    return t->err;
  if (rc != SERD_SUCCESS || t->why) {
    if (!t->why)
      t->why = xasprintf("serd: %s", (const char *)serd_strerror(rc));
    return EINVAL;
  }
  return 0;
}


/* Writes one statement through serd. Returns 0 or an errno value. */
static int write_one(dg_trig *t, const raptor_term *subject, const raptor_term *predicate,
                     const raptor_term *object, const raptor_term *graph)
{
  char cs[16], cp[16], co[16], cg[16], cd[64];
  SerdNode s, p, o, g, dt = SERD_NODE_NULL, lang = SERD_NODE_NULL;
  SerdStatus rc;
  s = term_node(subject, cs, sizeof cs);
  p = term_node(predicate, cp, sizeof cp);
  o = term_node(object, co, sizeof co);
  g = graph ? term_node(graph, cg, sizeof cg) : SERD_NODE_NULL;
  if (object->type == RAPTOR_TERM_TYPE_LITERAL) {
    const raptor_term_literal_value *l = &object->value.literal;
    if (l->language) {
      lang = serd_node_from_substring(SERD_LITERAL, l->language, l->language_len);
    } else if (l->datatype) {
      size_t len = 0;
      const char *d = (const char *)raptor_uri_as_counted_string(l->datatype, &len);
      if (written_bare(d, len)) {
        snprintf(cd, sizeof cd, "xsd:%s", d + strlen(DG_NS_XSD));
        dt = serd_node_from_string(SERD_CURIE, (const uint8_t *)cd);
      } else {
        dt = uri_node(l->datatype, cd, sizeof cd);
      }
    }
  }
  rc = serd_writer_write_statement(t->writer, 0, graph ? &g : NULL, &s, &p, &o,
                                   dt.buf ? &dt : NULL, lang.buf ? &lang : NULL);
  return serd_outcome(t, rc);
}

static int cmp_held(const void *a, const void *b)
{
  const held *x = a, *y = b;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Writes the gathered graph, each subject's statements together, the
 * subjects and each one's statements in the order they came, and lets
 * them go. Returns 0 or an errno value (the first). */
static int flush_graph(dg_trig *t)
{
  size_t i;
  int e = 0;
  if (t->n)
    qsort(t->v, t->n, sizeof *t->v, cmp_held);
  for (i = 0; i < t->n; i++) {
    if (!e)
      e = write_one(t, t->v[i].s, t->v[i].p, t->v[i].o, t->graph);
    raptor_free_term(t->v[i].s);
    raptor_free_term(t->v[i].p);
    raptor_free_term(t->v[i].o);
  }
  t->n = 0;
  if (t->graph)
    raptor_free_term(t->graph);
  t->graph = NULL;
  dg_strmap_free(t->subjects);
  t->subjects = NULL;
  return e;
}

/* The key of a subject for the rank map: its kind and text. */
static const void *subject_key(const raptor_term *s, char *kind, size_t *len)
{
  if (s->type == RAPTOR_TERM_TYPE_BLANK) {
    *kind = 'B';
    *len = s->value.blank.string_len;
    return s->value.blank.string;
  }
  *kind = 'U';
  return raptor_uri_as_counted_string(s->value.uri, len);
}

int dg_trig_write(dg_trig *t, const raptor_statement *st, const raptor_term *graph)
{
  held *h;
  size_t rank, len = 0;
  char kind;
  const unsigned char *key;
  dg_buf k;
  if (!st->subject || !st->predicate || !st->object)
    return EINVAL;
  if (t->subjects && !(graph ? t->graph && raptor_term_equals((raptor_term *)graph, t->graph)
                             : !t->graph)) {
    int e = flush_graph(t);
    if (e)
      return e;
  }
  if (!t->subjects) {
    t->subjects = dg_strmap_new();
    t->graph = graph ? raptor_term_copy((raptor_term *)graph) : NULL;
  }
  key = subject_key(st->subject, &kind, &len);
  dg_buf_init(&k);
  dg_buf_addc(&k, kind);
  dg_buf_add(&k, key, len);
  if (!dg_strmap_get(t->subjects, k.data, k.len, &rank)) {
    rank = t->n;
    dg_strmap_put(t->subjects, k.data, k.len, rank);
  }
  dg_buf_release(&k);
  xgrow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
  h = &t->v[t->n];
  h->s = raptor_term_copy(st->subject);
  h->p = raptor_term_copy(st->predicate);
  h->o = raptor_term_copy(st->object);
  h->rank = rank;
  h->seq = t->n++;
  return t->err;
}

int dg_trig_finish(dg_trig *t)
{
  int e = flush_graph(t);
  SerdStatus rc;
  if (e)
    return e;
  rc = serd_writer_finish(t->writer);
  return serd_outcome(t, rc);
}

const char *dg_trig_why(const dg_trig *t) { return t->why; }

void dg_trig_free(dg_trig *t)
{
  size_t i;
  if (!t)
    return;
  for (i = 0; i < t->n; i++) {
    raptor_free_term(t->v[i].s);
    raptor_free_term(t->v[i].p);
    raptor_free_term(t->v[i].o);
  }
  free(t->v);
  if (t->graph)
    raptor_free_term(t->graph);
  dg_strmap_free(t->subjects);
  if (t->writer)
    serd_writer_free(t->writer);
  if (t->env)
    serd_env_free(t->env);
  free(t->why);
  free(t);
}
