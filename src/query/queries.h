/* queries.h - saved queries: the header every .rq file starts with, and
 * the library of queries/NAME.rq compiled into the binary.
 *
 * Header grammar (comment lines at the top of the file, in any order;
 * the header ends at the first line that is not a comment or blank):
 *
 *   # name: NAME                  [a-z0-9-]+; the file name without .rq
 *   # summary: ONE LINE
 *   # param: NAME — MEANING (type: TYPE; default: VALUE)
 *
 * NAME is [A-Za-z_][A-Za-z0-9_]*, and the query text refers to it as
 * `$NAME`. The separator after NAME may be an em dash, "--", "-" or ":".
 * The parenthesised part is optional, and so is each item in it:
 * TYPE is one of literal (the default), iri, integer, decimal, date,
 * year, boolean; without a default the parameter is required. A
 * default may be quoted ("...") to keep spaces at its ends or to be empty.
 * Other comment lines (including "# example: ...") are ignored. */
#ifndef DG_QUERIES_H
#define DG_QUERIES_H

#include <stddef.h>

#include "base/status.h"

typedef enum dg_param_type {
  DG_PARAM_LITERAL,  /* a plain string literal "..." */
  DG_PARAM_IRI,      /* <absolute-IRI>, or a prefixed name the query declares */
  DG_PARAM_INTEGER,  /* 42: written bare, so it also works after LIMIT */
  DG_PARAM_DECIMAL,  /* 1.5 */
  DG_PARAM_DATE,     /* "2017-04-05"^^xsd:date */
  DG_PARAM_YEAR,     /* "2017"^^xsd:gYear */
  DG_PARAM_BOOLEAN   /* true / false */
} dg_param_type;

typedef struct dg_param {
  char *name;      /* owned by the definition */
  char *meaning;   /* owned; may be "" */
  dg_param_type type;
  char *def;       /* owned; NULL when the parameter is required */
} dg_param;

typedef struct dg_query_def dg_query_def;

/* Parses the header of `text`. `origin` names the query in messages (a
 * file name, "standard input" or the saved name). Both are copied.
 * A malformed header line is an error naming origin:line. Returns a new
 * definition in *out; free with dg_query_def_free(). */
dg_status dg_query_def_parse(const char *origin, const char *text, dg_query_def **out);
void dg_query_def_free(dg_query_def *d);

/* Borrowed strings, valid until dg_query_def_free(). name and summary are
 * "" when the header has none. */
const char *dg_query_def_name(const dg_query_def *d);
const char *dg_query_def_summary(const dg_query_def *d);
const char *dg_query_def_origin(const dg_query_def *d);
const char *dg_query_def_text(const dg_query_def *d);
size_t dg_query_def_n_params(const dg_query_def *d);
/* Borrowed; NULL if i is out of range or no parameter is called `name`. */
const dg_param *dg_query_def_param(const dg_query_def *d, size_t i);
const dg_param *dg_query_def_find_param(const dg_query_def *d, const char *name);

const char *dg_param_type_name(dg_param_type t);

struct dg_sparql;

/* Writes `value` as exactly one SPARQL term of the parameter's type into
 * *term (a new string; free with free()): never text spliced into the
 * query. A literal has every quote, backslash and line break escaped
 * (\" \\ \n \r \t, other control characters as \uXXXX); an IRI must be
 * absolute and free of the characters IRIs forbid (< > " { } | ^ ` \ and
 * space), or a prefixed name declared by the query `q` whose local part
 * is [A-Za-z0-9_.-]; numbers, dates, years and booleans must match their
 * lexical forms. Returns 1, or 0 with *why set to a static reason. */
int dg_param_term(const dg_param *p, const char *value, const struct dg_sparql *q,
                  char **term, const char **why);

/* The saved queries compiled into the binary, sorted by name. */
size_t dg_saved_count(void);
/* Returns a new definition of saved query i or of the one called `name`
 * in *out (free with dg_query_def_free()); DG_ERR_INPUT, silently, when
 * there is no such query. */
dg_status dg_saved_get(size_t i, dg_query_def **out);
dg_status dg_saved_find(const char *name, dg_query_def **out);

#endif
