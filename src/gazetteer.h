/* gazetteer.h - what docgraph knows about the world, loaded from data files.
 *
 * Every table comes from ontology/gazetteer/ (compiled into the binary);
 * no name of a country, organization or person is written in C. */
#ifndef DG_GAZETTEER_H
#define DG_GAZETTEER_H

#include <stddef.h>

#include "match.h"

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

typedef struct dg_gazetteer dg_gazetteer;

/* Returns the gazetteer built from the embedded data files; free with
 * dg_gazetteer_free(). Loading takes a few milliseconds. */
dg_gazetteer *dg_gazetteer_new(void);
void dg_gazetteer_free(dg_gazetteer *gz);

size_t dg_gazetteer_n_countries(const dg_gazetteer *gz);
/* Borrowed, valid while the gazetteer lives. */
const dg_country *dg_gazetteer_country(const dg_gazetteer *gz, size_t i);
/* Returns the index of the country with alpha-2 `code`, or (size_t)-1. */
size_t dg_gazetteer_country_by_code(const dg_gazetteer *gz, const char *code);
/* The matcher over every country form and every blocking phrase. */
const dg_matcher *dg_gazetteer_countries(const dg_gazetteer *gz);
/* 1 if `form` (exact text) is a country form that needs context to count
 * ("Jordan", "Chad", "Georgia"). */
int dg_gazetteer_country_ambiguous(const dg_gazetteer *gz, const char *form);

/* Calls fn(fields, n_fields, ud) for each data row of a TSV text: '#'
 * comments and blank lines skipped, fields split on TAB. The fields point
 * into a scratch copy valid only during the call. */
void dg_tsv_each(const char *text, void (*fn)(char **fields, size_t n, void *ud),
                 void *ud);

#endif
