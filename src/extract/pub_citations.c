/* pub_citations.c - items named by a citation: the page's own ("Cite
 * as: ...") and those a list cites, in APA-like and quoted-title forms;
 * and the entity of any item the page names but does not present. */
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

/* The entity of a listed item titled t. A title that folds to the page's
 * own title is the page's item again, unless the record prints a year:
 * then it is another work of the same title (a paper's journal version,
 * this year's strategy), keyed with its year so that its IRI differs
 * (SPEC section 2). Returns (size_t)-1 for the page's own item. */
size_t dg_pub_listed_entity(const dg_page *pg, dg_facts *f, dg_pageinfo *info,
                            const char *t, dg_span sp, const dg_date *d)
{
  if (info->title.text) {
    char *a = dg_text_key(t, strlen(t));
    int same;
    /* the title's key, once per page (each listed item compares with it) */
    if (!info->title.key)
      info->title.key = dg_text_key(info->title.text, strlen(info->title.text));
    same = strcmp(a, info->title.key) == 0;
    free(a);
    if (same) {
      char *key;
      size_t item;
      dg_date md;
      size_t ml;
      if (!d || !d->year || (dg_pub_pub_date(pg, info, &md, &ml) && md.year == d->year))
        return (size_t)-1;
      key = xasprintf("%s %d", t, d->year);
      item = dg_facts_entity(f, DG_KIND_PUBLICATION, key, t, sp, "listed-item-same-title");
      free(key);
      return item;
    }
  }
  return dg_facts_entity(f, DG_KIND_PUBLICATION, t, t, sp, "listed-item");
}

/* ---------------------------------------------------------------- citations */

/* 1 if the curly quote E2 80 `last` (9C opening, 9D closing) is at s[i]
 * of s[0..n): dg_at() without the call, as citations are read byte by
 * byte. */
static int curly_at(const char *s, size_t n, size_t i, unsigned char last)
{
  return i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
         (unsigned char)s[i + 2] == last;
}

/* The quoted title of a citation in s[0..n): after a straight, curly or
 * French (guillemet) opening quote at a word's start, up to its closing quote; two words or
 * more. Sets [*a, *b) to the text inside and *after past the closing
 * quote. Returns 1 if found. */
/* 1 if a guillemet (C2 `last`: AB opening, BB closing) is at s[i]. */
static int guillemet_at(const char *s, size_t n, size_t i, unsigned char last)
{
  return i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == last;
}

int dg_pub_quoted_title(const char *s, size_t n, size_t *a, size_t *b, size_t *after)
{
  size_t i, j;
  for (i = 0; i + 3 < n; i++) {
    size_t ql = s[i] == '"' ? 1 : curly_at(s, n, i, 0x9C) ? 3 : guillemet_at(s, n, i, 0xAB) ? 2 : 0;
    int guil = ql == 2;
    if (!ql || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '('))
      continue;
    /* "\u00AB Titre \u00BB": French quotes hold a space inside */
    if (guil && i + ql < n && s[i + ql] == ' ')
      ql++;
    /* a title is short: an unclosed quote does not send every opening
     * quote of a long line to its end */
    for (j = i + ql; j < n && j < i + ql + 400; j++)
      if (guil ? guillemet_at(s, n, j, 0xBB) : (s[j] == '"' || curly_at(s, n, j, 0x9D)))
        break;
    if (j >= n || j >= i + ql + 400 || !memchr(s + i + ql, ' ', j - i - ql) || j - i - ql < 4)
      return 0;
    *a = i + ql;
    *after = j + (guil ? 2 : s[j] == '"' ? 1 : 3);
    while (j > *a && s[j - 1] == ' ')
      j--;
    *b = j;
    return 1;
  }
  return 0;
}

/* 1 if s[0..n) is one capitalised word: a surname written first. */
static int surname_part(const char *s, size_t n)
{
  return n >= 2 && !memchr(s, ' ', n) && dg_cap_byte_at(s, n, 0) && s[n - 1] != '.';
}

/* 1 if s[0..n) holds only given names and initials ("Helen", "Tomas K.",
 * "H. M."), one of them an initial or a known given name: the second
 * half of a name written surname first. */
static int given_part(const dg_gazetteer *gz, const char *s, size_t n)
{
  size_t i = 0, words = 0;
  int known = 0;
  while (i < n) {
    size_t e = i;
    while (e < n && s[e] != ' ')
      e++;
    if (!dg_cap_byte_at(s, n, i) || ++words > 3)
      return 0;
    if ((e - i <= 2 && s[e - 1] == '.') || (e - i == 4 && s[i + 1] == '.' && s[e - 1] == '.') ||
        dg_gazetteer_given_name(gz, s + i, e - i))
      known = 1;
    i = e;
    while (i < n && s[i] == ' ')
      i++;
  }
  return words > 0 && known;
}

/* "Marsh, Helen" (parts p and g of s): a name written surname first.
 * Adds "Helen Marsh" (the written form kept) as the author of `item`. */
static void inverted_name(dg_page *pg, size_t base, const char *s, dg_part p, dg_part g,
                          size_t item, const char *rule)
{
  char *buf = xasprintf("%.*s %.*s", (int)g.len, s + g.start, (int)p.len, s + p.start);
  size_t e = g.start + g.len, id;
  dg_name nm;
  dg_name_init(&nm);
  if (dg_name_parse(pg->gz, buf, strlen(buf), DG_NAME_SHAPE, &nm) && nm.words >= 2) {
    free(nm.written);
    nm.written = xstrndup(s + p.start, e - p.start);
    id = dg_people_add(pg->people, &nm, dg_span_at(base + p.start, e - p.start), DG_PS_CITATION,
                       rule);
    dg_people_relate(pg->people, item, DG_P_AUTHOR, id, dg_span_at(base + p.start, e - p.start),
                     rule);
  }
  dg_name_release(&nm);
  free(buf);
}

/* The authors of a citation, s[0..n) at page offset base, in any of the
 * usual orders: "Helen Marsh and Tomas Berg", "Marsh, Helen & Berg,
 * Tomas K.", "Marsh, H., & Berg, T. K." and "Marsh, Helen, Tomas Berg, and
 * Lena Krause" (the first name written surname first). A one-word part
 * followed by given names or initials is one name, surname first. */
static void cite_authors(dg_page *pg, size_t base, const char *s, size_t n, size_t item,
                         const char *rule)
{
  dg_part parts[64];
  size_t np = dg_name_split(s, n, parts, 64), k;
  if (np > 64)
    np = 64;
  for (k = 0; k < np; k++) {
    if (k + 1 < np && surname_part(s + parts[k].start, parts[k].len) &&
        given_part(pg->gz, s + parts[k + 1].start, parts[k + 1].len)) {
      inverted_name(pg, base, s, parts[k], parts[k + 1], item, rule);
      k++;
      continue;
    }
    dg_pub_add_names(pg, base + parts[k].start, parts[k].len, item, DG_P_AUTHOR, DG_PS_CITATION, rule,
              NULL, 0);
  }
}

/* A publisher the gazetteer knows, named alone in a citation's field
 * after the venue ("..., Journal of Harbor Economics, Gull Press, vol.
 * 3"), where the organization scan reads it as part of the venue: adds
 * its mention. Returns 1 if it is one. */
static int known_publisher(dg_page *pg, size_t start, size_t len)
{
  char *form;
  long v;
  int ok = 0;
  if (len > 80)
    return 0;
  form = xstrndup(pg->text + start, len);
  if (dg_matcher_lookup(dg_gazetteer_orgs(pg->gz), form, &v) && v >= 0 &&
      dg_gazetteer_org(pg->gz, (size_t)v) &&
      dg_gazetteer_org(pg->gz, (size_t)v)->kind == DG_ORG_PUBLISHER) {
    dg_orgs_add_name(pg->orgs, pg, start, len);
    ok = 1;
  }
  free(form);
  return ok;
}

/* "vol. 12(C)", "No. 3", "pp. 7–15", "9:2": a field of a journal
 * citation after the venue. */
static int journal_field(const char *s, size_t n)
{
  return dg_has_word(s, n, "vol") || dg_has_word(s, n, "no") || dg_has_word(s, n, "pp") ||
         dg_has_word(s, n, "issue") || dg_has_word(s, n, "volume") || dg_pub_journal_citation(s, n);
}

/* Where the authors of a citation end, before its quoted title (the
 * text inside the quotes starts at s[a]) and the year: "Marsh, Helen,
 * 2031. \"", "Helen Marsh and Tomas Berg, “". Sets *d and *have when a year
 * is there. */
static size_t cite_authors_end(const char *s, size_t a, dg_date *d, int *have)
{
  size_t e = a >= 3 && dg_at(s, a, a - 3, "\xE2\x80\x9C") ? a - 3 : a > 0 ? a - 1 : 0;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '.' || s[e - 1] == ')'))
    e--;
  if (e >= 4 && dg_year_find(s + e - 4, 4, d)) {
    *have = 1;
    e -= 4;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '('))
      e--;
  }
  return e;
}

/* "Cite as: Helen Marsh and Tomas Berg, “Harbor Relations: TITLE,” ...",
 * "Suggested citation: ...": the page's own item cited; when the header
 * names no author, the citation does. The quoted title must hold the
 * page's title. Returns how many authors were added to `item`. */
size_t dg_pub_own_citation(dg_page *pg, const dg_pageinfo *info, size_t item)
{
  static const char *const cues[] = {"cite as:", "suggested citation:", "citation:",
                                     "how to cite this article:", "to cite this article:"};
  size_t i, k;
  char *key;
  if (!info->title.text)
    return 0;
  key = dg_text_key(info->title.text, strlen(info->title.text));
  for (i = 0; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, a, b, after, e;
    dg_date d;
    int have = 0;
    if (l->zone == DG_ZONE_LISTING || n > 1000)
      continue;
    for (k = 0; k < DG_COUNT(cues); k++)
      if (n > strlen(cues[k]) && strncasecmp(s, cues[k], strlen(cues[k])) == 0)
        break;
    if (k == DG_COUNT(cues) || !dg_pub_quoted_title(s, n, &a, &b, &after))
      continue;
    {
      char *qk = dg_text_key(s + a, b - a);
      int same = *key && strstr(qk, key) != NULL;
      free(qk);
      if (!same)
        continue;
    }
    e = cite_authors_end(s, a, &d, &have);
    a = strlen(cues[k]);
    while (a < e && s[a] == ' ')
      a++;
    if (e > a) {
      size_t before = dg_people_n_mentions(pg->people);
      cite_authors(pg, l->content + a, s + a, e - a, item, "own-citation-author");
      free(key);
      return dg_people_n_mentions(pg->people) - before;
    }
  }
  free(key);
  return 0;
}

/* "Marsh, H., & Berg, T. (2031). Ports and the northern powers. Journal
 * of Harbor Economics, 12(3), 7-15.": the authors, the year in
 * parentheses, the title as a sentence, the venue. Sets the title
 * [*a, *b), *after past its full stop, the authors' end *e and the year
 * *d. Returns 1 if s[0..n) reads so. */
static int apa_title(const char *s, size_t n, size_t *a, size_t *b, size_t *after, size_t *e,
                     dg_date *d)
{
  size_t p, k, words = 1;
  for (p = 1; p + 8 < n && p < 400; p++)
    if (s[p] == '(' && s[p - 1] == ' ' && dg_year_find(s + p + 1, 4, d) && d->start == 0 &&
        (s[p + 5] == ')' || s[p + 5] == ','))
      break;
  if (p + 8 >= n || p >= 400)
    return 0;
  k = p + 5;
  while (k < n && s[k] != ')' && k < p + 40)
    k++;
  if (k + 3 >= n || s[k] != ')' || s[k + 1] != '.' || s[k + 2] != ' ')
    return 0;
  *e = p;
  while (*e > 0 && s[*e - 1] == ' ')
    (*e)--;
  *a = k + 3;
  /* the title ends at the first full stop (or question mark) and space */
  for (k = *a; k + 1 < n && k < *a + 300; k++) {
    if (s[k] == ' ')
      words++;
    if ((s[k] == '.' || s[k] == '?' || s[k] == '!') && s[k + 1] == ' ' && k > *a + 2 &&
        dg_is_alpha((unsigned char)s[k - 1]) && !(k >= *a + 2 && s[k - 2] == ' '))
      break;
  }
  if (k + 1 >= n || k >= *a + 300 || words < 2 || !dg_cap_byte_at(s, n, *a))
    return 0;
  *b = s[k] == '.' ? k : k + 1; /* a question mark belongs to the title */
  *after = k + 1;
  return 1;
}

/* A citation line under a list heading ("Published Versions", "Cited
 * By"): 'Marsh, Helen & Berg, Tomas K., 2031. "Title," Journal of Harbor
 * Economics, Gull Press, vol. 12(C).' or 'Helen Marsh and Tomas Berg,
 * “Title,” Harbor Connections, Vol. 4, No. 3, June 2030, pp. 7–15.'
 * The title in quotes; before it the authors and the year; after it the
 * venue (a journal venue, or volume and page fields, make a journal
 * article), the publisher (an organization) and the most specific date.
 * Returns 1 if line i is one. */
int dg_pub_cite_record(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t i,
                       const dg_pub_rec_opts *o)
{
  const dg_line *l = &pg->lines[i];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, a, b, after, e, k, item, pub = DG_NO_ORG, venue = 0;
  dg_date d, x;
  int have = 0, year_only = 1, journal = 0;
  char *t;
  dg_span sp;
  if (n > 1000)
    return 0;
  if (dg_pub_quoted_title(s, n, &a, &b, &after))
    e = cite_authors_end(s, a, &d, &have);
  else if (apa_title(s, n, &a, &b, &after, &e, &d))
    have = 1;
  else
    return 0;
  /* the venue and what follows it, field by field */
  for (k = after; k < n;) {
    size_t fe = k, fs;
    while (k < n && (s[k] == ',' || s[k] == ' ' || s[k] == '.'))
      k++;
    fs = k;
    fe = k;
    while (fe < n && !(s[fe] == ',' && fe + 1 < n && s[fe + 1] == ' '))
      fe++;
    while (fe > fs && (s[fe - 1] == '.' || s[fe - 1] == ' '))
      fe--;
    if (fe > fs) {
      size_t m = dg_orgs_first_in(pg->orgs, l->content + fs, fe - fs);
      if (journal_field(s + fs, fe - fs))
        journal = 1;
      else if (dg_date_find(s + fs, fe - fs, &x) && x.month) {
        d = x;
        have = 1;
        year_only = 0;
      } else if (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start == l->content + fs) {
        if (pub == DG_NO_ORG)
          pub = m;
      } else if (venue && pub == DG_NO_ORG && known_publisher(pg, l->content + fs, fe - fs)) {
        pub = dg_orgs_first_in(pg->orgs, l->content + fs, fe - fs);
      } else if (!venue && fs == k && dg_is_upper((unsigned char)s[fs])) {
        venue = 1;
        journal |= dg_pub_journal_venue(s + fs, fe - fs);
      } else if (!have && fe - fs == 4 && dg_year_find(s + fs, 4, &x)) {
        d = x;
        have = 1;
      }
    }
    k = fe < n ? fe + 1 : n;
  }
  if (!venue && pub == DG_NO_ORG)
    return 0;
  t = dg_title_clean(s + a, b - a);
  {
    size_t tl = strlen(t);
    while (tl > 0 && (t[tl - 1] == ',' || t[tl - 1] == '.'))
      t[--tl] = '\0';
  }
  sp = dg_span_at(l->content + a, b - a);
  item = dg_pub_listed_entity(pg, f, info, t, sp, have ? &d : NULL);
  if (item == (size_t)-1) {
    free(t);
    return 1; /* the page's own item, cited */
  }
  /* a listing that read the same line as a record knows its class from
   * its label or heading; a citation's shape says only journal or not */
  if (journal || dg_facts_get_entity(f, item)->cls == DG_CLASS_NONE)
    dg_facts_set_class(f, item, journal ? DG_CLASS_JOURNAL_ARTICLE : DG_CLASS_REPORT);
  dg_facts_add_literal(f, item, DG_P_TITLE, t, DG_DT_STRING, sp, "cited-item-title");
  dg_facts_add_ref(f, pg->doc, DG_P_LISTS, item, sp, "cited-item");
  if (info->main_pub != (size_t)-1)
    dg_facts_add_ref(f, info->main_pub, DG_P_RELATED_TO, item, sp, "cited-item");
  if (have) {
    char lex[11];
    dg_datatype dt;
    if (year_only)
      d.month = d.day = 0;
    dt = dg_date_format(&d, lex);
    dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, dt, sp, "cited-item-date");
  }
  if (pub != DG_NO_ORG) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, pub);
    dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, "cited-item-publisher");
  }
  if (e > 0)
    cite_authors(pg, l->content, s, e, item, "cited-item-author");
  else if (o->subject_len) /* a person's list of works */
    dg_pub_add_names(pg, o->subject, o->subject_len, item, DG_P_AUTHOR, DG_PS_BIO, "listed-work-author",
              NULL, 0);
  free(t);
  return 1;
}
