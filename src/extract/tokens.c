/* tokens.c - a single linear pass over the text; the unit every matcher uses. */
#include "config.h"

#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "extract/tokens.h"

void dg_tokens_init(dg_tokens *t) { memset(t, 0, sizeof *t); }

void dg_tokens_release(dg_tokens *t)
{
  if (!t)
    return;
  free(t->tok);
  memset(t, 0, sizeof *t);
}

static int is_word_char(ucs4_t uc)
{
  /* letters, digits and combining marks glue into a word; ASCII (most of
   * every page) is answered without the Unicode tables */
  if (uc < 0x80)
    return dg_is_alnum((int)uc);
  return uc_is_alnum(uc) || uc_is_general_category(uc, UC_CATEGORY_M);
}

static int is_space_char(ucs4_t uc)
{
  if (uc < 0x80)
    return uc == ' ' || uc == '\t' || uc == '\n' || uc == '\r';
  return uc == ' ' || uc == '\t' || uc == '\n' || uc == '\r' || uc == 0xA0 ||
         uc == 0x2009 || uc == 0x200A || uc == 0x202F || uc == 0x3000 ||
         uc == 0x200B || uc == 0xFEFF || (uc >= 0x2000 && uc <= 0x2008);
}

/* The hash of dg_token.hash, eight bytes at a time. Each byte is OR-ed
 * with 0x20 before it is mixed in: that maps each ASCII capital onto its
 * small letter, so text that differs only in ASCII case hashes the same
 * (it also merges a few other pairs, such as "@" and "`": a collision
 * costs a comparison, never a wrong match). `tail` holds the last n % 8
 * bytes, or all n when n < 8, as a little-endian number. */
#define CASE_BITS UINT64_C(0x2020202020202020)
#define MIX_K UINT64_C(0x9E3779B97F4A7C15)

static uint64_t mix_word(uint64_t h, uint64_t x)
{
  h = (h ^ (x | CASE_BITS)) * MIX_K;
  return h ^ (h >> 29);
}

static uint32_t finish(uint64_t h, size_t n)
{
  h ^= (uint64_t)n;
  h *= UINT64_C(0xFF51AFD7ED558CCD);
  h ^= h >> 32;
  return (uint32_t)h;
}

static uint64_t load8(const uint8_t *p)
{
  uint64_t x;
  memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  x = __builtin_bswap64(x);
#endif
  return x;
}

/* The low `n` (< 8) bytes of a word: the rest cleared. */
static uint64_t low_bytes(uint64_t x, size_t n)
{
  return n ? x & (~UINT64_C(0) >> (64 - 8 * n)) : 0;
}

uint32_t dg_token_hash(const char *canon, size_t n)
{
  const uint8_t *p = (const uint8_t *)canon;
  uint64_t h = 0, x = 0;
  size_t k, r;
  for (k = 0; k + 8 <= n; k += 8)
    h = mix_word(h, load8(p + k));
  r = n - k;
  if (r) {
    for (; r > 0; r--)
      x = x << 8 | p[k + r - 1];
    h = mix_word(h, x);
  }
  return finish(h, n);
}

/* dg_token_hash() of s[i, i+n) of a text of `len` bytes: a short token
 * with eight bytes of text after its start is read with one load. */
static uint32_t hash_at(const uint8_t *s, size_t i, size_t n, size_t len)
{
  uint64_t h;
  if (n >= 8 || i + 8 > len)
    return dg_token_hash((const char *)s + i, n);
  h = mix_word(0, low_bytes(load8(s + i), n));
  return finish(h, n);
}

/* The hash of a punctuation token: of its canonical form (dg_token_canon). */
static uint32_t punct_hash(const uint8_t *s, size_t i, size_t n, size_t len)
{
  if (n == 3 && s[i] == 0xE2 && s[i + 1] == 0x80) {
    if (s[i + 2] == 0x98 || s[i + 2] == 0x99)
      return dg_token_hash("'", 1);
    if (s[i + 2] >= 0x90 && s[i + 2] <= 0x95)
      return dg_token_hash("-", 1);
  }
  return hash_at(s, i, n, len);
}

void dg_tokenize(const char *text, size_t len, dg_tokens *out)
{
  const uint8_t *s = (const uint8_t *)text;
  size_t i = 0;
  unsigned nl = 0;
  int space = 0;

  out->n = 0;
  while (i < len) {
    ucs4_t uc;
    int n;
    dg_token *t;
    if (s[i] < 0x80) {
      uc = s[i];
      n = 1;
    } else {
      n = u8_mbtoucr(&uc, s + i, len - i);
      if (n <= 0) {
        uc = 0xFFFD;
        n = 1;
      }
    }
    if (is_space_char(uc)) {
      if (uc == '\n' && nl < 255)
        nl++;
      /* a tab is a table's cell boundary: DG_TOK_CELL */
      space = uc == '\t' || space == DG_TOK_CELL ? DG_TOK_CELL : 1;
      i += (size_t)n;
      continue;
    }
    if (out->n == out->cap)
      xgrow(&out->tok, &out->cap, out->n + 1, sizeof *out->tok);
    t = &out->tok[out->n++];
    t->start = i;
    t->nl = (unsigned char)nl;
    t->space = (unsigned char)space;
    nl = 0;
    space = 0;
    if (uc < 0x80 ? dg_is_alnum((int)uc) : is_word_char(uc)) {
      int digits_first = uc < 0x80 && dg_is_digit((int)uc);
      size_t j = i + (size_t)n;
      if (digits_first) {
        /* "2018Japan" is two tokens: a number is a run of ASCII digits and
         * absorbs no letters */
        while (j < len && dg_is_digit(s[j]))
          j++;
      } else {
        while (j < len) {
          ucs4_t c2;
          int m;
          if (s[j] < 0x80) {
            /* ASCII, most of every page: is_word_char() is dg_is_alnum() */
            if (!dg_is_alnum(s[j]))
              break;
            j++;
            continue;
          }
          m = u8_mbtoucr(&c2, s + j, len - j);
          if (m <= 0 || !is_word_char(c2))
            break;
          j += (size_t)m;
        }
      }
      t->type = digits_first ? DG_TOK_NUM : DG_TOK_WORD;
      t->len = (unsigned)(j - i > 0xFFFFFFF ? 0xFFFFFFF : j - i);
      t->hash = hash_at(s, i, t->len, len);
      i += t->len;
    } else {
      t->type = DG_TOK_PUNCT;
      t->len = (unsigned)n;
      t->hash = punct_hash(s, i, (size_t)n, len);
      i += (size_t)n;
    }
  }
}

size_t dg_token_canon(const char *text, const dg_token *t, char *out, size_t cap)
{
  const char *p = text + t->start;
  size_t n = t->len;
  if (t->type == DG_TOK_PUNCT && n == 3 && (unsigned char)p[0] == 0xE2 &&
      (unsigned char)p[1] == 0x80) {
    unsigned char c = (unsigned char)p[2];
    if (c == 0x98 || c == 0x99) { /* ‘ ’ */
      p = "'";
      n = 1;
    } else if (c >= 0x90 && c <= 0x95) { /* ‐ ‑ ‒ – — ― */
      p = "-";
      n = 1;
    }
  }
  if (cap == 0)
    return 0;
  if (n > cap - 1)
    n = cap - 1;
  memcpy(out, p, n);
  out[n] = '\0';
  return n;
}
