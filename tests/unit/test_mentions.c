/* test_mentions.c - which persons a page discusses (dg:mentionsPerson):
 * a person named in running prose who has no structural role anywhere on
 * the page. Name cards, headings of role blocks, bio subjects, credited
 * staff, quoted praise and listed authors are named, not discussed. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

static const struct {
  const char *page;
  const char *want; /* the objects of dg:mentionsPerson, sorted */
  const char *what;
} cases[] = {
  {"Harbour Politics in Review\n\nBy Helen Marsh\n\nThe port reforms that Governor Nadia "
   "Okonkwo announced last spring have changed how the city trades with its neighbours.\n",
   "Nadia Okonkwo", "a person in running prose is mentioned, the author is not"},
  {"Harbour Politics in Review\n\nSpeakers\n\nTobias Lindqvist\nSenior Fellow\nMarlow "
   "Institute\n\nThe panel will look at the port reforms and at what they mean for the "
   "coastal towns of the region.\n",
   "", "a name card alone is not a discussion"},
  {"Harbour Politics in Review\n\nBy Helen Marsh\n\nThe port reforms have changed how "
   "the city trades with its neighbours, and Governor Nadia Okonkwo says more will follow.\n\n"
   "* Helen Marsh is a senior fellow at the Polar Studies Institute. Tobias Lindqvist is a "
   "professor of economics at Marlow University.\n",
   "Nadia Okonkwo", "the subjects of an author note are not discussed"},
  {"Harbour Politics in Review\n\nSpeakers\n\nTobias Lindqvist\nFormer Ambassador\n\n"
   "Tobias Lindqvist has been Ambassador to Chile and to Peru, and served as special "
   "assistant to Ambassador Ruth Okafor during the coastal talks of the last decade.\n",
   "Ruth Okafor", "a bio paragraph: its subject is not discussed, the people in it are"},
  {"Harbour Politics in Review\n\nBy Helen Marsh\n\nThe port reforms of Governor Nadia "
   "Okonkwo have changed how the city trades with its neighbours.\n\nWe thank Tobias Lindqvist "
   "and Ruth Okafor for comments on an earlier draft.\n\nTranslated by Ines Falk\n\n"
   "Photo by Omar Haddad, taken at the harbour in the spring of last year.\n",
   "Nadia Okonkwo", "acknowledgements, translators and photographers are credits"},
  {"Harbour Politics in Review\n\nThe port reforms of Governor Nadia Okonkwo have changed how "
   "the city trades with its neighbours.\n\nCredits\nExecutive Director: Dr Tobias Lindqvist\n"
   "Editor: Ruth Okafor\nProduction and Design: Ines Falk, Omar Haddad\n",
   "Nadia Okonkwo", "a block of credits: every label line names staff"},
  {"Harbour Yearbook 2025\n\nThe yearbook follows the port reforms of Governor Nadia Okonkwo "
   "through a year of strikes and storms.\n\n\xE2\x80\x9C\xE2\x80\xA6the most useful guide to "
   "the ports of the north that anyone has written in the last decade.\xE2\x80\x9D "
   "\xE2\x80\x94 Tobias Lindqvist, Professor, Marlow University\n",
   "Nadia Okonkwo", "whoever praises the page is not discussed by it"},
  {"Harbour Notes\nA podcast from the Marlow Institute\n\nEpisode 12: Ports in a Storm\n\n"
   "Ines Falk, Senior Editor of the Harbour Review, spoke about the strikes. She joins "
   "Harbour Notes host Ruth Okafor to talk about Governor Nadia Okonkwo and the port "
   "reforms that followed.\n",
   "Nadia Okonkwo", "a podcast's guest and host are roles, not people discussed"},
  {"Harbour Politics in Review\n\n[Photo] Dockers at the north gate of the harbour at dawn. "
   "(Reuters Photo/Ines Falk)\n\nThe role of staff secretary Will Porter in the port "
   "reforms has been debated ever since the strikes began.\n\n[Photo] The harbour at night. "
   "Omar Haddad/UNHCR.\n",
   "Will Porter", "photographers are credits; a name after a lower-case job is a person"},
  {"Harbour Notes\nA podcast from the Marlow Institute\n\nEpisode 13: Tides\n\nColonel Park "
   "In-ho (retired) of the Coastal Guard talks with Ruth Okafor about what the new rules for the "
   "harbour will mean and about the plans of Governor "
   "Nadia Okonkwo.\n",
   "Nadia Okonkwo", "a podcast guest who talks with the host"},
  {"Harbour Politics in Review\n\nTobias Lindqvist, Marlow Institute\n\nMarlow Institute\xE2\x80\x99s "
   "Tobias Lindqvist put questions by email to Governor Nadia Okonkwo about the port reforms "
   "and what they mean for the coastal towns.\n",
   "Nadia Okonkwo", "a person presented on a record line is not discussed"},
  {"Harbour Working Paper 12\n\nThe reforms of Governor Nadia Okonkwo changed how the port "
   "trades with the coastal towns of the region.\n\nResearch assistance: Ines Falk, Tiiu Saar "
   "and Omar Haddad. Funding: Nordic Research Council. Comments: Ruth Okafor and Maria "
   "Lindgren.\n",
   "Nadia Okonkwo", "several credits on one line; an unknown given name in a list of known ones"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].page);
    is_str(objects(f, DG_KIND_DOCUMENT, DG_P_MENTIONS_PERSON), cases[i].want, "%s",
           cases[i].what);
    dg_facts_free(f);
  }
  dg_mapper_free(m);
  return tap_done();
}
