/* match.h - find gazetteer phrases in tokenized text, longest first. */
#ifndef DG_MATCH_H
#define DG_MATCH_H

#include <stddef.h>

#include "extract/tokens.h"

typedef struct dg_matcher dg_matcher;

/* Returns a new, empty matcher; free with dg_matcher_free(). */
dg_matcher *dg_matcher_new(void);
void dg_matcher_free(dg_matcher *m);

/* Makes the matcher compare ASCII letters without regard to case, both
 * for the phrases added after this call and for lookups; for ALL-CAPS
 * lines ("CARNEGIE MOSCOW CENTER"), where case says nothing. */
void dg_matcher_set_fold(dg_matcher *m, int fold);

/* Adds `phrase` (tokenized the way dg_tokenize() does, compared token by
 * token on canonical text, case-sensitively) with the caller's `value`.
 * A phrase added twice keeps the first value. Returns 1 if it was new. */
int dg_matcher_add(dg_matcher *m, const char *phrase, long value);

/* Finds the longest phrase that starts at token `i` of `toks` (over
 * `text`) and does not cross a line break. Returns the number of tokens
 * matched (0 for none) and sets *value. */
size_t dg_matcher_longest(const dg_matcher *m, const char *text,
                          const dg_tokens *toks, size_t i, long *value);

/* Like dg_matcher_longest(), and sets *ran_out to 1 if the walk down the
 * trie stopped only because `toks` ended (more tokens could have made a
 * longer match), else 0. Lets a caller tokenize a prefix of a text first
 * and the rest only when needed. */
size_t dg_matcher_longest_ro(const dg_matcher *m, const char *text,
                             const dg_tokens *toks, size_t i, long *value, int *ran_out);

/* Looks up a whole phrase; returns 1 and sets *value if present. */
int dg_matcher_lookup(const dg_matcher *m, const char *phrase, long *value);

#endif
