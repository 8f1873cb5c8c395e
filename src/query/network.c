/* network.c - networks read with SPARQL, counted here.
 *
 * The queries only fetch facts (which publication has which author);
 * grouping and counting happen in C. rasqal 0.9.33 counts wrongly where
 * a value's rows are not next to each other (COUNT(DISTINCT)), joins a
 * UNION with the pattern after it wrongly, and aggregates slowly on a
 * large store; plain triple patterns it answers right and fast. Every
 * fact is counted once however many rows repeat it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "query/network.h"
#include "query/query.h"
#include "query/results.h"

const dg_network_info dg_networks[DG_NET__COUNT] = {
  {DG_NET_COAUTHORS, "coauthors", "sfdp",
   "people linked by the publications they share"},
  {DG_NET_EVENTS, "events", "sfdp",
   "events with their participants and organizations"},
  {DG_NET_COUNTRIES, "countries", "neato",
   "countries linked by the pages that mention both"},
};

int dg_network_from_name(const char *name, dg_network_kind *out)
{
  size_t i;
  for (i = 0; i < DG_NET__COUNT; i++)
    if (strcmp(dg_networks[i].name, name) == 0) {
      *out = dg_networks[i].id;
      return 1;
    }
  return 0;
}

const char *dg_network_list(void)
{
  return "coauthors, events, countries";
}

#define PREFIX "PREFIX dg: <https://w3id.org/docgraph/ns#>\n"

/* The facts each network is made of: rows (?g ?m), a group and a member
 * of it. A projected network links the members of a group with each
 * other; the events network links each group (an event) to its members. */
static const char *const coauthor_links[] = {
  PREFIX "SELECT ?g ?m WHERE { ?g dg:author ?m }",
  NULL,
};
static const char *const country_links[] = {
  PREFIX "SELECT ?g ?m WHERE { ?g dg:mentionsCountry ?m }",
  NULL,
};
static const char *const event_links[] = {
  PREFIX "SELECT ?g ?m WHERE { ?g dg:participant ?m }",
  PREFIX "SELECT ?g ?m WHERE { ?g dg:host ?m }",
  PREFIX "SELECT ?g ?m WHERE { ?g dg:organizer ?m }",
  PREFIX "SELECT ?g ?m WHERE { ?g dg:participant ?p . ?p dg:affiliation ?m }",
  NULL,
};
static const char names_query[] = PREFIX "SELECT ?x ?label WHERE { ?x dg:name ?label }";
static const char titles_query[] = PREFIX "SELECT ?x ?label WHERE { ?x dg:title ?label }";
/* FILTER, not the class as the object: a pattern with all three terms
 * bound is a full scan in librdf's hashes (REDLAND.md) */
static const char orgs_query[] =
  PREFIX "SELECT ?x WHERE { ?x a ?t FILTER(?t = dg:Organization) }";

typedef struct net_node {
  char *iri;     /* owned */
  char *label;   /* owned; NULL until a label is found */
  dg_picture_node_kind kind;
  unsigned size;
} net_node;

typedef struct net_edge {
  size_t a, b;   /* node indexes, a < b in a projected network */
  unsigned weight;
} net_edge;

struct dg_network {
  dg_network_kind kind;
  net_node *nodes;   /* owned */
  size_t n_nodes, cap_nodes;
  net_edge *edges;   /* owned */
  size_t n_edges, cap_edges;
};

/* A group (a publication, a page, an event) and its members' nodes. */
typedef struct group {
  char *iri;       /* owned */
  size_t *m;       /* owned: node indexes */
  size_t n, cap;
} group;

/* Reading state: IRIs to node indexes, and each group's members. */
typedef struct reader {
  dg_network *net;       /* borrowed */
  dg_strmap *ids;        /* node IRI -> index */
  dg_strmap *facts;      /* "g\nm" seen */
  dg_strmap *index;      /* group IRI -> index in groups */
  group *groups;         /* owned, each entry's pointers too */
  size_t n_groups, cap_groups;
} reader;

static size_t node_for(reader *r, const char *iri, dg_picture_node_kind kind)
{
  size_t i;
  net_node *n;
  if (dg_strmap_get(r->ids, iri, strlen(iri), &i))
    return i;
  xgrow(&r->net->nodes, &r->net->cap_nodes, r->net->n_nodes + 1, sizeof *r->net->nodes);
  n = &r->net->nodes[r->net->n_nodes];
  n->iri = xstrdup(iri);
  n->label = NULL;
  n->kind = kind;
  n->size = 0;
  dg_strmap_put(r->ids, iri, strlen(iri), r->net->n_nodes);
  return r->net->n_nodes++;
}

static size_t group_for(reader *r, const char *iri)
{
  size_t i;
  if (dg_strmap_get(r->index, iri, strlen(iri), &i))
    return i;
  xgrow(&r->groups, &r->cap_groups, r->n_groups + 1, sizeof *r->groups);
  memset(&r->groups[r->n_groups], 0, sizeof *r->groups);
  r->groups[r->n_groups].iri = xstrdup(iri);
  dg_strmap_put(r->index, iri, strlen(iri), r->n_groups);
  return r->n_groups++;
}

static void reader_release(reader *r)
{
  size_t i;
  for (i = 0; i < r->n_groups; i++) {
    free(r->groups[i].iri);
    free(r->groups[i].m);
  }
  free(r->groups);
  dg_strmap_free(r->ids);
  dg_strmap_free(r->facts);
  dg_strmap_free(r->index);
}

/* The column of variable `name` in `res`, or (size_t)-1. */
static size_t column(const dg_results *res, const char *name)
{
  size_t i;
  for (i = 0; i < dg_results_n_vars(res); i++)
    if (strcmp(dg_results_var(res, i), name) == 0)
      return i;
  return (size_t)-1;
}

/* The IRI in column c of row i, or NULL (unbound, a literal, a blank
 * node: rasqal's empty group, or data no network uses). */
static const char *iri_at(const dg_results *res, size_t i, size_t c)
{
  const dg_term *t;
  if (c == (size_t)-1)
    return NULL;
  t = &dg_results_row(res, i)[c];
  return t->value && t->kind == DG_TERM_IRI ? t->value : NULL;
}

static dg_status run(dg_rdf *rdf, librdf_model *model, dg_network_kind kind, const char *text,
                     dg_results **res)
{
  char origin[64];
  snprintf(origin, sizeof origin, "graph %s", dg_networks[kind].name);
  return dg_query_run_model(rdf, model, origin, text, DG_FORM_SELECT, res);
}

/* Adds the (group, member) facts of one query. */
static dg_status read_links(reader *r, dg_rdf *rdf, librdf_model *model, const char *text)
{
  dg_results *res = NULL;
  dg_status st = run(rdf, model, r->net->kind, text, &res);
  size_t i, cg, cm;
  dg_picture_node_kind member_kind = r->net->kind == DG_NET_COUNTRIES ? DG_PIC_COUNTRY
                                                                       : DG_PIC_PERSON;
  dg_buf key;
  if (st != DG_OK)
    return st;
  cg = column(res, "g");
  cm = column(res, "m");
  dg_buf_init(&key);
  for (i = 0; i < dg_results_n_rows(res); i++) {
    const char *g = iri_at(res, i, cg), *m = iri_at(res, i, cm);
    size_t mi, gi;
    group *gp;
    if (!g || !m || strcmp(g, m) == 0)
      continue;
    key.len = 0;
    dg_buf_printf(&key, "%s\n%s", g, m);
    if (!dg_strmap_put(r->facts, key.data, key.len, 1))
      continue;  /* the same fact again */
    mi = node_for(r, m, member_kind);
    r->net->nodes[mi].size++;
    gi = group_for(r, g);  /* before taking the address: it may move the array */
    gp = &r->groups[gi];
    xgrow(&gp->m, &gp->cap, gp->n + 1, sizeof *gp->m);
    gp->m[gp->n++] = mi;
  }
  dg_buf_release(&key);
  dg_results_free(res);
  return DG_OK;
}

static void add_edge(dg_network *net, size_t a, size_t b, unsigned weight)
{
  xgrow(&net->edges, &net->cap_edges, net->n_edges + 1, sizeof *net->edges);
  net->edges[net->n_edges].a = a;
  net->edges[net->n_edges].b = b;
  net->edges[net->n_edges].weight = weight;
  net->n_edges++;
}

static int cmp_size(const void *x, const void *y)
{
  size_t a = *(const size_t *)x, b = *(const size_t *)y;
  return a < b ? -1 : a > b;
}

/* Links the members of each group with each other: an edge per pair,
 * weighing the groups they share. */
static void project(reader *r)
{
  dg_strmap *pairs = dg_strmap_new();
  size_t g, i, j, e;
  for (g = 0; g < r->n_groups; g++) {
    size_t *m = r->groups[g].m, n = r->groups[g].n;
    dg_qsort(m, n, sizeof *m, cmp_size);
    for (i = 0; i < n; i++)
      for (j = i + 1; j < n; j++) {
        size_t key[2] = {m[i], m[j]};
        if (dg_strmap_get(pairs, key, sizeof key, &e)) {
          r->net->edges[e].weight++;
        } else {
          dg_strmap_put(pairs, key, sizeof key, r->net->n_edges);
          add_edge(r->net, m[i], m[j], 1);
        }
      }
  }
  dg_strmap_free(pairs);
}

/* Links each event to its members: the edge weighs the events the member
 * is linked to (its size, counted while reading). */
static void link_events(reader *r)
{
  size_t g, i, n_members = r->net->n_nodes;
  for (g = 0; g < r->n_groups; g++) {
    size_t ev = node_for(r, r->groups[g].iri, DG_PIC_EVENT);
    r->net->nodes[ev].size = (unsigned)r->groups[g].n;
    for (i = 0; i < r->groups[g].n; i++) {
      size_t m = r->groups[g].m[i];
      /* an IRI both an event and a member (data no one meant) stays an event */
      if (m < n_members && r->net->nodes[m].kind != DG_PIC_EVENT)
        add_edge(r->net, ev, m, r->net->nodes[m].size);
    }
  }
}

/* Gives each node the first label (in code-point order) of `text`'s rows. */
static dg_status read_labels(reader *r, dg_rdf *rdf, librdf_model *model, const char *text,
                             int only_events)
{
  dg_results *res = NULL;
  dg_status st = run(rdf, model, r->net->kind, text, &res);
  size_t i, cx, cl, k;
  if (st != DG_OK)
    return st;
  cx = column(res, "x");
  cl = column(res, "label");
  for (i = 0; cl != (size_t)-1 && i < dg_results_n_rows(res); i++) {
    const char *x = iri_at(res, i, cx);
    const dg_term *t = &dg_results_row(res, i)[cl];
    net_node *n;
    if (!x || !t->value || t->kind != DG_TERM_LITERAL || !dg_strmap_get(r->ids, x, strlen(x), &k))
      continue;
    n = &r->net->nodes[k];
    if ((n->kind == DG_PIC_EVENT) != only_events)
      continue;
    if (!n->label || strcmp(t->value, n->label) < 0) {
      free(n->label);
      n->label = xstrdup(t->value);
    }
  }
  dg_results_free(res);
  return DG_OK;
}

static dg_status read_orgs(reader *r, dg_rdf *rdf, librdf_model *model)
{
  dg_results *res = NULL;
  dg_status st = run(rdf, model, r->net->kind, orgs_query, &res);
  size_t i, cx, k;
  if (st != DG_OK)
    return st;
  cx = column(res, "x");
  for (i = 0; i < dg_results_n_rows(res); i++) {
    const char *x = iri_at(res, i, cx);
    if (x && dg_strmap_get(r->ids, x, strlen(x), &k) && r->net->nodes[k].kind == DG_PIC_PERSON)
      r->net->nodes[k].kind = DG_PIC_ORGANIZATION;
  }
  dg_results_free(res);
  return DG_OK;
}

/* The IRI's last segment (after '/' or '#'), for an entity without a
 * label. */
static char *fallback_label(const char *iri)
{
  const char *s = iri + strlen(iri);
  while (s > iri && s[-1] != '/' && s[-1] != '#')
    s--;
  return xstrdup(*s ? s : iri);
}

static const dg_network *sort_net;  /* qsort's comparator has no context */

static int cmp_nodes(const void *x, const void *y)
{
  const net_node *a = &sort_net->nodes[*(const size_t *)x];
  const net_node *b = &sort_net->nodes[*(const size_t *)y];
  int c = strcmp(a->label, b->label);
  return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_edges(const void *x, const void *y)
{
  const net_edge *a = x, *b = y;
  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return a->b < b->b ? -1 : a->b > b->b;
}

/* Orders the nodes by label (then IRI) and the edges by their nodes, so
 * that the same data gives the same picture whatever order the store
 * answers in. */
static void sort_network(dg_network *net)
{
  size_t *order = xcalloc(net->n_nodes + 1, sizeof *order);
  size_t *where = xcalloc(net->n_nodes + 1, sizeof *where);
  net_node *nodes = xcalloc(net->n_nodes + 1, sizeof *nodes);
  size_t i;
  for (i = 0; i < net->n_nodes; i++)
    order[i] = i;
  sort_net = net;
  dg_qsort(order, net->n_nodes, sizeof *order, cmp_nodes);
  sort_net = NULL;
  for (i = 0; i < net->n_nodes; i++) {
    nodes[i] = net->nodes[order[i]];
    where[order[i]] = i;
  }
  for (i = 0; i < net->n_edges; i++) {
    size_t a = where[net->edges[i].a], b = where[net->edges[i].b];
    /* projected edges join equals: the earlier node first */
    if (net->kind != DG_NET_EVENTS && a > b) {
      size_t t = a;
      a = b;
      b = t;
    }
    net->edges[i].a = a;
    net->edges[i].b = b;
  }
  free(net->nodes);
  net->nodes = nodes;
  net->cap_nodes = net->n_nodes + 1;
  dg_qsort(net->edges, net->n_edges, sizeof *net->edges, cmp_edges);
  free(order);
  free(where);
}

dg_status dg_network_read(dg_rdf *rdf, librdf_model *model, dg_network_kind kind,
                          dg_network **out)
{
  dg_network *net = xcalloc(1, sizeof *net);
  reader r;
  const char *const *q;
  dg_status st = DG_OK;
  size_t i;

  *out = NULL;
  memset(&r, 0, sizeof r);
  net->kind = kind;
  r.net = net;
  r.ids = dg_strmap_new();
  r.facts = dg_strmap_new();
  r.index = dg_strmap_new();
  q = NULL;
  switch (kind) {
  case DG_NET_COAUTHORS: q = coauthor_links; break;
  case DG_NET_COUNTRIES: q = country_links; break;
  case DG_NET_EVENTS: q = event_links; break;
  case DG_NET__COUNT: break;
  }
  for (; q && *q && st == DG_OK; q++)
    st = read_links(&r, rdf, model, *q);
  if (st == DG_OK) {
    if (kind == DG_NET_EVENTS)
      link_events(&r);
    else
      project(&r);
    st = read_labels(&r, rdf, model, names_query, 0);
  }
  if (st == DG_OK && kind == DG_NET_EVENTS)
    st = read_labels(&r, rdf, model, titles_query, 1);
  if (st == DG_OK && kind == DG_NET_EVENTS)
    st = read_orgs(&r, rdf, model);
  reader_release(&r);
  if (st != DG_OK) {
    dg_network_free(net);
    return st;
  }
  for (i = 0; i < net->n_nodes; i++)
    if (!net->nodes[i].label)
      net->nodes[i].label = fallback_label(net->nodes[i].iri);
  sort_network(net);
  *out = net;
  return DG_OK;
}

void dg_network_free(dg_network *n)
{
  size_t i;
  if (!n)
    return;
  for (i = 0; i < n->n_nodes; i++) {
    free(n->nodes[i].iri);
    free(n->nodes[i].label);
  }
  free(n->nodes);
  free(n->edges);
  free(n);
}

/* Marks in keep[] the nodes with an edge of weight `min` or more;
 * returns how many. */
static size_t kept_nodes(const dg_network *n, unsigned min, unsigned char *keep, size_t *edges)
{
  size_t i, count = 0, e = 0;
  memset(keep, 0, n->n_nodes + 1);
  for (i = 0; i < n->n_edges; i++) {
    if (n->edges[i].weight < min)
      continue;
    e++;
    count += !keep[n->edges[i].a] + !keep[n->edges[i].b];
    keep[n->edges[i].a] = keep[n->edges[i].b] = 1;
  }
  if (edges)
    *edges = e;
  return count;
}

void dg_network_count(const dg_network *n, unsigned min, size_t *nodes, size_t *edges)
{
  unsigned char *keep = xcalloc(n->n_nodes + 1, 1);
  *nodes = kept_nodes(n, min, keep, edges);
  free(keep);
}

unsigned dg_network_fit(const dg_network *n, unsigned min, size_t max_nodes)
{
  unsigned char *keep = xcalloc(n->n_nodes + 1, 1);
  unsigned m = min, next;
  size_t i, count;
  for (;;) {
    count = kept_nodes(n, m, keep, NULL);
    if (count <= max_nodes)
      break;
    /* the next weight that leaves something out */
    next = 0;
    for (i = 0; i < n->n_edges; i++)
      if (n->edges[i].weight > m && (!next || n->edges[i].weight < next))
        next = n->edges[i].weight;
    if (!next) {
      m = 0;
      break;
    }
    m = next;
  }
  free(keep);
  if (m && count == 0 && m != min)
    return 0;
  return m;
}

dg_picture *dg_network_picture(const dg_network *n, unsigned min)
{
  dg_picture *p = dg_picture_new(dg_networks[n->kind].name, dg_networks[n->kind].layout);
  unsigned char *keep = xcalloc(n->n_nodes + 1, 1);
  size_t *index = xcalloc(n->n_nodes + 1, sizeof *index);
  size_t i;
  kept_nodes(n, min, keep, NULL);
  for (i = 0; i < n->n_nodes; i++)
    if (keep[i])
      index[i] = dg_picture_add_node(p, n->nodes[i].iri, n->nodes[i].label, n->nodes[i].kind,
                                     n->nodes[i].size);
  for (i = 0; i < n->n_edges; i++)
    if (n->edges[i].weight >= min)
      dg_picture_add_edge(p, index[n->edges[i].a], index[n->edges[i].b], n->edges[i].weight);
  free(keep);
  free(index);
  return p;
}
