/* tokens.h - split text into words, numbers and punctuation marks. */
#ifndef DG_TOKENS_H
#define DG_TOKENS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "base/text.h"

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
  unsigned char space;   /* 0 if glued to the token before; 1 if white
                            space precedes it; DG_TOK_CELL if that white
                            space holds a tab (a table's next cell) */
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

/* A cursor over the tokens [first, end) of a text, a line's usually: the
 * tests every recogniser that reads token by token asks. Each is false
 * for an index at or past `end`, so a caller looks ahead without
 * checking bounds. The text and the tokens are borrowed. */
typedef struct dg_tokcur {
  const char *text;
  const dg_token *t;
  size_t first;  /* the first token */
  size_t end;    /* one past the last */
} dg_tokcur;

/* The text of token i (t[i].len bytes, not NUL-terminated); i < end. */
static inline const char *dg_tokcur_text(const dg_tokcur *c, size_t i)
{
  return c->text + c->t[i].start;
}

/* Token i is the word (or mark) w, exactly; ignoring ASCII case. */
static inline int dg_tokcur_is(const dg_tokcur *c, size_t i, const char *w)
{
  return i < c->end && dg_token_is(c->text, &c->t[i], w);
}
static inline int dg_tokcur_is_ci(const dg_tokcur *c, size_t i, const char *w)
{
  return i < c->end && dg_token_is_ci(c->text, &c->t[i], w);
}

/* Token i is one of words[0..n), exactly. */
static inline int dg_tokcur_in(const dg_tokcur *c, size_t i, const char *const *words, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++)
    if (dg_tokcur_is(c, i, words[k]))
      return 1;
  return 0;
}

/* dg_token.space when a tab comes before the token. */
#define DG_TOK_CELL 2

/* No white space before token i: "U.S.", "Rapp-Hooper" are glued. */
static inline int dg_tokcur_glued(const dg_tokcur *c, size_t i)
{
  return i < c->end && !c->t[i].space;
}

/* Token i is a capitalised word: its first letter is a capital of any
 * script (dg_starts_upper). */
static inline int dg_tokcur_cap(const dg_tokcur *c, size_t i)
{
  return i < c->end && c->t[i].type == DG_TOK_WORD &&
         dg_starts_upper(dg_tokcur_text(c, i), c->t[i].len);
}

#endif
