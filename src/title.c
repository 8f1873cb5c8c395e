/* title.c - finding the page's main heading.
 *
 * The heading is one of the short lines above the first paragraph. Site
 * names, menus, breadcrumbs, genre labels, dates, bylines and name lists
 * sit there too; what sets the title apart is that the page repeats it
 * (breadcrumb, "Download TITLE", a citation), that a byline or a date
 * follows it, and that it is the longest title-like line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "names.h"
#include "orgs.h"
#include "text.h"
#include "title.h"
#include "xalloc.h"

#define MAX_HEAD_LINES 60

void dg_title_init(dg_title *t)
{
  memset(t, 0, sizeof *t);
  t->line = t->line2 = DG_NO_LINE;
}

void dg_title_release(dg_title *t)
{
  if (!t)
    return;
  free(t->text);
  t->text = NULL;
}

/* Genre and series words that make a short line a label. */
const char *const dg_title_label_words[] = {
  "report", "reports", "article", "articles", "essay", "essays", "commentary",
  "commentaries", "explainer", "explainers", "analysis", "event", "events", "video",
  "videos", "podcast", "podcasts", "publication", "publications", "brief", "briefs",
  "paper", "papers", "research", "insight", "insights", "news", "webinar", "webinars",
  "issue", "volume", "vol", "no", "series", "alert", "blog", "opinion", "op-ed",
  "feature", "features", "multimedia", "interview", "transcript", "book", "books",
};

#define N_LABEL_WORDS (sizeof dg_title_label_words / sizeof *dg_title_label_words)
const size_t dg_title_n_label_words = N_LABEL_WORDS;
typedef char label_words_fit[N_LABEL_WORDS <= 64 ? 1 : -1];

static int count_words(const char *s, size_t len)
{
  int n = 0, in = 0;
  size_t i;
  for (i = 0; i < len; i++) {
    if (s[i] == ' ' || s[i] == '\t')
      in = 0;
    else if (!in) {
      in = 1;
      n++;
    }
  }
  return n;
}

int dg_title_label_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, k;
  if (l->nwords == 0 || n > 200)
    return 0; /* a label is a short line */
  /* "No. 119", "Issue No. 7", "Volume 26" */
  for (k = 0; k + 4 < n; k++)
    if ((dg_at_ci(s, n, k, "No. ") || dg_at_ci(s, n, k, "Vol. ")) &&
        (k == 0 || s[k - 1] == ' ' || s[k - 1] == ',') &&
        dg_is_digit((unsigned char)s[k + (s[k] == 'V' || s[k] == 'v' ? 5 : 4)]))
      return 1;
  if (dg_has_word(s, n, "volume") && (l->flags & DG_LF_DATE || memchr(s, ',', n)))
    return 1;
  if (l->nwords > 4 || memchr(s, ':', n))
    return 0;
  if ((l->flags & DG_LF_ALLCAPS) && l->nwords <= 3)
    return 1;
  {
    /* one pass for all the label words, with the set the mapper built */
    const dg_wordset *set = dg_page_label_words(pg);
    dg_wordset ws;
    if (!set) {
      dg_wordset_init(&ws, dg_title_label_words, N_LABEL_WORDS);
      set = &ws;
    }
    return dg_wordset_scan(set, s, n) != 0;
  }
}

/* 1 if organization mentions cover (nearly) all of line i: a site name or
 * an affiliation line, not a title. */
static int org_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  size_t covered = 0, m, letters = 0, k;
  if (!pg->orgs)
    return 0;
  for (k = l->content; k < l->end; k++)
    if (dg_is_alnum((unsigned char)pg->text[k]) || (unsigned char)pg->text[k] >= 0x80)
      letters++;
  m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
  while (m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs)) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    if (om->start >= l->end)
      break;
    for (k = om->start; k < om->start + om->len && k < l->end; k++)
      if (dg_is_alnum((unsigned char)pg->text[k]) || (unsigned char)pg->text[k] >= 0x80)
        covered++;
    m++;
  }
  /* "GIPRA University, Moscow": an org and a city still make an org line */
  return letters > 0 && covered * 10 >= letters * 6;
}

/* 1 if line i is a list of person names ("Ralph Moss, Tina Holt, ..."). */
static int name_list_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, np, known;
  dg_part parts[64];
  if (l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT))
    return 0;
  np = dg_name_list(pg->gz, s, n, DG_NAME_SHAPE, parts, 64, &known);
  return np > 0 && (known > 0 || np >= 3);
}

/* 1 if line i is a person with an affiliation: "HIRANO Kazuma
 * (Former Deputy Director-General)", "Daria Velikova, GIPRA University". */
static int person_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  dg_part nm, aff;
  dg_name n;
  int ok = 0;
  dg_name_init(&n);
  if (dg_name_affil_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm,
                          &aff, &n) &&
      aff.len > 0 && nm.start == 0 && n.words >= 2 &&
      (n.known_given || n.family_first || n.honorific))
    ok = 1;
  dg_name_release(&n);
  return ok;
}

int dg_title_text_like(const char *s, size_t len)
{
  size_t words, caps = 0, content = 0, i = 0;
  unsigned char c0;
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  if (len < 4 || len > 300)
    return 0;
  c0 = (unsigned char)s[0];
  if (!(dg_is_upper(c0) || dg_is_digit(c0) || c0 >= 0xC3 || c0 == '"' ||
        (c0 == 0xE2 && len > 3)))
    return 0;
  words = (size_t)count_words(s, len);
  if (words < 1 || words > 40)
    return 0;
  if (s[len - 1] == '.' || s[len - 1] == ',' || s[len - 1] == ';' || s[len - 1] == ':')
    return 0;
  while (i < len) {
    size_t j = i;
    while (j < len && s[j] != ' ')
      j++;
    if (j > i && !dg_is_function_word(s + i, j - i)) {
      content++;
      if (dg_is_upper((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC3 ||
          dg_is_digit((unsigned char)s[i]) || s[i] == '"' || (unsigned char)s[i] == 0xE2)
        caps++;
    }
    i = j + 1;
  }
  /* title case, or "Heading: sentence-case subtitle" */
  return caps * 2 >= content || memchr(s, ':', len) != NULL || words <= 3;
}

/* "Date: ...", "Venue: ...": a field of the page, not a title. */
static int field_line(const char *s, size_t n)
{
  static const char *const labels[] = {
    "date", "time", "venue", "location", "place", "where", "when", "format", "speaker",
    "speakers", "chair", "moderator", "register", "registration", "contact", "email", "tel",
    "phone", "price", "cost", "fee", "language", "languages", "audience", "host", "hosts",
    "organizer", "organiser", "tags", "topics", "themes", "keywords", "series", "type",
    "category", "source", "citation", "doi", "isbn", "issn", "published", "updated",
    "posted", "author", "authors", "editor", "editors", "region", "program", "project",
    "programme", "download", "pages", "length", "duration", "dates", "deadline",
  };
  size_t k, c;
  const char *colon;
  /* No label holds a colon, so only a label as long as the text before
   * the line's first colon can match; the longest label has 12 bytes. */
  colon = memchr(s, ':', n < 13 ? n : 13);
  if (!colon)
    return 0;
  c = (size_t)(colon - s);
  for (k = 0; k < sizeof labels / sizeof *labels; k++)
    if (strlen(labels[k]) == c && strncasecmp(s, labels[k], c) == 0)
      return 1;
  return 0;
}

/* name_list_line() of each line, remembered in names[] when it is not
 * NULL (0 unknown, 1 no, 2 yes): the title search asks it of a line as a
 * title and again as the line after one. */
static int name_list_memo(const dg_page *pg, size_t i, unsigned char *names)
{
  if (!names)
    return name_list_line(pg, i);
  if (!names[i])
    names[i] = name_list_line(pg, i) ? 2 : 1;
  return names[i] == 2;
}

static int title_like(const dg_page *pg, size_t i, unsigned char *names);

int dg_title_like(const dg_page *pg, size_t i) { return title_like(pg, i, NULL); }

static int title_like(const dg_page *pg, size_t i, unsigned char *names)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content;
  dg_date d;
  unsigned bad = DG_LF_BLANK | DG_LF_NAV | DG_LF_SHARE | DG_LF_COPYRIGHT | DG_LF_BYLINE |
                 DG_LF_RELATED | DG_LF_ABOUT | DG_LF_PROSE | DG_LF_BULLET | DG_LF_TIME;
  if (l->flags & bad)
    return 0;
  if ((l->flags & DG_LF_SECTION) && l->nwords <= 3)
    return 0;
  if ((l->flags & DG_LF_ROLE) && (l->nwords <= 3 || memchr(s, ':', n)))
    return 0;
  if (dg_page_line_starts(pg, i, "sponsored by") || dg_page_line_starts(pg, i, "hosted by") ||
      dg_page_line_starts(pg, i, "home"))
    return 0;
  if (l->nwords < 2 || l->nwords > 40 || n < 8 || n > 300)
    return 0;
  if (l->flags & DG_LF_END_PUNCT) {
    /* a question mark ends many titles; a full stop ends a sentence */
    if (s[n - 1] == '.' || s[n - 1] == ';')
      return 0;
  }
  if (l->flags & DG_LF_DATE) {
    dg_date_find(s, n, &d);
    if (d.len + 12 >= n)
      return 0;
  }
  if (l->seps >= 2)
    return 0;
  if (field_line(s, n))
    return 0;
  /* a heading in sentence case ("Turkey's foreign policy after the
   * elections") is still a heading when it is short */
  if (!dg_title_text_like(s, n) && !(l->flags & DG_LF_QUOTED) && l->nwords > 14)
    return 0;
  if (dg_title_label_line(pg, i) || org_line(pg, i) || name_list_memo(pg, i, names) ||
      person_line(pg, i))
    return 0;
  return 1;
}

char *dg_title_clean(const char *s, size_t len)
{
  char *q = dg_text_squeeze(s, len), *out;
  size_t n = strlen(q);
  if (n >= 6 && strncmp(q, "\xE2\x80\x9C", 3) == 0 && strcmp(q + n - 3, "\xE2\x80\x9D") == 0) {
    out = dg_text_squeeze(q + 3, n - 6);
    free(q);
    return out;
  }
  if (n >= 2 && q[0] == '"' && q[n - 1] == '"') {
    out = dg_text_squeeze(q + 1, n - 2);
    free(q);
    return out;
  }
  return q;
}

/* Lower-case, squeezed copies of the lines (as dg_text_squeeze() then
 * ASCII lower-casing would give), for finding repeats. All of them live in
 * one allocation, v[0]; free v[0] then v. */
static char **folded_lines(const dg_page *pg)
{
  size_t n = pg->n_lines ? pg->n_lines : 1, i;
  char **v = xcalloc(n, sizeof *v);
  char *buf = xmalloc(pg->len + n + 1), *o = buf;
  for (i = 0; i < pg->n_lines; i++) {
    const char *t = pg->text + pg->lines[i].start;
    size_t len = pg->lines[i].end - pg->lines[i].start, k;
    int space = 0;
    char *line = o;
    v[i] = o;
    for (k = 0; k < len; k++) {
      unsigned char c = (unsigned char)t[k];
      /* every byte of every line passes here: a plain one (above the
       * space, not 0xC2, no space pending) takes the short way */
      if (c > ' ' && c != 0xC2 && !space) {
        *o++ = (char)dg_to_lower(c);
        continue;
      }
      if (dg_is_space(c)) {
        space = 1;
        continue;
      }
      if (c == 0xC2 && k + 1 < len && (unsigned char)t[k + 1] == 0xA0) {
        space = 1; /* U+00A0 no-break space */
        k++;
        continue;
      }
      if (space && o > line)
        *o++ = ' ';
      space = 0;
      *o++ = (char)dg_to_lower(c);
    }
    *o++ = '\0';
  }
  if (!pg->n_lines)
    v[0] = buf;
  return v;
}

/* 1 if the heading's text occurs in another line of the page. */
static int repeated(const dg_page *pg, char **folded, size_t i)
{
  size_t j;
  const char *c = folded[i];
  const char *q = c;
  char *core;
  int found = 0;
  /* compare without surrounding quotes */
  if (strncmp(q, "\xE2\x80\x9C", 3) == 0)
    q += 3;
  core = xstrdup(q);
  {
    size_t n = strlen(core);
    if (n >= 3 && strcmp(core + n - 3, "\xE2\x80\x9D") == 0)
      core[n - 3] = '\0';
  }
  if (strlen(core) >= 12)
    for (j = 0; j < pg->n_lines && !found; j++)
      if (j != i && strstr(folded[j], core))
        found = 1;
  free(core);
  return found;
}

/* What follows a title: a byline, a date, a list of names, a sponsor. */
static int cue_after(const dg_page *pg, size_t i, unsigned char *names)
{
  size_t j = i, k;
  for (k = 0; k < 3; k++) {
    const dg_line *l;
    j = dg_page_next(pg, j);
    if (j == DG_NO_LINE)
      return 0;
    l = &pg->lines[j];
    if (l->flags & (DG_LF_BYLINE | DG_LF_PROSE))
      return (l->flags & DG_LF_BYLINE) != 0;
    if ((l->flags & DG_LF_DATE) && l->nwords <= 10)
      return 1;
    if (name_list_memo(pg, j, names))
      return 1;
    /* a name, and its affiliation on the next line */
    if (j + 1 < pg->n_lines && !(pg->lines[j + 1].flags & DG_LF_BLANK) && org_line(pg, j + 1) &&
        !org_line(pg, j)) {
      dg_name nm;
      int is_name;
      dg_name_init(&nm);
      is_name = dg_name_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE,
                              &nm) && nm.words >= 2;
      dg_name_release(&nm);
      if (is_name)
        return 1;
    }
    if (dg_page_line_starts(pg, j, "sponsored by") || dg_page_line_starts(pg, j, "hosted by"))
      return 1;
  }
  return 0;
}

/* dg_title_like() of each line, remembered: the search below asks about
 * the same lines several times (as a title, as the line after one). The
 * page does not change while the title is searched. 0 unknown, 1 no, 2 yes. */
typedef struct likes {
  const dg_page *pg;
  unsigned char *v;
  unsigned char *names; /* name_list_memo() */
} likes;

static int like(likes *lk, size_t i)
{
  if (!lk->v[i])
    lk->v[i] = title_like(lk->pg, i, lk->names) ? 2 : 1;
  return lk->v[i] == 2;
}

/* 1 if the line after heading line i is its subtitle: title-like, on the
 * very next line, not in capitals or quotes. */
static int subtitle_of(likes *lk, size_t i)
{
  const dg_page *pg = lk->pg;
  size_t nx = i + 1;
  if (!like(lk, i) || nx >= pg->n_lines || (pg->lines[nx].flags & DG_LF_BLANK))
    return 0;
  if ((pg->lines[i].flags & DG_LF_QUOTED) ||
      (pg->lines[nx].flags & (DG_LF_ALLCAPS | DG_LF_QUOTED | DG_LF_ROLE)))
    return 0;
  return like(lk, nx);
}

static size_t find_header_end(const dg_page *pg, size_t title_last)
{
  size_t i;
  for (i = title_last + 1; i < pg->n_lines && i < title_last + 16; i++) {
    const dg_line *l = &pg->lines[i];
    if (l->flags & (DG_LF_PROSE | DG_LF_RELATED | DG_LF_ABOUT | DG_LF_COPYRIGHT))
      return i;
    if ((l->flags & (DG_LF_SECTION | DG_LF_ROLE)) && l->nwords <= 3 && !(l->flags & DG_LF_BYLINE))
      return i;
  }
  return i;
}

int dg_title_find(dg_page *pg, dg_title *t)
{
  size_t i, limit = pg->n_lines, best = DG_NO_LINE;
  double best_score = -1e9;
  char **folded = NULL;
  likes lk;
  dg_title_release(t);
  dg_title_init(t);
  lk.pg = pg;
  lk.v = xcalloc(pg->n_lines ? pg->n_lines : 1, 2);
  lk.names = lk.v + (pg->n_lines ? pg->n_lines : 1);
  /* the region above the first paragraph of prose that follows a
   * possible title (a cookie notice above the masthead is not the text) */
  {
    int seen = 0;
    for (i = 0; i < pg->n_lines && i < MAX_HEAD_LINES; i++) {
      if ((pg->lines[i].flags & DG_LF_PROSE) && seen)
        break;
      if (!(pg->lines[i].flags & DG_LF_PROSE) && like(&lk, i))
        seen = 1;
    }
    limit = i;
  }
  for (i = 0; i < limit; i++) {
    const dg_line *l = &pg->lines[i];
    double score = 0;
    size_t prev, last = i;
    if (!like(&lk, i))
      continue;
    /* the second line of a two-line heading is its subtitle, not a title
     * of its own; the heading is judged by what follows both lines */
    if (i > 0 && !(pg->lines[i - 1].flags & DG_LF_BLANK) && subtitle_of(&lk, i - 1))
      continue;
    if (subtitle_of(&lk, i))
      last = i + 1;
    if (l->nwords >= 3) {
      if (!folded)
        folded = folded_lines(pg);
      if (repeated(pg, folded, i))
        score += 4;
    }
    if (cue_after(pg, last, lk.names))
      score += 3;
    if (l->flags & DG_LF_QUOTED)
      score += 2;
    if (l->flags & DG_LF_TITLECASE)
      score += 1;
    if (l->flags & DG_LF_ALLCAPS)
      score -= 4;
    prev = dg_page_prev(pg, i);
    if (prev != DG_NO_LINE &&
        (dg_title_label_line(pg, prev) || (pg->lines[prev].flags & (DG_LF_NAV | DG_LF_DATE))))
      score += 1;
    score += (l->nwords < 12 ? l->nwords : 12) * 0.25;
    score -= (double)i * 0.02;
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  if (folded) {
    free(folded[0]);
    free(folded);
  }
  if (best == DG_NO_LINE) {
    pg->title_line = DG_NO_LINE;
    pg->header_end = 0;
    dg_page_set_zones(pg);
    free(lk.v);
    return 0;
  }
  t->line = best;
  {
    const dg_line *l = &pg->lines[best];
    size_t nx = best + 1;
    char *main = dg_title_clean(pg->text + l->content, l->end - l->content);
    t->span.start = l->content;
    t->span.len = l->end - l->content;
    /* a two-line heading: the subtitle on the very next line */
    if (subtitle_of(&lk, best)) {
      const dg_line *l2 = &pg->lines[nx];
      char *sub = dg_title_clean(pg->text + l2->content, l2->end - l2->content);
      size_t ml = strlen(main);
      int colon = ml && main[ml - 1] == ':';
      char *joined = xasprintf("%s%s%s", main, colon ? " " : ": ", sub);
      free(main);
      free(sub);
      main = joined;
      t->line2 = nx;
      t->span.len = l2->end - l->content;
    }
    t->text = main;
  }
  free(lk.v);
  pg->title_line = best;
  pg->header_end = find_header_end(pg, t->line2 != DG_NO_LINE ? t->line2 : t->line);
  dg_page_set_zones(pg);
  return 1;
}
