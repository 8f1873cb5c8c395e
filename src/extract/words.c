/* words.c - words found in text: function words, whole-word and
 * case-insensitive search, the word set that looks for many words in one
 * pass, bullets at the start of a line.
 *
 * The page model (page.c) and the gazetteer both search for words, and
 * every recogniser does; kept apart from the page so that the searching
 * depends on nothing but the bytes. */
#include "config.h"

#include <string.h>

#include "base/array.h"
#include "base/text.h"
#include "extract/words.h"

/* The function words: a an and as at by de des du for from in into its la
 * le of on or the their to und with &. Asked of every word of every line,
 * so compared by length then as packed bytes, not looked up in a list. */
#define P2(a, b) ((unsigned)(a) << 8 | (unsigned)(b))
#define P3(a, b, c) (P2(a, b) << 8 | (unsigned)(c))
#define P4(a, b, c, d) (P3(a, b, c) << 8 | (unsigned)(d))

int dg_is_function_word(const char *s, size_t len)
{
  unsigned w = 0;
  size_t k;
  if (len == 0 || len > 5)
    return 0;
  if (len == 5) /* "their" */
    return dg_to_lower((unsigned char)s[0]) == 't' && dg_to_lower((unsigned char)s[1]) == 'h' &&
           dg_to_lower((unsigned char)s[2]) == 'e' && dg_to_lower((unsigned char)s[3]) == 'i' &&
           dg_to_lower((unsigned char)s[4]) == 'r';
  for (k = 0; k < len; k++)
    w = w << 8 | (unsigned)dg_to_lower((unsigned char)s[k]);
  switch (len) {
  case 1:
    return w == 'a' || w == '&';
  case 2:
    switch (w) {
    case P2('a', 'n'): case P2('a', 's'): case P2('a', 't'): case P2('b', 'y'):
    case P2('d', 'e'): case P2('d', 'u'): case P2('i', 'n'): case P2('l', 'a'):
    case P2('l', 'e'): case P2('o', 'f'): case P2('o', 'n'): case P2('o', 'r'):
    case P2('t', 'o'):
      return 1;
    default:
      return 0;
    }
  case 3:
    switch (w) {
    case P3('a', 'n', 'd'): case P3('d', 'e', 's'): case P3('f', 'o', 'r'):
    case P3('i', 't', 's'): case P3('t', 'h', 'e'): case P3('u', 'n', 'd'):
      return 1;
    default:
      return 0;
    }
  default: /* 4 */
    return w == P4('f', 'r', 'o', 'm') || w == P4('i', 'n', 't', 'o') || w == P4('w', 'i', 't', 'h');
  }
}

void dg_caplist_init(dg_caplist *l, const char *const *words, size_t n)
{
  size_t i = 0;
  int c;
  l->words = words;
  for (c = 0; c < 26; c++) {
    while (i < n && (unsigned char)words[i][0] < 'A' + c)
      i++;
    l->at[c] = (unsigned short)i;
  }
  l->at[26] = (unsigned short)n;
}

int dg_caplist_has(const dg_caplist *l, const char *s, size_t len)
{
  size_t lo, hi;
  unsigned char c0;
  if (len == 0)
    return 0; /* no word is empty */
  c0 = (unsigned char)s[0];
  if (c0 < 'A' || c0 > 'Z')
    return 0; /* every word opens with an ASCII capital */
  lo = l->at[c0 - 'A'];
  hi = l->at[c0 - 'A' + 1];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = dg_word_cmp(s, len, l->words[mid]);
    if (c == 0)
      return 1;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}

size_t dg_spaced_dash(const char *s, size_t len, size_t i)
{
  if (i + 2 >= len || s[i] != ' ')
    return 0;
  if (s[i + 1] == '-' && s[i + 2] == ' ')
    return 3;
  return i + 4 < len && (unsigned char)s[i + 1] == 0xE2 && (unsigned char)s[i + 2] == 0x80 &&
                 ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94) &&
                 s[i + 4] == ' '
             ? 5
             : 0;
}

int dg_at(const char *s, size_t len, size_t i, const char *word)
{
  size_t k;
  if (i >= len || s[i] != word[0])
    return 0;
  for (k = 1; word[k]; k++)
    if (i + k >= len || s[i + k] != word[k])
      return 0;
  return 1;
}

size_t dg_find_ci(const char *s, size_t len, size_t from, const char *word, int boundary)
{
  size_t wl = strlen(word), i = from, last;
  int c0, c1;
  if (wl == 0 || wl > len)
    return len;
  /* compare the first letter by hand and the rest only on a hit: this runs
   * over every line of every page */
  c0 = dg_to_lower((unsigned char)word[0]);
  c1 = dg_is_lower(c0) ? c0 - 32 : c0;
  last = len - wl; /* the last position the word can start at */
  if (dg_is_lower(c0)) {
    /* eight bytes at a time: OR-ing 0x20 maps exactly the two cases of a
     * letter onto its lower case, and a zero byte of x ^ pattern marks a
     * candidate (the test may flag a byte after a real zero byte too,
     * which the exact check below rejects) */
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    const uint64_t pat = ones * (uint64_t)c0, case_bit = ones * 0x20;
    for (; i + 8 <= last + 1; i += 8) {
      uint64_t x, hit;
      memcpy(&x, s + i, 8);
      x = (x | case_bit) ^ pat;
      if (!((x - ones) & ~x & highs))
        continue;
      /* exactly the zero bytes: 0x80 in each, nothing elsewhere */
      hit = ~(((x & ~highs) + ~highs) | x | ~highs);
      while (hit) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        size_t k = i + (size_t)(__builtin_ctzll(hit) >> 3);
#else
        size_t k = i;
        while ((unsigned char)s[k] != c0 && (unsigned char)s[k] != c1)
          k++;
#endif
        if ((!boundary || k == 0 || !dg_is_alnum((unsigned char)s[k - 1])) &&
            dg_at_ci(s, len, k, word))
          return k;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        hit &= hit - 1;
#else
        /* go on from the byte after k with the plain loop below */
        i = k + 1;
        goto tail;
#endif
      }
    }
  }
#if !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
tail:
#endif
  for (; i <= last; i++) {
    int c = (unsigned char)s[i];
    if ((c == c0 || c == c1) && (!boundary || i == 0 || !dg_is_alnum((unsigned char)s[i - 1])) &&
        dg_at_ci(s, len, i, word))
      return i;
  }
  return len;
}

int dg_has_word(const char *s, size_t len, const char *word)
{
  size_t wl = strlen(word), i;
  for (i = dg_find_ci(s, len, 0, word, 1); i < len; i = dg_find_ci(s, len, i + 1, word, 1))
    if (i + wl == len || !dg_is_alnum((unsigned char)s[i + wl]))
      return 1;
  return 0;
}

int dg_has_any_word(const char *s, size_t len, const char *const *words, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++)
    if (dg_has_word(s, len, words[k]))
      return 1;
  return 0;
}

/* The bit of dg_wordset.pairs for a lower-cased second byte. */
static unsigned pair_bit(unsigned char c2)
{
  return (unsigned char)(c2 - 'a') < 26 ? (unsigned)(c2 - 'a') : 31;
}

void dg_wordset_init(dg_wordset *ws, const char *const *words, size_t n)
{
  size_t k;
  signed char *tail[26];
  memset(ws, 0, sizeof *ws);
  ws->words = words;
  ws->n = (unsigned)(n > 64 ? 64 : n);
  for (k = 0; k < 26; k++) {
    ws->head[k] = -1;
    tail[k] = &ws->head[k];
  }
  for (k = 0; k < ws->n; k++) {
    int c = dg_to_lower((unsigned char)words[k][0]);
    size_t wl = strlen(words[k]);
    ws->len[k] = (unsigned char)(wl > 255 ? 255 : wl);
    ws->second[k] = (unsigned char)(wl > 1 ? dg_to_lower((unsigned char)words[k][1]) : 0);
    ws->next[k] = -1;
    if (!dg_is_lower(c))
      continue; /* never found: the words are documented to start with a letter */
    ws->pairs[c - 'a'] |= wl <= 1 ? ~UINT32_C(0) : UINT32_C(1) << pair_bit(ws->second[k]);
    *tail[c - 'a'] = (signed char)k;
    tail[c - 'a'] = &ws->next[k];
  }
}

/* Calls back for each word of `ws` at each word start of s[0..len); stops
 * early when `first` is set. Returns the mask, or the first index. */
static uint64_t wordset_run(const dg_wordset *ws, const char *s, size_t len, int first,
                            int *found)
{
  uint64_t mask = 0;
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    int k;
    if (!dg_is_alnum(c)) {
      i++;
      continue;
    }
    /* s[i] starts a word (the byte before is not a letter or digit) */
    if (dg_is_alpha(c)) {
      /* the text's second byte, lower-cased, settles most candidates */
      unsigned char c2 = i + 1 < len ? (unsigned char)dg_to_lower((unsigned char)s[i + 1]) : 0;
      int c1 = dg_to_lower(c) - 'a';
      /* no word of the set begins with these two bytes: the common case */
      if (!((ws->pairs[c1] >> pair_bit(c2)) & 1))
        c1 = -1;
      for (k = c1 < 0 ? -1 : ws->head[c1]; k >= 0; k = ws->next[k]) {
        size_t wl = ws->len[k];
        if (i + wl > len || (wl > 1 && ws->second[k] != c2) || !dg_at_ci(s, len, i, ws->words[k]))
          continue;
        if (i + wl == len || !dg_is_alnum((unsigned char)s[i + wl])) {
          if (first) {
            *found = k;
            return 0;
          }
          mask |= UINT64_C(1) << k;
        }
      }
    }
    /* skip the rest of the word: no word starts inside it */
    i++;
    while (i < len && dg_is_alnum((unsigned char)s[i]))
      i++;
  }
  return mask;
}

uint64_t dg_wordset_scan(const dg_wordset *ws, const char *s, size_t len)
{
  return wordset_run(ws, s, len, 0, NULL);
}

int dg_wordset_first(const dg_wordset *ws, const char *s, size_t len)
{
  int found = -1;
  wordset_run(ws, s, len, 1, &found);
  return found;
}

/* Bullet marks that open a list item: • ▸ ▶ ► » › · ‣ ◦ ○ ● ■ □ - * → ⁃ */
static const char *const bullets[] = {
  "\xE2\x80\xA2", "\xE2\x96\xB8", "\xE2\x96\xB6", "\xE2\x96\xBA", "\xC2\xBB",
  "\xE2\x80\xBA", "\xC2\xB7", "\xE2\x80\xA3", "\xE2\x97\xA6", "\xE2\x97\x8B",
  "\xE2\x97\x8F", "\xE2\x96\xA0", "\xE2\x96\xA1", "\xE2\x86\x92", "\xE2\x81\x83",
  "-", "*",
  /* a table's next row under a cell ("  |  Name · Name"): its content
   * after the bar */
  "|",
};

size_t dg_bullet_len(const char *s, size_t len)
{
  size_t i, n = 0;
  unsigned char c0 = len ? (unsigned char)s[0] : 0;
  /* every bullet starts with one of these bytes; most lines with none */
  if (c0 != 0xE2 && c0 != 0xC2 && c0 != '-' && c0 != '*' && c0 != '|')
    i = DG_COUNT(bullets);
  else
    i = 0;
  for (; i < DG_COUNT(bullets); i++) {
    size_t bl = strlen(bullets[i]);
    if (bl < len && memcmp(s, bullets[i], bl) == 0 && (s[bl] == ' ' || s[bl] == '\t')) {
      n = bl;
      break;
    }
  }
  if (!n) {
    /* "1. ", "2) " numbered items */
    size_t j = 0;
    while (j < len && j < 3 && dg_is_digit((unsigned char)s[j]))
      j++;
    if (j > 0 && j + 1 < len && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ')
      n = j + 1;
  }
  if (!n)
    return 0;
  while (n < len && (s[n] == ' ' || s[n] == '\t'))
    n++;
  return n;
}
