/* xalloc.h - allocation that cannot fail: it exits the process instead. */
#ifndef DG_XALLOC_H
#define DG_XALLOC_H

#include <stddef.h>
#include <stdlib.h>

#include "base/log.h"

/* Each returns new memory; free with free(). On exhaustion they print
 * "docgraph: fatal: out of memory" and exit(1): the only exit() below main,
 * so that callers need no out-of-memory branches. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) DG_PRINTF(1, 2);

/* Grows *ptr (an array of *cap elements of `size` bytes) so that it holds at
 * least `need` elements, doubling to keep appends amortised O(1). */
void xgrow(void *ptr, size_t *cap, size_t need, size_t size);

/* qsort() that accepts an empty array: qsort(NULL, 0, ...) is undefined
 * behaviour in C, and an empty list's pointer is often NULL here. */
static inline void dg_qsort(void *base, size_t n, size_t size,
                            int (*cmp)(const void *, const void *))
{
  if (n > 1)
    qsort(base, n, size, cmp);
}

#endif
