/* log.h - the one place diagnostics are printed. */
#ifndef DG_LOG_H
#define DG_LOG_H

#include <stdarg.h>

#include "base/status.h"

#define DG_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))

/* Prints "docgraph: SEVERITY: MESSAGE" and a newline on stderr ("docgraph:
 * MESSAGE" when `severity` is NULL), then `hint` and a newline if `hint`
 * is not NULL. The one printer of docgraph's messages: the functions
 * below, usage errors and Redland's messages (emit/rdf.c) all print
 * through it, so that they cannot drift apart. It only prints: counting
 * errors and honouring --quiet are left to the caller. */
void dg_log_print(const char *severity, const char *hint, const char *fmt, ...) DG_PRINTF(3, 4);
void dg_log_vprint(const char *severity, const char *hint, const char *fmt, va_list ap)
  DG_PRINTF(3, 0);

/* Prints "docgraph: error: MESSAGE" to stderr and returns `st`, so that a
 * failure is reported and propagated in one expression. */
dg_status dg_fail(dg_status st, const char *fmt, ...) DG_PRINTF(2, 3);

/* Prints "docgraph: warning: MESSAGE" to stderr. */
void dg_warn(const char *fmt, ...) DG_PRINTF(1, 2);

/* Prints "docgraph: MESSAGE" (a note or hint, no severity) to stderr. */
void dg_note(const char *fmt, ...) DG_PRINTF(1, 2);

/* Prints a progress line ("docgraph: LABEL N/TOTAL") on stderr, redrawn in
 * place, when stderr is a terminal and --quiet was not given; a no-op
 * otherwise. Pass done == total to finish the line. */
void dg_progress(const char *label, unsigned long done, unsigned long total);

/* Silences warnings and progress (errors are always printed). */
void dg_log_set_quiet(int quiet);

/* Counts an error printed elsewhere (Redland's messages, rdf.c). */
void dg_log_count_error(void);

/* Number of errors printed (and counted) so far. */
unsigned dg_log_errors(void);

#endif
