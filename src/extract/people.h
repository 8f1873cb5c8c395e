/* people.h - the persons of one page: every mention, then identity.
 *
 * Recognisers add mentions as they find them (a byline, a role block, a
 * name in the prose, "President Biden") together with the facts that have
 * a person as object or subject. Only when the whole page has been read
 * are the mentions joined into persons: the longest form wins, a surname
 * or a nickname joins a full name when that is unambiguous on the page,
 * and a public figure named by title and surname gets the full name. Then
 * the Person entities and the deferred facts are written. */
#ifndef DG_PEOPLE_H
#define DG_PEOPLE_H

#include <stddef.h>

#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/names.h"
#include "extract/page.h"

#define DG_NO_PERSON ((size_t)-1)

/* Where a mention was found (a bit set per person). */
enum {
  DG_PS_BYLINE = 1,    /* author / editor of the page's item */
  DG_PS_ROLE = 2,      /* an event's role block or role phrase */
  DG_PS_PROSE = 4,     /* running text */
  DG_PS_LISTING = 8,   /* a related item's byline */
  DG_PS_CREDIT = 16,   /* staff credits ("Layout: ...") */
  DG_PS_BIO = 32,      /* the subject of a bio */
  DG_PS_FIGURE = 64,   /* a public figure by title or surname */
  DG_PS_CITATION = 128, /* a citation line ("Lindell, Peter, et al.") */
  DG_PS_LINE = 256,    /* a line that is not running prose: a heading, a
                          caption, a list of names */
  DG_PS_CARD = 512     /* presented with a position: a name card, a record
                          line "NAME, Title, ORG" */
};

typedef struct dg_people dg_people;

/* Returns a new, empty set; free with dg_people_free(). `gz` is borrowed. */
dg_people *dg_people_new(const dg_gazetteer *gz);
void dg_people_free(dg_people *p);

/* Adds a mention of the name `n` (copied) found at `span`: a full name, or
 * a surname alone (n->words == 1) that only counts if it joins a person
 * named in full on the page. Returns the mention's id. */
size_t dg_people_add(dg_people *p, const dg_name *n, dg_span span, unsigned src,
                     const char *rule);

/* Adds a mention of public figure `figure` (a gazetteer index) written as
 * `written` ("President Trump", "Obama"), found where `src` says
 * (DG_PS_FIGURE is added). Returns the mention's id. */
size_t dg_people_add_figure(dg_people *p, size_t figure, const char *written, dg_span span,
                            unsigned src, const char *rule);

/* Marks mention `mention`, a full name written on the page, as naming
 * public figure `figure`: the page's form stays the person's name
 * ("Okabe Tomoe" written family name first is not turned around). */
void dg_people_link_figure(dg_people *p, size_t mention, size_t figure);

/* Adds the DG_PS_* bits `src` to mention `mention` (a role learnt after
 * the name was read: the subject of a bio sentence). */
void dg_people_mark(dg_people *p, size_t mention, unsigned src);

/* Facts to write once identity is known: (subject entity, prop, person of
 * `mention`), e.g. a publication's dg:author; and (person of `mention`,
 * dg:affiliation, org entity). */
void dg_people_relate(dg_people *p, size_t subject, dg_prop prop, size_t mention, dg_span span,
                      const char *rule);
void dg_people_affiliate(dg_people *p, size_t mention, size_t org, dg_span span,
                         const char *rule);

/* Mention ids are dense: 0 .. dg_people_n_mentions() - 1. The display
 * name of a mention (borrowed) and whether it is a full name. */
size_t dg_people_n_mentions(const dg_people *p);
const char *dg_people_display(const dg_people *p, size_t mention);
int dg_people_is_full(const dg_people *p, size_t mention);
/* Where mention `mention` is written. */
dg_span dg_people_span(const dg_people *p, size_t mention);

/* 1 if [start, start+len) overlaps a mention of a person (after
 * dg_people_resolve, only of persons that were kept). */
int dg_people_covers(const dg_people *p, size_t start, size_t len);

/* 1 if a full name on the page has the surname (or given name) `s`
 * (`len` bytes), compared by text key: for finding them again in prose. */
int dg_people_known_surname(const dg_people *p, const char *s, size_t len);

/* Joins the mentions into persons, makes their Person entities (dg:name,
 * dg:alternateName), writes the deferred facts and dg:mentionsPerson for
 * the persons discussed in running prose (DG_PS_PROSE) that have no
 * structural role anywhere on the page: not an author, editor, listed
 * author, participant, host, bio subject, credited staff or cited author. */
void dg_people_resolve(dg_people *p, const dg_page *pg, dg_facts *f);

#endif
