/* embedded.h - data files compiled into the binary (see tools/embed.sh). */
#ifndef DG_EMBEDDED_H
#define DG_EMBEDDED_H

typedef struct dg_embedded {
  const char *name;  /* file name, e.g. "countries.tsv" */
  const char *text;  /* whole contents */
} dg_embedded;

/* The gazetteer files of ontology/gazetteer/; ends with {NULL, NULL}. */
extern const dg_embedded dg_gazetteer_files[];

/* Returns the text of the embedded gazetteer file `name`, or NULL. */
const char *dg_embedded_gazetteer(const char *name);

#endif
