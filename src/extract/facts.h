/* facts.h - what the extractor found, before any RDF: entities and facts.
 *
 * This is the boundary between the pure extractor (text in, facts out) and
 * the RDF side (emit.c). Nothing here knows about Redland. Every entity and
 * fact keeps the rule that produced it and the span of text it came from,
 * which is what `map --explain` prints. */
#ifndef DG_FACTS_H
#define DG_FACTS_H

#include <stddef.h>

/* The general class of an entity (SPEC section 1). */
typedef enum dg_kind {
  DG_KIND_DOCUMENT,
  DG_KIND_PUBLICATION,
  DG_KIND_EVENT,
  DG_KIND_PERSON,
  DG_KIND_ORGANIZATION,
  DG_KIND_COUNTRY,
  DG_KIND__COUNT
} dg_kind;

/* The specific subclass, when the text tells it. */
typedef enum dg_class {
  DG_CLASS_NONE,
  DG_CLASS_REPORT,
  DG_CLASS_ARTICLE,
  DG_CLASS_ESSAY,
  DG_CLASS_COMMENTARY,
  DG_CLASS_JOURNAL_ARTICLE,
  DG_CLASS_BOOK,
  DG_CLASS_CHAPTER,
  DG_CLASS_CONFERENCE,
  DG_CLASS_SEMINAR,
  DG_CLASS_WORKSHOP,
  DG_CLASS_FORUM,
  DG_CLASS_ROUNDTABLE,
  DG_CLASS_WEBINAR,
  DG_CLASS_SUMMIT,
  DG_CLASS_BOOK_LAUNCH,
  DG_CLASS_LECTURE,
  DG_CLASS_MEETING,
  DG_CLASS__COUNT
} dg_class;

/* Properties the extractor can state (SPEC section 1). */
typedef enum dg_prop {
  DG_P_TITLE,
  DG_P_NAME,
  DG_P_ALTERNATE_NAME,
  DG_P_AUTHOR,
  DG_P_EDITOR,
  DG_P_PUBLISHER,
  DG_P_DATE_PUBLISHED,
  DG_P_DOI,
  DG_P_RELATED_TO,
  DG_P_START_DATE,
  DG_P_END_DATE,
  DG_P_LOCATION,
  DG_P_HOST,
  DG_P_ORGANIZER,
  DG_P_PARTICIPANT,
  DG_P_SPEAKER,
  DG_P_PANELIST,
  DG_P_DISCUSSANT,
  DG_P_MODERATOR,
  DG_P_CHAIR,
  DG_P_KEYNOTE_SPEAKER,
  DG_P_AFFILIATION,
  DG_P_ISO_CODE,
  DG_P_SAME_AS,
  DG_P_DESCRIBES,
  DG_P_LISTS,
  DG_P_MENTIONS_COUNTRY,
  DG_P_MENTIONS_PERSON,
  DG_P_SOURCE_FILE,
  DG_P_SHA256,
  DG_P__COUNT
} dg_prop;

/* How a literal value is typed. DG_DT_IRI marks a value that is an
 * external IRI (owl:sameAs to Wikidata), not a literal. */
typedef enum dg_datatype {
  DG_DT_STRING,
  DG_DT_DATE,        /* xsd:date        2017-04-05 */
  DG_DT_GYEARMONTH,  /* xsd:gYearMonth  2021-02 */
  DG_DT_GYEAR,       /* xsd:gYear       2016 */
  DG_DT_DATETIME,    /* xsd:dateTime    2018-02-26T10:30:00 */
  DG_DT_IRI
} dg_datatype;

/* A stretch of the document's text: byte offset and length. */
typedef struct dg_span {
  size_t start;
  size_t len;
} dg_span;

/* A span from its start and length. */
static inline dg_span dg_span_at(size_t start, size_t len)
{
  dg_span s;
  s.start = start;
  s.len = len;
  return s;
}

typedef struct dg_entity {
  dg_kind kind;
  dg_class cls;      /* DG_CLASS_NONE when the text does not say */
  char *key;         /* owned: what identifies it (name, title, ISO code) */
  char *label;       /* owned: rdfs:label */
  char *date;        /* owned or NULL: an event's date, part of its IRI */
  dg_span span;      /* where it was first found */
  const char *rule;  /* static: the rule that found it */
} dg_entity;

typedef struct dg_fact {
  size_t subject;    /* entity index */
  dg_prop prop;
  int is_ref;        /* 1: `object` is an entity index; 0: `value` is a literal */
  size_t object;
  char *value;       /* owned when !is_ref */
  dg_datatype dt;
  dg_span span;
  const char *rule;  /* static */
} dg_fact;

typedef struct dg_facts dg_facts;

/* Returns a new, empty set of facts; free with dg_facts_free(). */
dg_facts *dg_facts_new(void);
void dg_facts_free(dg_facts *f);

/* Returns the index of the entity of `kind` whose key is `key`, creating it
 * (with `label`, or `key` when label is NULL) if there is none. `key` and
 * `label` are copied; `rule` must be a static string. */
size_t dg_facts_entity(dg_facts *f, dg_kind kind, const char *key,
                       const char *label, dg_span span, const char *rule);

/* Looks an entity up without creating it; returns 1 and sets *index if
 * found. */
int dg_facts_find(const dg_facts *f, dg_kind kind, const char *key, size_t *index);

void dg_facts_set_class(dg_facts *f, size_t entity, dg_class cls);
void dg_facts_set_date(dg_facts *f, size_t entity, const char *date);
/* Replaces the label (the value is copied). */
void dg_facts_set_label(dg_facts *f, size_t entity, const char *label);

/* Adds a literal fact; `value` is copied. An identical fact (same subject,
 * property, value and type) is not added twice. */
void dg_facts_add_literal(dg_facts *f, size_t subject, dg_prop prop,
                          const char *value, dg_datatype dt, dg_span span,
                          const char *rule);

/* Adds a fact relating two entities; an identical one is not added twice. */
void dg_facts_add_ref(dg_facts *f, size_t subject, dg_prop prop, size_t object,
                      dg_span span, const char *rule);

/* Returns 1 if the fact (subject, prop, object entity) exists. */
int dg_facts_has_ref(const dg_facts *f, size_t subject, dg_prop prop, size_t object);

/* Borrowed views, valid until the next call that adds to `f`. */
size_t dg_facts_n_entities(const dg_facts *f);
const dg_entity *dg_facts_get_entity(const dg_facts *f, size_t i);
size_t dg_facts_n_facts(const dg_facts *f);
const dg_fact *dg_facts_get_fact(const dg_facts *f, size_t i);

/* Calls fn on the span of every entity from `first_entity` on and of
 * every fact from `first_fact` on, to move them (a span is no part of a
 * fact's identity). */
void dg_facts_map_spans(dg_facts *f, size_t first_entity, size_t first_fact,
                        void (*fn)(void *ud, dg_span *span), void *ud);

/* Names for messages and --explain; static strings. */
const char *dg_kind_name(dg_kind k);   /* "Person" */
const char *dg_class_name(dg_class c); /* "JournalArticle", "" for NONE */
const char *dg_prop_name(dg_prop p);   /* "mentionsCountry" (local name in dg:) */
/* 1 if the values of `p` are entities (IRIs), 0 if literals. */
int dg_prop_is_ref(dg_prop p);
/* The class whose name is `name` (case-insensitive), DG_CLASS_NONE if none. */
dg_class dg_class_from_name(const char *name);
/* The general kind a subclass belongs to. */
dg_kind dg_class_kind(dg_class c);

#endif
