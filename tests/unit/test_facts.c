/* test_facts.c - entities and facts: identity, dedup, evidence. */
#include "config.h"

#include "extract/facts.h"
#include "../tap.h"

int main(void)
{
  dg_facts *f = dg_facts_new();
  dg_span sp = {3, 4};
  size_t a, b, c, idx;
  const dg_entity *e;

  a = dg_facts_entity(f, DG_KIND_PERSON, "Ada Lovelace", NULL, sp, "test");
  b = dg_facts_entity(f, DG_KIND_PERSON, "Ada Lovelace", "ignored", sp, "test");
  c = dg_facts_entity(f, DG_KIND_ORGANIZATION, "Ada Lovelace", NULL, sp, "test");
  is_int(a, b, "same kind and key: one entity");
  ok(a != c, "same key, other kind: another entity");
  e = dg_facts_get_entity(f, a);
  is_str(e->label, "Ada Lovelace", "label defaults to the key");
  is_str(e->rule, "test", "rule kept");
  ok(dg_facts_find(f, DG_KIND_ORGANIZATION, "Ada Lovelace", &idx) && idx == c, "find");
  ok(!dg_facts_find(f, DG_KIND_COUNTRY, "Ada Lovelace", &idx), "find misses another kind");

  dg_facts_add_literal(f, a, DG_P_NAME, "Ada", DG_DT_STRING, sp, "r");
  dg_facts_add_literal(f, a, DG_P_NAME, "Ada", DG_DT_STRING, sp, "r2");
  dg_facts_add_literal(f, a, DG_P_NAME, "Ada", DG_DT_GYEAR, sp, "r");
  dg_facts_add_ref(f, c, DG_P_HOST, a, sp, "r");
  dg_facts_add_ref(f, c, DG_P_HOST, a, sp, "r");
  dg_facts_add_ref(f, c, DG_P_HOST, 999, sp, "r");
  dg_facts_add_literal(f, 999, DG_P_NAME, "x", DG_DT_STRING, sp, "r");
  is_int(dg_facts_n_facts(f), 3, "duplicates and dangling references dropped");
  ok(dg_facts_has_ref(f, c, DG_P_HOST, a), "has_ref");
  ok(!dg_facts_has_ref(f, a, DG_P_HOST, c), "has_ref is directed");
  is_int(dg_facts_get_fact(f, 0)->span.start, 3, "span kept");

  is_str(dg_class_name(DG_CLASS_JOURNAL_ARTICLE), "JournalArticle", "class name");
  is_int(dg_class_from_name("booklaunch"), DG_CLASS_BOOK_LAUNCH, "class from name");
  is_int(dg_class_kind(DG_CLASS_WEBINAR), DG_KIND_EVENT, "webinar is an event");
  is_str(dg_prop_name(DG_P_MENTIONS_COUNTRY), "mentionsCountry", "property name");
  dg_facts_free(f);
  return tap_done();
}
