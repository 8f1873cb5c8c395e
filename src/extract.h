/* extract.h - the recognisers the mapper runs over one page.
 *
 * Each takes the page (text, tokens, gazetteer) and adds what it finds to
 * the facts. All are pure C: text in, facts out, no Redland. */
#ifndef DG_EXTRACT_H
#define DG_EXTRACT_H

#include <stddef.h>

#include "facts.h"
#include "gazetteer.h"
#include "tokens.h"

/* What every recogniser sees. Borrowed pointers, valid during one map. */
typedef struct dg_page {
  const char *text;          /* NFC UTF-8 */
  size_t len;
  const dg_tokens *toks;
  const dg_gazetteer *gz;
  size_t doc;                /* the dg:Document entity */
} dg_page;

/* Adds a Country entity (dg:name, dg:isoCode, owl:sameAs) and
 * dg:mentionsCountry for every country the text names. */
void dg_extract_countries(const dg_page *pg, dg_facts *f);

/* Decides what the page is about and adds its main item (dg:describes)
 * with title, class and date. */
void dg_extract_main_item(const dg_page *pg, dg_facts *f);

#endif
