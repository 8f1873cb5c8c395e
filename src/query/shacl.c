/* shacl.c - a SHACL core validator over librdf models (shacl.h says what
 * it supports).
 *
 * The shapes graph is compiled once into an array of shapes whose
 * constraints refer to other shapes by index (sh:property, sh:node,
 * sh:or, ...), so that shared and nested shapes are read once. Validation
 * then asks the data model only for (s, p, ?) and (?, p, o), which the
 * "hashes" storage answers from an index: never for a fully bound triple,
 * which it answers with a full scan (REDLAND.md). */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <errno.h>
#include <stdarg.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/embedded.h"
#include "base/log.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "emit/ntriples.h"
#include "emit/vocab.h"
#include "query/query.h"
#include "query/shacl.h"

/* The compiled-in copy of ontology/shapes.ttl (tools/embed.sh). */
extern const dg_embedded dg_shapes_files[];
#include "query/shapes_files.inc"

#define SH "http://www.w3.org/ns/shacl#"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"

/* Nested shapes deeper than this are taken for a recursion, which SHACL
 * leaves undefined. */
#define MAX_DEPTH 32

typedef enum {
  C_CLASS, C_DATATYPE, C_NODEKIND, C_MINCOUNT, C_MAXCOUNT, C_PATTERN, C_IN, C_HASVALUE,
  C_MINLENGTH, C_MAXLENGTH, C_NODE, C_PROPERTY, C_AND, C_OR, C_NOT, C_XONE
} ckind;

/* Per kind: the constraint component a result names. */
static const char *const component_names[] = {
  "sh:ClassConstraintComponent", "sh:DatatypeConstraintComponent",
  "sh:NodeKindConstraintComponent", "sh:MinCountConstraintComponent",
  "sh:MaxCountConstraintComponent", "sh:PatternConstraintComponent",
  "sh:InConstraintComponent", "sh:HasValueConstraintComponent",
  "sh:MinLengthConstraintComponent", "sh:MaxLengthConstraintComponent",
  "sh:NodeConstraintComponent", "sh:PropertyConstraintComponent",
  "sh:AndConstraintComponent", "sh:OrConstraintComponent", "sh:NotConstraintComponent",
  "sh:XoneConstraintComponent",
};

/* sh:nodeKind as bits of what it allows. */
enum { K_IRI = 1, K_BLANK = 2, K_LITERAL = 4 };

typedef struct constraint {
  ckind kind;
  long n;               /* counts and lengths; the K_* bits of sh:nodeKind */
  char *iri;            /* owned: sh:class's or sh:datatype's IRI */
  librdf_node **list;   /* owned, with its nodes: sh:in's values, sh:hasValue's one */
  size_t n_list;
  pcre2_code *re;       /* owned: sh:pattern */
  char *pattern;        /* owned: its source, for messages */
  size_t *shapes;       /* owned: the shapes of sh:node, sh:property, sh:and... (indexes) */
  size_t n_shapes;
} constraint;

typedef enum { T_CLASS, T_NODE, T_SUBJECTS_OF, T_OBJECTS_OF } tkind;

typedef struct target {
  tkind kind;
  librdf_node *node;    /* owned */
} target;

typedef struct shape {
  char *name;           /* owned: the shape's node in N-Triples, for messages */
  librdf_node *path;    /* owned: the predicate; NULL for a node shape */
  int inverse;          /* sh:inversePath */
  char *path_text;      /* owned: "<IRI>", "^<IRI>" or "-" */
  char *message;        /* owned or NULL: sh:message */
  int deactivated;
  target *targets;      /* owned */
  size_t n_targets, cap_targets;
  constraint *cs;       /* owned */
  size_t n_cs, cap_cs;
} shape;

struct dg_shapes {
  char *origin;         /* owned */
  shape *shapes;        /* owned */
  size_t n, cap;
};

/* ---------------------------------------------------------------- terms */

static const char *uri_of(librdf_node *n)
{
  return n && librdf_node_get_type(n) == LIBRDF_NODE_TYPE_RESOURCE
           ? (const char *)librdf_uri_as_string(librdf_node_get_uri(n))
           : NULL;
}

static int is_uri(librdf_node *n, const char *iri)
{
  const char *u = uri_of(n);
  return u && strcmp(u, iri) == 0;
}

/* The datatype IRI of literal `n`: its own, rdf:langString with a
 * language, else xsd:string (RDF 1.1). */
static const char *datatype_of(librdf_node *n)
{
  librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
  const char *lang;
  if (dt)
    return (const char *)librdf_uri_as_string(dt);
  lang = librdf_node_get_literal_value_language(n);
  return lang && *lang ? RDF "langString" : XSD "string";
}

/* Appends `n` as N-Triples writes it. */
static void node_text(dg_buf *b, librdf_node *n)
{
  size_t len = 0;
  const char *s;
  switch (librdf_node_get_type(n)) {
  case LIBRDF_NODE_TYPE_RESOURCE:
    s = uri_of(n);
    dg_nt_iri(b, s, strlen(s));
    return;
  case LIBRDF_NODE_TYPE_BLANK:
    dg_buf_printf(b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
    return;
  case LIBRDF_NODE_TYPE_LITERAL: {
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    const char *lang = librdf_node_get_literal_value_language(n);
    s = (const char *)librdf_node_get_literal_value_as_counted_string(n, &len);
    dg_buf_addc(b, '"');
    dg_nt_literal(b, s ? s : "", s ? len : 0);
    dg_buf_addc(b, '"');
    if (lang && *lang) {
      dg_buf_printf(b, "@%s", lang);
    } else if (dt) {
      s = (const char *)librdf_uri_as_string(dt);
      dg_buf_adds(b, "^^");
      dg_nt_iri(b, s, strlen(s));
    }
    return;
  }
  case LIBRDF_NODE_TYPE_UNKNOWN:
    break;
  }
  dg_buf_adds(b, "?");
}

static char *node_str(librdf_node *n)
{
  dg_buf b;
  dg_buf_init(&b);
  node_text(&b, n);
  return dg_buf_detach(&b);
}

/* `iri` as prefix:local where a known prefix fits, else <iri>: a new
 * string. */
static char *short_iri(const char *iri)
{
  const dg_prefix *p;
  dg_buf b;
  for (p = dg_prefixes; p->prefix; p++)
    if (strncmp(iri, p->uri, strlen(p->uri)) == 0 && iri[strlen(p->uri)])
      return xasprintf("%s:%s", p->prefix, iri + strlen(p->uri));
  if (strncmp(iri, SH, strlen(SH)) == 0)
    return xasprintf("sh:%s", iri + strlen(SH));
  dg_buf_init(&b);
  dg_nt_iri(&b, iri, strlen(iri));
  return dg_buf_detach(&b);
}

/* The string a pattern or a length applies to: an IRI, or a literal's
 * lexical form; NULL for a blank node. Borrowed from `n`. */
static const char *string_of(librdf_node *n, size_t *len)
{
  const char *s;
  switch (librdf_node_get_type(n)) {
  case LIBRDF_NODE_TYPE_RESOURCE:
    s = uri_of(n);
    *len = strlen(s);
    return s;
  case LIBRDF_NODE_TYPE_LITERAL:
    s = (const char *)librdf_node_get_literal_value_as_counted_string(n, len);
    if (!s)
      *len = 0;
    return s ? s : "";
  case LIBRDF_NODE_TYPE_BLANK:
  case LIBRDF_NODE_TYPE_UNKNOWN:
    break;
  }
  return NULL;
}

/* ---------------------------------------------------------------- XSD lexical forms */

static int digits(const char **p, int n)
{
  int v = 0, i;
  for (i = 0; i < n; i++, (*p)++) {
    if (!dg_is_digit((unsigned char)**p))
      return -1;
    v = v * 10 + (**p - '0');
  }
  return v;
}

/* An XSD year: '-'? then four digits, or more without a leading zero. */
static int parse_year(const char **p, long *year)
{
  const char *s = *p;
  int neg = *s == '-';
  size_t n = 0;
  if (neg)
    s++;
  while (dg_is_digit((unsigned char)s[n]))
    n++;
  if (n < 4 || (n > 4 && s[0] == '0') || n > 9)
    return 0;
  *year = strtol(s, NULL, 10) * (neg ? -1 : 1);
  *p = s + n;
  return 1;
}

static int parse_tz(const char *p)
{
  int h, m;
  if (*p == '\0')
    return 1;
  if (p[0] == 'Z')
    return p[1] == '\0';
  if (*p != '+' && *p != '-')
    return 0;
  p++;
  if ((h = digits(&p, 2)) < 0 || *p++ != ':' || (m = digits(&p, 2)) < 0 || *p)
    return 0;
  return (h < 14 && m < 60) || (h == 14 && m == 0);
}

static int days_in(long year, int month)
{
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : d[month - 1];
}

/* Year, '-MM' if `month`, '-DD' if `day`; leaves *p after them. */
static int parse_ymd(const char **p, int month, int day)
{
  long y;
  int m = 1, d;
  if (!parse_year(p, &y))
    return 0;
  if (month) {
    if (*(*p)++ != '-' || (m = digits(p, 2)) < 1 || m > 12)
      return 0;
  }
  if (day) {
    if (*(*p)++ != '-' || (d = digits(p, 2)) < 1 || d > days_in(y, m))
      return 0;
  }
  return 1;
}

static int parse_time(const char **p)
{
  int h, m, s, frac = 0;
  if ((h = digits(p, 2)) < 0 || *(*p)++ != ':' || (m = digits(p, 2)) < 0 || *(*p)++ != ':' ||
      (s = digits(p, 2)) < 0)
    return 0;
  if (**p == '.') {
    (*p)++;
    if (!dg_is_digit((unsigned char)**p))
      return 0;
    while (dg_is_digit((unsigned char)**p))
      frac |= *(*p)++ != '0';
  }
  if (h == 24)
    return m == 0 && s == 0 && !frac;
  return h < 24 && m < 60 && s < 60;
}

/* 1 if `lex` is a valid lexical form of datatype `dt`, for the datatypes
 * known here; 1 for any other datatype. Whitespace around the value is
 * allowed as XSD's whiteSpace=collapse allows it (not for xsd:string). */
static int lexical_ok(const char *dt, const char *lex, size_t len)
{
  const char *local, *p;
  char *s;
  int ok = 1;
  size_t a = 0, z = len;
  if (strncmp(dt, XSD, strlen(XSD)) != 0)
    return 1;
  local = dt + strlen(XSD);
  if (strcmp(local, "string") == 0)
    return 1;
  while (a < z && strchr(" \t\r\n", lex[a]))
    a++;
  while (z > a && strchr(" \t\r\n", lex[z - 1]))
    z--;
  s = xstrndup(lex + a, z - a);
  if (strlen(s) != z - a) {
    free(s);
    return 0;  /* a NUL inside */
  }
  p = s;
  if (strcmp(local, "date") == 0) {
    ok = parse_ymd(&p, 1, 1) && parse_tz(p);
  } else if (strcmp(local, "gYearMonth") == 0) {
    ok = parse_ymd(&p, 1, 0) && parse_tz(p);
  } else if (strcmp(local, "gYear") == 0) {
    ok = parse_ymd(&p, 0, 0) && parse_tz(p);
  } else if (strcmp(local, "dateTime") == 0) {
    ok = parse_ymd(&p, 1, 1) && *p++ == 'T' && parse_time(&p) && parse_tz(p);
  } else if (strcmp(local, "boolean") == 0) {
    ok = strcmp(s, "true") == 0 || strcmp(s, "false") == 0 || strcmp(s, "1") == 0 ||
         strcmp(s, "0") == 0;
  } else if (strcmp(local, "integer") == 0 || strcmp(local, "decimal") == 0) {
    int dec = strcmp(local, "decimal") == 0, n = 0;
    if (*p == '+' || *p == '-')
      p++;
    while (dg_is_digit((unsigned char)*p))
      p++, n++;
    if (dec && *p == '.') {
      p++;
      while (dg_is_digit((unsigned char)*p))
        p++, n++;
    }
    ok = n > 0 && *p == '\0';
  }
  free(s);
  return ok;
}

/* ---------------------------------------------------------------- reading the shapes */

typedef struct compiler {
  dg_shapes *s;
  librdf_world *w;
  librdf_model *m;       /* borrowed: the shapes graph */
  dg_strmap *index;      /* shape node text -> index in s->shapes */
  dg_status st;          /* DG_OK until the first error, which is printed */
} compiler;

static librdf_node *node(librdf_world *w, const char *iri)
{
  return librdf_new_node_from_uri_string(w, (const unsigned char *)iri);
}

/* Reports a problem with shape `at` (once: the first stops the reading)
 * and returns 0. */
static int bad(compiler *c, librdf_node *at, const char *fmt, ...) DG_PRINTF(3, 4);
static int bad(compiler *c, librdf_node *at, const char *fmt, ...)
{
  if (c->st == DG_OK) {
    char *name = uri_of(at) ? node_str(at) : xstrdup("[ a shape without an IRI ]");
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->st = dg_fail(DG_ERR_USAGE, "shapes '%s': shape %s: %s", c->s->origin, name, msg);
    free(name);
  }
  return 0;
}

/* The one object of (subject, SH local); NULL if there is none. A copy. */
static librdf_node *object(compiler *c, librdf_node *subject, const char *iri)
{
  librdf_node *p = node(c->w, iri), *o = NULL;
  if (p) {
    librdf_node *t = librdf_model_get_target(c->m, subject, p);
    o = t;  /* librdf_model_get_target returns a new node */
    librdf_free_node(p);
  }
  return o;
}

/* The members of the RDF list at `head`, copied, in *out (n returned);
 * (size_t)-1 if it is not a well-formed list. */
static size_t list_members(compiler *c, librdf_node *head, librdf_node ***out)
{
  librdf_node **v = NULL, *cur = librdf_new_node_from_node(head);
  size_t n = 0, cap = 0;
  *out = NULL;
  while (cur && !is_uri(cur, RDF "nil")) {
    librdf_node *first = object(c, cur, RDF "first"), *rest = object(c, cur, RDF "rest");
    librdf_free_node(cur);
    cur = NULL;
    if (!first || !rest || n > 100000) {
      if (first)
        librdf_free_node(first);
      if (rest)
        librdf_free_node(rest);
      while (n)
        librdf_free_node(v[--n]);
      free(v);
      return (size_t)-1;
    }
    xgrow(&v, &cap, n + 1, sizeof *v);
    v[n++] = first;
    cur = rest;
  }
  if (cur)
    librdf_free_node(cur);
  *out = v;
  return n;
}

static size_t compile_shape(compiler *c, librdf_node *n, int depth);

static constraint *add_constraint(shape *sh, ckind kind)
{
  constraint *k;
  xgrow(&sh->cs, &sh->cap_cs, sh->n_cs + 1, sizeof *sh->cs);
  k = &sh->cs[sh->n_cs++];
  memset(k, 0, sizeof *k);
  k->kind = kind;
  return k;
}

/* A non-negative integer literal's value, or -1. */
static long count_value(librdf_node *o)
{
  size_t len = 0;
  const char *s;
  char *end;
  long v;
  if (librdf_node_get_type(o) != LIBRDF_NODE_TYPE_LITERAL)
    return -1;
  s = (const char *)librdf_node_get_literal_value_as_counted_string(o, &len);
  if (!s || !dg_is_digit((unsigned char)*s))
    return -1;
  errno = 0;
  v = strtol(s, &end, 10);
  return errno || *end ? -1 : v;
}

static int compile_pattern(compiler *c, librdf_node *at, constraint *k, librdf_node *o)
{
  size_t len = 0, i;
  const char *src;
  uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_DOLLAR_ENDONLY | PCRE2_MATCH_INVALID_UTF;
  librdf_node *flags;
  int err;
  PCRE2_SIZE off;
  if (librdf_node_get_type(o) != LIBRDF_NODE_TYPE_LITERAL)
    return bad(c, at, "%s", "sh:pattern is not a literal");
  src = (const char *)librdf_node_get_literal_value_as_counted_string(o, &len);
  flags = object(c, at, SH "flags");
  if (flags) {
    size_t fl = 0;
    const char *f = (const char *)librdf_node_get_literal_value_as_counted_string(flags, &fl);
    for (i = 0; f && i < fl; i++) {
      switch (f[i]) {
      case 'i': opts |= PCRE2_CASELESS; break;
      case 'm': opts |= PCRE2_MULTILINE; break;
      case 's': opts |= PCRE2_DOTALL; break;
      case 'x': opts |= PCRE2_EXTENDED; break;
      case 'q': opts |= PCRE2_LITERAL; break;
      default: {
        char what[2] = {f[i], '\0'};
        librdf_free_node(flags);
        return bad(c, at, "unknown sh:flags letter '%s' (known: i, m, s, x, q)", what);
      }
      }
    }
    librdf_free_node(flags);
  }
  k->pattern = xstrndup(src ? src : "", src ? len : 0);
  k->re = pcre2_compile((PCRE2_SPTR)k->pattern, PCRE2_ZERO_TERMINATED, opts, &err, &off, NULL);
  if (!k->re) {
    PCRE2_UCHAR why[160];
    pcre2_get_error_message(err, why, sizeof why);
    return bad(c, at, "sh:pattern \"%.60s\" is not a valid regular expression: %s at offset %lu",
               k->pattern, (const char *)why, (unsigned long)off);
  }
  return 1;
}

/* Compiles the shapes of list `o` into k->shapes. */
static int shape_list(compiler *c, librdf_node *at, constraint *k, librdf_node *o, int depth,
                      const char *what)
{
  librdf_node **v;
  size_t n = list_members(c, o, &v), i;
  if (n == (size_t)-1)
    return bad(c, at, "%s does not have a well-formed RDF list as its value", what);
  k->shapes = xcalloc(n + 1, sizeof *k->shapes);
  for (i = 0; i < n; i++) {
    if (c->st == DG_OK)
      k->shapes[k->n_shapes++] = compile_shape(c, v[i], depth + 1);
    librdf_free_node(v[i]);
  }
  free(v);
  return c->st == DG_OK;
}

static int one_shape(compiler *c, constraint *k, librdf_node *o, int depth)
{
  k->shapes = xcalloc(1, sizeof *k->shapes);
  k->shapes[0] = compile_shape(c, o, depth + 1);
  k->n_shapes = 1;
  return c->st == DG_OK;
}

/* sh:path: a predicate, or [ sh:inversePath predicate ]. */
static int compile_path(compiler *c, size_t si, librdf_node *at, librdf_node *o)
{
  shape *sh;
  dg_buf b;
  librdf_node *inv = NULL, *pred = NULL;
  int inverse = 0;
  if (uri_of(o)) {
    pred = librdf_new_node_from_node(o);
  } else if (librdf_node_get_type(o) == LIBRDF_NODE_TYPE_BLANK &&
             (inv = object(c, o, SH "inversePath")) != NULL && uri_of(inv)) {
    pred = inv;
    inverse = 1;
    inv = NULL;
  }
  if (inv)
    librdf_free_node(inv);
  if (!pred)
    return bad(c, at, "%s",
               "sh:path is neither a predicate nor [ sh:inversePath predicate ]: sequence, "
               "alternative and repeated paths are not supported");
  sh = &c->s->shapes[si];
  if (sh->path) {
    librdf_free_node(pred);
    return bad(c, at, "%s", "more than one sh:path");
  }
  sh->path = pred;
  sh->inverse = inverse;
  dg_buf_init(&b);
  if (inverse)
    dg_buf_addc(&b, '^');
  node_text(&b, pred);
  free(sh->path_text);
  sh->path_text = dg_buf_detach(&b);
  return 1;
}

static const struct {
  const char *local;
  long kinds;
} node_kinds[] = {
  {"IRI", K_IRI}, {"BlankNode", K_BLANK}, {"Literal", K_LITERAL},
  {"BlankNodeOrIRI", K_BLANK | K_IRI}, {"BlankNodeOrLiteral", K_BLANK | K_LITERAL},
  {"IRIOrLiteral", K_IRI | K_LITERAL},
};

/* The sh: terms a shape may carry that say nothing to validate. */
static const char *const ignored[] = {
  "name", "description", "order", "group", "defaultValue", "flags", "NodeShape",
  "PropertyShape", NULL,
};

/* Reads one (shape, predicate, object) statement into shape `si`. */
static int compile_statement(compiler *c, size_t si, librdf_node *at, librdf_node *p,
                             librdf_node *o, int depth)
{
  const char *pi = uri_of(p), *local;
  constraint *k;
  size_t i;
  if (!pi)
    return 1;
  if (strcmp(pi, RDF "type") == 0) {
    /* an rdfs:Class that is a shape targets its own instances */
    if (is_uri(o, RDFS "Class") || is_uri(o, "http://www.w3.org/2002/07/owl#Class")) {
      shape *sh = &c->s->shapes[si];
      xgrow(&sh->targets, &sh->cap_targets, sh->n_targets + 1, sizeof *sh->targets);
      sh->targets[sh->n_targets].kind = T_CLASS;
      sh->targets[sh->n_targets++].node = librdf_new_node_from_node(at);
    }
    return 1;
  }
  if (strncmp(pi, SH, strlen(SH)) != 0)
    return 1;
  local = pi + strlen(SH);
  for (i = 0; ignored[i]; i++)
    if (strcmp(local, ignored[i]) == 0)
      return 1;

  if (strncmp(local, "target", 6) == 0) {
    static const struct { const char *local; tkind kind; } tk[] = {
      {"targetClass", T_CLASS}, {"targetNode", T_NODE},
      {"targetSubjectsOf", T_SUBJECTS_OF}, {"targetObjectsOf", T_OBJECTS_OF},
    };
    shape *sh = &c->s->shapes[si];
    for (i = 0; i < sizeof tk / sizeof tk[0]; i++)
      if (strcmp(local, tk[i].local) == 0) {
        if (tk[i].kind != T_NODE && !uri_of(o))
          return bad(c, at, "sh:%s is not an IRI", local);
        xgrow(&sh->targets, &sh->cap_targets, sh->n_targets + 1, sizeof *sh->targets);
        sh->targets[sh->n_targets].kind = tk[i].kind;
        sh->targets[sh->n_targets++].node = librdf_new_node_from_node(o);
        return 1;
      }
  } else if (strcmp(local, "path") == 0) {
    return compile_path(c, si, at, o);
  } else if (strcmp(local, "message") == 0) {
    shape *sh = &c->s->shapes[si];
    size_t len = 0;
    const char *m;
    if (librdf_node_get_type(o) != LIBRDF_NODE_TYPE_LITERAL)
      return bad(c, at, "%s", "sh:message is not a literal");
    m = (const char *)librdf_node_get_literal_value_as_counted_string(o, &len);
    /* several (in several languages): the first in byte order, so that
     * the report does not depend on the storage's order */
    if (m && (!sh->message || strcmp(m, sh->message) < 0)) {
      free(sh->message);
      sh->message = xstrndup(m, len);
    }
    return 1;
  } else if (strcmp(local, "deactivated") == 0) {
    size_t len = 0;
    const char *v = librdf_node_get_type(o) == LIBRDF_NODE_TYPE_LITERAL
                      ? (const char *)librdf_node_get_literal_value_as_counted_string(o, &len)
                      : NULL;
    c->s->shapes[si].deactivated = v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);
    return 1;
  } else if (strcmp(local, "severity") == 0) {
    if (!is_uri(o, SH "Violation"))
      return bad(c, at, "%s", "sh:severity other than sh:Violation is not supported");
    return 1;
  } else if (strcmp(local, "class") == 0 || strcmp(local, "datatype") == 0) {
    if (!uri_of(o))
      return bad(c, at, "sh:%s is not an IRI", local);
    k = add_constraint(&c->s->shapes[si], local[0] == 'c' ? C_CLASS : C_DATATYPE);
    k->iri = xstrdup(uri_of(o));
    return 1;
  } else if (strcmp(local, "nodeKind") == 0) {
    const char *v = uri_of(o);
    for (i = 0; v && strncmp(v, SH, strlen(SH)) == 0 && i < sizeof node_kinds / sizeof node_kinds[0];
         i++)
      if (strcmp(v + strlen(SH), node_kinds[i].local) == 0) {
        add_constraint(&c->s->shapes[si], C_NODEKIND)->n = node_kinds[i].kinds;
        return 1;
      }
    return bad(c, at, "%s", "sh:nodeKind is not one of sh:IRI, sh:BlankNode, sh:Literal, "
               "sh:BlankNodeOrIRI, sh:BlankNodeOrLiteral, sh:IRIOrLiteral");
  } else if (strcmp(local, "minCount") == 0 || strcmp(local, "maxCount") == 0 ||
             strcmp(local, "minLength") == 0 || strcmp(local, "maxLength") == 0) {
    long v = count_value(o);
    ckind kind = strcmp(local, "minCount") == 0   ? C_MINCOUNT
                 : strcmp(local, "maxCount") == 0 ? C_MAXCOUNT
                 : strcmp(local, "minLength") == 0 ? C_MINLENGTH
                                                   : C_MAXLENGTH;
    if (v < 0)
      return bad(c, at, "sh:%s is not a non-negative integer", local);
    add_constraint(&c->s->shapes[si], kind)->n = v;
    return 1;
  } else if (strcmp(local, "pattern") == 0) {
    k = add_constraint(&c->s->shapes[si], C_PATTERN);
    return compile_pattern(c, at, k, o);
  } else if (strcmp(local, "in") == 0) {
    librdf_node **v;
    size_t n = list_members(c, o, &v);
    if (n == (size_t)-1)
      return bad(c, at, "%s", "sh:in does not have a well-formed RDF list as its value");
    k = add_constraint(&c->s->shapes[si], C_IN);
    k->list = v;
    k->n_list = n;
    return 1;
  } else if (strcmp(local, "hasValue") == 0) {
    k = add_constraint(&c->s->shapes[si], C_HASVALUE);
    k->list = xcalloc(1, sizeof *k->list);
    k->list[0] = librdf_new_node_from_node(o);
    k->n_list = 1;
    return 1;
  } else if (strcmp(local, "node") == 0 || strcmp(local, "not") == 0) {
    k = add_constraint(&c->s->shapes[si], local[1] == 'o' && local[2] == 'd' ? C_NODE : C_NOT);
    return one_shape(c, k, o, depth);
  } else if (strcmp(local, "property") == 0) {
    size_t ps;
    k = add_constraint(&c->s->shapes[si], C_PROPERTY);
    if (!one_shape(c, k, o, depth))
      return 0;
    ps = k->shapes[0];
    if (!c->s->shapes[ps].path)
      return bad(c, o, "%s", "a value of sh:property without sh:path");
    return 1;
  } else if (strcmp(local, "and") == 0 || strcmp(local, "or") == 0 ||
             strcmp(local, "xone") == 0) {
    char what[16];
    snprintf(what, sizeof what, "sh:%s", local);
    k = add_constraint(&c->s->shapes[si], local[0] == 'a' ? C_AND : local[0] == 'o' ? C_OR
                                                                                  : C_XONE);
    return shape_list(c, at, k, o, depth, what);
  }
  return bad(c, at, "sh:%s is not supported by docgraph check (see 'docgraph help check')",
             local);
}

/* Compiles the shape at node `n` (once) and returns its index; on an
 * error c->st is set. */
static size_t compile_shape(compiler *c, librdf_node *n, int depth)
{
  char *key = node_str(n);
  size_t si;
  librdf_stream *st;
  librdf_statement *pattern;
  if (dg_strmap_get(c->index, key, strlen(key), &si)) {
    free(key);
    return si;
  }
  if (depth > MAX_DEPTH) {
    bad(c, n, "%s", "shapes nested too deep");
    free(key);
    return 0;
  }
  xgrow(&c->s->shapes, &c->s->cap, c->s->n + 1, sizeof *c->s->shapes);
  si = c->s->n++;
  memset(&c->s->shapes[si], 0, sizeof c->s->shapes[si]);
  /* a blank node's label changes from run to run: a message names it
   * by what it is */
  c->s->shapes[si].name = uri_of(n) ? xstrdup(key) : xstrdup("[ a shape without an IRI ]");
  c->s->shapes[si].path_text = xstrdup("-");
  dg_strmap_put(c->index, key, strlen(key), si);
  free(key);

  pattern = librdf_new_statement_from_nodes(c->w, librdf_new_node_from_node(n), NULL, NULL);
  st = pattern ? librdf_model_find_statements(c->m, pattern) : NULL;
  if (!st) {
    if (pattern)
      librdf_free_statement(pattern);
    c->st = dg_fail(DG_ERR_INTERNAL, "cannot read the shapes graph");
    return si;
  }
  while (!librdf_stream_end(st) && c->st == DG_OK) {
    librdf_statement *s = librdf_stream_get_object(st);  /* shared */
    compile_statement(c, si, n, librdf_statement_get_predicate(s),
                      librdf_statement_get_object(s), depth);
    librdf_stream_next(st);
  }
  librdf_free_stream(st);
  librdf_free_statement(pattern);
  return si;
}

/* Every subject of (?, p, o), or of (?, p, ?) when `o` is NULL. */
static void subjects(compiler *c, const char *p, const char *o, librdf_node ***v, size_t *n,
                     size_t *cap)
{
  librdf_node *pn = node(c->w, p), *on = o ? node(c->w, o) : NULL;
  librdf_statement *pat;
  librdf_stream *st;
  pat = librdf_new_statement_from_nodes(c->w, NULL, pn, on);
  st = pat ? librdf_model_find_statements(c->m, pat) : NULL;
  while (st && !librdf_stream_end(st)) {
    librdf_statement *s = librdf_stream_get_object(st);
    xgrow(v, cap, *n + 1, sizeof **v);
    (*v)[(*n)++] = librdf_new_node_from_node(librdf_statement_get_subject(s));
    librdf_stream_next(st);
  }
  if (st)
    librdf_free_stream(st);
  if (pat)
    librdf_free_statement(pat);
}

static dg_status compile_all(compiler *c)
{
  librdf_node **v = NULL;
  size_t n = 0, cap = 0, i;
  subjects(c, RDF "type", SH "NodeShape", &v, &n, &cap);
  subjects(c, RDF "type", SH "PropertyShape", &v, &n, &cap);
  subjects(c, SH "targetClass", NULL, &v, &n, &cap);
  subjects(c, SH "targetNode", NULL, &v, &n, &cap);
  subjects(c, SH "targetSubjectsOf", NULL, &v, &n, &cap);
  subjects(c, SH "targetObjectsOf", NULL, &v, &n, &cap);
  for (i = 0; i < n; i++) {
    if (c->st == DG_OK)
      compile_shape(c, v[i], 0);
    librdf_free_node(v[i]);
  }
  free(v);
  for (i = 0; c->st == DG_OK && i < c->s->n; i++) {
    shape *sh = &c->s->shapes[i];
    size_t k;
    for (k = 0; k < sh->n_cs; k++)
      if (!sh->path && (sh->cs[k].kind == C_MINCOUNT || sh->cs[k].kind == C_MAXCOUNT)) {
        c->st = dg_fail(DG_ERR_USAGE, "shapes '%s': shape %s: sh:minCount and sh:maxCount "
                        "need sh:path (a property shape)", c->s->origin, sh->name);
        break;
      }
  }
  if (c->st == DG_OK && c->s->n == 0)
    c->st = dg_fail(DG_ERR_USAGE, "shapes '%s': no shapes (no sh:NodeShape, "
                    "sh:PropertyShape or sh:target... in it)", c->s->origin);
  return c->st;
}

static void free_shape(shape *sh)
{
  size_t i, k;
  free(sh->name);
  if (sh->path)
    librdf_free_node(sh->path);
  free(sh->path_text);
  free(sh->message);
  for (i = 0; i < sh->n_targets; i++)
    if (sh->targets[i].node)
      librdf_free_node(sh->targets[i].node);
  free(sh->targets);
  for (i = 0; i < sh->n_cs; i++) {
    constraint *c = &sh->cs[i];
    free(c->iri);
    for (k = 0; k < c->n_list; k++)
      if (c->list[k])
        librdf_free_node(c->list[k]);
    free(c->list);
    pcre2_code_free(c->re);
    free(c->pattern);
    free(c->shapes);
  }
  free(sh->cs);
}

void dg_shapes_free(dg_shapes *s)
{
  size_t i;
  if (!s)
    return;
  for (i = 0; i < s->n; i++)
    free_shape(&s->shapes[i]);
  free(s->shapes);
  free(s->origin);
  free(s);
}

const char *dg_shapes_origin(const dg_shapes *s) { return s->origin; }

/* Parses the compiled-in shapes into `model`. */
static dg_status parse_builtin(dg_rdf *rdf, librdf_model *model)
{
  librdf_world *w = dg_rdf_world(rdf);
  librdf_parser *p = librdf_new_parser(w, "turtle", NULL, NULL);
  librdf_uri *base = librdf_new_uri(w, (const unsigned char *)"https://w3id.org/docgraph/shapes");
  const char *text = NULL;
  const dg_embedded *e;
  int rc = 1;
  for (e = dg_shapes_files; e->name; e++)
    if (strcmp(e->name, "shapes.ttl") == 0)
      text = e->text;
  if (p && base && text)
    rc = librdf_parser_parse_counted_string_into_model(p, (const unsigned char *)text,
                                                       strlen(text), base, model);
  if (base)
    librdf_free_uri(base);
  if (p)
    librdf_free_parser(p);
  return rc ? dg_fail(DG_ERR_INTERNAL, "cannot read the built-in shapes") : DG_OK;
}

dg_status dg_shapes_load(dg_rdf *rdf, const char *path, dg_shapes **out)
{
  dg_dataset *ds = NULL;
  compiler c;
  dg_status st;
  int builtin = 0;

  *out = NULL;
  memset(&c, 0, sizeof c);
  c.s = xcalloc(1, sizeof *c.s);
  if (!path) {
    if (access(DG_SHAPES_INSTALLED, R_OK) == 0)
      path = DG_SHAPES_INSTALLED;
    else
      builtin = 1;
  }
  c.s->origin = xstrdup(builtin ? "(built in)" : path);
  st = dg_dataset_new(rdf, 0, &ds);
  if (st == DG_OK) {
    if (builtin) {
      st = parse_builtin(rdf, dg_dataset_model(ds));
    } else if (dg_dataset_load(ds, path) != DG_OK) {
      /* the file was named (and what is wrong with it): the command
       * line's choice, so a usage error */
      st = dg_fail(DG_ERR_USAGE, "cannot read the shapes in '%s'", path);
    }
  }
  if (st == DG_OK) {
    c.w = dg_rdf_world(rdf);
    c.m = dg_dataset_model(ds);
    c.index = dg_strmap_new();
    st = compile_all(&c);
    dg_strmap_free(c.index);
  }
  dg_dataset_free(ds);
  if (st != DG_OK) {
    dg_shapes_free(c.s);
    return st;
  }
  *out = c.s;
  return DG_OK;
}

/* ---------------------------------------------------------------- validating */

typedef struct validator {
  const dg_shapes *s;
  librdf_world *w;
  librdf_model *m;          /* borrowed: the data */
  librdf_node *rdf_type, *sub_class_of;  /* owned */
  dg_strmap *closures;      /* class IRI -> index in `sets` */
  dg_strmap **sets;         /* owned: each class's subclasses (itself included), by IRI */
  size_t n_sets, cap_sets;
  dg_shacl_report *r;
  size_t cap_results;
  pcre2_match_data *md;     /* owned */
  int failed;               /* Redland failed: reported */
} validator;

/* Copies of the objects of (s, p, ?), or with `inverse` the subjects of
 * (?, p, s), each once, in *out; returns how many. */
static size_t values(validator *v, librdf_node *s, librdf_node *p, int inverse,
                     librdf_node ***out)
{
  librdf_iterator *it = inverse ? librdf_model_get_sources(v->m, p, s)
                                : librdf_model_get_targets(v->m, s, p);
  librdf_node **a = NULL;
  size_t n = 0, cap = 0, i;
  while (it && !librdf_iterator_end(it)) {
    librdf_node *x = librdf_iterator_get_object(it);  /* shared */
    for (i = 0; x && i < n; i++)
      if (librdf_node_equals(a[i], x))
        break;
    if (x && i == n) {
      xgrow(&a, &cap, n + 1, sizeof *a);
      a[n++] = librdf_new_node_from_node(x);
    }
    librdf_iterator_next(it);
  }
  if (it)
    librdf_free_iterator(it);
  else
    v->failed = 1;
  *out = a;
  return n;
}

static void free_nodes(librdf_node **a, size_t n)
{
  while (n)
    librdf_free_node(a[--n]);
  free(a);
}

/* The set of IRIs of `cls` and its subclasses in the data. */
static const dg_strmap *closure(validator *v, const char *cls)
{
  size_t idx, i;
  dg_strmap *set;
  librdf_node **todo = NULL;
  size_t n = 0, cap = 0;
  if (dg_strmap_get(v->closures, cls, strlen(cls), &idx))
    return v->sets[idx];
  set = dg_strmap_new();
  dg_strmap_put(set, cls, strlen(cls), 0);
  xgrow(&todo, &cap, 1, sizeof *todo);
  todo[n++] = node(v->w, cls);
  while (n) {
    librdf_node *c = todo[--n], **subs;
    size_t k = c ? values(v, c, v->sub_class_of, 1, &subs) : 0;
    if (c)
      librdf_free_node(c);
    for (i = 0; i < k; i++) {
      const char *u = uri_of(subs[i]);
      if (u && dg_strmap_put(set, u, strlen(u), 0)) {
        xgrow(&todo, &cap, n + 1, sizeof *todo);
        todo[n++] = subs[i];
        subs[i] = NULL;
      }
      if (subs[i])
        librdf_free_node(subs[i]);
    }
    if (k)
      free(subs);
  }
  free(todo);
  xgrow(&v->sets, &v->cap_sets, v->n_sets + 1, sizeof *v->sets);
  v->sets[v->n_sets] = set;
  dg_strmap_put(v->closures, cls, strlen(cls), v->n_sets++);
  return set;
}

/* 1 if `x` is a SHACL instance of `cls`: rdf:type/rdfs:subClassOf* in the data. */
static int instance_of(validator *v, librdf_node *x, const char *cls)
{
  const dg_strmap *set;
  librdf_node **types;
  size_t n, i;
  int found = 0;
  if (librdf_node_get_type(x) == LIBRDF_NODE_TYPE_LITERAL)
    return 0;
  set = closure(v, cls);
  n = values(v, x, v->rdf_type, 0, &types);
  for (i = 0; i < n && !found; i++) {
    const char *u = uri_of(types[i]);
    size_t dummy;
    found = u && dg_strmap_get(set, u, strlen(u), &dummy);
  }
  free_nodes(types, n);
  return found;
}

static void add_result(validator *v, librdf_node *focus, const shape *sh, ckind kind,
                       char *message /* owned */)
{
  dg_shacl_result *res;
  xgrow(&v->r->results, &v->cap_results, v->r->n + 1, sizeof *v->r->results);
  res = &v->r->results[v->r->n++];
  res->focus = node_str(focus);
  res->path = xstrdup(sh->path_text);
  res->component = component_names[kind];
  if (sh->message) {
    free(message);
    message = xstrdup(sh->message);
  }
  res->message = message;
}

static size_t eval(validator *v, size_t si, librdf_node *focus, int report, int depth);

/* 1 if `x` conforms to shape `si`. */
static int conforms(validator *v, size_t si, librdf_node *x, int depth)
{
  return eval(v, si, x, 0, depth + 1) == 0;
}

/* "value V " + `tail` (owned), as a new string. */
static char *value_message(librdf_node *x, char *tail)
{
  char *val = node_str(x), *m = xasprintf("value %s %s", val, tail);
  free(val);
  free(tail);
  return m;
}

/* Whether value `x` passes constraint `k` (other than counts and
 * sh:property); on failure *why gets a new message. */
static int value_ok(validator *v, const constraint *k, librdf_node *x, int depth, char **why)
{
  librdf_node_type t = librdf_node_get_type(x);
  size_t i, len = 0, good;
  const char *s;
  char *name;
  *why = NULL;
  switch (k->kind) {
  case C_CLASS:
    if (instance_of(v, x, k->iri))
      return 1;
    name = short_iri(k->iri);
    *why = value_message(x, xasprintf("is not an instance of %s", name));
    free(name);
    return 0;
  case C_DATATYPE:
    if (t == LIBRDF_NODE_TYPE_LITERAL && strcmp(datatype_of(x), k->iri) == 0) {
      s = (const char *)librdf_node_get_literal_value_as_counted_string(x, &len);
      if (lexical_ok(k->iri, s ? s : "", s ? len : 0))
        return 1;
      name = short_iri(k->iri);
      *why = value_message(x, xasprintf("is not a valid %s", name));
      free(name);
      return 0;
    }
    name = short_iri(k->iri);
    *why = value_message(x, xasprintf("is not a literal of datatype %s", name));
    free(name);
    return 0;
  case C_NODEKIND: {
    long bit = t == LIBRDF_NODE_TYPE_RESOURCE ? K_IRI : t == LIBRDF_NODE_TYPE_BLANK ? K_BLANK
                                                                                    : K_LITERAL;
    if (k->n & bit)
      return 1;
    for (i = 0; i < sizeof node_kinds / sizeof node_kinds[0]; i++)
      if (node_kinds[i].kinds == k->n)
        break;
    *why = value_message(x, xasprintf("is not of node kind sh:%s",
                                        i < sizeof node_kinds / sizeof node_kinds[0]
                                          ? node_kinds[i].local : "?"));
    return 0;
  }
  case C_PATTERN: {
    int rc;
    s = string_of(x, &len);
    if (s) {
      rc = pcre2_match(k->re, (PCRE2_SPTR)s, len, 0, 0, v->md, NULL);
      if (rc >= 0)
        return 1;
    }
    *why = value_message(x, xasprintf("does not match the pattern \"%s\"", k->pattern));
    return 0;
  }
  case C_MINLENGTH:
  case C_MAXLENGTH: {
    size_t chars = 0;
    s = string_of(x, &len);
    for (i = 0; s && i < len; i++)
      chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    if (s && (k->kind == C_MINLENGTH ? chars >= (size_t)k->n : chars <= (size_t)k->n))
      return 1;
    {
      char lim[64];
      snprintf(lim, sizeof lim, "%s %ld characters", k->kind == C_MINLENGTH ? "at least"
                                                                             : "at most", k->n);
      *why = value_message(x, s ? xasprintf("is not %s long", lim)
                                : xasprintf("has no string form (%s)", lim));
    }
    return 0;
  }
  case C_IN:
    for (i = 0; i < k->n_list; i++)
      if (librdf_node_equals(k->list[i], x))
        return 1;
    *why = value_message(x, xstrdup("is not one of the values of sh:in"));
    return 0;
  case C_NODE:
    if (conforms(v, k->shapes[0], x, depth))
      return 1;
    *why = value_message(x, xasprintf("does not conform to shape %s",
                                        v->s->shapes[k->shapes[0]].name));
    return 0;
  case C_NOT:
    if (!conforms(v, k->shapes[0], x, depth))
      return 1;
    *why = value_message(x, xasprintf("conforms to shape %s, which sh:not excludes",
                                        v->s->shapes[k->shapes[0]].name));
    return 0;
  case C_AND:
  case C_OR:
  case C_XONE:
    for (i = 0, good = 0; i < k->n_shapes; i++)
      good += conforms(v, k->shapes[i], x, depth);
    if ((k->kind == C_AND && good == k->n_shapes) || (k->kind == C_OR && good > 0) ||
        (k->kind == C_XONE && good == 1))
      return 1;
    *why = value_message(x, xstrdup(k->kind == C_AND ? "does not conform to every shape of sh:and"
                                    : k->kind == C_OR ? "conforms to none of the shapes of sh:or"
                                    : "does not conform to exactly one shape of sh:xone"));
    return 0;
  case C_MINCOUNT:
  case C_MAXCOUNT:
  case C_HASVALUE:
  case C_PROPERTY:
    break;
  }
  return 1;
}

/* Validates `focus` against shape `si`; returns the number of results,
 * adding them to the report when `report` (else it stops at the first). */
static size_t eval(validator *v, size_t si, librdf_node *focus, int report, int depth)
{
  const shape *sh = &v->s->shapes[si];
  librdf_node **vals;
  size_t n, i, j, found = 0;
  if (sh->deactivated)
    return 0;
  if (depth > MAX_DEPTH) {
    /* recursion through sh:node and the like: SHACL leaves it undefined */
    v->failed = 2;
    return 0;
  }
  if (sh->path) {
    n = values(v, focus, sh->path, sh->inverse, &vals);
  } else {
    vals = xcalloc(1, sizeof *vals);
    vals[0] = librdf_new_node_from_node(focus);
    n = 1;
  }
  for (i = 0; i < sh->n_cs && (report || !found); i++) {
    const constraint *k = &sh->cs[i];
    switch (k->kind) {
    case C_MINCOUNT:
    case C_MAXCOUNT:
      if (k->kind == C_MINCOUNT ? n < (size_t)k->n : n > (size_t)k->n) {
        found++;
        if (report)
          add_result(v, focus, sh, k->kind,
                     xasprintf("%lu value%s; %s %ld", (unsigned long)n, n == 1 ? "" : "s",
                               k->kind == C_MINCOUNT ? "at least" : "at most", k->n));
      }
      break;
    case C_HASVALUE:
      for (j = 0; j < n; j++)
        if (librdf_node_equals(vals[j], k->list[0]))
          break;
      if (j == n) {
        found++;
        if (report) {
          char *want = node_str(k->list[0]);
          add_result(v, focus, sh, k->kind, xasprintf("no value is %s", want));
          free(want);
        }
      }
      break;
    case C_PROPERTY:
      for (j = 0; j < n && (report || !found); j++)
        found += eval(v, k->shapes[0], vals[j], report, depth + 1);
      break;
    case C_CLASS:
    case C_DATATYPE:
    case C_NODEKIND:
    case C_PATTERN:
    case C_IN:
    case C_MINLENGTH:
    case C_MAXLENGTH:
    case C_NODE:
    case C_AND:
    case C_OR:
    case C_NOT:
    case C_XONE:
      for (j = 0; j < n && (report || !found); j++) {
        char *why;
        if (!value_ok(v, k, vals[j], depth, &why)) {
          found++;
          if (report)
            add_result(v, focus, sh, k->kind, why);
          else
            free(why);
        }
      }
      break;
    }
  }
  free_nodes(vals, n);
  return found;
}

/* Appends to *got (`m` nodes) the instances of `cls` and of its
 * subclasses in the data (rdf:type/rdfs:subClassOf*). */
static void class_instances(validator *v, librdf_node *cls, librdf_node ***got, size_t *m)
{
  librdf_node **classes = xcalloc(1, sizeof *classes), **more, **inst;
  size_t nc = 1, cc = 1, gc = *m, q, x, y, nm, ni;
  classes[0] = librdf_new_node_from_node(cls);
  for (q = 0; q < nc; q++) {
    nm = values(v, classes[q], v->sub_class_of, 1, &more);
    for (x = 0; x < nm; x++) {
      for (y = 0; y < nc; y++)
        if (librdf_node_equals(classes[y], more[x]))
          break;
      if (y == nc) {
        xgrow(&classes, &cc, nc + 1, sizeof *classes);
        classes[nc++] = more[x];
      } else {
        librdf_free_node(more[x]);
      }
    }
    free(more);
    ni = values(v, classes[q], v->rdf_type, 1, &inst);
    for (x = 0; x < ni; x++) {
      xgrow(got, &gc, *m + 1, sizeof **got);
      (*got)[(*m)++] = inst[x];
    }
    free(inst);
  }
  free_nodes(classes, nc);
}

/* The focus nodes of shape `sh`'s targets, each once. */
static size_t focus_nodes(validator *v, const shape *sh, librdf_node ***out)
{
  librdf_node **a = NULL;
  size_t n = 0, cap = 0, i, k;
  dg_strmap *seen = dg_strmap_new();
  for (i = 0; i < sh->n_targets; i++) {
    const target *t = &sh->targets[i];
    librdf_node **got = NULL;
    size_t m = 0;
    switch (t->kind) {
    case T_NODE:
      got = xcalloc(1, sizeof *got);
      got[0] = librdf_new_node_from_node(t->node);
      m = 1;
      break;
    case T_CLASS:
      class_instances(v, t->node, &got, &m);
      break;
    case T_SUBJECTS_OF:
    case T_OBJECTS_OF: {
      librdf_statement *pat = librdf_new_statement_from_nodes(
        v->w, NULL, librdf_new_node_from_node(t->node), NULL);
      librdf_stream *st = pat ? librdf_model_find_statements(v->m, pat) : NULL;
      size_t gc = 0;
      while (st && !librdf_stream_end(st)) {
        librdf_statement *s = librdf_stream_get_object(st);
        xgrow(&got, &gc, m + 1, sizeof *got);
        got[m++] = librdf_new_node_from_node(t->kind == T_SUBJECTS_OF
                                                ? librdf_statement_get_subject(s)
                                                : librdf_statement_get_object(s));
        librdf_stream_next(st);
      }
      if (st)
        librdf_free_stream(st);
      else
        v->failed = 1;
      if (pat)
        librdf_free_statement(pat);
      break;
    }
    }
    for (k = 0; k < m; k++) {
      char *key = node_str(got[k]);
      if (dg_strmap_put(seen, key, strlen(key), 0)) {
        xgrow(&a, &cap, n + 1, sizeof *a);
        a[n++] = got[k];
      } else {
        librdf_free_node(got[k]);
      }
      free(key);
    }
    free(got);
  }
  dg_strmap_free(seen);
  *out = a;
  return n;
}

static int cmp_result(const void *pa, const void *pb)
{
  const dg_shacl_result *a = pa, *b = pb;
  int c;
  if ((c = strcmp(a->focus, b->focus)) != 0)
    return c;
  if ((c = strcmp(a->path, b->path)) != 0)
    return c;
  if ((c = strcmp(a->component, b->component)) != 0)
    return c;
  return strcmp(a->message, b->message);
}

static void free_result(dg_shacl_result *r)
{
  free(r->focus);
  free(r->path);
  free(r->message);
}

dg_status dg_shapes_validate(const dg_shapes *s, dg_rdf *rdf, librdf_model *data,
                             dg_shacl_report *r)
{
  validator v;
  size_t i, k, n;
  memset(r, 0, sizeof *r);
  memset(&v, 0, sizeof v);
  v.s = s;
  v.w = dg_rdf_world(rdf);
  v.m = data;
  v.r = r;
  v.rdf_type = node(v.w, RDF "type");
  v.sub_class_of = node(v.w, RDFS "subClassOf");
  v.closures = dg_strmap_new();
  v.md = pcre2_match_data_create(1, NULL);
  if (!v.rdf_type || !v.sub_class_of || !v.md)
    v.failed = 1;
  for (i = 0; i < s->n && !v.failed; i++) {
    const shape *sh = &s->shapes[i];
    librdf_node **focus;
    if (!sh->n_targets || sh->deactivated)
      continue;
    n = focus_nodes(&v, sh, &focus);
    for (k = 0; k < n; k++)
      eval(&v, i, focus[k], 1, 0);
    free_nodes(focus, n);
  }
  /* sorted, and each result once (a shape reached twice reports twice) */
  if (r->n) {
    qsort(r->results, r->n, sizeof *r->results, cmp_result);
    for (i = 1, k = 1; i < r->n; i++) {
      if (cmp_result(&r->results[k - 1], &r->results[i]) == 0)
        free_result(&r->results[i]);
      else
        r->results[k++] = r->results[i];
    }
    r->n = k;
  }
  for (i = 0; i < v.n_sets; i++)
    dg_strmap_free(v.sets[i]);
  free(v.sets);
  dg_strmap_free(v.closures);
  pcre2_match_data_free(v.md);
  if (v.rdf_type)
    librdf_free_node(v.rdf_type);
  if (v.sub_class_of)
    librdf_free_node(v.sub_class_of);
  if (v.failed == 2)
    return dg_fail(DG_ERR_USAGE, "shapes '%s': the shapes refer to themselves through "
                   "sh:node, sh:property or sh:or (recursive shapes are not supported)",
                   s->origin);
  if (v.failed)
    return dg_fail(DG_ERR_INTERNAL, "cannot read the data being validated");
  return DG_OK;
}

void dg_shacl_report_release(dg_shacl_report *r)
{
  size_t i;
  if (!r)
    return;
  for (i = 0; i < r->n; i++)
    free_result(&r->results[i]);
  free(r->results);
  r->results = NULL;
  r->n = 0;
}
