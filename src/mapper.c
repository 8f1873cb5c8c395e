/* mapper.c - run the recognisers over one page, in order. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "mapper.h"
#include "tokens.h"
#include "xalloc.h"

struct dg_mapper {
  dg_gazetteer *gz;
  dg_tokens toks;    /* reused between documents */
};

dg_mapper *dg_mapper_new(void)
{
  dg_mapper *m = xcalloc(1, sizeof *m);
  m->gz = dg_gazetteer_new();
  dg_tokens_init(&m->toks);
  return m;
}

void dg_mapper_free(dg_mapper *m)
{
  if (!m)
    return;
  dg_gazetteer_free(m->gz);
  dg_tokens_release(&m->toks);
  free(m);
}

const dg_gazetteer *dg_mapper_gazetteer(const dg_mapper *m) { return m->gz; }

void dg_mapper_map(dg_mapper *m, const dg_doc *doc, dg_facts *out)
{
  dg_page pg;
  dg_span whole = {0, dg_doc_text_len(doc)};
  size_t d = dg_facts_entity(out, DG_KIND_DOCUMENT, dg_doc_sha256(doc),
                             dg_doc_path(doc), whole, "document");
  dg_facts_add_literal(out, d, DG_P_SOURCE_FILE, dg_doc_path(doc), DG_DT_STRING,
                       whole, "document");
  dg_facts_add_literal(out, d, DG_P_SHA256, dg_doc_sha256(doc), DG_DT_STRING, whole,
                       "document");

  dg_tokenize(dg_doc_text(doc), dg_doc_text_len(doc), &m->toks);
  pg.text = dg_doc_text(doc);
  pg.len = dg_doc_text_len(doc);
  pg.toks = &m->toks;
  pg.gz = m->gz;
  pg.doc = d;
  dg_extract_main_item(&pg, out);
  dg_extract_countries(&pg, out);
}
