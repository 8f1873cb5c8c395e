/* test_names.c - person names: titles stripped and kept apart, initials,
 * particles, suffixes, capitals, family name first, lists, identity. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract/gazetteer.h"
#include "extract/names.h"
#include "../tap.h"

static const dg_gazetteer *gz;

/* Parses `text` with `flags`; returns "display|written|given|surname"
 * or "-" when it is not a name. */
static const char *parse(const char *text, unsigned flags)
{
  static char out[512];
  dg_name n;
  dg_name_init(&n);
  if (!dg_name_parse(gz, text, strlen(text), flags, &n)) {
    dg_name_release(&n);
    return "-";
  }
  snprintf(out, sizeof out, "%s|%s|%s|%s", n.display, n.written, n.given, n.surname);
  dg_name_release(&n);
  return out;
}

/* Splits a list; returns the parts joined by " / ". */
static const char *split(const char *text)
{
  static char out[1024];
  dg_part parts[32];
  size_t n = dg_name_split(text, strlen(text), parts, 32), i;
  out[0] = '\0';
  for (i = 0; i < n && i < 32; i++) {
    if (i)
      strcat(out, " / ");
    strncat(out, text + parts[i].start, parts[i].len);
  }
  return out;
}

/* Splits "name + affiliation"; returns "name || affiliation". */
static const char *affil(const char *text)
{
  static char out[512];
  dg_part nm, af;
  if (!dg_name_affil_split(gz, text, strlen(text), DG_NAME_SHAPE, &nm, &af))
    return "-";
  snprintf(out, sizeof out, "%.*s || %.*s", (int)nm.len, text + nm.start, (int)af.len,
           text + af.start);
  return out;
}

static int same(const char *a, const char *b)
{
  dg_name x, y;
  int r;
  dg_name_init(&x);
  dg_name_init(&y);
  dg_name_parse(gz, a, strlen(a), DG_NAME_SHAPE | DG_NAME_SINGLE, &x);
  dg_name_parse(gz, b, strlen(b), DG_NAME_SHAPE | DG_NAME_SINGLE, &y);
  r = dg_name_same_person(gz, &x, &y);
  dg_name_release(&x);
  dg_name_release(&y);
  return r;
}

static const struct {
  const char *text;
  unsigned flags;
  const char *want;
} parses[] = {
  /* titles: an office is dropped from the written form, a rank or a
   * degree is kept */
  {"Dr. Helen Marsh", DG_NAME_SHAPE, "Helen Marsh|Dr. Helen Marsh|Helen|Marsh"},
  {"Prof. Dr. Karl Vogt", DG_NAME_SHAPE, "Karl Vogt|Prof. Dr. Karl Vogt|Karl|Vogt"},
  {"Ambassador Ruth Okafor", DG_NAME_SHAPE, "Ruth Okafor|Ruth Okafor|Ruth|Okafor"},
  /* a place, a body or "Former" before the title: the name follows it */
  {"Harbourton Mayor Ada Lind", DG_NAME_SHAPE, "Ada Lind|Ada Lind|Ada|Lind"},
  {"Former Ambassador Ben Roe", DG_NAME_SHAPE, "Ben Roe|Ben Roe|Ben|Roe"},
  {"Marlow Institute Director Dr. Ada Lind", DG_NAME_SHAPE, "Ada Lind|Dr. Ada Lind|Ada|Lind"},
  {"Mary Bishop Lind Roe", DG_NAME_SHAPE, "Mary Bishop Lind Roe|Mary Bishop Lind Roe|Mary|Roe"},
  /* a family name, then given and middle names */
  {"Vo Thi Phuong Anh", DG_NAME_SHAPE, "Vo Thi Phuong Anh|Vo Thi Phuong Anh|Anh|Vo"},
  /* a role noun as a label before a name */
  {"Author Ada Lind", DG_NAME_SHAPE, "Ada Lind|Ada Lind|Ada|Lind"},
  {"Moderator Prof. Ben Roe", DG_NAME_SHAPE, "Ben Roe|Prof. Ben Roe|Ben|Roe"},
  {"Author Talk", DG_NAME_SHAPE | DG_NAME_SINGLE, "-"},
  /* a family name that is also a word, after a title and a given name */
  {"Chairman Robert Lake", DG_NAME_SHAPE, "Robert Lake|Robert Lake|Robert|Lake"},
  {"Robert Lake", DG_NAME_SHAPE, "-"},
  {"Chairman Harbour Lake", DG_NAME_SHAPE, "-"},
  {"Lt. Gen. Mark O'Neill (ret.)", DG_NAME_SHAPE,
   "Mark O'Neill|Lt. Gen. Mark O'Neill (ret.)|Mark|O'Neill"},
  /* "(ret.)" between the rank and the name */
  {"Lt. Gen. (ret.) Mark O'Neill", DG_NAME_SHAPE,
   "Mark O'Neill|Lt. Gen. (ret.) Mark O'Neill|Mark|O'Neill"},
  {"Prime Minister Hana Kovac", DG_NAME_SHAPE, "Hana Kovac|Hana Kovac|Hana|Kovac"},
  /* initials are kept as written */
  {"R.J. Whitfield", DG_NAME_SHAPE, "R.J. Whitfield|R.J. Whitfield|R.J.|Whitfield"},
  {"Laura M. Chen", DG_NAME_SHAPE, "Laura M. Chen|Laura M. Chen|Laura|Chen"},
  {"Owen D. J. Price", DG_NAME_SHAPE, "Owen D. J. Price|Owen D. J. Price|Owen|Price"},
  /* particles and suffixes */
  {"Pieter van der Berg", DG_NAME_SHAPE, "Pieter van der Berg|Pieter van der Berg|Pieter|Berg"},
  {"Ahmed bin Rashid", DG_NAME_SHAPE, "Ahmed bin Rashid|Ahmed bin Rashid|Ahmed|Rashid"},
  {"Thomas Reed Jr.", DG_NAME_SHAPE, "Thomas Reed Jr.|Thomas Reed Jr.|Thomas|Reed"},
  {"Thomas Reed, Jr.", DG_NAME_SHAPE, "Thomas Reed Jr.|Thomas Reed, Jr.|Thomas|Reed"},
  {"Gen. Mark Hale III (ret.)", DG_NAME_SHAPE, "Mark Hale III|Gen. Mark Hale III (ret.)|Mark|Hale"},
  /* capitals: a surname in capitals is put in title case, the written
   * form is kept; a family name first in capitals stays first */
  {"Keiko TANABE", DG_NAME_SHAPE, "Keiko Tanabe|Keiko TANABE|Keiko|Tanabe"},
  {"PARK Min-jun", DG_NAME_SHAPE, "Park Min-jun|PARK Min-jun|Min-jun|Park"},
  {"Wen Jiabao", DG_NAME_SHAPE, "Wen Jiabao|Wen Jiabao|Jiabao|Wen"},
  /* hyphens, apostrophes, a possessive, footnote marks */
  {"Nora Lund-Hansen", DG_NAME_SHAPE, "Nora Lund-Hansen|Nora Lund-Hansen|Nora|Lund-Hansen"},
  {"Colin Mayer's", DG_NAME_SHAPE, "Colin Mayer|Colin Mayer|Colin|Mayer"},
  {"Ines Duarte\xC2\xB2", DG_NAME_SHAPE, "Ines Duarte|Ines Duarte|Ines|Duarte"},
  /* a surname alone, only when asked for */
  {"Dr. Marsh", DG_NAME_SHAPE | DG_NAME_SINGLE, "Marsh|Dr. Marsh||Marsh"},
  {"Dr. Marsh", DG_NAME_SHAPE, "-"},
  /* not names */
  {"Senior Fellow", DG_NAME_SHAPE, "-"},
  {"Policy Brief", DG_NAME_SHAPE, "-"},
  {"the Editors", DG_NAME_SHAPE, "-"},
  {"Research Institute", DG_NAME_SHAPE, "-"},
  {"March 2021", DG_NAME_SHAPE, "-"},
  {"San Diego", DG_NAME_SHAPE, "-"},
  {"Paul J.", DG_NAME_SHAPE, "-"},
  /* a known given name is required only when asked for */
  {"Zorgon Plith", DG_NAME_SHAPE, "Zorgon Plith|Zorgon Plith|Zorgon|Plith"},
  {"Zorgon Plith", DG_NAME_GIVEN, "-"},
  {"Helen Marsh", DG_NAME_GIVEN, "Helen Marsh|Helen Marsh|Helen|Marsh"},
};

static const struct {
  const char *text;
  const char *want;
} splits[] = {
  {"Ana Ruiz, Tom Hale, and Li Wei", "Ana Ruiz / Tom Hale / Li Wei"},
  {"Ana Ruiz, Tom Hale and Li Wei", "Ana Ruiz / Tom Hale / Li Wei"},
  {"Ana Ruiz & Tom Hale", "Ana Ruiz / Tom Hale"},
  {"Ana Ruiz et Tom Hale", "Ana Ruiz / Tom Hale"},
  {"Thomas Reed, Jr., and Ana Ruiz", "Thomas Reed, Jr. / Ana Ruiz"},
  {"Paul J. Carver, Ana Ruiz", "Paul J. Carver / Ana Ruiz"},
  {"Ana Ruiz; Tom Hale", "Ana Ruiz / Tom Hale"},
  {"Ana Ruiz, Tom Hale, et al.", "Ana Ruiz / Tom Hale"},
  {"Ana Ruiz / Tom Hale", "Ana Ruiz / Tom Hale"},
  {"", ""},
};

static const struct {
  const char *text;
  const char *want;
} affils[] = {
  {"Ruth Okafor (University of Leeds)", "Ruth Okafor || University of Leeds"},
  {"Ruth Okafor (Leeds / Oxford)", "Ruth Okafor || Leeds / Oxford"},
  {"Ruth Okafor \xE2\x80\x94 Lowy Institute", "Ruth Okafor || Lowy Institute"},
  {"Ruth Okafor, Senior Fellow, Lowy Institute", "Ruth Okafor || Senior Fellow, Lowy Institute"},
  {"Ruth Okafor of the Lowy Institute", "Ruth Okafor || Lowy Institute"},
  {"Gen. Mark Hale (ret.) \xE2\x80\x94 Hudson Institute", "Gen. Mark Hale (ret.) || Hudson Institute"},
  {"Ruth Okafor", "Ruth Okafor || "},
  {"Senior Fellow, Lowy Institute", "-"},
};

/* dg_name_list(): the parts of a list of names, when every one is a name. */
static void check_name_list(void)
{
  static const char list[] = "Tom Brevik, Keiko SAWAMURA and Maria K. Ostberg";
  static const char mixed[] = "Tom Brevik, Annual Report";
  dg_part parts[4];
  size_t known = 99, np;
  np = dg_name_list(gz, list, strlen(list), DG_NAME_SHAPE, parts, 4, &known);
  is_int(np, 3, "a list of three names");
  is_int(known, 3, "each with a known given name");
  ok(np == 3 && parts[1].len == 14 && strncmp(list + parts[1].start, "Keiko SAWAMURA", 14) == 0,
     "the parts are where dg_name_split() puts them");
  is_int(dg_name_list(gz, list, strlen(list), DG_NAME_SHAPE, parts, 2, &known), 0,
         "more parts than room: not a list");
  is_int(dg_name_list(gz, mixed, strlen(mixed), DG_NAME_SHAPE, parts, 4, &known), 0,
         "a part that is no name: not a list");
  is_int(dg_name_list(gz, "", 0, DG_NAME_SHAPE, parts, 4, &known), 0, "an empty text: no list");
  is_int(known, 0, "and no known given name");
}

int main(void)
{
  dg_gazetteer *g = dg_gazetteer_new();
  size_t i;
  char *tc;
  gz = g;
  for (i = 0; i < sizeof parses / sizeof *parses; i++)
    is_str(parse(parses[i].text, parses[i].flags), parses[i].want, "parse '%s'", parses[i].text);
  for (i = 0; i < sizeof splits / sizeof *splits; i++)
    is_str(split(splits[i].text), splits[i].want, "split '%s'", splits[i].text);
  for (i = 0; i < sizeof affils / sizeof *affils; i++)
    is_str(affil(affils[i].text), affils[i].want, "affiliation of '%s'", affils[i].text);
  check_name_list();

  ok(same("Dr. Gabriel Stone", "Gabe Stone"), "a nickname is the same person (given-names.tsv)");
  ok(same("Laura M. Chen", "Laura Chen"), "a middle initial left out");
  ok(same("Owen D. J. Price", "Owen D.J. Price"), "initials spaced or not");
  ok(same("Laura Chen", "L. Chen"), "an initial for the given name");
  ok(same("Prof. Chen", "Laura Chen"), "a surname with a title");
  ok(!same("Laura Chen", "Peter Chen"), "two people who share a surname");
  ok(!same("Laura M. Chen", "Laura K. Chen"), "different middle initials");
  ok(!same("Laura Chen", "Laura Chang"), "different surnames");

  tc = dg_name_title_case("OLGA PETROVA-SMIRNOVA", 21);
  is_str(tc, "Olga Petrova-Smirnova", "title case, hyphen parts too");
  free(tc);
  tc = dg_name_title_case("J.R. HOLM III", 13);
  is_str(tc, "J.R. Holm III", "initials and numerals stay");
  free(tc);

  /* the stop words are searched among those of their first letter */
  ok(dg_name_stopword("About", 5) && dg_name_stopword("You", 3), "the first and last stop words");
  ok(dg_name_stopword("Avenue", 6) && dg_name_stopword("Bank", 4), "a letter's last and the next's first");
  ok(dg_name_stopword("S\xC3\xA3o", 4), "a stop word with a non-ASCII letter");
  ok(!dg_name_stopword("Zelda", 5) && !dg_name_stopword("about", 5) &&
     !dg_name_stopword("\xC3\x89mile", 6) && !dg_name_stopword("Abou", 4),
     "not stop words: other letters, lower case, a prefix");

  tc = dg_name_title_case("\xC3\x89LODIE  \xC8\xBA" "AGE", 14);
  is_str(tc, "\xC3\x89lodie \xC8\xBA" "age", "title case of non-ASCII capitals, spaces squeezed");
  free(tc);
  /* a capital whose small letter is longer in UTF-8 (U+023A, U+2C65) */
  tc = dg_name_title_case("A\xC8\xBA\xC8\xBA", 5);
  is_str(tc, "A\xE2\xB1\xA5\xE2\xB1\xA5", "a small letter longer than its capital");
  free(tc);

  /* the last word decides before the titles are read */
  is_str(parse("Dr. Tom Brevik, Jr.", DG_NAME_SHAPE), "Tom Brevik Jr.|Dr. Tom Brevik, Jr.|Tom|Brevik",
         "a suffix last: the word before it ends the name");
  is_str(parse("Professor", DG_NAME_SHAPE | DG_NAME_SINGLE), "-", "a title alone");
  is_str(parse("Tom Brevik (PDF)", DG_NAME_SHAPE), "-", "a last word that is no name word");

  dg_gazetteer_free(g);
  return tap_done();
}
