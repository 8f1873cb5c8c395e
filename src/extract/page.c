/* page.c - lines, their features and the zones of a page, in one pass.
 *
 * Every feature is computed from the line's own bytes (and the line before
 * or after for zones), so building the model is linear in the page. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/lexicon.h"
#include "extract/page.h"
#include "extract/role_words.h"

size_t dg_time_prefix_len(const char *s, size_t len)
{
  dg_time t;
  size_t n;
  if (len == 0 || !dg_is_digit((unsigned char)s[0]) || !dg_time_find(s, len < 40 ? len : 40, &t) ||
      t.pos != 0)
    return 0;
  n = t.len;
  while (n < len && (s[n] == ' ' || s[n] == '\t' || s[n] == '|' || s[n] == ':'))
    n++;
  return n < len ? n : 0;
}

/* ---------------------------------------------------------------- cues */

/* Line openings that introduce the author or editor of the item above. */
static const char *const byline_cues[] = {
  "by", "authors:", "author:", "written by", "edited by", "editor:", "editors:",
  "text by", "words by", "auteurs:", "auteur:", "von",
};

static const char *const about_cues[] = {
  "about the author", "about the authors", "about the speaker", "about the speakers",
  "about the editor", "about the editors", "about the contributors", "biography",
  "biographies", "speaker bios", "speaker biographies", "author bio", "about the panelists",
  "about the participants", "about the host", "about the hosts", "about the guest",
  "about the guests",
};

/* A heading whose next lines are the item's authors or editors. */
static const char *const byline_headings[] = {
  "author", "authors", "editor", "editors", "contributors", "written by", "by",
  "auteurs", "auteur", "autor", "autoren",
};

static const char *const section_cues[] = {
  "summary", "abstract", "overview", "contents", "table of contents", "key points",
  "executive summary", "introduction", "conclusion", "citation", "keywords",
  "key findings", "main argument", "policy implications", "description",
  "event description", "details", "date & time", "date and time", "date", "time",
  "location", "venue", "where", "when", "themes", "topics", "tags", "share",
  "agenda", "program", "programme", "transcript", "video", "audio", "resources",
  "notes", "references", "footnotes", "acknowledgments", "acknowledgements",
  "how to cite", "how to cite this publication", "how to cite this article",
  "cite this article", "to cite this article", "suggested citation", "isbn", "doi",
};

static const char *const share_cues[] = {
  "share", "download", "print", "email", "e-mail", "add to calendar", "subscribe",
  "follow us", "follow", "twitter", "facebook", "linkedin", "watch", "listen",
  "register", "rsvp", "cite", "full article", "get access", "click here", "view all",
  "see the flyer", "order a print", "full document", "print friendly",
};

/* 1 if the line content starts with one of `cues` followed by the end of
 * the line, a colon, a space or punctuation; `whole` demands the cue be all
 * of the line (apart from a colon). Every cue starts with a lower-case
 * letter, so only those under the line's first letter are compared. */
static int line_cue(const char *s, size_t len, const dg_wordset *cues, int whole)
{
  int c, k;
  if (len == 0)
    return 0;
  c = dg_to_lower((unsigned char)s[0]);
  if (!dg_is_lower(c))
    return 0;
  for (k = cues->head[c - 'a']; k >= 0; k = cues->next[k]) {
    size_t cl = cues->len[k];
    if (cl > len || (cl > 1 && cues->second[k] != dg_to_lower((unsigned char)s[1])) ||
        strncasecmp(s, cues->words[k], cl) != 0)
      continue;
    if (cl < len && dg_is_alnum((unsigned char)s[cl]))
      continue;
    if (whole) {
      size_t j = cl;
      while (j < len && (s[j] == ':' || s[j] == ' ' || s[j] == '\t'))
        j++;
      if (j != len)
        continue;
    }
    return 1;
  }
  return 0;
}


int dg_page_line_starts(const dg_page *pg, size_t i, const char *prefix)
{
  const dg_line *l;
  size_t pl = strlen(prefix), n;
  if (i >= pg->n_lines)
    return 0;
  l = &pg->lines[i];
  n = l->end - l->content;
  if (pl > n || strncasecmp(pg->text + l->content, prefix, pl) != 0)
    return 0;
  return pl == n || !dg_is_alnum((unsigned char)pg->text[l->content + pl]) ||
         !dg_is_alnum((unsigned char)prefix[pl - 1]);
}

/* Separators between the items of a menu, breadcrumb or record line. */
static unsigned count_seps(const char *s, size_t len)
{
  unsigned n = 0;
  size_t i;
  for (i = 0; i + 1 < len; i++) {
    unsigned char c = (unsigned char)s[i];
    /* most bytes are printable ASCII below '|', none of them a separator:
     * one comparison passes them */
    if ((unsigned char)(c - 0x21) < 0x7C - 0x21)
      continue;
    if (c == ' ' && s[i + 1] == ' ') {
      n++;
      while (i + 1 < len && s[i + 1] == ' ')
        i++;
      continue;
    }
    /* "Home > Events > Lectures" */
    if (c == ' ' && s[i + 1] == '>' && i + 2 < len && s[i + 2] == ' ') {
      n++;
      i += 2;
      continue;
    }
    if (c == '\t') {
      /* a run of tabs is one gap between cells */
      n++;
      while (i + 1 < len && (s[i + 1] == '\t' || s[i + 1] == ' '))
        i++;
    } else if (c == '|')
      n++;
    else if (c == 0xE2 && i + 2 < len) {
      unsigned char c1 = (unsigned char)s[i + 1], c2 = (unsigned char)s[i + 2];
      /* › • ▸ ‣ */
      if ((c1 == 0x80 && (c2 == 0xBA || c2 == 0xA2 || c2 == 0xA3)) || (c1 == 0x96 && c2 == 0xB8))
        n++;
    } else if (c == 0xC2 && ((unsigned char)s[i + 1] == 0xB7 || (unsigned char)s[i + 1] == 0xBB)) {
      n++; /* · » */
    }
  }
  return n;
}

/* Counts the words of a line and sets its case flags; returns 1 if the
 * line has a digit (every date, and every clock time but "noon", has one). */
static int word_stats(dg_line *l, const char *s, size_t len)
{
  size_t i = 0;
  unsigned letters = 0, upper = 0;
  int digit = 0;
  while (i < len) {
    size_t j;
    unsigned char c;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
      i++;
    if (i >= len)
      break;
    /* one pass over the word: its end, its letters and digits */
    for (j = i; j < len; j++) {
      c = (unsigned char)s[j];
      if (c == ' ' || c == '\t')
        break;
      if ((unsigned char)(c - 'a') < 26) {
        letters++;
      } else if ((unsigned char)(c - 'A') < 26) {
        letters++;
        upper++;
      } else if (dg_is_digit(c)) {
        digit = 1;
      }
    }
    l->nwords++;
    /* the first letter of the word, after opening punctuation */
    {
      size_t k = i;
      while (k < j && !dg_is_alnum((unsigned char)s[k]) && (unsigned char)s[k] < 0x80)
        k++;
      c = k < j ? (unsigned char)s[k] : 0;
      if (dg_is_cap_byte(c))
        l->ncap++; /* non-ASCII initials (Ö, Ž) are nearly always capitals here */
      else if (dg_is_lower(c))
        l->nlower++;
      if (dg_is_function_word(s + i, j - i))
        l->nfunc++;
    }
    i = j;
  }
  if (letters >= 4 && upper * 10 >= letters * 9)
    l->flags |= DG_LF_ALLCAPS;
  if (l->nwords >= 2 && l->ncap * 10 >= (l->nwords - l->nfunc) * 8 && l->ncap > 0)
    l->flags |= DG_LF_TITLECASE;
  return digit;
}

static int ends_sentence(const char *s, size_t len)
{
  unsigned char c;
  if (len == 0)
    return 0;
  c = (unsigned char)s[len - 1];
  /* closing quotes after the full stop */
  if ((c == '"' || c == ')') && len >= 2)
    c = (unsigned char)s[len - 2];
  if (len >= 4 && (unsigned char)s[len - 3] == 0xE2 && (unsigned char)s[len - 2] == 0x80 &&
      (unsigned char)s[len - 1] == 0x9D)
    c = (unsigned char)s[len - 4];
  return c == '.' || c == '!' || c == '?' || c == ';';
}

static int is_quoted(const char *s, size_t len)
{
  if (len >= 6 && memcmp(s, "\xE2\x80\x9C", 3) == 0 && memcmp(s + len - 3, "\xE2\x80\x9D", 3) == 0)
    return 1;
  return len >= 2 && s[0] == '"' && s[len - 1] == '"';
}

/* Short function words that tell a page's language, by dg_lang. */
static const char *const lang_words[DG_N_LANGS][12] = {
  {"the", "and", "of", "to", "in", "for", "on", "is", "are", "with", "was", "by"},
  {"le", "la", "les", "des", "du", "et", "une", "est", "pour", "aux", "dans", "sur"},
  {"der", "die", "das", "und", "mit", "von", "f\xC3\xBCr", "ist", "ein", "den", "zu", "im"},
  {"el", "los", "las", "del", "y", "por", "con", "una", "es", "para", "lo", "al"},
};
#define LANG_SLOTS 128

/* The cue lists, indexed once per page. */
typedef struct dg_page_cues {
  dg_wordset byline, related, about, headings, section, share, words;
  dg_wordset chrome; /* the lexicon's DG_LEX_CHROME */
  dg_wordset labels; /* the lexicon's DG_LEX_LABEL */
  /* lang_words by token hash, open addressing (an empty slot: NULL) */
  const char *lang_word[LANG_SLOTS];
  uint32_t lang_hash[LANG_SLOTS];
  unsigned char lang_of[LANG_SLOTS];
} cue_sets;

#define DG_LW_STR_(id, w) w,
const char *const dg_line_words[DG_LW__COUNT] = {DG_LINE_WORDS(DG_LW_STR_)};
typedef char section_cues_fit[DG_COUNT(section_cues) <= 64 ? 1 : -1];

static void cue_sets_init(cue_sets *cs)
{
  dg_wordset_init(&cs->byline, byline_cues, DG_COUNT(byline_cues));
  dg_wordset_init(&cs->related, dg_lexicon(DG_LEX_RELATED)->words, dg_lexicon(DG_LEX_RELATED)->n);
  dg_wordset_init(&cs->about, about_cues, DG_COUNT(about_cues));
  dg_wordset_init(&cs->headings, byline_headings, DG_COUNT(byline_headings));
  dg_wordset_init(&cs->section, section_cues, DG_COUNT(section_cues));
  dg_wordset_init(&cs->share, share_cues, DG_COUNT(share_cues));
  dg_wordset_init(&cs->words, dg_line_words, DG_COUNT(dg_line_words));
  dg_wordset_init(&cs->labels, dg_lexicon(DG_LEX_LABEL)->words, dg_lexicon(DG_LEX_LABEL)->n);
  dg_wordset_init(&cs->chrome, dg_lexicon(DG_LEX_CHROME)->words, dg_lexicon(DG_LEX_CHROME)->n);
  {
    size_t l, k;
    memset(cs->lang_word, 0, sizeof cs->lang_word);
    for (l = 0; l < DG_N_LANGS; l++)
      for (k = 0; k < 12; k++) {
        const char *w = lang_words[l][k];
        uint32_t h = dg_token_hash(w, strlen(w));
        unsigned slot = h & (LANG_SLOTS - 1);
        while (cs->lang_word[slot])
          slot = (slot + 1) & (LANG_SLOTS - 1);
        cs->lang_word[slot] = w;
        cs->lang_hash[slot] = h;
        cs->lang_of[slot] = (unsigned char)l;
      }
  }
}

const dg_wordset *dg_page_label_words(const dg_page *pg)
{
  return pg->cues ? &pg->cues->labels : NULL;
}

/* memmem(s, len, w, wl) != NULL for a short needle: memchr on its first
 * byte is quicker than the general search on the lines of a page. */
static int has_bytes(const char *s, size_t len, const char *w, size_t wl)
{
  const char *p = s, *end = s + len;
  while ((size_t)(end - p) >= wl && (p = memchr(p, w[0], (size_t)(end - p) - wl + 1)) != NULL) {
    if (memcmp(p + 1, w + 1, wl - 1) == 0)
      return 1;
    p++;
  }
  return 0;
}

/* ---------------------------------------------------------------- chrome */

/* 1 if w[0..n) is a language's code or own name ("FR", "Deutsch"); a
 * two-letter code counts in capitals, or anywhere when `beside` says the
 * line lists other items with it ("en | fr"). */
static int language_item(const char *w, size_t n, int beside)
{
  const dg_lex *lx = dg_lexicon(DG_LEX_LANGUAGE);
  size_t k;
  if (n < 2 || n > 24)
    return 0;
  for (k = 0; k < lx->n; k++)
    if (lx->lens[k] == n && dg_to_lower((unsigned char)w[0]) == dg_to_lower((unsigned char)lx->words[k][0]) &&
        strncasecmp(w, lx->words[k], n) == 0)
      return n != 2 || beside || (dg_is_upper((unsigned char)w[0]) && dg_is_upper((unsigned char)w[1]));
  return 0;
}

/* 1 if s[0..n) is one item of a site's furniture: a phrase of the
 * lexicon's chrome set, or languages ("English", "EN FR DE"). */
static int chrome_item(const cue_sets *cs, const char *s, size_t n, int beside)
{
  size_t a = 0, w;
  if (line_cue(s, n, &cs->chrome, 1) || language_item(s, n, beside))
    return 1;
  /* "EN FR DE": words that are each a language */
  while (a < n) {
    for (w = a; w < n && s[w] != ' '; w++)
      ;
    if (!language_item(s + a, w - a, 1))
      return 0;
    for (a = w; a < n && s[a] == ' '; a++)
      ;
  }
  return 1;
}

/* Length of the separator at s[i] between the items of a line of
 * furniture: a tab, "|", "/", "·", "•", or a run of two spaces; 0 if none. */
static size_t chrome_sep_at(const char *s, size_t n, size_t i)
{
  if (s[i] == '\t' || s[i] == '|' || s[i] == '/')
    return 1;
  if (s[i] == ' ' && i + 1 < n && s[i + 1] == ' ')
    return 2;
  if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7)
    return 2;
  if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
      (unsigned char)s[i + 2] == 0xA2)
    return 3;
  return 0;
}

/* 1 if every item of s[0..n), split at chrome_sep_at(), is furniture
 * (chrome_item(), `beside` as given); stops at the first that is not.
 * Their number in *items. */
static int chrome_items(const cue_sets *cs, const char *s, size_t n, int beside, size_t *items)
{
  size_t a = 0, i, sep;
  *items = 0;
  for (i = 0; i <= n; i += sep) {
    size_t b = a, e = i;
    sep = i < n ? chrome_sep_at(s, n, i) : 1;
    if (!sep) {
      sep = 1;
      continue;
    }
    while (b < e && s[b] == ' ')
      b++;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == ':'))
      e--;
    if (e > b) {
      (*items)++;
      /* no phrase of furniture is longer ("skip to main content") */
      if (e - b > 24 || !chrome_item(cs, s + b, e - b, beside))
        return 0;
    }
    a = i + sep;
  }
  return *items > 0;
}

/* 1 if the line is a site's furniture, not its text: "Skip to main
 * content", "Search   Menu", a language switcher ("EN | FR | DE"), or a
 * notice about cookies. Every item of the line must be furniture: one
 * word of text among them makes it something else. */
static int chrome_line(const cue_sets *cs, const dg_line *l, const char *s, size_t n)
{
  size_t items;
  if (n == 0 || n > 400)
    return 0;
  /* "This site stores cookies ... [OK]": a consent
   * banner, however long its sentence */
  if (memmem(s, n, "ookie", 5) && (dg_has_word(s, n, "cookies") || dg_has_word(s, n, "cookie")) &&
      (dg_has_word(s, n, "accept") || dg_has_word(s, n, "consent") ||
       dg_has_word(s, n, "privacy") || dg_has_word(s, n, "settings") ||
       dg_has_word(s, n, "experience") || dg_has_word(s, n, "browsing")))
    return 1;
  if (l->nwords > 12)
    return 0;
  /* beside others, "en | fr" will do; a lone code needs capitals */
  if (!chrome_items(cs, s, n, 1, &items))
    return 0;
  return items > 1 || chrome_items(cs, s, n, 0, &items);
}

/* "Related news", "RECOMMENDED ARTICLES", "More Books in Foreign Policy",
 * "Weitere Publikationen", "Previous conferences": a short heading whose
 * first word leads to other items (lexicon "related-lead") and one of
 * whose next three is a label, genre or event word heads a listing, in
 * any wording the "related" set does not hold whole. A lead before any other word ("More: United States · China",
 * "Other speakers") heads nothing. */
static int related_lead(const dg_line *l, const char *s, size_t n)
{
  size_t w = 0, b, e, k;
  if (l->nwords < 2 || l->nwords > 6 || n > 60 || (l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT)))
    return 0;
  while (w < n && s[w] != ' ')
    w++;
  if (w == n || dg_lex_find(DG_LEX_RELATED_LEAD, s, w) < 0)
    return 0;
  /* the label word among the next three ("More August events") */
  for (e = w, k = 0; k < 3 && e < n && s[e] != ':'; k++) {
    size_t len;
    for (b = e; b < n && s[b] == ' '; b++)
      ;
    for (e = b; e < n && s[e] != ' ' && s[e] != ':'; e++)
      ;
    len = e - b;
    if (len && (dg_lex_find(DG_LEX_LABEL, s + b, len) >= 0 ||
                dg_lex_find(DG_LEX_GENRE, s + b, len) >= 0 ||
                dg_lex_event_genre_word(s + b, len)))
      return 1;
  }
  return 0;
}

static void features(dg_page *pg, dg_line *l, const cue_sets *cs)
{
  const char *s = pg->text + l->start;
  size_t len = l->end - l->start, b, clen;
  dg_date d;
  dg_time t;
  int digit;
  l->words = 0;
  if (len == 0) {
    l->flags |= DG_LF_BLANK;
    l->content = l->start;
    return;
  }
  /* Markdown, as some converters write HTML: a heading's "## " marks
   * what the line is, and is not its words (links and "**" are taken out
   * of the whole text before: markup.c) */
  if (s[0] == '#') {
    size_t h = 0;
    while (h < len && h < 6 && s[h] == '#')
      h++;
    if (h < len && s[h] == ' ') {
      while (h < len && s[h] == ' ')
        h++;
      l->start += h;
      s += h;
      len -= h;
    }
  }
  b = dg_bullet_len(s, len);
  if (b) {
    l->flags |= DG_LF_BULLET;
  } else if (s[0] == '[') {
    /* "[Symposium Report] Title ...": a label in brackets before the
     * line's text, set off like a bullet (a line that is all brackets,
     * "[ Download PDF ]", keeps them) */
    size_t k, words = 1;
    for (k = 1; k < len && k < 48 && s[k] != ']' && s[k] != '['; k++)
      words += s[k] == ' ';
    /* "[Photo] ..." marks a caption: kept, for what reads captions */
    if (k < len && k < 48 && s[k] == ']' && k > 1 && words <= 4 && k + 2 < len && s[k + 1] == ' ' &&
        s[k + 2] != ' ' && s[k + 2] != '[' && !dg_lex_has_word(DG_LEX_CAPTION, s + 1, k - 1))
      b = k + 2;
  }
  l->content = l->start + b;
  s = pg->text + l->content;
  clen = l->end - l->content;
  l->words = dg_wordset_scan(&cs->words, s, clen < DG_CUE_SCAN ? clen : DG_CUE_SCAN);
  digit = word_stats(l, s, clen);
  l->seps = count_seps(s, clen);
  /* the scans run only on the lines that can hold a date or a time */
  if (digit && dg_date_find(s, clen, &d))
    l->flags |= DG_LF_DATE;
  if ((digit || dg_find_ci(s, clen, 0, "noon", 1) < clen) && dg_time_find(s, clen, &t))
    l->flags |= DG_LF_TIME;
  if (ends_sentence(s, clen))
    l->flags |= DG_LF_END_PUNCT;
  if (is_quoted(s, clen))
    l->flags |= DG_LF_QUOTED;
  if (l->nwords >= 14 && l->nlower * 2 >= l->nwords && l->seps <= 1)
    l->flags |= DG_LF_PROSE;
  if (line_cue(s, clen, &cs->byline, 0) && l->nwords >= 2 &&
      (clen < 200 || !(l->flags & DG_LF_END_PUNCT)))
    l->flags |= DG_LF_BYLINE;
  {
    /* "09:30 Welcome and opening remarks": an agenda line */
    size_t tp = dg_time_prefix_len(s, clen);
    const char *r = s + tp;
    size_t rl = clen - tp;
    dg_prop prop;
    unsigned rf;
    size_t cue = dg_role_word(r, rl, &prop, &rf), rest;
    if (cue && ((dg_role_label(r, rl, cue, &rest) && rest == rl) ||
                (memchr(r, ':', rl < 40 ? rl : 40) && !(l->flags & DG_LF_PROSE)) ||
                (tp && l->nwords <= 10) || (tp && dg_spaced_dash(r, rl, cue))))
      l->flags |= DG_LF_ROLE;
    else if (!tp && l->nwords <= 6 && dg_role_heading(r, rl, &prop))
      l->flags |= DG_LF_ROLE;
  }
  if (clen < DG_CUE_SCAN && (has_bytes(s, clen, "\xC2\xA9", 2) ||
                              (l->words & (DG_LW(COPYRIGHT) | DG_LW(ALL_RIGHTS)))))
    l->flags |= DG_LF_COPYRIGHT;
  if (line_cue(s, clen, &cs->related, 1) ||
      (clen < 80 && (line_cue(s, clen, &cs->related, 0) &&
                     (dg_page_line_starts(pg, (size_t)(l - pg->lines), "more from") ||
                      memchr(s, ':', clen)))) ||
      related_lead(l, s, clen))
    l->flags |= DG_LF_RELATED;
  if (line_cue(s, clen, &cs->about, 1))
    l->flags |= DG_LF_ABOUT;
  if (line_cue(s, clen, &cs->headings, 1))
    l->flags |= DG_LF_BYLINE;
  if (line_cue(s, clen, &cs->section, 1) ||
      (clen < 60 && line_cue(s, clen, &cs->section, 0) && memchr(s, ':', clen)))
    l->flags |= DG_LF_SECTION;
  if (((line_cue(s, clen, &cs->share, 0) && clen < 160) ||
       (clen < 200 && ((l->words & (DG_LW(SHARE_THIS) | DG_LW(SHARE_COLON))) ||
                       has_bytes(s, clen, "Share:", 6) || has_bytes(s, clen, "Share this", 10)))) &&
      !(l->flags & DG_LF_PROSE))
    l->flags |= DG_LF_SHARE;
  /* "About the Hollis USA Forum", "About this series": a heading */
  if (l->nwords <= 8 && clen > 6 && strncmp(s, "About ", 6) == 0 && !(l->flags & DG_LF_END_PUNCT) &&
      !(l->flags & DG_LF_ABOUT))
    l->flags |= DG_LF_SECTION;
  /* a menu: several short items between separators, no sentence, not
   * an agenda's row ("14:00 | Opening Remarks | NAME") */
  if (l->seps >= 2 && !(l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT)) &&
      !((l->flags & DG_LF_TIME) && dg_time_prefix_len(s, clen)) &&
      l->nwords <= 4 * (l->seps + 1) && l->nlower * 3 <= l->nwords + 1)
    l->flags |= DG_LF_NAV;
  /* furniture is no sentence of the text, however long */
  if (chrome_line(cs, l, s, clen)) {
    l->flags |= DG_LF_NAV;
    l->flags &= ~(unsigned)(DG_LF_PROSE | DG_LF_END_PUNCT);
  }
}

/* ---------------------------------------------------------------- model */

/* The language of the page, from its commonest short function words: a
 * few hundred tokens decide it, so only the first 4,000 are counted, each
 * with one probe of the cue sets' table of those words. */
static dg_lang guess_lang(const dg_page *pg, const cue_sets *cs)
{
  size_t count[DG_N_LANGS] = {0}, t, n = pg->toks->n < 4000 ? pg->toks->n : 4000;
  int l, best = 0;
  for (t = 0; t < n; t++) {
    const dg_token *tk = &pg->toks->tok[t];
    unsigned h;
    if (tk->type != DG_TOK_WORD || tk->len > 4)
      continue;
    for (h = tk->hash & (LANG_SLOTS - 1); cs->lang_word[h]; h = (h + 1) & (LANG_SLOTS - 1))
      if (cs->lang_hash[h] == tk->hash && dg_token_is_ci(pg->text, tk, cs->lang_word[h])) {
        count[cs->lang_of[h]]++;
        break;
      }
  }
  for (l = 1; l < DG_N_LANGS; l++)
    if (count[l] > count[best])
      best = l;
  return (dg_lang)best;
}

dg_page_cues *dg_page_cues_new(void)
{
  dg_page_cues *c = xmalloc(sizeof *c);
  cue_sets_init(c);
  return c;
}

void dg_page_cues_free(dg_page_cues *c) { free(c); }

void dg_page_init(dg_page *pg, const char *text, size_t len, const dg_tokens *toks,
                  const dg_gazetteer *gz)
{
  cue_sets cs;
  cue_sets_init(&cs);
  dg_page_init_with(pg, text, len, toks, gz, &cs);
  pg->cues = NULL; /* cs ends here */
}

/* 1 if text[a, b) holds only spaces, tabs, carriage returns and no-break
 * spaces: a blank line. */
static int blank_bytes(const char *text, size_t a, size_t b)
{
  for (; a < b; a++)
    if (!(text[a] == ' ' || text[a] == '\t' || text[a] == '\r' ||
          ((unsigned char)text[a] == 0xC2 && a + 1 < b && (unsigned char)text[a + 1] == 0xA0 && ++a)))
      return 0;
  return 1;
}

/* 1 if the page is double-spaced: a blank line after nearly every line,
 * as some HTML-to-text converters write a page whose every element is a
 * paragraph. There a single blank line separates nothing (the date from
 * its time, a title from its subtitle, a name from its post) and only a
 * run of blank lines, or a heading, ends a block. Measured on the gaps
 * between lines: not one in ten without a blank line between. */
static int double_spaced(const char *text, size_t len)
{
  size_t i = 0, adjacent = 0, single = 0, runs = 0;
  int prev = 0; /* 0 start, 1 after a line, 2 after a line and a blank, 3 after more */
  while (i <= len) {
    const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
    size_t e = nl ? (size_t)(nl - text) : len;
    if (!blank_bytes(text, i, e)) {
      adjacent += prev == 1;
      single += prev == 2;
      runs += prev == 3;
      prev = 1;
    } else if (prev == 1 || prev == 2)
      prev++;
    if (!nl)
      break;
    i = e + 1;
  }
  /* many lone blank lines, or a few where runs of them part the
   * paragraphs (a page of paragraphs alone, one blank line apart, is
   * not double-spaced: there the blank lines are all it has) */
  return adjacent * 10 < single && (single >= 8 || (single >= 2 && runs >= 2));
}

void dg_page_init_with(dg_page *pg, const char *text, size_t len, const dg_tokens *toks,
                       const dg_gazetteer *gz, const dg_page_cues *cues)
{
  size_t cap = 0, i = 0, t = 0, block = 0;
  int prev_blank = 1, spaced = double_spaced(text, len);
  const cue_sets *cs = cues;
  memset(pg, 0, sizeof *pg);
  pg->text = text;
  pg->len = len;
  pg->toks = toks;
  pg->gz = gz;
  pg->cues = cues;
  pg->title_line = DG_NO_LINE;
  while (i <= len) {
    const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
    size_t e = nl ? (size_t)(nl - text) : len;
    dg_line *l;
    size_t s = i, x = e;
    /* double-spaced: a lone blank line between two lines is dropped */
    if (spaced && nl && !prev_blank && blank_bytes(text, i, e)) {
      const char *nl2 = memchr(text + e + 1, '\n', len - e - 1);
      size_t e2 = nl2 ? (size_t)(nl2 - text) : len;
      if (e + 1 < len && !blank_bytes(text, e + 1, e2)) {
        i = e + 1;
        continue;
      }
    }
    xgrow(&pg->lines, &cap, pg->n_lines + 1, sizeof *pg->lines);
    l = &pg->lines[pg->n_lines];
    memset(l, 0, sizeof *l);
    l->bol = i;
    while (s < e && (text[s] == ' ' || text[s] == '\t' ||
                     ((unsigned char)text[s] == 0xC2 && s + 1 < e &&
                      (unsigned char)text[s + 1] == 0xA0 && ++s))) {
      l->indent++;
      s++;
    }
    while (x > s && (text[x - 1] == ' ' || text[x - 1] == '\t' || text[x - 1] == '\r'))
      x--;
    l->start = s;
    l->end = x;
    /* tokens of this line: they are in order, so one merge pass */
    while (t < toks->n && toks->tok[t].start < i)
      t++;
    l->tok = t;
    while (t < toks->n && toks->tok[t].start < e)
      t++;
    l->tok_end = t;
    pg->n_lines++;
    features(pg, l, cs);
    if (l->flags & DG_LF_BLANK) {
      if (!prev_blank)
        block++;
      prev_blank = 1;
    } else {
      prev_blank = 0;
    }
    l->block = block;
    if (!nl)
      break;
    i = e + 1;
  }
  pg->header_end = 0;
  pg->footer_start = pg->n_lines;
  pg->lang = guess_lang(pg, cs);
  /* outside the English-speaking world a date in digits is day first */
  pg->date_flags = pg->lang == DG_LANG_EN ? 0 : DG_DATE_DMY;
  dg_page_set_zones(pg);
}

void dg_page_release(dg_page *pg)
{
  if (!pg)
    return;
  free(pg->lines);
  pg->lines = NULL;
  pg->n_lines = 0;
}

size_t dg_page_line_at(const dg_page *pg, size_t offset)
{
  size_t lo = 0, hi = pg->n_lines;
  if (hi == 0)
    return 0;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (pg->lines[mid].bol <= offset)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

size_t dg_page_next(const dg_page *pg, size_t i)
{
  for (i = i + 1; i < pg->n_lines; i++)
    if (!(pg->lines[i].flags & DG_LF_BLANK))
      return i;
  return DG_NO_LINE;
}

size_t dg_page_prev(const dg_page *pg, size_t i)
{
  while (i-- > 0)
    if (!(pg->lines[i].flags & DG_LF_BLANK))
      return i;
  return DG_NO_LINE;
}

char *dg_page_str(const dg_page *pg, size_t start, size_t len)
{
  if (start > pg->len)
    start = pg->len;
  if (len > pg->len - start)
    len = pg->len - start;
  return dg_text_squeeze(pg->text + start, len);
}

/* The footer starts at the last copyright line, or at the postal address
 * or legal chrome just above it when those follow the content. */
static size_t find_footer(const dg_page *pg)
{
  size_t i = pg->n_lines, f = pg->n_lines;
  while (i-- > 0) {
    const dg_line *l = &pg->lines[i];
    if (l->flags & DG_LF_COPYRIGHT) {
      f = i;
      break;
    }
  }
  if (f == pg->n_lines)
    return f;
  /* lines of site chrome right above the copyright line (an address, a
   * tagline) belong to the footer too, up to the first blank line */
  while (f > 0 && !(pg->lines[f - 1].flags & (DG_LF_BLANK | DG_LF_PROSE)) &&
         pg->lines[f - 1].nwords <= 20 && f + 4 > i + 1 && pg->lines[f - 1].seps >= 1)
    f--;
  return f;
}

void dg_page_set_zones(dg_page *pg)
{
  size_t i;
  dg_zone run = DG_ZONE_BODY;
  pg->footer_start = find_footer(pg);
  for (i = 0; i < pg->n_lines; i++) {
    dg_line *l = &pg->lines[i];
    if (i >= pg->footer_start) {
      l->zone = DG_ZONE_FOOTER;
      continue;
    }
    if (pg->title_line != DG_NO_LINE && i < pg->title_line) {
      l->zone = DG_ZONE_NAV;
      continue;
    }
    if (pg->title_line != DG_NO_LINE && i >= pg->title_line && i < pg->header_end) {
      l->zone = DG_ZONE_HEADER;
      continue;
    }
    if (l->flags & DG_LF_BLANK) {
      l->zone = run;
      continue;
    }
    /* a heading switches the zone until the next heading; a table of
     * contents lists the parts of the item like a listing */
    if ((l->flags & DG_LF_RELATED) ||
        ((l->flags & DG_LF_SECTION) && l->nwords <= 3 &&
         (dg_page_line_starts(pg, i, "contents") || dg_page_line_starts(pg, i, "table of contents"))))
      run = DG_ZONE_LISTING;
    else if (l->flags & DG_LF_ABOUT)
      run = DG_ZONE_BIO;
    else if ((l->flags & DG_LF_ROLE) && l->nwords <= 6)
      run = DG_ZONE_ROLES;
    else if ((l->flags & DG_LF_SECTION) && (l->nwords <= 4 || !strncmp(pg->text + l->content, "About ", 6)))
      run = DG_ZONE_BODY;
    else if ((l->flags & DG_LF_PROSE) && run == DG_ZONE_LISTING && !(l->flags & DG_LF_BULLET) &&
             l->indent == 0 && !memmem(pg->text + l->end - 3, 3, "...", 3) &&
             !memmem(pg->text + l->end - 3, 3, "\xE2\x80\xA6", 3))
      run = DG_ZONE_BODY;
    l->zone = run;
    if ((l->flags & DG_LF_NAV) && run == DG_ZONE_BODY && l->nwords <= 12)
      l->zone = DG_ZONE_NAV;
  }
}
