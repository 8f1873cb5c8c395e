/* doc.c - read a file once: digest the raw bytes, keep the repaired text. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc.h"
#include "log.h"
#include "text.h"
#include "xalloc.h"

struct dg_doc {
  char *path;
  char sha256[DG_SHA256_HEX_LEN + 1];
  char *text;
  size_t text_len;
  size_t byte_len;
  size_t *lines;   /* byte offset where each line starts, built on demand */
  size_t n_lines;
};

static dg_doc *doc_from(const char *path, const char *data, size_t len,
                        dg_text_report *rep)
{
  dg_doc *doc = xcalloc(1, sizeof *doc);
  doc->path = xstrdup(path);
  doc->byte_len = len;
  dg_sha256_hex(data, len, doc->sha256);
  doc->text = dg_text_normalize(data, len, &doc->text_len, rep);
  return doc;
}

dg_doc *dg_doc_new_from_bytes(const char *path, const void *data, size_t len)
{
  dg_text_report rep;
  return doc_from(path, data, len, &rep);
}

void dg_doc_free(dg_doc *doc)
{
  if (!doc)
    return;
  free(doc->path);
  free(doc->text);
  free(doc->lines);
  free(doc);
}

/* Reads all of fd, refusing more than DG_DOC_MAX_BYTES. */
static dg_status slurp(int fd, const char *path, char **out, size_t *out_len)
{
  size_t cap = 1 << 16, len = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    ssize_t n;
    if (len == cap) {
      if (cap > DG_DOC_MAX_BYTES) {
        free(buf);
        return dg_fail(DG_ERR_INPUT,
                       "'%s': larger than %zu MiB; split it, or map pages one per file",
                       path, DG_DOC_MAX_BYTES >> 20);
      }
      cap *= 2;
      buf = xrealloc(buf, cap);
    }
    n = read(fd, buf + len, cap - len);
    if (n < 0) {
      int e = errno;
      if (e == EINTR)
        continue;
      free(buf);
      return dg_fail(e == EISDIR ? DG_ERR_INPUT : DG_ERR_IO, "cannot read '%s': %s",
                     path, strerror(e));
    }
    if (n == 0)
      break;
    len += (size_t)n;
  }
  if (len > DG_DOC_MAX_BYTES) {
    free(buf);
    return dg_fail(DG_ERR_INPUT,
                   "'%s': larger than %zu MiB; split it, or map pages one per file",
                   path, DG_DOC_MAX_BYTES >> 20);
  }
  *out = buf;
  *out_len = len;
  return DG_OK;
}

dg_status dg_doc_read(const char *path, dg_doc **out)
{
  int fd, is_stdin = strcmp(path, "-") == 0;
  char *data = NULL;
  size_t len = 0;
  long nul;
  struct stat st;
  dg_text_report rep;
  dg_status st_ = DG_OK;

  *out = NULL;
  fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return dg_fail(errno == ENOENT || errno == EACCES ? DG_ERR_INPUT : DG_ERR_IO,
                   "cannot open '%s': %s", path, strerror(errno));
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode))
      st_ = dg_fail(DG_ERR_INPUT, "cannot read '%s': is a directory", path);
    else if (S_ISREG(st.st_mode) && (size_t)st.st_size > DG_DOC_MAX_BYTES)
      st_ = dg_fail(DG_ERR_INPUT,
                    "'%s': %lld bytes is larger than %zu MiB; split it, or map pages one per file",
                    path, (long long)st.st_size, DG_DOC_MAX_BYTES >> 20);
  }
  if (st_ == DG_OK)
    st_ = slurp(fd, path, &data, &len);
  if (!is_stdin)
    close(fd);
  if (st_ != DG_OK)
    return st_;

  nul = dg_text_find_nul(data, len);
  if (nul >= 0) {
    free(data);
    return dg_fail(DG_ERR_INPUT, "'%s': binary data (NUL byte at offset %ld), not a text document",
                   path, nul);
  }
  *out = doc_from(path, data, len, &rep);
  free(data);
  if (len == 0)
    dg_warn("'%s': empty document", path);
  if (rep.invalid_utf8)
    dg_warn("'%s': %zu bytes of invalid UTF-8 (first at offset %zu) read as Windows-1252",
            path, rep.invalid_utf8, rep.first_invalid);
  if (rep.controls)
    dg_warn("'%s': %zu control characters replaced by spaces", path, rep.controls);
  return DG_OK;
}

const char *dg_doc_path(const dg_doc *doc) { return doc->path; }
const char *dg_doc_sha256(const dg_doc *doc) { return doc->sha256; }
const char *dg_doc_text(const dg_doc *doc) { return doc->text; }
size_t dg_doc_text_len(const dg_doc *doc) { return doc->text_len; }
size_t dg_doc_byte_len(const dg_doc *doc) { return doc->byte_len; }

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
