/* extract_pub.c - publications: the page's own item, the items it lists,
 * and books named in bios.
 *
 * The header (title to first paragraph) holds the byline, the date and
 * often the publisher; a block of names right under the title is an author
 * list even without "By". Related listings are read as records of fields
 * (type label, publisher, date, title, teaser, byline, citation), split on
 * lines and on separators, each field recognised by its shape. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"

#define N(a) (sizeof(a) / sizeof *(a))

static const char *ltext(const dg_page *pg, size_t i, size_t *len)
{
  *len = pg->lines[i].end - pg->lines[i].content;
  return pg->text + pg->lines[i].content;
}

/* 1 if s[0..n) is the word w (lower-case ASCII), ignoring ASCII case:
 * what strlen(w) == n && strncasecmp(w, s, n) == 0 tests in the C and
 * UTF-8 locales, without two library calls per word. The tables of
 * labels and headings are tried on every line and field, and most of
 * their words differ from the text at the first byte. */
static int word_is(const char *w, const char *s, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (!w[i] || dg_to_lower((unsigned char)s[i]) != (unsigned char)w[i])
      return 0;
  return w[n] == '\0';
}

/* The length of the lower-case word w when s[0..n) starts with it
 * (n >= its length), compared as word_is() does; else 0. */
static size_t starts_with(const char *s, size_t n, const char *w)
{
  size_t i;
  for (i = 0; w[i]; i++)
    if (i >= n || dg_to_lower((unsigned char)s[i]) != (unsigned char)w[i])
      return 0;
  return i;
}

/* 1 if s[i] starts a word written with a capital (or a letter beyond
 * ASCII, "Ódor"). */
static int cap_at(const char *s, size_t n, size_t i)
{
  return i < n && (dg_is_upper((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC3);
}

/* ---------------------------------------------------------------- names */

/* Surname keys of a podcast's guests: named on the page, not its authors. */
typedef struct guests {
  char *keys[16];
  size_t n;
} guests;

static int is_guest(const guests *g, const dg_name *nm)
{
  size_t k;
  char *key;
  int hit = 0;
  if (!g || !g->n)
    return 0;
  key = dg_text_key(nm->surname, strlen(nm->surname));
  for (k = 0; k < g->n; k++)
    if (strcmp(g->keys[k], key) == 0)
      hit = 1;
  free(key);
  return hit;
}

static size_t add_names_except(dg_page *pg, size_t start, size_t len, size_t subject,
                               dg_prop prop, unsigned src, const char *rule, size_t *ids,
                               size_t max, const guests *except);

/* Adds every name of the list text[start, start+len) as a person related
 * to `subject` by `prop` (when subject != -1). Returns how many names;
 * their mention ids go to ids[] (at most max). */
static size_t add_names(dg_page *pg, size_t start, size_t len, size_t subject, dg_prop prop,
                        unsigned src, const char *rule, size_t *ids, size_t max)
{
  return add_names_except(pg, start, len, subject, prop, src, rule, ids, max, NULL);
}

static size_t add_names_except(dg_page *pg, size_t start, size_t len, size_t subject,
                               dg_prop prop, unsigned src, const char *rule, size_t *ids,
                               size_t max, const guests *except)
{
  dg_part *parts;
  size_t np, k, n = 0;
  dg_name nm;
  const char *s = pg->text + start;
  if (len == 0)
    return 0;
  /* count, then split: a byline may hold thousands of names */
  np = dg_name_split(s, len, NULL, 0);
  parts = xcalloc(np ? np : 1, sizeof *parts);
  np = dg_name_split(s, len, parts, np);
  dg_name_init(&nm);
  for (k = 0; k < np; k++) {
    size_t id;
    if (!dg_name_parse(pg->gz, s + parts[k].start, parts[k].len, DG_NAME_SHAPE | DG_NAME_SINGLE,
                       &nm))
      continue;
    /* a surname alone only with a title: "edited by Dr. Brevik" */
    if (nm.words < 2 && !nm.honorific)
      continue;
    id = dg_people_add(pg->people, &nm, dg_span_at(start + parts[k].start + nm.start, nm.len), src,
                       rule);
    if (subject != (size_t)-1 && !is_guest(except, &nm))
      dg_people_relate(pg->people, subject, prop, id, dg_span_at(start + parts[k].start, parts[k].len),
                       rule);
    if (n < max)
      ids[n] = id;
    n++;
  }
  dg_name_release(&nm);
  free(parts);
  return n;
}

/* The text of a byline after its cue, up to a date or a separator:
 * "By Martin Oakes", "Authors: Keiko SAWAMURA, Jun OKAMURA",
 * "by Peter Lindell, ..., and Alice Holloway". *prop gets author or
 * editor. Returns 0 if line i is not a byline. */
static int byline(const dg_page *pg, size_t i, size_t *start, size_t *len, dg_prop *prop)
{
  static const struct {
    const char *cue;
    dg_prop prop;
  } cues[] = {
    {"edited by", DG_P_EDITOR}, {"editors:", DG_P_EDITOR}, {"editor:", DG_P_EDITOR},
    {"written by", DG_P_AUTHOR}, {"authors:", DG_P_AUTHOR}, {"author:", DG_P_AUTHOR},
    {"text by", DG_P_AUTHOR}, {"words by", DG_P_AUTHOR}, {"by", DG_P_AUTHOR},
  };
  size_t n, k, e;
  const char *s = ltext(pg, i, &n);
  for (k = 0; k < N(cues); k++) {
    size_t cl = strlen(cues[k].cue);
    dg_date d;
    if (n <= cl || strncasecmp(s, cues[k].cue, cl) != 0)
      continue;
    if (dg_is_alnum((unsigned char)s[cl]))
      continue;
    e = n;
    /* "By John Smith | March 3, 2020" */
    {
      size_t j;
      for (j = cl; j + 2 < e; j++)
        if ((s[j] == '|' || (unsigned char)s[j] == 0xC2) && s[j - 1] == ' ') {
          e = j;
          break;
        }
    }
    if (dg_date_find(s + cl, e - cl, &d))
      e = cl + d.start;
    *start = pg->lines[i].content + cl;
    *len = e - cl;
    *prop = cues[k].prop;
    return 1;
  }
  return 0;
}

static int name_line(const dg_page *pg, size_t i, int single_ok)
{
  const dg_line *l = &pg->lines[i];
  size_t n, np, k, known;
  const char *s = ltext(pg, i, &n);
  dg_part parts[64];
  if (l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT | DG_LF_BLANK | DG_LF_DATE | DG_LF_NAV))
    return 0;
  np = dg_name_list(pg->gz, s, n, DG_NAME_SHAPE, parts, 64, &known);
  if (np == 0)
    return 0;
  /* a name, not an organization written like one */
  for (k = 0; k < np; k++)
    if (dg_orgs_first_in(pg->orgs, l->content + parts[k].start, parts[k].len) != DG_NO_ORG)
      return 0;
  return known > 0 || np >= 3 || single_ok;
}

/* Every organization named in line i becomes the affiliation of mentions
 * ids[0..n). */
static void affiliate_line(dg_page *pg, dg_facts *f, size_t i, const size_t *ids, size_t n,
                           const char *rule)
{
  const dg_line *l = &pg->lines[i];
  size_t m, k;
  for (m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
       m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs); m++) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    size_t e;
    if (om->start >= l->end)
      break;
    e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len), rule);
    for (k = 0; k < n; k++)
      dg_people_affiliate(pg->people, ids[k], e, dg_span_at(om->start, om->len), rule);
  }
}

/* "KANEHARA Nobukatsu (Former Deputy Secretary-General, National Security
 * Secretariat)", "Jane Doe, University of Leeds": an author under the
 * title with the affiliation beside the name. Adds the author; returns 1. */
static int author_affil_line(dg_page *pg, dg_facts *f, size_t i, size_t item, size_t *count)
{
  const dg_line *l = &pg->lines[i];
  dg_part nm, aff;
  dg_name n;
  int ok = 0;
  *count = 0;
  if (l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT | DG_LF_BYLINE | DG_LF_DATE | DG_LF_NAV))
    return 0;
  dg_name_init(&n);
  if (dg_name_affil_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm,
                          &aff, &n) &&
      aff.len > 0 && nm.start == 0 && n.words >= 2 &&
      (n.known_given || n.family_first || n.honorific)) {
    size_t id = dg_people_add(pg->people, &n, dg_span_at(l->content + n.start, n.len), DG_PS_BYLINE,
                              "author-with-affiliation");
    dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(l->content, nm.len),
                     "author-with-affiliation");
    dg_extract_affiliations(pg, f, id, l->content + aff.start, aff.len, 1,
                            "author-affiliation");
    *count = 1;
    ok = 1;
  }
  dg_name_release(&n);
  return ok;
}

/* 1 if a footnote mark followed by a space starts at t[x] (of t[0..n)):
 * "² ", "* ", "† ". */
static int mark_at(const char *t, size_t n, size_t x)
{
  size_t k;
  for (k = 1; k <= 3; k++)
    if (x + k < n && (t[x + k] == ' ' || t[x + k] == '\t') && dg_name_footnote_len(t + x, k) == k)
      return 1;
  return 0;
}

/* Footnote-style affiliations under an author line: "Tom Varga¹, Lena
 * Marsh²" then "¹ Director, ..., Institute for Maritime Policy".
 * For each author of line `names` with a mark, the line below that starts
 * with the same mark gives the affiliation. */
static void footnote_affiliations(dg_page *pg, dg_facts *f, size_t names, const size_t *ids,
                                  size_t n_ids)
{
  const dg_line *l = &pg->lines[names];
  const char *s = pg->text + l->content;
  size_t len = l->end - l->content, np, k, j;
  dg_part parts[64];
  np = dg_name_split(s, len, parts, 64);
  if (np > 64 || np != n_ids)
    return;
  for (k = 0; k < np; k++) {
    const char *p = s + parts[k].start;
    size_t pl = parts[k].len, ml = dg_name_footnote_len(p, pl);
    if (!ml)
      continue;
    for (j = names + 1; j < pg->n_lines && j < names + 12; j++) {
      const dg_line *m = &pg->lines[j];
      const char *t = pg->text + m->start;
      size_t tl = m->end - m->start, x, y;
      if (m->flags & DG_LF_BLANK)
        break;
      /* "¹ Director, ...": the mark, then the affiliation, up to the next
       * mark when one line holds several ("¹ Univ. A    ² Univ. B") */
      for (x = 0; x + ml < tl && x < 400; x++)
        if ((x == 0 || t[x - 1] == ' ') && memcmp(t + x, p + pl - ml, ml) == 0 &&
            (t[x + ml] == ' ' || t[x + ml] == '\t'))
          break;
      if (x + ml >= tl || x >= 400)
        continue;
      for (y = x + ml + 1; y < tl && !(t[y - 1] == ' ' && mark_at(t, tl, y)); y++)
        ;
      dg_extract_affiliations(pg, f, ids[k], m->start + x + ml, y - x - ml, 1,
                              "footnote-affiliation");
    }
  }
}

/* ---------------------------------------------------------------- dates */

static int find_date(const dg_page *pg, size_t i, dg_date *d)
{
  size_t n;
  const char *s = ltext(pg, i, &n);
  if (!(pg->lines[i].flags & DG_LF_DATE))
    return 0;
  return dg_date_find(s, n, d);
}

/* A year crumb followed by a month crumb in a breadcrumb above the
 * title ("News › 2019 › March"): the archive the page is filed in, its
 * month. Sets *d (day 0) and *line; returns 1 if found. */
static int crumb_month(const dg_page *pg, const dg_pageinfo *info, dg_date *d, size_t *line)
{
  size_t i;
  for (i = 0; i < info->title.line && i < 40; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, k = 0;
    const char *s = ltext(pg, i, &n);
    if (!(l->flags & DG_LF_NAV) || n > 300)
      continue;
    while (k + 4 < n) {
      dg_date y;
      size_t e = k, w;
      if (!dg_is_digit((unsigned char)s[k]) || (k > 0 && s[k - 1] != ' ')) {
        k++;
        continue;
      }
      while (e < n && dg_is_digit((unsigned char)s[e]))
        e++;
      if (e - k != 4 || !dg_year_find(s + k, 4, &y)) {
        k = e;
        continue;
      }
      /* the next crumb: skip the mark and spaces, read one word */
      while (e < n && !dg_is_alpha((unsigned char)s[e]) && e < k + 12)
        e++;
      w = e;
      while (w < n && dg_is_alpha((unsigned char)s[w]))
        w++;
      if (w > e && e > k + 4 && (w == n || s[w] == ' ')) {
        int mo = dg_month_from_name(s + e, w - e);
        if (mo > 0) {
          memset(d, 0, sizeof *d);
          d->year = y.year;
          d->month = mo;
          d->start = k;
          d->len = w - k;
          *line = i;
          return 1;
        }
      }
      k = e;
    }
  }
  return 0;
}

/* The main item's date: "Published ..." anywhere outside listings and the
 * footer ("Published online" first), else the first date in the header or
 * right above the title; never a copyright year or an editor's note. */
static int pub_date(const dg_page *pg, const dg_pageinfo *info, dg_date *d, size_t *line)
{
  size_t i, best = DG_NO_LINE;
  int best_rank = 0;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    int rank;
    dg_date x;
    if ((l->flags & DG_LF_COPYRIGHT) || !(l->flags & DG_LF_DATE))
      continue;
    /* in a listing, only a page-level field ("Published: DATE") */
    if (l->zone == DG_ZONE_LISTING && !dg_page_line_starts(pg, i, "published"))
      continue;
    /* the line's words in its first DG_CUE_SCAN bytes, found once by
     * dg_page_init() */
    if (!(l->words & (DG_LW(PUBLISHED) | DG_LW(POSTED) | DG_LW(RELEASED) | DG_LW(PUBLICATION_DATE))))
      continue;
    if (l->flags & DG_LF_PROSE)
      continue;
    rank = (l->words & DG_LW(PUBLISHED_ONLINE)) ? 3 : 2;
    if (rank > best_rank && find_date(pg, i, &x)) {
      best_rank = rank;
      best = i;
      *d = x;
    }
  }
  if (best != DG_NO_LINE) {
    *line = best;
    return 1;
  }
  if (info->title.line == DG_NO_LINE)
    return 0;
  {
    size_t prev = dg_page_prev(pg, info->title.line);
    if (prev != DG_NO_LINE && pg->lines[prev].nwords <= 6 && find_date(pg, prev, d) &&
        !(pg->lines[prev].flags & DG_LF_COPYRIGHT)) {
      *line = prev;
      return 1;
    }
  }
  for (i = info->title.line; i < pg->header_end && i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n;
    const char *s = ltext(pg, i, &n);
    if ((l->flags & (DG_LF_COPYRIGHT | DG_LF_PROSE)) || dg_has_word(s, n, "note") ||
        dg_has_word(s, n, "updated"))
      continue;
    if (l->nwords <= 12 && find_date(pg, i, d)) {
      *line = i;
      return 1;
    }
  }
  /* "Home › Section › 2017 › January": an archive path above the title */
  if (crumb_month(pg, info, d, line))
    return 1;
  /* an issue line above or under the title: "Volume 21, Number 3, Summer
   * 2019" gives the year */
  for (i = info->title.line > 5 ? info->title.line - 5 : 0; i < pg->header_end && i < pg->n_lines;
       i++) {
    const dg_line *l = &pg->lines[i];
    size_t n;
    const char *s = ltext(pg, i, &n);
    static const char *const seasons[] = {"spring", "summer", "autumn", "fall", "winter"};
    size_t k;
    int issue = dg_has_word(s, n, "volume") || dg_has_word(s, n, "vol") || dg_has_word(s, n, "issue");
    if ((l->flags & (DG_LF_COPYRIGHT | DG_LF_PROSE | DG_LF_BLANK)) || i == info->title.line)
      continue;
    for (k = 0; k < N(seasons); k++)
      if (dg_has_word(s, n, seasons[k]))
        issue = 1;
    if (issue && l->nwords <= 12 && dg_year_find(s, n, d)) {
      *line = i;
      return 1;
    }
  }
  return 0;
}

/* ---------------------------------------------------------------- publisher */

static size_t first_org_after(const dg_page *pg, size_t from, size_t to)
{
  size_t m = dg_orgs_first_in(pg->orgs, from, to > from ? to - from : 0);
  while (m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs)) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    if (om->start >= to)
      break;
    if (!(om->flags & DG_OM_CHROME))
      return m;
    m++;
  }
  return DG_NO_ORG;
}

/* "PORTVILLE, Norway (Wire) — The text ...": a wire story's dateline at
 * the start of the body names the agency responsible for the story,
 * whatever site carries it. Returns the organization or (size_t)-1. */
static size_t wire_dateline(const dg_page *pg, size_t *span_start)
{
  size_t i;
  for (i = pg->header_end; i < pg->footer_start && i < pg->header_end + 6; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, k, m;
    const char *s = ltext(pg, i, &n);
    if (!(l->flags & DG_LF_PROSE))
      continue;
    if (n > 120)
      n = 120;
    /* the place is written in capitals up to the parenthesis */
    for (k = 0; k < n && s[k] != '('; k++)
      if (dg_is_lower((unsigned char)s[k]) && !(k > 0 && s[k - 1] != ' ' && s[k - 1] != ','))
        break;
    if (k == 0 || k >= n || s[k] != '(' || !dg_is_upper((unsigned char)s[0])) {
      if (l->nwords > 3)
        return (size_t)-1; /* only the first paragraph may open so */
      continue;
    }
    {
      const char *close = memchr(s + k, ')', n - k);
      size_t c;
      if (!close)
        return (size_t)-1;
      c = (size_t)(close - s);
      if (!(dg_at(s, n, c + 1, " \xE2\x80\x94 ") || dg_at(s, n, c + 1, " \xE2\x80\x93 ") ||
            dg_at(s, n, c + 1, " - ")))
        return (size_t)-1;
      m = dg_orgs_first_in(pg->orgs, l->content + k + 1, c - k - 1);
      if (m == DG_NO_ORG)
        return (size_t)-1;
      *span_start = l->content + k + 1;
      return dg_orgs_mention(pg->orgs, m)->org;
    }
  }
  return (size_t)-1;
}

/* "A publication of the Harbor Institute": the owner of a magazine or a
 * blog, named in the masthead or the menu, is the publisher of its
 * pieces. Returns the organization or (size_t)-1. */
static size_t publication_of(const dg_page *pg, size_t *span_start)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, j, m;
    const char *s = ltext(pg, i, &n);
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_BIO || (l->flags & DG_LF_PROSE))
      continue;
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    j = dg_find_ci(s, n, 0, "a publication of ", 1);
    if (j >= n)
      continue;
    m = first_org_after(pg, l->content + j + 17, l->content + n);
    if (m != DG_NO_ORG) {
      *span_start = l->content + j;
      return dg_orgs_mention(pg->orgs, m)->org;
    }
  }
  return (size_t)-1;
}

static size_t publisher(const dg_page *pg, const dg_pageinfo *info, size_t *span_start)
{
  size_t i, m0;
  static const char *const cues[] = {
    "full piece at", "full article at", "full commentary at", "full op-ed at",
    "originally published in", "originally published by", "originally appeared in",
    "first appeared in", "first published in", "published by", "published online by",
  };
  /* an item published elsewhere names its publisher */
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, k;
    const char *s = ltext(pg, i, &n);
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_BIO || l->zone == DG_ZONE_ROLES ||
        l->zone == DG_ZONE_FOOTER)
      continue;
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    /* every cue starts with one of these four words: skip the line
     * unless one is there */
    if (!(l->words & (DG_LW(FULL) | DG_LW(ORIGINALLY) | DG_LW(FIRST) | DG_LW(PUBLISHED))))
      continue; /* each cue is one of them followed by a space: a whole word */
    for (k = 0; k < N(cues); k++) {
      size_t cl = strlen(cues[k]), j;
      for (j = dg_find_ci(s, n, 0, cues[k], 1); j < n; j = dg_find_ci(s, n, j + 1, cues[k], 1)) {
        size_t m = first_org_after(pg, l->content + j + cl, l->end);
        if (m != DG_NO_ORG) {
          *span_start = l->content + j;
          return dg_orgs_mention(pg->orgs, m)->org;
        }
      }
    }
  }
  if ((m0 = wire_dateline(pg, span_start)) != (size_t)-1)
    return m0;
  if ((m0 = publication_of(pg, span_start)) != (size_t)-1)
    return m0;
  /* an organization line in the header: the site's org if it is there,
   * else the first one named */
  if (info->title.line != DG_NO_LINE)
    for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++) {
      const dg_line *l = &pg->lines[i];
      size_t m, first = DG_NO_ORG;
      if (i == info->title.line2 || (l->flags & (DG_LF_BLANK | DG_LF_SHARE | DG_LF_NAV)) ||
          !dg_orgs_line(pg, i))
        continue;
      for (m = first_org_after(pg, l->content, l->end); m != DG_NO_ORG; m++) {
        const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
        if (m >= dg_orgs_n_mentions(pg->orgs) || om->start >= l->end)
          break;
        if (first == DG_NO_ORG)
          first = m;
        if (om->org == info->site_org) {
          *span_start = om->start;
          return om->org;
        }
      }
      /* a line of the authors' affiliation is not the publisher */
      {
        size_t prev = dg_page_prev(pg, i);
        if (prev != DG_NO_LINE && prev + 1 == i &&
            (name_line(pg, prev, 1) || (pg->lines[prev].flags & DG_LF_BYLINE)))
          continue;
      }
      if (first != DG_NO_ORG) {
        *span_start = dg_orgs_mention(pg->orgs, first)->start;
        return dg_orgs_mention(pg->orgs, first)->org;
      }
    }
  *span_start = 0;
  return info->site_org;
}

/* ---------------------------------------------------------------- DOI */

static int find_doi(const char *s, size_t n, size_t *a, size_t *b)
{
  size_t i;
  for (i = 0; i + 8 < n; i++) {
    size_t j, digits = 0;
    /* every line of the page is read: go from one '1' to the next */
    const char *one = memchr(s + i, '1', n - 8 - i);
    if (!one)
      break;
    i = (size_t)(one - s);
    j = i + 3;
    if (s[i + 1] != '0' || s[i + 2] != '.' ||
        (i > 0 && (dg_is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '.')))
      continue;
    while (j < n && dg_is_digit((unsigned char)s[j]))
      j++, digits++;
    if (digits < 4 || j >= n || s[j] != '/')
      continue;
    j++;
    while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '"' && s[j] != '<')
      j++;
    while (j > i && strchr(".,;)]", s[j - 1]))
      j--;
    *a = i;
    *b = j;
    return 1;
  }
  return 0;
}

/* The last paragraph of the body, when it is one or two sentences that open
 * with a name and a bio verb ("NAME is a research fellow at ORG."), names
 * the author. Returns 1 if it did. */
/* "NAME is a research fellow at ORG" at s[0..n): adds NAME as an author
 * of `item` with the organizations after the verb. Returns 1 if it did. */
static int bio_sentence(dg_page *pg, dg_facts *f, size_t item, size_t base, const char *s,
                        size_t n)
{
  static const char *const verbs[] = {" is a ", " is an ", " is the ", " was a ", " is ",
                                      " serves as ", " teaches "};
  size_t k, v;
  for (k = 0; k < n && k < 60; k++)
    for (v = 0; v < N(verbs); v++)
      if (strncmp(s + k, verbs[v], strlen(verbs[v])) == 0) {
        dg_name nm;
        size_t id, e = k;
        int ok = 0;
        dg_name_init(&nm);
        if (dg_name_parse(pg->gz, s, k, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 4 &&
            (nm.known_given || nm.honorific)) {
          id = dg_people_add(pg->people, &nm, dg_span_at(base + nm.start, nm.len), DG_PS_BYLINE,
                             "author-bio-after-body");
          dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(base, k),
                           "author-bio-after-body");
          /* the organizations of this sentence only */
          while (e < n && !(s[e] == '.' && (e + 1 == n || s[e + 1] == ' ')))
            e++;
          dg_extract_affiliations(pg, f, id, base + k, e - k, 0, "author-bio-affiliation");
          ok = 1;
        }
        dg_name_release(&nm);
        return ok;
      }
  return 0;
}

/* The last paragraphs of the body (up to three), when one of them is
 * sentences that open with a name and a bio verb ("NAME is a research
 * fellow at ORG. NAME2 is ..."), name the authors; a note after them
 * ("This article first appeared in ...") may follow. Returns how many
 * authors were found. */
static size_t author_bio_after_body(dg_page *pg, dg_facts *f, size_t item)
{
  size_t i, last[3], n_last = 0, q;
  for (i = pg->footer_start; i-- > pg->header_end && n_last < 3;) {
    const dg_line *l = &pg->lines[i];
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_ROLES || l->zone == DG_ZONE_FOOTER)
      continue;
    if (l->zone == DG_ZONE_BODY && !(l->flags & (DG_LF_BLANK | DG_LF_SHARE | DG_LF_NAV)) &&
        (l->flags & DG_LF_END_PUNCT))
      last[n_last++] = i;
  }
  for (q = 0; q < n_last; q++) {
    const dg_line *l = &pg->lines[last[q]];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, k = 0, found = 0, sentences = 0;
    if (l->nwords > 120)
      continue;
    /* each sentence of the paragraph, from its start */
    while (k < n && sentences < 6) {
      size_t e = k;
      found += (size_t)bio_sentence(pg, f, item, l->content + k, s + k, n - k);
      while (e < n && !(s[e] == '.' && e + 1 < n && s[e + 1] == ' ' &&
                        dg_is_upper((unsigned char)(e + 2 < n ? s[e + 2] : 0))))
        e++;
      k = e + 2;
      sentences++;
      if (!found)
        break; /* the paragraph must open with a bio */
    }
    if (found)
      return found;
  }
  return 0;
}

/* When the header has an organization line (not an author's own
 * affiliation line) that names the site's organization, the header's
 * authors and editors are affiliated with it. */
static void header_unit_affiliations(dg_page *pg, dg_facts *f, const dg_pageinfo *info)
{
  size_t i, unit_line = DG_NO_LINE;
  dg_span sp;
  size_t e;
  if (info->site_org == (size_t)-1 || info->title.line == DG_NO_LINE)
    return;
  for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t prev, m;
    if (i == info->title.line2 || (l->flags & (DG_LF_BLANK | DG_LF_SHARE | DG_LF_NAV)) ||
        !dg_orgs_line(pg, i))
      continue;
    prev = dg_page_prev(pg, i);
    if (prev != DG_NO_LINE && prev + 1 == i &&
        (name_line(pg, prev, 1) || (pg->lines[prev].flags & DG_LF_BYLINE)))
      continue;
    for (m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
         m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs) &&
         dg_orgs_mention(pg->orgs, m)->start < l->end;
         m++)
      if (dg_orgs_mention(pg->orgs, m)->org == info->site_org)
        unit_line = i;
  }
  if (unit_line == DG_NO_LINE)
    return;
  sp = dg_orgs_span(pg->orgs, info->site_org);
  e = dg_orgs_entity(pg->orgs, f, info->site_org, sp, "header-unit-affiliation");
  /* the persons named in bylines of the header */
  for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++) {
    size_t bs, bl, ids[64], n, k;
    dg_prop prop;
    if (!byline(pg, i, &bs, &bl, &prop))
      continue;
    n = add_names(pg, bs, bl, (size_t)-1, prop, DG_PS_BYLINE, "byline", ids, 64);
    for (k = 0; k < n && k < 64; k++)
      dg_people_affiliate(pg->people, ids[k], e, dg_span_at(pg->lines[unit_line].content,
                                                         pg->lines[unit_line].end -
                                                             pg->lines[unit_line].content),
                          "header-unit-affiliation");
  }
}

/* ---------------------------------------------------------------- podcasts */

static size_t cap_run(const char *s, size_t n, size_t *i);

/* 1 if the page is a podcast's: "podcast" or "episode" outside the
 * footer and the listings. */
static int podcast_page(const dg_page *pg)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++) {
    if (pg->lines[i].zone == DG_ZONE_FOOTER || pg->lines[i].zone == DG_ZONE_LISTING)
      continue;
    /* in the first DG_CUE_SCAN bytes of the line, as dg_page_init() found */
    if (pg->lines[i].words & (DG_LW(PODCAST) | DG_LW(EPISODE)))
      return 1;
  }
  return 0;
}

/* The hosts of a podcast named in its prose: "joins Sea Lanes host Ann
 * Vale", "co-host Tom Reyes", "hosted by Ann Vale". Writes the spans of
 * their names (at most max) to out[]; returns how many. */
static size_t podcast_hosts(const dg_page *pg, dg_span *out, size_t max)
{
  static const char *const cues[] = {" host ", " co-host ", " hosted by "};
  size_t i, n_out = 0;
  if (!podcast_page(pg))
    return 0;
  for (i = pg->header_end; i < pg->footer_start && n_out < max; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, k, j;
    if (!(l->flags & DG_LF_PROSE) || l->zone != DG_ZONE_BODY)
      continue;
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    for (k = 0; k < N(cues) && n_out < max; k++)
      for (j = dg_find_ci(s, n, 0, cues[k], 0); j < n && n_out < max;
           j = dg_find_ci(s, n, j + 1, cues[k], 0)) {
        size_t st = j + strlen(cues[k]), e = cap_run(s, n, &st);
        dg_name nm;
        dg_name_init(&nm);
        if (e > st && dg_name_parse(pg->gz, s + st, e - st, DG_NAME_SHAPE, &nm) &&
            nm.words >= 2 && nm.words <= 4 && nm.known_given)
          out[n_out++] = dg_span_at(l->content + st + nm.start, nm.len);
        dg_name_release(&nm);
      }
  }
  return n_out;
}

/* A podcast episode's host is its author; its guests are persons only.
 * Collects the guests: "Ryan Evans is joined by Michael Kofman", "speaks
 * with NAME", "NAME joins the conversation". */
static void find_guests(const dg_page *pg, guests *g)
{
  static const char *const cues[] = {"joined by ", "speaks with ", "talks with ", "talks to ",
                                     "interviews ", "welcomes ", "guest ", "guests ",
                                     "in conversation with ", "sits down with "};
  size_t i;
  g->n = 0;
  if (!podcast_page(pg))
    return;
  for (i = 0; i < pg->n_lines && g->n < 16; i++) {
    size_t n, j, k;
    const char *s = ltext(pg, i, &n);
    if (!(pg->lines[i].flags & DG_LF_PROSE))
      continue;
    for (j = 0; j < n && g->n < 16; j++) {
      for (k = 0; k < N(cues); k++) {
        size_t cl = strlen(cues[k]), e, words = 0;
        dg_name nm;
        if (!dg_at(s, n, j, cues[k]) ||
            (j > 0 && dg_is_alnum((unsigned char)s[j - 1])))
          continue;
        e = j + cl;
        while (e < n && words < 4 && (dg_is_upper((unsigned char)s[e]) || (unsigned char)s[e] >= 0xC3)) {
          while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '.')
            e++;
          words++;
          if (e < n && s[e] == ' ')
            e++;
        }
        dg_name_init(&nm);
        if (words >= 2 && dg_name_parse(pg->gz, s + j + cl, e - j - cl, DG_NAME_SHAPE, &nm))
          g->keys[g->n++] = dg_text_key(nm.surname, strlen(nm.surname));
        dg_name_release(&nm);
      }
      /* "NAME joins the conversation" */
      if (dg_at(s, n, j, " joins ")) {
        size_t b = j, words = 0;
        dg_name nm;
        while (b > 0 && words < 4) {
          b--;
          if (s[b] == ' ')
            words++;
          if (s[b] == '.' || s[b] == ',')
            break;
        }
        while (b < j && !dg_is_upper((unsigned char)s[b]))
          b++;
        dg_name_init(&nm);
        if (b < j && dg_name_parse(pg->gz, s + b, j - b, DG_NAME_SHAPE, &nm) && nm.words >= 2)
          g->keys[g->n++] = dg_text_key(nm.surname, strlen(nm.surname));
        dg_name_release(&nm);
      }
    }
  }
}

/* "Contributors: A, B and C", "Contributing authors: ..." in the body of a
 * page whose header names no author: the authors of a report's
 * chapters, who are the authors of the report. Returns how many. */
static size_t contributors_line(dg_page *pg, size_t item)
{
  static const char *const cues[] = {"contributors:", "contributing authors:",
                                     "contributions by"};
  size_t i, k, n_auth = 0;
  for (i = pg->header_end; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n;
    const char *s = ltext(pg, i, &n);
    if (l->zone == DG_ZONE_LISTING || (l->flags & DG_LF_PROSE) || n > 2000)
      continue;
    for (k = 0; k < N(cues); k++) {
      size_t cl = strlen(cues[k]);
      if (n > cl && strncasecmp(s, cues[k], cl) == 0)
        n_auth += add_names(pg, l->content + cl, n - cl, item, DG_P_AUTHOR, DG_PS_BYLINE,
                            "contributors-line", NULL, 0);
    }
  }
  return n_auth;
}

/* "Ann Vale (Harbor Institute) and Tom Reyes (Coastal University)" under
 * the heading: the hosts of an episode or the authors of a piece, each
 * with the organization in the parentheses. Returns how many. */
static size_t names_affiliations_line(dg_page *pg, dg_facts *f, size_t i, size_t item,
                                      const guests *except)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, a = 0, k, count = 0, parts = 0;
  if (n > 400 || !memchr(s, '(', n) || (l->flags & (DG_LF_PROSE | DG_LF_BYLINE)))
    return 0;
  for (k = 0; k < n && parts < 16; k++) {
    size_t e, next;
    dg_part nm, aff;
    dg_name name;
    if (s[k] != ')')
      continue;
    e = k + 1;
    /* ") and ", "), ", ") & " or the end of the line */
    next = e;
    if (dg_at(s, n, e, " and "))
      next = e + 5;
    else if (dg_at(s, n, e, ", ") || dg_at(s, n, e, " & "))
      next = e + 2 + (s[e] == ' ');
    else if (e != n)
      continue;
    parts++;
    dg_name_init(&name);
    /* every part "Name (Organization)"; the line's shape vouches for a
     * given name the gazetteer does not know */
    if (dg_name_affil_parse(pg->gz, s + a, e - a, DG_NAME_SHAPE, &nm, &aff, &name) &&
        aff.len > 0 && nm.start == 0 && name.words >= 2 && name.words <= 4 &&
        !is_guest(except, &name)) {
      size_t id = dg_people_add(pg->people, &name, dg_span_at(l->content + a + name.start, name.len),
                                DG_PS_BYLINE, "names-with-affiliations");
      dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(l->content + a, e - a),
                       "names-with-affiliations");
      dg_extract_affiliations(pg, f, id, l->content + a + aff.start, aff.len, 1,
                              "names-with-affiliations");
      count++;
    }
    dg_name_release(&name);
    a = next;
    k = next - 1;
  }
  return count;
}

/* ---------------------------------------------------------------- main item */

/* 1 if line j (after line i) repeats the text s[0..n) as a line of its
 * own: a section heading. */
static int heading_below(const dg_page *pg, size_t i, const char *s, size_t n)
{
  size_t j;
  for (j = i + 1; j < pg->footer_start; j++) {
    const dg_line *l = &pg->lines[j];
    if (l->end - l->content == n && memcmp(pg->text + l->content, s, n) == 0)
      return 1;
  }
  return 0;
}

/* "Jump to an expert reaction:" then "NAME: Section heading" lines, each
 * heading repeated over its section below: a piece made of sections
 * by several authors ("our experts react"), whose authors they are.
 * Returns how many authors were found. */
static size_t section_authors(dg_page *pg, size_t item)
{
  size_t i, found = 0, tried = 0;
  for (i = pg->header_end; i < pg->footer_start && tried < 64; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, c;
    const char *colon;
    dg_name nm;
    if ((l->flags & (DG_LF_BLANK | DG_LF_PROSE)) || n > 200 || l->zone != DG_ZONE_BODY)
      continue;
    colon = memchr(s, ':', n < 60 ? n : 60);
    if (!colon)
      continue;
    c = (size_t)(colon - s);
    if (c + 3 >= n || s[c + 1] != ' ')
      continue;
    tried++;
    dg_name_init(&nm);
    if (dg_name_parse(pg->gz, s, c, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 4 &&
        nm.start == 0 && heading_below(pg, i, s + c + 2, n - c - 2)) {
      size_t id = dg_people_add(pg->people, &nm, dg_span_at(l->content, nm.len), DG_PS_BYLINE,
                                "section-author");
      dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(l->content, c),
                       "section-author");
      found++;
    }
    dg_name_release(&nm);
  }
  return found;
}

/* "This volume, edited by Dr. Brevik, is ...": an editor named in the
 * prose about the page's own item. */
static void prose_editors(dg_page *pg, size_t item)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, b;
    const char *s;
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_FOOTER || !(l->flags & DG_LF_PROSE))
      continue;
    s = ltext(pg, i, &n);
    /* each "edited by " in turn, found by its "by " (a rarer initial than
     * the 'e' of "edited", which the search would stop at all over the
     * paragraph) */
    for (b = n > 10 ? dg_find_ci(s, n, 7, "by ", 0) : n; b + 3 < n;
         b = dg_find_ci(s, n, b + 1, "by ", 0)) {
      size_t a, e, back, j = b - 7;
      int self = 0;
      if (!dg_at_ci(s, n, j, "edited "))
        continue;
      back = j > 60 ? j - 60 : 0;
      for (a = back; a < j; a++)
        if (strncasecmp(s + a, "this volume", 11) == 0 || strncasecmp(s + a, "this book", 9) == 0 ||
            strncasecmp(s + a, "this report", 11) == 0 ||
            strncasecmp(s + a, "this collection", 15) == 0 ||
            strncasecmp(s + a, "the volume", 10) == 0 ||
            strncasecmp(s + a, "this publication", 16) == 0)
          self = 1;
      if (!self)
        continue;
      a = j + 10;
      e = a;
      while (e < n && s[e] != ',' && s[e] != ';' && !(s[e] == '.' && e + 1 < n && s[e + 1] == ' ' &&
                                                       e > a + 2 && dg_is_lower((unsigned char)s[e - 1])))
        e++;
      /* "edited by Dr. Brevik, is a result": up to the comma; names and
       * honorifics only (add_names checks them) */
      add_names(pg, l->content + a, e - a, item, DG_P_EDITOR, DG_PS_BYLINE, "prose-edited-by",
                NULL, 0);
    }
  }
}

static size_t own_citation(dg_page *pg, const dg_pageinfo *info, size_t item);

/* "Authors" (or "Editors") on a line of its own, line i, and the names
 * under it: lists of names, or "Name – Organization" lines. Sets *end to
 * the line after the block; returns how many authors. */
static size_t byline_block(dg_page *pg, dg_facts *f, size_t i, size_t item, const guests *gst,
                           size_t *end)
{
  size_t j = dg_page_next(pg, i), n_auth = 0, ids[256], n;
  dg_prop hp = dg_page_line_starts(pg, i, "editor") || dg_page_line_starts(pg, i, "editors")
                   ? DG_P_EDITOR
                   : DG_P_AUTHOR;
  while (j != DG_NO_LINE && j < pg->n_lines) {
    const dg_line *m = &pg->lines[j];
    size_t c = 0;
    if (m->flags & DG_LF_BLANK)
      break;
    if (name_line(pg, j, 1)) {
      n = add_names_except(pg, m->content, m->end - m->content, item, hp, DG_PS_BYLINE,
                           "byline-block", ids, 256, gst);
      if (hp == DG_P_AUTHOR)
        n_auth += n;
      if (n && n <= 256)
        footnote_affiliations(pg, f, j, ids, n);
    } else if (hp == DG_P_AUTHOR && author_affil_line(pg, f, j, item, &c)) {
      n_auth += c;
    }
    j++;
  }
  *end = j == DG_NO_LINE ? pg->n_lines : j;
  return n_auth;
}

/* "Hosted by ", "Host: ", "Hosts: ", "Presented by ": the length of the
 * cue that opens line i, or 0. */
static size_t host_line(const dg_page *pg, size_t i)
{
  static const char *const cues[] = {"hosted by ", "host: ", "hosts: ", "presented by ",
                                     "co-hosts: ", "co-host: "};
  size_t n, k;
  const char *s = ltext(pg, i, &n);
  for (k = 0; k < N(cues); k++)
    if (n > strlen(cues[k]) && strncasecmp(s, cues[k], strlen(cues[k])) == 0)
      return strlen(cues[k]);
  return 0;
}

/* The authors and editors the header names under the title: bylines,
 * "Authors" blocks, name lists with affiliations. Returns how many
 * authors. */
static size_t header_authors(dg_page *pg, dg_facts *f, const dg_pageinfo *info, size_t item,
                             const guests *gst)
{
  size_t i, n_auth = 0;
  int podcast = podcast_page(pg);
  /* "Hosted by Ann Vale", "Host: Ann Vale" near a podcast's heading (a
   * role line may have ended the header): the host */
  for (i = info->title.line + 1; podcast && i < pg->footer_start && i <= info->title.line + 8;
       i++) {
    const dg_line *l = &pg->lines[i];
    size_t n = (l->flags & DG_LF_PROSE) ? 0 : host_line(pg, i), ids[16];
    if (n)
      n_auth += add_names_except(pg, l->content + n, l->end - l->content - n, item, DG_P_AUTHOR,
                                 DG_PS_BYLINE, "podcast-host", ids, 16, gst);
  }
  for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++) {
    size_t bs, bl, ids[256], n;
    dg_prop prop;
    const dg_line *l = &pg->lines[i];
    if (i == info->title.line2 || (l->flags & DG_LF_BLANK))
      continue;
    if (podcast && host_line(pg, i))
      continue;
    if (byline(pg, i, &bs, &bl, &prop)) {
      n = add_names_except(pg, bs, bl, item, prop, DG_PS_BYLINE,
                           prop == DG_P_EDITOR ? "byline-editor" : "byline", ids, 256, gst);
      if (prop == DG_P_AUTHOR)
        n_auth += n;
      if (n && n <= 256)
        footnote_affiliations(pg, f, i, ids, n);
      continue;
    }
    /* "Authors" on a line of its own: the names follow */
    if ((l->flags & DG_LF_BYLINE) && l->nwords <= 2) {
      size_t j;
      n_auth += byline_block(pg, f, i, item, gst, &j);
      i = j > i ? j - 1 : i;
      continue;
    }
    if ((n = names_affiliations_line(pg, f, i, item, gst)) >= 2) {
      n_auth += n;
      continue;
    }
    if (!name_line(pg, i, 0) && author_affil_line(pg, f, i, item, &n)) {
      n_auth += n;
      continue;
    }
    if (name_line(pg, i, dg_page_next(pg, i) != DG_NO_LINE && dg_orgs_line(pg, dg_page_next(pg, i)))) {
      size_t nx = i + 1;
      n = add_names_except(pg, l->content, l->end - l->content, item, DG_P_AUTHOR, DG_PS_BYLINE,
                           "author-block", ids, 256, gst);
      n_auth += n;
      /* "Daria Velikova / GIPRA University, Moscow": the next line is the
       * authors' affiliation; "A¹; B²" over "¹ Org    ² Org": each its own */
      if (n && n <= 256 && dg_name_footnote_len(pg->text + l->content, l->end - l->content))
        footnote_affiliations(pg, f, i, ids, n);
      else if (nx < pg->n_lines && !(pg->lines[nx].flags & DG_LF_BLANK) && dg_orgs_line(pg, nx))
        affiliate_line(pg, f, nx, ids, n < 256 ? n : 256, "author-block-affiliation");
    }
  }
  /* "Authors" over "Name – Organization" lines after the text: the
   * authors again, with their affiliations */
  for (i = pg->header_end; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    size_t j;
    if (l->zone != DG_ZONE_BODY || !(l->flags & DG_LF_BYLINE) || l->nwords > 2 ||
        (l->flags & DG_LF_PROSE))
      continue;
    n_auth += byline_block(pg, f, i, item, gst, &j);
    i = j > i ? j - 1 : i;
  }
  return n_auth;
}

/* When the header names no author: a byline after the body, section
 * authors, a "Contributors:" line, the page's own citation, a podcast's
 * host, a bio line after the text, each only while none was found.
 * Returns how many authors. */
static size_t fallback_authors(dg_page *pg, dg_facts *f, const dg_pageinfo *info, size_t item)
{
  size_t i, n_auth = 0;
  for (i = pg->header_end; i < pg->footer_start; i++) {
    size_t bs, bl;
    dg_prop prop;
    const dg_line *l = &pg->lines[i];
    if (l->zone != DG_ZONE_BODY || !(l->flags & DG_LF_BYLINE) || (l->flags & DG_LF_PROSE))
      continue;
    if (byline(pg, i, &bs, &bl, &prop)) {
      size_t n = add_names(pg, bs, bl, item, prop, DG_PS_BYLINE, "byline-after-body", NULL, 0);
      /* an editor found there is no author: the authors may follow */
      if (prop == DG_P_AUTHOR)
        n_auth += n;
    }
  }
  /* "NAME: Section heading" over each author's section; short takes by
   * several experts are commentary */
  if (n_auth == 0 && (n_auth = section_authors(pg, item)) >= 2 &&
      info->pub_class == DG_CLASS_ARTICLE)
    dg_facts_set_class(f, item, DG_CLASS_COMMENTARY);
  /* "Contributors: A, B, C" in the credits of a report */
  if (n_auth == 0)
    n_auth += contributors_line(pg, item);
  /* "Cite as: NAME and NAME, “TITLE,” ..." */
  if (n_auth == 0)
    n_auth += own_citation(pg, info, item);
  /* "She joins Sea Lanes host Ann Vale": a podcast's host */
  if (n_auth == 0) {
    dg_span hs[4];
    size_t nh = podcast_hosts(pg, hs, 4), k;
    for (k = 0; k < nh; k++)
      n_auth += add_names(pg, hs[k].start, hs[k].len, item, DG_P_AUTHOR, DG_PS_BYLINE,
                          "podcast-host", NULL, 0);
  }
  /* "Kenji Tanaka is a research fellow at ...": a site that gives the
   * author only in a line of bio after the text */
  if (n_auth == 0)
    n_auth += author_bio_after_body(pg, f, item);
  return n_auth;
}

/* The main item's date, publisher and DOI. */
static void main_item_fields(dg_page *pg, const dg_pageinfo *info, dg_facts *f, size_t item)
{
  size_t i, pub_org, pub_span = 0, dline = DG_NO_LINE;
  dg_date d;
  if (pub_date(pg, info, &d, &dline)) {
    char lex[11];
    dg_datatype dt = dg_date_format(&d, lex);
    dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, dt,
                         dg_span_at(pg->lines[dline].content + d.start, d.len), "publication-date");
  }
  pub_org = publisher(pg, info, &pub_span);
  if (pub_org != (size_t)-1) {
    dg_span sp = dg_orgs_span(pg->orgs, pub_org);
    size_t e;
    if (pub_span)
      sp.start = pub_span, sp.len = pg->lines[dg_page_line_at(pg, pub_span)].end - pub_span;
    e = dg_orgs_entity(pg->orgs, f, pub_org, sp, "publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, e, sp, "publisher");
  }
  for (i = 0; i < pg->n_lines; i++) {
    size_t n, a, b;
    const char *s = ltext(pg, i, &n);
    if (pg->lines[i].zone == DG_ZONE_LISTING)
      continue;
    if (find_doi(s, n, &a, &b)) {
      char *doi = xstrndup(s + a, b - a);
      dg_facts_add_literal(f, item, DG_P_DOI, doi, DG_DT_STRING,
                           dg_span_at(pg->lines[i].content + a, b - a), "doi");
      free(doi);
      break;
    }
  }
}

void dg_extract_publication(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t item, i, n_auth;
  guests gst;
  if (!info->title.text)
    return;
  item = dg_facts_entity(f, DG_KIND_PUBLICATION, info->title.text, info->title.text,
                         info->title.span, "main-publication");
  info->main_pub = item;
  dg_facts_set_class(f, item, info->pub_class ? info->pub_class : DG_CLASS_ARTICLE);
  dg_facts_add_literal(f, item, DG_P_TITLE, info->title.text, DG_DT_STRING, info->title.span,
                       info->title.line2 != DG_NO_LINE ? "two-line-heading" : "title-heading");
  dg_facts_add_ref(f, pg->doc, DG_P_DESCRIBES, item, info->title.span, "main-item");

  find_guests(pg, &gst);
  n_auth = header_authors(pg, f, info, item, &gst);
  /* "Maritime Risk Unit, Center for Estuary Studies" above "Author: X": the
   * header names the unit the item comes from, and its authors work
   * there */
  if (n_auth)
    header_unit_affiliations(pg, f, info);
  else
    fallback_authors(pg, f, info, item);
  prose_editors(pg, item);
  main_item_fields(pg, info, f, item);
  for (i = 0; i < gst.n; i++)
    free(gst.keys[i]);
}

/* ---------------------------------------------------------------- presented item */

/* "Compiled and written by A, B and C (Harbor Unit)", "Prepared by ...",
 * "By ...": the credit line of an item, in line i. Sets the names'
 * span [*a, *a + *n) and the parentheses after them [*pa, *pa + *pn)
 * (*pn 0 when none) and *prop. Returns 1 if line i is one. */
static int credit_line(const dg_page *pg, size_t i, size_t *a, size_t *n, size_t *pa, size_t *pn,
                       dg_prop *prop)
{
  size_t len, k, e;
  const char *s = ltext(pg, i, &len);
  size_t by = dg_find_ci(s, len < 60 ? len : 60, 0, "by ", 1);
  if (by >= (len < 60 ? len : 60) || by + 3 >= len)
    return 0;
  /* the words before "by" are a verb phrase: lower case after the first */
  for (k = 1; k < by; k++)
    if (dg_is_upper((unsigned char)s[k]) || dg_is_digit((unsigned char)s[k]))
      return 0;
  *prop = by >= 7 && dg_find_ci(s, by, 0, "edited", 1) < by ? DG_P_EDITOR : DG_P_AUTHOR;
  e = len;
  *pn = 0;
  while (e > by && s[e - 1] == ' ')
    e--;
  if (e > by && s[e - 1] == ')') {
    const char *open = memchr(s + by, '(', e - by);
    if (open) {
      *pa = pg->lines[i].content + (size_t)(open - s) + 1;
      *pn = (size_t)(s + e - 1 - open - 1);
      e = (size_t)(open - s);
    }
  }
  *a = pg->lines[i].content + by + 3;
  *n = e > by + 3 ? e - by - 3 : 0;
  return *n > 0;
}

static int date_after_org(const char *s, size_t n, dg_date *d, int *year_only);

/* "Bergen University Press, 2031": a line that opens with an
 * organization's name and ends with a date or a year, the imprint of an
 * item. Sets *d (month and day 0 for a year) relative to the line. */
static int imprint_line(const dg_page *pg, size_t j, dg_date *d)
{
  const dg_line *l = &pg->lines[j];
  size_t m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content), ol;
  int yo;
  if (m == DG_NO_ORG || dg_orgs_mention(pg->orgs, m)->start != l->content)
    return 0;
  ol = dg_orgs_mention(pg->orgs, m)->len;
  if (!date_after_org(pg->text + l->content + ol, l->end - l->content - ol, d, &yo))
    return 0;
  d->start += ol; /* date_after_org() counts from after the name */
  if (yo)
    d->month = d->day = 0;
  return 1;
}

/* The genre an "About the ..." heading names, or NONE. */
static dg_class about_heading(const dg_page *pg, size_t i)
{
  static const struct {
    const char *h;
    dg_class cls;
  } heads[] = {
    {"about the report", DG_CLASS_REPORT}, {"about the study", DG_CLASS_REPORT},
    {"about the paper", DG_CLASS_REPORT}, {"about the book", DG_CLASS_BOOK},
    {"about the publication", DG_CLASS_REPORT}, {"about this report", DG_CLASS_REPORT},
    {"about this book", DG_CLASS_BOOK},
  };
  size_t n, k;
  const char *s = ltext(pg, i, &n);
  while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
    n--;
  for (k = 0; k < N(heads); k++)
    if (strlen(heads[k].h) == n && strncasecmp(heads[k].h, s, n) == 0)
      return heads[k].cls;
  return DG_CLASS_NONE;
}

/* The item of an "About the report" section under an event's recap:
 * the publication the page presents (its primary item), with the title
 * of line t, the credit of line `credit` and the date `d` of line
 * `dline`. The organization in parentheses after the credit's names is
 * the unit the authors write for, and publishes the item; else the
 * site's organization does. */
static void presented_item(dg_page *pg, dg_pageinfo *info, dg_facts *f, dg_class cls, size_t t,
                           size_t credit, const dg_date *d, size_t dline, size_t imprint)
{
  size_t a, an, pa, pn, item, ids[64], nid, org = (size_t)-1, m;
  dg_prop prop;
  char *title = dg_title_clean(pg->text + pg->lines[t].content,
                               pg->lines[t].end - pg->lines[t].content);
  dg_span sp = dg_span_at(pg->lines[t].content, pg->lines[t].end - pg->lines[t].content);
  char lex[11];
  dg_datatype dt;
  item = dg_facts_entity(f, DG_KIND_PUBLICATION, title, title, sp, "presented-publication");
  info->main_pub = item;
  dg_facts_set_class(f, item, cls);
  dg_facts_add_literal(f, item, DG_P_TITLE, title, DG_DT_STRING, sp, "presented-publication-title");
  dg_facts_add_ref(f, pg->doc, DG_P_DESCRIBES, item, sp, "presented-publication");
  free(title);
  credit_line(pg, credit, &a, &an, &pa, &pn, &prop);
  nid = add_names(pg, a, an, item, prop, DG_PS_BYLINE, "presented-publication-author", ids, 64);
  if (pn && (m = dg_orgs_first_in(pg->orgs, pa, pn)) != DG_NO_ORG) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    size_t k;
    org = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len),
                         "presented-publication-publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, org, dg_span_at(om->start, om->len),
                     "presented-publication-publisher");
    for (k = 0; k < nid && k < 64; k++)
      dg_people_affiliate(pg->people, ids[k], org, dg_span_at(om->start, om->len),
                          "presented-publication-affiliation");
  } else if (imprint != DG_NO_LINE &&
             (m = dg_orgs_first_in(pg->orgs, pg->lines[imprint].content,
                                   pg->lines[imprint].end - pg->lines[imprint].content)) !=
                 DG_NO_ORG) {
    /* "Bergen University Press, 2031" under the title */
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    org = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len),
                         "presented-publication-publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, org, dg_span_at(om->start, om->len),
                     "presented-publication-publisher");
  } else if (info->site_org != (size_t)-1) {
    dg_span os = dg_orgs_span(pg->orgs, info->site_org);
    org = dg_orgs_entity(pg->orgs, f, info->site_org, os, "presented-publication-publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, org, os, "presented-publication-publisher");
  }
  dt = dg_date_format(d, lex);
  dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, dt,
                       dg_span_at(pg->lines[dline].content + d->start, d->len),
                       "presented-publication-date");
}

void dg_extract_presented_publication(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i;
  for (i = pg->header_end; i < pg->footer_start; i++) {
    dg_class cls;
    size_t t, j, credit = DG_NO_LINE, dline = DG_NO_LINE, n, imprint = DG_NO_LINE;
    size_t a, an, pa = 0, pn = 0;
    dg_prop prop;
    dg_date d;
    const char *s;
    if ((pg->lines[i].flags & (DG_LF_BLANK | DG_LF_PROSE)) || pg->lines[i].nwords > 4 ||
        (cls = about_heading(pg, i)) == DG_CLASS_NONE)
      continue;
    t = dg_page_next(pg, i);
    if (t == DG_NO_LINE || t >= pg->footer_start)
      return;
    s = ltext(pg, t, &n);
    if ((pg->lines[t].flags & (DG_LF_PROSE | DG_LF_DATE | DG_LF_BYLINE)) ||
        !dg_title_text_like(s, n))
      return;
    /* the credit and the date in the lines of the same block */
    for (j = t + 1; j < pg->footer_start && j < t + 5 && !(pg->lines[j].flags & DG_LF_BLANK);
         j++) {
      if (credit == DG_NO_LINE && credit_line(pg, j, &a, &an, &pa, &pn, &prop))
        credit = j;
      else if (dline == DG_NO_LINE && find_date(pg, j, &d))
        dline = j;
      else if (dline == DG_NO_LINE && imprint_line(pg, j, &d))
        dline = imprint = j;
    }
    /* "by NAME (Bergen University Press, 2031)": the year in the credit */
    if (dline == DG_NO_LINE && credit != DG_NO_LINE && pn >= 4 &&
        dg_year_find(pg->text + pa, pn, &d)) {
      d.start += pa - pg->lines[credit].content;
      dline = credit;
    }
    if (credit != DG_NO_LINE && dline != DG_NO_LINE)
      presented_item(pg, info, f, cls, t, credit, &d, dline, imprint);
    return;
  }
}
/* ---------------------------------------------------------------- listings */

typedef struct field {
  size_t start, len;   /* in the page text */
  size_t line;
} field;

/* Type labels of listed items. */
static const struct {
  const char *w;
  dg_class cls;
} item_labels[] = {
  {"research report", DG_CLASS_REPORT}, {"research reports", DG_CLASS_REPORT},
  {"research brief", DG_CLASS_REPORT}, {"policy brief", DG_CLASS_REPORT},
  {"working paper", DG_CLASS_REPORT}, {"report", DG_CLASS_REPORT},
  {"reports", DG_CLASS_REPORT}, {"brief", DG_CLASS_REPORT}, {"paper", DG_CLASS_REPORT},
  {"commentary", DG_CLASS_COMMENTARY}, {"op-ed", DG_CLASS_COMMENTARY},
  {"opinion", DG_CLASS_COMMENTARY}, {"article", DG_CLASS_ARTICLE},
  {"articles", DG_CLASS_ARTICLE}, {"analysis", DG_CLASS_ARTICLE},
  {"explainer", DG_CLASS_ARTICLE}, {"blog post", DG_CLASS_ARTICLE},
  {"essay", DG_CLASS_ESSAY}, {"book", DG_CLASS_BOOK}, {"books", DG_CLASS_BOOK},
  {"chapter", DG_CLASS_CHAPTER}, {"journal article", DG_CLASS_JOURNAL_ARTICLE},
  {"research article", DG_CLASS_JOURNAL_ARTICLE}, {"podcast", DG_CLASS_ARTICLE},
  {"episode", DG_CLASS_ARTICLE}, {"press release", DG_CLASS_ARTICLE}, {"edited volume", DG_CLASS_BOOK},
  {"fact sheet", DG_CLASS_REPORT}, {"monograph", DG_CLASS_BOOK},
};

/* "New Report", "Latest Analysis", "Featured Podcast": a label with a
 * word about its freshness is the same label */
static const char *const label_modifiers[] = {"new ", "latest ", "featured ", "recent ",
                                              "special "};

/* Labels of what is no publication: "Project: Baltic Watch", "Upcoming
 * Events". */
static const char *const other_labels[] = {
  "project", "program", "programme", "event", "events", "video", "expert", "experts",
  "topic", "topics", "centre", "center", "initiative", "person", "people",
};

/* Venue words of a journal: an item printed with such a venue is a
 * journal article. */
static const char *const journal_words[] = {"journal", "review", "quarterly", "bulletin",
                                            "studies", "affairs", "proceedings"};

/* The words of each of the three label tables above by initial letter
 * (bit k of labels[c - 'a'] is set when label k starts with c), and the
 * journal words as a word set. label_class() runs for every line of a
 * listing and every field of a record, most of which start with a letter
 * no label starts with; journal_venue() asks all its words of each
 * venue. Built once for the process, read-only afterwards. */
typedef struct label_index {
  uint32_t labels[26], modifiers[26], others[26];
  dg_wordset journal; /* journal_words, for journal_venue() */
} label_index;
typedef char item_labels_fit[N(item_labels) <= 32 && N(other_labels) <= 32 ? 1 : -1];

static label_index labels_ix;
static pthread_once_t labels_once = PTHREAD_ONCE_INIT;

static void labels_init(void)
{
  size_t k;
  /* every word of the tables starts with a lower-case letter */
  for (k = 0; k < N(item_labels); k++)
    labels_ix.labels[item_labels[k].w[0] - 'a'] |= UINT32_C(1) << k;
  for (k = 0; k < N(label_modifiers); k++)
    labels_ix.modifiers[label_modifiers[k][0] - 'a'] |= UINT32_C(1) << k;
  for (k = 0; k < N(other_labels); k++)
    labels_ix.others[other_labels[k][0] - 'a'] |= UINT32_C(1) << k;
  dg_wordset_init(&labels_ix.journal, journal_words, N(journal_words));
}

/* The bits of `by` (a table of label_index) for the word that starts
 * with byte c: 0 when c is no letter. */
static uint32_t by_initial(const uint32_t *by, unsigned char c)
{
  int l = dg_to_lower(c);
  return dg_is_lower(l) ? by[l - 'a'] : 0;
}

static dg_class label_class(const char *s, size_t n, int *non_pub)
{
  size_t e = n;
  uint32_t m;
  *non_pub = 0;
  pthread_once(&labels_once, labels_init);
  while (e > 0 && (s[e - 1] == ':' || s[e - 1] == ' '))
    e--;
  if (e == 0)
    return DG_CLASS_NONE; /* a word of the tables matches no empty text */
  /* each table is walked in its order, over the words of the text's
   * initial only */
  for (m = by_initial(labels_ix.modifiers, (unsigned char)s[0]); m; m &= m - 1) {
    size_t ml = starts_with(s, e, label_modifiers[__builtin_ctz(m)]);
    if (ml && e > ml) {
      s += ml;
      e -= ml;
      break;
    }
  }
  for (m = by_initial(labels_ix.labels, (unsigned char)s[0]); m; m &= m - 1)
    if (word_is(item_labels[__builtin_ctz(m)].w, s, e))
      return item_labels[__builtin_ctz(m)].cls;
  /* "Project: Baltic Watch" */
  for (m = by_initial(labels_ix.others, (unsigned char)s[0]); m && !*non_pub; m &= m - 1) {
    size_t ol = starts_with(s, e, other_labels[__builtin_ctz(m)]);
    if (ol && (ol == e || s[ol] == ':'))
      *non_pub = 1;
  }
  /* "Past Program", "Related Experts: ...", "Upcoming Events": a label
   * whose last word names something other than a publication */
  if (!*non_pub) {
    const char *colon = memchr(s, ':', e);
    size_t le = colon ? (size_t)(colon - s) : e, b = le;
    while (b > 0 && s[b - 1] != ' ')
      b--;
    if (le - b > 0 && le <= 40)
      for (m = by_initial(labels_ix.others, (unsigned char)s[b]); m && !*non_pub; m &= m - 1)
        if (word_is(other_labels[__builtin_ctz(m)], s + b, le - b))
          *non_pub = 1;
  }
  return DG_CLASS_NONE;
}

/* Splits s[0..n) (at page offset base) into fields at " | ", " — ",
 * " – ", " • ", " · ". */
static size_t split_fields(size_t base, const char *s, size_t n, field *out, size_t max,
                           size_t line)
{
  static const char *const seps[] = {
    " | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xE2\x80\xA2 ", " \xC2\xB7 ", "  |  ",
  };
  size_t i = 0, start = 0, nf = 0;
  while (i <= n) {
    size_t sl = 0, k;
    /* every separator starts with a space, and its next byte is one of
     * these */
    if (i + 1 < n && s[i] == ' ' &&
        (s[i + 1] == '|' || s[i + 1] == ' ' || (unsigned char)s[i + 1] == 0xE2 ||
         (unsigned char)s[i + 1] == 0xC2))
      for (k = 0; k < N(seps); k++) {
        size_t l = strlen(seps[k]);
        if (i + l <= n && memcmp(s + i, seps[k], l) == 0 && l > sl)
          sl = l;
      }
    if (i == n || sl) {
      size_t a = start, b = i;
      while (a < b && (s[a] == ' ' || s[a] == '|'))
        a++;
      while (b > a && (s[b - 1] == ' ' || s[b - 1] == '|'))
        b--;
      if (b > a && nf < max) {
        out[nf].start = base + a;
        out[nf].len = b - a;
        out[nf].line = line;
        nf++;
      }
      if (i == n)
        break;
      i += sl;
      start = i;
      continue;
    }
    i++;
  }
  return nf;
}

typedef struct record {
  field f[24];
  size_t nf;
} record;

static int ends_with_ellipsis(const char *s, size_t n)
{
  return (n >= 3 && memcmp(s + n - 3, "...", 3) == 0) ||
         (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0);
}

/* "Coastal Affairs, 41(2), March 2016, 211–239": a volume(issue). */
static int journal_citation(const char *s, size_t n)
{
  size_t i;
  for (i = 1; i + 2 < n; i++)
    if (s[i] == '(' && dg_is_digit((unsigned char)s[i - 1]) && dg_is_digit((unsigned char)s[i + 1]))
      return 1;
  return dg_has_word(s, n, "pp") || dg_has_word(s, n, "vol");
}

/* "Harbor University Press, 2023", "Harbor Institute (May 2021)": after
 * an organization's name at the start of a field, the rest s[0..n) is a
 * date or a year alone. Sets *d (its span in s) and *year_only; returns
 * 1 if so. */
static int date_after_org(const char *s, size_t n, dg_date *d, int *year_only)
{
  size_t a = 0;
  while (a < n && (s[a] == ' ' || s[a] == ',' || s[a] == '('))
    a++;
  while (n > a && (s[n - 1] == ' ' || s[n - 1] == ')' || s[n - 1] == '.'))
    n--;
  if (a == n)
    return 0;
  if (dg_date_find(s + a, n - a, d) && d->start == 0 && d->len == n - a) {
    *year_only = 0;
    d->start = a;
    return 1;
  }
  if (n - a == 4 && dg_year_find(s + a, 4, d)) {
    *year_only = 1;
    d->start = a;
    return 1;
  }
  return 0;
}

/* 1 if the first organization in text[start, start+len) is a book
 * imprint: its name holds "Press", "Books", "Verlag" ("Harbor University
 * Press", "Gull Books"). */
static int book_imprint(const dg_page *pg, size_t start, size_t len)
{
  static const char *const words[] = {"press", "books", "verlag"};
  size_t m = dg_orgs_first_in(pg->orgs, start, len), k;
  const dg_orgm *om;
  if (m == DG_NO_ORG)
    return 0;
  om = dg_orgs_mention(pg->orgs, m);
  for (k = 0; k < N(words); k++)
    if (dg_has_word(pg->text + om->start, om->len, words[k]))
      return 1;
  return 0;
}

/* "Harbor Fact Sheet, April 2030": the field fl, whose first comma is at
 * `comma`, names an organization's series (its name, then a genre label)
 * before the date. Sets *cls to the label's class; returns 1 if an
 * organization opens the field (it publishes the item). */
static int series_line(const dg_page *pg, const field *fl, size_t comma, dg_class *cls)
{
  const char *s = pg->text + fl->start;
  size_t w = comma, round, m;
  int np;
  for (round = 0; round < 2 && w > 0; round++) {
    dg_class c;
    while (w > 0 && s[w - 1] != ' ')
      w--;
    if ((c = label_class(s + w, comma - w, &np)) != DG_CLASS_NONE) {
      *cls = c;
      m = dg_orgs_first_in(pg->orgs, fl->start, w);
      return m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == fl->start;
    }
    if (w > 0)
      w--;
  }
  return 0;
}

/* How a record is read: from a table of contents (its items are parts of
 * the page's item), under a heading that names a list (the heading is the
 * evidence that its lines are items), and the date the items of an issue
 * share. */
typedef struct rec_opts {
  int contents;
  int headed;
  const dg_date *issue_date; /* NULL when none */
  dg_class default_cls;      /* when nothing tells; NONE: the page's class */
  size_t subject, subject_len; /* a list of a person's works: the name of
                                  the person (a text span), when an item
                                  prints no author; subject_len 0: none */
  const dg_span *hosts;        /* a podcast's other episodes: its hosts'
                                  names (text spans), n_hosts of them */
  size_t n_hosts;
  int need_fields;             /* the heading alone is no evidence: the
                                  record must print a date, names, ... */
} rec_opts;

/* "(The Harbor Review, 2020)", "(ELN, 2019)", "(2021)": the venue and year
 * printed after a title, as a field of its own. Returns the length of the
 * title before it, or n when there is none. */
static size_t venue_paren(const char *s, size_t n)
{
  size_t k;
  dg_date y;
  if (n < 8 || s[n - 1] != ')')
    return n;
  for (k = n - 1; k > 0 && s[k] != '('; k--)
    ;
  if (k == 0 || s[k - 1] != ' ' || !dg_year_find(s + k, n - k, &y))
    return n;
  return k - 1;
}

/* 1 if s[0..n) holds one of journal_words: an item printed with such a
 * venue is a journal article. */
static int journal_venue(const char *s, size_t n)
{
  pthread_once(&labels_once, labels_init);
  return dg_wordset_scan(&labels_ix.journal, s, n) != 0;
}

/* 1 if a clock time follows at the start of s[0..n) (after a comma or
 * spaces): "March 3rd, 2021 10:00AM - 11:30AM" is a date field. */
static int time_after(const char *s, size_t n)
{
  dg_time t;
  size_t a = 0;
  while (a < n && (s[a] == ' ' || s[a] == ','))
    a++;
  return a < n && dg_is_digit((unsigned char)s[a]) && dg_time_find(s + a, n - a, &t) &&
         t.start >= 0;
}

/* 1 if s[0..n), the only field of a listed item, reads as a title and not
 * as a link or a field of the page: three words or more, not "More
 * videos ›", "Project: Name", "Published: DATE". */
static int bare_title_ok(const char *s, size_t n)
{
  static const char *const links[] = {"\xE2\x80\xBA", "\xC2\xBB", "\xE2\x86\x92", ">"};
  static const char *const fields[] = {"published", "posted", "updated", "project", "program",
                                       "programme", "topic", "topics", "tags", "series"};
  size_t k, words = 0;
  for (k = 0; k < n; k++)
    if (s[k] != ' ' && (k == 0 || s[k - 1] == ' '))
      words++;
  if (words < 3)
    return 0;
  for (k = 0; k < N(links); k++) {
    size_t ll = strlen(links[k]);
    if (n >= ll && memcmp(s + n - ll, links[k], ll) == 0)
      return 0;
  }
  for (k = 0; k < N(fields); k++) {
    size_t fl = starts_with(s, n, fields[k]);
    if (fl && n > fl && (s[fl] == ':' || s[fl] == ' '))
      return 0;
  }
  /* "Suite 300, 1414 Harbor Street, Portland": an address */
  if (dg_title_address_like(s, n) || memchr(s, '@', n))
    return 0;
  return dg_is_upper((unsigned char)s[0]) || dg_is_digit((unsigned char)s[0]) ||
         (unsigned char)s[0] >= 0xC3 || s[0] == '"' || (unsigned char)s[0] == 0xE2;
}

/* The text of the venue field: the parenthesis after the title when the
 * title field holds it, else the field itself. */
static const char *venue_text(const dg_page *pg, const record *r, size_t pf, size_t title,
                              size_t title_len, size_t *n)
{
  const char *s = pg->text + r->f[pf].start;
  *n = r->f[pf].len;
  if (pf == title) {
    s += title_len;
    *n -= title_len;
  }
  return s;
}

/* "(HPI Quarterly Survey, 2018)": a venue that opens with an
 * organization's name and goes on with a capitalised title before the
 * comma is a periodical the organization owns. s[0..n) is the venue's
 * text, parentheses included. */
static int owned_periodical(const dg_page *pg, const char *s, size_t n)
{
  size_t a = 0, m, e;
  const dg_orgm *om;
  while (a < n && (s[a] == '(' || s[a] == ' '))
    a++;
  m = dg_orgs_first_in(pg->orgs, (size_t)(s + a - pg->text), n - a);
  if (m == DG_NO_ORG)
    return 0;
  om = dg_orgs_mention(pg->orgs, m);
  if (om->start != (size_t)(s + a - pg->text))
    return 0;
  e = om->start + om->len - (size_t)(s - pg->text);
  return e + 1 < n && s[e] == ' ' && dg_is_upper((unsigned char)s[e + 1]);
}

/* What "(Venue, 2020)" tells: the year (when no date was found), a
 * journal venue (when no label gave the class), an organization named
 * there (recorded in *org_f as the venue field itself). */
static void venue_fields(const dg_page *pg, const record *r, size_t pf, size_t title,
                         size_t title_len, dg_class *cls, size_t *org_f, dg_date *d,
                         size_t *date_f, int *year_only)
{
  size_t n;
  const char *s = venue_text(pg, r, pf, title, title_len, &n);
  dg_date y;
  if (*date_f == (size_t)-1 && dg_year_find(s, n, &y)) {
    *d = y;
    *date_f = pf;
    *year_only = 1;
  }
  if (!*cls && (journal_venue(s, n) || owned_periodical(pg, s, n)))
    *cls = DG_CLASS_JOURNAL_ARTICLE;
  /* "(Bergen University Press, 2028)": a book */
  if (!*cls && book_imprint(pg, (size_t)(s - pg->text), n))
    *cls = DG_CLASS_BOOK;
  if (*org_f == (size_t)-1 &&
      dg_orgs_first_in(pg->orgs, (size_t)(s - pg->text), n) != DG_NO_ORG)
    *org_f = pf;
}

/* The organization named in the venue "(ELN, 2019)": the publisher. */
static void venue_publisher(dg_page *pg, dg_facts *f, size_t item, const record *r, size_t pf,
                            size_t title, size_t title_len)
{
  size_t n, m, e;
  const char *s = venue_text(pg, r, pf, title, title_len, &n);
  const dg_orgm *om;
  m = dg_orgs_first_in(pg->orgs, (size_t)(s - pg->text), n);
  if (m == DG_NO_ORG)
    return;
  om = dg_orgs_mention(pg->orgs, m);
  e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len), "listed-venue-publisher");
  dg_facts_add_ref(f, item, DG_P_PUBLISHER, e, dg_span_at(om->start, om->len),
                   "listed-venue-publisher");
}

/* The entity of a listed item titled t. A title that folds to the page's
 * own title is the page's item again, unless the record prints a year:
 * then it is another work of the same title (a paper's journal version,
 * this year's strategy), keyed with its year so that its IRI differs
 * (SPEC section 2). Returns (size_t)-1 for the page's own item. */
static size_t listed_entity(const dg_page *pg, dg_facts *f, dg_pageinfo *info,
                            const char *t, dg_span sp, const dg_date *d)
{
  if (info->title.text) {
    char *a = dg_text_key(t, strlen(t));
    int same;
    /* the title's key, once per page (each listed item compares with it) */
    if (!info->title.key)
      info->title.key = dg_text_key(info->title.text, strlen(info->title.text));
    same = strcmp(a, info->title.key) == 0;
    free(a);
    if (same) {
      char *key;
      size_t item;
      dg_date md;
      size_t ml;
      if (!d || !d->year || (pub_date(pg, info, &md, &ml) && md.year == d->year))
        return (size_t)-1;
      key = xasprintf("%s %d", t, d->year);
      item = dg_facts_entity(f, DG_KIND_PUBLICATION, key, t, sp, "listed-item-same-title");
      free(key);
      return item;
    }
  }
  return dg_facts_entity(f, DG_KIND_PUBLICATION, t, t, sp, "listed-item");
}

/* "Ports and Power - Helen Marsh", "Ports and Power - Bergen University
 * Press, 2029": a spaced hyphen before the names of the authors or the
 * publisher separates two fields (titles hold spaced hyphens too, so only
 * when the text after the last one is such a field). */
static void hyphen_fields(const dg_page *pg, record *r)
{
  size_t k;
  for (k = r->nf; k-- > 0;) {
    const char *s = pg->text + r->f[k].start;
    size_t n = r->f[k].len, h = n, t, known, m;
    dg_part parts[16];
    dg_date d;
    int yo, split = 0;
    if (r->nf >= N(r->f) || n > 300)
      continue;
    while (h > 3 && !(s[h - 3] == ' ' && s[h - 2] == '-' && s[h - 1] == ' '))
      h--;
    if (h <= 3 || n - h < 4 || n - h > 100)
      continue;
    t = r->f[k].start + h;
    m = dg_orgs_first_in(pg->orgs, t, n - h);
    if (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == t) {
      size_t ol = dg_orgs_mention(pg->orgs, m)->len;
      split = ol + 2 >= n - h || date_after_org(s + h + ol, n - h - ol, &d, &yo);
    } else if (dg_name_list(pg->gz, s + h, n - h, DG_NAME_SHAPE, parts, 16, &known) > 0 &&
               known > 0) {
      split = 1;
    }
    if (!split)
      continue;
    memmove(&r->f[k + 2], &r->f[k + 1], (r->nf - k - 1) * sizeof r->f[0]);
    r->f[k + 1].start = t;
    r->f[k + 1].len = n - h;
    r->f[k + 1].line = r->f[k].line;
    r->f[k].len = h - 3;
    r->nf++;
  }
}

/* "Ports and Power, Harbor Affairs, March 2030" as one field under a list
 * heading: the date after the last comma is a field of its own, and so is
 * the venue before it when it is a journal's or an organization's name
 * (a title keeps its own commas: "Ports, Power and Tolls, June 2029"). */
static void comma_fields(const dg_page *pg, record *r)
{
  const char *s;
  size_t n, c, v, m;
  dg_date d;
  if (r->nf != 1 || r->f[0].len > 300)
    return;
  s = pg->text + r->f[0].start;
  n = r->f[0].len;
  for (c = n; c > 2 && !(s[c - 2] == ',' && s[c - 1] == ' '); c--)
    ;
  if (c <= 2 || !((dg_date_find(s + c, n - c, &d) && d.start == 0 && d.len + 1 >= n - c) ||
                  (n - c == 4 && dg_year_find(s + c, 4, &d))))
    return;
  r->f[1].start = r->f[0].start + c;
  r->f[1].len = n - c;
  r->f[1].line = r->f[0].line;
  r->nf = 2;
  r->f[0].len = c - 2;
  for (v = c - 2; v > 2 && !(s[v - 2] == ',' && s[v - 1] == ' '); v--)
    ;
  if (v <= 2)
    return;
  m = dg_orgs_first_in(pg->orgs, r->f[0].start + v, c - 2 - v);
  if (journal_venue(s + v, c - 2 - v) ||
      (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == r->f[0].start + v)) {
    r->f[2] = r->f[1];
    r->f[1].start = r->f[0].start + v;
    r->f[1].len = c - 2 - v;
    r->nf = 3;
    r->f[0].len = v - 2;
  }
}

/* What the fields of a record are, as read_field() finds them: indices
 * into the record's fields, (size_t)-1 when absent. */
typedef struct rec_read {
  size_t title, date_f, org_f, lone, paren_f;
  size_t names_f[4], n_names, by_f[4], n_by, n_hosts;
  dg_span host_at[4]; /* a podcast host named in a teaser */
  dg_class cls, cite_cls;
  int evidence, non_pub, year_only, have_cite_date;
  dg_date d, cd;
} rec_read;

/* A teaser that names the show's host ("Ann Vale talks with ..."):
 * remembers where, for the episode's author. */
static void teaser_hosts(const dg_page *pg, const field *fl, const rec_opts *o, rec_read *x)
{
  const char *s = pg->text + fl->start;
  size_t h, at;
  for (h = 0; h < o->n_hosts && x->n_hosts < N(x->host_at); h++) {
    const char *hn = pg->text + o->hosts[h].start;
    size_t hl = o->hosts[h].len;
    for (at = 0; at + hl <= fl->len; at++)
      if (memcmp(s + at, hn, hl) == 0) {
        x->host_at[x->n_hosts++] = dg_span_at(fl->start + at, hl);
        break;
      }
  }
}

/* A field that is an organization's name, alone or with a date or a year
 * ("— Harbor University Press, 2023"): the publisher. Returns 1 if so. */
static int org_field(const dg_page *pg, const record *r, size_t k, rec_read *x)
{
  const char *s = pg->text + r->f[k].start;
  size_t n = r->f[k].len, m = dg_orgs_first_in(pg->orgs, r->f[k].start, n);
  const dg_orgm *om = m != DG_NO_ORG ? dg_orgs_mention(pg->orgs, m) : NULL;
  dg_date y;
  int yo;
  if (!om || om->start != r->f[k].start)
    return 0;
  if (om->len + 2 >= n) {
    if (x->org_f == (size_t)-1)
      x->org_f = k;
    return 1;
  }
  if (om->len < n && date_after_org(s + om->len, n - om->len, &y, &yo)) {
    if (x->org_f == (size_t)-1)
      x->org_f = k;
    if (x->date_f == (size_t)-1) {
      x->date_f = k;
      x->d = y;
      x->year_only = yo;
    }
    x->evidence++;
    return 1;
  }
  return 0;
}

/* Field k after the title, when it is a journal's name, names, or a
 * citation ("Coastal Affairs, 41(2), March 2016, 211–239", "Estuary
 * Outlook 2016, 9 May 2016", "Harbor Fact Sheet, April 2030"). Returns
 * 1 if it was one of them. */
static int after_title_field(const dg_page *pg, const record *r, size_t k, size_t words,
                             rec_read *x)
{
  const char *s = pg->text + r->f[k].start;
  size_t n = r->f[k].len;
  dg_date y;
  /* "Harbor Affairs" after the title: a journal's name, the venue */
  if (words <= 8 && !memchr(s, ',', n) && journal_venue(s, n) && cap_at(s, n, 0)) {
    x->cite_cls = DG_CLASS_JOURNAL_ARTICLE;
    x->evidence++;
    return 1;
  }
  /* a list of names: every part a name; a field of its own after the
   * title, so one name is enough */
  {
    dg_part parts[64];
    size_t known, np2 = dg_name_list(pg->gz, s, n, DG_NAME_SHAPE, parts, 64, &known);
    if (np2 > 0 && (known > 0 || np2 >= 3 || np2 == 1)) {
      if (x->n_names < N(x->names_f))
        x->names_f[x->n_names++] = k;
      x->evidence++;
      return 1;
    }
  }
  if (memchr(s, ',', n) && (dg_date_find(s, n, &y) || journal_citation(s, n))) {
    size_t comma = (size_t)((const char *)memchr(s, ',', n) - s);
    if (journal_citation(s, n))
      x->cite_cls = DG_CLASS_JOURNAL_ARTICLE;
    else if (dg_year_find(s, comma, &y) && y.start + y.len == comma)
      x->cite_cls = DG_CLASS_CHAPTER; /* a piece in an annual volume */
    else if (series_line(pg, &r->f[k], comma, &x->cite_cls) && x->org_f == (size_t)-1)
      x->org_f = k;
    if (dg_date_find(s, n, &x->cd))
      x->have_cite_date = 1;
    x->evidence++;
    return 1;
  }
  return 0;
}

/* Reads field k of record r by its shape: a note or venue in
 * parentheses, a type label, a date, a byline, a teaser, an
 * organization, names or a citation after the title, else the title. */
static void read_field(const dg_page *pg, const record *r, size_t k, const rec_opts *o,
                       rec_read *x)
{
  const char *s = pg->text + r->f[k].start;
  size_t n = r->f[k].len, words = 0, j;
  dg_class c;
  int np = 0, c0, digit = 0;
  dg_date y;
  for (j = 0; j < n; j++) {
    if (s[j] != ' ' && (j == 0 || s[j - 1] == ' '))
      words++;
    digit |= dg_is_digit((unsigned char)s[j]);
  }
  /* "(translated by ...)", "(Harbor Review, 2020)": a note or a venue */
  if (o->headed && s[0] == '(') {
    if (x->paren_f == (size_t)-1 && dg_year_find(s, n, &y))
      x->paren_f = k;
    return;
  }
  c = label_class(s, n, &np);
  if (words <= 3 && c != DG_CLASS_NONE) {
    if (!x->cls)
      x->cls = c;
    x->evidence++;
    return;
  }
  if (np && (words <= 6 || memchr(s, ':', n < 40 ? n : 40))) {
    x->non_pub = 1;
    return;
  }
  /* without a digit there is no year, so no date (dg_date_find() is
   * given no default year here) */
  if (digit && dg_date_find(s, n, &y) &&
      (y.len + 6 >= n ||
       (y.start <= 12 && dg_time_prefix_len(s + y.start + y.len, n - y.start - y.len) > 0) ||
       (y.start <= 12 && time_after(s + y.start + y.len, n - y.start - y.len)))) {
    if (x->date_f == (size_t)-1) {
      x->date_f = k;
      x->d = y;
    }
    x->evidence++;
    return;
  }
  if (n == 4 && dg_year_find(s, n, &y)) {
    if (x->date_f == (size_t)-1) {
      x->date_f = k;
      x->d = y;
      x->year_only = 1;
    }
    x->evidence++;
    return;
  }
  /* the cues' first letters before the calls (which read on past the
   * field, as they always have) */
  c0 = dg_to_lower((unsigned char)s[0]);
  if (n > 3 && (c0 == 'b' || c0 == 'e' || c0 == 'a') &&
      (strncasecmp(s, "by ", 3) == 0 || strncasecmp(s, "edited by ", 10) == 0 ||
       strncasecmp(s, "editor", 6) == 0 || strncasecmp(s, "author", 6) == 0)) {
    if (x->n_by < N(x->by_f))
      x->by_f[x->n_by++] = k;
    x->evidence++;
    return;
  }
  /* a teaser: cut off, or a sentence */
  if (ends_with_ellipsis(s, n) || words >= 30 || (words >= 8 && s[n - 1] == '.')) {
    teaser_hosts(pg, &r->f[k], o, x);
    return;
  }
  if (org_field(pg, r, k, x))
    return;
  if (x->title != (size_t)-1 && after_title_field(pg, r, k, words, x))
    return;
  /* an address under a list is the site's footer, never an item */
  if (dg_title_address_like(s, n))
    return;
  /* the first field left is the title, in title case or not ("The
   * Pacific's new security map"); a one-word title only where a heading
   * or a table of contents vouches for the list ("India" in a volume's
   * chapters), not after a field's label ("Type / Research Article /
   * Information") */
  if (x->title == (size_t)-1 && (words >= 2 || o->headed || o->contents) &&
      (dg_title_text_like(s, n) ||
       (words >= 2 && (dg_is_upper((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC3) &&
        s[n - 1] != '.'))) {
    /* "Sport · Title · date": a lone word before the title is a section
     * of the site */
    if (o->headed && words == 1 && k == 0 && r->nf > 1 && r->f[1].line == r->f[0].line &&
        x->lone == (size_t)-1) {
      x->lone = k;
      return;
    }
    x->title = k;
  }
}

/* The class of a listed item: its label or citation, its venue, a part of
 * the page's item in a table of contents, a press's book, the list's
 * default, the page's class. */
static dg_class record_class(const dg_page *pg, const dg_pageinfo *info, const record *r,
                             const rec_opts *o, const rec_read *x)
{
  dg_class cls = x->cls;
  if (!cls && o->contents)
    cls = info->pub_class == DG_CLASS_JOURNAL_ARTICLE ? DG_CLASS_JOURNAL_ARTICLE
                                                      : DG_CLASS_CHAPTER; /* a part of the item */
  /* "— Harbor University Press", "— Gull Books": a press publishes books */
  if (!cls && x->org_f != (size_t)-1 && x->org_f != x->paren_f &&
      book_imprint(pg, r->f[x->org_f].start, r->f[x->org_f].len))
    cls = DG_CLASS_BOOK;
  /* an item printed with its publisher is that publisher's paper */
  if (!cls && x->org_f == (size_t)-1)
    cls = o->default_cls;
  if (!cls)
    cls = info->is_pub && info->pub_class ? info->pub_class : DG_CLASS_REPORT;
  return cls;
}

/* The authors and editors of a listed item: its bylines, else the names
 * printed beside it, else the show's host its teaser names, else the
 * person whose list of works it is. */
static void record_people(dg_page *pg, const record *r, const rec_opts *o, const rec_read *x,
                          size_t item)
{
  size_t q;
  for (q = 0; q < x->n_by; q++) {
    const char *s = pg->text + r->f[x->by_f[q]].start;
    size_t n = r->f[x->by_f[q]].len, cl;
    dg_prop prop = DG_P_AUTHOR;
    if (strncasecmp(s, "edited by ", 10) == 0 || strncasecmp(s, "editor", 6) == 0)
      prop = DG_P_EDITOR;
    cl = strncasecmp(s, "by ", 3) == 0 ? 3 : strncasecmp(s, "edited by ", 10) == 0 ? 10 : 0;
    if (!cl) {
      const char *c = memchr(s, ':', n);
      cl = c ? (size_t)(c - s) + 1 : 0;
    }
    add_names(pg, r->f[x->by_f[q]].start + cl, n - cl, item, prop, DG_PS_LISTING,
              prop == DG_P_EDITOR ? "listed-item-editor" : "listed-item-byline", NULL, 0);
  }
  if (x->n_by)
    return;
  for (q = 0; q < x->n_names; q++)
    add_names(pg, r->f[x->names_f[q]].start, r->f[x->names_f[q]].len, item, DG_P_AUTHOR,
              DG_PS_LISTING, "listed-item-names", NULL, 0);
  if (x->n_names)
    return;
  for (q = 0; q < x->n_hosts; q++)
    add_names(pg, x->host_at[q].start, x->host_at[q].len, item, DG_P_AUTHOR, DG_PS_LISTING,
              "listed-episode-host", NULL, 0);
  /* a person's list of works: the person wrote what names no author */
  if (o->subject_len)
    add_names(pg, o->subject, o->subject_len, item, DG_P_AUTHOR, DG_PS_BIO, "listed-work-author",
              NULL, 0);
}

/* The date of a listed item: its own, its citation's, its issue's. */
static void record_date(dg_facts *f, const rec_opts *o, rec_read *x, size_t item, dg_span sp)
{
  char lex[11];
  dg_datatype dt;
  if (x->date_f == (size_t)-1 && x->have_cite_date) {
    x->d = x->cd;
    x->date_f = 0;
  }
  /* the items of an issue carry the issue's date */
  if (x->date_f == (size_t)-1 && o->issue_date) {
    x->d = *o->issue_date;
    x->date_f = 0;
  }
  if (x->date_f == (size_t)-1)
    return;
  if (x->year_only)
    x->d.month = x->d.day = 0;
  dt = dg_date_format(&x->d, lex);
  dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, dt, sp, "listed-item-date");
}

/* One listed item from record r: its fields read, then the item with its
 * class, title, date, people and publisher. Returns 0 if the record is
 * no item. */
static int make_record(dg_page *pg, dg_pageinfo *info, dg_facts *f, record *r,
                       const rec_opts *o)
{
  rec_read x;
  size_t k, title_len, item;
  char *t;
  dg_span sp;
  memset(&x, 0, sizeof x);
  x.title = x.date_f = x.org_f = x.lone = x.paren_f = (size_t)-1;
  x.evidence = o->headed;
  hyphen_fields(pg, r);
  if (o->headed)
    comma_fields(pg, r);
  for (k = 0; k < r->nf; k++)
    read_field(pg, r, k, o, &x);
  if (x.title == (size_t)-1)
    x.title = x.lone;
  if (x.non_pub || x.title == (size_t)-1 || x.evidence == 0 ||
      (o->need_fields && x.evidence <= o->headed))
    return 0;
  title_len = r->f[x.title].len;
  /* an item known only from the list's heading must look like a title */
  if (x.evidence == o->headed && x.n_names == 0 && x.n_by == 0 && x.org_f == (size_t)-1 &&
      !bare_title_ok(pg->text + r->f[x.title].start, title_len))
    return 0;
  /* "Title (Venue, 2020)", under a heading or in a related listing */
  {
    size_t cut = venue_paren(pg->text + r->f[x.title].start, title_len);
    if (cut < title_len && x.paren_f == (size_t)-1) {
      x.paren_f = x.title;
      title_len = cut;
    }
  }
  t = dg_title_clean(pg->text + r->f[x.title].start, title_len);
  for (k = strlen(t); k > 0 && (t[k - 1] == '.' || t[k - 1] == ','); k--)
    t[k - 1] = '\0';
  sp = dg_span_at(r->f[x.title].start, title_len);
  item = listed_entity(pg, f, info, t, sp,
                       x.date_f != (size_t)-1 ? &x.d : x.have_cite_date ? &x.cd : NULL);
  if (item == (size_t)-1) {
    free(t);
    return 0;
  }
  if (x.cite_cls)
    x.cls = x.cite_cls;
  if (x.paren_f != (size_t)-1)
    venue_fields(pg, r, x.paren_f, x.title, title_len, &x.cls, &x.org_f, &x.d, &x.date_f,
                 &x.year_only);
  dg_facts_set_class(f, item, record_class(pg, info, r, o, &x));
  dg_facts_add_literal(f, item, DG_P_TITLE, t, DG_DT_STRING, sp, "listed-item-title");
  dg_facts_add_ref(f, pg->doc, DG_P_LISTS, item, sp, "listed-item");
  if (info->main_pub != (size_t)-1)
    dg_facts_add_ref(f, info->main_pub, DG_P_RELATED_TO, item, sp, "listed-item");
  record_date(f, o, &x, item, sp);
  record_people(pg, r, o, &x, item);
  if (x.org_f != (size_t)-1 && x.org_f != x.paren_f) {
    size_t m = dg_orgs_first_in(pg->orgs, r->f[x.org_f].start, r->f[x.org_f].len);
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    size_t e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len),
                              "listed-item-publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, e, dg_span_at(om->start, om->len),
                     "listed-item-publisher");
  }
  if (x.org_f != (size_t)-1 && x.org_f == x.paren_f)
    venue_publisher(pg, f, item, r, x.paren_f, x.title, title_len);
  free(t);
  return 1;
}

/* A line that starts a record: a type label ("• Commentary", "▸ Article",
 * "Reports | TITLE", "Research Brief | DATE"). */
static int label_start(const dg_page *pg, size_t i)
{
  size_t n, e = 0;
  const char *s = ltext(pg, i, &n);
  int np;
  const char *bar = memchr(s, '|', n);
  e = bar ? (size_t)(bar - s) : n;
  while (e > 0 && s[e - 1] == ' ')
    e--;
  return e <= 40 && label_class(s, e, &np) != DG_CLASS_NONE;
}

/* "Edited volume · Harbor University Press · 2021": a line of fields
 * whose first is a type label opens a record, though its separators make
 * it look like a menu. */
static int label_fields(const dg_page *pg, size_t i)
{
  field fl[2];
  size_t n;
  int np;
  const char *s = ltext(pg, i, &n);
  if (n > 200 || split_fields(pg->lines[i].content, s, n, fl, 2, i) < 2 || fl[0].len > 40)
    return 0;
  return label_class(pg->text + fl[0].start, fl[0].len, &np) != DG_CLASS_NONE;
}

/* A two-line block of the body: a title, then the names of its authors. */
static int toc_block(const dg_page *pg, size_t i)
{
  const dg_line *a = &pg->lines[i];
  size_t n;
  const char *s = ltext(pg, i, &n);
  if (i + 1 >= pg->n_lines || a->zone != DG_ZONE_BODY ||
      (a->flags & (DG_LF_BLANK | DG_LF_ROLE | DG_LF_PROSE | DG_LF_END_PUNCT | DG_LF_NAV |
                   DG_LF_SHARE | DG_LF_DATE)) ||
      (pg->lines[i + 1].flags & DG_LF_BLANK) ||
      (i + 2 < pg->n_lines && !(pg->lines[i + 2].flags & DG_LF_BLANK)) ||
      (i > 0 && !(pg->lines[i - 1].flags & DG_LF_BLANK)))
    return 0;
  if (!(dg_title_text_like(s, n) || a->nwords <= 2) || !name_line(pg, i + 1, 1))
    return 0;
  return 1;
}

/* The pieces of a collection listed as "TITLE / AUTHOR" blocks without a
 * heading (a journal roundtable, a report's contributions): two or more
 * such blocks in a row. */
static void toc_blocks(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i = pg->header_end;
  record rec, *r = &rec; /* on the stack: one per page and pass */
  memset(r, 0, sizeof *r);
  while (i < pg->footer_start) {
    size_t j = i, count = 0;
    if (!toc_block(pg, i)) {
      i++;
      continue;
    }
    while (j < pg->footer_start && toc_block(pg, j)) {
      count++;
      j = dg_page_next(pg, j + 1);
      if (j == DG_NO_LINE)
        break;
    }
    if (count >= 2) {
      size_t k = i;
      while (k < pg->footer_start && toc_block(pg, k)) {
        r->nf = 0;
        r->nf += split_fields(pg->lines[k].content, pg->text + pg->lines[k].content,
                              pg->lines[k].end - pg->lines[k].content, r->f, 1, k);
        r->f[r->nf].start = pg->lines[k + 1].content;
        r->f[r->nf].len = pg->lines[k + 1].end - pg->lines[k + 1].content;
        r->f[r->nf].line = k + 1;
        r->nf++;
        {
          rec_opts o = {1, 0, NULL, DG_CLASS_NONE, 0, 0, NULL, 0, 0};
          make_record(pg, info, f, r, &o);
        }
        k = dg_page_next(pg, k + 1);
        if (k == DG_NO_LINE)
          break;
      }
      i = k == DG_NO_LINE ? pg->footer_start : k;
      continue;
    }
    i++;
  }
}

/* ---------------------------------------------------------------- headed lists */

enum { LIST_PLAIN, LIST_CONTENTS, LIST_ISSUE, LIST_WORKS, LIST_EPISODES, LIST_INTRO };

/* Headings of lists of publications, lower case: the lines under them are
 * items even when they print nothing but a title. */
static const struct {
  const char *h;
  int kind;
} list_headings[] = {
  {"cited by", LIST_PLAIN}, {"published versions", LIST_PLAIN},
  {"published version", LIST_PLAIN}, {"in this issue", LIST_ISSUE},
  {"also in this issue", LIST_ISSUE}, {"in this volume", LIST_CONTENTS},
  {"more episodes", LIST_EPISODES}, {"other episodes", LIST_EPISODES},
  {"recent episodes", LIST_EPISODES}, {"latest episodes", LIST_EPISODES},
  {"previous episode", LIST_EPISODES}, {"next episode", LIST_EPISODES},
  {"more top stories", LIST_PLAIN}, {"top stories", LIST_PLAIN}, {"more stories", LIST_PLAIN},
  {"latest news", LIST_PLAIN}, {"more news", LIST_PLAIN}, {"chapters", LIST_CONTENTS},
  {"contents", LIST_CONTENTS}, {"table of contents", LIST_CONTENTS},
  {"selected publications", LIST_WORKS}, {"recent publications", LIST_WORKS},
  {"publications", LIST_WORKS}, {"selected works", LIST_WORKS},
  {"select publications", LIST_WORKS}, {"key publications", LIST_WORKS},
  {"also in this series", LIST_PLAIN}, {"more in this series", LIST_PLAIN},
  {"further reading", LIST_PLAIN}, {"recommended reading", LIST_PLAIN},
  {"related reading", LIST_PLAIN}, {"suggested reading", LIST_PLAIN},
  {"more by this author", LIST_PLAIN}, {"also by this author", LIST_PLAIN},
  {"more from this author", LIST_PLAIN}, {"by the same author", LIST_PLAIN},
};

/* The headings by initial letter (bit k of headings_ix[c - 'a'] is set
 * when heading k starts with c): list_heading() asks of every line of
 * the body. Built once for the process, read-only afterwards. */
static uint64_t headings_ix[26];
static pthread_once_t headings_once = PTHREAD_ONCE_INIT;
typedef char list_headings_fit[N(list_headings) <= 64 ? 1 : -1];

static void headings_init(void)
{
  size_t k;
  for (k = 0; k < N(list_headings); k++) /* each starts with a lower-case letter */
    headings_ix[list_headings[k].h[0] - 'a'] |= UINT64_C(1) << k;
}

/* "The latest data appear in our new brief:", "Read the full
 * report:": a sentence s[0..n) (its colon cut) that ends with a
 * determiner and a genre label introduces the item below it; *cls gets
 * the label's class. */
static int intro_sentence(const char *s, size_t n, dg_class *cls)
{
  static const char *const det[] = {"the", "this", "our", "a", "new", "full", "latest"};
  size_t w, e = n, k;
  int round, np;
  /* the last word or the last two */
  for (round = 0, w = e; round < 2; round++) {
    size_t d, de;
    while (w > 0 && s[w - 1] != ' ')
      w--;
    *cls = label_class(s + w, e - w, &np);
    if (*cls != DG_CLASS_NONE && w > 1) {
      de = w - 1;
      d = de;
      while (d > 0 && s[d - 1] != ' ')
        d--;
      for (k = 0; k < N(det); k++)
        if (word_is(det[k], s + d, de - d))
          return 1;
    }
    if (w < 2)
      break;
    w--; /* the space: one word more */
  }
  return 0;
}

/* "... and on naval strategy. Selected publications:": a bio paragraph
 * whose last sentence heads a list of the person's works. 1 if s[0..n)
 * ends so. */
static int tail_heading(const char *s, size_t n, dg_class *cls)
{
  size_t e = n, b, k;
  if (n < 2 || s[n - 1] != ':')
    return 0;
  e = n - 1;
  b = e > 80 ? e - 80 : 0;
  /* the last sentence: after the last ". " */
  for (k = e; k > b + 1; k--)
    if (s[k - 2] == '.' && s[k - 1] == ' ') {
      b = k;
      break;
    }
  if (k == b + 1 && b > 0)
    return 0; /* more than 80 bytes in that sentence */
  for (k = 0; k < N(list_headings); k++)
    if (list_headings[k].kind == LIST_WORKS && word_is(list_headings[k].h, s + b, e - b))
      return LIST_WORKS;
  return intro_sentence(s + b, e - b, cls) ? LIST_INTRO : 0;
}

/* 1 if line i is a heading of a list of publications; *kind gets what
 * the list is (LIST_*). "◀ Previous episode", "Chapters (selected)",
 * "Cited By", a related-items heading, or a short heading over two or
 * more bulleted lines that carry dates ("Program News" over dated
 * items). */
static int list_heading(const dg_page *pg, size_t i, int *kind)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, k, a = 0;
  *kind = LIST_PLAIN;
  if ((l->flags & DG_LF_PROSE) && !(l->flags & DG_LF_BULLET) && n > 1 && s[n - 1] == ':') {
    dg_class cls;
    int k2 = tail_heading(s, n, &cls);
    if (k2) {
      *kind = k2;
      return 1;
    }
  }
  if ((l->flags & (DG_LF_BLANK | DG_LF_PROSE | DG_LF_BULLET)) || l->nwords == 0 ||
      l->nwords > 6 || n > 60)
    return 0;
  if (l->flags & DG_LF_RELATED) {
    int np;
    label_class(s, n, &np);
    return !np; /* "Related Events", "Related Experts" list no publication */
  }
  /* arrows and marks before the words, a colon or a note after them */
  while (a < n && !dg_is_alnum((unsigned char)s[a]))
    a++;
  while (n > a && (s[n - 1] == ':' || s[n - 1] == ' '))
    n--;
  if (n > a && s[n - 1] == ')') {
    const char *open = memchr(s + a, '(', n - a);
    if (open)
      n = (size_t)(open - s);
    while (n > a && s[n - 1] == ' ')
      n--;
  }
  if (n > a && dg_is_alpha((unsigned char)s[a])) {
    uint64_t m;
    pthread_once(&headings_once, headings_init);
    /* the headings of the text's initial, in table order */
    for (m = headings_ix[dg_to_lower((unsigned char)s[a]) - 'a']; m; m &= m - 1) {
      k = (size_t)__builtin_ctzll(m);
      if (word_is(list_headings[k].h, s + a, n - a)) {
        *kind = list_headings[k].kind;
        return 1;
      }
    }
  }
  if (l->nwords <= 4 && !(l->flags & DG_LF_END_PUNCT)) {
    size_t j = dg_page_next(pg, i), dated = 0;
    for (k = 0; k < 2 && j != DG_NO_LINE && j < pg->footer_start; k++) {
      if ((pg->lines[j].flags & (DG_LF_BULLET | DG_LF_DATE)) == (DG_LF_BULLET | DG_LF_DATE))
        dated++;
      j = dg_page_next(pg, j);
    }
    return dated == 2;
  }
  return 0;
}

/* split_fields(), and a field cut again at runs of two or more spaces:
 * "Title      2023.09.15". */
static size_t split_record_line(const dg_page *pg, size_t i, field *out, size_t max)
{
  const dg_line *l = &pg->lines[i];
  field tmp[24];
  size_t nt = split_fields(l->content, pg->text + l->content, l->end - l->content, tmp, 24, i);
  size_t k, nf = 0;
  for (k = 0; k < nt && nf < max; k++) {
    const char *s = pg->text + tmp[k].start;
    size_t n = tmp[k].len, a = 0, j;
    for (j = 0; j + 1 < n && nf < max; j++)
      if (s[j] == ' ' && s[j + 1] == ' ') {
        out[nf].start = tmp[k].start + a;
        out[nf].len = j - a;
        out[nf].line = i;
        nf++;
        while (j < n && s[j] == ' ')
          j++;
        a = j;
      }
    if (nf < max && n > a) {
      out[nf].start = tmp[k].start + a;
      out[nf].len = n - a;
      out[nf].line = i;
      nf++;
    }
  }
  return nf;
}

/* 1 if line j starts with an item number: "3  Title", "4. Title". Each
 * such line is an item of its own. */
static int numbered(const dg_page *pg, size_t j)
{
  const char *s = pg->text + pg->lines[j].content;
  size_t n = pg->lines[j].end - pg->lines[j].content, k = 0;
  while (k < n && k < 3 && dg_is_digit((unsigned char)s[k]))
    k++;
  return k > 0 && k + 1 < n && (s[k] == '.' || s[k] == ')' || (s[k] == ' ' && s[k + 1] == ' '));
}

/* 1 if line j ends a headed list: another heading, a bio, prose that is
 * not an item's teaser, a menu without a date. */
static int list_stop(const dg_page *pg, size_t j)
{
  const dg_line *l = &pg->lines[j];
  int kind;
  if (list_heading(pg, j, &kind))
    return 1;
  if (l->flags & (DG_LF_ABOUT | DG_LF_COPYRIGHT | DG_LF_SHARE))
    return 1;
  /* "Authors" over the page's own authors */
  if ((l->flags & DG_LF_BYLINE) && l->nwords <= 2)
    return 1;
  /* "Summary", "Speakers:"; not "Overview: A Chapter's Title" */
  if ((l->flags & (DG_LF_SECTION | DG_LF_ROLE)) && l->nwords <= 4) {
    const char *colon = memchr(pg->text + l->content, ':', l->end - l->content);
    if (!colon || colon + 1 >= pg->text + l->end)
      return 1;
  }
  if ((l->flags & DG_LF_PROSE) && !(l->flags & DG_LF_BULLET))
    return 1;
  return (l->flags & DG_LF_NAV) && !(l->flags & DG_LF_DATE) && !label_fields(pg, j);
}

/* ---------------------------------------------------------------- citations */

/* 1 if the curly quote E2 80 `last` (9C opening, 9D closing) is at s[i]
 * of s[0..n): dg_at() without the call, as citations are read byte by
 * byte. */
static int curly_at(const char *s, size_t n, size_t i, unsigned char last)
{
  return i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
         (unsigned char)s[i + 2] == last;
}

/* The quoted title of a citation in s[0..n): after a straight or curly
 * opening quote at a word's start, up to its closing quote; two words or
 * more. Sets [*a, *b) to the text inside and *after past the closing
 * quote. Returns 1 if found. */
static int quoted_title(const char *s, size_t n, size_t *a, size_t *b, size_t *after)
{
  size_t i, j;
  for (i = 0; i + 3 < n; i++) {
    size_t ql = s[i] == '"' ? 1 : curly_at(s, n, i, 0x9C) ? 3 : 0;
    if (!ql || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '('))
      continue;
    /* a title is short: an unclosed quote does not send every opening
     * quote of a long line to its end */
    for (j = i + ql; j < n && j < i + ql + 400; j++)
      if (s[j] == '"' || curly_at(s, n, j, 0x9D))
        break;
    if (j >= n || j >= i + ql + 400 || !memchr(s + i + ql, ' ', j - i - ql) || j - i - ql < 4)
      return 0;
    *a = i + ql;
    *b = j;
    *after = j + (s[j] == '"' ? 1 : 3);
    return 1;
  }
  return 0;
}

/* 1 if s[0..n) is one capitalised word: a surname written first. */
static int surname_part(const char *s, size_t n)
{
  return n >= 2 && !memchr(s, ' ', n) && cap_at(s, n, 0) && s[n - 1] != '.';
}

/* 1 if s[0..n) holds only given names and initials ("Helen", "Tomas K.",
 * "H. M."), one of them an initial or a known given name: the second
 * half of a name written surname first. */
static int given_part(const dg_gazetteer *gz, const char *s, size_t n)
{
  size_t i = 0, words = 0;
  int known = 0;
  while (i < n) {
    size_t e = i;
    while (e < n && s[e] != ' ')
      e++;
    if (!cap_at(s, n, i) || ++words > 3)
      return 0;
    if ((e - i <= 2 && s[e - 1] == '.') || (e - i == 4 && s[i + 1] == '.' && s[e - 1] == '.') ||
        dg_gazetteer_given_name(gz, s + i, e - i))
      known = 1;
    i = e;
    while (i < n && s[i] == ' ')
      i++;
  }
  return words > 0 && known;
}

/* "Marsh, Helen" (parts p and g of s): a name written surname first.
 * Adds "Helen Marsh" (the written form kept) as the author of `item`. */
static void inverted_name(dg_page *pg, size_t base, const char *s, dg_part p, dg_part g,
                          size_t item, const char *rule)
{
  char *buf = xasprintf("%.*s %.*s", (int)g.len, s + g.start, (int)p.len, s + p.start);
  size_t e = g.start + g.len, id;
  dg_name nm;
  dg_name_init(&nm);
  if (dg_name_parse(pg->gz, buf, strlen(buf), DG_NAME_SHAPE, &nm) && nm.words >= 2) {
    free(nm.written);
    nm.written = xstrndup(s + p.start, e - p.start);
    id = dg_people_add(pg->people, &nm, dg_span_at(base + p.start, e - p.start), DG_PS_CITATION,
                       rule);
    dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(base + p.start, e - p.start),
                     rule);
  }
  dg_name_release(&nm);
  free(buf);
}

/* The authors of a citation, s[0..n) at page offset base, in any of the
 * usual orders: "Helen Marsh and Tomas Berg", "Marsh, Helen & Berg,
 * Tomas K.", "Marsh, H., & Berg, T. K." and "Marsh, Helen, Tomas Berg, and
 * Lena Krause" (the first name written surname first). A one-word part
 * followed by given names or initials is one name, surname first. */
static void cite_authors(dg_page *pg, size_t base, const char *s, size_t n, size_t item,
                         const char *rule)
{
  dg_part parts[64];
  size_t np = dg_name_split(s, n, parts, 64), k;
  if (np > 64)
    np = 64;
  for (k = 0; k < np; k++) {
    if (k + 1 < np && surname_part(s + parts[k].start, parts[k].len) &&
        given_part(pg->gz, s + parts[k + 1].start, parts[k + 1].len)) {
      inverted_name(pg, base, s, parts[k], parts[k + 1], item, rule);
      k++;
      continue;
    }
    add_names(pg, base + parts[k].start, parts[k].len, item, DG_P_AUTHOR, DG_PS_CITATION, rule,
              NULL, 0);
  }
}

/* A publisher the gazetteer knows, named alone in a citation's field
 * after the venue ("..., Journal of Harbor Economics, Gull Press, vol.
 * 3"), where the organization scan reads it as part of the venue: adds
 * its mention. Returns 1 if it is one. */
static int known_publisher(dg_page *pg, size_t start, size_t len)
{
  char *form;
  long v;
  int ok = 0;
  if (len > 80)
    return 0;
  form = xstrndup(pg->text + start, len);
  if (dg_matcher_lookup(dg_gazetteer_orgs(pg->gz), form, &v) && v >= 0 &&
      dg_gazetteer_org(pg->gz, (size_t)v) &&
      dg_gazetteer_org(pg->gz, (size_t)v)->kind == DG_ORG_PUBLISHER) {
    dg_orgs_add_name(pg->orgs, pg, start, len);
    ok = 1;
  }
  free(form);
  return ok;
}

/* "vol. 12(C)", "No. 3", "pp. 7–15", "9:2": a field of a journal
 * citation after the venue. */
static int journal_field(const char *s, size_t n)
{
  return dg_has_word(s, n, "vol") || dg_has_word(s, n, "no") || dg_has_word(s, n, "pp") ||
         dg_has_word(s, n, "issue") || dg_has_word(s, n, "volume") || journal_citation(s, n);
}

/* Where the authors of a citation end, before its quoted title (the
 * text inside the quotes starts at s[a]) and the year: "Marsh, Helen,
 * 2031. \"", "Helen Marsh and Tomas Berg, “". Sets *d and *have when a year
 * is there. */
static size_t cite_authors_end(const char *s, size_t a, dg_date *d, int *have)
{
  size_t e = a >= 3 && dg_at(s, a, a - 3, "\xE2\x80\x9C") ? a - 3 : a > 0 ? a - 1 : 0;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '.' || s[e - 1] == ')'))
    e--;
  if (e >= 4 && dg_year_find(s + e - 4, 4, d)) {
    *have = 1;
    e -= 4;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '('))
      e--;
  }
  return e;
}

/* "Cite as: Helen Marsh and Tomas Berg, “Harbor Relations: TITLE,” ...",
 * "Suggested citation: ...": the page's own item cited; when the header
 * names no author, the citation does. The quoted title must hold the
 * page's title. Returns how many authors were added to `item`. */
static size_t own_citation(dg_page *pg, const dg_pageinfo *info, size_t item)
{
  static const char *const cues[] = {"cite as:", "suggested citation:", "citation:",
                                     "how to cite this article:", "to cite this article:"};
  size_t i, k;
  char *key;
  if (!info->title.text)
    return 0;
  key = dg_text_key(info->title.text, strlen(info->title.text));
  for (i = 0; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, a, b, after, e;
    dg_date d;
    int have = 0;
    if (l->zone == DG_ZONE_LISTING || n > 1000)
      continue;
    for (k = 0; k < N(cues); k++)
      if (n > strlen(cues[k]) && strncasecmp(s, cues[k], strlen(cues[k])) == 0)
        break;
    if (k == N(cues) || !quoted_title(s, n, &a, &b, &after))
      continue;
    {
      char *qk = dg_text_key(s + a, b - a);
      int same = *key && strstr(qk, key) != NULL;
      free(qk);
      if (!same)
        continue;
    }
    e = cite_authors_end(s, a, &d, &have);
    a = strlen(cues[k]);
    while (a < e && s[a] == ' ')
      a++;
    if (e > a) {
      size_t before = dg_people_n_mentions(pg->people);
      cite_authors(pg, l->content + a, s + a, e - a, item, "own-citation-author");
      free(key);
      return dg_people_n_mentions(pg->people) - before;
    }
  }
  free(key);
  return 0;
}

/* "Marsh, H., & Berg, T. (2031). Ports and the northern powers. Journal
 * of Harbor Economics, 12(3), 7-15.": the authors, the year in
 * parentheses, the title as a sentence, the venue. Sets the title
 * [*a, *b), *after past its full stop, the authors' end *e and the year
 * *d. Returns 1 if s[0..n) reads so. */
static int apa_title(const char *s, size_t n, size_t *a, size_t *b, size_t *after, size_t *e,
                     dg_date *d)
{
  size_t p, k, words = 1;
  for (p = 1; p + 8 < n && p < 400; p++)
    if (s[p] == '(' && s[p - 1] == ' ' && dg_year_find(s + p + 1, 4, d) && d->start == 0 &&
        (s[p + 5] == ')' || s[p + 5] == ','))
      break;
  if (p + 8 >= n || p >= 400)
    return 0;
  k = p + 5;
  while (k < n && s[k] != ')' && k < p + 40)
    k++;
  if (k + 3 >= n || s[k] != ')' || s[k + 1] != '.' || s[k + 2] != ' ')
    return 0;
  *e = p;
  while (*e > 0 && s[*e - 1] == ' ')
    (*e)--;
  *a = k + 3;
  /* the title ends at the first full stop (or question mark) and space */
  for (k = *a; k + 1 < n && k < *a + 300; k++) {
    if (s[k] == ' ')
      words++;
    if ((s[k] == '.' || s[k] == '?' || s[k] == '!') && s[k + 1] == ' ' && k > *a + 2 &&
        dg_is_alpha((unsigned char)s[k - 1]) && !(k >= *a + 2 && s[k - 2] == ' '))
      break;
  }
  if (k + 1 >= n || k >= *a + 300 || words < 2 || !cap_at(s, n, *a))
    return 0;
  *b = s[k] == '.' ? k : k + 1; /* a question mark belongs to the title */
  *after = k + 1;
  return 1;
}

/* A citation line under a list heading ("Published Versions", "Cited
 * By"): 'Marsh, Helen & Berg, Tomas K., 2031. "Title," Journal of Harbor
 * Economics, Gull Press, vol. 12(C).' or 'Helen Marsh and Tomas Berg,
 * “Title,” Harbor Connections, Vol. 4, No. 3, June 2030, pp. 7–15.'
 * The title in quotes; before it the authors and the year; after it the
 * venue (a journal venue, or volume and page fields, make a journal
 * article), the publisher (an organization) and the most specific date.
 * Returns 1 if line i is one. */
static int cite_record(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t i,
                       const rec_opts *o)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, a, b, after, e, k, item, pub = DG_NO_ORG, venue = 0;
  dg_date d, x;
  int have = 0, year_only = 1, journal = 0;
  char *t;
  dg_span sp;
  if (n > 1000)
    return 0;
  if (quoted_title(s, n, &a, &b, &after))
    e = cite_authors_end(s, a, &d, &have);
  else if (apa_title(s, n, &a, &b, &after, &e, &d))
    have = 1;
  else
    return 0;
  /* the venue and what follows it, field by field */
  for (k = after; k < n;) {
    size_t fe = k, fs;
    while (k < n && (s[k] == ',' || s[k] == ' ' || s[k] == '.'))
      k++;
    fs = k;
    fe = k;
    while (fe < n && !(s[fe] == ',' && fe + 1 < n && s[fe + 1] == ' '))
      fe++;
    while (fe > fs && (s[fe - 1] == '.' || s[fe - 1] == ' '))
      fe--;
    if (fe > fs) {
      size_t m = dg_orgs_first_in(pg->orgs, l->content + fs, fe - fs);
      if (journal_field(s + fs, fe - fs))
        journal = 1;
      else if (dg_date_find(s + fs, fe - fs, &x) && x.month) {
        d = x;
        have = 1;
        year_only = 0;
      } else if (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == l->content + fs) {
        if (pub == DG_NO_ORG)
          pub = m;
      } else if (venue && pub == DG_NO_ORG && known_publisher(pg, l->content + fs, fe - fs)) {
        pub = dg_orgs_first_in(pg->orgs, l->content + fs, fe - fs);
      } else if (!venue && fs == k && dg_is_upper((unsigned char)s[fs])) {
        venue = 1;
        journal |= journal_venue(s + fs, fe - fs);
      } else if (!have && fe - fs == 4 && dg_year_find(s + fs, 4, &x)) {
        d = x;
        have = 1;
      }
    }
    k = fe < n ? fe + 1 : n;
  }
  if (!venue && pub == DG_NO_ORG)
    return 0;
  t = dg_title_clean(s + a, b - a);
  {
    size_t tl = strlen(t);
    while (tl > 0 && (t[tl - 1] == ',' || t[tl - 1] == '.'))
      t[--tl] = '\0';
  }
  sp = dg_span_at(l->content + a, b - a);
  item = listed_entity(pg, f, info, t, sp, have ? &d : NULL);
  if (item == (size_t)-1) {
    free(t);
    return 1; /* the page's own item, cited */
  }
  dg_facts_set_class(f, item, journal ? DG_CLASS_JOURNAL_ARTICLE : DG_CLASS_REPORT);
  dg_facts_add_literal(f, item, DG_P_TITLE, t, DG_DT_STRING, sp, "cited-item-title");
  dg_facts_add_ref(f, pg->doc, DG_P_LISTS, item, sp, "cited-item");
  if (info->main_pub != (size_t)-1)
    dg_facts_add_ref(f, info->main_pub, DG_P_RELATED_TO, item, sp, "cited-item");
  if (have) {
    char lex[11];
    dg_datatype dt;
    if (year_only)
      d.month = d.day = 0;
    dt = dg_date_format(&d, lex);
    dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, dt, sp, "cited-item-date");
  }
  if (pub != DG_NO_ORG) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, pub);
    size_t oe = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len),
                               "cited-item-publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, oe, dg_span_at(om->start, om->len),
                     "cited-item-publisher");
  }
  if (e > 0)
    cite_authors(pg, l->content, s, e, item, "cited-item-author");
  else if (o->subject_len) /* a person's list of works */
    add_names(pg, o->subject, o->subject_len, item, DG_P_AUTHOR, DG_PS_BIO, "listed-work-author",
              NULL, 0);
  free(t);
  return 1;
}

/* The person whose works a list under heading h names, on a profile or
 * a speaker's page (its heading is a person's name) or under a heading
 * that ends a bio paragraph: the name that opens a bio sentence ("NAME
 * is ...") in the last paragraphs above the list, else the page's heading.
 * Sets the name's text span; *len stays 0 when none. */
static void works_subject(const dg_page *pg, const dg_pageinfo *info, size_t h, size_t *start,
                          size_t *len)
{
  static const char *const verbs[] = {" is ", " was ", " has ", " serves ", " heads ",
                                      " leads ", " directs ", " teaches ", " works "};
  size_t i, paras = 0, ts = 0, tl = 0;
  int tail = (pg->lines[h].flags & DG_LF_PROSE) != 0;
  dg_name nm;
  dg_name_init(&nm);
  if (info->title.line != DG_NO_LINE) {
    const dg_line *l = &pg->lines[info->title.line];
    if (dg_name_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm) &&
        nm.words >= 2 && nm.words <= 5 && (nm.known_given || nm.honorific)) {
      ts = l->content + nm.start;
      tl = nm.len;
    }
  }
  if (!tl && !tail && !info->is_profile) {
    dg_name_release(&nm);
    return;
  }
  *start = ts;
  *len = tl;
  for (i = h + 1; i-- > pg->header_end && paras < 3;) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, k, v;
    if (!(l->flags & DG_LF_PROSE))
      continue;
    paras++;
    for (k = 0; k < n && k < 60; k++)
      for (v = 0; v < N(verbs); v++)
        if (dg_at(s, n, k, verbs[v])) {
          if (dg_name_parse(pg->gz, s, k, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 5) {
            *start = l->content + nm.start;
            *len = nm.len;
            dg_name_release(&nm);
            return;
          }
          k = n; /* only the first verb of the sentence */
          break;
        }
  }
  dg_name_release(&nm);
}

/* 1 if line e, a sentence of running text right under an item's line
 * (no blank between), is the item's teaser rather than the text after
 * the list. */
static int teaser_under(const dg_page *pg, size_t e)
{
  const dg_line *l = &pg->lines[e];
  return e > 0 && (l->flags & DG_LF_PROSE) && !(l->flags & (DG_LF_ABOUT | DG_LF_COPYRIGHT)) &&
         !(pg->lines[e - 1].flags & (DG_LF_BLANK | DG_LF_PROSE)) && l->nwords <= 80;
}

/* The items under list heading h: one per bulleted line (with the lines
 * under it), else one per block of lines. Stops at the first block that
 * is no item. */
static void headed_list(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t h, int kind,
                        record *r)
{
  size_t j = dg_page_next(pg, h), count = 0;
  dg_date issue;
  size_t dline;
  rec_opts o;
  dg_span hosts[4];
  o.contents = kind == LIST_CONTENTS;
  o.headed = 1;
  o.issue_date = NULL;
  /* a news site's or a blog's other items are articles whatever the
   * page's own genre; a profile's list holds papers */
  o.default_cls = info->title.text && info->is_pub ? DG_CLASS_ARTICLE : DG_CLASS_REPORT;
  /* a press's page about a book lists its other books */
  if (info->is_pub && info->pub_class == DG_CLASS_BOOK)
    o.default_cls = DG_CLASS_BOOK;
  if (kind == LIST_ISSUE && info->title.text && pub_date(pg, info, &issue, &dline))
    o.issue_date = &issue;
  o.subject = o.subject_len = 0;
  if (kind == LIST_WORKS && !info->is_pub)
    works_subject(pg, info, h, &o.subject, &o.subject_len);
  /* the episodes of one show share its hosts */
  o.hosts = hosts;
  o.n_hosts = kind == LIST_EPISODES ? podcast_hosts(pg, hosts, 4) : 0;
  /* "... appear in our new brief:": one item of the genre named,
   * known by its fields */
  o.need_fields = kind == LIST_INTRO;
  if (kind == LIST_INTRO) {
    const dg_line *l = &pg->lines[h];
    tail_heading(pg->text + l->content, l->end - l->content, &o.default_cls);
  }
  while (j != DG_NO_LINE && j < pg->footer_start && count < 64 && !list_stop(pg, j)) {
    size_t e = j;
    int bullet = (pg->lines[j].flags & DG_LF_BULLET) != 0;
    /* a citation is one line: the next may be another */
    if (cite_record(pg, info, f, j, &o)) {
      count++;
      j = dg_page_next(pg, j);
      continue;
    }
    r->nf = 0;
    do {
      r->nf += split_record_line(pg, e, r->f + r->nf, N(r->f) - r->nf);
      e++;
    } while (e < pg->footer_start && !(pg->lines[e].flags & (DG_LF_BLANK | DG_LF_BULLET)) &&
             (!list_stop(pg, e) || teaser_under(pg, e)) && !label_start(pg, e) &&
             !numbered(pg, e) && e < j + 8);
    /* a bulleted item takes the lines under it; a block ends at a blank */
    (void)bullet;
    if (!make_record(pg, info, f, r, &o))
      break;
    count++;
    if (kind == LIST_INTRO)
      break;
    j = dg_page_next(pg, e - 1);
  }
}

static void headed_lists(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i = info->title.line != DG_NO_LINE ? pg->header_end : 0;
  record rec, *r = &rec; /* on the stack: one per page and pass */
  int kind;
  memset(r, 0, sizeof *r);
  for (; i < pg->footer_start; i++)
    if (list_heading(pg, i, &kind))
      headed_list(pg, info, f, i, kind, r);
}

static void prose_items(dg_page *pg, dg_pageinfo *info, dg_facts *f);

void dg_extract_listings(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i = info->title.line != DG_NO_LINE ? pg->header_end : 0;
  record rec, *r = &rec; /* on the stack: one per page and pass */
  int contents = 0;
  memset(r, 0, sizeof *r);
  while (i < pg->footer_start) {
    const dg_line *l = &pg->lines[i];
    size_t j, start_indent;
    int in_listing = l->zone == DG_ZONE_LISTING, by_label;
    if ((l->flags & DG_LF_BLANK) || (l->flags & DG_LF_RELATED)) {
      if (l->flags & DG_LF_RELATED)
        contents = 0;
      i++;
      continue;
    }
    if ((l->flags & DG_LF_SECTION) && l->nwords <= 3) {
      contents = dg_page_line_starts(pg, i, "contents") ||
                 dg_page_line_starts(pg, i, "table of contents");
      i++;
      continue;
    }
    by_label = label_start(pg, i);
    if (!by_label && !(in_listing && !(l->flags & DG_LF_PROSE))) {
      i++;
      continue;
    }
    /* one record: this line and what belongs to it */
    r->nf = 0;
    start_indent = l->indent;
    r->nf += split_fields(l->content, pg->text + l->content, l->end - l->content, r->f + r->nf,
                          N(r->f) - r->nf, i);
    j = i + 1;
    while (j < pg->footer_start) {
      const dg_line *m = &pg->lines[j];
      if (m->flags & DG_LF_BLANK) {
        size_t nx = dg_page_next(pg, j);
        /* a record goes on after a blank line only when indented under
         * its first line */
        if (nx == DG_NO_LINE || nx >= pg->footer_start || pg->lines[nx].indent <= start_indent)
          break;
        j++;
        continue;
      }
      if (label_start(pg, j) && m->indent <= start_indent + 1)
        break;
      if ((m->flags & (DG_LF_RELATED | DG_LF_ROLE | DG_LF_SECTION | DG_LF_ABOUT)) && m->nwords <= 4)
        break;
      if (in_listing && !by_label && (m->flags & DG_LF_BULLET) && m->indent <= start_indent)
        break;
      if (m->indent < start_indent)
        break;
      r->nf += split_fields(m->content, pg->text + m->content, m->end - m->content, r->f + r->nf,
                            N(r->f) - r->nf, j);
      j++;
    }
    {
      rec_opts o = {0, 0, NULL, DG_CLASS_NONE, 0, 0, NULL, 0, 0};
      o.contents = contents && in_listing;
      make_record(pg, info, f, r, &o);
    }
    i = j > i ? j : i + 1;
  }
  if (info->is_pub)
    toc_blocks(pg, info, f);
  headed_lists(pg, info, f);
  prose_items(pg, info, f);
}

/* ---------------------------------------------------------------- bio books */

/* The cues that introduce a book or report in a bio, lower case. */
static const char *const book_cues[] = {
  "most recent book is ", "latest book is ", "new book is ", "recent book is ",
  "most recent book, ", "latest book, ", "new book, ", "books include ", "book is ",
  "author of ", "co-author of ", "coauthor of ", "editor of ", "co-editor of ",
  "his book ", "her book ", "their book ", "the book ", "latest book ", "new book ",
};

/* The book cues by their initial letter, in table order: a book cue is
 * looked for at every word of every bio and paragraph. The word's first
 * letter leaves at most three cues, and their first four bytes, compared
 * at once, nearly always settle those. */
typedef struct cue_index {
  signed char head[26];           /* first cue with this initial, -1 if none */
  signed char next[N(book_cues)]; /* the next cue with the same initial */
  uint32_t head4[N(book_cues)];   /* its first four bytes (lower4()) */
} cue_index;

/* The four bytes at s[0..4), lower-cased, in one word. */
static inline uint32_t lower4(const char *s)
{
  return (uint32_t)dg_to_lower((unsigned char)s[0]) |
         (uint32_t)dg_to_lower((unsigned char)s[1]) << 8 |
         (uint32_t)dg_to_lower((unsigned char)s[2]) << 16 |
         (uint32_t)dg_to_lower((unsigned char)s[3]) << 24;
}

static void book_cue_index(cue_index *ix)
{
  signed char *tail[26];
  size_t k;
  for (k = 0; k < 26; k++) {
    ix->head[k] = -1;
    tail[k] = &ix->head[k];
  }
  for (k = 0; k < N(book_cues); k++) {
    int c = book_cues[k][0] - 'a'; /* every cue starts with a lower-case letter */
    ix->next[k] = -1;
    ix->head4[k] = lower4(book_cues[k]); /* every cue is longer than four bytes */
    *tail[c] = (signed char)k;
    tail[c] = &ix->next[k];
  }
}

static cue_index cues_ix;
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

static void cues_init(void) { book_cue_index(&cues_ix); }

/* The index of the book cues: built once for the process (the cues are
 * constant) and read-only afterwards, so the threads of a map share it. */
static const cue_index *book_cues_ix(void)
{
  pthread_once(&cues_once, cues_init);
  return &cues_ix;
}

/* The first book cue (in the order of book_cues) that starts at s[i] of
 * s[0..n), compared as dg_at_ci() does, or N(book_cues). */
static inline size_t book_cue_at(const cue_index *ix, const char *s, size_t n, size_t i)
{
  int c, k;
  uint32_t h;
  if (i + 4 > n)
    return N(book_cues); /* no room for a cue */
  c = dg_to_lower((unsigned char)s[i]);
  if (!dg_is_lower(c) || ix->head[c - 'a'] < 0)
    return N(book_cues);
  h = lower4(s + i);
  for (k = ix->head[c - 'a']; k >= 0; k = ix->next[k])
    if (ix->head4[k] == h && dg_at_ci(s, n, i, book_cues[k]))
      return (size_t)k;
  return N(book_cues);
}

/* Lower-case words between a cue and the title ("the recently published
 * report"); sets *cls when one names the genre. */
static size_t skip_descriptors(const char *s, size_t n, size_t i, dg_class *cls, int *editor)
{
  static const char *const words[] = {
    "the", "a", "an", "recently", "published", "forthcoming", "new", "latest", "several",
    "books", "book", "report", "reports", "study", "volume", "monograph", "edited",
    "award-winning", "acclaimed", "including", "most", "recent", "numerous", "many",
    "other", "works", "on", "about",
  };
  for (;;) {
    size_t j = i, k;
    int hit = 0;
    while (j < n && dg_is_lower((unsigned char)s[j]))
      j++;
    if (j == i)
      return i;
    for (k = 0; k < N(words); k++)
      if (strlen(words[k]) == j - i && strncmp(words[k], s + i, j - i) == 0) {
        hit = 1;
        if (!strcmp(words[k], "report") || !strcmp(words[k], "study") ||
            !strcmp(words[k], "monograph"))
          *cls = DG_CLASS_REPORT;
        if (!strcmp(words[k], "edited"))
          *editor = 1;
      }
    /* "on", "about": "several books on Nordic trade policy" has no title */
    if (!hit || (j - i == 2 && strncmp(s + i, "on", 2) == 0) ||
        (j - i == 5 && strncmp(s + i, "about", 5) == 0))
      return (size_t)-1;
    i = j;
    while (i < n && s[i] == ' ')
      i++;
  }
}

/* End of a title in a bio: before " (", " was published", ", and, more
 * recently,", the end of the sentence. */
static size_t title_end(const char *s, size_t n, size_t i)
{
  size_t j;
  for (j = i; j < n; j++) {
    if (s[j] == '(' && j > i && s[j - 1] == ' ')
      return j - 1;
    if (s[j] == ';')
      return j;
    if (s[j] == '.' && (j + 1 == n || s[j + 1] == ' ') && j > i + 1 &&
        !dg_is_upper((unsigned char)s[j - 1]))
      return j;
    /* ", about his latest book": the sentence goes on */
    if (s[j] == ',' && j + 2 < n && s[j + 1] == ' ' && dg_is_lower((unsigned char)s[j + 2]) &&
        !dg_at(s, n, j, ", and ") && j > i + 4 && !dg_at(s, n, j - 4, " and,"))
      return j;
    if ((s[j] == ' ' || s[j] == ',') &&
        (dg_at(s, n, j, " was published") || dg_at(s, n, j, " is published") ||
         dg_at(s, n, j, ", which") || dg_at(s, n, j, ", published") ||
         dg_at(s, n, j, " and is ") || dg_at(s, n, j, ", and is ")))
      return j;
  }
  return n;
}

/* The rule names of the books found in a bio and in the prose. */
typedef struct book_rules {
  const char *item, *title, *author, *publisher, *year;
} book_rules;

static const book_rules bio_rules = {"bio-book", "bio-book-title", "bio-book-author",
                                     "bio-book-publisher", "bio-book-year"};
static const book_rules prose_rules = {"prose-book", "prose-book-title", "prose-book-author",
                                       "prose-book-publisher", "prose-book-year"};

static void add_book(dg_page *pg, dg_facts *f, size_t base, const char *s, size_t n, size_t a,
                     size_t b, dg_class cls, int editor, size_t author, const book_rules *rl)
{
  char *t;
  size_t tl, item, after = b;
  dg_span sp;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == ','))
    b--;
  if (b <= a || !dg_title_text_like(s + a, b - a))
    return;
  {
    size_t w = 0, k;
    for (k = a; k < b; k++)
      if (s[k] != ' ' && (k == a || s[k - 1] == ' '))
        w++;
    if (w < 2)
      return;
  }
  /* "associate editor of The Harbor Post": an organization, no title */
  {
    size_t m = dg_orgs_first_in(pg->orgs, base + a, b - a), lead = 0;
    if (b - a > 4 && strncmp(s + a, "The ", 4) == 0)
      lead = 4;
    if (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start <= base + a + lead &&
        (dg_orgs_mention(pg->orgs, m)->len + lead) * 10 >= (b - a) * 6)
      return;
  }
  t = dg_title_clean(s + a, b - a);
  tl = strlen(t);
  if (tl < 6) {
    free(t);
    return;
  }
  sp = dg_span_at(base + a, b - a);
  item = dg_facts_entity(f, DG_KIND_PUBLICATION, t, t, sp, rl->item);
  dg_facts_set_class(f, item, cls);
  dg_facts_add_literal(f, item, DG_P_TITLE, t, DG_DT_STRING, sp, rl->title);
  dg_facts_add_ref(f, pg->doc, DG_P_LISTS, item, sp, rl->item);
  if (author != (size_t)-1)
    dg_people_relate(pg->people, item, editor ? DG_P_EDITOR : DG_P_AUTHOR, author, sp,
                     rl->author);
  /* "(Larchmont Press, 2023)" and "was published by Penfold" */
  while (after < n && (s[after] == ' ' || s[after] == ','))
    after++;
  if (after < n && s[after] == '(') {
    const char *close = memchr(s + after, ')', n - after);
    if (close) {
      size_t pe = (size_t)(close - s), m;
      dg_date y;
      m = dg_orgs_first_in(pg->orgs, base + after, pe - after);
      if (m != DG_NO_ORG) {
        const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
        size_t e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len),
                                  rl->publisher);
        dg_facts_add_ref(f, item, DG_P_PUBLISHER, e, dg_span_at(om->start, om->len),
                         rl->publisher);
      }
      if (dg_year_find(s + after, pe - after, &y)) {
        char lex[11];
        dg_date_format(&y, lex);
        dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, DG_DT_GYEAR,
                             dg_span_at(base + after + y.start, y.len), rl->year);
      }
    }
  } else if (after + 16 < n && strncmp(s + after, "was published by", 16) == 0) {
    size_t e = after + 16, m;
    while (e < n && s[e] != '.')
      e++;
    m = dg_orgs_first_in(pg->orgs, base + after + 16, e - after - 16);
    if (m != DG_NO_ORG) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
      size_t oe = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len),
                                 rl->publisher);
      dg_facts_add_ref(f, item, DG_P_PUBLISHER, oe, dg_span_at(om->start, om->len),
                       rl->publisher);
    }
  }
  free(t);
}

/* 1 if the word that ends right before s[i] (one space between) names
 * a post on a periodical's staff: "associate editor of The Harbor Post"
 * is a job, not a book. */
static int staff_post_before(const char *s, size_t i)
{
  static const char *const w[] = {"associate", "managing", "senior", "deputy", "contributing",
                                  "executive", "founding", "former", "chief", "assistant"};
  size_t e, b, k;
  if (i < 2 || s[i - 1] != ' ')
    return 0;
  e = i - 1;
  b = e;
  while (b > 0 && dg_is_alpha((unsigned char)s[b - 1]) && e - b < 16)
    b--;
  for (k = 0; k < N(w); k++)
    if (strlen(w[k]) == e - b && strncasecmp(w[k], s + b, e - b) == 0)
      return 1;
  return 0;
}

static void books_in(dg_page *pg, dg_facts *f, size_t start, size_t len, size_t author,
                     const book_rules *rl)
{
  const char *s = pg->text + start;
  size_t i;
  const cue_index *ix = book_cues_ix();
  for (i = 0; i < len; i++) {
    size_t k, cl, a, e, p;
    dg_class cls = DG_CLASS_BOOK;
    int editor;
    if (i > 0 && dg_is_alnum((unsigned char)s[i - 1]))
      continue;
    /* the first cue that starts here, if any: the search at this
     * position ends with it, whatever follows */
    k = book_cue_at(ix, s, len, i);
    if (k == N(book_cues))
      continue;
    cl = strlen(book_cues[k]);
    editor = strstr(book_cues[k], "editor") != NULL;
    if (editor && staff_post_before(s, i))
      continue;
    a = skip_descriptors(s, len, i + cl, &cls, &editor);
    if (a == (size_t)-1 || a >= len || !(dg_is_upper((unsigned char)s[a]) ||
                                         (unsigned char)s[a] >= 0xC3 || s[a] == '"' ||
                                         (unsigned char)s[a] == 0xE2))
      continue;
    e = title_end(s, len, a);
    /* "TITLE1 and, more recently, TITLE2" / "TITLE1, and TITLE2" */
    p = a;
    while (p < e) {
      size_t q, next = e, cut = e;
      for (q = p; q + 6 < e; q++) {
        if (dg_at(s, e, q, " and, ") || dg_at(s, e, q, ", and ")) {
          cut = q;
          next = q + 6;
          break;
        }
      }
      add_book(pg, f, start, s, len, p, cut, cls, editor, author, rl);
      if (next >= e)
        break;
      p = next;
      while (p < e && (s[p] == ' ' || s[p] == ','))
        p++;
      /* "more recently, " before the next title */
      while (p < e && dg_is_lower((unsigned char)s[p])) {
        while (p < e && s[p] != ' ')
          p++;
        while (p < e && (s[p] == ' ' || s[p] == ','))
          p++;
      }
    }
    i = e;
  }
}

void dg_extract_bio_books(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t start,
                          size_t len, size_t author)
{
  (void)info;
  books_in(pg, f, start, len, author, &bio_rules);
}

/* ---------------------------------------------------------------- prose */

/* Genre words of a piece named in the prose, lower case. */
static const struct {
  const char *w;
  dg_class cls;
} piece_words[] = {
  {"chapter", DG_CLASS_CHAPTER}, {"chapters", DG_CLASS_CHAPTER},
  {"foreword", DG_CLASS_ESSAY}, {"afterword", DG_CLASS_ESSAY}, {"preface", DG_CLASS_ESSAY},
  {"essay", DG_CLASS_ESSAY}, {"essays", DG_CLASS_ESSAY}, {"article", DG_CLASS_ARTICLE},
  {"articles", DG_CLASS_ARTICLE}, {"op-ed", DG_CLASS_COMMENTARY},
  {"commentary", DG_CLASS_COMMENTARY}, {"column", DG_CLASS_COMMENTARY},
  {"paper", DG_CLASS_REPORT}, {"papers", DG_CLASS_REPORT}, {"report", DG_CLASS_REPORT},
  {"reports", DG_CLASS_REPORT}, {"study", DG_CLASS_REPORT}, {"book", DG_CLASS_BOOK},
};

/* The genre word s[0..n) names, or NONE; with `plural` plural forms
 * count too. */
static dg_class piece_word(const char *s, size_t n, int plural)
{
  size_t k;
  for (k = 0; k < N(piece_words); k++)
    if (strlen(piece_words[k].w) == n && strncasecmp(piece_words[k].w, s, n) == 0 &&
        (plural || piece_words[k].w[n - 1] != 's'))
      return piece_words[k].cls;
  return DG_CLASS_NONE;
}

/* The end of the word at s[i] (a space, a comma, a full stop ... ends
 * it; an apostrophe does not). */
static size_t word_end(const char *s, size_t n, size_t i)
{
  while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != ';' && s[i] != ':' && s[i] != '(' &&
         s[i] != ')' && !(s[i] == '.' && (i + 1 == n || s[i + 1] == ' ')))
    i++;
  return i;
}

/* Length of a possessive "'s" or "’s" ending s[0..n), or 0. */
static size_t possessive_len(const char *s, size_t n)
{
  if (n >= 2 && s[n - 2] == '\'' && s[n - 1] == 's')
    return 2;
  if (n >= 4 && dg_at(s, n, n - 4, "\xE2\x80\x99s"))
    return 4;
  return 0;
}

/* Imperatives that open a sentence before a name ("Read NAME's chapter"). */
static int imperative(const char *s, size_t n)
{
  static const char *const w[] = {"read", "see", "listen", "watch", "download", "order", "buy",
                                  "explore", "find", "get", "visit", "view", "discover"};
  size_t k;
  for (k = 0; k < N(w); k++)
    if (strlen(w[k]) == n && strncasecmp(w[k], s, n) == 0)
      return 1;
  return 0;
}

/* The person named by a run of capitalised words in s[a, b) at page
 * offset base: a possessive place or organization before an office title
 * ("Harborland's President Ana Ruiz") and an imperative that opens the
 * sentence are left out. With `given`, a known given name, an honorific
 * or a title is required. Adds the mention; returns its id or
 * DG_NO_PERSON. */
static size_t person_in(dg_page *pg, size_t base, const char *s, size_t a, size_t b, int given,
                        const char *rule)
{
  dg_name nm;
  size_t id = DG_NO_PERSON, w = word_end(s, b, a);
  if (w < b && (possessive_len(s + a, w - a) || imperative(s + a, w - a))) {
    a = w;
    while (a < b && s[a] == ' ')
      a++;
  }
  if (b <= a)
    return DG_NO_PERSON;
  dg_name_init(&nm);
  if (dg_name_parse(pg->gz, s + a, b - a, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 6 &&
      (!given || nm.known_given || nm.honorific))
    id = dg_people_add(pg->people, &nm, dg_span_at(base + a + nm.start, nm.len), DG_PS_LISTING,
                       rule);
  dg_name_release(&nm);
  return id;
}

/* The run of capitalised words that starts at s[i] (spaces skipped), at
 * most eight words (a name is shorter): its end, before a lower-case word
 * or punctuation. */
static size_t cap_run(const char *s, size_t n, size_t *i)
{
  size_t e, words = 0;
  while (*i < n && s[*i] == ' ')
    (*i)++;
  e = *i;
  while (cap_at(s, n, e) && words++ < 8) {
    size_t w = word_end(s, n, e);
    e = w;
    if (e + 1 < n && s[e] == ' ' && cap_at(s, n, e + 1))
      e++;
    else
      break;
  }
  return e;
}

/* The last person with a known given name (or a title) named in
 * s[from, to): the antecedent of "his"/"her" before a book cue. */
static size_t last_person(dg_page *pg, size_t base, const char *s, size_t from, size_t to)
{
  size_t i = from, found = DG_NO_PERSON, a = 0, b = 0;
  while (i < to) {
    size_t st = i, e;
    if (!cap_at(s, to, i) || (i > from && s[i - 1] != ' ')) {
      i++;
      continue;
    }
    e = cap_run(s, to, &st);
    if (e > st) {
      dg_name nm;
      dg_name_init(&nm);
      if (dg_name_parse(pg->gz, s + st, e - st, DG_NAME_SHAPE, &nm) && nm.words >= 2 &&
          (nm.known_given || nm.honorific)) {
        a = st;
        b = e;
        found = 0;
      }
      dg_name_release(&nm);
    }
    i = e > i ? e : i + 1;
  }
  return found == DG_NO_PERSON ? DG_NO_PERSON
                               : person_in(pg, base, s, a, b, 1, "prose-book-author");
}

/* The start of the sentence that holds s[i] (of a prose line). */
static size_t sentence_start(const char *s, size_t i)
{
  size_t k = i, steps = 0;
  while (k > 1 && steps++ < 600) {
    if ((s[k - 2] == '.' || s[k - 2] == '?' || s[k - 2] == '!') && s[k - 1] == ' ' &&
        cap_at(s, i + 1, k))
      return k;
    k--;
  }
  return k <= 1 ? 0 : k;
}

/* The end of the sentence that holds s[i]: after a full stop, a space
 * and a capital, or the end. */
static size_t sentence_stop(const char *s, size_t n, size_t i)
{
  for (; i + 2 < n; i++)
    if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' && cap_at(s, n, i + 2))
      return i + 1;
  return n;
}

/* Books named in running text: "about his latest book, TITLE
 * (Publisher, 2028)", "NAME's new book, TITLE", "NAME, author of TITLE".
 * The author is the last person the sentence names before the cue. `ix`
 * is book_cues_ix(). */
static void prose_books(dg_page *pg, dg_facts *f, size_t li, const cue_index *ix)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, i;
  for (i = 0; i < n; i++) {
    size_t k, sb, se, author;
    /* the cues follow a space: go to the next one */
    const char *sp = memchr(s + i, ' ', n - i);
    if (!sp)
      break;
    i = (size_t)(sp - s);
    k = book_cue_at(ix, s, n, i + 1);
    if (k == N(book_cues) || (strstr(book_cues[k], "editor") && staff_post_before(s, i + 1)))
      continue;
    sb = sentence_start(s, i);
    se = sentence_stop(s, n, i + 1);
    author = last_person(pg, l->content, s, sb, i);
    if (author != DG_NO_PERSON)
      books_in(pg, f, l->content + i + 1, se - i - 1, author, &prose_rules);
    i = se;
  }
}

/* The genre of a piece the prose names without a genre word: the last
 * genre word (plural forms too) in the paragraphs above line li and in
 * its own text before `at`, else Article. */
static dg_class context_genre(const dg_page *pg, size_t li, size_t at)
{
  size_t i, q = 0;
  for (i = li + 1; i-- > pg->header_end && q < 4;) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = i == li ? at : l->end - l->content, k;
    dg_class last = DG_CLASS_NONE;
    if (!(l->flags & DG_LF_PROSE))
      continue;
    q++;
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    for (k = 0; k < n; k++) {
      size_t e;
      dg_class c;
      if (!dg_is_alpha((unsigned char)s[k]) || (k > 0 && dg_is_alpha((unsigned char)s[k - 1])))
        continue;
      e = k;
      while (e < n && (dg_is_alpha((unsigned char)s[e]) || s[e] == '-'))
        e++;
      if ((c = piece_word(s + k, e - k, 1)) != DG_CLASS_NONE)
        last = c;
      k = e;
    }
    if (last != DG_CLASS_NONE)
      return last;
  }
  return DG_CLASS_ARTICLE;
}

/* 1 if "his", "her" or "their" and a genre word stand right before the
 * quote at s[q] ("her chapter, “"). */
static int pronoun_before(const char *s, size_t q)
{
  static const char *const w[] = {"his ", "her ", "their "};
  size_t k, b = q > 40 ? q - 40 : 0, e;
  /* back over ", " and the genre word */
  e = q;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == ','))
    e--;
  while (e > b && s[e - 1] != ' ')
    e--;
  for (k = 0; k < N(w); k++) {
    size_t wl = strlen(w[k]);
    if (e >= b + wl && strncasecmp(s + e - wl, w[k], wl) == 0 &&
        (e == wl || s[e - wl - 1] == ' '))
      return 1;
  }
  return 0;
}

/* What a sentence says after a cited title, s[from, to) at page offset
 * base: "in Harbor's Annual Studies (2029)" gives the year and, through
 * the possessive, the organization that publishes the series. */
static void prose_piece_venue(dg_page *pg, dg_facts *f, size_t item, size_t base, const char *s,
                              size_t from, size_t to)
{
  size_t k, in = dg_find_ci(s, to, from, " in ", 0);
  for (k = from; k + 6 <= to; k++) {
    dg_date y;
    if (s[k] == '(' && s[k + 5] == ')' && dg_year_find(s + k + 1, 4, &y)) {
      char lex[11];
      dg_date_format(&y, lex);
      dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, DG_DT_GYEAR,
                           dg_span_at(base + k + 1, 4), "prose-piece-date");
      break;
    }
  }
  if (in < to && in < from + 4) {
    size_t m = dg_orgs_first_in(pg->orgs, base + in + 4, to - in - 4);
    const dg_orgm *om = m != DG_NO_ORG ? dg_orgs_mention(pg->orgs, m) : NULL;
    if (om && om->start == base + in + 4 &&
        possessive_len(s + in + 4, om->len + 2 <= to - in - 4 ? om->len + 2 : 0) +
                possessive_len(s + in + 4, om->len + 4 <= to - in - 4 ? om->len + 4 : 0) >
            0) {
      size_t e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len),
                                "prose-piece-publisher");
      dg_facts_add_ref(f, item, DG_P_PUBLISHER, e, dg_span_at(om->start, om->len),
                       "prose-piece-publisher");
    }
  }
}

/* A piece cited by its quoted title in running text, the title written
 * with its comma inside the quotes: "NAME's chapter, “TITLE,” in SERIES
 * (2029)", "In his foreword, “TITLE,” NAME argued", "In “TITLE,” NAME
 * explained". A genre word before the title, or "In" before it and a
 * person after it, tell a title from a phrase in scare quotes. Adds the
 * listed item; returns where the scan goes on. */
static size_t prose_piece(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t li, size_t q)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, a, b, after, w, we, item, author = DG_NO_PERSON, se, k;
  dg_class cls = DG_CLASS_NONE;
  int in_cue = 0;
  char *t;
  dg_span sp;
  if (!quoted_title(s + q, n - q, &a, &b, &after))
    return q + 1;
  a += q, b += q, after += q;
  /* "lending,”": the comma inside the quotes closes a cited title */
  if (b <= a + 1 || s[b - 1] != ',' || !dg_title_text_like(s + a, b - a - 1))
    return after;
  /* the word before ", “": a genre; "In “": a cited piece */
  we = q;
  while (we > 0 && s[we - 1] == ' ')
    we--;
  if (we >= 2 && dg_at_ci(s, n, we - 2, "in") && (we == 2 || s[we - 3] == ' '))
    in_cue = 1;
  else if (we > 0 && s[we - 1] == ',') {
    w = we - 1;
    while (w > 0 && (dg_is_alpha((unsigned char)s[w - 1]) || s[w - 1] == '-'))
      w--;
    cls = piece_word(s + w, we - 1 - w, 0);
    if (cls != DG_CLASS_NONE) {
      /* "NAME's chapter": the possessor wrote it */
      size_t pe = w, ps;
      while (pe > 0 && s[pe - 1] == ' ')
        pe--;
      if (possessive_len(s, pe)) {
        size_t e = pe - possessive_len(s, pe), words = 0;
        ps = sentence_start(s, e);
        /* the capitalised words before the possessive, up to six */
        k = e;
        while (k > ps && words < 6) {
          size_t ws = k;
          while (ws > ps && s[ws - 1] != ' ')
            ws--;
          if (!cap_at(s, e, ws))
            break;
          k = ws;
          words++;
          if (k == ps)
            break;
          k--; /* the space before the word */
        }
        while (k < e && s[k] == ' ')
          k++;
        author = person_in(pg, l->content, s, k, e, 0, "prose-piece-author");
      }
      in_cue = 1;
    }
  }
  if (!in_cue)
    return after;
  /* a person right after the title: "“TITLE,” NAME explained"; after "In"
   * only a person makes the title a piece's */
  if (author == DG_NO_PERSON) {
    size_t st = after, e = cap_run(s, n, &st);
    if (e > st)
      author = person_in(pg, l->content, s, st, e, 1, "prose-piece-author");
    /* "her chapter, “TITLE,” examines": the person named before */
    if (author == DG_NO_PERSON && cls != DG_CLASS_NONE && pronoun_before(s, q))
      author = last_person(pg, l->content, s, sentence_start(s, q), q);
    if (author == DG_NO_PERSON && cls == DG_CLASS_NONE)
      return after;
  }
  if (cls == DG_CLASS_NONE)
    cls = context_genre(pg, li, q);
  t = dg_title_clean(s + a, b - a - 1);
  sp = dg_span_at(l->content + a, b - a - 1);
  item = listed_entity(pg, f, info, t, sp, NULL);
  if (item != (size_t)-1) {
    dg_facts_set_class(f, item, cls);
    dg_facts_add_literal(f, item, DG_P_TITLE, t, DG_DT_STRING, sp, "prose-piece-title");
    dg_facts_add_ref(f, pg->doc, DG_P_LISTS, item, sp, "prose-piece");
    if (info->main_pub != (size_t)-1)
      dg_facts_add_ref(f, info->main_pub, DG_P_RELATED_TO, item, sp, "prose-piece");
    if (author != DG_NO_PERSON)
      dg_people_relate(pg->people, item, DG_P_AUTHOR, author, sp, "prose-piece-author");
    /* the venue follows the title closely */
    se = sentence_stop(s, n < after + 300 ? n : after + 300, after);
    prose_piece_venue(pg, f, item, l->content, s, after, se);
  }
  free(t);
  return after;
}

/* The first byte c at or after s[from] of s[0..n), or n. */
static size_t next_byte(const char *s, size_t n, size_t from, char c)
{
  const char *p = from < n ? memchr(s + from, c, n - from) : NULL;
  return p ? (size_t)(p - s) : n;
}

/* The first curly opening quote (E2 80 9C) at or after s[from] of
 * s[0..n), or n. */
static size_t next_curly_open(const char *s, size_t n, size_t from)
{
  size_t q;
  for (q = next_byte(s, n, from, '\xE2'); q < n; q = next_byte(s, n, q + 1, '\xE2'))
    if (q + 2 < n && (unsigned char)s[q + 1] == 0x80 && (unsigned char)s[q + 2] == 0x9C)
      return q;
  return n;
}

/* Items named in the running text of the body: books after a cue, and
 * pieces cited by their quoted titles. */
static void prose_items(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i;
  const cue_index *ix = book_cues_ix();
  for (i = pg->header_end; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, q, dq, cq;
    /* running text, or a sentence of show notes ("Read NAME's chapter,
     * ...") that its capitals kept from counting as prose */
    if (!((l->flags & DG_LF_PROSE) || ((l->flags & DG_LF_END_PUNCT) && l->nwords >= 8)) ||
        l->zone != DG_ZONE_BODY)
      continue;
    prose_books(pg, f, i, ix);
    /* each opening quote, straight or curly, in text order; the next of
     * each kind is found with memchr() and kept until q passes it, so
     * the line is read once whatever its quotes */
    dq = next_byte(s, n, 0, '"');
    cq = next_curly_open(s, n, 0);
    for (q = 0; q < n;) {
      if (dq < q)
        dq = next_byte(s, n, q, '"');
      if (cq < q)
        cq = next_curly_open(s, n, q);
      q = dq < cq ? dq : cq;
      if (q >= n)
        break;
      q = prose_piece(pg, info, f, i, q);
    }
  }
}
