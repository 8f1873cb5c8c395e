/* role_words.c - the role lexicon and its lookup.
 *
 * The words are few (a few hundred) and are asked only at the start of a
 * line or of a field, so a table indexed by the first letter is enough:
 * each lookup compares against the dozen words under one letter. */
#include "config.h"

#include <string.h>

#include "role_words.h"
#include "text.h"

#define N(a) (sizeof(a) / sizeof *(a))
#define P DG_ROLE_PLURAL
#define B DG_ROLE_BY

/* Lower case; accented letters as written in lower case (UTF-8). */
static const struct {
  const char *w;
  dg_prop prop;
  unsigned flags;
} words[] = {
  /* English */
  {"speakers", DG_P_SPEAKER, P}, {"speaker", DG_P_SPEAKER, 0},
  {"featured speakers", DG_P_SPEAKER, P}, {"featured speaker", DG_P_SPEAKER, 0},
  {"guest speakers", DG_P_SPEAKER, P}, {"guest speaker", DG_P_SPEAKER, 0},
  {"guests", DG_P_SPEAKER, P}, {"featuring", DG_P_SPEAKER, P | B},
  {"presenters", DG_P_SPEAKER, P}, {"presenter", DG_P_SPEAKER, 0},
  {"lecturer", DG_P_SPEAKER, 0}, {"witnesses", DG_P_SPEAKER, P}, {"witness", DG_P_SPEAKER, 0},
  {"opening remarks", DG_P_SPEAKER, 0}, {"opening remarks by", DG_P_SPEAKER, B},
  {"welcome remarks", DG_P_SPEAKER, 0}, {"welcoming remarks", DG_P_SPEAKER, 0},
  {"welcome address", DG_P_SPEAKER, 0}, {"introductory remarks", DG_P_SPEAKER, 0},
  {"closing remarks", DG_P_SPEAKER, 0}, {"closing remarks by", DG_P_SPEAKER, B},
  {"concluding remarks", DG_P_SPEAKER, 0}, {"remarks by", DG_P_SPEAKER, B},
  {"introduction by", DG_P_SPEAKER, B}, {"introduced by", DG_P_SPEAKER, B},
  {"welcome by", DG_P_SPEAKER, B}, {"in conversation with", DG_P_SPEAKER, P | B},
  {"with", DG_P_SPEAKER, P}, {"welcome", DG_P_SPEAKER, 0}, {"introduction", DG_P_SPEAKER, 0},
  {"opening", DG_P_SPEAKER, 0},
  {"panelists", DG_P_PANELIST, P}, {"panellists", DG_P_PANELIST, P},
  {"panelist", DG_P_PANELIST, 0}, {"panellist", DG_P_PANELIST, 0},
  {"panel members", DG_P_PANELIST, P}, {"panel", DG_P_PANELIST, P},
  {"panel discussion", DG_P_PANELIST, P},
  {"moderators", DG_P_MODERATOR, P}, {"moderator", DG_P_MODERATOR, 0},
  {"moderated by", DG_P_MODERATOR, B}, {"facilitator", DG_P_MODERATOR, 0},
  {"facilitators", DG_P_MODERATOR, P}, {"facilitated by", DG_P_MODERATOR, B},
  {"chairs", DG_P_CHAIR, P}, {"chair", DG_P_CHAIR, 0}, {"co-chairs", DG_P_CHAIR, P},
  {"chairperson", DG_P_CHAIR, 0}, {"chaired by", DG_P_CHAIR, B},
  {"presider", DG_P_CHAIR, 0}, {"presided by", DG_P_CHAIR, B}, {"presiding", DG_P_CHAIR, 0},
  {"presiding officer", DG_P_CHAIR, 0},
  {"presided over by", DG_P_CHAIR, B},
  {"discussants", DG_P_DISCUSSANT, P}, {"discussant", DG_P_DISCUSSANT, 0},
  {"discussant(s)", DG_P_DISCUSSANT, P}, {"commentators", DG_P_DISCUSSANT, P},
  {"commentator", DG_P_DISCUSSANT, 0}, {"respondents", DG_P_DISCUSSANT, P},
  {"respondent", DG_P_DISCUSSANT, 0},
  {"keynote speakers", DG_P_KEYNOTE_SPEAKER, P}, {"keynote speaker", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote", DG_P_KEYNOTE_SPEAKER, 0}, {"keynote address", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote speech", DG_P_KEYNOTE_SPEAKER, 0}, {"keynote lecture", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote remarks", DG_P_KEYNOTE_SPEAKER, 0},
  {"participants", DG_P_PARTICIPANT, P}, {"roundtable participants", DG_P_PARTICIPANT, P},
  {"hosted by", DG_P_HOST, B}, {"co-hosted by", DG_P_HOST, B}, {"host", DG_P_HOST, 0},
  {"hosts", DG_P_HOST, P}, {"co-hosts", DG_P_HOST, P}, {"sponsored by", DG_P_HOST, B},
  {"co-sponsored by", DG_P_HOST, B}, {"cosponsored by", DG_P_HOST, B},
  {"sponsor", DG_P_HOST, 0}, {"sponsors", DG_P_HOST, P}, {"co-sponsors", DG_P_HOST, P},
  {"presented by", DG_P_HOST, B}, {"presented with", DG_P_HOST, B},
  {"in partnership with", DG_P_HOST, B}, {"in collaboration with", DG_P_HOST, B},
  {"in cooperation with", DG_P_HOST, B}, {"convened by", DG_P_HOST, B},
  {"organized by", DG_P_ORGANIZER, B}, {"organised by", DG_P_ORGANIZER, B},
  {"organizer", DG_P_ORGANIZER, 0}, {"organiser", DG_P_ORGANIZER, 0},
  {"organizers", DG_P_ORGANIZER, P}, {"organisers", DG_P_ORGANIZER, P},
  /* French */
  {"intervenant", DG_P_SPEAKER, 0}, {"intervenante", DG_P_SPEAKER, 0},
  {"intervenants", DG_P_SPEAKER, P}, {"intervenantes", DG_P_SPEAKER, P},
  {"intervenant\xC2\xB7" "e\xC2\xB7" "s", DG_P_SPEAKER, P},
  {"intervenant(e)s", DG_P_SPEAKER, P}, {"orateur", DG_P_SPEAKER, 0},
  {"orateurs", DG_P_SPEAKER, P}, {"oratrice", DG_P_SPEAKER, 0},
  {"conf\xC3\xA9rencier", DG_P_SPEAKER, 0}, {"conf\xC3\xA9renci\xC3\xA8re", DG_P_SPEAKER, 0},
  {"conf\xC3\xA9renciers", DG_P_SPEAKER, P}, {"avec", DG_P_SPEAKER, P},
  {"mod\xC3\xA9rateur", DG_P_MODERATOR, 0}, {"mod\xC3\xA9ratrice", DG_P_MODERATOR, 0},
  {"mod\xC3\xA9rateurs", DG_P_MODERATOR, P}, {"mod\xC3\xA9ration", DG_P_MODERATOR, 0},
  {"anim\xC3\xA9 par", DG_P_MODERATOR, B}, {"anim\xC3\xA9" "e par", DG_P_MODERATOR, B},
  {"animateur", DG_P_MODERATOR, 0}, {"animatrice", DG_P_MODERATOR, 0},
  {"discutant", DG_P_DISCUSSANT, 0}, {"discutante", DG_P_DISCUSSANT, 0},
  {"discutants", DG_P_DISCUSSANT, P}, {"discutantes", DG_P_DISCUSSANT, P},
  {"pr\xC3\xA9sidence", DG_P_CHAIR, 0}, {"pr\xC3\xA9sid\xC3\xA9 par", DG_P_CHAIR, B},
  {"pr\xC3\xA9sid\xC3\xA9" "e par", DG_P_CHAIR, B},
  {"organis\xC3\xA9 par", DG_P_ORGANIZER, B}, {"organis\xC3\xA9" "e par", DG_P_ORGANIZER, B},
  {"organisateur", DG_P_ORGANIZER, 0}, {"organisateurs", DG_P_ORGANIZER, P},
  {"en partenariat avec", DG_P_HOST, B},
  /* German */
  {"referent", DG_P_SPEAKER, 0}, {"referentin", DG_P_SPEAKER, 0},
  {"referenten", DG_P_SPEAKER, P}, {"referentinnen", DG_P_SPEAKER, P},
  {"referent*innen", DG_P_SPEAKER, P}, {"referent:innen", DG_P_SPEAKER, P},
  {"redner", DG_P_SPEAKER, 0}, {"rednerin", DG_P_SPEAKER, 0},
  {"begr\xC3\xBC\xC3\x9Fung", DG_P_SPEAKER, 0}, {"gru\xC3\x9Fwort", DG_P_SPEAKER, 0},
  {"moderation", DG_P_MODERATOR, 0}, {"moderiert von", DG_P_MODERATOR, B},
  {"moderatorin", DG_P_MODERATOR, 0}, {"diskutant", DG_P_DISCUSSANT, 0},
  {"diskutantin", DG_P_DISCUSSANT, 0}, {"kommentar", DG_P_DISCUSSANT, 0},
  {"podium", DG_P_PANELIST, P}, {"vorsitz", DG_P_CHAIR, 0}, {"leitung", DG_P_CHAIR, 0},
  {"veranstalter", DG_P_ORGANIZER, 0}, {"gastgeber", DG_P_HOST, 0},
  {"in kooperation mit", DG_P_HOST, B}, {"in zusammenarbeit mit", DG_P_HOST, B},
  /* Spanish */
  {"ponente", DG_P_SPEAKER, 0}, {"ponentes", DG_P_SPEAKER, P},
  {"moderador", DG_P_MODERATOR, 0}, {"moderadora", DG_P_MODERATOR, 0},
  {"moderado por", DG_P_MODERATOR, B}, {"panelistas", DG_P_PANELIST, P},
  {"comentarista", DG_P_DISCUSSANT, 0}, {"comentaristas", DG_P_DISCUSSANT, P},
  {"organizado por", DG_P_ORGANIZER, B}, {"organiza", DG_P_ORGANIZER, 0},
};

/* 1 if byte c can continue a word: a letter, a digit, or a UTF-8 byte of
 * an accented letter. */
static int word_byte(unsigned char c)
{
  return dg_is_alnum(c) || c >= 0xC3;
}

size_t dg_role_word(const char *s, size_t len, dg_prop *prop, unsigned *flags)
{
  size_t k, best = 0;
  unsigned char c0;
  if (len == 0)
    return 0;
  c0 = (unsigned char)dg_to_lower((unsigned char)s[0]);
  for (k = 0; k < N(words); k++) {
    const char *w = words[k].w;
    size_t wl, i;
    if ((unsigned char)w[0] != c0)
      continue;
    wl = strlen(w);
    if (wl > len || wl <= best)
      continue;
    for (i = 1; i < wl; i++)
      if ((unsigned char)dg_to_lower((unsigned char)s[i]) != (unsigned char)w[i])
        break;
    if (i < wl || (wl < len && word_byte((unsigned char)s[wl]) && word_byte((unsigned char)w[wl - 1])))
      continue;
    best = wl;
    *prop = words[k].prop;
    *flags = words[k].flags;
  }
  return best;
}

int dg_role_label(const char *s, size_t len, size_t cue, size_t *rest)
{
  size_t j = cue;
  while (j < len && (s[j] == ' ' || s[j] == '\t'))
    j++;
  if (j == len) {
    *rest = len;
    return 1;
  }
  if (s[j] != ':')
    return 0;
  j++;
  while (j < len && (s[j] == ' ' || s[j] == '\t'))
    j++;
  *rest = j;
  return 1;
}

size_t dg_role_heading(const char *s, size_t len, dg_prop *prop)
{
  size_t i = 0, nw = 0;
  size_t found = 0;
  if (len == 0 || len > 80 || s[len - 1] == '.' || (memchr(s, ':', len) && s[len - 1] != ':'))
    return 0;
  while (i < len) {
    size_t j = i, cue;
    unsigned flags;
    dg_prop p;
    while (j < len && s[j] != ' ')
      j++;
    if (++nw > 6)
      return 0;
    if (i > 0 && (cue = dg_role_word(s + i, len - i, &p, &flags)) && (flags & DG_ROLE_PLURAL) &&
        !(flags & DG_ROLE_BY) && !found) {
      *prop = p;
      found = i + cue;
    }
    i = j;
    while (i < len && s[i] == ' ')
      i++;
  }
  return found;
}
