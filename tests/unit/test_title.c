/* test_title.c - which line is the page's title: repeated headings,
 * two-line headings joined with ": ", quoted titles, and the lines that
 * only look like titles (site names, menus, labels, dates, fields). */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"
#include "extract/title.h"

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
  {"Harbor Times\nHome   World   Opinion   Sport\n\nWorld \xE2\x80\xBA Baltic Sea\n\n"
   "Ferries return to the northern route after a quiet winter\n\n"
   "Monday 3 May 2021 | Written by Harbor Wire\n\nThe first ferry of the season left the "
   "port on Monday, carrying trucks, tourists and a brass band hired by the town.\n",
   "Ferries return to the northern route after a quiet winter", "a breadcrumb of two crumbs"},
  {"Tidewater Review\nDefense & Diplomacy   Economy   Culture   About\n\n"
   "Home \xE2\x80\xBA Defense & Diplomacy \xE2\x80\xBA 2019\n\nDefense & Diplomacy\n\n"
   "Marta Velde: \xE2\x80\x9CNobody in the ministry expected the harbour treaty to survive "
   "the winter elections\xE2\x80\x9D\n\nJonas Ekberg, Nordic Policy Institute\n\n"
   "Jonas Ekberg asked Marta Velde by email what the treaty means for the ports and for "
   "the fishing towns along the coast.\n",
   "Marta Velde: \xE2\x80\x9CNobody in the ministry expected the harbour treaty to survive "
   "the winter elections\xE2\x80\x9D",
   "a section name from the menu; a long heading over an author line"},
  {"Harbor Institute\nHome \xE2\x80\xBA Podcasts \xE2\x80\xBA Sea Lanes\n\n"
   "Sea Lanes Episode 12: Ports. Tolls. Tariffs. Trouble.\n"
   "Podcast  \xC2\xB7  March 4, 2020\nAnn Vale (Harbor Institute) and Tom Reyes (Coastal "
   "University)\n\nVale and Reyes talk about the canal tolls that shipping lines now pay and "
   "what the new tariffs will do to them.\n",
   "Sea Lanes Episode 12: Ports. Tolls. Tariffs. Trouble.",
   "a heading in fragments; hosts with organizations are not a title"},
  {"HARBOR REVIEW \xE2\x80\x94 English edition\nHome   Archive   Maps   Subscribe\n\n"
   "MAY 2012\n\nThe grain deal survived, but only just\nA corridor on borrowed time\n\n"
   "The corridor that carries grain out of the southern ports has survived three rounds of "
   "threats, and the insurers are still writing policies for it.\n\nby Lena Marsh\n",
   "The grain deal survived, but only just: A corridor on borrowed time",
   "a masthead over a menu is not the title"},
  {"Harbor Institute\nHome \xE2\x80\xBA Publications \xE2\x80\xBA Summit report\n\n"
   "Summit report\nHarbor Security Forum 2023\n"
   "7th Coastal Security Summit \xC2\xB7 Lisbon, 3\xE2\x80\x93" "5 May 2023\n"
   "Published June 2023   \xC2\xB7   Editor: Ann Vale\n\nThe seventh summit brought "
   "ministers and officers from thirty states to the city for three days of talks.\n",
   "Harbor Security Forum 2023", "a dateline under the title is not its subtitle"},
  {"Harbor Quarterly\nIssues   Stories   Dispatch   About\n\nAutumn Issue \xE2\x80\xBA "
   "Dispatch\n\nHQ Dispatch March 2021\n\xE2\x80\x93 Ann Vale\n\nIn this dispatch we "
   "bring readers up to date on the stories of the autumn issue and the people in them.\n",
   "HQ Dispatch March 2021", "a title that holds a month"},
  {"Tidewater Notes\n\nSunday, May 2, 2021\n\nWeekly Harbor Notes, May 3, 2021\n\n"
   "FERRY TALKS AT THE PORT. 5/3, 10:00am. Sponsor: Harbor Institute.\n\nBlog Archive\n"
   "May\nWeekly Harbor Notes, May 3, 2021\nWeekly Harbor Notes, April 26, 2021\n",
   "Weekly Harbor Notes, May 3, 2021", "the heading comes before its copy in an archive"},
  {"HARBOR INSTITUTE OF MARITIME POLICY\nAbout   Research   Events   News\n\nNews  >  Institute News\n\n"
   "Date 2031.09.21    Views 1,187\n\n"
   "Harbor Institute and Lindau University mark ten years of the grain corridor with online forum\n\n"
   "Scholars from four countries gathered online on September 10 for a forum on the corridor, "
   "which has carried grain through the northern straits since the war began.\n",
   "Harbor Institute and Lindau University mark ten years of the grain corridor with online forum",
   "a long headline beside its dateline, not the site's name"},
  {"Issues   Stories   Dispatch   Podcast   About\n\nHarbor Review \u203A Dispatch\n\n[Photo] Dock workers unload grain at the port of Lindau on 23 December 2031. "
   "A \"corridor\" of ships waits in the roads outside. (Harbor Photo/Ines Falk)\n\nHarbor Dispatch January 2032\n\u2013 Ada Lind\n\n"
   "The corridor has carried grain through the northern straits since the war began, and its "
   "winter season is the hardest.\n",
   "Harbor Dispatch January 2032", "a caption is no headline, though a dated line follows it"},
  {"Harbor Institute\nResearch \u00B7 Events \u00B7 People \u00B7 About\n\n"
   "You are here: Home / Events / Conferences\n\nPORTS CONFERENCE 2031\n\n"
   "Date:\tThursday 24 October 2031\nVenue:\tHarbor Hall, Lindau\n\n"
   "The annual conference asks how the northern ports can stay open in a crisis.\n",
   "PORTS CONFERENCE 2031", "a breadcrumb joined by slashes is no title"},
};

/* Lines that are postal addresses, and titles that only share a cue
 * with one (rule: an address is never a title). */
static const struct {
  const char *s;
  int want;
} addresses[] = {
  {"Haus 5, 12 Lindenweg-ro, Mapo-gu, Seoul 04100, Republic of Korea", 1},
  {"Suite 300, 1414 Quay Street, Portland, OR 97201", 1},
  {"1200 Harbor Avenue NW", 1},
  {"Tower B 12F, 9 Quay Road, Harborville", 1},
  {"Naval Spending in the North, 2023", 0},
  {"Volume 12, Issue 3, Winter 2019", 0},
  {"The 10th Harbor Ministers' Meeting, Held in Bergen, Norway", 0},
  {"Ports, Power and the Pacific", 0},
  {"Belt and Road, Debt, and Sovereignty", 0},
  {"Harbor Road, Bay Street and Quay Avenue, 1890-1990", 0},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i, named = 0;
  /* every feature is weighed: title-weights.tsv names each */
  for (i = 0; i < DG_TF__COUNT; i++) {
    double w;
    named += dg_title_weight(i, &w);
  }
  is_int((long)named, (long)DG_TF__COUNT, "title-weights.tsv names every feature");
  is_str(dg_title_feature_name(DG_TF_ORG_LINE), "org-line", "a feature's name is its column");
  for (i = 0; i < sizeof addresses / sizeof *addresses; i++)
    is_int(dg_title_address_like(addresses[i].s, strlen(addresses[i].s)), addresses[i].want,
           "address-like: %s", addresses[i].s);
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
