/* results.h - query results held in memory, and written as a table for
 * people, as the W3C SPARQL 1.1 result formats (CSV, TSV, JSON, XML), or
 * as RDF for CONSTRUCT.
 *
 * Results are materialised (not streamed) because the table needs every
 * row to size its columns, and because results come from two engines
 * (librdf over a model, and a remote endpoint through rasqal) that are
 * easier to write once from one shape. */
#ifndef DG_RESULTS_H
#define DG_RESULTS_H

#include <stdio.h>
#include <redland.h>

#include "base/status.h"
#include "emit/rdf.h"

typedef enum dg_result_format {
  DG_RES_TABLE,
  DG_RES_CSV,
  DG_RES_TSV,
  DG_RES_JSON,
  DG_RES_XML,
  DG_RES_TURTLE,
  DG_RES_NTRIPLES,
  DG_RES__COUNT
} dg_result_format;

typedef struct dg_result_format_info {
  dg_result_format id;
  const char *name;   /* what -r takes */
  int graph;          /* 1: for CONSTRUCT results, 0: for SELECT and ASK */
  const char *mime;
  const char *summary;
} dg_result_format_info;

/* The table, indexed by dg_result_format. */
extern const dg_result_format_info dg_result_formats[DG_RES__COUNT];

/* Returns 1 and sets *out for a name (case-insensitive; "ttl", "nt" and
 * "text" are aliases), 0 if unknown. */
int dg_result_format_from_name(const char *name, dg_result_format *out);

/* "table, csv, tsv, json, xml" (graph 0) or "turtle, ntriples" (graph 1).
 * Static storage. */
const char *dg_result_format_list(int graph);

typedef enum dg_term_kind { DG_TERM_IRI, DG_TERM_LITERAL, DG_TERM_BNODE } dg_term_kind;

/* One RDF term of a result row. value == NULL means unbound. */
typedef struct dg_term {
  dg_term_kind kind;
  char *value;     /* IRI, lexical form or blank node label; owned */
  char *lang;      /* owned; NULL if none */
  char *datatype;  /* owned; NULL for a simple literal (xsd:string is dropped) */
} dg_term;

typedef enum dg_results_kind {
  DG_RESULTS_BINDINGS,  /* SELECT */
  DG_RESULTS_BOOLEAN,   /* ASK */
  DG_RESULTS_GRAPH      /* CONSTRUCT */
} dg_results_kind;

typedef struct dg_results dg_results;

/* Returns new, empty results; free with dg_results_free(). */
dg_results *dg_results_new(dg_results_kind kind);
void dg_results_free(dg_results *r);

dg_results_kind dg_results_get_kind(const dg_results *r);

/* Bindings: declare the variables (copied), then add rows. */
void dg_results_add_var(dg_results *r, const char *name);
size_t dg_results_n_vars(const dg_results *r);
const char *dg_results_var(const dg_results *r, size_t i);  /* borrowed */
/* Appends a row of n_vars unbound terms and returns it, borrowed: fill
 * the terms with dg_term_set(). */
dg_term *dg_results_add_row(dg_results *r);
/* Removes the last row added (a duplicate, or one before OFFSET). */
void dg_results_pop_row(dg_results *r);
/* Keeps the rows order[0..n) in that order and frees the others: each
 * index at most once, each below dg_results_n_rows(). */
void dg_results_keep_rows(dg_results *r, const size_t *order, size_t n);
size_t dg_results_n_rows(const dg_results *r);
const dg_term *dg_results_row(const dg_results *r, size_t i);  /* borrowed */

/* Sets a term; the strings are copied; lang and datatype may be NULL. */
void dg_term_set(dg_term *t, dg_term_kind kind, const char *value, const char *lang,
                 const char *datatype);
/* Sets a term from a librdf node (borrowed); NULL leaves it unbound. */
void dg_term_set_node(dg_term *t, librdf_node *node);

/* ASK */
void dg_results_set_boolean(dg_results *r, int value);
int dg_results_boolean(const dg_results *r);

/* CONSTRUCT: takes ownership of `st`. */
void dg_results_add_statement(dg_results *r, librdf_statement *st);
size_t dg_results_n_statements(const dg_results *r);

/* Writes the results in format `f` to `out` (borrowed). The format must
 * fit the kind (the caller checks, with dg_result_formats[f].graph).
 * Returns DG_ERR_IO, having said so, if writing failed. */
dg_status dg_results_write(const dg_results *r, dg_rdf *rdf, dg_result_format f, FILE *out);

#endif
