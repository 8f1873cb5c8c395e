/* names.h - person names: honorifics, name shapes, lists and affiliations.
 *
 * Pure string functions over a name as written ("Dr. Tom Brevik", "Keiko
 * SAWAMURA", "Maria K. Ostberg (Institute for Coastal Policy)"),
 * using the gazetteer for given names and titles. No facts are made here:
 * the recognisers decide what a name is for. */
#ifndef DG_NAMES_H
#define DG_NAMES_H

#include <stddef.h>

#include "extract/gazetteer.h"

/* A person's name read from text. All strings are owned (dg_name_release). */
typedef struct dg_name {
  char *display;    /* honorifics and suffixes dropped, ALL-CAPS words in
                       title case: "Tom Brevik", "Keiko Sawamura" */
  char *written;    /* as written (white space squeezed), with its
                       honorifics: "Dr. Tom Brevik", "Keiko SAWAMURA" */
  char *given;      /* the first given name ("Tom"), "" when unknown */
  char *surname;    /* the family name ("Rozman"; "Chun" in "CHUN Yungwoo") */
  unsigned words;   /* name words in `display` (initials count) */
  int known_given;  /* 1 if `given` is in first-names.txt (2: ambiguous) */
  int honorific;    /* 1 if an honorific or title preceded the name */
  int family_first; /* written family name first ("CHUN Yungwoo") */
  size_t start;     /* byte offset of the name proper in the input */
  size_t len;       /* its length (honorifics and suffixes excluded) */
} dg_name;

/* How strict dg_name_parse() is. */
enum {
  DG_NAME_SHAPE = 0,      /* capitalised words, initials, particles */
  DG_NAME_GIVEN = 1,      /* ...and the first word is a known given name */
  DG_NAME_SINGLE = 2      /* accept one word (a surname after a title) */
};

void dg_name_init(dg_name *n);
/* Frees the strings; `n` may be NULL. The name can be parsed into again. */
void dg_name_release(dg_name *n);

/* Reads `len` bytes of `s` as one person's name: optional honorifics and
 * titles ("Dr.", "Lt Gen", "Ambassador"), the name (2 to 6 words, or 1 with
 * DG_NAME_SINGLE), an optional suffix ("Jr.", "(ret.)", "PhD"). Leading and
 * trailing white space and punctuation are ignored. Returns 1 and fills
 * *out (released first) if it is a plausible name, else 0. */
int dg_name_parse(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                  dg_name *out);

/* Length of the honorifics and titles at the start of s[0..len) with the
 * spaces after them, 0 if none; *kind gets the last one's dg_hon_kind. */
size_t dg_name_honorific(const dg_gazetteer *gz, const char *s, size_t len, int *kind);

/* 1 if `len` bytes of `s` are a word that is never part of a person's
 * name in this genre: a month, a weekday, an organization head word
 * ("Institute"), a document word ("Report"), a position ("Fellow"). */
int dg_name_stopword(const char *s, size_t len);

/* 1 if `len` bytes at s are a particle of names, as written: "van", "von",
 * "bin", "de" (the lexicon's DG_LEX_PARTICLE); one that opens a surname
 * far more often than anything else, so that the capitalised word after
 * it is a surname ("Mark von Hagen"), flagged "surname" there. */
int dg_name_particle(const char *s, size_t len);
int dg_name_surname_particle(const char *s, size_t len);

/* A part of a list of names: byte offset and length in the input. */
typedef struct dg_part {
  size_t start;
  size_t len;
} dg_part;

/* Splits a list of names at commas, semicolons, "and", "&", "et" and "/"
 * (the Oxford comma included), without splitting "Smith, Jr." or initials.
 * Stops at "et al.". Writes at most `max` parts; returns how many there
 * are. Linear in `len`. */
size_t dg_name_split(const char *s, size_t len, dg_part *parts, size_t max);

/* Reads s[0..len) as a list of names: splits it with dg_name_split()
 * into at most `max` parts (written to parts[], which holds `max`) and
 * parses each with dg_name_parse() and `flags`. Returns the number of
 * parts if there are 1 to `max` and every one is a name, else 0; *known
 * gets how many of them have a known given name. */
size_t dg_name_list(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                    dg_part *parts, size_t max, size_t *known);

/* Splits "Name (Org)", "Name — Org", "Name, Title, Org", "Name of the
 * Org" into the name and the text that holds the affiliation. Returns 1 and
 * sets *name and *aff (aff->len is 0 when there is none) if s[0..len)
 * starts with a plausible name (parsed with `flags`). */
int dg_name_affil_split(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                        dg_part *name, dg_part *aff);

/* Like dg_name_affil_split(), and on success also hands over the name
 * parsed from s[0, name->len) with `flags` (what dg_name_parse() would
 * give for that span) in *out, released first; *out (initialised with
 * dg_name_init()) is left alone on failure. The caller releases it. */
int dg_name_affil_parse(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                        dg_part *name, dg_part *aff, dg_name *out);

/* 1 if s[0..len) is one person's record cut into items by separators,
 * as a contributor list or a team page prints it ("Ada Lind | Senior
 * Fellow | Tundra Institute", "Dr. Ben Roe · Director · Harbour Centre"):
 * the first item (before "|", "·", "•", a tab or two spaces) is all a
 * full name with a known given name, and another item follows. Such a
 * line looks like a menu but is not one. Returns the offset of the
 * second item (where the person's position and organizations start), or
 * 0 if the line is no such record. */
size_t dg_name_record_line(const dg_gazetteer *gz, const char *s, size_t len);

/* Length of a footnote mark (¹, ², *, †) ending s[0..len), or 0. */
size_t dg_name_footnote_len(const char *s, size_t len);

/* 1 if two names can be one person on one page: the same surname, and
 * given names that are equal, variants ("Gil"/"Gilbert") or an initial of
 * each other, middle names that do not contradict. */
int dg_name_same_person(const dg_gazetteer *gz, const dg_name *a, const dg_name *b);

/* Returns a new string: `s` with each ALL-CAPS word of 2+ letters in title
 * case ("KEIKO SAWAMURA" -> "Keiko Sawamura"). Free with free(). */
char *dg_name_title_case(const char *s, size_t len);

#endif
