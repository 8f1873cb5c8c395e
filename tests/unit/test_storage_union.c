/* test_storage_union.c - the "docgraph" storage's union mode.
 *
 * Seeded random triples go into several graphs (and the no-graph default)
 * of an in-memory "docgraph" storage, with removals and a dropped graph
 * between batches, and into a plain array that says what the answer must
 * be. In union mode a find without a context must return each distinct
 * triple exactly once, with no context, for all eight bound/unbound
 * combinations of subject, predicate and object and every value of the
 * bound ones; a find in a context must still return that graph's quads.
 * With union mode off, the same find returns one statement per quad, each
 * with its graph. In union mode the model lists no graphs; off, every
 * graph that holds a quad. Usage: test_storage_union [SEED]. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <redland.h>

#include "store/storage_dg.h"
#include "../tap.h"

#define N_S 5
#define N_P 3
#define N_O 6
#define N_G 4   /* graph index N_G = no graph */

static librdf_world *world;
static librdf_node *sn[N_S], *pn[N_P], *on[N_O], *gn[N_G];
static unsigned char held[N_S][N_P][N_O][N_G + 1];

static unsigned long rnd_state;
static unsigned rnd(unsigned n)
{
  rnd_state = rnd_state * 6364136223846793005UL + 1442695040888963407UL;
  return (unsigned)((rnd_state >> 33) % n);
}

/* Counts and frees an iterator's items; -1 for none at all. */
static int count_iter(librdf_iterator *it)
{
  int n = 0;
  if (!it)
    return -1;
  for (; !librdf_iterator_end(it); librdf_iterator_next(it))
    n++;
  librdf_free_iterator(it);
  return n;
}

static librdf_node *uri(const char *prefix, int i)
{
  char buf[96];
  snprintf(buf, sizeof buf, "%s%d", prefix, i);
  return librdf_new_node_from_uri_string(world, (const unsigned char *)buf);
}

static void make_nodes(void)
{
  int i;
  for (i = 0; i < N_S; i++)
    sn[i] = uri("https://w3id.org/docgraph/id/thing/s", i);
  for (i = 0; i < N_P; i++)
    pn[i] = uri("https://w3id.org/docgraph/ns#p", i);
  for (i = 0; i < N_O; i++) {
    char v[16];
    snprintf(v, sizeof v, "v%d", i);
    on[i] = i % 2 ? librdf_new_node_from_literal(world, (const unsigned char *)v, NULL, 0)
                  : librdf_new_node_from_node(sn[i % N_S]);
  }
  for (i = 0; i < N_G; i++)
    gn[i] = uri("https://w3id.org/docgraph/id/document/", i);
}

static librdf_statement *stmt(librdf_node *s, librdf_node *p, librdf_node *o)
{
  return librdf_new_statement_from_nodes(world, s ? librdf_new_node_from_node(s) : NULL,
                                         p ? librdf_new_node_from_node(p) : NULL,
                                         o ? librdf_new_node_from_node(o) : NULL);
}

static int node_index(librdf_node *n, librdf_node **v, int count)
{
  int i;
  for (i = 0; n && i < count; i++)
    if (librdf_node_equals(n, v[i]))
      return i;
  return -1;
}

/* One random change to the model and to `held`. */
static void random_op(librdf_model *m)
{
  int s = (int)rnd(N_S), p = (int)rnd(N_P), o = (int)rnd(N_O), g = (int)rnd(N_G + 1);
  unsigned what = rnd(10);
  librdf_statement *st = stmt(sn[s], pn[p], on[o]);
  if (what < 7) {
    if (g == N_G)
      librdf_model_add_statement(m, st);
    else
      librdf_model_context_add_statement(m, gn[g], st);
    held[s][p][o][g] = 1;
  } else {
    if (g == N_G)
      librdf_model_remove_statement(m, st);
    else
      librdf_model_context_remove_statement(m, gn[g], st);
    held[s][p][o][g] = 0;
  }
  librdf_free_statement(st);
}

/* Finds (s, p, o) (-1 = unbound) in context `g` (-1 = none) and checks
 * the answer against `held`: in union mode without a context, each held
 * triple once with no context; otherwise each held quad once with its
 * graph. Returns 1 when right. */
static int check_find(librdf_model *m, int s, int p, int o, int g, int union_mode)
{
  static unsigned char seen[N_S][N_P][N_O][N_G + 1];
  librdf_statement *q = stmt(s >= 0 ? sn[s] : NULL, p >= 0 ? pn[p] : NULL, o >= 0 ? on[o] : NULL);
  librdf_stream *str = g >= 0 ? librdf_model_find_statements_in_context(m, q, gn[g])
                              : librdf_model_find_statements(m, q);
  int good = str != NULL, a, b, c, d;
  memset(seen, 0, sizeof seen);
  while (good && !librdf_stream_end(str)) {
    librdf_statement *x = librdf_stream_get_object(str);
    librdf_node *ctx = librdf_stream_get_context2(str);
    int xs = node_index(librdf_statement_get_subject(x), sn, N_S);
    int xp = node_index(librdf_statement_get_predicate(x), pn, N_P);
    int xo = node_index(librdf_statement_get_object(x), on, N_O);
    int xg = ctx ? node_index(ctx, gn, N_G) : N_G;
    if (xs < 0 || xp < 0 || xo < 0 || xg < 0 || (union_mode && g < 0 && ctx))
      good = 0;
    else if (seen[xs][xp][xo][xg]++)
      good = 0;   /* the same answer twice */
    librdf_stream_next(str);
  }
  if (str)
    librdf_free_stream(str);
  librdf_free_statement(q);
  for (a = 0; good && a < N_S; a++)
    for (b = 0; b < N_P; b++)
      for (c = 0; c < N_O; c++) {
        int want_any = 0, match = (s < 0 || s == a) && (p < 0 || p == b) && (o < 0 || o == c);
        for (d = 0; d <= N_G; d++) {
          int want = match && held[a][b][c][d] && (g < 0 || g == d);
          want_any |= want;
          if (!(union_mode && g < 0) && seen[a][b][c][d] != want)
            good = 0;
        }
        if (union_mode && g < 0 && seen[a][b][c][N_G] != want_any)
          good = 0;
      }
  return good;
}

/* All eight bound/unbound patterns, every value of the bound terms,
 * without a context and in each graph. Returns the number of wrong finds. */
static int check_all(librdf_model *m, int union_mode)
{
  int mask, s, p, o, g, bad = 0;
  for (mask = 0; mask < 8; mask++)
    for (s = (mask & 1) ? 0 : -1; s < ((mask & 1) ? N_S : 0); s++)
      for (p = (mask & 2) ? 0 : -1; p < ((mask & 2) ? N_P : 0); p++)
        for (o = (mask & 4) ? 0 : -1; o < ((mask & 4) ? N_O : 0); o++)
          for (g = -1; g < N_G; g++)
            if (!check_find(m, s, p, o, g, union_mode)) {
              if (bad++ < 5)
                printf("# wrong find: s=%d p=%d o=%d g=%d union=%d\n", s, p, o, g, union_mode);
            }
  return bad;
}

static unsigned long distinct_triples(void)
{
  unsigned long n = 0;
  int a, b, c, d;
  for (a = 0; a < N_S; a++)
    for (b = 0; b < N_P; b++)
      for (c = 0; c < N_O; c++)
        for (d = 0; d <= N_G; d++)
          if (held[a][b][c][d]) {
            n++;
            break;
          }
  return n;
}

static unsigned long count_stream(librdf_stream *str)
{
  unsigned long n = 0;
  while (str && !librdf_stream_end(str)) {
    n++;
    librdf_stream_next(str);
  }
  if (str)
    librdf_free_stream(str);
  return n;
}

int main(int argc, char **argv)
{
  librdf_storage *st;
  librdf_model *m;
  unsigned long seed = argc > 1 ? strtoul(argv[1], NULL, 10) : 20261121UL;
  int round, i, several = 0, a, b, c, d;

  printf("# seed %lu\n", seed);
  rnd_state = seed;
  world = librdf_new_world();
  librdf_world_open(world);
  ok(dg_storage_dg_register(world) == 0, "the storage registers");
  make_nodes();
  st = librdf_new_storage(world, "docgraph", NULL, "union='yes'");
  m = st ? librdf_new_model(world, st, NULL) : NULL;
  ok(m != NULL, "an in-memory storage opens with union='yes'");
  if (!m)
    return tap_done();

  for (round = 0; round < 6; round++) {
    for (i = 0; i < 120; i++)
      random_op(m);
    if (round == 3) {
      /* drop a whole graph */
      librdf_model_context_remove_statements(m, gn[1]);
      for (a = 0; a < N_S; a++)
        for (b = 0; b < N_P; b++)
          for (c = 0; c < N_O; c++)
            held[a][b][c][1] = 0;
    }
    is_int(check_all(m, 1), 0, "round %d, union mode: every find right", round);
  }

  /* the data must really have triples held by several graphs */
  for (a = 0; a < N_S; a++)
    for (b = 0; b < N_P; b++)
      for (c = 0; c < N_O; c++) {
        int k = 0;
        for (d = 0; d <= N_G; d++)
          k += held[a][b][c][d];
        several += k > 1;
      }
  ok(several > 10, "%d triples are held by more than one graph", several);

  {
    librdf_statement *all = stmt(NULL, NULL, NULL);
    is_int(count_stream(librdf_model_find_statements(m, all)), distinct_triples(),
           "union mode: a full scan gives each distinct triple once");
    is_int(count_stream(librdf_model_as_stream(m)), distinct_triples(),
           "union mode: the model as a stream too");
    dg_storage_dg_set_union(st, 0);
    is_int(check_all(m, 0), 0, "union mode off: one answer per quad, with its graph");
    ok(count_stream(librdf_model_find_statements(m, all)) > distinct_triples(),
       "union mode off: a triple in n graphs is found n times");
    {
      /* the graphs that hold a quad, counted from the array */
      int graphs = 0;
      for (d = 0; d < N_G; d++) {
        int any = 0;
        for (a = 0; a < N_S; a++)
          for (b = 0; b < N_P; b++)
            for (c = 0; c < N_O; c++)
              any |= held[a][b][c][d];
        graphs += any;
      }
      ok(graphs > 1, "%d graphs hold quads", graphs);
      is_int(count_iter(librdf_model_get_contexts(m)), graphs,
             "union mode off: the model lists every graph that holds a quad");
      dg_storage_dg_set_union(st, 1);
      is_int(count_iter(librdf_model_get_contexts(m)), 0,
             "union mode: the model lists no graphs (one default graph)");
    }
    is_int(check_all(m, 1), 0, "union mode on again: every find right");
    librdf_free_statement(all);
  }

  librdf_free_model(m);
  librdf_free_storage(st);
  for (i = 0; i < N_S; i++)
    librdf_free_node(sn[i]);
  for (i = 0; i < N_P; i++)
    librdf_free_node(pn[i]);
  for (i = 0; i < N_O; i++)
    librdf_free_node(on[i]);
  for (i = 0; i < N_G; i++)
    librdf_free_node(gn[i]);
  librdf_free_world(world);
  return tap_done();
}
