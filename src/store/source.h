/* source.h - RDF input read once: a file, standard input, a pipe.
 *
 * Standard input, FIFOs, process substitution (/dev/fd/N) and devices can
 * be read only once and have no size to check beforehand. So an input is
 * read from its start exactly once: the first bytes, which tell its
 * syntax, are kept and parsed with the rest, never rewound. Memory is
 * bounded: an input is read whole only up to DG_SOURCE_MAX_BYTES (a
 * regular file is refused by its size before anything is read); a larger
 * regular file in N-Triples or N-Quads, formats raptor parses line by
 * line, is parsed in pieces as it is read, whatever its size. A NUL (a
 * byte, or an escape \u0000) is refused: raptor cuts a literal there.
 * A gzip-compressed input (told by its first bytes) is read inflated,
 * with the same bounds on what it holds. */
#ifndef DG_SOURCE_H
#define DG_SOURCE_H

#include <stddef.h>
#include <raptor2.h>

#include "base/status.h"
#include "read/doc.h"

/* The most an input is read whole into memory (as for documents). */
#define DG_SOURCE_MAX_BYTES DG_DOC_MAX_BYTES

/* An input being read: dg_source_read() makes one and lends it to the
 * reader's `parsing` callback. */
typedef struct dg_source dg_source;

void dg_source_free(dg_source *src);

/* The raptor parser name chosen. Borrowed. */
const char *dg_source_syntax(const dg_source *src);

/* The input's name for messages: the path as given, or "standard
 * input". Borrowed. */
const char *dg_source_name(const dg_source *src);

/* The name messages give input `path` (as given to dg_source_read()):
 * `path`, or "standard input" for "-". Borrowed from `path` or static. */
const char *dg_source_input_name(const char *path);

/* The whole input, if it is read whole (NULL for one parsed in pieces as
 * it is read). Borrowed; valid until dg_source_free(). */
const unsigned char *dg_source_text(const dg_source *src, size_t *len);

/* What dg_source_read() does with an input besides parsing it. */
typedef struct dg_source_reader {
  raptor_world *world;   /* borrowed: the parse's world; its log handler
                          * hears raptor's messages about the input */
  const char *syntax;    /* a raptor parser name, or NULL to guess it */
  /* Returns the base IRI for the relative IRIs of input `path` (as given;
   * "-" is standard input) as a new string, freed with free(); NULL if
   * it cannot. */
  char *(*base)(const char *path);
  /* Called for each statement, graph included; `rs` is borrowed. */
  raptor_statement_handler statement;
  /* If not NULL: called with the parser and the open source just before
   * the first byte is parsed, and with NULL, NULL right after the last
   * (whether the parse succeeded or not), so that messages printed
   * meanwhile can ask the parser for its line and the source for its
   * text. Both are borrowed until the second call. */
  void (*parsing)(void *ud, raptor_parser *parser, const dg_source *src);
  void *ud;              /* for `statement` and `parsing` */
} dg_source_reader;

/* The one reader of RDF files (import, query --data): opens `path` ("-"
 * is standard input) in r->world, as r->syntax or, if that is NULL, as
 * the syntax its name and first bytes tell (JSON and TriG are told apart
 * from Turtle by their content when the name does not say); starts a
 * parser for it with base IRI r->base(path), and gives it the whole
 * input. Returns DG_OK once the input was read to its end, with
 * *parse_failed set if the parser returned an error (it said what
 * through the world's log handler). Otherwise returns DG_ERR_INPUT or
 * DG_ERR_IO (cannot open, too large, unknown syntax, a NUL, a read
 * error) or DG_ERR_INTERNAL (no parser could start), having printed
 * why once, naming the input. */
dg_status dg_source_read(const dg_source_reader *r, const char *path, int *parse_failed);

#endif
