/* test_title.c - which line is the page's title: repeated headings,
 * two-line headings joined with ": ", quoted titles, and the lines that
 * only look like titles (site names, menus, labels, dates, fields). */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

static const struct {
  const char *page;
  const char *want;
  const char *what;
} cases[] = {
  {"Harbor Institute | Research for a Safer Sea\nHome   Research   Events   Experts   About\n\n"
   "Publications \xE2\x80\xBA Reports\n\nShipping Chokepoints and the Next Crisis\n\n"
   "By Helen Marsh\nMarch 2, 2022\n\nThe report maps the straits through which most of "
   "the world's oil passes and asks how a blockade would unfold in each of them.\n",
   "Shipping Chokepoints and the Next Crisis", "menus and breadcrumbs above the title"},
  {"Harbor Institute\nShipping Chokepoints and the Next Crisis\n\n"
   "Shipping Chokepoints and the Next Crisis\n\nDownload Shipping Chokepoints and the Next "
   "Crisis\n\nThe report maps the straits through which most of the world's oil passes "
   "and asks how a blockade would unfold.\n",
   "Shipping Chokepoints and the Next Crisis", "the heading the page repeats"},
  {"Harbor Institute\n\nThe Quiet Rearmament\nEurope's Defense Industry after 2022\n\n"
   "by Tomas Berg\n\nFactories that made shells for a peacetime market are now asked to "
   "supply a war, and the orders are arriving faster than the workers.\n",
   "The Quiet Rearmament: Europe's Defense Industry after 2022", "a two-line heading"},
  {"Harbor Institute\n\nOcean Governance: A Primer\nJune 2020\n\nThe law of the sea is a "
   "patchwork of treaties, customs and court rulings that few states accept in full.\n",
   "Ocean Governance: A Primer", "a date under the title is not a subtitle"},
  {"HARBOR INSTITUTE\n\nEVENT\n\n\xE2\x80\x9C" "Can the Straits Stay Open?\xE2\x80\x9D\n\n"
   "Tuesday, May 7, 2024\n10:00-11:30\n\nSpeakers\nHelen Marsh (Harbor Institute)\n",
   "Can the Straits Stay Open?", "a quoted title; capitals are a masthead"},
  {"Harbor Institute\nEvents\n\nMembers event\nPiracy and private security in the Gulf of "
   "Guinea\nDate: Tuesday 20 June 2023\nTime: 18:00 \xE2\x80\x93 19:00 BST\n"
   "Venue: Harbor House, London\n\nSpeaker: Omar Haddad, Senior Fellow, Harbor Institute\n",
   "Piracy and private security in the Gulf of Guinea", "a heading in sentence case"},
  {"Harbor Institute\n\nWorking Paper No. 12\nNaval Diplomacy in the Indian Ocean\n"
   "Working Papers  |  April 2019\n\nAuthors: Mei Tanaka, Omar Haddad\n\nSummary\n\nNavies "
   "have long carried messages that diplomats could not deliver.\n",
   "Naval Diplomacy in the Indian Ocean", "a series label above the title"},
  {"We use cookies to give you the best experience on our website. By continuing to browse "
   "you agree to our use of cookies.\n\nHarbor Institute\n\nPorts, Power and the Pacific\n\n"
   "By Helen Marsh\nMay 2, 2023\n\nThe text of the commentary begins here and runs on for "
   "long enough to be read as the body of the page.\n",
   "Ports, Power and the Pacific", "a cookie notice above the masthead"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].page);
    const char *t = objects(f, DG_KIND_PUBLICATION, DG_P_TITLE);
    if (!*t)
      t = objects(f, DG_KIND_EVENT, DG_P_TITLE);
    is_str(t, cases[i].want, "%s", cases[i].what);
    dg_facts_free(f);
  }
  dg_mapper_free(m);
  return tap_done();
}
