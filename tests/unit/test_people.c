/* test_people.c - persons in the prose and their identity on a page: a
 * title and a surname, public figures by surname ("the Obama
 * administration"), a surname that joins the full name, nicknames, two
 * people of one surname, and what only looks like a name. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"
#include "extract/orgs.h"
#include "extract/people.h"

static const struct {
  const char *page;
  dg_kind kind;      /* entities listed */
  const char *want;
  const char *what;
} cases[] = {
  {"A Note on Alliances\n\nBy Helen Marsh\n\nPresident Macron spoke with Chancellor Scholz "
   "about Ukraine, and the Biden administration welcomed the result. Germany and France "
   "agreed.\n",
   DG_KIND_PERSON, "Emmanuel Macron; Helen Marsh; Joe Biden; Olaf Scholz",
   "titles with surnames and an administration name public figures"},
  {"A Note on Alliances\n\nThe talks in Tokyo and Moscow went badly, Japanese and Russian "
   "officials said of Abe and Putin.\n",
   DG_KIND_PERSON, "Shinzo Abe; Vladimir Putin",
   "surnames of public figures of the countries the page names"},
  {"A Note on Trade\n\nWashington sent Abe, its trade envoy, to the talks.\n", DG_KIND_PERSON,
   "", "no surname alone without its country on the page"},
  {"A Note on Scholarship\n\nBy Dr. Gabriel Stone\n\nAs Stone argues, and as Gabe Stone "
   "wrote before, the field has moved.\n",
   DG_KIND_PERSON, "Gabriel Stone", "a surname and a nickname join the full name"},
  {"A Note on Scholarship\n\nBy Laura Chen and Peter Chen\n\nChen argues the opposite.\n",
   DG_KIND_PERSON, "Laura Chen; Peter Chen", "a surname two people share joins neither"},
  {"A Note on Geography\n\nThe Summer Games, the Santa Monica pier, the San Diego port, the "
   "Solomon Islands and 79 John Adams Street are not people; Mao Zedong was.\n",
   DG_KIND_PERSON, "Mao Zedong", "places and events that look like names; a family name first"},
  {"Trade, Tariffs, and Long-Term Growth\n\nBy Helen Marsh\n\nLong-Term Growth, as "
   "economists call it, was the theme of a lecture by Mark von Hagen of Arizona State "
   "University.\n",
   DG_KIND_PERSON, "Helen Marsh; Mark von Hagen",
   "a compound that starts like a given name; a particle in a name"},
  {"A Note on Rank\n\nLieutenant General Mark Hale (ret.) and Ambassador Ruth Okafor met "
   "Sen. Dana Whitfield.\n",
   DG_KIND_PERSON, "Dana Whitfield; Mark Hale; Ruth Okafor", "ranks and offices stripped"},
  {"The Future of Power in Asia\n\nPower in Asia is shifting fast, and the talks that opened "
   "in Tokyo on 3 May drew Japanese and American delegations; Obama's old advisers came too.\n",
   DG_KIND_PERSON, "Barack Obama",
   "a figure's surname that is a word: a heading, a sentence's first noun, a date"},
  {"A Note on Diplomacy\n\nAmbassador Park Ji-woo met the delegation in Busan.\n",
   DG_KIND_PERSON, "Park Ji-woo", "a hyphenated given name is not cut at its short syllable"},
  {"A Note on Diplomacy\n\nJapanese Prime Minister Abe Shinzo flew to Canberra. Later, Prime "
   "Minister Abe met Australian officials.\n",
   DG_KIND_PERSON, "Abe Shinzo", "a figure written family name first keeps the page's order"},
  {"A Note on Shipping\n\nHarbour Talks is a podcast about the economics of ports.\n"
   "Nordic Letters is produced by the Marlow Institute.\nIda Lindqvist is an analyst at the "
   "Marlow Institute.\nThe deal came as the U.S. Administration weighed the Simon Chair in "
   "Political Economy, Senior Adviser to the board.\n",
   DG_KIND_PERSON, "Ida Lindqvist",
   "a series, a podcast, an office and a chair are not persons; a bio names a position"},
  {"A Note on Diplomacy\n\nThe meeting was opened by Secretary-General PARK Ji-ho. SG PARK "
   "then briefed the ministers.\n",
   DG_KIND_PERSON, "Park Ji-ho", "an abbreviated office before a surname the page gave in full"},
  {"A Note on Alliances\n\nSecretary General Guterres spoke first.\n",
   DG_KIND_PERSON, "Ant\xC3\xB3nio Guterres", "a title with a space for the figure's hyphen"},
  {"A Note on Ports\n\nI\xE2\x80\x99m told that Colonel Park In-ho and Maria D\xE2\x80\x99Souza "
   "inspected the docks.\n",
   DG_KIND_PERSON, "Maria D\xE2\x80\x99Souza; Park In-ho",
   "an apostrophe before a capital joins a name, not \"I\xE2\x80\x99m\"; a syllable that is a word"},
  {"Harbour Working Paper 12\n\nResearch assistance: Ines Falk, Tiiu Saar and Omar Haddad. "
   "Funding: Nordic Research Council. Comments: Ruth Okafor and Maria Lindgren.\n",
   DG_KIND_PERSON, "Ines Falk; Maria Lindgren; Omar Haddad; Ruth Okafor; Tiiu Saar",
   "the people of every credit on a line"},
  {"Harbour Working Paper 12\n\nFor comments the authors thank Ines Falk, Tiiu Saar and Omar "
   "Haddad, as well as two anonymous reviewers.\n",
   DG_KIND_PERSON, "Ines Falk; Omar Haddad; Tiiu Saar",
   "an unknown given name in a list of thanks"},
  {"A Note on Diplomacy\n\nThe Secretary-General PARK Ji-ho and Deputy Secretaries-General "
   "TANAKA Kenta and WU Mei also attended; Foreign Ministers Ada Lind, Ben Roe and Eva "
   "Holm spoke.\n",
   DG_KIND_PERSON, "Ada Lind; Ben Roe; Eva Holm; Park Ji-ho; Tanaka Kenta; Wu Mei",
   "a title in the plural before the names of its holders"},
  {"A Note on Harbours\n\nHarbourton Mayor Ada Lind and Former Ambassador Ben Roe opened the "
   "port.\n",
   DG_KIND_PERSON, "Ada Lind; Ben Roe", "a place or \"Former\" before a title"},
  {"A Note on Surveys\n\nThe survey was written by Ada Lind, Vo Thi Phuong Anh and Ben Roe of the "
   "Harbour Institute.\n",
   DG_KIND_PERSON, "Ada Lind; Ben Roe; Vo Thi Phuong Anh",
   "a family name first, then given and middle names"},
  {"H\xC3\xA4" "fen im Wandel\n\nVon Jonas Becker und Lea Schmidt\n\nJonas Becker forscht in Kiel.\n",
   DG_KIND_PERSON, "Jonas Becker; Lea Schmidt", "the \"By\" of a German byline is no name's"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].page);
    is_str(entities(f, cases[i].kind), cases[i].want, "%s", cases[i].what);
    dg_facts_free(f);
  }
  {
    dg_facts *f = map_text(m, cases[0].page);
    is_str(objects(f, DG_KIND_DOCUMENT, DG_P_MENTIONS_PERSON), "Emmanuel Macron; Joe Biden; "
           "Olaf Scholz", "persons discussed, not the author, are mentioned");
    is_str(objects_of(f, "Joe Biden", DG_P_ALTERNATE_NAME), "Biden",
           "the surface form is kept, the office is not");
    dg_facts_free(f);
    f = map_text(m, cases[3].page);
    is_str(objects_of(f, "Gabriel Stone", DG_P_ALTERNATE_NAME),
           "Dr. Gabriel Stone; Gabe Stone; Stone", "every surface form is an alternate name");
    dg_facts_free(f);
  }
  /* the page-level objects free NULL */
  dg_orgs_free(NULL);
  dg_people_free(NULL);
  dg_page_release(NULL);
  dg_name_release(NULL);
  ok(1, "dg_orgs_free, dg_people_free, dg_page_release, dg_name_release accept NULL");
  dg_mapper_free(m);
  return tap_done();
}
