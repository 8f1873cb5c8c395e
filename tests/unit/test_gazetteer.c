/* test_gazetteer.c - country mentions with every trap of the genre. */
#include "config.h"

#include <stdlib.h>

#include "read/doc.h"
#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/mapper.h"
#include "extract/page.h"
#include "../tap.h"

/* Maps `text` and returns the sorted ISO codes it mentions, space
 * separated, in a static buffer. */
static const char *countries(dg_mapper *m, const char *text)
{
  static char out[512];
  dg_doc *doc = dg_doc_new_from_bytes("t.txt", text, strlen(text));
  dg_facts *f = dg_facts_new();
  size_t i, n, k = 0;
  const char *codes[64];
  dg_mapper_map(m, doc, f);
  n = dg_facts_n_facts(f);
  for (i = 0; i < n && k < 64; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    if (x->prop == DG_P_MENTIONS_COUNTRY)
      codes[k++] = dg_facts_get_entity(f, x->object)->key;
  }
  /* insertion sort: a handful of codes */
  for (i = 1; i < k; i++) {
    const char *c = codes[i];
    size_t j = i;
    while (j > 0 && strcmp(codes[j - 1], c) > 0) {
      codes[j] = codes[j - 1];
      j--;
    }
    codes[j] = c;
  }
  out[0] = '\0';
  for (i = 0; i < k; i++) {
    if (i)
      strcat(out, " ");
    strcat(out, codes[i]);
  }
  dg_facts_free(f);
  dg_doc_free(doc);
  return out;
}

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  const dg_gazetteer *gz = dg_mapper_gazetteer(m);
  size_t i;

  ok(dg_gazetteer_n_countries(gz) >= 249, "every ISO 3166-1 country is known (%zu)",
     dg_gazetteer_n_countries(gz));
  i = dg_gazetteer_country_by_code(gz, "SU");
  ok(i != (size_t)-1, "the Soviet Union is known as SU");
  i = dg_gazetteer_country_by_code(gz, "JP");
  ok(i != (size_t)-1 && strcmp(dg_gazetteer_country(gz, i)->qid, "Q17") == 0,
     "Japan's Wikidata id is Q17");

  is_str(countries(m, "Trade talks between Brazil and Argentina stalled.\n"), "AR BR",
         "plain names");
  is_str(countries(m, "The Kingdom of Norway and the Russian Federation agreed.\n"), "NO RU",
         "official names");
  is_str(countries(m, "Officials in the U.S. and the UK met PRC and ROK envoys.\n"),
         "CN GB KR US", "abbreviations");
  is_str(countries(m, "Canadian and Mexican negotiators disagreed.\n"), "CA MX",
         "adjectives");
  is_str(countries(m, "A new U.S.-Vietnam partnership and Sino-Indian tension.\n"),
         "CN IN US VN", "hyphenated pairs and combining forms");
  is_str(countries(m, "Cold War history: Soviet planners and the USSR.\n"), "SU",
         "the Soviet Union is SU");
  is_str(countries(m, "Patrols in the South China Sea and the East China Sea grew.\n"), "",
         "seas are not countries");
  is_str(countries(m, "She studied at the University of Washington in Washington, D.C.\n"), "",
         "Washington is not a country");
  is_str(countries(m, "The Indo-Pacific and Central Asia are regions.\n"), "",
         "regions are not countries");
  is_str(countries(m, "Burma, Holland and Britain are old names.\n"), "GB MM NL",
         "old names map to today's codes");
  is_str(countries(m, "Sino relations\n"), "", "a combining form needs its hyphen");
  is_str(countries(m, "The talk was given by Michael Jordan and Chad Smith.\n"), "",
         "people called Jordan or Chad");
  is_str(countries(m, "Harbour Talks\nChad K. Harlow (Marlow Institute) and Ines Falk\n"), "",
         "a given name before a middle initial, on a title-case line");
  is_str(countries(m, "Refugees fled from Syria to Jordan and Chad.\n"), "JO SY TD",
         "the countries Jordan and Chad");
  is_str(countries(m, "The institute moved to Atlanta, Georgia last year.\n"), "",
         "Georgia the US state");
  is_str(countries(m, "Russia's war with Georgia in 2008.\n"), "GE RU", "Georgia the country");
  is_str(countries(m, "Address: 27 rue de la Paix, 75002 Paris, FRANCE\n"), "FR",
         "capitals in addresses");
  /* the contexts of country-ambiguous.tsv */
  is_str(countries(m, "American Enterprise Institute fellows and Japanese Studies staff.\n"),
         "JP", "a capitalised word after a demonym does not suppress it");
  is_str(countries(m, "The Japan Chair and the China Desk expanded their staff.\n"), "CN JP",
         "a country name before a capitalised word still counts");
  is_str(countries(m, "Chad Harlow spoke about Jordan Valley water and the Jordan economy.\n"),
         "JO", "a given name before a surname; the country elsewhere in the line");
  is_str(countries(m, "She was born in Savannah, Georgia and studied in Tbilisi.\n"), "",
         "the US state after its city");
  is_str(countries(m, "Trade across Armenia, Georgia and Azerbaijan slowed.\n"), "AM AZ GE",
         "a list of countries is not a city and a state");
  is_str(countries(m, "CONTACT US | JOIN US\n"), "", "US as a pronoun in capitals");
  is_str(countries(m, "Harbour House, Ankara, TURKEY\n"), "TR", "a country in an address");
  is_str(countries(m, "Franco ruled Spain; Franco-German ties grew.\n"), "DE ES FR",
         "a prefix counts before its hyphen only");
  is_str(countries(m, "A Sino-Russian summit and a Russo-Japanese dispute.\n"), "CN JP RU",
         "combining forms");
  is_str(countries(m, "The U.S.-ROK alliance and the DPRK.\n"), "KP KR US", "abbreviations");
  is_str(countries(m, "Post-Soviet states of the former USSR.\n"), "SU", "Soviet forms");
  is_str(countries(m, "Greenland and the Arctic Circle are not countries.\n"), "",
         "regions with a code of their own are still regions in this genre");
  is_str(countries(m, "Trade Notes from the Coast\n\nBy Kofi Togo\n\nA note on trade.\n"), "",
         "a country word inside a person's name");
  is_str(countries(m, "She teaches at the National University of Singapore.\n"), "",
         "a country word only inside an organization's name");
  is_str(countries(m, "The Japan Ministry of Defense issued a statement.\n"), "",
         "a country word only inside a government's name (README: organization names)");
  is_str(countries(m, "The Japan Ministry of Defense issued a statement on Japan.\n"), "JP",
         "the country named outside the government's name");
  is_str(countries(m, "Tensions in the Korean Peninsula and the Persian Gulf.\n"), "",
         "peninsulas and gulfs");
  {
    /* the credit phrases as word sets, built with the gazetteer */
    const char *const *w;
    size_t nb = dg_gazetteer_credit_cues(gz, DG_CREDIT_BY, &w);
    size_t nt = dg_gazetteer_credit_cues(gz, DG_CREDIT_THANKS, &w);
    const dg_wordset *any = dg_gazetteer_credit_set(gz, DG_CREDIT__COUNT);
    ok(nb > 0 && nt > 0 && any->n == (nb + nt < 64 ? nb + nt : 64),
       "the credit set of BY and THANKS holds both");
    is_int(dg_gazetteer_credit_set(gz, DG_CREDIT_HEADING)->n,
           dg_gazetteer_credit_cues(gz, DG_CREDIT_HEADING, &w), "a kind's set holds its phrases");
    ok(dg_gazetteer_credit_set(gz, (dg_credit_kind)(DG_CREDIT__COUNT + 1)) == NULL,
       "no set past the kinds");
  }
  dg_mapper_free(m);
  return tap_done();
}
