/* dates.c - written dates to XSD values, by a small hand-written scanner
 * (no regex engine in the inner loop; see MAPPER notes on speed). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/text.h"
#include "extract/dates.h"

/* Month names in the languages of the pages, lower case, UTF-8; English
 * months also match by their first three letters ("Apr") and "Sept". */
#define M(s, m) {s, sizeof s - 1, m}
static const struct {
  const char *name;
  unsigned char len;
  int month;
} month_names[] = {
  M("january", 1), M("february", 2), M("march", 3), M("april", 4), M("may", 5), M("june", 6),
  M("july", 7), M("august", 8), M("september", 9), M("october", 10), M("november", 11),
  M("december", 12),
  /* French */
  M("janvier", 1), M("f\xC3\xA9vrier", 2), M("fevrier", 2), M("mars", 3), M("avril", 4), M("mai", 5),
  M("juin", 6), M("juillet", 7), M("ao\xC3\xBBt", 8), M("aout", 8), M("septembre", 9),
  M("octobre", 10), M("novembre", 11), M("d\xC3\xA9" "cembre", 12), M("decembre", 12),
  /* German */
  M("januar", 1), M("j\xC3\xA4nner", 1), M("februar", 2), M("m\xC3\xA4rz", 3), M("maerz", 3),
  M("juni", 6), M("juli", 7), M("oktober", 10), M("dezember", 12),
  /* Spanish */
  M("enero", 1), M("febrero", 2), M("marzo", 3), M("abril", 4), M("mayo", 5), M("junio", 6),
  M("julio", 7), M("agosto", 8), M("septiembre", 9), M("setiembre", 9), M("octubre", 10),
  M("noviembre", 11), M("diciembre", 12),
};
#undef M

int dg_month_from_name(const char *s, size_t len)
{
  char w[16];
  size_t i, k;
  if (len < 3 || len > 12)
    return 0;
  /* asked of every word of the text: most do not start like a month */
  switch (dg_to_lower((unsigned char)s[0])) {
  case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': case 'e':
    break;
  default:
    return 0;
  }
  /* and the first two letters of a month: ja fe ma ap ju au se oc no de,
   * and the French, German and Spanish ones (mä, ao, av, di, en, ag, se) */
  switch (dg_to_lower((unsigned char)s[0]) << 8 | dg_to_lower((unsigned char)s[1])) {
  case 'j' << 8 | 'a': case 'f' << 8 | 'e': case 'm' << 8 | 'a': case 'a' << 8 | 'p':
  case 'j' << 8 | 'u': case 'a' << 8 | 'u': case 's' << 8 | 'e': case 'o' << 8 | 'c':
  case 'n' << 8 | 'o': case 'd' << 8 | 'e': case 'f' << 8 | 0xC3: case 'm' << 8 | 0xC3:
  case 'j' << 8 | 0xC3: case 'a' << 8 | 'o': case 'a' << 8 | 'v': case 'd' << 8 | 0xC3:
  case 'd' << 8 | 'i': case 'e' << 8 | 'n': case 'a' << 8 | 'g': case 'a' << 8 | 'b':
  case 'o' << 8 | 'k':
    break;
  default:
    return 0;
  }
  for (i = 0; i < len; i++)
    w[i] = (char)dg_to_lower((unsigned char)s[i]);
  w[len] = '\0';
  for (k = 0; k < DG_COUNT(month_names); k++) {
    const char *m = month_names[k].name;
    if (month_names[k].len == len && m[0] == w[0] && memcmp(w, m, len) == 0)
      return month_names[k].month;
    /* English abbreviations: the first three letters, and "sept" */
    if (k < 12 && ((len == 3 && memcmp(w, m, 3) == 0) || (len == 4 && k == 8 && memcmp(w, "sept", 4) == 0)))
      return month_names[k].month;
  }
  return 0;
}

/* The end of the word at s[i]: ASCII letters and the two-byte UTF-8
 * letters of Latin-1 (é, û, ä), as month names have. */
static size_t word_end(const char *s, size_t len, size_t i)
{
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (dg_is_alpha(c))
      i++;
    else if (c == 0xC3 && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80)
      i += 2;
    else
      break;
  }
  return i;
}

static int days_in(int y, int m)
{
  static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return d[m - 1];
}

static int valid(int y, int m, int d)
{
  if (y < 1900 || y > 2099 || m < 0 || m > 12)
    return 0;
  if (d && (!m || d < 1 || d > days_in(y, m)))
    return 0;
  return 1;
}

/* Reads an unsigned number of 1..maxdigits digits at s[*i]. */
static int num(const char *s, size_t len, size_t *i, int maxdigits, int *out)
{
  size_t j = *i;
  int v = 0, n = 0;
  while (j < len && dg_is_digit((unsigned char)s[j]) && n < maxdigits + 1) {
    v = v * 10 + (s[j] - '0');
    j++;
    n++;
  }
  if (n == 0 || n > maxdigits)
    return 0;
  *out = v;
  *i = j;
  return n;
}

static int word_boundary_before(const char *s, size_t i)
{
  return i == 0 || !dg_is_alnum((unsigned char)s[i - 1]);
}

static int word_boundary_after(const char *s, size_t len, size_t i)
{
  return i >= len || !dg_is_alnum((unsigned char)s[i]);
}

static void skip_spaces(const char *s, size_t len, size_t *i)
{
  while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
    (*i)++;
  /* U+00A0 */
  while (*i + 1 < len && (unsigned char)s[*i] == 0xC2 && (unsigned char)s[*i + 1] == 0xA0)
    *i += 2;
}

/* Past the hyphen or en dash of a range of days at s[q] ("10–12",
 * "10-12"); q if there is none. */
static size_t past_range_dash(const char *s, size_t len, size_t q)
{
  if (q < len && s[q] == '-')
    return q + 1;
  if (q + 3 <= len && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80 &&
      (unsigned char)s[q + 2] == 0x93)
    return q + 3;
  return q;
}

/* Sets the date y-m-day found at text[start, end) in *d; returns 1. */
static int put_date(dg_date *d, int y, int m, int day, size_t start, size_t end)
{
  d->year = y;
  d->month = m;
  d->day = day;
  d->start = start;
  d->len = end - start;
  return 1;
}

/* Month-name forms starting at i: "April 5, 2017", "Apr. 5 2017",
 * "April 2017". */
static int try_month_first(const char *s, size_t len, size_t i, int dy, dg_date *d)
{
  size_t j = word_end(s, len, i), w;
  int m, day = 0, year = 0;
  w = j - i;
  m = dg_month_from_name(s + i, w);
  if (!m || !word_boundary_after(s, len, j))
    return 0;
  if (j < len && s[j] == '.')
    j++;
  skip_spaces(s, len, &j);
  if (j < len && dg_is_digit((unsigned char)s[j])) {
    size_t k = j;
    int v;
    int nd = num(s, len, &k, 4, &v);
    if (nd == 4 && word_boundary_after(s, len, k)) {
      year = v;
      j = k;
    } else if (nd >= 1 && nd <= 2) {
      day = v;
      /* ordinal suffixes: 5th, 1st */
      if (k + 1 < len && dg_is_alpha((unsigned char)s[k]) && dg_is_alpha((unsigned char)s[k + 1]))
        k += 2;
      /* a range of days: "July 10–12, 2024" */
      {
        size_t q = past_range_dash(s, len, k), r;
        int e2;
        r = q;
        if (q > k && num(s, len, &r, 2, &e2) && e2 > day && e2 <= 31 &&
            !(r < len && s[r] == ':')) {
          d->end_day = e2;
          k = r;
        }
      }
      if (k < len && s[k] == ',')
        k++;
      skip_spaces(s, len, &k);
      if (num(s, len, &k, 4, &v) == 4 && word_boundary_after(s, len, k)) {
        year = v;
        j = k;
      } else if (dy) {
        /* "June 19" on a page whose year is known; not "June 19th 5" */
        size_t e = j + (size_t)nd;
        if (e < len && dg_is_alpha((unsigned char)s[e]) && e + 1 < len &&
            dg_is_alpha((unsigned char)s[e + 1]))
          e += 2;
        if (!word_boundary_after(s, len, e) || (e < len && s[e] == ':'))
          return 0;
        year = dy;
        j = e;
      } else {
        return 0;
      }
    }
  }
  if (!year || !valid(year, m, day)) {
    d->end_day = 0;
    return 0;
  }
  if (d->end_day && !valid(year, m, d->end_day))
    d->end_day = 0;
  return put_date(d, year, m, day, i, j);
}

/* "02/05/2023": day or month first, as `flags` says when both could be
 * a month; "10/1" (no year) with DG_DATE_SHORT and a default year. */
static int try_slashed(const char *s, size_t len, size_t i, size_t j, int a, int dy,
                       unsigned flags, dg_date *d)
{
  size_t k = j + 1, k2;
  int b, c, day, mon;
  if (!num(s, len, &k, 2, &b))
    return 0;
  if (k < len && s[k] == '/') {
    k2 = k + 1;
    if (num(s, len, &k2, 4, &c) != 4 || !word_boundary_after(s, len, k2))
      return 0;
  } else if ((flags & DG_DATE_SHORT) && dy && word_boundary_after(s, len, k) &&
             !(k < len && (s[k] == ':' || s[k] == '.' || s[k] == '-'))) {
    c = dy;
    k2 = k;
  } else {
    return 0;
  }
  if (a > 12 || (b <= 12 && (flags & DG_DATE_DMY))) {
    day = a;
    mon = b;
  } else {
    day = b;
    mon = a;
  }
  if (!valid(c, mon, day) || !mon || !day)
    return 0;
  return put_date(d, c, mon, day, i, k2);
}

/* "2017-04-05", "2017/04/05", "2022.06.15" at i, the year (`a`) read
 * up to j; "2022-11-30T10:00" is an xsd:dateTime, whose date part
 * counts. */
static int try_year_first(const char *s, size_t len, size_t i, size_t j, int a, dg_date *d)
{
  char sep = s[j];
  size_t k = j + 1, k2;
  int b, c;
  if (!num(s, len, &k, 2, &b) || k + 1 >= len || s[k] != sep)
    return 0;
  k2 = k + 1;
  if (!num(s, len, &k2, 2, &c) ||
      !(word_boundary_after(s, len, k2) || (sep == '-' && s[k2] == 'T')) || !valid(a, b, c) || !b)
    return 0;
  return put_date(d, a, b, c, i, k2);
}

/* "19.05.2022", day.month.year as in Europe, at i, the day (`a`) read up
 * to j. */
static int try_dotted(const char *s, size_t len, size_t i, size_t j, int a, dg_date *d)
{
  size_t k = j + 1, k2;
  int b, c;
  if (!num(s, len, &k, 2, &b) || k >= len || s[k] != '.')
    return 0;
  k2 = k + 1;
  if (num(s, len, &k2, 4, &c) != 4 || !word_boundary_after(s, len, k2) || !valid(c, b, a) || !b)
    return 0;
  return put_date(d, c, b, a, i, k2);
}

/* The last day of a range of days at *k, after the first day `a`
 * ("10–12 July 2024": the "–12 " after "10"), with *k moved past it; 0
 * (and *k unmoved) if there is none. */
static int day_range_end(const char *s, size_t len, size_t *k, int a)
{
  size_t q = past_range_dash(s, len, *k), r;
  int e2;
  r = q;
  if (q > *k && num(s, len, &r, 2, &e2) && e2 > a && e2 <= 31 && r < len && s[r] == ' ') {
    *k = r;
    return e2;
  }
  return 0;
}

/* "5 April 2017", "5th April 2017", "10–12 July 2024" at i, the day (`a`)
 * read up to j; "19 June" without a year when the page's year `dy` is
 * known (a clock time may follow: "19 June, 10:30"). */
static int try_day_month(const char *s, size_t len, size_t i, size_t j, int a, int dy,
                         dg_date *d)
{
  size_t k = j, w, w0;
  int end_day = day_range_end(s, len, &k, a), m, c;
  /* 5th April 2017 */
  if (k + 1 < len && dg_is_alpha((unsigned char)s[k]) && dg_is_alpha((unsigned char)s[k + 1]) &&
      !word_boundary_after(s, len, k) && (k + 2 >= len || !dg_is_alpha((unsigned char)s[k + 2])))
    k += 2;
  skip_spaces(s, len, &k);
  /* Spanish and Portuguese join the parts with "de": "21 de agosto de
   * 2024" */
  if (k + 3 < len && (s[k] == 'd' || s[k] == 'D') && s[k + 1] == 'e' && s[k + 2] == ' ')
    k += 3;
  if (k >= len || !dg_is_alpha((unsigned char)s[k]))
    return 0;
  w = word_end(s, len, k);
  m = dg_month_from_name(s + k, w - k);
  if (!m || !word_boundary_after(s, len, w))
    return 0;
  if (w < len && s[w] == '.')
    w++;
  if (w < len && s[w] == ',')
    w++;
  skip_spaces(s, len, &w);
  if (w + 3 < len && s[w] == 'd' && s[w + 1] == 'e' && s[w + 2] == ' ' &&
      dg_is_digit((unsigned char)s[w + 3]))
    w += 3;
  w0 = w;
  if (num(s, len, &w, 4, &c) == 4 && word_boundary_after(s, len, w) && valid(c, m, a)) {
    d->end_day = end_day && valid(c, m, end_day) ? end_day : 0;
    return put_date(d, c, m, a, i, w);
  }
  w = w0;
  if (dy && num(s, len, &w, 4, &c) != 4 && valid(dy, m, a)) {
    d->end_day = end_day && valid(dy, m, end_day) ? end_day : 0;
    return put_date(d, dy, m, a, i, word_end(s, len, k));
  }
  return 0;
}

/* Digit-first forms at i: "2017-04-05", "02/05/2023", "19.05.2022",
 * "5 April 2017". */
static int try_digits_first(const char *s, size_t len, size_t i, int dy, unsigned flags,
                            dg_date *d)
{
  size_t j = i;
  int a, na = num(s, len, &j, 4, &a);
  if (na == 4 && j + 1 < len && (s[j] == '-' || s[j] == '/' || s[j] == '.'))
    return try_year_first(s, len, i, j, a, d);
  if (na < 1 || na > 2)
    return 0;
  if (j < len && s[j] == '/')
    return try_slashed(s, len, i, j, a, dy, flags, d);
  if (j < len && s[j] == '.')
    return try_dotted(s, len, i, j, a, d);
  return try_day_month(s, len, i, j, a, dy, d);
}

/* The first letters of the month names, either case: a word starting
 * with any other letter is no month (dg_month_from_name() says 0). */
static int month_initial(unsigned char c)
{
  switch (dg_to_lower(c)) {
  case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd':
    return 1;
  default:
    return 0;
  }
}

int dg_date_find_in_year(const char *text, size_t len, int dy, dg_date *d)
{
  return dg_date_find_ex(text, len, dy, 0, d);
}

int dg_date_find_ex(const char *text, size_t len, int dy, unsigned flags, dg_date *d)
{
  size_t i;
  memset(d, 0, sizeof *d);
  if (dy && (dy < 1900 || dy > 2099))
    dy = 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    /* nothing starts at a byte that is not a letter or a digit */
    if (!dg_is_alnum(c) || !word_boundary_before(text, i))
      continue;
    if (dg_is_alpha(c) && month_initial(c) && try_month_first(text, len, i, dy, d))
      return 1;
    if (dg_is_digit(c) && try_digits_first(text, len, i, dy, flags, d))
      return 1;
    /* skip the rest of a word or number: each position is tried once */
    if (dg_is_alnum(c))
      while (i + 1 < len && dg_is_alnum((unsigned char)text[i + 1]))
        i++;
  }
  return 0;
}

int dg_date_find(const char *text, size_t len, dg_date *d)
{
  return dg_date_find_in_year(text, len, 0, d);
}

int dg_year_find(const char *text, size_t len, dg_date *d)
{
  size_t i = 0;
  memset(d, 0, sizeof *d);
  while (i < len) {
    size_t j = i;
    int v = 0;
    if (!dg_is_digit((unsigned char)text[i]) || !word_boundary_before(text, i)) {
      i++;
      continue;
    }
    /* a year stands alone: not 2019-04, 10:30, 1.5, 94(4) or 2019/20 */
    if (num(text, len, &j, 4, &v) == 4 && v >= 1900 && v <= 2099 &&
        word_boundary_after(text, len, j) &&
        !(i > 0 && strchr(".:/-", text[i - 1]) && i > 1 && dg_is_digit((unsigned char)text[i - 2])) &&
        !(j < len && strchr(".:/-", text[j]) && j + 1 < len && dg_is_digit((unsigned char)text[j + 1]))) {
      d->year = v;
      d->start = i;
      d->len = j - i;
      return 1;
    }
    /* on past the number */
    while (i < len && dg_is_digit((unsigned char)text[i]))
      i++;
  }
  return 0;
}

/* ---------------------------------------------------------------- times */

/* Time zone abbreviations with a fixed offset; the bare US zones ("ET",
 * "PT") switch with daylight saving time, so their offset is unknown. */
static const struct {
  const char *name;
  int offset;
} zones[] = {
  {"UTC", 0}, {"GMT", 0}, {"Z", 0}, {"BST", 60}, {"CET", 60}, {"CEST", 120},
  {"EET", 120}, {"EEST", 180}, {"MSK", 180}, {"IST", 330}, {"SGT", 480},
  {"HKT", 480}, {"CST", DG_NO_OFFSET}, {"JST", 540}, {"KST", 540},
  {"AEST", 600}, {"AEDT", 660}, {"ACST", 570}, {"AWST", 480}, {"NZST", 720},
  {"NZDT", 780}, {"EST", -300}, {"EDT", -240}, {"CDT", -300}, {"MST", -420},
  {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"ET", DG_NO_OFFSET},
  {"CT", DG_NO_OFFSET}, {"MT", DG_NO_OFFSET}, {"PT", DG_NO_OFFSET},
  {"WIB", 420}, {"ICT", 420}, {"PHT", 480}, {"WAT", 60}, {"EAT", 180},
  {"SAST", 120}, {"AST", DG_NO_OFFSET}, {"HST", -600}, {"AKST", -540},
};

/* Reads "am", "pm", "a.m.", "p.m.", "AM", "P.M." at s[*i] (after optional
 * spaces): returns 1 for am, 2 for pm, 0 for none. */
static int meridiem(const char *s, size_t len, size_t *i)
{
  size_t j = *i;
  int m;
  skip_spaces(s, len, &j);
  if (j >= len)
    return 0;
  if (s[j] == 'a' || s[j] == 'A')
    m = 1;
  else if (s[j] == 'p' || s[j] == 'P')
    m = 2;
  else
    return 0;
  j++;
  if (j < len && s[j] == '.')
    j++;
  if (j >= len || (s[j] != 'm' && s[j] != 'M'))
    return 0;
  j++;
  if (j < len && s[j] == '.')
    j++;
  if (j < len && dg_is_alpha((unsigned char)s[j]))
    return 0;
  *i = j;
  return m;
}

/* One clock time at s[*i]: "10:30", "2:30pm", "10 a.m.", "noon". Sets
 * *minutes (before any meridiem), *mer (0/1/2) and advances *i. */
static int clock(const char *s, size_t len, size_t *i, int *minutes, int *mer, int *dotted)
{
  size_t j = *i;
  int h, m = 0, nd;
  *dotted = 0;
  if (j + 4 <= len && strncasecmp(s + j, "noon", 4) == 0 && word_boundary_after(s, len, j + 4)) {
    *minutes = 12 * 60;
    *mer = 0;
    *i = j + 4;
    return 1;
  }
  nd = num(s, len, &j, 2, &h);
  if (!nd || h > 24)
    return 0;
  /* French "18h00", "18h30", "9h": a 24-hour clock */
  if (j < len && (s[j] == 'h' || s[j] == 'H') &&
      (j + 1 == len || !dg_is_alpha((unsigned char)s[j + 1]))) {
    j++;
    if (j + 1 < len && dg_is_digit((unsigned char)s[j]) && dg_is_digit((unsigned char)s[j + 1]) &&
        !(j + 2 < len && dg_is_digit((unsigned char)s[j + 2]))) {
      m = (s[j] - '0') * 10 + (s[j + 1] - '0');
      if (m > 59)
        return 0;
      j += 2;
    }
    *minutes = h * 60 + m;
    *mer = 0;
    *i = j;
    return 1;
  }
  if (j + 2 < len && (s[j] == ':' || s[j] == '.') && dg_is_digit((unsigned char)s[j + 1]) &&
      dg_is_digit((unsigned char)s[j + 2]) &&
      !(j + 3 < len && (dg_is_digit((unsigned char)s[j + 3]) || s[j + 3] == '.' ||
                        s[j + 3] == ':'))) {
    m = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
    if (m > 59)
      return 0;
    *dotted = s[j] == '.';
    j += 3;
    *mer = meridiem(s, len, &j);
  } else {
    /* a bare hour is a time only with its meridiem: "10 a.m." */
    *mer = meridiem(s, len, &j);
    if (!*mer)
      return 0;
  }
  if (*mer && (h < 1 || h > 12))
    return 0;
  *minutes = h * 60 + m;
  *i = j;
  return 1;
}

static int apply_meridiem(int minutes, int mer)
{
  int h = minutes / 60;
  if (mer == 1 && h == 12)
    return minutes - 12 * 60;
  if (mer == 2 && h < 12)
    return minutes + 12 * 60;
  return minutes;
}

/* A range separator at s[*i]: "-", "–", "—", "to", "until". */
static int range_sep(const char *s, size_t len, size_t *i)
{
  size_t j = *i;
  skip_spaces(s, len, &j);
  if (j < len && s[j] == '-')
    j++;
  else if (j + 3 <= len && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
           ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94))
    j += 3;
  else if (j + 2 <= len && strncasecmp(s + j, "to", 2) == 0 && word_boundary_after(s, len, j + 2))
    j += 2;
  else if (j + 5 <= len && strncasecmp(s + j, "until", 5) == 0 &&
           word_boundary_after(s, len, j + 5))
    j += 5;
  else
    return 0;
  skip_spaces(s, len, &j);
  *i = j;
  return 1;
}

static void read_zone(const char *s, size_t len, size_t *i, dg_time *t)
{
  size_t j = *i, k, z;
  skip_spaces(s, len, &j);
  if (j < len && s[j] == '(')
    j++;
  k = j;
  while (k < len && dg_is_upper((unsigned char)s[k]) && k - j < 5)
    k++;
  if (k == j || !word_boundary_after(s, len, k))
    return;
  for (z = 0; z < DG_COUNT(zones); z++) {
    if (strlen(zones[z].name) == k - j && strncmp(zones[z].name, s + j, k - j) == 0) {
      memcpy(t->zone, s + j, k - j);
      t->zone[k - j] = '\0';
      t->offset = zones[z].offset;
      /* "GMT+9", "UTC+05:30" */
      if ((zones[z].offset == 0) && k < len && (s[k] == '+' || s[k] == '-')) {
        size_t q = k + 1;
        int hh = 0, mm = 0;
        if (num(s, len, &q, 2, &hh)) {
          size_t q2 = q + 1;
          if (q + 2 < len && s[q] == ':' && num(s, len, &q2, 2, &mm))
            q = q2;
          t->offset = (s[k] == '-' ? -1 : 1) * (hh * 60 + mm);
          k = q;
        }
      }
      if (k < len && s[k] == ')')
        k++;
      *i = k;
      return;
    }
  }
}

int dg_time_find(const char *text, size_t len, dg_time *t)
{
  size_t i;
  memset(t, 0, sizeof *t);
  t->start = t->end = -1;
  t->offset = DG_NO_OFFSET;
  for (i = 0; i < len; i++) {
    size_t j = i;
    int a, ma, b = -1, mb = 0, dot_a = 0, dot_b = 0;
    unsigned char c = (unsigned char)text[i];
    if (!(dg_is_digit(c) || c == 'n' || c == 'N') || !word_boundary_before(text, i)) {
      /* no position inside a word or number is at a word boundary */
      if (dg_is_alnum(c))
        while (i + 1 < len && dg_is_alnum((unsigned char)text[i + 1]))
          i++;
      continue;
    }
    /* "19.05.2022" is a date and "1.9 million" a number, not times */
    if (!clock(text, len, &j, &a, &ma, &dot_a)) {
      while (i + 1 < len && dg_is_alnum((unsigned char)text[i + 1]))
        i++;
      continue;
    }
    {
      size_t k = j;
      if (range_sep(text, len, &k) && clock(text, len, &k, &b, &mb, &dot_b))
        j = k;
      else
        b = -1;
    }
    /* a dotted "10.30" alone is too often a number: demand a meridiem,
     * a range or a zone */
    if (b < 0 && !ma && dot_a)
      continue;
    (void)dot_b;
    if (b >= 0) {
      if (mb && !ma) {
        /* "12:00 - 1:15 PM", "10:30-11:30am": the end's meridiem is the
         * start's too, unless that puts the start after the end */
        int s1 = apply_meridiem(a, mb), e1 = apply_meridiem(b, mb);
        a = s1 <= e1 ? s1 : apply_meridiem(a, 1);
        b = e1;
      } else {
        a = apply_meridiem(a, ma);
        b = apply_meridiem(b, mb ? mb : ma);
      }
    } else {
      a = apply_meridiem(a, ma);
    }
    /* "3:00 - 4:00" with no meridiem and a one-digit hour: events are
     * not held before dawn, so the afternoon ("03:00" is a 24-hour
     * clock's and stays) */
    if (!ma && !mb && a < 8 * 60 && (b < 0 || b < 9 * 60) && dg_is_digit((unsigned char)text[i]) &&
        i + 1 < len && text[i + 1] == ':') {
      a += 12 * 60;
      if (b >= 0)
        b += 12 * 60;
    }
    if (a >= 24 * 60 || b >= 24 * 60 + 1)
      continue;
    t->start = a;
    t->end = b;
    t->pos = i;
    read_zone(text, len, &j, t);
    t->len = j - i;
    return 1;
  }
  return 0;
}

void dg_time_format(int minutes, char out[9])
{
  if (minutes < 0)
    minutes = 0;
  snprintf(out, 9, "%02d:%02d:00", (minutes / 60) % 24, minutes % 60);
}

dg_datatype dg_date_format(const dg_date *d, char out[11])
{
  if (d->month && d->day) {
    snprintf(out, 11, "%04d-%02d-%02d", d->year, d->month, d->day);
    return DG_DT_DATE;
  }
  if (d->month) {
    snprintf(out, 11, "%04d-%02d", d->year, d->month);
    return DG_DT_GYEARMONTH;
  }
  snprintf(out, 11, "%04d", d->year);
  return DG_DT_GYEAR;
}
