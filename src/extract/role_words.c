/* role_words.c - the role lexicon and its lookup.
 *
 * The words are few (a few hundred) and are asked only at the start of a
 * line or of a field, so a table indexed by the first letter is enough:
 * each lookup compares against the dozen words under one letter. */
#include "config.h"

#include <string.h>

#include "base/array.h"
#include "base/text.h"
#include "extract/role_words.h"
#define P DG_ROLE_PLURAL
#define B DG_ROLE_BY

/* Lower case; accented letters as written in lower case (UTF-8). */
static const struct {
  const char *w;
  dg_prop prop;
  unsigned flags;
} words[] = {
  /* sorted by their bytes, so that the words of one first letter are
   * found by a binary search (English, French, German, Spanish) */
  {"animateur", DG_P_MODERATOR, 0},
  {"animatrice", DG_P_MODERATOR, 0},
  {"anim\xC3\xA9 par", DG_P_MODERATOR, B},
  {"anim\xC3\xA9" "e par", DG_P_MODERATOR, B},
  {"avec", DG_P_SPEAKER, P},
  {"begr\xC3\xBC\xC3\x9Fung", DG_P_SPEAKER, 0},
  {"chair", DG_P_CHAIR, 0},
  {"chaired by", DG_P_CHAIR, B},
  {"chairperson", DG_P_CHAIR, 0},
  {"chairs", DG_P_CHAIR, P},
  {"closing remarks", DG_P_SPEAKER, 0},
  {"closing remarks by", DG_P_SPEAKER, B},
  {"co-chairs", DG_P_CHAIR, P},
  {"co-hosted by", DG_P_HOST, B},
  {"co-hosts", DG_P_HOST, P},
  {"co-organised by", DG_P_ORGANIZER, B},
  {"co-organisers", DG_P_ORGANIZER, P},
  {"co-organized by", DG_P_ORGANIZER, B},
  {"co-organizers", DG_P_ORGANIZER, P},
  {"co-sponsored by", DG_P_HOST, B},
  {"co-sponsors", DG_P_HOST, P},
  {"comentarista", DG_P_DISCUSSANT, 0},
  {"comentaristas", DG_P_DISCUSSANT, P},
  {"commentator", DG_P_DISCUSSANT, 0},
  {"commentators", DG_P_DISCUSSANT, P},
  {"concluding remarks", DG_P_SPEAKER, 0},
  {"conf\xC3\xA9rencier", DG_P_SPEAKER, 0},
  {"conf\xC3\xA9renciers", DG_P_SPEAKER, P},
  {"conf\xC3\xA9renci\xC3\xA8re", DG_P_SPEAKER, 0},
  {"convened by", DG_P_HOST, B},
  {"cosponsored by", DG_P_HOST, B},
  {"discussant", DG_P_DISCUSSANT, 0},
  {"discussant(s)", DG_P_DISCUSSANT, P},
  {"discussants", DG_P_DISCUSSANT, P},
  {"discutant", DG_P_DISCUSSANT, 0},
  {"discutante", DG_P_DISCUSSANT, 0},
  {"discutantes", DG_P_DISCUSSANT, P},
  {"discutants", DG_P_DISCUSSANT, P},
  {"diskutant", DG_P_DISCUSSANT, 0},
  {"diskutantin", DG_P_DISCUSSANT, 0},
  {"en partenariat avec", DG_P_HOST, B},
  {"facilitated by", DG_P_MODERATOR, B},
  {"facilitator", DG_P_MODERATOR, 0},
  {"facilitators", DG_P_MODERATOR, P},
  {"featured speaker", DG_P_SPEAKER, 0},
  {"featured speakers", DG_P_SPEAKER, P},
  {"featuring", DG_P_SPEAKER, P | B},
  {"gastgeber", DG_P_HOST, 0},
  {"gru\xC3\x9Fwort", DG_P_SPEAKER, 0},
  {"guest speaker", DG_P_SPEAKER, 0},
  {"guest speakers", DG_P_SPEAKER, P},
  {"guests", DG_P_SPEAKER, P},
  {"host", DG_P_HOST, 0},
  {"hosted by", DG_P_HOST, B},
  {"hosts", DG_P_HOST, P},
  {"in collaboration with", DG_P_HOST, B},
  {"in conversation with", DG_P_SPEAKER, P | B},
  {"in cooperation with", DG_P_HOST, B},
  {"in kooperation mit", DG_P_HOST, B},
  {"in partnership with", DG_P_HOST, B},
  {"in zusammenarbeit mit", DG_P_HOST, B},
  {"intervenant", DG_P_SPEAKER, 0},
  {"intervenant(e)s", DG_P_SPEAKER, P},
  {"intervenante", DG_P_SPEAKER, 0},
  {"intervenantes", DG_P_SPEAKER, P},
  {"intervenants", DG_P_SPEAKER, P},
  {"intervenant\xC2\xB7" "e\xC2\xB7" "s", DG_P_SPEAKER, P},
  {"introduced by", DG_P_SPEAKER, B},
  {"introduction", DG_P_SPEAKER, 0},
  {"introduction by", DG_P_SPEAKER, B},
  {"introductory remarks", DG_P_SPEAKER, 0},
  {"jointly organised by", DG_P_ORGANIZER, B},
  {"jointly organized by", DG_P_ORGANIZER, B},
  {"keynote", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote address", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote lecture", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote remarks", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote speaker", DG_P_KEYNOTE_SPEAKER, 0},
  {"keynote speakers", DG_P_KEYNOTE_SPEAKER, P},
  {"keynote speech", DG_P_KEYNOTE_SPEAKER, 0},
  {"kommentar", DG_P_DISCUSSANT, 0},
  {"lecturer", DG_P_SPEAKER, 0},
  {"leitung", DG_P_CHAIR, 0},
  {"moderado por", DG_P_MODERATOR, B},
  {"moderador", DG_P_MODERATOR, 0},
  {"moderadora", DG_P_MODERATOR, 0},
  {"moderated by", DG_P_MODERATOR, B},
  {"moderation", DG_P_MODERATOR, 0},
  {"moderator", DG_P_MODERATOR, 0},
  {"moderatorin", DG_P_MODERATOR, 0},
  {"moderators", DG_P_MODERATOR, P},
  {"moderiert von", DG_P_MODERATOR, B},
  {"mod\xC3\xA9rateur", DG_P_MODERATOR, 0},
  {"mod\xC3\xA9rateurs", DG_P_MODERATOR, P},
  {"mod\xC3\xA9ration", DG_P_MODERATOR, 0},
  {"mod\xC3\xA9ratrice", DG_P_MODERATOR, 0},
  {"opening", DG_P_SPEAKER, 0},
  {"opening remarks", DG_P_SPEAKER, 0},
  {"opening remarks by", DG_P_SPEAKER, B},
  {"orateur", DG_P_SPEAKER, 0},
  {"orateurs", DG_P_SPEAKER, P},
  {"oratrice", DG_P_SPEAKER, 0},
  {"organisateur", DG_P_ORGANIZER, 0},
  {"organisateurs", DG_P_ORGANIZER, P},
  {"organised by", DG_P_ORGANIZER, B},
  {"organiser", DG_P_ORGANIZER, 0},
  {"organisers", DG_P_ORGANIZER, P},
  {"organis\xC3\xA9 par", DG_P_ORGANIZER, B},
  {"organis\xC3\xA9" "e par", DG_P_ORGANIZER, B},
  {"organiza", DG_P_ORGANIZER, 0},
  {"organizado por", DG_P_ORGANIZER, B},
  {"organized by", DG_P_ORGANIZER, B},
  {"organizer", DG_P_ORGANIZER, 0},
  {"organizers", DG_P_ORGANIZER, P},
  {"panel", DG_P_PANELIST, P},
  {"panel discussion", DG_P_PANELIST, P},
  {"panel members", DG_P_PANELIST, P},
  {"panelist", DG_P_PANELIST, 0},
  {"panelistas", DG_P_PANELIST, P},
  {"panelists", DG_P_PANELIST, P},
  {"panellist", DG_P_PANELIST, 0},
  {"panellists", DG_P_PANELIST, P},
  {"participants", DG_P_PARTICIPANT, P},
  {"partners", DG_P_HOST, P},
  {"podium", DG_P_PANELIST, P},
  {"ponente", DG_P_SPEAKER, 0},
  {"ponentes", DG_P_SPEAKER, P},
  {"presented by", DG_P_HOST, B},
  {"presented with", DG_P_HOST, B},
  {"presenter", DG_P_SPEAKER, 0},
  {"presenters", DG_P_SPEAKER, P},
  {"presided by", DG_P_CHAIR, B},
  {"presided over by", DG_P_CHAIR, B},
  {"presider", DG_P_CHAIR, 0},
  {"presiding", DG_P_CHAIR, 0},
  {"presiding officer", DG_P_CHAIR, 0},
  {"pr\xC3\xA9sidence", DG_P_CHAIR, 0},
  {"pr\xC3\xA9sid\xC3\xA9 par", DG_P_CHAIR, B},
  {"pr\xC3\xA9sid\xC3\xA9" "e par", DG_P_CHAIR, B},
  {"redner", DG_P_SPEAKER, 0},
  {"rednerin", DG_P_SPEAKER, 0},
  {"referent", DG_P_SPEAKER, 0},
  {"referent*innen", DG_P_SPEAKER, P},
  {"referent:innen", DG_P_SPEAKER, P},
  {"referenten", DG_P_SPEAKER, P},
  {"referentin", DG_P_SPEAKER, 0},
  {"referentinnen", DG_P_SPEAKER, P},
  {"remarks by", DG_P_SPEAKER, B},
  {"respondent", DG_P_DISCUSSANT, 0},
  {"respondents", DG_P_DISCUSSANT, P},
  {"roundtable participants", DG_P_PARTICIPANT, P},
  {"speaker", DG_P_SPEAKER, 0},
  {"speakers", DG_P_SPEAKER, P},
  {"sponsor", DG_P_HOST, 0},
  {"sponsored by", DG_P_HOST, B},
  {"sponsors", DG_P_HOST, P},
  {"supported by", DG_P_HOST, B},
  {"veranstalter", DG_P_ORGANIZER, 0},
  {"vorsitz", DG_P_CHAIR, 0},
  {"welcome", DG_P_SPEAKER, 0},
  {"welcome address", DG_P_SPEAKER, 0},
  {"welcome by", DG_P_SPEAKER, B},
  {"welcome remarks", DG_P_SPEAKER, 0},
  {"welcoming remarks", DG_P_SPEAKER, 0},
  {"with", DG_P_SPEAKER, P},
  {"with the support of", DG_P_HOST, B},
  {"witness", DG_P_SPEAKER, 0},
  {"witnesses", DG_P_SPEAKER, P},
};

/* 1 if byte c can continue a word: a letter, a digit, or a UTF-8 byte of
 * an accented letter. */
static int word_byte(unsigned char c)
{
  return dg_is_alnum(c) || c >= 0xC3;
}

size_t dg_role_word(const char *s, size_t len, dg_prop *prop, unsigned *flags)
{
  size_t lo = 0, hi = DG_COUNT(words), k, best = 0;
  unsigned char c0;
  if (len == 0)
    return 0;
  c0 = (unsigned char)dg_to_lower((unsigned char)s[0]);
  /* the first word with this initial */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((unsigned char)words[mid].w[0] < c0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (k = lo; k < DG_COUNT(words) && (unsigned char)words[k].w[0] == c0; k++) {
    const char *w = words[k].w;
    size_t wl, i;
    for (i = 1; w[i] && i < len; i++)
      if ((unsigned char)dg_to_lower((unsigned char)s[i]) != (unsigned char)w[i])
        break;
    if (w[i])
      continue;
    wl = i;
    if (wl <= best ||
        (wl < len && word_byte((unsigned char)s[wl]) && word_byte((unsigned char)w[wl - 1])))
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
