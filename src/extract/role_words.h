/* role_words.h - the words that name a part in an event: "Speakers",
 * "Moderated by", "Discutante", "Veranstalter".
 *
 * One lexicon for every recogniser that asks (the page model's role
 * headings, the event's role blocks, role fields inside a line), in the
 * languages event pages come in. */
#ifndef DG_ROLE_WORDS_H
#define DG_ROLE_WORDS_H

#include <stddef.h>

#include "extract/facts.h"

/* How a role word introduces its names. */
enum {
  DG_ROLE_PLURAL = 1, /* "Speakers", "Panelists": every name after it */
  DG_ROLE_BY = 2      /* "moderated by", "presented with": a phrase that
                         needs no colon after it */
};

/* The longest role word at the start of s[0..len), compared without
 * regard to ASCII case and ending at a word boundary. Returns its length
 * in bytes and sets *prop (DG_P_SPEAKER, DG_P_MODERATOR, DG_P_HOST, ...)
 * and *flags (DG_ROLE_*), or returns 0. */
size_t dg_role_word(const char *s, size_t len, dg_prop *prop, unsigned *flags);

/* How many words roles.tsv gave (loading it on the first call). */
size_t dg_role_words_count(void);

/* 1 if the role word at the start of s[0..len) (found by dg_role_word,
 * `cue` bytes long) is a heading or a label: the whole line, or followed
 * by a colon (" :" in French typography), or a table's first cell (a tab
 * or "|" after it). Sets *rest to the offset of
 * what follows the colon (len when nothing does). */
int dg_role_label(const char *s, size_t len, size_t cue, size_t *rest);

/* A short heading that names a role among other words: "About our
 * Speakers", "Meet the panelists", "Featured Guests". Returns the end of
 * the role word in s (0 if the line is no such heading) and sets *prop. */
size_t dg_role_heading(const char *s, size_t len, dg_prop *prop);

#endif
