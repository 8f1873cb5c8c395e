/* buf.h - a growable byte string, always NUL-terminated. */
#ifndef DG_BUF_H
#define DG_BUF_H

#include <stddef.h>

#include "base/log.h"

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
/* Returns the contents as a new string (the caller frees it with free())
 * and leaves the buffer released: call dg_buf_init() before reusing it. */
char *dg_buf_detach(dg_buf *b);

#endif
