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
#define ROOT_BITS 65536
#define KEY_CAP 512 /* bytes of an edge key: node id, then the token */

/* A cheap hash of a token's key bytes (n > 0) for the root filter: its
 * length and first, second and last bytes. */
static unsigned root_hash3(unsigned char first, unsigned char second, unsigned char last, size_t n)
{
  uint32_t h = (uint32_t)first | (uint32_t)second << 8 | (uint32_t)last << 16 |
               (uint32_t)(n & 0xFF) << 24;
  h *= 0x9E3779B1u;
  return (unsigned)((h >> 16) & (ROOT_BITS - 1));
}

static unsigned root_hash(const char *k, size_t n)
{
  return root_hash3((unsigned char)k[0], (unsigned char)k[n > 1], (unsigned char)k[n - 1], n);
}

static unsigned char fold_byte(int fold, char c)
{
  return (unsigned char)(fold && c >= 'A' && c <= 'Z' ? c + 32 : c);
}

struct dg_matcher {
  dg_strmap *edges;  /* parent id (8 bytes) + token text -> child id; NULL
                        until the first phrase is added */
  long *values;      /* per node: value, or NO_VALUE */
  size_t n_nodes, cap_nodes;
  dg_tokens toks;    /* scratch for tokenizing phrases */
  int fold;          /* compare ASCII letters case-insensitively */
  /* A filter on the first token of every phrase: bit root_hash(token) is
   * set for each. Most tokens of a text start no phrase at all, and this
   * answers them without a map lookup (a clear bit is a certain miss).
   * Owned; NULL, like edges, while the matcher is empty: a page makes
   * matchers that often stay empty, and zeroing 8 KB for each costs more
   * than the rest of them. */
  uint64_t *root_bits;
};

dg_matcher *dg_matcher_new(void)
{
  dg_matcher *m = xcalloc(1, sizeof *m);
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
  if (m->edges)
    dg_strmap_free(m->edges);
  free(m->root_bits);
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
  char key[KEY_CAP];
  size_t node = 0, i;
  dg_tokenize(phrase, strlen(phrase), &m->toks);
  if (m->toks.n == 0)
    return 0;
  if (!m->edges) {
    m->edges = dg_strmap_new();
    m->root_bits = xcalloc(ROOT_BITS / 64, sizeof *m->root_bits);
  }
  for (i = 0; i < m->toks.n; i++) {
    size_t klen = edge_key(m, key, sizeof key, node, phrase, &m->toks.tok[i]);
    size_t child;
    if (i == 0 && klen > sizeof node) {
      unsigned h = root_hash(key + sizeof node, klen - sizeof node);
      m->root_bits[h / 64] |= UINT64_C(1) << (h % 64);
    }
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

/* 0 if no phrase can start with token t: the root filter on the token's
 * key bytes (as edge_key() would write them: canonical, folded) without
 * building the key. Most tokens of a text stop here. */
static inline int root_may_match(const dg_matcher *m, const char *text, const dg_token *t)
{
  char tmp[4];
  const char *p = text + t->start;
  size_t n = t->len;
  unsigned h;
  if (t->type == DG_TOK_PUNCT && n == 3) {
    n = dg_token_canon(text, t, tmp, sizeof tmp);
    p = tmp;
  }
  if (n == 0)
    return 1;
  h = root_hash3(fold_byte(m->fold, p[0]), fold_byte(m->fold, p[n > 1]),
                 fold_byte(m->fold, p[n - 1]), n);
  return (m->root_bits[h / 64] & (UINT64_C(1) << (h % 64))) != 0;
}

/* The walk down the trie from token i, which passed root_may_match(). */
static size_t walk(const dg_matcher *m, const char *text, const dg_tokens *toks, size_t i,
                   long *value, int *ran_out)
{
  char key[KEY_CAP];
  size_t node = 0, j, best = 0;
  for (j = i;; j++) {
    size_t klen, child;
    if (j >= toks->n) {
      *ran_out = 1;
      break;
    }
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

/* The checks the walk makes at token i before it looks anything up: 1 if
 * it goes on. */
static inline int first_step(const dg_matcher *m, const char *text, const dg_tokens *toks,
                             size_t i, int *ran_out)
{
  *ran_out = 0;
  if (i >= toks->n) {
    *ran_out = 1;
    return 0;
  }
  if (!m->edges) /* empty: every walk stops at the root */
    return 0;
  if (toks->tok[i].len > KEY_CAP - sizeof(size_t) - 1)
    return 0; /* as walk() would stop */
  return root_may_match(m, text, &toks->tok[i]);
}

size_t dg_matcher_longest(const dg_matcher *m, const char *text,
                          const dg_tokens *toks, size_t i, long *value)
{
  int ran_out;
  if (!first_step(m, text, toks, i, &ran_out))
    return 0;
  return walk(m, text, toks, i, value, &ran_out);
}

size_t dg_matcher_longest_ro(const dg_matcher *m, const char *text,
                             const dg_tokens *toks, size_t i, long *value, int *ran_out)
{
  if (!first_step(m, text, toks, i, ran_out))
    return 0;
  return walk(m, text, toks, i, value, ran_out);
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
