/* orgs.h - organization mentions on a page: gazetteer names and aliases,
 * name shapes ("University of X", "X Institute for Y", "Center on Z"),
 * acronyms linked to their expansion, copyright holders.
 *
 * The page's organizations are collected first (one scan over the tokens)
 * so that every other recogniser can ask "is there an organization in
 * this stretch of text?" (affiliations, hosts, publishers) and so that
 * country words inside an organization's name can be set aside. */
#ifndef DG_ORGS_H
#define DG_ORGS_H

#include <stddef.h>

#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/page.h"

#define DG_NO_ORG ((size_t)-1)

/* One mention of an organization in the text. */
typedef struct dg_orgm {
  size_t start;      /* byte span in the page */
  size_t len;
  size_t org;        /* the page's organization it names */
  unsigned flags;    /* DG_OM_* */
} dg_orgm;

enum {
  DG_OM_GAZ = 1,       /* a gazetteer name or alias */
  DG_OM_SHAPE = 2,     /* the shape of an organization's name */
  DG_OM_ACRONYM = 4,   /* an acronym linked to its expansion on the page */
  DG_OM_HOLDER = 8,    /* a copyright holder */
  DG_OM_CHROME = 16,   /* in site chrome: share buttons, design credits, venues */
  DG_OM_KNOWN = 32,    /* a repeat of a name found elsewhere on the page */
  DG_OM_PART = 64      /* a program of a named parent ("Arctic Program at the
                          Ostrander Fund"): no entity of its own */
};

typedef struct dg_orgs dg_orgs;

/* Returns a new, empty set; free with dg_orgs_free(). */
dg_orgs *dg_orgs_new(void);
void dg_orgs_free(dg_orgs *o);

/* Finds every organization mention of the page (pg->text, pg->toks,
 * pg->lines must be set). Linear in the page. */
void dg_orgs_scan(dg_orgs *o, const dg_page *pg);

/* Adds an organization that only the structure of the text names
 * ("Sponsored by the Marlow Institute and Baltic Watch") at text[start,
 * start+len), with its mention. Returns the organization's index. */
size_t dg_orgs_add_name(dg_orgs *o, const dg_page *pg, size_t start, size_t len);

/* Mentions in text order. Borrowed; valid until the set is freed. */
size_t dg_orgs_n_mentions(const dg_orgs *o);
const dg_orgm *dg_orgs_mention(const dg_orgs *o, size_t i);

/* The first mention that starts in text[start, start+len), or DG_NO_ORG. */
size_t dg_orgs_first_in(const dg_orgs *o, size_t start, size_t len);
/* The organizations of a list in text[a, b): "the Marlow Institute (MI),
 * Baltic Watch and the Arctic Program at Kellner University", each named
 * by a mention joined to the one before by commas, "and", "&" or "the"
 * alone; a bracketed acronym and a parent after "at" are passed over
 * (the unit named is the one that acts). Sets found[0, returned) to the
 * mentions' indexes (at most max) and *end to where the list stops: just
 * after its last name or parent, or a when none starts it. */
size_t dg_orgs_list(const dg_orgs *o, const dg_page *pg, size_t a, size_t b, size_t *found,
                    size_t max, size_t *end);
/* The mention that covers byte `offset`, or DG_NO_ORG. */
size_t dg_orgs_covering(const dg_orgs *o, size_t offset);

/* 1 if organization mentions cover at least `percent` of the letters of
 * line i (with `ascii_letters`, ASCII letters are counted; otherwise also
 * digits and non-ASCII bytes). 0 when the page has no organizations. */
int dg_orgs_cover(const dg_page *pg, size_t i, unsigned percent, int ascii_letters);

/* 1 if organization mentions cover (nearly) all of line i: a site name or
 * an affiliation line ("GIPRA University, Moscow": an organization and a
 * city still make one), not a title or a list of names. */
static inline int dg_orgs_line(const dg_page *pg, size_t i) { return dg_orgs_cover(pg, i, 60, 0); }

/* The organization a known acronym at the start of mention `m` names,
 * when the mention is longer: "SIPRI Arms Programme" is a unit of SIPRI.
 * Returns the parent's index, or DG_NO_ORG. */
size_t dg_orgs_parent_in_name(dg_orgs *o, const dg_page *pg, size_t m);

/* The organization of mention m as the object of `prop` of `subject`,
 * at the mention's span: its entity made as dg_orgs_entity() makes it,
 * and the fact added, both under `rule`. Returns the entity. */
size_t dg_orgs_ref(dg_orgs *o, dg_facts *f, size_t subject, dg_prop prop, const dg_orgm *m,
                   const char *rule);

/* What the page knows about organization `org`: its kind (DG_ORG_OTHER for
 * one found by shape). */
dg_org_kind dg_orgs_kind(const dg_orgs *o, size_t org);

/* Where the page first names `org` (for evidence), {0, 0} if nowhere. */
dg_span dg_orgs_span(const dg_orgs *o, size_t org);

/* The Organization entity of `org` in `f`, made on first use (its names
 * are added by dg_orgs_finish). */
size_t dg_orgs_entity(dg_orgs *o, dg_facts *f, size_t org, dg_span span, const char *rule);

/* Makes an entity for every organization mentioned in the page's content
 * (not only in chrome), then adds dg:name (the fullest form written on
 * the page) and dg:alternateName (every other form) to each entity. */
void dg_orgs_finish(dg_orgs *o, const dg_page *pg, dg_facts *f);

/* 1 if `len` bytes of `s` are a word that heads an organization's name
 * ("Institute", "University", "Ministry"), ignoring case. */
int dg_org_head_word(const char *s, size_t len);

#endif
