/* test_pub_class.c - the class of the page's own publication: a genre
 * label or breadcrumb, the fields only a refereed journal prints, an
 * issue of a periodical that is no edited volume. All pages are written
 * for these tests. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

#define BODY                                                                               \
  "Ports along the northern coast have become a test of allied resolve, and planners in " \
  "several capitals now count cranes as carefully as ships.\n\n"

static const struct {
  const char *page;
  const char *want;
  const char *what;
} cases[] = {
  {"Harbor Bureau\n\nWorking Papers \xE2\x80\xBA w101\n\nPorts and Power\n"
   "Helen Marsh & Tomas Berg\n\nWorking Paper 101\nDOI 10.5555/w101\nIssue Date March 2030\n\n"
   BODY "Published Versions\nMarsh, Helen, 2021. \"Ports and power,\" Journal of Harbor "
   "Economics, vol. 12.\n",
   "Report", "a working-paper label outweighs journal words"},
  {"Harbor Journal Online\nHome \xE2\x96\xB8 Journals \xE2\x96\xB8 Harbor Review \xE2\x96\xB8 "
   "Volume 7, Issue 4\n\nHarbor Review\nVolume 7, 2031 - Issue 4\nOriginal Articles\n\n"
   "Ports and Power in the North\n\nHelen Marsh\nBergen University\n"
   "Pages 31-58 | Published online: 4 Nov 2031\n\nAbstract\n" BODY,
   "JournalArticle", "a refereed journal's fields; a volume number is no edited volume"},
  {"Harbor Connections\nA Quarterly E-Journal of Port Relations\nHome   Issues   About\n\n"
   "Articles \xE2\x80\xBA North - South \xE2\x80\xBA Mar \xE2\x80\x94 Jun 2030\n\n"
   "Ports Accelerate the Alliance Review\nBy Helen Marsh and Tomas Berg\n"
   "Published June 2030 in Harbor Connections \xC2\xB7 Volume 9, Issue 3\n\n"
   "Cite as: Helen Marsh and Tomas Berg, \xE2\x80\x9CNorth-South Relations: Ports Accelerate "
   "the Alliance Review,\xE2\x80\x9D Harbor Connections, Vol. 9, No. 3, June 2030, "
   "pp. 7\xE2\x80\x93" "15.\n\n" BODY,
   "Article", "an e-journal's piece without refereed fields; an issue's No. is no series"},
  {"Bergen University Press\nBooks   Authors   About\n\nBooks > Politics\n\nCranes at Dawn\n"
   "Ports in a Colder World\nHelen Marsh\n\nHardcover  |  320 pages  |  May 2031\n\n"
   "Description\n" BODY,
   "Book", "a binding on a press's page: a book"},
  {"BERGEN UNIVERSITY PRESS\nBooks   Series   Authors   About\n\nHome \xC2\xBB Politics\n\n"
   "PORTS AND POWER\nThe Northern Seas since 1991\n\nEdited by Helen Marsh and Tomas Berg\n\n"
   "Pub date: October 2031\n312 pages\nCloth ISBN: 9781503637214     $90.00\n\n" BODY,
   "Book", "an edited volume with a cloth ISBN on a press's page: a book, not a report"},
  {"Harbor Institute\nResearch   Experts   About\n\nThe Northern Seas 2031\nEdited by Helen "
   "Marsh\n\nOrder the paperback     |     Read the overview (PDF)\n\n" BODY,
   "Report", "a think tank's volume sold as a paperback stays a report"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].page);
    is_str(class_of(f, DG_KIND_PUBLICATION), cases[i].want, "%s", cases[i].what);
    dg_facts_free(f);
  }
  /* an author's name above a commentary's title is no profile */
  {
    dg_facts *f = map_text(m, "Harbor Institute\nResearch   Experts   Events\n\nHelen Marsh\n"
                              "Ports and Power in the North\n\nHelen Marsh is a senior fellow at "
                              "the Harbor Institute. In this commentary she asks why the ports of "
                              "the north have become a test of allied resolve.\n");
    is_str(objects(f, DG_KIND_DOCUMENT, DG_P_DESCRIBES), "Ports and Power in the North",
           "a title under a name, not a post: the page's own item");
    dg_facts_free(f);
  }
  /* a journal platform: the publisher of "Published online by", no
   * item made of a field's label */
  {
    dg_facts *f = map_text(m, "Harbor Core\nHome   Journals   Books   About\n\nHome > Journals > "
                              "Harbor Studies > Volume 12 Issue 3\n\nArticle contents\nPorts and "
                              "Power in the North\nPublished online by Bergen University Press:  12 "
                              "March 2031\nHelen Marsh and Tomas Berg\n\nAbstract\n" BODY
                              "Type\nResearch Article\nInformation\nHarbor Studies, Volume 12, "
                              "Issue 3, June 2031, pp. 201 - 224\n\nCopyright \xC2\xA9 The "
                              "Author(s), 2031.\n");
    is_str(objects(f, DG_KIND_PUBLICATION, DG_P_PUBLISHER), "Bergen University Press",
           "published online by a press");
    is_str(entities(f, DG_KIND_PUBLICATION), "Ports and Power in the North",
           "a field's label and value are no listed item");
    dg_facts_free(f);
  }
  /* an event's recap presents the report it launched (rule
   * presented-publication) */
  {
    static const char *const recap =
        "Harbor Institute\nHome \xE2\x80\xBA Media \xE2\x80\xBA Event Highlights\n\n"
        "Launch of the Harbor Outlook 2031 Survey\n\nLaunched online on 2 April 2031, the "
        "third edition of the survey was then discussed by a panel of four experts, who weighed "
        "what its findings mean for the ports of the region.\n\nPort Studies Unit E-Launch "
        "Event\n\nTuesday, 2 April 2031 \xE2\x80\x93 The Port Studies Unit presented its "
        "annual survey to an online audience.\n\nPanel Discussion\n\nProf Marsh warned "
        "against reading the results as a verdict on any one port.\n\nAbout the report\n"
        "The Harbor Outlook: 2031 Survey Report\nCompiled and written by Helen Marsh, Tomas "
        "Berg and Ann Vale (Port Studies Unit)\nPublished on 2 April 2031 \xC2\xB7 Download "
        "the full report (PDF)\n";
    dg_facts *f = map_text(m, recap);
    is_str(objects(f, DG_KIND_DOCUMENT, DG_P_DESCRIBES),
           "Launch of the Harbor Outlook 2031 Survey; The Harbor Outlook: 2031 Survey Report",
           "the page describes the event and the report it presents");
    is_str(objects_of(f, "The Harbor Outlook: 2031 Survey Report", DG_P_AUTHOR),
           "Ann Vale; Helen Marsh; Tomas Berg", "its authors from the credit line");
    is_str(objects_of(f, "The Harbor Outlook: 2031 Survey Report", DG_P_DATE_PUBLISHED),
           "2031-04-02", "its date");
    is_str(objects_of(f, "The Harbor Outlook: 2031 Survey Report", DG_P_PUBLISHER),
           "Port Studies Unit", "the unit in parentheses publishes it");
    is_str(class_of_label(f, "The Harbor Outlook: 2031 Survey Report"), "Report", "a report");
    dg_facts_free(f);
  }
  /* a book launch presents its book: the imprint line dates it */
  {
    dg_facts *f = map_text(m, "Harbor Institute\nHome \xE2\x80\xBA Events\n\nBook Launch: "
                              "Cranes at Dawn\n\nTuesday, 2 April 2031, 10:00-11:30\nHarbor "
                              "House, Bergen\n\nJoin us for the launch of a new history of the "
                              "northern ports, with the author in conversation with Tomas Berg.\n\n"
                              "Speakers\nHelen Marsh (Harbor Institute)\nTomas Berg (Bergen "
                              "University)\n\nAbout the book\nCranes at Dawn: Ports in a Colder "
                              "World\nby Helen Marsh\nBergen University Press, 2031\n");
    is_str(entities(f, DG_KIND_PUBLICATION), "Cranes at Dawn: Ports in a Colder World",
           "the book of an 'About the book' section");
    is_str(objects_of(f, "Cranes at Dawn: Ports in a Colder World", DG_P_PUBLISHER),
           "Bergen University Press", "its imprint publishes it");
    is_str(objects_of(f, "Cranes at Dawn: Ports in a Colder World", DG_P_DATE_PUBLISHED), "2031",
           "the imprint's year");
    is_str(class_of_label(f, "Cranes at Dawn: Ports in a Colder World"), "Book", "a book");
    dg_facts_free(f);
  }
  dg_mapper_free(m);
  return tap_done();
}
