/* sparql.h - a SPARQL tokenizer: the one reading of query text that the
 * lint, parameter binding and query-form detection share.
 *
 * It is not a parser. It knows exactly where strings, IRIs, comments and
 * variables begin and end (so nothing inside a string is ever taken for
 * syntax), and gives each token its line and column for messages. */
#ifndef DG_SPARQL_H
#define DG_SPARQL_H

#include <stddef.h>

#include "base/buf.h"

typedef enum dg_tok_kind {
  DG_SPQ_WORD,    /* keyword, function name, `a`, true/false */
  DG_SPQ_PNAME,   /* prefixed name: dg:author, :x, dg: */
  DG_SPQ_IRI,     /* <...> */
  DG_SPQ_VAR,     /* ?x or $x */
  DG_SPQ_STRING,  /* "..." '...' """...""" '''...''' */
  DG_SPQ_NUMBER,  /* 12  1.5  1e3 (no sign: + and - are punctuation) */
  DG_SPQ_BNODE,   /* _:b1 */
  DG_SPQ_LANGTAG, /* @en */
  DG_SPQ_PUNCT,   /* { } ( ) [ ] . , ; * / | ^ ^^ + - ! ? = != < <= > >= && || */
  DG_SPQ_BAD      /* an unterminated string or a stray character */
} dg_tok_kind;

typedef struct dg_tok {
  dg_tok_kind kind;
  size_t start;   /* byte offset in the text */
  size_t len;     /* bytes */
  unsigned line;  /* 1-based */
  unsigned col;   /* 1-based, in characters (UTF-8 code points) */
  int space_before; /* whitespace or a comment precedes it */
} dg_tok;

typedef enum dg_query_form {
  DG_FORM_UNKNOWN,
  DG_FORM_SELECT,
  DG_FORM_ASK,
  DG_FORM_CONSTRUCT,
  DG_FORM_DESCRIBE,
  DG_FORM_UPDATE
} dg_query_form;

typedef struct dg_sparql dg_sparql;

/* Tokenizes `text` (borrowed: it must outlive the result). Returns a new
 * token list; free with dg_sparql_free(). Never fails: what cannot be
 * read becomes a DG_SPQ_BAD token. */
dg_sparql *dg_sparql_new(const char *text);
void dg_sparql_free(dg_sparql *q);

size_t dg_sparql_count(const dg_sparql *q);
/* Token i (0 <= i < count); borrowed, valid until dg_sparql_free(). */
const dg_tok *dg_sparql_tok(const dg_sparql *q, size_t i);
/* The text the tokens point into; borrowed. */
const char *dg_sparql_text(const dg_sparql *q);

/* Token i as an unsigned decimal integer of at most 18 digits ("LIMIT
 * 10"): 1 and *out set, or 0 when it is none or i is out of range. */
int dg_sparql_number(const dg_sparql *q, size_t i, unsigned long long *out);

/* Is token i a word or punctuation equal to `s` (words case-insensitive)?
 * 0 when i is out of range. */
int dg_sparql_is(const dg_sparql *q, size_t i, const char *s);

/* Returns 1 if the keyword `word` occurs as a word token (outside
 * strings, IRIs and comments). */
int dg_sparql_has_word(const dg_sparql *q, const char *word);

/* The query form: the first keyword after the prologue (PREFIX, BASE). */
dg_query_form dg_sparql_form(const dg_sparql *q);
const char *dg_query_form_name(dg_query_form f);

/* Expands a prefixed name `pname` (e.g. "dg:Report") with the query's own
 * PREFIX declarations. Returns a new string (free with free()) holding the
 * full IRI, or NULL if the prefix is not declared. */
char *dg_sparql_expand_pname(const dg_sparql *q, const char *pname);

/* Returns 1 if the variable `$name` (or `?name`) occurs in the query. */
int dg_sparql_uses_var(const dg_sparql *q, const char *name, int dollar_only);

/* The variables a SELECT query projects, in order: "?x" and "(... AS ?x)"
 * between SELECT and WHERE. Sets *names to a new array of new strings
 * (without '?'; free each and the array with free()) and returns how
 * many; 0 for SELECT * or another form. rasqal reports no variables for
 * a result without rows, and the W3C formats still want the header (item
 * 5 at the top of rasqal_compat.c). */
size_t dg_sparql_projection(const dg_sparql *q, char ***names);

/* Returns the query text with every variable token `$NAME` whose NAME is
 * names[i] replaced by terms[i], verbatim. Only variable tokens are
 * replaced: never text inside strings, IRIs or comments. The terms must
 * already be single, escaped SPARQL terms. Returns a new string; free
 * with free(). */
char *dg_sparql_substitute(const dg_sparql *q, const char *const *names,
                           const char *const *terms, size_t n);

/* Appends `s` to `b` as the body of a "..." string literal, valid in
 * SPARQL and Turtle alike. Quotes, backslashes and line breaks use the
 * ECHAR escapes, other control characters \uXXXX. A \u escape is never
 * used for a quote or backslash: SPARQL processes code-point escapes
 * before parsing, so "\u0022" would close the string in a conforming
 * engine. */
void dg_sparql_escape_string(dg_buf *b, const char *s);

#endif
