/* vocab.h - every vocabulary term docgraph writes, as nodes made once. */
#ifndef DG_VOCAB_H
#define DG_VOCAB_H

#include <stddef.h>
#include <stdint.h>
#include <redland.h>

#include "extract/facts.h"
#include "emit/rdf.h"

#define DG_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define DG_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define DG_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define DG_NS_OWL "http://www.w3.org/2002/07/owl#"
#define DG_NS_SCHEMA "https://schema.org/"
#define DG_NS_FOAF "http://xmlns.com/foaf/0.1/"
#define DG_NS_DCTERMS "http://purl.org/dc/terms/"
#define DG_NS_PROV "http://www.w3.org/ns/prov#"
#define DG_NS_BIBO "http://purl.org/ontology/bibo/"

/* Every IRI of the vocabulary by one number (DG_VT_*), so that a renderer
 * can keep one rendering per term in a flat table. */
#define DG_VT_TYPE 0
#define DG_VT_LABEL 1
#define DG_VT_KIND(k) (2 + (int)(k))
#define DG_VT_CLS(c) (2 + DG_KIND__COUNT + (int)(c))
#define DG_VT_PROP(p) (2 + DG_KIND__COUNT + DG_CLASS__COUNT + (int)(p))
#define DG_VT_XSD(d) (2 + DG_KIND__COUNT + DG_CLASS__COUNT + DG_P__COUNT + (int)(d))
#define DG_VT__COUNT DG_VT_XSD(DG_DT_IRI)
/* The view's aligned terms (schema:, foaf:, dcterms:) follow, numbered
 * after the view's own table (view.h): term i is DG_VT_VIEW(i), up to
 * dg_vocab.n_vt. */
#define DG_VT_VIEW(i) (DG_VT__COUNT + (int)(i))

/* All nodes are owned by the vocab; copy them (librdf_new_node_from_node)
 * before handing them to a call that takes ownership. */
typedef struct dg_vocab {
  librdf_node *rdf_type;
  librdf_node *rdfs_label;
  librdf_node *kind[DG_KIND__COUNT];   /* dg:Person ... */
  librdf_node *cls[DG_CLASS__COUNT];   /* dg:Report ...; [DG_CLASS_NONE] is NULL */
  librdf_node *prop[DG_P__COUNT];      /* dg:author ...; DG_P_SAME_AS is owl:sameAs */
  librdf_uri *xsd[DG_DT_IRI];          /* datatype URIs by dg_datatype; [DG_DT_STRING] NULL */

  /* The same terms as N-Triples text, "<IRI>" (owned), for rendering
   * without Redland: plain strings may be read from any thread, while the
   * nodes above belong to the thread that owns the world. */
  char *nt_type;
  char *nt_label;
  char *nt_kind[DG_KIND__COUNT];
  char *nt_cls[DG_CLASS__COUNT];       /* [DG_CLASS_NONE] is NULL */
  char *nt_prop[DG_P__COUNT];
  char *nt_xsd[DG_DT_IRI];             /* [DG_DT_STRING] is NULL */

  /* The same terms again by DG_VT_* number, then the view's terms: n_vt
   * slots in all (arrays owned). The slots of DG_CLASS_NONE and
   * DG_DT_STRING are NULL (and 0). vt_node holds the nodes above
   * (borrowed; NULL for the xsd datatypes, which are URIs, not nodes) and
   * the view terms' nodes (owned), vt_nt the nt_ strings above (borrowed)
   * and the view terms' (owned), vt_iri the bare IRIs (owned), vt_hash the
   * dg_nt_term_hash() of vt_nt, computed once here. */
  int n_vt;
  librdf_node **vt_node;
  char **vt_iri;
  char **vt_nt;
  size_t *vt_nt_len;
  uint64_t *vt_hash;

  /* The view: `views` is the set of dg_view bits whose aligned triples
   * are written beside the dg: ones (0, the default, for none); set it
   * with dg_vocab_set_views() before any use. For each DG_VT_* term,
   * vt_super[id] (static) lists the DG_VT_VIEW numbers of its aligned
   * terms in `views`, vt_n_super[id] of them. */
  unsigned views;
  const unsigned short **vt_super;
  unsigned short *vt_n_super;
  unsigned short *super_buf;  /* owned: what vt_super points into */
  struct dg_strmap *by_iri;   /* owned: vt_iri -> DG_VT_* number */
} dg_vocab;

/* Returns a new vocabulary bound to `rdf`'s world; free with
 * dg_vocab_free(). NULL if Redland cannot make a node (out of memory). */
dg_vocab *dg_vocab_new(dg_rdf *rdf);
void dg_vocab_free(dg_vocab *v);

/* Chooses the views (a set of dg_view bits) whose aligned triples every
 * renderer of `v` adds from now on: dg_emit_walk() adds them after the
 * statement they come from, in the same graph. */
void dg_vocab_set_views(dg_vocab *v, unsigned views);

/* The DG_VT_VIEW terms that `iri` (a dg: class or property) is aligned to
 * in the chosen views: sets *ids to their vt numbers, counted in the
 * return value (0 for a term with none, or for any other IRI). *ids is
 * owned by `v`. For statements that do not come from dg_emit_walk()
 * (export, import). */
size_t dg_vocab_view_of(const dg_vocab *v, const char *iri, const unsigned short **ids);

/* The namespace prefixes every serializer declares: dg, rdf, rdfs, xsd,
 * owl. Ends with {NULL, NULL}. */
typedef struct dg_prefix {
  const char *prefix;
  const char *uri;
} dg_prefix;
extern const dg_prefix dg_prefixes[];

#endif
