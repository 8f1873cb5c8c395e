/* text.h - UTF-8 checking, repair, normalisation and small text helpers. */
#ifndef DG_TEXT_H
#define DG_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* What dg_text_normalize() had to repair. */
typedef struct dg_text_report {
  size_t invalid_utf8;   /* bytes not valid UTF-8, decoded as Windows-1252 */
  size_t controls;       /* control characters replaced by a space */
  size_t first_invalid;  /* byte offset of the first invalid byte */
  int had_bom;
  int had_crlf;
} dg_text_report;

/* Returns the offset of the first NUL byte in `data`, or -1 if none. */
long dg_text_find_nul(const void *data, size_t len);

/* Turns raw bytes into clean text: every invalid UTF-8 byte is read as
 * Windows-1252 (the usual encoding of a mislabelled crawl), a BOM is
 * dropped, CR LF and lone CR become LF, control characters other than TAB
 * and LF become spaces, and the result is NFC-normalised. Returns a new
 * NUL-terminated string (free with free()) and its length in *out_len;
 * fills *rep. Never fails. */
char *dg_text_normalize(const void *data, size_t len, size_t *out_len,
                        dg_text_report *rep);

/* 1 if code point `uc` is NFC whatever surrounds it (a starter without
 * canonical decomposition that never composes with what precedes it);
 * dg_text_normalize() skips NFC for texts made only of such characters. */
int dg_text_nfc_inert(uint32_t uc);

/* Returns 1 if `s` (`len` bytes) is valid UTF-8, else 0. */
int dg_text_is_utf8(const char *s, size_t len);

/* Decodes one UTF-8 character at s[0..len) into *uc; returns its length
 * (1..4), or 1 with *uc = 0xFFFD for an invalid byte. len must be > 0. */
int dg_utf8_decode(const char *s, size_t len, uint32_t *uc);

/* Returns a new string: `s` with runs of white space collapsed to one space
 * and trimmed at both ends. Free with free(). */
char *dg_text_squeeze(const char *s, size_t len);

/* Returns a new string: `s` case-folded and accent-stripped to lowercase
 * ASCII letters and digits, words separated by single spaces. Used as a
 * comparison key ("Dr. Gil  Rozman" -> "dr gil rozman"). Letters of other
 * scripts stay, lowercased and in NFKD; their marks are dropped as accents
 * in Greek, Cyrillic, Hebrew and Arabic, kept where they spell the word
 * (Indic and Thai vowel signs, kana voicing marks). Free with free(). */
char *dg_text_key(const char *s, size_t len);

/* ASCII helpers that do not depend on the locale. */
static inline int dg_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int dg_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int dg_is_alpha(int c) { return dg_is_upper(c) || dg_is_lower(c); }
static inline int dg_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int dg_is_alnum(int c) { return dg_is_alpha(c) || dg_is_digit(c); }
static inline int dg_is_space(int c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int dg_to_lower(int c) { return dg_is_upper(c) ? c + 32 : c; }

/* Capitalised words. Two tests, each kept here once:
 *
 * dg_starts_upper() decodes: the first character of s[0..len) is an
 * upper-case (or title-case) letter of any script, "Rozman", "Ödön",
 * "Žižek", "Άννα". What the token readers (names, organizations) ask.
 *
 * dg_is_cap_byte() reads one byte: an ASCII capital, or the lead byte of
 * a character from U+00C0 on (À..ÿ, every other script, and symbols past
 * Latin-1 such as dashes and curly quotes). The scans of raw bytes ask
 * it at every position, where decoding would cost more than the rest of
 * the scan, and take a capital beyond ASCII for a name's initial, as it
 * nearly always is on these pages. */
int dg_uc_is_upper(uint32_t uc);
static inline int dg_starts_upper(const char *s, size_t len)
{
  uint32_t uc;
  if (len == 0)
    return 0;
  if ((unsigned char)s[0] < 0x80)
    return dg_is_upper((unsigned char)s[0]);
  dg_utf8_decode(s, len, &uc);
  return dg_uc_is_upper(uc);
}
static inline int dg_is_cap_byte(int c) { return dg_is_upper(c) || c >= 0xC3; }
/* dg_is_cap_byte() of s[i], 0 past the end of s[0..n). */
static inline int dg_cap_byte_at(const char *s, size_t n, size_t i)
{
  return i < n && dg_is_cap_byte((unsigned char)s[i]);
}

#endif
