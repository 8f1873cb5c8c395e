/* test_markup.c - Markdown's inline syntax out of a page's words, and the
 * spans found in the stripped text back on the page's own bytes. */
#include "config.h"

#include <string.h>

#include "../tap.h"
#include "extract/markup.h"
#include "mapper_test.h"

static const char *stripped(const char *text)
{
  static char out[8192];
  dg_markup *m = dg_markup_strip(text, strlen(text));
  snprintf(out, sizeof out, "%s", m ? dg_markup_text(m) : "(none)");
  dg_markup_free(m);
  return out;
}

int main(void)
{
  is_str(stripped("no markup [here] (or here) * or 2*3*4"), "(none)",
         "brackets, parentheses, a lone star and stars between digits are left alone");
  is_str(stripped("*Chair:* Ada Lind, *Harbour Institute*\n* a bullet\n"),
         "Chair: Ada Lind, Harbour Institute\n* a bullet\n",
         "single-star emphasis goes, a bullet's star stays");
  is_str(stripped("By [Ada Lind](https://example.org/a) of the [Harbour Institute](https://example.org/h_(x))."),
         "By Ada Lind of the Harbour Institute.", "links keep their words, lose their addresses");
  is_str(stripped("![a photo of the port](p.jpg) The port"), " The port", "an image is no words");
  is_str(stripped("**Speakers:** Ada Lind, **Tom Berg**"), "Speakers: Ada Lind, Tom Berg",
         "strong emphasis within a line");
  is_str(stripped("a [broken link](no close\nnext"), "(none)", "an address that does not close stays");
  {
    /* a link far into the page */
    static char far[4096];
    memset(far, 'x', 3000);
    strcpy(far + 3000, " [Ada Lind](https://example.org/a) wrote");
    is_str(stripped(far) + 3000, " Ada Lind wrote", "a link 3000 bytes into the page");
  }
  is_str(stripped("**no close\nhere**"), "(none)", "emphasis does not run over a line end");
  is_str(stripped("Dr.\xC2\xA0" "Ada\xE2\x80\xAF" "Lind, 3\xE2\x80\x89June"), "Dr. Ada Lind, 3 June",
         "no-break, narrow and thin spaces are spaces");
  is_str(stripped("Harb\xC2\xAD" "our\xE2\x80\x8B Institute\xEF\xBB\xBF"), "Harbour Institute",
         "a soft hyphen, a zero-width space and a byte order mark are nothing");
  is_str(stripped("caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D"), "(none)",
         "accents, dashes and quotes stay as they are");
  is_str(stripped("Ada Lind -- Senior Fellow -- 2031 --- x--y"),
         "Ada Lind \xE2\x80\x94 Senior Fellow \xE2\x80\x94 2031 --- x--y",
         "a spaced double hyphen is an em dash; other runs of hyphens stay");

  {
    /* a name found in the stripped text is reported where the page has it */
    const char page[] = "Harbour Review\n\n# Ships in a Colder Sea\n\n"
                        "By [Ada Lind](https://example.org/ada) and **Tom\xC2\xA0" "Berg**\n\n"
                        "March\xC2\xA0" "3, 2031\n\n"
                        "Harbour Review -- Ships -- Ida Moss\n\n"
                        "The sea is colder than it was, and the ports are busier.\n";
    dg_mapper *m = dg_mapper_new();
    dg_facts *f = map_text(m, page);
    size_t i, found = 0;
    is_str(entities(f, DG_KIND_PERSON), "Ada Lind; Ida Moss; Tom Berg",
           "the byline's linked and strong names, a name after a typewriter dash");
    for (i = 0; i < dg_facts_n_entities(f); i++) {
      const dg_entity *e = dg_facts_get_entity(f, i);
      if (e->kind == DG_KIND_PERSON) {
        /* the name as written: "Tom" NBSP "Berg" is a byte longer */
        const char *written = strcmp(e->label, "Tom Berg") == 0 ? "Tom\xC2\xA0" "Berg" : e->label;
        ok(e->span.start + e->span.len <= sizeof page - 1 && e->span.len == strlen(written) &&
               strncmp(page + e->span.start, written, e->span.len) == 0,
           "%s: its span is its name on the page as written", e->label);
        found++;
      }
    }
    ok(found == 3, "the three persons' spans checked (one after a dash one byte longer)");
    dg_facts_free(f);
    dg_mapper_free(m);
  }
  return tap_done();
}
