/* jsonld.c - statements into a jansson tree of node objects, then out.
 *
 * JSON-LD has no streaming form that keeps one node object per subject:
 * the tree is built whole and written at the end (as raptor does for
 * Turtle). Node objects are found again through maps from their "@id" as
 * written, which is one string per term: a compacted IRI is unique, and
 * no written IRI begins with "_:" (see id_of()). */
#include "config.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "base/xalloc.h"
#include "extract/facts.h"
#include "resolve/iri.h"
#include "emit/jsonld.h"
#include "emit/vocab.h"

/* A term of the context: the IRI it stands for. */
typedef struct term {
  char *iri;          /* owned */
  const char *name;   /* static */
  int is_ref;         /* typed "@id": its values are plain IRI strings */
} term;

/* The node objects of one graph, and where to find each. */
typedef struct graph {
  json_t *nodes;      /* borrowed: the array (owned by the tree) */
  dg_strmap *index;   /* owned: "@id" as written -> index in `nodes` */
} graph;

struct dg_jsonld {
  json_t *context;    /* owned */
  json_t *top;        /* owned: the top "@graph" array */
  graph dflt;         /* the default graph: `top` */
  dg_strmap *named;   /* "@id" of a named graph -> index in `graphs` */
  graph *graphs;
  size_t n_graphs, cap_graphs;
  term *terms;
  size_t n_terms, cap_terms;
  dg_strmap *by_iri;  /* a term's IRI -> index in `terms` */
  char *why;          /* owned: the first refusal, or NULL */
};

static void add_term(dg_jsonld *j, const char *ns, const char *ns_prefix, const char *name,
                     int is_ref)
{
  term *t;
  json_t *def;
  char *curie = xasprintf("%s:%s", ns_prefix, name);
  xgrow(&j->terms, &j->cap_terms, j->n_terms + 1, sizeof *j->terms);
  t = &j->terms[j->n_terms];
  t->iri = xasprintf("%s%s", ns, name);
  t->name = name;
  t->is_ref = is_ref;
  dg_strmap_put(j->by_iri, t->iri, strlen(t->iri), j->n_terms);
  j->n_terms++;
  if (is_ref) {
    def = json_object();
    json_object_set_new(def, "@id", json_string(curie));
    json_object_set_new(def, "@type", json_string("@id"));
  } else {
    def = json_string(curie);
  }
  json_object_set_new(j->context, name, def);
  free(curie);
}

dg_jsonld *dg_jsonld_new(void)
{
  dg_jsonld *j = xcalloc(1, sizeof *j);
  const dg_prefix *p;
  int i;
  j->context = json_object();
  j->top = json_array();
  j->by_iri = dg_strmap_new();
  j->named = dg_strmap_new();
  j->dflt.nodes = j->top;
  j->dflt.index = dg_strmap_new();
  for (p = dg_prefixes; p->prefix; p++)
    json_object_set_new(j->context, p->prefix, json_string(p->uri));
  for (i = 0; i < DG_KIND__COUNT; i++)
    add_term(j, DG_NS, "dg", dg_kind_name((dg_kind)i), 0);
  for (i = 1; i < DG_CLASS__COUNT; i++)
    add_term(j, DG_NS, "dg", dg_class_name((dg_class)i), 0);
  add_term(j, DG_NS_RDFS, "rdfs", "label", 0);
  for (i = 0; i < DG_P__COUNT; i++) {
    if (i == DG_P_SAME_AS)
      add_term(j, DG_NS_OWL, "owl", "sameAs", 1);
    else
      add_term(j, DG_NS, "dg", dg_prop_name((dg_prop)i), dg_prop_is_ref((dg_prop)i));
  }
  return j;
}

void dg_jsonld_free(dg_jsonld *j)
{
  size_t i;
  if (!j)
    return;
  for (i = 0; i < j->n_graphs; i++)
    dg_strmap_free(j->graphs[i].index);
  free(j->graphs);
  for (i = 0; i < j->n_terms; i++)
    free(j->terms[i].iri);
  free(j->terms);
  dg_strmap_free(j->by_iri);
  dg_strmap_free(j->named);
  dg_strmap_free(j->dflt.index);
  json_decref(j->top);
  json_decref(j->context);
  free(j->why);
  free(j);
}

const char *dg_jsonld_why(const dg_jsonld *j) { return j->why; }

/* Records why a statement was refused (the first reason counts);
 * returns EINVAL. */
static int refuse(dg_jsonld *j, const char *what, const char *text, size_t len)
{
  if (!j->why)
    j->why = xasprintf("cannot write %s '%.*s' in JSON-LD", what, (int)(len > 200 ? 200 : len),
                       text);
  return EINVAL;
}

/* 1 if a name made only of ASCII letters, digits, '_', '-' and '.', not
 * empty and not ending in '.': a compact IRI's suffix that no reader can
 * take for anything else (an IRI, a path, a keyword). */
static int plain_suffix(const char *s, size_t len)
{
  size_t i;
  if (!len || s[len - 1] == '.')
    return 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-' || c == '.'))
      return 0;
  }
  return 1;
}

/* IRI `iri` (`len` bytes) as written: in a key or "@type" (`vocab`) the
 * context's term for it if there is one; else prefix:suffix with the
 * longest prefix whose rest is a plain name; else the whole IRI, which a
 * reader would misread if its scheme were a name the context defines
 * (it would take it for a compact IRI) or if it were relative: then
 * NULL, and the statement is refused. Returns a new string or NULL. */
static char *iri_text(dg_jsonld *j, const char *iri, size_t len, int vocab)
{
  const dg_prefix *p, *best = NULL;
  size_t k, n, colon;
  if (vocab && dg_strmap_get(j->by_iri, iri, len, &k))
    return xstrdup(j->terms[k].name);
  for (p = dg_prefixes; p->prefix; p++) {
    n = strlen(p->uri);
    if (len > n && memcmp(iri, p->uri, n) == 0 && plain_suffix(iri + n, len - n) &&
        (!best || n > strlen(best->uri)))
      best = p;
  }
  if (best) {
    n = strlen(best->uri);
    return xasprintf("%s:%.*s", best->prefix, (int)(len - n), iri + n);
  }
  colon = strcspn(iri, ":");
  if (colon >= len || colon == 0 || (colon == 1 && iri[0] == '_') ||
      json_object_getn(j->context, iri, colon))
    return NULL;
  return xstrndup(iri, len);
}

/* The "@id" of a subject, an object or a graph name: a new string, or
 * NULL (refused: see iri_text()). */
static char *id_of(dg_jsonld *j, const raptor_term *t)
{
  size_t len = 0;
  const char *s;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    s = (const char *)raptor_uri_as_counted_string(t->value.uri, &len);
    return iri_text(j, s, len, 0);
  case RAPTOR_TERM_TYPE_BLANK:
    return xasprintf("_:%.*s", (int)t->value.blank.string_len,
                     (const char *)t->value.blank.string);
  case RAPTOR_TERM_TYPE_LITERAL:
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return NULL;
}

/* The node object called `id` in graph `g`, made (with its "@id") and
 * added to the graph's array if new. Borrowed. */
static json_t *node(graph *g, const char *id)
{
  size_t k, len = strlen(id);
  json_t *n;
  if (dg_strmap_get(g->index, id, len, &k))
    return json_array_get(g->nodes, k);
  n = json_object();
  json_object_set_new(n, "@id", json_string(id));
  dg_strmap_put(g->index, id, len, json_array_size(g->nodes));
  json_array_append_new(g->nodes, n);
  return n;
}

/* The graph named `id`, made if new: its node array hangs under "@graph"
 * of the default graph's node object called `id` (made if new too, so a
 * graph's name and the same node of the default graph are one object). */
static graph *named_graph(dg_jsonld *j, const char *id)
{
  size_t k, len = strlen(id);
  graph *g;
  json_t *entry;
  if (dg_strmap_get(j->named, id, len, &k))
    return &j->graphs[k];
  entry = node(&j->dflt, id);
  xgrow(&j->graphs, &j->cap_graphs, j->n_graphs + 1, sizeof *j->graphs);
  g = &j->graphs[j->n_graphs];
  g->nodes = json_array();
  json_object_set_new(entry, "@graph", g->nodes);
  g->index = dg_strmap_new();
  dg_strmap_put(j->named, id, len, j->n_graphs++);
  return g;
}

/* Adds `value` (taken) to n[key]: alone, or as the next of an array. */
static void add_value(json_t *n, const char *key, json_t *value)
{
  json_t *old = json_object_get(n, key);
  if (!old) {
    json_object_set_new(n, key, value);
  } else if (json_is_array(old)) {
    json_array_append_new(old, value);
  } else {
    json_t *a = json_array();
    json_array_append(a, old);
    json_array_append_new(a, value);
    json_object_set_new(n, key, a);
  }
}

/* The value of object `o` under a key whose term is typed "@id" (`is_ref`)
 * or not. Returns a new value, or NULL (refused, j->why set). */
static json_t *value_of(dg_jsonld *j, const raptor_term *o, int is_ref)
{
  json_t *v, *s;
  char *id;
  size_t len = 0;
  if (o->type != RAPTOR_TERM_TYPE_LITERAL) {
    id = id_of(j, o);
    if (!id) {
      const char *text = (const char *)raptor_uri_as_counted_string(o->value.uri, &len);
      refuse(j, "the IRI", text, len);
      return NULL;
    }
    s = json_string(id);
    free(id);
    if (!s || is_ref)
      return s;
    v = json_object();
    json_object_set_new(v, "@id", s);
    return v;
  }
  s = json_stringn((const char *)o->value.literal.string, o->value.literal.string_len);
  if (!s) {
    refuse(j, "the literal (not UTF-8)", (const char *)o->value.literal.string,
           o->value.literal.string_len);
    return NULL;
  }
  if (!o->value.literal.language && !o->value.literal.datatype && !is_ref)
    return s;
  v = json_object();
  json_object_set_new(v, "@value", s);
  if (o->value.literal.language) {
    json_object_set_new(v, "@language",
                        json_stringn((const char *)o->value.literal.language,
                                     o->value.literal.language_len));
  } else if (o->value.literal.datatype) {
    const char *dt =
      (const char *)raptor_uri_as_counted_string(o->value.literal.datatype, &len);
    char *t = iri_text(j, dt, len, 1);
    if (!t) {
      json_decref(v);
      refuse(j, "the datatype", dt, len);
      return NULL;
    }
    json_object_set_new(v, "@type", json_string(t));
    free(t);
  }
  return v;
}

int dg_jsonld_add(dg_jsonld *j, const raptor_statement *st, const raptor_term *graph_name)
{
  static const char rdf_type[] = DG_NS_RDF "type";
  graph *g = &j->dflt;
  json_t *n, *v;
  char *sid = NULL, *key = NULL;
  const char *p;
  size_t plen = 0, k;
  int is_ref = 0, rc = 0;

  if (!st->subject || !st->predicate || !st->object ||
      st->predicate->type != RAPTOR_TERM_TYPE_URI)
    return refuse(j, "a statement", "", 0);
  if (graph_name) {
    char *gid = id_of(j, graph_name);
    if (!gid)
      return refuse(j, "the graph name",
                    graph_name->type == RAPTOR_TERM_TYPE_URI
                      ? (const char *)raptor_uri_as_string(graph_name->value.uri)
                      : "",
                    graph_name->type == RAPTOR_TERM_TYPE_URI
                      ? strlen((const char *)raptor_uri_as_string(graph_name->value.uri))
                      : 0);
    g = named_graph(j, gid);
    free(gid);
  }
  sid = id_of(j, st->subject);
  if (!sid) {
    const char *s = st->subject->type == RAPTOR_TERM_TYPE_URI
                      ? (const char *)raptor_uri_as_string(st->subject->value.uri)
                      : "";
    return refuse(j, "the subject", s, strlen(s));
  }
  n = node(g, sid);
  free(sid);
  p = (const char *)raptor_uri_as_counted_string(st->predicate->value.uri, &plen);
  if (plen == sizeof rdf_type - 1 && memcmp(p, rdf_type, plen) == 0 &&
      st->object->type == RAPTOR_TERM_TYPE_URI) {
    /* a class: under "@type", by its term where it has one */
    const char *o = (const char *)raptor_uri_as_counted_string(st->object->value.uri, &plen);
    char *t = iri_text(j, o, plen, 1);
    if (!t)
      return refuse(j, "the class", o, plen);
    add_value(n, "@type", json_string(t));
    free(t);
    return 0;
  }
  key = iri_text(j, p, plen, 1);
  if (!key)
    return refuse(j, "the property", p, plen);
  if (dg_strmap_get(j->by_iri, p, plen, &k))
    is_ref = j->terms[k].is_ref;
  v = value_of(j, st->object, is_ref);
  if (v)
    add_value(n, key, v);
  else
    rc = EINVAL;
  free(key);
  return rc;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* `n` (a node object) again, its keys in the documented order: "@id",
 * "@type", the properties in code-point order, "@graph" (whose node
 * objects are put in order too). Returns a new object. */
static json_t *ordered(json_t *n)
{
  json_t *out = json_object(), *v, *g;
  const char *key, **keys = NULL;
  size_t n_keys = 0, cap = 0, i;
  if ((v = json_object_get(n, "@id")))
    json_object_set(out, "@id", v);
  if ((v = json_object_get(n, "@type")))
    json_object_set(out, "@type", v);
  json_object_foreach(n, key, v) {
    if (strcmp(key, "@id") != 0 && strcmp(key, "@type") != 0 && strcmp(key, "@graph") != 0) {
      xgrow(&keys, &cap, n_keys + 1, sizeof *keys);
      keys[n_keys++] = key;
    }
  }
  if (n_keys)
    qsort(keys, n_keys, sizeof *keys, cmp_str);
  for (i = 0; i < n_keys; i++)
    json_object_set(out, keys[i], json_object_get(n, keys[i]));
  free(keys);
  if ((g = json_object_get(n, "@graph"))) {
    json_t *a = json_array();
    json_array_foreach(g, i, v)
      json_array_append_new(a, ordered(v));
    json_object_set_new(out, "@graph", a);
  }
  return out;
}

/* json_dump_callback's sink: the output, the first failure kept. */
typedef struct sink {
  FILE *out;
  int err;
} sink;

static int write_out(const char *buf, size_t size, void *ud)
{
  sink *s = ud;
  if (fwrite(buf, 1, size, s->out) != size) {
    s->err = errno ? errno : EIO;
    return -1;
  }
  return 0;
}

int dg_jsonld_write(dg_jsonld *j, FILE *out)
{
  json_t *doc = json_object(), *nodes = json_array(), *v;
  sink s = {out, 0};
  size_t i;
  json_array_foreach(j->top, i, v)
    json_array_append_new(nodes, ordered(v));
  json_object_set(doc, "@context", j->context);
  json_object_set_new(doc, "@graph", nodes);
  errno = 0;
  if (json_dump_callback(doc, write_out, &s, JSON_INDENT(2)) != 0 && !s.err)
    s.err = EIO;
  if (!s.err && fputc('\n', out) == EOF)
    s.err = errno ? errno : EIO;
  json_decref(doc);
  return s.err;
}
