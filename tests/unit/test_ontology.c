/* test_ontology.c - ontology/docgraph.ttl declares exactly the dg: terms that
 * docgraph can emit (the tables of facts.c), each documented and aligned.
 *
 * The file is found through $top_srcdir (or $srcdir, or "."). */
#include "config.h"

#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "extract/facts.h"
#include "store/store.h"
#include "../tap.h"

#ifndef DG_NS
#define DG_NS "https://w3id.org/docgraph/ns#"
#endif
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS_NS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL_NS "http://www.w3.org/2002/07/owl#"

#define RDF_TYPE RDF_NS "type"
#define OWL_CLASS OWL_NS "Class"
#define OWL_OBJECT_PROPERTY OWL_NS "ObjectProperty"
#define OWL_DATATYPE_PROPERTY OWL_NS "DatatypeProperty"

enum obj_kind { OBJ_IRI, OBJ_BLANK, OBJ_LITERAL };

typedef struct triple {
  char *s, *p, *o;    /* IRIs, "_:id" for blank nodes, or the literal's text */
  enum obj_kind kind; /* of the object */
  char *lang;         /* the literal's language tag, or NULL */
} triple;

typedef struct graph {
  triple *t;
  size_t n, cap;
  unsigned log_errors, log_warnings;
} graph;

static char *term_string(const raptor_term *t)
{
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return xstrdup((const char *)raptor_uri_as_string(t->value.uri));
  case RAPTOR_TERM_TYPE_BLANK:
    return xasprintf("_:%s", (const char *)t->value.blank.string);
  case RAPTOR_TERM_TYPE_LITERAL:
    return xstrdup((const char *)t->value.literal.string);
  case RAPTOR_TERM_TYPE_UNKNOWN:
  default:
    return xstrdup("");
  }
}

static void on_statement(void *data, raptor_statement *st)
{
  graph *g = data;
  triple *x;
  xgrow(&g->t, &g->cap, g->n + 1, sizeof *g->t);
  x = &g->t[g->n++];
  x->s = term_string(st->subject);
  x->p = term_string(st->predicate);
  x->o = term_string(st->object);
  x->lang = NULL;
  if (st->object->type == RAPTOR_TERM_TYPE_LITERAL) {
    x->kind = OBJ_LITERAL;
    if (st->object->value.literal.language)
      x->lang = xstrdup((const char *)st->object->value.literal.language);
  } else if (st->object->type == RAPTOR_TERM_TYPE_BLANK) {
    x->kind = OBJ_BLANK;
  } else {
    x->kind = OBJ_IRI;
  }
}

static void on_log(void *data, raptor_log_message *m)
{
  graph *g = data;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR)
    g->log_errors++;
  else if (m->level == RAPTOR_LOG_LEVEL_WARN)
    g->log_warnings++;
  printf("# raptor: %s (line %d)\n", m->text ? m->text : "",
         m->locator ? m->locator->line : -1);
}

static void graph_free(graph *g)
{
  size_t i;
  for (i = 0; i < g->n; i++) {
    free(g->t[i].s);
    free(g->t[i].p);
    free(g->t[i].o);
    free(g->t[i].lang);
  }
  free(g->t);
}

/* Returns 1 if (s, p, o) is in the graph; a NULL argument matches anything. */
static int has(const graph *g, const char *s, const char *p, const char *o)
{
  size_t i;
  for (i = 0; i < g->n; i++)
    if ((!s || strcmp(g->t[i].s, s) == 0) && (!p || strcmp(g->t[i].p, p) == 0) &&
        (!o || strcmp(g->t[i].o, o) == 0))
      return 1;
  return 0;
}

/* Returns 1 if `s` has `p` with an English (@en) literal value. */
static int has_en_literal(const graph *g, const char *s, const char *p)
{
  size_t i;
  for (i = 0; i < g->n; i++)
    if (strcmp(g->t[i].s, s) == 0 && strcmp(g->t[i].p, p) == 0 &&
        g->t[i].kind == OBJ_LITERAL && g->t[i].o[0] && g->t[i].lang &&
        strcmp(g->t[i].lang, "en") == 0)
      return 1;
  return 0;
}

static int in_dg(const char *iri)
{
  return strncmp(iri, DG_NS, strlen(DG_NS)) == 0;
}

/* A set of strings: small, so a plain array. */
typedef struct strset {
  char **v;
  size_t n, cap;
} strset;

static int strset_has(const strset *s, const char *x)
{
  size_t i;
  for (i = 0; i < s->n; i++)
    if (strcmp(s->v[i], x) == 0)
      return 1;
  return 0;
}

static void strset_add(strset *s, const char *x)
{
  if (strset_has(s, x))
    return;
  xgrow(&s->v, &s->cap, s->n + 1, sizeof *s->v);
  s->v[s->n++] = xstrdup(x);
}

static void strset_free(strset *s)
{
  size_t i;
  for (i = 0; i < s->n; i++)
    free(s->v[i]);
  free(s->v);
}

static const char *local(const char *iri)
{
  return iri + strlen(DG_NS);
}

static int is_class(const graph *g, const char *iri)
{
  return has(g, iri, RDF_TYPE, OWL_CLASS);
}

static int is_property(const graph *g, const char *iri)
{
  return has(g, iri, RDF_TYPE, OWL_OBJECT_PROPERTY) ||
         has(g, iri, RDF_TYPE, OWL_DATATYPE_PROPERTY);
}

int main(void)
{
  const char *dir = getenv("top_srcdir");
  char *path, *iri;
  unsigned char *uri_string;
  raptor_world *world;
  raptor_parser *parser;
  raptor_uri *uri;
  graph g;
  strset declared = {0}, expected = {0}, general = {0}, records = {0};
  size_t i;
  int k, rc;

  memset(&g, 0, sizeof g);
  if (!dir || !*dir)
    dir = getenv("srcdir");
  if (!dir || !*dir)
    dir = ".";
  path = xasprintf("%s/ontology/docgraph.ttl", dir);

  world = raptor_new_world();
  ok(world != NULL, "raptor world");
  if (!world) {
    free(path);
    return tap_done();
  }
  raptor_world_set_log_handler(world, &g, on_log);
  parser = raptor_new_parser(world, "turtle");
  ok(parser != NULL, "turtle parser");
  uri_string = raptor_uri_filename_to_uri_string(path);
  uri = raptor_new_uri(world, uri_string);
  rc = -1;
  if (parser && uri) {
    raptor_parser_set_statement_handler(parser, &g, on_statement);
    rc = raptor_parser_parse_file(parser, uri, NULL);
  }
  is_int(rc, 0, "%s parses", path);
  is_int(g.log_errors, 0, "no parse errors");
  is_int(g.log_warnings, 0, "no parse warnings");
  ok(g.n > 0, "%zu triples", g.n);
  if (uri)
    raptor_free_uri(uri);
  raptor_free_memory(uri_string);
  if (parser)
    raptor_free_parser(parser);

  /* The ontology header. */
  ok(has(&g, NULL, RDF_TYPE, OWL_NS "Ontology"), "an owl:Ontology header");

  /* What the file declares: every dg: subject with an rdf:type. */
  for (i = 0; i < g.n; i++)
    if (in_dg(g.t[i].s) && strcmp(g.t[i].p, RDF_TYPE) == 0)
      strset_add(&declared, g.t[i].s);

  /* What docgraph can emit: the tables of facts.c. */
  for (k = 0; k < DG_KIND__COUNT; k++) {
    iri = xasprintf(DG_NS "%s", dg_kind_name((dg_kind)k));
    strset_add(&expected, iri);
    strset_add(&general, iri);
    ok(strset_has(&declared, iri) && is_class(&g, iri), "class dg:%s declared", local(iri));
    free(iri);
  }
  for (k = 1; k < DG_CLASS__COUNT; k++) {
    iri = xasprintf(DG_NS "%s", dg_class_name((dg_class)k));
    strset_add(&expected, iri);
    ok(strset_has(&declared, iri) && is_class(&g, iri), "class dg:%s declared", local(iri));
    free(iri);
  }
  for (k = 0; k < DG_P__COUNT; k++) {
    if (k == DG_P_SAME_AS) /* owl:sameAs: OWL's, not ours */
      continue;
    iri = xasprintf(DG_NS "%s", dg_prop_name((dg_prop)k));
    strset_add(&expected, iri);
    ok(strset_has(&declared, iri) && is_property(&g, iri), "property dg:%s declared",
       local(iri));
    ok(has(&g, iri, RDF_TYPE, dg_prop_is_ref((dg_prop)k) ? OWL_OBJECT_PROPERTY
                                                         : OWL_DATATYPE_PROPERTY),
       "dg:%s is an owl:%s, as dg_prop_is_ref() says", local(iri),
       dg_prop_is_ref((dg_prop)k) ? "ObjectProperty" : "DatatypeProperty");
    free(iri);
  }

  /* The store's records (store.h): two classes, two properties. */
  {
    static const char *const rec_classes[] = {DG_REC_DOCUMENT_GRAPH, DG_REC_IMPORTED_GRAPH};
    static const char *const rec_props[] = {DG_REC_LOADED_FROM, DG_REC_IMPORTED_FROM};
    for (k = 0; k < 2; k++) {
      iri = xasprintf(DG_NS "%s", rec_classes[k]);
      strset_add(&expected, iri);
      strset_add(&records, iri);
      ok(strset_has(&declared, iri) && is_class(&g, iri), "record class dg:%s declared",
         local(iri));
      free(iri);
      iri = xasprintf(DG_NS "%s", rec_props[k]);
      strset_add(&expected, iri);
      ok(strset_has(&declared, iri) && is_property(&g, iri), "record property dg:%s declared",
         local(iri));
      free(iri);
    }
    iri = xasprintf(DG_NS "%s", DG_REC_PUSHED_TO);
    strset_add(&expected, iri);
    ok(strset_has(&declared, iri) && is_property(&g, iri), "record property dg:%s declared",
       local(iri));
    free(iri);
  }

  /* And nothing else. */
  for (i = 0; i < declared.n; i++)
    ok(strset_has(&expected, declared.v[i]), "dg:%s is a term docgraph emits",
       local(declared.v[i]));

  /* Every dg: IRI the file uses anywhere is declared (catches typos in
   * domains, ranges and superclasses). */
  {
    int undeclared = 0;
    for (i = 0; i < g.n; i++) {
      const char *used[3];
      int j;
      used[0] = g.t[i].s;
      used[1] = g.t[i].p;
      used[2] = g.t[i].kind == OBJ_IRI ? g.t[i].o : "";
      for (j = 0; j < 3; j++)
        if (in_dg(used[j]) && !strset_has(&declared, used[j])) {
          printf("#   undeclared: %s\n", used[j]);
          undeclared++;
        }
    }
    is_int(undeclared, 0, "every dg: IRI used in the file is declared");
  }

  /* Documentation, domains and ranges. */
  for (i = 0; i < declared.n; i++) {
    const char *t = declared.v[i];
    ok(is_class(&g, t) != is_property(&g, t), "dg:%s is either a class or a property",
       local(t));
    ok(has_en_literal(&g, t, RDFS_NS "label"), "dg:%s has an English rdfs:label", local(t));
    ok(has_en_literal(&g, t, RDFS_NS "comment"), "dg:%s has an English rdfs:comment",
       local(t));
    ok(has(&g, t, RDFS_NS "isDefinedBy", NULL), "dg:%s has rdfs:isDefinedBy", local(t));
    if (is_property(&g, t)) {
      ok(has(&g, t, RDFS_NS "domain", NULL), "dg:%s has an rdfs:domain", local(t));
      ok(has(&g, t, RDFS_NS "range", NULL), "dg:%s has an rdfs:range", local(t));
    }
  }

  /* Subclasses sit under their general class. */
  for (i = 0; i < declared.n; i++) {
    const char *t = declared.v[i];
    dg_class c;
    if (!is_class(&g, t) || strset_has(&general, t) || strset_has(&records, t))
      continue;   /* (a record's class describes a graph, not an entity) */
    c = dg_class_from_name(local(t));
    if (c != DG_CLASS_NONE && strcmp(dg_class_name(c), local(t)) == 0) {
      iri = xasprintf(DG_NS "%s", dg_kind_name(dg_class_kind(c)));
      ok(has(&g, t, RDFS_NS "subClassOf", iri), "dg:%s rdfs:subClassOf dg:%s", local(t),
         local(iri));
      free(iri);
    } else {
      size_t j;
      int found = 0;
      for (j = 0; j < general.n; j++)
        found |= has(&g, t, RDFS_NS "subClassOf", general.v[j]);
      ok(found, "dg:%s rdfs:subClassOf a general dg: class", local(t));
    }
  }

  /* The roles are kinds of participation. */
  for (k = DG_P_SPEAKER; k <= DG_P_KEYNOTE_SPEAKER; k++) {
    iri = xasprintf(DG_NS "%s", dg_prop_name((dg_prop)k));
    ok(has(&g, iri, RDFS_NS "subPropertyOf", DG_NS "participant"),
       "dg:%s rdfs:subPropertyOf dg:participant", local(iri));
    free(iri);
  }

  strset_free(&declared);
  strset_free(&expected);
  strset_free(&general);
  strset_free(&records);
  graph_free(&g);
  raptor_free_world(world);
  free(path);
  return tap_done();
}
