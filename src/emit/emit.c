/* emit.c - the only place where facts become RDF. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "base/xalloc.h"
#include "emit/emit.h"
#include "emit/ntriples.h"

static int is_role(dg_prop p)
{
  switch (p) {
  case DG_P_SPEAKER:
  case DG_P_PANELIST:
  case DG_P_DISCUSSANT:
  case DG_P_MODERATOR:
  case DG_P_CHAIR:
  case DG_P_KEYNOTE_SPEAKER:
    return 1;
  case DG_P_TITLE: case DG_P_NAME: case DG_P_ALTERNATE_NAME: case DG_P_AUTHOR:
  case DG_P_EDITOR: case DG_P_PUBLISHER: case DG_P_DATE_PUBLISHED: case DG_P_DOI:
  case DG_P_RELATED_TO: case DG_P_START_DATE: case DG_P_END_DATE:
  case DG_P_LOCATION: case DG_P_HOST: case DG_P_ORGANIZER: case DG_P_PARTICIPANT:
  case DG_P_AFFILIATION: case DG_P_ISO_CODE: case DG_P_SAME_AS:
  case DG_P_DESCRIBES: case DG_P_LISTS: case DG_P_MENTIONS_COUNTRY:
  case DG_P_MENTIONS_PERSON: case DG_P_SOURCE_FILE: case DG_P_SHA256:
  case DG_P__COUNT:
    return 0;
  }
  return 0;
}

/* ---- The walker ---------------------------------------------------------- */

static void entity_term(dg_emit_term *t, char **iris, size_t i)
{
  t->kind = DG_EMIT_IRI;
  t->entity = (int)i;
  t->vocab = -1;
  t->value = iris[i];
  t->lang = NULL;
  t->dt = DG_DT_STRING;
}

static void vocab_term(dg_emit_term *t, const dg_vocab *v, int id)
{
  t->kind = DG_EMIT_IRI;
  t->entity = -1;
  t->vocab = id;
  t->value = v->vt_iri[id];
  t->lang = NULL;
  t->dt = DG_DT_STRING;
}

/* A fact's value: a literal, or an IRI for DG_DT_IRI */
static void value_term(dg_emit_term *t, const char *value, dg_datatype dt)
{
  t->kind = dt == DG_DT_IRI ? DG_EMIT_IRI : DG_EMIT_LITERAL;
  t->entity = -1;
  t->vocab = -1;
  t->value = value;
  t->lang = NULL;
  t->dt = dt == DG_DT_IRI ? DG_DT_STRING : dt;
}

static int holds(const dg_vocab *v, int id, unsigned short t)
{
  unsigned k;
  for (k = 0; id >= 0 && k < v->vt_n_super[id]; k++)
    if (v->vt_super[id][k] == t)
      return 1;
  return 0;
}

/* The view's statements of (s, p, o): the same with each aligned term of
 * vt number `id` (the predicate, or with `typ` the class in the object)
 * in its place, but none that vt number `skip` (or -1) also gives, as
 * that one's own statement gives them next to it. */
static int view_walk(const dg_vocab *v, int id, int skip, int typ, const dg_emit_term *s,
                     const dg_emit_term *p, const dg_emit_term *o, const dg_emit_term *g,
                     dg_emit_fn fn, void *ud)
{
  dg_emit_term t;
  unsigned k;
  int rc;
  for (k = 0; k < v->vt_n_super[id]; k++) {
    unsigned short sup = v->vt_super[id][k];
    if (holds(v, skip, sup))
      continue;
    vocab_term(&t, v, sup);
    if ((rc = typ ? fn(ud, s, p, &t, g) : fn(ud, s, &t, o, g)) != 0)
      return rc;
  }
  return 0;
}

int dg_emit_walk(const dg_vocab *v, const dg_facts *f, char **iris, dg_emit_fn fn, void *ud)
{
  size_t n = dg_facts_n_entities(f), nf = dg_facts_n_facts(f), i;
  dg_emit_term s, p, o, g;
  int rc, role;

  if (n == 0)
    return 0;
  entity_term(&g, iris, 0);
  for (i = 0; i < n; i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    entity_term(&s, iris, i);
    vocab_term(&p, v, DG_VT_TYPE);
    vocab_term(&o, v, DG_VT_KIND(e->kind));
    if ((rc = fn(ud, &s, &p, &o, &g)) != 0)
      return rc;
    if (v->views && (rc = view_walk(v, DG_VT_KIND(e->kind), -1, 1, &s, &p, &o, &g, fn, ud)) != 0)
      return rc;
    if (e->cls != DG_CLASS_NONE && dg_class_kind(e->cls) == e->kind) {
      vocab_term(&o, v, DG_VT_CLS(e->cls));
      if ((rc = fn(ud, &s, &p, &o, &g)) != 0)
        return rc;
      if (v->views && (rc = view_walk(v, DG_VT_CLS(e->cls), DG_VT_KIND(e->kind), 1, &s, &p, &o,
                                      &g, fn, ud)) != 0)
        return rc;
    }
    vocab_term(&p, v, DG_VT_LABEL);
    value_term(&o, e->label, DG_DT_STRING);
    if ((rc = fn(ud, &s, &p, &o, &g)) != 0)
      return rc;
  }
  for (i = 0; i < nf; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    entity_term(&s, iris, x->subject);
    vocab_term(&p, v, DG_VT_PROP(x->prop));
    if (x->is_ref)
      entity_term(&o, iris, x->object);
    else
      value_term(&o, x->value, x->dt);
    if ((rc = fn(ud, &s, &p, &o, &g)) != 0)
      return rc;
    role = x->is_ref && is_role(x->prop);
    if (v->views &&
        (rc = view_walk(v, DG_VT_PROP(x->prop), role ? DG_VT_PROP(DG_P_PARTICIPANT) : -1, 0,
                        &s, &p, &o, &g, fn, ud)) != 0)
      return rc;
    if (role) {
      vocab_term(&p, v, DG_VT_PROP(DG_P_PARTICIPANT));
      if ((rc = fn(ud, &s, &p, &o, &g)) != 0)
        return rc;
      if (v->views && (rc = view_walk(v, DG_VT_PROP(DG_P_PARTICIPANT), -1, 0, &s, &p, &o, &g, fn,
                                      ud)) != 0)
        return rc;
    }
  }
  return 0;
}

/* ---- Renderer 1: librdf statements ---------------------------------------- */

typedef struct noder {
  librdf_world *world;
  const dg_vocab *v;
  librdf_node **nodes;   /* one per entity, owned */
  dg_emit_sink sink;
  void *ud;
  dg_status st;
} noder;

/* The node for `t`: borrowed (an entity's or the vocabulary's) or, with
 * *made set, new. NULL if Redland cannot make it. */
static librdf_node *node_of(noder *nd, const dg_emit_term *t, int *made)
{
  const unsigned char *value = (const unsigned char *)t->value;
  *made = 0;
  if (t->kind == DG_EMIT_IRI) {
    if (t->entity >= 0)
      return nd->nodes[t->entity];
    if (t->vocab >= 0 && nd->v->vt_node[t->vocab])
      return nd->v->vt_node[t->vocab];
    *made = 1;
    return librdf_new_node_from_uri_string(nd->world, value);
  }
  *made = 1;
  if (t->kind == DG_EMIT_LITERAL)
    return librdf_new_node_from_typed_literal(
        nd->world, value, t->lang,
        t->dt != DG_DT_STRING && t->dt < DG_DT_IRI ? nd->v->xsd[t->dt] : NULL);
  return librdf_new_node_from_blank_identifier(nd->world, value);
}

static int to_nodes(void *ud, const dg_emit_term *s, const dg_emit_term *p, const dg_emit_term *o,
                    const dg_emit_term *g)
{
  noder *nd = ud;
  const dg_emit_term *t[4];
  librdf_node *node[4];
  int made[4], i, rc = 1;
  librdf_statement st;

  t[0] = s, t[1] = p, t[2] = o, t[3] = g;
  for (i = 0; i < 4; i++) {
    node[i] = node_of(nd, t[i], &made[i]);
    if (!node[i]) {
      nd->st = dg_fail(DG_ERR_INTERNAL, "cannot make a node for '%s'", t[i]->value);
      goto out;
    }
  }
  librdf_statement_init(nd->world, &st);
  /* a statement on the stack borrowing the nodes: no copies, no frees */
  st.subject = node[0];
  st.predicate = node[1];
  st.object = node[2];
  rc = nd->sink(nd->ud, &st, node[3]);
  if (rc)
    nd->st = DG_ERR_IO;
out:
  while (i-- > 0)
    if (made[i])
      librdf_free_node(node[i]);
  return rc;
}

dg_status dg_emit(librdf_world *world, const dg_vocab *v, const dg_facts *f,
                  char **iris, dg_emit_sink sink, void *ud)
{
  noder nd;
  size_t n = dg_facts_n_entities(f), i;

  if (n == 0)
    return DG_OK;
  nd.world = world;
  nd.v = v;
  nd.sink = sink;
  nd.ud = ud;
  nd.st = DG_OK;
  nd.nodes = calloc(n, sizeof *nd.nodes);
  if (!nd.nodes)
    return dg_fail(DG_ERR_INTERNAL, "out of memory");
  for (i = 0; i < n && nd.st == DG_OK; i++) {
    nd.nodes[i] = librdf_new_node_from_uri_string(world, (const unsigned char *)iris[i]);
    if (!nd.nodes[i])
      nd.st = dg_fail(DG_ERR_INTERNAL, "cannot make a node for <%s>", iris[i]);
  }
  if (nd.st == DG_OK)
    dg_emit_walk(v, f, iris, to_nodes, &nd);
  for (i = 0; i < n; i++)
    if (nd.nodes[i])
      librdf_free_node(nd.nodes[i]);
  free(nd.nodes);
  return nd.st;
}

/* ---- The view of statements that do not come from facts ------------------ */

static const char *uri_of(librdf_node *n)
{
  return n && librdf_node_is_resource(n)
           ? (const char *)librdf_uri_as_string(librdf_node_get_uri(n)) : NULL;
}

dg_status dg_emit_view(const dg_vocab *v, librdf_statement *st, librdf_node *graph,
                       dg_emit_sink sink, void *ud)
{
  const char *p = uri_of(librdf_statement_get_predicate(st)), *o;
  const unsigned short *ids;
  size_t n, k;
  int typ;
  if (!v->views || !p)
    return DG_OK;
  typ = strcmp(p, v->vt_iri[DG_VT_TYPE]) == 0;
  o = typ ? uri_of(librdf_statement_get_object(st)) : p;
  n = o ? dg_vocab_view_of(v, o, &ids) : 0;
  for (k = 0; k < n; k++) {
    /* a statement on the stack borrowing the nodes, as to_nodes() makes:
     * initialised as one (not copied from `st`, whose reference count
     * would let a sink's librdf_new_statement_from_statement() return
     * this very stack object instead of a copy) */
    librdf_statement d;
    raptor_statement_init(&d, st->world);
    d.subject = st->subject;
    d.predicate = typ ? st->predicate : v->vt_node[ids[k]];
    d.object = typ ? v->vt_node[ids[k]] : st->object;
    if (sink(ud, &d, graph))
      return DG_ERR_IO;
  }
  return DG_OK;
}

/* ---- Renderer 2: N-Triples and N-Quads lines -------------------------- */

void dg_lines_init(dg_lines *l)
{
  dg_buf_init(&l->text);
  l->ends = NULL;
  l->keys = NULL;
  l->n = l->cap = 0;
}

void dg_lines_release(dg_lines *l)
{
  if (!l)
    return;
  dg_buf_release(&l->text);
  free(l->ends);
  free(l->keys);
  l->ends = NULL;
  l->keys = NULL;
  l->n = l->cap = 0;
}

/* An entity's "<IRI>", rendered and hashed once per document */
typedef struct ent_term {
  size_t off;   /* in liner.terms */
  size_t len;
  uint64_t hash;
} ent_term;

typedef struct liner {
  const dg_vocab *v;
  dg_buf terms;     /* every entity's "<IRI>", one after the other */
  ent_term *ent;    /* owned: one per entity */
  int quads;
  dg_lines *out;
} liner;

/* Renders a term no table holds; returns where it ends. */
static char *render_term(liner *ln, dg_buf *b, char sep, const dg_emit_term *t)
{
  const unsigned char *s = (const unsigned char *)t->value;
  size_t len = strlen(t->value);
  const char *dt = NULL, *lang = NULL;
  size_t dt_len = 0, lang_len = 0;
  char *d;
  if (t->kind == DG_EMIT_LITERAL) {
    if (t->lang)
      lang = t->lang, lang_len = strlen(lang);
    if (t->dt != DG_DT_STRING && t->dt < DG_DT_IRI)
      dt = ln->v->vt_nt[DG_VT_XSD(t->dt)], dt_len = ln->v->vt_nt_len[DG_VT_XSD(t->dt)];
  }
  /* the separator, two quotes, "@" and "^^" at most around them */
  d = dg_buf_room(b, 6 + DG_NT_GROWTH * len + lang_len + dt_len);
  if (sep)
    *d++ = sep;
  switch (t->kind) {
  case DG_EMIT_IRI:
    d = dg_nt_iri_to(d, t->value, len);
    break;
  case DG_EMIT_LITERAL:
    *d++ = '"';
    d = dg_nt_literal_to(d, t->value, len);
    *d++ = '"';
    if (lang) {
      *d++ = '@';
      memcpy(d, lang, lang_len);
      d += lang_len;
    }
    if (dt) {
      *d++ = '^';
      *d++ = '^';
      memcpy(d, dt, dt_len);
      d += dt_len;
    }
    break;
  case DG_EMIT_BLANK:
    *d++ = '_';
    *d++ = ':';
    memcpy(d, s, len);
    d += len;
    break;
  }
  return d;
}

/* Sets the rendering and hash of `t` if a table holds them (an entity's
 * IRI or a vocabulary term); 0 otherwise. */
static inline int cached(const liner *ln, const dg_emit_term *t, const char **src, size_t *len,
                         uint64_t *h)
{
  if (t->kind != DG_EMIT_IRI)
    return 0;
  if (t->entity >= 0) {
    const ent_term *e = &ln->ent[t->entity];
    *src = ln->terms.data + e->off;
    *len = e->len;
    *h = e->hash;
    return 1;
  }
  if (t->vocab >= 0) {
    *src = ln->v->vt_nt[t->vocab];
    *len = ln->v->vt_nt_len[t->vocab];
    *h = ln->v->vt_hash[t->vocab];
    return 1;
  }
  return 0;
}

static void reserve_lines(dg_lines *l, size_t need)
{
  size_t cap = l->cap;
  if (need <= l->cap)
    return;
  xgrow(&l->ends, &cap, need, sizeof *l->ends);
  cap = l->cap;
  xgrow(&l->keys, &cap, need, sizeof *l->keys);
  l->cap = cap;
}

static int to_line(void *ud, const dg_emit_term *s, const dg_emit_term *p,
                   const dg_emit_term *o, const dg_emit_term *g)
{
  liner *ln = ud;
  dg_lines *l = ln->out;
  dg_buf *b = &l->text;
  const dg_emit_term *t[4];
  uint64_t h[4] = {0, 0, 0, 0};
  int k, nt = ln->quads ? 4 : 3;
  char *d;
  t[0] = s, t[1] = p, t[2] = o, t[3] = g;
  for (k = 0; k < nt; k++) {
    const char *src;
    size_t len;
    if (cached(ln, t[k], &src, &len, &h[k])) {
      d = dg_buf_room(b, len + 1);
      if (k)
        *d++ = ' ';
      memcpy(d, src, len);
      b->len = (size_t)(d + len - b->data);
    } else {
      size_t start = b->len + (k > 0);
      b->len = (size_t)(render_term(ln, b, k ? ' ' : 0, t[k]) - b->data);
      h[k] = dg_nt_term_hash(b->data + start, b->len - start);
    }
  }
  d = dg_buf_room(b, 3);
  memcpy(d, " .\n", 3);
  dg_buf_settle(b, d + 3);
  reserve_lines(l, l->n + 1);
  l->ends[l->n] = b->len;
  l->keys[l->n] = dg_nt_digest(h[0], h[1], h[2], h[3]);
  l->n++;
  return 0;
}

void dg_emit_lines(const dg_vocab *v, const dg_facts *f, char **iris, int quads,
                   dg_lines *out)
{
  size_t n = dg_facts_n_entities(f), nf = dg_facts_n_facts(f), i, total = 0, longest = 0, lines;
  liner ln;

  if (n == 0)
    return;
  ln.v = v;
  ln.quads = quads;
  ln.out = out;
  ln.ent = xmalloc(n * sizeof *ln.ent);
  for (i = 0; i < n; i++) {
    ln.ent[i].len = strlen(iris[i]);
    total += ln.ent[i].len + 2;
    if (ln.ent[i].len > longest)
      longest = ln.ent[i].len;
  }
  /* IRIs rarely need an escape, but dg_nt_iri() makes room for the worst
   * case of each: with that for the longest, one allocation is enough */
  ln.terms.cap = total + DG_NT_GROWTH * longest + 3;
  ln.terms.len = 0;
  ln.terms.data = xmalloc(ln.terms.cap);
  ln.terms.data[0] = '\0';
  for (i = 0; i < n; i++) {
    size_t start = ln.terms.len;
    dg_nt_iri(&ln.terms, iris[i], ln.ent[i].len);
    ln.ent[i].off = start;
    ln.ent[i].len = ln.terms.len - start;
    ln.ent[i].hash = dg_nt_term_hash(ln.terms.data + start, ln.ent[i].len);
  }
  /* at most three lines an entity and two a fact: one allocation for
   * their ends and keys, and a guess at the text from the average term
   * (a subject, a predicate and an object or a short value each) */
  lines = 3 * n + 2 * nf;
  reserve_lines(out, out->n + lines);
  dg_buf_room(&out->text, lines * (2 * (total / n) + 48 + (quads ? total / n + 1 : 0)));
  dg_emit_walk(v, f, iris, to_line, &ln);
  free(ln.ent);
  dg_buf_release(&ln.terms);
}
