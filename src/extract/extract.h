/* extract.h - the recognisers the mapper runs over one page.
 *
 * Each takes the page model (text, tokens, lines and zones, gazetteer, the
 * organizations and person mentions found so far) and adds what it finds
 * to the facts. All are pure C: text in, facts out, no Redland. */
#ifndef DG_EXTRACT_H
#define DG_EXTRACT_H

#include <stddef.h>

#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/page.h"
#include "extract/title.h"
#include "extract/tokens.h"

/* What the page is, as classify.c reads it. */
typedef struct dg_pageinfo {
  dg_title title;        /* the main heading (owned: dg_pageinfo_release) */
  int is_event;          /* the page announces or reports a named event */
  int is_pub;            /* the page presents a publication */
  int is_profile;        /* the page presents a person (an expert's
                            profile, a speaker's page) */
  dg_class pub_class;    /* the main publication's class */
  dg_class event_class;  /* the event's class */
  size_t site_org;       /* the site's organization (masthead, else
                            copyright holder), or (size_t)-1 */
  int year;              /* the latest year of a date on the page, or 0 */
  size_t main_pub;       /* entity of the main publication, or (size_t)-1 */
  size_t main_event;     /* entity of the event, or (size_t)-1 */
} dg_pageinfo;

/* Frees what the info owns; `info` may be NULL. */
void dg_pageinfo_release(dg_pageinfo *info);

/* The event class an event word in s[0..len) names ("webinar",
 * "Symposium", "séminaire"), or DG_CLASS_NONE (classify.c). */
dg_class dg_event_word_class(const char *s, size_t len);

/* Finds the title, decides what the page is about and its class cues
 * (classify.c). Sets the page's zones. `trace` (may be NULL) sees every
 * candidate heading (dg_title_find()). */
void dg_classify(dg_page *pg, dg_pageinfo *info, dg_title_trace_fn trace, void *ud);

/* The main publication: title, class, date, authors, editors, publisher,
 * DOI, dg:describes (pub_header.c). */
void dg_extract_publication(dg_page *pg, dg_pageinfo *info, dg_facts *f);

/* On a page that is not about a publication (an event's recap): the
 * item of an "About the report" section (a title line, a credit line
 * "Compiled and written by ...", a date) is the publication the page
 * presents, its primary item (pub_header.c). */
void dg_extract_presented_publication(dg_page *pg, dg_pageinfo *info, dg_facts *f);

/* Items the page only lists (related, "people also read"): dg:lists, and
 * dg:relatedTo from the main publication (pub_listings.c). */
void dg_extract_listings(dg_page *pg, dg_pageinfo *info, dg_facts *f);

/* Books and reports named in the text s[start, start+len) of a bio ("His
 * most recent book is TITLE (Publisher, 2023)"): listed publications with
 * the person of `author` (a person mention) as author (pub_books.c). */
void dg_extract_bio_books(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t start,
                          size_t len, size_t author);

/* The lines of a page that tell of one event (event_parts.c finds them):
 * the page's own event, each event of a calendar or a programme, a
 * related event in a listing, a named and dated event in the prose. */
typedef struct dg_event_part {
  size_t lo, hi;               /* its lines, [lo, hi) */
  unsigned char *others;       /* owned, one per line of the page: 1
                                  where another part tells of the line
                                  (only the page's own event, which spans
                                  the page, has it); NULL if none */
  char *title;                 /* owned: the event's name */
  dg_span span;                /* where the name is written */
  size_t when;                 /* the line of its date, or DG_NO_LINE */
  size_t when_from;            /* where on that line its date may start,
                                  when the name is on the same line (a
                                  text offset; 0 otherwise) */
  dg_class cls;                /* DG_CLASS_NONE: a forum */
  int main;                    /* the page's own event: the site hosts it
                                  when nobody else is named */
  dg_prop rel;                 /* how the document relates to it:
                                  DG_P_DESCRIBES or DG_P_LISTS */
  const char *rule;            /* static: what found it */
} dg_event_part;

/* Every part of the page that tells of an event, in page order; the
 * page's own event (info->is_event) first. Returns how many, and a new
 * array in *parts, freed with dg_event_parts_free(). */
size_t dg_event_parts_find(dg_page *pg, dg_pageinfo *info, dg_event_part **parts);
void dg_event_parts_free(dg_event_part *parts, size_t n);

/* The event a part tells of: title, class, date and times, location,
 * hosts, every role and participant with affiliations (extract_event.c). */
void dg_extract_event(dg_page *pg, dg_pageinfo *info, dg_facts *f, const dg_event_part *part);

/* Persons in prose (names with given names, titles and surnames, public
 * figures, "the Obama administration"), known names found again, bios and
 * appositive affiliations (extract_person.c). */
void dg_extract_persons(dg_page *pg, dg_pageinfo *info, dg_facts *f);

/* The bio of the person of mention `subject` in lines [first, last]:
 * affiliations and books (extract_person.c). */
void dg_extract_bio(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t first, size_t last,
                    size_t subject);

/* Affiliations written after a person's name in s[start, start+len):
 * "Senior Fellow, Halden Center; Director, Tundra Institute". With `all`,
 * every organization named counts; else sub-units (programs, projects)
 * are left out when their parent is named (extract_person.c). Returns
 * the first organization's entity, or (size_t)-1. */
size_t dg_extract_affiliations(dg_page *pg, dg_facts *f, size_t mention, size_t start,
                               size_t len, int all, const char *rule);

/* Named, dated events told of in the prose ("the 2031 Harbour Review
 * Conference opened ... on 3 May"), with the people the paragraph names
 * as taking part. Runs after dg_extract_persons(), whose mentions it
 * relates (extract_prose_events.c). */
void dg_extract_prose_events(dg_page *pg, dg_pageinfo *info, dg_facts *f);

/* Adds a Country entity (dg:name, dg:isoCode, owl:sameAs) and
 * dg:mentionsCountry for every country the text names. */
void dg_extract_countries(const dg_page *pg, dg_facts *f);

#endif
