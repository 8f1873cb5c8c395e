/* test_dates.c - written dates and their XSD precision. */
#include "config.h"

#include <stdio.h>

#include "extract/dates.h"
#include "../tap.h"

static void want(const char *text, const char *lexical, dg_datatype dt)
{
  dg_date d;
  char out[11] = "";
  int found = dg_date_find(text, strlen(text), &d);
  if (!lexical) {
    ok(!found, "no date in '%s'", text);
    return;
  }
  ok(found, "a date in '%s'", text);
  if (found) {
    dg_datatype got = dg_date_format(&d, out);
    is_str(out, lexical, "  '%s' -> %s", text, lexical);
    is_int(got, dt, "  '%s' has the right precision", text);
  }
}

/* Times: "HH:MM-HH:MM zone" of the first time found, or "-". */
static void want_time(const char *text, const char *expect)
{
  dg_time t;
  char got[64], a[9], b[9];
  if (!dg_time_find(text, strlen(text), &t)) {
    is_str("-", expect, "time in '%s'", text);
    return;
  }
  dg_time_format(t.start, a);
  if (t.end >= 0)
    dg_time_format(t.end, b);
  snprintf(got, sizeof got, "%.5s%s%.5s%s%s", a, t.end >= 0 ? "-" : "", t.end >= 0 ? b : "",
           t.zone[0] ? " " : "", t.zone);
  is_str(got, expect, "time in '%s'", text);
}

/* A date read with the page's year for dates written without one. */
static void want_in_year(const char *text, int year, const char *lexical, int end_day)
{
  dg_date d;
  char out[11] = "-";
  if (dg_date_find_in_year(text, strlen(text), year, &d))
    dg_date_format(&d, out);
  is_str(out, lexical, "'%s' in %d", text, year);
  if (lexical[0] != '-')
    is_int(d.end_day, end_day, "  '%s': last day of the range", text);
}

int main(void)
{
  /* Spanish and Portuguese join day, month and year with "de" */
  want("mi\xC3\xA9rcoles 3 de marzo de 2031", "2031-03-03", DG_DT_DATE);
  want("Fecha: 12 de octubre de 2030, 18:00", "2030-10-12", DG_DT_DATE);
  want("Published March 3, 2019 by the institute", "2019-03-03", DG_DT_DATE);
  want("3 March 2019", "2019-03-03", DG_DT_DATE);
  want("Sept. 30, 2020", "2020-09-30", DG_DT_DATE);
  want("Oct 1 2011", "2011-10-01", DG_DT_DATE);
  want("the 21st of nothing, 1st June 2015", "2015-06-01", DG_DT_DATE);
  want("2022-11-30T10:00", "2022-11-30", DG_DT_DATE);
  want("Updated 07.06.2023", "2023-06-07", DG_DT_DATE);
  want("Winter issue, December 2010", "2010-12", DG_DT_GYEARMONTH);
  want("February 30, 2021", NULL, DG_DT_DATE);
  want("February 29, 2024", "2024-02-29", DG_DT_DATE);
  want("in 1990 the wall fell", NULL, DG_DT_DATE);
  want("call 555-1234", NULL, DG_DT_DATE);
  want("May be", NULL, DG_DT_DATE);
  want("Released 2023.11.02 in Tokyo", "2023-11-02", DG_DT_DATE);
  want("Pages 12-40 | Published online: 3 Aug 2020", "2020-08-03", DG_DT_DATE);
  want("Friday, 19 June, 10:30", NULL, DG_DT_DATE);

  /* clock times: 24-hour, 12-hour, ranges, meridiem written once, zones */
  want_time("3 May 2021 (09:15-10:45)", "09:15-10:45");
  want_time("7:00 - 8:30 PM", "19:00-20:30");
  want_time("11:30 AM \xE2\x80\x93 1:00 PM ET", "11:30-13:00 ET");
  want_time("11:00\xE2\x80\x93" "12:30pm GMT", "11:00-12:30 GMT");
  want_time("12:00 - 1:30 PM", "12:00-13:30");
  want_time("4pm to 6pm CEST", "16:00-18:00 CEST");
  want_time("from noon until 2:00 pm", "12:00-14:00");
  want_time("14.00\xE2\x80\x93" "15.30 CET", "14:00-15:30 CET");
  want_time("at 9 a.m. JST", "09:00 JST");
  want_time("8:30\xE2\x80\x93" "9:30am AEST", "08:30-09:30 AEST");
  want_time("GDP grew 2.45 percent", "-");
  want_time("Room 10.30", "-");
  want_time("see page 5 or 12", "-");
  {
    dg_time t;
    dg_time_find("6:00 PM EDT", 11, &t);
    is_int(t.offset, -240, "EDT is four hours behind UTC");
    dg_time_find("6:00 PM ET", 10, &t);
    is_int(t.offset, DG_NO_OFFSET, "ET switches with daylight saving: no fixed offset");
  }

  /* a day and month without a year take the page's year; ranges of days */
  want_in_year("Sydney: Saturday, 7 August, 9:00 am AEST", 2021, "2021-08-07", 0);
  want_in_year("Washington: Friday, August 6, 7:00 pm EDT", 2021, "2021-08-06", 0);
  want_in_year("to be held on 14\xE2\x80\x93" "16 October 2025", 0, "2025-10-14", 16);
  want_in_year("held Sept. 3-5, 2019 in Vienna", 0, "2019-09-03", 5);
  want_in_year("August 2021", 2020, "2021-08", 0);
  want_in_year("in 2020 alone", 2020, "-", 0);
  {
    dg_date d;
    char out[11] = "";
    ok(dg_year_find("(Harbour Press, 2022)", 21, &d) && dg_date_format(&d, out) == DG_DT_GYEAR &&
       strcmp(out, "2022") == 0, "a year alone in a citation");
    ok(!dg_year_find("pp. 2019-2030 and 1.2019", 24, &d), "not a year inside a range or number");
  }

  is_int(dg_month_from_name("Sept", 4), 9, "Sept is September");
  is_int(dg_month_from_name("JUNE", 4), 6, "month names ignore case");
  is_int(dg_month_from_name("Mayday", 6), 0, "not a month");
  return tap_done();
}
