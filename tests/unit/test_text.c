/* test_text.c - bytes to clean text: repair, normalisation, keys. */
#include "config.h"

#include <stdlib.h>

#include "text.h"
#include "tokens.h"
#include "../tap.h"

static char *norm(const char *s, size_t len, dg_text_report *rep)
{
  size_t out_len;
  return dg_text_normalize(s, len, &out_len, rep);
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
