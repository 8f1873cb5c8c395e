/* pub_byline.c - who wrote an item: the names of a byline or a name
 * line, their affiliations (on the line, in footnotes), the hosts and
 * guests of a podcast, contributors and editors named in the text. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/pub.h"

static int is_guest(const dg_pub_guests *g, const dg_name *nm)
{
  size_t k;
  char *key;
  int hit = 0;
  if (!g || !g->n)
    return 0;
  key = dg_text_key(nm->surname, strlen(nm->surname));
  for (k = 0; k < g->n; k++)
    if (strcmp(g->keys[k], key) == 0)
      hit = 1;
  free(key);
  return hit;
}

/* Adds every name of the list text[start, start+len) as a person related
 * to `subject` by `prop` (when subject != -1). Returns how many names;
 * their mention ids go to ids[] (at most max). */
size_t dg_pub_add_names(dg_page *pg, size_t start, size_t len, size_t subject, dg_prop prop,
                        unsigned src, const char *rule, size_t *ids, size_t max)
{
  return dg_pub_add_names_except(pg, start, len, subject, prop, src, rule, ids, max, NULL);
}

size_t dg_pub_add_names_except(dg_page *pg, size_t start, size_t len, size_t subject,
                               dg_prop prop, unsigned src, const char *rule, size_t *ids,
                               size_t max, const dg_pub_guests *except)
{
  dg_part *parts;
  size_t np, k, n = 0;
  dg_name nm;
  const char *s = pg->text + start;
  if (len == 0)
    return 0;
  /* count, then split: a byline may hold thousands of names */
  np = dg_name_split(s, len, NULL, 0);
  parts = xcalloc(np ? np : 1, sizeof *parts);
  np = dg_name_split(s, len, parts, np);
  dg_name_init(&nm);
  for (k = 0; k < np; k++) {
    size_t id;
    if (!dg_name_parse(pg->gz, s + parts[k].start, parts[k].len, DG_NAME_SHAPE | DG_NAME_SINGLE,
                       &nm))
      continue;
    /* a surname alone only with a title: "edited by Dr. Brevik" */
    if (nm.words < 2 && !nm.honorific)
      continue;
    id = dg_people_add(pg->people, &nm, dg_span_at(start + parts[k].start + nm.start, nm.len), src,
                       rule);
    if (subject != (size_t)-1 && !is_guest(except, &nm))
      dg_people_relate(pg->people, subject, prop, id, dg_span_at(start + parts[k].start, parts[k].len),
                       rule);
    if (n < max)
      ids[n] = id;
    n++;
  }
  dg_name_release(&nm);
  free(parts);
  return n;
}

/* The text of a byline after its cue, up to a date or a separator:
 * "By Martin Oakes", "Authors: Keiko SAWAMURA, Jun OKAMURA",
 * "by Peter Lindell, ..., and Alice Holloway". *prop gets author or
 * editor. Returns 0 if line i is not a byline. */
int dg_pub_byline(const dg_page *pg, size_t i, size_t *start, size_t *len, dg_prop *prop)
{
  static const struct {
    const char *cue;
    dg_prop prop;
  } cues[] = {
    {"edited by", DG_P_EDITOR}, {"editors:", DG_P_EDITOR}, {"editor:", DG_P_EDITOR},
    {"written by", DG_P_AUTHOR}, {"authors:", DG_P_AUTHOR}, {"author:", DG_P_AUTHOR},
    {"text by", DG_P_AUTHOR}, {"words by", DG_P_AUTHOR}, {"by", DG_P_AUTHOR},
  };
  size_t n, k, e;
  const char *s = dg_page_line_text(pg, i, &n);
  for (k = 0; k < DG_COUNT(cues); k++) {
    size_t cl = strlen(cues[k].cue);
    dg_date d;
    if (n <= cl || strncasecmp(s, cues[k].cue, cl) != 0)
      continue;
    if (dg_is_alnum((unsigned char)s[cl]))
      continue;
    e = n;
    /* "By John Smith | March 3, 2020" */
    {
      size_t j;
      for (j = cl; j + 2 < e; j++)
        if ((s[j] == '|' || (unsigned char)s[j] == 0xC2) && s[j - 1] == ' ') {
          e = j;
          break;
        }
    }
    if (dg_date_find(s + cl, e - cl, &d))
      e = cl + d.start;
    *start = pg->lines[i].content + cl;
    *len = e - cl;
    *prop = cues[k].prop;
    return 1;
  }
  return 0;
}

int dg_pub_name_line(const dg_page *pg, size_t i, int single_ok)
{
  const dg_line *l = &pg->lines[i];
  size_t n, np, k, known;
  const char *s = dg_page_line_text(pg, i, &n);
  dg_part parts[64];
  if (l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT | DG_LF_BLANK | DG_LF_DATE | DG_LF_NAV))
    return 0;
  np = dg_name_list(pg->gz, s, n, DG_NAME_SHAPE, parts, 64, &known);
  if (np == 0)
    return 0;
  /* a name, not an organization written like one */
  for (k = 0; k < np; k++)
    if (dg_orgs_first_in(pg->orgs, l->content + parts[k].start, parts[k].len) != DG_NO_ORG)
      return 0;
  return known > 0 || np >= 3 || single_ok;
}

/* Every organization named in line i becomes the affiliation of mentions
 * ids[0..n). */
void dg_pub_affiliate_line(dg_page *pg, dg_facts *f, size_t i, const size_t *ids, size_t n,
                           const char *rule)
{
  const dg_line *l = &pg->lines[i];
  size_t m, k;
  for (m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
       m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs); m++) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    size_t e;
    if (om->start >= l->end)
      break;
    e = dg_orgs_entity(pg->orgs, f, om->org, dg_span_at(om->start, om->len), rule);
    for (k = 0; k < n; k++)
      dg_people_affiliate(pg->people, ids[k], e, dg_span_at(om->start, om->len), rule);
  }
}

/* "KANEHARA Nobukatsu (Former Deputy Secretary-General, National Security
 * Secretariat)", "Jane Doe, University of Leeds": an author under the
 * title with the affiliation beside the name. Adds the author; returns 1. */
int dg_pub_author_affil_line(dg_page *pg, dg_facts *f, size_t i, size_t item, size_t *count)
{
  const dg_line *l = &pg->lines[i];
  dg_part nm, aff;
  dg_name n;
  int ok = 0;
  *count = 0;
  if (l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT | DG_LF_BYLINE | DG_LF_DATE | DG_LF_NAV))
    return 0;
  dg_name_init(&n);
  if (dg_name_affil_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm,
                          &aff, &n) &&
      aff.len > 0 && nm.start == 0 && n.words >= 2 &&
      (n.known_given || n.family_first || n.honorific)) {
    size_t id = dg_people_add(pg->people, &n, dg_span_at(l->content + n.start, n.len), DG_PS_BYLINE,
                              "author-with-affiliation");
    dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(l->content, nm.len),
                     "author-with-affiliation");
    dg_extract_affiliations(pg, f, id, l->content + aff.start, aff.len, 1,
                            "author-affiliation");
    *count = 1;
    ok = 1;
  }
  dg_name_release(&n);
  return ok;
}

/* 1 if a footnote mark followed by a space starts at t[x] (of t[0..n)):
 * "² ", "* ", "† ". */
static int mark_at(const char *t, size_t n, size_t x)
{
  size_t k;
  for (k = 1; k <= 3; k++)
    if (x + k < n && (t[x + k] == ' ' || t[x + k] == '\t') && dg_name_footnote_len(t + x, k) == k)
      return 1;
  return 0;
}

/* Footnote-style affiliations under an author line: "Tom Varga¹, Lena
 * Marsh²" then "¹ Director, ..., Institute for Maritime Policy".
 * For each author of line `names` with a mark, the line below that starts
 * with the same mark gives the affiliation. */
void dg_pub_footnote_affiliations(dg_page *pg, dg_facts *f, size_t names, const size_t *ids,
                                  size_t n_ids)
{
  const dg_line *l = &pg->lines[names];
  const char *s = pg->text + l->content;
  size_t len = l->end - l->content, np, k, j;
  dg_part parts[64];
  np = dg_name_split(s, len, parts, 64);
  if (np > 64 || np != n_ids)
    return;
  for (k = 0; k < np; k++) {
    const char *p = s + parts[k].start;
    size_t pl = parts[k].len, ml = dg_name_footnote_len(p, pl);
    if (!ml)
      continue;
    for (j = names + 1; j < pg->n_lines && j < names + 12; j++) {
      const dg_line *m = &pg->lines[j];
      const char *t = pg->text + m->start;
      size_t tl = m->end - m->start, x, y;
      if (m->flags & DG_LF_BLANK)
        break;
      /* "¹ Director, ...": the mark, then the affiliation, up to the next
       * mark when one line holds several ("¹ Univ. A    ² Univ. B") */
      for (x = 0; x + ml < tl && x < 400; x++)
        if ((x == 0 || t[x - 1] == ' ') && memcmp(t + x, p + pl - ml, ml) == 0 &&
            (t[x + ml] == ' ' || t[x + ml] == '\t'))
          break;
      if (x + ml >= tl || x >= 400)
        continue;
      for (y = x + ml + 1; y < tl && !(t[y - 1] == ' ' && mark_at(t, tl, y)); y++)
        ;
      dg_extract_affiliations(pg, f, ids[k], m->start + x + ml, y - x - ml, 1,
                              "footnote-affiliation");
    }
  }
}

/* 1 if the page is a podcast's: "podcast" or "episode" outside the
 * footer and the listings. */
int dg_pub_podcast_page(const dg_page *pg)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++) {
    if (pg->lines[i].zone == DG_ZONE_FOOTER || pg->lines[i].zone == DG_ZONE_LISTING)
      continue;
    /* in the first DG_CUE_SCAN bytes of the line, as dg_page_init() found */
    if (pg->lines[i].words & (DG_LW(PODCAST) | DG_LW(EPISODE)))
      return 1;
  }
  return 0;
}

/* The hosts of a podcast named in its prose: "joins Sea Lanes host Ann
 * Vale", "co-host Tom Reyes", "hosted by Ann Vale". Writes the spans of
 * their names (at most max) to out[]; returns how many. */
size_t dg_pub_podcast_hosts(const dg_page *pg, dg_span *out, size_t max)
{
  static const char *const cues[] = {" host ", " co-host ", " hosted by "};
  size_t i, n_out = 0;
  if (!dg_pub_podcast_page(pg))
    return 0;
  for (i = pg->header_end; i < pg->footer_start && n_out < max; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, k, j;
    if (!(l->flags & DG_LF_PROSE) || l->zone != DG_ZONE_BODY)
      continue;
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    for (k = 0; k < DG_COUNT(cues) && n_out < max; k++)
      for (j = dg_find_ci(s, n, 0, cues[k], 0); j < n && n_out < max;
           j = dg_find_ci(s, n, j + 1, cues[k], 0)) {
        size_t st = j + strlen(cues[k]), e = dg_pub_cap_run(s, n, &st);
        dg_name nm;
        dg_name_init(&nm);
        if (e > st && dg_name_parse(pg->gz, s + st, e - st, DG_NAME_SHAPE, &nm) &&
            nm.words >= 2 && nm.words <= 4 && nm.known_given)
          out[n_out++] = dg_span_at(l->content + st + nm.start, nm.len);
        dg_name_release(&nm);
      }
  }
  return n_out;
}

/* A podcast episode's host is its author; its guests are persons only.
 * Collects the guests: "Ryan Evans is joined by Michael Kofman", "speaks
 * with NAME", "NAME joins the conversation". */
void dg_pub_find_guests(const dg_page *pg, dg_pub_guests *g)
{
  static const char *const cues[] = {"joined by ", "speaks with ", "talks with ", "talks to ",
                                     "interviews ", "welcomes ", "guest ", "guests ",
                                     "in conversation with ", "sits down with "};
  size_t i;
  g->n = 0;
  if (!dg_pub_podcast_page(pg))
    return;
  for (i = 0; i < pg->n_lines && g->n < 16; i++) {
    size_t n, j, k;
    const char *s = dg_page_line_text(pg, i, &n);
    if (!(pg->lines[i].flags & DG_LF_PROSE))
      continue;
    for (j = 0; j < n && g->n < 16; j++) {
      for (k = 0; k < DG_COUNT(cues); k++) {
        size_t cl = strlen(cues[k]), e, words = 0;
        dg_name nm;
        if (!dg_at(s, n, j, cues[k]) ||
            (j > 0 && dg_is_alnum((unsigned char)s[j - 1])))
          continue;
        e = j + cl;
        while (e < n && words < 4 && dg_is_cap_byte((unsigned char)s[e])) {
          while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '.')
            e++;
          words++;
          if (e < n && s[e] == ' ')
            e++;
        }
        dg_name_init(&nm);
        if (words >= 2 && dg_name_parse(pg->gz, s + j + cl, e - j - cl, DG_NAME_SHAPE, &nm))
          g->keys[g->n++] = dg_text_key(nm.surname, strlen(nm.surname));
        dg_name_release(&nm);
      }
      /* "NAME joins the conversation" */
      if (dg_at(s, n, j, " joins ")) {
        size_t b = j, words = 0;
        dg_name nm;
        while (b > 0 && words < 4) {
          b--;
          if (s[b] == ' ')
            words++;
          if (s[b] == '.' || s[b] == ',')
            break;
        }
        while (b < j && !dg_is_upper((unsigned char)s[b]))
          b++;
        dg_name_init(&nm);
        if (b < j && dg_name_parse(pg->gz, s + b, j - b, DG_NAME_SHAPE, &nm) && nm.words >= 2)
          g->keys[g->n++] = dg_text_key(nm.surname, strlen(nm.surname));
        dg_name_release(&nm);
      }
    }
  }
}

/* "Contributors: A, B and C", "Contributing authors: ..." in the body of a
 * page whose header names no author: the authors of a report's
 * chapters, who are the authors of the report. Returns how many. */
size_t dg_pub_contributors_line(dg_page *pg, size_t item)
{
  static const char *const cues[] = {"contributors:", "contributing authors:",
                                     "contributions by"};
  size_t i, k, n_auth = 0;
  for (i = pg->header_end; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n;
    const char *s = dg_page_line_text(pg, i, &n);
    if (l->zone == DG_ZONE_LISTING || (l->flags & DG_LF_PROSE) || n > 2000)
      continue;
    for (k = 0; k < DG_COUNT(cues); k++) {
      size_t cl = strlen(cues[k]);
      if (n > cl && strncasecmp(s, cues[k], cl) == 0)
        n_auth += dg_pub_add_names(pg, l->content + cl, n - cl, item, DG_P_AUTHOR, DG_PS_BYLINE,
                            "contributors-line", NULL, 0);
    }
  }
  return n_auth;
}

/* "Ann Vale (Harbor Institute) and Tom Reyes (Coastal University)" under
 * the heading: the hosts of an episode or the authors of a piece, each
 * with the organization in the parentheses. Returns how many. */
size_t dg_pub_names_affiliations_line(dg_page *pg, dg_facts *f, size_t i, size_t item,
                                      const dg_pub_guests *except)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, a = 0, k, count = 0, parts = 0;
  if (n > 400 || !memchr(s, '(', n) || (l->flags & (DG_LF_PROSE | DG_LF_BYLINE)))
    return 0;
  for (k = 0; k < n && parts < 16; k++) {
    size_t e, next;
    dg_part nm, aff;
    dg_name name;
    if (s[k] != ')')
      continue;
    e = k + 1;
    /* ") and ", "), ", ") & " or the end of the line */
    next = e;
    if (dg_at(s, n, e, " and "))
      next = e + 5;
    else if (dg_at(s, n, e, ", ") || dg_at(s, n, e, " & "))
      next = e + 2 + (s[e] == ' ');
    else if (e != n)
      continue;
    parts++;
    dg_name_init(&name);
    /* every part "Name (Organization)"; the line's shape vouches for a
     * given name the gazetteer does not know */
    if (dg_name_affil_parse(pg->gz, s + a, e - a, DG_NAME_SHAPE, &nm, &aff, &name) &&
        aff.len > 0 && nm.start == 0 && name.words >= 2 && name.words <= 4 &&
        !is_guest(except, &name)) {
      size_t id = dg_people_add(pg->people, &name, dg_span_at(l->content + a + name.start, name.len),
                                DG_PS_BYLINE, "names-with-affiliations");
      dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(l->content + a, e - a),
                       "names-with-affiliations");
      dg_extract_affiliations(pg, f, id, l->content + a + aff.start, aff.len, 1,
                              "names-with-affiliations");
      count++;
    }
    dg_name_release(&name);
    a = next;
    k = next - 1;
  }
  return count;
}

/* ---------------------------------------------------------------- main item */

/* 1 if line j (after line i) repeats the text s[0..n) as a line of its
 * own: a section heading. */
static int heading_below(const dg_page *pg, size_t i, const char *s, size_t n)
{
  size_t j;
  for (j = i + 1; j < pg->footer_start; j++) {
    const dg_line *l = &pg->lines[j];
    if (l->end - l->content == n && memcmp(pg->text + l->content, s, n) == 0)
      return 1;
  }
  return 0;
}

/* "Jump to an expert reaction:" then "NAME: Section heading" lines, each
 * heading repeated over its section below: a piece made of sections
 * by several authors ("our experts react"), whose authors they are.
 * Returns how many authors were found. */
size_t dg_pub_section_authors(dg_page *pg, size_t item)
{
  size_t i, found = 0, tried = 0;
  for (i = pg->header_end; i < pg->footer_start && tried < 64; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, c;
    const char *colon;
    dg_name nm;
    if ((l->flags & (DG_LF_BLANK | DG_LF_PROSE)) || n > 200 || l->zone != DG_ZONE_BODY)
      continue;
    colon = memchr(s, ':', n < 60 ? n : 60);
    if (!colon)
      continue;
    c = (size_t)(colon - s);
    if (c + 3 >= n || s[c + 1] != ' ')
      continue;
    tried++;
    dg_name_init(&nm);
    if (dg_name_parse(pg->gz, s, c, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 4 &&
        nm.start == 0 && heading_below(pg, i, s + c + 2, n - c - 2)) {
      size_t id = dg_people_add(pg->people, &nm, dg_span_at(l->content, nm.len), DG_PS_BYLINE,
                                "section-author");
      dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(l->content, c),
                       "section-author");
      found++;
    }
    dg_name_release(&nm);
  }
  return found;
}

/* "This volume, edited by Dr. Brevik, is ...": an editor named in the
 * prose about the page's own item. */
void dg_pub_prose_editors(dg_page *pg, size_t item)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, b;
    const char *s;
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_FOOTER || !(l->flags & DG_LF_PROSE))
      continue;
    s = dg_page_line_text(pg, i, &n);
    /* each "edited by " in turn, found by its "by " (a rarer initial than
     * the 'e' of "edited", which the search would stop at all over the
     * paragraph) */
    for (b = n > 10 ? dg_find_ci(s, n, 7, "by ", 0) : n; b + 3 < n;
         b = dg_find_ci(s, n, b + 1, "by ", 0)) {
      size_t a, e, back, j = b - 7;
      int self = 0;
      if (!dg_at_ci(s, n, j, "edited "))
        continue;
      back = j > 60 ? j - 60 : 0;
      for (a = back; a < j; a++)
        if (strncasecmp(s + a, "this volume", 11) == 0 || strncasecmp(s + a, "this book", 9) == 0 ||
            strncasecmp(s + a, "this report", 11) == 0 ||
            strncasecmp(s + a, "this collection", 15) == 0 ||
            strncasecmp(s + a, "the volume", 10) == 0 ||
            strncasecmp(s + a, "this publication", 16) == 0)
          self = 1;
      if (!self)
        continue;
      a = j + 10;
      e = a;
      while (e < n && s[e] != ',' && s[e] != ';' && !(s[e] == '.' && e + 1 < n && s[e + 1] == ' ' &&
                                                       e > a + 2 && dg_is_lower((unsigned char)s[e - 1])))
        e++;
      /* "edited by Dr. Brevik, is a result": up to the comma; names and
       * honorifics only (add_names checks them) */
      dg_pub_add_names(pg, l->content + a, e - a, item, DG_P_EDITOR, DG_PS_BYLINE, "prose-edited-by",
                NULL, 0);
    }
  }
}

/* The end of the word at s[i] (a space, a comma, a full stop ... ends
 * it; an apostrophe does not). */
size_t dg_pub_word_end(const char *s, size_t n, size_t i)
{
  while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != ';' && s[i] != ':' && s[i] != '(' &&
         s[i] != ')' && !(s[i] == '.' && (i + 1 == n || s[i + 1] == ' ')))
    i++;
  return i;
}

/* The run of capitalised words that starts at s[i] (spaces skipped), at
 * most eight words (a name is shorter): its end, before a lower-case word
 * or punctuation. */
size_t dg_pub_cap_run(const char *s, size_t n, size_t *i)
{
  size_t e, words = 0;
  while (*i < n && s[*i] == ' ')
    (*i)++;
  e = *i;
  while (dg_cap_byte_at(s, n, e) && words++ < 8) {
    size_t w = dg_pub_word_end(s, n, e);
    e = w;
    if (e + 1 < n && s[e] == ' ' && dg_cap_byte_at(s, n, e + 1))
      e++;
    else
      break;
  }
  return e;
}
