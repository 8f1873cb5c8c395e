/* tokens.h - split text into words, numbers and punctuation marks. */
#ifndef DG_TOKENS_H
#define DG_TOKENS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

typedef enum dg_tok_type {
  DG_TOK_WORD,   /* letters (and digits after a letter): "Japan", "G7" */
  DG_TOK_NUM,    /* digits first: "2018", "10" */
  DG_TOK_PUNCT   /* one punctuation or symbol character: "." "-" "’" */
} dg_tok_type;

typedef struct dg_token {
  size_t start;          /* byte offset in the text */
  unsigned len;          /* bytes */
  unsigned char type;    /* dg_tok_type */
  unsigned char nl;      /* line breaks between the previous token and this */
  unsigned char space;   /* 1 if white space precedes it */
  uint32_t hash;         /* dg_token_hash() of the canonical text with ASCII
                            letters folded to lower case: computed once here
                            and shared by every matcher, folding or not */
} dg_token;

typedef struct dg_tokens {
  dg_token *tok;         /* owned */
  size_t n;
  size_t cap;
} dg_tokens;

/* Tokenizes `len` bytes of UTF-8 text into `out`, which must be
 * initialised with dg_tokens_init(). Linear in the length of the text. */
void dg_tokens_init(dg_tokens *out);
void dg_tokens_release(dg_tokens *t);
void dg_tokenize(const char *text, size_t len, dg_tokens *out);

/* Writes the canonical form of a token's text, used for gazetteer keys:
 * curly apostrophes become "'" and the dashes U+2010..U+2015 become "-".
 * Returns the length written into `out` (at most `cap` - 1, NUL added). */
size_t dg_token_canon(const char *text, const dg_token *t, char *out, size_t cap);

/* The hash dg_tokenize() stores in dg_token.hash, of `n` bytes of
 * canonical token text (see dg_token_canon()): ASCII letters count as
 * lower case, so text that differs only in ASCII case hashes the same
 * (a few other texts collide too; a matcher compares the bytes). */
uint32_t dg_token_hash(const char *canon, size_t n);

/* Whether token `t` of `text` is exactly the word `w`. Byte by byte,
 * without strlen(w): token text holds no NUL, so a shorter `w` fails at
 * its terminator. On the hot path of every recogniser, hence inline. */
static inline int dg_token_is(const char *text, const dg_token *t, const char *w)
{
  const char *p = text + t->start;
  size_t k;
  for (k = 0; k < t->len; k++)
    if (p[k] != w[k])
      return 0;
  return w[t->len] == '\0';
}

/* The same, ignoring case. */
static inline int dg_token_is_ci(const char *text, const dg_token *t, const char *w)
{
  return t->len == strlen(w) && strncasecmp(text + t->start, w, t->len) == 0;
}

#endif
