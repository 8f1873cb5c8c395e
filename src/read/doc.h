/* doc.h - one input document: its bytes' digest and its clean text. */
#ifndef DG_DOC_H
#define DG_DOC_H

#include <stddef.h>

#include "base/sha256.h"
#include "base/status.h"

/* Inputs larger than this are refused rather than read into memory. */
#define DG_DOC_MAX_BYTES ((size_t)64 << 20)

typedef struct dg_doc dg_doc;

/* Returns a new document over `len` bytes of `data` with the given path
 * label; never fails (binary data is read as text). For tests, fuzzers and
 * callers that already hold the bytes. Free with dg_doc_free(). */
dg_doc *dg_doc_new_from_bytes(const char *path, const void *data, size_t len);

void dg_doc_free(dg_doc *doc);

/* Reading `path` ("-" is standard input) into a document, in three
 * steps, so that the reading and cleaning can run on any thread while
 * every message is printed by one thread, in input order:
 *   dg_doc_pending(path)  a new document not read yet (free it with
 *                         dg_doc_free()); `path` is copied;
 *   dg_doc_fill(doc)      reads, digests and cleans it, printing nothing;
 *                         any thread, one document per thread at a time;
 *   dg_doc_report(doc)    prints what was found and returns its status:
 *                         DG_ERR_INPUT or DG_ERR_IO, after one message
 *                         naming the file, if the document cannot be used
 *                         (unreadable, a directory, larger than
 *                         DG_DOC_MAX_BYTES, or binary: a NUL byte); else
 *                         DG_OK, after a warning for each repair (invalid
 *                         UTF-8, control characters) and for an empty
 *                         file, which gives an empty document.
 * dg_doc_filled_ok() tells a filled document that can be mapped from one
 * that failed (its text is then empty), without printing. */
dg_doc *dg_doc_pending(const char *path);
void dg_doc_fill(dg_doc *doc);
int dg_doc_filled_ok(const dg_doc *doc);
dg_status dg_doc_report(dg_doc *doc);

/* Borrowed; valid until the document is freed. */
const char *dg_doc_path(const dg_doc *doc);
const char *dg_doc_sha256(const dg_doc *doc);  /* hex SHA-256 of the raw bytes */
const char *dg_doc_text(const dg_doc *doc);    /* NFC UTF-8, NUL-terminated */
size_t dg_doc_text_len(const dg_doc *doc);

/* Converts a byte offset into the text into a 1-based line and column
 * (column counted in characters). */
void dg_doc_position(const dg_doc *doc, size_t offset, unsigned long *line,
                     unsigned long *col);

#endif
