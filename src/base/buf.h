/* buf.h - a growable byte string, always NUL-terminated. */
#ifndef DG_BUF_H
#define DG_BUF_H

#include <stddef.h>

#include "base/log.h"
#include "base/xalloc.h"

/* A buffer on the stack: dg_buf_init() then dg_buf_release(). `data` is
 * owned by the buffer and is never NULL after init. */
typedef struct dg_buf {
  char *data;
  size_t len;
  size_t cap;
} dg_buf;

void dg_buf_init(dg_buf *b);
/* Frees the contents; `b` may be NULL. The buffer can be initialised again. */
void dg_buf_release(dg_buf *b);
/* Empties the buffer, keeping its memory. */
void dg_buf_clear(dg_buf *b);
void dg_buf_add(dg_buf *b, const void *data, size_t len);
void dg_buf_adds(dg_buf *b, const char *s);
void dg_buf_addc(dg_buf *b, char c);
void dg_buf_printf(dg_buf *b, const char *fmt, ...) DG_PRINTF(2, 3);
/* Appends `s` percent-encoded as a URL query value: everything but the
 * unreserved characters of RFC 3986. */
void dg_buf_add_urlencoded(dg_buf *b, const char *s);
/* Returns the contents as a new string (the caller frees it with free())
 * and leaves the buffer released: call dg_buf_init() before reusing it. */
char *dg_buf_detach(dg_buf *b);

/* For writers that fill the bytes themselves: dg_buf_room() makes room for
 * `extra` more bytes and the NUL and returns where they go; after writing
 * up to `end` (inside that room), dg_buf_settle() ends the string there.
 * Inline, because renderers call them for every term. */
static inline char *dg_buf_room(dg_buf *b, size_t extra)
{
  if (b->len + extra + 1 > b->cap)
    xgrow(&b->data, &b->cap, b->len + extra + 1, 1);
  return b->data + b->len;
}

static inline void dg_buf_settle(dg_buf *b, char *end)
{
  b->len = (size_t)(end - b->data);
  *end = '\0';
}

#endif
