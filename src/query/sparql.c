/* sparql.c - tokenize SPARQL text so that strings, IRIs and comments are
 * never mistaken for syntax (by the lint or by parameter binding). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "query/sparql.h"

struct dg_sparql {
  const char *text;  /* borrowed */
  dg_tok *toks;
  size_t n, cap;
};

typedef struct lexer {
  const char *s;
  size_t pos;
  unsigned line, col;
} lexer;

/* Moves one byte on, counting columns in code points: a UTF-8
 * continuation byte does not start a new column. */
static void advance(lexer *lx)
{
  unsigned char c = (unsigned char)lx->s[lx->pos];
  if (!c)
    return;
  lx->pos++;
  if (c == '\n') {
    lx->line++;
    lx->col = 1;
  } else if ((c & 0xC0) != 0x80) {
    lx->col++;
  }
}

static void advance_n(lexer *lx, size_t n)
{
  while (n-- > 0)
    advance(lx);
}

/* Characters of variable names and prefixed-name parts: ASCII letters,
 * digits, '_' and any non-ASCII byte (PN_CHARS allows most of Unicode). */
static int name_char(unsigned char c)
{
  return isalnum(c) || c == '_' || c >= 0x80;
}

/* IRIREF forbids these (and anything up to space). */
static int iri_char(unsigned char c)
{
  return c > 0x20 && !strchr("<>\"{}|^`\\", c);
}

static void push(dg_sparql *q, dg_tok_kind kind, const lexer *start, size_t end, int space)
{
  dg_tok *t;
  xgrow(&q->toks, &q->cap, q->n + 1, sizeof *q->toks);
  t = &q->toks[q->n++];
  t->kind = kind;
  t->start = start->pos;
  t->len = end - start->pos;
  t->line = start->line;
  t->col = start->col;
  t->space_before = space;
}

/* Length of a string token starting at s (a quote), or 0 if it is not
 * terminated. Escapes are skipped whole, so \" never ends it. */
static size_t string_len(const char *s)
{
  char q = s[0];
  int lng = s[1] == q && s[2] == q;
  size_t i = lng ? 3 : 1;
  for (;;) {
    char c = s[i];
    if (!c)
      return 0;
    if (c == '\\') {
      if (!s[i + 1])
        return 0;
      i += 2;
      continue;
    }
    if (!lng && (c == '\n' || c == '\r'))
      return 0;
    if (c == q) {
      if (!lng)
        return i + 1;
      if (s[i + 1] == q && s[i + 2] == q) {
        /* """a"""" ends at the last three quotes */
        while (s[i + 3] == q)
          i++;
        return i + 3;
      }
    }
    i++;
  }
}

/* PN_LOCAL: name characters, ':' , '-', '.', %XX and \-escapes; never
 * ending in '.'. Returns its length from s. */
static size_t local_len(const char *s)
{
  size_t i = 0;
  for (;;) {
    unsigned char c = (unsigned char)s[i];
    if (name_char(c) || c == ':' || c == '-')
      i++;
    else if (c == '%' && isxdigit((unsigned char)s[i + 1]) && isxdigit((unsigned char)s[i + 2]))
      i += 3;
    else if (c == '\\' && s[i + 1] && strchr("_~.-!$&'()*+,;=/?#@%", s[i + 1]))
      i += 2;
    else if (c == '.' && (name_char((unsigned char)s[i + 1]) || s[i + 1] == ':' ||
                          s[i + 1] == '-' || s[i + 1] == '%'))
      i++;
    else
      return i;
  }
}

/* PN_PREFIX: name characters, '-' and inner '.'. */
static size_t prefix_len(const char *s)
{
  size_t i = 0;
  for (;;) {
    unsigned char c = (unsigned char)s[i];
    if (name_char(c) || (i > 0 && c == '-'))
      i++;
    else if (i > 0 && c == '.' && (name_char((unsigned char)s[i + 1]) || s[i + 1] == '-'))
      i++;
    else
      return i;
  }
}

static size_t number_len(const char *s)
{
  size_t i = 0;
  while (isdigit((unsigned char)s[i]))
    i++;
  if (s[i] == '.' && isdigit((unsigned char)s[i + 1])) {
    i++;
    while (isdigit((unsigned char)s[i]))
      i++;
  }
  if ((s[i] == 'e' || s[i] == 'E') &&
      (isdigit((unsigned char)s[i + 1]) ||
       ((s[i + 1] == '+' || s[i + 1] == '-') && isdigit((unsigned char)s[i + 2])))) {
    i += 2;
    while (isdigit((unsigned char)s[i]))
      i++;
  }
  return i;
}

dg_sparql *dg_sparql_new(const char *text)
{
  dg_sparql *q = xcalloc(1, sizeof *q);
  lexer lx = {text, 0, 1, 1};
  int space = 1;

  q->text = text;
  for (;;) {
    const char *s = text + lx.pos;
    unsigned char c = (unsigned char)*s;
    lexer start = lx;
    size_t n = 0;
    dg_tok_kind kind = DG_SPQ_PUNCT;

    if (!c)
      break;
    if (isspace(c)) {
      advance(&lx);
      space = 1;
      continue;
    }
    if (c == '#') {
      while (text[lx.pos] && text[lx.pos] != '\n')
        advance(&lx);
      space = 1;
      continue;
    }
    if (c == '<') {
      /* an IRI if it closes before any forbidden character; otherwise the
       * operator < or <= */
      n = 1;
      while (iri_char((unsigned char)s[n]))
        n++;
      if (s[n] == '>') {
        n++;
        kind = DG_SPQ_IRI;
      } else {
        n = s[1] == '=' ? 2 : 1;
      }
    } else if (c == '"' || c == '\'') {
      n = string_len(s);
      if (n)
        kind = DG_SPQ_STRING;
      else {
        /* unterminated: the rest of the line is one bad token */
        n = strcspn(s, "\n");
        kind = DG_SPQ_BAD;
      }
    } else if ((c == '?' || c == '$') && name_char((unsigned char)s[1])) {
      n = 1;
      while (name_char((unsigned char)s[n]))
        n++;
      kind = DG_SPQ_VAR;
    } else if (c == '_' && s[1] == ':') {
      n = 2 + local_len(s + 2);
      kind = DG_SPQ_BNODE;
    } else if (c == '@' && isalpha((unsigned char)s[1])) {
      n = 1;
      while (isalnum((unsigned char)s[n]) || s[n] == '-')
        n++;
      kind = DG_SPQ_LANGTAG;
    } else if (isdigit(c) || (c == '.' && isdigit((unsigned char)s[1]))) {
      n = number_len(s);
      kind = DG_SPQ_NUMBER;
    } else if (name_char(c) || c == ':') {
      n = c == ':' ? 0 : prefix_len(s);
      if (s[n] == ':') {
        n++;
        n += local_len(s + n);
        kind = DG_SPQ_PNAME;
      } else {
        kind = DG_SPQ_WORD;
      }
    } else {
      static const char *const two[] = {"^^", "&&", "||", "!=", ">=", NULL};
      size_t k;
      n = 1;
      for (k = 0; two[k]; k++)
        if (s[0] == two[k][0] && s[1] == two[k][1])
          n = 2;
      if (!strchr("{}()[].,;*/|^+-!?=<>&$", c))
        kind = DG_SPQ_BAD;  /* (non-ASCII bytes start names, above) */
    }
    push(q, kind, &start, lx.pos + n, space);
    advance_n(&lx, n);
    space = 0;
  }
  return q;
}

void dg_sparql_free(dg_sparql *q)
{
  if (!q)
    return;
  free(q->toks);
  free(q);
}

size_t dg_sparql_count(const dg_sparql *q) { return q->n; }
const dg_tok *dg_sparql_tok(const dg_sparql *q, size_t i) { return &q->toks[i]; }
const char *dg_sparql_text(const dg_sparql *q) { return q->text; }

int dg_sparql_number(const dg_sparql *q, size_t i, unsigned long long *out)
{
  const dg_tok *t;
  char buf[24];
  if (i >= q->n)
    return 0;
  t = &q->toks[i];
  if (t->kind != DG_SPQ_NUMBER || t->len > 18)
    return 0;
  memcpy(buf, q->text + t->start, t->len);
  buf[t->len] = '\0';
  if (strspn(buf, "0123456789") != t->len)
    return 0;
  *out = strtoull(buf, NULL, 10);
  return 1;
}

int dg_sparql_is(const dg_sparql *q, size_t i, const char *s)
{
  const dg_tok *t;
  size_t len = strlen(s);
  if (i >= q->n)
    return 0;
  t = &q->toks[i];
  if (t->len != len)
    return 0;
  if (t->kind == DG_SPQ_WORD)
    return strncasecmp(q->text + t->start, s, len) == 0;
  if (t->kind == DG_SPQ_PUNCT)
    return memcmp(q->text + t->start, s, len) == 0;
  return 0;
}

int dg_sparql_has_word(const dg_sparql *q, const char *word)
{
  size_t i;
  for (i = 0; i < q->n; i++)
    if (q->toks[i].kind == DG_SPQ_WORD && dg_sparql_is(q, i, word))
      return 1;
  return 0;
}

/* Index of the first token after the prologue (PREFIX p: <iri>, BASE <iri>). */
static size_t after_prologue(const dg_sparql *q)
{
  size_t i = 0;
  for (;;) {
    if (dg_sparql_is(q, i, "PREFIX"))
      i += 3;
    else if (dg_sparql_is(q, i, "BASE"))
      i += 2;
    else
      return i;
  }
}

dg_query_form dg_sparql_form(const dg_sparql *q)
{
  static const char *const update[] = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE",
                                       "ADD", "MOVE", "COPY", "WITH", NULL};
  size_t i = after_prologue(q), k;
  if (dg_sparql_is(q, i, "SELECT"))
    return DG_FORM_SELECT;
  if (dg_sparql_is(q, i, "ASK"))
    return DG_FORM_ASK;
  if (dg_sparql_is(q, i, "CONSTRUCT"))
    return DG_FORM_CONSTRUCT;
  if (dg_sparql_is(q, i, "DESCRIBE"))
    return DG_FORM_DESCRIBE;
  for (k = 0; update[k]; k++)
    if (dg_sparql_is(q, i, update[k]))
      return DG_FORM_UPDATE;
  return DG_FORM_UNKNOWN;
}

const char *dg_query_form_name(dg_query_form f)
{
  switch (f) {
  case DG_FORM_SELECT: return "SELECT";
  case DG_FORM_ASK: return "ASK";
  case DG_FORM_CONSTRUCT: return "CONSTRUCT";
  case DG_FORM_DESCRIBE: return "DESCRIBE";
  case DG_FORM_UPDATE: return "update";
  case DG_FORM_UNKNOWN: return "unknown";
  }
  return "unknown";
}

char *dg_sparql_expand_pname(const dg_sparql *q, const char *pname)
{
  const char *colon = strchr(pname, ':');
  size_t plen, i;
  if (!colon)
    return NULL;
  plen = (size_t)(colon - pname) + 1;  /* with the colon */
  for (i = 0; i + 2 < q->n; i++) {
    const dg_tok *p = &q->toks[i + 1], *iri = &q->toks[i + 2];
    if (dg_sparql_is(q, i, "PREFIX") && p->kind == DG_SPQ_PNAME && p->len == plen &&
        memcmp(q->text + p->start, pname, plen) == 0 && iri->kind == DG_SPQ_IRI)
      return xasprintf("%.*s%s", (int)(iri->len - 2), q->text + iri->start + 1, colon + 1);
  }
  return NULL;
}

size_t dg_sparql_projection(const dg_sparql *q, char ***names)
{
  size_t i = after_prologue(q), n = 0, cap = 0;
  int depth = 0;
  *names = NULL;
  if (!dg_sparql_is(q, i, "SELECT"))
    return 0;
  for (i++; i < q->n; i++) {
    const dg_tok *t = &q->toks[i];
    if (depth == 0 && (dg_sparql_is(q, i, "WHERE") || dg_sparql_is(q, i, "{") ||
                       dg_sparql_is(q, i, "FROM")))
      break;
    if (dg_sparql_is(q, i, "("))
      depth++;
    else if (dg_sparql_is(q, i, ")"))
      depth--;
    else if (t->kind == DG_SPQ_VAR &&
             (depth == 0 || (depth == 1 && i > 0 && dg_sparql_is(q, i - 1, "AS")))) {
      xgrow(names, &cap, n + 1, sizeof **names);
      (*names)[n++] = xstrndup(q->text + t->start + 1, t->len - 1);
    }
  }
  return n;
}

static int var_is(const dg_sparql *q, const dg_tok *t, const char *name, int dollar_only)
{
  size_t len = strlen(name);
  if (t->kind != DG_SPQ_VAR || t->len != len + 1)
    return 0;
  if (dollar_only && q->text[t->start] != '$')
    return 0;
  return memcmp(q->text + t->start + 1, name, len) == 0;
}

int dg_sparql_uses_var(const dg_sparql *q, const char *name, int dollar_only)
{
  size_t i;
  for (i = 0; i < q->n; i++)
    if (var_is(q, &q->toks[i], name, dollar_only))
      return 1;
  return 0;
}

char *dg_sparql_substitute(const dg_sparql *q, const char *const *names,
                           const char *const *terms, size_t n)
{
  dg_buf b;
  size_t i, k, done = 0;
  dg_buf_init(&b);
  for (i = 0; i < q->n; i++) {
    const dg_tok *t = &q->toks[i];
    for (k = 0; k < n; k++) {
      if (var_is(q, t, names[k], 1)) {
        dg_buf_add(&b, q->text + done, t->start - done);
        dg_buf_adds(&b, terms[k]);
        done = t->start + t->len;
        break;
      }
    }
  }
  dg_buf_adds(&b, q->text + done);
  return dg_buf_detach(&b);
}

void dg_sparql_escape_string(dg_buf *b, const char *s)
{
  while (*s) {
    /* the bytes that need no escape go in one piece: this runs for every
     * literal of a TSV answer, and a million-row answer is not rare */
    size_t run = 0;
    unsigned char c;
    while ((c = (unsigned char)s[run]) >= 0x20 && c != 0x7F && c != '"' && c != '\\')
      run++;
    dg_buf_add(b, s, run);
    s += run;
    if (!*s)
      break;
    switch (c) {
    case '"': dg_buf_adds(b, "\\\""); break;
    case '\\': dg_buf_adds(b, "\\\\"); break;
    case '\n': dg_buf_adds(b, "\\n"); break;
    case '\r': dg_buf_adds(b, "\\r"); break;
    case '\t': dg_buf_adds(b, "\\t"); break;
    default: dg_buf_printf(b, "\\u%04X", c); break;
    }
    s++;
  }
}
