/* slug.c - deterministic, always-valid IRI segments. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/sha256.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "resolve/slug.h"

static const char hexd[] = "0123456789ABCDEF";

static void add_pct(dg_buf *b, unsigned char c)
{
  dg_buf_addc(b, '%');
  dg_buf_addc(b, hexd[c >> 4]);
  dg_buf_addc(b, hexd[c & 15]);
}

char *dg_slug(const char *s, size_t len)
{
  char *key = dg_text_key(s, len);
  char hex[DG_SHA256_HEX_LEN + 1];
  dg_buf b;
  size_t i;

  dg_buf_init(&b);
  for (i = 0; key[i]; i++) {
    unsigned char c = (unsigned char)key[i];
    if (c == ' ')
      dg_buf_addc(&b, '-');
    else if (dg_is_alnum(c))
      dg_buf_addc(&b, (char)c);
    else if (c >= 0x80)
      add_pct(&b, c);
    /* dg_text_key() emits nothing else */
  }
  if (b.len == 0 || b.len > DG_SLUG_MAX) {
    size_t cut = 0;
    dg_sha256_hex(s, len, hex);
    if (b.len > DG_SLUG_MAX) {
      cut = DG_SLUG_MAX;
      /* never cut inside a %XX escape, prefer a word boundary */
      while (cut > 0 && b.data[cut] != '-')
        cut--;
      if (cut == 0) {
        cut = DG_SLUG_MAX;
        while (cut > 0 && (b.data[cut] == '%' || b.data[cut - 1] == '%' ||
                           (cut >= 2 && b.data[cut - 2] == '%')))
          cut--;
      }
      b.len = cut;
      b.data[cut] = '\0';
      dg_buf_addc(&b, '-');
    } else {
      dg_buf_adds(&b, "x-");
    }
    dg_buf_add(&b, hex, 8);
  }
  free(key);
  return dg_buf_detach(&b);
}

char *dg_percent_encode(const char *s, size_t len, int keep_reserved)
{
  dg_buf b;
  size_t i;
  dg_buf_init(&b);
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (dg_is_alnum(c) || strchr("-._~", c) != NULL)
      dg_buf_addc(&b, (char)c);
    else if (keep_reserved && c != '\0' && strchr("/:#?@!$&'()*+,;=", c) != NULL)
      dg_buf_addc(&b, (char)c);
    else
      add_pct(&b, c);
  }
  return dg_buf_detach(&b);
}
