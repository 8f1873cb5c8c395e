/* network.h - the networks `docgraph graph` draws, read from a model
 * with SPARQL: who writes with whom, who takes part in which event, and
 * which countries are mentioned together.
 *
 *   coauthors  people linked by the publications they share (dg:author);
 *              an edge weighs the publications shared, a node's size is
 *              the person's publications
 *   events     events linked to their participants (dg:participant), to
 *              the people and organizations that host or organize them
 *              (dg:host, dg:organizer), and to the organizations their
 *              participants are affiliated with (dg:affiliation); an edge
 *              weighs the events its person or organization is linked
 *              to, so a minimum weight keeps those that link events
 *   countries  countries linked by the pages (dg:mentionsCountry) that
 *              mention both; an edge weighs those pages, a node's size
 *              is the pages that mention the country
 *
 * Labels are dg:name (dg:title for events), or the IRI's last segment
 * where an entity has none. Only nodes with an edge are drawn. */
#ifndef DG_NETWORK_H
#define DG_NETWORK_H

#include <stddef.h>

#include <redland.h>

#include "base/status.h"
#include "emit/picture.h"
#include "emit/rdf.h"

typedef enum dg_network_kind {
  DG_NET_COAUTHORS,
  DG_NET_EVENTS,
  DG_NET_COUNTRIES,
  DG_NET__COUNT
} dg_network_kind;

typedef struct dg_network_info {
  dg_network_kind id;
  const char *name;     /* what `docgraph graph` takes */
  const char *layout;   /* the Graphviz engine that suits it */
  const char *summary;  /* for --help */
} dg_network_info;

/* The table, indexed by dg_network_kind. */
extern const dg_network_info dg_networks[DG_NET__COUNT];

/* Returns 1 and sets *out for a network's name, 0 if unknown. */
int dg_network_from_name(const char *name, dg_network_kind *out);

/* "coauthors, events, countries", for messages. Static storage. */
const char *dg_network_list(void);

typedef struct dg_network dg_network;

/* Reads network `kind` from `model` (borrowed; each triple once, as for
 * dg_query_run_model). Returns a new network in *out (free with
 * dg_network_free()), or DG_ERR_QUERY having printed why. */
dg_status dg_network_read(dg_rdf *rdf, librdf_model *model, dg_network_kind kind,
                          dg_network **out);

/* NULL is allowed. */
void dg_network_free(dg_network *n);

/* The nodes and edges drawn when edges weighing less than `min` are left
 * out (and with them the nodes left without an edge). */
void dg_network_count(const dg_network *n, unsigned min, size_t *nodes, size_t *edges);

/* The smallest minimum weight from `min` up that leaves at most
 * `max_nodes` nodes: `min` itself if it does. Returns 0 if every
 * minimum that leaves no more than `max_nodes` leaves none at all (the
 * network is too dense to thin out by weight). */
unsigned dg_network_fit(const dg_network *n, unsigned min, size_t max_nodes);

/* Returns a new picture of the network at minimum weight `min`, nodes in
 * the order of their labels; free with dg_picture_free(). */
dg_picture *dg_network_picture(const dg_network *n, unsigned min);

#endif
