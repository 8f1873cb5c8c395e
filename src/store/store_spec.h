/* store_spec.h - what a store spec (--store, $DOCGRAPH_STORE) names: the
 * kind of store, and where it is, read without touching anything. */
#ifndef DG_STORE_SPEC_H
#define DG_STORE_SPEC_H

#include "base/status.h"

typedef enum dg_store_kind {
  DG_STORE_KIND_DG,      /* PATH: docgraph's own storage */
  DG_STORE_KIND_HASHES,  /* hashes:PATH: Redland's hashes on Berkeley DB */
  DG_STORE_KIND_PG       /* postgresql://USER[:PASSWORD]@HOST[:PORT]/DB */
} dg_store_kind;

/* The forms a spec may take, for messages and help. */
#define DG_STORE_SPEC_FORMS \
  "PATH (a directory), hashes:PATH or postgresql://USER[:PASSWORD]@HOST[:PORT]/DB"

/* A spec read by dg_store_spec_parse(); on the stack, released with
 * dg_store_spec_release(). Every string is owned. */
typedef struct dg_store_spec {
  dg_store_kind kind;
  const char *origin;   /* static: "--store", "$DOCGRAPH_STORE" or "the default store" */
  char *shown;          /* the store as messages and `stats` name it: never a password */
  char *path;           /* the directory (DG, HASHES); NULL for PG */
  char *user, *password, *host, *port, *db;  /* PG; password NULL when not given */
} dg_store_spec;

/* Reads `spec` (NULL or empty: $DOCGRAPH_STORE, else "docgraph.store").
 * A spec that starts like a URL scheme (letters, then ':') must be one of
 * DG_STORE_SPEC_FORMS; a directory whose name has a colon is written
 * ./NAME. Returns DG_OK with *out filled, or DG_ERR_USAGE with a new
 * message in *why (free with free(); it names the spec without its
 * password and lists the accepted forms) and *out released. Prints
 * nothing. */
dg_status dg_store_spec_parse(const char *spec, dg_store_spec *out, char **why);

/* 1 if `w` can be a user, password, host or database name of a
 * PostgreSQL store: Redland writes them into libpq's connection string
 * unquoted, so a blank, quote or backslash would cut the password in
 * two and libpq would print a piece of it. */
int dg_store_spec_pg_word(const char *w);

/* Frees the strings of `s`; NULL is allowed. */
void dg_store_spec_release(dg_store_spec *s);

#endif
