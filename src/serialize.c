/* serialize.c - a raptor serializer fed statement by statement.
 *
 * Statements go straight to raptor (librdf_statement is raptor_statement
 * in Redland 1.0.17) instead of through a librdf model: map needs no
 * model, and this keeps its memory linear in the output of one document
 * for the streaming formats. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "iri.h"
#include "log.h"
#include "serialize.h"
#include "strmap.h"
#include "vocab.h"
#include "xalloc.h"

/* Lines go out in writes of this size: a few hundred system calls for a
 * large corpus instead of one per stdio buffer (4 KiB on a pipe). */
#define OUT_CHUNK ((size_t)256 * 1024)

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
};

dg_status dg_writer_new(dg_rdf *rdf, dg_format fmt, FILE *out, dg_writer **wp)
{
  raptor_world *rw = dg_rdf_raptor(rdf);
  dg_writer *w;
  const dg_prefix *p;
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
  w->ser = raptor_new_serializer(rw, w->fmt->serializer);
  if (!w->ser) {
    const char *name = w->fmt->serializer;
    dg_writer_free(w);
    return dg_fail(DG_ERR_INTERNAL, "raptor has no '%s' serializer", name);
  }
  for (p = dg_prefixes; p->prefix; p++) {
    raptor_uri *u = raptor_new_uri(rw, (const unsigned char *)p->uri);
    if (u) {
      raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)p->prefix);
      raptor_free_uri(u);
    }
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

static void out_flush(dg_writer *w)
{
  if (w->olen && fwrite(w->obuf, 1, w->olen, w->out) != w->olen)
    w->failed = 1;
  w->olen = 0;
}

static void out_add(dg_writer *w, const char *s, size_t len)
{
  if (w->olen + len > OUT_CHUNK) {
    out_flush(w);
    if (len >= OUT_CHUNK) {
      if (fwrite(s, 1, len, w->out) != len)
        w->failed = 1;
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
  rs->graph = w->fmt->quads ? graph : NULL;
  rc = raptor_serializer_serialize_statement(w->ser, rs);
  rs->graph = saved;
  if (rc || ferror(w->out)) {
    w->failed = 1;
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
    w->failed = 1;
    return DG_ERR_IO;
  }
  return DG_OK;
}

dg_status dg_writer_finish(dg_writer *w)
{
  w->ended = 1;
  out_flush(w);
  if (raptor_serializer_serialize_end(w->ser))
    w->failed = 1;
  if (fflush(w->out) != 0 || ferror(w->out))
    w->failed = 1;
  return w->failed ? DG_ERR_IO : DG_OK;
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
  free(w->seen);
  free(w->obuf);   /* unwritten lines of an abandoned writer are dropped */
  dg_buf_release(&w->line);
  free(w);
}
