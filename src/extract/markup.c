/* markup.c - a page's text without Markdown's inline syntax, and the way
 * back to the page's own offsets (see markup.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "extract/markup.h"

/* Links and strong runs read inside one another at most this deep. */
#define DG_MARKUP_DEPTH 4

/* One cut: the bytes removed before stripped offset `at`, counted from the
 * start of the text up to and including this cut. An ASCII dash written
 * as the em dash it stands for adds a byte: `removed` then counts down,
 * in size_t's modular arithmetic, which still gives each offset of the
 * page (never below 0) exactly. */
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

/* The "*" closing an emphasis opened at s[i] ("*Chair:* Name", as
 * pandoc writes <em>) on the same line: after a word's last byte and
 * before no letter; len if none. A bullet ("* item") opens nothing. */
static size_t emphasis_end(const char *s, size_t len, size_t i)
{
  size_t j;
  if (i + 1 >= len || s[i + 1] == ' ' || s[i + 1] == '*' || s[i + 1] == '\n' ||
      (i > 0 && (dg_is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '*')))
    return len;
  for (j = i + 2; j < len && s[j] != '\n'; j++)
    if (s[j] == '*' && s[j - 1] != ' ' && (j + 1 == len || (!dg_is_alnum((unsigned char)s[j + 1]) &&
                                                             s[j + 1] != '*')))
      return j;
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

/* The length of the invisible or spacing character at s[i], and whether
 * it reads as a space: the no-break spaces HTML's &nbsp; becomes, the
 * thin and narrow spaces of typesetting, and the characters that show
 * nothing (zero-width space and joiners, word joiner, soft hyphen, a byte
 * order mark). 0 if s[i] starts none. */
static size_t special_space(const char *s, size_t len, size_t i, int *is_space)
{
  const unsigned char *u = (const unsigned char *)s + i;
  size_t n = len - i;
  *is_space = 1;
  if (u[0] == 0xC2 && n >= 2 && (u[1] == 0xA0 || u[1] == 0xAD)) {
    *is_space = u[1] == 0xA0;
    return 2;
  }
  if (n < 3)
    return 0;
  if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] <= 0x8A || u[2] == 0xAF))
    return 3; /* U+2000..U+200A, U+202F */
  if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
    return 3; /* U+3000 */
  *is_space = 0;
  if ((u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8D) ||
      (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0) || (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF))
    return 3; /* U+200B..U+200D, U+2060, U+FEFF */
  return 0;
}

/* 1 if text[0, len) may hold anything dg_markup_strip() changes: a
 * link's "](", "*" or "**", " -- ", or a special space. */
static int may_have_markup(const char *text, size_t len)
{
  const unsigned char *u = (const unsigned char *)text;
  size_t i;
  if (memmem(text, len, "](", 2) || memmem(text, len, "**", 2) || memmem(text, len, " -- ", 4) ||
      memchr(text, '*', len))
    return 1;
  for (i = 0; i + 1 < len; i++)
    if ((u[i] == 0xC2 && (u[i + 1] == 0xA0 || u[i + 1] == 0xAD)) ||
        ((u[i] == 0xE2 || u[i] == 0xE3 || u[i] == 0xEF) && i + 2 < len &&
         (u[i + 1] == 0x80 || u[i + 1] == 0x81 || u[i + 1] == 0xBB)))
      return 1;
  return 0;
}

dg_markup *dg_markup_strip(const char *text, size_t len)
{
  dg_markup *m;
  size_t i, o = 0, removed = 0, depth = 0;
  /* the links and strong runs being read: where their words end, and
   * where the text resumes after their closing markup */
  struct {
    size_t to, resume;
  } pend[DG_MARKUP_DEPTH];
  /* most pages have none of it: one scan, and no copy */
  if (!may_have_markup(text, len))
    return NULL;
  m = xcalloc(1, sizeof *m);
  /* " -- " becomes " \u2014 ": one byte more in four */
  m->text = xmalloc(len + len / 4 + 1);
  for (i = 0; i < len;) {
    size_t skip = 0, keep_from = 0, keep_to = 0, close, sp;
    int is_space;
    /* the end of a link's words or of a strong run: its closing markup
     * goes */
    if (depth && i == pend[depth - 1].to) {
      depth--;
      removed += pend[depth].resume - i;
      add_cut(m, o, removed);
      i = pend[depth].resume;
      continue;
    }
    /* " -- ", a typewriter's em dash (ASCII converters write it), is the
     * dash that parts "Title — Author — Series" and "Name — Post" */
    if (text[i] == '-' && i > 0 && text[i - 1] == ' ' && i + 2 < len && text[i + 1] == '-' &&
        text[i + 2] == ' ') {
      memcpy(m->text + o, "\xE2\x80\x94", 3);
      o += 3;
      removed -= 1;
      add_cut(m, o, removed);
      i += 2;
      continue;
    }
    if ((unsigned char)text[i] >= 0xC2 && (sp = special_space(text, len, i, &is_space))) {
      /* a space for a space-like character, kept at its first byte (a
       * span that starts there starts at the character); nothing for an
       * invisible one */
      if (is_space)
        m->text[o++] = ' ';
      removed += sp - (size_t)is_space;
      add_cut(m, o, removed);
      i += sp;
      continue;
    }
    if (depth < DG_MARKUP_DEPTH && (text[i] == '[' || (text[i] == '!' && i + 1 < len && text[i + 1] == '['))) {
      size_t open = text[i] == '!' ? i + 1 : i;
      size_t te = text_end(text, len, open);
      if (te < len && te + 1 < len && text[te + 1] == '(' &&
          (close = address_end(text, len, te + 2)) < len &&
          (!depth || close < pend[depth - 1].to)) {
        if (text[i] == '!') {
          skip = close + 1 - i; /* an image: none of it is the page's words */
        } else {
          keep_from = open + 1;
          keep_to = te;
          skip = close + 1 - i;
        }
      }
    } else if (depth < DG_MARKUP_DEPTH && text[i] == '*' && i + 1 < len && text[i + 1] == '*' &&
               (close = strong_end(text, len, i)) < len && (!depth || close < pend[depth - 1].to)) {
      keep_from = i + 2;
      keep_to = close;
      skip = close + 2 - i;
    } else if (depth < DG_MARKUP_DEPTH && text[i] == '*' &&
               (close = emphasis_end(text, len, i)) < len && (!depth || close < pend[depth - 1].to)) {
      keep_from = i + 1;
      keep_to = close;
      skip = close + 1 - i;
    }
    if (!skip) {
      m->text[o++] = text[i++];
      continue;
    }
    if (keep_to > keep_from) {
      /* the opening markup goes now, the closing when the words end:
       * the words themselves are read on like any others */
      removed += keep_from - i;
      add_cut(m, o, removed);
      pend[depth].to = keep_to;
      pend[depth].resume = i + skip;
      depth++;
      i = keep_from;
    } else {
      removed += skip;
      add_cut(m, o, removed);
      i += skip;
    }
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
