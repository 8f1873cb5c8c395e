/* markup.c - a page's text without Markdown's inline syntax, and the way
 * back to the page's own offsets (see markup.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "extract/markup.h"

/* One cut: the bytes removed before stripped offset `at`, counted from the
 * start of the text up to and including this cut. */
typedef struct cut {
  size_t at;
  size_t removed;
} cut;

struct dg_markup {
  char *text;  /* owned: the stripped text */
  size_t len;
  cut *cuts;   /* owned: in order of `at` */
  size_t n_cuts, cap;
};

/* The end of a link's address starting after "](" at s[i]: the index of
 * its ")", or len if the address does not close on this line (one level
 * of parentheses inside it, as in Wikipedia's addresses). */
static size_t address_end(const char *s, size_t len, size_t i)
{
  int depth = 0;
  size_t stop = i + 2048; /* an address is shorter than that */
  for (; i < len && i < stop; i++) {
    if (s[i] == '\n' || s[i] == ' ' || s[i] == '\t')
      return len;
    if (s[i] == '(')
      depth++;
    else if (s[i] == ')' && depth-- == 0)
      return i;
  }
  return len;
}

/* The "]" that closes a link's text opened at s[i] ("["), on the same
 * line and not far; len if none. */
static size_t text_end(const char *s, size_t len, size_t i)
{
  size_t j;
  for (j = i + 1; j < len && j < i + 400; j++) {
    if (s[j] == '\n' || s[j] == '[')
      return len;
    if (s[j] == ']')
      return j;
  }
  return len;
}

/* The "**" closing one opened at s[i] on the same line; len if none. */
static size_t strong_end(const char *s, size_t len, size_t i)
{
  size_t j;
  for (j = i + 2; j + 1 < len && s[j] != '\n'; j++)
    if (s[j] == '*' && s[j + 1] == '*')
      return j > i + 2 ? j : len;
  return len;
}

static void add_cut(dg_markup *m, size_t at, size_t removed)
{
  if (m->n_cuts == m->cap)
    xgrow(&m->cuts, &m->cap, m->n_cuts + 1, sizeof *m->cuts);
  m->cuts[m->n_cuts].at = at;
  m->cuts[m->n_cuts].removed = removed;
  m->n_cuts++;
}

dg_markup *dg_markup_strip(const char *text, size_t len)
{
  dg_markup *m;
  size_t i, o = 0, removed = 0;
  /* most pages have neither a link's "](" nor "**" */
  if (!memmem(text, len, "](", 2) && !memmem(text, len, "**", 2))
    return NULL;
  m = xcalloc(1, sizeof *m);
  m->text = xmalloc(len + 1);
  for (i = 0; i < len;) {
    size_t skip = 0, keep_from = 0, keep_to = 0, close;
    if (text[i] == '[' || (text[i] == '!' && i + 1 < len && text[i + 1] == '[')) {
      size_t open = text[i] == '!' ? i + 1 : i;
      size_t te = text_end(text, len, open);
      if (te < len && te + 1 < len && text[te + 1] == '(' &&
          (close = address_end(text, len, te + 2)) < len) {
        if (text[i] == '!') {
          skip = close + 1 - i; /* an image: none of it is the page's words */
        } else {
          keep_from = open + 1;
          keep_to = te;
          skip = close + 1 - i;
        }
      }
    } else if (text[i] == '*' && i + 1 < len && text[i + 1] == '*' &&
               (close = strong_end(text, len, i)) < len) {
      keep_from = i + 2;
      keep_to = close;
      skip = close + 2 - i;
    }
    if (!skip) {
      m->text[o++] = text[i++];
      continue;
    }
    if (keep_to > keep_from) {
      /* the markup before the kept words, the words, the markup after */
      removed += keep_from - i;
      add_cut(m, o, removed);
      memcpy(m->text + o, text + keep_from, keep_to - keep_from);
      o += keep_to - keep_from;
      removed += i + skip - keep_to;
      add_cut(m, o, removed);
    } else {
      removed += skip;
      add_cut(m, o, removed);
    }
    i += skip;
  }
  m->text[o] = '\0';
  m->len = o;
  if (!m->n_cuts) {
    dg_markup_free(m);
    return NULL;
  }
  return m;
}

void dg_markup_free(dg_markup *m)
{
  if (!m)
    return;
  free(m->text);
  free(m->cuts);
  free(m);
}

const char *dg_markup_text(const dg_markup *m) { return m->text; }
size_t dg_markup_len(const dg_markup *m) { return m->len; }

/* The page offset of stripped offset x: a start goes past the markup cut
 * at x (the words follow it), an end stays before it. */
static size_t restore(const dg_markup *m, size_t x, int is_end)
{
  size_t lo = 0, hi = m->n_cuts;
  /* the last cut at or before x (before x, for an end) */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->cuts[mid].at < x || (!is_end && m->cuts[mid].at == x))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? x + m->cuts[lo - 1].removed : x;
}

static void restore_span(void *ud, dg_span *sp)
{
  const dg_markup *m = ud;
  size_t a = restore(m, sp->start, 0), b = restore(m, sp->start + sp->len, 1);
  sp->start = a;
  sp->len = b > a ? b - a : 0;
}

void dg_markup_restore_spans(const dg_markup *m, dg_facts *f, size_t first_entity,
                             size_t first_fact)
{
  dg_facts_map_spans(f, first_entity, first_fact, restore_span, (void *)m);
}
