/* pub_listings.c - the items a page lists: related items, "people also
 * read", tables of contents, headed lists of works and episodes.
 *
 * Related listings are read as records of fields (type label, publisher,
 * date, title, teaser, byline, citation), split on lines and on
 * separators, each field recognised by its shape. */
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

/* ---------------------------------------------------------------- listings */

typedef struct field {
  size_t start, len;   /* in the page text */
  size_t line;
} field;

/* The lexicon's labels of listed items (the type labels, each with its
 * class), the words of freshness before them ("New Report", "Latest
 * Analysis": the same label), and the labels of what is no publication
 * ("Project: Baltic Watch", "Upcoming Events"); and the words of each
 * table by initial letter (bit k of labels[c - 'a'] is set when label k
 * starts with c). label_class() runs for every line of a listing and
 * every field of a record, most of which start with a letter no label
 * starts with. Built once for the process, read-only afterwards. */
typedef struct label_index {
  const dg_lex *item, *modifier, *other;
  uint64_t labels[26], modifiers[26], others[26];
} label_index;

static label_index labels_ix;
static pthread_once_t labels_once = PTHREAD_ONCE_INIT;

/* Bit k of by[c - 'a'] for each word k of `lx` (the first 64) that starts
 * with the lower-case letter c. */
static void index_initials(uint64_t *by, const dg_lex *lx)
{
  size_t k;
  for (k = 0; k < lx->n && k < 64; k++) {
    unsigned char c = (unsigned char)lx->words[k][0];
    if (dg_is_lower(c))
      by[c - 'a'] |= UINT64_C(1) << k;
  }
}

static void labels_init(void)
{
  labels_ix.item = dg_lexicon(DG_LEX_LISTING_LABEL);
  labels_ix.modifier = dg_lexicon(DG_LEX_LABEL_MODIFIER);
  labels_ix.other = dg_lexicon(DG_LEX_NON_PUB_LABEL);
  index_initials(labels_ix.labels, labels_ix.item);
  index_initials(labels_ix.modifiers, labels_ix.modifier);
  index_initials(labels_ix.others, labels_ix.other);
}

/* The bits of `by` (a table of label_index) for the word that starts
 * with byte c: 0 when c is no letter. */
static uint64_t by_initial(const uint64_t *by, unsigned char c)
{
  int l = dg_to_lower(c);
  return dg_is_lower(l) ? by[l - 'a'] : 0;
}

/* 1 if every word of s[0..n) is an event's genre word (lexicon
 * "event-genre": "Seminar", "Forums") or a conjunction between them. */
static int event_genres_only(const char *s, size_t n)
{
  size_t b = 0, genres = 0;
  while (b < n) {
    size_t e = b;
    while (e < n && s[e] != ' ' && s[e] != ',')
      e++;
    if ((e - b == 1 && s[b] == '&') || dg_word_is("and", s + b, e - b))
      ;
    else if (dg_lex_find(DG_LEX_EVENT_GENRE, s + b, e - b) >= 0)
      genres++;
    else
      return 0;
    for (b = e; b < n && (s[b] == ' ' || s[b] == ','); b++)
      ;
  }
  return genres > 0;
}

static dg_class label_class(const char *s, size_t n, int *non_pub)
{
  size_t e = n;
  uint64_t m;
  *non_pub = 0;
  pthread_once(&labels_once, labels_init);
  while (e > 0 && (s[e - 1] == ':' || s[e - 1] == ' '))
    e--;
  if (e == 0)
    return DG_CLASS_NONE; /* a word of the tables matches no empty text */
  /* each table is walked in its order, over the words of the text's
   * initial only */
  for (m = by_initial(labels_ix.modifiers, (unsigned char)s[0]); m; m &= m - 1) {
    /* the word and a space */
    size_t ml = dg_prefix_len(s, e, labels_ix.modifier->words[__builtin_ctzll(m)]);
    if (ml && ml < e && s[ml] == ' ' && e > ml + 1) {
      s += ml + 1;
      e -= ml + 1;
      break;
    }
  }
  for (m = by_initial(labels_ix.labels, (unsigned char)s[0]); m; m &= m - 1)
    if (dg_word_is(labels_ix.item->words[__builtin_ctzll(m)], s, e))
      return (dg_class)labels_ix.item->values[__builtin_ctzll(m)];
  /* "Project: Baltic Watch" */
  for (m = by_initial(labels_ix.others, (unsigned char)s[0]); m && !*non_pub; m &= m - 1) {
    size_t ol = dg_prefix_len(s, e, labels_ix.other->words[__builtin_ctzll(m)]);
    if (ol && (ol == e || s[ol] == ':'))
      *non_pub = 1;
  }
  /* "Seminar & Forum", "Conferences and Workshops": a label made of
   * event genres is an event's category; "Previous conferences", "More
   * August events": a heading whose last word is one lists events */
  if (!*non_pub && e <= 40 && event_genres_only(s, e))
    *non_pub = 1;
  if (!*non_pub && e <= 60) {
    size_t b = e;
    while (b > 0 && s[b - 1] != ' ')
      b--;
    /* (a plural: "Seminar" alone may be a category of an item) */
    if (e - b > 3 && dg_to_lower((unsigned char)s[e - 1]) == 's' &&
        (dg_lex_event_genre_word(s + b, e - b) || dg_word_is("event", s + b, e - b - 1)))
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
        if (dg_word_is(labels_ix.other->words[__builtin_ctzll(m)], s + b, le - b))
          *non_pub = 1;
  }
  return DG_CLASS_NONE;
}

/* The class the heading of a listing gives the items under it that carry
 * no label of their own: that of its first word or pair of words that is
 * a listing label ("Related news", "More Books in ...", "RECOMMENDED
 * RESEARCH PAPERS"); none when there is none, or when that label names any
 * piece (FLAG "generic": "Recommended articles"), and the page's class
 * serves. */
static dg_class heading_class(const char *s, size_t n)
{
  size_t b = 0;
  pthread_once(&labels_once, labels_init);
  while (b < n) {
    size_t e1 = b, e2;
    uint64_t m;
    while (e1 < n && s[e1] != ' ' && s[e1] != ':')
      e1++;
    for (e2 = e1 + 1; e2 < n && s[e2] != ' ' && s[e2] != ':'; e2++)
      ;
    for (m = by_initial(labels_ix.labels, (unsigned char)s[b]); m; m &= m - 1) {
      unsigned k = (unsigned)__builtin_ctzll(m);
      if (dg_word_is(labels_ix.item->words[k], s + b, e1 - b) ||
          (e1 < n && s[e1] == ' ' && dg_word_is(labels_ix.item->words[k], s + b, (e2 < n ? e2 : n) - b)))
        return labels_ix.item->flags[k] & DG_LEX_GENERIC ? DG_CLASS_NONE
                                                           : (dg_class)labels_ix.item->values[k];
    }
    for (b = e1; b < n && (s[b] == ' ' || s[b] == ':'); b++)
      ;
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
      for (k = 0; k < DG_COUNT(seps); k++) {
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

/* 1 if the first organization in text[start, start+len) is a book
 * imprint: its name holds "Press", "Books", "Verlag" ("Harbor University
 * Press", "Gull Books"). */
static int book_imprint(const dg_page *pg, size_t start, size_t len)
{
  size_t m = dg_orgs_first_in(pg->orgs, start, len);
  const dg_orgm *om;
  if (m == DG_NO_ORG)
    return 0;
  om = dg_orgs_mention(pg->orgs, m);
  return dg_lex_has_word(DG_LEX_IMPRINT, pg->text + om->start, om->len);
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
  for (k = 0; k < DG_COUNT(links); k++) {
    size_t ll = strlen(links[k]);
    if (n >= ll && memcmp(s + n - ll, links[k], ll) == 0)
      return 0;
  }
  for (k = 0; k < DG_COUNT(fields); k++) {
    size_t fl = dg_prefix_len(s, n, fields[k]);
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
/* 1 if s[0..n) holds a digit. */
static int digit_in(const char *s, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++)
    if (dg_is_digit((unsigned char)s[k]))
      return 1;
  return 0;
}

static void venue_fields(const dg_page *pg, const record *r, size_t pf, size_t title,
                         size_t title_len, dg_class *cls, size_t *org_f, dg_date *d,
                         size_t *date_f, int *year_only)
{
  size_t n;
  const char *s = venue_text(pg, r, pf, title, title_len, &n);
  dg_date y;
  /* "(14 March 2031)": a whole date; "(Harbor Review, 2028)": a year */
  if (*date_f == (size_t)-1 && digit_in(s, n) && dg_date_find(s, n, &y) && y.month) {
    *d = y;
    *date_f = pf;
    *year_only = 0;
  } else if (*date_f == (size_t)-1 && dg_year_find(s, n, &y)) {
    *d = y;
    *date_f = pf;
    *year_only = 1;
  }
  if (!*cls && (dg_pub_journal_venue(s, n) || owned_periodical(pg, s, n)))
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
  size_t n, m;
  const char *s = venue_text(pg, r, pf, title, title_len, &n);
  const dg_orgm *om;
  m = dg_orgs_first_in(pg->orgs, (size_t)(s - pg->text), n);
  if (m == DG_NO_ORG)
    return;
  om = dg_orgs_mention(pg->orgs, m);
  dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, "listed-venue-publisher");
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
    if (r->nf >= DG_COUNT(r->f) || n > 300)
      continue;
    while (h > 3 && !(s[h - 3] == ' ' && s[h - 2] == '-' && s[h - 1] == ' '))
      h--;
    if (h <= 3 || n - h < 4 || n - h > 100)
      continue;
    t = r->f[k].start + h;
    m = dg_orgs_first_in(pg->orgs, t, n - h);
    if (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == t) {
      size_t ol = dg_orgs_mention(pg->orgs, m)->len;
      split = ol + 2 >= n - h || dg_pub_date_after_org(s + h + ol, n - h - ol, &d, &yo);
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
  if (dg_pub_journal_venue(s + v, c - 2 - v) ||
      (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == r->f[0].start + v)) {
    r->f[2] = r->f[1];
    r->f[1].start = r->f[0].start + v;
    r->f[1].len = c - 2 - v;
    r->nf = 3;
    r->f[0].len = v - 2;
  }
}

/* The length of a label that ends with a colon before the quotation whose
 * title starts at s[a] ("CSIS Brief, May 2023: \u201C..."): at most
 * eight words, no other quotation; 0 if none. *quote gets where the
 * quotation mark starts. */
static size_t label_lead(const char *s, size_t a, size_t *quote)
{
  size_t q = a, e, words = 0, j;
  if (q >= 3 && (unsigned char)s[q - 3] == 0xE2)
    q -= 3;
  else if (q >= 2 && (unsigned char)s[q - 2] == 0xC2)
    q -= 2;
  else if (q >= 1 && (s[q - 1] == '"' || s[q - 1] == '\''))
    q -= 1;
  else
    return 0;
  e = q;
  while (e > 0 && s[e - 1] == ' ')
    e--;
  if (e < 2 || s[e - 1] != ':' || e == q)
    return 0;
  for (j = 0; j + 1 < e; j++) {
    if (s[j] == '"' || (unsigned char)s[j] == 0xE2)
      return 0;
    if (s[j] != ' ' && (j == 0 || s[j - 1] == ' '))
      words++;
  }
  *quote = q;
  return words <= 8 ? e - 1 : 0;
}

/* "\u201CPorts and Power,\u201D Harbor Affairs, no. 12": a field that
 * opens with a quotation of two words or more is a citation's title,
 * whatever follows it; the field becomes the words inside the quotes,
 * and the rest (a venue, an issue) a field of its own. Returns the
 * index of the quoted field, (size_t)-1 if none. */
static size_t quoted_fields(const dg_page *pg, record *r)
{
  size_t k;
  for (k = 0; k < r->nf; k++) {
    const char *s = pg->text + r->f[k].start;
    size_t n = r->f[k].len, a, b, rest, lead, q = 0;
    if (!dg_pub_quoted_title(s, n, &a, &b, &rest))
      continue;
    /* "RIETI Report April 2021: \u201CTitle\u201D": a series label and
     * its colon before the quotation are a field of their own */
    lead = label_lead(s, a, &q);
    if (lead && r->nf < DG_COUNT(r->f)) {
      memmove(&r->f[k + 1], &r->f[k], (r->nf - k) * sizeof r->f[0]);
      r->nf++;
      r->f[k].len = lead;
      k++;
      r->f[k].start += q;
      r->f[k].len -= q;
      s = pg->text + r->f[k].start;
      n = r->f[k].len;
      if (!dg_pub_quoted_title(s, n, &a, &b, &rest))
        return (size_t)-1;
    }
    /* the quotation opens the field (dg_pub_quoted_title() finds it
     * anywhere: at most a quote's 3 bytes and a space before it) */
    if (a > 4 || dg_is_alnum((unsigned char)s[0]))
      continue;
    /* "An indispensable guide to ... from the inside.": a sentence in
     * quotes is praise or a quote, not a title */
    if (b > a && s[b - 1] == '.' && b - a > 40)
      return (size_t)-1;
    /* the title's own comma or dot sits inside the quotes or after them */
    while (rest < n && (s[rest] == ',' || s[rest] == '.' || s[rest] == ' '))
      rest++;
    if (rest < n && r->nf < DG_COUNT(r->f)) {
      memmove(&r->f[k + 2], &r->f[k + 1], (r->nf - k - 1) * sizeof r->f[0]);
      r->f[k + 1].start = r->f[k].start + rest;
      r->f[k + 1].len = n - rest;
      r->f[k + 1].line = r->f[k].line;
      r->nf++;
    }
    r->f[k].start += a;
    r->f[k].len = b - a;
    return k;
  }
  return (size_t)-1;
}

/* What the fields of a record are, as read_field() finds them: indices
 * into the record's fields, (size_t)-1 when absent. */
typedef struct rec_read {
  size_t title, date_f, org_f, lone, paren_f;
  size_t quoted; /* the field of a quoted title, (size_t)-1 if none */
  size_t names_f[4], n_names, by_f[4], n_by, n_hosts;
  dg_span host_at[4]; /* a podcast host named in a teaser */
  dg_class cls, cite_cls;
  int evidence, non_pub, year_only, have_cite_date;
  dg_date d, cd;
} rec_read;

/* A teaser that names the show's host ("Ann Vale talks with ..."):
 * remembers where, for the episode's author. */
static void teaser_hosts(const dg_page *pg, const field *fl, const dg_pub_rec_opts *o, rec_read *x)
{
  const char *s = pg->text + fl->start;
  size_t h, at;
  for (h = 0; h < o->n_hosts && x->n_hosts < DG_COUNT(x->host_at); h++) {
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
  if (om->len < n && dg_pub_date_after_org(s + om->len, n - om->len, &y, &yo)) {
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
/* 1 if s[0..n) prints an issue's or a paper's number: "no. 12", "n\u00B0
 * 104", "Nr. 7", "issue 3". */
static int numbered_part(const char *s, size_t n)
{
  static const char *const marks[] = {"no. ", "n\xC2\xB0 ", "n\xC2\xBA ", "nr. ", "issue ", "num. ",
                                      "n\xC3\xBAm. "};
  size_t i, k;
  for (i = 0; i < n; i++) {
    if (i > 0 && s[i - 1] != ' ')
      continue;
    for (k = 0; k < DG_COUNT(marks); k++) {
      size_t ml = strlen(marks[k]);
      if (i + ml < n && strncasecmp(s + i, marks[k], ml) == 0 && dg_is_digit((unsigned char)s[i + ml]))
        return 1;
    }
  }
  return 0;
}

/* 1 if field k of record r ends with an organization's whole name after
 * a comma: "Harbor Notes, no. 104, Harbor Institute", a publisher's
 * series. */
static int ends_with_org(const dg_page *pg, const record *r, size_t k)
{
  const char *s = pg->text + r->f[k].start;
  size_t n = r->f[k].len, c = n, m;
  while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
    n--;
  for (c = n; c > 2 && !(s[c - 2] == ',' && s[c - 1] == ' '); c--)
    ;
  if (c <= 2)
    return 0;
  m = dg_orgs_first_in(pg->orgs, r->f[k].start + c, n - c);
  return m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == r->f[k].start + c &&
         dg_orgs_mention(pg->orgs, m)->len == n - c;
}

static int after_title_field(const dg_page *pg, const record *r, size_t k, size_t words,
                             rec_read *x)
{
  const char *s = pg->text + r->f[k].start;
  size_t n = r->f[k].len;
  dg_date y;
  /* "Harbor Affairs" after the title: a journal's name, the venue */
  if (words <= 8 && !memchr(s, ',', n) && dg_pub_journal_venue(s, n) && dg_cap_byte_at(s, n, 0)) {
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
      if (x->n_names < DG_COUNT(x->names_f))
        x->names_f[x->n_names++] = k;
      x->evidence++;
      return 1;
    }
  }
  /* "Harbor Affairs, no. 23": a journal's issue; "Harbor Notes, no. 104,
   * Harbor Institute": a paper of a publisher's series */
  if (memchr(s, ',', n) && numbered_part(s, n) && !dg_date_find(s, n, &y)) {
    if (ends_with_org(pg, r, k)) {
      x->cite_cls = DG_CLASS_REPORT;
      if (x->org_f == (size_t)-1)
        x->org_f = k;
    } else {
      x->cite_cls = DG_CLASS_JOURNAL_ARTICLE;
    }
    x->evidence++;
    return 1;
  }
  if (memchr(s, ',', n) && (dg_date_find(s, n, &y) || dg_pub_journal_citation(s, n))) {
    size_t comma = (size_t)((const char *)memchr(s, ',', n) - s);
    if (dg_pub_journal_citation(s, n))
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

/* 1 if the last word of s[0..n) is a label word (lexicon "label":
 * "Alert", "Brief", "Insights"). */
static int last_word_label(const char *s, size_t n)
{
  size_t b = n;
  while (n > 0 && s[n - 1] == ' ')
    n--;
  b = n;
  while (b > 0 && s[b - 1] != ' ')
    b--;
  return b > 0 && n > b && dg_lex_find(DG_LEX_LABEL, s + b, n - b) >= 0;
}

/* Reads field k of record r by its shape: a note or venue in
 * parentheses, a type label, a date, a byline, a teaser, an
 * organization, names or a citation after the title, else the title. */
static void read_field(const dg_page *pg, const record *r, size_t k, const dg_pub_rec_opts *o,
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
  /* "Harbor Alert", "Sea Lanes Brief": a series' name ending in a label
   * word, before the other fields; "42 pages", "ISBN ...": the item's
   * length and its identifiers */
  if (words <= 3 && k + 1 < r->nf && !digit && last_word_label(s, n)) {
    x->evidence++;
    return;
  }
  if ((words == 2 && digit && (dg_has_word(s, n, "pages") || dg_has_word(s, n, "pp"))) ||
      (digit && n > 5 && (strncasecmp(s, "isbn", 4) == 0 || strncasecmp(s, "issn", 4) == 0 ||
                          strncasecmp(s, "doi", 3) == 0))) {
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
    if (x->n_by < DG_COUNT(x->by_f))
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
       (words >= 2 && dg_is_cap_byte((unsigned char)s[0]) &&
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
                             const dg_pub_rec_opts *o, const rec_read *x)
{
  dg_class cls = x->cls;
  /* what the listing's heading says its items are ("Related news") */
  if (!cls)
    cls = o->listed_cls;
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
static void record_people(dg_page *pg, const record *r, const dg_pub_rec_opts *o, const rec_read *x,
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
    dg_pub_add_names(pg, r->f[x->by_f[q]].start + cl, n - cl, item, prop, DG_PS_LISTING,
              prop == DG_P_EDITOR ? "listed-item-editor" : "listed-item-byline", NULL, 0);
  }
  if (x->n_by)
    return;
  for (q = 0; q < x->n_names; q++)
    dg_pub_add_names(pg, r->f[x->names_f[q]].start, r->f[x->names_f[q]].len, item, DG_P_AUTHOR,
              DG_PS_LISTING, "listed-item-names", NULL, 0);
  if (x->n_names)
    return;
  for (q = 0; q < x->n_hosts; q++)
    dg_pub_add_names(pg, x->host_at[q].start, x->host_at[q].len, item, DG_P_AUTHOR, DG_PS_LISTING,
              "listed-episode-host", NULL, 0);
  /* a person's list of works: the person wrote what names no author */
  if (o->subject_len)
    dg_pub_add_names(pg, o->subject, o->subject_len, item, DG_P_AUTHOR, DG_PS_BIO, "listed-work-author",
              NULL, 0);
}

/* The date of a listed item: its own, its citation's, its issue's. */
static void record_date(dg_facts *f, const dg_pub_rec_opts *o, rec_read *x, size_t item, dg_span sp)
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

/* Reads the fields of record r into *x, and the length of its title (in
 * field x->title) into *title_len. Returns 0 if the record is no item:
 * no title, a label of something else, nothing that tells an item, or a
 * title alone that does not look like one. */
static int read_record(const dg_page *pg, record *r, const dg_pub_rec_opts *o, rec_read *x,
                       size_t *title_len)
{
  size_t k;
  memset(x, 0, sizeof *x);
  x->title = x->date_f = x->org_f = x->lone = x->paren_f = (size_t)-1;
  x->evidence = o->headed;
  hyphen_fields(pg, r);
  x->quoted = quoted_fields(pg, r);
  if (o->headed && x->quoted == (size_t)-1)
    comma_fields(pg, r);
  /* a quoted title is the title, before any field that looks like one
   * (a genre label the lexicon does not know: "Tribune") */
  if (x->quoted != (size_t)-1) {
    x->title = x->quoted;
    x->evidence++;
  }
  for (k = 0; k < r->nf; k++)
    if (k != x->quoted)
      read_field(pg, r, k, o, x);
  /* the series label before a quoted title dates it ("RIETI Report April
   * 2021: \u201C...\u201D") */
  if (x->quoted != (size_t)-1 && x->quoted > 0 && x->date_f == (size_t)-1) {
    dg_date y;
    if (dg_date_find(pg->text + r->f[x->quoted - 1].start, r->f[x->quoted - 1].len, &y)) {
      x->date_f = x->quoted - 1;
      x->d = y;
    }
  }
  if (x->title == (size_t)-1)
    x->title = x->lone;
  if (x->non_pub || x->title == (size_t)-1 || x->evidence == 0 ||
      (o->need_fields && x->evidence <= o->headed))
    return 0;
  *title_len = r->f[x->title].len;
  /* an item known only from the list's heading must look like a title */
  if (x->evidence == o->headed && x->n_names == 0 && x->n_by == 0 && x->org_f == (size_t)-1 &&
      !bare_title_ok(pg->text + r->f[x->title].start, *title_len))
    return 0;
  /* "Title (Venue, 2020)", under a heading or in a related listing */
  {
    size_t cut = venue_paren(pg->text + r->f[x->title].start, *title_len);
    if (cut < *title_len && x->paren_f == (size_t)-1) {
      x->paren_f = x->title;
      *title_len = cut;
    }
  }
  return 1;
}

/* The publisher of listed item `item`: the organization of its field,
 * or the venue in parentheses after its title. */
static void record_publisher(dg_page *pg, dg_facts *f, const record *r, const rec_read *x,
                             size_t item, size_t title_len)
{
  if (x->org_f != (size_t)-1 && x->org_f != x->paren_f) {
    size_t m = dg_orgs_first_in(pg->orgs, r->f[x->org_f].start, r->f[x->org_f].len);
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, "listed-item-publisher");
  }
  if (x->org_f != (size_t)-1 && x->org_f == x->paren_f)
    venue_publisher(pg, f, item, r, x->paren_f, x->title, title_len);
}

/* One listed item from record r: its fields read, then the item with its
 * class, title, date, people and publisher. Returns 0 if the record is
 * no item. */
static int make_record(dg_page *pg, dg_pageinfo *info, dg_facts *f, record *r,
                       const dg_pub_rec_opts *o)
{
  rec_read x;
  size_t k, title_len, item;
  char *t;
  dg_span sp;
  if (!read_record(pg, r, o, &x, &title_len))
    return 0;
  t = dg_title_clean(pg->text + r->f[x.title].start, title_len);
  for (k = strlen(t); k > 0 && (t[k - 1] == '.' || t[k - 1] == ','); k--)
    t[k - 1] = '\0';
  sp = dg_span_at(r->f[x.title].start, title_len);
  item = dg_pub_listed_entity(pg, f, info, t, sp,
                       x.date_f != (size_t)-1 ? &x.d : x.have_cite_date ? &x.cd : NULL);
  if (item == (size_t)-1) {
    free(t);
    return 0;
  }
  /* the venue's class over a generic label ("Article" in "Harbor
   * Affairs"), not over the item's own genre ("Op-ed" in a review) */
  if (x.cite_cls && (!x.cls || x.cls == DG_CLASS_ARTICLE))
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
  record_publisher(pg, f, r, &x, item, title_len);
  free(t);
  return 1;
}

/* A line that starts a record: a type label ("• Commentary", "▸ Article",
 * "Reports | TITLE", "Research Brief | DATE"). */
static int label_start(const dg_page *pg, size_t i)
{
  size_t n, e = 0;
  const char *s = dg_page_line_text(pg, i, &n);
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
  const char *s = dg_page_line_text(pg, i, &n);
  if (n > 200 || split_fields(pg->lines[i].content, s, n, fl, 2, i) < 2 || fl[0].len > 40)
    return 0;
  return label_class(pg->text + fl[0].start, fl[0].len, &np) != DG_CLASS_NONE;
}

/* A two-line block of the body: a title, then the names of its authors. */
static int toc_block(const dg_page *pg, size_t i)
{
  const dg_line *a = &pg->lines[i];
  size_t n;
  const char *s = dg_page_line_text(pg, i, &n);
  if (i + 1 >= pg->n_lines || a->zone != DG_ZONE_BODY ||
      (a->flags & (DG_LF_BLANK | DG_LF_ROLE | DG_LF_PROSE | DG_LF_END_PUNCT | DG_LF_NAV |
                   DG_LF_SHARE | DG_LF_DATE)) ||
      (pg->lines[i + 1].flags & DG_LF_BLANK) ||
      (i + 2 < pg->n_lines && !(pg->lines[i + 2].flags & DG_LF_BLANK)) ||
      (i > 0 && !(pg->lines[i - 1].flags & DG_LF_BLANK)))
    return 0;
  if (!(dg_title_text_like(s, n) || a->nwords <= 2) || !dg_pub_name_line(pg, i + 1, 1))
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
          dg_pub_rec_opts o = {1, 0, NULL, DG_CLASS_NONE, 0, 0, NULL, 0, 0, DG_CLASS_NONE};
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
  /* the same in the other languages of the lexicon's posts */
  {"publications r\xC3\xA9" "centes", LIST_WORKS}, {"derni\xC3\xA8res publications", LIST_WORKS},
  {"publications s\xC3\xA9lectionn\xC3\xA9" "es", LIST_WORKS},
  {"ver\xC3\xB6" "ffentlichungen", LIST_WORKS}, {"publikationen", LIST_WORKS},
  {"ausgew\xC3\xA4hlte publikationen", LIST_WORKS}, {"publicaciones", LIST_WORKS},
  {"publicaciones recientes", LIST_WORKS}, {"publica\xC3\xA7\xC3\xB5" "es", LIST_WORKS},
  {"pubblicazioni", LIST_WORKS},
};

/* The headings by initial letter (bit k of headings_ix[c - 'a'] is set
 * when heading k starts with c): list_heading() asks of every line of
 * the body. Built once for the process, read-only afterwards. */
static uint64_t headings_ix[26];
static pthread_once_t headings_once = PTHREAD_ONCE_INIT;
typedef char list_headings_fit[DG_COUNT(list_headings) <= 64 ? 1 : -1];

static void headings_init(void)
{
  size_t k;
  for (k = 0; k < DG_COUNT(list_headings); k++) /* each starts with a lower-case letter */
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
      for (k = 0; k < DG_COUNT(det); k++)
        if (dg_word_is(det[k], s + d, de - d))
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
  for (k = 0; k < DG_COUNT(list_headings); k++)
    if (list_headings[k].kind == LIST_WORKS && dg_word_is(list_headings[k].h, s + b, e - b))
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
      if (dg_word_is(list_headings[k].h, s + a, n - a)) {
        *kind = list_headings[k].kind;
        return 1;
      }
    }
  }
  /* any other related heading, after the table ("Recent publications" on
   * a profile lists the person's works) */
  if (l->flags & DG_LF_RELATED) {
    int np;
    label_class(s, n, &np);
    return !np; /* "Related Events", "Related Experts" list no publication */
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

/* The person whose works a list under heading h names, on a profile or
 * a speaker's page (its heading is a person's name) or under a heading
 * that ends a bio paragraph: the name that opens a bio sentence ("NAME
 * is ...") in the last paragraphs above the list, else the page's heading.
 * Sets the name's text span; *len stays 0 when none. */
static void works_subject(const dg_page *pg, const dg_pageinfo *info, size_t h, size_t *start,
                          size_t *len)
{
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
    size_t n = l->end - l->content, k;
    if (!(l->flags & DG_LF_PROSE))
      continue;
    paras++;
    for (k = 0; k < n && k < 60; k++)
      if (dg_lex_bio_verb_at(s, n, k)) {
        if (dg_name_parse(pg->gz, s, k, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 5) {
          *start = l->content + nm.start;
          *len = nm.len;
          dg_name_release(&nm);
          return;
        }
        break; /* only the first verb of the sentence */
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

/* 1 if line i has a column gap inside it: a tab, or three spaces or more
 * between words. */
static int column_gap(const dg_page *pg, size_t i)
{
  const char *s = pg->text + pg->lines[i].content;
  size_t n = pg->lines[i].end - pg->lines[i].content, k;
  for (k = 1; k + 3 < n; k++)
    if (s[k] == '\t' || (s[k] == ' ' && s[k + 1] == ' ' && s[k + 2] == ' ' && s[k - 1] != ' '))
      return 1;
  return 0;
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
  dg_pub_rec_opts o;
  dg_span hosts[4];
  o.contents = kind == LIST_CONTENTS;
  /* "Related news", "Program News", "More Books": the heading's word */
  o.listed_cls = kind == LIST_CONTENTS || kind == LIST_INTRO
                   ? DG_CLASS_NONE
                   : heading_class(pg->text + pg->lines[h].content, pg->lines[h].end - pg->lines[h].content);
  o.headed = 1;
  o.issue_date = NULL;
  /* a news site's or a blog's other items are articles whatever the
   * page's own genre; a profile's list holds papers */
  o.default_cls = info->title.text && info->is_pub ? DG_CLASS_ARTICLE : DG_CLASS_REPORT;
  /* a press's page about a book lists its other books */
  if (info->is_pub && info->pub_class == DG_CLASS_BOOK)
    o.default_cls = DG_CLASS_BOOK;
  if (kind == LIST_ISSUE && info->title.text && dg_pub_pub_date(pg, info, &issue, &dline))
    o.issue_date = &issue;
  o.subject = o.subject_len = 0;
  if (kind == LIST_WORKS && !info->is_pub)
    works_subject(pg, info, h, &o.subject, &o.subject_len);
  /* the episodes of one show share its hosts */
  o.hosts = hosts;
  o.n_hosts = kind == LIST_EPISODES ? dg_pub_podcast_hosts(pg, hosts, 4) : 0;
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
    if (dg_pub_cite_record(pg, info, f, j, &o)) {
      count++;
      j = dg_page_next(pg, j);
      continue;
    }
    r->nf = 0;
    do {
      r->nf += split_record_line(pg, e, r->f + r->nf, DG_COUNT(r->f) - r->nf);
      e++;
    } while (e < pg->footer_start && !(pg->lines[e].flags & (DG_LF_BLANK | DG_LF_BULLET)) &&
             (!list_stop(pg, e) || teaser_under(pg, e)) && !label_start(pg, e) &&
             !numbered(pg, e) && e < j + 8 &&
             /* the rows of a text table ("Title        Author"): one item each */
             !(column_gap(pg, j) && column_gap(pg, e)));
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

void dg_extract_listings(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i = info->title.line != DG_NO_LINE ? pg->header_end : 0;
  record rec, *r = &rec; /* on the stack: one per page and pass */
  int contents = 0;
  dg_class listed = DG_CLASS_NONE; /* what the listing's heading says its items are */
  int other_items = 0;              /* the listing's heading names no publications */
  memset(r, 0, sizeof *r);
  while (i < pg->footer_start) {
    const dg_line *l = &pg->lines[i];
    size_t j, start_indent;
    int in_listing = l->zone == DG_ZONE_LISTING, by_label;
    if ((l->flags & DG_LF_BLANK) || (l->flags & DG_LF_RELATED)) {
      if (l->flags & DG_LF_RELATED) {
        int np;
        contents = 0;
        listed = heading_class(pg->text + l->content, l->end - l->content);
        /* "Upcoming events", "Previous conferences": no publications */
        label_class(pg->text + l->content, l->end - l->content, &np);
        other_items = np;
      }
      i++;
      continue;
    }
    if (other_items && in_listing) {
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
                          DG_COUNT(r->f) - r->nf, i);
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
      /* the rows of a text table ("Title        Author"): one item each */
      if (m->indent == start_indent && column_gap(pg, i) && column_gap(pg, j))
        break;
      if (in_listing && !by_label && (m->flags & DG_LF_BULLET) && m->indent <= start_indent)
        break;
      if (m->indent < start_indent)
        break;
      r->nf += split_fields(m->content, pg->text + m->content, m->end - m->content, r->f + r->nf,
                            DG_COUNT(r->f) - r->nf, j);
      j++;
    }
    {
      dg_pub_rec_opts o = {0, 0, NULL, DG_CLASS_NONE, 0, 0, NULL, 0, 0, DG_CLASS_NONE};
      o.contents = contents && in_listing;
      o.listed_cls = in_listing ? listed : DG_CLASS_NONE;
      make_record(pg, info, f, r, &o);
    }
    i = j > i ? j : i + 1;
  }
  if (info->is_pub)
    toc_blocks(pg, info, f);
  headed_lists(pg, info, f);
  dg_pub_prose_items(pg, info, f);
}
