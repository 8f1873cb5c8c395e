/* lexicon.h - the word lists more than one recogniser reads, each kept
 * once: what a word means does not depend on who asks. */
#ifndef DG_LEXICON_H
#define DG_LEXICON_H

#include <stddef.h>

/* Genre and series words that make a short line a label rather than a
 * title ("Report", "Webinars", "Vol."), lower case; at most 64, so that
 * one dg_wordset holds them all. */
extern const char *const dg_lex_label_words[];
extern const size_t dg_lex_n_label_words;

#endif
