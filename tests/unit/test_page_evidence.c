/* test_page_evidence.c - what a page says about itself outweighs a word
 * that happens to match: its own label and breadcrumb name the kind of
 * event, the front matter of a long paper makes a report, and the hosts
 * are read from the whole sentence (each cue of it, the subject of a
 * verb, the unit rather than its parent). Every page here is invented. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

/* A label and a crumb say Workshop; the title names a series "Dialogue". */
static const char workshop_page[] =
  "Harbour Institute\nResearch   Events   About\n\nHome \xE2\x80\xBA Events \xE2\x80\xBA Workshop\n\n"
  "Workshop  |  12.03.2031\n\nShips, Ports and Power in the North\n4th Kestrel Coast Dialogue\n\n"
  "Date: 12.03.2031, 09:00\xE2\x80\x93" "11:30 CET\n\n"
  "Speakers\nAda Lind, Senior Fellow, Harbour Institute\nTom Berg, Professor, Lakeside University\n";

/* An upper-case label with a format word after a middle dot. */
static const char launch_page[] =
  "Lakeside Institute\nTopics   Events   About us\n\n"
  "BOOK LAUNCH  \xC2\xB7  HYBRID\n\nSalt and Steel: Ports in a Colder World\n\n"
  "20 February 2031\n13:00 \xE2\x80\x93 14:00 GMT\nKestrel House, Leeds and online\n\n"
  "Speakers\nEva Holm \xE2\x80\x94 Senior Fellow, Lakeside Institute\n"
  "Ida Moss \xE2\x80\x94 Lecturer, Tundra University\n";

/* A generic label on a long paper with key findings. */
static const char analysis_page[] =
  "Harbour Institute\n\nANALYSIS\n\nGuarding the Northern Straits\n\nBy Ada Lind and Tom Berg\n"
  "Published 14 September 2031\n\nDownload PDF (32 pages)\n\nKey findings\n"
  "\xE2\x80\xA2 Coast guards now share patrol schedules across the strait.\n\n"
  "Overview\nPatrols in the strait have doubled since the accord was signed.\n";

/* The same front matter on a page that calls itself an essay. */
static const char essay_page[] =
  "Harbour Review\n\nThe Long Watch on the Northern Straits\n\nAda Lind\n\n"
  "This essay examines how coast guards came to share the strait.\n\nEXECUTIVE SUMMARY\n\n"
  "Patrols in the strait have doubled since the accord was signed.\n";

/* A breadcrumb marked with guillemets; "In Brief" is a short explainer. */
static const char crumb_page[] =
  "Harbour Institute\nResearch   Programs   Events\n\n"
  "Home \xC2\xBB Programs \xC2\xBB Northern Seas \xC2\xBB Commentary\n\n"
  "Quiet on the Strait: Luck or Design?\n\nBy Ada Lind  \xC2\xB7  February 23, 2031\n\n"
  "The strait has been calm for three years, and few expected it to last.\n";
static const char brief_page[] =
  "Harbour Council\nRegions   Topics   Research\n\nHome \xE2\x80\xBA Research \xE2\x80\xBA In Brief\n\n"
  "IN BRIEF\n\nWhat Is the Northern Sea Corridor?\n\nAuthors\nAda Lind, Senior Writer\n\n"
  "October 19, 2031\nA proposed network of ports could shorten the trip.\n\n"
  "How would it work?\nThe corridor has two legs.\n";

/* Hosts: a sentence per cue, a parent after the list, another cue inside
 * the sentence. */
static const char hosted_page[] =
  "Tundra University\n\nEVENT\n\nThe Strait After the Accord\n\nTuesday, 3 June 2031\n"
  "17:00 \xE2\x80\x93 18:30 BST\n\n"
  "Hosted by the Department of Sea Studies and the Centre for Polar Strategy, Kellner College "
  "Leeds. Sponsored by the Marlow Heritage Foundation.\n\n"
  "Speakers\nAda Lind, Senior Fellow, Harbour Institute\nTom Berg, Professor, Lakeside University\n";

/* Hosts as the subject of "co-host", each with its parent or acronym,
 * after a dated clause. */
static const char cohost_page[] =
  "Harbour Institute\n\nPAST EVENT  \xC2\xB7  WEBINAR\n\nNorthern Deterrence After the Accord\n\n"
  "Tuesday, February 7, 2031\n7:30 pm - 8:45 pm EST\n\n"
  "On February 7, the Center for Polar Policy Studies at Harbour and the Kestrel Council for "
  "International Exchange (KCIE) co-host a discussion of what the accord means for the region.\n\n"
  "Speakers\nAda Lind, Senior Fellow, Harbour Institute\nTom Berg, Professor, Lakeside University\n";

/* An organizer alone: the site's organization still hosts. */
static const char organised_page[] =
  "Lakeside Institute\n\nDiscussion\n\nThe Strait After the Accord\n\n3 June 2031\n"
  "10:00 \xE2\x80\x93 11:30\n\nSpeakers\nAda Lind, Senior Fellow, Harbour Institute\n"
  "Tom Berg, Professor, Tundra University\n\n"
  "Organised by the Northern Seas Programme. The discussion was held off the record.\n";

/* "is delighted to welcome", "co-hosted with". */
static const char delighted_page[] =
  "Lakeside University\nEvents   Research   About\n\nAnnual Lecture\n\nThe Strait and the State\n\n"
  "Thursday, 3 June 2031\n18:00 \xE2\x80\x93 19:30\nKestrel Hall, Room 101\n\n"
  "The Polar Studies Program is delighted to welcome Professor Ada Lind of Tundra University to "
  "deliver this year's lecture, co-hosted with the Marlow Heritage Foundation. Chaired by Dr. "
  "Tom Berg, Director of the Polar Studies Program.\n";

/* A double-spaced page: a blank line after every line, runs of them
 * between the paragraphs. */
static const char spaced_page[] =
  "Harbour Institute\n\n\n\nShips, Ports and Power\n\nThe Northern Straits After the Accord\n\n\n\n"
  "Tuesday, 3 June 2031\n\n10:00 \xE2\x80\x93 11:30\n\nKestrel Hall, Room 101\n\n\n\n"
  "Speakers\n\nAda Lind\n\nSenior Fellow, Harbour Institute\n\nTom Berg\n\n"
  "Professor, Lakeside University\n";
/* The same page single-spaced, as most converters write it. */
static const char single_page[] =
  "Harbour Institute\n\nShips, Ports and Power\nThe Northern Straits After the Accord\n\n"
  "Tuesday, 3 June 2031\n10:00 \xE2\x80\x93 11:30\nKestrel Hall, Room 101\n\n"
  "Speakers\nAda Lind\nSenior Fellow, Harbour Institute\nTom Berg\n"
  "Professor, Lakeside University\n";

/* The single-spaced page in Markdown: "#" before headings, "**" around
 * short lines. */
static const char markdown_page[] =
  "**Harbour Institute**\n\n# Ships, Ports and Power\nThe Northern Straits After the Accord\n\n"
  "Tuesday, 3 June 2031\n10:00 \xE2\x80\x93 11:30\nKestrel Hall, Room 101\n\n"
  "## Speakers\nAda Lind\nSenior Fellow, Harbour Institute\nTom Berg\n"
  "Professor, Lakeside University\n";

/* Pages without a blank line: what stands next to the heading is not its
 * second line. */
static const struct {
  const char *text, *title, *what;
} headings[] = {
  {"Harbour Institute Ports and Power Ships in a Colder Sea\nShips in a Colder Sea\n"
   "By Ada Lind\nMarch 3, 2031\nThe sea is colder than it was, and the ports are busier.\n",
   "Ships in a Colder Sea", "a page title that holds the heading is not the heading's first line"},
  {"Harbour Review\nArticles \xE2\x80\xBA Northern Seas\n\xE2\xAC\x87 Download Article as PDF\n"
   "Ships in a Colder Sea\nBy Ada Lind and Tom Berg\nPublished May 2031\n"
   "The sea is colder than it was, and the ports are busier.\n",
   "Ships in a Colder Sea", "a download link is page furniture"},
  {"Harbour Quarterly\nVolume 4, Issue 1 \xC2\xB7 Summer 2031\nRESEARCH ARTICLE | JULY 01 2031\n"
   "Ships in a Colder Sea: Ports and Power\nAda Lind; Tom Berg\n"
   "The sea is colder than it was, and the ports are busier.\n",
   "Ships in a Colder Sea: Ports and Power", "a record line in capitals is no heading's first line"},
  {"Harbour Institute\nShips in a Colder Sea: What Changes?\nCommentary by Ada Lind and Tom Berg\n"
   "March 3, 2031\nThe sea is colder than it was, and the ports are busier.\n",
   "Ships in a Colder Sea: What Changes?", "\"Commentary by\" names the authors, not a subtitle"},
  {"Skip to main content\n\nEN | FR | DE\nSearch   Menu\n\n"
   "This website stores cookies on your computer to give you a better browsing experience. "
   "By continuing to browse you consent to our use of cookies.  Accept  Decline\n\n"
   "Harbour Institute\n\nShips in a Colder Sea\n\nBy Ada Lind\nMarch 3, 2031\n\n"
   "The sea is colder than it was, and the ports are busier than anyone planned for.\n",
   "Ships in a Colder Sea", "skip links, a language switcher, menus and a cookie notice are furniture"},
};

/* A place of two words opening a heading is no person's name. */
static const char place_page[] =
  "Harbour Institute\n\nHEARING\nHong Kong's Summer of Unrest and the Policy Responses\n\n"
  "Date: Tuesday, March 4, 2031\nTime: 10:00 a.m.\n\n"
  "Since the first march in June, thousands have returned to the streets of the capital week "
  "after week.\n";

/* Where an organization's name starts: after a post, and past a
 * shorter known name that opens it. */
static const char orgs_page[] =
  "Harbour Review\n\nPorts in a Colder Sea\n\nBy Ada Lind\n\n"
  "The Australian Strategic Policy Institute's tracker counts the ports. Tom Berg is chairman "
  "and CEO of The Kestrel Group. Eva Holm leads the Comit\xC3\xA9 de Puertos Australes.\n";

/* A magazine's essay: a label beside its issue, a heading in capitals
 * over its second line, the day under the byline, the site's publisher
 * in the footer. */
static const char magazine_page[] =
  "HARBOUR REVIEW\nTopics   Regions   Magazine   Subscribe\n\n"
  "ESSAY  \xC2\xB7  Winter/Spring 2031 Issue\n\nSALT AND STEEL\nHow Ports Changed the Northern Sea\n\n"
  "By Ada Lind\nMarch 3, 2031\n\n"
  "The sea is colder than it was, and the ports are busier than anyone planned for when the "
  "accord was signed.\n\n"
  "Harbour Review is published by the Marlow Institute. \xC2\xA9 2031 Marlow Institute. "
  "All rights reserved.\n";

/* A Spanish page: its role headings, its date, its cards' cells set
 * apart by tabs. */
static const char tabbed_page[] =
  "Instituto del Estrecho\n\nMESA REDONDA\nPuertos y poder en el norte\n\n"
  "Fecha:\tjueves 6 de marzo de 2031\nHorario:\t18:00 a 19:30 h\n\n"
  "Ponentes\nAna Lind\tProfesora, Universidad de Tundra\n"
  "Tom\xC3\xA1s Berg\t\tInvestigador, Instituto Marlow\n\n"
  "Modera\nEva Holm, Directora, Instituto del Estrecho\n";

/* An agenda flattened into a table: a label in brackets before the
 * heading, rows of "time | role | names" and "role | name / name". */
static const char table_page[] =
  "Harbour Institute\nHOME > Events > Symposium Reports\n"
  "[Symposium Report] Harbour Symposium \"Ports and Power in the North\"\n"
  "Date: March 5, 2031 (Wed.) 14:00-17:30\nVenue: Harbour Institute, Kestrel Hall\n\nProgram\n"
  "14:00-14:10 | Opening Remarks | Ada Lind, President, Harbour Institute\n"
  "14:10-15:30 | Session 1: Ships and Straits\n"
  "Moderator | Tom Berg, Professor, Lakeside University\n"
  "Panelists | Eva Holm, Senior Fellow, Marlow Institute / Ida Moss, Lecturer, Tundra University\n";

/* Buttons between an event's heading and its date line. */
static const char buttons_page[] =
  "Tundra University\n\nLECTURE\n\nThe Strait After the Accord\n\n"
  "Share  Print  Email\nListen to this article\n\n\n"
  "Tuesday, 3 June 2031  |  17:00 \xE2\x80\x93 18:30\nKestrel Hall, 12 Harbour Road, Leeds\n\n"
  "The Department of Sea Studies welcomes Ada Lind of Harbour Institute to give this year's "
  "lecture on what the accord changed for the ports of the strait.\n";

/* A news item whose dateline under the heading opens with the unit that
 * publishes it, on a site whose footer names the university. */
static const char dateline_site_page[] =
  "Ports wait for the ministers: what to watch this week\n"
  "Harbour Studies Institute | News | 28 July 2031\n\n"
  "Lindau becomes the centre of the strait's trade talks this weekend, as ministers from both "
  "shores meet to settle the tolls.\n\n"
  "The talks are expected to run for two days and end with a joint statement.\n\n"
  "\xC2\xA9 Riverton University \xC2\xB7 Privacy \xC2\xB7 Copyright matters\n";

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  dg_facts *f;

  f = map_text(m, workshop_page);
  is_str(class_of(f, DG_KIND_EVENT), "Workshop",
         "a label line and the last crumb outweigh a series word in the title");
  dg_facts_free(f);

  f = map_text(m, launch_page);
  is_str(class_of(f, DG_KIND_EVENT), "BookLaunch", "an upper-case label before a middle dot");
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Kestrel House, Leeds and online",
         "a place \"and online\" is a place");
  dg_facts_free(f);

  f = map_text(m, analysis_page);
  is_str(class_of(f, DG_KIND_PUBLICATION), "Report",
         "key findings and a 32-page PDF outweigh a generic label");
  dg_facts_free(f);

  f = map_text(m, essay_page);
  is_str(class_of(f, DG_KIND_PUBLICATION), "Essay",
         "a text that names its own genre keeps it, executive summary or not");
  dg_facts_free(f);

  f = map_text(m, crumb_page);
  is_str(class_of(f, DG_KIND_PUBLICATION), "Commentary", "the last crumb after guillemets");
  dg_facts_free(f);

  f = map_text(m, brief_page);
  is_str(class_of(f, DG_KIND_PUBLICATION), "Article", "In Brief is no policy brief");
  dg_facts_free(f);

  f = map_text(m, hosted_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST),
         "Centre for Polar Strategy; Department of Sea Studies; Marlow Heritage Foundation",
         "each cue's sentence; the parent after \"A and B,\" hosts nothing");
  dg_facts_free(f);

  f = map_text(m, cohost_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST),
         "Center for Polar Policy Studies; Kestrel Council for International Exchange",
         "the subject of co-host: the units, not their parents, past a dated clause");
  dg_facts_free(f);

  f = map_text(m, organised_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_ORGANIZER), "Northern Seas Programme",
         "Organised by names the organizer");
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Lakeside Institute",
         "an organizer alone leaves the site's organization the host");
  dg_facts_free(f);

  f = map_text(m, delighted_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Marlow Heritage Foundation; Polar Studies Program",
         "\"is delighted to welcome\" and \"co-hosted with\" name hosts");
  dg_facts_free(f);

  {
    char want[4][256];
    const dg_prop props[4] = {DG_P_START_DATE, DG_P_LOCATION, DG_P_SPEAKER, DG_P_HOST};
    const char *what[4] = {"its time", "its place", "its speakers", "its host"};
    size_t k;
    f = map_text(m, single_page);
    is_str(entities(f, DG_KIND_EVENT), "Ships, Ports and Power: The Northern Straits After the Accord",
           "single-spaced: the two-line heading");
    for (k = 0; k < 4; k++)
      snprintf(want[k], sizeof want[k], "%s", objects(f, DG_KIND_EVENT, props[k]));
    dg_facts_free(f);
    f = map_text(m, spaced_page);
    is_str(entities(f, DG_KIND_EVENT), "Ships, Ports and Power: The Northern Straits After the Accord",
           "double-spaced: the same two-line heading");
    for (k = 0; k < 4; k++)
      is_str(objects(f, DG_KIND_EVENT, props[k]), want[k], "double-spaced: %s as single-spaced",
             what[k]);
    dg_facts_free(f);
    f = map_text(m, markdown_page);
    is_str(entities(f, DG_KIND_EVENT), "Ships, Ports and Power: The Northern Straits After the Accord",
           "Markdown: the heading without its marks");
    for (k = 0; k < 4; k++)
      is_str(objects(f, DG_KIND_EVENT, props[k]), want[k], "Markdown: %s as in plain text", what[k]);
    ok(strlen(want[0]) > 10 && strlen(want[1]) > 5 && strlen(want[2]) > 5,
       "the single-spaced page gives a time, a place and speakers to compare with");
    dg_facts_free(f);
  }

  f = map_text(m, place_page);
  is_str(entities(f, DG_KIND_EVENT), "Hong Kong's Summer of Unrest and the Policy Responses",
         "a heading that opens with a country's name of two words is no name and post");
  dg_facts_free(f);

  f = map_text(m, orgs_page);
  is_str(entities(f, DG_KIND_ORGANIZATION),
         "Australian Strategic Policy Institute; Comit\xC3\xA9 de Puertos Australes; Kestrel Group",
         "a name past a known shorter one (a newspaper's), after an office, with a Spanish head");
  dg_facts_free(f);

  f = map_text(m, magazine_page);
  is_str(entities(f, DG_KIND_PUBLICATION), "SALT AND STEEL: How Ports Changed the Northern Sea",
         "a heading in capitals with no genre word, over a mixed-case line, is one two-line title");
  is_str(class_of(f, DG_KIND_PUBLICATION), "Essay", "the genre label before the issue's name");
  is_str(objects(f, DG_KIND_PUBLICATION, DG_P_DATE_PUBLISHED), "2031-03-03",
         "the day under the byline outranks the issue's season above the title");
  is_str(objects(f, DG_KIND_PUBLICATION, DG_P_PUBLISHER), "Marlow Institute",
         "the footer's \"is published by\" names the publisher");
  dg_facts_free(f);

  f = map_text(m, dateline_site_page);
  is_str(objects(f, DG_KIND_PUBLICATION, DG_P_PUBLISHER), "Harbour Studies Institute",
         "the name that opens the dateline under the heading publishes, not the footer's holder");
  dg_facts_free(f);

  f = map_text(m, tabbed_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ana Lind; Tom\xC3\xA1s Berg",
         "\"Ponentes\" heads the speakers; a tab (or two) ends each name");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Eva Holm", "\"Modera\" heads the moderator");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2031-03-06T18:00:00",
         "\"6 de marzo de 2031\" and its hour");
  dg_facts_free(f);

  f = map_text(m, table_page);
  is_str(entities(f, DG_KIND_EVENT), "Harbour Symposium \"Ports and Power in the North\"",
         "a label in brackets before the heading is set off like a bullet");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind",
         "an agenda row's role cell names the person in the next cell (no menu)");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Tom Berg", "\"Moderator | NAME\"");
  is_str(objects(f, DG_KIND_EVENT, DG_P_PANELIST), "Eva Holm; Ida Moss",
         "a plural role cell: every name after it, split at \" / \"");
  dg_facts_free(f);

  f = map_text(m, buttons_page);
  is_str(entities(f, DG_KIND_EVENT), "The Strait After the Accord",
         "share buttons and blank lines between a heading and its date keep them one event");
  dg_facts_free(f);

  {
    size_t k;
    for (k = 0; k < sizeof headings / sizeof *headings; k++) {
      f = map_text(m, headings[k].text);
      is_str(entities(f, DG_KIND_PUBLICATION), headings[k].title, "%s", headings[k].what);
      dg_facts_free(f);
    }
  }

  dg_mapper_free(m);
  return tap_done();
}
