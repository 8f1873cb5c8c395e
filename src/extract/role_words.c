/* role_words.c - the role lexicon (ontology/gazetteer/roles.tsv) and its
 * lookup.
 *
 * The words are few (a few hundred) and are asked only at the start of a
 * line or of a field, so a sorted table searched by the first letter is
 * enough: each lookup compares against the dozen words under one letter. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/embedded.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/role_words.h"
/* The ROLE column of roles.tsv. */
static const struct {
  const char *name;
  dg_prop prop;
} role_names[] = {
  {"speaker", DG_P_SPEAKER},       {"keynote", DG_P_KEYNOTE_SPEAKER},
  {"panelist", DG_P_PANELIST},     {"discussant", DG_P_DISCUSSANT},
  {"chair", DG_P_CHAIR},           {"moderator", DG_P_MODERATOR},
  {"participant", DG_P_PARTICIPANT}, {"host", DG_P_HOST},
  {"organizer", DG_P_ORGANIZER},
};

typedef struct role_word {
  char *w; /* owned by the table, which lives as long as the process */
  dg_prop prop;
  unsigned flags;
} role_word;

/* ontology/gazetteer/roles.tsv, sorted by bytes so that the words of one
 * first letter are found by a binary search. Loaded once, read-only
 * after that. */
static role_word *words;
static size_t n_words, cap_words;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void add_row(char **f, size_t n, void *ud)
{
  size_t k, i;
  role_word *r;
  (void)ud;
  if (n < 2 || !*f[0])
    return;
  for (k = 0; k < DG_COUNT(role_names) && strcmp(role_names[k].name, f[1]) != 0; k++)
    ;
  if (k == DG_COUNT(role_names))
    return; /* a role this version does not know */
  xgrow(&words, &cap_words, n_words + 1, sizeof *words);
  r = &words[n_words++];
  r->w = xstrdup(f[0]);
  for (i = 0; r->w[i]; i++)
    r->w[i] = (char)dg_to_lower((unsigned char)r->w[i]);
  r->prop = role_names[k].prop;
  r->flags = 0;
  if (n >= 3) {
    if (strstr(f[2], "plural"))
      r->flags |= DG_ROLE_PLURAL;
    if (strstr(f[2], "by"))
      r->flags |= DG_ROLE_BY;
  }
}

static int by_bytes(const void *a, const void *b)
{
  return strcmp(((const role_word *)a)->w, ((const role_word *)b)->w);
}

static void load(void)
{
  dg_embedded_rows("roles.tsv", add_row, NULL);
  if (n_words)
    qsort(words, n_words, sizeof *words, by_bytes);
}

size_t dg_role_words_count(void)
{
  pthread_once(&once, load);
  return n_words;
}

/* 1 if byte c can continue a word: a letter, a digit, or a UTF-8 byte of
 * an accented letter. */
static int word_byte(unsigned char c)
{
  return dg_is_alnum(c) || c >= 0xC3;
}

size_t dg_role_word(const char *s, size_t len, dg_prop *prop, unsigned *flags)
{
  size_t lo = 0, hi, k, best = 0;
  unsigned char c0;
  if (len == 0)
    return 0;
  pthread_once(&once, load);
  hi = n_words;
  c0 = (unsigned char)dg_to_lower((unsigned char)s[0]);
  /* the first word with this initial */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((unsigned char)words[mid].w[0] < c0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (k = lo; k < n_words && (unsigned char)words[k].w[0] == c0; k++) {
    const char *w = words[k].w;
    size_t wl, i;
    for (i = 1; w[i] && i < len; i++)
      if ((unsigned char)dg_to_lower((unsigned char)s[i]) != (unsigned char)w[i])
        break;
    if (w[i])
      continue;
    wl = i;
    if (wl <= best ||
        (wl < len && word_byte((unsigned char)s[wl]) && word_byte((unsigned char)w[wl - 1])))
      continue;
    best = wl;
    *prop = words[k].prop;
    *flags = words[k].flags;
  }
  return best;
}

int dg_role_label(const char *s, size_t len, size_t cue, size_t *rest)
{
  size_t j = cue;
  int cell = 0;
  while (j < len && (s[j] == ' ' || s[j] == '\t'))
    cell |= s[j++] == '\t';
  if (j == len) {
    *rest = len;
    return 1;
  }
  /* a table's row: "Moderator<TAB>Name", "Panelists | Name / Name" */
  if (cell && s[j] != '|') {
    *rest = j;
    return 1;
  }
  if (s[j] != ':' && s[j] != '|')
    return 0;
  j++;
  while (j < len && (s[j] == ' ' || s[j] == '\t'))
    j++;
  *rest = j;
  return 1;
}

size_t dg_role_heading(const char *s, size_t len, dg_prop *prop)
{
  size_t i = 0, nw = 0;
  size_t found = 0;
  if (len == 0 || len > 80 || s[len - 1] == '.' || (memchr(s, ':', len) && s[len - 1] != ':'))
    return 0;
  while (i < len) {
    size_t j = i, cue;
    unsigned flags;
    dg_prop p;
    while (j < len && s[j] != ' ')
      j++;
    if (++nw > 6)
      return 0;
    if (i > 0 && (cue = dg_role_word(s + i, len - i, &p, &flags)) && (flags & DG_ROLE_PLURAL) &&
        !(flags & DG_ROLE_BY) && !found) {
      *prop = p;
      found = i + cue;
    }
    i = j;
    while (i < len && s[i] == ' ')
      i++;
  }
  return found;
}
