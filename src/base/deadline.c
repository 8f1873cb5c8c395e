/* deadline.c - a time limit on work that cannot be interrupted.
 *
 * rasqal 0.9.33 has no cancellation: a query runs until rasqal returns,
 * and the slow ones spend their time inside it (joins in the order
 * written, ORDER BY and GROUP BY building their tables, aggregates) before
 * the first row reaches docgraph, so a flag checked between rows would be
 * seen too late. A flag checked in the storage's iterators would stop
 * docgraph's own store only, not RDF files in memory or Redland's
 * storages; and a thread cannot be stopped inside rasqal without leaving
 * its world half-changed. A child process can be stopped at any
 * instruction: the work runs in one, and the parent kills it when time is
 * up. No signal handler is involved: the parent waits with poll() on a
 * socket the child writes one byte to when done.
 *
 * Killing is safe for what this bounds, a query: it only reads, the store
 * is open for reading only (docgraph's readers take no lock and write
 * nothing; Redland's storages are opened without 'new'), and the child's
 * memory and descriptors go with it. Nothing reaches standard output
 * before dg_deadline_met(), so a stopped query prints nothing. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef HAVE_SYS_PRCTL_H
#include <sys/prctl.h>
#endif

#include "base/deadline.h"
#include "base/log.h"
#include "base/xalloc.h"

struct dg_deadline {
  pid_t child;        /* in the parent: the child's pid, 0 once reaped */
  int fd;             /* our end of the socket pair; -1 once closed */
  int watcher;
  long seconds;
  int status;         /* waitpid()'s status, once reaped */
};

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

dg_status dg_deadline_start(long seconds, dg_deadline **out)
{
  int sv[2];
  pid_t pid, parent = getpid();
  dg_deadline *d;

  *out = NULL;
  /* a socket, not a pipe: send() with MSG_NOSIGNAL cannot raise SIGPIPE
   * in the child if the parent is gone */
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    return dg_fail(DG_ERR_INTERNAL, "cannot set a time limit: %s", strerror(errno));
  /* what is buffered would be written twice, once by each process */
  fflush(stdout);
  fflush(stderr);
  pid = fork();
  if (pid < 0) {
    int e = errno;
    close(sv[0]);
    close(sv[1]);
    return dg_fail(DG_ERR_INTERNAL, "cannot set a time limit: %s", strerror(e));
  }
  d = xcalloc(1, sizeof *d);
  d->seconds = seconds;
  if (pid > 0) {
    d->watcher = 1;
    d->child = pid;
    d->fd = sv[0];
    close(sv[1]);
  } else {
    d->fd = sv[1];
    close(sv[0]);
#ifdef HAVE_SYS_PRCTL_H
    /* a parent killed from outside (a shell's `timeout`, a job control
     * kill) must not leave the query running on its own */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
      raise(SIGKILL);   /* it died before prctl took effect */
#else
    (void)parent;
#endif
  }
  *out = d;
  return DG_OK;
}

int dg_deadline_is_watcher(const dg_deadline *d) { return d && d->watcher; }

void dg_deadline_met(dg_deadline *d)
{
  ssize_t n;
  if (!d || d->watcher || d->fd < 0)
    return;
  do
    n = send(d->fd, "1", 1, MSG_NOSIGNAL);
  while (n < 0 && errno == EINTR);
  close(d->fd);
  d->fd = -1;
}

/* Reaps the child (blocking); fills d->status. */
static void reap(dg_deadline *d)
{
  pid_t r;
  if (!d->child)
    return;
  do
    r = waitpid(d->child, &d->status, 0);
  while (r < 0 && errno == EINTR);
  d->child = 0;
}

dg_deadline_end dg_deadline_wait(dg_deadline *d, int *code)
{
  double end = now() + (double)d->seconds;
  int met = 0;

  *code = 0;
  while (d->fd >= 0) {
    struct pollfd p = {d->fd, POLLIN, 0};
    double left = end - now();
    int rc;
    char c;
    if (left <= 0)
      break;
    rc = poll(&p, 1, left > 86400.0 ? 86400 * 1000 : (int)(left * 1000.0) + 1);
    if (rc < 0 && errno == EINTR)
      continue;
    if (rc == 0)
      continue;   /* the loop's clock decides */
    /* the byte of dg_deadline_met(), or end of file: the child is done
     * with the bounded part, or ended (an error, or a crash) */
    met = rc > 0 && recv(d->fd, &c, 1, 0) == 1;
    close(d->fd);
    d->fd = -1;
  }
  if (d->fd >= 0 && !met) {
    kill(d->child, SIGKILL);
    reap(d);
    close(d->fd);
    d->fd = -1;
    return DG_DEADLINE_EXPIRED;
  }
  reap(d);
  if (WIFSIGNALED(d->status)) {
    *code = WTERMSIG(d->status);
    return DG_DEADLINE_SIGNAL;
  }
  *code = WIFEXITED(d->status) ? WEXITSTATUS(d->status) : 1;
  return DG_DEADLINE_EXITED;
}

void dg_deadline_free(dg_deadline *d)
{
  if (!d)
    return;
  if (d->watcher && d->child) {
    kill(d->child, SIGKILL);
    reap(d);
  }
  if (d->fd >= 0)
    close(d->fd);
  free(d);
}
