/* xalloc.c - allocators that exit on out-of-memory. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "base/xalloc.h"

/* Below this, a block is not worth a system call. */
#define HUGE_MIN ((size_t)4 << 20)

/* Asks the kernel to back the whole pages of a large block with huge
 * pages (2 MiB on x86-64) where it can. The store's indexes, the quads
 * and the sort arrays are arrays of tens of megabytes, filled once and
 * then read at random: in 4 KiB pages each first touch is a page fault
 * and nearly every read a TLB miss, which measured a third of the time
 * of a query on a 1.5M-quad store. Only a hint: where the kernel has no
 * such pages or says no, nothing changes. */
static void *hint_huge(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
  if (size >= HUGE_MIN) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t from = ((uintptr_t)p + page - 1) & ~(page - 1);
    uintptr_t to = ((uintptr_t)p + size) & ~(page - 1);
    if (page && to > from)
      (void)madvise((void *)from, to - from, MADV_HUGEPAGE);
  }
#else
  (void)size;
#endif
  return p;
}

static void oom(void)
{
  fputs("docgraph: fatal: out of memory\n", stderr);
  exit(1);
}

void *xmalloc(size_t size)
{
  void *p = malloc(size ? size : 1);
  if (!p)
    oom();
  return hint_huge(p, size);
}

void *xcalloc(size_t n, size_t size)
{
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    oom();
  /* calloc checked that n * size does not overflow */
  return hint_huge(p, n * size);
}

void *xrealloc(void *ptr, size_t size)
{
  void *p = realloc(ptr, size ? size : 1);
  if (!p)
    oom();
  return hint_huge(p, size);
}

char *xstrdup(const char *s)
{
  return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *xasprintf(const char *fmt, ...)
{
  va_list ap;
  char *s = NULL;
  va_start(ap, fmt);
  if (vasprintf(&s, fmt, ap) < 0)
    oom();
  va_end(ap);
  return s;
}

void xgrow(void *ptr, size_t *cap, size_t need, size_t size)
{
  void **p = ptr;
  size_t n = *cap ? *cap : 8;
  if (need <= *cap)
    return;
  while (n < need) {
    if (n > SIZE_MAX / 2 / size)
      oom();
    n *= 2;
  }
  *p = xrealloc(*p, n * size);
  *cap = n;
}
