/* vocab.c - nodes for the dg: vocabulary, built from the names in facts.c
 * so that the extractor's enums and the RDF terms cannot drift apart. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "emit/ntriples.h"
#include "emit/view.h"
#include "emit/vocab.h"

const dg_prefix dg_prefixes[] = {
  {"dg", DG_NS},
  {"rdf", DG_NS_RDF},
  {"rdfs", DG_NS_RDFS},
  {"xsd", DG_NS_XSD},
  {"owl", DG_NS_OWL},
  {NULL, NULL},
};

static librdf_node *term(librdf_world *w, const char *ns, const char *local)
{
  char buf[256];
  snprintf(buf, sizeof buf, "%s%s", ns, local);
  return librdf_new_node_from_uri_string(w, (const unsigned char *)buf);
}

/* The vocabulary IRIs are plain ASCII with none of the characters
 * N-Triples escapes in an IRI, so "<" IRI ">" is their exact rendering. */
static char *nt_term(const char *ns, const char *local)
{
  return xasprintf("<%s%s>", ns, local);
}

/* One slot of the DG_VT_* table: `nt` is "<IRI>" */
static void slot(dg_vocab *v, int id, librdf_node *node, char *nt)
{
  size_t len;
  if (!nt)
    return;
  len = strlen(nt);
  v->vt_node[id] = node;
  v->vt_nt[id] = nt;
  v->vt_nt_len[id] = len;
  v->vt_iri[id] = xstrndup(nt + 1, len - 2);
  v->vt_hash[id] = dg_nt_term_hash(nt, len);
}

static void index_terms(dg_vocab *v)
{
  int i, n_view = (int)dg_view_n_terms();
  v->n_vt = DG_VT__COUNT + n_view;
  v->vt_node = xcalloc((size_t)v->n_vt, sizeof *v->vt_node);
  v->vt_iri = xcalloc((size_t)v->n_vt, sizeof *v->vt_iri);
  v->vt_nt = xcalloc((size_t)v->n_vt, sizeof *v->vt_nt);
  v->vt_nt_len = xcalloc((size_t)v->n_vt, sizeof *v->vt_nt_len);
  v->vt_hash = xcalloc((size_t)v->n_vt, sizeof *v->vt_hash);
  v->vt_super = xcalloc((size_t)v->n_vt, sizeof *v->vt_super);
  v->vt_n_super = xcalloc((size_t)v->n_vt, sizeof *v->vt_n_super);
  v->super_buf = xcalloc((size_t)v->n_vt * (size_t)(n_view + 1), sizeof *v->super_buf);
  v->by_iri = dg_strmap_new();
  slot(v, DG_VT_TYPE, v->rdf_type, v->nt_type);
  slot(v, DG_VT_LABEL, v->rdfs_label, v->nt_label);
  for (i = 0; i < DG_KIND__COUNT; i++)
    slot(v, DG_VT_KIND(i), v->kind[i], v->nt_kind[i]);
  for (i = 0; i < DG_CLASS__COUNT; i++)
    slot(v, DG_VT_CLS(i), v->cls[i], v->nt_cls[i]);
  for (i = 0; i < DG_P__COUNT; i++)
    slot(v, DG_VT_PROP(i), v->prop[i], v->nt_prop[i]);
  for (i = 0; i < DG_DT_IRI; i++)
    slot(v, DG_VT_XSD(i), NULL, v->nt_xsd[i]);
  for (i = 0; i < DG_VT__COUNT; i++)
    if (v->vt_iri[i])
      dg_strmap_put(v->by_iri, v->vt_iri[i], strlen(v->vt_iri[i]), (size_t)i);
}

/* The view's terms: nodes and renderings of their own. 0 if Redland
 * cannot make a node. */
static int view_terms(dg_vocab *v, librdf_world *w)
{
  size_t i, n = dg_view_n_terms();
  for (i = 0; i < n; i++) {
    const char *iri = dg_view_term_iri(i);
    librdf_node *node = librdf_new_node_from_uri_string(w, (const unsigned char *)iri);
    if (!node)
      return 0;
    slot(v, DG_VT_VIEW(i), node, xasprintf("<%s>", iri));
  }
  return 1;
}

void dg_vocab_set_views(dg_vocab *v, unsigned views)
{
  int id;
  unsigned short *buf = v->super_buf;
  v->views = views;
  for (id = 0; id < DG_VT__COUNT; id++) {
    const unsigned short *t;
    size_t n = v->vt_iri[id] ? dg_view_supers(v->vt_iri[id], &t) : 0, k;
    v->vt_super[id] = buf;
    v->vt_n_super[id] = 0;
    for (k = 0; k < n; k++)
      if (dg_view_term_view(t[k]) & views) {
        *buf++ = (unsigned short)DG_VT_VIEW(t[k]);
        v->vt_n_super[id]++;
      }
  }
}

size_t dg_vocab_view_of(const dg_vocab *v, const char *iri, const unsigned short **ids)
{
  size_t id;
  if (!v->views || strncmp(iri, DG_NS, sizeof DG_NS - 1) != 0 ||
      !dg_strmap_get(v->by_iri, iri, strlen(iri), &id))
    return 0;
  *ids = v->vt_super[id];
  return v->vt_n_super[id];
}

dg_vocab *dg_vocab_new(dg_rdf *rdf)
{
  librdf_world *w = dg_rdf_world(rdf);
  dg_vocab *v = xcalloc(1, sizeof *v);
  int i, ok = 1;
  static const char *const xsd_names[DG_DT_IRI] = {
    NULL, "date", "gYearMonth", "gYear", "dateTime",
  };

  v->rdf_type = term(w, DG_NS_RDF, "type");
  v->rdfs_label = term(w, DG_NS_RDFS, "label");
  ok = v->rdf_type && v->rdfs_label;
  for (i = 0; i < DG_KIND__COUNT; i++)
    ok &= (v->kind[i] = term(w, DG_NS, dg_kind_name((dg_kind)i))) != NULL;
  for (i = 1; i < DG_CLASS__COUNT; i++)
    ok &= (v->cls[i] = term(w, DG_NS, dg_class_name((dg_class)i))) != NULL;
  for (i = 0; i < DG_P__COUNT; i++) {
    if (i == DG_P_SAME_AS)
      v->prop[i] = term(w, DG_NS_OWL, "sameAs");
    else
      v->prop[i] = term(w, DG_NS, dg_prop_name((dg_prop)i));
    ok &= v->prop[i] != NULL;
  }
  for (i = 1; i < DG_DT_IRI; i++) {
    char buf[128];
    snprintf(buf, sizeof buf, "%s%s", DG_NS_XSD, xsd_names[i]);
    ok &= (v->xsd[i] = librdf_new_uri(w, (const unsigned char *)buf)) != NULL;
  }

  v->nt_type = nt_term(DG_NS_RDF, "type");
  v->nt_label = nt_term(DG_NS_RDFS, "label");
  for (i = 0; i < DG_KIND__COUNT; i++)
    v->nt_kind[i] = nt_term(DG_NS, dg_kind_name((dg_kind)i));
  for (i = 1; i < DG_CLASS__COUNT; i++)
    v->nt_cls[i] = nt_term(DG_NS, dg_class_name((dg_class)i));
  for (i = 0; i < DG_P__COUNT; i++)
    v->nt_prop[i] = i == DG_P_SAME_AS ? nt_term(DG_NS_OWL, "sameAs")
                                      : nt_term(DG_NS, dg_prop_name((dg_prop)i));
  for (i = 1; i < DG_DT_IRI; i++)
    v->nt_xsd[i] = nt_term(DG_NS_XSD, xsd_names[i]);
  if (!ok) {
    dg_vocab_free(v);
    return NULL;
  }
  index_terms(v);
  if (!view_terms(v, w)) {
    dg_vocab_free(v);
    return NULL;
  }
  dg_vocab_set_views(v, 0);
  return v;
}

void dg_vocab_free(dg_vocab *v)
{
  int i;
  if (!v)
    return;
  if (v->rdf_type)
    librdf_free_node(v->rdf_type);
  if (v->rdfs_label)
    librdf_free_node(v->rdfs_label);
  for (i = 0; i < DG_KIND__COUNT; i++)
    if (v->kind[i])
      librdf_free_node(v->kind[i]);
  for (i = 0; i < DG_CLASS__COUNT; i++)
    if (v->cls[i])
      librdf_free_node(v->cls[i]);
  for (i = 0; i < DG_P__COUNT; i++)
    if (v->prop[i])
      librdf_free_node(v->prop[i]);
  for (i = 0; i < DG_DT_IRI; i++)
    if (v->xsd[i])
      librdf_free_uri(v->xsd[i]);
  free(v->nt_type);
  free(v->nt_label);
  for (i = 0; i < DG_KIND__COUNT; i++)
    free(v->nt_kind[i]);
  for (i = 0; i < DG_CLASS__COUNT; i++)
    free(v->nt_cls[i]);
  for (i = 0; i < DG_P__COUNT; i++)
    free(v->nt_prop[i]);
  for (i = 0; i < DG_DT_IRI; i++)
    free(v->nt_xsd[i]);
  for (i = 0; i < v->n_vt; i++)
    free(v->vt_iri[i]);
  for (i = DG_VT__COUNT; i < v->n_vt; i++) {
    if (v->vt_node[i])
      librdf_free_node(v->vt_node[i]);
    free(v->vt_nt[i]);
  }
  free(v->vt_node);
  free(v->vt_iri);
  free(v->vt_nt);
  free(v->vt_nt_len);
  free(v->vt_hash);
  free(v->vt_super);
  free(v->vt_n_super);
  free(v->super_buf);
  dg_strmap_free(v->by_iri);
  free(v);
}
