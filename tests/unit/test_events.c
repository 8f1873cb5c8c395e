/* test_events.c - pages that tell of several events, or of events in the
 * prose: which events there are, and what each one's own lines say. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

/* An event page with a related event in a listing. */
static const char related_page[] =
  "Harbour Forum\n\nEvents / Programs\n\nShipping After the Storm: Ports in a Warmer World\n\n"
  "March 3rd, 2026 11:30AM -1:30PM\n\nSpeakers\n\nAda Lind\nDirector, Tundra Institute\n\n"
  "Tom Berg\nProfessor, Lakeside University\n\nYou may also like\n"
  "PAST PROGRAM  \xC2\xB7  November 4th, 2025 11:30AM -1:30PM\n"
  "Salt and Steel: The Next Decade of Arctic Shipping\n"
  "Presented with the Baltic Research Council  \xC2\xB7  Keynote: Eva Holm\n\n"
  "\xC2\xA9 2026 Harbour Forum. All rights reserved.\n";

/* A French calendar: dates day first, French role words, no main event. */
static const char calendar_page[] =
  "Centre d'\xC3\xA9tudes maritimes\n\nAgenda du centre\n\n14/03/2024\n09:30  11:00\n"
  "En pr\xC3\xA9sentiel\n\nLa gouvernance des ports du Nord et ses acteurs\n\n"
  "Lieu : Salle 4, 12 rue des Lilas 75005 Paris\n\n"
  "Une s\xC3\xA9" "ance du s\xC3\xA9minaire de recherche du centre.\n\n"
  "Intervenante :\nAnne Moreau, Universit\xC3\xA9 de Lille\n\nDiscutant :\nPaul Girard, CNRS\n\n"
  "15/03/2024\n14:00  17:00\nEn pr\xC3\xA9sentiel\n\n"
  "Les littoraux face \xC3\xA0 la mont\xC3\xA9" "e des eaux : quelles r\xC3\xA9ponses ?\n\n"
  "Lieu : Salle 9, 12 rue des Lilas 75005 Paris\n\n"
  "\xC2\xA9 2024 Centre d'\xC3\xA9tudes maritimes\n";

/* A weekly digest: each event in one paragraph. */
static const char digest_page[] =
  "Riverton Notes\n\nSunday, May 5, 2019\n\nMonday in Riverton, May 6, 2019\n\n"
  "THE GRAIN TRADE AFTER THE WAR. 5/6, 9:30am-1:45pm. Sponsors: Hill Institute, Marlow Group, "
  "Baltic Grain Council. Speakers: Ada Lind, Senior Fellow, Hill Institute; Moderator: Tom Berg, "
  "Director, Baltic Program, Marlow Group; Eva Holm, Professor, Lakeside University.\n\n"
  "WHO OWNS THE SEA? 5/6, 3:00-4:30pm. Sponsors: Lakeside University; Center for Law and "
  "Policy. Speaker: Dr. Ida Moss, Professor, Lakeside University.\n";

/* An agenda: sessions with their people, a role written after a name. */
static const char agenda_page[] =
  "Events\n\nFourth Annual Nordic-Baltic Partnership Conference\n"
  "Thursday, June 13, 2024  /  8:30am - 12:00pm\n"
  "Location: Harbour Hall, 12 Quay Street, Riverton, RV 20037\n\n"
  "Summary\nThe Tundra Institute, Baltic Watch and the Embassy of Norway hosted the conference. The hosts will cover travel.\n\n"
  "Agenda\n\n9:15am - 10:30am   Session 1: Security in the Baltic Sea\n"
  "   \xE2\x80\xA2 Ms. Ada Lind, Director, Tundra Institute\n"
  "   \xE2\x80\xA2 Mr. Tom Berg, moderator\n     President, Baltic Watch\n"
  "   \xE2\x80\xA2 Mr. Karl Hahn, Co-Head of Nordfrost Capital and Senior Managing Director, "
  "Nordfrost (Norway) AS Ltd.\n\n"
  "10:45am - 12:00pm   Moderated Conversation on Trade\n"
  "                    |  Eva Holm \xC2\xB7 Ida Moss\n\n"
  "Related Events\n\xE2\x80\xBA Third Annual Nordic-Baltic Partnership Conference\n\n"
  "\xC2\xA9 2024 Tundra Institute\n";

/* A call for papers: the date the page was posted above the event's own
 * line, the place in a paragraph under "Venue". */
static const char call_page[] =
  "Harbour Institute\n\nHome / News / Calls\n\n# Call for Papers: Small Ports in a Warming "
  "Sea\n\n*Published 2031-03-10 \xC2\xB7 Category: Calls*\n\n**International conference, 16 "
  "October 2031, Riverton**\n\nWe invite paper proposals from economics, law and history on "
  "how small ports adapt to a warming sea and what their states can do about it.\n\n## Venue\n\n"
  "Harbour Hall, 12 Quay Street, Riverton. The conference will be held in person; there will be "
  "no hybrid panels.\n";

/* An article that reports a named, dated event. */
static const char prose_page[] =
  "Harbour Review\n\nThe Grain Deal Holds\n\nBy Ada Lind\n\nMay 2031\n\n"
  "When the 2031 Harbour Review Conference opened at the Palais des Nations in Lindau on "
  "3 May, which Mayor Ida Moss \xE2\x80\x93 who spoke first \xE2\x80\x93 is hosting, the mood was hopeful. Chair Tom Berg urged delegates to agree on the text, while "
  "the minister, Eva Holm, used her speech to warn against delay.\n\n"
  "The session began at 10 a.m. and ran well into the evening, and others were less sure.\n\n"
  "Days before the conference Paul Moss flew to Oslo. Minister Anna Berg, at her first "
  "conference, pressed for a vote.\n";

/* An agenda as a table flattened to tab-separated rows: a role label in
 * a cell of its own row, a keynote's title in the label's cell and the
 * speaker in the next. */
static const char tabbed_agenda_page[] =
  "Harbor Institute\n\nPorts Conference 2031\n\nDate:\tThursday 24 October 2031\n"
  "Venue:\tHarbor Hall, Lindau\n\nPROGRAMME\n\nTime\tSession\tSpeakers\n"
  "09:45\xE2\x80\x93" "10:30\tKeynote: \"Ports and Power in the North\"\t"
  "Lt. Gen. (ret.) Ada Lind, former Chief of the Harbor Command\n"
  "10:45\xE2\x80\x93" "12:15\tSESSION I \xE2\x80\x94 The Northern Fleet\t"
  "Chair: Dr. Tom Berg (Baltic Watch)\n"
  "\t\tSpeakers: Dr. Eva Holm (Lindau University); Paul Moss (Harbor Institute)\n"
  "13:15\xE2\x80\x93" "14:45\tSESSION II \xE2\x80\x94 Allies\tModerator: Ida Moss (Harbor News)\n";

/* A recap that names its moderator with a title in the sentence. */
static const char titled_moderator_page[] =
  "Harbour Institute\n\nHarbour Dialogue 2031\n\nDate: 27 February 2031, 13:30\xE2\x80\x93" "17:00\n\n"
  "The first session, on ports and power, was moderated by Dr. Ada Lind, Senior Fellow at the "
  "Harbour Institute. Prof. Tom Berg of Lindau University presented his research.\n\n"
  "In her opening remarks, Eva Holm, Director of the Harbour Institute, welcomed the guests. "
  "The keynote address was delivered by H.E. Ms. Ida Moss, Ambassador of Norway.\n";

/* Other events in listings whose headings say so, in text columns and
 * with a theme and a date after the name. */
static const char listed_events_page[] =
  "Harbour Institute\n\nPorts in a Warmer Sea\n\nWednesday, 13 November 2031, 4:00pm\n\n"
  "The webinar asks how the northern ports can stay open through a winter of sanctions and "
  "storms, and who pays when they close.\n\n"
  "Speakers\nAda Lind (Harbour Institute)\n\nUPCOMING EVENTS\n"
  "  28 Nov 2031   Roundtable: Grain Corridors after the Truce\n"
  "  10 Dec 2031   Harbour Annual Lecture 2031\n\nPrevious conferences\n"
  "Ports Conference 2030 \xE2\x80\x94 \"After the Storm: Ports in a Warmer Sea\" (19 October 2030)\n";

/* A book launch: a form's rows without colons, "launched by". */
static const char launch_page[] =
  "Harbour Institute\n\nBook Launch \xE2\x80\x94 Ports and Power\n\n"
  "WHAT    Book launch and conversation\nWHEN    Thursday 15 August 2031, 6:30pm\n"
  "WHERE   Glover Hall, 124 Quay Street, Lindau 2000\n\n"
  "The book will be launched by Professor Emerita Ada Lind, former Director of the Harbour "
  "Institute. The launch is held with the support of the Lindau Port Authority.\n";

/* An agenda row: a time, a role label, a dash and the person. */
static const char dashed_agenda_page[] =
  "Harbour Institute\n\nPorts in a Warmer Sea\n\nWednesday, 13 November 2031\n"
  "4.00pm \xE2\x80\x93 5.30pm\n\nPROGRAMME\n"
  "4.00pm   Welcome remarks \xE2\x80\x93 Ms. Eva Holm, Director, Harbour Institute Regional Programme\n"
  "4.05pm   Panel discussion\n           \xE2\x80\xA2 Mr. Tom Berg (Lindau University)\n";

/* A hearing's witnesses grouped under the organizations they work for,
 * indented under each. */
static const char grouped_witnesses_page[] =
  "Harbour Assembly\n\nStanding Committee on Ports\n\nPorts in a Colder Sea\n\n"
  "Date:       Wednesday, March 6, 2031\nTime:       4:15 p.m. \xE2\x80\x93 6:15 p.m.\n\n"
  "WITNESSES\n\nPanel 1 \xE2\x80\x94 4:15 p.m.\nHarbour Transport Agency\n"
  "    Ada Lind, Director General, Northern Ports Secretariat\n"
  "    Tom Berg, Director, Port Policy\nAs an individual\n"
  "    Eva Holm, Professor, Lindau University\n";

/* A news item whose headline names an event that its prose calls by a
 * quoted name in apposition to "a conference". */
static const char quoted_event_page[] =
  "Harbour Institute\n\nNews > Institute News\n\nDate 2031.09.21\n\n"
  "Harbour Institute and Lindau University mark the grain corridor with virtual conference\n\n"
  "Scholars gathered online on September 10 and 11 for \"Grain at Sea: The Corridor After Ten "
  "Years,\" an international conference co-sponsored by the Harbour Institute and Lindau "
  "University.\n\n"
  "The opening session began with remarks by Ada Lind, who welcomed the partnership. Tom Berg, "
  "professor of history at Lindau University, then delivered the keynote address.\n";

/* An article about a meeting whose hosts a later sentence names. */
static const char hosted_prose_page[] =
  "Harbour Review\n\nPorts in a Warmer Sea\n\nBy Ada Lind\n\nMay 2031\n\n"
  "The 4th Northern Ports Forum met in Lindau on 3 May 2031. This year's round was hosted by "
  "the Lindau Maritime Institute (LMI) and the Harbour Studies Centre at Riverton University, "
  "with officials from six ports taking part.\n\n"
  "Trade in the strait fell by a third last year.\n";

/* An event page whose hosts are a list in a sentence. */
static const char cosponsored_page[] =
  "Events\n\nSalt Roads: Trade Across the Strait\n\nThursday, 12 June 2031, 10:00-12:00\n\n"
  "A workshop co-sponsored by the Marlow Institute, the Centre for Baltic Studies (CBS) and "
  "the Arctic Policy Program at the University of Lindau. Speakers from three ports will "
  "compare notes.\n";

/* A program of remarks and a panel whose moderators share the chair. */
static const char remarks_page[] =
  "Events\n\nTen Years On: the Harbour Flood\n\nDate: Wednesday, March 10, 2031\n"
  "Time: 6:00 - 7:30 p.m.\n\nPROGRAM\n\nRemarks\n    Ada Lind, Mayor of Riverton\n"
  "    Tom Berg, Ambassador of Norway to Kestrel\n\n"
  "Panel discussion: \u201cThe Next Ten Years\u201d\n"
  "    Co-moderator: Eva Holm, President, Marlow Foundation\n"
  "    Co-moderator: Ida Moss, Director, Baltic Watch\n"
  "    Paul Moss, Ambassador to Kestrel (2019\u20132023)\n"
  "    Ola Nord, Ambassador to Kestrel (2015\u20132019)\n";

/* A hearing's witnesses as a table with a header row, and a heading in
 * capitals after it that names no one. */
static const char witness_table_page[] =
  "COMMITTEE ON HARBOUR AFFAIRS\n\nHEARING\nPorts Under Pressure\n\n"
  "Date:\tTuesday, September 17, 2031\nTime:\t10:00 a.m.\n\n"
  "WITNESSES\nName\tTitle / Affiliation\tTestimony\n"
  "Ada Lind\tDirector, Marlow Institute\tWritten statement (PDF)\n"
  "Tom Berg\tHarbour pilot and author\tWritten statement (PDF)\n\n"
  "COMMITTEE STATEMENTS\nOpening Statement of the Chair\t(PDF)\n";

/* A recap whose hosts open a sentence after its dateline. */
static const char dateline_page[] =
  "Lakeside Institute\n\nHome > Media > Event Highlights\n\n"
  "Launch of the Northern Seas Survey 2026\n\n"
  "Launched online on 2 April 2026, the survey was then taken up by a panel of Prof Ada Lind, "
  "Ms Eva Holm and Mr Tom Berg, who weighed what it means for the region.\n\n"
  "Tuesday, 2 April 2026 \xE2\x80\x93 The Arctic Studies Centre (ASC) presented its annual "
  "survey to an online audience in Lindau and overseas.\n\n"
  "Opening Remarks\n\nMr Paul Moss, Director of the Lakeside Institute, opened the session.\n";

/* An event page whose registration box has a date of its own. */
static const char deadline_page[] =
  "Events\n\nHarbour Talks 2031\n\nTuesday, March 12, 2031, 9:00-10:30\n\nSpeakers\n"
  "Ada Lind, Director, Marlow Institute\n\nRegistration\nSign up now / REGISTER\n"
  "Registration deadline: Monday, March 11, 2031, 17:00\n";

/* A launch event described by a list of fields under its name. */
static const char fields_page[] =
  "Harbour Institute\n\n# Ports calmer than a year ago, finds Harbour Index 2031\n\n"
  "**PRESS RELEASE** | 11 June 2031 | LINDAU\n\nThe ports of the strait are calmer than a year "
  "ago, according to the Harbour Index 2031, published today by the Harbour Institute. Trade "
  "rose in most of them.\n\n## Launch event\n\n**Harbour Index 2031 \xE2\x80\x93 Lindau Launch**\n\n"
  "* **Date:** Wednesday, 12 June 2031\n* **Time:** 14:00 \xE2\x80\x93 15:30\n"
  "* **Venue:** Harbour Hall, 12 Quay Street, Lindau\n"
  "* **Presentation of the findings:** Ada Lind, Founder and Executive Chair, Harbour Institute\n"
  "* **Moderator:** Tom Berg, Director of Operations, Harbour Institute\n";

/* A report about an event: the event named in the heading and dated in
 * the line under it, its formal name followed by the name it goes by. */
static const char report_page[] =
  "Tundra Institute\n\nHarbour Dialogue report\nTundra Institute Harbour Dialogue 2031\n"
  "9th Baltic Security Summit \xC2\xB7 Lindau, 3\xE2\x80\x93" "5 June 2031\nPublished October 2031\n\n"
  "The 9th Tundra Institute Baltic Security Summit, the Harbour Dialogue, brought defence ministers "
  "and experts from some thirty countries to the Lakeview Hotel in Lindau.\n\n"
  "After opening remarks by Ada Lind, the keynote address was given by Tom Berg on the first "
  "evening. The next morning Eva Holm set out her country's view of the strait.\n\n"
  "Credits\nEditor: Ida Moss\n";

/* A recap: the people named in the sentences under role headings. */
static const char recap_page[] =
  "Lakeside Institute\n\nHome > Media > Event Highlights\n\n"
  "Launch of the Northern Seas Survey 2026\n\n"
  "Launched online on 2 April 2026, the survey was then taken up by a panel of Prof Ada Lind, "
  "Ms Eva Holm and Mr Tom Berg, who weighed what it means for the region.\n\n"
  "Opening Remarks\n\nMr Paul Moss, Director of the Lakeside Institute, opened the session. He "
  "recalled the first edition.\n";

/* Layouts of event pages from many sites: a hearing, a webinar with
 * speaker cards, a German page, an unlabelled list of people, a date
 * badge over several lines, hosts and roles written in a sentence. */
static const char hearing_page[] =
  "Committee on Maritime Affairs\n"
  "Hearings\n"
  "\n"
  "Securing the Arctic: Shipping, Energy and Defense\n"
  "Subcommittee on Northern Europe\n"
  "Date: Wednesday, March 27, 2024\n"
  "Time: 2:00 PM\n"
  "Location: 2172 Lakeshore House Office Building\n"
  "\n"
  "Witnesses\n"
  "\n"
  "The Honorable Ada Lind\n"
  "Assistant Secretary of State for Oceans\n"
  "U.S. Department of State\n"
  "\n"
  "Mr. Tom Berg\n"
  "Senior Fellow\n"
  "Baltic Policy Institute\n"
  "\n"
  "Presiding: Chairman Robert Lake\n";

static const char webinar_page[] =
  "Lakeside Institute\n"
  "Events\n"
  "\n"
  "Webinar\n"
  "Ports and Power in the Indo-Pacific\n"
  "Thursday, 4 April 2024 | 3:00 - 4:00 (AEDT)\n"
  "Online via Zoom\n"
  "\n"
  "Featuring\n"
  "\n"
  "Ada Lind\n"
  "Senior Fellow, Lakeside Institute\n"
  "\n"
  "Tom Berg\n"
  "Director, Harbour Program, Tundra University\n"
  "\n"
  "Moderated by\n"
  "Eva Holm\n"
  "Research Fellow, Lakeside Institute\n"
  "\n"
  "Register now\n";

static const char german_page[] =
  "Institut f\xC3\xBCr Ostseefragen\n"
  "Veranstaltungen\n"
  "\n"
  "Sicherheit im Ostseeraum\n"
  "Podiumsdiskussion\n"
  "27.03.2024, 18:00\xE2\x80\x93" "19:30 Uhr\n"
  "Ort: Seestra\xC3\x9F" "e 3, 10719 Berlin\n"
  "\n"
  "Referentinnen und Referenten:\n"
  "Dr. Ada Lind, Lakeside Institut\n"
  "Tom Berg, Universit\xC3\xA4t Bergen\n"
  "Moderation: Eva Holm\n"
  "Veranstalter: Forschungsgruppe Sicherheit\n";

static const char unlabelled_page[] =
  "Harbour Council\n"
  "\n"
  "Roundtable on Arctic Shipping\n"
  "June 5, 2024, 10:00-12:00\n"
  "Harbour Hall, 12 Quay Street\n"
  "\n"
  "Ada Lind, Senior Fellow, Lakeside Institute\n"
  "Tom Berg, Director, Tundra University\n"
  "Eva Holm, Professor, Bergen University\n";

static const char split_page[] =
  "Nordic Council Events\n"
  "\n"
  "The Baltic after the War\n"
  "27\n"
  "March\n"
  "2024\n"
  "18:00 - 19:30\n"
  "Ludwig Hall, Main Street 3\n"
  "\n"
  "Speakers: Ada Lind (Lakeside Institute), Tom Berg (Tundra University)\n";

static const char prosehost_page[] =
  "Lakeside Institute\n"
  "\n"
  "Ports and Power: A Book Launch\n"
  "May 14, 2024, 5:00 PM - 6:30 PM\n"
  "Harbour Hall, 12 Quay Street, Riverton\n"
  "\n"
  "The Lakeside Institute's Maritime Security Program hosted a book launch with Ada Lind, co-sponsored by the Baltic Council and organised in partnership with Tundra University. Tom Berg moderated the discussion.\n";

/* More layouts: bios with the role in brackets, a call for papers, a
 * listing of dated events, a French round table, a two-panel programme. */
static const char aboutspeakers_page[] =
  "Tundra Institute | Events\n"
  "\n"
  "Arctic Futures: A Conversation\n"
  "Tuesday, 3 September 2024, 12:00\xE2\x80\x93" "13:00 BST\n"
  "Online\n"
  "\n"
  "About the speakers\n"
  "\n"
  "Ada Lind is a Senior Fellow at the Tundra Institute, where she leads the Arctic Program.\n"
  "\n"
  "Tom Berg is Professor of Geography at Lakeside University.\n"
  "\n"
  "Eva Holm (moderator) is Director of the Polar Policy Centre.\n";

static const char cfp_page[] =
  "Lakeside Institute\n"
  "\n"
  "Call for Papers: Fifth Annual Conference on Maritime Law\n"
  "\n"
  "The Lakeside Institute and the Harbour Law Society invite submissions for the Fifth Annual Conference on Maritime Law, to be held in Bergen on 14\xE2\x80\x93" "15 October 2025.\n"
  "\n"
  "Deadline for abstracts: 30 June 2025. Notification of acceptance: 31 July 2025.\n"
  "\n"
  "Contact: conference@example.org\n";

static const char datetitle_page[] =
  "Harbour Council\n"
  "\n"
  "Upcoming events\n"
  "\n"
  "May 5, 2025 \xE2\x80\x94 Ports and Power: A Conversation with Ada Lind\n"
  "June 12, 2025 \xE2\x80\x94 The Grain Corridor One Year On\n"
  "July 3, 2025 \xE2\x80\x94 Book launch: Salt and Steel by Tom Berg\n";

static const char french_page[] =
  "Institut d'\xC3\xA9tudes maritimes\n"
  "Agenda\n"
  "\n"
  "Table ronde\n"
  "La s\xC3\xA9" "curit\xC3\xA9 en mer Baltique\n"
  "Mardi 14 mai 2024, 18h00-19h30\n"
  "Lieu : Amphith\xC3\xA9\xC3\xA2tre A, 12 rue des Lilas, Paris\n"
  "\n"
  "Intervenant\xC2\xB7" "e\xC2\xB7s :\n"
  "Anne Moreau, Universit\xC3\xA9 de Lille\n"
  "Paul Girard, CNRS\n"
  "\n"
  "Mod\xC3\xA9ration : Claire Dubois, Institut d'\xC3\xA9tudes maritimes\n";

static const char program_page[] =
  "Nordic Security Forum 2025\n"
  "Helsinki, 12\xE2\x80\x93" "13 May 2025\n"
  "\n"
  "Programme\n"
  "\n"
  "Monday, 12 May\n"
  "09:00\xE2\x80\x93" "09:30  Opening remarks\n"
  "             Anna Virtanen, Director, Nordic Security Forum\n"
  "09:30\xE2\x80\x93" "11:00  Panel 1: Deterrence in the High North\n"
  "             Chair: Mikko Salo, University of Helsinki\n"
  "             Speakers: Lena Krause (Hamburg University), Jonas Eriksen (Oslo Peace Institute)\n"
  "11:30\xE2\x80\x93" "13:00  Panel 2: Energy and the Baltic\n"
  "             Chair: Sara Lind, Baltic Energy Council\n"
  "             Speakers: Peter Holm (Tallinn Institute), Maria Novak (Charles University)\n";

/* Speakers written "Name | Title | Org"; a place that is online. */
static const char pipes_page[] =
  "Harbour Council Events\n\nShipping Lanes and Sanctions\n"
  "Wednesday, 9 October 2024 | 14:00\xE2\x80\x93" "15:30 CEST\nLocation: Online\n\n"
  "Speakers\nAda Lind | Senior Fellow | Lakeside Institute\nTom Berg | Professor | Tundra University\n\n"
  "Moderator\nEva Holm | Director | Polar Policy Centre\n";

/* The place in the date's line; the place in a sentence. */
static const char dateplace_page[] =
  "Harbour Council Events\n\nPorts after the Storm\n"
  "Thursday, 5 June 2025, 10:00-12:00 | Main Hall, 12 Quay Street, Lindau\n\n"
  "Speakers: Ada Lind (Tundra Institute), Tom Berg (Lakeside University)\n";
static const char proseplace_page[] =
  "Harbour Council Events\n\nPorts after the Storm\nThursday, 5 June 2025, 10:00-12:00\n\n"
  "The round table will be held at the Lakeview Hotel in Lindau, and will bring together experts "
  "from the region.\n\nSpeakers: Ada Lind (Tundra Institute), Tom Berg (Lakeside University)\n";

/* A heading with its date after a dash. */
static const char titledate_page[] =
  "Lakeside Institute\nEvents \xE2\x80\xBA Lectures\n\n"
  "Annual Lecture 2025: The Sea and the State \xE2\x80\x94 21 May 2025, 6:30pm\n"
  "Lakeside Institute, Main Hall\n\nSpeaker: Professor Ada Lind, University of Bergen\n"
  "Chair: Tom Berg, Lakeside Institute\n";

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  dg_facts *f;

  f = map_text(m, related_page);
  is_str(entities(f, DG_KIND_EVENT),
         "Salt and Steel: The Next Decade of Arctic Shipping; Shipping After the Storm: Ports in a "
         "Warmer World",
         "a related event in a listing is an event of its own");
  is_str(objects_of(f, "Salt and Steel: The Next Decade of Arctic Shipping", DG_P_START_DATE),
         "2025-11-04T11:30:00", "the listed event's date and time from its own line");
  is_str(objects_of(f, "Salt and Steel: The Next Decade of Arctic Shipping",
                    DG_P_KEYNOTE_SPEAKER),
         "Eva Holm", "a Keynote: field inside a line");
  is_str(objects_of(f, "Salt and Steel: The Next Decade of Arctic Shipping", DG_P_HOST),
         "Baltic Research Council", "a Presented with field names a host");
  is_str(objects_of(f, "Shipping After the Storm: Ports in a Warmer World", DG_P_SPEAKER),
         "Ada Lind; Tom Berg", "the page's own event keeps its speakers, not the listed one's");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "Salt and Steel: The Next Decade of Arctic Shipping", "the document lists it");
  dg_facts_free(f);

  f = map_text(m, calendar_page);
  is_str(entities(f, DG_KIND_EVENT),
         "La gouvernance des ports du Nord et ses acteurs; Les littoraux face \xC3\xA0 la "
         "mont\xC3\xA9" "e des eaux : quelles r\xC3\xA9ponses ?",
         "a calendar: one event per dated record, none for its heading");
  is_str(entities(f, DG_KIND_PUBLICATION), "", "a calendar presents no publication");
  is_str(objects_of(f, "La gouvernance des ports du Nord et ses acteurs", DG_P_START_DATE),
         "2024-03-14T09:30:00", "14/03/2024 on a French page is 14 March");
  is_str(objects_of(f, "La gouvernance des ports du Nord et ses acteurs", DG_P_LOCATION),
         "Salle 4, 12 rue des Lilas 75005 Paris", "Lieu : is a place label");
  is_str(objects_of(f, "La gouvernance des ports du Nord et ses acteurs", DG_P_SPEAKER),
         "Anne Moreau", "Intervenante : is a speaker heading");
  is_str(objects_of(f, "La gouvernance des ports du Nord et ses acteurs", DG_P_DISCUSSANT),
         "Paul Girard", "Discutant : is a discussant heading");
  is_str(class_of_label(f, "La gouvernance des ports du Nord et ses acteurs"), "Seminar",
         "s\xC3\xA9minaire names the class");
  is_str(class_of_label(f, "Les littoraux face \xC3\xA0 la mont\xC3\xA9" "e des eaux : quelles "
                           "r\xC3\xA9ponses ?"),
         "Seminar", "an untyped calendar entry takes the kind of the one before");
  dg_facts_free(f);

  f = map_text(m, digest_page);
  is_str(objects_of(f, "THE GRAIN TRADE AFTER THE WAR", DG_P_START_DATE), "2019-05-06T09:30:00",
         "a digest's line: month and day take the page's year");
  is_str(objects_of(f, "THE GRAIN TRADE AFTER THE WAR", DG_P_SPEAKER), "Ada Lind; Eva Holm",
         "semicolon entries keep the list's role after a labelled one");
  is_str(objects_of(f, "THE GRAIN TRADE AFTER THE WAR", DG_P_MODERATOR), "Tom Berg",
         "a label on one entry is that entry's role");
  is_str(objects_of(f, "THE GRAIN TRADE AFTER THE WAR", DG_P_HOST),
         "Baltic Grain Council; Hill Institute; Marlow Group", "Sponsors: are hosts");
  is_str(class_of_label(f, "WHO OWNS THE SEA?"), "Lecture", "one speaker and no word: a lecture");
  is_str(objects_of(f, "WHO OWNS THE SEA?", DG_P_START_DATE), "2019-05-06T15:00:00",
         "each paragraph is its own event");
  is_str(objects_of(f, "WHO OWNS THE SEA?", DG_P_HOST), "Center for Law and Policy; Lakeside University",
         "hosts split at semicolons keep their own \"and\"");
  dg_facts_free(f);

  f = map_text(m, "Harbour Forum\n\nWEBINAR\n2032.03.12 (Tue)\nPorts in a Fragmented World\n"
                  "Date & Time: Tuesday, March 12, 2032, 9:00-10:30\nFormat: Zoom Webinar\n\n"
                  "Speakers\n\nAda Lind\nDirector, Tundra Institute\n\nRelated Events\n"
                  "2031.11.28 Webinar | Ports After the Storm: One Year On\n"
                  "2031.09.05 Seminar | The Quay and Its Cranes\n");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS),
         "Ports After the Storm: One Year On; The Quay and Its Cranes",
         "a listed event's date and genre label are cut from its title");
  is_str(class_of_label(f, "The Quay and Its Cranes"), "Seminar", "the label gives the class");
  is_str(objects_of(f, "The Quay and Its Cranes", DG_P_START_DATE), "2031-09-05",
         "the date cut from the title dates the event");
  dg_facts_free(f);

  f = map_text(m, call_page);
#define CALL_EVENT "Small Ports in a Warming Sea"
  is_str(objects_of(f, CALL_EVENT, DG_P_START_DATE), "2031-10-16",
         "the line that names the event's genre dates it, not the line that says when the page "
         "was published");
  is_str(objects_of(f, CALL_EVENT, DG_P_LOCATION), "Harbour Hall, 12 Quay Street, Riverton",
         "Venue over a paragraph: its first sentence, an address");
  dg_facts_free(f);

  f = map_text(m, agenda_page);
#define AGENDA_EVENT "Fourth Annual Nordic-Baltic Partnership Conference"
  is_str(objects_of(f, AGENDA_EVENT, DG_P_PANELIST), "Ada Lind; Karl Hahn",
         "a session's people sit on a panel (a company's \"Ltd.\" ends no sentence)");
  is_str(objects_of(f, AGENDA_EVENT, DG_P_MODERATOR), "Tom Berg", "a role written after the name");
  is_str(objects_of(f, AGENDA_EVENT, DG_P_SPEAKER), "Eva Holm; Ida Moss",
         "a conversation's people speak; names split at middle dots under a bar");
  is_str(objects_of(f, AGENDA_EVENT, DG_P_HOST), "Baltic Watch; Embassy of Norway; Tundra Institute",
         "organizations that hosted it, as a sentence's subject; \"The hosts will\" names none");
  is_str(objects_of(f, "Fourth Annual Nordic-Baltic Partnership Conference", DG_P_LOCATION),
         "Harbour Hall, 12 Quay Street, Riverton, RV 20037", "a long Location: line");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_LISTS), "Third Annual Nordic-Baltic Partnership Conference",
         "an item under Related Events is a listed event");
  is_str(class_of_label(f, "Third Annual Nordic-Baltic Partnership Conference"), "Conference",
         "the listed event's class from its name");
  dg_facts_free(f);

  f = map_text(m, prose_page);
  is_str(entities(f, DG_KIND_EVENT), "2031 Harbour Review Conference",
         "a named event with a day's date in its sentence");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2031-05-03T10:00:00",
         "its date with the page's year; the time the next paragraph says it began");
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Palais des Nations in Lindau",
         "the place after at");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Eva Holm; Ida Moss; Tom Berg",
         "people who urged or spoke in the paragraph");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_MENTIONS_PERSON), "Paul Moss",
         "who took part is not merely mentioned; who flew in days before is");
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Ida Moss", "which NAME - an aside - is hosting");
  is_str(objects(f, DG_KIND_EVENT, DG_P_PARTICIPANT), "Anna Berg; Eva Holm; Ida Moss; Tom Berg",
         "at her first conference (the event named again); not days before it");
  is_str(class_of(f, DG_KIND_EVENT), "Conference", "the name's last word gives the class");
  dg_facts_free(f);

  f = map_text(m, hosted_prose_page);
  is_str(objects_of(f, "4th Northern Ports Forum", DG_P_HOST),
         "Harbour Studies Centre; Lindau Maritime Institute",
         "a reported event's hosts: the list after \"hosted by\" later in its paragraph, "
         "without the acronym or the unit's parent");
  dg_facts_free(f);

  f = map_text(m, remarks_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind; Tom Berg",
         "the people under a Remarks heading speak");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Eva Holm; Ida Moss",
         "Co-moderator: lines moderate");
  is_str(objects(f, DG_KIND_EVENT, DG_P_PANELIST), "Ola Nord; Paul Moss",
         "the panel's other people sit on it");
  dg_facts_free(f);

  f = map_text(m, witness_table_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind; Tom Berg",
         "a table's header row under Witnesses is passed over; its rows speak");
  is_str(entities(f, DG_KIND_PERSON), "Ada Lind; Tom Berg",
         "a heading in capitals of stop words names no one");
  dg_facts_free(f);

  f = map_text(m, dateline_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Arctic Studies Centre",
         "ORG presented: its host, after a dateline and its dash");
  dg_facts_free(f);

  f = map_text(m, deadline_page);
  is_str(entities(f, DG_KIND_EVENT), "Harbour Talks 2031",
         "a registration deadline heads no event of its own");
  dg_facts_free(f);

  f = map_text(m, fields_page);
  ok(strstr(entities(f, DG_KIND_EVENT), "Harbour Index 2031 \xE2\x80\x93 Lindau Launch") != NULL &&
         strstr(entities(f, DG_KIND_EVENT), "Presentation") == NULL,
     "a labelled item of the date's list is a field, not the event's name");
  dg_facts_free(f);

  f = map_text(m, cosponsored_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST),
         "Arctic Policy Program; Centre for Baltic Studies; Marlow Institute",
         "every organization of the list after \"co-sponsored by\", not the first alone");
  dg_facts_free(f);

  f = map_text(m, listed_events_page);
  is_str(entities(f, DG_KIND_EVENT),
         "Harbour Annual Lecture 2031; Ports Conference 2030; Ports in a Warmer Sea; "
         "Roundtable: Grain Corridors after the Truce",
         "listed events: the date column, the theme and the date in parentheses are not the name");
  dg_facts_free(f);
  f = map_text(m, launch_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Glover Hall, 124 Quay Street, Lindau 2000",
         "a form's row: the label, a run of spaces, the place");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind", "launched by a professor emerita");
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Lindau Port Authority", "with the support of: a sponsor hosts");
  dg_facts_free(f);
  f = map_text(m, dashed_agenda_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Eva Holm",
         "a time, a role label, a dash and the person, on a long line");
  dg_facts_free(f);
  f = map_text(m, titled_moderator_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Ada Lind",
         "moderated by a name after a title: the title's dot ends no clause");
  is_str(objects(f, DG_KIND_EVENT, DG_P_KEYNOTE_SPEAKER), "Ida Moss", "the keynote ... was delivered by");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Eva Holm", "in her opening remarks, NAME");
  dg_facts_free(f);
  f = map_text(m, grouped_witnesses_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_PANELIST), "Ada Lind; Eva Holm; Tom Berg",
         "witnesses indented under the organizations they work for, on the panel");
  is_str(objects_of(f, "Tom Berg", DG_P_AFFILIATION), "Harbour Transport Agency",
         "the group's organization is where they work");
  is_str(objects_of(f, "Eva Holm", DG_P_AFFILIATION), "Lindau University", "\"As an individual\" names none");
  is_str(entities(f, DG_KIND_PERSON), "Ada Lind; Eva Holm; Tom Berg", "the group's heading is no person");
  dg_facts_free(f);
  f = map_text(m, tabbed_agenda_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_KEYNOTE_SPEAKER), "Ada Lind",
         "a keynote's title in the label's cell, the speaker in the next");
  is_str(objects(f, DG_KIND_EVENT, DG_P_CHAIR), "Tom Berg", "a role label in a cell after the session's");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Ida Moss", "a moderator's cell");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Eva Holm; Paul Moss", "a continuation row");
  dg_facts_free(f);
  f = map_text(m, quoted_event_page);
  is_str(entities(f, DG_KIND_EVENT), "Grain at Sea: The Corridor After Ten Years",
         "a quoted name in apposition to an event word");
  is_str(class_of_label(f, "Grain at Sea: The Corridor After Ten Years"), "Conference",
         "the event word gives the class");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2031-09-10", "the date in the sentence");
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Harbour Institute; Lindau University",
         "the hosts after co-sponsored by");
  is_str(objects(f, DG_KIND_EVENT, DG_P_PARTICIPANT), "Ada Lind; Tom Berg",
         "the headline names the event: the prose that runs on tells of it");
  dg_facts_free(f);
  f = map_text(m, report_page);
  is_str(entities(f, DG_KIND_EVENT), "Harbour Dialogue",
         "an event the heading names, called by the name it goes by");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2031-06-03", "dated by the line under the heading");
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Lakeview Hotel in Lindau", "brought ... to the VENUE");
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Tundra Institute", "the organization in its formal name");
  is_str(objects(f, DG_KIND_EVENT, DG_P_PARTICIPANT), "Ada Lind; Eva Holm; Tom Berg",
         "the people of the prose that runs on from it");
  is_str(objects(f, DG_KIND_EVENT, DG_P_KEYNOTE_SPEAKER), "Tom Berg", "a keynote address given by");
  dg_facts_free(f);

  f = map_text(m, recap_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_PANELIST), "Ada Lind; Eva Holm; Tom Berg",
         "a panel of NAME, NAME and NAME");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Paul Moss",
         "under Opening Remarks, the sentence's subject speaks");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2026-04-02",
         "the date of a recap: launched on DATE");
  is_str(class_of(f, DG_KIND_EVENT), "Webinar", "launched online: a webinar");
  dg_facts_free(f);


  f = map_text(m, hearing_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind; Tom Berg", "Witnesses speak");
  is_str(affiliations(f), "Ada Lind > U.S. Department of State; Tom Berg > Baltic Policy Institute",
         "a witness card: name, office, organization");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2024-03-27T14:00:00",
         "Date: and Time: fields");
  is_str(class_of(f, DG_KIND_EVENT), "Meeting", "a hearing is a meeting");
  dg_facts_free(f);

  f = map_text(m, webinar_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2024-04-04T15:00:00+11:00",
         "3:00 - 4:00 without a meridiem is in the afternoon");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind; Tom Berg", "Featuring: speaker cards");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Eva Holm", "a Moderated by heading over a card");
  is_str(class_of(f, DG_KIND_EVENT), "Webinar", "a Webinar label");
  dg_facts_free(f);

  f = map_text(m, german_page);
  is_str(entities(f, DG_KIND_EVENT), "Sicherheit im Ostseeraum", "Ort: is a field, not the title");
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Seestra\xC3\x9F" "e 3, 10719 Berlin", "Ort: is the place");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind; Tom Berg", "Referentinnen und Referenten:");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Eva Holm", "Moderation:");
  is_str(objects(f, DG_KIND_EVENT, DG_P_ORGANIZER), "Forschungsgruppe Sicherheit", "Veranstalter:");
  is_str(class_of(f, DG_KIND_EVENT), "Forum", "a Podiumsdiskussion is a forum");
  dg_facts_free(f);

  f = map_text(m, unlabelled_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_PARTICIPANT), "Ada Lind; Eva Holm; Tom Berg",
         "an unlabelled list of Name, Title, Org lines takes part in the roundtable");
  is_str(objects(f, DG_KIND_DOCUMENT, DG_P_MENTIONS_PERSON), "", "and is not merely mentioned");
  dg_facts_free(f);

  f = map_text(m, split_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2024-03-27T18:00:00",
         "a date badge over several short lines");
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Ludwig Hall, Main Street 3",
         "the place under the badge");
  dg_facts_free(f);

  f = map_text(m, prosehost_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Baltic Council; Maritime Security Program; Tundra University",
         "an institute's program hosted it; co-sponsored by; in partnership with");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind", "a book launch with NAME");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Tom Berg", "NAME moderated the discussion");
  dg_facts_free(f);

  f = map_text(m, aboutspeakers_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Eva Holm", "NAME (moderator) is ...");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind; Tom Berg", "bios under About the speakers");
  dg_facts_free(f);

  f = map_text(m, cfp_page);
  is_str(entities(f, DG_KIND_EVENT), "Fifth Annual Conference on Maritime Law",
         "a call for papers announces the conference, named without the call");
  is_str(objects(f, DG_KIND_EVENT, DG_P_HOST), "Harbour Law Society; Lakeside Institute",
         "ORG and ORG invite submissions");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2025-10-14", "the deadline is not its date");
  dg_facts_free(f);

  f = map_text(m, datetitle_page);
  is_str(entities(f, DG_KIND_EVENT),
         "Book launch: Salt and Steel by Tom Berg; Ports and Power: A Conversation with Ada Lind; "
         "The Grain Corridor One Year On",
         "DATE \xE2\x80\x94 NAME lines under Upcoming events");
  is_str(entities(f, DG_KIND_PUBLICATION), "", "a listing of events presents no publication");
  is_str(class_of_label(f, "Book launch: Salt and Steel by Tom Berg"), "BookLaunch",
         "the listed event's class from its name");
  dg_facts_free(f);

  f = map_text(m, french_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2024-05-14T18:00:00", "18h00-19h30");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Anne Moreau; Paul Girard", "Intervenant\xC2\xB7" "e\xC2\xB7" "s :");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Claire Dubois", "Mod\xC3\xA9ration :");
  is_str(class_of(f, DG_KIND_EVENT), "Roundtable", "a table ronde");
  dg_facts_free(f);

  f = map_text(m, program_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_CHAIR), "Mikko Salo; Sara Lind", "each panel's chair");
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Anna Virtanen", "opening remarks");
  dg_facts_free(f);

  f = map_text(m, pipes_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_SPEAKER), "Ada Lind; Tom Berg", "Name | Title | Org entries");
  is_str(objects(f, DG_KIND_EVENT, DG_P_MODERATOR), "Eva Holm", "a moderator written the same way");
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "", "Location: Online is no place");
  dg_facts_free(f);

  f = map_text(m, dateplace_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Main Hall, 12 Quay Street, Lindau",
         "a place after the time on the date's line");
  dg_facts_free(f);
  f = map_text(m, proseplace_page);
  is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Lakeview Hotel in Lindau",
         "will be held at PLACE, in a sentence");
  dg_facts_free(f);

  f = map_text(m, titledate_page);
  is_str(entities(f, DG_KIND_EVENT), "Annual Lecture 2025: The Sea and the State",
         "the heading before a trailing dash and date");
  is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2025-05-21T18:30:00", "the date after the dash");
  is_str(class_of(f, DG_KIND_EVENT), "Lecture", "a lecture");
  dg_facts_free(f);

  dg_mapper_free(m);
  return tap_done();
}
