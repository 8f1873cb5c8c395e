/* results.c - hold query results and write them in the W3C formats or as
 * an aligned table. The writers are ours rather than rasqal's: rasqal's
 * table writer prints no header, and one set of writers serves both the
 * local engine and remote endpoints. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "emit/serialize.h"
#include "emit/vocab.h"
#include "query/results.h"
#include "query/sparql.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

const dg_result_format_info dg_result_formats[DG_RES__COUNT] = {
  {DG_RES_TABLE, "table", 0, "text/plain", "aligned columns with a header, for people"},
  {DG_RES_CSV, "csv", 0, "text/csv", "W3C SPARQL 1.1 CSV (values only, CRLF lines)"},
  {DG_RES_TSV, "tsv", 0, "text/tab-separated-values", "W3C SPARQL 1.1 TSV (RDF terms)"},
  {DG_RES_JSON, "json", 0, "application/sparql-results+json", "W3C SPARQL 1.1 JSON results"},
  {DG_RES_XML, "xml", 0, "application/sparql-results+xml", "W3C SPARQL XML results"},
  {DG_RES_TURTLE, "turtle", 1, "text/turtle", "Turtle (CONSTRUCT)"},
  {DG_RES_NTRIPLES, "ntriples", 1, "application/n-triples", "N-Triples (CONSTRUCT)"},
};

int dg_result_format_from_name(const char *name, dg_result_format *out)
{
  size_t i;
  for (i = 0; i < DG_RES__COUNT; i++) {
    if (strcasecmp(dg_result_formats[i].name, name) == 0) {
      *out = dg_result_formats[i].id;
      return 1;
    }
  }
  if (strcasecmp(name, "ttl") == 0) {
    *out = DG_RES_TURTLE;
    return 1;
  }
  if (strcasecmp(name, "nt") == 0) {
    *out = DG_RES_NTRIPLES;
    return 1;
  }
  if (strcasecmp(name, "text") == 0) {
    *out = DG_RES_TABLE;
    return 1;
  }
  return 0;
}

const char *dg_result_format_list(int graph)
{
  static char buf[2][128];
  size_t i;
  if (!buf[graph][0]) {
    for (i = 0; i < DG_RES__COUNT; i++) {
      if (dg_result_formats[i].graph != graph)
        continue;
      if (buf[graph][0])
        strcat(buf[graph], ", ");
      strcat(buf[graph], dg_result_formats[i].name);
    }
  }
  return buf[graph];
}

struct dg_results {
  dg_results_kind kind;
  char **vars;
  size_t n_vars, cap_vars;
  dg_term *cells;       /* n_rows * n_vars */
  size_t n_rows, cap_cells;
  int boolean;
  librdf_statement **sts;
  size_t n_sts, cap_sts;
};

dg_results *dg_results_new(dg_results_kind kind)
{
  dg_results *r = xcalloc(1, sizeof *r);
  r->kind = kind;
  return r;
}

static void term_clear(dg_term *t)
{
  free(t->value);
  free(t->lang);
  free(t->datatype);
  memset(t, 0, sizeof *t);
}

void dg_results_free(dg_results *r)
{
  size_t i;
  if (!r)
    return;
  for (i = 0; i < r->n_rows * r->n_vars; i++)
    term_clear(&r->cells[i]);
  free(r->cells);
  for (i = 0; i < r->n_vars; i++)
    free(r->vars[i]);
  free(r->vars);
  for (i = 0; i < r->n_sts; i++)
    librdf_free_statement(r->sts[i]);
  free(r->sts);
  free(r);
}

dg_results_kind dg_results_get_kind(const dg_results *r) { return r->kind; }

void dg_results_add_var(dg_results *r, const char *name)
{
  xgrow(&r->vars, &r->cap_vars, r->n_vars + 1, sizeof *r->vars);
  r->vars[r->n_vars++] = xstrdup(name);
}

size_t dg_results_n_vars(const dg_results *r) { return r->n_vars; }
const char *dg_results_var(const dg_results *r, size_t i) { return r->vars[i]; }

dg_term *dg_results_add_row(dg_results *r)
{
  dg_term *row;
  xgrow(&r->cells, &r->cap_cells, (r->n_rows + 1) * r->n_vars + 1, sizeof *r->cells);
  row = &r->cells[r->n_rows * r->n_vars];
  memset(row, 0, r->n_vars * sizeof *row);
  r->n_rows++;
  return row;
}

void dg_results_pop_row(dg_results *r)
{
  size_t i;
  if (!r->n_rows)
    return;
  r->n_rows--;
  for (i = 0; i < r->n_vars; i++)
    term_clear(&r->cells[r->n_rows * r->n_vars + i]);
}

void dg_results_keep_rows(dg_results *r, const size_t *order, size_t n)
{
  dg_term *cells = xcalloc(n * r->n_vars + 1, sizeof *cells);
  char *moved = xcalloc(r->n_rows + 1, 1);
  size_t i, k;
  for (i = 0; i < n; i++) {
    memcpy(&cells[i * r->n_vars], &r->cells[order[i] * r->n_vars], r->n_vars * sizeof *cells);
    moved[order[i]] = 1;
  }
  for (i = 0; i < r->n_rows; i++)
    for (k = 0; !moved[i] && k < r->n_vars; k++)
      term_clear(&r->cells[i * r->n_vars + k]);
  free(moved);
  free(r->cells);
  r->cells = cells;
  r->cap_cells = n * r->n_vars + 1;
  r->n_rows = n;
}

size_t dg_results_n_rows(const dg_results *r) { return r->n_rows; }
const dg_term *dg_results_row(const dg_results *r, size_t i) { return &r->cells[i * r->n_vars]; }

void dg_term_set(dg_term *t, dg_term_kind kind, const char *value, const char *lang,
                 const char *datatype)
{
  term_clear(t);
  t->kind = kind;
  t->value = xstrdup(value ? value : "");
  t->lang = lang && *lang ? xstrdup(lang) : NULL;
  /* RDF 1.1: a simple literal is an xsd:string; write both the same way */
  t->datatype = datatype && strcmp(datatype, XSD "string") != 0 ? xstrdup(datatype) : NULL;
}

void dg_term_set_node(dg_term *t, librdf_node *node)
{
  if (!node) {
    term_clear(t);
    return;
  }
  if (librdf_node_is_resource(node)) {
    dg_term_set(t, DG_TERM_IRI, (const char *)librdf_uri_as_string(librdf_node_get_uri(node)),
                NULL, NULL);
  } else if (librdf_node_is_blank(node)) {
    dg_term_set(t, DG_TERM_BNODE, (const char *)librdf_node_get_blank_identifier(node), NULL,
                NULL);
  } else {
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(node);
    dg_term_set(t, DG_TERM_LITERAL, (const char *)librdf_node_get_literal_value(node),
                librdf_node_get_literal_value_language(node),
                dt ? (const char *)librdf_uri_as_string(dt) : NULL);
  }
}

void dg_results_set_boolean(dg_results *r, int value) { r->boolean = value != 0; }
int dg_results_boolean(const dg_results *r) { return r->boolean; }

void dg_results_add_statement(dg_results *r, librdf_statement *st)
{
  xgrow(&r->sts, &r->cap_sts, r->n_sts + 1, sizeof *r->sts);
  r->sts[r->n_sts++] = st;
}

size_t dg_results_n_statements(const dg_results *r) { return r->n_sts; }

/* ---------------------------------------------------------------- terms */

static int matches(const char *s, const char *chars_first, int need_dot)
{
  /* [+-]?digits with an optional '.' (need_dot: exactly one, followed by a digit) */
  int dot = 0, digits = 0;
  if (*s && strchr(chars_first, *s))
    s++;
  for (; *s; s++) {
    if (*s >= '0' && *s <= '9')
      digits++;
    else if (*s == '.' && !dot && need_dot)
      dot = 1;
    else
      return 0;
  }
  return digits > 0 && (!need_dot || dot) && s[-1] != '.';
}

static int is_double_lex(const char *s)
{
  const char *e = strpbrk(s, "eE");
  char *mant;
  int ok;
  if (!e)
    return 0;
  mant = xstrndup(s, (size_t)(e - s));
  ok = (matches(mant, "+-", 0) || matches(mant, "+-", 1)) && matches(e + 1, "+-", 0);
  free(mant);
  return ok;
}

/* Can the literal be written bare, as Turtle and the W3C TSV allow? */
static int abbreviable(const dg_term *t)
{
  const char *dt = t->datatype;
  if (!dt || strncmp(dt, XSD, strlen(XSD)) != 0)
    return 0;
  dt += strlen(XSD);
  if (strcmp(dt, "integer") == 0)
    return matches(t->value, "+-", 0);
  if (strcmp(dt, "decimal") == 0)
    return matches(t->value, "+-", 1);
  if (strcmp(dt, "double") == 0)
    return is_double_lex(t->value);
  if (strcmp(dt, "boolean") == 0)
    return strcmp(t->value, "true") == 0 || strcmp(t->value, "false") == 0;
  return 0;
}

/* The term in SPARQL/Turtle syntax, as the W3C TSV format wants it. */
static void put_term(dg_buf *b, const dg_term *t)
{
  if (!t->value)
    return;
  switch (t->kind) {
  case DG_TERM_IRI:
    dg_buf_printf(b, "<%s>", t->value);
    break;
  case DG_TERM_BNODE:
    dg_buf_printf(b, "_:%s", t->value);
    break;
  case DG_TERM_LITERAL:
    if (abbreviable(t)) {
      dg_buf_adds(b, t->value);
      break;
    }
    dg_buf_addc(b, '"');
    dg_sparql_escape_string(b, t->value);
    dg_buf_addc(b, '"');
    if (t->lang)
      dg_buf_printf(b, "@%s", t->lang);
    else if (t->datatype)
      dg_buf_printf(b, "^^<%s>", t->datatype);
    break;
  }
}

/* ---------------------------------------------------------------- table */

static size_t width(const char *s)
{
  size_t w = 0;
  for (; *s; s++)
    if (((unsigned char)*s & 0xC0) != 0x80)
      w++;
  return w;
}

#define TABLE_MAX 72  /* longer cells are cut, with "..." */

/* What a person reads in a cell: literals bare, IRIs in <> or with one of
 * docgraph's prefixes, no line breaks, at most TABLE_MAX characters. */
static char *cell_text(const dg_term *t)
{
  dg_buf b;
  const dg_prefix *p;
  const char *s;
  size_t w;
  char *out;

  dg_buf_init(&b);
  if (!t->value)
    return dg_buf_detach(&b);
  switch (t->kind) {
  case DG_TERM_IRI:
    for (p = dg_prefixes; p->prefix; p++) {
      size_t n = strlen(p->uri);
      if (strncmp(t->value, p->uri, n) == 0 && t->value[n] && !strpbrk(t->value + n, "/#")) {
        dg_buf_printf(&b, "%s:%s", p->prefix, t->value + n);
        break;
      }
    }
    if (!p->prefix)
      dg_buf_printf(&b, "<%s>", t->value);
    break;
  case DG_TERM_BNODE:
    dg_buf_printf(&b, "_:%s", t->value);
    break;
  case DG_TERM_LITERAL:
    for (s = t->value; *s; s++) {
      if (*s == '\n')
        dg_buf_adds(&b, "\\n");
      else if (*s == '\t')
        dg_buf_adds(&b, "\\t");
      else if ((unsigned char)*s < 0x20)
        dg_buf_addc(&b, ' ');
      else
        dg_buf_addc(&b, *s);
    }
    if (t->lang)
      dg_buf_printf(&b, "@%s", t->lang);
    break;
  }
  out = dg_buf_detach(&b);
  if (width(out) > TABLE_MAX) {
    /* cut after TABLE_MAX - 3 characters, on a character boundary: the
     * string is longer than that, so "..." fits in place */
    char *c = out;
    for (w = 0; *c; c++)
      if (((unsigned char)*c & 0xC0) != 0x80 && w++ == TABLE_MAX - 3)
        break;
    strcpy(c, "...");
  }
  return out;
}

static void pad(FILE *out, size_t n)
{
  while (n--)
    fputc(' ', out);
}

static void write_table(const dg_results *r, FILE *out)
{
  size_t nv = r->n_vars, i, j;
  size_t *w = xcalloc(nv ? nv : 1, sizeof *w);
  char **cells = xcalloc(r->n_rows * nv + 1, sizeof *cells);

  for (j = 0; j < nv; j++)
    w[j] = width(r->vars[j]);
  for (i = 0; i < r->n_rows; i++) {
    for (j = 0; j < nv; j++) {
      char *c = cell_text(&r->cells[i * nv + j]);
      size_t cw = width(c);
      cells[i * nv + j] = c;
      if (cw > w[j])
        w[j] = cw;
    }
  }
  for (j = 0; j < nv; j++) {
    fputs(j ? " | " : "", out);
    fputs(r->vars[j], out);
    if (j + 1 < nv)
      pad(out, w[j] - width(r->vars[j]));
  }
  fputc('\n', out);
  for (j = 0; j < nv; j++) {
    size_t k;
    fputs(j ? "-+-" : "", out);
    for (k = 0; k < w[j]; k++)
      fputc('-', out);
  }
  fputc('\n', out);
  for (i = 0; i < r->n_rows; i++) {
    for (j = 0; j < nv; j++) {
      const char *c = cells[i * nv + j];
      fputs(j ? " | " : "", out);
      fputs(c, out);
      if (j + 1 < nv)
        pad(out, w[j] - width(c));
    }
    fputc('\n', out);
  }
  fprintf(out, "(%zu row%s)\n", r->n_rows, r->n_rows == 1 ? "" : "s");
  for (i = 0; i < r->n_rows * nv; i++)
    free(cells[i]);
  free(cells);
  free(w);
}

/* ---------------------------------------------------------------- W3C */

static void csv_field(FILE *out, const char *s)
{
  if (!strpbrk(s, "\",\r\n")) {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

static void write_csv(const dg_results *r, FILE *out)
{
  size_t i, j;
  for (j = 0; j < r->n_vars; j++) {
    if (j)
      fputc(',', out);
    csv_field(out, r->vars[j]);
  }
  fputs("\r\n", out);
  for (i = 0; i < r->n_rows; i++) {
    for (j = 0; j < r->n_vars; j++) {
      const dg_term *t = &r->cells[i * r->n_vars + j];
      if (j)
        fputc(',', out);
      if (!t->value)
        continue;
      if (t->kind == DG_TERM_BNODE) {
        fputs("_:", out);
        fputs(t->value, out);
      } else {
        csv_field(out, t->value);
      }
    }
    fputs("\r\n", out);
  }
}

static void write_tsv(const dg_results *r, FILE *out)
{
  size_t i, j;
  dg_buf b;
  dg_buf_init(&b);
  for (j = 0; j < r->n_vars; j++)
    fprintf(out, "%s?%s", j ? "\t" : "", r->vars[j]);
  fputc('\n', out);
  for (i = 0; i < r->n_rows; i++) {
    for (j = 0; j < r->n_vars; j++) {
      dg_buf_clear(&b);
      put_term(&b, &r->cells[i * r->n_vars + j]);
      if (j)
        fputc('\t', out);
      fputs(b.data, out);
    }
    fputc('\n', out);
  }
  dg_buf_release(&b);
}

static void json_string(FILE *out, const char *s)
{
  fputc('"', out);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch (c) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\r': fputs("\\r", out); break;
    case '\t': fputs("\\t", out); break;
    default:
      if (c < 0x20 || c == 0x7F)
        fprintf(out, "\\u%04x", c);
      else
        fputc(c, out);
    }
  }
  fputc('"', out);
}

static void write_json(const dg_results *r, FILE *out)
{
  size_t i, j;
  if (r->kind == DG_RESULTS_BOOLEAN) {
    fprintf(out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n", r->boolean ? "true" : "false");
    return;
  }
  fputs("{\n  \"head\": {\"vars\": [", out);
  for (j = 0; j < r->n_vars; j++) {
    if (j)
      fputs(", ", out);
    json_string(out, r->vars[j]);
  }
  fputs("]},\n  \"results\": {\"bindings\": [", out);
  for (i = 0; i < r->n_rows; i++) {
    int first = 1;
    fputs(i ? ",\n    {" : "\n    {", out);
    for (j = 0; j < r->n_vars; j++) {
      const dg_term *t = &r->cells[i * r->n_vars + j];
      if (!t->value)
        continue;
      fputs(first ? "" : ", ", out);
      first = 0;
      json_string(out, r->vars[j]);
      fputs(": {\"type\": ", out);
      fputs(t->kind == DG_TERM_IRI ? "\"uri\"" : t->kind == DG_TERM_BNODE ? "\"bnode\""
                                                                          : "\"literal\"", out);
      fputs(", \"value\": ", out);
      json_string(out, t->value);
      if (t->kind == DG_TERM_LITERAL && t->lang) {
        fputs(", \"xml:lang\": ", out);
        json_string(out, t->lang);
      } else if (t->kind == DG_TERM_LITERAL && t->datatype) {
        fputs(", \"datatype\": ", out);
        json_string(out, t->datatype);
      }
      fputc('}', out);
    }
    fputc('}', out);
  }
  fputs(r->n_rows ? "\n  ]}\n}\n" : "]}\n}\n", out);
}

/* XML text: & < > " escaped; characters XML 1.0 cannot hold at all (C0
 * controls other than tab and line breaks) become U+FFFD. */
static void xml_text(FILE *out, const char *s)
{
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch (c) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\r': fputs("&#13;", out); break;
    default:
      if (c < 0x20 && c != '\t' && c != '\n')
        fputs("\xEF\xBF\xBD", out);
      else
        fputc(c, out);
    }
  }
}

static void write_xml(const dg_results *r, FILE *out)
{
  size_t i, j;
  fputs("<?xml version=\"1.0\"?>\n"
        "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n", out);
  if (r->kind == DG_RESULTS_BOOLEAN) {
    fprintf(out, "  <head/>\n  <boolean>%s</boolean>\n</sparql>\n",
            r->boolean ? "true" : "false");
    return;
  }
  fputs("  <head>\n", out);
  for (j = 0; j < r->n_vars; j++) {
    fputs("    <variable name=\"", out);
    xml_text(out, r->vars[j]);
    fputs("\"/>\n", out);
  }
  fputs("  </head>\n  <results>\n", out);
  for (i = 0; i < r->n_rows; i++) {
    fputs("    <result>\n", out);
    for (j = 0; j < r->n_vars; j++) {
      const dg_term *t = &r->cells[i * r->n_vars + j];
      if (!t->value)
        continue;
      fputs("      <binding name=\"", out);
      xml_text(out, r->vars[j]);
      fputs("\">", out);
      switch (t->kind) {
      case DG_TERM_IRI:
        fputs("<uri>", out);
        xml_text(out, t->value);
        fputs("</uri>", out);
        break;
      case DG_TERM_BNODE:
        fputs("<bnode>", out);
        xml_text(out, t->value);
        fputs("</bnode>", out);
        break;
      case DG_TERM_LITERAL:
        fputs("<literal", out);
        if (t->lang) {
          fputs(" xml:lang=\"", out);
          xml_text(out, t->lang);
          fputc('"', out);
        } else if (t->datatype) {
          fputs(" datatype=\"", out);
          xml_text(out, t->datatype);
          fputc('"', out);
        }
        fputc('>', out);
        xml_text(out, t->value);
        fputs("</literal>", out);
        break;
      }
      fputs("</binding>\n", out);
    }
    fputs("    </result>\n", out);
  }
  fputs("  </results>\n</sparql>\n", out);
}

static dg_status write_graph(const dg_results *r, dg_rdf *rdf, dg_format fmt, FILE *out)
{
  dg_writer *w = NULL;
  dg_status st;
  size_t i;
  st = dg_writer_new(rdf, fmt, out, &w);
  if (st != DG_OK)
    return st;
  for (i = 0; i < r->n_sts && st == DG_OK; i++)
    st = dg_writer_write(w, r->sts[i], NULL);
  if (st == DG_OK)
    st = dg_writer_finish(w);
  dg_writer_free(w);
  return st == DG_OK ? DG_OK : dg_fail(DG_ERR_IO, "write error: %s", "standard output");
}

dg_status dg_results_write(const dg_results *r, dg_rdf *rdf, dg_result_format f, FILE *out)
{
  if (r->kind == DG_RESULTS_GRAPH) {
    switch (f) {
    case DG_RES_NTRIPLES: return write_graph(r, rdf, DG_FMT_NTRIPLES, out);
    case DG_RES_TURTLE:
    case DG_RES_TABLE:
    case DG_RES_CSV:
    case DG_RES_TSV:
    case DG_RES_JSON:
    case DG_RES_XML:
    case DG_RES__COUNT: return write_graph(r, rdf, DG_FMT_TURTLE, out);
    }
  }
  switch (f) {
  case DG_RES_TABLE:
  case DG_RES_CSV:
  case DG_RES_TSV:
  case DG_RES_TURTLE:
  case DG_RES_NTRIPLES:
  case DG_RES__COUNT:
    if (r->kind == DG_RESULTS_BOOLEAN) {
      fputs(r->boolean ? "true\n" : "false\n", out);
      break;
    }
    if (f == DG_RES_CSV)
      write_csv(r, out);
    else if (f == DG_RES_TSV)
      write_tsv(r, out);
    else
      write_table(r, out);
    break;
  case DG_RES_JSON: write_json(r, out); break;
  case DG_RES_XML: write_xml(r, out); break;
  }
  if (fflush(out) != 0 || ferror(out))
    return dg_fail(DG_ERR_IO, "write error: %s", "standard output");
  return DG_OK;
}
