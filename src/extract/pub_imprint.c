/* pub_imprint.c - when, where and by whom an item was published: the
 * page's dates (bylines, breadcrumbs, seasons), its publisher (a wire
 * dateline, "Published by", the site) and the shapes of a journal's
 * venue and imprint. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/pub.h"

/* ---------------------------------------------------------------- dates */

int dg_pub_find_date(const dg_page *pg, size_t i, dg_date *d)
{
  size_t n;
  const char *s = dg_page_line_text(pg, i, &n);
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
    const char *s = dg_page_line_text(pg, i, &n);
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
int dg_pub_pub_date(const dg_page *pg, const dg_pageinfo *info, dg_date *d, size_t *line)
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
    if (rank > best_rank && dg_pub_find_date(pg, i, &x)) {
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
    /* the line right above the title, else the first date of the header;
     * a day's date under the title outranks a month above it (an issue,
     * "September/October 2031 Issue", over the day it went online) */
    size_t prev = dg_page_prev(pg, info->title.line), above = DG_NO_LINE;
    dg_date pd;
    if (prev != DG_NO_LINE && pg->lines[prev].nwords <= 6 && dg_pub_find_date(pg, prev, &pd) &&
        !(pg->lines[prev].flags & DG_LF_COPYRIGHT)) {
      if (pd.day) {
        *d = pd;
        *line = prev;
        return 1;
      }
      above = prev;
    }
    for (i = info->title.line; i < pg->header_end && i < pg->n_lines; i++) {
      const dg_line *l = &pg->lines[i];
      size_t n;
      const char *s = dg_page_line_text(pg, i, &n);
      if ((l->flags & (DG_LF_COPYRIGHT | DG_LF_PROSE)) || dg_has_word(s, n, "note") ||
          dg_has_word(s, n, "updated"))
        continue;
      if (l->nwords <= 12 && dg_pub_find_date(pg, i, d)) {
        if (above != DG_NO_LINE && !d->day)
          break;
        *line = i;
        return 1;
      }
    }
    if (above != DG_NO_LINE) {
      *d = pd;
      *line = above;
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
    const char *s = dg_page_line_text(pg, i, &n);
    static const char *const seasons[] = {"spring", "summer", "autumn", "fall", "winter"};
    size_t k;
    int issue = dg_has_word(s, n, "volume") || dg_has_word(s, n, "vol") || dg_has_word(s, n, "issue");
    if ((l->flags & (DG_LF_COPYRIGHT | DG_LF_PROSE | DG_LF_BLANK)) || i == info->title.line)
      continue;
    for (k = 0; k < DG_COUNT(seasons); k++)
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
    const char *s = dg_page_line_text(pg, i, &n);
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
    const char *s = dg_page_line_text(pg, i, &n);
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

size_t dg_pub_publisher(const dg_page *pg, const dg_pageinfo *info, size_t *span_start)
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
    const char *s = dg_page_line_text(pg, i, &n);
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_BIO || l->zone == DG_ZONE_ROLES)
      continue;
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    /* the footer speaks of the site, not of an item: only its statement
     * of who publishes the site ("Harbour Review is published by ...")
     * names the publisher */
    if (l->zone == DG_ZONE_FOOTER) {
      size_t j, m;
      if (!(l->words & DG_LW(PUBLISHED)))
        continue;
      j = dg_find_ci(s, n, 0, "is published by", 1);
      if (j < n && (m = first_org_after(pg, l->content + j + 15, l->end)) != DG_NO_ORG) {
        *span_start = l->content + j;
        return dg_orgs_mention(pg->orgs, m)->org;
      }
      continue;
    }
    /* every cue starts with one of these four words: skip the line
     * unless one is there */
    if (!(l->words & (DG_LW(FULL) | DG_LW(ORIGINALLY) | DG_LW(FIRST) | DG_LW(PUBLISHED))))
      continue; /* each cue is one of them followed by a space: a whole word */
    for (k = 0; k < DG_COUNT(cues); k++) {
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
            (dg_pub_name_line(pg, prev, 1) || (pg->lines[prev].flags & DG_LF_BYLINE)))
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

/* The lexicon's venue words of a journal (DG_LEX_JOURNAL_VENUE) as a
 * word set: dg_pub_journal_venue() asks all its words of each venue.
 * Built once for the process, read-only afterwards. */
static dg_wordset journal_ws;
static pthread_once_t journal_once = PTHREAD_ONCE_INIT;

static void journal_init(void)
{
  const dg_lex *lx = dg_lexicon(DG_LEX_JOURNAL_VENUE);
  dg_wordset_init(&journal_ws, lx->words, lx->n);
}

/* "Coastal Affairs, 41(2), March 2016, 211–239": a volume(issue). */
int dg_pub_journal_citation(const char *s, size_t n)
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
int dg_pub_date_after_org(const char *s, size_t n, dg_date *d, int *year_only)
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

/* 1 if s[0..n) holds a journal's venue word: an item printed with such a
 * venue is a journal article. */
int dg_pub_journal_venue(const char *s, size_t n)
{
  pthread_once(&journal_once, journal_init);
  return dg_wordset_scan(&journal_ws, s, n) != 0;
}
