/* strmap.c - open-addressing hash map, linear probing, power-of-two size. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "base/xalloc.h"

typedef struct slot {
  char *key;      /* owned; NULL when empty */
  size_t len;
  uint64_t hash;
  size_t value;
} slot;

struct dg_strmap {
  slot *slots;
  size_t cap;     /* power of two */
  size_t count;
};

uint64_t dg_hash64(const void *data, size_t len, uint64_t h)
{
  const unsigned char *p = data;
  size_t i;
  for (i = 0; i < len; i++) {
    h ^= p[i];
    h *= UINT64_C(0x100000001b3);
  }
  /* a final mix so that low bits depend on every byte */
  h ^= h >> 33;
  h *= UINT64_C(0xff51afd7ed558ccd);
  h ^= h >> 33;
  return h;
}

dg_strmap *dg_strmap_new(void)
{
  dg_strmap *m = xcalloc(1, sizeof *m);
  m->cap = 16;
  m->slots = xcalloc(m->cap, sizeof *m->slots);
  return m;
}

void dg_strmap_free(dg_strmap *m)
{
  size_t i;
  if (!m)
    return;
  for (i = 0; i < m->cap; i++)
    free(m->slots[i].key);
  free(m->slots);
  free(m);
}

static slot *find(const dg_strmap *m, const void *key, size_t len, uint64_t h)
{
  size_t i = (size_t)h & (m->cap - 1);
  for (;;) {
    slot *s = &m->slots[i];
    if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
      return s;
    i = (i + 1) & (m->cap - 1);
  }
}

int dg_strmap_get(const dg_strmap *m, const void *key, size_t len, size_t *value)
{
  slot *s = find(m, key, len, dg_hash64(key, len, DG_HASH64_SEED));
  if (!s->key)
    return 0;
  if (value)
    *value = s->value;
  return 1;
}

static void grow(dg_strmap *m)
{
  slot *old = m->slots;
  size_t oldcap = m->cap, i;
  m->cap *= 2;
  m->slots = xcalloc(m->cap, sizeof *m->slots);
  for (i = 0; i < oldcap; i++) {
    if (old[i].key) {
      slot *s = find(m, old[i].key, old[i].len, old[i].hash);
      *s = old[i];
    }
  }
  free(old);
}

int dg_strmap_put(dg_strmap *m, const void *key, size_t len, size_t value)
{
  uint64_t h = dg_hash64(key, len, DG_HASH64_SEED);
  slot *s = find(m, key, len, h);
  if (s->key) {
    s->value = value;
    return 0;
  }
  s->key = xmalloc(len + 1);
  memcpy(s->key, key, len);
  s->key[len] = '\0';
  s->len = len;
  s->hash = h;
  s->value = value;
  m->count++;
  if (m->count * 4 >= m->cap * 3)
    grow(m);
  return 1;
}

