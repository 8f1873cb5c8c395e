/* ntriples.h - N-Triples terms as raptor 2 writes them, without Redland.
 *
 * Touches no Redland object, so it can run in any thread. */
#ifndef DG_NTRIPLES_H
#define DG_NTRIPLES_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* The most one input byte can grow by when escaped: a control byte
 * becomes "\u00XX". */
#define DG_NT_GROWTH 6

/* Appends `s` (`len` bytes of UTF-8) to `b` escaped exactly as raptor 2
 * writes an N-Triples IRI ("<...>", with the brackets) or the body of a
 * literal (without the quotes). Like raptor, stops at a NUL byte and at a
 * malformed UTF-8 sequence. */
void dg_nt_iri(dg_buf *b, const char *s, size_t len);
void dg_nt_literal(dg_buf *b, const char *s, size_t len);

/* The same, written to `d`, which has room for DG_NT_GROWTH * len bytes
 * (and the two brackets of an IRI); returns the end of what was written.
 * For renderers that make room once for a whole line. */
char *dg_nt_iri_to(char *d, const char *s, size_t len);
char *dg_nt_literal_to(char *d, const char *s, size_t len);

/* The dedup digest of a line: each term is hashed on its rendered text
 * (dg_nt_term_hash() of "<IRI>", "_:b" or the literal with its quotes and
 * suffix) and the statement digest mixes the term hashes in order, `g`
 * being 0 without a graph. Hashing terms rather than the whole line lets
 * an entity's IRI, used by many lines, be hashed once per document and a
 * vocabulary term once per run. */
uint64_t dg_nt_term_hash(const char *term, size_t len);
uint64_t dg_nt_digest(uint64_t s, uint64_t p, uint64_t o, uint64_t g);

#endif
