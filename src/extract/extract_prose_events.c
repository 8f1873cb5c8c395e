/* extract_prose_events.c - named, dated events told of in running text.
 *
 * An article often reports an event: "When the 2031 Harbour Review
 * Conference opened at the Palais des Nations on 3 May, ...", "a meeting
 * of the Joint Fisheries Committee on January 7, when ... met ...". Such
 * an event has a name (capitalised words ending in an event word, or the
 * body after "a meeting of the") and a day's date in the same sentence;
 * a name alone ("the summit", "a conference last year") is no event.
 * The people the paragraph names from that sentence on took part in it,
 * in the role the words beside each name give (presided, spoke, met).
 *
 * This runs after the persons of the prose are found, so that the people
 * are the mentions the person recogniser made. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/pub.h"

/* The lexicon's event heads (DG_LEX_EVENT_HEAD): capitalised words that
 * end an event's name, each with the class it gives. And for a quick no,
 * as every word of the prose is asked: the length of the shortest and
 * the first bytes of all. Built once for the process. */
static struct {
  const dg_lex *lx;
  size_t min_len;
  uint32_t initial[8]; /* bit c % 32 of [c / 32]: a head starts with byte c */
} heads;
static pthread_once_t heads_once = PTHREAD_ONCE_INIT;

static void heads_init(void)
{
  size_t h;
  heads.lx = dg_lexicon(DG_LEX_EVENT_HEAD);
  heads.min_len = SIZE_MAX;
  for (h = 0; h < heads.lx->n; h++) {
    unsigned char c = (unsigned char)heads.lx->words[h][0];
    heads.initial[c / 32] |= UINT32_C(1) << (c % 32);
    if (heads.lx->lens[h] < heads.min_len)
      heads.min_len = heads.lx->lens[h];
  }
}

/* A sentence of a line: [a, b) in the text. */
typedef struct sentence {
  size_t a, b;
} sentence;

/* The end of the sentence that starts at s[i] of s[0..n): after ". ",
 * "! " or "? " before a capital or a quote, but not after an initial
 * ("Ada J. Lind") or a title's abbreviation ("Mr. ", "H.E. "). */
static size_t sentence_end(const char *s, size_t n, size_t i)
{
  size_t j;
  for (j = i; j + 2 < n; j++) {
    unsigned char c = (unsigned char)s[j], nx = (unsigned char)s[j + 2];
    if ((c != '.' && c != '!' && c != '?') || s[j + 1] != ' ')
      continue;
    if (!(dg_is_cap_byte(nx) || nx == '"')) /* a curly quote's lead is a cap byte */
      continue;
    if (c == '.' && j >= 1 && dg_is_upper((unsigned char)s[j - 1]) &&
        (j < 2 || !dg_is_alpha((unsigned char)s[j - 2])))
      continue; /* an initial */
    if (c == '.' && j >= 2 && (dg_at(s, n, j - 2, "Mr") || dg_at(s, n, j - 2, "Dr") ||
                               dg_at(s, n, j - 2, "Ms") || dg_at(s, n, j - 2, "St")))
      continue;
    return j + 1;
  }
  return n;
}

/* 1 if token k of the text is a word that can be part of an event's
 * name: capitalised, a number or ordinal ("2031", "10th"), a hyphen or
 * an apostrophe glued inside a word ("US-Nordic", "Ministers’"). */
static int name_token(const dg_page *pg, size_t k)
{
  const dg_token *t = &pg->toks->tok[k];
  unsigned char c = (unsigned char)pg->text[t->start];
  if (t->type == DG_TOK_NUM)
    return 1;
  if (t->type == DG_TOK_WORD)
    return dg_is_cap_byte(c) || (!t->space && k > 0);
  /* punctuation inside a name: a hyphen between two words, an
   * apostrophe after one ("Ministers’ Meeting") */
  if (t->space)
    return 0;
  if (c == '-')
    return k + 1 < pg->toks->n && !pg->toks->tok[k + 1].space;
  return c == '\'' || (c == 0xE2 && t->len == 3 && (unsigned char)pg->text[t->start + 2] == 0x99);
}

/* The event class of head word token k, or NONE. */
static dg_class head_class(const dg_page *pg, size_t k)
{
  const dg_token *t = &pg->toks->tok[k];
  unsigned char c = (unsigned char)pg->text[t->start];
  size_t h;
  pthread_once(&heads_once, heads_init);
  /* asked of every word of the prose: most start with another letter */
  if (t->type != DG_TOK_WORD || t->len < heads.min_len ||
      !(heads.initial[c / 32] & (UINT32_C(1) << (c % 32))))
    return DG_CLASS_NONE;
  for (h = 0; h < heads.lx->n; h++)
    if (dg_token_is(pg->text, t, heads.lx->words[h]))
      return (dg_class)heads.lx->values[h];
  return DG_CLASS_NONE;
}

/* Tokens [first, last] form the name that ends at head token k: the
 * capitalised words before it, without a leading article. Returns 0 when
 * the name is one word, or goes on past the head ("Summit Declaration"). */
static int name_before(const dg_page *pg, size_t lo, size_t k, size_t hi, size_t *first)
{
  size_t f = k, words = 1;
  if (k + 1 < hi) {
    const dg_token *nx = &pg->toks->tok[k + 1];
    if (nx->type == DG_TOK_WORD && nx->space && dg_is_upper((unsigned char)pg->text[nx->start]))
      return 0;
  }
  while (f > lo && name_token(pg, f - 1) && words < 12) {
    const dg_token *t = &pg->toks->tok[f - 1];
    /* "The" opens the sentence or the name, and is not part of it */
    if (t->type == DG_TOK_WORD && (dg_token_is(pg->text, t, "The") || dg_token_is(pg->text, t, "When") ||
                                   dg_token_is(pg->text, t, "On") || dg_token_is(pg->text, t, "At")))
      break;
    f--;
    if (t->space)
      words++;
  }
  *first = f;
  return words >= 2;
}

/* "Conference on Maritime Law", "Summit of the Americas": the name goes
 * on after its head with "on", "of" or "for" and capitalised words.
 * Returns the name's last token. */
static size_t name_after(const dg_page *pg, size_t k, size_t hi)
{
  const dg_token *t = pg->toks->tok;
  size_t j = k + 1, last = k;
  if (j + 1 >= hi || !(dg_token_is(pg->text, &t[j], "on") || dg_token_is(pg->text, &t[j], "of") ||
                       dg_token_is(pg->text, &t[j], "for")))
    return k;
  j++;
  if (j < hi && dg_token_is(pg->text, &t[j], "the"))
    j++;
  while (j < hi && j < k + 10 && t[j].type == DG_TOK_WORD &&
         (dg_is_upper((unsigned char)pg->text[t[j].start]) ||
          ((dg_token_is(pg->text, &t[j], "and") || dg_token_is(pg->text, &t[j], "of")) &&
           j + 1 < hi && dg_is_upper((unsigned char)pg->text[t[j + 1].start])))) {
    if (dg_is_upper((unsigned char)pg->text[t[j].start]))
      last = j;
    j++;
  }
  return last;
}

/* "a meeting of the Joint Fisheries Committee": the body met. Sets the
 * name's tokens and returns 1. */
static int meeting_of(const dg_page *pg, size_t k, size_t hi, size_t *first, size_t *last)
{
  const char *x = pg->text;
  const dg_token *t = pg->toks->tok;
  size_t j;
  if (k + 3 >= hi || !dg_token_is(x, &t[k], "meeting") || !dg_token_is(x, &t[k + 1], "of") ||
      !dg_token_is(x, &t[k + 2], "the"))
    return 0;
  j = k + 3;
  if (!dg_is_upper((unsigned char)x[t[j].start]))
    return 0;
  while (j + 1 < hi && name_token(pg, j + 1))
    j++;
  *first = k + 3;
  *last = j;
  return j > k + 3;
}

/* The place after the name: "at the Palais des Nations", "held at Main
 * Hall, Lindau" up to " on ", " from ", ", in the " or the sentence's
 * end. Returns its length and sets *start, or 0. */
static size_t place_after(const char *s, size_t n, size_t from, size_t *start)
{
  size_t i = dg_find_ci(s, n, from, " at ", 0), e;
  if (i >= n || i > from + 160) {
    /* "brought ministers to the Harbour Hotel in Lindau": a venue */
    static const char *const venues[] = {"Hotel", "Hall", "Centre", "Center", "House",
                                         "Palace", "Headquarters", "Building", "Auditorium"};
    size_t v;
    i = dg_find_ci(s, n, from, " to the ", 0);
    if (i >= n || i > from + 160)
      return 0;
    for (v = 0; v < DG_COUNT(venues); v++)
      if (dg_find_ci(s, n < i + 80 ? n : i + 80, i, venues[v], 1) < (n < i + 80 ? n : i + 80))
        break;
    if (v == DG_COUNT(venues))
      return 0;
    i += 4; /* to " the ": dropped below */
  }
  i += 4;
  if (i + 4 < n && strncmp(s + i, "the ", 4) == 0)
    i += 4;
  if (i >= n || !dg_is_upper((unsigned char)s[i]))
    return 0;
  for (e = i; e < n; e++) {
    if (s[e] == ';' || s[e] == '(' || (s[e] == '.' && (e + 1 == n || s[e + 1] == ' ') &&
                                       e > 0 && dg_is_lower((unsigned char)s[e - 1])))
      break;
    if (dg_at(s, n, e, " on ") || dg_at(s, n, e, " from ") || dg_at(s, n, e, ", in the ") ||
        dg_at(s, n, e, ", when ") || dg_at(s, n, e, ", which ") || dg_at(s, n, e, ", the ") ||
        dg_at(s, n, e, " to ") || dg_at(s, n, e, ", where ") || dg_at(s, n, e, " for "))
      break;
  }
  while (e > i && (s[e - 1] == ',' || s[e - 1] == ' '))
    e--;
  if (e - i < 4 || e - i > 120)
    return 0;
  *start = i;
  return e - i;
}

/* The role the words around a name give: "presided over by NAME",
 * "remarks by NAME", "the keynote ... was given by NAME", "NAME urged";
 * else a participant. The words just before the name decide first; the
 * words after it only up to the clause's end. */
static dg_prop role_near(const char *text, size_t lo, size_t hi, dg_span m)
{
  size_t a = m.start > lo + 48 ? m.start - 48 : lo, b = m.start + m.len, k;
  const char *before = text + a, *after = text + m.start + m.len;
  size_t nb = m.start - a, na;
  /* the clause after the name (past the comma that closes an apposition:
   * "the minister, NAME, used her speech"): to its comma or full stop */
  if (b < hi && text[b] == ',' && m.start >= lo + 2 && text[m.start - 1] == ' ' &&
      text[m.start - 2] == ',') {
    b++;
    after++;
  }
  for (k = b; k < hi && k < b + 48 && text[k] != ',' && text[k] != ';' &&
              !(text[k] == '.' && k + 1 < hi && text[k + 1] == ' ');
       k++)
    ;
  na = k - b;
  /* the clause before it: from its comma */
  for (k = nb; k > 0 && before[k - 1] != ',' && before[k - 1] != ';' && before[k - 1] != '.'; k--)
    ;
  before += k;
  nb -= k;
  if (dg_has_word(before, nb, "presided over by") || dg_has_word(before, nb, "chaired by") ||
      dg_has_word(after, na, "presided") || dg_has_word(after, na, "chaired"))
    return DG_P_CHAIR;
  if (dg_has_word(before, nb, "keynote") || dg_has_word(after, na, "keynote"))
    return DG_P_KEYNOTE_SPEAKER;
  if (dg_has_word(before, nb, "remarks by") || dg_has_word(before, nb, "speech by") ||
      dg_has_word(before, nb, "address by") ||
      dg_has_word(after, na, "urged") || dg_has_word(after, na, "spoke") ||
      dg_has_word(after, na, "said") || dg_has_word(after, na, "told") ||
      dg_has_word(after, na, "addressed") || dg_has_word(after, na, "speech") ||
      dg_has_word(after, na, "opened") || dg_has_word(after, na, "delivered") ||
      dg_has_word(after, na, "set out") || dg_has_word(after, na, "gave"))
    return DG_P_SPEAKER;
  return DG_P_PARTICIPANT;
}

/* Where the prose that runs on from line li ends: the end of the last
 * paragraph before a heading, a list or the footer. */
static size_t prose_run_end(const dg_page *pg, size_t li)
{
  size_t i, end = pg->lines[li].end;
  for (i = li + 1; i < pg->n_lines && i < li + 40; i++) {
    const dg_line *l = &pg->lines[i];
    if (l->flags & DG_LF_BLANK)
      continue;
    if (!(l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT)) || l->zone == DG_ZONE_FOOTER ||
        l->zone == DG_ZONE_LISTING || l->nwords < 8)
      break;
    end = l->end;
  }
  return end;
}

/* "The session began at 9 a.m.": a clock time the paragraph gives for the
 * start. Returns where it is written (0 if nowhere) and sets *t. */
static size_t start_time(const char *text, size_t a, size_t b, dg_time *t)
{
  static const char *const cues[] = {"began at ", "begins at ", "started at ", "starts at ",
                                     "opened at ", "opens at ", "got under way at "};
  size_t k, n = b - a;
  if (n > 4 * DG_CUE_SCAN)
    n = 4 * DG_CUE_SCAN;
  for (k = 0; k < DG_COUNT(cues); k++) {
    size_t i = dg_find_ci(text + a, n, 0, cues[k], 1), c = strlen(cues[k]);
    if (i < n && dg_time_find(text + a + i + c, n - i - c < 16 ? n - i - c : 16, t) && t->pos == 0)
      return a + i + c;
  }
  return 0;
}

/* 1 if an event the page tells of already is named `title` in its own
 * title ("Call for Papers: the Fifth Harbour Conference"). */
static int told_already(const dg_facts *f, const char *title)
{
  size_t i;
  for (i = 0; i < dg_facts_n_entities(f); i++) {
    const dg_entity *e = dg_facts_get_entity(f, i);
    if (e->kind == DG_KIND_EVENT && dg_find_ci(e->label, strlen(e->label), 0, title, 1) <
                                        strlen(e->label))
      return 1;
  }
  return 0;
}

/* "which President NAME – who opened it on Tuesday – is hosting": the
 * person is the subject of "is hosting" / "hosts" / "hosted" within the
 * next few words (an aside between dashes included). */
static int hosts_it(const char *text, size_t hi, dg_span m)
{
  size_t b = m.start + m.len, n = hi > b + 80 ? 80 : hi - b;
  const char *s = text + b;
  size_t i = dg_find_ci(s, n, 0, "is hosting", 1), j = dg_find_ci(s, n, 0, "hosted", 1), k, q;
  if (j < n && dg_at(s, n, j + 6, " by"))
    j = n; /* "hosted by ORG": someone else hosts */
  k = i < j ? i : j;
  if (k >= n)
    return 0;
  /* the same sentence */
  for (q = 0; q < k; q++)
    if (s[q] == '.' || s[q] == ';')
      return 0;
  return 1;
}

/* Makes the event [name] with `cls`, date `d` and the place, and relates
 * the paragraph's people from the sentence on. */
static size_t add_event(dg_page *pg, dg_facts *f, const sentence *se, size_t until, dg_span name,
                        dg_span names, dg_class cls, const dg_date *d)
{
  char *title = dg_title_clean(pg->text + name.start, name.len), date[11];
  size_t e, k, ps, pl;
  if (dg_facts_find(f, DG_KIND_EVENT, title, &e) || told_already(f, title)) {
    free(title);
    return (size_t)-1;
  }
  e = dg_facts_entity(f, DG_KIND_EVENT, title, title, name, "prose-event");
  dg_facts_set_class(f, e, cls);
  dg_facts_add_literal(f, e, DG_P_TITLE, title, DG_DT_STRING, name, "prose-event");
  dg_facts_add_ref(f, pg->doc, DG_P_DESCRIBES, e, name, "prose-event");
  dg_date_format(d, date);
  dg_facts_set_date(f, e, date);
  {
    dg_time t;
    /* the time may come in the next paragraph ("The session began at ...") */
    size_t tp = start_time(pg->text, se->a, prose_run_end(pg, dg_page_line_at(pg, se->a)), &t);
    if (tp) {
      char hm[9], *v;
      dg_time_format(t.start, hm);
      v = xasprintf("%sT%s", date, hm);
      dg_facts_add_literal(f, e, DG_P_START_DATE, v, DG_DT_DATETIME, dg_span_at(tp, t.len),
                           "prose-event-time");
      free(v);
    } else {
      dg_facts_add_literal(f, e, DG_P_START_DATE, date, DG_DT_DATE, dg_span_at(d->start, d->len),
                           "prose-event-date");
    }
  }
  pl = place_after(pg->text, se->b, name.start + name.len, &ps);
  if (pl) {
    char *v = dg_page_str(pg, ps, pl);
    dg_facts_add_literal(f, e, DG_P_LOCATION, v, DG_DT_STRING, dg_span_at(ps, pl),
                         "prose-event-place");
    free(v);
  }
  free(title);
  /* an organization in the event's name runs it: "the 31st Tundra
   * Institute Harbour Summit" */
  {
    size_t m;
    for (m = dg_orgs_first_in(pg->orgs, names.start, names.len);
         m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs); m++) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
      if (om->start >= names.start + names.len)
        break;
      /* "a meeting of the Joint Fisheries Committee": the body that met
       * is no host of its own meeting */
      if (om->len + 8 >= names.len)
        continue;
      dg_orgs_ref(pg->orgs, f, e, DG_P_HOST, om, "prose-event-host");
    }
  }
  /* "was hosted by the Korea Institute (KI) and Baltic Watch": the
   * organizations named after a hosting phrase in the paragraph, from
   * the sentence on */
  {
    size_t j, m[16], nf, end;
    int part;
    for (j = se->a; j < until; j++) {
      size_t cl = dg_lex_host_by_at(pg->text, until, j, &part), stop;
      if (!cl)
        continue;
      stop = sentence_end(pg->text, until, j + cl);
      nf = dg_orgs_list(pg->orgs, pg, j + cl, stop, m, 16, &end);
      for (k = 0; k < nf; k++)
        dg_orgs_ref(pg->orgs, f, e, (dg_prop)part, dg_orgs_mention(pg->orgs, m[k]),
                    "prose-event-host");
      j += cl - 1;
    }
  }
  /* the people of the paragraph, from the sentence on */
  for (k = 0; k < dg_people_n_mentions(pg->people); k++) {
    dg_span m = dg_people_span(pg->people, k);
    dg_prop prop;
    if (m.start < se->a || m.start >= until || !dg_people_is_full(pg->people, k))
      continue;
    prop = role_near(pg->text, se->a, until, m);
    dg_people_relate(pg->people, e, prop, k, m, "prose-event-role");
    if (prop != DG_P_PARTICIPANT)
      dg_people_relate(pg->people, e, DG_P_PARTICIPANT, k, m, "prose-event-role");
    if (hosts_it(pg->text, until, m))
      dg_people_relate(pg->people, e, DG_P_HOST, k, m, "prose-event-host");
  }
  return e;
}

/* "the 31st Harbour Security Summit, the Lindau Dialogue, ...": an event
 * named again in apposition goes by the second name. Sets *first and
 * *last to it and returns its class, or NONE. */
static dg_class appositive(const dg_page *pg, size_t last, size_t hi, size_t *first2,
                           size_t *last2)
{
  const dg_token *t = pg->toks->tok;
  size_t k = last + 1, j;
  dg_class c;
  if (k + 2 >= hi || !dg_token_is(pg->text, &t[k], ",") || !dg_token_is(pg->text, &t[k + 1], "the"))
    return DG_CLASS_NONE;
  for (j = k + 2; j < hi && j < k + 14 && name_token(pg, j); j++)
    if ((c = head_class(pg, j)) != DG_CLASS_NONE && j + 1 < hi &&
        dg_token_is(pg->text, &t[j + 1], ",") && j > k + 2) {
      *first2 = k + 2;
      *last2 = j;
      return c;
    }
  return DG_CLASS_NONE;
}

/* 1 if the page's header (its heading and the lines under it) names the
 * event and gives a day's date: a report about an event ("IISS Harbour
 * Dialogue 2031" / "Lindau, 31 May-2 June 2031"). The name must be in
 * the heading or in the dated line. Sets *d. */
static int header_date(const dg_page *pg, dg_span name, dg_date *d)
{
  size_t i, top = pg->title_line, end = pg->header_end;
  int named = 0, dated = 0;
  char *key;
  if (top == DG_NO_LINE || name.len < 6)
    return 0;
  if (end > top + 8)
    end = top + 8;
  key = dg_page_str(pg, name.start, name.len);
  for (i = top; i < end && i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n = l->end - l->content;
    const char *s = pg->text + l->content;
    dg_date dd;
    if (dg_find_ci(s, n, 0, key, 1) < n)
      named = 1;
    if (!dated && (l->flags & DG_LF_DATE) && !(l->flags & DG_LF_BYLINE) &&
        dg_date_find_ex(s, n, pg->year, pg->date_flags, &dd) && dd.day) {
      *d = dd;
      d->start += l->content;
      dated = 1;
    }
  }
  free(key);
  return named && dated;
}

/* The events the prose told of, for finding them again ("at the
 * summit"): each with its head word in lower case and the stretch of
 * text whose people were already related. */
#define MAX_TOLD 8
typedef struct told {
  struct {
    size_t entity;
    char head[16];
    size_t from, to;
  } e[MAX_TOLD];
  size_t n;
} told;

static void remember(told *tl, size_t entity, const dg_page *pg, size_t head_tok, const sentence *se,
                     size_t until)
{
  const dg_token *t = &pg->toks->tok[head_tok];
  size_t k;
  if (entity == (size_t)-1 || tl->n >= MAX_TOLD || t->len >= sizeof tl->e[0].head)
    return;
  for (k = 0; k < t->len; k++)
    tl->e[tl->n].head[k] = (char)dg_to_lower((unsigned char)pg->text[t->start + k]);
  tl->e[tl->n].head[t->len] = '\0';
  tl->e[tl->n].entity = entity;
  tl->e[tl->n].from = se->a;
  tl->e[tl->n].to = until;
  tl->n++;
}

/* "Secretary Lind used the summit to ...", "NAME, at her first summit,
 * ...": a later sentence that names the event again by its head word,
 * with a verb of taking part; its people took part. */
static void again(dg_page *pg, const told *tl, const sentence *se)
{
  static const char *const cues[] = {"at the ", "at his first ", "at her first ", "at their first ",
                                     "at his ", "at her ", "used the ", "attended the ",
                                     "addressed the ", "told the "};
  size_t k, c, n = se->b - se->a;
  const char *s = pg->text + se->a;
  for (k = 0; k < tl->n; k++) {
    if (se->a >= tl->e[k].from && se->a < tl->e[k].to)
      continue; /* its own paragraphs, read already */
    for (c = 0; c < DG_COUNT(cues); c++) {
      size_t i = dg_find_ci(s, n, 0, cues[c], 1), cl = strlen(cues[c]), m;
      if (i >= n || dg_find_ci(s + i + cl, n - i - cl, 0, tl->e[k].head, 1) != 0)
        continue;
      for (m = 0; m < dg_people_n_mentions(pg->people); m++) {
        dg_span sp = dg_people_span(pg->people, m);
        if (sp.start < se->a || sp.start >= se->b)
          continue;
        dg_people_relate(pg->people, tl->e[k].entity,
                         c >= 8 ? DG_P_SPEAKER : DG_P_PARTICIPANT, m, sp, "prose-event-again");
        if (c >= 8)
          dg_people_relate(pg->people, tl->e[k].entity, DG_P_PARTICIPANT, m, sp,
                           "prose-event-again");
      }
      break;
    }
  }
}

/* The named events of one sentence: dated in it, or, for a page about
 * one event, dated in the page's header. */
/* "... for \u201CPorts in a Cold Sea,\u201D a conference hosted
 * by ...": a quoted name set in apposition to an event word
 * ("a conference", "an online seminar") names that event. Sets *name to
 * the words inside the quotes and *word to where the event word starts,
 * and returns its class; NONE when the sentence [a, b) holds no such
 * name. */
static dg_class quoted_event(const dg_page *pg, size_t a, size_t b, dg_span *name, size_t *word)
{
  const char *s = pg->text;
  size_t from = a;
  while (from < b) {
    size_t qa, qb, after, k, w;
    if (!dg_pub_quoted_title(s + from, b - from, &qa, &qb, &after))
      return DG_CLASS_NONE;
    k = from + after;
    while (k < b && (s[k] == ',' || s[k] == ' '))
      k++;
    /* "a" or "an", then at most three words up to the event word */
    if (k + 2 < b && s[k] == 'a' && (s[k + 1] == ' ' || (s[k + 1] == 'n' && s[k + 2] == ' '))) {
      k += s[k + 1] == ' ' ? 2 : 3;
      for (w = 0; w < 4 && k < b; w++) {
        size_t e = k;
        long v;
        while (e < b && (dg_is_alpha((unsigned char)s[e]) || s[e] == '-'))
          e++;
        if (e == k)
          break;
        if ((v = dg_lex_find(DG_LEX_EVENT_GENRE, s + k, e - k)) >= 0 && !dg_is_upper((unsigned char)s[k])) {
          size_t na = from + qa, nb = from + qb;
          while (nb > na && (s[nb - 1] == ',' || s[nb - 1] == '.'))
            nb--;
          *name = dg_span_at(na, nb - na);
          *word = k;
          return (dg_class)dg_lexicon(DG_LEX_EVENT_GENRE)->values[v];
        }
        k = e;
        while (k < b && s[k] == ' ')
          k++;
      }
    }
    from += after;
  }
  return DG_CLASS_NONE;
}

static void sentence_events(dg_page *pg, dg_facts *f, size_t li, const sentence *se, told *tl)
{
  const dg_line *l = &pg->lines[li];
  size_t k, lo = l->tok, hi = l->tok_end;
  dg_date d;
  int dated;
  /* the tokens of the sentence */
  while (lo < hi && pg->toks->tok[lo].start < se->a)
    lo++;
  while (hi > lo && pg->toks->tok[hi - 1].start >= se->b)
    hi--;
  dated = -1; /* looked for at the first name: most sentences have none */
  {
    dg_span qn;
    size_t word = 0, wt = lo;
    dg_class qc = quoted_event(pg, se->a, se->b, &qn, &word);
    if (qc != DG_CLASS_NONE &&
        dg_date_find_ex(pg->text + se->a, se->b - se->a, pg->year, pg->date_flags, &d) && d.day) {
      d.start += se->a;
      /* the date must not be inside the name */
      if (!(d.start >= qn.start && d.start < qn.start + qn.len)) {
        size_t until = l->end;
        while (wt + 1 < hi && pg->toks->tok[wt].start < word)
          wt++;
        /* a report whose heading names the event by its word ("... with
         * virtual conference") tells of it in all the prose that runs on */
        if (pg->title_line != DG_NO_LINE) {
          const dg_line *tl0 = &pg->lines[pg->title_line];
          const dg_token *w = &pg->toks->tok[wt];
          char *ww = dg_page_str(pg, w->start, w->len);
          if (dg_has_word(pg->text + tl0->content, tl0->end - tl0->content, ww))
            until = prose_run_end(pg, li);
          free(ww);
        }
        remember(tl, add_event(pg, f, se, until, qn, qn, qc, &d), pg, wt, se, until);
        return;
      }
    }
  }
  for (k = lo; k < hi; k++) {
    size_t first, last, f2, l2;
    dg_class cls = head_class(pg, k), c2;
    if (cls != DG_CLASS_NONE && name_before(pg, lo, k, hi, &first)) {
      last = name_after(pg, k, hi);
    } else if (pg->text[pg->toks->tok[k].start] == 'm' && meeting_of(pg, k, hi, &first, &last)) {
      cls = DG_CLASS_MEETING;
    } else {
      continue;
    }
    if (dated < 0) {
      dated = dg_date_find_ex(pg->text + se->a, se->b - se->a, pg->year, pg->date_flags, &d) &&
              d.day;
      if (dated)
        d.start += se->a;
    }
    size_t first0 = first;
    if ((c2 = appositive(pg, last, hi, &f2, &l2)) != DG_CLASS_NONE) {
      first = f2;
      last = l2;
      cls = c2;
    }
    {
      const dg_token *a = &pg->toks->tok[first], *b = &pg->toks->tok[last];
      const dg_token *a0 = &pg->toks->tok[first0];
      dg_span name = dg_span_at(a->start, b->start + b->len - a->start);
      dg_span names = dg_span_at(a0->start, b->start + b->len - a0->start);
      /* the date must not be inside the name ("2031 Review Conference") */
      if (dated && !(d.start >= name.start && d.start < name.start + name.len)) {
        remember(tl, add_event(pg, f, se, l->end, name, names, cls, &d), pg, last, se, l->end);
        return;
      }
      /* a page about the event: the prose that runs on tells of it */
      if (!dated && header_date(pg, name, &d)) {
        size_t until = prose_run_end(pg, li);
        remember(tl, add_event(pg, f, se, until, name, names, cls, &d), pg, last, se, until);
        return;
      }
    }
    k = last;
  }
}

/* Calls fn for each sentence of the page's running text. */
static void each_sentence(dg_page *pg, dg_facts *f, told *tl, int pass)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++) {
    const dg_line *l = &pg->lines[i];
    size_t a;
    /* running text: prose, or a long line of sentences full of names */
    if (!((l->flags & DG_LF_PROSE) || ((l->flags & DG_LF_END_PUNCT) && l->nwords >= 12)) ||
        l->zone == DG_ZONE_LISTING || l->zone == DG_ZONE_FOOTER || l->zone == DG_ZONE_NAV)
      continue;
    for (a = l->content; a < l->end;) {
      sentence se;
      se.a = a;
      se.b = l->content + sentence_end(pg->text + l->content, l->end - l->content,
                                       a - l->content);
      if (se.b - se.a < DG_CUE_SCAN) {
        if (pass == 0)
          sentence_events(pg, f, i, &se, tl);
        else
          again(pg, tl, &se);
      }
      a = se.b;
      while (a < l->end && pg->text[a] == ' ')
        a++;
    }
  }
}

void dg_extract_prose_events(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  told tl;
  (void)info;
  tl.n = 0;
  each_sentence(pg, f, &tl, 0);
  if (tl.n)
    each_sentence(pg, f, &tl, 1);
}
