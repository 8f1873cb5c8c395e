/* gazetteer.h - what docgraph knows about the world, loaded from data files.
 *
 * Every table comes from ontology/gazetteer/ (compiled into the binary);
 * no name of a country, organization or person is written in C. */
#ifndef DG_GAZETTEER_H
#define DG_GAZETTEER_H

#include <stddef.h>

#include "extract/match.h"

typedef struct dg_country {
  char code[4];       /* ISO 3166-1 alpha-2, "SU" for the Soviet Union */
  const char *name;   /* borrowed from the gazetteer: English short name */
  const char *qid;    /* Wikidata id ("Q17") or "" */
} dg_country;

/* How a country form may be used. */
typedef enum dg_country_form {
  DG_CF_NAME,      /* Japan */
  DG_CF_OFFICIAL,  /* Russian Federation */
  DG_CF_ABBREV,    /* U.S., PRC */
  DG_CF_ADJ,       /* Japanese, Soviet */
  DG_CF_PREFIX,    /* Sino, Russo: only before a hyphen */
  DG_CF_ALT        /* Burma, Holland */
} dg_country_form;

/* Values stored in the country matcher: a country match encodes
 * (index << 4 | form); a phrase that is NOT a country mention (a sea, a
 * region, an organization's name) is DG_GZ_BLOCK. */
#define DG_GZ_BLOCK (-1L)
#define DG_GZ_COUNTRY(v) ((size_t)((v) >> 4))
#define DG_GZ_FORM(v) ((dg_country_form)((v)&15))

/* The contexts in which an ambiguous country form is NOT a country
 * (country-ambiguous.tsv, column CONTEXT); a bit set. */
enum {
  DG_CTX_PERSON = 1,   /* a given name: "Chad Smith", "Michael Jordan" */
  DG_CTX_SURNAME = 2,  /* only after a given name: "David French" */
  DG_CTX_PLACE = 4,    /* a place after "City, ": "Atlanta, Georgia" */
  DG_CTX_HEADING = 8,  /* an ordinary word in an ALL-CAPS line: "CONTACT US" */
  DG_CTX_PREFIX = 16,  /* a combining form, only before a hyphen */
  DG_CTX_AMBIGUOUS = 32 /* listed, whatever the context (never 0 when listed) */
};

/* The kind of an organization (orgs.tsv, column KIND). */
typedef enum dg_org_kind {
  DG_ORG_OTHER,
  DG_ORG_THINKTANK,
  DG_ORG_UNIVERSITY,
  DG_ORG_CENTRE,
  DG_ORG_GOVERNMENT,
  DG_ORG_LEGISLATURE,
  DG_ORG_INTL,
  DG_ORG_MEDIA,
  DG_ORG_PUBLISHER,
  DG_ORG_COMPANY,
  DG_ORG_MILITARY,
  DG_ORG_FOUNDATION,
  DG_ORG_PARTY,
  DG_ORG_JOURNAL,    /* a venue, not an organization */
  DG_ORG_SOCIAL      /* a social network: an organization when the text
                        speaks of it, site chrome on a share or follow line */
} dg_org_kind;

/* The kind named `name` as orgs.tsv writes it ("thinktank", "intl"),
 * DG_ORG_OTHER for any other name. */
dg_org_kind dg_org_kind_from_name(const char *name);

typedef struct dg_org {
  const char *name;   /* canonical name; borrowed from the gazetteer */
  dg_org_kind kind;
} dg_org;

/* The kind of a title or honorific (honorifics.tsv, column KIND). */
typedef enum dg_hon_kind {
  DG_HON_HONORIFIC,
  DG_HON_OFFICE,
  DG_HON_MILITARY,
  DG_HON_ACADEMIC,
  DG_HON_RELIGIOUS
} dg_hon_kind;

/* Or-ed into the matcher value of a title's plural form ("Deputy
 * Secretaries-General", "Foreign Ministers"), made from each office,
 * rank, academic and clerical title of honorifics.tsv: names of several
 * people follow it. DG_HON_KIND() gives the dg_hon_kind. */
#define DG_HON_PLURAL 0x10
#define DG_HON_KIND(v) ((v) & 0x0F)

/* A well-known office holder (public-figures.tsv). Borrowed strings. */
typedef struct dg_figure {
  const char *name;      /* "Anders Kallberg" */
  const char *surnames;  /* "Kallberg" or "Tervonen|Tervoinen" */
  const char *titles;    /* "Prime Minister|PM" */
  char code[4];          /* the country served */
} dg_figure;

typedef struct dg_gazetteer dg_gazetteer;

/* Returns the gazetteer built from the embedded data files; free with
 * dg_gazetteer_free(). Loading takes a few milliseconds. */
dg_gazetteer *dg_gazetteer_new(void);
void dg_gazetteer_free(dg_gazetteer *gz);

/* ---- countries */
size_t dg_gazetteer_n_countries(const dg_gazetteer *gz);
/* Borrowed, valid while the gazetteer lives. */
const dg_country *dg_gazetteer_country(const dg_gazetteer *gz, size_t i);
/* Returns the index of the country with alpha-2 `code`, or (size_t)-1. */
size_t dg_gazetteer_country_by_code(const dg_gazetteer *gz, const char *code);
/* The matcher over every country form and every blocking phrase. */
const dg_matcher *dg_gazetteer_countries(const dg_gazetteer *gz);
/* The DG_CTX_* bits of an ambiguous form (`len` bytes), 0 if not listed. */
unsigned dg_gazetteer_country_context(const dg_gazetteer *gz, const char *form, size_t len);

/* ---- organizations */
/* Matchers over every canonical name and alias: the value is the org's
 * index. The folded one ignores ASCII case (for ALL-CAPS lines). */
const dg_matcher *dg_gazetteer_orgs(const dg_gazetteer *gz);
const dg_matcher *dg_gazetteer_orgs_folded(const dg_gazetteer *gz);
/* Borrowed; NULL when out of range. */
const dg_org *dg_gazetteer_org(const dg_gazetteer *gz, size_t i);

/* ---- people */
/* 0 if `len` bytes of `s` are not a known given name, 1 if they are, 2 if
 * they are a given name that is also an ordinary word, place or surname
 * (first-names-ambiguous.txt). */
int dg_gazetteer_given_name(const dg_gazetteer *gz, const char *s, size_t len);
/* 1 if the given names `a` and `b` can name the same person: equal, or
 * variants in one row of given-names.tsv ("Gil" and "Gilbert"). */
int dg_gazetteer_given_match(const dg_gazetteer *gz, const char *a, const char *b);
/* Matcher over honorifics and titles; the value is a dg_hon_kind. */
const dg_matcher *dg_gazetteer_honorifics(const dg_gazetteer *gz);
/* The same titles compared without regard to ASCII case, for names
 * written in capitals ("DR. ADA LIND", "AMBASSADOR TOM BERG"), where a
 * title in capitals says as much as one in mixed case. */
const dg_matcher *dg_gazetteer_honorifics_caps(const dg_gazetteer *gz);
/* Public figures: one by index (borrowed; NULL past the last), the
 * indices of those called `form` after a title (at most `max` written to
 * `out`; returns how many there are), and the index of one by full
 * name. */
const dg_figure *dg_gazetteer_figure(const dg_gazetteer *gz, size_t i);
size_t dg_gazetteer_figures_by_surname(const dg_gazetteer *gz, const char *form, size_t len,
                                       size_t *out, size_t max);
int dg_gazetteer_figure_by_name(const dg_gazetteer *gz, const char *name, size_t *index);
/* Matcher over the public figures' full names; the value is the index. */
const dg_matcher *dg_gazetteer_figure_names(const dg_gazetteer *gz);

/* ---- credits (credits.tsv) */
typedef enum dg_credit_kind {
  DG_CREDIT_HEADING, /* a line that opens a block of credits */
  DG_CREDIT_STAFF,   /* a word of a "Label: names" credit of the staff */
  DG_CREDIT_LABEL,   /* a word of a "Label: names" credit line */
  DG_CREDIT_BY,      /* a phrase right before credited names */
  DG_CREDIT_THANKS,  /* a word of an acknowledgement */
  DG_CREDIT__COUNT
} dg_credit_kind;

/* The phrases of `kind` (lower-case ASCII, at most 64): sets *out to a
 * borrowed array valid while the gazetteer lives; returns how many. */
size_t dg_gazetteer_credit_cues(const dg_gazetteer *gz, dg_credit_kind kind,
                                const char *const **out);

/* The phrases of `kind` as a word set (page.h), built once when the
 * gazetteer is loaded, as every page asks for them; DG_CREDIT__COUNT gives
 * the phrases of DG_CREDIT_BY and DG_CREDIT_THANKS together. Borrowed,
 * valid while the gazetteer lives. */
const struct dg_wordset *dg_gazetteer_credit_set(const dg_gazetteer *gz, dg_credit_kind kind);

#endif
