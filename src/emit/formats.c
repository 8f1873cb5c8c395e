/* formats.c - one table gives names, raptor names, extensions and help. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "emit/formats.h"

const dg_format_info dg_formats[DG_FMT__COUNT] = {
  {DG_FMT_TURTLE, "turtle", "turtle", "ttl", "text/turtle", 0, "Turtle with prefixes (default)"},
  {DG_FMT_NTRIPLES, "ntriples", "ntriples", "nt", "application/n-triples", 0, "N-Triples, one triple a line"},
  {DG_FMT_NQUADS, "nquads", "nquads", "nq", "application/n-quads", 1, "N-Quads: each triple in its document's graph"},
  {DG_FMT_TRIG, "trig", NULL, "trig", "application/trig", 1, "TriG: Turtle with each graph kept (written by serd)"},
  {DG_FMT_RDFXML, "rdfxml", "rdfxml-abbrev", "rdf", "application/rdf+xml", 0, "RDF/XML"},
  {DG_FMT_JSON, "json", "json", "json", "application/json", 0, "RDF/JSON (Talis)"},
  {DG_FMT_JSONLD, "jsonld", NULL, "jsonld", "application/ld+json", 1, "JSON-LD 1.1, each graph kept (written with jansson)"},
  {DG_FMT_DOT, "dot", "dot", "dot", "text/x-graphviz", 0, "GraphViz DOT, for drawing"},
};

static const struct {
  const char *alias;
  dg_format fmt;
} aliases[] = {
  {"ttl", DG_FMT_TURTLE}, {"nt", DG_FMT_NTRIPLES}, {"n-triples", DG_FMT_NTRIPLES},
  {"nq", DG_FMT_NQUADS}, {"n-quads", DG_FMT_NQUADS}, {"xml", DG_FMT_RDFXML},
  {"rdf", DG_FMT_RDFXML}, {"rdf/xml", DG_FMT_RDFXML}, {"json-ld", DG_FMT_JSONLD},
};

int dg_format_from_name(const char *name, dg_format *out)
{
  size_t i;
  for (i = 0; i < DG_FMT__COUNT; i++) {
    if (strcasecmp(dg_formats[i].name, name) == 0) {
      *out = dg_formats[i].id;
      return 1;
    }
  }
  for (i = 0; i < sizeof aliases / sizeof *aliases; i++) {
    if (strcasecmp(aliases[i].alias, name) == 0) {
      *out = aliases[i].fmt;
      return 1;
    }
  }
  return 0;
}

/* The extension of the last component of path[0..len), without the dot
 * (empty if none). */
static const char *extension(const char *path, size_t len, size_t *ext_len)
{
  size_t i = len;
  while (i > 0 && path[i - 1] != '.' && path[i - 1] != '/')
    i--;
  /* "x/.nq" is a hidden file called .nq, not an extension */
  if (i < 2 || path[i - 1] != '.' || path[i - 2] == '/') {
    *ext_len = 0;
    return path + len;
  }
  *ext_len = len - i;
  return path + i;
}

int dg_format_from_path(const char *path, dg_format *out, int *gzip)
{
  size_t len = strlen(path), n, i;
  const char *ext = extension(path, len, &n);
  *gzip = n == 2 && strncasecmp(ext, "gz", 2) == 0;
  if (*gzip)
    ext = extension(path, len - 3, &n);
  for (i = 0; n && i < DG_FMT__COUNT; i++) {
    if (strlen(dg_formats[i].extension) == n && strncasecmp(dg_formats[i].extension, ext, n) == 0) {
      *out = dg_formats[i].id;
      return 1;
    }
  }
  return 0;
}

const char *dg_format_list(void)
{
  static char buf[256];
  size_t i;
  if (!buf[0]) {
    for (i = 0; i < DG_FMT__COUNT; i++) {
      if (i)
        strcat(buf, ", ");
      strcat(buf, dg_formats[i].name);
    }
  }
  return buf;
}

const char *dg_format_extensions(void)
{
  static char buf[256];
  size_t i;
  if (!buf[0]) {
    for (i = 0; i < DG_FMT__COUNT; i++) {
      if (i)
        strcat(buf, ", ");
      strcat(buf, ".");
      strcat(buf, dg_formats[i].extension);
    }
  }
  return buf;
}
