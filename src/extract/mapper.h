/* mapper.h - one document in, its facts out. Pure C: no Redland here. */
#ifndef DG_MAPPER_H
#define DG_MAPPER_H

#include "read/doc.h"
#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/title.h"

typedef struct dg_mapper dg_mapper;

/* Returns a new mapper with the embedded gazetteer loaded; free with
 * dg_mapper_free(). One mapper can map any number of documents, but it is
 * not shared between threads while mapping. */
dg_mapper *dg_mapper_new(void);

/* Returns a new mapper that uses `shared` instead of loading a gazetteer
 * of its own (loading one costs tens of milliseconds). `shared` is
 * borrowed: it must outlive the mapper, and it is only read, so any
 * number of mappers in any number of threads can use one gazetteer, e.g.
 * dg_mapper_new_with(dg_mapper_gazetteer(first)). Free with
 * dg_mapper_free(), which leaves `shared` alone. */
dg_mapper *dg_mapper_new_with(const dg_gazetteer *shared);
void dg_mapper_free(dg_mapper *m);

/* Has `fn` called with `ud` (borrowed) for every candidate heading of
 * every page mapped from now on, with its features (title.h): how
 * tools/title-features collects what the title weights are fitted on.
 * NULL stops it. */
void dg_mapper_set_title_trace(dg_mapper *m, dg_title_trace_fn fn, void *ud);

/* Borrowed; valid while the mapper lives. */
const dg_gazetteer *dg_mapper_gazetteer(const dg_mapper *m);

/* Adds to the empty `out` everything `doc` states: entity 0 is the
 * dg:Document (key: its SHA-256; dg:sourceFile, dg:sha256), then the
 * page's items, people, organizations and countries. Never fails: a page
 * with nothing recognisable still gives its Document. */
void dg_mapper_map(dg_mapper *m, const dg_doc *doc, dg_facts *out);

#endif
