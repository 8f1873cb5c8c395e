/* strmap.h - a hash map from byte strings to size_t values. */
#ifndef DG_STRMAP_H
#define DG_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct dg_strmap dg_strmap;

/* Returns a new, empty map; free with dg_strmap_free(). Keys are copied. */
dg_strmap *dg_strmap_new(void);
void dg_strmap_free(dg_strmap *m);

/* Returns 1 and sets *value if `key` (`len` bytes) is present, else 0. */
int dg_strmap_get(const dg_strmap *m, const void *key, size_t len, size_t *value);

/* Sets key -> value; returns 1 if the key was new, 0 if it was replaced. */
int dg_strmap_put(dg_strmap *m, const void *key, size_t len, size_t value);

/* 64-bit FNV-1a, the hash the map uses; exposed for callers that keep
 * digests of their own (deduplicating statements). */
uint64_t dg_hash64(const void *data, size_t len, uint64_t seed);
#define DG_HASH64_SEED UINT64_C(0xcbf29ce484222325)

#endif
