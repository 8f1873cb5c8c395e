/* dates.c - written dates to XSD values, by a small hand-written scanner
 * (no regex engine in the inner loop; see MAPPER notes on speed). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "text.h"

static const char *const months[12] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

int dg_month_from_name(const char *s, size_t len)
{
  int m;
  char w[16];
  size_t i;
  if (len < 3 || len >= sizeof w)
    return 0;
  for (i = 0; i < len; i++)
    w[i] = (char)dg_to_lower((unsigned char)s[i]);
  w[len] = '\0';
  for (m = 0; m < 12; m++) {
    size_t ml = strlen(months[m]);
    if (len == ml && memcmp(w, months[m], len) == 0)
      return m + 1;
    /* three-letter abbreviations, and "sept" */
    if (len == 3 && memcmp(w, months[m], 3) == 0)
      return m + 1;
    if (len == 4 && m == 8 && memcmp(w, "sept", 4) == 0)
      return m + 1;
  }
  return 0;
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

/* Month-name forms starting at i: "April 5, 2017", "Apr. 5 2017",
 * "April 2017". */
static int try_month_first(const char *s, size_t len, size_t i, dg_date *d)
{
  size_t j = i, w;
  int m, day = 0, year = 0;
  while (j < len && dg_is_alpha((unsigned char)s[j]))
    j++;
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
      if (k < len && s[k] == ',')
        k++;
      skip_spaces(s, len, &k);
      if (num(s, len, &k, 4, &v) == 4 && word_boundary_after(s, len, k)) {
        year = v;
        j = k;
      } else {
        return 0;
      }
    }
  }
  if (!year || !valid(year, m, day))
    return 0;
  d->year = year;
  d->month = m;
  d->day = day;
  d->start = i;
  d->len = j - i;
  return 1;
}

/* Digit-first forms at i: "2017-04-05", "19.05.2022", "5 April 2017". */
static int try_digits_first(const char *s, size_t len, size_t i, dg_date *d)
{
  size_t j = i;
  int a, b, c, na;
  na = num(s, len, &j, 4, &a);
  if (na == 4 && j + 1 < len && (s[j] == '-' || s[j] == '/')) {
    char sep = s[j];
    size_t k = j + 1;
    if (num(s, len, &k, 2, &b) && k + 1 < len && s[k] == sep) {
      size_t k2 = k + 1;
      /* "2022-11-30T10:00" is an xsd:dateTime: the date part counts */
      if (num(s, len, &k2, 2, &c) &&
          (word_boundary_after(s, len, k2) || (sep == '-' && s[k2] == 'T')) &&
          valid(a, b, c) && b) {
        d->year = a;
        d->month = b;
        d->day = c;
        d->start = i;
        d->len = k2 - i;
        return 1;
      }
    }
    return 0;
  }
  if (na >= 1 && na <= 2) {
    if (j < len && s[j] == '.') {
      /* 19.05.2022: European day.month.year */
      size_t k = j + 1;
      if (num(s, len, &k, 2, &b) && k < len && s[k] == '.') {
        size_t k2 = k + 1;
        if (num(s, len, &k2, 4, &c) == 4 && word_boundary_after(s, len, k2) && valid(c, b, a) && b) {
          d->year = c;
          d->month = b;
          d->day = a;
          d->start = i;
          d->len = k2 - i;
          return 1;
        }
      }
      return 0;
    }
    {
      size_t k = j;
      /* 5th April 2017 */
      if (k + 1 < len && dg_is_alpha((unsigned char)s[k]) && dg_is_alpha((unsigned char)s[k + 1]) &&
          !word_boundary_after(s, len, k) && (k + 2 >= len || !dg_is_alpha((unsigned char)s[k + 2])))
        k += 2;
      skip_spaces(s, len, &k);
      if (k < len && dg_is_alpha((unsigned char)s[k])) {
        size_t w = k;
        int m;
        while (w < len && dg_is_alpha((unsigned char)s[w]))
          w++;
        m = dg_month_from_name(s + k, w - k);
        if (m && word_boundary_after(s, len, w)) {
          if (w < len && s[w] == '.')
            w++;
          if (w < len && s[w] == ',')
            w++;
          skip_spaces(s, len, &w);
          if (num(s, len, &w, 4, &c) == 4 && word_boundary_after(s, len, w) && valid(c, m, a)) {
            d->year = c;
            d->month = m;
            d->day = a;
            d->start = i;
            d->len = w - i;
            return 1;
          }
        }
      }
    }
  }
  return 0;
}

int dg_date_find(const char *text, size_t len, dg_date *d)
{
  size_t i;
  memset(d, 0, sizeof *d);
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    if (!word_boundary_before(text, i))
      continue;
    if (dg_is_alpha(c) && try_month_first(text, len, i, d))
      return 1;
    if (dg_is_digit(c) && try_digits_first(text, len, i, d))
      return 1;
  }
  return 0;
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
