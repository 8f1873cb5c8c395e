/* outfile.c - temp file + fsync + rename: the target is old or new, whole.
 *
 * A compressed output is a stdio stream of its own (glibc's fopencookie)
 * whose writes go through zlib's deflate into the file's stream, so that
 * every writer, raptor's included, writes to a FILE * as it does
 * uncompressed, and streams as it does. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "base/log.h"
#include "base/xalloc.h"
#include "emit/outfile.h"

/* Compressed bytes go to the file in writes of this size. */
#define GZ_CHUNK 65536

/* The compressing stream of an outfile. */
typedef struct gz_sink {
  FILE *to;           /* borrowed: the file's stream */
  z_stream z;
  int err;            /* errno of the first failed write to `to`, or 0 */
  unsigned char out[GZ_CHUNK];
} gz_sink;

struct dg_outfile {
  char *path;   /* owned; NULL for stdout */
  char *tmp;    /* owned; NULL when writing in place (not a regular file) */
  FILE *fp;     /* the file's stream */
  FILE *zfp;    /* the compressing stream over fp, or NULL */
  gz_sink *gz;  /* owned by zfp (freed when it is closed) */
};

/* Runs deflate over the pending input with `flush` and writes what it
 * makes; until all input is taken, or to the end with Z_FINISH. Returns
 * 0, or -1 with g->err set. */
static int gz_pump(gz_sink *g, int flush)
{
  int rc;
  do {
    size_t n;
    g->z.next_out = g->out;
    g->z.avail_out = GZ_CHUNK;
    rc = deflate(&g->z, flush);
    if (rc == Z_STREAM_ERROR) {
      g->err = EIO;
      return -1;
    }
    n = GZ_CHUNK - g->z.avail_out;
    if (n && fwrite(g->out, 1, n, g->to) != n) {
      g->err = errno ? errno : EIO;
      return -1;
    }
  } while (flush == Z_FINISH ? rc != Z_STREAM_END : g->z.avail_out == 0);
  return 0;
}

/* fopencookie's write: all of `buf`, or 0 for an error. */
static ssize_t gz_write(void *cookie, const char *buf, size_t size)
{
  gz_sink *g = cookie;
  size_t done = 0;
  if (g->err) {
    errno = g->err;
    return 0;
  }
  while (done < size) {
    /* avail_in is an unsigned int */
    size_t n = size - done < (1u << 30) ? size - done : (1u << 30);
    g->z.next_in = (Bytef *)(buf + done);
    g->z.avail_in = (uInt)n;
    if (gz_pump(g, Z_NO_FLUSH) != 0) {
      errno = g->err;
      return 0;
    }
    done += n;
  }
  return (ssize_t)size;
}

/* fopencookie's close: ends the compressed stream (the gzip trailer) and
 * frees the sink. Returns 0, or -1 if a write failed. */
static int gz_close(void *cookie)
{
  gz_sink *g = cookie;
  int rc = g->err ? -1 : gz_pump(g, Z_FINISH), e = g->err;
  deflateEnd(&g->z);
  free(g);
  if (rc != 0)
    errno = e ? e : EIO;
  return rc;
}

/* Puts a compressing stream over of->fp. Returns 0, or an errno. */
static int gz_open(dg_outfile *of)
{
  cookie_io_functions_t io = {NULL, gz_write, NULL, gz_close};
  gz_sink *g = xcalloc(1, sizeof *g);
  g->to = of->fp;
  /* 15 + 16: the largest window, with a gzip header and trailer */
  if (deflateInit2(&g->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    free(g);
    return ENOMEM;
  }
  of->zfp = fopencookie(g, "w", io);
  if (!of->zfp) {
    int e = errno ? errno : ENOMEM;
    deflateEnd(&g->z);
    free(g);
    return e;
  }
  of->gz = g;
  return 0;
}

int dg_outfile_in_place(const char *path)
{
  struct stat st;
  return strncmp(path, "/dev/", 5) == 0 || (stat(path, &st) == 0 && !S_ISREG(st.st_mode));
}

static dg_status open_file(const char *path, dg_outfile **out);

dg_status dg_outfile_open(const char *path, int gzip, dg_outfile **out)
{
  dg_outfile *of;
  dg_status st = open_file(path, out);
  int e;
  if (st != DG_OK || !gzip || !(*out)->path)
    return st;
  of = *out;
  e = gz_open(of);
  if (e) {
    *out = NULL;
    dg_outfile_abort(of);
    return dg_fail(DG_ERR_IO, "cannot write '%s': %s", path, strerror(e));
  }
  return DG_OK;
}

/* dg_outfile_open() without compression. */
static dg_status open_file(const char *path, dg_outfile **out)
{
  dg_outfile *of = xcalloc(1, sizeof *of);
  int fd;
  *out = NULL;
  if (!path || strcmp(path, "-") == 0) {
    of->fp = stdout;
    *out = of;
    return DG_OK;
  }
  {
    /* A FIFO, a device or /dev/stdout is written in place: renaming a
     * temporary over it would replace the special file itself. */
    if (dg_outfile_in_place(path)) {
      of->fp = fopen(path, "w");
      if (!of->fp) {
        free(of);
        return dg_fail(DG_ERR_IO, "cannot write '%s': %s", path, strerror(errno));
      }
      of->path = xstrdup(path);
      *out = of;
      return DG_OK;
    }
  }
  of->path = xstrdup(path);
  of->tmp = xasprintf("%s.tmp-XXXXXX", path);
  fd = mkstemp(of->tmp);
  if (fd < 0) {
    dg_status st = dg_fail(DG_ERR_IO, "cannot write '%s': %s", path, strerror(errno));
    free(of->path);
    free(of->tmp);
    free(of);
    return st;
  }
  /* mkstemp makes 0600; an output file should get the usual umask mode */
  {
    mode_t um = umask(0);
    umask(um);
    (void)fchmod(fd, 0666 & ~um);
  }
  of->fp = fdopen(fd, "w");
  if (!of->fp) {
    close(fd);
    unlink(of->tmp);
    free(of->path);
    free(of->tmp);
    free(of);
    return dg_fail(DG_ERR_IO, "cannot write '%s': %s", path, strerror(errno));
  }
  *out = of;
  return DG_OK;
}

FILE *dg_outfile_stream(dg_outfile *of) { return of->zfp ? of->zfp : of->fp; }

dg_status dg_outfile_commit(dg_outfile *of)
{
  dg_status st = DG_OK;
  int e = 0;
  if (!of->path) {
    if (fflush(stdout) != 0 || ferror(stdout))
      st = dg_fail(DG_ERR_IO, "write error on standard output: %s", strerror(errno));
    free(of);
    return st;
  }
  errno = 0;
  if (of->zfp) {
    /* flushes the last data through deflate and writes the trailer */
    if (ferror(of->zfp))
      e = of->gz->err ? of->gz->err : EIO;
    if (fclose(of->zfp) != 0 && !e)
      e = errno ? errno : EIO;
    of->zfp = NULL;
    of->gz = NULL;   /* freed with its stream */
    errno = 0;
  }
  if ((fflush(of->fp) != 0 || ferror(of->fp) || (of->tmp && fsync(fileno(of->fp)) != 0)) && !e)
    e = errno ? errno : EIO;
  if (fclose(of->fp) != 0 && !e)
    e = errno;
  of->fp = NULL;
  if (!e && of->tmp && rename(of->tmp, of->path) != 0)
    e = errno;
  if (e) {
    if (of->tmp)
      unlink(of->tmp);
    st = dg_fail(DG_ERR_IO, "cannot write '%s': %s", of->path, strerror(e));
  }
  free(of->path);
  free(of->tmp);
  free(of);
  return st;
}

void dg_outfile_abort(dg_outfile *of)
{
  if (!of)
    return;
  if (of->zfp)
    fclose(of->zfp);   /* into the temporary, which goes */
  if (of->path) {
    if (of->fp)
      fclose(of->fp);
    if (of->tmp)
      unlink(of->tmp);
  }
  free(of->path);
  free(of->tmp);
  free(of);
}
