/* xalloc.c - allocators that exit on out-of-memory. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

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
  return p;
}

void *xcalloc(size_t n, size_t size)
{
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    oom();
  return p;
}

void *xrealloc(void *ptr, size_t size)
{
  void *p = realloc(ptr, size ? size : 1);
  if (!p)
    oom();
  return p;
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
