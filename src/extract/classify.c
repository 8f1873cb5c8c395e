/* classify.c - what a page is about: a publication, an event, or both, and
 * the class of each from the page's own cues.
 *
 * Cues are weighed, not trusted one by one: a role heading ("Speakers",
 * "Moderator") and a date with a clock time make an event page; a byline,
 * "Abstract", "Download PDF", a DOI make a publication page. The class
 * comes first from a genre label near the title ("Cyberdefense Report",
 * "EXPLAINER", a "Reports" breadcrumb), then from the text's words about
 * itself ("This essay examines"), then from the shape of a journal page. */
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
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/orgs.h"

void dg_pageinfo_release(dg_pageinfo *info)
{
  if (!info)
    return;
  dg_title_release(&info->title);
}

/* The words the page-wide cue loops below look for are the first of
 * dg_page_init()'s line words (DG_LINE_WORDS in page.h), found for every
 * line in one pass there. */
#define PW(id) DG_LW(id)

/* What a page's lines say, computed once per page. */
typedef struct cues {
  uint64_t *words; /* per line: PW bits of its start (line_text) */
} cues;

#define ANY(c, i, bits) (((c)->words[i] & (bits)) != 0)

static dg_class event_word_in(const char *s, size_t len);

/* Book formats: "Hardcover | ISBN ... | 320 pages". */
static const char *const format_words[] = {"hardcover", "paperback", "hardback", "e-book",
                                           "ebook", "cloth", "clothbound", "isbn"};

/* The phrases of held_online(). */
static const char *const online_words[] = {
  "launched online", "held online", "took place online", "online audience", "held virtually",
  "streamed live", "via webex", "via microsoft teams", "en visioconf\xC3\xA9rence"};

/* The word lists above and the lexicon's genre, event genre and crumb
 * words as word sets, each looked for in one pass over a text where
 * asking word by word scanned it once per word. Built once for the
 * process (the lists are constant), read-only afterwards, so every thread
 * of a map shares them. */
static struct {
  const dg_lex *pub, *event; /* DG_LEX_GENRE, DG_LEX_EVENT_GENRE */
  dg_wordset pub_set, format_set, event_set, online_set, crumb_set, post_set;
} sets;

static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

static void sets_init(void)
{
  const dg_lex *crumb = dg_lexicon(DG_LEX_EVENT_CRUMB);
  sets.pub = dg_lexicon(DG_LEX_GENRE);
  sets.event = dg_lexicon(DG_LEX_EVENT_GENRE);
  dg_wordset_init(&sets.pub_set, sets.pub->words, sets.pub->n);
  dg_wordset_init(&sets.format_set, format_words, DG_COUNT(format_words));
  dg_wordset_init(&sets.event_set, sets.event->words, sets.event->n);
  dg_wordset_init(&sets.online_set, online_words, DG_COUNT(online_words));
  dg_wordset_init(&sets.crumb_set, crumb->words, crumb->n);
  dg_wordset_init(&sets.post_set, dg_lexicon(DG_LEX_POST)->words, dg_lexicon(DG_LEX_POST)->n);
}

/* A class word in s[0..len), or NONE: the first genre word in list
 * order that dg_has_word() finds. */
static dg_class pub_word_in(const char *s, size_t len)
{
  uint64_t m;
  pthread_once(&sets_once, sets_init);
  m = dg_wordset_scan(&sets.pub_set, s, len);
  return m ? (dg_class)sets.pub->values[__builtin_ctzll(m)] : DG_CLASS_NONE;
}

dg_class dg_event_word_class(const char *s, size_t len) { return event_word_in(s, len); }

/* The first event genre word in list order that dg_has_word() finds in
 * s[0..len), or NONE. */
static dg_class event_word_in(const char *s, size_t len)
{
  uint64_t m;
  pthread_once(&sets_once, sets_init);
  m = dg_wordset_scan(&sets.event_set, s, len);
  return m ? (dg_class)sets.event->values[__builtin_ctzll(m)] : DG_CLASS_NONE;
}

/* The first event-type word in text order in s[0..len). */
static dg_class first_event_word(const char *s, size_t len)
{
  int k;
  pthread_once(&sets_once, sets_init);
  k = dg_wordset_first(&sets.event_set, s, len);
  return k < 0 ? DG_CLASS_NONE : (dg_class)sets.event->values[k];
}

/* The start of line i, at most DG_CUE_SCAN bytes: the page's cues. */
static const char *line_text(const dg_page *pg, size_t i, size_t *len)
{
  *len = pg->lines[i].end - pg->lines[i].content;
  if (*len > DG_CUE_SCAN)
    *len = DG_CUE_SCAN;
  return pg->text + pg->lines[i].content;
}

/* "This essay examines", "This volume, edited by", "the paper argues":
 * the text naming its own genre. */
static dg_class self_reference(const dg_page *pg)
{
  size_t i;
  static const char *const det[] = {"this ", "the present ", "our "};
  const dg_lex *genre = dg_lexicon(DG_LEX_GENRE);
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t len, k, d;
    const char *s;
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_FOOTER || l->zone == DG_ZONE_NAV ||
        !(l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT)))
      continue;
    s = line_text(pg, i, &len);
    for (k = 0; k + 6 < len; k++) {
      if (k > 0 && dg_is_alnum((unsigned char)s[k - 1]))
        continue;
      for (d = 0; d < DG_COUNT(det); d++) {
        size_t dl = strlen(det[d]), w;
        if (k + dl >= len || !dg_at_ci(s, len, k, det[d]))
          continue;
        for (w = 0; w < genre->n; w++) {
          size_t wl = genre->lens[w];
          if (k + dl + wl <= len && strncasecmp(s + k + dl, genre->words[w], wl) == 0 &&
              (k + dl + wl == len || !dg_is_alnum((unsigned char)s[k + dl + wl])))
            return (dg_class)genre->values[w];
        }
      }
    }
  }
  return DG_CLASS_NONE;
}

/* Cues of a journal article's landing page. */
static int journal_cues(const dg_page *pg, const cues *cu)
{
  size_t i, n = 0;
  const uint64_t bits = PW(PUBLISHED_ONLINE) | PW(ORIGINAL_ARTICLE) | PW(ORIGINAL_ARTICLES) |
                        PW(TO_CITE) | PW(JOURNAL) | PW(VOLUME) | PW(PAGES) | PW(ISSUE) |
                        PW(RECEIVED) | PW(ACCEPTED) | PW(PEER_REVIEW);
  for (i = 0; i < pg->n_lines; i++) {
    /* "in this issue", "the winter issue" in running text describe a
     * magazine as well; a journal prints these words as fields */
    if (pg->lines[i].zone == DG_ZONE_LISTING || pg->lines[i].zone == DG_ZONE_FOOTER ||
        (pg->lines[i].flags & DG_LF_PROSE))
      continue;
    n += (size_t)__builtin_popcountll(cu->words[i] & bits);
  }
  return (int)n;
}

/* What only a scholarly journal prints about an article: "Published
 * online", "Received"/"Accepted" dates, "Original Articles", "To cite this
 * article", peer review, an "Abstract" heading. A magazine or an e-journal
 * of commentary has volumes and issues too ("Published May 2022 in ...,
 * Volume 24, Issue 1"), so those fields alone do not make a journal
 * article. */
static int refereed(const dg_page *pg, const cues *cu)
{
  size_t i;
  const uint64_t bits = PW(PUBLISHED_ONLINE) | PW(ORIGINAL_ARTICLE) | PW(ORIGINAL_ARTICLES) |
                        PW(TO_CITE) | PW(RECEIVED) | PW(ACCEPTED) | PW(PEER_REVIEW);
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    if (l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_FOOTER || (l->flags & DG_LF_PROSE))
      continue;
    if ((cu->words[i] & bits) || ((l->flags & DG_LF_SECTION) && l->nwords == 1 &&
                                  (cu->words[i] & PW(ABSTRACT))))
      return 1;
  }
  return 0;
}

/* 1 if a book imprint (an organization whose name holds "Press",
 * "Books" or "Verlag") is named in lines [0, last). */
static int imprint_above(const dg_page *pg, size_t last)
{
  size_t end = pg->lines[last].end, m;
  for (m = dg_orgs_first_in(pg->orgs, 0, end); m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs);
       m++) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    if (om->start >= end)
      break;
    if (dg_lex_has_word(DG_LEX_IMPRINT, pg->text + om->start, om->len))
      return 1;
  }
  return 0;
}

/* "Hardcover | ISBN ... | 320 pages", "Cloth ISBN: ..." near the heading
 * of a page that names a press: a book's page. A think tank sells its
 * reports as paperbacks, with ISBNs, too, so the binding or the number
 * alone does not make a book. */
static int book_format(const dg_page *pg, const dg_pageinfo *info)
{
  size_t i, top = info->title.line != DG_NO_LINE ? info->title.line : 0;
  pthread_once(&sets_once, sets_init);
  for (i = top > 5 ? top - 5 : 0; i < pg->n_lines && i <= pg->header_end + 8; i++) {
    const dg_line *l = &pg->lines[i];
    size_t len;
    const char *s = line_text(pg, i, &len);
    if ((l->flags & (DG_LF_PROSE | DG_LF_BLANK)) || l->zone == DG_ZONE_LISTING ||
        l->zone == DG_ZONE_FOOTER || len > 300)
      continue;
    if (dg_wordset_scan(&sets.format_set, s, len))
      return imprint_above(pg, i);
  }
  return 0;
}

/* "Read the full piece at Meridian Policy Digest": an opinion piece
 * published elsewhere. */
static int external_piece(const dg_page *pg, const cues *cu)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++) {
    size_t len;
    const char *s;
    if (pg->lines[i].zone == DG_ZONE_LISTING)
      continue;
    if (ANY(cu, i, PW(FULL_PIECE) | PW(OP_ED) | PW(ORIG_APPEARED)))
      return 1;
    /* "... first published by Harbor Radio.": syndicated */
    s = line_text(pg, i, &len);
    if (ANY(cu, i, PW(FIRST)) && dg_find_ci(s, len, 0, "first published by", 1) < len)
      return 1;
  }
  return 0;
}

/* "Opinion – The text starts here", "Comment: ...": the body opens with
 * the genre as a kicker. */
static int opinion_kicker(const dg_page *pg)
{
  static const char *const kickers[] = {"opinion", "comment", "commentary", "op-ed",
                                        "analysis", "viewpoint"};
  size_t i, k;
  for (i = pg->header_end; i < pg->n_lines && i < pg->header_end + 4; i++) {
    size_t len;
    const char *s = line_text(pg, i, &len);
    if (!(pg->lines[i].flags & DG_LF_PROSE))
      continue;
    for (k = 0; k < DG_COUNT(kickers); k++) {
      size_t kl = strlen(kickers[k]);
      if (len > kl + 3 && strncasecmp(s, kickers[k], kl) == 0 &&
          (dg_at(s, len, kl, " \xE2\x80\x93 ") || dg_at(s, len, kl, " \xE2\x80\x94 ") ||
           dg_at(s, len, kl, ": ") || dg_at(s, len, kl, " - ")))
        return k == DG_COUNT(kickers) - 2 ? 0 : 1; /* an analysis kicker is no opinion */
    }
    break;
  }
  return 0;
}

/* The headings of a report's front matter. */
static const char *const report_headings[] = {"key findings", "main findings", "executive summary",
                                              "key recommendations", "summary of findings"};

/* What only a report carries: the headings of its front matter ("Key
 * findings", "Executive summary") or a download of ten pages or more
 * ("Download PDF (32 pages)"). A site that files its long papers under
 * a generic label ("Analysis", "Article") still gives them these. */
static int report_cues(const dg_page *pg)
{
  size_t i, k;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t len;
    const char *s;
    if (l->zone == DG_ZONE_FOOTER || l->zone == DG_ZONE_LISTING || (l->flags & DG_LF_BLANK))
      continue;
    s = line_text(pg, i, &len);
    if (l->nwords <= 4 && !(l->flags & DG_LF_END_PUNCT))
      for (k = 0; k < DG_COUNT(report_headings); k++) {
        size_t n = strlen(report_headings[k]);
        if (len >= n && strncasecmp(s, report_headings[k], n) == 0 &&
            (len == n || !dg_is_alnum((unsigned char)s[n])))
          return 1;
      }
    /* "PDF (32 pages)", "PDF, 48 pp." */
    if (l->nwords <= 12 && dg_find_ci(s, len, 0, "pdf", 1) < len) {
      size_t j;
      for (j = 0; j < len; j++)
        if (dg_is_digit((unsigned char)s[j]) && (j == 0 || !dg_is_digit((unsigned char)s[j - 1]))) {
          size_t e = j, pages = 0;
          while (e < len && dg_is_digit((unsigned char)s[e]) && pages < 100000)
            pages = pages * 10 + (size_t)(s[e++] - '0');
          while (e < len && s[e] == ' ')
            e++;
          if (pages >= 10 && (dg_at(s, len, e, "pages") || dg_at(s, len, e, "pp")))
            return 1;
        }
    }
  }
  return 0;
}

/* "Edited by ..." in the header: an edited volume, a think tank's Report
 * unless a label says otherwise. */
static int edited_volume(const dg_page *pg, const dg_pageinfo *info)
{
  size_t i;
  if (info->title.line == DG_NO_LINE)
    return 0;
  for (i = info->title.line + 1; i < pg->header_end && i < pg->n_lines; i++)
    if ((pg->lines[i].flags & DG_LF_BYLINE) && dg_page_line_starts(pg, i, "edited by"))
      return 1;
  return 0;
}

/* The length of the separator mark at s[i] (| · • › » > / tab, or a run
 * of two spaces), 0 if none; *crumb is set for the marks of a breadcrumb. */
static size_t sep_at(const char *s, size_t len, size_t i, int *crumb)
{
  unsigned char c = (unsigned char)s[i];
  if (c == '|' || c == '\t' || c == '/')
    return 1;
  if (c == '>') {
    *crumb = 1;
    return 1;
  }
  if (c == ' ' && i + 1 < len && s[i + 1] == ' ')
    return 2;
  if (c == 0xC2 && i + 1 < len && ((unsigned char)s[i + 1] == 0xB7 || (unsigned char)s[i + 1] == 0xBB)) {
    *crumb |= (unsigned char)s[i + 1] == 0xBB;
    return 2;
  }
  if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] == 0xBA || (unsigned char)s[i + 2] == 0xA2)) {
    *crumb |= (unsigned char)s[i + 2] == 0xBA;
    return 3;
  }
  /* ▸ */
  if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x96 && (unsigned char)s[i + 2] == 0xB8) {
    *crumb = 1;
    return 3;
  }
  return 0;
}

/* The class a label line gives, as `word_in` reads its items: the items
 * are the parts between sep_at() marks; a breadcrumb's last crumb
 * ("Home › Events › Book launch"), else the first short item that names
 * a class among at most three ("ESSAY · Winter 2031 Issue", "Workshop |
 * 12.03.2031"). A menu's line of many items names nothing. */
static dg_class label_items_class(const char *s, size_t len, dg_class (*word_in)(const char *, size_t))
{
  size_t j, start = 0, nseg = 0, seg[8][2];
  int crumb = 0;
  for (j = 0; j <= len && nseg < 8;) {
    size_t m = j < len ? sep_at(s, len, j, &crumb) : 1;
    if (m) {
      size_t a = start, b = j;
      while (a < b && s[a] == ' ')
        a++;
      while (b > a && s[b - 1] == ' ')
        b--;
      if (b > a) {
        seg[nseg][0] = a;
        seg[nseg++][1] = b;
      }
      j += m;
      start = j;
    } else
      j++;
  }
  if (nseg == 0 || nseg == 8)
    return DG_CLASS_NONE;
  for (j = crumb ? nseg - 1 : 0; j < nseg && (crumb || nseg <= 3); j++) {
    const char *t = s + seg[j][0];
    size_t n = seg[j][1] - seg[j][0], k, words = 1;
    dg_class c;
    for (k = 0; k < n; k++)
      words += t[k] == ' ';
    if (words <= 3 && (c = word_in(t, n)) != DG_CLASS_NONE)
      return c;
  }
  return DG_CLASS_NONE;
}

/* "Volume 26, Issue 2", "Vol. 24, No. 1": an issue of a periodical,
 * where "volume" names no edited volume. */
static int issue_designation(const char *s, size_t len)
{
  static const char *const w[] = {"volume ", "vol. ", "vol "};
  /* each starts with "vol": none is found before the first "vol" at a
   * word's start, and most lines have none (one scan instead of three) */
  size_t k, j, first = dg_find_ci(s, len, 0, "vol", 1);
  if (first == len)
    return 0;
  for (k = 0; k < DG_COUNT(w); k++)
    for (j = dg_find_ci(s, len, first, w[k], 1); j < len; j = dg_find_ci(s, len, j + 1, w[k], 1))
      if (j + strlen(w[k]) < len && dg_is_digit((unsigned char)s[j + strlen(w[k])]))
        return 1;
  return 0;
}

/* A genre label or breadcrumb near the heading ("Working Paper 26050",
 * "Publications › Reports"), or NONE. */
static dg_class label_class(const dg_page *pg, const dg_pageinfo *info)
{
  size_t i, top = info->title.line != DG_NO_LINE ? info->title.line : 0;
  dg_class c;
  for (i = 0; i < pg->n_lines && i <= top + 6; i++) {
    const dg_line *l = &pg->lines[i];
    size_t len;
    const char *s = line_text(pg, i, &len);
    if (i == info->title.line || i == info->title.line2 || (l->flags & DG_LF_BLANK))
      continue;
    /* "Publications › Reports", "ESSAY · Winter 2031 Issue": the
     * label among the items of a line */
    if (l->seps >= 1 && i <= top + 3) {
      if ((c = label_items_class(s, len, pub_word_in)) != DG_CLASS_NONE)
        return c;
      continue;
    }
    if ((i > top && l->nwords > 4) || issue_designation(s, len))
      continue;
    if (dg_title_label_line(pg, i) && (c = pub_word_in(s, len)) != DG_CLASS_NONE)
      return c;
  }
  return DG_CLASS_NONE;
}

static dg_class pub_class(const dg_page *pg, const dg_pageinfo *info, const cues *cu)
{
  size_t i, top = info->title.line != DG_NO_LINE ? info->title.line : 0;
  dg_class c = label_class(pg, info);
  /* a label that names a genre ("Working Paper") outweighs the fields a
   * journal shares with a paper series (volume, issue, DOI); the generic
   * "Articles" does not */
  if (c != DG_CLASS_NONE && c != DG_CLASS_ARTICLE)
    return c;
  if (book_format(pg, info))
    return DG_CLASS_BOOK;
  if (journal_cues(pg, cu) >= 3 && refereed(pg, cu))
    return DG_CLASS_JOURNAL_ARTICLE;
  /* a generic label ("Analysis") on a long paper with key findings,
   * unless the text names its own genre ("This essay examines") */
  if ((c == DG_CLASS_NONE || c == DG_CLASS_ARTICLE) && report_cues(pg)) {
    dg_class own = self_reference(pg);
    return own != DG_CLASS_NONE && own != DG_CLASS_ARTICLE ? own : DG_CLASS_REPORT;
  }
  if (c != DG_CLASS_NONE)
    return c;
  /* a series number ("No. 119", "Issue No. 7") makes a series paper */
  for (i = 0; i < pg->n_lines && i <= top + 4; i++)
    if (i != info->title.line && dg_title_label_line(pg, i) &&
        !(pg->lines[i].flags & DG_LF_ALLCAPS) && pg->lines[i].nwords >= 2) {
      size_t len, k;
      const char *s = line_text(pg, i, &len);
      /* within the line: the text runs on past it */
      if (issue_designation(s, len) || !memchr(s, ' ', len))
        continue;
      for (k = 0; k + 3 <= len; k++)
        if (dg_at(s, len, k, "No."))
          return DG_CLASS_REPORT;
    }
  /* a piece published first elsewhere calls itself "this article" */
  if (external_piece(pg, cu) || opinion_kicker(pg))
    return DG_CLASS_COMMENTARY;
  if ((c = self_reference(pg)) != DG_CLASS_NONE)
    return c;
  if (edited_volume(pg, info))
    return DG_CLASS_REPORT;
  return DG_CLASS_ARTICLE;
}

/* "launched online", "to an online audience", "held virtually": a recap
 * of an event that took place online. */
static int held_online(const dg_page *pg, size_t i)
{
  size_t len;
  const char *s = line_text(pg, i, &len);
  if (!(pg->lines[i].flags & (DG_LF_PROSE | DG_LF_END_PUNCT)))
    return 0;
  pthread_once(&sets_once, sets_init);
  return dg_wordset_scan(&sets.online_set, s, len) != 0;
}

/* The type a page's own label gives its event: "Workshop | 12.03.2021",
 * "BOOK LAUNCH · HYBRID", or the last crumb of "Home › Events › Book
 * launch", above the heading. The site files the page under the type; a
 * word inside the title may name a series ("... Security Dialogue"). A
 * label is a short item between separators: a menu's line of many items
 * counts only through a breadcrumb's last crumb. */
static dg_class label_event_class(const dg_page *pg, const dg_pageinfo *info)
{
  size_t i, top = info->title.line;
  if (top == DG_NO_LINE)
    return DG_CLASS_NONE;
  for (i = top > 8 ? top - 8 : 0; i < top; i++) {
    size_t len;
    const char *s;
    dg_class c;
    if ((pg->lines[i].flags & (DG_LF_BLANK | DG_LF_PROSE)) || pg->lines[i].nwords > 16)
      continue;
    s = line_text(pg, i, &len);
    if ((c = label_items_class(s, len, event_word_in)) != DG_CLASS_NONE)
      return c;
  }
  return DG_CLASS_NONE;
}

/* The class of an event: a type word in the title or the heading lines,
 * "online" programs are webinars, then the first type word of the text,
 * and a public discussion with speakers is a forum. */
static dg_class event_class(const dg_page *pg, const dg_pageinfo *info, const cues *cu)
{
  size_t i;
  dg_class c;
  /* a generic word in the title ("panel discussion") yields to "online" */
  if (info->title.text && (c = event_word_in(info->title.text, strlen(info->title.text))) &&
      !dg_has_word(info->title.text, strlen(info->title.text), "panel") &&
      !dg_has_word(info->title.text, strlen(info->title.text), "dialogue"))
    return c;
  if ((c = label_event_class(pg, info)) != DG_CLASS_NONE)
    return c;
  for (i = 0; i < pg->n_lines && (info->title.line == DG_NO_LINE || i < info->title.line); i++) {
    size_t len;
    const char *s = line_text(pg, i, &len);
    if (!(pg->lines[i].flags & (DG_LF_NAV | DG_LF_BLANK)) && (c = event_word_in(s, len)) &&
        c != DG_CLASS_FORUM)
      return c;
    if (!(pg->lines[i].flags & (DG_LF_NAV | DG_LF_BLANK)) && dg_has_word(s, len, "forum"))
      return DG_CLASS_FORUM;
  }
  for (i = 0; i < pg->n_lines; i++) {
    if (pg->lines[i].zone == DG_ZONE_FOOTER || pg->lines[i].zone == DG_ZONE_LISTING)
      continue;
    if (ANY(cu, i, PW(WEBINAR) | PW(ONLINE_PROGRAM) | PW(ONLINE_EVENT) | PW(ONLINE_PANEL) |
                       PW(ONLINE_DISCUSSION) | PW(VIRTUAL_EVENT) | PW(VIRTUAL_PANEL) |
                       PW(VIA_ZOOM) | PW(ONLINE_ONLY)))
      return DG_CLASS_WEBINAR;
    if (held_online(pg, i))
      return DG_CLASS_WEBINAR;
  }
  for (i = 0; i < pg->n_lines; i++) {
    size_t len;
    const char *s = line_text(pg, i, &len);
    if (pg->lines[i].zone == DG_ZONE_FOOTER || pg->lines[i].zone == DG_ZONE_LISTING ||
        pg->lines[i].zone == DG_ZONE_NAV || (pg->lines[i].flags & DG_LF_ROLE))
      continue;
    if ((c = first_event_word(s, len)) != DG_CLASS_NONE)
      return c;
  }
  /* no word says: the event's shape will (extract_event.c) */
  return DG_CLASS_NONE;
}

/* "Home > Media > Event Highlights": the breadcrumb's last crumb files
 * the page under events (a site's menu names Events on every page, so
 * only the last crumb counts). Returns 2 if so. */
static int event_crumb(const dg_page *pg, const dg_pageinfo *info)
{
  size_t i;
  pthread_once(&sets_once, sets_init);
  for (i = 0; i < pg->n_lines && i < info->title.line && info->title.line != DG_NO_LINE; i++) {
    const dg_line *l = &pg->lines[i];
    size_t len, c;
    const char *s = line_text(pg, i, &len);
    if (l->nwords > 12 || (l->flags & DG_LF_PROSE))
      continue;
    /* the text after the last crumb mark: › » > / */
    for (c = len; c > 0; c--) {
      unsigned char b = (unsigned char)s[c - 1];
      if (b == '>' || b == '/' || b == 0xBA || b == 0xBB)
        break;
    }
    if (c == 0 || (s[c - 1] == '/' && !(c >= 2 && s[c - 2] == ' ')))
      continue;
    if (dg_wordset_scan(&sets.crumb_set, s + c, len - c))
      return 2;
  }
  return 0;
}

static int event_score(const dg_page *pg, const dg_pageinfo *info, const cues *cu)
{
  size_t i;
  int score = 0, roles = 0;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    /* a listing of other items (related events) says nothing of this page */
    if (l->zone == DG_ZONE_FOOTER || l->zone == DG_ZONE_LISTING || (l->flags & DG_LF_BLANK))
      continue;
    if ((l->flags & DG_LF_ROLE) && roles < 2) {
      roles++;
      score += 3;
    }
    if ((l->flags & DG_LF_TIME) &&
        ((l->flags & DG_LF_DATE) ||
         (i > 0 && (pg->lines[i - 1].flags & DG_LF_DATE) && !(pg->lines[i - 1].flags & DG_LF_PROSE))))
      score += 3;
    /* "Events" in the masthead, or a genre label over the heading
     * ("LECTURE", "Book launch") */
    if (l->nwords <= 3 && (info->title.line == DG_NO_LINE || (i + 12 > info->title.line &&
                                                              i <= info->title.line))) {
      size_t n;
      const char *s = line_text(pg, i, &n);
      if (ANY(cu, i, PW(EVENT) | PW(EVENTS)) ||
          (i != info->title.line && !(l->flags & DG_LF_PROSE) && dg_title_label_line(pg, i) &&
           event_word_in(s, n) != DG_CLASS_NONE && pub_word_in(s, n) == DG_CLASS_NONE))
        score += 2;
    }
    if (ANY(cu, i, PW(RSVP) | PW(REGISTER) | PW(REGISTRATION) | PW(ADD_TO_CALENDAR) |
                       PW(WEBINAR) | PW(PLEASE_JOIN_US) | PW(JOIN_US)))
      score += 2;
    if (ANY(cu, i, PW(WILL_MODERATE) | PW(MODERATED_BY) | PW(PANEL_DISCUSSION) |
                       PW(WILL_TAKE_PART) | PW(CHAIRED_BY) | PW(PARTICIPANTS_INCLUDED) |
                       PW(SPEAKERS_INCLUDED) | PW(EVENT_RECAP)))
      score += 1;
    /* a call for papers announces a conference */
    if (ANY(cu, i, PW(CALL_FOR_PAPERS) | PW(CALL_FOR_PROPOSALS) | PW(CALL_FOR_SUBMISSIONS)))
      score += 5;
  }
  score += event_crumb(pg, info);
  /* an event's name in the heading: "Roundtable: ...", "... Symposium" */
  if (info->title.text && score >= 2 && event_word_in(info->title.text, strlen(info->title.text)) &&
      !dg_has_word(info->title.text, strlen(info->title.text), "panel"))
    score += 3;
  return score;
}

static int pub_score(const dg_page *pg, const cues *cu)
{
  size_t i;
  int score = 0;
  uint64_t seen = 0;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    if (l->zone == DG_ZONE_FOOTER || l->zone == DG_ZONE_LISTING || (l->flags & DG_LF_BLANK))
      continue;
    if ((l->flags & DG_LF_BYLINE) && l->zone == DG_ZONE_HEADER)
      score += 3;
    if ((l->flags & DG_LF_ABOUT) && ANY(cu, i, PW(AUTHOR)))
      score += 2;
    /* each cue once: a hearing's five "Written statement (PDF)" say no
     * more than one download link does */
    {
      uint64_t w = cu->words[i] & (PW(PDF) | PW(DOI) | PW(ISBN) | PW(ABSTRACT) | PW(EXECUTIVE_SUMMARY));
      if (w & ~seen)
        score += 2;
      seen |= w;
    }
  }
  return score;
}

/* The site's organization: the first organization named in the masthead
 * (the lines above the title), else the copyright holder. */
static size_t site_org(const dg_page *pg, const dg_pageinfo *info)
{
  size_t i, m;
  size_t top = info->title.line != DG_NO_LINE ? info->title.line : 0;
  for (i = 0; i < top && i < 6; i++) {
    const dg_line *l = &pg->lines[i];
    /* blank lines, share buttons, a cookie notice above the masthead */
    if (l->flags & (DG_LF_BLANK | DG_LF_SHARE | DG_LF_PROSE))
      continue;
    m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
    if (m != DG_NO_ORG && !(dg_orgs_mention(pg->orgs, m)->flags & DG_OM_CHROME))
      return dg_orgs_mention(pg->orgs, m)->org;
    if (!(l->flags & (DG_LF_NAV | DG_LF_ALLCAPS)))
      break;
  }
  /* "ORG | News | 28 July 2031" under the heading: the page's dateline
   * opens with the site's name */
  for (i = top + 1; info->title.line != DG_NO_LINE && i < pg->n_lines && i <= top + 2; i++) {
    const dg_line *l = &pg->lines[i];
    if (l->flags & DG_LF_BLANK)
      continue;
    if ((l->flags & DG_LF_PROSE) || l->seps < 1 || !(l->flags & DG_LF_DATE))
      break;
    /* (a name among separators reads like a menu item: chrome or not,
     * it is the site's) */
    m = dg_orgs_first_in(pg->orgs, l->content, 4);
    if (m != DG_NO_ORG) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
      size_t e = om->start + om->len;
      while (e < l->end && pg->text[e] == ' ')
        e++;
      /* the name is the line's first item */
      if (e < l->end && (pg->text[e] == '|' || (unsigned char)pg->text[e] >= 0x80))
        return om->org;
    }
    break;
  }
  for (i = pg->n_lines; i-- > 0;) {
    const dg_line *l = &pg->lines[i];
    if (!(l->flags & DG_LF_COPYRIGHT) &&
        !(i + 3 >= pg->n_lines && l->seps >= 1 && dg_has_word(pg->text + l->content,
                                                              l->end - l->content, "privacy")))
      continue;
    m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
    if (m != DG_NO_ORG)
      return dg_orgs_mention(pg->orgs, m)->org;
  }
  return (size_t)-1;
}

static int page_year(const dg_page *pg)
{
  size_t i;
  int y = 0;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    dg_date d;
    if (!(l->flags & DG_LF_DATE) || (l->flags & DG_LF_COPYRIGHT))
      continue;
    if (dg_date_find(pg->text + l->content, l->end - l->content, &d) && d.year > y)
      y = d.year;
  }
  return y;
}

/* A podcast's episode: "Episode" or "Podcast" in the heading or in a
 * short label line next to it. Its "Host:" and "Guest:" lines name its
 * author and its guests, not an event's roles. */
static int podcast_episode(const dg_page *pg, const dg_pageinfo *info)
{
  size_t t = info->title.line, i;
  if (t == DG_NO_LINE || !info->title.text)
    return 0;
  if (dg_has_word(info->title.text, strlen(info->title.text), "episode") ||
      dg_has_word(info->title.text, strlen(info->title.text), "podcast"))
    return 1;
  for (i = t > 3 ? t - 3 : 0; i < pg->n_lines && i <= t + 3; i++) {
    const dg_line *l = &pg->lines[i];
    if (i != t && !(l->flags & (DG_LF_PROSE | DG_LF_BLANK)) && l->nwords <= 6 &&
        (l->words & (DG_LW(PODCAST) | DG_LW(EPISODE))))
      return 1;
  }
  return 0;
}

/* The surname key of the person named by line i when the whole line is
 * a name ("Dr. Helen Marsh"), written to key (cap bytes); 0 if it is
 * not one. */
static int name_line_key(const dg_page *pg, size_t i, char *key, size_t cap)
{
  const dg_line *l = &pg->lines[i];
  dg_name nm;
  int ok = 0;
  if (l->flags & (DG_LF_BLANK | DG_LF_PROSE | DG_LF_NAV | DG_LF_DATE) || l->nwords > 6)
    return 0;
  dg_name_init(&nm);
  if (dg_name_parse(pg->gz, pg->text + l->content, l->end - l->content, DG_NAME_SHAPE, &nm) &&
      nm.words >= 2 && nm.words <= 5 && (nm.known_given || nm.honorific) &&
      strlen(nm.surname) < cap) {
    strcpy(key, nm.surname);
    ok = 1;
  }
  dg_name_release(&nm);
  return ok;
}

/* "Senior Fellow, Harbor Institute": line i names a post (a post's word
 * or an organization), as under a person's name on a profile. */
static int post_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  size_t len;
  const char *s = line_text(pg, i, &len);
  if (l->nwords > 16 || (l->flags & DG_LF_PROSE))
    return 0;
  pthread_once(&sets_once, sets_init);
  if (dg_wordset_scan(&sets.post_set, s, len))
    return 1;
  return dg_orgs_first_in(pg->orgs, l->content, len) != DG_NO_ORG;
}

/* An expert's profile: the heading (or the line right above it, when the
 * heading found is the person's post) is a person's name, and the first
 * paragraph of the text opens with that person and a bio verb ("Helen
 * Marsh is a senior fellow ..."). */
static int profile_page(const dg_page *pg, const dg_pageinfo *info)
{
  char key[64];
  size_t t = info->title.line, i, prev, k;
  if (t == DG_NO_LINE)
    return 0;
  prev = dg_page_prev(pg, t);
  if (!name_line_key(pg, t, key, sizeof key) &&
      !(prev != DG_NO_LINE && post_line(pg, t) && name_line_key(pg, prev, key, sizeof key)))
    return 0;
  for (i = pg->header_end; i < pg->footer_start && i < pg->header_end + 8; i++) {
    const dg_line *l = &pg->lines[i];
    size_t len;
    const char *s = line_text(pg, i, &len);
    if (!(l->flags & DG_LF_PROSE))
      continue;
    /* the first paragraph: its name, then a bio verb (lexicon.tsv),
     * within 60 bytes; the heading may print the surname in capitals */
    for (k = 0; k < len && k < 60; k++)
      if (dg_lex_bio_verb_at(s, len, k))
        return k >= strlen(key) && strncasecmp(s + k - strlen(key), key, strlen(key)) == 0;
    return 0;
  }
  return 0;
}

void dg_classify(dg_page *pg, dg_pageinfo *info, dg_title_trace_fn trace, void *ud)
{
  int ev, pb;
  cues cu;
  dg_title_init(&info->title);
  info->site_org = (size_t)-1;
  info->main_pub = info->main_event = (size_t)-1;
  dg_title_find(pg, &info->title, trace, ud);
  info->year = page_year(pg);
  pg->year = info->year;
  {
    size_t i;
    /* dg_page_init() scanned the same bytes (line_text) for these words */
    cu.words = xcalloc(pg->n_lines ? pg->n_lines : 1, sizeof *cu.words);
    for (i = 0; i < pg->n_lines; i++)
      cu.words[i] = pg->lines[i].words;
  }
  ev = event_score(pg, info, &cu);
  /* a genre label over the heading ("PRESS RELEASE", "Op-ed") weighs as
   * much for a publication as an event's label does for an event */
  pb = pub_score(pg, &cu) + (label_class(pg, info) != DG_CLASS_NONE ? 2 : 0);
  info->is_event = ev >= 4 && ev > pb && !podcast_episode(pg, info);
  /* an expert's profile presents a person, no publication */
  info->is_profile = profile_page(pg, info);
  info->is_pub = !info->is_event && !info->is_profile;
  info->pub_class = info->is_pub ? pub_class(pg, info, &cu) : DG_CLASS_NONE;
  info->event_class = info->is_event ? event_class(pg, info, &cu) : DG_CLASS_NONE;
  info->site_org = site_org(pg, info);
  free(cu.words);
}
