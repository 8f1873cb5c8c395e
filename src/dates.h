/* dates.h - recognise written dates and times. */
#ifndef DG_DATES_H
#define DG_DATES_H

#include <stddef.h>

#include "facts.h"

typedef struct dg_date {
  int year;       /* 0 when absent */
  int month;      /* 1..12, 0 when absent */
  int day;        /* 1..31, 0 when absent */
  size_t start;   /* byte span of the match in the text */
  size_t len;
} dg_date;

/* Finds the first date in text[0..len): "April 5, 2017", "5 April 2017",
 * "Apr. 5, 2017", "Jul. 14, 2022", "2017-04-05", "19.05.2022", "April 2017",
 * "February 2021". Years 1900..2099. Returns 1 and fills *d if found. A
 * year alone is not matched here (too ambiguous in prose). */
int dg_date_find(const char *text, size_t len, dg_date *d);

/* Writes the lexical form and returns the XSD type for the precision the
 * date has: DG_DT_DATE "2017-04-05", DG_DT_GYEARMONTH "2021-02" or
 * DG_DT_GYEAR "2016". `out` must hold 11 bytes. */
dg_datatype dg_date_format(const dg_date *d, char out[11]);

/* Month number for an English month name or abbreviation ("Sept", "Feb."),
 * case-insensitive, or 0. `len` bytes of `s`. */
int dg_month_from_name(const char *s, size_t len);

#endif
