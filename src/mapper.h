/* mapper.h - one document in, its facts out. Pure C: no Redland here. */
#ifndef DG_MAPPER_H
#define DG_MAPPER_H

#include "doc.h"
#include "facts.h"
#include "gazetteer.h"

typedef struct dg_mapper dg_mapper;

/* Returns a new mapper with the embedded gazetteer loaded; free with
 * dg_mapper_free(). One mapper can map any number of documents, but it is
 * not shared between threads while mapping. */
dg_mapper *dg_mapper_new(void);
void dg_mapper_free(dg_mapper *m);

/* Borrowed; valid while the mapper lives. */
const dg_gazetteer *dg_mapper_gazetteer(const dg_mapper *m);

/* Adds to the empty `out` everything `doc` states: entity 0 is the
 * dg:Document (key: its SHA-256; dg:sourceFile, dg:sha256), then the
 * page's items, people, organizations and countries. Never fails: a page
 * with nothing recognisable still gives its Document. */
void dg_mapper_map(dg_mapper *m, const dg_doc *doc, dg_facts *out);

#endif
