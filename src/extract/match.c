/* match.c - a token trie kept in one hash table: (parent node, token) -> child.
 *
 * One table probe per step down the trie, hashed with the token's hash
 * that dg_tokenize() computed once for every matcher, so a scan is linear
 * in the text times the longest phrase (a handful of tokens), whatever the
 * size of the gazetteer. Most tokens start no phrase and stop at a bit
 * filter before any probe. */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "extract/match.h"

#define NO_VALUE LONG_MIN
#define KEY_CAP 512 /* as the keys were once built: 8 bytes of node id, then
                       the token; a longer token matches nothing */
#define TOK_MAX (KEY_CAP - sizeof(size_t) - 1)

/* An edge (parent node, token) -> child. The token's key bytes (canonical,
 * and folded in a folding matcher) are in the matcher's pool. */
typedef struct edge {
  uint32_t tok_hash; /* dg_token.hash of the token */
  uint32_t parent;
  uint32_t child;    /* 0 (the root, never a child): an empty slot */
  uint32_t key_len;
  size_t key_off;
} edge;

struct dg_matcher {
  edge *slots;       /* open addressing, linear probing; owned; NULL while
                        the matcher is empty */
  size_t n_slots;    /* a power of two, or 0 */
  size_t n_edges;
  char *pool;        /* owned: the edges' key bytes */
  size_t pool_len, pool_cap;
  long *values;      /* per node: value, or NO_VALUE */
  size_t n_nodes, cap_nodes;
  dg_tokens toks;    /* scratch for tokenizing phrases */
  int fold;          /* compare ASCII letters case-insensitively */
  /* A filter on the first token of every phrase: bit (hash & root_mask)
   * of each is set. Most tokens of a text start no phrase at all, and
   * this answers them with one load (a clear bit is a certain miss).
   * Owned; sized with the table (a page makes matchers that often stay
   * small or empty). */
  uint64_t *root_bits;
  uint32_t root_mask;
};

/* The slot an edge's probe starts at. */
static size_t slot_of(const dg_matcher *m, uint32_t parent, uint32_t tok_hash)
{
  uint32_t h = tok_hash ^ (parent * 0x9E3779B1u);
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 12;
  return (size_t)h & (m->n_slots - 1);
}

static unsigned char fold_byte(int fold, unsigned char c)
{
  return (unsigned char)(fold && c >= 'A' && c <= 'Z' ? c + 32 : c);
}

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
  free(m->slots);
  free(m->pool);
  free(m->root_bits);
  free(m->values);
  dg_tokens_release(&m->toks);
  free(m);
}

void dg_matcher_set_fold(dg_matcher *m, int fold) { m->fold = fold; }

/* The canonical text of token t (dg_token_canon() without the copy for
 * every token but the few curly quotes and dashes): sets *n. */
static const char *canon_text(const char *text, const dg_token *t, char tmp[4], size_t *n)
{
  *n = t->len;
  if (t->type == DG_TOK_PUNCT && t->len == 3) {
    *n = dg_token_canon(text, t, tmp, 4);
    return tmp;
  }
  return text + t->start;
}

/* Finds the child of `parent` by the token with key bytes p[0..n) (not
 * yet folded) and hash h; returns it, or 0 if there is none. */
static uint32_t find_edge(const dg_matcher *m, uint32_t parent, uint32_t h, const char *p,
                          size_t n)
{
  size_t mask = m->n_slots - 1, i = slot_of(m, parent, h);
  for (;; i = (i + 1) & mask) {
    const edge *e = &m->slots[i];
    if (e->child == 0)
      return 0;
    if (e->tok_hash == h && e->parent == parent && e->key_len == n) {
      const char *k = m->pool + e->key_off;
      size_t b;
      /* byte by byte: a key is a word of a few bytes, shorter than a
       * call to memcmp() */
      if (m->fold) {
        for (b = 0; b < n; b++)
          if ((char)fold_byte(1, (unsigned char)p[b]) != k[b])
            break;
      } else {
        for (b = 0; b < n; b++)
          if (p[b] != k[b])
            break;
      }
      if (b == n)
        return e->child;
    }
  }
}

static void set_root_bit(dg_matcher *m, uint32_t h)
{
  uint32_t b = h & m->root_mask;
  m->root_bits[b / 64] |= UINT64_C(1) << (b % 64);
}

/* Doubles the table (or makes the first), rehashing every edge and
 * rebuilding the root filter at its new size. */
static void grow_table(dg_matcher *m)
{
  size_t old_n = m->n_slots, i;
  edge *old = m->slots;
  size_t bits;
  m->n_slots = old_n ? old_n * 2 : 64;
  m->slots = xcalloc(m->n_slots, sizeof *m->slots);
  /* two filter bits per slot: with the table at most half full, a few in a
   * hundred of the tokens that start no phrase get past the filter */
  bits = m->n_slots * 2;
  free(m->root_bits);
  m->root_bits = xcalloc(bits / 64, sizeof *m->root_bits);
  m->root_mask = (uint32_t)(bits - 1);
  for (i = 0; i < old_n; i++) {
    size_t j;
    if (old[i].child == 0)
      continue;
    j = slot_of(m, old[i].parent, old[i].tok_hash);
    while (m->slots[j].child != 0)
      j = (j + 1) & (m->n_slots - 1);
    m->slots[j] = old[i];
    if (old[i].parent == 0)
      set_root_bit(m, old[i].tok_hash);
  }
  free(old);
}

int dg_matcher_add(dg_matcher *m, const char *phrase, long value)
{
  uint32_t node = 0;
  size_t i;
  dg_tokenize(phrase, strlen(phrase), &m->toks);
  if (m->toks.n == 0)
    return 0;
  for (i = 0; i < m->toks.n; i++) {
    char key[KEY_CAP];
    size_t n = dg_token_canon(phrase, &m->toks.tok[i], key, sizeof key - sizeof(size_t)), b;
    uint32_t h, child;
    if (m->fold)
      for (b = 0; b < n; b++)
        key[b] = (char)fold_byte(1, (unsigned char)key[b]);
    /* the token's own hash, unless the key was cut short */
    h = n == m->toks.tok[i].len || m->toks.tok[i].type == DG_TOK_PUNCT
            ? m->toks.tok[i].hash
            : dg_token_hash(key, n);
    child = m->slots ? find_edge(m, node, h, key, n) : 0;
    if (child == 0) {
      edge *e;
      size_t j;
      if ((m->n_edges + 1) * 2 > m->n_slots)
        grow_table(m);
      child = (uint32_t)m->n_nodes;
      xgrow(&m->values, &m->cap_nodes, m->n_nodes + 1, sizeof *m->values);
      m->values[m->n_nodes++] = NO_VALUE;
      if (m->pool_len + n + 1 > m->pool_cap)
        xgrow(&m->pool, &m->pool_cap, m->pool_len + n + 1, 1);
      memcpy(m->pool + m->pool_len, key, n);
      j = slot_of(m, node, h);
      while (m->slots[j].child != 0)
        j = (j + 1) & (m->n_slots - 1);
      e = &m->slots[j];
      e->tok_hash = h;
      e->parent = node;
      e->child = child;
      e->key_len = (uint32_t)n;
      e->key_off = m->pool_len;
      m->pool_len += n;
      m->n_edges++;
      if (node == 0)
        set_root_bit(m, h);
    }
    node = child;
  }
  if (m->values[node] != NO_VALUE)
    return 0;
  m->values[node] = value;
  return 1;
}

/* The walk down the trie from token i, which passed the root filter. */
static size_t walk(const dg_matcher *m, const char *text, const dg_tokens *toks, size_t i,
                   long *value, int *ran_out)
{
  uint32_t node = 0;
  size_t j, best = 0;
  for (j = i;; j++) {
    const dg_token *t;
    const char *p;
    char tmp[4];
    size_t n;
    if (j >= toks->n) {
      *ran_out = 1;
      break;
    }
    t = &toks->tok[j];
    if (j > i && t->nl)
      break;
    if (t->len > TOK_MAX)
      break;
    p = canon_text(text, t, tmp, &n);
    node = find_edge(m, node, t->hash, p, n);
    if (node == 0)
      break;
    if (m->values[node] != NO_VALUE) {
      best = j - i + 1;
      *value = m->values[node];
    }
  }
  return best;
}

/* The checks the walk makes at token i before it looks anything up: 1 if
 * it goes on. */
static inline int first_step(const dg_matcher *m, const dg_tokens *toks, size_t i, int *ran_out)
{
  const dg_token *t;
  uint32_t b;
  *ran_out = 0;
  if (i >= toks->n) {
    *ran_out = 1;
    return 0;
  }
  if (!m->slots) /* empty: every walk stops at the root */
    return 0;
  t = &toks->tok[i];
  b = t->hash & m->root_mask;
  return (m->root_bits[b / 64] >> (b % 64)) & 1;
}

size_t dg_matcher_longest(const dg_matcher *m, const char *text,
                          const dg_tokens *toks, size_t i, long *value)
{
  int ran_out;
  if (!first_step(m, toks, i, &ran_out))
    return 0;
  return walk(m, text, toks, i, value, &ran_out);
}

size_t dg_matcher_longest_ro(const dg_matcher *m, const char *text,
                             const dg_tokens *toks, size_t i, long *value, int *ran_out)
{
  if (!first_step(m, toks, i, ran_out))
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
