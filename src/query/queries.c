/* queries.c - read saved-query headers; the library of .rq files; turn
 * parameter values into single SPARQL terms. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/embedded.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "query/queries.h"
#include "query/query_files.h"
#include "query/sparql.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

struct dg_query_def {
  char *origin;
  char *name;
  char *summary;
  char *text;
  dg_param *params;
  size_t n_params, cap_params;
};

static const struct {
  dg_param_type type;
  const char *name;
} param_types[] = {
  {DG_PARAM_LITERAL, "literal"}, {DG_PARAM_IRI, "iri"}, {DG_PARAM_INTEGER, "integer"},
  {DG_PARAM_DECIMAL, "decimal"}, {DG_PARAM_DATE, "date"}, {DG_PARAM_YEAR, "year"},
  {DG_PARAM_BOOLEAN, "boolean"},
};

const char *dg_param_type_name(dg_param_type t)
{
  switch (t) {
  case DG_PARAM_LITERAL: return "literal";
  case DG_PARAM_IRI: return "iri";
  case DG_PARAM_INTEGER: return "integer";
  case DG_PARAM_DECIMAL: return "decimal";
  case DG_PARAM_DATE: return "date";
  case DG_PARAM_YEAR: return "year";
  case DG_PARAM_BOOLEAN: return "boolean";
  }
  return "literal";
}

static int type_from_name(const char *s, size_t len, dg_param_type *out)
{
  size_t i;
  if (len == 6 && strncmp(s, "string", 6) == 0) {
    *out = DG_PARAM_LITERAL;
    return 1;
  }
  for (i = 0; i < sizeof param_types / sizeof *param_types; i++) {
    if (strlen(param_types[i].name) == len && strncmp(param_types[i].name, s, len) == 0) {
      *out = param_types[i].type;
      return 1;
    }
  }
  return 0;
}

/* Copies s[0..len) without surrounding blanks. */
static char *trimmed(const char *s, size_t len)
{
  while (len && isspace((unsigned char)*s)) {
    s++;
    len--;
  }
  while (len && isspace((unsigned char)s[len - 1]))
    len--;
  return xstrndup(s, len);
}

/* "# key: value" -> 1 with *val set past the colon, for the given key. */
static int header_key(const char *line, const char *key, const char **val)
{
  size_t k = strlen(key);
  const char *p = line + 1;
  while (*p == ' ' || *p == '\t')
    p++;
  if (strncmp(p, key, k) != 0 || p[k] != ':')
    return 0;
  *val = p + k + 1;
  return 1;
}

/* Parses "(type: T; default: V)" at the end of a param line. Returns 1 if
 * `group` (from '(' to the end of the line) is such a group. */
static int parse_options(const char *origin, unsigned line, const char *group, size_t glen,
                         dg_param *p, dg_status *st)
{
  const char *s = group + 1, *end = group + glen - 1;  /* inside the parens */
  while (s < end) {
    const char *semi, *colon, *v;
    size_t klen, vlen;
    while (s < end && (*s == ' ' || *s == '\t'))
      s++;
    colon = memchr(s, ':', (size_t)(end - s));
    if (!colon)
      return 0;
    klen = (size_t)(colon - s);
    if (!((klen == 4 && strncmp(s, "type", 4) == 0) || (klen == 7 && strncmp(s, "default", 7) == 0)))
      return 0;
    v = colon + 1;
    while (v < end && (*v == ' ' || *v == '\t'))
      v++;
    if (klen == 7 && v < end && *v == '"') {
      /* a quoted default: up to the closing quote, kept verbatim */
      const char *q = memchr(v + 1, '"', (size_t)(end - v - 1));
      if (!q) {
        *st = dg_fail(DG_ERR_QUERY, "%s:%u: unterminated quoted default", origin, line);
        return 1;
      }
      free(p->def);
      p->def = xstrndup(v + 1, (size_t)(q - v - 1));
      semi = memchr(q, ';', (size_t)(end - q));
      s = semi ? semi + 1 : end;
      continue;
    }
    semi = memchr(v, ';', (size_t)(end - v));
    vlen = (size_t)((semi ? semi : end) - v);
    if (klen == 4) {
      char *t = trimmed(v, vlen);
      if (!type_from_name(t, strlen(t), &p->type)) {
        *st = dg_fail(DG_ERR_QUERY,
                      "%s:%u: parameter '%s' has unknown type '%s' (types: literal, iri, "
                      "integer, decimal, date, year, boolean)", origin, line, p->name, t);
        free(t);
        return 1;
      }
      free(t);
    } else {
      free(p->def);
      p->def = trimmed(v, vlen);
    }
    s = semi ? semi + 1 : end;
  }
  return 1;
}

static dg_status parse_param(dg_query_def *d, unsigned line, const char *val, size_t len)
{
  dg_param *p;
  const char *s = val, *end = val + len, *m, *open;
  size_t n = 0;
  dg_status st = DG_OK;

  while (s < end && (*s == ' ' || *s == '\t'))
    s++;
  while (s + n < end && (isalnum((unsigned char)s[n]) || s[n] == '_'))
    n++;
  if (n == 0 || isdigit((unsigned char)s[0]))
    return dg_fail(DG_ERR_QUERY, "%s:%u: '# param:' needs a name ([A-Za-z_][A-Za-z0-9_]*)",
                   d->origin, line);
  xgrow(&d->params, &d->cap_params, d->n_params + 1, sizeof *d->params);
  p = &d->params[d->n_params++];
  memset(p, 0, sizeof *p);
  p->name = xstrndup(s, n);
  p->type = DG_PARAM_LITERAL;
  if (dg_query_def_find_param(d, p->name) != p)
    return dg_fail(DG_ERR_QUERY, "%s:%u: parameter '%s' is declared twice", d->origin, line,
                   p->name);

  m = s + n;
  while (m < end && (*m == ' ' || *m == '\t'))
    m++;
  /* the separator: an em dash (UTF-8 E2 80 94), "--", "-" or ":" */
  if (end - m >= 3 && memcmp(m, "\xe2\x80\x94", 3) == 0)
    m += 3;
  else if (end - m >= 2 && memcmp(m, "--", 2) == 0)
    m += 2;
  else if (m < end && (*m == '-' || *m == ':'))
    m++;

  /* the options group: the last "(...)" that closes the line */
  while (end > m && isspace((unsigned char)end[-1]))
    end--;
  open = NULL;
  if (end > m && end[-1] == ')') {
    const char *q;
    for (q = end - 1; q >= m; q--)
      if (*q == '(') {
        open = q;
        break;
      }
  }
  if (open && parse_options(d->origin, line, open, (size_t)(end - open), p, &st)) {
    if (st != DG_OK)
      return st;
    end = open;
  }
  p->meaning = trimmed(m, (size_t)(end - m));
  return DG_OK;
}

dg_status dg_query_def_parse(const char *origin, const char *text, dg_query_def **out)
{
  dg_query_def *d = xcalloc(1, sizeof *d);
  const char *line = text;
  unsigned lineno = 0;
  dg_status st = DG_OK;

  *out = NULL;
  d->origin = xstrdup(origin);
  d->text = xstrdup(text);
  while (*line) {
    const char *nl = strchr(line, '\n');
    size_t len = nl ? (size_t)(nl - line) : strlen(line);
    const char *p = line, *val;
    char *l;

    lineno++;
    while (p < line + len && (*p == ' ' || *p == '\t' || *p == '\r'))
      p++;
    if (p < line + len && *p != '#')
      break;  /* the header ends with the first line of SPARQL */
    l = xstrndup(p, (size_t)(line + len - p));
    if (l[0] && l[strlen(l) - 1] == '\r')
      l[strlen(l) - 1] = '\0';
    if (l[0] == '#') {
      if (header_key(l, "name", &val)) {
        free(d->name);
        d->name = trimmed(val, strlen(val));
      } else if (header_key(l, "summary", &val)) {
        free(d->summary);
        d->summary = trimmed(val, strlen(val));
      } else if (header_key(l, "param", &val)) {
        st = parse_param(d, lineno, val, strlen(val));
      }
    }
    free(l);
    if (st != DG_OK)
      break;
    if (!nl)
      break;
    line = nl + 1;
  }
  if (st != DG_OK) {
    dg_query_def_free(d);
    return st;
  }
  if (!d->name)
    d->name = xstrdup("");
  if (!d->summary)
    d->summary = xstrdup("");
  *out = d;
  return DG_OK;
}

void dg_query_def_free(dg_query_def *d)
{
  size_t i;
  if (!d)
    return;
  for (i = 0; i < d->n_params; i++) {
    free(d->params[i].name);
    free(d->params[i].meaning);
    free(d->params[i].def);
  }
  free(d->params);
  free(d->origin);
  free(d->name);
  free(d->summary);
  free(d->text);
  free(d);
}

const char *dg_query_def_name(const dg_query_def *d) { return d->name; }
const char *dg_query_def_summary(const dg_query_def *d) { return d->summary; }
const char *dg_query_def_origin(const dg_query_def *d) { return d->origin; }
const char *dg_query_def_text(const dg_query_def *d) { return d->text; }
size_t dg_query_def_n_params(const dg_query_def *d) { return d->n_params; }

const dg_param *dg_query_def_param(const dg_query_def *d, size_t i)
{
  return i < d->n_params ? &d->params[i] : NULL;
}

const dg_param *dg_query_def_find_param(const dg_query_def *d, const char *name)
{
  size_t i;
  for (i = 0; i < d->n_params; i++)
    if (strcmp(d->params[i].name, name) == 0)
      return &d->params[i];
  return NULL;
}

/* ---------------------------------------------------------------- library */

static size_t n_files(void)
{
  size_t n = 0;
  while (dg_query_files[n].name)
    n++;
  return n;
}

/* Indexes of dg_query_files sorted by file name (Makefile.am lists them
 * in any order). Built once; the table is constant. */
static const size_t *sorted(void)
{
  static size_t *idx;
  size_t n, i, j;
  if (idx)
    return idx;
  n = n_files();
  idx = xcalloc(n + 1, sizeof *idx);
  for (i = 0; i < n; i++) {
    size_t k = i;
    for (j = i; j > 0 && strcmp(dg_query_files[idx[j - 1]].name, dg_query_files[k].name) > 0; j--)
      idx[j] = idx[j - 1];
    idx[j] = k;
  }
  return idx;
}

size_t dg_saved_count(void) { return n_files(); }

dg_status dg_saved_get(size_t i, dg_query_def **out)
{
  const dg_embedded *e;
  *out = NULL;
  if (i >= n_files())
    return DG_ERR_INPUT;
  e = &dg_query_files[sorted()[i]];
  return dg_query_def_parse(e->name, e->text, out);
}

dg_status dg_saved_find(const char *name, dg_query_def **out)
{
  size_t i, n = n_files(), len = strlen(name);
  *out = NULL;
  for (i = 0; i < n; i++) {
    const char *f = dg_query_files[i].name;
    if (strncmp(f, name, len) == 0 && strcmp(f + len, ".rq") == 0)
      return dg_query_def_parse(f, dg_query_files[i].text, out);
  }
  return DG_ERR_INPUT;
}

/* ---------------------------------------------------------------- terms */

/* Returns 1 if s is well-formed UTF-8 (no overlongs, no surrogates). */
static int valid_utf8(const unsigned char *s)
{
  while (*s) {
    unsigned c = *s, need, cp, min;
    if (c < 0x80) {
      s++;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      need = 1; cp = c & 0x1F; min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      need = 2; cp = c & 0x0F; min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      need = 3; cp = c & 0x07; min = 0x10000;
    } else {
      return 0;
    }
    s++;
    while (need--) {
      if ((*s & 0xC0) != 0x80)
        return 0;
      cp = (cp << 6) | (*s++ & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
  }
  return 1;
}

static int all_digits(const char *s)
{
  if (!*s)
    return 0;
  for (; *s; s++)
    if (!isdigit((unsigned char)*s))
      return 0;
  return 1;
}

static int is_integer(const char *s)
{
  if (*s == '+' || *s == '-')
    s++;
  return all_digits(s) && strlen(s) <= 18;
}

static int is_decimal(const char *s)
{
  const char *dot;
  if (*s == '+' || *s == '-')
    s++;
  dot = strchr(s, '.');
  if (!dot)
    return all_digits(s);
  return (dot == s || (strspn(s, "0123456789") == (size_t)(dot - s))) && all_digits(dot + 1);
}

static int is_date(const char *s)
{
  int y, m, d;
  size_t i;
  if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return 0;
  for (i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
      return 0;
  y = atoi(s);
  m = atoi(s + 5);
  d = atoi(s + 8);
  if (y <= 0 || m < 1 || m > 12 || d < 1)
    return 0;
  {
    /* a real day: 2018-02-30 is no date (leap years by the Gregorian rule) */
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
  }
}

static int is_absolute_iri(const char *s)
{
  const char *p = s;
  if (!isalpha((unsigned char)*p))
    return 0;
  while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p != ':' || !p[1])
    return 0;
  for (p = s; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c <= 0x20 || c == 0x7F || strchr("<>\"{}|^`\\", c))
      return 0;
  }
  return 1;
}

/* A prefixed name whose local part needs no escapes. */
static int is_simple_pname(const char *s)
{
  const char *colon = strchr(s, ':'), *p;
  if (!colon)
    return 0;
  for (p = s; p < colon; p++)
    if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '.')
      return 0;
  for (p = colon + 1; *p; p++)
    if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '.')
      return 0;
  return colon[1] != '\0' && p[-1] != '.';
}

int dg_param_term(const dg_param *p, const char *value, const dg_sparql *q,
                  char **term, const char **why)
{
  dg_buf b;
  *term = NULL;
  *why = NULL;
  if (!valid_utf8((const unsigned char *)value)) {
    *why = "it is not valid UTF-8";
    return 0;
  }
  dg_buf_init(&b);
  switch (p->type) {
  case DG_PARAM_LITERAL:
    dg_buf_addc(&b, '"');
    dg_sparql_escape_string(&b, value);
    dg_buf_addc(&b, '"');
    break;
  case DG_PARAM_IRI: {
    char *full = NULL;
    if (is_simple_pname(value) && !strstr(value, "://") && q)
      full = dg_sparql_expand_pname(q, value);
    if (!full && !is_absolute_iri(value)) {
      *why = is_simple_pname(value) && !strstr(value, "://")
               ? "its prefix is not declared by the query (give the full IRI)"
               : "it is not an absolute IRI (scheme:..., without spaces or any of < > \" { } | ^ ` \\)";
      dg_buf_release(&b);
      return 0;
    }
    if (full && !is_absolute_iri(full)) {
      free(full);
      *why = "it does not expand to a valid IRI";
      dg_buf_release(&b);
      return 0;
    }
    dg_buf_printf(&b, "<%s>", full ? full : value);
    free(full);
    break;
  }
  case DG_PARAM_INTEGER:
    if (!is_integer(value)) {
      *why = "it is not an integer";
      dg_buf_release(&b);
      return 0;
    }
    dg_buf_adds(&b, value);
    break;
  case DG_PARAM_DECIMAL:
    if (!is_decimal(value) || strlen(value) > 40) {
      *why = "it is not a decimal number";
      dg_buf_release(&b);
      return 0;
    }
    /* bare "3" would be an integer: write a typed literal instead */
    dg_buf_printf(&b, "\"%s\"^^<" XSD "decimal>", value);
    break;
  case DG_PARAM_DATE:
    if (!is_date(value)) {
      *why = "it is not a date (YYYY-MM-DD)";
      dg_buf_release(&b);
      return 0;
    }
    dg_buf_printf(&b, "\"%s\"^^<" XSD "date>", value);
    break;
  case DG_PARAM_YEAR:
    if (strlen(value) != 4 || !all_digits(value)) {
      *why = "it is not a year (YYYY)";
      dg_buf_release(&b);
      return 0;
    }
    dg_buf_printf(&b, "\"%s\"^^<" XSD "gYear>", value);
    break;
  case DG_PARAM_BOOLEAN:
    if (strcmp(value, "true") != 0 && strcmp(value, "false") != 0) {
      *why = "it is not true or false";
      dg_buf_release(&b);
      return 0;
    }
    dg_buf_adds(&b, value);
    break;
  }
  *term = dg_buf_detach(&b);
  return 1;
}
