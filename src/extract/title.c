/* title.c - finding the page's main heading.
 *
 * The heading is one of the short lines above the first paragraph. Site
 * names, menus, breadcrumbs, genre labels, dates, bylines and name lists
 * sit there too; what sets the title apart is that the page repeats it
 * (breadcrumb, "Download TITLE", a citation), that a byline or a date
 * follows it, and that it is the longest title-like line. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/embedded.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/match.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/title.h"

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
  free(t->key);
  t->key = NULL;
}

/* 1 if line i, a few words in capitals, is the first line of a heading
 * whose second line follows it: "SALT AND STEEL" over "How Ports
 * Changed the North". A label in capitals ("POLICY BRIEF", "ANNUAL
 * LECTURE") names a genre; this line names none, stands apart from what
 * is above, and the line under it is a mixed-case title of its own. */
static int caps_heading(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i], *nx;
  const char *s = pg->text + l->content, *t;
  size_t n = l->end - l->content, tn;
  unsigned bad = DG_LF_BLANK | DG_LF_ALLCAPS | DG_LF_DATE | DG_LF_TIME | DG_LF_BYLINE | DG_LF_NAV |
                 DG_LF_SHARE | DG_LF_ROLE | DG_LF_PROSE | DG_LF_SECTION | DG_LF_RELATED;
  if (l->nwords < 2 || i + 1 >= pg->n_lines || (i > 0 && !(pg->lines[i - 1].flags & DG_LF_BLANK)))
    return 0;
  nx = &pg->lines[i + 1];
  t = pg->text + nx->content;
  tn = nx->end - nx->content;
  if ((nx->flags & bad) || nx->nwords < 3 || !dg_title_text_like(t, tn))
    return 0;
  return !dg_lex_has_word(DG_LEX_GENRE, s, n) && !dg_lex_has_word(DG_LEX_EVENT_GENRE, s, n) &&
         !dg_lex_has_word(DG_LEX_LABEL, s, n) && !dg_lex_has_word(DG_LEX_EVENT_LABEL, s, n) &&
         !dg_lex_has_word(DG_LEX_LISTING_LABEL, s, n);
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
  /* dg_page_init() looked for "volume" in the line (n <= 200 bytes) */
  if ((l->words & DG_LW(VOLUME)) && (l->flags & DG_LF_DATE || memchr(s, ',', n)))
    return 1;
  if (l->nwords > 4 || memchr(s, ':', n))
    return 0;
  if ((l->flags & DG_LF_ALLCAPS) && l->nwords <= 3)
    return !caps_heading(pg, i);
  {
    /* one pass for all the label words, with the set the mapper built */
    const dg_wordset *set = dg_page_label_words(pg);
    dg_wordset ws;
    if (!set) {
      const dg_lex *lx = dg_lexicon(DG_LEX_LABEL);
      dg_wordset_init(&ws, lx->words, lx->n);
      set = &ws;
    }
    return dg_wordset_scan(set, s, n) != 0;
  }
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

/* 1 if s[0..n) opens with the name of a country or territory of two
 * words or more ("Hong Kong", "New Zealand", "Sri Lanka"): a place, not
 * a person's given and family name. */
static int opens_with_place(const dg_page *pg, const char *s, size_t n)
{
  size_t k, words = 0;
  char buf[64];
  for (k = 1; k <= n && k < sizeof buf; k++) {
    long v;
    if (k < n && s[k] != ' ')
      continue;
    /* s[0..k) is the first `words` words */
    if (++words >= 2) {
      size_t e = k;
      /* "Hong Kong's Summer": the place's possessive */
      if (e > 2 && s[e - 1] == 's' && s[e - 2] == '\'')
        e -= 2;
      else if (e > 4 && s[e - 1] == 's' && memcmp(s + e - 4, "\xE2\x80\x99", 3) == 0)
        e -= 4;
      memcpy(buf, s, e);
      buf[e] = '\0';
      if (dg_matcher_lookup(dg_gazetteer_countries(pg->gz), buf, &v) && v != DG_GZ_BLOCK)
        return 1;
    }
    if (words >= 3)
      break;
  }
  return 0;
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
  /* "Name: a remark" is a heading that quotes someone */
  if (dg_name_affil_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm,
                          &aff, &n) &&
      aff.len > 0 && nm.start == 0 && n.words >= 2 &&
      (n.known_given || n.family_first || n.honorific) &&
      !(nm.len < l->end - l->content && pg->text[l->content + nm.len] == ':') &&
      !opens_with_place(pg, pg->text + l->content, nm.len))
    ok = 1;
  dg_name_release(&n);
  return ok;
}

/* The marks that separate the crumbs of a breadcrumb ("Regional ›
 * Pacific Islands", "Media Center > News"). */
static const char *const crumb_marks[] = {
  " \xE2\x80\xBA ", " \xC2\xBB ", " > ", " \xE2\x96\xB8 ", " \xE2\x86\x92 ",
};

/* Length of the crumb mark at s[i], or 0. */
static size_t crumb_mark_at(const char *s, size_t n, size_t i)
{
  size_t k;
  unsigned char c;
  if (s[i] != ' ' || i + 1 >= n)
    return 0;
  /* every mark goes on with one of these bytes after its space */
  c = (unsigned char)s[i + 1];
  if (c != 0xE2 && c != 0xC2 && c != '>')
    return 0;
  for (k = 0; k < DG_COUNT(crumb_marks); k++)
    if (dg_at(s, n, i, crumb_marks[k]))
      return strlen(crumb_marks[k]);
  return 0;
}

/* 1 if line i is a breadcrumb: short crumbs joined by a crumb mark, with
 * no sentence among them. A heading is never written that way. A slash
 * joins crumbs too ("Home / Research / Reports"), but
 * also the halves of a title ("War / Peace"): it counts only twice or
 * more, between crumbs of at most three words. */
static int crumb_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, k, marks = 0, words = 0, slashes = 0, long_crumb = 0;
  if (n > 300 || (l->flags & DG_LF_END_PUNCT))
    return 0;
  for (k = 0; k < n; k++) {
    size_t ml = crumb_mark_at(s, n, k);
    if (!ml && k + 2 < n && s[k] == ' ' && s[k + 1] == '/' && s[k + 2] == ' ') {
      long_crumb |= slashes > 0 && words > 3;
      slashes++;
      words = 0;
      k += 2;
      continue;
    }
    if (ml) {
      /* a crumb of more than six words is a sentence */
      if (words > 6)
        return 0;
      marks++;
      words = 0;
      k += ml - 1;
    } else if (s[k] != ' ' && (k == 0 || s[k - 1] == ' ')) {
      words++;
    }
  }
  if (slashes >= 2 && !long_crumb && words <= 3)
    return 1;
  return marks > 0 && words <= 6;
}

/* Length of a menu separator at s[i] (two or more spaces, " | ", " · ",
 * a crumb mark), or 0. */
static size_t menu_sep_at(const char *s, size_t n, size_t i)
{
  size_t k = i;
  if (s[i] != ' ')
    return 0;
  if (dg_at(s, n, i, " | "))
    return 3;
  if (dg_at(s, n, i, " \xC2\xB7 "))
    return 4;
  if ((k = crumb_mark_at(s, n, i)) != 0)
    return k;
  for (k = i; k < n && s[k] == ' '; k++)
    ;
  return k - i >= 2 ? k - i : 0;
}

/* 1 if line i repeats an item of a menu, or a crumb of a breadcrumb
 * other than its last: a section's name ("Economy & Trade") printed
 * above the heading, not the heading. The last crumb often is the page's
 * own title. */
static int menu_item_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  const char *t = pg->text + l->content;
  size_t tn = l->end - l->content, j, seen = 0;
  if (l->nwords > 6)
    return 0;
  for (j = 0; j < pg->n_lines && seen < 32; j++) {
    const dg_line *m = &pg->lines[j];
    const char *s = pg->text + m->content;
    size_t n = m->end - m->content, a = 0, k;
    int crumbs;
    if (!(m->flags & DG_LF_NAV) || j == i || n > 1000)
      continue;
    seen++;
    crumbs = crumb_line(pg, j);
    for (k = 0; k <= n; k++) {
      size_t sl = k < n ? menu_sep_at(s, n, k) : 0;
      if (k < n && !sl)
        continue;
      /* the segment s[a, k) */
      if (k - a == tn && strncasecmp(s + a, t, tn) == 0 && !(crumbs && k == n))
        return 1;
      if (k == n)
        break;
      k += sl - 1;
      a = k + 1;
    }
  }
  return 0;
}

/* 1 if line i lists persons with their organizations in parentheses:
 * "Ann Vale (Harbor Institute) and Tom Reyes (City University)", the
 * hosts or guests under a heading, not a heading. */
static int names_with_affiliations_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, k, o = 0, np, known;
  int depth = 0, parens = 0, ok;
  char *bare;
  dg_part parts[16];
  if (n > 300 || !memchr(s, '(', n))
    return 0;
  bare = xmalloc(n + 1);
  for (k = 0; k < n; k++) {
    if (s[k] == '(') {
      depth++;
      parens++;
    } else if (s[k] == ')' && depth > 0) {
      depth--;
    } else if (depth == 0) {
      bare[o++] = s[k];
    }
  }
  bare[o] = '\0';
  np = dg_name_list(pg->gz, bare, o, DG_NAME_SHAPE, parts, 16, &known);
  ok = parens > 0 && np > 0 && np <= 16 && known > 0 && (size_t)parens >= np;
  free(bare);
  return ok;
}

/* 1 if s[0..n) is a weekday's name or its abbreviation ("Tue"). */
static int weekday(const char *s, size_t n)
{
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};
  size_t k;
  while (n > 0 && s[n - 1] == '.')
    n--;
  for (k = 0; k < DG_COUNT(days); k++)
    if (n >= 3 && n <= strlen(days[k]) && strncasecmp(days[k], s, n) == 0)
      return 1;
  return 0;
}

/* 1 if the words of s[0..len) outside the date d are a title of their
 * own ("Field Notes March 2021"), not a cue ("Published March 2021") or a
 * weekday: two or more capitalised words, none a date cue. */
static int titled_date_line(const char *s, size_t len, const dg_date *d)
{
  static const char *const cues[] = {
    "published", "posted", "updated", "released", "issued", "date", "dated", "on", "by",
    "last", "from", "until", "to", "and", "news", "issue", "volume", "vol", "no",
  };
  size_t i = 0, words = 0, k;
  while (i < len) {
    size_t j = i;
    if (i >= d->start && i < d->start + d->len) {
      i = d->start + d->len;
      continue;
    }
    while (j < len && s[j] != ' ' && !(j >= d->start && j < d->start + d->len))
      j++;
    if (j > i) {
      size_t wl = j - i;
      while (wl > 0 && (s[i + wl - 1] == ',' || s[i + wl - 1] == ':'))
        wl--;
      if (!wl || !(dg_is_upper((unsigned char)s[i]) || dg_is_digit((unsigned char)s[i])))
        return 0;
      for (k = 0; k < DG_COUNT(cues); k++)
        if (strlen(cues[k]) == wl && strncasecmp(cues[k], s + i, wl) == 0)
          return 0;
      if (weekday(s + i, wl))
        return 0;
      words++;
    }
    i = j + (j < len && s[j] == ' ');
  }
  return words >= 2;
}

/* 1 if line j is a name and the organization it writes for: "Mia Lund,
 * The Harbor Herald", with the organization found in the text. */
static int name_org_line(const dg_page *pg, size_t j)
{
  const dg_line *l = &pg->lines[j];
  dg_part nm, aff;
  dg_name n;
  int ok = 0;
  if (!pg->orgs || l->nwords > 12)
    return 0;
  dg_name_init(&n);
  if (dg_name_affil_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm,
                          &aff, &n) &&
      aff.len > 0 && nm.start == 0 && n.words >= 2 && n.words <= 4 &&
      dg_orgs_first_in(pg->orgs, l->content + aff.start, aff.len) != DG_NO_ORG)
    ok = 1;
  dg_name_release(&n);
  return ok;
}

int dg_title_text_like(const char *s, size_t len)
{
  size_t words = 0, caps = 0, content = 0, i = 0;
  unsigned char c0, last;
  int in = 0, colon = 0;
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  if (len < 4 || len > 300)
    return 0;
  c0 = (unsigned char)s[0];
  if (!(dg_is_upper(c0) || dg_is_digit(c0) || c0 >= 0xC3 || c0 == '"' ||
        (c0 == 0xE2 && len > 3)))
    return 0;
  last = (unsigned char)s[len - 1];
  if (last == '.' || last == ',' || last == ';' || last == ':')
    return 0;
  /* one pass over the text for three counts: the words between spaces
   * (their capitals), the words between spaces or tabs (count_words()),
   * and a colon */
  while (i < len) {
    size_t j = i;
    for (; j < len && s[j] != ' '; j++) {
      if (s[j] == '\t') {
        in = 0;
        continue;
      }
      if (!in) {
        in = 1;
        words++;
      }
      colon |= s[j] == ':';
    }
    in = 0;
    /* no function word is longer than five bytes: the call only for
     * the short words */
    if (j > i && (j - i > 5 || !dg_is_function_word(s + i, j - i))) {
      content++;
      /* a capital, a digit or a quote (a curly one's lead byte is a
       * cap byte) */
      if (dg_is_cap_byte((unsigned char)s[i]) || dg_is_digit((unsigned char)s[i]) || s[i] == '"')
        caps++;
    }
    i = j + 1;
  }
  if (words < 1 || words > 40)
    return 0;
  /* title case, or "Heading: sentence-case subtitle" */
  return caps * 2 >= content || colon || words <= 3;
}

/* A street word of an address, lower case; "-ro", "-gil", "-gu" and
 * "-dong" end the hyphenated street and district names of Korean
 * addresses. */
static int street_word(const char *s, size_t n)
{
  /* with their lengths: this runs for every word of every field that
   * might be an address */
#define W(w) {w, sizeof w - 1}
  static const struct {
    const char *w;
    size_t n;
  } words[] = {
    W("street"), W("avenue"), W("ave"), W("road"), W("rd"), W("boulevard"), W("blvd"),
    W("suite"), W("floor"), W("terrace"), W("strasse"), W(("stra\xC3\x9f" "e")), W("rue"),
    W("platz"), W("plaza"), W("nw"),
  }, ends[] = {W("-ro"), W("-gil"), W("-gu"), W("-dong")};
#undef W
  size_t k;
  for (k = 0; k < DG_COUNT(words); k++)
    if (words[k].n == n && dg_word_is(words[k].w, s, n))
      return 1;
  for (k = 0; k < DG_COUNT(ends); k++)
    if (n > ends[k].n + 1 && dg_word_is(ends[k].w, s + n - ends[k].n, ends[k].n))
      return 1;
  return 0;
}

int dg_title_address_like(const char *s, size_t len)
{
  size_t i = 0, commas = 0, k;
  int number = 0, street = 0, part_digit = 0, part_street = 0;
  /* an address is one short line */
  if (len > 300)
    return 0;
  /* a number and a street both need a digit: without one, commas alone
   * make no address (most titles and teasers end here) */
  for (k = 0; k < len && !dg_is_digit((unsigned char)s[k]); k++)
    ;
  if (k == len)
    return 0;
  while (i < len) {
    size_t j = i, d = 0;
    if (s[i] == ',') {
      commas++;
      part_digit = part_street = 0; /* a new part of the address */
    }
    if (s[i] == ' ' || s[i] == ',') {
      i++;
      continue;
    }
    while (j < len && s[j] != ' ' && s[j] != ',')
      j++;
    while (i + d < j && dg_is_digit((unsigned char)s[i + d]))
      d++;
    /* "03185", "1414", "20F", "11b": a number that is no year */
    if (d > 0) {
      long v = 0;
      for (k = 0; k < d && k < 6; k++)
        v = v * 10 + (s[i + k] - '0');
      if ((d >= 3 && !(d == 4 && v >= 1800 && v <= 2099)) ||
          (d <= 3 && j - i == d + 1 && dg_is_alpha((unsigned char)s[i + d])))
        number = 1;
      part_digit = 1;
    }
    /* a street word counts beside a number: "82 Quay-ro", "Suite 300";
     * not "Belt and Road, Debt, and Sovereignty" */
    if (street_word(s + i, j - i))
      part_street = 1;
    if (part_digit && part_street)
      street = 1;
    i = j;
  }
  return (commas >= 2) + number + street >= 2;
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
    "q", "a", /* an interview's question and answer */
    /* French, German, Spanish */
    "lieu", "adresse", "horaire", "heure", "ort", "datum", "zeit", "uhrzeit", "veranstalter",
    "moderation", "fecha", "hora", "lugar", "sede",
  };
  size_t k, c;
  const char *colon;
  /* No label holds a colon, so only a label as long as the text before
   * the line's first colon can match; the longest label has 12 bytes. */
  colon = memchr(s, ':', n < 13 ? n : 13);
  if (!colon)
    return 0;
  c = (size_t)(colon - s);
  /* "Lieu : ...": French typography spaces the colon */
  while (c > 0 && s[c - 1] == ' ')
    c--;
  for (k = 0; k < DG_COUNT(labels); k++)
    if (dg_word_is(labels[k], s, c))
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

/* "Annual Lecture 2031: The Sea — 21 May 2031, 6:30pm": the length of
 * line i's heading before a trailing dash (or bar) and its date, or the
 * whole content when there is none. */
static size_t dated_tail(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, k;
  if (!(l->flags & (DG_LF_DATE | DG_LF_TIME)) || n > 300)
    return n;
  for (k = 8; k + 3 < n; k++) {
    size_t sep = 0, r;
    dg_date d;
    if (s[k] != ' ')
      continue;
    sep = dg_spaced_dash(s, n, k); /* " - ", " \u2013 ", " \u2014 " */
    if (!sep && s[k + 1] == '|' && s[k + 2] == ' ')
      sep = 3;
    if (!sep)
      continue;
    r = k + sep;
    /* the rest: a date within its first words, and little else */
    if (n - r <= 60 && dg_date_find_ex(s + r, n - r, pg->year, pg->date_flags, &d) && d.day &&
        d.start <= 12)
      return k;
  }
  return n;
}

static int title_like(const dg_page *pg, size_t i, unsigned char *names);

/* 1 if line j is a byline, a list of names or a name with its
 * organization: what follows a heading. */
static int byline_or_author_at(const dg_page *pg, size_t j, unsigned char *names)
{
  const dg_line *l = &pg->lines[j];
  if (l->flags & (DG_LF_PROSE | DG_LF_BLANK))
    return 0;
  return (l->flags & DG_LF_BYLINE) || name_list_memo(pg, j, names) || person_line(pg, j) ||
         name_org_line(pg, j);
}


/* 1 if line i is a short dateline: a date, no sentence ("Posted 2031.03.02
 * Hits 412", "May 4, 2031 | News"). */
static int date_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  return (l->flags & DG_LF_DATE) && !(l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT)) && l->nwords <= 10;
}

/* A heading long enough to read like prose ("Name: “a quoted remark of
 * twenty words”") is still a heading when it stands alone between blank
 * lines, ends without a full stop, and a byline or an author line comes
 * right after it. */
static int prose_heading(const dg_page *pg, size_t i, unsigned char *names)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, nx;
  unsigned char last;
  if (l->nwords > 30 || n > 300 || (l->flags & DG_LF_BULLET))
    return 0;
  last = (unsigned char)s[n - 1];
  if (last == '.' || last == ';' || last == ',' || last == ':')
    return 0;
  if ((i > 0 && !(pg->lines[i - 1].flags & DG_LF_BLANK)) ||
      (i + 1 < pg->n_lines && !(pg->lines[i + 1].flags & DG_LF_BLANK)))
    return 0;
  /* "a … b. C …": two sentences are a paragraph */
  {
    size_t k;
    for (k = 1; k + 2 < n; k++)
      if (s[k] == '.' && s[k + 1] == ' ' && dg_is_upper((unsigned char)s[k + 2]) &&
          dg_is_lower((unsigned char)s[k - 1]))
        return 0;
  }
  nx = dg_page_next(pg, i);
  if (nx != DG_NO_LINE && byline_or_author_at(pg, nx, names))
    return 1;
  /* a news headline: a date line (not a sentence) right above or below;
   * a caption ("[Photo] ...") or a line that carries its own date is the
   * text around a picture or a paragraph, not a headline */
  if (s[0] == '[' || (l->flags & DG_LF_DATE))
    return 0;
  {
    size_t pv = dg_page_prev(pg, i);
    return (pv != DG_NO_LINE && date_line(pg, pv)) || (nx != DG_NO_LINE && date_line(pg, nx));
  }
}

static int title_like(const dg_page *pg, size_t i, unsigned char *names)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, h;
  dg_date d;
  unsigned bad = DG_LF_BLANK | DG_LF_NAV | DG_LF_SHARE | DG_LF_COPYRIGHT | DG_LF_BYLINE |
                 DG_LF_RELATED | DG_LF_ABOUT | DG_LF_PROSE | DG_LF_BULLET | DG_LF_TIME;
  /* "Annual Lecture 2031: The Sea — 21 May 2031, 6:30pm": a heading with
   * its event's date after a dash; the heading is the part before */
  h = dated_tail(pg, i);
  if (h < n)
    return !(l->flags & (DG_LF_BLANK | DG_LF_NAV | DG_LF_SHARE | DG_LF_COPYRIGHT | DG_LF_BYLINE |
                         DG_LF_RELATED | DG_LF_ABOUT | DG_LF_ROLE | DG_LF_BULLET)) &&
           dg_title_text_like(s, h);
  if (l->flags & bad & ~DG_LF_PROSE)
    return 0;
  /* a long heading reads like a sentence; a byline under it tells */
  if ((l->flags & DG_LF_PROSE) && !prose_heading(pg, i, names))
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
    /* a question mark ends many titles; a full stop ends a sentence,
     * unless the line is a capitalised "Heading: Words. In. Fragments." */
    if (s[n - 1] == ';' ||
        (s[n - 1] == '.' && !((l->flags & DG_LF_TITLECASE) && memchr(s, ':', n))))
      return 0;
    /* "Label: value. Label: value.": a line of fields (credits, funding) */
    if (s[n - 1] == '.') {
      const char *c = memchr(s, ':', n);
      if (c && memmem(c + 1, n - (size_t)(c + 1 - s), ": ", 2))
        return 0;
    }
  }
  if (l->flags & DG_LF_DATE) {
    dg_date_find(s, n, &d);
    /* "Summit · Lisbon, 3 May 2024", "Podcast | 4 May 2024": a dateline */
    if (l->seps > 0 || (d.len + 12 >= n && !titled_date_line(s, n, &d)))
      return 0;
  }
  if (l->seps >= 2 || crumb_line(pg, i) || names_with_affiliations_line(pg, i) ||
      menu_item_line(pg, i))
    return 0;
  if (field_line(s, n))
    return 0;
  /* a heading in sentence case ("Turkey's foreign policy after the
   * elections") is still a heading when it is short */
  if (!dg_title_text_like(s, n) && !(l->flags & (DG_LF_QUOTED | DG_LF_PROSE)) && l->nwords > 14)
    return 0;
  if (dg_title_label_line(pg, i) || dg_orgs_line(pg, i) || name_list_memo(pg, i, names) ||
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
/* Eight bytes at a time: ONES and HIGHS are 0x01 and 0x80 in every byte
 * of a word. */
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* 1 unless the eight bytes of x fold to themselves lower-cased: a byte
 * below the space (a tab, a control), 0xC2 (perhaps a no-break space)
 * or two spaces in a row. Each test is exact for the whole word. */
static int swar_special(uint64_t x)
{
  uint64_t c2 = x ^ (ONES * 0xC2), sp = x ^ (ONES * ' '), z;
  if ((((x - ONES * ' ') & ~x) | ((c2 - ONES) & ~c2)) & HIGHS)
    return 1;
  z = ~(((sp & ~HIGHS) + ~HIGHS) | sp | ~HIGHS); /* 0x80 in each space byte */
  return (z & (z >> 8)) != 0;
}

/* x with its bytes A-Z lower-cased (dg_to_lower() of each byte). */
static uint64_t swar_lower(uint64_t x)
{
  uint64_t h = x & ~HIGHS; /* each byte's low seven bits: no carry out */
  uint64_t ge_a = h + ONES * (0x80 - 'A'), gt_z = h + ONES * (0x80 - 'Z' - 1);
  return x | (((ge_a & ~gt_z) & ~x & HIGHS) >> 2);
}

static char **folded_lines(const dg_page *pg)
{
  size_t n = pg->n_lines ? pg->n_lines : 1, i;
  char **v = xcalloc(n, sizeof *v);
  char *buf = xmalloc(pg->len + n + 1), *o = buf;
  for (i = 0; i < pg->n_lines; i++) {
    const char *t = pg->text + pg->lines[i].start;
    size_t len = pg->lines[i].end - pg->lines[i].start, k = 0;
    int space = 0;
    char *line = o;
    v[i] = o;
    while (k < len) {
      unsigned char c;
      /* every byte of every line passes here: eight bytes that fold to
       * themselves lower-cased are copied at once. A space among them is
       * kept as is when a word's byte is on each side of it, so not at
       * the chunk's end (the next byte may be a space too) nor at the
       * line's start, and never while a space is pending. */
      if (!space && k + 8 <= len && t[k + 7] != ' ' && (t[k] != ' ' || o > line)) {
        uint64_t x;
        memcpy(&x, t + k, 8);
        if (!swar_special(x)) {
          x = swar_lower(x);
          memcpy(o, &x, 8);
          o += 8;
          k += 8;
          continue;
        }
      }
      c = (unsigned char)t[k++];
      if (c > ' ' && c != 0xC2 && !space) {
        *o++ = (char)dg_to_lower(c);
        continue;
      }
      if (dg_is_space(c)) {
        space = 1;
        continue;
      }
      if (c == 0xC2 && k < len && (unsigned char)t[k] == 0xA0) {
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

/* The first words of a line of page furniture: "Download article as
 * PDF", "Print this page". */
int dg_title_furniture_line(const dg_page *pg, size_t i)
{
  static const char *const w[] = {"download", "print", "share", "email", "save", "listen", "cite"};
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, a = 0, k;
  /* short, and about the page itself: "Print" alone, "Share this",
   * "Download Article as PDF"; not "Print Media After the Press" */
  if (l->nwords > 6 || (l->nwords > 2 && !dg_has_word(s, n, "pdf") && !dg_has_word(s, n, "this")))
    return 0;
  /* past an icon: "⬇ Download" */
  while (a < n && a < 6 && !dg_is_alpha((unsigned char)s[a]))
    a++;
  for (k = 0; k < DG_COUNT(w); k++)
    if (dg_at_ci(s, n, a, w[k]) &&
        (a + strlen(w[k]) == n || !dg_is_alpha((unsigned char)s[a + strlen(w[k])])))
      return 1;
  return 0;
}

/* What follows a title: a byline, a date, a list of names, a sponsor. */
static int cue_after(const dg_page *pg, size_t i, unsigned char *names)
{
  size_t j = i, k, skipped = 0;
  for (k = 0; k < 3 + skipped; k++) {
    const dg_line *l;
    j = dg_page_next(pg, j);
    if (j == DG_NO_LINE)
      return 0;
    l = &pg->lines[j];
    /* share and print buttons under a heading stand between it and its
     * byline or date; they are not what follows it */
    if (((l->flags & DG_LF_SHARE) || dg_title_furniture_line(pg, j)) && skipped < 4) {
      skipped++;
      continue;
    }
    if (l->flags & (DG_LF_BYLINE | DG_LF_PROSE))
      return (l->flags & DG_LF_BYLINE) != 0;
    if ((l->flags & DG_LF_DATE) && l->nwords <= 10)
      return 1;
    /* a menu between them: what follows it belongs to what follows it */
    if (l->flags & DG_LF_NAV)
      return 0;
    if (name_list_memo(pg, j, names))
      return 1;
    /* a name, and its affiliation on the next line */
    if (j + 1 < pg->n_lines && !(pg->lines[j + 1].flags & DG_LF_BLANK) && dg_orgs_line(pg, j + 1) &&
        !dg_orgs_line(pg, j)) {
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

/* title_like() of each line, remembered: the search below asks about
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

/* Line i folded for comparison into out (cap bytes): ASCII letters and
 * digits lower-cased, other ASCII dropped, other bytes kept. */
static void fold_line(const dg_page *pg, size_t i, char *out, size_t cap)
{
  const dg_line *l = &pg->lines[i];
  size_t k, n = 0;
  for (k = l->content; k < l->end && n + 1 < cap; k++) {
    unsigned char c = (unsigned char)pg->text[k];
    if (c >= 0x80 || dg_is_alnum(c))
      out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[n] = '\0';
}

/* 1 if one of lines i and j holds the other's words: a page title that
 * runs the site's name and the heading together, above the heading. */
static int holds_other(const dg_page *pg, size_t i, size_t j)
{
  char a[512], b[512];
  fold_line(pg, i, a, sizeof a);
  fold_line(pg, j, b, sizeof b);
  return a[0] && b[0] && (strstr(a, b) || strstr(b, a));
}

/* "Commentary by Ada Lind and Tom Berg": a genre word, then "by". */
static int genre_by_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, k;
  for (k = 1; k + 4 < n && k < 40; k++)
    if (s[k - 1] == ' ' && dg_at(s, n, k, "by ") && dg_is_upper((unsigned char)s[k + 3]))
      return l->nwords <= 16;
  return 0;
}

/* 1 if the line after heading line i is its subtitle: title-like, on the
 * very next line, not in capitals or quotes. Neither line is a genre
 * label or page furniture, and neither repeats the other. */
static int subtitle_of(likes *lk, size_t i)
{
  const dg_page *pg = lk->pg;
  size_t nx = i + 1;
  if (!like(lk, i) || nx >= pg->n_lines || (pg->lines[nx].flags & DG_LF_BLANK))
    return 0;
  /* "RESEARCH ARTICLE | JULY 01 2019": a record's fields, no heading */
  if (dg_title_label_line(pg, i) || dg_title_furniture_line(pg, i) || dg_title_furniture_line(pg, nx) ||
      (pg->lines[i].flags & DG_LF_NAV) ||
      ((pg->lines[i].flags & DG_LF_ALLCAPS) && (pg->lines[i].flags & DG_LF_DATE) &&
       pg->lines[i].seps > 0) ||
      ((pg->lines[i].flags | pg->lines[nx].flags) & DG_LF_BYLINE) ||
      genre_by_line(pg, nx) ||
      !like(lk, nx) || holds_other(pg, i, nx))
    return 0;
  /* a dateline ("Annual Summit · Lisbon, 3–5 May 2024") is not a
   * subtitle */
  if ((pg->lines[i].flags & DG_LF_QUOTED) ||
      (pg->lines[nx].flags & (DG_LF_ALLCAPS | DG_LF_QUOTED | DG_LF_ROLE | DG_LF_DATE)))
    return 0;
  return like(lk, nx);
}

/* 1 if a title-like line standing alone between blank lines above line i
 * has the same text. */
static int earlier_copy(likes *lk, char **folded, size_t i)
{
  const dg_page *pg = lk->pg;
  size_t j;
  for (j = 1; j + 1 < i; j++)
    if (!(pg->lines[j].flags & DG_LF_BLANK) && (pg->lines[j - 1].flags & DG_LF_BLANK) &&
        (pg->lines[j + 1].flags & DG_LF_BLANK) && strcmp(folded[j], folded[i]) == 0 &&
        like(lk, j))
      return 1;
  return 0;
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

/* ---------------------------------------------------------------- scoring */

#define DG_TF_NAME_(id, name) name,
static const char *const feature_names[DG_TF__COUNT] = {DG_TITLE_FEATURES(DG_TF_NAME_)};

const char *dg_title_feature_name(size_t k) { return k < DG_TF__COUNT ? feature_names[k] : "?"; }

/* The weights of title-weights.tsv, by feature; a feature the file does
 * not name weighs 0 (the unit tests check that it names every one).
 * Loaded once for the process, read-only afterwards. */
static struct {
  double w[DG_TF__COUNT];
  unsigned char named[DG_TF__COUNT];
} weights;
static pthread_once_t weights_once = PTHREAD_ONCE_INIT;

static void weight_row(char **f, size_t n, void *ud)
{
  size_t k;
  (void)ud;
  if (n < 2)
    return;
  for (k = 0; k < DG_TF__COUNT; k++)
    if (strcmp(f[0], feature_names[k]) == 0) {
      weights.w[k] = strtod(f[1], NULL);
      weights.named[k] = 1;
    }
}

static void weights_load(void) { dg_embedded_rows("title-weights.tsv", weight_row, NULL); }

int dg_title_weight(size_t k, double *w)
{
  pthread_once(&weights_once, weights_load);
  *w = k < DG_TF__COUNT ? weights.w[k] : 0;
  return k < DG_TF__COUNT && weights.named[k];
}

/* 1 if line i opens with an organization's name that is all of it or is
 * followed by a separator and a tagline ("Harbor Institute | Research for
 * a Safer Sea"): a masthead. */
static int org_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  size_t m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content), e;
  if (m == DG_NO_ORG || dg_orgs_mention(pg->orgs, m)->start != l->content)
    return 0;
  e = l->content + dg_orgs_mention(pg->orgs, m)->len;
  while (e < l->end && pg->text[e] == ' ')
    e++;
  return e >= l->end || pg->text[e] == '|' || pg->text[e] == '-' || pg->text[e] == ':' ||
         (unsigned char)pg->text[e] == 0xE2; /* a dash */
}

/* 1 if line j is a menu or a breadcrumb. */
static int nav_like(const dg_page *pg, size_t j)
{
  return (pg->lines[j].flags & DG_LF_NAV) || crumb_line(pg, j);
}

/* The features of candidate line i (its subtitle, if any, at `last`) into
 * x[0, DG_TF__COUNT). */
static void features(const dg_page *pg, likes *lk, char **folded, size_t i, size_t last, int first,
                     double *x)
{
  const dg_line *l = &pg->lines[i];
  size_t prev = dg_page_prev(pg, i), next = dg_page_next(pg, last);
  x[DG_TF_REPEATED] = l->nwords >= 3 && folded && repeated(pg, folded, i);
  x[DG_TF_CUE_AFTER] = cue_after(pg, last, lk->names) != 0;
  x[DG_TF_QUOTED] = (l->flags & DG_LF_QUOTED) != 0;
  x[DG_TF_TITLECASE] = (l->flags & DG_LF_TITLECASE) != 0;
  x[DG_TF_ALLCAPS] = (l->flags & DG_LF_ALLCAPS) != 0;
  x[DG_TF_AFTER_LABEL] = prev != DG_NO_LINE && (dg_title_label_line(pg, prev) ||
                                                (pg->lines[prev].flags & (DG_LF_NAV | DG_LF_DATE)));
  x[DG_TF_LABEL] = dg_title_label_line(pg, i);
  x[DG_TF_IDENTIFIER] = (l->words & (DG_LW(DOI) | DG_LW(ISBN))) != 0;
  {
    /* the post's words before the first comma ("Deputy Head of ...,") */
    const char *s = pg->text + l->content, *c = memchr(s, ',', l->end - l->content);
    x[DG_TF_POST] = c && c - s <= 80 && dg_lex_has_word(DG_LEX_POST, s, (size_t)(c - s));
  }
  x[DG_TF_WORDS] = (double)(l->nwords < 12 ? l->nwords : 12) / 12.0;
  x[DG_TF_POSITION] = (double)i / 50.0;
  x[DG_TF_PROSE] = (l->flags & DG_LF_PROSE) != 0;
  x[DG_TF_ORG_LINE] = org_line(pg, i);
  x[DG_TF_DATED] = (l->flags & DG_LF_DATE) != 0;
  x[DG_TF_SUBTITLE] = last != i;
  x[DG_TF_AFTER_NAV] = prev != DG_NO_LINE && nav_like(pg, prev);
  x[DG_TF_BEFORE_NAV] = i + 1 < pg->n_lines && nav_like(pg, i + 1);
  x[DG_TF_DATE_AFTER] = next != DG_NO_LINE && (pg->lines[next].flags & DG_LF_DATE);
  x[DG_TF_PROSE_AFTER] = next != DG_NO_LINE && (pg->lines[next].flags & DG_LF_PROSE);
  x[DG_TF_SEPARATORS] = l->seps > 0;
  x[DG_TF_COLON_END] = l->end > l->content && pg->text[l->end - 1] == ':';
  x[DG_TF_FIRST] = first;
  x[DG_TF_TOP] = prev == DG_NO_LINE;
  {
    /* " by " and a capitalised word after it */
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, k;
    x[DG_TF_BY_NAMES] = 0;
    for (k = 0; k + 4 < n; k++)
      if (s[k] == ' ' && (s[k + 1] == 'b' || s[k + 1] == 'B') && s[k + 2] == 'y' && s[k + 3] == ' ' &&
          dg_is_upper((unsigned char)s[k + 4])) {
        x[DG_TF_BY_NAMES] = 1;
        break;
      }
  }
}

int dg_title_find(dg_page *pg, dg_title *t, dg_title_trace_fn trace, void *ud)
{
  size_t i, limit = pg->n_lines, best = DG_NO_LINE, n_cand = 0;
  double best_score = -1e9;
  char **folded = NULL;
  likes lk;
  dg_title_release(t);
  dg_title_init(t);
  pthread_once(&weights_once, weights_load);
  lk.pg = pg;
  lk.v = xcalloc(pg->n_lines ? pg->n_lines : 1, 2);
  lk.names = lk.v + (pg->n_lines ? pg->n_lines : 1);
  /* the region above the first paragraph of prose that follows a
   * possible title (a cookie notice above the masthead is not the text) */
  {
    int seen = 0;
    for (i = 0; i < pg->n_lines && i < MAX_HEAD_LINES; i++) {
      if ((pg->lines[i].flags & DG_LF_PROSE) && seen && !like(&lk, i))
        break;
      /* a list of related items comes after the page's own heading */
      if ((pg->lines[i].flags & DG_LF_RELATED) && seen)
        break;
      if (like(&lk, i))
        seen = 1;
    }
    limit = i;
  }
  for (i = 0; i < limit; i++) {
    const dg_line *l = &pg->lines[i];
    double score = 0;
    size_t last = i;
    if (!like(&lk, i) || dg_title_furniture_line(pg, i))
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
      /* a heading comes before its repeats (an archive list, a footer) */
      if (earlier_copy(&lk, folded, i))
        continue;
    }
    {
      double x[DG_TF__COUNT];
      size_t k;
      features(pg, &lk, folded, i, last, n_cand == 0, x);
      for (k = 0; k < DG_TF__COUNT; k++)
        score += weights.w[k] * x[k];
      if (trace) {
        char *tt = dg_title_clean(pg->text + l->content, dated_tail(pg, i));
        char *t2 = last != i ? dg_page_str(pg, pg->lines[last].content,
                                           pg->lines[last].end - pg->lines[last].content)
                             : NULL;
        char *both = t2 ? xasprintf("%s || %s", tt, t2) : NULL;
        trace(ud, i, x, both ? both : tt);
        free(both);
        free(t2);
        free(tt);
      }
    }
    n_cand++;
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
    size_t hl = dated_tail(pg, best);
    char *main = dg_title_clean(pg->text + l->content, hl);
    t->span.start = l->content;
    t->span.len = hl;
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
