/* classify.c - what a page is about: its main item, title, class and date.
 *
 * A first, deliberately simple reading of the page's cues: the heading
 * that repeats, the words that name a genre ("essay", "working paper",
 * "roundtable"), the date next to the heading. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dates.h"
#include "extract.h"
#include "text.h"
#include "xalloc.h"

typedef struct line {
  size_t start, len;   /* raw span in the text */
  char *s;             /* owned, white space squeezed */
} line;

static size_t split_lines(const char *text, size_t len, line **out)
{
  size_t n = 0, cap = 0, i = 0;
  line *v = NULL;
  while (i <= len) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - text) : len;
    xgrow(&v, &cap, n + 1, sizeof *v);
    v[n].start = i;
    v[n].len = e - i;
    v[n].s = dg_text_squeeze(text + i, e - i);
    n++;
    if (!nl)
      break;
    i = e + 1;
  }
  *out = v;
  return n;
}

/* Case-insensitive search for a whole word in s. */
static int has_word(const char *s, const char *w)
{
  size_t wl = strlen(w);
  const char *p = s;
  while ((p = strcasestr(p, w)) != NULL) {
    int before = p == s || !dg_is_alnum((unsigned char)p[-1]);
    int after = !dg_is_alnum((unsigned char)p[wl]);
    if (before && after)
      return 1;
    p += wl;
  }
  return 0;
}

static int starts_with(const char *s, const char *prefix)
{
  return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

static int count_words(const char *s)
{
  int n = 0, in = 0;
  for (; *s; s++) {
    if (*s == ' ')
      in = 0;
    else if (!in) {
      in = 1;
      n++;
    }
  }
  return n;
}

/* Navigation, footers, bylines, dates and prose are not titles. */
static int title_like(const char *s)
{
  size_t n = strlen(s);
  dg_date d;
  int words = count_words(s);
  if (n < 8 || n > 220 || words < 2 || words > 30)
    return 0;
  if (strstr(s, " | ") || strstr(s, "\xE2\x80\xBA") || strncmp(s, "\xE2\x80\xA2", 3) == 0 || starts_with(s, "home ") ||
      starts_with(s, "by ") || starts_with(s, "download") || starts_with(s, "share") ||
      starts_with(s, "\xC2\xA9") || has_word(s, "copyright") || starts_with(s, "read ") ||
      starts_with(s, "see ") || starts_with(s, "view "))
    return 0;
  if (s[n - 1] == '.' || s[n - 1] == ':' || s[n - 1] == ',')
    return 0;
  if (dg_date_find(s, n, &d) && d.len + 4 >= n)
    return 0;
  if (!dg_is_upper((unsigned char)s[0]) && (unsigned char)s[0] < 0x80 && s[0] != '"')
    return 0;
  return 1;
}

/* Strips quotation marks around a whole title. */
static char *unquote(const char *s)
{
  size_t n = strlen(s);
  if (n >= 6 && strncmp(s, "\xE2\x80\x9C", 3) == 0 && strcmp(s + n - 3, "\xE2\x80\x9D") == 0)
    return xstrndup(s + 3, n - 6);
  if (n >= 2 && s[0] == '"' && s[n - 1] == '"')
    return xstrndup(s + 1, n - 2);
  return xstrdup(s);
}

static const struct {
  const char *word;
  dg_class cls;
} event_words[] = {
  {"book launch", DG_CLASS_BOOK_LAUNCH}, {"roundtable", DG_CLASS_ROUNDTABLE},
  {"round table", DG_CLASS_ROUNDTABLE},  {"webinar", DG_CLASS_WEBINAR},
  {"workshop", DG_CLASS_WORKSHOP},       {"seminar", DG_CLASS_SEMINAR},
  {"symposium", DG_CLASS_CONFERENCE},    {"conference", DG_CLASS_CONFERENCE},
  {"forum", DG_CLASS_FORUM},             {"summit", DG_CLASS_SUMMIT},
  {"lecture", DG_CLASS_LECTURE},         {"meeting", DG_CLASS_MEETING},
  {"panel discussion", DG_CLASS_FORUM},
};

static const struct {
  const char *word;
  dg_class cls;
} pub_words[] = {
  {"essay", DG_CLASS_ESSAY},           {"commentary", DG_CLASS_COMMENTARY},
  {"working paper", DG_CLASS_REPORT},  {"report", DG_CLASS_REPORT},
  {"this volume", DG_CLASS_REPORT},    {"journal", DG_CLASS_JOURNAL_ARTICLE},
  {"chapter", DG_CLASS_CHAPTER},
};

static int is_event_cue(const char *s)
{
  return starts_with(s, "hosted by") || starts_with(s, "moderated by") ||
         starts_with(s, "moderator") || starts_with(s, "speakers") ||
         starts_with(s, "panelists") || starts_with(s, "register") ||
         starts_with(s, "roundtable participants") || starts_with(s, "venue") ||
         starts_with(s, "location:");
}

/* A time of day next to a date: "(10:30-12:00)", "10:30 AM". */
static int has_time(const char *s)
{
  const char *p = s;
  while ((p = strchr(p, ':')) != NULL) {
    if (p > s && dg_is_digit((unsigned char)p[-1]) && dg_is_digit((unsigned char)p[1]) &&
        dg_is_digit((unsigned char)p[2]))
      return 1;
    p++;
  }
  return 0;
}

void dg_extract_main_item(const dg_page *pg, dg_facts *f)
{
  line *lines = NULL;
  size_t n = split_lines(pg->text, pg->len, &lines), i, j, best = (size_t)-1;
  size_t limit = n < 40 ? n : 40;
  int event_score = 0;
  dg_class cls = DG_CLASS_NONE;
  char *title;
  size_t item;
  dg_span span;
  dg_date date;
  int have_date = 0;

  /* the heading that the page repeats is the title */
  for (i = 0; i < limit && best == (size_t)-1; i++) {
    if (!title_like(lines[i].s))
      continue;
    for (j = 0; j < n; j++) {
      size_t a = strlen(lines[i].s), b = strlen(lines[j].s);
      if (j != i && b >= a && strcmp(lines[j].s + b - a, lines[i].s) == 0) {
        best = i;
        break;
      }
    }
  }
  for (i = 0; i < limit && best == (size_t)-1; i++)
    if (title_like(lines[i].s))
      best = i;
  for (i = 0; i < n; i++) {
    if (is_event_cue(lines[i].s))
      event_score += 2;
    if (has_time(lines[i].s) && dg_date_find(lines[i].s, strlen(lines[i].s), &date))
      event_score += 2;
  }
  if (best == (size_t)-1) {
    for (i = 0; i < n; i++)
      free(lines[i].s);
    free(lines);
    return;
  }
  title = unquote(lines[best].s);
  span.start = lines[best].start;
  span.len = lines[best].len;

  if (event_score >= 3) {
    for (i = 0; i < sizeof event_words / sizeof *event_words && !cls; i++)
      if (has_word(title, event_words[i].word))
        cls = event_words[i].cls;
    for (i = 0; i < sizeof event_words / sizeof *event_words && !cls; i++)
      for (j = 0; j < n && !cls; j++)
        if (has_word(lines[j].s, event_words[i].word))
          cls = event_words[i].cls;
    for (i = 0; i < n && !have_date; i++)
      if (has_time(lines[i].s) && dg_date_find(lines[i].s, strlen(lines[i].s), &date))
        have_date = 1;
    {
      char d[11] = "";
      if (have_date)
        dg_date_format(&date, d);
      item = dg_facts_entity(f, DG_KIND_EVENT, title, title, span, "main-item-event");
      if (have_date && date.day) {
        dg_facts_set_date(f, item, d);
        dg_facts_add_literal(f, item, DG_P_START_DATE, d, DG_DT_DATE, span, "event-date");
      }
    }
  } else {
    for (i = 0; i < sizeof pub_words / sizeof *pub_words && !cls; i++)
      for (j = 0; j < n && !cls; j++)
        if (has_word(lines[j].s, pub_words[i].word))
          cls = pub_words[i].cls;
    if (!cls)
      cls = DG_CLASS_ARTICLE;
    item = dg_facts_entity(f, DG_KIND_PUBLICATION, title, title, span, "main-item-publication");
    /* a date in the header, never the footer's copyright year */
    for (i = 0; i < limit && i < best + 8 && !have_date; i++) {
      const char *s = lines[i].s;
      if (has_word(s, "copyright") || strstr(s, "\xC2\xA9"))
        continue;
      if (dg_date_find(s, strlen(s), &date) && strlen(s) < 60)
        have_date = 1;
    }
    if (have_date) {
      char d[11];
      dg_datatype dt = dg_date_format(&date, d);
      dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, d, dt, span, "header-date");
    }
  }
  dg_facts_set_class(f, item, cls);
  dg_facts_add_literal(f, item, DG_P_TITLE, title, DG_DT_STRING, span, "repeated-heading");
  dg_facts_add_ref(f, pg->doc, DG_P_DESCRIBES, item, span, "main-item");
  free(title);
  for (i = 0; i < n; i++)
    free(lines[i].s);
  free(lines);
}
