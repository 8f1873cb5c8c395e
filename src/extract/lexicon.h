/* lexicon.h - the words of the genre the recognisers read: genre and label
 * words, name particles, the head words of organizations' and events'
 * names. Each list is kept once, in ontology/gazetteer/lexicon.tsv: what
 * a word means does not depend on who asks. */
#ifndef DG_LEXICON_H
#define DG_LEXICON_H

#include <stddef.h>

/* The sets of lexicon.tsv (its first column), described there. */
typedef enum dg_lex_set {
  DG_LEX_PARTICLE,       /* "particle" */
  DG_LEX_GENRE,          /* "genre": value a dg_class */
  DG_LEX_EVENT_GENRE,    /* "event-genre": value a dg_class */
  DG_LEX_LABEL,          /* "label" */
  DG_LEX_LISTING_LABEL,  /* "listing-label": value a dg_class */
  DG_LEX_LABEL_MODIFIER, /* "label-modifier" */
  DG_LEX_NON_PUB_LABEL,  /* "non-pub-label" */
  DG_LEX_PUB_LABEL,      /* "pub-label" */
  DG_LEX_EVENT_LABEL,    /* "event-label" */
  DG_LEX_EVENT_CRUMB,    /* "event-crumb" */
  DG_LEX_IMPRINT,        /* "imprint" */
  DG_LEX_ORG_HEAD,       /* "org-head": value a dg_org_kind, flag "first" */
  DG_LEX_EVENT_HEAD,     /* "event-head": value a dg_class */
  DG_LEX_JOURNAL_VENUE,  /* "journal-venue" */
  DG_LEX_CHROME,         /* "chrome" */
  DG_LEX_LANGUAGE,       /* "language" */
  DG_LEX_CAPTION,        /* "caption" */
  DG_LEX_POST,           /* "post" */
  DG_LEX_BIO_VERB,       /* "bio-verb" */
  DG_LEX_HOST_BY,        /* "host-by": value a dg_prop */
  DG_LEX_COLUMN,         /* "column" */
  DG_LEX_DEADLINE,       /* "deadline" */
  DG_LEX_RELATED,        /* "related" */
  DG_LEX_RELATED_LEAD,   /* "related-lead" */
  DG_LEX_HOST_VERB,      /* "host-verb": value a dg_prop */
  DG_LEX__COUNT
} dg_lex_set;

/* The FLAG column (dg_lex.flags bits). */
enum {
  DG_LEX_FIRST = 1u << 0, /* "first": a head that opens a name */
  DG_LEX_LAST = 1u << 1,  /* "last": a head that only ends a name */
  DG_LEX_SURNAME = 1u << 2, /* "surname": a particle that opens a surname */
  DG_LEX_OTHER = 1u << 3,   /* "other": a column about something else */
  DG_LEX_GENERIC = 1u << 4  /* "generic": a label that names any piece */
};

/* One set's words, in the file's order. */
typedef struct dg_lex {
  const char *const *words;  /* n words */
  const size_t *lens;        /* strlen() of each */
  const int *values;         /* the VALUE column decoded: a dg_class, a
                                dg_org_kind or a dg_prop as the set says;
                                0 if none */
  const unsigned char *flags; /* DG_LEX_FIRST, DG_LEX_LAST, DG_LEX_SURNAME,
                                 DG_LEX_OTHER, DG_LEX_GENERIC or 0 */
  size_t n;
} dg_lex;

/* The words of set `s`: borrowed, valid for the life of the process.
 * Loaded once, on the first call from any thread, and read-only after
 * that. */
const dg_lex *dg_lexicon(dg_lex_set s);

/* 1 if s[0..n) holds a word of set `set` as a whole word, compared
 * without regard to ASCII case (dg_has_word()). */
int dg_lex_has_word(dg_lex_set set, const char *s, size_t n);

/* The length of the bio verb (DG_LEX_BIO_VERB: "is", "est", "leitet")
 * at s[k] of s[0..n), preceded and followed by a space ("Ada Lind is a
 * fellow": k at the space before "is"); 0 if none. */
size_t dg_lex_bio_verb_at(const char *s, size_t n, size_t k);

/* The length of the phrase of set DG_LEX_HOST_BY ("hosted by ",
 * "in partnership with ") at s[j] of s[0..n), compared without regard to
 * ASCII case, its last space included, with the part it gives those it
 * names (DG_P_HOST or DG_P_ORGANIZER) in *prop; 0 if none. */
size_t dg_lex_host_by_at(const char *s, size_t n, size_t j, int *prop);

/* The same for the verbs of set DG_LEX_HOST_VERB after the organizations
 * that host ("hosted ", "is pleased to "), compared as written. */
size_t dg_lex_host_verb_at(const char *s, size_t n, size_t j, int *prop);
/* The index in set `set` of the word that s[0..n) is as a whole,
 * compared without regard to ASCII case; -1 if none. */
long dg_lex_find(dg_lex_set set, const char *s, size_t n);
/* 1 if s[0..n) is a word of set DG_LEX_EVENT_GENRE or its plural in -s
 * ("seminar", "Conferences"), compared without regard to ASCII case. */
int dg_lex_event_genre_word(const char *s, size_t n);
/* The name of set `s` in lexicon.tsv ("org-head"). */
const char *dg_lex_set_name(dg_lex_set s);

#endif
