/* person.h - what the person recognisers share: affiliations
 * (person_affiliations.c), bios (person_bios.c) and credit lines
 * (person_credits.c), for the names in the prose (person_names.c). Internal to the extractor; the entry
 * points are in extract.h. */
#ifndef DG_PERSON_H
#define DG_PERSON_H

#include <stddef.h>

#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"

/* The gazetteer's word sets of credit phrases (borrowed). */
typedef struct dg_person_credit_cues {
  const dg_wordset *heading, *staff, *label, *by, *thanks;
  const dg_wordset *any; /* by and thanks together: one scan a line */
} dg_person_credit_cues;

/* The organization whose page this is, as an entity: the main
 * publication's publisher, else the site's organization; (size_t)-1 if
 * neither is known. Staff credited in an organization's own publication
 * work for it. Looked up once, on the first credit that needs it. */
typedef struct dg_person_page_org_cache {
  dg_pageinfo *info;
  size_t e;
  int asked;
} dg_person_page_org_cache;

/* 1 if s[0..n) holds a position word ("director", "fellow" ...), whole
 * and ignoring case. One pass over the text, a binary search per word:
 * this is asked of many lines and appositives. */
int dg_person_has_position_word(const char *s, size_t n);

/* A program, project or initiative inside a larger organization. */
int dg_person_sub_unit(const dg_page *pg, const dg_orgm *om);

/* Where an organization named near a person is not the person's
 * employer: a school he graduated from, a body he is accredited to, an
 * acronym used as a modifier. */
int dg_person_not_employer(const dg_page *pg, const dg_orgm *om, size_t start);

size_t dg_extract_affiliations(dg_page *pg, dg_facts *f, size_t mention, size_t start,
                               size_t len, int all, const char *rule);

/* Verbs that open a bio sentence after the name. */
int dg_person_bio_verb_at(const char *s, size_t n);

/* "About the author" sections: each sentence that opens with a name is
 * that person's bio, and so are the sentences after it ("She is ...")
 * until another name opens one. A paragraph that opens with neither is
 * about something else. */
void dg_person_about_sections(dg_page *pg, dg_pageinfo *info, dg_facts *f);

/* Name cards: a line that is a person's name, then one or two lines of
 * position and organization ("Ruth Okafor" / "Senior Fellow, Polar
 * Studies Institute; Director, Arctic Program"), as speaker cards,
 * contributor lists and staff pages print them. Every organization named
 * is an affiliation, programs included. A person so presented is not one
 * the page discusses. */
void dg_person_name_cards(dg_page *pg, dg_facts *f);

/* Record lines: "Ruth Okafor – Marlow University and NBER", "Ines Falk,
 * Senior Fellow, Skerry Institute", "Tobias Lindqvist (Ostrander Fund)":
 * a line that is one person's name and affiliation, as author lists,
 * contributor notes and speaker lists print them. Every organization of
 * the affiliation counts. A person so presented is not one the page
 * discusses. */
void dg_person_record_lines(dg_page *pg, dg_facts *f);

/* Quotation attributions: "“... a valuable guide ...” — Ruth Okafor,
 * Professor, Marlow University". The person speaks for the page (praise,
 * an epigraph): a credit, not someone the page discusses, with every
 * organization named as an affiliation. */
void dg_person_attributions(dg_page *pg, dg_facts *f);

/* Picture credits in captions: the photographer is credited, not
 * discussed, and works for the agency named with the name. */
void dg_person_photo_credits(dg_page *pg, dg_facts *f);

void dg_person_credit_cues_init(dg_person_credit_cues *c, const dg_gazetteer *gz);

/* Marks the lines of credit blocks: from a credit heading to the next
 * blank line or heading of another kind. Returns a new array of n_lines
 * flags; free with free(). */
unsigned char *dg_person_credit_blocks(const dg_page *pg, const dg_person_credit_cues *cc);

/* "Layout and graphics: Petra Holzer-Brandli", "ISR-GSU project
 * management: NAME, Title; NAME, Title", and in a block of credits any
 * "Label: names" line: staff named in credits. A line may hold several
 * credits one after the other. */
void dg_person_credit_line(dg_page *pg, dg_facts *f, size_t li, const dg_person_credit_cues *cc,
                        int in_block, dg_person_page_org_cache *po);

/* 1 if line `l` holds a credit phrase or an acknowledgement word. */
int dg_person_credit_words_in(const dg_page *pg, const struct dg_person_credit_cues *cc, const dg_line *l);

/* 1 if the name at byte `at` of line `l` is credited for work on the
 * page rather than discussed: a credit phrase opens its clause
 * ("translated by A and B", "photo by A"), or its sentence is the
 * author's acknowledgement ("We thank A for comments"). Reads at most a
 * few hundred bytes around the name. */
int dg_person_credited_at(const dg_page *pg, const struct dg_person_credit_cues *cc, const dg_line *l,
                       size_t at);

#endif
