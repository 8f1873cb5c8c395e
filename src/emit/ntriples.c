/* ntriples.c - N-Triples terms written without Redland, byte for byte as
 * raptor writes them, and the digests that deduplicate the lines.
 *
 * The mapper's threads render N-Triples and N-Quads lines themselves
 * (emit.c), and the serializer dedups raptor's own (serialize.c); both
 * need the same escaping and the same digest, so they live here, apart
 * from the statements, which vocab.c, emit.c and serialize.c all build
 * on. */
#include "config.h"

#include <pthread.h>
#include <string.h>

#include "base/buf.h"
#include "emit/ntriples.h"

/* raptor 2.0.15 writes N-Triples terms with raptor_string_escaped_write():
 * an IRI with the N-Triples URI flags and '>' as delimiter, a literal with
 * the N-Triples literal flags and '"' as delimiter, every non-ASCII
 * character as \uXXXX or \UXXXXXXXX (upper-case hex). The code below gives
 * the same bytes; tests/cli/t0160-map-jobs.sh checks them against rapper,
 * which writes through that function, and tests/unit/test_emit against
 * raptor's serializer on the librdf statements of the same walk. */

static const char hexdig[] = "0123456789ABCDEF";

static char *put_hex(char *d, char u, unsigned long c, int digits)
{
  int i;
  *d++ = '\\';
  *d++ = u;
  for (i = digits - 1; i >= 0; i--)
    *d++ = hexdig[(c >> (4 * i)) & 0xf];
  return d;
}

/* Decodes one character the way raptor 2.0.15's
 * raptor_unicode_utf8_string_get_char() does: continuation bytes are not
 * checked and surrogates pass, but overlong 2-4 byte forms, U+FFFE, U+FFFF
 * and values past U+10FFFF are refused. Returns its length in bytes or -1;
 * raptor stops writing the string there. */
static int utf8_get(const unsigned char *s, size_t len, unsigned long *out)
{
  unsigned long c;
  int size, i;
  unsigned char in = s[0];
  if ((in & 0x80) == 0) { size = 1; c = in & 0x7f; }
  else if ((in & 0xe0) == 0xc0) { size = 2; c = in & 0x1f; }
  else if ((in & 0xf0) == 0xe0) { size = 3; c = in & 0x0f; }
  else if ((in & 0xf8) == 0xf0) { size = 4; c = in & 0x07; }
  else if ((in & 0xfc) == 0xf8) { size = 5; c = in & 0x03; }
  else if ((in & 0xfe) == 0xfc) { size = 6; c = in & 0x01; }
  else return -1;
  if (len < (size_t)size)
    return -1;
  for (i = 1; i < size; i++)
    c = (c << 6) | (s[i] & 0x3f);
  if ((size == 2 && c < 0x80) || (size == 3 && c < 0x800) || (size == 4 && c < 0x10000))
    return -1;
  if (c == 0xFFFE || c == 0xFFFF || c > 0x10FFFF)
    return -1;
  *out = c;
  return size;
}

/* What each byte becomes, one table per kind of term: PLAIN is copied as
 * it is (for an IRI printable ASCII but space and <>"{}|^`\ ; for a
 * literal, printable ASCII and space but " and \), STOP ends the string
 * (NUL, as in raptor), HEX is \u00XX, MULTI starts a UTF-8 sequence, and
 * any other value is the letter c of the two-byte escape "\c". Built
 * once, read-only after. */
enum { PLAIN = 0, STOP = 1, HEX = 2, MULTI = 3 };
static unsigned char esc_iri[256], esc_lit[256];

static void init_tables(void)
{
  int c;
  for (c = 0; c < 256; c++) {
    unsigned char t;
    if (c == 0)
      t = STOP;
    else if (c >= 0x80)
      t = MULTI;
    else if (c < 0x20 || c == 0x7f)
      t = HEX;
    else if (c == '\\')
      t = '\\';
    else
      t = PLAIN;
    esc_iri[c] = esc_lit[c] = t;
  }
  for (c = 0; "<>\"{}|^` "[c]; c++)
    esc_iri[(unsigned char)"<>\"{}|^` "[c]] = HEX;
  esc_lit['"'] = '"';
  esc_lit['\t'] = 't';
  esc_lit['\n'] = 'n';
  esc_lit['\r'] = 'r';
}

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;


/* Writes `s` escaped to `d`, which has room for DG_NT_GROWTH * len bytes;
 * returns the end. The runs that need no escape go in bulk copies. */
static char *escape_to(char *d, const unsigned char *s, size_t len, const unsigned char *tab)
{
  size_t i = 0;
  while (i < len) {
    size_t run = i;
    unsigned char what;
    unsigned long uc;
    int n;
    while (run < len && tab[s[run]] == PLAIN)
      run++;
    if (run > i) {
      memcpy(d, s + i, run - i);
      d += run - i;
      i = run;
      if (i >= len)
        break;
    }
    what = tab[s[i]];
    if (what == STOP)
      break;
    if (what == HEX) {
      d = put_hex(d, 'u', s[i], 4);
      i++;
    } else if (what == MULTI) {
      n = utf8_get(s + i, len - i, &uc);
      if (n < 0)
        break;
      d = uc < 0x10000 ? put_hex(d, 'u', uc, 4) : put_hex(d, 'U', uc, 8);
      i += (size_t)n;
    } else {
      *d++ = '\\';
      *d++ = (char)what;
      i++;
    }
  }
  return d;
}

char *dg_nt_iri_to(char *d, const char *s, size_t len)
{
  pthread_once(&tables_once, init_tables);
  *d++ = '<';
  d = escape_to(d, (const unsigned char *)s, len, esc_iri);
  *d++ = '>';
  return d;
}

char *dg_nt_literal_to(char *d, const char *s, size_t len)
{
  pthread_once(&tables_once, init_tables);
  return escape_to(d, (const unsigned char *)s, len, esc_lit);
}

void dg_nt_iri(dg_buf *b, const char *s, size_t len)
{
  char *d = dg_buf_room(b, DG_NT_GROWTH * len + 2);
  dg_buf_settle(b, dg_nt_iri_to(d, s, len));
}

void dg_nt_literal(dg_buf *b, const char *s, size_t len)
{
  char *d = dg_buf_room(b, DG_NT_GROWTH * len);
  dg_buf_settle(b, dg_nt_literal_to(d, s, len));
}

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* 8 bytes a step, each word mixed by a multiply and a rotation, the end
 * by the murmur3 finaliser: terms differ in long runs (IRIs), so this
 * spreads well enough for a set of statement digests. */
uint64_t dg_nt_term_hash(const char *s, size_t len)
{
  uint64_t h = UINT64_C(0x9e3779b97f4a7c15) ^ len, w;
  while (len >= 8) {
    memcpy(&w, s, 8);
    h ^= w * UINT64_C(0xbf58476d1ce4e5b9);
    h = rotl64(h, 27) * UINT64_C(0x94d049bb133111eb);
    s += 8;
    len -= 8;
  }
  w = 0;
  memcpy(&w, s, len);
  h ^= w * UINT64_C(0xbf58476d1ce4e5b9);
  h = rotl64(h, 27) * UINT64_C(0x94d049bb133111eb);
  h ^= h >> 33;
  h *= UINT64_C(0xff51afd7ed558ccd);
  h ^= h >> 33;
  h *= UINT64_C(0xc4ceb9fe1a85ec53);
  h ^= h >> 33;
  return h;
}

uint64_t dg_nt_digest(uint64_t s, uint64_t p, uint64_t o, uint64_t g)
{
  /* each step rotates before it mixes in, so the order of the terms
   * counts: (a, b) and (b, a) give different digests */
  uint64_t h = s * UINT64_C(0x9e3779b97f4a7c15);
  h = (rotl64(h, 23) ^ p) * UINT64_C(0xbf58476d1ce4e5b9);
  h = (rotl64(h, 23) ^ o) * UINT64_C(0x94d049bb133111eb);
  h = (rotl64(h, 23) ^ g) * UINT64_C(0xff51afd7ed558ccd);
  h ^= h >> 33;
  h *= UINT64_C(0xc4ceb9fe1a85ec53);
  h ^= h >> 33;
  return h;
}
