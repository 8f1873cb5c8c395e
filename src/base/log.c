/* log.c - diagnostics: one format, one stream, counted. */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "base/log.h"

static int quiet;
static unsigned n_errors;

const char *dg_strerror(dg_status st)
{
  switch (st) {
  case DG_OK: return "success";
  case DG_ERR_USAGE: return "bad command line";
  case DG_ERR_INPUT: return "bad input";
  case DG_ERR_IO: return "input/output error";
  case DG_ERR_STORE: return "store error";
  case DG_ERR_QUERY: return "query error";
  case DG_ERR_INTERNAL: return "internal error";
  }
  return "unknown status";
}

int dg_status_exit_code(dg_status st)
{
  switch (st) {
  case DG_OK: return 0;
  case DG_ERR_USAGE: return 2;
  case DG_ERR_INPUT:
  case DG_ERR_IO:
  case DG_ERR_STORE:
  case DG_ERR_QUERY:
  case DG_ERR_INTERNAL: return 1;
  }
  return 1;
}

void dg_log_vprint(const char *severity, const char *hint, const char *fmt, va_list ap)
{
  fputs("docgraph: ", stderr);
  if (severity)
    fprintf(stderr, "%s: ", severity);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  if (hint) {
    fputs(hint, stderr);
    fputc('\n', stderr);
  }
}

void dg_log_print(const char *severity, const char *hint, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  dg_log_vprint(severity, hint, fmt, ap);
  va_end(ap);
}

dg_status dg_fail(dg_status st, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  dg_log_vprint("error", NULL, fmt, ap);
  va_end(ap);
  n_errors++;
  return st;
}

void dg_warn(const char *fmt, ...)
{
  va_list ap;
  if (quiet)
    return;
  va_start(ap, fmt);
  dg_log_vprint("warning", NULL, fmt, ap);
  va_end(ap);
}

void dg_note(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  dg_log_vprint(NULL, NULL, fmt, ap);
  va_end(ap);
}

void dg_progress(const char *label, unsigned long done, unsigned long total)
{
  static int tty = -1;
  if (tty < 0)
    tty = isatty(STDERR_FILENO);
  if (quiet || !tty || total == 0)
    return;
  fprintf(stderr, "\rdocgraph: %s %lu/%lu (%lu%%)", label, done, total,
          done * 100 / total);
  if (done >= total)
    fputs("\033[K\n", stderr);
  fflush(stderr);
}

void dg_log_set_quiet(int q) { quiet = q; }
void dg_log_count_error(void) { n_errors++; }
unsigned dg_log_errors(void) { return n_errors; }
