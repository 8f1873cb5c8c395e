/* person_affiliations.c - where a person works: the organizations
 * written after a name ("Senior Fellow, Halden Center; Director, Tundra
 * Institute"), left out when they are a topic, a school, a place a
 * diplomat is accredited to or not an employer at all. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/person.h"

/* ---------------------------------------------------------------- affiliations */

/* Position words that make an appositive a job description. */
static int cmp_pos_word(const void *key, const void *elt)
{
  return strcmp(key, *(const char *const *)elt);
}

/* 1 if s[0..n) holds a position word ("director", "fellow" ...), whole
 * and ignoring case. One pass over the text, a binary search per word:
 * this is asked of many lines and appositives. */
int dg_person_has_position_word(const char *s, size_t n)
{
  static const char *const w[] = {
    "adviser", "advisor", "ambassador", "analyst", "associate", "attache", "author", "ceo",
    "chair", "chairman", "chief", "columnist", "commissioner", "consul", "coordinator",
    "correspondent", "counsellor", "counselor", "dean", "deputy", "diplomat", "director",
    "economist", "editor", "envoy", "executive", "expert", "fellow", "founder", "governor",
    "head", "historian", "holder", "host", "instructor", "journalist", "lecturer",
    "manager", "mayor", "member", "minister", "officer", "partner", "president",
    "principal", "producer", "professor", "provost", "reporter", "representative",
    "researcher", "scholar", "scientist", "secretary", "senator", "specialist",
    "strategist", "vice",
  };
  size_t i = 0;
  while (i < n) {
    char buf[16];
    size_t k = 0;
    if (!dg_is_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    while (i < n && dg_is_alnum((unsigned char)s[i])) {
      if (k < sizeof buf - 1)
        buf[k] = (char)dg_to_lower((unsigned char)s[i]);
      k++;
      i++;
    }
    /* a word glued to a non-ASCII letter is not whole */
    if (i < n && (unsigned char)s[i] >= 0x80)
      continue;
    if (k >= 3 && k < sizeof buf) {
      buf[k] = '\0';
      if (bsearch(buf, w, DG_COUNT(w), sizeof *w, cmp_pos_word))
        return 1;
    }
  }
  return 0;
}

/* A program, project or initiative inside a larger organization. */
int dg_person_sub_unit(const dg_page *pg, const dg_orgm *om)
{
  const char *s = pg->text + om->start;
  size_t n = om->len, e = n, b;
  if (om->flags & DG_OM_GAZ)
    return 0;
  while (e > 0 && !dg_is_alpha((unsigned char)s[e - 1]))
    e--;
  b = e;
  while (b > 0 && dg_is_alpha((unsigned char)s[b - 1]))
    b--;
  return (e - b == 7 && strncasecmp(s + b, "program", 7) == 0) ||
         (e - b == 9 && strncasecmp(s + b, "programme", 9) == 0) ||
         (e - b == 10 && strncasecmp(s + b, "programmes", 10) == 0) ||
         (e - b == 8 && strncasecmp(s + b, "programs", 8) == 0) ||
         (e - b == 7 && strncasecmp(s + b, "project", 7) == 0) ||
         (e - b == 10 && strncasecmp(s + b, "initiative", 10) == 0);
}

/* 1 if the organization is a subject of the person's work, not an
 * employer: "works on the Arctic and the Nordic Council", "writes about
 * the alliance". The phrase is looked for in the clause before the
 * mention. */
static int topic_before(const dg_page *pg, const dg_orgm *om, size_t start)
{
  static const char *const w[] = {
    "work on", "works on", "worked on", "focuses on", "focused on", "research on",
    "writes on", "writes about", "wrote about", "specializes in", "specialises in",
    "expert on", "expertise on", "oversees work on",
  };
  size_t b = om->start > start + 200 ? om->start - 200 : start, e = om->start, k, q;
  for (q = e; q > b; q--)
    if (pg->text[q - 1] == ';' || (pg->text[q - 1] == '.' && q < e && pg->text[q] == ' '))
      break;
  for (k = 0; k < DG_COUNT(w); k++)
    if (dg_find_ci(pg->text + q, e - q, 0, w[k], 1) < e - q)
      return 1;
  return 0;
}

/* 1 if the words before the organization say the person studied there:
 * "a graduate of", "holds a degree from", "studied at". */
static int education_before(const dg_page *pg, const dg_orgm *om, size_t start)
{
  static const char *const w[] = {
    "graduate of", "graduated from", "alumnus of", "alumna of", "alumni of", "degree from",
    "degrees from", "studied at", "educated at", "phd from", "ph.d. from", "doctorate from",
    "b.a. from", "m.a. from", "ba from", "ma from", "diploma from", "master's from",
  };
  size_t b = om->start > start + 40 ? om->start - 40 : start, k;
  for (k = 0; k < DG_COUNT(w); k++)
    if (dg_find_ci(pg->text + b, om->start - b, 0, w[k], 1) < om->start - b)
      return 1;
  return 0;
}

/* 1 if the organization is the body a diplomat is sent to, not the one
 * that employs him: "Permanent Representative to the UN", "Ambassador
 * to NATO", "the EU's envoy to the Nordic Council". */
static int accredited_to(const dg_page *pg, const dg_orgm *om, size_t start)
{
  static const char *const w[] = {"ambassador", "representative", "envoy", "delegate",
                                  "delegation", "mission", "observer", "emissary", "liaison"};
  const char *t = pg->text;
  size_t e = om->start, k, b;
  if (e >= start + 4 && strncmp(t + e - 4, "the ", 4) == 0)
    e -= 4;
  if (e < start + 3 || strncmp(t + e - 3, "to ", 3) != 0 ||
      (e > start + 3 && dg_is_alnum((unsigned char)t[e - 4])))
    return 0;
  e -= 3;
  while (e > start && t[e - 1] == ' ')
    e--;
  for (b = e; b > start && dg_is_alpha((unsigned char)t[b - 1]); b--)
    ;
  for (k = 0; k < DG_COUNT(w); k++)
    if (e - b == strlen(w[k]) && strncasecmp(t + b, w[k], e - b) == 0)
      return 1;
  return 0;
}

/* 1 if an acronym names the organization as a noun's modifier: "UN
 * sanctions", "NATO membership", "EU rules" describe a subject of work,
 * not an employer; "NATO headquarters" still is the organization. */
static int acronym_modifier(const dg_page *pg, const dg_orgm *om)
{
  static const char *const keep[] = {"headquarters", "secretariat", "staff", "offices", "office",
                                     "mission", "delegation", "in", "at", "on", "and", "or",
                                     "as", "from", "for", "to", "since", "until", "with", "by",
                                     "of", "before", "after", "during", "where", "when"};
  const char *t = pg->text + om->start;
  size_t k, e, n = om->len;
  if (n < 2 || n > 6)
    return 0;
  for (k = 0; k < n; k++)
    if (!dg_is_upper((unsigned char)t[k]))
      return 0;
  if (om->start + n + 1 >= pg->len || t[n] != ' ' || !dg_is_lower((unsigned char)t[n + 1]))
    return 0;
  for (e = n + 1; om->start + e < pg->len && dg_is_alpha((unsigned char)t[e]); e++)
    ;
  for (k = 0; k < DG_COUNT(keep); k++)
    if (strlen(keep[k]) == e - n - 1 && strncmp(t + n + 1, keep[k], e - n - 1) == 0)
      return 0;
  return 1;
}

/* Where an organization named near a person is not the person's
 * employer: a school he graduated from, a body he is accredited to, an
 * acronym used as a modifier. */
int dg_person_not_employer(const dg_page *pg, const dg_orgm *om, size_t start)
{
  return education_before(pg, om, start) || accredited_to(pg, om, start) ||
         acronym_modifier(pg, om);
}

size_t dg_extract_affiliations(dg_page *pg, dg_facts *f, size_t mention, size_t start,
                               size_t len, int all, const char *rule)
{
  size_t m, first = (size_t)-1, n = dg_orgs_n_mentions(pg->orgs), later = 0;
  size_t ms[32], nm = 0, k;
  if (len == 0)
    return (size_t)-1;
  for (m = dg_orgs_first_in(pg->orgs, start, len); m != DG_NO_ORG && m < n && nm < DG_COUNT(ms);
       m++) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    if (om->start >= start + len)
      break;
    /* a program inside a named parent is an organization of its own
     * when a position line names it as where the person works */
    if ((om->flags & DG_OM_CHROME) || ((om->flags & DG_OM_PART) && !all) ||
        topic_before(pg, om, start) || dg_person_not_employer(pg, om, start))
      continue;
    ms[nm++] = m;
  }
  for (k = 0; k < nm; k++) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, ms[k]);
    dg_org_kind kind = dg_orgs_kind(pg->orgs, om->org);
    size_t e;
    later = k + 1 < nm;
    /* a magazine or a publisher is an affiliation only when it stands
     * alone: "Senior Fellow, Foreign Policy, The Halden Institution"
     * names a program of the institution */
    if ((kind == DG_ORG_MEDIA || kind == DG_ORG_PUBLISHER) && (!all || later))
      continue;
    /* "Director of the Arctic Program at the Ostrander Fund": the
     * program is a part of the fund */
    if (!all && later && dg_person_sub_unit(pg, om))
      continue;
    if (!all && dg_person_sub_unit(pg, om) && k > 0)
      continue;
    e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len), rule);
    if (mention != (size_t)-1)
      dg_people_affiliate(pg->people, mention, e, dg_span_at(om->start, om->len), rule);
    if (first == (size_t)-1)
      first = e;
    /* "Researcher, SIPRI Arms Programme": the programme's parent, whose
     * name opens the programme's, employs the person too */
    if (mention != (size_t)-1) {
      size_t parent = dg_orgs_parent_in_name(pg->orgs, pg, ms[k]);
      if (parent != DG_NO_ORG) {
        size_t pe = dg_orgs_entity(pg->orgs, f, parent, dg_span_at(om->start, om->len), rule);
        dg_people_affiliate(pg->people, mention, pe, dg_span_at(om->start, om->len), rule);
      }
    }
  }
  return first;
}
