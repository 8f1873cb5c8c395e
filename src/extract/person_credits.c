/* person_credits.c - persons named by the page's structure rather than
 * its prose: name cards (a name line over a position line), record
 * lines, attributions ("- NAME, Title"), photo credits and the credit
 * blocks of a page ("Editor: ...", "Design: ..."). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/person.h"

/* ---------------------------------------------------------------- cards */

/* 1 if line li could be a name card's name line: a few words, no
 * sentence, no label, no digits. */
static int card_name_line(const dg_page *pg, size_t li)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, k;
  if (l->flags & (DG_LF_BLANK | DG_LF_PROSE | DG_LF_NAV | DG_LF_SHARE | DG_LF_COPYRIGHT |
                  DG_LF_BYLINE | DG_LF_ROLE | DG_LF_DATE))
    return 0;
  if (l->zone == DG_ZONE_NAV || l->zone == DG_ZONE_FOOTER || l->nwords < 2 || l->nwords > 7 ||
      n > 80)
    return 0;
  for (k = 0; k < n; k++)
    if (dg_is_digit((unsigned char)s[k]) || s[k] == ':' || s[k] == '|')
      return 0;
  /* an organization over its people ("Harbour Transport Agency" over its
   * officials) is no name */
  {
    size_t m = dg_orgs_first_in(pg->orgs, l->content, n);
    if (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == l->content &&
        dg_orgs_mention(pg->orgs, m)->len + 2 >= n)
      return 0;
  }
  return 1;
}

/* 1 if line li reads as a person's position: a position word or an
 * organization, and no sentence. */
static int card_position_line(const dg_page *pg, size_t li)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content;
  if (l->flags & (DG_LF_BLANK | DG_LF_PROSE | DG_LF_NAV | DG_LF_SHARE | DG_LF_COPYRIGHT |
                  DG_LF_ROLE | DG_LF_RELATED | DG_LF_ABOUT | DG_LF_SECTION))
    return 0;
  if (n > 400)
    return 0;
  return dg_person_has_position_word(s, n) || dg_orgs_first_in(pg->orgs, l->content, n) != DG_NO_ORG;
}

/* Name cards: a line that is a person's name, then one or two lines of
 * position and organization ("Ruth Okafor" / "Senior Fellow, Polar
 * Studies Institute; Director, Arctic Program"), as speaker cards,
 * contributor lists and staff pages print them. Every organization named
 * is an affiliation, programs included. A person so presented is not one
 * the page discusses. */
void dg_person_name_cards(dg_page *pg, dg_facts *f)
{
  size_t li;
  for (li = 0; li + 1 < pg->n_lines; li++) {
    const dg_line *l = &pg->lines[li];
    dg_name nm;
    size_t id, q;
    if (!card_name_line(pg, li) || !card_position_line(pg, li + 1))
      continue;
    dg_name_init(&nm);
    if (!dg_name_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm) ||
        nm.words < 2 || nm.len + 2 < l->end - l->content - (nm.start > 0 ? nm.start : 0)) {
      dg_name_release(&nm);
      continue;
    }
    id = dg_people_add(pg->people, &nm, dg_span_at(l->content + nm.start, nm.len),
                       DG_PS_LINE | DG_PS_CARD, "name-card");
    dg_name_release(&nm);
    /* the position lines: up to two, before a blank line */
    for (q = li + 1; q <= li + 2 && q < pg->n_lines && card_position_line(pg, q); q++) {
      const dg_line *m = &pg->lines[q];
      if (q > li + 1 && card_name_line(pg, q))
        break;
      dg_extract_affiliations(pg, f, id, m->content, m->end - m->content, 1, "name-card-affiliation");
    }
    li = q - 1;
  }
}

/* Record lines: "Ruth Okafor – Marlow University and NBER", "Ines Falk,
 * Senior Fellow, Skerry Institute", "Tobias Lindqvist (Ostrander Fund)":
 * a line that is one person's name and affiliation, as author lists,
 * contributor notes and speaker lists print them. Every organization of
 * the affiliation counts. A person so presented is not one the page
 * discusses. */
void dg_person_record_lines(dg_page *pg, dg_facts *f)
{
  size_t li;
  for (li = 0; li < pg->n_lines; li++) {
    const dg_line *l = &pg->lines[li];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content;
    dg_part nmp, aff;
    dg_name nm;
    if ((l->flags & (DG_LF_BLANK | DG_LF_PROSE | DG_LF_SHARE | DG_LF_COPYRIGHT |
                     DG_LF_BYLINE | DG_LF_END_PUNCT)) ||
        l->zone == DG_ZONE_FOOTER || l->nwords > 24 || n > 300 ||
        !dg_is_upper((unsigned char)s[0]))
      continue;
    /* the cheap test first: an organization on the line */
    if (dg_orgs_first_in(pg->orgs, l->content, n) == DG_NO_ORG)
      continue;
    /* a line cut by separators is a menu, unless it is a person's record
     * ("Ada Lind | Senior Fellow | Tundra Institute", "Ada Lind \xC2\xB7
     * Director \xC2\xB7 Marlow Institute"): the name, then the rest */
    if ((l->flags & DG_LF_NAV) || l->zone == DG_ZONE_NAV) {
      size_t rest = dg_name_record_line(pg->gz, s, n), b = rest;
      if (!rest)
        continue;
      /* the name ends before the separator */
      while (b > 0 && !dg_is_alnum((unsigned char)s[b - 1]) && s[b - 1] != '.')
        b--;
      dg_name_init(&nm);
      if (dg_name_parse(pg->gz, s, b, DG_NAME_SHAPE, &nm)) {
        size_t id = dg_people_add(pg->people, &nm, dg_span_at(l->content + nm.start, nm.len),
                                  DG_PS_LINE | DG_PS_CARD, "record-line");
        dg_extract_affiliations(pg, f, id, l->content + rest, n - rest, 1,
                                "record-line-affiliation");
      }
      dg_name_release(&nm);
      continue;
    }
    dg_name_init(&nm);
    /* "NAME: A Title" heads a section by that person: not an affiliation */
    if (dg_name_affil_parse(pg->gz, s, n, DG_NAME_SHAPE, &nmp, &aff, &nm) && nm.words >= 2 &&
        aff.len && nmp.len < n && s[nmp.len] != ':' &&
        dg_orgs_first_in(pg->orgs, l->content + aff.start, aff.len) != DG_NO_ORG) {
      size_t id = dg_people_add(pg->people, &nm, dg_span_at(l->content + nm.start, nm.len),
                                DG_PS_LINE | DG_PS_CARD, "record-line");
      dg_extract_affiliations(pg, f, id, l->content + aff.start, aff.len, 1,
                              "record-line-affiliation");
    }
    dg_name_release(&nm);
  }
}

/* 1 if s[i..] starts a dash that attributes a quotation: " — ", " – ". */
static size_t attribution_dash(const char *s, size_t n, size_t i)
{
  if (i + 5 <= n && s[i] == ' ' && (unsigned char)s[i + 1] == 0xE2 &&
      (unsigned char)s[i + 2] == 0x80 &&
      ((unsigned char)s[i + 3] == 0x94 || (unsigned char)s[i + 3] == 0x93) && s[i + 4] == ' ')
    return 5;
  return 0;
}

/* Quotation attributions: "“... a valuable guide ...” — Ruth Okafor,
 * Professor, Marlow University". The person speaks for the page (praise,
 * an epigraph): a credit, not someone the page discusses, with every
 * organization named as an affiliation. */
void dg_person_attributions(dg_page *pg, dg_facts *f)
{
  size_t li;
  for (li = 0; li < pg->n_lines; li++) {
    const dg_line *l = &pg->lines[li];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, i, d = 0;
    dg_part nmp, aff;
    dg_name nm;
    if ((l->flags & DG_LF_BLANK) || l->zone == DG_ZONE_NAV || l->zone == DG_ZONE_FOOTER || n < 8)
      continue;
    /* the dash after a closing quotation mark, within the line's first
     * DG_CUE_SCAN bytes; the dash's first byte is looked for with memchr
     * (most lines have none) */
    {
      size_t lim = n < DG_CUE_SCAN ? n : DG_CUE_SCAN;
      const char *p = s + 1, *end = s + (lim + 1 < n ? lim + 1 : n);
      while (!d && p < end && (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL) {
        i = (size_t)(p - s) - 1;
        if (i >= 1 && i < lim &&
            (s[i - 1] == '"' || ((unsigned char)s[i - 1] == 0x9D && i >= 3 &&
                                 (unsigned char)s[i - 2] == 0x80)))
          d = attribution_dash(s, n, i);
        p++;
      }
    }
    if (!d)
      continue;
    i += d;
    dg_name_init(&nm);
    if (dg_name_affil_parse(pg->gz, s + i, n - i, DG_NAME_SHAPE, &nmp, &aff, &nm) &&
        nm.words >= 2) {
      size_t id = dg_people_add(pg->people, &nm, dg_span_at(l->content + i + nm.start, nm.len),
                                DG_PS_CREDIT, "quotation-attribution");
      if (aff.len)
        dg_extract_affiliations(pg, f, id, l->content + i + aff.start, aff.len, 1,
                                "attribution-affiliation");
    }
    dg_name_release(&nm);
  }
}

/* A person credited with a picture and the agency it came from, at the
 * slash s[k] of a caption: "(Harbour Press Photo/Ines Falk)" or "Ines
 * Falk/Harbour Press". */
static void photo_credit_at(dg_page *pg, dg_facts *f, const dg_line *l, size_t k)
{
  const char *t = pg->text;
  size_t a = k, b = k + 1, lim;
  dg_name nm;
  size_t org = DG_NO_ORG, na, nb;
  lim = k > l->start + 60 ? k - 60 : l->start;
  while (a > lim && !strchr("(.:;[]", t[a - 1]))
    a--;
  while (b < l->end && b < k + 60 && !strchr(")(;[]", t[b]) &&
         !(t[b] == '.' && (b + 1 == l->end || t[b + 1] == ' ')))
    b++;
  dg_name_init(&nm);
  if (k - a >= 5 && dg_has_word(t + a, k - a, "photo") &&
      dg_name_parse(pg->gz, t + k + 1, b - k - 1, DG_NAME_SHAPE, &nm) && nm.words >= 2) {
    org = dg_orgs_first_in(pg->orgs, a, k - a);
    na = k + 1;
    nb = b;
  } else if (dg_name_parse(pg->gz, t + a, k - a, DG_NAME_SHAPE, &nm) && nm.words >= 2) {
    org = dg_orgs_first_in(pg->orgs, k + 1, b - k - 1);
    na = a;
    nb = k;
    if (org == DG_NO_ORG) {
      dg_name_release(&nm);
      return;
    }
  } else {
    dg_name_release(&nm);
    return;
  }
  (void)nb;
  {
    size_t id = dg_people_add(pg->people, &nm, dg_span_at(na + nm.start, nm.len), DG_PS_CREDIT,
                              "photo-credit");
    if (org != DG_NO_ORG) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, org);
      dg_extract_affiliations(pg, f, id, om->start, om->len, 1, "photo-credit-affiliation");
    }
  }
  dg_name_release(&nm);
}

/* Picture credits in captions: the photographer is credited, not
 * discussed, and works for the agency named with the name. */
void dg_person_photo_credits(dg_page *pg, dg_facts *f)
{
  size_t li;
  for (li = 0; li < pg->n_lines; li++) {
    const dg_line *l = &pg->lines[li];
    /* from the line's start: a caption's "[Photo]" is set off like a
     * bullet, and it is what says the line is a caption */
    const char *t = pg->text + l->start;
    size_t n = l->end - l->start, k, seen = 0;
    if ((l->flags & DG_LF_BLANK) || l->zone == DG_ZONE_NAV || l->zone == DG_ZONE_FOOTER ||
        n > DG_CUE_SCAN || !memchr(t, '/', n))
      continue;
    if (!(t[0] == '[' || dg_has_word(t, n, "photo") || dg_has_word(t, n, "photograph") ||
          dg_has_word(t, n, "image") || dg_has_word(t, n, "credit")))
      continue;
    for (k = 1; k + 1 < n && seen < 8; k++)
      if (t[k] == '/' && t[k - 1] != ' ' && t[k + 1] != ' ' && t[k + 1] != '/' && t[k - 1] != ':') {
        seen++;
        photo_credit_at(pg, f, l, l->start + k);
      }
  }
}

struct dg_person_credit_cues;

void dg_person_credit_cues_init(dg_person_credit_cues *c, const dg_gazetteer *gz)
{
  c->heading = dg_gazetteer_credit_set(gz, DG_CREDIT_HEADING);
  c->staff = dg_gazetteer_credit_set(gz, DG_CREDIT_STAFF);
  c->label = dg_gazetteer_credit_set(gz, DG_CREDIT_LABEL);
  c->by = dg_gazetteer_credit_set(gz, DG_CREDIT_BY);
  c->thanks = dg_gazetteer_credit_set(gz, DG_CREDIT_THANKS);
  c->any = dg_gazetteer_credit_set(gz, DG_CREDIT__COUNT);
}

/* 1 if line li is a heading that opens a block of credits: "Credits",
 * "Acknowledgements:", a short line that is one heading phrase. */
static int credit_heading(const dg_page *pg, const dg_person_credit_cues *cc, size_t li)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content;
  int k;
  if (l->nwords > 3 || n > 40)
    return 0;
  if (n && s[n - 1] == ':')
    n--;
  k = dg_wordset_first(cc->heading, s, n);
  return k >= 0 && strlen(cc->heading->words[k]) == n;
}

/* Marks the lines of credit blocks: from a credit heading to the next
 * blank line or heading of another kind. Returns a new array of n_lines
 * flags; free with free(). */
unsigned char *dg_person_credit_blocks(const dg_page *pg, const dg_person_credit_cues *cc)
{
  unsigned char *in = xcalloc(pg->n_lines ? pg->n_lines : 1, 1);
  size_t li;
  int open = 0;
  for (li = 0; li < pg->n_lines; li++) {
    const dg_line *l = &pg->lines[li];
    if (l->flags & DG_LF_BLANK) {
      /* a heading may stand apart from its block by one blank line */
      if (open == 2)
        open = 1;
      else
        open = 0;
      continue;
    }
    if (credit_heading(pg, cc, li)) {
      open = 2;
      continue;
    }
    if (l->zone == DG_ZONE_FOOTER || (l->flags & (DG_LF_RELATED | DG_LF_ABOUT | DG_LF_SECTION)))
      open = 0;
    if (open) {
      in[li] = 1;
      open = 3;
    }
  }
  return in;
}

static size_t page_org(dg_page *pg, dg_facts *f, dg_person_page_org_cache *po)
{
  size_t i, n = dg_facts_n_facts(f);
  const dg_pageinfo *info = po->info;
  if (po->asked)
    return po->e;
  po->asked = 1;
  if (info->main_pub != (size_t)-1)
    for (i = 0; i < n; i++) {
      const dg_fact *x = dg_facts_get_fact(f, i);
      if (x->subject == info->main_pub && x->prop == DG_P_PUBLISHER && x->is_ref)
        return po->e = x->object;
    }
  if (info->site_org != (size_t)-1)
    po->e = dg_orgs_entity(pg->orgs, f, info->site_org, dg_orgs_span(pg->orgs, info->site_org),
                           "credit-site-org");
  return po->e;
}

/* "Reporting by NAME; Editing by NAME": a wire service's credits. */
static void wire_credit(dg_page *pg, const dg_line *l, const char *s, size_t n)
{
  size_t a = 0;
  while (a < n) {
    size_t b = a, by;
    while (b < n && s[b] != ';')
      b++;
    for (by = a; by + 4 <= b; by++)
      if (strncmp(s + by, " by ", 4) == 0)
        break;
    if (by + 4 <= b) {
      dg_part cp[16];
      size_t cn = dg_name_split(s + by + 4, b - by - 4, cp, 16), q;
      for (q = 0; q < cn && q < 16; q++) {
        dg_name nm;
        dg_name_init(&nm);
        if (dg_name_parse(pg->gz, s + by + 4 + cp[q].start, cp[q].len, DG_NAME_SHAPE, &nm))
          dg_people_add(pg->people, &nm,
                        dg_span_at(l->content + by + 4 + cp[q].start + nm.start, nm.len),
                        DG_PS_CREDIT, "wire-credit");
        dg_name_release(&nm);
      }
    }
    a = b + 1;
    while (a < n && s[a] == ' ')
      a++;
  }
}

/* Where the next "Label:" of a line of credits starts (at the full stop
 * before it), or n: a sentence of at most four words that ends in a
 * colon. */
static size_t next_label(const char *s, size_t from, size_t n)
{
  size_t i;
  for (i = from; i + 2 < n; i++) {
    size_t j, words = 1;
    if (s[i] != '.' || s[i + 1] != ' ' || !dg_is_upper((unsigned char)s[i + 2]))
      continue;
    for (j = i + 2; j < n && j < i + 50 && words <= 4; j++) {
      if (s[j] == ':')
        return i;
      if (s[j] == ' ')
        words++;
      else if (s[j] == '.' || s[j] == ',' || s[j] == ';' || dg_is_digit((unsigned char)s[j]))
        break;
    }
  }
  return n;
}

/* One "Label: names" credit of a line, from byte `off` of its content.
 * Returns where the credit ends (the next label, or the line's end), or
 * 0 when no label starts there. */
static size_t credit_segment(dg_page *pg, dg_facts *f, const dg_line *l, size_t off,
                             const dg_person_credit_cues *cc, int in_block, dg_person_page_org_cache *po)
{
  const char *s = pg->text + l->content + off, *colon;
  size_t n = l->end - l->content - off, k, label_len, i, end;
  size_t label_org = (size_t)-1, page_e = (size_t)-1, known = 0;
  int staff, semis;
  dg_part parts[64];
  size_t np;
  colon = memchr(s, ':', n < 60 ? n : 60);
  if (!colon)
    return 0;
  label_len = (size_t)(colon - s);
  /* the credit ends where the next label starts: "Research assistance:
   * A and B. Funding: the Ostrander Fund. Comments: C and D" */
  end = next_label(s, label_len + 1, n);
  /* "[Photo] Panellists (from left):" is a caption: the names are the
   * people pictured */
  if (memchr(s, '(', label_len) || memchr(s, '[', label_len))
    return end;
  /* a short label without a date: "Layout and graphics:", not "Editor's
   * Note, September 2022:" */
  {
    size_t w = 1;
    for (k = 0; k < label_len; k++) {
      if (s[k] == ' ')
        w++;
      if (dg_is_digit((unsigned char)s[k]) || s[k] == ',')
        return end;
    }
    if (w > 6)
      return end;
  }
  staff = in_block || dg_wordset_scan(cc->staff, s, label_len);
  if (!staff && !dg_wordset_scan(cc->label, s, label_len))
    return end;
  {
    size_t m = dg_orgs_first_in(pg->orgs, l->content + off, label_len);
    if (m != DG_NO_ORG)
      label_org = dg_orgs_entity(pg->orgs, f, dg_orgs_mention(pg->orgs, m)->org,
                                 dg_span_at(dg_orgs_mention(pg->orgs, m)->start,
                                         dg_orgs_mention(pg->orgs, m)->len),
                                 "credit-label");
  }
  if (label_org == (size_t)-1 && staff)
    label_org = page_e = page_org(pg, f, po);
  n = end;
  /* entries are separated by ";" (each "NAME, Title"), else a name list */
  i = label_len + 1;
  semis = memchr(s + i, ';', n - i) != NULL;
  if (!semis && !in_block) {
    /* a list of names that are mostly known given names may hold a few
     * that are not: "Ana Ruiz, Tiiu Saar and Omar Haddad" */
    dg_name nm;
    dg_name_init(&nm);
    np = dg_name_split(s + i, n - i, parts, 64);
    for (k = 0; k < np && k < 64; k++)
      if (dg_name_parse(pg->gz, s + i + parts[k].start, parts[k].len, DG_NAME_GIVEN, &nm))
        known++;
    dg_name_release(&nm);
    if (np > 64)
      np = 64;
  }
  {
    size_t a = i;
    while (a < n) {
      size_t b = a;
      if (semis) {
        while (b < n && s[b] != ';')
          b++;
      } else {
        b = n;
      }
      np = semis ? 1 : dg_name_split(s + a, b - a, parts, 64);
      if (semis) {
        parts[0].start = 0;
        parts[0].len = b - a;
      }
      for (k = 0; k < np && k < 64; k++) {
        dg_part nmp, aff;
        dg_name nm;
        const char *e = s + a + parts[k].start;
        size_t own = (size_t)-1;
        unsigned fl = semis || in_block || known * 2 >= np ? DG_NAME_SHAPE : DG_NAME_GIVEN;
        dg_name_init(&nm);
        if (dg_name_affil_parse(pg->gz, e, parts[k].len, fl, &nmp, &aff, &nm) && nm.words >= 2) {
          size_t at = l->content + off + a + parts[k].start;
          size_t id = dg_people_add(pg->people, &nm, dg_span_at(at + nm.start, nm.len),
                                    DG_PS_CREDIT, "credit");
          if (aff.len)
            own = dg_extract_affiliations(pg, f, id, at + aff.start, aff.len, 0,
                                          "credit-affiliation");
          if (label_org != (size_t)-1 && (own == (size_t)-1 || label_org != page_e))
            dg_people_affiliate(pg->people, id, label_org,
                                dg_span_at(l->content + off, label_len), "credit-label");
        }
        dg_name_release(&nm);
      }
      a = b + 1;
    }
  }
  return end;
}

/* "Layout and graphics: Petra Holzer-Brandli", "ISR-GSU project
 * management: NAME, Title; NAME, Title", and in a block of credits any
 * "Label: names" line: staff named in credits. A line may hold several
 * credits one after the other. */
void dg_person_credit_line(dg_page *pg, dg_facts *f, size_t li, const dg_person_credit_cues *cc,
                        int in_block, dg_person_page_org_cache *po)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, off = 0, guard = 0;
  if (n > 13 && (strncmp(s, "Reporting by ", 13) == 0 ||
                 strncmp(s, "Additional reporting by ", 24) == 0)) {
    wire_credit(pg, l, s, n);
    return;
  }
  if ((l->flags & DG_LF_BYLINE) && !in_block)
    return;
  /* each credit ends at the next label's full stop, so the loop moves on
   * every time; a few dozen credits per line at most */
  while (off < n && guard++ < 32) {
    size_t end = credit_segment(pg, f, l, off, cc, in_block, po);
    if (end == 0)
      break;
    off += end;
    while (off < n && (s[off] == '.' || s[off] == ' '))
      off++;
  }
}

/* 1 if line `l` holds a credit phrase or an acknowledgement word. */
int dg_person_credit_words_in(const dg_page *pg, const struct dg_person_credit_cues *cc, const dg_line *l)
{
  return dg_wordset_scan(cc->any, pg->text + l->content, l->end - l->content) != 0;
}

/* 1 if the name at byte `at` of line `l` is credited for work on the
 * page rather than discussed: a credit phrase opens its clause
 * ("translated by A and B", "photo by A"), or its sentence is the
 * author's acknowledgement ("We thank A for comments"). Reads at most a
 * few hundred bytes around the name. */
int dg_person_credited_at(const dg_page *pg, const struct dg_person_credit_cues *cc, const dg_line *l,
                       size_t at)
{
  const char *t = pg->text;
  size_t a = at, b = at, lim;
  /* the clause before the name */
  lim = at > l->content + 120 ? at - 120 : l->content;
  while (a > lim && !strchr(".;()", t[a - 1]) &&
         !((unsigned char)t[a - 1] == 0x94 && a >= 3 && (unsigned char)t[a - 2] == 0x80))
    a--;
  if (a < at && dg_wordset_scan(cc->by, t + a, at - a))
    return 1;
  /* the sentence around it */
  lim = at > l->content + 300 ? at - 300 : l->content;
  a = at;
  while (a > lim && !(t[a - 1] == ' ' && a >= 2 && strchr(".!?", t[a - 2])))
    a--;
  lim = at + 300 < l->end ? at + 300 : l->end;
  while (b < lim && !(strchr(".!?", t[b]) && (b + 1 == l->end || t[b + 1] == ' ')))
    b++;
  if (!dg_wordset_scan(cc->thanks, t + a, b - a))
    return 0;
  /* the author speaks: "I thank", "we are grateful", "the authors thank" */
  return dg_has_word(t + a, b - a, "i") || dg_has_word(t + a, b - a, "we") ||
         dg_has_word(t + a, b - a, "our") || dg_has_word(t + a, b - a, "my") ||
         dg_has_word(t + a, b - a, "author") || dg_has_word(t + a, b - a, "authors") ||
         dg_has_word(t + a, b - a, "editors") || dg_page_line_starts(pg, (size_t)(l - pg->lines), "thanks") ||
         dg_page_line_starts(pg, (size_t)(l - pg->lines), "special thanks");
}
