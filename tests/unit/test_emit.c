/* test_emit.c - the fact walker and its two renderers: which statements a
 * fact set gives, N-Triples and N-Quads text byte for byte what raptor
 * writes for the librdf statements, the escapes, and one dedup for lines
 * and statements. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/iri.h"
#include "resolve/resolve.h"
#include "emit/emit.h"
#include "emit/ntriples.h"
#include "emit/rdf.h"
#include "emit/serialize.h"
#include "emit/vocab.h"
#include "../tap.h"

/* ---- the walker, recorded as text ---- */

typedef struct record {
  char text[8192];
  size_t len;
  unsigned n;
} record;

static void rec_term(record *r, const dg_emit_term *t)
{
  int n;
  if (t->kind == DG_EMIT_IRI && t->entity >= 0)
    n = snprintf(r->text + r->len, sizeof r->text - r->len, "e%d", t->entity);
  else if (t->kind == DG_EMIT_IRI && t->vocab >= 0)
    n = snprintf(r->text + r->len, sizeof r->text - r->len, "v%d", t->vocab);
  else if (t->kind == DG_EMIT_IRI)
    n = snprintf(r->text + r->len, sizeof r->text - r->len, "<%s>", t->value);
  else
    n = snprintf(r->text + r->len, sizeof r->text - r->len, "\"%s\"%d", t->value, (int)t->dt);
  if (n > 0 && (size_t)n < sizeof r->text - r->len)
    r->len += (size_t)n;
}

static int rec(void *ud, const dg_emit_term *s, const dg_emit_term *p, const dg_emit_term *o,
               const dg_emit_term *g)
{
  record *r = ud;
  rec_term(r, s);
  r->text[r->len++] = ' ';
  rec_term(r, p);
  r->text[r->len++] = ' ';
  rec_term(r, o);
  r->text[r->len++] = ' ';
  rec_term(r, g);
  r->text[r->len++] = '\n';
  r->text[r->len] = '\0';
  r->n++;
  return 0;
}

static int stop_at_2(void *ud, const dg_emit_term *s, const dg_emit_term *p,
                     const dg_emit_term *o, const dg_emit_term *g)
{
  unsigned *n = ud;
  (void)s, (void)p, (void)o, (void)g;
  return ++*n == 2 ? 7 : 0;
}

/* ---- raptor's serializer on the librdf statements ---- */

typedef struct to_raptor {
  raptor_serializer *ser;
  int quads;
} to_raptor;

static int serialize(void *ud, librdf_statement *st, librdf_node *graph)
{
  to_raptor *c = ud;
  raptor_statement *rs = (raptor_statement *)st;
  int rc;
  rs->graph = c->quads ? graph : NULL;
  rc = raptor_serializer_serialize_statement(c->ser, rs);
  rs->graph = NULL;
  return rc;
}

static char *raptor_text(dg_rdf *rdf, const dg_vocab *v, const dg_facts *f, char **iris,
                         int quads)
{
  to_raptor c;
  void *out = NULL;
  size_t len = 0;
  char *copy;
  c.quads = quads;
  c.ser = raptor_new_serializer(dg_rdf_raptor(rdf), quads ? "nquads" : "ntriples");
  if (!c.ser || raptor_serializer_start_to_string(c.ser, NULL, &out, &len))
    return NULL;
  if (dg_emit(dg_rdf_world(rdf), v, f, iris, serialize, &c) != DG_OK)
    return NULL;
  raptor_serializer_serialize_end(c.ser);
  raptor_free_serializer(c.ser);
  copy = malloc(len + 1);
  memcpy(copy, out, len);
  copy[len] = '\0';
  raptor_free_memory(out);
  return copy;
}

static char *lines_text(const dg_vocab *v, const dg_facts *f, char **iris, int quads,
                        size_t *n)
{
  dg_lines l;
  char *s;
  dg_lines_init(&l);
  dg_emit_lines(v, f, iris, quads, &l);
  *n = l.n;
  s = strdup(l.text.data);
  dg_lines_release(&l);
  return s;
}

static char *nt_iri(const char *s)
{
  dg_buf b;
  dg_buf_init(&b);
  dg_nt_iri(&b, s, strlen(s));
  return dg_buf_detach(&b);
}

static char *nt_literal(const char *s, size_t len)
{
  dg_buf b;
  dg_buf_init(&b);
  dg_nt_literal(&b, s, len);
  return dg_buf_detach(&b);
}

static char *file_text(FILE *fp)
{
  long len;
  char *s;
  fflush(fp);
  len = ftell(fp);
  s = calloc(1, (size_t)len + 1);
  rewind(fp);
  if (len > 0 && fread(s, 1, (size_t)len, fp) != (size_t)len)
    s[0] = '\0';
  return s;
}

typedef struct to_writer_ctx {
  dg_writer *w;
} to_writer_ctx;

static int to_writer(void *ud, librdf_statement *st, librdf_node *graph)
{
  return dg_writer_write(((to_writer_ctx *)ud)->w, st, graph) != DG_OK;
}

int main(void)
{
  dg_rdf *rdf = NULL;
  dg_vocab *v;
  dg_facts *f = dg_facts_new();
  dg_span sp = dg_span_at(0, 1);
  size_t doc, pub, ev, per, n_lines;
  char **iris;
  record r;
  unsigned stops = 0;
  char *want, *got, *s;
  char expect[1024];

  if (dg_rdf_new(&rdf) != DG_OK) {
    ok(0, "Redland starts");
    return tap_done();
  }
  v = dg_vocab_new(rdf);
  ok(v != NULL, "the vocabulary is made");

  /* a fact set with every kind of statement */
  doc = dg_facts_entity(f, DG_KIND_DOCUMENT,
                        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                        "doc", sp, "test");
  pub = dg_facts_entity(f, DG_KIND_PUBLICATION, "a report", "A \"report\"\\ on\ttabs\n", sp,
                        "test");
  dg_facts_set_class(f, pub, DG_CLASS_REPORT);
  ev = dg_facts_entity(f, DG_KIND_EVENT, "a seminar", "Caf\xc3\xa9 \xf0\x9f\x98\x80 \x01\x7f",
                       sp, "test");
  dg_facts_set_class(f, ev, DG_CLASS_SEMINAR);
  per = dg_facts_entity(f, DG_KIND_PERSON, "someone", "Some One", sp, "test");
  dg_facts_set_class(f, per, DG_CLASS_SEMINAR);   /* not a person's class: no type */
  dg_facts_add_ref(f, doc, DG_P_DESCRIBES, pub, sp, "test");
  dg_facts_add_literal(f, pub, DG_P_DATE_PUBLISHED, "2017-04-05", DG_DT_DATE, sp, "test");
  dg_facts_add_ref(f, ev, DG_P_MODERATOR, per, sp, "test");
  dg_facts_add_literal(f, per, DG_P_SAME_AS, "http://example.org/a b{c}\xc3\xa9", DG_DT_IRI, sp,
                       "test");
  dg_facts_add_literal(f, pub, DG_P_TITLE, "cut \xff here", DG_DT_STRING, sp, "test");
  iris = dg_resolve(f, DG_DEFAULT_BASE);

  /* the walker */
  memset(&r, 0, sizeof r);
  ok(dg_emit_walk(v, f, iris, rec, &r) == 0, "the walk completes");
  snprintf(expect, sizeof expect,
           "e0 v0 v%d e0\n"
           "e0 v1 \"doc\"0 e0\n"
           "e1 v0 v%d e0\n"
           "e1 v0 v%d e0\n"
           "e1 v1 \"A \"report\"\\ on\ttabs\n\"0 e0\n"
           "e2 v0 v%d e0\n"
           "e2 v0 v%d e0\n"
           "e2 v1 \"Caf\xc3\xa9 \xf0\x9f\x98\x80 \x01\x7f\"0 e0\n"
           "e3 v0 v%d e0\n"
           "e3 v1 \"Some One\"0 e0\n"
           "e0 v%d e1 e0\n"
           "e1 v%d \"2017-04-05\"%d e0\n"
           "e2 v%d e3 e0\n"
           "e2 v%d e3 e0\n"
           "e3 v%d <http://example.org/a b{c}\xc3\xa9> e0\n"
           "e1 v%d \"cut \xff here\"0 e0\n",
           DG_VT_KIND(DG_KIND_DOCUMENT), DG_VT_KIND(DG_KIND_PUBLICATION),
           DG_VT_CLS(DG_CLASS_REPORT), DG_VT_KIND(DG_KIND_EVENT), DG_VT_CLS(DG_CLASS_SEMINAR),
           DG_VT_KIND(DG_KIND_PERSON), DG_VT_PROP(DG_P_DESCRIBES),
           DG_VT_PROP(DG_P_DATE_PUBLISHED), (int)DG_DT_DATE, DG_VT_PROP(DG_P_MODERATOR),
           DG_VT_PROP(DG_P_PARTICIPANT), DG_VT_PROP(DG_P_SAME_AS), DG_VT_PROP(DG_P_TITLE));
  is_str(r.text, expect,
         "walk: type, subclass only of the right kind, label; facts; a role adds "
         "dg:participant; graph is the document");
  is_int(dg_emit_walk(v, f, iris, stop_at_2, &stops), 7, "a callback's non-zero stops the walk");
  is_int(stops, 2, "no statement after the stop");

  /* both renderers, byte for byte: N-Triples and N-Quads */
  want = raptor_text(rdf, v, f, iris, 0);
  got = lines_text(v, f, iris, 0, &n_lines);
  ok(want != NULL && r.n == 16, "raptor serializes the librdf statements");
  is_str(got, want, "N-Triples lines are raptor's bytes for the same statements");
  is_int(n_lines, r.n, "one line a statement");
  free(want);
  free(got);
  want = raptor_text(rdf, v, f, iris, 1);
  got = lines_text(v, f, iris, 1, &n_lines);
  is_str(got, want, "N-Quads lines are raptor's bytes for the same statements");
  free(want);
  free(got);

  /* escapes */
  s = nt_iri("http://x/a b<c>\"{|}^`\\\x01\x7f\xc3\xa9\xf0\x9f\x98\x80");
  is_str(s,
         "<http://x/a\\u0020b\\u003Cc\\u003E\\u0022\\u007B\\u007C\\u007D\\u005E\\u0060\\\\"
         "\\u0001\\u007F\\u00E9\\U0001F600>",
         "IRI escapes");
  free(s);
  s = nt_literal("q\" b\\ \t\n\r\x01\x7f \xc3\xa9 ok", 21);
  is_str(s, "q\\\" b\\\\ \\t\\n\\r\\u0001\\u007F \\u00E9 ok", "literal escapes");
  free(s);
  s = nt_literal("ab\0cd", 5);
  is_str(s, "ab", "a NUL ends the literal");
  free(s);
  s = nt_literal("ab\xc3", 3);
  is_str(s, "ab", "a cut UTF-8 sequence ends the literal");
  free(s);
  s = nt_literal("a\xc0\x80z", 4);
  is_str(s, "a", "an overlong form ends the literal");
  free(s);

  /* digests: term order counts, the graph counts */
  ok(dg_nt_digest(1, 2, 3, 0) != dg_nt_digest(2, 1, 3, 0) &&
         dg_nt_digest(1, 2, 3, 0) != dg_nt_digest(1, 3, 2, 0) &&
         dg_nt_digest(1, 2, 3, 0) != dg_nt_digest(1, 2, 3, 4),
     "the statement digest depends on term order and graph");
  ok(dg_nt_term_hash("<a>", 3) != dg_nt_term_hash("<b>", 3) &&
         dg_nt_term_hash("\"0123456789\"", 12) != dg_nt_term_hash("\"0123456789 \"", 13),
     "term hashes differ");

  /* one dedup: lines twice, then the same statements through
   * dg_writer_write(), give each line once */
  {
    int quads;
    for (quads = 0; quads < 2; quads++) {
      FILE *fp = tmpfile();
      dg_writer *w = NULL;
      dg_lines l;
      to_writer_ctx c;
      char *once;
      dg_lines_init(&l);
      dg_emit_lines(v, f, iris, quads, &l);
      once = strdup(l.text.data);
      ok(fp && dg_writer_new(rdf, quads ? DG_FMT_NQUADS : DG_FMT_NTRIPLES, fp, &w) == DG_OK,
         "%s writer", quads ? "N-Quads" : "N-Triples");
      ok(dg_writer_takes_lines(w), "it takes lines");
      ok(dg_writer_write_lines(w, &l) == DG_OK && dg_writer_write_lines(w, &l) == DG_OK,
         "lines written twice");
      c.w = w;
      ok(dg_emit(dg_rdf_world(rdf), v, f, iris, to_writer, &c) == DG_OK,
         "the same statements written");
      ok(dg_writer_finish(w) == DG_OK, "writer finishes");
      is_int(dg_writer_count(w), l.n, "%s: each statement counted once",
             quads ? "N-Quads" : "N-Triples");
      got = file_text(fp);
      is_str(got, once, "%s: each line written once, lines and statements alike",
             quads ? "N-Quads" : "N-Triples");
      free(got);
      free(once);
      dg_writer_free(w);
      dg_lines_release(&l);
      fclose(fp);
    }
  }

  /* a writer fed statements first gets the same bytes as lines */
  {
    FILE *fp = tmpfile();
    dg_writer *w = NULL;
    to_writer_ctx c;
    size_t n;
    want = lines_text(v, f, iris, 0, &n);
    ok(fp && dg_writer_new(rdf, DG_FMT_NTRIPLES, fp, &w) == DG_OK, "N-Triples writer");
    c.w = w;
    ok(dg_emit(dg_rdf_world(rdf), v, f, iris, to_writer, &c) == DG_OK &&
           dg_emit(dg_rdf_world(rdf), v, f, iris, to_writer, &c) == DG_OK,
       "statements written twice");
    ok(dg_writer_finish(w) == DG_OK, "writer finishes");
    got = file_text(fp);
    is_str(got, want, "statements: the lines' bytes, each once");
    free(got);
    free(want);
    dg_writer_free(w);
    fclose(fp);
  }

  dg_resolve_free(iris, dg_facts_n_entities(f));
  dg_facts_free(f);
  dg_vocab_free(v);
  dg_rdf_free(rdf);
  return tap_done();
}
