/* formats.h - names of the RDF and query-result formats docgraph writes. */
#ifndef DG_FORMATS_H
#define DG_FORMATS_H

typedef enum dg_format {
  DG_FMT_TURTLE,
  DG_FMT_NTRIPLES,
  DG_FMT_NQUADS,
  DG_FMT_TRIG,
  DG_FMT_RDFXML,
  DG_FMT_JSON,
  DG_FMT_JSONLD,
  DG_FMT_DOT,
  DG_FMT__COUNT
} dg_format;

typedef struct dg_format_info {
  dg_format id;
  const char *name;        /* what -f takes */
  const char *serializer;  /* raptor's serializer name; NULL: not raptor's */
  const char *extension;   /* for guessing from -o FILE */
  const char *mime;
  int quads;               /* keeps named graphs */
  const char *summary;     /* for --help */
} dg_format_info;

/* The table, indexed by dg_format. */
extern const dg_format_info dg_formats[DG_FMT__COUNT];

/* Returns 1 and sets *out for a format name (case-insensitive; "ttl",
 * "nt", "nq", "xml", "rdf" accepted as aliases), 0 if unknown. */
int dg_format_from_name(const char *name, dg_format *out);

/* Reads an output file's name: sets *gzip to whether it ends in ".gz"
 * (any case), and returns 1 and sets *out if the extension before that
 * (or the last one, without .gz) names a format: "x.nq" and "x.nq.gz"
 * are N-Quads. Returns 0 if it names none ("x", "x.gz", "x.txt"). */
int dg_format_from_path(const char *path, dg_format *out, int *gzip);

/* Writes "turtle, ntriples, ..." for messages. Static storage. */
const char *dg_format_list(void);

/* Writes ".ttl, .nt, ..." (the extensions dg_format_from_path() knows)
 * for messages. Static storage. */
const char *dg_format_extensions(void);

#endif
