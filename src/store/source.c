/* source.c - read an RDF input once, bounded, and hand it to raptor.
 *
 * A gzip-compressed input (told by its first two bytes, whatever its
 * name) is inflated as it is read, by zlib, below everything else: the
 * syntax is guessed from the name without its .gz and from the first
 * inflated bytes, and the bounds count inflated bytes. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "base/log.h"
#include "base/xalloc.h"
#include "store/source.h"

/* Bytes read to guess the syntax: raptor's guessers look at no more. */
#define HEAD_BYTES 4096
/* Bytes handed to raptor at a time when streaming. */
#define CHUNK_BYTES 65536

/* Compressed bytes read from the file at a time. */
#define GZ_IN_BYTES 65536

/* The inflating side of a gzip-compressed input. */
typedef struct gz_in {
  z_stream z;
  int in_member;         /* inside a gzip member (its end not yet seen) */
  int eof;               /* the file has no more bytes */
  const char *why;       /* static: why the data cannot be inflated, or NULL */
  unsigned char in[GZ_IN_BYTES];
} gz_in;

struct dg_source {
  char *path;            /* owned: as given */
  int is_stdin;
  int fd;                /* -1 once closed; not closed for stdin */
  int streamed;          /* parsed in pieces as it is read */
  const char *syntax;    /* static: a raptor parser name */
  unsigned char *buf;    /* owned: the head, or the whole input */
  size_t len, cap;
  gz_in *gz;             /* owned: for a gzip-compressed input, or NULL */
};

const char *dg_source_syntax(const dg_source *src) { return src->syntax; }
const char *dg_source_input_name(const char *path)
{
  return strcmp(path, "-") == 0 ? "standard input" : path;
}
const char *dg_source_name(const dg_source *src) { return dg_source_input_name(src->path); }

const unsigned char *dg_source_text(const dg_source *src, size_t *len)
{
  *len = src->streamed ? 0 : src->len;
  return src->streamed ? NULL : src->buf;
}

void dg_source_free(dg_source *src)
{
  if (!src)
    return;
  if (src->fd >= 0 && !src->is_stdin)
    close(src->fd);
  if (src->gz) {
    inflateEnd(&src->gz->z);
    free(src->gz);
  }
  free(src->buf);
  free(src->path);
  free(src);
}

/* read(2) of the inflated input: at most `n` bytes into `buf`, 0 at its
 * end, or -1 with errno set (EINVAL with g->why set for data that is not
 * gzip, or is cut short). */
static ssize_t gz_read(dg_source *src, unsigned char *buf, size_t n)
{
  gz_in *g = src->gz;
  g->z.next_out = buf;
  g->z.avail_out = (uInt)(n < (1u << 30) ? n : (1u << 30));
  for (;;) {
    int rc;
    size_t made;
    if (g->z.avail_in == 0 && !g->eof) {
      ssize_t r = read(src->fd, g->in, sizeof g->in);
      if (r < 0) {
        if (errno == EINTR)
          continue;
        return -1;
      }
      g->eof = r == 0;
      g->z.next_in = g->in;
      g->z.avail_in = (uInt)r;
    }
    if (g->z.avail_in == 0 && g->eof) {
      if (g->in_member) {
        g->why = "the gzip data ends too soon (a truncated file?)";
        errno = EINVAL;
        return -1;
      }
      return 0;
    }
    if (!g->in_member) {
      /* a gzip file may hold several members, one after the other */
      inflateReset(&g->z);
      g->in_member = 1;
    }
    rc = inflate(&g->z, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      g->in_member = 0;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      g->why = rc == Z_MEM_ERROR ? "out of memory inflating the gzip data"
                                 : "the gzip data is damaged";
      errno = EINVAL;
      return -1;
    }
    made = (size_t)(g->z.next_out - buf);
    if (made)
      return (ssize_t)made;
  }
}

/* read(2) of the input, inflated if need be. */
static ssize_t source_read(dg_source *src, unsigned char *buf, size_t n)
{
  return src->gz ? gz_read(src, buf, n) : read(src->fd, buf, n);
}

/* The reason for read error `e`, for messages. Static. */
static const char *source_why(const dg_source *src, int e)
{
  return src->gz && src->gz->why ? src->gz->why : strerror(e);
}

/* Reports read error `e` of `src`: DG_ERR_INPUT for data that cannot be
 * inflated, DG_ERR_IO otherwise. */
static dg_status read_error(const dg_source *src, int e)
{
  return dg_fail(src->gz && src->gz->why ? DG_ERR_INPUT : DG_ERR_IO, "cannot read '%s': %s",
                 dg_source_name(src), source_why(src, e));
}

/* Reads into src->buf until it holds `want` bytes or the input ends.
 * Returns 0, or an errno. */
static int read_more(dg_source *src, size_t want)
{
  while (src->len < want) {
    ssize_t n;
    if (src->cap < want + 1)
      xgrow(&src->buf, &src->cap, want + 1, 1);
    n = source_read(src, src->buf + src->len, want - src->len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return errno;
    }
    if (n == 0)
      break;
    src->len += (size_t)n;
  }
  return 0;
}

/* The offset of the first NUL in `p`, as a byte or as the escape \u0000
 * or \U00000000 (N-Triples, Turtle, JSON), or -1. raptor cuts a literal
 * at a NUL without a word, which would lose the rest of it; so such an
 * input is refused before it is parsed. An escape counts only when the
 * backslash is not itself escaped. */
static long find_nul(const unsigned char *p, size_t len)
{
  size_t i;
  for (i = 0; i < len; i++) {
    if (p[i] == 0)
      return (long)i;
    if (p[i] == '\\' && i + 1 < len) {
      if ((p[i + 1] == 'u' && i + 6 <= len && memcmp(p + i + 2, "0000", 4) == 0) ||
          (p[i + 1] == 'U' && i + 10 <= len && memcmp(p + i + 2, "00000000", 8) == 0))
        return (long)i;
      i++;   /* the escaped character */
    }
  }
  return -1;
}

static unsigned long line_of(const unsigned char *p, size_t off)
{
  unsigned long line = 1;
  size_t i;
  for (i = 0; i < off; i++)
    line += p[i] == '\n';
  return line;
}

static int has_suffix(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* The corrections to raptor's guess `g` for input `src` called `name`
 * (NULL for standard input). */
static const char *guess_more(const dg_source *src, const char *name, const char *g)
{
  size_t i = 0;
  while (i < src->len && strchr(" \t\r\n", src->buf[i]))
    i++;
  /* raptor has no guesser for RDF/JSON: an object is one */
  if (!g && i < src->len && src->buf[i] == '{')
    return "json";
  /* raptor calls TriG Turtle; TriG is a superset of Turtle, so unless the
   * name says Turtle the TriG parser reads both (graphs kept) */
  if (g && strcmp(g, "turtle") == 0 &&
      !(name && (has_suffix(name, ".ttl") || has_suffix(name, ".turtle"))))
    return "trig";
  return g;
}

/* The syntax of the input from its name (without a .gz) and first
 * bytes; NULL if neither tells. */
static const char *guess(raptor_world *rw, const dg_source *src)
{
  char *stem = NULL;
  const char *name = src->is_stdin ? NULL : src->path, *g;
  if (name && src->gz && has_suffix(name, ".gz"))
    name = stem = xstrndup(name, strlen(name) - 3);
  g = raptor_world_guess_parser_name(rw, NULL, NULL, src->buf, src->len,
                                     (const unsigned char *)name);
  g = guess_more(src, name, g);
  free(stem);
  return g;
}

/* Opens `path` ("-" is standard input) to be parsed as `syntax`, a raptor
 * parser name, or NULL to guess it from the name and the first bytes
 * (JSON and TriG are told apart from Turtle by their content when the
 * name does not say). Reads what must be read to decide. Errors (cannot
 * open, too large, unknown syntax) are printed once, naming the input,
 * and give DG_ERR_INPUT or DG_ERR_IO. Returns a new source in *out; free
 * it with dg_source_free(). `rw` is borrowed for the guess only. */
static dg_status source_open(raptor_world *rw, const char *path, const char *syntax,
                              dg_source **out)
{
  dg_source *src = xcalloc(1, sizeof *src);
  struct stat st;
  int e, regular = 0, by_line, too_large;
  dg_status status = DG_OK;

  *out = NULL;
  src->path = xstrdup(path);
  src->is_stdin = strcmp(path, "-") == 0;
  src->fd = src->is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (src->fd < 0) {
    e = errno;
    status = dg_fail(e == ENOENT || e == EACCES ? DG_ERR_INPUT : DG_ERR_IO,
                     "cannot read '%s': %s", path, strerror(e));
    goto out;
  }
  if (fstat(src->fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      status = dg_fail(DG_ERR_INPUT, "cannot read '%s': is a directory", path);
      goto out;
    }
    regular = S_ISREG(st.st_mode);
  }
  e = read_more(src, HEAD_BYTES);
  if (!e && src->len >= 2 && src->buf[0] == 0x1f && src->buf[1] == 0x8b) {
    /* gzip's magic number: what was read is compressed; inflate it, and
     * read the head again from the inflated bytes */
    src->gz = xcalloc(1, sizeof *src->gz);
    if (inflateInit2(&src->gz->z, 15 + 16) != Z_OK) {
      free(src->gz);
      src->gz = NULL;
      status = dg_fail(DG_ERR_INTERNAL, "cannot inflate '%s': zlib did not start",
                       dg_source_name(src));
      goto out;
    }
    memcpy(src->gz->in, src->buf, src->len);
    src->gz->z.next_in = src->gz->in;
    src->gz->z.avail_in = (uInt)src->len;
    src->len = 0;
    e = read_more(src, HEAD_BYTES);
  }
  if (e) {
    status = read_error(src, e);
    goto out;
  }
  src->syntax = syntax;
  if (!src->syntax)
    src->syntax = guess(rw, src);
  if (!src->syntax) {
    status = dg_fail(DG_ERR_INPUT, "cannot tell the syntax of '%s' (give it with -i SYNTAX)",
                     dg_source_name(src));
    goto out;
  }
  /* a file that fits is read whole all the same: messages can then give
   * the column of an error; a compressed file's size says nothing of what
   * it holds */
  by_line = strcmp(src->syntax, "ntriples") == 0 || strcmp(src->syntax, "nquads") == 0;
  too_large = regular && !src->gz && (unsigned long long)st.st_size > DG_SOURCE_MAX_BYTES;
  src->streamed = too_large && by_line;
  if (src->streamed)
    goto out;
  if (too_large) {
    status = dg_fail(DG_ERR_INPUT,
                     "'%s' is %lld bytes, more than the %zu MiB docgraph reads whole; "
                     "N-Triples and N-Quads of any size are read in pieces "
                     "(convert it with: rapper -i %s -o nquads FILE)",
                     path, (long long)st.st_size, DG_SOURCE_MAX_BYTES >> 20, src->syntax);
    goto out;
  }
  /* one byte more than allowed tells an input that is too large */
  e = read_more(src, DG_SOURCE_MAX_BYTES + 1);
  if (e) {
    status = read_error(src, e);
    goto out;
  }
  if (src->len > DG_SOURCE_MAX_BYTES && src->gz && by_line) {
    /* what was read is the first piece */
    src->streamed = 1;
    goto out;
  }
  if (src->len > DG_SOURCE_MAX_BYTES && src->gz) {
    status = dg_fail(DG_ERR_INPUT,
                     "'%s' holds more than the %zu MiB docgraph reads whole; "
                     "N-Triples and N-Quads of any size are read in pieces, compressed or not",
                     dg_source_name(src), DG_SOURCE_MAX_BYTES >> 20);
    goto out;
  }
  if (src->len > DG_SOURCE_MAX_BYTES) {
    status = dg_fail(DG_ERR_INPUT,
                     "'%s' is larger than the %zu MiB docgraph reads from a pipe or device; "
                     "save it to a file (in N-Triples or N-Quads, of any size)",
                     dg_source_name(src), DG_SOURCE_MAX_BYTES >> 20);
    goto out;
  }
  src->buf[src->len] = '\0';
  {
    long at = find_nul(src->buf, src->len);
    if (at >= 0)
      status = dg_fail(DG_ERR_INPUT,
                       "%s:%lu: a NUL character (U+0000): it would cut its literal short, so "
                       "the input is refused",
                       dg_source_name(src), line_of(src->buf, (size_t)at));
  }
out:
  if (status != DG_OK) {
    dg_source_free(src);
    return status;
  }
  *out = src;
  return DG_OK;
}

/* Gives the whole input to `parser`, which the caller has started
 * (raptor_parser_parse_start), chunk by chunk, ending the parse. Returns
 * DG_OK, or DG_ERR_IO (a read error) or DG_ERR_INPUT (a NUL in a streamed
 * input) after printing why; *parse_failed is set when raptor returned an
 * error (raptor reports it through its log handler). */
static dg_status source_feed(dg_source *src, raptor_parser *parser, int *parse_failed)
{
  *parse_failed = 0;
  if (!src->streamed) {
    if (raptor_parser_parse_chunk(parser, src->buf, src->len, 1))
      *parse_failed = 1;
    return DG_OK;
  }
  if (find_nul(src->buf, src->len) >= 0)
    return dg_fail(DG_ERR_INPUT,
                   "'%s' holds a NUL character (U+0000): it would cut its literal short, so "
                   "the input is refused",
                   dg_source_name(src));
  if (src->len && raptor_parser_parse_chunk(parser, src->buf, src->len, 0)) {
    *parse_failed = 1;
    return DG_OK;
  }
  /* each chunk is checked for NULs with the end of the one before, where
   * an escape may have begun (its first 9 bytes are kept in front) */
  {
    size_t keep = src->len < 9 ? src->len : 9;
    unsigned char tail[9];
    memcpy(tail, src->buf + src->len - keep, keep);
    xgrow(&src->buf, &src->cap, CHUNK_BYTES + 9, 1);
    memcpy(src->buf, tail, keep);
    src->len = keep;
  }
  for (;;) {
    ssize_t n = source_read(src, src->buf + src->len, CHUNK_BYTES);
    const unsigned char *chunk = src->buf + src->len;
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return read_error(src, errno);
    }
    if (find_nul(src->buf, src->len + (size_t)n) >= 0)
      return dg_fail(DG_ERR_INPUT,
                     "'%s' holds a NUL character (U+0000): it would cut its literal short, so "
                     "the input is refused",
                     dg_source_name(src));
    if (raptor_parser_parse_chunk(parser, n ? chunk : NULL, (size_t)n, n == 0)) {
      *parse_failed = 1;
      return DG_OK;
    }
    if (n == 0)
      return DG_OK;
    {
      size_t all = src->len + (size_t)n, keep = all < 9 ? all : 9;
      memmove(src->buf, src->buf + all - keep, keep);
      src->len = keep;
    }
  }
}

dg_status dg_source_read(const dg_source_reader *r, const char *path, int *parse_failed)
{
  dg_source *src = NULL;
  raptor_parser *parser = NULL;
  raptor_uri *base = NULL;
  char *base_str = NULL;
  dg_status st;

  *parse_failed = 0;
  st = source_open(r->world, path, r->syntax, &src);
  if (st != DG_OK)
    return st;
  parser = raptor_new_parser(r->world, dg_source_syntax(src));
  base_str = r->base(path);
  if (base_str)
    base = raptor_new_uri(r->world, (const unsigned char *)base_str);
  if (!parser || !base || raptor_parser_parse_start(parser, base)) {
    st = dg_fail(DG_ERR_INTERNAL, "cannot set up an RDF parser for '%s'", dg_source_name(src));
    goto out;
  }
  raptor_parser_set_statement_handler(parser, r->ud, r->statement);
  if (r->parsing)
    r->parsing(r->ud, parser, src);
  st = source_feed(src, parser, parse_failed);
  if (r->parsing)
    r->parsing(r->ud, NULL, NULL);
out:
  if (base)
    raptor_free_uri(base);
  free(base_str);
  if (parser)
    raptor_free_parser(parser);
  dg_source_free(src);
  return st;
}
