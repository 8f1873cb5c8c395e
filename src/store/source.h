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
 * byte, or an escape \u0000) is refused: raptor cuts a literal there. */
#ifndef DG_SOURCE_H
#define DG_SOURCE_H

#include <stddef.h>
#include <raptor2.h>

#include "base/status.h"
#include "read/doc.h"

/* The most an input is read whole into memory (as for documents). */
#define DG_SOURCE_MAX_BYTES DG_DOC_MAX_BYTES

typedef struct dg_source dg_source;

/* Opens `path` ("-" is standard input) to be parsed as `syntax`, a raptor
 * parser name, or NULL to guess it from the name and the first bytes
 * (JSON and TriG are told apart from Turtle by their content when the
 * name does not say). Reads what must be read to decide. Errors (cannot
 * open, too large, unknown syntax) are printed once, naming the input,
 * and give DG_ERR_INPUT or DG_ERR_IO. Returns a new source in *out; free
 * it with dg_source_free(). `rw` is borrowed for the guess only. */
dg_status dg_source_open(raptor_world *rw, const char *path, const char *syntax,
                         dg_source **out);

void dg_source_free(dg_source *src);

/* The raptor parser name chosen. Borrowed. */
const char *dg_source_syntax(const dg_source *src);

/* The input's name for messages: the path as given, or "standard
 * input". Borrowed. */
const char *dg_source_name(const dg_source *src);

/* 1 for standard input. */
int dg_source_is_stdin(const dg_source *src);

/* The whole input, if it is read whole (after dg_source_feed() for a
 * streamed one: NULL). Borrowed; valid until dg_source_free(). */
const unsigned char *dg_source_text(const dg_source *src, size_t *len);

/* Gives the whole input to `parser`, which the caller has started
 * (raptor_parser_parse_start), chunk by chunk, ending the parse. Returns
 * DG_OK, or DG_ERR_IO after printing why reading failed; *parse_failed
 * is set when raptor returned an error (raptor reports it through its
 * log handler). */
dg_status dg_source_feed(dg_source *src, raptor_parser *parser, int *parse_failed);

#endif
