/* person_bios.c - the bio paragraphs of a page ("NAME is a senior fellow
 * at ...", "About the author"): whose bio it is, and the affiliations and
 * books it names. */
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

/* ---------------------------------------------------------------- bios */

/* Where an organization named in a bio is not an affiliation: a book's
 * "(Publisher, Year)", "was published by X". */
static int publication_context(const dg_page *pg, const dg_orgm *om, size_t para_start)
{
  size_t i = om->start;
  const char *s = pg->text;
  size_t back = i > para_start + 20 ? i - 20 : para_start;
  if (i > para_start && s[i - 1] == '(')
    return 1;
  for (; back < i; back++)
    if (strncmp(s + back, "published by", 12) == 0 || strncmp(s + back, "published in", 12) == 0)
      return 1;
  return 0;
}

/* 1 if "former" comes shortly before the organization's mention: "a
 * former correspondent for The Harbour Times" is a past post. */
static int former_before(const dg_page *pg, const dg_orgm *om, size_t para_start)
{
  size_t b = om->start > para_start + 48 ? om->start - 48 : para_start;
  return dg_has_word(pg->text + b, om->start - b, "former") ||
         dg_has_word(pg->text + b, om->start - b, "formerly");
}

/* The bio text text[start, start+len) of the person of mention
 * `subject`: the organizations named are affiliations (not a publisher, a
 * magazine, a book's imprint), a program as well as its parent ("a fellow
 * with the Arctic Program at the Marlow Institute": both employ), and
 * books named are the person's. */
static void bio_text(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t start, size_t len,
                     size_t subject)
{
  size_t m, n = dg_orgs_n_mentions(pg->orgs);
  for (m = dg_orgs_first_in(pg->orgs, start, len); m != DG_NO_ORG && m < n; m++) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    dg_org_kind kind;
    size_t e;
    if (om->start >= start + len)
      break;
    kind = dg_orgs_kind(pg->orgs, om->org);
    /* a newspaper is where a journalist works ("writes for The Harbour
     * Times"); a publisher is where a book appeared */
    if ((om->flags & DG_OM_CHROME) || kind == DG_ORG_PUBLISHER ||
        publication_context(pg, om, start) ||
        (kind == DG_ORG_MEDIA && former_before(pg, om, start)) || dg_person_not_employer(pg, om, start))
      continue;
    e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len), "bio-affiliation");
    dg_people_affiliate(pg->people, subject, e, dg_span_at(om->start, om->len), "bio-affiliation");
    /* "the SIPRI Arms Programme": the parent whose name opens the
     * programme's employs the person too */
    {
      size_t parent = dg_orgs_parent_in_name(pg->orgs, pg, m);
      if (parent != DG_NO_ORG) {
        e = dg_orgs_entity(pg->orgs, f, parent, dg_span_at(om->start, om->len), "bio-affiliation");
        dg_people_affiliate(pg->people, subject, e, dg_span_at(om->start, om->len),
                            "bio-affiliation");
      }
    }
  }
  dg_extract_bio_books(pg, info, f, start, len, subject);
}

static int other_bio_opens(const dg_page *pg, size_t start, size_t len, size_t subject);

void dg_extract_bio(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t first, size_t last,
                    size_t subject)
{
  size_t li;
  for (li = first; li <= last && li < pg->n_lines; li++) {
    const dg_line *l = &pg->lines[li];
    if (l->flags & DG_LF_BLANK)
      continue;
    /* "SPEAKERS" over one bio per line: a line that opens another
     * person's bio ends this one */
    if (li > first && other_bio_opens(pg, l->content, l->end - l->content, subject))
      break;
    bio_text(pg, info, f, l->content, l->end - l->content, subject);
  }
}

/* Verbs that open a bio sentence after the name. */
int dg_person_bio_verb_at(const char *s, size_t n)
{
  static const char *const v[] = {
    " is ", " was ", " has ", " heads ", " leads ", " directs ", " writes ", " serves ",
    " served ", " teaches ", " joined ", " holds ", " works ", " chairs ", " studies ",
    " researches ", " grew ",
  };
  size_t k;
  for (k = 0; k < DG_COUNT(v); k++)
    if (n >= strlen(v[k]) && strncmp(s, v[k], strlen(v[k])) == 0)
      return 1;
  return 0;
}

/* The person a bio sentence opens with: "Marcin Kaczmarski is a lecturer
 * ..." (a name, then a bio verb). Returns the new mention, or (size_t)-1. */
static int bio_opening(const dg_page *pg, size_t start, size_t len, dg_name *out)
{
  const char *s = pg->text + start;
  size_t k, words = 0, e = (size_t)-1;
  for (k = 0; k < len && k < 100; k++) {
    if (s[k] == ' ') {
      words++;
      if (dg_person_bio_verb_at(s + k, len - k)) {
        e = k;
        break;
      }
      if (words > 5)
        break;
    }
  }
  /* a full name, or a surname the page gives in full elsewhere */
  return e != (size_t)-1 && dg_name_parse(pg->gz, s, e, DG_NAME_SHAPE | DG_NAME_SINGLE, out) &&
         (out->words >= 2 || dg_people_known_surname(pg->people, out->surname, strlen(out->surname)));
}

static size_t sentence_subject(dg_page *pg, size_t start, size_t len)
{
  size_t id = (size_t)-1;
  dg_name nm;
  dg_name_init(&nm);
  if (bio_opening(pg, start, len, &nm))
    id = dg_people_add(pg->people, &nm, dg_span_at(start + nm.start, nm.len), DG_PS_BIO,
                       "about-the-author");
  dg_name_release(&nm);
  return id;
}

/* 1 if the line text[start, start+len) opens the bio of someone other
 * than the person of mention `subject`: where a block of several bios
 * passes to the next person. */
static int other_bio_opens(const dg_page *pg, size_t start, size_t len, size_t subject)
{
  dg_name nm, who;
  const char *d = dg_people_display(pg->people, subject);
  int other = 0;
  dg_name_init(&nm);
  dg_name_init(&who);
  if (bio_opening(pg, start, len, &nm))
    other = !dg_name_parse(pg->gz, d, strlen(d), DG_NAME_SHAPE | DG_NAME_SINGLE, &who) ||
            !dg_name_same_person(pg->gz, &nm, &who);
  dg_name_release(&nm);
  dg_name_release(&who);
  return other;
}

/* The end of the sentence that starts at s[i] (before n): a full stop
 * after a lower-case letter, then a space and a capital. */
static size_t sentence_end(const char *s, size_t n, size_t i)
{
  size_t j;
  for (j = i; j + 2 < n; j++)
    if ((s[j] == '.' || s[j] == '!' || s[j] == '?') && s[j + 1] == ' ' && j > i &&
        dg_is_lower((unsigned char)s[j - 1]) && dg_is_upper((unsigned char)s[j + 2]))
      return j + 1;
  return n;
}

/* "About the author" sections: each sentence that opens with a name is
 * that person's bio, and so are the sentences after it ("She is ...")
 * until another name opens one. A paragraph that opens with neither is
 * about something else. */
void dg_person_about_sections(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i = 0, subject = (size_t)-1;
  while (i < pg->n_lines) {
    const dg_line *l = &pg->lines[i];
    size_t last, li;
    int first_sentence = 1;
    if (l->zone != DG_ZONE_BIO || (l->flags & (DG_LF_BLANK | DG_LF_ABOUT))) {
      if (l->zone != DG_ZONE_BIO)
        subject = (size_t)-1;
      i++;
      continue;
    }
    last = i;
    while (last + 1 < pg->n_lines && !(pg->lines[last + 1].flags & DG_LF_BLANK) &&
           pg->lines[last + 1].zone == DG_ZONE_BIO)
      last++;
    for (li = i; li <= last; li++) {
      const dg_line *m = &pg->lines[li];
      const char *s = pg->text + m->content;
      size_t n = m->end - m->content, a = 0;
      while (a < n) {
        size_t e = sentence_end(s, n, a), who = sentence_subject(pg, m->content + a, e - a);
        if (who != (size_t)-1)
          subject = who;
        else if (first_sentence &&
                 !(dg_has_word(s + a, e - a < 8 ? e - a : 8, "he") ||
                   dg_has_word(s + a, e - a < 8 ? e - a : 8, "she") ||
                   dg_has_word(s + a, e - a < 8 ? e - a : 8, "his") ||
                   dg_has_word(s + a, e - a < 8 ? e - a : 8, "her")))
          subject = (size_t)-1; /* a paragraph about something else */
        first_sentence = 0;
        if (subject != (size_t)-1)
          bio_text(pg, info, f, m->content + a, e - a, subject);
        a = e;
        while (a < n && s[a] == ' ')
          a++;
      }
    }
    i = last + 1;
  }
}
