/* buf.c - growable NUL-terminated byte strings. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"

void dg_buf_init(dg_buf *b)
{
  b->cap = 64;
  b->len = 0;
  b->data = xmalloc(b->cap);
  b->data[0] = '\0';
}

void dg_buf_release(dg_buf *b)
{
  if (!b)
    return;
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

void dg_buf_clear(dg_buf *b)
{
  b->len = 0;
  b->data[0] = '\0';
}

static void reserve(dg_buf *b, size_t extra)
{
  xgrow(&b->data, &b->cap, b->len + extra + 1, 1);
}

void dg_buf_add(dg_buf *b, const void *data, size_t len)
{
  reserve(b, len);
  memcpy(b->data + b->len, data, len);
  b->len += len;
  b->data[b->len] = '\0';
}

void dg_buf_adds(dg_buf *b, const char *s) { dg_buf_add(b, s, strlen(s)); }

void dg_buf_addc(dg_buf *b, char c) { dg_buf_add(b, &c, 1); }

void dg_buf_printf(dg_buf *b, const char *fmt, ...)
{
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  if ((size_t)n >= b->cap - b->len) {
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
  }
  b->len += (size_t)n;
}

char *dg_buf_detach(dg_buf *b)
{
  char *s = b->data;
  /* left released, not re-initialised: the caller is usually done with it */
  b->data = NULL;
  b->len = b->cap = 0;
  return s;
}

void dg_buf_add_urlencoded(dg_buf *b, const char *s)
{
  const unsigned char *p;
  for (p = (const unsigned char *)s; *p; p++) {
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
        *p == '-' || *p == '_' || *p == '.' || *p == '~')
      dg_buf_addc(b, (char)*p);
    else
      dg_buf_printf(b, "%%%02X", *p);
  }
}
