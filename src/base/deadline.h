/* deadline.h - run the rest of a command in a child process that is
 * stopped if it has not finished its work in time. */
#ifndef DG_DEADLINE_H
#define DG_DEADLINE_H

#include "base/status.h"

typedef struct dg_deadline dg_deadline;

/* Forks (having flushed stdout and stderr). Both processes return DG_OK
 * with a new deadline in *out (free with dg_deadline_free()):
 * dg_deadline_is_watcher() tells the parent, which calls
 * dg_deadline_wait() and nothing else, from the child, which goes on with
 * the command and calls dg_deadline_met() when the bounded part of its
 * work is done. The child ends as a whole docgraph process does, by
 * returning from main, so its exit status is the command's. Returns
 * DG_ERR_INTERNAL, printed, when the process cannot fork (*out NULL). */
dg_status dg_deadline_start(long seconds, dg_deadline **out);

/* 1 in the parent, 0 in the child (and for NULL). */
int dg_deadline_is_watcher(const dg_deadline *d);

/* In the child: the bounded work is done; the parent now waits for the
 * rest (writing the results) without a limit. NULL is allowed: no
 * deadline. Call it once. */
void dg_deadline_met(dg_deadline *d);

/* How the child ended, for dg_deadline_wait(). */
typedef enum dg_deadline_end {
  DG_DEADLINE_EXITED,   /* it exited; *code is its exit status */
  DG_DEADLINE_EXPIRED,  /* the deadline passed first: it was killed */
  DG_DEADLINE_SIGNAL    /* a signal ended it (a crash); *code is the signal */
} dg_deadline_end;

/* In the parent: waits for the child, and kills it (SIGKILL) if the
 * deadline passes before it called dg_deadline_met() or ended. Prints
 * nothing: the caller says what the end means. */
dg_deadline_end dg_deadline_wait(dg_deadline *d, int *code);

/* Frees `d`; NULL is allowed. In the parent the child is waited for first
 * (killed if still running), so that none is left behind. */
void dg_deadline_free(dg_deadline *d);

#endif
