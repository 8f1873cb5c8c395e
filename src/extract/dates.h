/* dates.h - recognise written dates and times. */
#ifndef DG_DATES_H
#define DG_DATES_H

#include <stddef.h>

#include "extract/facts.h"

typedef struct dg_date {
  int year;       /* 0 when absent */
  int month;      /* 1..12, 0 when absent */
  int day;        /* 1..31, 0 when absent */
  int end_day;    /* the last day of a range in one month ("10–12 July",
                     "July 10-12"), 0 when none */
  size_t start;   /* byte span of the match in the text */
  size_t len;
} dg_date;

/* Finds the first date in text[0..len): "April 5, 2017", "5 April 2017",
 * "Apr. 5, 2017", "Jul. 14, 2022", "2017-04-05", "19.05.2022", "April 2017",
 * "February 2021". Years 1900..2099. Returns 1 and fills *d if found. A
 * year alone is not matched here (too ambiguous in prose). */
int dg_date_find(const char *text, size_t len, dg_date *d);

/* Like dg_date_find(), but when `default_year` is not 0 a day and month
 * without a year ("Friday, 19 June", "June 19") are accepted too and take
 * that year (a page dated 18 June 2020 announcing an event "19 June"). */
int dg_date_find_in_year(const char *text, size_t len, int default_year, dg_date *d);

/* dg_date_find_in_year() with options (DG_DATE_*): how to read a date in
 * digits whose first two numbers could both be the month ("02/05/2023"),
 * and whether a month and day alone in digits count ("10/1", with
 * `default_year`; only where a date is expected, such as an agenda). */
enum {
  DG_DATE_DMY = 1,  /* day first, as in Europe; else month first */
  DG_DATE_SHORT = 2 /* "M/D" (or "D/M") without a year */
};
int dg_date_find_ex(const char *text, size_t len, int default_year, unsigned flags, dg_date *d);

/* Finds a year standing alone (1900..2099, not part of a longer number, a
 * date or a time): "(Larchmont Press, 2023)". Returns 1 and fills *d (month and
 * day 0) if found. */
int dg_year_find(const char *text, size_t len, dg_date *d);

/* A clock time or a time range, in minutes after midnight. */
typedef struct dg_time {
  int start;      /* minutes, or -1 */
  int end;        /* minutes, or -1 when no range */
  char zone[8];   /* the time zone as written ("ET", "AEST"), or "" */
  int offset;     /* the zone's offset east of UTC in minutes, or
                     DG_NO_OFFSET when unknown or ambiguous ("ET") */
  size_t pos;     /* byte span of the match */
  size_t len;
} dg_time;

#define DG_NO_OFFSET (-100000)

/* Finds the first clock time in text[0..len): 24-hour "10:30", "(10:30-12:00)",
 * 12-hour "2:30pm", "12:00 - 1:15 PM" (a meridiem written once applies to
 * both ends when that keeps the range in order), "10 a.m.", "noon", with an
 * optional zone ("ET", "AEST", "GMT+9"). Returns 1 and fills *t if found. */
int dg_time_find(const char *text, size_t len, dg_time *t);

/* Writes "HH:MM:SS" for `minutes` into out (9 bytes). */
void dg_time_format(int minutes, char out[9]);

/* Writes the lexical form and returns the XSD type for the precision the
 * date has: DG_DT_DATE "2017-04-05", DG_DT_GYEARMONTH "2021-02" or
 * DG_DT_GYEAR "2016". `out` must hold 11 bytes. */
dg_datatype dg_date_format(const dg_date *d, char out[11]);

/* Month number for an English month name or abbreviation ("Sept", "Feb."),
 * case-insensitive, or 0. `len` bytes of `s`. */
int dg_month_from_name(const char *s, size_t len);

#endif
