/* test_roles.c - everyone who takes part in an event, in which role: role
 * blocks, role lines, agendas and the same roles said in sentences. */
#include "config.h"

#include "../tap.h"
#include "mapper_test.h"

typedef struct rcase {
  const char *page;
  dg_prop prop;
  const char *want;
  const char *what;
} rcase;

static const char block_page[] =
  "EVENTS\n\nThe Future of Arms Control\n\nThursday, 14 March 2024\n"
  "16:00 - 17:30 CET\nHall B, 12 Rue de Lille, Paris\n\n"
  "Hosted by:\n\nCarla Benedetti (Institute for Global Affairs)\n\n"
  "Panelists:\n\nMartin Fischer (London School of Economics)\n\n"
  "Sophie Laurent (University of Geneva / Graduate Institute)\n\n"
  "Moderated by:\n\nDaniel Okoro (European Policy Centre)\n";

static const char stacked_page[] =
  "Event\n\nShipping, Insurance and War Risk\n\nWednesday, June 5, 2024\n"
  "9:30 - 11:00 AM ET\n\nSpeakers\n\nHelen Marsh\nSenior Fellow, Atlantic Council\n\n"
  "Omar Haddad\nDirector, Gulf Research Center\n\nModerator\nRuth Okafor\n"
  "Editor, Lloyd's List\n\nRSVP required\n";

static const char bullet_page[] =
  "Video\n\nPacific Futures Dialogue 2023\n\nSep. 2, 2023  |  Online program\n\n"
  "Speakers\n\xE2\x80\xA2 Mei Tanaka \xE2\x80\x94 Keio University\n"
  "\xE2\x80\xA2 Tomas Berg \xE2\x80\x94 Norwegian Institute of International Affairs\n"
  "Moderator\n\xE2\x80\xA2 Karim Nasser \xE2\x80\x94 Lowy Institute\n";

static const char agenda_page[] =
  "Conference\n\nNordic Security Conference 2024\n\n12.09.2024, 09:00\xE2\x80\x93"
  "17:00 CEST\nVenue: Nobel Hall, Oslo\n\n"
  "09:00 Welcome remarks\nDr. Ingrid Solberg, Director, Nordic Peace Institute\n\n"
  "09:30 Keynote address\nH.E. Pekka Virtanen, Ambassador of Finland\n\n"
  "10:30 Panel I: Deterrence in the High North\n"
  "Chair: Dr. Anders Holm, Nordic Peace Institute\n"
  "Panelists: Lena Krause (Hamburg University), Jonas Eriksen (NUPI)\n"
  "Discussant: Prof. Marta Novak, Charles University\n";

static const char prose_page[] =
  "Events\n\nRussia and the Caucasus after the War\n\nTuesday, October 3, 2023\n"
  "1501 Mercer Hall\n\nPlease join us for a panel discussion with Irakli Beridze, "
  "senior fellow at the Tbilisi Policy Institute, and Nina Volkova of the University of "
  "Helsinki, moderated by Samuel Grant of the Wilson Forum for Security.\n\n"
  "Speakers\nIrakli Beridze is a senior fellow at the Tbilisi Policy Institute.\n\n"
  "Nina Volkova teaches history at the University of Helsinki.\n\n"
  "Samuel Grant directs the Wilson Forum for Security.\n";

static const char video_page[] =
  "Video\n\nShipping Lanes in a Warming Arctic\n\nApr. 2, 2024  |  Oslo  |  58 min.\n\n"
  "In this discussion, moderated by Ruth Okafor of the Harbour Policy Institute, two "
  "experts assessed the new routes.\n\nSpeakers\nTomas Berg\nSenior Fellow, Nordic "
  "Peace Institute\n\nMei Tanaka\nProfessor, Keio University\n";

static const char lecture_page[] =
  "Events\n\nThe Future of the Baltic Fleet\n\nMonday, May 6, 2024, 18:00-19:30\n"
  "Room 101, Harbour Hall\n\nPlease join us for a lecture by Anna Berg of the University of "
  "Oslo, with comments by Tom Hale. Sara Lind will moderate the discussion.\n";

static const rcase cases[] = {
  {lecture_page, DG_P_SPEAKER, "Anna Berg", "a lecture by NAME of ORG"},
  {lecture_page, DG_P_DISCUSSANT, "Tom Hale", "with comments by NAME"},
  {lecture_page, DG_P_MODERATOR, "Sara Lind", "NAME will moderate"},
  {video_page, DG_P_MODERATOR, "Ruth Okafor", "a video recap: the moderator in a sentence"},
  {video_page, DG_P_SPEAKER, "Mei Tanaka; Tomas Berg", "a video recap: the speakers"},
  {block_page, DG_P_HOST, "Carla Benedetti", "a person as host"},
  {block_page, DG_P_PANELIST, "Martin Fischer; Sophie Laurent", "a Panelists: block"},
  {block_page, DG_P_MODERATOR, "Daniel Okoro", "a Moderated by: block"},
  {stacked_page, DG_P_SPEAKER, "Helen Marsh; Omar Haddad", "names with a title line under"},
  {stacked_page, DG_P_MODERATOR, "Ruth Okafor", "a Moderator heading"},
  {bullet_page, DG_P_PANELIST, "", "no panel named: speakers stay speakers"},
  {bullet_page, DG_P_SPEAKER, "Mei Tanaka; Tomas Berg", "bullets with dashes"},
  {bullet_page, DG_P_MODERATOR, "Karim Nasser", "a bulleted moderator"},
  {agenda_page, DG_P_SPEAKER, "Ingrid Solberg", "an agenda's welcome remarks"},
  {agenda_page, DG_P_KEYNOTE_SPEAKER, "Pekka Virtanen", "an agenda's keynote"},
  {agenda_page, DG_P_CHAIR, "Anders Holm", "Chair: on an agenda line"},
  {agenda_page, DG_P_PANELIST, "Jonas Eriksen; Lena Krause", "Panelists: with parentheses"},
  {agenda_page, DG_P_DISCUSSANT, "Marta Novak", "Discussant: on one line"},
  {prose_page, DG_P_MODERATOR, "Samuel Grant", "moderated by NAME in a sentence"},
  {prose_page, DG_P_PANELIST, "Irakli Beridze; Nina Volkova",
   "a panel discussion with NAME and NAME; the moderator is not also a panelist"},
};

int main(void)
{
  dg_mapper *m = dg_mapper_new();
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    dg_facts *f = map_text(m, cases[i].page);
    is_str(objects(f, DG_KIND_EVENT, cases[i].prop), cases[i].want, "%s", cases[i].what);
    dg_facts_free(f);
  }
  {
    dg_facts *f = map_text(m, block_page);
    is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2024-03-14T16:00:00+01:00",
           "a 24-hour time with its zone");
    is_str(objects(f, DG_KIND_EVENT, DG_P_END_DATE), "2024-03-14T17:30:00+01:00",
           "the end of the range");
    is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Hall B, 12 Rue de Lille, Paris",
           "the place under the time");
    dg_facts_free(f);
    f = map_text(m, stacked_page);
    is_str(objects(f, DG_KIND_EVENT, DG_P_START_DATE), "2024-06-05T09:30:00",
           "12-hour times; ET has no fixed offset");
    is_str(class_of(f, DG_KIND_EVENT), "Forum", "a discussion with speakers is a forum");
    dg_facts_free(f);
    f = map_text(m, bullet_page);
    is_str(class_of(f, DG_KIND_EVENT), "Webinar", "an online program is a webinar");
    is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "", "online: no location");
    dg_facts_free(f);
    f = map_text(m, agenda_page);
    is_str(class_of(f, DG_KIND_EVENT), "Conference", "the type named in the heading");
    is_str(objects(f, DG_KIND_EVENT, DG_P_LOCATION), "Nobel Hall, Oslo", "Venue: label");
    dg_facts_free(f);
  }
  dg_mapper_free(m);
  return tap_done();
}
