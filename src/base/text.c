/* text.c - bytes to clean NFC text, and comparison keys.
 *
 * Everything downstream (the extractor, IRI minting, literals) may assume
 * valid NFC UTF-8 without NULs or stray control characters, because this
 * file is the only way text gets in. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <unicase.h>

#include "base/buf.h"
#include "base/text.h"
#include "base/xalloc.h"

/* Windows-1252 for 0x80..0x9F; 0 marks the five unassigned bytes, which
 * we read as U+FFFD. 0xA0..0xFF are Latin-1. */
static const uint16_t cp1252[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0,
};

long dg_text_find_nul(const void *data, size_t len)
{
  const char *p = memchr(data, '\0', len);
  return p ? (long)(p - (const char *)data) : -1;
}

int dg_utf8_decode(const char *s, size_t len, uint32_t *uc)
{
  ucs4_t c;
  int n = u8_mbtoucr(&c, (const uint8_t *)s, len);
  if (n <= 0) {
    *uc = 0xFFFD;
    return 1;
  }
  *uc = c;
  return n;
}

/* libunistring's test, whose upper case is "has a lower-case mapping":
 * it holds for the title-case letters too (Dž, ᾈ). */
int dg_uc_is_upper(uint32_t uc) { return uc_is_upper(uc); }

int dg_text_is_utf8(const char *s, size_t len)
{
  return u8_check((const uint8_t *)s, len) == NULL;
}

static void put_uc(dg_buf *b, uint32_t uc)
{
  uint8_t tmp[6];
  int n = u8_uctomb(tmp, uc, sizeof tmp);
  if (n > 0)
    dg_buf_add(b, tmp, (size_t)n);
}

/* 1 if `uc` is NFC in any context: a starter (combining class 0) without a
 * canonical decomposition that never composes with the character before
 * it. Everything below U+0300 qualifies, and so do the punctuation,
 * currency signs, arrows and shapes of crawled pages; a text made only of
 * such characters is its own NFC form, so the costly normalisation pass
 * can be skipped. tests/unit/test_text.c checks these ranges against
 * libunistring. */
static int nfc_inert(ucs4_t uc)
{
  return uc < 0x300 || (uc >= 0x2010 && uc <= 0x2027) || (uc >= 0x2030 && uc <= 0x205E) ||
         (uc >= 0x20A0 && uc <= 0x20BF) || uc == 0x2122 || (uc >= 0x2190 && uc <= 0x2199) ||
         (uc >= 0x25A0 && uc <= 0x25FF);
}

int dg_text_nfc_inert(uint32_t uc) { return nfc_inert(uc); }

/* 1 for the ASCII bytes that pass unchanged: printable, TAB and LF. */
static int plain_ascii(unsigned char c)
{
  return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
}

char *dg_text_normalize(const void *data, size_t len, size_t *out_len,
                        dg_text_report *rep)
{
  const char *s = data;
  size_t i = 0;
  dg_buf b;
  uint8_t *nfc;
  size_t nfc_len = 0;
  int inert = 1; /* every character so far is NFC in any context */

  memset(rep, 0, sizeof *rep);
  dg_buf_init(&b);
  if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
    rep->had_bom = 1;
    i = 3;
  }
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (plain_ascii(c)) {
      /* copy the whole run at once: most pages are nearly all ASCII */
      size_t j = i + 1;
      while (j < len && plain_ascii((unsigned char)s[j]))
        j++;
      dg_buf_add(&b, s + i, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      if (c == '\r') {
        rep->had_crlf = 1;
        dg_buf_addc(&b, '\n');
        i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      rep->controls++;
      dg_buf_addc(&b, ' ');
      i++;
      continue;
    }
    {
      ucs4_t uc;
      int n = u8_mbtoucr(&uc, (const uint8_t *)s + i, len - i);
      if (n > 0) {
        /* C1 controls and non-characters are debris, not text. */
        if ((uc >= 0x80 && uc < 0xA0) || uc == 0xFFFE || uc == 0xFFFF) {
          rep->controls++;
          dg_buf_addc(&b, ' ');
        } else {
          if (inert && !nfc_inert(uc))
            inert = 0;
          dg_buf_add(&b, s + i, (size_t)n);
        }
        i += (size_t)n;
        continue;
      }
      if (rep->invalid_utf8 == 0)
        rep->first_invalid = i;
      rep->invalid_utf8++;
      {
        ucs4_t r = c >= 0xA0 ? c : (cp1252[c - 0x80] ? cp1252[c - 0x80] : 0xFFFD);
        if (inert && !nfc_inert(r))
          inert = 0;
        put_uc(&b, r);
      }
      i++;
    }
  }
  if (inert) {
    *out_len = b.len;
    return dg_buf_detach(&b);
  }
  nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)b.data, b.len, NULL, &nfc_len);
  if (!nfc) {
    /* Only fails on out-of-memory; keep the unnormalised text. */
    *out_len = b.len;
    return dg_buf_detach(&b);
  }
  dg_buf_release(&b);
  nfc = xrealloc(nfc, nfc_len + 1);
  nfc[nfc_len] = '\0';
  *out_len = nfc_len;
  return (char *)nfc;
}

char *dg_text_squeeze(const char *s, size_t len)
{
  /* the result is never longer than the input: written in place into one
   * allocation (this runs for every name and organization found) */
  char *out = xmalloc(len + 1);
  size_t i, o = 0;
  int space = 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (dg_is_space(c)) {
      space = 1;
      continue;
    }
    /* U+00A0 no-break space counts as white space. */
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
      space = 1;
      i++;
      continue;
    }
    if (space && o > 0)
      out[o++] = ' ';
    space = 0;
    out[o++] = (char)c;
  }
  out[o] = '\0';
  return out;
}

/* 1 if combining marks on `base` are accents a name may be written with or
 * without, dropped from the key: Latin, Greek, Cyrillic and Armenian
 * accents ("Nowák", "Άννα", "Йован"), Hebrew points and Arabic vowel signs,
 * usually left out. The marks of other scripts spell the word itself:
 * Indic and Thai vowel signs, the kana voicing marks ("が" is not "か"),
 * and stay in the key. */
static int marks_are_accents(ucs4_t base)
{
  return base < 0x0700 || (base >= 0x0750 && base < 0x0780) ||
         (base >= 0x08A0 && base < 0x0900) || (base >= 0x1E00 && base < 0x2000) ||
         (base >= 0x2C60 && base < 0x2C80) || (base >= 0xA720 && base < 0xA800);
}

/* Letters that NFKD does not decompose into ASCII. */
static const char *ascii_fold(ucs4_t uc)
{
  switch (uc) {
  case 0x00DF: return "ss";
  case 0x00E6: case 0x00C6: return "ae";
  case 0x0153: case 0x0152: return "oe";
  case 0x00F8: case 0x00D8: return "o";
  case 0x0142: case 0x0141: return "l";
  case 0x0111: case 0x0110: return "d";
  case 0x00F0: case 0x00D0: return "d";
  case 0x00FE: case 0x00DE: return "th";
  case 0x0131: return "i";
  default: return NULL;
  }
}

char *dg_text_key(const char *s, size_t len)
{
  uint8_t *nfkd;
  size_t nlen = 0, i = 0;
  dg_buf b;
  int gap = 0;
  ucs4_t base = 0; /* the last character that is not a mark */

  /* ASCII is its own NFKD form, has no marks to drop and no letters to
   * fold: the same key without the Unicode tables */
  for (i = 0; i < len && (unsigned char)s[i] < 0x80; i++)
    ;
  if (i == len) {
    char *out = xmalloc(len + 1), *o = out;
    for (i = 0; i < len; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c == '\'')
        continue;
      if (dg_is_alnum(c)) {
        if (gap && o > out)
          *o++ = ' ';
        gap = 0;
        *o++ = (char)dg_to_lower(c);
      } else {
        gap = 1;
      }
    }
    *o = '\0';
    return out;
  }
  i = 0;
  dg_buf_init(&b);
  nfkd = u8_normalize(UNINORM_NFKD, (const uint8_t *)s, len, NULL, &nlen);
  if (!nfkd)
    return dg_buf_detach(&b);
  while (i < nlen) {
    ucs4_t uc;
    int n = u8_mbtoucr(&uc, nfkd + i, nlen - i);
    const char *fold;
    if (n <= 0) {
      i++;
      continue;
    }
    i += (size_t)n;
    if (uc_is_general_category(uc, UC_CATEGORY_M)) {
      /* accents: Nowák and Nowak are one key; a mark after a space, a
       * digit or punctuation goes too */
      if (!marks_are_accents(base) && uc_is_alpha(base))
        put_uc(&b, uc);
      continue;
    }
    base = uc;
    if (uc == '\'' || uc == 0x2019 || uc == 0x2018)
      continue; /* O'Hanlon and OHanlon are one key */
    fold = ascii_fold(uc);
    if (fold) {
      if (gap && b.len)
        dg_buf_addc(&b, ' ');
      gap = 0;
      dg_buf_adds(&b, fold);
      continue;
    }
    if (uc_is_alnum(uc)) {
      if (gap && b.len)
        dg_buf_addc(&b, ' ');
      gap = 0;
      put_uc(&b, uc_tolower(uc));
    } else {
      gap = 1;
    }
  }
  free(nfkd);
  return dg_buf_detach(&b);
}
