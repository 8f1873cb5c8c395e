/* emit.c - the only place where facts become RDF. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "log.h"
#include "xalloc.h"

static int is_role(dg_prop p)
{
  switch (p) {
  case DG_P_SPEAKER:
  case DG_P_PANELIST:
  case DG_P_DISCUSSANT:
  case DG_P_MODERATOR:
  case DG_P_CHAIR:
  case DG_P_KEYNOTE_SPEAKER:
    return 1;
  case DG_P_TITLE: case DG_P_NAME: case DG_P_ALTERNATE_NAME: case DG_P_AUTHOR:
  case DG_P_EDITOR: case DG_P_PUBLISHER: case DG_P_DATE_PUBLISHED: case DG_P_DOI:
  case DG_P_RELATED_TO: case DG_P_START_DATE: case DG_P_END_DATE:
  case DG_P_LOCATION: case DG_P_HOST: case DG_P_ORGANIZER: case DG_P_PARTICIPANT:
  case DG_P_AFFILIATION: case DG_P_ISO_CODE: case DG_P_SAME_AS:
  case DG_P_DESCRIBES: case DG_P_LISTS: case DG_P_MENTIONS_COUNTRY:
  case DG_P_MENTIONS_PERSON: case DG_P_SOURCE_FILE: case DG_P_SHA256:
  case DG_P__COUNT:
    return 0;
  }
  return 0;
}

typedef struct emitter {
  librdf_world *world;
  const dg_vocab *v;
  librdf_node **nodes;   /* one per entity, owned */
  librdf_node *graph;    /* borrowed: nodes[0] */
  dg_emit_sink sink;
  void *ud;
} emitter;

/* Sends (s, p, o) to the sink. Takes ownership of nothing: it copies. */
static int send(emitter *em, librdf_node *s, librdf_node *p, librdf_node *o)
{
  librdf_statement st;
  int rc;
  librdf_statement_init(em->world, &st);
  /* a statement on the stack borrowing our nodes: no copies, no frees */
  st.subject = s;
  st.predicate = p;
  st.object = o;
  rc = em->sink(em->ud, &st, em->graph);
  return rc;
}

static librdf_node *literal(emitter *em, const dg_fact *x)
{
  if (x->dt == DG_DT_IRI)
    return librdf_new_node_from_uri_string(em->world, (const unsigned char *)x->value);
  return librdf_new_node_from_typed_literal(em->world, (const unsigned char *)x->value, NULL,
                                            x->dt == DG_DT_STRING ? NULL : em->v->xsd[x->dt]);
}

dg_status dg_emit(librdf_world *world, const dg_vocab *v, const dg_facts *f,
                  char **iris, dg_emit_sink sink, void *ud)
{
  emitter em;
  size_t n = dg_facts_n_entities(f), nf = dg_facts_n_facts(f), i;
  dg_status st = DG_OK;

  if (n == 0)
    return DG_OK;
  em.world = world;
  em.v = v;
  em.sink = sink;
  em.ud = ud;
  em.nodes = calloc(n, sizeof *em.nodes);
  if (!em.nodes)
    return dg_fail(DG_ERR_INTERNAL, "out of memory");
  for (i = 0; i < n; i++) {
    em.nodes[i] = librdf_new_node_from_uri_string(world, (const unsigned char *)iris[i]);
    if (!em.nodes[i]) {
      st = dg_fail(DG_ERR_INTERNAL, "cannot make a node for <%s>", iris[i]);
      goto out;
    }
  }
  em.graph = em.nodes[0];

  for (i = 0; i < n; i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    librdf_node *label;
    if (send(&em, em.nodes[i], v->rdf_type, v->kind[e->kind]))
      goto sink_failed;
    if (e->cls != DG_CLASS_NONE && dg_class_kind(e->cls) == e->kind &&
        send(&em, em.nodes[i], v->rdf_type, v->cls[e->cls]))
      goto sink_failed;
    label = librdf_new_node_from_literal(world, (const unsigned char *)e->label, NULL, 0);
    if (!label) {
      st = dg_fail(DG_ERR_INTERNAL, "cannot make a literal for '%s'", e->label);
      goto out;
    }
    if (send(&em, em.nodes[i], v->rdfs_label, label)) {
      librdf_free_node(label);
      goto sink_failed;
    }
    librdf_free_node(label);
  }
  for (i = 0; i < nf; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    librdf_node *s = em.nodes[x->subject];
    if (x->is_ref) {
      if (send(&em, s, v->prop[x->prop], em.nodes[x->object]))
        goto sink_failed;
      if (is_role(x->prop) && send(&em, s, v->prop[DG_P_PARTICIPANT], em.nodes[x->object]))
        goto sink_failed;
    } else {
      librdf_node *o = literal(&em, x);
      int rc;
      if (!o) {
        st = dg_fail(DG_ERR_INTERNAL, "cannot make a value for '%s'", x->value);
        goto out;
      }
      rc = send(&em, s, v->prop[x->prop], o);
      librdf_free_node(o);
      if (rc)
        goto sink_failed;
    }
  }
  goto out;

sink_failed:
  st = DG_ERR_IO;
out:
  for (i = 0; i < n; i++)
    if (em.nodes[i])
      librdf_free_node(em.nodes[i]);
  free(em.nodes);
  return st;
}

/* ---- N-Triples text without Redland ------------------------------------
 *
 * raptor 2.0.15 writes N-Triples terms with raptor_string_escaped_write():
 * an IRI with the N-Triples URI flags and '>' as delimiter, a literal with
 * the N-Triples literal flags and '"' as delimiter, every non-ASCII
 * character as \uXXXX or \UXXXXXXXX (upper-case hex). The code below gives
 * the same bytes; tests/cli/t0160-map-jobs.sh checks them against rapper,
 * which writes through that function. */

static const char hexdig[] = "0123456789ABCDEF";

static void put_hex(dg_buf *b, const char *esc, unsigned long c, int digits)
{
  char tmp[10];
  int i;
  tmp[0] = esc[0];
  tmp[1] = esc[1];
  for (i = 0; i < digits; i++)
    tmp[2 + i] = hexdig[(c >> (4 * (digits - 1 - i))) & 0xf];
  dg_buf_add(b, tmp, (size_t)(2 + digits));
}

/* Decodes one character the way raptor 2.0.15's
 * raptor_unicode_utf8_string_get_char() does: continuation bytes are not
 * checked and surrogates pass, but overlong 2-4 byte forms, U+FFFE, U+FFFF
 * and values past U+10FFFF are refused. Returns its length in bytes or -1;
 * raptor stops writing the string there. */
static int utf8_get(const unsigned char *s, size_t len, unsigned long *out)
{
  unsigned long c;
  int size, i;
  unsigned char in = s[0];
  if ((in & 0x80) == 0) { size = 1; c = in & 0x7f; }
  else if ((in & 0xe0) == 0xc0) { size = 2; c = in & 0x1f; }
  else if ((in & 0xf0) == 0xe0) { size = 3; c = in & 0x0f; }
  else if ((in & 0xf8) == 0xf0) { size = 4; c = in & 0x07; }
  else if ((in & 0xfc) == 0xf8) { size = 5; c = in & 0x03; }
  else if ((in & 0xfe) == 0xfc) { size = 6; c = in & 0x01; }
  else return -1;
  if (len < (size_t)size)
    return -1;
  for (i = 1; i < size; i++)
    c = (c << 6) | (s[i] & 0x3f);
  if ((size == 2 && c < 0x80) || (size == 3 && c < 0x800) || (size == 4 && c < 0x10000))
    return -1;
  if (c == 0xFFFE || c == 0xFFFF || c > 0x10FFFF)
    return -1;
  *out = c;
  return size;
}

/* Bytes written as they are: for an IRI, printable ASCII except
 * <>"{}|^`\ ; for a literal, printable ASCII except " and \. */
static unsigned char plain_iri[256], plain_lit[256];

static void init_tables(void)
{
  int c;
  for (c = 0x21; c < 0x7f; c++) {
    plain_iri[c] = !strchr("<>\"{}|^`\\", c);
    plain_lit[c] = c != '"' && c != '\\';
  }
  plain_lit[' '] = 1;
}

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void escape(dg_buf *b, const char *str, size_t len, int iri)
{
  const unsigned char *s = (const unsigned char *)str;
  const unsigned char *plain = iri ? plain_iri : plain_lit;
  size_t i = 0;
  pthread_once(&tables_once, init_tables);
  while (i < len) {
    size_t run = i;
    unsigned char c;
    unsigned long uc;
    int n;
    while (run < len && plain[s[run]])
      run++;
    if (run > i)
      dg_buf_add(b, s + i, run - i);
    i = run;
    if (i >= len || (c = s[i]) == 0)
      return;
    if (c == '\\') {
      dg_buf_add(b, "\\\\", 2);
      i++;
      continue;
    }
    if (!iri && c == '"') {
      dg_buf_add(b, "\\\"", 2);
      i++;
      continue;
    }
    if (iri ? c < 0x7f : c < 0x20 || c == 0x7f) {
      if (!iri && c == '\t')
        dg_buf_add(b, "\\t", 2);
      else if (!iri && c == '\n')
        dg_buf_add(b, "\\n", 2);
      else if (!iri && c == '\r')
        dg_buf_add(b, "\\r", 2);
      else
        put_hex(b, "\\u", c, 4);
      i++;
      continue;
    }
    n = utf8_get(s + i, len - i, &uc);
    if (n < 0)
      return;
    if (uc < 0x10000)
      put_hex(b, "\\u", uc, 4);
    else
      put_hex(b, "\\U", uc, 8);
    i += (size_t)n;
  }
}

void dg_nt_iri(dg_buf *b, const char *s, size_t len)
{
  dg_buf_addc(b, '<');
  escape(b, s, len, 1);
  dg_buf_addc(b, '>');
}

void dg_nt_literal(dg_buf *b, const char *s, size_t len) { escape(b, s, len, 0); }

void dg_lines_init(dg_lines *l)
{
  dg_buf_init(&l->text);
  l->ends = NULL;
  l->keys = NULL;
  l->n = l->cap = 0;
}

void dg_lines_release(dg_lines *l)
{
  if (!l)
    return;
  dg_buf_release(&l->text);
  free(l->ends);
  free(l->keys);
  l->ends = NULL;
  l->keys = NULL;
  l->n = l->cap = 0;
}

typedef struct liner {
  const dg_vocab *v;
  char **terms;       /* "<IRI>" of each entity, borrowed */
  const char *graph;  /* " <doc IRI>" for N-Quads, else "" */
  size_t graph_len;
  dg_lines *out;
} liner;

/* A 64-bit digest of a line, 8 bytes a step (FNV-1a, byte by byte, cost
 * as much as rendering the line). Each word is mixed by a multiply and a
 * rotation, the end by the murmur3 finaliser; lines differ in long runs
 * (IRIs), so this spreads well enough for a set of statement digests. */
uint64_t dg_nt_digest(const char *s, size_t len)
{
  uint64_t h = UINT64_C(0x9e3779b97f4a7c15) ^ len, w;
  while (len >= 8) {
    memcpy(&w, s, 8);
    h ^= w * UINT64_C(0xbf58476d1ce4e5b9);
    h = ((h << 27) | (h >> 37)) * UINT64_C(0x94d049bb133111eb);
    s += 8;
    len -= 8;
  }
  w = 0;
  memcpy(&w, s, len);
  h ^= w * UINT64_C(0xbf58476d1ce4e5b9);
  h = ((h << 27) | (h >> 37)) * UINT64_C(0x94d049bb133111eb);
  h ^= h >> 33;
  h *= UINT64_C(0xff51afd7ed558ccd);
  h ^= h >> 33;
  h *= UINT64_C(0xc4ceb9fe1a85ec53);
  h ^= h >> 33;
  return h;
}

/* Ends the line begun at `start`: graph, " .\n", digest. */
static void end_line(liner *ln, size_t start)
{
  dg_lines *l = ln->out;
  dg_buf_add(&l->text, ln->graph, ln->graph_len);
  dg_buf_add(&l->text, " .\n", 3);
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->ends = xrealloc(l->ends, l->cap * sizeof *l->ends);
    l->keys = xrealloc(l->keys, l->cap * sizeof *l->keys);
  }
  l->ends[l->n] = l->text.len;
  l->keys[l->n] = dg_nt_digest(l->text.data + start, l->text.len - start);
  l->n++;
}

static void line3(liner *ln, const char *s, const char *p, const char *o)
{
  size_t start = ln->out->text.len;
  dg_buf *b = &ln->out->text;
  dg_buf_adds(b, s);
  dg_buf_addc(b, ' ');
  dg_buf_adds(b, p);
  dg_buf_addc(b, ' ');
  dg_buf_adds(b, o);
  end_line(ln, start);
}

void dg_emit_lines(const dg_vocab *v, const dg_facts *f, char **iris, int quads,
                   dg_lines *out)
{
  size_t n = dg_facts_n_entities(f), nf = dg_facts_n_facts(f), i;
  liner ln;
  dg_buf terms;
  size_t *at;

  if (n == 0)
    return;
  /* every entity's "<IRI>" once, in one block */
  dg_buf_init(&terms);
  at = xcalloc(n, sizeof *at);
  for (i = 0; i < n; i++) {
    at[i] = terms.len;
    dg_nt_iri(&terms, iris[i], strlen(iris[i]));
    dg_buf_addc(&terms, '\0');
  }
  ln.terms = xcalloc(n, sizeof *ln.terms);
  for (i = 0; i < n; i++)
    ln.terms[i] = terms.data + at[i];
  free(at);
  ln.v = v;
  ln.out = out;
  if (quads) {
    char *g = xasprintf(" %s", ln.terms[0]);
    ln.graph = g;
    ln.graph_len = strlen(g);
  } else {
    ln.graph = "";
    ln.graph_len = 0;
  }

  for (i = 0; i < n; i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    size_t start;
    line3(&ln, ln.terms[i], v->nt_type, v->nt_kind[e->kind]);
    if (e->cls != DG_CLASS_NONE && dg_class_kind(e->cls) == e->kind)
      line3(&ln, ln.terms[i], v->nt_type, v->nt_cls[e->cls]);
    start = out->text.len;
    dg_buf_adds(&out->text, ln.terms[i]);
    dg_buf_addc(&out->text, ' ');
    dg_buf_adds(&out->text, v->nt_label);
    dg_buf_add(&out->text, " \"", 2);
    dg_nt_literal(&out->text, e->label, strlen(e->label));
    dg_buf_addc(&out->text, '"');
    end_line(&ln, start);
  }
  for (i = 0; i < nf; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    const char *s = ln.terms[x->subject];
    if (x->is_ref) {
      line3(&ln, s, v->nt_prop[x->prop], ln.terms[x->object]);
      if (is_role(x->prop))
        line3(&ln, s, v->nt_prop[DG_P_PARTICIPANT], ln.terms[x->object]);
    } else {
      size_t start = out->text.len;
      dg_buf_adds(&out->text, s);
      dg_buf_addc(&out->text, ' ');
      dg_buf_adds(&out->text, v->nt_prop[x->prop]);
      dg_buf_addc(&out->text, ' ');
      if (x->dt == DG_DT_IRI) {
        dg_nt_iri(&out->text, x->value, strlen(x->value));
      } else {
        dg_buf_addc(&out->text, '"');
        dg_nt_literal(&out->text, x->value, strlen(x->value));
        dg_buf_addc(&out->text, '"');
        if (x->dt != DG_DT_STRING) {
          dg_buf_add(&out->text, "^^", 2);
          dg_buf_adds(&out->text, v->nt_xsd[x->dt]);
        }
      }
      end_line(&ln, start);
    }
  }
  if (quads)
    free((char *)ln.graph);
  free(ln.terms);
  dg_buf_release(&terms);
}
