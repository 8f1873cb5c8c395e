/* test_mapper_scale.c - pages of an awkward size still map: one line of
 * 20 MB, 10,000 names in one byline, 100,000 short lines. Every
 * recogniser must be linear in the page; this test only checks that the
 * mapping finishes with sensible facts (no timing assertion), and `make
 * check` has a time limit. */
#include "config.h"

#include <stdio.h>

#include "base/buf.h"
#include "../tap.h"
#include "mapper_test.h"

static size_t count_prop(const dg_facts *f, dg_prop prop)
{
  size_t i, n = 0;
  for (i = 0; i < dg_facts_n_facts(f); i++)
    if (dg_facts_get_fact(f, i)->prop == prop)
      n++;
  return n;
}

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  dg_buf b;
  dg_facts *f;
  size_t i;

  /* one line of 20 MB: a sentence repeated without a line break */
  dg_buf_init(&b);
  dg_buf_adds(&b, "A Very Long Page\n\n");
  while (b.len < (size_t)20 << 20)
    dg_buf_adds(&b, "Officials from Japan and Korea met Helen Marsh of the Harbour Policy "
                    "Centre (HPC), who said on March 3, 2021 that ports matter; ");
  dg_buf_adds(&b, "\n");
  f = map_text(m, b.data);
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_MENTIONS_COUNTRY), "Japan; South Korea",
         "a 20 MB line: countries found");
  ok(strstr(entities(f, DG_KIND_ORGANIZATION), "Harbour Policy Centre") != NULL,
     "a 20 MB line: the organization found");
  ok(strstr(entities(f, DG_KIND_PERSON), "Helen Marsh") != NULL, "a 20 MB line: the person found");
  dg_facts_free(f);
  dg_buf_release(&b);

  /* 10,000 names in one byline */
  dg_buf_init(&b);
  dg_buf_adds(&b, "The Largest Author List\n\nBy ");
  for (i = 0; i < 10000; i++) {
    char name[64];
    snprintf(name, sizeof name, "%sAnna Q%c%c%c%cson", i ? ", " : "", 'a' + (int)(i / 1000 % 26),
             'a' + (int)(i / 100 % 10), 'a' + (int)(i / 10 % 10), 'a' + (int)(i % 10));
    dg_buf_adds(&b, name);
  }
  dg_buf_adds(&b, "\n\nA short text about the report and what it finds in the data.\n");
  f = map_text(m, b.data);
  is_int(count_prop(f, DG_P_AUTHOR), 10000, "10,000 names in a byline: all authors");
  dg_facts_free(f);
  dg_buf_release(&b);

  /* 100,000 short lines */
  dg_buf_init(&b);
  dg_buf_adds(&b, "Many Lines\n\n");
  for (i = 0; i < 100000; i++)
    dg_buf_adds(&b, i % 3 ? "Speakers\n" : "Helen Marsh (Harbour Policy Centre)\n");
  f = map_text(m, b.data);
  ok(dg_facts_n_entities(f) > 1, "100,000 short lines: mapped");
  dg_facts_free(f);
  dg_buf_release(&b);

  dg_mapper_free(m);
  return tap_done();
}
