/* words.h - words found in text, compared without regard to ASCII case:
 * whole words, many words in one pass, bullets. */
#ifndef DG_WORDS_H
#define DG_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "base/text.h"

/* Case-insensitive test for `word` (ASCII) as a whole word in s[0..len). */
int dg_has_word(const char *s, size_t len, const char *word);

/* 1 if dg_has_word() finds any of words[0..n) in s[0..len). Word by word:
 * for a list asked of a few lines; a list asked of every line is a
 * dg_wordset. */
int dg_has_any_word(const char *s, size_t len, const char *const *words, size_t n);

/* Up to 64 ASCII words or phrases, each starting with a letter, looked up
 * together: one pass over a text answers dg_has_word() for all of them,
 * where asking word by word would scan the text once per word. Built on
 * the stack with dg_wordset_init(); `words` is borrowed and must outlive
 * the set. Read-only after init, so it can be shared between threads. */
typedef struct dg_wordset {
  const char *const *words;
  unsigned n;
  unsigned char len[64];
  signed char head[26]; /* first word with this initial, -1 if none */
  signed char next[64]; /* next word with the same initial, in list order */
  unsigned char second[64]; /* each word's second byte, lower-cased (0: none) */
  uint32_t pairs[26];   /* per initial: bit b set if a word's second byte is
                           the letter 'a' + b; bit 31 for any other second
                           byte; all bits for a one-letter word */
} dg_wordset;

void dg_wordset_init(dg_wordset *ws, const char *const *words, size_t n);

/* Bit k is set iff dg_has_word(s, len, words[k]). */
uint64_t dg_wordset_scan(const dg_wordset *ws, const char *s, size_t len);

/* The word found at the smallest position of s[0..len) (the earliest in
 * the list among those starting there), as an index, or -1 if none. */
int dg_wordset_first(const dg_wordset *ws, const char *s, size_t len);

/* The first position i >= from where `word` (ASCII, non-empty) starts in
 * s[0..len), compared without regard to ASCII case, with no letter or
 * digit right before it when `boundary` is set; `len` if there is none. */
size_t dg_find_ci(const char *s, size_t len, size_t from, const char *word, int boundary);

/* 1 if `word` starts at s[i] (of s[0..len)), ignoring ASCII case; the
 * first letter is compared before anything else, as these tests run at
 * every position of long lines (inline for the same reason). */
static inline int dg_at_ci(const char *s, size_t len, size_t i, const char *word)
{
  size_t k;
  if (i >= len || dg_to_lower((unsigned char)s[i]) != dg_to_lower((unsigned char)word[0]))
    return 0;
  for (k = 1; word[k]; k++)
    if (i + k >= len || dg_to_lower((unsigned char)s[i + k]) != dg_to_lower((unsigned char)word[k]))
      return 0;
  return 1;
}

/* The same, case-sensitive. */
int dg_at(const char *s, size_t len, size_t i, const char *word);

/* The length of a spaced dash at s[i] of s[0..len): a space, a hyphen,
 * an en dash or an em dash, and a space (" - ", " \u2013 ", " \u2014 ");
 * 0 if there is none. */
size_t dg_spaced_dash(const char *s, size_t len, size_t i);

/* Compares `len` bytes at s with the C string w in byte order (memcmp's):
 * < 0, 0 or > 0. Byte by byte, without strlen(w): a bisection runs this
 * per word. */
static inline int dg_word_cmp(const char *s, size_t len, const char *w)
{
  size_t k;
  for (k = 0; k < len; k++) {
    unsigned char a = (unsigned char)s[k], b = (unsigned char)w[k];
    if (!b)
      return 1; /* w is a proper prefix of s */
    if (a != b)
      return a < b ? -1 : 1;
  }
  return w[len] ? -1 : 0;
}

/* A list of words in byte order, each opening with an ASCII capital
 * ("About", "Director"), asked of every capitalised word of a page: a
 * lookup bisects the words of the text's first letter only. Built on the
 * spot with dg_caplist_init(); `words` is borrowed and must outlive it.
 * Read-only after init, so it can be shared between threads. */
typedef struct dg_caplist {
  const char *const *words;
  unsigned short at[27]; /* where the words of 'A' + c start; [26]: the end */
} dg_caplist;

void dg_caplist_init(dg_caplist *l, const char *const *words, size_t n);

/* 1 if `len` bytes at s are one of the list's words, exactly. */
int dg_caplist_has(const dg_caplist *l, const char *s, size_t len);

/* 1 if `len` bytes at `s` are a function word (of, the, and, for ...). */
int dg_is_function_word(const char *s, size_t len);

/* Length in bytes of the bullet mark (and its spaces) at s[0..len), or 0. */
size_t dg_bullet_len(const char *s, size_t len);

/* 1 if s[0..n) is the word w (lower-case ASCII), ignoring ASCII case:
 * what strlen(w) == n && strncasecmp(w, s, n) == 0 tests in the C and
 * UTF-8 locales, without two library calls per word. Tables of labels and
 * headings are tried on every line and field, and most of their words
 * differ from the text at the first byte; inline for that reason. */
static inline int dg_word_is(const char *w, const char *s, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (!w[i] || dg_to_lower((unsigned char)s[i]) != (unsigned char)w[i])
      return 0;
  return w[n] == '\0';
}

/* The length of the lower-case word w when s[0..n) starts with it
 * (n >= its length), compared as dg_word_is() does; else 0. */
static inline size_t dg_prefix_len(const char *s, size_t n, const char *w)
{
  size_t i;
  for (i = 0; w[i]; i++)
    if (i >= n || dg_to_lower((unsigned char)s[i]) != (unsigned char)w[i])
      return 0;
  return i;
}

#endif
