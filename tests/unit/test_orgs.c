/* test_orgs.c - organizations named on a page: gazetteer names and
 * aliases, name shapes, acronyms linked to expansions, copyright holders,
 * capitals in mastheads, and what is not an organization. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"
#include "extract/orgs.h"

static const struct {
  const char *text;
  const char *want;   /* Organization labels, sorted */
  const char *what;
} cases[] = {
  {"A Note\n\nThe study was funded by the Brookings Institution and reviewed at Harvard "
   "University last year.\n",
   "Brookings Institution; Harvard University", "gazetteer names"},
  {"A Note\n\nShe moved from the Institute for Maritime Studies to the University of "
   "Tasmania and then to the Harbour Policy Centre.\n",
   "Harbour Policy Centre; Institute for Maritime Studies; University of Tasmania",
   "name shapes: HEAD of/for X, X HEAD"},
  {"A Note\n\nThe National Office for Coastal Resilience (NOCR) published guidance; NOCR "
   "staff later revised it.\n",
   "National Office for Coastal Resilience", "an acronym in parentheses is the same org"},
  {"A Note\n\nAnalysts at the National board of Port readiness and Safety (NPS) "
   "disagree.\n",
   "National board of Port readiness and Safety",
   "an expansion found through its acronym's letters"},
  {"A Note\n\nThe work was done within the Risk, Logistics, and Supply Program of the "
   "Harbour Policy Centre.\n",
   "Harbour Policy Centre; Risk, Logistics, and Supply Program", "a list inside a name"},
  {"A Note\n\nShe directs the Arctic Program at the Harbour Policy Centre.\n",
   "Harbour Policy Centre", "a program named with its parent"},
  {"A Note\n\nHe served as Minister for Foreign Affairs before joining Sciences Po.\n",
   "Sciences Po", "a magazine's name inside an office title is not the magazine"},
  {"HARBOUR POLICY CENTRE  |  Research\n\nA Note\n\nText of the note, written for the "
   "centre's readers.\n\n\xC2\xA9 2024 Harbour Policy Centre. All rights reserved.\n",
   "Harbour Policy Centre", "a masthead in capitals and the copyright holder"},
  {"A Note\n\nText of the note.\n\n\xC2\xA9 2024 The Regents of the Coastal College of "
   "Marine Science\n",
   "Regents of the Coastal College of Marine Science", "a copyright holder is one org"},
  {"A Note\n\nWe met Asia Society Australia and Temple University, Japan Campus staff.\n",
   "Asia Society Australia; Temple University, Japan Campus",
   "a chapter and a campus of an institution"},
  {"A Note\n\nThe Summer Games and the Cold War Studies seminar are not organizations.\n", "",
   "capitalised phrases without a head"},
  {"A Note\n\nThe Harbour Policy Institute hosted the talk; HPI fellows attended.\n",
   "Harbour Policy Institute", "an acronym made of a named org's initials"},
  {"A Note\n\nShare: Twitter \xC2\xB7 Facebook \xC2\xB7 LinkedIn\n", "",
   "share buttons are site chrome"},
  {"A Note\n\nThe ministry now posts its notices on Facebook before it briefs the press.\n\n"
   "Share:  Facebook  \xC2\xB7  Twitter  \xC2\xB7  LinkedIn\n",
   "Facebook", "a social network spoken of is an organization, its share buttons are chrome"},
  {"A Note\n\nShe served at the Consulate General of the Republic of Norway in Bergen and "
   "later at the Embassy of Chile in Oslo.\n",
   "Consulate General of the Republic of Norway in Bergen; Embassy of Chile in Oslo",
   "a diplomatic post: \"Consulate General of\", and its city"},
  {"A Note\n\nThe text.\n\n\xC2\xA9 2024 The Trustees of Marlow College and the Brookings "
   "Institution\n",
   "Brookings Institution; Trustees of Marlow College", "two copyright holders"},
  {"A Note\n\nFunding came from the Nordic Research Council, Priority Programme NRP 2041.\n",
   "Nordic Research Council; Priority Programme NRP 2041", "a programme's code and number"},
  {"A Note\n\nShe is a managing director of Ostrander (Norway) Pte. Ltd. and sits on two "
   "boards.\n",
   "Ostrander (Norway) Pte. Ltd.", "a company's legal form, the country of registration"},
  {"A Note\n\nThe talks, held under the Chatham House Rule at the APEC House, turned on the "
   "UN Convention on the Law of the Sea.\n",
   "", "a name that qualifies a rule, a building or a treaty"},
  {"A Note\n\nThe forum met at the Harbour Convention Center and briefed reporters at the "
   "Press Center of the Marlow Institute.\n",
   "Marlow Institute", "a venue is not an organization"},
  {"NORDIC STRATCOM FORUM 2025\n\nA Note\n\nThe forum opened in Riga.\n",
   "", "a one-word name inside a line of capitals"},
  {"Notes portuaires\n\nClaire Morel enseigne \xC3\xA0 l'Universit\xC3\xA9 de Lille. Jonas Berger "
   "travaille \xC3\xA0 l'Institut f\xC3\xBCr Seerecht et \xC3\xA0 la Stiftung Hafen und Politik, avec "
   "l'Universidad de Maule, l'Istituto Affari Portuali et le Zentrum f\xC3\xBCr Ostseestudien.\n",
   "Institut f\xC3\xBCr Seerecht; Istituto Affari Portuali; Stiftung Hafen und Politik; "
   "Universidad de Maule; Universit\xC3\xA9 de Lille; Zentrum f\xC3\xBCr Ostseestudien",
   "heads of other languages that open a name, with or without a connector"},
  {"A Note\n\nShe is Dean of the College of Letters, Music, and Marine Sciences at Marlow "
   "University, and teaches in the School of Law and Policy.\n",
   "College of Letters, Music, and Marine Sciences; Marlow University; School of Law and Policy",
   "a list of fields inside a name's tail"},
  {"A Note\n\nPrinted and bound by Keel the Binders Ltd, Harbourton.\n",
   "Keel the Binders Ltd", "\"the\" inside a company's name before its legal form"},
  {"A Note\n\nThe talks were held at the Embassy of Norway and Amnesty International, and at "
   "the Ministry of Trade and Industry.\n",
   "Amnesty International; Embassy of Norway; Ministry of Trade and Industry",
   "a known organization after \"and\" is a second name"},
  {"A Note\n\nMs. Ada Lind, Vice President, Operations and Finance and Agency Head, Marlow "
   "Institute, spoke; the Risk and Recovery Research Group agreed.\n",
   "Marlow Institute; Risk and Recovery Research Group",
   "a list of fields joined by two \"and\" is no name"},
  {"H\xC3\xA4" "fen im Wandel\n\nVon Jonas Becker und Lea Schmidt\n\nJonas Becker forscht an der "
   "Universit\xC3\xA4t Kiel. Lea Schmidt leitet die Forschungsgruppe Maritime Sicherheit. Die "
   "Stiftung ist unabh\xC3\xA4ngig.\n",
   "Forschungsgruppe Maritime Sicherheit; Universit\xC3\xA4t Kiel",
   "German: a head after a particle-like article; a capitalised article opens no name"},
  {"A Panel\n\nSpeakers\n\n* Ada Lind, Director, Oceans in the Modern Era Programme, Marlow "
   "Institute\n* Ben Roe, Counsellor, Permanent Mission of the Republic of Kestrel to the "
   "OECD\n* Cy Dahl, Head of the Arctic Programme, Marlow Institute\n",
   "Arctic Programme; Marlow Institute; Oceans in the Modern Era Programme; Permanent Mission of "
   "the Republic of Kestrel to the OECD",
   "a record's comma-bounded cell is one name, small words and all; a post's cell is not one"},
  {"A Panel\n\nSpeakers\n\n* Ada Lind, Founder, Marlow Group and Kestrel Media\n* Ben Roe, "
   "Host, HPI Office Seminar Room, Harbourton\n",
   "Marlow Group", "a cell is no one name when \"and\" follows a head, or words follow its head"},
  {"A Note\n\nThe talk was organised by the Oceans in the Modern Era Programme.\n",
   "Oceans in the Modern Era Programme", "\"in the\" inside a name after \"the\""},
  {"Ein Abend\n\n* Jonas Becker, Leiter der Forschungsgruppe Maritime Sicherheit, Stiftung "
   "Meer und Politik\n",
   "Forschungsgruppe Maritime Sicherheit; Stiftung Meer und Politik",
   "a post in German (honorifics.tsv) opens no name"},
  {"CMS | Consejo Mar\xC3\xADtimo del Sur\n\nMesa redonda\n\nPuertos del Sur\n\n"
   "Martes 12 de marzo de 2031, 18:00\n\nParticipantes\n\n"
   "Ana Ruiz\tDirectora del Comit\xC3\xA9 de Puertos del CMS\n",
   "Comit\xC3\xA9 de Puertos; Consejo Mar\xC3\xADtimo del Sur",
   "an acronym after \"del\" that ends a name is the parent's, not a word of the name"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].text);
    is_str(entities(f, DG_KIND_ORGANIZATION), cases[i].want, "%s", cases[i].what);
    dg_facts_free(f);
  }
  {
    dg_facts *f = map_text(m, cases[2].text);
    is_str(objects(f, DG_KIND_ORGANIZATION, DG_P_ALTERNATE_NAME), "NOCR",
           "the acronym is an alternate name");
    dg_facts_free(f);
  }
  /* head words, found by their first letter in either case */
  ok(dg_org_head_word("Institute", 9) && dg_org_head_word("institute", 9) &&
     dg_org_head_word("Delegation", 10) && dg_org_head_word("Agencies", 8) &&
     dg_org_head_word("LLC", 3), "head words of the first, the last and other letters");
  ok(!dg_org_head_word("Institutes of", 13) && !dg_org_head_word("Inst", 4) &&
     !dg_org_head_word("\xC3\x91" "and\xC3\xBA", 7) && !dg_org_head_word("Harbour", 7),
     "not head words: a longer text, a prefix, a non-ASCII or another word");
  ok(dg_org_head_word("\xC3\x89" "cole", 6) && dg_org_head_word("Universit\xC3\xA4t", 12) &&
     dg_org_head_word("Fundaci\xC3\xB3n", 10) && dg_org_head_word("Forschungsgruppe", 16) &&
     dg_org_head_word("Stiftung", 8), "heads in other languages, a first letter past ASCII");
  dg_mapper_free(m);
  return tap_done();
}
