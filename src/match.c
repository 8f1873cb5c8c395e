/* match.c - a token trie kept in one hash map: (parent node, token) -> child.
 *
 * One map lookup per token of the text and per step down the trie, so a
 * scan is linear in the text times the longest phrase (a handful of
 * tokens), whatever the size of the gazetteer. */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "match.h"
#include "strmap.h"
#include "xalloc.h"

#define NO_VALUE LONG_MIN

struct dg_matcher {
  dg_strmap *edges;  /* parent id (8 bytes) + token text -> child id */
  long *values;      /* per node: value, or NO_VALUE */
  size_t n_nodes, cap_nodes;
  dg_tokens toks;    /* scratch for tokenizing phrases */
  int fold;          /* compare ASCII letters case-insensitively */
};

dg_matcher *dg_matcher_new(void)
{
  dg_matcher *m = xcalloc(1, sizeof *m);
  m->edges = dg_strmap_new();
  xgrow(&m->values, &m->cap_nodes, 1, sizeof *m->values);
  m->values[0] = NO_VALUE;
  m->n_nodes = 1;
  dg_tokens_init(&m->toks);
  return m;
}

void dg_matcher_free(dg_matcher *m)
{
  if (!m)
    return;
  dg_strmap_free(m->edges);
  free(m->values);
  dg_tokens_release(&m->toks);
  free(m);
}

void dg_matcher_set_fold(dg_matcher *m, int fold) { m->fold = fold; }

/* Builds the edge key for (node, token) into key[]; returns its length. */
static size_t edge_key(const dg_matcher *m, char *key, size_t cap, size_t node,
                       const char *text, const dg_token *t)
{
  size_t n, i;
  memcpy(key, &node, sizeof node);
  n = dg_token_canon(text, t, key + sizeof node, cap - sizeof node);
  if (m->fold)
    for (i = sizeof node; i < sizeof node + n; i++)
      if (key[i] >= 'A' && key[i] <= 'Z')
        key[i] = (char)(key[i] + 32);
  return sizeof node + n;
}

int dg_matcher_add(dg_matcher *m, const char *phrase, long value)
{
  char key[512];
  size_t node = 0, i;
  dg_tokenize(phrase, strlen(phrase), &m->toks);
  if (m->toks.n == 0)
    return 0;
  for (i = 0; i < m->toks.n; i++) {
    size_t klen = edge_key(m, key, sizeof key, node, phrase, &m->toks.tok[i]);
    size_t child;
    if (!dg_strmap_get(m->edges, key, klen, &child)) {
      child = m->n_nodes;
      xgrow(&m->values, &m->cap_nodes, m->n_nodes + 1, sizeof *m->values);
      m->values[m->n_nodes++] = NO_VALUE;
      dg_strmap_put(m->edges, key, klen, child);
    }
    node = child;
  }
  if (m->values[node] != NO_VALUE)
    return 0;
  m->values[node] = value;
  return 1;
}

size_t dg_matcher_longest(const dg_matcher *m, const char *text,
                          const dg_tokens *toks, size_t i, long *value)
{
  char key[512];
  size_t node = 0, j, best = 0;
  for (j = i; j < toks->n; j++) {
    size_t klen, child;
    if (j > i && toks->tok[j].nl)
      break;
    if (toks->tok[j].len > sizeof key - sizeof node - 1)
      break;
    klen = edge_key(m, key, sizeof key, node, text, &toks->tok[j]);
    if (!dg_strmap_get(m->edges, key, klen, &child))
      break;
    node = child;
    if (m->values[node] != NO_VALUE) {
      best = j - i + 1;
      *value = m->values[node];
    }
  }
  return best;
}

int dg_matcher_lookup(const dg_matcher *m, const char *phrase, long *value)
{
  dg_tokens t;
  long v = 0;
  size_t n;
  int found;
  dg_tokens_init(&t);
  dg_tokenize(phrase, strlen(phrase), &t);
  n = t.n ? dg_matcher_longest(m, phrase, &t, 0, &v) : 0;
  found = n > 0 && n == t.n;
  dg_tokens_release(&t);
  if (found && value)
    *value = v;
  return found;
}
