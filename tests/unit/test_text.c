/* test_text.c - bytes to clean text: repair, normalisation, keys. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "base/text.h"
#include "extract/tokens.h"
#include "../tap.h"

static char *norm(const char *s, size_t len, dg_text_report *rep)
{
  size_t out_len;
  return dg_text_normalize(s, len, &out_len, rep);
}

/* 1 if NFC leaves the code points `a` (unless 0) then `b` unchanged. */
static int nfc_keeps(ucs4_t a, ucs4_t b)
{
  uint8_t in[8], *out;
  size_t n = 0, out_len = 0;
  int k, same;
  if (a) {
    k = u8_uctomb(in, a, 4);
    n += (size_t)k;
  }
  k = u8_uctomb(in + n, b, 4);
  n += (size_t)k;
  out = u8_normalize(UNINORM_NFC, in, n, NULL, &out_len);
  same = out && out_len == n && memcmp(out, in, n) == 0;
  free(out);
  return same;
}

/* Checks the claim behind the NFC shortcut: every "inert" character is a
 * starter, NFC on its own, and NFC after any other inert character and
 * after the starters that take combining partners. */
static void check_inert(void)
{
  static const ucs4_t before[] = {'e', 'A', 0x1100, 0x0915, 0x09C7, 0x0B47, 0x0BC6, 0x0CC6,
                                  0x0D46, 0x0DD9, 0x1025, 0x1B05, 0x3046, 0x05D0, 0x0627};
  ucs4_t c, p;
  size_t k, inert = 0, bad = 0;
  for (c = 0; c < 0x3000; c++) {
    if (!dg_text_nfc_inert(c) || (c >= 0xD800 && c < 0xE000) || c == 0)
      continue;
    inert++;
    if (uc_combining_class(c) != 0 || !nfc_keeps(0, c))
      bad++;
    for (k = 0; k < sizeof before / sizeof *before; k++)
      if (!nfc_keeps(before[k], c))
        bad++;
    /* the inert characters outside Latin after one another */
    if (c >= 0x300)
      for (p = 0x2000; p < 0x2600; p++)
        if (dg_text_nfc_inert(p) && !nfc_keeps(p, c))
          bad++;
  }
  ok(inert > 900 && bad == 0, "%zu NFC-inert characters checked, %zu misjudged", inert, bad);
  ok(!dg_text_nfc_inert(0x300) && !dg_text_nfc_inert(0x2000) && !dg_text_nfc_inert(0x212B) &&
         !dg_text_nfc_inert(0x1161) && !dg_text_nfc_inert(0xFFFD),
     "combining marks, singletons and jamo are not inert");
}

int main(void)
{
  dg_text_report rep;
  char *s;
  dg_tokens t;

  s = norm("plain text\n", 11, &rep);
  is_str(s, "plain text\n", "ASCII passes unchanged");
  is_int(rep.invalid_utf8 + rep.controls, 0, "and needs no repair");
  free(s);

  s = norm("\xEF\xBB\xBFline\r\nnext\rlast", 18, &rep);
  is_str(s, "line\nnext\nlast", "BOM dropped, CRLF and CR become LF");
  ok(rep.had_bom && rep.had_crlf, "both repairs reported");
  free(s);

  s = norm("caf\xE9 \x93quoted\x94", 13, &rep);
  is_str(s, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D", "invalid bytes read as Windows-1252");
  is_int(rep.invalid_utf8, 3, "three invalid bytes counted");
  is_int(rep.first_invalid, 3, "first invalid byte located");
  free(s);

  s = norm("a\x01" "b\x7F" "c\tD", 7, &rep);
  is_str(s, "a b c\tD", "control characters become spaces, TAB stays");
  is_int(rep.controls, 2, "two control characters counted");
  free(s);

  s = norm("e\xCC\x81", 3, &rep);
  is_str(s, "\xC3\xA9", "NFC: e + combining acute becomes one character");
  free(s);

  s = norm("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9 e\xCC\x81", 26, &rep);
  is_str(s, "\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9 \xC3\xA9",
         "one combining mark after inert punctuation still gets NFC");
  free(s);

  s = norm("\xE2\x84\xAB and \x93q\x94", 11, &rep);
  is_str(s, "\xC3\x85 and \xE2\x80\x9Cq\xE2\x80\x9D",
         "a singleton (Angstrom sign) is normalised next to repaired bytes");
  free(s);

  check_inert();

  s = norm("\xC0\xAF", 2, &rep);
  ok(dg_text_is_utf8(s, strlen(s)), "an overlong sequence is repaired into valid UTF-8");
  free(s);

  s = norm("\xED\xA0\x80", 3, &rep);
  ok(dg_text_is_utf8(s, strlen(s)), "a UTF-16 surrogate is repaired into valid UTF-8");
  free(s);

  is_int(dg_text_find_nul("ab\0c", 4), 2, "NUL found at its offset");
  is_int(dg_text_find_nul("abc", 3), -1, "no NUL in text");

  s = dg_text_key("Dr. Gil  Rozm\xC3\xA1n", 16);
  is_str(s, "dr gil rozman", "key: lowercase, accents and punctuation folded");
  free(s);
  s = dg_text_key("O\xE2\x80\x99Hanlon", 10);
  is_str(s, "ohanlon", "key: apostrophes vanish inside names");
  free(s);
  s = dg_text_key("Stra\xC3\x9F" "e", 8);
  is_str(s, "strasse", "key: sharp s folds to ss");
  free(s);
  {
    /* marks: accents of Greek, Cyrillic and Arabic go, as Latin ones do;
     * the marks that spell an Indic, Thai or kana word stay (in NFKD) */
    static const struct {
      const char *a, *b;
      int same;
      const char *what;
    } marks[] = {
      {"Άννα", "αννα", 1, "Greek tonos dropped"},
      {"Йован", "иован", 1, "Cyrillic breve dropped"},
      {"مُحَمَّد", "محمد", 1, "Arabic vowel signs dropped"},
      {"すがわら", "すかわら", 0, "kana voicing mark kept (が is not か)"},
      {"मोदी", "मद", 0, "Devanagari vowel signs kept"},
      {"จันทร์", "จนทร", 0, "Thai vowel and tone marks kept"},
    };
    size_t i;
    for (i = 0; i < sizeof marks / sizeof marks[0]; i++) {
      char *ka = dg_text_key(marks[i].a, strlen(marks[i].a));
      char *kb = dg_text_key(marks[i].b, strlen(marks[i].b));
      ok((strcmp(ka, kb) == 0) == marks[i].same, "key: %s (%s, %s)", marks[i].what, ka, kb);
      free(ka);
      free(kb);
    }
    s = dg_text_key("すがわら", strlen("すがわら"));
    is_str(s, "すか\xE3\x82\x99わら", "key: が in NFKD, か and the combining voicing mark");
    free(s);
  }

  s = dg_text_squeeze("  a \t b\n\nc  ", 12);
  is_str(s, "a b c", "squeeze collapses and trims white space");
  free(s);

  dg_tokens_init(&t);
  dg_tokenize("U.S.-Japan 2018Tokyo", 20, &t);
  is_int(t.n, 8, "tokens: U . S . - Japan 2018 Tokyo");
  ok(t.n == 8 && t.tok[6].type == DG_TOK_NUM && t.tok[7].type == DG_TOK_WORD, "a number does not swallow the word after it");
  dg_tokens_release(&t);
  return tap_done();
}
