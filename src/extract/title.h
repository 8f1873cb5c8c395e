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

/* The evidence for a candidate heading line, each a number in [0, 1.2]:
 * the score of a candidate is the sum of each times its weight in
 * ontology/gazetteer/title-weights.tsv, fitted on the annotated pages by
 * `make title-weights` (tools/title-train). The names are those of that
 * file's first column. */
#define DG_TITLE_FEATURES(X)                                                                  \
  X(REPEATED, "repeated")       /* the page repeats it ("Download TITLE", a crumb) */         \
  X(CUE_AFTER, "cue-after")     /* a byline, a date or a name list follows it */               \
  X(QUOTED, "quoted")           /* the whole line is in quotation marks */                     \
  X(TITLECASE, "titlecase")     /* most content words capitalised */                           \
  X(ALLCAPS, "allcaps")         /* (nearly) all capitals */                                    \
  X(AFTER_LABEL, "after-label") /* under a genre label, a menu or a date */                    \
  X(LABEL, "label")             /* a genre or series label itself ("REPORT", "Vol. 3") */      \
  X(IDENTIFIER, "identifier")   /* names a DOI or an ISBN */                                    \
  X(POST, "post")               /* opens with a post ("Senior Fellow, ...") */                  \
  X(WORDS, "words")             /* its words, up to 12, over 12 */                              \
  X(POSITION, "position")       /* its line number over 50 */                                   \
  X(PROSE, "prose")             /* long and mostly lower case: a headline */                    \
  X(ORG_LINE, "org-line")       /* an organization's name, alone or before a tagline */         \
  X(DATED, "dated")             /* holds a date */                                              \
  X(SUBTITLE, "subtitle")       /* a subtitle on the next line */                               \
  X(AFTER_NAV, "after-nav")     /* right under a menu or a breadcrumb */                        \
  X(BEFORE_NAV, "before-nav")   /* right over a menu: a masthead */                             \
  X(DATE_AFTER, "date-after")   /* a dated line right under it */                               \
  X(PROSE_AFTER, "prose-after") /* a paragraph right under it */                                \
  X(SEPARATORS, "separators")   /* holds a separator (" | ", " · ") */                          \
  X(COLON_END, "colon-end")     /* ends with a colon: a label of what follows */                 \
  X(FIRST, "first")             /* the first candidate of the page */                           \
  X(TOP, "top")                 /* the page's first line: where a site puts its name */         \
  X(BY_NAMES, "by-names")       /* "... by NAME": a credit ("Commentary by Ada Lind") */
#define DG_TF_ENUM_(id, name) DG_TF_##id,
enum { DG_TITLE_FEATURES(DG_TF_ENUM_) DG_TF__COUNT };

/* The name of feature k ("cue-after"). */
const char *dg_title_feature_name(size_t k);

/* Sets *w to the weight of feature k; returns 1 if title-weights.tsv
 * names it (0: it weighs 0). */
int dg_title_weight(size_t k, double *w);

/* Called by dg_title_find() for each candidate heading with its line, its
 * features x[0, DG_TF__COUNT) and its text (subtitle joined after " || "),
 * borrowed for the call: what tools/title-features prints to fit the
 * weights on. */
typedef void (*dg_title_trace_fn)(void *ud, size_t line, const double *x, const char *text);

/* Finds the main heading among the lines above the first paragraph of
 * prose: the title-like line with the highest score (the features above,
 * weighed). Sets pg->title_line and pg->header_end and recomputes the
 * zones. Returns 1 if a title was found. `trace` (may be NULL) sees every
 * candidate. */
int dg_title_find(dg_page *pg, dg_title *t, dg_title_trace_fn trace, void *ud);

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
