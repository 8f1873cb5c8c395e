/* doc.c - read a file once: digest the raw bytes, keep the repaired text. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unistr.h>

#include "base/log.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "read/doc.h"

/* What dg_doc_fill() found, for dg_doc_report() to print. */
enum { DOC_PENDING, DOC_FILLED, DOC_REPORTED };

struct dg_doc {
  char *path;
  char sha256[DG_SHA256_HEX_LEN + 1];
  char *text;
  size_t text_len;
  size_t byte_len;
  size_t *lines;   /* byte offset where each line starts, built on demand */
  size_t n_lines;
  int state;       /* DOC_* */
  int utf16;       /* the bytes were UTF-16 (with a byte-order mark) */
  dg_status status;/* DG_OK, or why the document cannot be used */
  char *error;     /* the message for a failed status, or NULL */
  dg_text_report rep;  /* repairs, for the warnings */
};

static void doc_set_text(dg_doc *doc, const char *data, size_t len)
{
  doc->byte_len = len;
  dg_sha256_hex(data, len, doc->sha256);
  doc->text = dg_text_normalize(data, len, &doc->text_len, &doc->rep);
}

/* UTF-16 with a byte-order mark, as some editors save text, as a new
 * UTF-8 string in *out (its length in *out_len); 0 if the bytes are not
 * that. Lone surrogates become U+FFFD. Without this every other byte of
 * such a file is NUL, and it was refused as binary data. */
static int from_utf16(const char *data, size_t len, char **out, size_t *out_len)
{
  const unsigned char *p = (const unsigned char *)data;
  int be;
  size_t n, i;
  uint16_t *u;
  uint8_t *r;
  if (len < 2 || len % 2 || !((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    return 0;
  be = p[0] == 0xFE;
  n = len / 2 - 1;
  u = xmalloc((n + 1) * sizeof *u);
  for (i = 0; i < n; i++) {
    const unsigned char *c = p + 2 + 2 * i;
    u[i] = (uint16_t)(be ? (c[0] << 8 | c[1]) : (c[1] << 8 | c[0]));
  }
  for (i = 0; i < n; i++) {
    if (u[i] >= 0xD800 && u[i] <= 0xDBFF) {
      if (i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF)
        i++;   /* a whole pair */
      else
        u[i] = 0xFFFD;
    } else if (u[i] >= 0xDC00 && u[i] <= 0xDFFF) {
      u[i] = 0xFFFD;
    }
  }
  r = u16_to_u8(u, n, NULL, out_len);
  free(u);
  if (!r)
    return 0;
  *out = (char *)r;
  return 1;
}

dg_doc *dg_doc_new_from_bytes(const char *path, const void *data, size_t len)
{
  dg_doc *doc = xcalloc(1, sizeof *doc);
  doc->path = xstrdup(path);
  doc_set_text(doc, data, len);
  doc->state = DOC_REPORTED;   /* the repairs are not printed for these */
  return doc;
}

dg_doc *dg_doc_pending(const char *path)
{
  dg_doc *doc = xcalloc(1, sizeof *doc);
  doc->path = xstrdup(path);
  doc->state = DOC_PENDING;
  return doc;
}

void dg_doc_free(dg_doc *doc)
{
  if (!doc)
    return;
  free(doc->path);
  free(doc->text);
  free(doc->lines);
  free(doc->error);
  free(doc);
}

/* Records a failure for dg_doc_report(); returns `st`. Prints nothing:
 * the caller may be any thread. */
static dg_status defer_fail(dg_doc *doc, dg_status st, const char *fmt, ...) DG_PRINTF(3, 4);

static dg_status defer_fail(dg_doc *doc, dg_status st, const char *fmt, ...)
{
  va_list ap, ap2;
  int n;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  free(doc->error);
  doc->error = xmalloc(n < 0 ? 1 : (size_t)n + 1);
  if (n < 0)
    doc->error[0] = '\0';
  else
    vsnprintf(doc->error, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  doc->status = st;
  return st;
}

/* Reads all of fd, refusing more than DG_DOC_MAX_BYTES. `size_hint` is the
 * file's size if known (0 if not): a page is then read with one buffer of
 * the right size instead of a large one. */
static dg_status slurp(dg_doc *doc, int fd, size_t size_hint, char **out, size_t *out_len)
{
  size_t cap = size_hint > 0 ? size_hint + 1 : (size_t)1 << 16, len = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    ssize_t n;
    if (len == cap) {
      if (cap > DG_DOC_MAX_BYTES) {
        free(buf);
        return defer_fail(doc, DG_ERR_INPUT,
                          "'%s': larger than %zu MiB; split it, or map pages one per file",
                          doc->path, DG_DOC_MAX_BYTES >> 20);
      }
      cap = cap < ((size_t)1 << 16) ? (size_t)1 << 16 : cap * 2;
      buf = xrealloc(buf, cap);
    }
    n = read(fd, buf + len, cap - len);
    if (n < 0) {
      int e = errno;
      if (e == EINTR)
        continue;
      free(buf);
      return defer_fail(doc, e == EISDIR ? DG_ERR_INPUT : DG_ERR_IO, "cannot read '%s': %s",
                        doc->path, strerror(e));
    }
    if (n == 0)
      break;
    len += (size_t)n;
  }
  if (len > DG_DOC_MAX_BYTES) {
    free(buf);
    return defer_fail(doc, DG_ERR_INPUT,
                      "'%s': larger than %zu MiB; split it, or map pages one per file",
                      doc->path, DG_DOC_MAX_BYTES >> 20);
  }
  *out = buf;
  *out_len = len;
  return DG_OK;
}

void dg_doc_fill(dg_doc *doc)
{
  const char *path = doc->path;
  int fd, is_stdin = strcmp(path, "-") == 0;
  char *data = NULL;
  size_t len = 0, hint = 0;
  long nul;
  struct stat st;
  dg_status s = DG_OK;

  if (doc->state != DOC_PENDING)
    return;
  doc->state = DOC_FILLED;
  fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    defer_fail(doc, e == ENOENT || e == EACCES ? DG_ERR_INPUT : DG_ERR_IO,
               "cannot open '%s': %s", path, strerror(e));
    return;
  }
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode))
      s = defer_fail(doc, DG_ERR_INPUT, "cannot read '%s': is a directory", path);
    else if (S_ISREG(st.st_mode) && (size_t)st.st_size > DG_DOC_MAX_BYTES)
      s = defer_fail(doc, DG_ERR_INPUT,
                     "'%s': %lld bytes is larger than %zu MiB; split it, or map pages one per file",
                     path, (long long)st.st_size, DG_DOC_MAX_BYTES >> 20);
    else if (S_ISREG(st.st_mode) && st.st_size > 0)
      hint = (size_t)st.st_size;
  }
  if (s == DG_OK)
    s = slurp(doc, fd, hint, &data, &len);
  if (!is_stdin)
    close(fd);
  if (s != DG_OK)
    return;

  {
    char *u8;
    size_t u8len;
    if (from_utf16(data, len, &u8, &u8len)) {
      /* the digest is of the bytes as they are; the text is the UTF-8 */
      doc->utf16 = 1;
      doc->byte_len = len;
      dg_sha256_hex(data, len, doc->sha256);
      free(data);
      if (dg_text_find_nul(u8, u8len) >= 0) {
        free(u8);
        defer_fail(doc, DG_ERR_INPUT, "'%s': UTF-16 text holding a NUL character, not a text "
                   "document", path);
        return;
      }
      doc->text = dg_text_normalize(u8, u8len, &doc->text_len, &doc->rep);
      free(u8);
      return;
    }
  }
  nul = dg_text_find_nul(data, len);
  if (nul >= 0) {
    free(data);
    defer_fail(doc, DG_ERR_INPUT,
               "'%s': binary data (NUL byte at offset %ld), not a text document", path, nul);
    return;
  }
  doc_set_text(doc, data, len);
  free(data);
}

int dg_doc_filled_ok(const dg_doc *doc)
{
  return doc->state != DOC_PENDING && doc->status == DG_OK;
}

dg_status dg_doc_report(dg_doc *doc)
{
  if (doc->state == DOC_PENDING)
    dg_doc_fill(doc);
  if (doc->state == DOC_REPORTED)
    return doc->status;
  doc->state = DOC_REPORTED;
  if (doc->status != DG_OK)
    return dg_fail(doc->status, "%s", doc->error ? doc->error : doc->path);
  if (doc->byte_len == 0)
    dg_warn("'%s': empty document", doc->path);
  if (doc->utf16)
    dg_warn("'%s': UTF-16 text (it has a byte-order mark), read as such", doc->path);
  if (doc->rep.invalid_utf8)
    dg_warn("'%s': %zu bytes of invalid UTF-8 (first at offset %zu) read as Windows-1252",
            doc->path, doc->rep.invalid_utf8, doc->rep.first_invalid);
  if (doc->rep.controls)
    dg_warn("'%s': %zu control characters replaced by spaces", doc->path, doc->rep.controls);
  return DG_OK;
}

const char *dg_doc_path(const dg_doc *doc) { return doc->path; }
const char *dg_doc_sha256(const dg_doc *doc) { return doc->sha256; }
const char *dg_doc_text(const dg_doc *doc) { return doc->text ? doc->text : ""; }
size_t dg_doc_text_len(const dg_doc *doc) { return doc->text_len; }
void dg_doc_position(const dg_doc *doc, size_t offset, unsigned long *line,
                     unsigned long *col)
{
  dg_doc *d = (dg_doc *)doc; /* the index is a cache, not a visible change */
  size_t lo, hi, i;
  if (!d->lines) {
    size_t cap = 0;
    xgrow(&d->lines, &cap, 1, sizeof *d->lines);
    d->lines[d->n_lines++] = 0;
    for (i = 0; i < d->text_len; i++) {
      if (d->text[i] == '\n') {
        xgrow(&d->lines, &cap, d->n_lines + 1, sizeof *d->lines);
        d->lines[d->n_lines++] = i + 1;
      }
    }
  }
  if (offset > d->text_len)
    offset = d->text_len;
  lo = 0;
  hi = d->n_lines;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (d->lines[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  *line = (unsigned long)lo + 1;
  *col = 1;
  for (i = d->lines[lo]; i < offset; i++)
    if (((unsigned char)d->text[i] & 0xC0) != 0x80)
      (*col)++;
}
