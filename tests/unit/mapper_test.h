/* mapper_test.h - helpers for the mapper's table-driven unit tests: map a
 * page given as a C string and read the facts back as short strings, so
 * that each case is one line of text and one expected answer.
 *
 * Every helper returns a pointer to a static buffer, overwritten by the
 * next call of the same helper: compare it before calling again. */
#ifndef DG_MAPPER_TEST_H
#define DG_MAPPER_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/doc.h"
#include "extract/facts.h"
#include "extract/mapper.h"

/* Maps `text` as a document "t.txt"; returns new facts (dg_facts_free). */
static inline dg_facts *map_text(dg_mapper *m, const char *text)
{
  dg_doc *doc = dg_doc_new_from_bytes("t.txt", text, strlen(text));
  dg_facts *f = dg_facts_new();
  dg_mapper_map(m, doc, f);
  dg_doc_free(doc);
  return f;
}

static inline int cmp_str(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Joins up to 256 strings, sorted, with "; " into out (size cap). */
static inline const char *join_sorted(const char **v, size_t n, char *out, size_t cap)
{
  size_t i, used = 0;
  qsort(v, n, sizeof *v, cmp_str);
  out[0] = '\0';
  for (i = 0; i < n; i++) {
    size_t l = strlen(v[i]);
    if (i && used + 2 < cap) {
      memcpy(out + used, "; ", 2);
      used += 2;
    }
    if (used + l >= cap)
      break;
    memcpy(out + used, v[i], l);
    used += l;
    out[used] = '\0';
  }
  return out;
}

/* The labels of every entity of `kind`, sorted: "Gilbert Rozman; Kuni
 * Miyake". */
static inline const char *entities(const dg_facts *f, dg_kind kind)
{
  static char out[4096];
  const char *v[256];
  size_t i, n = 0;
  for (i = 0; i < dg_facts_n_entities(f) && n < 256; i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    if (e->kind == kind)
      v[n++] = e->label;
  }
  return join_sorted(v, n, out, sizeof out);
}

/* The labels of the objects of `prop` whose subject is an entity of
 * `kind` (any such subject), sorted. */
static inline const char *objects(const dg_facts *f, dg_kind kind, dg_prop prop)
{
  static char out[4096];
  const char *v[256];
  size_t i, n = 0;
  for (i = 0; i < dg_facts_n_facts(f) && n < 256; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    if (x->prop != prop || dg_facts_get_entity(f, x->subject)->kind != kind)
      continue;
    v[n++] = x->is_ref ? dg_facts_get_entity(f, x->object)->label : x->value;
  }
  return join_sorted(v, n, out, sizeof out);
}

/* Like objects(), for the subject whose label is `label`. */
static inline const char *objects_of(const dg_facts *f, const char *label, dg_prop prop)
{
  static char out[4096];
  const char *v[256];
  size_t i, n = 0;
  for (i = 0; i < dg_facts_n_facts(f) && n < 256; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    if (x->prop != prop || strcmp(dg_facts_get_entity(f, x->subject)->label, label) != 0)
      continue;
    v[n++] = x->is_ref ? dg_facts_get_entity(f, x->object)->label : x->value;
  }
  return join_sorted(v, n, out, sizeof out);
}

/* "Person > Org" for every dg:affiliation, sorted. */
static inline const char *affiliations(const dg_facts *f)
{
  static char out[4096], pairs[64][160];
  const char *v[64];
  size_t i, n = 0;
  for (i = 0; i < dg_facts_n_facts(f) && n < 64; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    if (x->prop != DG_P_AFFILIATION)
      continue;
    snprintf(pairs[n], sizeof pairs[n], "%s > %s", dg_facts_get_entity(f, x->subject)->label,
             dg_facts_get_entity(f, x->object)->label);
    v[n] = pairs[n];
    n++;
  }
  return join_sorted(v, n, out, sizeof out);
}

/* The class name of the first entity of `kind` ("Report"), "" if none. */
static inline const char *class_of(const dg_facts *f, dg_kind kind)
{
  size_t i;
  for (i = 0; i < dg_facts_n_entities(f); i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    if (e->kind == kind)
      return dg_class_name(e->cls);
  }
  return "";
}

/* The class name of the entity labelled `label` ("Chapter"), "" if none. */
static inline const char *class_of_label(const dg_facts *f, const char *label)
{
  size_t i;
  for (i = 0; i < dg_facts_n_entities(f); i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    if (strcmp(e->label, label) == 0)
      return dg_class_name(e->cls);
  }
  return "";
}

#endif
