/* tokens.c - a single linear pass over the text; the unit every matcher uses. */
#include "config.h"

#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "text.h"
#include "tokens.h"
#include "xalloc.h"

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
      space = 1;
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
    if (is_word_char(uc)) {
      int digits_first = uc < 0x80 && dg_is_digit((int)uc);
      size_t j = i + (size_t)n;
      while (j < len) {
        ucs4_t c2;
        int m;
        if (s[j] < 0x80) {
          /* ASCII, most of every page: is_word_char() is dg_is_alnum() */
          if (!dg_is_alnum(s[j]) || (digits_first && !dg_is_digit(s[j])))
            break;
          j++;
          continue;
        } else {
          m = u8_mbtoucr(&c2, s + j, len - j);
          if (m <= 0)
            break;
        }
        if (!is_word_char(c2))
          break;
        /* "2018Japan" is two tokens: a number does not absorb letters */
        if (digits_first && !(c2 < 0x80 && dg_is_digit((int)c2)))
          break;
        j += (size_t)m;
      }
      t->type = digits_first ? DG_TOK_NUM : DG_TOK_WORD;
      t->len = (unsigned)(j - i > 0xFFFFFFF ? 0xFFFFFFF : j - i);
      i += t->len;
    } else {
      t->type = DG_TOK_PUNCT;
      t->len = (unsigned)n;
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
