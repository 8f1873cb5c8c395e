/* pub.h - what the publication recognisers share, from the bottom up:
 * bylines (pub_byline.c), dates and publishers (pub_imprint.c), cited and
 * listed items (pub_citations.c), books in the text (pub_books.c), for
 * listings (pub_listings.c) and the page's own item (pub_header.c).
 * Internal to the extractor; the entry points are in extract.h. */
#ifndef DG_PUB_H
#define DG_PUB_H

#include <stddef.h>
#include <stdint.h>

#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/names.h"

/* Surname keys of a podcast's guests: named on the page, not its authors. */
typedef struct dg_pub_guests {
  char *keys[16];
  size_t n;
} dg_pub_guests;

/* How a record is read: from a table of contents (its items are parts of
 * the page's item), under a heading that names a list (the heading is the
 * evidence that its lines are items), and the date the items of an issue
 * share. */
typedef struct dg_pub_rec_opts {
  int contents;
  int headed;
  const dg_date *issue_date; /* NULL when none */
  dg_class default_cls;      /* when nothing tells; NONE: the page's class */
  size_t subject, subject_len; /* a list of a person's works: the name of
                                  the person (a text span), when an item
                                  prints no author; subject_len 0: none */
  const dg_span *hosts;        /* a podcast's other episodes: its hosts'
                                  names (text spans), n_hosts of them */
  size_t n_hosts;
  int need_fields;             /* the heading alone is no evidence: the
                                  record must print a date, names, ... */
  dg_class listed_cls;         /* the class the listing's heading gives
                                  items without a label of their own
                                  ("Related news"); NONE: none */
} dg_pub_rec_opts;

/* ---- pub_byline.c: who wrote it */

/* Adds every name of the list text[start, start+len) as a person related
 * to `subject` by `prop` (when subject != -1). Returns how many names;
 * their mention ids go to ids[] (at most max). */
size_t dg_pub_add_names(dg_page *pg, size_t start, size_t len, size_t subject, dg_prop prop,
                        unsigned src, const char *rule, size_t *ids, size_t max);

/* dg_pub_add_names(), leaving out the names of `except` (a podcast's
 * guests, who are named on the page but did not write it). */
size_t dg_pub_add_names_except(dg_page *pg, size_t start, size_t len, size_t subject,
                               dg_prop prop, unsigned src, const char *rule, size_t *ids,
                               size_t max, const dg_pub_guests *except);

/* The text of a byline after its cue, up to a date or a separator:
 * "By Martin Oakes", "Authors: Keiko SAWAMURA, Jun OKAMURA",
 * "by Peter Lindell, ..., and Alice Holloway". *prop gets author or
 * editor. Returns 0 if line i is not a byline. */
int dg_pub_byline(const dg_page *pg, size_t i, size_t *start, size_t *len, dg_prop *prop);

/* 1 if line i is a line of person names and nothing else (no prose,
 * date or organization): a name that the gazetteer knows, three names,
 * or with `single_ok` any one name. */
int dg_pub_name_line(const dg_page *pg, size_t i, int single_ok);

/* Every organization named in line i becomes the affiliation of mentions
 * ids[0..n). */
void dg_pub_affiliate_line(dg_page *pg, dg_facts *f, size_t i, const size_t *ids, size_t n,
                           const char *rule);

/* "KANEHARA Nobukatsu (Former Deputy Secretary-General, National Security
 * Secretariat)", "Jane Doe, University of Leeds": an author under the
 * title with the affiliation beside the name. Adds the author; returns 1. */
int dg_pub_author_affil_line(dg_page *pg, dg_facts *f, size_t i, size_t item, size_t *count);

/* Footnote-style affiliations under an author line: "Tom Varga¹, Lena
 * Marsh²" then "¹ Director, ..., Institute for Maritime Policy".
 * For each author of line `names` with a mark, the line below that starts
 * with the same mark gives the affiliation. */
void dg_pub_footnote_affiliations(dg_page *pg, dg_facts *f, size_t names, const size_t *ids,
                                  size_t n_ids);

/* 1 if the page is a podcast's: "podcast" or "episode" outside the
 * footer and the listings. */
int dg_pub_podcast_page(const dg_page *pg);

/* The hosts of a podcast named in its prose: "joins Sea Lanes host Ann
 * Vale", "co-host Tom Reyes", "hosted by Ann Vale". Writes the spans of
 * their names (at most max) to out[]; returns how many. */
size_t dg_pub_podcast_hosts(const dg_page *pg, dg_span *out, size_t max);

/* A podcast episode's host is its author; its guests are persons only.
 * Collects the guests: "Ryan Evans is joined by Michael Kofman", "speaks
 * with NAME", "NAME joins the conversation". */
void dg_pub_find_guests(const dg_page *pg, dg_pub_guests *g);

/* "Contributors: A, B and C", "Contributing authors: ..." in the body of a
 * page whose header names no author: the authors of a report's
 * chapters, who are the authors of the report. Returns how many. */
size_t dg_pub_contributors_line(dg_page *pg, size_t item);

/* "Ann Vale (Harbor Institute) and Tom Reyes (Coastal University)" under
 * the heading: the hosts of an episode or the authors of a piece, each
 * with the organization in the parentheses. Returns how many. */
size_t dg_pub_names_affiliations_line(dg_page *pg, dg_facts *f, size_t i, size_t item,
                                      const dg_pub_guests *except);

/* "Jump to an expert reaction:" then "NAME: Section heading" lines, each
 * heading repeated over its section below: a piece made of sections
 * by several authors ("our experts react"), whose authors they are.
 * Returns how many authors were found. */
size_t dg_pub_section_authors(dg_page *pg, size_t item);

/* "This volume, edited by Dr. Brevik, is ...": an editor named in the
 * prose about the page's own item. */
void dg_pub_prose_editors(dg_page *pg, size_t item);

/* The end of the word at s[i] (a space, a comma, a full stop ... ends
 * it; an apostrophe does not). */
size_t dg_pub_word_end(const char *s, size_t n, size_t i);

/* The run of capitalised words that starts at s[i] (spaces skipped), at
 * most eight words (a name is shorter): its end, before a lower-case word
 * or punctuation. */
size_t dg_pub_cap_run(const char *s, size_t n, size_t *i);

/* ---- pub_imprint.c: when and by whom it was published */

/* The date on line i, when the page model marked it as holding one;
 * returns 1 and sets *d if so. */
int dg_pub_find_date(const dg_page *pg, size_t i, dg_date *d);

/* The main item's date: "Published ..." anywhere outside listings and the
 * footer ("Published online" first), else the first date in the header or
 * right above the title; never a copyright year or an editor's note. */
int dg_pub_pub_date(const dg_page *pg, const dg_pageinfo *info, dg_date *d, size_t *line);

/* The organization that published the page's item: an item published
 * elsewhere names its publisher ("Originally published in ...",
 * "Full piece at ..."), else the site's. Returns its organization index
 * (*span_start where the page names it), or (size_t)-1. */
size_t dg_pub_publisher(const dg_page *pg, const dg_pageinfo *info, size_t *span_start);

/* "Coastal Affairs, 41(2), March 2016, 211–239": a volume(issue). */
int dg_pub_journal_citation(const char *s, size_t n);

/* "Harbor University Press, 2023", "Harbor Institute (May 2021)": after
 * an organization's name at the start of a field, the rest s[0..n) is a
 * date or a year alone. Sets *d (its span in s) and *year_only; returns
 * 1 if so. */
int dg_pub_date_after_org(const char *s, size_t n, dg_date *d, int *year_only);

/* 1 if s[0..n) holds one of journal_words: an item printed with such a
 * venue is a journal article. */
int dg_pub_journal_venue(const char *s, size_t n);

/* ---- pub_citations.c: items named by a citation, and items the page names */

/* The entity of a listed item titled t. A title that folds to the page's
 * own title is the page's item again, unless the record prints a year:
 * then it is another work of the same title (a paper's journal version,
 * this year's strategy), keyed with its year so that its IRI differs
 * (SPEC section 2). Returns (size_t)-1 for the page's own item. */
size_t dg_pub_listed_entity(const dg_page *pg, dg_facts *f, dg_pageinfo *info,
                            const char *t, dg_span sp, const dg_date *d);

/* The quoted title of a citation in s[0..n): after a straight, curly or
 * French (guillemet) opening quote at a word's start, up to its closing quote; two words or
 * more. Sets [*a, *b) to the text inside and *after past the closing
 * quote. Returns 1 if found. */
int dg_pub_quoted_title(const char *s, size_t n, size_t *a, size_t *b, size_t *after);

/* "Cite as: Helen Marsh and Tomas Berg, “Harbor Relations: TITLE,” ...",
 * "Suggested citation: ...": the page's own item cited; when the header
 * names no author, the citation does. The quoted title must hold the
 * page's title. Returns how many authors were added to `item`. */
size_t dg_pub_own_citation(dg_page *pg, const dg_pageinfo *info, size_t item);

/* A citation line under a list heading ("Published Versions", "Cited
 * By"): 'Marsh, Helen & Berg, Tomas K., 2031. "Title," Journal of Harbor
 * Economics, Gull Press, vol. 12(C).' or 'Helen Marsh and Tomas Berg,
 * “Title,” Harbor Connections, Vol. 4, No. 3, June 2030, pp. 7–15.'
 * The title in quotes; before it the authors and the year; after it the
 * venue (a journal venue, or volume and page fields, make a journal
 * article), the publisher (an organization) and the most specific date.
 * Returns 1 if line i is one. */
int dg_pub_cite_record(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t i,
                       const dg_pub_rec_opts *o);

/* ---- pub_books.c: books and pieces named in running text */

/* Items named in the running text of the body: books after a cue, and
 * pieces cited by their quoted titles. */
void dg_pub_prose_items(dg_page *pg, dg_pageinfo *info, dg_facts *f);

#endif
