/* test_affiliations.c - a person's organizations as the page gives them:
 * in parentheses, after a comma or a dash, on the next line, "A / B",
 * "of the", a possessive, a bio; a program inside a named parent is not
 * an affiliation of its own beside a name, but is in a bio, which tells
 * where the person works in full. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

static const struct {
  const char *page;
  const char *want;
  const char *what;
} cases[] = {
  {"Event\n\nBaltic Outlook 2025\n\nMay 6, 2025, 10:00-11:00\n\nSpeakers:\n\n"
   "Tomas Berg (University of Oslo / Nordic Peace Institute)\n",
   "Tomas Berg > Nordic Peace Institute; Tomas Berg > University of Oslo",
   "A / B in parentheses: both"},
  {"Event\n\nBaltic Outlook 2025\n\nMay 6, 2025, 10:00-11:00\n\nSpeakers\n"
   "\xE2\x80\xA2 Mei Tanaka \xE2\x80\x94 Senior Fellow, Lowy Institute\n",
   "Mei Tanaka > Lowy Institute", "after a dash, past the position"},
  {"Event\n\nBaltic Outlook 2025\n\nMay 6, 2025, 10:00-11:00\n\nModerator\n"
   "Ruth Okafor\nDirector, Global Health Program; Director, Polar Studies Institute\n",
   "Ruth Okafor > Global Health Program; Ruth Okafor > Polar Studies Institute",
   "the next line, two positions"},
  {"Notes from the Field\n\nBy Omar Haddad\n\nAs the Atlantic Council's Omar Haddad "
   "put it in a recent interview, the question is no longer whether but when.\n",
   "Omar Haddad > Atlantic Council", "ORG's NAME"},
  {"Notes from the Field\n\nThe panel heard from Karim Nasser, Director of the Middle East "
   "Program at the Carnegie Endowment for International Peace, and from Lena Krause of "
   "the University of Hamburg.\n",
   "Karim Nasser > Carnegie Endowment for International Peace; "
   "Lena Krause > University of Hamburg",
   "appositive and 'of the'; the program inside its parent is left out"},
  {"Ports and Power\n\nBy Sophie Laurent\n\nThe text of the report.\n\nAbout the author\n"
   "Sophie Laurent is a research fellow at the Graduate Institute Geneva. Before that "
   "she worked at the Ministry of Foreign Affairs. Her latest book, Harbours of Empire, "
   "was published by Oxford University Press.\n",
   "Sophie Laurent > Graduate Institute Geneva; Sophie Laurent > Ministry of Foreign Affairs",
   "a bio: employers yes, the publisher of a book no"},
  {"Event\n\nHarbour Security Forum\n\nMay 6, 2025, 10:00-11:00\n\nAGENDA\n10:00 | Opening "
   "remarks\n       | Ambassador Ines Falk\n10:15 | Panel\n       | Ruth Okafor\n\nSPEAKERS\n"
   "Ines Falk is Ambassador and Consul General of Norway in Boston.\n"
   "Ruth Okafor is a senior fellow at the Polar Studies Institute.\n",
   "Ruth Okafor > Polar Studies Institute",
   "one bio per line: the next person's bio is not the first one's"},
  {"Harbour Report 2025\n\nMarlow Institute\n\nThe text of the report.\n\nCredits\n"
   "Editor: Ruth Okafor\nProduction and Design: Ines Falk, Omar Haddad\n\n"
   "\xC2\xA9 2025 Marlow Institute. All rights reserved.\n",
   "Ines Falk > Marlow Institute; Omar Haddad > Marlow Institute; Ruth Okafor > Marlow Institute",
   "staff credited in an organization's own publication work for it"},
  {"Harbour Yearbook 2025\n\nChapters\n\nPorts of the North\nRuth Okafor\nCo-director of the "
   "Arctic Program at the Polar Studies Institute, Marlow University\n",
   "Ruth Okafor > Arctic Program; Ruth Okafor > Marlow University; "
   "Ruth Okafor > Polar Studies Institute",
   "a name card: every organization of its position line, the program too"},
  {"Harbour Yearbook 2025\n\nPraise\n\n\xE2\x80\x9C\xE2\x80\xA6" "a valuable guide to the "
   "ports of the north.\xE2\x80\x9D \xE2\x80\x94 Tobias Lindqvist, Professor, Marlow "
   "University\n",
   "Tobias Lindqvist > Marlow University", "a quotation's attribution"},
  {"Notes from the Field\n\nThe issue carried a piece by UNICEF Executive Director Ines Falk, "
   "and Kaia Oberg of the Marlow Institute traced the routes people take.\n",
   "Ines Falk > UNICEF; Kaia Oberg > Marlow Institute",
   "ORG Title NAME; NAME of ORG with an unknown given name"},
  {"Notes from the Field\n\nThe editors put questions to Tobias Lindqvist, who led the Ostrander "
   "Foundation and now chairs the Marlow Institute, about the year ahead.\n",
   "Tobias Lindqvist > Marlow Institute; Tobias Lindqvist > Ostrander Foundation",
   "a relative clause of the posts held"},
  {"Harbour Notes\n\nThe episode text.\n\nAbout the hosts\nRuth Okafor writes about trade for "
   "The Economist. Tobias Lindqvist is a former correspondent for The Guardian and now a "
   "senior fellow at the Marlow Institute.\n",
   "Ruth Okafor > The Economist; Tobias Lindqvist > Marlow Institute",
   "hosts' bios: a newspaper one writes for, not a former one"},
  {"Harbour Politics in Review\n\n[Photo] Dockers at the north gate at dawn. (AFP "
   "Photo/Ines Falk)\n\n[Photo] The harbour at night. Omar Haddad/UNHCR.\n",
   "Ines Falk > AFP; Omar Haddad > UNHCR", "a picture credit names the agency"},
  {"Harbour Working Paper 12\n\nMarlow Institute\n\nAuthors\nRuth Okafor \xE2\x80\x93 "
   "Ostrander Foundation and Polar Studies Institute\nTobias Lindqvist \xE2\x80\x93 Marlow "
   "University\n\nResearch assistance: Ines Falk and Omar Haddad. Funding: Nordic Research "
   "Council.\n\n\xC2\xA9 2025 Marlow Institute\n",
   "Ruth Okafor > Ostrander Foundation; Ruth Okafor > Polar Studies Institute; "
   "Tobias Lindqvist > Marlow University",
   "record lines NAME \xE2\x80\x93 ORG; research assistants are not the publisher's staff"},
  {"Speakers \xE2\x80\xBA Ines Falk\n\nInes Falk\n\nInes Falk is Deputy Head of Research at the "
   "Marlow Institute, where she oversees the institute\xE2\x80\x99s work on maritime security, "
   "the Arctic and the European Union. From 2014 to 2019 she served as Research Director of "
   "the Ostrander Foundation. Earlier, she was Deputy Director of the Polar Studies Institute.\n",
   "Ines Falk > Marlow Institute; Ines Falk > Ostrander Foundation; "
   "Ines Falk > Polar Studies Institute",
   "a bio's later sentences about the same person; a subject of work is not an employer"},
  {"Notes from the Field\n\nSpending rose again, said Ines Falk, Senior Researcher with the "
   "IISS Defence Economics Programme, in a statement.\n",
   "Ines Falk > IISS; Ines Falk > IISS Defence Economics Programme",
   "a unit named after its parent's acronym: both"},
  {"Notes from the Field\n\nGeneral Ines Falk (retired) of the Marlow Institute talks about "
   "the harbour.\n",
   "Ines Falk > Marlow Institute", "a rank's note before \"of ORG\""},
  {"Harbour Notes\n\nThe Future of Ports\n\nBy Ada Lind\n\nPorts are changing fast and the "
   "region must adapt to new trade routes.\n\nContributors\n\nAda Lind | Senior Fellow | "
   "Tundra Institute\nBen Roe | Director | Harbour Policy Centre\n\nHome | About | Research "
   "| Contact\n",
   "Ada Lind > Tundra Institute; Ben Roe > Harbour Policy Centre",
   "a person's record cut by separators is no menu"},
  {"Notes portuaires\n\nL\xE2\x80\x99" "avenir des ports\n\nPar Claire Morel\n\nLes ports changent vite et "
   "la r\xC3\xA9" "gion doit s\xE2\x80\x99" "adapter.\n\nAuteurs\n\nClaire Morel \xC2\xB7 Chercheuse \xC2\xB7 Institut "
   "Harbour\nAccueil | Recherche | Contact\n",
   "Claire Morel > Institut Harbour", "a record with middle dots, French chrome"},
  {"Harbour Survey 2025\n\nThe survey was compiled and written by Ada Lind, Ben Roe and Eva "
   "Holm (Nordic Ports Institute) over six months.\n",
   "Ada Lind > Nordic Ports Institute; Ben Roe > Nordic Ports Institute; "
   "Eva Holm > Nordic Ports Institute",
   "an organization in parentheses after a list of names is each one's"},
  {"Harbour Survey 2025\n\nThe survey was written by Ada Lind (NATO Studies Centre) last "
   "year.\n",
   "Ada Lind > NATO Studies Centre", "a centre named after what it studies is no unit of it"},
  {"Speakers\n\nAda Lind\n\nAda Lind is a senior fellow at the Marlow Institute. She has "
   "coordinated UN sanctions policy, served as Permanent Representative to the UN, and is a "
   "graduate of Harbour University.\n",
   "Ada Lind > Marlow Institute",
   "not employers: a school graduated from, a body accredited to, an acronym as a modifier"},
  {"A Note on Diplomacy\n\nThe Harbour Council Secretary-General PARK Ji-ho and Deputy "
   "Secretaries-General TANAKA Kenta and WU Mei also attended.\n",
   "Park Ji-ho > Harbour Council; Tanaka Kenta > Harbour Council; Wu Mei > Harbour Council",
   "the organization of a title is that of the plural title joined to it"},
  {"Ports and Power\n\nBy Ada Lind and Tom Berg\n\nThe text of the report.\n\n"
   "About the authors\n\nDR. ADA LIND is a Senior Fellow with the Arctic Security Program "
   "at the Marlow Institute (MI). She was previously a Fellow with the Asia Program at the "
   "Center for Baltic Studies.\n\nTOM BERG is the Research Associate for the Tides Project "
   "at MI.\n",
   "Ada Lind > Arctic Security Program; Ada Lind > Asia Program; "
   "Ada Lind > Center for Baltic Studies; Ada Lind > Marlow Institute; "
   "Tom Berg > Marlow Institute; Tom Berg > Tides Project",
   "bios in capitals, a title in capitals too; each program and its parent, "
   "an acronym after a program's \"at\" its parent"},
  {"Ports and Power\n\nBy Eva Holm\n\nThe text of the report.\n\nAbout the author\n\n"
   "Eva Holm is a researcher with the Marlow Institute for Sea Studies (MISS). She works in "
   "the MISS Arctic Programme.\n",
   "Eva Holm > MISS Arctic Programme; Eva Holm > Marlow Institute for Sea Studies",
   "a bio's programme whose name opens with its parent's acronym"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].page);
    is_str(affiliations(f), cases[i].want, "%s", cases[i].what);
    dg_facts_free(f);
  }
  {
    dg_facts *f = map_text(m, cases[5].page);
    ok(strstr(entities(f, DG_KIND_PUBLICATION), "Harbours of Empire") != NULL,
       "the bio's book is a listed publication");
    is_str(objects_of(f, "Harbours of Empire", DG_P_AUTHOR), "Sophie Laurent",
           "written by the bio's subject");
    is_str(objects_of(f, "Harbours of Empire", DG_P_PUBLISHER), "Oxford University Press",
           "published by its publisher");
    dg_facts_free(f);
  }
  dg_mapper_free(m);
  return tap_done();
}
