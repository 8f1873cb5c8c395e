/* mapper.c - run the recognisers over one page, in order.
 *
 * The order matters: organizations first (every other recogniser asks
 * about them), then the title and the page's kind, then the items
 * (publication or event, listings), then persons in the prose, then
 * identity (persons joined), and countries last, since a country word
 * inside a person's or an organization's name is not a mention. */
#include "config.h"

#include <stdlib.h>

#include "base/xalloc.h"
#include "extract/extract.h"
#include "extract/mapper.h"
#include "extract/markup.h"
#include "extract/orgs.h"
#include "extract/page.h"
#include "extract/people.h"
#include "extract/tokens.h"

struct dg_mapper {
  const dg_gazetteer *gz;
  dg_gazetteer *own_gz; /* == gz when this mapper loaded it, else NULL */
  dg_tokens toks;       /* reused between documents */
  dg_page_cues *cues;   /* owned: the page model's word sets, built once */
  dg_title_trace_fn trace; /* NULL, or what sees each candidate heading */
  void *trace_ud;          /* borrowed: trace's data */
};

dg_mapper *dg_mapper_new(void)
{
  dg_gazetteer *gz = dg_gazetteer_new();
  dg_mapper *m = dg_mapper_new_with(gz);
  m->own_gz = gz;
  return m;
}

dg_mapper *dg_mapper_new_with(const dg_gazetteer *shared)
{
  dg_mapper *m = xcalloc(1, sizeof *m);
  m->gz = shared;
  dg_tokens_init(&m->toks);
  m->cues = dg_page_cues_new();
  return m;
}

void dg_mapper_set_title_trace(dg_mapper *m, dg_title_trace_fn fn, void *ud)
{
  m->trace = fn;
  m->trace_ud = ud;
}

void dg_mapper_free(dg_mapper *m)
{
  if (!m)
    return;
  dg_gazetteer_free(m->own_gz);
  dg_tokens_release(&m->toks);
  dg_page_cues_free(m->cues);
  free(m);
}

const dg_gazetteer *dg_mapper_gazetteer(const dg_mapper *m) { return m->gz; }

void dg_mapper_map(dg_mapper *m, const dg_doc *doc, dg_facts *out)
{
  dg_page pg;
  dg_pageinfo info;
  dg_event_part *parts;
  size_t n_parts, k;
  dg_span whole = {0, dg_doc_text_len(doc)};
  dg_markup *mk;       /* owned, NULL for a page without Markdown */
  const char *text;    /* borrowed: what the recognisers read */
  size_t len, first_entity, first_fact;
  size_t d = dg_facts_entity(out, DG_KIND_DOCUMENT, dg_doc_sha256(doc), dg_doc_path(doc), whole,
                             "document");
  dg_facts_add_literal(out, d, DG_P_SOURCE_FILE, dg_doc_path(doc), DG_DT_STRING, whole,
                       "document");
  dg_facts_add_literal(out, d, DG_P_SHA256, dg_doc_sha256(doc), DG_DT_STRING, whole, "document");

  /* Markdown's links and emphasis out of the words; the spans found in
   * the stripped text are moved back to the page's offsets below */
  mk = dg_markup_strip(dg_doc_text(doc), dg_doc_text_len(doc));
  text = mk ? dg_markup_text(mk) : dg_doc_text(doc);
  len = mk ? dg_markup_len(mk) : dg_doc_text_len(doc);
  first_entity = dg_facts_n_entities(out);
  first_fact = dg_facts_n_facts(out);

  dg_tokenize(text, len, &m->toks);
  dg_page_init_with(&pg, text, len, &m->toks, m->gz, m->cues);
  pg.doc = d;
  pg.orgs = dg_orgs_new();
  pg.people = dg_people_new(m->gz);
  dg_orgs_scan(pg.orgs, &pg);

  dg_classify(&pg, &info, m->trace, m->trace_ud);
  n_parts = dg_event_parts_find(&pg, &info, &parts);
  for (k = 0; k < n_parts; k++)
    dg_extract_event(&pg, &info, out, &parts[k]);
  if (info.is_pub)
    dg_extract_publication(&pg, &info, out);
  else
    dg_extract_presented_publication(&pg, &info, out);
  dg_extract_listings(&pg, &info, out);
  dg_extract_persons(&pg, &info, out);
  dg_extract_prose_events(&pg, &info, out);
  dg_people_resolve(pg.people, &pg, out);
  dg_orgs_finish(pg.orgs, &pg, out);
  dg_extract_countries(&pg, out);

  dg_event_parts_free(parts, n_parts);
  dg_pageinfo_release(&info);
  dg_people_free(pg.people);
  dg_orgs_free(pg.orgs);
  dg_page_release(&pg);
  if (mk) {
    dg_markup_restore_spans(mk, out, first_entity, first_fact);
    dg_markup_free(mk);
  }
}
