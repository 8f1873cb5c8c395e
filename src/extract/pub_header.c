/* pub_header.c - the page's own publication, from its header: title,
 * class, authors and editors, date, publisher, DOI; and the item an
 * event's page presents ("About the report").
 *
 * The header (title to first paragraph) holds the byline, the date and
 * often the publisher; a block of names right under the title is an author
 * list even without "By". */
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

/* ---------------------------------------------------------------- DOI */

static int find_doi(const char *s, size_t n, size_t *a, size_t *b)
{
  size_t i;
  for (i = 0; i + 8 < n; i++) {
    size_t j, digits = 0;
    /* every line of the page is read: go from one '1' to the next */
    const char *one = memchr(s + i, '1', n - 8 - i);
    if (!one)
      break;
    i = (size_t)(one - s);
    j = i + 3;
    if (s[i + 1] != '0' || s[i + 2] != '.' ||
        (i > 0 && (dg_is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '.')))
      continue;
    while (j < n && dg_is_digit((unsigned char)s[j]))
      j++, digits++;
    if (digits < 4 || j >= n || s[j] != '/')
      continue;
    j++;
    while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '"' && s[j] != '<')
      j++;
    while (j > i && strchr(".,;)]", s[j - 1]))
      j--;
    *a = i;
    *b = j;
    return 1;
  }
  return 0;
}

/* The last paragraph of the body, when it is one or two sentences that open
 * with a name and a bio verb ("NAME is a research fellow at ORG."), names
 * the author. Returns 1 if it did. */
/* "NAME is a research fellow at ORG" at s[0..n): adds NAME as an author
 * of `item` with the organizations after the verb. Returns 1 if it did. */
static int bio_sentence(dg_page *pg, dg_facts *f, size_t item, size_t base, const char *s,
                        size_t n)
{
  static const char *const verbs[] = {" is a ", " is an ", " is the ", " was a ", " is ",
                                      " serves as ", " teaches "};
  size_t k, v;
  for (k = 0; k < n && k < 60; k++)
    for (v = 0; v < DG_COUNT(verbs); v++)
      if (strncmp(s + k, verbs[v], strlen(verbs[v])) == 0) {
        dg_name nm;
        size_t id, e = k;
        int ok = 0;
        dg_name_init(&nm);
        if (dg_name_parse(pg->gz, s, k, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 4 &&
            (nm.known_given || nm.honorific)) {
          id = dg_people_add(pg->people, &nm, dg_span_at(base + nm.start, nm.len), DG_PS_BYLINE,
                             "author-bio-after-body");
          dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(base, k),
                           "author-bio-after-body");
          /* the organizations of this sentence only */
          while (e < n && !(s[e] == '.' && (e + 1 == n || s[e + 1] == ' ')))
            e++;
          dg_extract_affiliations(pg, f, id, base + k, e - k, 0, "author-bio-affiliation");
          ok = 1;
        }
        dg_name_release(&nm);
        return ok;
      }
  return 0;
}

/* The last paragraphs of the body (up to three), when one of them is
 * sentences that open with a name and a bio verb ("NAME is a research
 * fellow at ORG. NAME2 is ..."), name the authors; a note after them
 * ("This article first appeared in ...") may follow. Returns how many
 * authors were found. */
static size_t author_bio_after_body(dg_page *pg, dg_facts *f, size_t item)
{
  size_t i, last[3], n_last = 0, q;
  for (i = pg->footer_start; i-- > pg->header_end && n_last < 3;) {
    const dg_line *l = &pg->lines[i];
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_ROLES || l->zone == DG_ZONE_FOOTER)
      continue;
    if (l->zone == DG_ZONE_BODY && !(l->flags & (DG_LF_BLANK | DG_LF_SHARE | DG_LF_NAV)) &&
        (l->flags & DG_LF_END_PUNCT))
      last[n_last++] = i;
  }
  for (q = 0; q < n_last; q++) {
    const dg_line *l = &pg->lines[last[q]];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, k = 0, found = 0, sentences = 0;
    if (l->nwords > 120)
      continue;
    /* each sentence of the paragraph, from its start */
    while (k < n && sentences < 6) {
      size_t e = k;
      found += (size_t)bio_sentence(pg, f, item, l->content + k, s + k, n - k);
      while (e < n && !(s[e] == '.' && e + 1 < n && s[e + 1] == ' ' &&
                        dg_is_upper((unsigned char)(e + 2 < n ? s[e + 2] : 0))))
        e++;
      k = e + 2;
      sentences++;
      if (!found)
        break; /* the paragraph must open with a bio */
    }
    if (found)
      return found;
  }
  return 0;
}

/* When the header has an organization line (not an author's own
 * affiliation line) that names the site's organization, the header's
 * authors and editors are affiliated with it. */
static void header_unit_affiliations(dg_page *pg, dg_facts *f, const dg_pageinfo *info)
{
  size_t i, unit_line = DG_NO_LINE;
  dg_span sp;
  size_t e;
  if (info->site_org == (size_t)-1 || info->title.line == DG_NO_LINE)
    return;
  for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t prev, m;
    if (i == info->title.line2 || (l->flags & (DG_LF_BLANK | DG_LF_SHARE | DG_LF_NAV)) ||
        !dg_orgs_line(pg, i))
      continue;
    prev = dg_page_prev(pg, i);
    if (prev != DG_NO_LINE && prev + 1 == i &&
        (dg_pub_name_line(pg, prev, 1) || (pg->lines[prev].flags & DG_LF_BYLINE)))
      continue;
    for (m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
         m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs) &&
         dg_orgs_mention(pg->orgs, m)->start < l->end;
         m++)
      if (dg_orgs_mention(pg->orgs, m)->org == info->site_org)
        unit_line = i;
  }
  if (unit_line == DG_NO_LINE)
    return;
  sp = dg_orgs_span(pg->orgs, info->site_org);
  e = dg_orgs_entity(pg->orgs, f, info->site_org, sp, "header-unit-affiliation");
  /* the persons named in bylines of the header */
  for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++) {
    size_t bs, bl, ids[64], n, k;
    dg_prop prop;
    if (!dg_pub_byline(pg, i, &bs, &bl, &prop))
      continue;
    n = dg_pub_add_names(pg, bs, bl, (size_t)-1, prop, DG_PS_BYLINE, "byline", ids, 64);
    for (k = 0; k < n && k < 64; k++)
      dg_people_affiliate(pg->people, ids[k], e, dg_span_at(pg->lines[unit_line].content,
                                                         pg->lines[unit_line].end -
                                                             pg->lines[unit_line].content),
                          "header-unit-affiliation");
  }
}

/* "Authors" (or "Editors") on a line of its own, line i, and the names
 * under it: lists of names, or "Name – Organization" lines. Sets *end to
 * the line after the block; returns how many authors. */
static size_t byline_block(dg_page *pg, dg_facts *f, size_t i, size_t item, const dg_pub_guests *gst,
                           size_t *end)
{
  size_t j = dg_page_next(pg, i), n_auth = 0, ids[256], n;
  dg_prop hp = dg_page_line_starts(pg, i, "editor") || dg_page_line_starts(pg, i, "editors")
                   ? DG_P_EDITOR
                   : DG_P_AUTHOR;
  while (j != DG_NO_LINE && j < pg->n_lines) {
    const dg_line *m = &pg->lines[j];
    size_t c = 0;
    if (m->flags & DG_LF_BLANK)
      break;
    if (dg_pub_name_line(pg, j, 1)) {
      n = dg_pub_add_names_except(pg, m->content, m->end - m->content, item, hp, DG_PS_BYLINE,
                           "byline-block", ids, 256, gst);
      if (hp == DG_P_AUTHOR)
        n_auth += n;
      if (n && n <= 256)
        dg_pub_footnote_affiliations(pg, f, j, ids, n);
    } else if (hp == DG_P_AUTHOR && dg_pub_author_affil_line(pg, f, j, item, &c)) {
      n_auth += c;
    }
    j++;
  }
  *end = j == DG_NO_LINE ? pg->n_lines : j;
  return n_auth;
}

/* "Hosted by ", "Host: ", "Hosts: ", "Presented by ": the length of the
 * cue that opens line i, or 0. */
static size_t host_line(const dg_page *pg, size_t i)
{
  static const char *const cues[] = {"hosted by ", "host: ", "hosts: ", "presented by ",
                                     "co-hosts: ", "co-host: "};
  size_t n, k;
  const char *s = dg_page_line_text(pg, i, &n);
  for (k = 0; k < DG_COUNT(cues); k++)
    if (n > strlen(cues[k]) && strncasecmp(s, cues[k], strlen(cues[k])) == 0)
      return strlen(cues[k]);
  return 0;
}

/* The authors and editors the header names under the title: bylines,
 * "Authors" blocks, name lists with affiliations. Returns how many
 * authors. */
static size_t header_authors(dg_page *pg, dg_facts *f, const dg_pageinfo *info, size_t item,
                             const dg_pub_guests *gst)
{
  size_t i, n_auth = 0;
  int podcast = dg_pub_podcast_page(pg);
  /* "Hosted by Ann Vale", "Host: Ann Vale" near a podcast's heading (a
   * role line may have ended the header): the host */
  for (i = info->title.line + 1; podcast && i < pg->footer_start && i <= info->title.line + 8;
       i++) {
    const dg_line *l = &pg->lines[i];
    size_t n = (l->flags & DG_LF_PROSE) ? 0 : host_line(pg, i), ids[16];
    if (n)
      n_auth += dg_pub_add_names_except(pg, l->content + n, l->end - l->content - n, item, DG_P_AUTHOR,
                                 DG_PS_BYLINE, "podcast-host", ids, 16, gst);
  }
  for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++) {
    size_t bs, bl, ids[256], n;
    dg_prop prop;
    const dg_line *l = &pg->lines[i];
    if (i == info->title.line2 || (l->flags & DG_LF_BLANK))
      continue;
    if (podcast && host_line(pg, i))
      continue;
    if (dg_pub_byline(pg, i, &bs, &bl, &prop)) {
      n = dg_pub_add_names_except(pg, bs, bl, item, prop, DG_PS_BYLINE,
                           prop == DG_P_EDITOR ? "byline-editor" : "byline", ids, 256, gst);
      if (prop == DG_P_AUTHOR)
        n_auth += n;
      if (n && n <= 256)
        dg_pub_footnote_affiliations(pg, f, i, ids, n);
      continue;
    }
    /* "Authors" on a line of its own: the names follow */
    if ((l->flags & DG_LF_BYLINE) && l->nwords <= 2) {
      size_t j;
      n_auth += byline_block(pg, f, i, item, gst, &j);
      i = j > i ? j - 1 : i;
      continue;
    }
    if ((n = dg_pub_names_affiliations_line(pg, f, i, item, gst)) >= 2) {
      n_auth += n;
      continue;
    }
    if (!dg_pub_name_line(pg, i, 0) && dg_pub_author_affil_line(pg, f, i, item, &n)) {
      n_auth += n;
      continue;
    }
    if (dg_pub_name_line(pg, i, dg_page_next(pg, i) != DG_NO_LINE && dg_orgs_line(pg, dg_page_next(pg, i)))) {
      size_t nx = i + 1;
      n = dg_pub_add_names_except(pg, l->content, l->end - l->content, item, DG_P_AUTHOR, DG_PS_BYLINE,
                           "author-block", ids, 256, gst);
      n_auth += n;
      /* "Daria Velikova / GIPRA University, Moscow": the next line is the
       * authors' affiliation; "A¹; B²" over "¹ Org    ² Org": each its own */
      if (n && n <= 256 && dg_name_footnote_len(pg->text + l->content, l->end - l->content))
        dg_pub_footnote_affiliations(pg, f, i, ids, n);
      else if (nx < pg->n_lines && !(pg->lines[nx].flags & DG_LF_BLANK) && dg_orgs_line(pg, nx))
        dg_pub_affiliate_line(pg, f, nx, ids, n < 256 ? n : 256, "author-block-affiliation");
    }
  }
  /* "Authors" over "Name – Organization" lines after the text: the
   * authors again, with their affiliations */
  for (i = pg->header_end; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    size_t j;
    if (l->zone != DG_ZONE_BODY || !(l->flags & DG_LF_BYLINE) || l->nwords > 2 ||
        (l->flags & DG_LF_PROSE))
      continue;
    n_auth += byline_block(pg, f, i, item, gst, &j);
    i = j > i ? j - 1 : i;
  }
  return n_auth;
}

/* When the header names no author: a byline after the body, section
 * authors, a "Contributors:" line, the page's own citation, a podcast's
 * host, a bio line after the text, each only while none was found.
 * Returns how many authors. */
static size_t fallback_authors(dg_page *pg, dg_facts *f, const dg_pageinfo *info, size_t item)
{
  size_t i, n_auth = 0;
  for (i = pg->header_end; i < pg->footer_start; i++) {
    size_t bs, bl;
    dg_prop prop;
    const dg_line *l = &pg->lines[i];
    if (l->zone != DG_ZONE_BODY || !(l->flags & DG_LF_BYLINE) || (l->flags & DG_LF_PROSE))
      continue;
    if (dg_pub_byline(pg, i, &bs, &bl, &prop)) {
      size_t n = dg_pub_add_names(pg, bs, bl, item, prop, DG_PS_BYLINE, "byline-after-body", NULL, 0);
      /* an editor found there is no author: the authors may follow */
      if (prop == DG_P_AUTHOR)
        n_auth += n;
    }
  }
  /* "NAME: Section heading" over each author's section; short takes by
   * several experts are commentary */
  if (n_auth == 0 && (n_auth = dg_pub_section_authors(pg, item)) >= 2 &&
      info->pub_class == DG_CLASS_ARTICLE)
    dg_facts_set_class(f, item, DG_CLASS_COMMENTARY);
  /* "Contributors: A, B, C" in the credits of a report */
  if (n_auth == 0)
    n_auth += dg_pub_contributors_line(pg, item);
  /* "Cite as: NAME and NAME, “TITLE,” ..." */
  if (n_auth == 0)
    n_auth += dg_pub_own_citation(pg, info, item);
  /* "She joins Sea Lanes host Ann Vale": a podcast's host */
  if (n_auth == 0) {
    dg_span hs[4];
    size_t nh = dg_pub_podcast_hosts(pg, hs, 4), k;
    for (k = 0; k < nh; k++)
      n_auth += dg_pub_add_names(pg, hs[k].start, hs[k].len, item, DG_P_AUTHOR, DG_PS_BYLINE,
                          "podcast-host", NULL, 0);
  }
  /* "Kenji Tanaka is a research fellow at ...": a site that gives the
   * author only in a line of bio after the text */
  if (n_auth == 0)
    n_auth += author_bio_after_body(pg, f, item);
  return n_auth;
}

/* The main item's date, publisher and DOI. */
static void main_item_fields(dg_page *pg, const dg_pageinfo *info, dg_facts *f, size_t item)
{
  size_t i, pub_org, pub_span = 0, dline = DG_NO_LINE;
  dg_date d;
  if (dg_pub_pub_date(pg, info, &d, &dline)) {
    char lex[11];
    dg_datatype dt = dg_date_format(&d, lex);
    dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, dt,
                         dg_span_at(pg->lines[dline].content + d.start, d.len), "publication-date");
  }
  pub_org = dg_pub_publisher(pg, info, &pub_span);
  if (pub_org != (size_t)-1) {
    dg_span sp = dg_orgs_span(pg->orgs, pub_org);
    size_t e;
    if (pub_span)
      sp.start = pub_span, sp.len = pg->lines[dg_page_line_at(pg, pub_span)].end - pub_span;
    e = dg_orgs_entity(pg->orgs, f, pub_org, sp, "publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, e, sp, "publisher");
  }
  for (i = 0; i < pg->n_lines; i++) {
    size_t n, a, b;
    const char *s = dg_page_line_text(pg, i, &n);
    if (pg->lines[i].zone == DG_ZONE_LISTING)
      continue;
    if (find_doi(s, n, &a, &b)) {
      char *doi = xstrndup(s + a, b - a);
      dg_facts_add_literal(f, item, DG_P_DOI, doi, DG_DT_STRING,
                           dg_span_at(pg->lines[i].content + a, b - a), "doi");
      free(doi);
      break;
    }
  }
}

void dg_extract_publication(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t item, i, n_auth;
  dg_pub_guests gst;
  if (!info->title.text)
    return;
  item = dg_facts_entity(f, DG_KIND_PUBLICATION, info->title.text, info->title.text,
                         info->title.span, "main-publication");
  info->main_pub = item;
  dg_facts_set_class(f, item, info->pub_class ? info->pub_class : DG_CLASS_ARTICLE);
  dg_facts_add_literal(f, item, DG_P_TITLE, info->title.text, DG_DT_STRING, info->title.span,
                       info->title.line2 != DG_NO_LINE ? "two-line-heading" : "title-heading");
  dg_facts_add_ref(f, pg->doc, DG_P_DESCRIBES, item, info->title.span, "main-item");

  dg_pub_find_guests(pg, &gst);
  n_auth = header_authors(pg, f, info, item, &gst);
  /* "Maritime Risk Unit, Center for Estuary Studies" above "Author: X": the
   * header names the unit the item comes from, and its authors work
   * there */
  if (n_auth)
    header_unit_affiliations(pg, f, info);
  else
    fallback_authors(pg, f, info, item);
  dg_pub_prose_editors(pg, item);
  main_item_fields(pg, info, f, item);
  for (i = 0; i < gst.n; i++)
    free(gst.keys[i]);
}

/* ---------------------------------------------------------------- presented item */

/* "Compiled and written by A, B and C (Harbor Unit)", "Prepared by ...",
 * "By ...": the credit line of an item, in line i. Sets the names'
 * span [*a, *a + *n) and the parentheses after them [*pa, *pa + *pn)
 * (*pn 0 when none) and *prop. Returns 1 if line i is one. */
static int credit_line(const dg_page *pg, size_t i, size_t *a, size_t *n, size_t *pa, size_t *pn,
                       dg_prop *prop)
{
  size_t len, k, e;
  const char *s = dg_page_line_text(pg, i, &len);
  size_t by = dg_find_ci(s, len < 60 ? len : 60, 0, "by ", 1);
  if (by >= (len < 60 ? len : 60) || by + 3 >= len)
    return 0;
  /* the words before "by" are a verb phrase: lower case after the first */
  for (k = 1; k < by; k++)
    if (dg_is_upper((unsigned char)s[k]) || dg_is_digit((unsigned char)s[k]))
      return 0;
  *prop = by >= 7 && dg_find_ci(s, by, 0, "edited", 1) < by ? DG_P_EDITOR : DG_P_AUTHOR;
  e = len;
  *pn = 0;
  while (e > by && s[e - 1] == ' ')
    e--;
  if (e > by && s[e - 1] == ')') {
    const char *open = memchr(s + by, '(', e - by);
    if (open) {
      *pa = pg->lines[i].content + (size_t)(open - s) + 1;
      *pn = (size_t)(s + e - 1 - open - 1);
      e = (size_t)(open - s);
    }
  }
  *a = pg->lines[i].content + by + 3;
  *n = e > by + 3 ? e - by - 3 : 0;
  return *n > 0;
}

/* "Bergen University Press, 2031": a line that opens with an
 * organization's name and ends with a date or a year, the imprint of an
 * item. Sets *d (month and day 0 for a year) relative to the line. */
static int imprint_line(const dg_page *pg, size_t j, dg_date *d)
{
  const dg_line *l = &pg->lines[j];
  size_t m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content), ol;
  int yo;
  if (m == DG_NO_ORG || dg_orgs_mention(pg->orgs, m)->start != l->content)
    return 0;
  ol = dg_orgs_mention(pg->orgs, m)->len;
  if (!dg_pub_date_after_org(pg->text + l->content + ol, l->end - l->content - ol, d, &yo))
    return 0;
  d->start += ol; /* dg_pub_date_after_org() counts from after the name */
  if (yo)
    d->month = d->day = 0;
  return 1;
}

/* The genre an "About the ..." heading names, or NONE. */
static dg_class about_heading(const dg_page *pg, size_t i)
{
  static const struct {
    const char *h;
    dg_class cls;
  } heads[] = {
    {"about the report", DG_CLASS_REPORT}, {"about the study", DG_CLASS_REPORT},
    {"about the paper", DG_CLASS_REPORT}, {"about the book", DG_CLASS_BOOK},
    {"about the publication", DG_CLASS_REPORT}, {"about this report", DG_CLASS_REPORT},
    {"about this book", DG_CLASS_BOOK},
  };
  size_t n, k;
  const char *s = dg_page_line_text(pg, i, &n);
  while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
    n--;
  for (k = 0; k < DG_COUNT(heads); k++)
    if (strlen(heads[k].h) == n && strncasecmp(heads[k].h, s, n) == 0)
      return heads[k].cls;
  return DG_CLASS_NONE;
}

/* The item of an "About the report" section under an event's recap:
 * the publication the page presents (its primary item), with the title
 * of line t, the credit of line `credit` and the date `d` of line
 * `dline`. The organization in parentheses after the credit's names is
 * the unit the authors write for, and publishes the item; else the
 * site's organization does. */
static void presented_item(dg_page *pg, dg_pageinfo *info, dg_facts *f, dg_class cls, size_t t,
                           size_t credit, const dg_date *d, size_t dline, size_t imprint)
{
  size_t a, an, pa, pn, item, ids[64], nid, org = (size_t)-1, m;
  dg_prop prop;
  char *title = dg_title_clean(pg->text + pg->lines[t].content,
                               pg->lines[t].end - pg->lines[t].content);
  dg_span sp = dg_span_at(pg->lines[t].content, pg->lines[t].end - pg->lines[t].content);
  char lex[11];
  dg_datatype dt;
  item = dg_facts_entity(f, DG_KIND_PUBLICATION, title, title, sp, "presented-publication");
  info->main_pub = item;
  dg_facts_set_class(f, item, cls);
  dg_facts_add_literal(f, item, DG_P_TITLE, title, DG_DT_STRING, sp, "presented-publication-title");
  dg_facts_add_ref(f, pg->doc, DG_P_DESCRIBES, item, sp, "presented-publication");
  free(title);
  credit_line(pg, credit, &a, &an, &pa, &pn, &prop);
  nid = dg_pub_add_names(pg, a, an, item, prop, DG_PS_BYLINE, "presented-publication-author", ids, 64);
  if (pn && (m = dg_orgs_first_in(pg->orgs, pa, pn)) != DG_NO_ORG) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    size_t k;
    org = dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, "presented-publication-publisher");
    for (k = 0; k < nid && k < 64; k++)
      dg_people_affiliate(pg->people, ids[k], org, dg_span_at(om->start, om->len),
                          "presented-publication-affiliation");
  } else if (imprint != DG_NO_LINE &&
             (m = dg_orgs_first_in(pg->orgs, pg->lines[imprint].content,
                                   pg->lines[imprint].end - pg->lines[imprint].content)) !=
                 DG_NO_ORG) {
    /* "Bergen University Press, 2031" under the title */
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    org = dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, "presented-publication-publisher");
  } else if (info->site_org != (size_t)-1) {
    dg_span os = dg_orgs_span(pg->orgs, info->site_org);
    org = dg_orgs_entity(pg->orgs, f, info->site_org, os, "presented-publication-publisher");
    dg_facts_add_ref(f, item, DG_P_PUBLISHER, org, os, "presented-publication-publisher");
  }
  dt = dg_date_format(d, lex);
  dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, dt,
                       dg_span_at(pg->lines[dline].content + d->start, d->len),
                       "presented-publication-date");
}

void dg_extract_presented_publication(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i;
  for (i = pg->header_end; i < pg->footer_start; i++) {
    dg_class cls;
    size_t t, j, credit = DG_NO_LINE, dline = DG_NO_LINE, n, imprint = DG_NO_LINE;
    size_t a, an, pa = 0, pn = 0;
    dg_prop prop;
    dg_date d;
    const char *s;
    if ((pg->lines[i].flags & (DG_LF_BLANK | DG_LF_PROSE)) || pg->lines[i].nwords > 4 ||
        (cls = about_heading(pg, i)) == DG_CLASS_NONE)
      continue;
    t = dg_page_next(pg, i);
    if (t == DG_NO_LINE || t >= pg->footer_start)
      return;
    s = dg_page_line_text(pg, t, &n);
    if ((pg->lines[t].flags & (DG_LF_PROSE | DG_LF_DATE | DG_LF_BYLINE)) ||
        !dg_title_text_like(s, n))
      return;
    /* the credit and the date in the lines of the same block */
    for (j = t + 1; j < pg->footer_start && j < t + 5 && !(pg->lines[j].flags & DG_LF_BLANK);
         j++) {
      if (credit == DG_NO_LINE && credit_line(pg, j, &a, &an, &pa, &pn, &prop))
        credit = j;
      else if (dline == DG_NO_LINE && dg_pub_find_date(pg, j, &d))
        dline = j;
      else if (dline == DG_NO_LINE && imprint_line(pg, j, &d))
        dline = imprint = j;
    }
    /* "by NAME (Bergen University Press, 2031)": the year in the credit */
    if (dline == DG_NO_LINE && credit != DG_NO_LINE && pn >= 4 &&
        dg_year_find(pg->text + pa, pn, &d)) {
      d.start += pa - pg->lines[credit].content;
      dline = credit;
    }
    if (credit != DG_NO_LINE && dline != DG_NO_LINE)
      presented_item(pg, info, f, cls, t, credit, &d, dline, imprint);
    return;
  }
}
