/* serialize.c - a raptor serializer fed statement by statement.
 *
 * Statements go straight to raptor (librdf_statement is raptor_statement
 * in Redland 1.0.17) instead of through a librdf model: map needs no
 * model, and this keeps its memory linear in the output of one document
 * for the streaming formats.
 *
 * Every literal comes out with its lexical form and datatype exactly. Two
 * writers need help for that: N-Triples and N-Quads are rendered here;
 * raptor's Turtle writer abbreviates xsd:integer, xsd:decimal, xsd:double
 * and xsd:boolean literals to bare numbers and keywords whenever strtod()
 * or strtol() accepts them, which turns "124516650"^^xsd:decimal into an
 * integer, "1"^^xsd:boolean into true, "1.5"^^xsd:double into a decimal
 * and "NaN"^^xsd:double into a bare NaN that no Turtle parser reads. Such
 * a literal goes to raptor as a placeholder, a plain literal holding a
 * marker, and its own long form "..."^^xsd:... replaces the placeholder
 * in raptor's output. So does a literal holding a carriage return, which
 * raptor writes raw, where Turtle wants \r. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "emit/jsonld.h"
#include "emit/ntriples.h"
#include "emit/serialize.h"
#include "emit/trig.h"
#include "emit/vocab.h"

/* Lines go out in writes of this size: a few hundred system calls for a
 * large corpus instead of one per stdio buffer (4 KiB on a pipe). */
#define OUT_CHUNK ((size_t)256 * 1024)

/* Turtle's prefixes beyond dg_prefixes, declared only when used: the
 * instance namespaces under the base, then the standard vocabularies
 * docgraph writes (--vocab's views, prov:wasDerivedFrom) or imports. */
static const char *const instance_ns[] = {
  "person", "org", "publication", "event", "country", "document",
};
#define N_INSTANCE_NS (sizeof instance_ns / sizeof instance_ns[0])
static const dg_prefix vocab_ns[] = {
  {"schema", DG_NS_SCHEMA},
  {"foaf", DG_NS_FOAF},
  {"dcterms", DG_NS_DCTERMS},
  {"prov", DG_NS_PROV},
  {"bibo", DG_NS_BIBO},
};
#define N_NS (N_INSTANCE_NS + sizeof vocab_ns / sizeof vocab_ns[0])

struct dg_writer {
  dg_rdf *rdf;
  const dg_format_info *fmt;
  raptor_serializer *ser;
  FILE *out;
  uint64_t *seen;    /* open-addressing set of statement digests; 0 = empty */
  size_t seen_cap;
  unsigned long count;
  int failed;
  int lines;     /* N-Triples or N-Quads: rendered here, not by raptor */
  dg_buf line;   /* the line being rendered */
  char *obuf;    /* lines waiting for one big write (lines writers only) */
  size_t olen;
  int started;   /* raptor_serializer_start_* succeeded */
  int ended;     /* raptor_serializer_serialize_end called */
  unsigned errors_before;   /* Redland's error count when the writer started */
  int err;                  /* errno of the first failed write, or 0 */
  int serr;                 /* the serializer reported an error */
  /* Turtle: raptor writes into `tbuf` (its iostream), placeholders are
   * replaced by the long forms in `exact` at the end */
  raptor_iostream *tio;
  void *tbuf;
  size_t tlen;
  char **exact;  /* owned: the long form of placeholder i */
  size_t n_exact, cap_exact;
  dg_trig *trig;            /* TriG: serd's writer, or NULL */
  dg_jsonld *jsonld;        /* JSON-LD: the document being built, or NULL */
  /* RDF/XML: the statements, kept until the end (see rdfxml_out) */
  raptor_statement **kept;  /* owned copies */
  size_t n_kept, cap_kept;
  /* Turtle: the namespaces declared if used (see used_ns()) */
  char *ns_uri[N_NS];       /* owned */
  size_t ns_len[N_NS];
  int ns_used[N_NS];
};

/* Blank nodes nested deeper than this make RDF/XML come out of raptor's
 * plain writer instead of its abbreviating one, which nests each blank
 * node used once inside the element that uses it by recursion: a 50,000
 * item rdf:List overflowed the stack. */
#define RDFXML_MAX_NESTING 1000

/* The text of every placeholder literal: a prefix, then its number. A
 * literal whose own text holds the prefix is written through a
 * placeholder too, so in raptor's output the prefix right after a quote
 * is always a placeholder. */
#define MARK "dg-exact-literal-"

/* A raptor serializer called `name` with docgraph's prefixes, in w->ser.
 * Returns DG_OK, or an error (printed). */
static dg_status make_serializer(dg_writer *w, const char *name)
{
  raptor_world *rw = dg_rdf_raptor(w->rdf);
  const dg_prefix *p;
  w->ser = raptor_new_serializer(rw, name);
  if (!w->ser)
    return dg_fail(DG_ERR_INTERNAL, "raptor has no '%s' serializer", name);
  for (p = dg_prefixes; p->prefix; p++) {
    raptor_uri *u = raptor_new_uri(rw, (const unsigned char *)p->uri);
    if (u) {
      raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)p->prefix);
      raptor_free_uri(u);
    }
  }
  return DG_OK;
}

void dg_writer_set_base(dg_writer *w, const char *base)
{
  size_t i;
  for (i = 0; i < N_INSTANCE_NS; i++) {
    free(w->ns_uri[i]);
    w->ns_uri[i] = xasprintf("%s%s/", base, instance_ns[i]);
    w->ns_len[i] = strlen(w->ns_uri[i]);
    w->ns_used[i] = 0;
  }
}

static void ns_init(dg_writer *w)
{
  size_t i;
  dg_writer_set_base(w, DG_DEFAULT_BASE);
  for (i = N_INSTANCE_NS; i < N_NS; i++) {
    w->ns_uri[i] = xstrdup(vocab_ns[i - N_INSTANCE_NS].uri);
    w->ns_len[i] = strlen(w->ns_uri[i]);
  }
}

/* 1 if raptor's Turtle writer writes `local` as the local part of a
 * prefixed name. It takes XML names only (no "1abc", "-x", "a.b", "%41",
 * non-ASCII); this is a subset of them (a letter or "_", then letters,
 * digits, "_" and "-"), so that a prefix declared for one IRI is used. */
static int turtle_local(const unsigned char *local, size_t len)
{
  size_t i;
  if (len == 0 || !(isalpha(local[0]) || local[0] == '_') || local[0] > 127)
    return 0;
  for (i = 1; i < len; i++)
    if (local[i] > 127 || !(isalnum(local[i]) || local[i] == '_' || local[i] == '-'))
      return 0;
  return 1;
}

/* Marks the namespace of term `t` used, if it is one of the writer's and
 * raptor can abbreviate `t` with it. */
static void used_ns(dg_writer *w, const raptor_term *t)
{
  size_t len, i;
  const unsigned char *s;
  if (!t || t->type != RAPTOR_TERM_TYPE_URI)
    return;
  s = raptor_uri_as_counted_string(t->value.uri, &len);
  for (i = 0; i < N_NS; i++)
    if (!w->ns_used[i] && len > w->ns_len[i] && memcmp(s, w->ns_uri[i], w->ns_len[i]) == 0 &&
        turtle_local(s + w->ns_len[i], len - w->ns_len[i])) {
      w->ns_used[i] = 1;
      return;
    }
}

/* Declares the namespaces used. raptor 2.0.15's Turtle writer takes them
 * until serialize_end, where it writes its header and every statement. */
static void declare_used(dg_writer *w)
{
  raptor_world *rw = dg_rdf_raptor(w->rdf);
  size_t i;
  for (i = 0; i < N_NS; i++) {
    raptor_uri *u;
    const char *name;
    if (!w->ns_used[i])
      continue;
    name = i < N_INSTANCE_NS ? instance_ns[i] : vocab_ns[i - N_INSTANCE_NS].prefix;
    u = raptor_new_uri(rw, (const unsigned char *)w->ns_uri[i]);
    if (u) {
      raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)name);
      raptor_free_uri(u);
    }
  }
}

dg_status dg_writer_new(dg_rdf *rdf, dg_format fmt, FILE *out, dg_writer **wp)
{
  raptor_world *rw = dg_rdf_raptor(rdf);
  dg_writer *w;
  dg_status st;
  *wp = NULL;
  w = xcalloc(1, sizeof *w);
  w->rdf = rdf;
  w->fmt = &dg_formats[fmt];
  w->out = out;
  w->seen_cap = 1024;
  w->seen = xcalloc(w->seen_cap, sizeof *w->seen);
  w->lines = fmt == DG_FMT_NTRIPLES || fmt == DG_FMT_NQUADS;
  if (w->lines)
    w->obuf = xmalloc(OUT_CHUNK);
  dg_buf_init(&w->line);
  w->errors_before = dg_rdf_errors(rdf);
  if (fmt == DG_FMT_RDFXML) {
    /* the serializer is chosen at the end, by how deep blank nodes nest */
    *wp = w;
    return DG_OK;
  }
  if (fmt == DG_FMT_JSONLD) {
    w->jsonld = dg_jsonld_new();
    *wp = w;
    return DG_OK;
  }
  if (fmt == DG_FMT_TRIG) {
    w->trig = dg_trig_new(out);
    if (!w->trig) {
      dg_writer_free(w);
      return dg_fail(DG_ERR_INTERNAL, "cannot start writing trig: serd did not start");
    }
    *wp = w;
    return DG_OK;
  }
  st = make_serializer(w, w->fmt->serializer);
  if (st != DG_OK) {
    dg_writer_free(w);
    return st;
  }
  if (fmt == DG_FMT_TURTLE || fmt == DG_FMT_JSON) {
    const char *name = w->fmt->name;
    if (fmt == DG_FMT_TURTLE)
      ns_init(w);
    w->tio = raptor_new_iostream_to_string(rw, &w->tbuf, &w->tlen, NULL);
    if (!w->tio || raptor_serializer_start_to_iostream(w->ser, NULL, w->tio)) {
      dg_writer_free(w);
      return dg_fail(DG_ERR_IO, "cannot start writing %s", name);
    }
    w->started = 1;
    *wp = w;
    return DG_OK;
  }
  if (raptor_serializer_start_to_file_handle(w->ser, NULL, out)) {
    const char *name = w->fmt->name;
    dg_writer_free(w);
    return dg_fail(DG_ERR_IO, "cannot start writing %s", name);
  }
  w->started = 1;
  *wp = w;
  return DG_OK;
}

static uint64_t hash_term(const raptor_term *t, uint64_t h)
{
  size_t len = 0;
  const unsigned char *s;
  if (!t)
    return dg_hash64("-", 1, h);
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    s = raptor_uri_as_counted_string(t->value.uri, &len);
    h = dg_hash64("U", 1, h);
    return dg_hash64(s, len, h);
  case RAPTOR_TERM_TYPE_LITERAL:
    h = dg_hash64("L", 1, h);
    h = dg_hash64(t->value.literal.string, t->value.literal.string_len, h);
    if (t->value.literal.datatype) {
      s = raptor_uri_as_counted_string(t->value.literal.datatype, &len);
      h = dg_hash64("^", 1, h);
      h = dg_hash64(s, len, h);
    }
    if (t->value.literal.language) {
      h = dg_hash64("@", 1, h);
      h = dg_hash64(t->value.literal.language, t->value.literal.language_len, h);
    }
    return h;
  case RAPTOR_TERM_TYPE_BLANK:
    h = dg_hash64("B", 1, h);
    return dg_hash64(t->value.blank.string, t->value.blank.string_len, h);
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return h;
}

/* Records a failed write, with its reason (the first one counts). */
static void fail_io(dg_writer *w)
{
  if (!w->err)
    w->err = errno ? errno : EIO;
  w->failed = 1;
}

/* Records a failure of the TriG writer: errno value `e` of a failed write,
 * or EINVAL when serd refused (dg_trig_why() says why). */
static void trig_failed(dg_writer *w, int e)
{
  if (e == EINVAL) {
    w->serr = 1;
    w->failed = 1;
  } else {
    errno = e;
    fail_io(w);
  }
}

static void out_flush(dg_writer *w)
{
  if (w->olen && fwrite(w->obuf, 1, w->olen, w->out) != w->olen)
    fail_io(w);
  w->olen = 0;
}

static void out_add(dg_writer *w, const char *s, size_t len)
{
  if (w->olen + len > OUT_CHUNK) {
    out_flush(w);
    if (len >= OUT_CHUNK) {
      if (fwrite(s, 1, len, w->out) != len)
        fail_io(w);
      return;
    }
  }
  memcpy(w->obuf + w->olen, s, len);
  w->olen += len;
}

/* Returns 1 if the digest was new (and records it). */
static int remember(dg_writer *w, uint64_t h)
{
  size_t i, mask;
  if (h == 0)
    h = 1;
  if ((w->count + 1) * 2 > w->seen_cap) {
    uint64_t *old = w->seen;
    size_t oldcap = w->seen_cap, j;
    w->seen_cap *= 2;
    w->seen = xcalloc(w->seen_cap, sizeof *w->seen);
    for (j = 0; j < oldcap; j++) {
      if (old[j]) {
        mask = w->seen_cap - 1;
        for (i = (size_t)old[j] & mask; w->seen[i]; i = (i + 1) & mask)
          ;
        w->seen[i] = old[j];
      }
    }
    free(old);
  }
  mask = w->seen_cap - 1;
  for (i = (size_t)h & mask; w->seen[i]; i = (i + 1) & mask)
    if (w->seen[i] == h)
      return 0;
  w->seen[i] = h;
  return 1;
}

/* Renders `t` as raptor's N-Triples serializer does; 0 for a term it
 * cannot write (raptor would report an error and write nothing). */
static int nt_term(dg_buf *b, const raptor_term *t)
{
  size_t len = 0;
  const unsigned char *s;
  if (!t)
    return 0;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    s = raptor_uri_as_counted_string(t->value.uri, &len);
    dg_nt_iri(b, (const char *)s, len);
    return 1;
  case RAPTOR_TERM_TYPE_LITERAL:
    dg_buf_addc(b, '"');
    dg_nt_literal(b, (const char *)t->value.literal.string, t->value.literal.string_len);
    dg_buf_addc(b, '"');
    if (t->value.literal.language) {
      dg_buf_addc(b, '@');
      dg_buf_add(b, t->value.literal.language, t->value.literal.language_len);
    }
    if (t->value.literal.datatype) {
      dg_buf_add(b, "^^", 2);
      s = raptor_uri_as_counted_string(t->value.literal.datatype, &len);
      dg_nt_iri(b, (const char *)s, len);
    }
    return 1;
  case RAPTOR_TERM_TYPE_BLANK:
    dg_buf_add(b, "_:", 2);
    dg_buf_add(b, t->value.blank.string, t->value.blank.string_len);
    return 1;
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return 0;
}

/* Renders `t` after `sep` and sets *h to its dg_nt_term_hash(); 0 for a
 * term nt_term() cannot write. */
static int nt_term_hashed(dg_buf *b, char sep, const raptor_term *t, uint64_t *h)
{
  size_t start;
  if (sep)
    dg_buf_addc(b, sep);
  start = b->len;
  if (!nt_term(b, t))
    return 0;
  *h = dg_nt_term_hash(b->data + start, b->len - start);
  return 1;
}

/* The N-Triples/N-Quads path of dg_writer_write(): the same bytes and the
 * same dedup as dg_writer_write_lines(), a third of raptor's cost. */
static dg_status write_line(dg_writer *w, raptor_statement *rs, raptor_term *graph)
{
  dg_buf *b = &w->line;
  uint64_t hs, hp, ho, hg = 0;
  dg_buf_clear(b);
  if (!nt_term_hashed(b, 0, rs->subject, &hs) || !nt_term_hashed(b, ' ', rs->predicate, &hp) ||
      !nt_term_hashed(b, ' ', rs->object, &ho))
    return DG_OK;   /* raptor writes nothing for such a statement either */
  if (w->fmt->quads && graph && !nt_term_hashed(b, ' ', graph, &hg))
    hg = dg_nt_term_hash("", 0);   /* an unwritable graph leaves the line as it is */
  dg_buf_add(b, " .\n", 3);
  if (!remember(w, dg_nt_digest(hs, hp, ho, hg)))
    return DG_OK;
  w->count++;
  out_add(w, b->data, b->len);
  return w->failed ? DG_ERR_IO : DG_OK;
}

static int is_xsd(raptor_uri *u, const char *local)
{
  size_t len = 0;
  const unsigned char *s = raptor_uri_as_counted_string(u, &len);
  size_t n = strlen(DG_NS_XSD);
  return len == n + strlen(local) && memcmp(s, DG_NS_XSD, n) == 0 &&
         strcmp((const char *)s + n, local) == 0;
}

/* 1 if `s` matches [+-]?D where D is the rest of the pattern, as the
 * Turtle tokens INTEGER, DECIMAL and DOUBLE spell numbers. */
static const char *sign(const char *s) { return *s == '+' || *s == '-' ? s + 1 : s; }
static const char *digits(const char *s)
{
  while (*s >= '0' && *s <= '9')
    s++;
  return s;
}

static int turtle_integer(const char *s)
{
  const char *d = sign(s), *e = digits(d);
  return e > d && !*e;
}

static int turtle_decimal(const char *s)
{
  const char *d = sign(s), *e = digits(d);
  if (*e != '.')
    return 0;
  d = e + 1;
  e = digits(d);
  return e > d && !*e;
}

static int turtle_double(const char *s)
{
  const char *d = sign(s), *e = digits(d), *f = e;
  if (*e == '.')
    f = digits(e + 1);
  if (f == d || (f == d + 1 && *d == '.') || (*f != 'e' && *f != 'E'))
    return 0;
  d = sign(f + 1);
  e = digits(d);
  return e > d && !*e;
}

/* 1 if raptor's Turtle writer would write literal `t` otherwise than its
 * long form reads back (see the top of this file). */
static int turtle_changes(const raptor_term *t)
{
  const char *v = (const char *)t->value.literal.string;
  raptor_uri *dt = t->value.literal.datatype;
  /* raptor writes a carriage return raw inside "...", which Turtle does
   * not allow */
  if (memmem(v, t->value.literal.string_len, MARK, strlen(MARK)) ||
      memchr(v, '\r', t->value.literal.string_len))
    return 1;
  if (!dt)
    return 0;
  if (is_xsd(dt, "integer"))
    return !turtle_integer(v);
  if (is_xsd(dt, "decimal"))
    return !turtle_decimal(v);
  if (is_xsd(dt, "double"))
    return !turtle_double(v);
  if (is_xsd(dt, "boolean"))
    return strcmp(v, "true") != 0 && strcmp(v, "false") != 0;
  return 0;
}

/* The long form of literal `t` in Turtle: "..."@lang or "..."^^xsd:x or
 * "..."^^<iri>. Returns a new string. */
static char *turtle_long_form(const raptor_term *t)
{
  dg_buf b;
  size_t len = 0;
  const unsigned char *dt;
  dg_buf_init(&b);
  dg_buf_addc(&b, '"');
  dg_nt_literal(&b, (const char *)t->value.literal.string, t->value.literal.string_len);
  dg_buf_addc(&b, '"');
  if (t->value.literal.language) {
    dg_buf_addc(&b, '@');
    dg_buf_add(&b, t->value.literal.language, t->value.literal.language_len);
  } else if (t->value.literal.datatype) {
    size_t n = strlen(DG_NS_XSD);
    dt = raptor_uri_as_counted_string(t->value.literal.datatype, &len);
    dg_buf_add(&b, "^^", 2);
    if (len > n && memcmp(dt, DG_NS_XSD, n) == 0 &&
        strspn((const char *)dt + n, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
          len - n) {
      dg_buf_adds(&b, "xsd:");
      dg_buf_add(&b, dt + n, len - n);
    } else {
      dg_nt_iri(&b, (const char *)dt, len);
    }
  }
  return dg_buf_detach(&b);
}

dg_status dg_writer_write(dg_writer *w, librdf_statement *st, librdf_node *graph)
{
  raptor_statement *rs = (raptor_statement *)st;
  raptor_term *saved = rs->graph;
  uint64_t h = DG_HASH64_SEED;
  int rc;
  if (w->lines)
    return write_line(w, rs, graph);
  h = hash_term(rs->subject, h);
  h = hash_term(rs->predicate, h);
  h = hash_term(rs->object, h);
  if (w->fmt->quads)
    h = hash_term(graph, h);
  if (!remember(w, h))
    return DG_OK;
  w->count++;
  if (w->jsonld) {
    if (dg_jsonld_add(w->jsonld, rs, graph) == 0)
      return DG_OK;
    w->serr = 1;
    w->failed = 1;
    return DG_ERR_IO;
  }
  if (w->trig) {
    int e = dg_trig_write(w->trig, rs, graph);
    if (e)
      trig_failed(w, e);
    return e ? DG_ERR_IO : DG_OK;
  }
  if (w->fmt->id == DG_FMT_RDFXML) {
    raptor_statement *copy = raptor_new_statement_from_nodes(
      dg_rdf_raptor(w->rdf), raptor_term_copy(rs->subject), raptor_term_copy(rs->predicate),
      raptor_term_copy(rs->object), NULL);
    if (!copy) {
      fail_io(w);
      return DG_ERR_IO;
    }
    xgrow(&w->kept, &w->cap_kept, w->n_kept + 1, sizeof *w->kept);
    w->kept[w->n_kept++] = copy;
    return DG_OK;
  }
  rs->graph = w->fmt->quads ? graph : NULL;
  if (w->tio && w->fmt->id == DG_FMT_TURTLE) {
    used_ns(w, rs->subject);
    used_ns(w, rs->predicate);
    used_ns(w, rs->object);
  }
  if (w->tio && w->fmt->id == DG_FMT_TURTLE && rs->object &&
      rs->object->type == RAPTOR_TERM_TYPE_LITERAL && turtle_changes(rs->object)) {
    /* the placeholder goes to raptor in a statement of its own; the
     * caller's statement is left as it was */
    raptor_world *rw = dg_rdf_raptor(w->rdf);
    char mark[64];
    raptor_term *o;
    raptor_statement *copy;
    snprintf(mark, sizeof mark, MARK "%zu", w->n_exact);
    xgrow(&w->exact, &w->cap_exact, w->n_exact + 1, sizeof *w->exact);
    w->exact[w->n_exact++] = turtle_long_form(rs->object);
    o = raptor_new_term_from_literal(rw, (const unsigned char *)mark, NULL, NULL);
    copy = o ? raptor_new_statement_from_nodes(rw, raptor_term_copy(rs->subject),
                                               raptor_term_copy(rs->predicate), o, NULL)
             : NULL;
    rc = copy ? raptor_serializer_serialize_statement(w->ser, copy) : 1;
    if (copy)
      raptor_free_statement(copy);
  } else {
    rc = raptor_serializer_serialize_statement(w->ser, rs);
  }
  rs->graph = saved;
  if (rc || ferror(w->out)) {
    fail_io(w);
    return DG_ERR_IO;
  }
  return DG_OK;
}

int dg_writer_takes_lines(const dg_writer *w) { return w->lines; }

dg_status dg_writer_write_lines(dg_writer *w, const dg_lines *l)
{
  /* the new lines between two duplicates go out in one copy: `run` is
   * where the pending bytes start, `prev` where line i starts */
  size_t i, run = 0, prev = 0;
  for (i = 0; i < l->n; i++) {
    size_t end = l->ends[i];
    if (remember(w, l->keys[i])) {
      w->count++;
    } else {
      if (prev > run)
        out_add(w, l->text.data + run, prev - run);
      run = end;
    }
    prev = end;
  }
  if (prev > run)
    out_add(w, l->text.data + run, prev - run);
  if (w->failed || ferror(w->out)) {
    fail_io(w);
    return DG_ERR_IO;
  }
  return DG_OK;
}

/* Writes raptor's Turtle to the output with every placeholder replaced
 * by its literal's long form. */
static void turtle_out(dg_writer *w)
{
  const char *p = w->tbuf, *end = p + w->tlen, *q;
  size_t mlen = strlen(MARK);
  while (p < end) {
    q = memmem(p, (size_t)(end - p), "\"" MARK, mlen + 1);
    if (!q) {
      if (fwrite(p, 1, (size_t)(end - p), w->out) != (size_t)(end - p))
        fail_io(w);
      return;
    }
    {
      const char *d = q + 1 + mlen, *e = d;
      size_t i = 0;
      while (e < end && *e >= '0' && *e <= '9')
        i = i * 10 + (size_t)(*e++ - '0');
      if (e < end && *e == '"' && e > d && i < w->n_exact) {
        if (fwrite(p, 1, (size_t)(q - p), w->out) != (size_t)(q - p) ||
            fputs(w->exact[i], w->out) == EOF)
          fail_io(w);
        p = e + 1;
      } else {
        /* not a placeholder after all: as it is */
        if (fwrite(p, 1, (size_t)(q + 1 - p), w->out) != (size_t)(q + 1 - p))
          fail_io(w);
        p = q + 1;
      }
    }
  }
}

static int hexval(char c)
{
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Writes raptor's RDF/JSON to the output with its \UXXXXXXXX escapes
 * (characters beyond U+FFFF), which JSON does not have, written as the
 * UTF-16 surrogate pairs JSON spells them with. */
static void json_out(dg_writer *w)
{
  const char *p = w->tbuf, *end = p + w->tlen, *run = p;
  dg_buf b;
  dg_buf_init(&b);
  while (p < end) {
    unsigned long c = 0;
    int i, ok = 1;
    if (*p != '\\' || p + 1 >= end) {
      p++;
      continue;
    }
    if (p[1] != 'U' || end - p < 10) {
      p += 2;   /* an escape JSON has: as it is */
      continue;
    }
    for (i = 0; i < 8 && ok; i++) {
      int h = hexval(p[2 + i]);
      ok = h >= 0;
      c = c * 16 + (unsigned long)(h < 0 ? 0 : h);
    }
    if (!ok) {
      p += 2;
      continue;
    }
    dg_buf_add(&b, run, (size_t)(p - run));
    if (c > 0xFFFF && c <= 0x10FFFF) {
      c -= 0x10000;
      dg_buf_printf(&b, "\\u%04lX\\u%04lX", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
    } else {
      dg_buf_printf(&b, "\\u%04lX", c & 0xFFFF);
    }
    p += 10;
    run = p;
  }
  dg_buf_add(&b, run, (size_t)(end - run));
  if (b.len && fwrite(b.data, 1, b.len, w->out) != b.len)
    fail_io(w);
  dg_buf_release(&b);
}

/* The key of a blank node: its label. */
static const unsigned char *blank_key(const raptor_term *t, size_t *len)
{
  *len = t->value.blank.string_len;
  return t->value.blank.string;
}

/* How deep raptor's abbreviating RDF/XML writer would nest the kept
 * statements: the longest chain of blank nodes each used once, as the
 * object of a statement about the one before. Worked out without
 * recursion; a cycle counts as too deep. */
static size_t rdfxml_nesting(const dg_writer *w)
{
  dg_strmap *ids = dg_strmap_new();
  size_t n = 0, i, best = 0, cap = 0;
  long *parent = NULL;       /* blank index -> the blank node using it, -1: none */
  unsigned *uses = NULL;     /* times used as an object */
  size_t *depth = NULL;      /* 0: not worked out yet */
  size_t k, len;
  const unsigned char *key;
  for (k = 0; k < w->n_kept; k++) {
    const raptor_term *o = w->kept[k]->object, *sj = w->kept[k]->subject;
    size_t oi, si;
    if (o->type != RAPTOR_TERM_TYPE_BLANK)
      continue;
    key = blank_key(o, &len);
    if (!dg_strmap_get(ids, key, len, &oi)) {
      oi = n++;
      dg_strmap_put(ids, key, len, oi);
      xgrow(&parent, &cap, n, sizeof *parent);
      uses = xrealloc(uses, cap * sizeof *uses);
      parent[oi] = -1;
      uses[oi] = 0;
    }
    uses[oi]++;
    if (sj->type == RAPTOR_TERM_TYPE_BLANK) {
      key = blank_key(sj, &len);
      if (!dg_strmap_get(ids, key, len, &si)) {
        si = n++;
        dg_strmap_put(ids, key, len, si);
        xgrow(&parent, &cap, n, sizeof *parent);
        uses = xrealloc(uses, cap * sizeof *uses);
        parent[si] = -1;
        uses[si] = 0;
      }
      parent[oi] = (long)si;
    }
  }
  depth = xcalloc(n + 1, sizeof *depth);
  for (i = 0; i < n && best <= RDFXML_MAX_NESTING; i++) {
    /* walk up to a node whose depth is known, then down again */
    size_t j = i, steps = 0, d;
    while (!depth[j] && uses[j] == 1 && parent[j] >= 0 && steps <= n) {
      j = (size_t)parent[j];
      steps++;
    }
    if (steps > n) {
      best = RDFXML_MAX_NESTING + 1;
      break;
    }
    d = depth[j] ? depth[j] : 1;
    depth[j] = d;
    if (d + steps > best)
      best = d + steps;
    for (j = i; steps > 0; steps--, j = (size_t)parent[j])
      depth[j] = d + steps;
  }
  free(depth);
  free(parent);
  free(uses);
  dg_strmap_free(ids);
  return best;
}

/* Writes the kept statements as RDF/XML: abbreviated, unless blank nodes
 * nest deeper than raptor's recursion can take. */
static void rdfxml_out(dg_writer *w)
{
  size_t k;
  const char *name =
    rdfxml_nesting(w) > RDFXML_MAX_NESTING ? "rdfxml" : w->fmt->serializer;
  if (make_serializer(w, name) != DG_OK ||
      raptor_serializer_start_to_file_handle(w->ser, NULL, w->out)) {
    fail_io(w);
    return;
  }
  w->started = 1;
  for (k = 0; k < w->n_kept; k++)
    if (raptor_serializer_serialize_statement(w->ser, w->kept[k]))
      fail_io(w);
}

dg_status dg_writer_finish(dg_writer *w)
{
  w->ended = 1;
  out_flush(w);
  if (w->fmt->id == DG_FMT_RDFXML)
    rdfxml_out(w);
  if (w->trig) {
    int e = dg_trig_finish(w->trig);
    if (e)
      trig_failed(w, e);
  }
  if (w->jsonld && !w->failed) {
    int e = dg_jsonld_write(w->jsonld, w->out);
    if (e) {
      errno = e;
      fail_io(w);
    }
  }
  if (w->ser && w->tio && w->fmt->id == DG_FMT_TURTLE)
    declare_used(w);
  if (w->ser && raptor_serializer_serialize_end(w->ser))
    fail_io(w);
  if (w->tio) {
    /* the string is made when its iostream goes */
    raptor_free_iostream(w->tio);
    w->tio = NULL;
    if (w->tbuf && w->fmt->id == DG_FMT_TURTLE)
      turtle_out(w);
    else if (w->tbuf)
      json_out(w);
  }
  if (fflush(w->out) != 0 || ferror(w->out))
    fail_io(w);
  /* a serializer that "succeeds" after reporting an error (raptor's
   * "Illegal value ..." messages) wrote something wrong */
  if (dg_rdf_errors(w->rdf) != w->errors_before) {
    w->serr = 1;
    w->failed = 1;
  }
  return w->failed ? DG_ERR_IO : DG_OK;
}

const char *dg_writer_why(const dg_writer *w)
{
  if (w->err)
    return strerror(w->err);
  if (w->trig && dg_trig_why(w->trig))
    return dg_trig_why(w->trig);
  if (w->jsonld && dg_jsonld_why(w->jsonld))
    return dg_jsonld_why(w->jsonld);
  if (w->serr)
    return "the RDF writer reported errors (above)";
  return w->failed ? "the RDF writer failed" : "no error";
}

unsigned long dg_writer_count(const dg_writer *w) { return w->count; }

void dg_writer_free(dg_writer *w)
{
  if (!w)
    return;
  /* raptor frees the iostream it made for the file handle only in
   * serialize_end, so a writer abandoned after an error must still end */
  if (w->ser && w->started && !w->ended)
    raptor_serializer_serialize_end(w->ser);
  if (w->ser)
    raptor_free_serializer(w->ser);
  dg_trig_free(w->trig);
  dg_jsonld_free(w->jsonld);
  if (w->tio)
    raptor_free_iostream(w->tio);
  if (w->tbuf)
    raptor_free_memory(w->tbuf);
  {
    size_t k;
    for (k = 0; k < w->n_kept; k++)
      raptor_free_statement(w->kept[k]);
    free(w->kept);
  }
  {
    size_t i;
    for (i = 0; i < w->n_exact; i++)
      free(w->exact[i]);
    free(w->exact);
  }
  {
    size_t i;
    for (i = 0; i < N_NS; i++)
      free(w->ns_uri[i]);
  }
  free(w->seen);
  free(w->obuf);   /* unwritten lines of an abandoned writer are dropped */
  dg_buf_release(&w->line);
  free(w);
}
