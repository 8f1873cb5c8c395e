/* outfile.c - temp file + fsync + rename: the target is old or new, whole. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/log.h"
#include "base/xalloc.h"
#include "emit/outfile.h"

struct dg_outfile {
  char *path;   /* owned; NULL for stdout */
  char *tmp;    /* owned; NULL when writing in place (not a regular file) */
  FILE *fp;
};

dg_status dg_outfile_open(const char *path, dg_outfile **out)
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
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
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

FILE *dg_outfile_stream(dg_outfile *of) { return of->fp; }

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
  if (fflush(of->fp) != 0 || ferror(of->fp) || (of->tmp && fsync(fileno(of->fp)) != 0))
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
