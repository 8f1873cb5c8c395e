/* test_bylines.c - who wrote and who edited the page's item: every byline
 * form of the genre, written for these tests. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

static const struct {
  const char *page;
  const char *authors;   /* sorted, "; " */
  const char *editors;
  const char *what;
} cases[] = {
  {"Why Ports Matter in the Baltic\n\nBy Helen Marsh and Tomas Berg\nMay 4, 2021\n\n"
   "Ports along the Baltic coast have become a test of allied resolve, and planners in "
   "several capitals now count cranes as carefully as ships.\n",
   "Helen Marsh; Tomas Berg", "", "By A and B"},
  {"Grain, Ships and Sanctions\n\nby Ana Ruiz, Tom Hale, and Li Wei\n\n"
   "The grain corridor survived three rounds of threats before the insurers finally "
   "stopped writing policies for the route last spring.\n",
   "Ana Ruiz; Li Wei; Tom Hale", "", "lower-case by, the Oxford comma"},
  {"Energy Security After the Pipeline\n\nAuthors: Keiko TANABE, Omar Haddad\n\n"
   "Summary\n\nEurope's search for new suppliers has reshaped its relations with the "
   "Gulf states in ways few planners expected a decade ago.\n",
   "Keiko Tanabe; Omar Haddad", "", "Authors: with a surname in capitals"},
  {"The Arctic Council at Thirty\n\nWritten by Nora Lund-Hansen\n\nThe council was built "
   "for cooperation on science and search and rescue, and it has struggled to adapt to "
   "a region where the security agenda now dominates.\n",
   "Nora Lund-Hansen", "", "Written by"},
  {"Maritime Law in Contested Waters\n\nSophie Laurent, Daniel Okoro, Mei Tanaka\n\n"
   "This volume brings together lawyers and naval officers who disagree about how far "
   "the existing conventions can stretch.\n",
   "Daniel Okoro; Mei Tanaka; Sophie Laurent", "", "a block of names under the title"},
  {"Deterrence on the Cheap\n\nMartin Fischer\nLondon School of Economics\n\n"
   "Small states have always borrowed deterrence from larger ones, and the terms of the "
   "loan are now being renegotiated across northern Europe.\n",
   "Martin Fischer", "", "one name and its affiliation under the title"},
  {"Alliances in Flux\nA Reader\n\nEditor: Carla Benedetti\nAuthor: Peter Lindqvist\n\n"
   "Summary\n\nThe chapters follow three alliances from their founding to the present day "
   "and ask what kept each of them together.\n",
   "Peter Lindqvist", "Carla Benedetti", "Author: and Editor: lines"},
  {"The Long Thaw\n\nEdited by Gabriel Stone\n\nThis collection asks how the end of the "
   "ice age of great-power relations might look from the smaller capitals.\n",
   "", "Gabriel Stone", "Edited by"},
  {"Nuclear Futures\n\nThis volume, edited by Dr. Stone, brings together essays first "
   "presented at a workshop organised by Gabriel Stone and colleagues in Geneva.\n\n"
   "Contributors discussed arms control, verification and the prospects for new "
   "treaties in a divided world.\n",
   "", "Gabriel Stone", "edited by Dr. SURNAME in the prose about the volume"},
  {"Mapping the Gray Zone\n\nAuthors\nIsabel Duarte\xC2\xB9, Karim Nasser\xC2\xB2\n"
   "\xC2\xB9 Senior Fellow, Lowy Institute\n\xC2\xB2 Lecturer, University of Leeds\n\n"
   "Summary\n\nCoercion below the threshold of war has become the preferred tool of "
   "revisionist states across the region.\n",
   "Isabel Duarte; Karim Nasser", "", "names with footnote marks under an Authors heading"},
  {"Home \xE2\x96\xB8 Journals \xE2\x96\xB8 Maritime Affairs\n\nMaritime Affairs\nVolume 9, "
   "2022 - Issue 3\n\nOriginal Articles\n\nCoast Guards as Instruments of Statecraft\n\n"
   "Lin Hao\nUniversity of Hong Kong\nR. Peter Sandoval\nNaval Postgraduate School\n"
   "Pages 40-61 | Published online: 11 Oct 2022\n\nAbstract\nCoast guards now do much of "
   "the work navies once did in disputed waters, and they do it with fewer legal limits.\n",
   "Lin Hao; R. Peter Sandoval", "", "names with affiliation lines, an initial first"},
  {"Drones and the New Frontline\n\nThe war has turned cheap drones into a weapon that "
   "shapes every operation, from artillery spotting to strikes far behind the lines.\n\n"
   "Claire Dubois is a senior fellow at the Royal United Services Institute.\n",
   "Claire Dubois", "", "an author named only in a bio line after the text"},
  {"Ports and Power in the North\n\nTuesday 4 May 2021 | Written by Harbor Wire\n\n"
   "Opinion \xE2\x80\x93 The northern ports have become a test of allied resolve, and planners "
   "in several capitals now count cranes as carefully as ships.\n\n"
   "* Helen Marsh is a senior lecturer at the University of Bergen. Tomas Berg is a "
   "professor of politics at the Baltic Policy Institute.\nThis article was first "
   "published by Harbor Wire.\n",
   "Helen Marsh; Tomas Berg", "", "two authors in the bio paragraph before a syndication note"},
  {"Harbor Security Forum 2023\n\nPublished June 2023\n\nThe seventh forum brought "
   "ministers and officers from thirty states to the city for three days of talks.\n\n"
   "Credits\nEditor: Ann Vale\nContributors: Helen Marsh, Tomas Berg, Lena Krause\n",
   "Helen Marsh; Lena Krause; Tomas Berg", "Ann Vale", "a Contributors: line in the credits"},
  {"Sea Lanes Episode 12: Ports and Tolls\nPodcast  \xC2\xB7  March 4, 2020\n"
   "Soumaya Vale (Harbor Institute) and Tom Reyes (Coastal University)\n\nVale and Reyes "
   "talk about the canal tolls that shipping lines now pay and what the new tariffs will "
   "do to them.\n",
   "Soumaya Vale; Tom Reyes", "", "hosts with their organizations in parentheses"},
  {"Harbor Council\n\nPort Notes  \xC2\xB7  July 10, 2031\n\nOur experts read the new port "
   "charter\nBy Harbor Council experts\n\nThe ministers published the charter on Wednesday "
   "afternoon, and our experts read it line by line.\n\nJump to an expert reaction:\n"
   "Helen Marsh: The charter passed the test\nTomas Berg: Big questions remain\n\n"
   "The charter passed the test\nParagraph 9 opens the northern quays to every flag, which "
   "few expected a year ago.\nHelen Marsh is a senior fellow at the Harbor Council.\n\n"
   "Big questions remain\nThe text is solid, but the politics around it are not, and the "
   "ports know it.\n",
   "Helen Marsh; Tomas Berg", "", "experts react: NAME: heading over each section"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].page);
    is_str(objects(f, DG_KIND_PUBLICATION, DG_P_AUTHOR), cases[i].authors, "%s: authors",
           cases[i].what);
    is_str(objects(f, DG_KIND_PUBLICATION, DG_P_EDITOR), cases[i].editors, "%s: editors",
           cases[i].what);
    dg_facts_free(f);
  }
  /* affiliations written beside the authors */
  {
    dg_facts *f = map_text(m, cases[5].page);
    is_str(affiliations(f), "Martin Fischer > London School of Economics",
           "the line under an author is the affiliation");
    dg_facts_free(f);
    f = map_text(m, cases[9].page);
    is_str(affiliations(f),
           "Isabel Duarte > Lowy Institute; Karim Nasser > University of Leeds",
           "footnote marks map authors to affiliations");
    dg_facts_free(f);
  }
  /* a podcast's host named in its prose; the show's other episodes share
   * the host (rules podcast-host, listed-episode-host) */
  {
    dg_facts *f = map_text(m, "Sea Lanes\nA podcast from the Harbor Institute\n\nEpisodes "
                              "\xE2\x80\xBA 2031\n\nThe Quiet Quays of the North\nMay 8th, 2031\n\n"
                              "Lena Krause studies the ports of the north. She joins Sea Lanes "
                              "host Ann Vale to talk about her research, from cranes to tolls.\n\n"
                              "\xE2\x97\x80 Previous episode\nTolls at the Canal  \xC2\xB7  April "
                              "26th, 2031\nCaptain Tom Reyes of the Harbor Navy talks with Ann Vale "
                              "about what the new tolls will do to the trade.\n");
    is_str(objects_of(f, "The Quiet Quays of the North", DG_P_AUTHOR), "Ann Vale",
           "the host named in the prose is the episode's author");
    is_str(objects_of(f, "Tolls at the Canal", DG_P_AUTHOR), "Ann Vale",
           "the host named in another episode's teaser is its author");
    dg_facts_free(f);
  }
  /* "Cite as:" names the authors when the header does not (rule
   * own-citation-author) */
  {
    dg_facts *f = map_text(m, "Harbor Connections\nHome   Issues   About\n\nPorts Accelerate "
                              "the Review\nPublished June 2030\n\nCite as: Helen Marsh and Tomas "
                              "K. Berg, \xE2\x80\x9CNorth-South Relations: Ports Accelerate the "
                              "Review,\xE2\x80\x9D Harbor Connections, Vol. 9, No. 3, June 2030.\n\n"
                              "The year opened with a meeting of the port committee, and the "
                              "ministers agreed on little but the date of the next one.\n");
    is_str(objects_of(f, "Ports Accelerate the Review", DG_P_AUTHOR), "Helen Marsh; Tomas K. Berg",
           "the authors of the page's own citation");
    dg_facts_free(f);
  }
  /* two footnoted affiliations on one line */
  {
    dg_facts *f = map_text(m, "Harbor Journal Online\n\nPorts and Power in the North\n"
                              "Helen Marsh\xC2\xB9; Tomas K. Berg\xC2\xB2\n\xC2\xB9 University of "
                              "Bergen    \xC2\xB2 Baltic Policy Institute\n\nAbstract\nPorts along "
                              "the northern coast have become a test of allied resolve, and "
                              "planners now count cranes as carefully as ships.\n");
    is_str(affiliations(f),
           "Helen Marsh > University of Bergen; Tomas K. Berg > Baltic Policy Institute",
           "each mark's text runs to the next mark");
    dg_facts_free(f);
  }
  /* an "Authors" block after the text gives the affiliations */
  {
    dg_facts *f = map_text(m, "Harbor Bureau\n\nWorking Papers \xE2\x80\xBA w101\n\nPorts "
                              "and Power\nHelen Marsh & Tomas Berg\n\nWorking Paper 101\n\nPorts "
                              "along the northern coast have become a test of allied resolve, and "
                              "planners now count cranes as carefully as ships.\n\nAuthors\n"
                              "Helen Marsh \xE2\x80\x93 University of Bergen\nTomas Berg "
                              "\xE2\x80\x93 Baltic Policy Institute\n");
    is_str(affiliations(f), "Helen Marsh > University of Bergen; Tomas Berg > Baltic Policy Institute",
           "Name \xE2\x80\x93 Organization under an Authors heading after the text");
    dg_facts_free(f);
  }
  /* a podcast's "Host:" and "Hosted by" lines; its guest is no author and
   * its role lines make no event */
  {
    dg_facts *f = map_text(m, "Harbor Institute\nResearch   Podcasts   Events\n\nSea Lanes "
                              "Episode 41: The Canal Question\nPodcast \xC2\xB7 June 2, 2031\n"
                              "Host: Ann Vale\nGuest: Lena Krause, Bergen University\n\nLena "
                              "Krause joins the show to discuss the tolls that shipping lines now "
                              "pay at the canal and what the new tariffs will do to them.\n");
    is_str(objects(f, DG_KIND_PUBLICATION, DG_P_AUTHOR), "Ann Vale", "Host: NAME");
    is_str(entities(f, DG_KIND_EVENT), "", "an episode is no event");
    dg_facts_free(f);
    f = map_text(m, "Harbor Institute\nResearch   Podcasts   Events\n\nPodcasts \xE2\x80\xBA "
                    "Sea Lanes\n\nSea Lanes Episode 41: The Canal Question\nHosted by Ann Vale\n"
                    "June 2, 2031\n\nIn this episode, Lena Krause of Bergen University joins to "
                    "discuss the tolls that shipping lines now pay at the canal.\n");
    is_str(objects(f, DG_KIND_PUBLICATION, DG_P_AUTHOR), "Ann Vale", "Hosted by NAME");
    dg_facts_free(f);
  }
  /* short takes by several experts are commentary */
  {
    dg_facts *f = map_text(m, cases[sizeof cases / sizeof *cases - 1].page);
    is_str(class_of(f, DG_KIND_PUBLICATION), "Commentary", "experts react: commentary");
    dg_facts_free(f);
  }
  /* a podcast's host is its author, its guest is not */
  {
    dg_facts *f = map_text(m, "PODCAST\n\nThe Shipping Lanes Episode\n\nSarah Quinn and "
                              "Tomas Berg\nJune 2, 2023\n\nOn this episode, Sarah Quinn is "
                              "joined by Tomas Berg to talk about insurance markets and "
                              "the Red Sea.\n");
    is_str(objects(f, DG_KIND_PUBLICATION, DG_P_AUTHOR), "Sarah Quinn", "podcast: the host");
    ok(strstr(entities(f, DG_KIND_PERSON), "Tomas Berg") != NULL, "podcast: the guest is a person");
    dg_facts_free(f);
  }
  dg_mapper_free(m);
  return tap_done();
}
