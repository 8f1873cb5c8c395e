/* markup.h - a page's text without Markdown's inline syntax.
 *
 * Some HTML-to-text converters write Markdown: "[the Harbor Institute](
 * https://...)", "![a photo](...)", "**Speakers:** Ada Lind". The link's
 * address, the image and the asterisks are not the page's words; in the
 * middle of a sentence they hide a name from every recogniser. So do
 * HTML's no-break and thin spaces, zero-width characters and soft hyphens,
 * and an ASCII converter's " -- " for an em dash. The extractor reads the
 * text without them (spaces as spaces, " -- " as the dash), and maps what
 * it found back to the page's own byte offsets, so that --explain still
 * points into the file as written. */
#ifndef DG_MARKUP_H
#define DG_MARKUP_H

#include <stddef.h>

#include "extract/facts.h"

typedef struct dg_markup dg_markup;

/* The text of text[0, len) without links' brackets and addresses, images
 * and "**" pairs within a line, with special spaces as spaces and " -- " as
 * an em dash; NULL when it has none of them (the common case, found in one
 * scan). Free with dg_markup_free(). */
dg_markup *dg_markup_strip(const char *text, size_t len);
void dg_markup_free(dg_markup *m);

/* The stripped text (owned by m, NUL-terminated) and its length. */
const char *dg_markup_text(const dg_markup *m);
size_t dg_markup_len(const dg_markup *m);

/* Moves every span of the entities from `first_entity` on and of the facts
 * from `first_fact` on from the stripped text to the page's own offsets. */
void dg_markup_restore_spans(const dg_markup *m, dg_facts *f, size_t first_entity,
                             size_t first_fact);

#endif
