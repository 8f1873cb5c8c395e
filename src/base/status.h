/* status.h - the one status type every docgraph function returns. */
#ifndef DG_STATUS_H
#define DG_STATUS_H

/* The outcome of an operation. main() alone maps it to an exit code:
 * DG_OK -> 0, DG_ERR_USAGE -> 2, everything else -> 1 (SPEC section 4). */
typedef enum dg_status {
  DG_OK = 0,
  DG_ERR_USAGE,    /* the command line was wrong */
  DG_ERR_INPUT,    /* an input document or RDF file could not be used */
  DG_ERR_IO,       /* reading or writing a file failed */
  DG_ERR_STORE,    /* the store could not be opened, read or written */
  DG_ERR_QUERY,    /* a query could not be prepared or run */
  DG_ERR_INTERNAL  /* a library call failed in a way we did not expect */
} dg_status;

/* Returns a static description of `st`. */
const char *dg_strerror(dg_status st);

/* Returns the process exit code for `st` (0, 1 or 2). */
int dg_status_exit_code(dg_status st);

/* Evaluate `expr` into `st` and return it from the caller on failure. */
#define TRY(st, expr)                                                          \
  do {                                                                         \
    if (((st) = (expr)) != DG_OK)                                              \
      return (st);                                                             \
  } while (0)

/* The worse of two statuses: usage beats everything, any error beats OK.
 * Lets a loop over inputs keep going and still report the failure. */
static inline dg_status dg_status_worst(dg_status a, dg_status b)
{
  if (a == DG_ERR_USAGE || b == DG_ERR_USAGE)
    return DG_ERR_USAGE;
  return a != DG_OK ? a : b;
}

#endif
