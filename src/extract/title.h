/* title.h - the page's main heading: which line it is, a subtitle on the
 * next line joined with ": ", and where the header ends. */
#ifndef DG_TITLE_H
#define DG_TITLE_H

#include <stddef.h>

#include "extract/facts.h"
#include "extract/page.h"

typedef struct dg_title {
  size_t line;     /* the heading line, or DG_NO_LINE */
  size_t line2;    /* the subtitle line, or DG_NO_LINE */
  char *text;      /* owned: the title, quotes stripped, subtitle joined */
  dg_span span;    /* the heading (and subtitle) in the text */
  char *key;       /* owned: dg_text_key() of text, set by the first
                      caller that needs it (NULL until then) */
} dg_title;

void dg_title_init(dg_title *t);
/* Frees the text and the key; `t` may be NULL. */
void dg_title_release(dg_title *t);

/* Finds the main heading among the lines above the first paragraph of
 * prose: a title-like line, preferring one that the page repeats
 * ("Download TITLE"), that a byline or date follows, in quotation marks,
 * longer. Sets pg->title_line and pg->header_end and recomputes the zones.
 * Returns 1 if a title was found. */
int dg_title_find(dg_page *pg, dg_title *t);

/* 1 if s[0..len) reads like a title: starts with a capital (or a quote or
 * digit), 2 to 40 words, no sentence end, mostly capitalised words or a
 * "Heading: subtitle" shape. For titles in listings and bios. */
int dg_title_text_like(const char *s, size_t len);

/* 1 if s[0..len) reads as a postal address ("Suite 300, 1414 Harbor
 * Street, Portland, OR 97201", "Haus 5, 12 Lindenweg-ro, Mapo-gu, Seoul
 * 04100"): two of three cues, several comma-separated parts, a house
 * number or postcode (a number that is no year), a street word. Such a
 * line is never a title. */
int dg_title_address_like(const char *s, size_t len);

/* Returns a new string: s[0..len) squeezed, surrounding quotation marks
 * and trailing separators removed. Free with free(). */
char *dg_title_clean(const char *s, size_t len);

/* 1 if line i is a genre or series label rather than a title: "Cyberdefense
 * Report", "Original Articles", "Asie.Visions, No. 119", "EVENT". */
int dg_title_label_line(const dg_page *pg, size_t i);

/* 1 if line i is page furniture about the page itself: "Print",
 * "Share this", "Download article as PDF", "Listen to this article". */
int dg_title_furniture_line(const dg_page *pg, size_t i);

#endif
