/* test_dates.c - written dates and their XSD precision. */
#include "config.h"

#include "dates.h"
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

int main(void)
{
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
  is_int(dg_month_from_name("Sept", 4), 9, "Sept is September");
  is_int(dg_month_from_name("JUNE", 4), 6, "month names ignore case");
  is_int(dg_month_from_name("Mayday", 6), 0, "not a month");
  return tap_done();
}
