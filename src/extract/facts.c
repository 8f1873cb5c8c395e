/* facts.c - entities and facts with their evidence, deduplicated. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "extract/facts.h"

struct dg_facts {
  dg_entity *ents;
  size_t n_ents, cap_ents;
  dg_fact *facts;
  size_t n_facts, cap_facts;
  dg_strmap *ent_index;   /* "kind\x1fkey" -> entity index */
  /* The facts' identities: an open-addressing set of fact indices plus
   * one (0: empty slot), hashed on what makes two facts the same (subject,
   * property, then the object or the literal's datatype and text) and
   * compared with the stored facts, which never change once added. */
  size_t *fact_set;
  size_t fact_set_cap;    /* a power of two, or 0 */
  dg_buf scratch;
};

static const char *const kind_names[DG_KIND__COUNT] = {
  "Document", "Publication", "Event", "Person", "Organization", "Country",
};

static const struct {
  const char *name;
  dg_kind kind;
} class_table[DG_CLASS__COUNT] = {
  {"", DG_KIND__COUNT},
  {"Report", DG_KIND_PUBLICATION},
  {"Article", DG_KIND_PUBLICATION},
  {"Essay", DG_KIND_PUBLICATION},
  {"Commentary", DG_KIND_PUBLICATION},
  {"JournalArticle", DG_KIND_PUBLICATION},
  {"Book", DG_KIND_PUBLICATION},
  {"Chapter", DG_KIND_PUBLICATION},
  {"Conference", DG_KIND_EVENT},
  {"Seminar", DG_KIND_EVENT},
  {"Workshop", DG_KIND_EVENT},
  {"Forum", DG_KIND_EVENT},
  {"Roundtable", DG_KIND_EVENT},
  {"Webinar", DG_KIND_EVENT},
  {"Summit", DG_KIND_EVENT},
  {"BookLaunch", DG_KIND_EVENT},
  {"Lecture", DG_KIND_EVENT},
  {"Meeting", DG_KIND_EVENT},
};

/* Each property's local name, and whether its values are entities (an
 * owl:ObjectProperty in the ontology; test_ontology checks) or literals. */
static const struct {
  const char *name;
  int is_ref;
} prop_table[DG_P__COUNT] = {
  {"title", 0}, {"name", 0}, {"alternateName", 0}, {"author", 1}, {"editor", 1},
  {"publisher", 1}, {"datePublished", 0}, {"doi", 0}, {"relatedTo", 1},
  {"startDate", 0}, {"endDate", 0}, {"location", 0}, {"host", 1}, {"organizer", 1},
  {"participant", 1}, {"speaker", 1}, {"panelist", 1}, {"discussant", 1},
  {"moderator", 1}, {"chair", 1}, {"keynoteSpeaker", 1}, {"affiliation", 1},
  {"isoCode", 0}, {"sameAs", 1}, {"describes", 1}, {"lists", 1},
  {"mentionsCountry", 1}, {"mentionsPerson", 1}, {"sourceFile", 0}, {"sha256", 0},
};

const char *dg_kind_name(dg_kind k)
{
  return k < DG_KIND__COUNT ? kind_names[k] : "?";
}

const char *dg_class_name(dg_class c)
{
  return c < DG_CLASS__COUNT ? class_table[c].name : "";
}

dg_kind dg_class_kind(dg_class c)
{
  return c < DG_CLASS__COUNT ? class_table[c].kind : DG_KIND__COUNT;
}

dg_class dg_class_from_name(const char *name)
{
  int c;
  for (c = 1; c < DG_CLASS__COUNT; c++)
    if (strcasecmp(class_table[c].name, name) == 0)
      return (dg_class)c;
  return DG_CLASS_NONE;
}

const char *dg_prop_name(dg_prop p)
{
  return p < DG_P__COUNT ? prop_table[p].name : "?";
}

int dg_prop_is_ref(dg_prop p)
{
  return p < DG_P__COUNT && prop_table[p].is_ref;
}

dg_facts *dg_facts_new(void)
{
  dg_facts *f = xcalloc(1, sizeof *f);
  f->ent_index = dg_strmap_new();
  dg_buf_init(&f->scratch);
  return f;
}

void dg_facts_free(dg_facts *f)
{
  size_t i;
  if (!f)
    return;
  for (i = 0; i < f->n_ents; i++) {
    free(f->ents[i].key);
    free(f->ents[i].label);
    free(f->ents[i].date);
  }
  for (i = 0; i < f->n_facts; i++)
    free(f->facts[i].value);
  free(f->ents);
  free(f->facts);
  dg_strmap_free(f->ent_index);
  free(f->fact_set);
  dg_buf_release(&f->scratch);
  free(f);
}

static const dg_buf *entity_key(dg_facts *f, dg_kind kind, const char *key)
{
  /* fixed-width fields then the key: unambiguous, and cheaper than
   * formatting (this runs for every mention) */
  int k = (int)kind;
  dg_buf_clear(&f->scratch);
  dg_buf_add(&f->scratch, &k, sizeof k);
  dg_buf_adds(&f->scratch, key);
  return &f->scratch;
}

int dg_facts_find(const dg_facts *f, dg_kind kind, const char *key, size_t *index)
{
  const dg_buf *k = entity_key((dg_facts *)f, kind, key);
  return dg_strmap_get(f->ent_index, k->data, k->len, index);
}

size_t dg_facts_entity(dg_facts *f, dg_kind kind, const char *key,
                       const char *label, dg_span span, const char *rule)
{
  const dg_buf *k = entity_key(f, kind, key);
  size_t i;
  dg_entity *e;
  if (dg_strmap_get(f->ent_index, k->data, k->len, &i))
    return i;
  dg_strmap_put(f->ent_index, k->data, k->len, f->n_ents);
  xgrow(&f->ents, &f->cap_ents, f->n_ents + 1, sizeof *f->ents);
  e = &f->ents[f->n_ents];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->key = xstrdup(key);
  e->label = xstrdup(label ? label : key);
  e->span = span;
  e->rule = rule;
  return f->n_ents++;
}

void dg_facts_set_class(dg_facts *f, size_t entity, dg_class cls)
{
  if (entity < f->n_ents)
    f->ents[entity].cls = cls;
}

void dg_facts_set_date(dg_facts *f, size_t entity, const char *date)
{
  if (entity >= f->n_ents)
    return;
  free(f->ents[entity].date);
  f->ents[entity].date = date ? xstrdup(date) : NULL;
}

void dg_facts_set_label(dg_facts *f, size_t entity, const char *label)
{
  if (entity >= f->n_ents || !label)
    return;
  free(f->ents[entity].label);
  f->ents[entity].label = xstrdup(label);
}

static size_t fact_hash(size_t subject, dg_prop prop, int is_ref, size_t object,
                        const char *value, dg_datatype dt)
{
  uint64_t h = 0xcbf29ce484222325u;
  h = (h ^ (uint64_t)subject) * 0x100000001b3u;
  h = (h ^ (uint64_t)prop) * 0x100000001b3u;
  if (is_ref) {
    h = (h ^ 0x72u ^ (uint64_t)object << 8) * 0x100000001b3u;
  } else {
    const unsigned char *p = (const unsigned char *)value;
    h = (h ^ 0x6cu ^ (uint64_t)dt << 8) * 0x100000001b3u;
    for (; *p; p++)
      h = (h ^ *p) * 0x100000001b3u;
  }
  return (size_t)(h ^ h >> 29);
}

static int fact_is(const dg_fact *x, size_t subject, dg_prop prop, int is_ref, size_t object,
                   const char *value, dg_datatype dt)
{
  if (x->subject != subject || x->prop != prop || x->is_ref != is_ref)
    return 0;
  if (is_ref)
    return x->object == object;
  return x->dt == dt && strcmp(x->value, value) == 0;
}

/* The slot of the set that holds the fact, or the empty slot where it
 * would go. The set must have room (fact_set_cap > 0). */
static size_t fact_slot(const dg_facts *f, size_t subject, dg_prop prop, int is_ref,
                        size_t object, const char *value, dg_datatype dt)
{
  size_t mask = f->fact_set_cap - 1;
  size_t i = fact_hash(subject, prop, is_ref, object, value, dt) & mask;
  while (f->fact_set[i] &&
         !fact_is(&f->facts[f->fact_set[i] - 1], subject, prop, is_ref, object, value, dt))
    i = (i + 1) & mask;
  return i;
}

static void fact_set_grow(dg_facts *f)
{
  size_t old_cap = f->fact_set_cap, k;
  size_t *old = f->fact_set;
  f->fact_set_cap = old_cap ? old_cap * 2 : 64;
  f->fact_set = xcalloc(f->fact_set_cap, sizeof *f->fact_set);
  for (k = 0; k < old_cap; k++)
    if (old[k]) {
      const dg_fact *x = &f->facts[old[k] - 1];
      size_t i = fact_slot(f, x->subject, x->prop, x->is_ref, x->object, x->value, x->dt);
      f->fact_set[i] = old[k];
    }
  free(old);
}

static void add(dg_facts *f, size_t subject, dg_prop prop, int is_ref,
                size_t object, const char *value, dg_datatype dt, dg_span span,
                const char *rule)
{
  dg_fact *x;
  size_t slot;
  /* at most half full */
  if ((f->n_facts + 1) * 2 > f->fact_set_cap)
    fact_set_grow(f);
  slot = fact_slot(f, subject, prop, is_ref, object, value, dt);
  if (f->fact_set[slot])
    return;
  xgrow(&f->facts, &f->cap_facts, f->n_facts + 1, sizeof *f->facts);
  x = &f->facts[f->n_facts++];
  x->subject = subject;
  x->prop = prop;
  x->is_ref = is_ref;
  x->object = object;
  x->value = value ? xstrdup(value) : NULL;
  x->dt = dt;
  x->span = span;
  x->rule = rule;
  f->fact_set[slot] = f->n_facts;
}

void dg_facts_add_literal(dg_facts *f, size_t subject, dg_prop prop,
                          const char *value, dg_datatype dt, dg_span span,
                          const char *rule)
{
  if (subject >= f->n_ents || !value)
    return;
  add(f, subject, prop, 0, 0, value, dt, span, rule);
}

void dg_facts_add_ref(dg_facts *f, size_t subject, dg_prop prop, size_t object,
                      dg_span span, const char *rule)
{
  if (subject >= f->n_ents || object >= f->n_ents)
    return;
  add(f, subject, prop, 1, object, NULL, DG_DT_STRING, span, rule);
}

int dg_facts_has_ref(const dg_facts *f, size_t subject, dg_prop prop, size_t object)
{
  if (!f->fact_set_cap)
    return 0;
  return f->fact_set[fact_slot(f, subject, prop, 1, object, NULL, DG_DT_STRING)] != 0;
}

size_t dg_facts_n_entities(const dg_facts *f) { return f->n_ents; }

const dg_entity *dg_facts_get_entity(const dg_facts *f, size_t i)
{
  return i < f->n_ents ? &f->ents[i] : NULL;
}

size_t dg_facts_n_facts(const dg_facts *f) { return f->n_facts; }

const dg_fact *dg_facts_get_fact(const dg_facts *f, size_t i)
{
  return i < f->n_facts ? &f->facts[i] : NULL;
}

void dg_facts_map_spans(dg_facts *f, size_t first_entity, size_t first_fact,
                        void (*fn)(void *ud, dg_span *span), void *ud)
{
  size_t i;
  for (i = first_entity; i < f->n_ents; i++)
    fn(ud, &f->ents[i].span);
  for (i = first_fact; i < f->n_facts; i++)
    fn(ud, &f->facts[i].span);
}
