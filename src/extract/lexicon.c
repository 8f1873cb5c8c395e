/* lexicon.c - ontology/gazetteer/lexicon.tsv, read once for the process. */
#include "config.h"

#include <pthread.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/embedded.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/words.h"

static const char *const set_names[DG_LEX__COUNT] = {
  "particle", "genre", "event-genre", "label", "listing-label", "label-modifier",
  "non-pub-label", "pub-label", "event-label", "event-crumb", "imprint", "org-head",
  "event-head", "journal-venue", "chrome", "language", "caption", "post", "bio-verb",
  "host-by", "column", "deadline", "related", "related-lead", "host-verb",
};

/* What the VALUE column of a set holds. */
enum { VAL_NONE, VAL_CLASS, VAL_ORG_KIND, VAL_PART };
static const unsigned char set_values[DG_LEX__COUNT] = {
  [DG_LEX_GENRE] = VAL_CLASS, [DG_LEX_EVENT_GENRE] = VAL_CLASS,
  [DG_LEX_LISTING_LABEL] = VAL_CLASS, [DG_LEX_ORG_HEAD] = VAL_ORG_KIND,
  [DG_LEX_EVENT_HEAD] = VAL_CLASS, [DG_LEX_HOST_BY] = VAL_PART, [DG_LEX_HOST_VERB] = VAL_PART,
};

/* The sets as they grow while the file is read; then published as
 * dg_lex views. Never freed: the lexicon lives as long as the process,
 * like the constant tables it replaces. */
typedef struct growing {
  const char **words;
  size_t *lens;
  int *values;
  unsigned char *flags;
  size_t n, cap_w, cap_l, cap_v, cap_f;
} growing;

static growing grow[DG_LEX__COUNT];
static dg_lex sets[DG_LEX__COUNT];
static pthread_once_t once = PTHREAD_ONCE_INIT;

const char *dg_lex_set_name(dg_lex_set s) { return s < DG_LEX__COUNT ? set_names[s] : "?"; }

static void add_row(char **f, size_t n, void *ud)
{
  size_t s;
  growing *g;
  (void)ud;
  if (n < 2 || !*f[1])
    return;
  for (s = 0; s < DG_LEX__COUNT && strcmp(set_names[s], f[0]) != 0; s++)
    ;
  if (s == DG_LEX__COUNT)
    return; /* a set this version does not read */
  g = &grow[s];
  xgrow(&g->words, &g->cap_w, g->n + 1, sizeof *g->words);
  xgrow(&g->lens, &g->cap_l, g->n + 1, sizeof *g->lens);
  xgrow(&g->values, &g->cap_v, g->n + 1, sizeof *g->values);
  xgrow(&g->flags, &g->cap_f, g->n + 1, sizeof *g->flags);
  g->words[g->n] = xstrdup(f[1]);
  g->lens[g->n] = strlen(f[1]);
  switch (set_values[s]) {
  case VAL_CLASS:
    g->values[g->n] = n >= 3 ? (int)dg_class_from_name(f[2]) : 0;
    break;
  case VAL_ORG_KIND:
    g->values[g->n] = n >= 3 ? (int)dg_org_kind_from_name(f[2]) : 0;
    break;
  case VAL_PART:
    /* the parts an event's organizations play */
    g->values[g->n] = n >= 3 && strcmp(f[2], "organizer") == 0 ? (int)DG_P_ORGANIZER
                                                                : (int)DG_P_HOST;
    break;
  default:
    g->values[g->n] = 0;
    break;
  }
  g->flags[g->n] = 0;
  if (n >= 4 && strcmp(f[3], "first") == 0)
    g->flags[g->n] = DG_LEX_FIRST;
  else if (n >= 4 && strcmp(f[3], "last") == 0)
    g->flags[g->n] = DG_LEX_LAST;
  else if (n >= 4 && strcmp(f[3], "surname") == 0)
    g->flags[g->n] = DG_LEX_SURNAME;
  else if (n >= 4 && strcmp(f[3], "other") == 0)
    g->flags[g->n] = DG_LEX_OTHER;
  else if (n >= 4 && strcmp(f[3], "generic") == 0)
    g->flags[g->n] = DG_LEX_GENERIC;
  g->n++;
}

/* The phrases of a set asked for "at" a position (host-by, host-verb) by
 * their first byte folded to lower case, in the file's order within each
 * byte: they are asked for at every word of an event page, and few words
 * start like one. at[c] is where byte c's phrases start in order[], at[c
 * + 1] where they end. Filled by load(). */
typedef struct phrase_index {
  unsigned char order[256];
  unsigned short at[257];
} phrase_index;

static phrase_index host_by_ix, host_verb_ix;

static void index_phrases(phrase_index *ix, const dg_lex *h)
{
  size_t c, v, k = 0;
  for (c = 0; c < 256; c++) {
    ix->at[c] = (unsigned short)k;
    for (v = 0; v < h->n && k < sizeof ix->order; v++)
      if ((size_t)dg_to_lower((unsigned char)h->words[v][0]) == c)
        ix->order[k++] = (unsigned char)v;
  }
  ix->at[256] = (unsigned short)k;
}

static void load(void)
{
  size_t s;
  dg_embedded_rows("lexicon.tsv", add_row, NULL);
  for (s = 0; s < DG_LEX__COUNT; s++) {
    sets[s].words = grow[s].words;
    sets[s].lens = grow[s].lens;
    sets[s].values = grow[s].values;
    sets[s].flags = grow[s].flags;
    sets[s].n = grow[s].n;
  }
  index_phrases(&host_by_ix, &sets[DG_LEX_HOST_BY]);
  index_phrases(&host_verb_ix, &sets[DG_LEX_HOST_VERB]);
}

const dg_lex *dg_lexicon(dg_lex_set s)
{
  pthread_once(&once, load);
  return &sets[s < DG_LEX__COUNT ? s : 0];
}

int dg_lex_has_word(dg_lex_set set, const char *s, size_t n)
{
  const dg_lex *lx = dg_lexicon(set);
  return dg_has_any_word(s, n, lx->words, lx->n);
}

long dg_lex_find(dg_lex_set set, const char *s, size_t n)
{
  const dg_lex *lx = dg_lexicon(set);
  size_t v;
  for (v = 0; v < lx->n; v++)
    if (lx->lens[v] == n && strncasecmp(s, lx->words[v], n) == 0)
      return (long)v;
  return -1;
}

int dg_lex_event_genre_word(const char *s, size_t n)
{
  return dg_lex_find(DG_LEX_EVENT_GENRE, s, n) >= 0 ||
         (n > 3 && dg_to_lower((unsigned char)s[n - 1]) == 's' &&
          dg_lex_find(DG_LEX_EVENT_GENRE, s, n - 1) >= 0);
}

size_t dg_lex_bio_verb_at(const char *s, size_t n, size_t k)
{
  const dg_lex *lx;
  size_t v;
  if (k >= n || s[k] != ' ')
    return 0;
  lx = dg_lexicon(DG_LEX_BIO_VERB);
  for (v = 0; v < lx->n; v++)
    if (k + 1 + lx->lens[v] < n && s[k + 1 + lx->lens[v]] == ' ' &&
        memcmp(s + k + 1, lx->words[v], lx->lens[v]) == 0)
      return lx->lens[v];
  return 0;
}

/* The phrase of set `set` (indexed in ix) at s[j], a whole word and a
 * space after it; its length with that space, its VALUE in *value. `fold`:
 * compared without regard to ASCII case. */
static size_t phrase_at(dg_lex_set set, const phrase_index *ix, int fold, const char *s, size_t n,
                        size_t j, int *value)
{
  const dg_lex *lx = dg_lexicon(set);
  size_t c, k;
  /* at a word's start only: "ghosted by" is no cue */
  if (j >= n || (j > 0 && dg_is_alnum((unsigned char)s[j - 1])))
    return 0;
  c = (size_t)dg_to_lower((unsigned char)s[j]);
  for (k = ix->at[c]; k < ix->at[c + 1]; k++) {
    size_t v = ix->order[k];
    if (j + lx->lens[v] + 1 < n && s[j + lx->lens[v]] == ' ' &&
        (fold ? strncasecmp(s + j, lx->words[v], lx->lens[v])
              : memcmp(s + j, lx->words[v], lx->lens[v])) == 0) {
      *value = lx->values[v];
      return lx->lens[v] + 1;
    }
  }
  return 0;
}

size_t dg_lex_host_by_at(const char *s, size_t n, size_t j, int *prop)
{
  return phrase_at(DG_LEX_HOST_BY, &host_by_ix, 1, s, n, j, prop);
}

size_t dg_lex_host_verb_at(const char *s, size_t n, size_t j, int *prop)
{
  return phrase_at(DG_LEX_HOST_VERB, &host_verb_ix, 0, s, n, j, prop);
}
