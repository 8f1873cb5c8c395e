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

/* Every IRI of the vocabulary by one number (DG_VT_*), so that a renderer
 * can keep one rendering per term in a flat table. */
#define DG_VT_TYPE 0
#define DG_VT_LABEL 1
#define DG_VT_KIND(k) (2 + (int)(k))
#define DG_VT_CLS(c) (2 + DG_KIND__COUNT + (int)(c))
#define DG_VT_PROP(p) (2 + DG_KIND__COUNT + DG_CLASS__COUNT + (int)(p))
#define DG_VT_XSD(d) (2 + DG_KIND__COUNT + DG_CLASS__COUNT + DG_P__COUNT + (int)(d))
#define DG_VT__COUNT DG_VT_XSD(DG_DT_IRI)

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

  /* The same terms again by DG_VT_* number. The slots of DG_CLASS_NONE
   * and DG_DT_STRING are NULL (and 0). vt_node holds the nodes above
   * (borrowed; NULL for the xsd datatypes, which are URIs, not nodes),
   * vt_nt the nt_ strings above (borrowed), vt_iri the bare IRIs (owned),
   * vt_hash the dg_nt_term_hash() of vt_nt, computed once here. */
  librdf_node *vt_node[DG_VT__COUNT];
  char *vt_iri[DG_VT__COUNT];
  const char *vt_nt[DG_VT__COUNT];
  size_t vt_nt_len[DG_VT__COUNT];
  uint64_t vt_hash[DG_VT__COUNT];
} dg_vocab;

/* Returns a new vocabulary bound to `rdf`'s world; free with
 * dg_vocab_free(). NULL if Redland cannot make a node (out of memory). */
dg_vocab *dg_vocab_new(dg_rdf *rdf);
void dg_vocab_free(dg_vocab *v);

/* The namespace prefixes every serializer declares: dg, rdf, rdfs, xsd,
 * owl. Ends with {NULL, NULL}. */
typedef struct dg_prefix {
  const char *prefix;
  const char *uri;
} dg_prefix;
extern const dg_prefix dg_prefixes[];

#endif
