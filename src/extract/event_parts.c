/* event_parts.c - which lines of a page tell of which event.
 *
 * A page may tell of several events: an event page of its own event and,
 * in a listing, of related ones; a calendar or a programme of several; a
 * weekly digest of a dozen. Each event gets the stretch of lines that
 * tells of it, so that its date, place and people are read from its own
 * lines and not from its neighbour's.
 *
 * Every such stretch starts with a record head: a line with a day's date
 * (or a date and a clock time) and a title-like line beside it, in
 * either order ("14/03/2024", "09:30 11:00", then the title; the title,
 * then "3 June 2022 | ONLINE"). A head is an event's only when the record
 * says so, weighed from several cues: a clock time, an event word in the
 * title or a label ("Webinar", "PROGRAM", "Séminaire"), role labels,
 * a place label, a listing headed "Events" or "Sessions"; a byline or a
 * publication label speaks against it (a related report has a date and
 * a title too). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/role_words.h"
#include "extract/title.h"

/* How far from its date line a record's title may be, in lines. */
#define TITLE_BEFORE 3
#define TITLE_AFTER 5
/* Records are compact; more lines than this are the next thing. */
#define MAX_RECORD_LINES 60
/* Evidence a record needs to count as an event. */
#define EVENT_EVIDENCE 3

void dg_event_parts_free(dg_event_part *parts, size_t n)
{
  size_t i;
  if (!parts)
    return;
  for (i = 0; i < n; i++) {
    free(parts[i].title);
    free(parts[i].others);
  }
  free(parts);
}

/* Phrases of an event's own text: its people and how to attend. */
static const char *const event_phrases[] = {
  "keynote", "moderated by", "chaired by", "panelists", "panellists", "panel discussion",
  "will speak", "will moderate", "registration", "register", "rsvp", "livestream",
  "inscription", "anmeldung", "speakers:", "speaker:", "moderator:", "moderators:",
  "panelists:", "panelist:", "sponsors:", "sponsor:", "chair:", "discussant:", "discussants:",
  "featuring",
};

/* "Lieu : Salle 3", "Venue: Main Hall": a field label (a word or two)
 * before a colon. */
static int field_label(const char *s, size_t n)
{
  size_t k, words = 1;
  for (k = 0; k < n && k < 30; k++) {
    if (s[k] == ':')
      return k > 0 && words <= 2;
    if (s[k] == ' ' && k + 1 < n && s[k + 1] != ':')
      words++;
  }
  return 0;
}

/* Words of a place: a room, a building, a street. */
static const char *const place_words[] = {
  "room", "hall", "floor", "building", "street", "st", "avenue", "ave", "road", "suite",
  "auditorium", "campus", "plaza", "square", "boulevard", "blvd", "salle", "rue", "strasse",
  ("stra\xC3\x9F" "e"), "platz", "calle", "centre", "center", "hotel", "library", "house",
};

/* 1 if s[0..len) reads as an address or a venue: a place word, and a
 * number or a comma-separated part ("Main Hall, 12 Rue de Lille"). */
static int place_text(const char *s, size_t n)
{
  size_t k;
  int digit = 0;
  for (k = 0; k < n; k++)
    if (dg_is_digit((unsigned char)s[k]))
      digit = 1;
  return (digit || memchr(s, ',', n)) && dg_has_any_word(s, n, place_words, DG_COUNT(place_words));
}

/* "Dr. Ada Lind, Director, Baltic Institute": a person and what they
 * are, a line of a programme, not an event's name. */
static int person_line(const dg_page *pg, const char *s, size_t n)
{
  dg_part nm, aff;
  dg_name name;
  int kind, ok;
  if (dg_name_honorific(pg->gz, s, n, &kind))
    return 1;
  dg_name_init(&name);
  ok = dg_name_affil_parse(pg->gz, s, n, DG_NAME_SHAPE, &nm, &aff, &name) && nm.start == 0 &&
       name.words >= 2 && aff.len > 0 && (name.known_given || name.honorific);
  dg_name_release(&name);
  return ok;
}

/* 1 if line i could name a listed event: a heading of a few words to a
 * long sentence-case title, not a label, a field, a menu, a byline. */
static int title_line(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  size_t n;
  const char *s = dg_page_line_text(pg, i, &n);
  unsigned bad = DG_LF_BLANK | DG_LF_NAV | DG_LF_SHARE | DG_LF_COPYRIGHT | DG_LF_BYLINE |
                 DG_LF_ROLE | DG_LF_RELATED | DG_LF_ABOUT;
  if ((l->flags & bad) || l->nwords < 2 || l->nwords > 30 || n < 8 || n > 300)
    return 0;
  if ((l->flags & DG_LF_SECTION) && l->nwords <= 3)
    return 0;
  /* a sentence, not a title (a title may end in a question mark) */
  if (s[n - 1] == '.' && !(l->flags & DG_LF_ALLCAPS))
    return 0;
  if (field_label(s, n) || dg_time_prefix_len(s, n))
    return 0;
  if (l->flags & (DG_LF_DATE | DG_LF_TIME)) {
    dg_date d;
    if (dg_date_find_ex(s, n, pg->year, pg->date_flags, &d) && d.len * 2 >= n)
      return 0;
    if (l->flags & DG_LF_TIME)
      return 0;
  }
  if (l->nwords <= 3 && dg_lex_has_word(DG_LEX_EVENT_LABEL, s, n))
    return 0;
  /* "Professor, Lakeside University": organizations cover most of the
   * line's letters; a card's affiliation line, not an event's name */
  if (place_text(s, n) || person_line(pg, s, n) || dg_orgs_cover(pg, i, 50, 1))
    return 0;
  /* "Sponsored by ...", "Presented with ...": a role, not a name */
  {
    dg_prop prop;
    unsigned rf;
    if (dg_role_word(s, n, &prop, &rf) && (rf & DG_ROLE_BY))
      return 0;
  }
  return dg_title_text_like(s, n) || (l->flags & DG_LF_ALLCAPS) ||
         (l->nwords >= 4 && dg_is_cap_byte((unsigned char)s[0])); /* or a curly quote */
}

/* A record head's date line: a day's date (digits may be day first, as
 * the page writes them), not in a sentence, not a copyright year. */
static int when_line(const dg_page *pg, size_t i, int *timed)
{
  const dg_line *l = &pg->lines[i];
  size_t n;
  const char *s = dg_page_line_text(pg, i, &n);
  dg_date d;
  /* a record's date line often reads like a menu ("PAST EVENT · May 5,
   * 2024 · 10:00"), so a separated line counts; a menu has no day's date */
  if ((l->flags & (DG_LF_BLANK | DG_LF_PROSE | DG_LF_COPYRIGHT)) || l->nwords > 16)
    return 0;
  if (!(l->flags & DG_LF_DATE) && !memchr(s, '/', n))
    return 0;
  if (!dg_date_find_ex(s, n, pg->year, pg->date_flags, &d) || !d.day)
    return 0;
  /* "Registration deadline: Monday, March 11": the date by which to do
   * something is no event's */
  if (d.start > 0 && dg_lex_has_word(DG_LEX_DEADLINE, s, d.start))
    return 0;
  /* a clock time on the line or on the next one */
  *timed = (l->flags & DG_LF_TIME) ||
           (i + 1 < pg->n_lines && (pg->lines[i + 1].flags & DG_LF_TIME) &&
            pg->lines[i + 1].nwords <= 8);
  return 1;
}

/* One record head before its part is known. */
typedef struct head {
  size_t first;  /* its first line */
  size_t title;  /* its title line */
  size_t when;   /* its date line */
  int timed;
  dg_span name;  /* the title in the text: the title line, or the first
                    sentence of a line that holds the date too */
} head;

/* 1 if line i is buttons between a record's title and its date:
 * "Share  Print  Email", "Print this page". */
static int button_line(const dg_page *pg, size_t i)
{
  return (pg->lines[i].flags & DG_LF_SHARE) || dg_title_furniture_line(pg, i);
}

/* The title line of the record whose date is on line w: the closest
 * title-like line around it, a longer one winning over a short label
 * ("In person", "Past program"); DG_NO_LINE if none. */
static size_t find_title(const dg_page *pg, const dg_pageinfo *info, size_t w,
                         unsigned char *memo)
{
  size_t best = DG_NO_LINE, i;
  double best_score = 0;
  size_t lo = w, seen = 0;
  /* TITLE_BEFORE lines back: buttons between are not counted, and a run
   * of blank lines counts as one */
  while (lo > 0 && seen < TITLE_BEFORE) {
    lo--;
    seen += (size_t)!(button_line(pg, lo) ||
                      ((pg->lines[lo].flags & DG_LF_BLANK) && (pg->lines[lo + 1].flags & DG_LF_BLANK)));
  }
  for (i = lo; i < pg->n_lines && i <= w + TITLE_AFTER; i++) {
    double score;
    size_t dist;
    const dg_line *l = &pg->lines[i];
    /* the page's own heading counts (then the date is its event's) */
    int own = i == info->title.line || i == info->title.line2;
    if (i == w)
      continue;
    /* asked of the same lines for each date line near them: remembered
     * (0 not asked, 1 no, 2 yes) */
    if (!own && !memo[i])
      memo[i] = title_line(pg, i) ? 2 : 1;
    if (!own && memo[i] != 2)
      continue;
    /* "* Date: ...", "* Speaker: Ada Lind, ...": a labelled item of the
     * date's own list is a field of the record, not its name */
    if (!own && (l->flags & DG_LF_BULLET) && (pg->lines[w].flags & DG_LF_BULLET) &&
        memchr(pg->text + l->content, ':', l->end - l->content < 48 ? l->end - l->content : 48)) {
      size_t a = i < w ? i : w, b = i < w ? w : i, k;
      for (k = a + 1; k < b && (pg->lines[k].flags & DG_LF_BULLET); k++)
        ;
      if (k == b)
        continue;
    }
    /* prose between the date and the title: another thing; so is what
     * lies beyond a second blank. Buttons between count for nothing: a
     * blank line, the buttons and another blank line are one gap. */
    {
      size_t a = i < w ? i : w, b = i < w ? w : i, k, gaps = 0;
      int prose = 0, in_gap = 0;
      dist = 1;
      for (k = a + 1; k < b; k++) {
        int button = button_line(pg, k), blank = (pg->lines[k].flags & DG_LF_BLANK) != 0;
        gaps += (size_t)(blank && !in_gap);
        dist += (size_t)!(button || (blank && in_gap));
        in_gap = blank || (button && in_gap);
        if (pg->lines[k].flags & DG_LF_PROSE)
          prose = 1;
      }
      if (prose || gaps > 1)
        continue;
    }
    score = (l->nwords < 12 ? l->nwords : 12) - 0.5 * (double)dist + (own ? 6 : 0);
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

/* The line where the part that starts at `first` ends: at the next head,
 * the footer, a heading of another section, and, in a listing, at the
 * first blank line after the head. */
static size_t part_end(const dg_page *pg, const head *h, size_t next)
{
  size_t i, last = h->title > h->when ? h->title : h->when;
  /* a record in a listing, or written in one paragraph, ends with it */
  int listing = pg->lines[h->title].zone == DG_ZONE_LISTING || h->title == h->when;
  size_t limit = next < pg->footer_start ? next : pg->footer_start;
  if (limit > h->first + MAX_RECORD_LINES)
    limit = h->first + MAX_RECORD_LINES;
  for (i = last + 1; i < limit; i++) {
    const dg_line *l = &pg->lines[i];
    if ((l->flags & DG_LF_BLANK) && listing)
      return i;
    if (l->flags & (DG_LF_RELATED | DG_LF_ABOUT | DG_LF_COPYRIGHT))
      return i;
    if ((l->flags & DG_LF_SECTION) && l->nwords <= 4 && !(l->flags & DG_LF_ROLE) &&
        !field_label(pg->text + l->content, l->end - l->content))
      return i;
  }
  return limit;
}

/* The nearest heading above line i (a short line after a blank line, or
 * a listing's heading), or DG_NO_LINE. */
static size_t heading_above(const dg_page *pg, size_t i)
{
  size_t k;
  for (k = i; k-- > 0 && k + 40 > i;) {
    const dg_line *l = &pg->lines[k];
    if (l->flags & DG_LF_BLANK)
      continue;
    if ((l->flags & (DG_LF_RELATED | DG_LF_SECTION)) ||
        (l->nwords <= 4 && !(l->flags & (DG_LF_END_PUNCT | DG_LF_DATE)) &&
         (k == 0 || (pg->lines[k - 1].flags & DG_LF_BLANK))))
      return k;
  }
  return DG_NO_LINE;
}

/* How strongly the record at `h`, with lines [h->first, end), reads as an
 * event rather than a publication or a news item. */
static int event_evidence(const dg_page *pg, const head *h, size_t end)
{
  int score = 0, roles = 0, place = 0, label = 0, against = 0;
  size_t i, n, hd;
  const char *s;
  if (h->timed)
    score += 2;
  if (dg_event_word_class(pg->text + h->name.start, h->name.len) != DG_CLASS_NONE)
    score += 2;
  for (i = h->first; i < end; i++) {
    const dg_line *l = &pg->lines[i];
    dg_prop prop;
    unsigned rf;
    size_t cue;
    if (l->flags & DG_LF_BLANK)
      continue;
    s = dg_page_line_text(pg, i, &n);
    if ((l->flags & DG_LF_ROLE) || ((cue = dg_role_word(s, n, &prop, &rf)) && (rf & DG_ROLE_BY)) ||
        dg_has_any_word(s, n < DG_CUE_SCAN ? n : DG_CUE_SCAN, event_phrases,
                        DG_COUNT(event_phrases)))
      roles = 1;
    if (i != h->title && field_label(s, n) &&
        (dg_has_word(s, 12, "location") || dg_has_word(s, 12, "venue") ||
         dg_has_word(s, 12, "lieu") || dg_has_word(s, 12, "ort") || dg_has_word(s, 12, "where")))
      place = 1;
    if (i != h->title && (l->nwords <= 4 || i == h->when) &&
        dg_lex_has_word(DG_LEX_EVENT_LABEL, s, n))
      label = 1;
    /* what speaks for a publication sits by its head */
    if (i < h->first + 6 && (l->flags & DG_LF_BYLINE))
      against = 1;
    if (i < h->first + 6 && i != h->title && l->nwords <= 4 && !(l->flags & DG_LF_DATE) &&
        dg_lex_has_word(DG_LEX_PUB_LABEL, s, n))
      against = 1;
  }
  hd = heading_above(pg, h->first);
  if (hd != DG_NO_LINE) {
    s = dg_page_line_text(pg, hd, &n);
    if (dg_lex_has_word(DG_LEX_EVENT_LABEL, s, n))
      label = 1;
  }
  score += 2 * roles + 2 * place + 2 * label - 3 * against;
  return score;
}

/* The class of a listed event: an event word in its title, else in its
 * own lines ("Une séance du séminaire ..."), else online means webinar. */
static dg_class record_class(const dg_page *pg, const head *h, size_t end)
{
  size_t i, n;
  const char *s;
  dg_class c = dg_event_word_class(pg->text + h->name.start, h->name.len);
  int online = 0;
  if (c != DG_CLASS_NONE)
    return c;
  /* the lines by the head say first: a label, the date line */
  for (i = h->first; i < end && i <= h->when + 2; i++) {
    if (pg->lines[i].flags & DG_LF_BLANK)
      continue;
    s = dg_page_line_text(pg, i, &n);
    if (dg_has_word(s, n, "online") || dg_has_word(s, n, "virtual") || dg_has_word(s, n, "zoom") ||
        dg_has_word(s, n, "en ligne"))
      online = 1;
  }
  if (online)
    return DG_CLASS_WEBINAR;
  for (i = h->first; i < end && i < h->first + 12; i++) {
    if ((i == h->title && h->when != h->title) || (pg->lines[i].flags & DG_LF_BLANK))
      continue;
    s = dg_page_line_text(pg, i, &n);
    if ((c = dg_event_word_class(s, n)) != DG_CLASS_NONE)
      return c;
  }
  return DG_CLASS_NONE;
}

/* 1 if the page's own event has a day's date in its own lines. */
static int own_date(const dg_page *pg, const dg_event_part *p)
{
  size_t i;
  for (i = p->lo; i < p->hi && i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n;
    const char *s;
    dg_date d;
    if ((p->others && p->others[i]) || !(l->flags & DG_LF_DATE) || l->zone == DG_ZONE_LISTING ||
        (l->flags & DG_LF_COPYRIGHT))
      continue;
    s = dg_page_line_text(pg, i, &n);
    if (dg_date_find_ex(s, n, pg->year, pg->date_flags, &d) && d.day)
      return 1;
  }
  return 0;
}

/* The event's name in a heading that announces it: "Call for Papers:
 * NAME", "Save the Date: NAME" (borrowed, a suffix of `t`). */
static const char *announcement_name(const char *t)
{
  static const char *const prefixes[] = {"call for papers", "call for proposals",
                                         "call for submissions", "call for abstracts",
                                         "save the date", "cfp", "appel \xC3\xA0 communications"};
  size_t k, n = strlen(t);
  for (k = 0; k < DG_COUNT(prefixes); k++) {
    size_t pl = strlen(prefixes[k]), r;
    if (n > pl + 2 && dg_find_ci(t, pl, 0, prefixes[k], 1) == 0 && !dg_is_alnum((unsigned char)t[pl])) {
      for (r = pl; r < n && (t[r] == ':' || t[r] == ' ' || t[r] == '-' || (unsigned char)t[r] >= 0xE2); r++)
        if ((unsigned char)t[r] >= 0xE2)
          r += 2; /* a dash */
      if (r < n)
        return t + r;
    }
  }
  return t;
}

static dg_event_part *push(dg_event_part **v, size_t *n, size_t *cap)
{
  dg_event_part *p;
  xgrow(v, cap, *n + 1, sizeof **v);
  p = &(*v)[(*n)++];
  memset(p, 0, sizeof *p);
  return p;
}

/* "TITLE IN CAPITALS. 5/6, 9:30am-1:45pm. Sponsors: ...": a line that
 * opens with an event's name in capitals, its date and a clock time right
 * after, as digests of coming events write them. Sets *name and returns
 * 1 if line i is one. */
static int inline_head(const dg_page *pg, size_t i, dg_span *name)
{
  const dg_line *l = &pg->lines[i];
  size_t n, e, k, letters = 0, upper = 0, words = 1;
  const char *s;
  dg_date d;
  dg_time t;
  if (!(l->flags & DG_LF_TIME) || (l->flags & DG_LF_ALLCAPS))
    return 0;
  s = dg_page_line_text(pg, i, &n);
  /* the first sentence: up to ". " or "? " */
  for (e = 0; e + 1 < n && e < 200; e++)
    if ((s[e] == '.' || s[e] == '?') && s[e + 1] == ' ')
      break;
  if (e + 1 >= n || e >= 200)
    return 0;
  for (k = 0; k < e; k++) {
    unsigned char c = (unsigned char)s[k];
    if (dg_is_alpha(c)) {
      letters++;
      upper += dg_is_upper(c) != 0;
    } else if (c == ' ') {
      words++;
    }
  }
  if (letters < 6 || upper * 10 < letters * 9 || words < 2 || words > 20)
    return 0;
  k = e + 1;
  if (!dg_date_find_ex(s + k, n - k < 40 ? n - k : 40, pg->year, pg->date_flags | DG_DATE_SHORT, &d) ||
      !d.day || d.start > 3 || !dg_time_find(s + k, n - k < 60 ? n - k : 60, &t))
    return 0;
  *name = dg_span_at(l->content, s[e] == '?' ? e + 1 : e);
  return 1;
}

/* "May 5, 2025 — Ports and Power: A Conversation": a line of a listing
 * that opens with the date and gives the event's name after a dash, a
 * bar or a colon. Sets *name and returns 1 if line i is one. */
static int dated_title_line(const dg_page *pg, size_t i, dg_span *name)
{
  const dg_line *l = &pg->lines[i];
  size_t n, k;
  const char *s = dg_page_line_text(pg, i, &n);
  dg_date d;
  if (!(l->flags & DG_LF_DATE) || (l->flags & (DG_LF_PROSE | DG_LF_COPYRIGHT)) || l->nwords > 30 ||
      !dg_date_find_ex(s, n, pg->year, pg->date_flags, &d) || !d.day || d.start != 0)
    return 0;
  k = d.len;
  /* a time may sit between the date and the separator */
  {
    dg_time t;
    if (dg_time_find(s + k, n - k < 24 ? n - k : 24, &t) && t.pos < 4)
      k += t.pos + t.len;
  }
  while (k < n && s[k] == ' ')
    k++;
  if (k + 2 < n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
      ((unsigned char)s[k + 2] == 0x94 || (unsigned char)s[k + 2] == 0x93))
    k += 3;
  else if (k < n && (s[k] == '|' || s[k] == '-' || s[k] == ':'))
    k++;
  else
    return 0;
  while (k < n && s[k] == ' ')
    k++;
  /* one name, not more fields ("3 June | ONLINE | Open to all") */
  if (n - k < 8 || !dg_title_text_like(s + k, n - k) || memmem(s + k, n - k, " | ", 3) ||
      memmem(s + k, n - k, " \xC2\xB7 ", 4))
    return 0;
  *name = dg_span_at(l->content + k, n - k);
  return 1;
}

/* The record heads of the page, in page order, one per title. */
static size_t find_heads(const dg_page *pg, const dg_pageinfo *info, head **out)
{
  head *v = NULL;
  size_t n = 0, cap = 0, i;
  unsigned char *memo = NULL; /* owned: title_line() of each line */
  for (i = 0; i < pg->footer_start; i++) {
    int timed = 0;
    size_t t;
    head *h;
    dg_span name;
    /* above the page's heading: a menu, a site banner */
    if (info->title.line != DG_NO_LINE && i < info->title.line)
      continue;
    if (inline_head(pg, i, &name) || dated_title_line(pg, i, &name)) {
      xgrow(&v, &cap, n + 1, sizeof *v);
      h = &v[n++];
      h->first = h->title = h->when = i;
      h->timed = 1;
      h->name = name;
      continue;
    }
    if (!when_line(pg, i, &timed))
      continue;
    /* the page's own heading and date: the main event, not a record */
    if (!memo)
      memo = xcalloc(pg->n_lines, 1);
    t = find_title(pg, info, i, memo);
    if (t == DG_NO_LINE || t == info->title.line || t == info->title.line2)
      continue;
    if (n && v[n - 1].title == t)
      continue;
    xgrow(&v, &cap, n + 1, sizeof *v);
    h = &v[n++];
    h->title = t;
    h->when = i;
    h->timed = timed;
    h->first = t < i ? t : i;
    h->name = dg_span_at(pg->lines[t].content, pg->lines[t].end - pg->lines[t].content);
    /* a label line right above the head ("PAST PROGRAM", "Webinar") */
    if (h->first > 0 && !(pg->lines[h->first - 1].flags & DG_LF_BLANK) &&
        pg->lines[h->first - 1].nwords <= 4 && h->first - 1 != info->title.line)
      h->first--;
  }
  free(memo);
  *out = v;
  return n;
}

/* 1 if the line heads a listing of events: "Related Events", "Upcoming
 * events", "More webinars". */
static int events_heading(const dg_page *pg, size_t i)
{
  static const char *const w[] = {"events", "webinars", "programs", "programmes", "seminars",
                                  "conferences", "lectures"};
  size_t n;
  const char *s = dg_page_line_text(pg, i, &n);
  return (pg->lines[i].flags & (DG_LF_RELATED | DG_LF_SECTION)) && pg->lines[i].nwords <= 4 &&
         dg_has_any_word(s, n, w, DG_COUNT(w));
}

/* The title's part of a listed event's line t[0..n): "2031.09.05
 * Seminar | Ports and Power" is a date and a genre label, then the
 * title. The line is cut at " | ", " \u00B7 " and " \u2014 "; a part that is a
 * date (and a genre word or two after it) or a genre label alone is
 * dropped, and the longest part left is the title (*cls gets the
 * label's class). Sets *a and *len to it; the whole line when nothing
 * was dropped. */
static void listed_title(const char *t, size_t n, size_t *a, size_t *len, dg_class *cls)
{
  static const char *const seps[] = {" | ", " \xC2\xB7 ", " \xE2\x80\x94 "};
  size_t p = 0, best_a = 0, best_n = 0;
  int dropped = 0;
  *a = 0;
  *len = n;
  while (p < n) {
    size_t e = n, k, sl = 0, q, words = 0;
    dg_date d;
    int quoted;
    for (k = 0; k < DG_COUNT(seps); k++) {
      const char *m = memmem(t + p, n - p, seps[k], strlen(seps[k]));
      if (m && (size_t)(m - t) < e) {
        e = (size_t)(m - t);
        sl = strlen(seps[k]);
      }
    }
    /* the columns of a text table: a tab, or a run of spaces */
    for (q = p; q + 1 < e; q++)
      if (t[q] == '\t' || (t[q] == ' ' && t[q + 1] == ' ')) {
        for (sl = 1; q + sl < n && (t[q + sl] == ' ' || t[q + sl] == '\t'); sl++)
          ;
        e = q;
        break;
      }
    quoted = t[p] == '"' || ((unsigned char)t[p] == 0xE2 && p + 2 < n &&
                             (unsigned char)t[p + 1] == 0x80 && (unsigned char)t[p + 2] == 0x9C);
    for (q = p; q < e; q++)
      if (t[q] != ' ' && (q == p || t[q - 1] == ' '))
        words++;
    if (dg_date_find(t + p, e - p, &d) && d.start == 0 &&
        words <= 6 &&
        (d.len + 1 >= e - p || dg_event_word_class(t + p + d.len, e - p - d.len) != DG_CLASS_NONE)) {
      dg_class c = dg_event_word_class(t + p + d.len, e - p - d.len);
      if (c != DG_CLASS_NONE)
        *cls = c;
      dropped = 1;
    } else if (words <= 2 && dg_event_word_class(t + p, e - p) != DG_CLASS_NONE) {
      *cls = dg_event_word_class(t + p, e - p);
      dropped = 1;
    } else if (quoted && best_n > 0) {
      /* "NAME \u2014 \u201CTheme\u201D": the quotation is its theme */
      dropped = 1;
    } else if (e - p > best_n) {
      best_a = p;
      best_n = e - p;
    }
    p = e + sl;
  }
  /* "... (19 October 2031)": a date in parentheses after the name */
  if (best_n > 4 && t[best_a + best_n - 1] == ')') {
    const char *o = NULL;
    size_t q;
    dg_date d;
    for (q = best_a + best_n - 1; q > best_a; q--)
      if (t[q] == '(') {
        o = t + q;
        break;
      }
    if (o && dg_date_find(o, (size_t)(t + best_a + best_n - o), &d) && d.start <= 1 &&
        d.start + d.len + 2 >= (size_t)(t + best_a + best_n - o)) {
      best_n = (size_t)(o - t) - best_a;
      while (best_n > 0 && t[best_a + best_n - 1] == ' ')
        best_n--;
      dropped = 1;
    }
  }
  if (dropped && best_n > 0) {
    *a = best_a;
    *len = best_n;
  }
}

/* The items of a listing of events, one per line under its heading, as
 * listed events (a title alone; a dated one was a record already).
 * Returns the new count of parts. */
static size_t listed_events(const dg_page *pg, dg_event_part **v, size_t n, size_t *cap)
{
  size_t i, k;
  for (i = 0; i < pg->n_lines; i++) {
    if (!events_heading(pg, i))
      continue;
    for (k = i + 1; k < pg->n_lines && k < i + 20; k++) {
      const dg_line *l = &pg->lines[k];
      size_t tl, j, ta, tn;
      const char *t;
      dg_event_part *p;
      char *title;
      int dup = 0;
      dg_class lc;
      if (l->flags & DG_LF_BLANK)
        break;
      if (!title_line(pg, k) || l->nwords < 3 || l->zone == DG_ZONE_FOOTER)
        continue;
      t = dg_page_line_text(pg, k, &tl);
      lc = DG_CLASS_NONE;
      listed_title(t, tl, &ta, &tn, &lc);
      title = dg_title_clean(t + ta, tn);
      for (j = 0; j < n; j++)
        if (strcmp((*v)[j].title, title) == 0)
          dup = 1;
      if (dup) {
        free(title);
        continue;
      }
      p = push(v, &n, cap);
      p->lo = k;
      p->hi = k + 1;
      p->title = title;
      p->span = dg_span_at(l->content + ta, tn);
      p->cls = lc != DG_CLASS_NONE ? lc : dg_event_word_class(t, tl);
      p->when = DG_NO_LINE;
      p->rel = DG_P_LISTS;
      p->rule = "listed-event";
    }
  }
  return n;
}

size_t dg_event_parts_find(dg_page *pg, dg_pageinfo *info, dg_event_part **parts)
{
  dg_event_part *v = NULL;
  head *heads;
  size_t n = 0, cap = 0, nh, k, main_part = (size_t)-1;
  unsigned char *others = NULL;
  dg_class last_cls = DG_CLASS_NONE;
  if (info->is_event && info->title.text) {
    dg_event_part *p = push(&v, &n, &cap);
    p->lo = 0;
    p->hi = pg->n_lines;
    p->title = xstrdup(announcement_name(info->title.text));
    p->span = info->title.span;
    p->cls = info->event_class;
    p->main = 1;
    p->rel = DG_P_DESCRIBES;
    p->rule = "main-event";
    p->when = DG_NO_LINE;
    main_part = 0;
  }
  nh = find_heads(pg, info, &heads);
  for (k = 0; k < nh; k++) {
    const head *h = &heads[k];
    size_t end = part_end(pg, h, k + 1 < nh ? heads[k + 1].first : pg->n_lines), i;
    dg_event_part *p;
    if (event_evidence(pg, h, end) < EVENT_EVIDENCE)
      continue;
    p = push(&v, &n, &cap);
    p->lo = h->first;
    p->hi = end;
    {
      /* "2031.09.05 Seminar | Title": the title's part of the name */
      size_t ta, tn;
      dg_class lc = DG_CLASS_NONE;
      listed_title(pg->text + h->name.start, h->name.len, &ta, &tn, &lc);
      p->title = dg_title_clean(pg->text + h->name.start + ta, tn);
      p->span = dg_span_at(h->name.start + ta, tn);
    }
    p->when = h->when;
    p->when_from = h->when == h->title ? h->name.start + h->name.len : 0;
    p->cls = record_class(pg, h, end);
    /* a calendar's events are mostly of one kind: one no word names
     * takes the kind of the one before */
    if (p->cls == DG_CLASS_NONE && last_cls != DG_CLASS_NONE)
      p->cls = last_cls;
    last_cls = p->cls;
    p->rel = pg->lines[h->title].zone == DG_ZONE_LISTING ? DG_P_LISTS : DG_P_DESCRIBES;
    p->rule = "event-record";
    /* the page's heading was taken from the first record of a listing of
     * events ("May 5, 2025 — NAME"): the page presents no publication */
    if (h->title == info->title.line)
      info->is_pub = 0;
    if (main_part != (size_t)-1) {
      if (!others)
        others = xcalloc(pg->n_lines ? pg->n_lines : 1, 1);
      for (i = p->lo; i < p->hi; i++)
        others[i] = 1;
    }
  }
  free(heads);
  n = listed_events(pg, &v, n, &cap);
  if (main_part != (size_t)-1)
    v[main_part].others = others;
  /* a calendar: events below a heading that has no date of its own */
  if (main_part != (size_t)-1 && n > 1 && !own_date(pg, &v[main_part])) {
    free(v[main_part].title);
    free(v[main_part].others);
    memmove(v, v + 1, (n - 1) * sizeof *v);
    n--;
    info->is_event = 0;
    info->is_pub = 0;
  }
  *parts = v;
  return n;
}
