/* test_listings.c - the publications a page lists: under a heading that
 * names a list ("You may also like", "In this issue", "More episodes",
 * "Chapters", "Selected publications"), as bullets or blocks, with what is
 * printed beside each title; and the lines under such headings that are
 * no publication. All pages are written for these tests. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

#define BODY                                                                               \
  "Ports along the northern coast have become a test of allied resolve, and planners in " \
  "several capitals now count cranes as carefully as ships.\n\n"

static const struct {
  const char *page;
  const char *listed; /* titles of the listed items, sorted, "; " */
  const char *what;
} cases[] = {
  {"Harbor Review\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
   "You may also like\n\xE2\x80\xA2 The Quiet Rearmament of the North\n"
   "\xE2\x80\xA2 Grain, Ships and Sanctions in a Cold Sea\n",
   "Grain, Ships and Sanctions in a Cold Sea; The Quiet Rearmament of the North",
   "bare titles under a related heading"},
  {"Harbor Monthly\n\nMAY 2012\n\nWhy Ports Matter\n\nby Helen Marsh\n\n" BODY
   "In this issue\n"
   "\xE2\x80\xA2 Spring on the harbour front \xE2\x80\x94 Tomas Berg  (translated by Ana Ruiz)\n"
   "\xE2\x80\xA2 The grain corridor holds \xE2\x80\x94 Lena Marsh\n",
   "Spring on the harbour front; The grain corridor holds", "an issue's contents with authors"},
  {"Harbor Institute\n\nSea Lanes Episode 12: Ports and Tolls\nPodcast  \xC2\xB7  March 4, 2020\n\n"
   BODY "More episodes\n\xE2\x80\xA2 Sea Lanes Episode 13: The Canal Question\n"
   "\xE2\x80\xA2 Sea Lanes Episode 11: Tariffs and Trouble Ahead\n",
   "Sea Lanes Episode 11: Tariffs and Trouble Ahead; Sea Lanes Episode 13: The Canal Question",
   "more episodes"},
  {"Harbor Dialogue 2021\n\nSpeakers \xE2\x80\xBA Helen Marsh\n\nHelen Marsh\n\n"
   "Helen Marsh is a senior fellow at the Baltic Policy Institute, where she works on ports "
   "and on naval strategy.\n\nSelected publications\n"
   "\xE2\x80\xA2 Cranes and Cruisers: Ports in Naval Strategy (The Harbor Review, 2020)\n"
   "\xE2\x80\xA2 Towards a Calmer Baltic Sea (Baltic Policy Institute, 2019)\n",
   "Cranes and Cruisers: Ports in Naval Strategy; Towards a Calmer Baltic Sea",
   "a title with its venue and year in parentheses"},
  {"Harbor Institute\n\nThe Northern Seas 2020\nPorts, Power and Rivalry\n\nEdited by Helen Marsh\n\n"
   BODY "Chapters (selected)\n\nOverview: Ports and Power\nHelen Marsh\n"
   "Senior Fellow, Baltic Policy Institute\n\nNorway\nTomas Berg\n"
   "Professor of Politics, University of Bergen\n\n",
   "Norway; Overview: Ports and Power", "chapters: a title, its author, the author's post"},
  {"Harbor Institute\n\nPorts Conference 2025\n\nWednesday, January 15, 2025\n9:00 - 12:00\n\n"
   "Speakers\nHelen Marsh (Baltic Policy Institute)\n\nRELATED\nNew Report  |  March 12, 2025\n"
   "Ports at a Turning Point and the Path Ahead\nKey points from this conference.\n",
   "Ports at a Turning Point and the Path Ahead", "a label with a freshness word"},
  {"Harbor Review\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
   "Related Events\n\xE2\x80\xBA Second Annual Harbor Security Conference\n\n"
   "More from the Harbor Review\n\xE2\x80\xA2 All Harbor Review essays \xE2\x80\xBA\n"
   "\xE2\x80\xA2 Upcoming events \xE2\x80\xBA\n\nHarbor Review, 1414 Quay Street, Suite 300, "
   "Portland, OR 97201\n",
   "Second Annual Harbor Security Conference",
   "links and an address are no publication; the related event is listed as an event"},
  {"Harbor Review\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
   "Further reading\n\xE2\x80\xA2 Tomas Berg, \xE2\x80\x9C" "Cranes and Cruisers in the North,"
   "\xE2\x80\x9D Harbor Affairs, Vol. 3, No. 2, May 2030.\n\xE2\x80\xA2 The Quiet Rearmament "
   "of the North\n",
   "Cranes and Cruisers in the North; The Quiet Rearmament of the North",
   "further reading: a citation and a bare title"},
  {"Harbor Secretariat\n\nMinisters Meet in Bergen\n2023.11.26\n\n" BODY
   "Program News\n\xE2\x80\xA2 Board Paid a Visit to the Ministry of Transport   2023.10.24\n"
   "\xE2\x80\xA2 Board Met the Harbor Commission in Oslo   2023.09.15\n",
   "Board Met the Harbor Commission in Oslo; Board Paid a Visit to the Ministry of Transport",
   "a short heading over dated bullets"},
  {"Harbor Secretariat\n\nMinisters Meet in Bergen\n2023.11.26\n\n" BODY
   "Program News\n\xE2\x80\xA2 Board Paid a Visit to the Ministry of Transport   2023.10.24\n"
   "\xE2\x80\xA2 Board Met the Harbor Commission in Oslo   2023.09.15\n\n"
   "Harbor Institute\nTower B 12F, 9 Quay Road, Mapo-gu, Seoul 04100, Republic of Korea\n",
   "Board Met the Harbor Commission in Oslo; Board Paid a Visit to the Ministry of Transport",
   "the site's address after a list is no item"},
  {"Harbor Review\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
   "RECOMMENDED ESSAYS\nThe Quiet Rearmament of the North\n"
   "Tomas Berg  \xC2\xB7  February 13, 2018\n\n"
   "Harbor Review is published by the Harbor Institute. \xC2\xA9 2021 Harbor Institute\n",
   "The Quiet Rearmament of the North", "a lead word and a genre word head a listing"},
  {"Harbor Secretariat\n\nMinisters Meet in Bergen\n2023.11.26\n\n" BODY
   "Related News\nSeminar & Forum  |  Second Harbor Ministers Meeting  |  2023.03.09\n"
   "Report  |  Ports at a Turning Point  |  2023.02.01\n",
   "Ports at a Turning Point", "a category of events labels no publication"},
  {"Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
   "Related Column\nHarbor Report April 2021: \"Cranes and the economics of ports\" "
   "\xE2\x80\x93 BERG Tomas and LUND Sara\n",
   "Cranes and the economics of ports", "a series label before a quoted title is no part of it"},
  {"Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
   "Report | 42 pages | ISBN 978-94-6526-018-3\n\n## Related publications\n\n"
   "* **Harbor Alert** \xC2\xB7 11 December 2023\n  The Quiet Rearmament of the North\n  Tomas Berg\n"
   "\nUpcoming events\n  Tue 20 Aug  \xC2\xB7  Young Professionals Networking Night\n",
   "The Quiet Rearmament of the North",
   "a series' name ending in a label word, a page count and an ISBN are no titles; events are no "
   "publications"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  dg_facts *f;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    f = map_text(m, cases[i].page);
    is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS), cases[i].listed, "%s", cases[i].what);
    dg_facts_free(f);
  }
  /* what is printed beside the titles */
  f = map_text(m, cases[1].page);
  is_str(objects_of(f, "Spring on the harbour front", DG_P_AUTHOR), "Tomas Berg",
         "the author after a dash; the translator is not one");
  is_str(objects_of(f, "The grain corridor holds", DG_P_DATE_PUBLISHED), "2012-05",
         "the items of an issue carry its date");
  dg_facts_free(f);
  f = map_text(m, cases[3].page);
  is_str(objects_of(f, "Cranes and Cruisers: Ports in Naval Strategy", DG_P_DATE_PUBLISHED), "2020",
         "the year in the parentheses");
  is_str(class_of_label(f, "Cranes and Cruisers: Ports in Naval Strategy"), "JournalArticle",
         "a journal venue");
  is_str(objects_of(f, "Towards a Calmer Baltic Sea", DG_P_PUBLISHER), "Baltic Policy Institute",
         "an organization as the venue is the publisher");
  dg_facts_free(f);
  f = map_text(m, cases[4].page);
  is_str(objects_of(f, "Norway", DG_P_AUTHOR), "Tomas Berg", "a chapter's author");
  is_str(class_of_label(f, "Norway"), "Chapter", "a chapter");
  dg_facts_free(f);
  f = map_text(m, cases[8].page);
  is_str(objects_of(f, "Board Met the Harbor Commission in Oslo", DG_P_DATE_PUBLISHED),
         "2023-09-15", "the date after the title");
  dg_facts_free(f);
  /* the heading says what its items are, unless its word names any piece */
  f = map_text(m, cases[10].page);
  is_str(class_of_label(f, "The Quiet Rearmament of the North"), "Essay", "RECOMMENDED ESSAYS");
  is_str(objects_of(f, "The Quiet Rearmament of the North", DG_P_AUTHOR), "Tomas Berg",
         "the author beside the date");
  dg_facts_free(f);
  f = map_text(m, "Harbor Secretariat\n\nMinisters Meet in Bergen\n2023.11.26\n\n" BODY
                  "Related news\n* Board Paid a Visit to the Ministry of Transport\n"
                  "* Board Met the Harbor Commission in Oslo\n");
  is_str(class_of_label(f, "Board Met the Harbor Commission in Oslo"), "Article",
         "related news are articles");
  dg_facts_free(f);
  f = map_text(m, cases[12].page);
  is_str(class_of_label(f, "Cranes and the economics of ports"), "Commentary",
         "a related column is a commentary; the citation's shape does not override it");
  is_str(objects_of(f, "Cranes and the economics of ports", DG_P_DATE_PUBLISHED), "2021-04",
         "the series label dates the item");
  is_str(objects_of(f, "Cranes and the economics of ports", DG_P_AUTHOR),
         "Berg Tomas; Lund Sara", "the authors after the dash, in the order written");
  dg_facts_free(f);
  /* the rows of a text table under a related heading: one item each */
  f = map_text(m, "Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "YOU MAY ALSO LIKE\nCranes at Dawn: Ports since 1991        Tomas Berg\n"
                  "Grain and Ships: The Corridor at Sea        Ida Moss\n");
  is_str(objects_of(f, "Cranes at Dawn: Ports since 1991", DG_P_AUTHOR), "Tomas Berg",
         "each row its own author");
  is_str(objects_of(f, "Grain and Ships: The Corridor at Sea", DG_P_AUTHOR), "Ida Moss",
         "... the second row a record of its own");
  dg_facts_free(f);
  /* praise: a sentence in quotes and who said it */
  f = map_text(m, "Harbor University Press\n\nPorts and Power\n\nEdited by Helen Marsh\n\n" BODY
                  "CONTENTS\n1. Cranes at Dawn \xE2\x80\x94 Tomas Berg\n\n"
                  "PRAISE\n\"An indispensable guide to the quiet diplomacy of ports, written from "
                  "the inside.\"\n\xE2\x80\x94Ida Moss, Lindau University\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS), "Cranes at Dawn",
         "a sentence in quotes is praise, not a title");
  dg_facts_free(f);
  /* a whole date in the parentheses after a title */
  f = map_text(m, "Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "MORE EXPLAINERS\n\xE2\x86\x92 What is a deep-water port? (14 March 2031)\n"
                  "\xE2\x86\x92 Why the straits matter (28 November 2030)\n");
  is_str(objects_of(f, "What is a deep-water port?", DG_P_DATE_PUBLISHED), "2031-03-14",
         "the day in the parentheses, not the year alone");
  dg_facts_free(f);
  /* "Title — Publisher, Year" (rule listed-item-publisher) */
  f = map_text(m, "Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "Related publications\n\xE2\x80\xBA The Northern Seas 2020: Ports and Power "
                  "\xE2\x80\x94 Bergen University Press, 2020\n");
  is_str(objects_of(f, "The Northern Seas 2020: Ports and Power", DG_P_PUBLISHER),
         "Bergen University Press", "the publisher after a dash");
  is_str(objects_of(f, "The Northern Seas 2020: Ports and Power", DG_P_DATE_PUBLISHED), "2020",
         "the year after the publisher");
  is_str(class_of_label(f, "The Northern Seas 2020: Ports and Power"), "Book",
         "a press publishes books");
  dg_facts_free(f);
  /* a spaced hyphen before the author or the publisher */
  f = map_text(m, "Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "Related publications\n\xE2\x80\xBA North - South Port Relations - Tomas Berg\n"
                  "\xE2\x80\xBA The Northern Seas: Ports and Power - Bergen University Press, "
                  "2020\n");
  is_str(objects_of(f, "North - South Port Relations", DG_P_AUTHOR), "Tomas Berg",
         "the author after a spaced hyphen; the title keeps its own");
  is_str(objects_of(f, "The Northern Seas: Ports and Power", DG_P_PUBLISHER),
         "Bergen University Press", "the publisher after a spaced hyphen");
  dg_facts_free(f);
  /* "Title (Publisher, Year)" in a related listing */
  f = map_text(m, "Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "Related\n\xE2\x80\xA2 Book\n  Cranes at Dawn (Bergen University Press, 2028)\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS), "Cranes at Dawn", "the venue cut from the title");
  is_str(objects_of(f, "Cranes at Dawn", DG_P_PUBLISHER), "Bergen University Press",
         "the press in the parentheses publishes it");
  is_str(objects_of(f, "Cranes at Dawn", DG_P_DATE_PUBLISHED), "2028", "the year");
  dg_facts_free(f);
  f = map_text(m, "Harbor Institute\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "Selected publications\n\xE2\x80\xA2 Cranes at Dawn (Bergen University Press, "
                  "2028)\n");
  is_str(class_of_label(f, "Cranes at Dawn"), "Book", "a press in the parentheses: a book");
  dg_facts_free(f);
  /* a record line that looks like a menu under a list heading */
  f = map_text(m, "Harbor Review\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "Cited By\nEdited volume \xC2\xB7 Bergen University Press \xC2\xB7 2021\n"
                  "The Uses of Ports in a Colder Sea\nEdited by Tomas Berg and Helen Marsh\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS), "The Uses of Ports in a Colder Sea",
         "a line of fields led by a type label opens a record");
  is_str(objects_of(f, "The Uses of Ports in a Colder Sea", DG_P_EDITOR), "Helen Marsh; Tomas Berg",
         "its editors");
  is_str(class_of_label(f, "The Uses of Ports in a Colder Sea"), "Book", "an edited volume");
  dg_facts_free(f);
  /* a bio paragraph that ends "Selected publications:" (rule
   * listed-work-author) */
  f = map_text(m, "Harbor Dialogue 2031\nHome   Agenda   Speakers\n\nSpeakers \xE2\x80\xBA "
                  "Dr. Helen Marsh\n\nDr. Helen Marsh\nSenior Fellow, Baltic Policy Institute\n\n"
                  "Helen Marsh is a senior fellow at the Baltic Policy Institute (BPI), where she "
                  "works on ports and naval strategy.\n\nHer research covers deterrence, ports "
                  "and the security of sea lanes. She has written many analyses in Norwegian and "
                  "English. Selected publications:\n\n"
                  "\xE2\x80\xA2 Cranes and Cruisers: Ports in Naval Strategy (2030)\n"
                  "\xE2\x80\xA2 The Future of Port Security in the North (BPI Survey, 2029)\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "Cranes and Cruisers: Ports in Naval Strategy; The Future of Port Security in the North",
         "a list headed by the last sentence of a bio");
  is_str(objects_of(f, "Cranes and Cruisers: Ports in Naval Strategy", DG_P_AUTHOR), "Helen Marsh",
         "the bio's subject wrote the works it lists");
  is_str(class_of_label(f, "The Future of Port Security in the North"), "JournalArticle",
         "an organization's name and a title: its periodical");
  is_str(objects_of(f, "The Future of Port Security in the North", DG_P_PUBLISHER),
         "Baltic Policy Institute", "the owner of the periodical publishes it");
  dg_facts_free(f);
  /* books and pieces named in running text (rules prose-book-*,
   * prose-piece-*) */
  f = map_text(m, "Harbor Institute\nHome \xE2\x80\xBA Podcasts\n\nSea Lanes Episode 40: Cranes. "
                  "Tolls. Dawn.\nPodcast  \xC2\xB7  March 4, 2029\nAnn Vale (Harbor Institute)\n\n"
                  "Vale talks ports with Tomas Berg, the best-selling author and associate editor "
                  "of The Harbor Post, about his latest book, Cranes at Dawn: Ports in a Colder "
                  "World (Bergen University Press, 2028). The essays he collected there began as "
                  "columns, and his answers were short.\n\n"
                  "Show notes\nRead Lena Marsh's chapter, \xE2\x80\x9CPorts and Power in the North, "
                  "2029,\xE2\x80\x9D in Harbor Institute's Annual Port Studies (2029).\n\n"
                  "In \xE2\x80\x9C" "A Commitment to Open Ports,\xE2\x80\x9D Harborland's President "
                  "Ana Ruiz explained why her government keeps its quays open to ships of all "
                  "flags. Ports, she said, are \xE2\x80\x9Cthe lungs of a trading nation,\xE2\x80\x9D "
                  "and a closed port is a \xE2\x80\x9Cself-inflicted wound.\xE2\x80\x9D\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "A Commitment to Open Ports; Cranes at Dawn: Ports in a Colder World; Ports and Power in "
         "the North, 2029",
         "a book after a cue, two pieces by their quoted titles; no scare quotes, no post");
  is_str(objects_of(f, "Cranes at Dawn: Ports in a Colder World", DG_P_AUTHOR), "Tomas Berg",
         "the person before \"his latest book\" wrote it");
  is_str(objects_of(f, "Cranes at Dawn: Ports in a Colder World", DG_P_PUBLISHER),
         "Bergen University Press", "the book's publisher");
  is_str(objects_of(f, "Ports and Power in the North, 2029", DG_P_AUTHOR), "Lena Marsh",
         "the possessor of the chapter wrote it");
  is_str(class_of_label(f, "Ports and Power in the North, 2029"), "Chapter", "a chapter");
  is_str(objects_of(f, "Ports and Power in the North, 2029", DG_P_DATE_PUBLISHED), "2029",
         "the year after the series");
  is_str(objects_of(f, "Ports and Power in the North, 2029", DG_P_PUBLISHER), "Harbor Institute",
         "the organization whose series it is");
  is_str(objects_of(f, "A Commitment to Open Ports", DG_P_AUTHOR), "Ana Ruiz",
         "the person after \"In TITLE,\"");
  is_str(class_of_label(f, "A Commitment to Open Ports"), "Essay",
         "the genre the paragraphs above name");
  dg_facts_free(f);
  /* a sentence ending "... in the fact sheet:" introduces one item, known
   * by its fields; "Harbor Fact Sheet, April 2030" names the series */
  f = map_text(m, "HARBOR INSTITUTE\n\nPRESS RELEASE\n22 April 2030\n\nPort spending surges "
                  "across the north\n\n(Bergen, 22 April 2030) Spending on ports grew for the "
                  "ninth year in a row, according to new figures published today by the Harbor "
                  "Institute.\n\nFor editors\nThe Harbor Port Database offers consistent series "
                  "since 1990. The new figures are presented in the fact sheet:\n\n"
                  "Trends in Port Spending, 2029\nHarbor Institute Fact Sheet, April 2030\n"
                  "Helen Marsh, Tomas Berg and Lena Krause\n\xE2\xAC\x87 Download fact sheet "
                  "(PDF)\n\nThe figures show that spending rose in every region:\n\n"
                  "\xE2\x80\xA2 Northern ports spent the most\n\xE2\x80\xA2 Southern ports spent "
                  "the least\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS), "Trends in Port Spending, 2029",
         "the item a sentence introduces; bullets under a plain colon are no items");
  is_str(class_of_label(f, "Trends in Port Spending, 2029"), "Report", "a fact sheet");
  is_str(objects_of(f, "Trends in Port Spending, 2029", DG_P_AUTHOR),
         "Helen Marsh; Lena Krause; Tomas Berg", "its authors");
  is_str(objects_of(f, "Trends in Port Spending, 2029", DG_P_DATE_PUBLISHED), "2030-04",
         "the date of the series line");
  is_str(objects_of(f, "Trends in Port Spending, 2029", DG_P_PUBLISHER), "Harbor Institute",
         "the organization whose series it is");
  dg_facts_free(f);
  f = map_text(m, "Harbor Institute\n\nNotes from the northern ports\nMay 4, 2031\n\n"
                  "In a new volume Helen Marsh turns to the quays of the north, and her chapter, "
                  "\xE2\x80\x9CPorts After the Thaw,\xE2\x80\x9D examines what the ice left "
                  "behind. The report, \xE2\x80\x9CQuiet Quays of the North,\xE2\x80\x9D found "
                  "that the ports are busier than ever.\n");
  is_str(objects_of(f, "Ports After the Thaw", DG_P_AUTHOR), "Helen Marsh",
         "\"her chapter\": the person the sentence names before");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS), "Ports After the Thaw; Quiet Quays of the North",
         "a genre word before the quoted title makes it a piece's");
  is_str(objects_of(f, "Quiet Quays of the North", DG_P_AUTHOR), "", "no author named");
  dg_facts_free(f);
  /* a list of works on a page about no person names no author */
  f = map_text(m, "Harbor Institute\nHome   Research   Events\n\nPort Security Program\n\n"
                  "The program studies the security of the northern ports. Tomas Berg is its new "
                  "director, and he joined from the navy in May.\n\nPublications\n"
                  "\xE2\x80\xA2 Cranes and Cruisers: Ports in Naval Strategy (2030)\n"
                  "\xE2\x80\xA2 The Future of Port Security in the North (2029)\n");
  is_str(objects(f, DG_KIND_PUBLICATION, DG_P_AUTHOR), "",
         "a program's publications are not its director's");
  dg_facts_free(f);
  /* an expert's profile: no publication of its own; its list of works
   * in several forms */
  f = map_text(m, "Harbor Institute\nExperts   Research   Events\n\nHelen Marsh\nSenior Fellow, "
                  "Harbor Institute\n\nHelen Marsh is a senior fellow at the Harbor Institute, "
                  "where she works on ports and naval strategy.\n\nRecent publications\n"
                  "\xE2\x80\xA2 Ports and Power in the North, Harbor Affairs, March 2030\n"
                  "\xE2\x80\xA2 Ports, Power and Tolls, June 2029\n"
                  "\xE2\x80\xA2 \"Cranes and Cruisers,\" Journal of Harbor Studies, Vol. 4, "
                  "No. 2 (2028)\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_DESCRIBES), "", "a profile describes no publication");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "Cranes and Cruisers; Ports and Power in the North; Ports, Power and Tolls",
         "the venue and the date cut from a title, its own commas kept");
  is_str(objects_of(f, "Ports and Power in the North", DG_P_DATE_PUBLISHED), "2030-03",
         "the date after the last comma");
  is_str(class_of_label(f, "Ports and Power in the North"), "JournalArticle",
         "a journal's name after the title");
  is_str(objects_of(f, "Cranes and Cruisers", DG_P_AUTHOR), "Helen Marsh",
         "a cited work of the profile's person");
  is_str(objects_of(f, "Ports, Power and Tolls", DG_P_AUTHOR), "Helen Marsh",
         "the profile's person wrote the works listed");
  dg_facts_free(f);
  /* citation lines under "Published Versions" (rules cited-item-*) */
  f = map_text(m, "Harbor Bureau\n\nWorking Papers \xE2\x80\xBA w101\n\nPorts and Power\n"
                  "Helen Marsh & Tomas Berg\n\nIssue Date March 2030\n\n" BODY
                  "Published Versions\nMarsh, Helen & Berg, Tomas K., 2031. \"Ports and the "
                  "northern powers,\" Journal of Harbor Economics, Elsevier, vol. 12(C).\n"
                  "Helen Marsh and Tomas Berg, \xE2\x80\x9CPorts, Power and Tolls,\xE2\x80\x9D "
                  "Harbor Connections, Vol. 4, No. 3, June 2030, pp. 7\xE2\x80\x93" "15.\n\n"
                  "Authors\nHelen Marsh \xE2\x80\x93 Bergen University\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "Ports and the northern powers; Ports, Power and Tolls", "quoted titles of citations");
  is_str(objects_of(f, "Ports and the northern powers", DG_P_AUTHOR), "Helen Marsh; Tomas K. Berg",
         "authors written surname first");
  is_str(objects_of(f, "Ports and the northern powers", DG_P_DATE_PUBLISHED), "2031",
         "the year before the title");
  is_str(objects_of(f, "Ports and the northern powers", DG_P_PUBLISHER), "Elsevier",
         "the publisher after the venue");
  is_str(class_of_label(f, "Ports and the northern powers"), "JournalArticle", "a journal venue");
  is_str(objects_of(f, "Ports, Power and Tolls", DG_P_AUTHOR), "Helen Marsh; Tomas K. Berg",
         "authors before the quoted title (one person with the fuller form)");
  is_str(objects_of(f, "Ports, Power and Tolls", DG_P_DATE_PUBLISHED), "2030-06",
         "the month after the volume");
  is_str(class_of_label(f, "Ports, Power and Tolls"), "JournalArticle", "volume and pages");
  dg_facts_free(f);
  /* citations in APA and Chicago order (surname first, initials) */
  f = map_text(m, "Harbor Review\n\nWhy Ports Matter\n\nBy Helen Marsh\nMay 4, 2021\n\n" BODY
                  "Cited By\nMarsh, H., & Berg, T. K. (2031). Ports and the northern powers: A "
                  "survey. Journal of Harbor Economics, 12(3), 7-15.\n"
                  "Krause, Lena, Ann Vale, and Tomas Berg. 2030. \"Cranes in a Colder Sea.\" "
                  "Harbor Affairs 9: 31-58.\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "Cranes in a Colder Sea; Ports and the northern powers: A survey",
         "an APA citation and a Chicago one");
  is_str(objects_of(f, "Ports and the northern powers: A survey", DG_P_AUTHOR),
         "Helen Marsh; T. K. Berg", "surnames first, with initials (H. joins Helen Marsh)");
  is_str(objects_of(f, "Ports and the northern powers: A survey", DG_P_DATE_PUBLISHED), "2031",
         "the year in parentheses");
  is_str(class_of_label(f, "Ports and the northern powers: A survey"), "JournalArticle",
         "a journal venue");
  is_str(objects_of(f, "Cranes in a Colder Sea", DG_P_AUTHOR), "Ann Vale; Lena Krause; T. K. Berg",
         "the first author surname first, the others in order (Tomas Berg joins T. K. Berg)");
  dg_facts_free(f);
  /* who publishes the page's own item */
  f = map_text(m, "CHANNEL 9 HARBOR NEWS\nNews   Weather   Sports\n\nShips wait outside the "
                  "strait as talks stall\nPosted at 4:10 PM, Mar 03, 2021\n\nPORTVILLE, Norway "
                  "(AFP) \xE2\x80\x94 Dozens of container ships waited outside the strait on "
                  "Wednesday as talks between the port authority and the unions stalled again.\n\n"
                  "Copyright 2021 Channel Nine Media, Inc. All rights reserved.\n");
  is_str(objects(f, DG_KIND_PUBLICATION, DG_P_PUBLISHER), "AFP",
         "a wire story's dateline names its publisher");
  dg_facts_free(f);
  f = map_text(m, "THE HARBOR QUARTERLY\nIssues   Stories   About   A publication of the Wilson "
                  "Center\n\nHarbor Dispatch March 2021\n\xE2\x80\x93 Ann Vale\n\nIn this "
                  "dispatch we bring readers up to date on the stories of the autumn issue.\n\n"
                  "\xC2\xA9 2021 The Harbor Quarterly. All rights reserved.\n");
  is_str(objects(f, DG_KIND_PUBLICATION, DG_P_PUBLISHER), "Wilson Center",
         "a magazine's owner publishes its pieces");
  dg_facts_free(f);
  /* the month of the archive the page is filed in */
  f = map_text(m, "Harbor Forward\nPolitics   Economy   Culture\n\nHome \xE2\x80\xBA Politics "
                  "\xE2\x80\xBA 2019 \xE2\x80\xBA March\n\nWhy Ports Matter in the North\n\n"
                  "By Helen Marsh\n\n" BODY);
  is_str(objects(f, DG_KIND_PUBLICATION, DG_P_DATE_PUBLISHED), "2019-03",
         "a year crumb and a month crumb date the page");
  dg_facts_free(f);
  /* the same title printed with another year is another work */
  f = map_text(m, "Harbor Institute\n\nWorking Papers \xE2\x80\xBA w101\n\nPorts and Power\n"
                  "Helen Marsh & Tomas Berg\n\nIssue Date July 2019\n\n" BODY
                  "Published Versions\nPorts and Power \xE2\x80\x94 2021\n");
  is_str(entities(f, DG_KIND_PUBLICATION), "Ports and Power; Ports and Power",
         "the journal version of a paper is a second item");
  dg_facts_free(f);
  /* a profile in French: "est" opens the bio, the list under "Publications
   * r\xC3\xA9" "centes" is the person's; each item a date and a label, then a
   * quoted title and its venue */
  f = map_text(m, "IDP \xE2\x80\x93 Institut des ports\nAccueil   Recherche   Experts\n\nH\xC3\xA9l\xC3\xA8ne "
                  "MARCHAND\nChercheuse au Centre Nord de l'Institut des ports\n\nBiographie\n"
                  "H\xC3\xA9l\xC3\xA8ne Marchand est chercheuse \xC3\xA0 l'Institut des ports depuis "
                  "2012. Elle travaille sur les ports du Nord et la strat\xC3\xA9gie navale.\n\n"
                  "Publications r\xC3\xA9" "centes\n\n- Octobre 2017 | Notes de l'Institut\n"
                  "  \xC2\xAB Ports du Nord, les limites d'un mod\xC3\xA8le \xC2\xBB, Notes du Nord, "
                  "n\xC2\xB0 104, Chatham House\n\n- 24 mai 2017 | Tribune\n"
                  "  \"What Role for Ports in the Security of the North Sea?\", The Harbor Review\n\n"
                  "- Janvier 2017 | Article\n  \"Cranes and Cruisers in the Baltic\", Harbor Policy, "
                  "n\xC2\xB0 23\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_DESCRIBES), "",
         "a profile in French (bio verb \"est\", lexicon.tsv) describes no publication");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "Cranes and Cruisers in the Baltic; Ports du Nord, les limites d'un mod\xC3\xA8le; What "
         "Role for Ports in the Security of the North Sea?",
         "a quoted title is the item's title, not the label before it; quotes cut");
  is_str(class_of_label(f, "What Role for Ports in the Security of the North Sea?"), "Commentary",
         "Tribune is an op-ed's label");
  is_str(class_of_label(f, "Cranes and Cruisers in the Baltic"), "JournalArticle",
         "a numbered issue after the title: a journal's");
  is_str(class_of_label(f, "Ports du Nord, les limites d'un mod\xC3\xA8le"), "Report",
         "a numbered series and its publisher: a paper");
  is_str(objects_of(f, "Ports du Nord, les limites d'un mod\xC3\xA8le", DG_P_PUBLISHER),
         "Chatham House", "the series' publisher");
  is_str(objects_of(f, "Cranes and Cruisers in the Baltic", DG_P_AUTHOR), "H\xC3\xA9l\xC3\xA8ne Marchand",
         "the profile's person wrote the works listed");
  dg_facts_free(f);
  dg_mapper_free(m);
  return tap_done();
}
