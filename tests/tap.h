/* tap.h - a dozen lines of TAP for the C unit tests. */
#ifndef DG_TAP_H
#define DG_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

/* One TAP line; on failure, where and what failed: `what` is the text of
 * the expression tested. */
#define ok_what(cond, what, ...)                                               \
  do {                                                                         \
    int ok_ = (cond) ? 1 : 0;                                                  \
    printf("%sok %d - ", ok_ ? "" : "not ", ++tap_n);                          \
    printf(__VA_ARGS__);                                                       \
    putchar('\n');                                                             \
    if (!ok_) {                                                                \
      tap_failed++;                                                            \
      printf("#   failed at %s:%d: %s\n", __FILE__, __LINE__, what);           \
    }                                                                          \
  } while (0)

#define ok(cond, ...) ok_what(cond, #cond, __VA_ARGS__)

#define is_str(got, want, ...)                                                 \
  do {                                                                         \
    const char *g_ = (got), *w_ = (want);                                      \
    int eq_ = (g_ && w_) ? strcmp(g_, w_) == 0 : g_ == w_;                     \
    ok_what(eq_, #got " equals " #want, __VA_ARGS__);                          \
    if (!eq_)                                                                  \
      printf("#   got:  '%s'\n#   want: '%s'\n", g_ ? g_ : "(null)",           \
             w_ ? w_ : "(null)");                                              \
  } while (0)

#define is_int(got, want, ...)                                                 \
  do {                                                                         \
    long g_ = (long)(got), w_ = (long)(want);                                  \
    ok_what(g_ == w_, #got " == " #want, __VA_ARGS__);                         \
    if (g_ != w_)                                                              \
      printf("#   got:  %ld\n#   want: %ld\n", g_, w_);                        \
  } while (0)

/* Call last: prints the plan and returns the exit status for main(). */
static inline int tap_done(void)
{
  printf("1..%d\n", tap_n);
  return tap_failed ? 1 : 0;
}

#endif
