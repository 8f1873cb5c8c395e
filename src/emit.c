/* emit.c - the only place where facts become RDF. */
#include "config.h"

#include <stdlib.h>

#include "emit.h"
#include "log.h"

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

typedef struct emitter {
  librdf_world *world;
  const dg_vocab *v;
  librdf_node **nodes;   /* one per entity, owned */
  librdf_node *graph;    /* borrowed: nodes[0] */
  dg_emit_sink sink;
  void *ud;
} emitter;

/* Sends (s, p, o) to the sink. Takes ownership of nothing: it copies. */
static int send(emitter *em, librdf_node *s, librdf_node *p, librdf_node *o)
{
  librdf_statement st;
  int rc;
  librdf_statement_init(em->world, &st);
  /* a statement on the stack borrowing our nodes: no copies, no frees */
  st.subject = s;
  st.predicate = p;
  st.object = o;
  rc = em->sink(em->ud, &st, em->graph);
  return rc;
}

static librdf_node *literal(emitter *em, const dg_fact *x)
{
  if (x->dt == DG_DT_IRI)
    return librdf_new_node_from_uri_string(em->world, (const unsigned char *)x->value);
  return librdf_new_node_from_typed_literal(em->world, (const unsigned char *)x->value, NULL,
                                            x->dt == DG_DT_STRING ? NULL : em->v->xsd[x->dt]);
}

dg_status dg_emit(librdf_world *world, const dg_vocab *v, const dg_facts *f,
                  char **iris, dg_emit_sink sink, void *ud)
{
  emitter em;
  size_t n = dg_facts_n_entities(f), nf = dg_facts_n_facts(f), i;
  dg_status st = DG_OK;

  if (n == 0)
    return DG_OK;
  em.world = world;
  em.v = v;
  em.sink = sink;
  em.ud = ud;
  em.nodes = calloc(n, sizeof *em.nodes);
  if (!em.nodes)
    return dg_fail(DG_ERR_INTERNAL, "out of memory");
  for (i = 0; i < n; i++) {
    em.nodes[i] = librdf_new_node_from_uri_string(world, (const unsigned char *)iris[i]);
    if (!em.nodes[i]) {
      st = dg_fail(DG_ERR_INTERNAL, "cannot make a node for <%s>", iris[i]);
      goto out;
    }
  }
  em.graph = em.nodes[0];

  for (i = 0; i < n; i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    librdf_node *label;
    if (send(&em, em.nodes[i], v->rdf_type, v->kind[e->kind]))
      goto sink_failed;
    if (e->cls != DG_CLASS_NONE && dg_class_kind(e->cls) == e->kind &&
        send(&em, em.nodes[i], v->rdf_type, v->cls[e->cls]))
      goto sink_failed;
    label = librdf_new_node_from_literal(world, (const unsigned char *)e->label, NULL, 0);
    if (!label) {
      st = dg_fail(DG_ERR_INTERNAL, "cannot make a literal for '%s'", e->label);
      goto out;
    }
    if (send(&em, em.nodes[i], v->rdfs_label, label)) {
      librdf_free_node(label);
      goto sink_failed;
    }
    librdf_free_node(label);
  }
  for (i = 0; i < nf; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    librdf_node *s = em.nodes[x->subject];
    if (x->is_ref) {
      if (send(&em, s, v->prop[x->prop], em.nodes[x->object]))
        goto sink_failed;
      if (is_role(x->prop) && send(&em, s, v->prop[DG_P_PARTICIPANT], em.nodes[x->object]))
        goto sink_failed;
    } else {
      librdf_node *o = literal(&em, x);
      int rc;
      if (!o) {
        st = dg_fail(DG_ERR_INTERNAL, "cannot make a value for '%s'", x->value);
        goto out;
      }
      rc = send(&em, s, v->prop[x->prop], o);
      librdf_free_node(o);
      if (rc)
        goto sink_failed;
    }
  }
  goto out;

sink_failed:
  st = DG_ERR_IO;
out:
  for (i = 0; i < n; i++)
    if (em.nodes[i])
      librdf_free_node(em.nodes[i]);
  free(em.nodes);
  return st;
}
