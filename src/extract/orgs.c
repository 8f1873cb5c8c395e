/* orgs.c - organization mentions: gazetteer, name shapes, acronyms.
 *
 * One pass over each line's tokens tries, at every token, the longest
 * gazetteer name and the longest name shape, and keeps the longer. A
 * second pass finds the names the first pass learnt from the page itself
 * (a shape, an acronym, a copyright holder) wherever else they occur, so
 * that "DEFENSE PRIORITIES" in the masthead and "© 2022 Defense
 * Priorities" are one organization. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/words.h"

typedef struct org {
  long gz;             /* gazetteer index, or -1 */
  const char *canonical; /* the gazetteer's name (borrowed), or NULL */
  char *key;           /* identity on the page */
  char **forms;        /* every form written on the page; owned */
  size_t n_forms, cap_forms;
  dg_org_kind kind;
  size_t entity;       /* (size_t)-1 until made */
  dg_span first;       /* its earliest mention (len 0: none) */
} org;

struct dg_orgs {
  org *orgs;
  size_t n, cap;
  dg_strmap *by_key;
  dg_orgm *m;
  size_t nm, capm;
  dg_matcher *local;       /* forms learnt from the page -> org */
  dg_matcher *local_fold;
  int have_local;
  size_t masthead;         /* the page's first non-blank line */
  dg_wordset credit_words; /* credit_words[] below, set up once */
};

/* ---------------------------------------------------------------- words */

/* The head words of organizations' names, from the lexicon
 * (DG_LEX_ORG_HEAD): words that end (or begin, with "of"/"for"/"on") a
 * name, "Marlow Institute", "Institute for Maritime Policy"; some open
 * a name in its language (DG_LEX_FIRST: "Universidad de Lindau",
 * "Stiftung Meer und Politik"), some only end one (DG_LEX_LAST:
 * "Inc", "Limited"). Generic vocabulary, not names: the name itself comes
 * from the page. Set by index_words(). */
static const dg_lex *heads;
/* scan.hc keeps a head's index + 2 in a signed char: the heads past
 * MAX_HEADS are not read */
#define MAX_HEADS 125
/* the shortest and longest head, in bytes */
static size_t head_min, head_max;

/* Words are looked up by their first letter, as these lists are asked of
 * every capitalised word: the heads of each ASCII capital 'A'..'Z' and
 * ([26]) of a first byte past ASCII, by index into the heads; and
 * not_first[] as a dg_caplist. Built once. */
#define HEADS_PER_LETTER 24
static unsigned char head_list[27][HEADS_PER_LETTER];
static unsigned char head_n[27];
static dg_caplist not_first_list;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void index_words(void);

static long head_index(const char *s, size_t len)
{
  int c, b;
  size_t k, q;
  if (len == 0)
    return -1;
  c = dg_to_lower((unsigned char)s[0]);
  if (dg_is_lower(c))
    b = c - 'a';
  else if ((unsigned char)s[0] >= 0x80)
    b = 26;
  else
    return -1; /* every head starts with a letter */
  pthread_once(&index_once, index_words);
  if (len < head_min || len > head_max)
    return -1;
  for (q = 0; q < head_n[b]; q++) {
    size_t i = head_list[b][q];
    const char *w = heads->words[i];
    if (heads->lens[i] != len)
      continue;
    /* strncasecmp(w, s, len) == 0 for ASCII, exact bytes past it,
     * stopping at the first difference */
    for (k = b == 26 ? 0 : 1; k < len && dg_to_lower((unsigned char)s[k]) == dg_to_lower((unsigned char)w[k]); k++)
      ;
    if (k == len)
      return (long)i;
  }
  return -1;
}

int dg_org_head_word(const char *s, size_t len) { return head_index(s, len) >= 0; }

/* Some heads only end a name: "Inc", "Limited". */
static int head_can_start(long h) { return h >= 0 && !(heads->flags[h] & DG_LEX_LAST); }

/* A head that opens a name in its language: "Universidad", "Stiftung". */
static int head_first(long h) { return h >= 0 && (heads->flags[h] & DG_LEX_FIRST); }

/* Positions and other words an organization's name does not start with:
 * "Director of the Eurasia Program" names the program, not the director.
 * Kept in byte order for is_not_first(). */
static const char *const not_first[] = {
  "A", "About", "Across", "Adjunct", "Adviser", "Advisor", "After", "Against", "All",
  "Although", "Ambassador", "Among", "An", "Analyst", "And", "April", "As", "Assistant",
  "Associate", "At", "August", "Before", "Between", "Both", "Bulletin", "But", "By",
  "Chair", "Chairman", "Chairwoman", "Chief", "Co-Director", "Contact", "Coordinator",
  "Correspondent", "Das", "Dean", "December", "Deputy", "Der", "Despite", "Die", "Director",
  "Distinguished",
  "Download", "During", "Each", "Early", "Editor", "Ein", "Eine", "El", "Emeritus", "Every",
  "Executive",
  "February", "Fellow", "Fellows", "Follow", "For", "Former", "Founder", "Friday", "From",
  "Governor", "Governors", "Head", "Her", "His", "Home", "Hosted", "How", "However", "If",
  "Il", "In", "Inaugural", "Its", "January", "Join", "Journal", "July", "June", "La", "Las",
  "Last", "Late", "Le", "Lecturer", "Les", "Like", "Los", "Manager", "Many", "March", "May",
  "Meanwhile", "Member", "Minister",
  "Monday", "More", "Most", "Next", "Non-Resident", "Nonresident", "November", "October",
  "Of", "Officer", "On", "Or", "Organised", "Organized", "Other", "Our", "Part", "Partner",
  "Please", "President", "Principal", "Proceedings", "Professor", "Program:", "Project:",
  "Provost", "Read", "Regents", "Related", "Research", "Researcher", "Saturday",
  "Secretary", "See", "Senior", "September", "Several", "Share", "Since", "Some",
  "Sponsored", "Strategist", "Subscribe", "Such", "Sunday", "That", "The", "Their",
  "These", "This", "Those", "Through", "Thursday", "To", "Trustees", "Tuesday", "Un", "Una",
  "Under", "Une", "Unlike", "Vice", "Visit", "Visiting", "Watch", "Wednesday", "What", "When",
  "Where",
  "While", "Who", "Why", "With",
};

static void index_words(void)
{
  size_t i;
  heads = dg_lexicon(DG_LEX_ORG_HEAD);
  head_min = SIZE_MAX;
  for (i = 0; i < heads->n && i < MAX_HEADS; i++) {
    unsigned char c0 = (unsigned char)heads->words[i][0];
    size_t b = c0 >= 'A' && c0 <= 'Z' ? (size_t)(c0 - 'A') : 26;
    if (head_n[b] < HEADS_PER_LETTER)
      head_list[b][head_n[b]++] = (unsigned char)i;
    if (heads->lens[i] < head_min)
      head_min = heads->lens[i];
    if (heads->lens[i] > head_max)
      head_max = heads->lens[i];
  }
  dg_caplist_init(&not_first_list, not_first, DG_COUNT(not_first));
}

/* 1 if `len` bytes at s are one of not_first[]. */
static int is_not_first(const char *s, size_t len)
{
  pthread_once(&index_once, index_words);
  return dg_caplist_has(&not_first_list, s, len);
}

/* ---------------------------------------------------------------- tokens */

typedef struct scan {
  const dg_page *pg;
  dg_tokcur c;       /* the line's tokens */
  int caps;          /* the line is ALL CAPS */
  /* head_index() of the line's first hc_n tokens, as asked: 0 not yet
   * known, else the index + 2. The shapes tried at each token ask the
   * same tokens again. Points into scan_line()'s stack. */
  signed char *hc;
  size_t hc_n;
} scan;

/* Two or more spaces (or a tab) before token i: the gap between the items
 * of a menu ("Experts   Capabilities   Graduate School"), never inside a
 * name. */
static int gap(const scan *s, size_t i)
{
  size_t p;
  if (i >= s->c.end || i == 0 || !s->c.t[i].space)
    return 0;
  p = s->c.t[i].start;
  return p >= 2 && ((s->pg->text[p - 1] == ' ' && s->pg->text[p - 2] == ' ') ||
                    s->pg->text[p - 1] == '\t');
}

static int is_all_caps_word(const scan *s, size_t i)
{
  size_t k;
  const char *p;
  if (i >= s->c.end || s->c.t[i].type != DG_TOK_WORD || s->c.t[i].len < 2)
    return 0;
  p = dg_tokcur_text(&s->c, i);
  for (k = 0; k < s->c.t[i].len; k++)
    if (dg_is_lower((unsigned char)p[k]))
      return 0;
  return dg_is_upper((unsigned char)p[0]);
}

static long head_at(const scan *s, size_t i)
{
  if (i >= s->c.end || s->c.t[i].type != DG_TOK_WORD || !dg_tokcur_cap(&s->c, i))
    return -1;
  if (i >= s->c.first && i - s->c.first < s->hc_n) {
    signed char *c = &s->hc[i - s->c.first];
    if (!*c)
      *c = (signed char)(head_index(dg_tokcur_text(&s->c, i), s->c.t[i].len) + 2);
    return *c - 2;
  }
  return head_index(dg_tokcur_text(&s->c, i), s->c.t[i].len);
}

/* Steps over one "name word" at i: a capitalised word, with "U.S." style
 * dots and "Self-Defense" style hyphens glued to it. Returns the index
 * after it, or i if there is none. */
static size_t name_word(const scan *s, size_t i)
{
  size_t j;
  if (!dg_tokcur_cap(&s->c, i))
    return i;
  j = i + 1;
  for (;;) {
    /* "U.S.": a dot glued after a one- or two-letter capital word */
    if (dg_tokcur_is(&s->c, j, ".") && dg_tokcur_glued(&s->c, j) && s->c.t[j - 1].len <= 2 &&
        s->c.t[j - 1].type == DG_TOK_WORD && j + 1 < s->c.end && dg_tokcur_cap(&s->c, j + 1) &&
        dg_tokcur_glued(&s->c, j + 1)) {
      j += 2;
      continue;
    }
    if (dg_tokcur_is(&s->c, j, ".") && dg_tokcur_glued(&s->c, j) && s->c.t[j - 1].len == 1)
      j++;
    /* "Self-Defense", "U.S.-China", "Russia/Eurasia": a glued hyphen or
     * slash between words */
    if ((dg_tokcur_is(&s->c, j, "-") || dg_tokcur_is(&s->c, j, "\xE2\x80\x90") ||
         (dg_tokcur_is(&s->c, j, "/") && dg_tokcur_cap(&s->c, j + 1))) &&
        dg_tokcur_glued(&s->c, j) && j + 1 < s->c.end && dg_tokcur_glued(&s->c, j + 1) &&
        s->c.t[j + 1].type == DG_TOK_WORD) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/* A weekday or a month, written out or short: never the tail of a name. */
static int calendar_word(const scan *s, size_t i)
{
  static const char *const w[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  };
  if (!dg_tokcur_cap(&s->c, i))
    return 0;
  return dg_tokcur_in(&s->c, i, w, DG_COUNT(w));
}

/* An article after a connector: "de la", "f\xC3\xBCr die", "of the". */
static size_t article(const scan *s, size_t j)
{
  static const char *const w[] = {"the", "la", "le", "les", "el", "los", "las", "il", "lo",
                                  "gli", "die", "der", "das", "den", "het"};
  if (dg_tokcur_is(&s->c, j, "l") && dg_tokcur_is(&s->c, j + 1, "'") &&
      dg_tokcur_glued(&s->c, j + 1))
    return 2; /* "l'" */
  return dg_tokcur_in(&s->c, j, w, DG_COUNT(w));
}

/* The tokens of a connector that joins words inside a name in another
 * language, with its article ("de la", "d'", "f\xC3\xBCr", "della", "und",
 * "y"); 0 if none at token j. */
static size_t foreign_connector(const scan *s, size_t j)
{
  static const char *const w[] = {
    "de", "du", "des", "del", "della", "delle", "degli", "dei", "di", "da", "do", "dos", "das",
    "f\xC3\xBCr", "fur", "der", "zur", "zum", "van", "voor", "pour", "per", "para", "sur",
    "dla", "et", "y", "e", "und", "en",
  };
  size_t k;
  if (j >= s->c.end || s->c.t[j].type != DG_TOK_WORD || s->c.t[j].len > 6 ||
      !dg_is_lower((unsigned char)*dg_tokcur_text(&s->c, j)))
    return 0; /* each is a short lower-case word */
  if (dg_tokcur_is(&s->c, j, "d") && dg_tokcur_is(&s->c, j + 1, "'") &&
      dg_tokcur_glued(&s->c, j + 1) && dg_tokcur_glued(&s->c, j + 2))
    return 2; /* "d'\xC3\xA9tudes" */
  for (k = 0; k < DG_COUNT(w); k++)
    if (dg_tokcur_is(&s->c, j, w[k]))
      return 1 + article(s, j + 1);
  return 0;
}

/* The tokens of the connector between a head and its tail ("of", "for
 * the", "on", "de la", "f\xC3\xBCr"); 0 if none at token j. */
static size_t connector(const scan *s, size_t j)
{
  size_t c;
  if (dg_tokcur_is(&s->c, j, "of") || dg_tokcur_is(&s->c, j, "for") || dg_tokcur_is(&s->c, j, "on"))
    return 1 + (dg_tokcur_is(&s->c, j + 1, "the") ? 1 : 0);
  c = foreign_connector(s, j);
  /* "and", "et", "y" join words of a tail, not a head to its tail */
  if (dg_tokcur_is(&s->c, j, "et") || dg_tokcur_is(&s->c, j, "y") || dg_tokcur_is(&s->c, j, "e") ||
      dg_tokcur_is(&s->c, j, "und") || dg_tokcur_is(&s->c, j, "en"))
    return 0;
  return c;
}

/* The end of a list of fields inside a name's tail that starts at the
 * comma at token j: ", Arts, and Social Sciences", ", Law and Policy".
 * Each item is one or two capitalised words that hold no head and no
 * date; the last comes after "and" or "&". j if there is none. */
static size_t field_list(const scan *s, size_t j, size_t limit)
{
  size_t e = j;
  for (;;) {
    size_t w, q, items = 0;
    int last = 0;
    if (dg_tokcur_is(&s->c, e, ","))
      e++;
    if (dg_tokcur_is(&s->c, e, "and") || dg_tokcur_is(&s->c, e, "&")) {
      e++;
      last = 1;
    }
    for (q = e; q < limit && items < 2 && dg_tokcur_cap(&s->c, q) && head_at(s, q) < 0 &&
                !calendar_word(s, q) && !gap(s, q);
         items++)
      q = name_word(s, q);
    /* an item runs on ("and E.W. Richardson Fellow"): no list */
    if (items == 0 || q >= limit || dg_tokcur_cap(&s->c, q))
      return j;
    w = q;
    if (last)
      return w;
    /* a plain "and" closes the list too: ", Law and Policy" */
    if ((dg_tokcur_is(&s->c, w, "and") || dg_tokcur_is(&s->c, w, "&")) &&
        !dg_tokcur_is(&s->c, w - 1, ",")) {
      e = w;
      continue;
    }
    if (!dg_tokcur_is(&s->c, w, ","))
      return j;
    e = w;
  }
}

/* 1 if the gazetteer knows an organization that starts at token q and
 * ends at a word's end: an acronym or a name of two words or more. */
static int known_org_at(const scan *s, size_t q)
{
  long v = -1;
  size_t n = dg_matcher_longest(dg_gazetteer_orgs(s->pg->gz), s->pg->text, s->pg->toks, q, &v);
  const dg_org *go;
  if (n == 0 || q + n > s->c.end ||
      (dg_tokcur_glued(&s->c, q + n) && s->c.t[q + n].type == DG_TOK_WORD))
    return 0;
  /* a magazine's or a journal's name is often a field's ("Foreign
   * Policy", "International Security"): it may end a tail */
  go = dg_gazetteer_org(s->pg->gz, (size_t)v);
  if (!go || go->kind == DG_ORG_MEDIA || go->kind == DG_ORG_JOURNAL || go->kind == DG_ORG_PUBLISHER)
    return 0;
  return n >= 2 || is_all_caps_word(s, q);
}

/* 1 if token i is the head of a unit's name: "Program", "Initiative". */
static int unit_word(const scan *s, size_t i)
{
  static const char *const units[] = {"Program", "Programme", "Programs", "Programmes",
                                      "Project", "Initiative"};
  size_t k;
  for (k = 0; k < DG_COUNT(units); k++)
    if (dg_tokcur_is(&s->c, i, units[k]))
      return 1;
  return 0;
}

/* A tail after a head: "of Ashgrove", "for the Study of Maritime Law", "on
 * U.S.-Chile Relations", "at KFP". Returns the index after it, or `i` when
 * there is no tail. A tail that runs into another organization's head is
 * cut before the connector that joins it ("... of Diplomacy and Georgetown
 * University"). */
static size_t tail(const scan *s, size_t i)
{
  size_t j = i, last_ok = i, conn = i, c = connector(s, j);
  int at = dg_tokcur_is(&s->c, j, "at");
  if (!c && !at)
    return i;
  j += at ? 1 : c;
  if (at) {
    /* only "at SFC", a short acronym: "at the Quincy Institute" is another
     * organization, and so is an acronym the gazetteer knows, or one
     * after a program's head ("the Arctic Program at MI": the program
     * and its parent) */
    if (is_all_caps_word(s, j) && s->c.t[j].len <= 5 &&
        !(j + 1 < s->c.end && dg_tokcur_cap(&s->c, j + 1)) && !known_org_at(s, j) &&
        !unit_word(s, i - 1))
      return j + 1;
    return i;
  }
  /* "the Marlow Council on Thursday": a date after a name, not its tail */
  if (calendar_word(s, j))
    return i;
  for (;;) {
    size_t k = name_word(s, j);
    if (k == j || j >= i + 24 || gap(s, j))
      break;
    if (head_can_start(head_at(s, j)) && conn > i)
      return conn; /* "... and Marlow University" */
    if (head_can_start(head_at(s, j)))
      return i;    /* "of the KESTREL Estuary Center" is an org of its own */
    j = k;
    last_ok = j;
    /* connectors inside a tail: "Science and Maritime Affairs",
     * "Study of Trade Law", "the Nordic States and Europe", "Managing the
     * Tides" */
    if ((dg_tokcur_is(&s->c, j, "and") || dg_tokcur_is(&s->c, j, "&") ||
         dg_tokcur_is(&s->c, j, "of") || dg_tokcur_is(&s->c, j, "the")) &&
        dg_tokcur_cap(&s->c, j + 1)) {
      /* "the Embassy of Norway and Amnesty International": what follows
       * "and" is an organization the gazetteer knows, a second name */
      if (!dg_tokcur_is(&s->c, j, "of") && !dg_tokcur_is(&s->c, j, "the") && known_org_at(s, j + 1))
        break;
      conn = j;
      j++;
      continue;
    }
    /* "Centro de Estudios Internacionales y Relaciones", "Wissenschaft
     * und Politik" */
    if ((c = foreign_connector(s, j)) != 0 && dg_tokcur_cap(&s->c, j + c)) {
      /* "Comité de Puertos del CMS": an acronym that ends
       * the name after "del", "de la", "du" is the parent's, as after
       * "at" */
      if (is_all_caps_word(s, j + c) && s->c.t[j + c].len <= 6 &&
          !(j + c + 1 < s->c.end && dg_tokcur_cap(&s->c, j + c + 1)))
        break;
      conn = j;
      j += c;
      continue;
    }
    if (dg_tokcur_is(&s->c, j, "of") && dg_tokcur_is(&s->c, j + 1, "the")) {
      /* "Department of the Premier and Council of the Southern
       * Highlands Government": stop before a second "of the" */
      break;
    }
    /* "College of Letters, Music, and Marine Sciences": a list of
     * fields, closed by "and" */
    if (dg_tokcur_is(&s->c, j, ",")) {
      size_t e = field_list(s, j, i + 24);
      if (e > j)
        last_ok = e;
      break;
    }
    if (dg_tokcur_is(&s->c, j, "in") && dg_tokcur_is(&s->c, j + 1, "the") &&
        dg_tokcur_cap(&s->c, j + 2)) {
      conn = j;
      j += 2;
      continue;
    }
  }
  /* the tail must hold a word, and may not end on a connector */
  return last_ok > i ? last_ok : i;
}

static size_t initials(const scan *s, size_t a, size_t b, char *out, size_t cap);

/* The token after a company's legal form starting at token j ("Pte.
 * Ltd.", "Pty Ltd", "GmbH", "S.A.", "plc"), with an optional country of
 * registration in parentheses before it; j when there is none. */
static size_t company_form(const scan *s, size_t j)
{
  static const char *const first[] = {"Pte", "Pty", "GmbH", "AG", "plc", "PLC", "SA", "SpA",
                                      "BV", "NV", "AB", "AS", "Oy", "KK", "Ltd", "Inc"};
  size_t k, q = j;
  if (dg_tokcur_is(&s->c, q, "(") && dg_tokcur_cap(&s->c, q + 1) && dg_tokcur_is(&s->c, q + 2, ")"))
    q += 3;
  /* every form is a word of two to four letters: asked after every run
   * of capitalised words, most fail on the length alone */
  if (q >= s->c.end || s->c.t[q].len < 2 || s->c.t[q].len > 4)
    return j;
  for (k = 0; k < DG_COUNT(first); k++)
    if (dg_tokcur_is(&s->c, q, first[k]))
      break;
  if (k == DG_COUNT(first) || gap(s, q))
    return j;
  q++;
  if (dg_tokcur_is(&s->c, q, ".") && dg_tokcur_glued(&s->c, q))
    q++;
  /* "Pte. Ltd.", "Pty Ltd" */
  if (dg_tokcur_is(&s->c, q, "Ltd") || dg_tokcur_is(&s->c, q, "Limited")) {
    q++;
    if (dg_tokcur_is(&s->c, q, ".") && dg_tokcur_glued(&s->c, q))
      q++;
  }
  return q;
}

/* 1 if token i is a capitalised word that names a thing, not a body:
 * a document, a rule, a building, a prize. */
static int thing_word(const scan *s, size_t i)
{
  static const char *const w[] = {
    "Convention", "Conventions", "Rule", "Rules", "Treaty", "Agreement", "Charter",
    "Declaration", "Resolution", "Act", "House", "Hall", "Building", "Award", "Prize",
    "Protocol", "Accord", "Accords", "Doctrine", "Communiqu\xC3\xA9", "Public",
  };
  if (!dg_tokcur_cap(&s->c, i) || dg_tokcur_glued(&s->c, i))
    return 0;
  return dg_tokcur_in(&s->c, i, w, DG_COUNT(w));
}

/* 1 if the name that ends before token e is a venue's: "... Convention
 * Center", "Conference Centre", "Press Center". */
static int venue_center(const scan *s, size_t e)
{
  static const char *const w[] = {"Convention", "Conference", "Exhibition", "Congress",
                                  "Media", "Press", "Visitor", "Visitors", "Events", "Trade"};
  if (!(dg_tokcur_is(&s->c, e - 1, "Center") || dg_tokcur_is(&s->c, e - 1, "Centre")))
    return 0;
  return dg_tokcur_in(&s->c, e - 2, w, DG_COUNT(w));
}

/* 1 if token i is the head of a diplomatic post's name. */
static int diplomatic_head(const scan *s, size_t i)
{
  return dg_tokcur_is(&s->c, i, "Consulate") || dg_tokcur_is(&s->c, i, "Embassy") ||
         dg_tokcur_is(&s->c, i, "Mission") || dg_tokcur_is(&s->c, i, "Delegation") ||
         dg_tokcur_is(&s->c, i, "Consulate-General");
}

/* The end of the capitalised words that follow a head which opens a
 * name (HEAD_FIRST), joined by connectors of their language; j when
 * there are none. Another head, a position or a date ends them. */
static size_t words_after_head(const scan *s, size_t j)
{
  size_t e = j, last = j, c;
  while (e < j + 12 && !gap(s, e) && dg_tokcur_cap(&s->c, e) && head_at(s, e) < 0 &&
         !is_not_first(dg_tokcur_text(&s->c, e), s->c.t[e].len) && !calendar_word(s, e)) {
    size_t k = name_word(s, e);
    if (k == e)
      break;
    e = last = k;
    if ((c = foreign_connector(s, e)) != 0 && dg_tokcur_cap(&s->c, e + c))
      e += c;
  }
  return last;
}

/* 1 if one to three capitalised words from token q end with a company's
 * legal form ("Binders Ltd", "Printing Company Limited"). */
static int legal_form_ahead(const scan *s, size_t q)
{
  size_t k;
  for (k = 0; k < 4 && dg_tokcur_cap(&s->c, q); k++) {
    long h = head_at(s, q);
    if (h >= 0)
      return k > 0 && !head_can_start(h);
    q = name_word(s, q);
  }
  return 0;
}

static size_t shape_at(const scan *s, size_t i, int after_the);

/* 1 if no organization's name starts at token i: not a capitalised word
 * or one no name starts with, where it sits ("Warsaw-based"), after a
 * person's given name or a surname's particle, or an acronym before the
 * name it abbreviates. */
static int no_shape_at(const scan *s, size_t i)
{
  long v;
  if (!dg_tokcur_cap(&s->c, i) || is_not_first(dg_tokcur_text(&s->c, i), s->c.t[i].len))
    return 1;
  /* an office ("CEO of the ...", "Ambassador of ..."; honorifics.tsv)
   * names the person's post, and the organization comes after it */
  if (dg_matcher_longest(dg_gazetteer_honorifics(s->pg->gz), s->pg->text, s->pg->toks, i, &v) &&
      DG_HON_KIND(v) == DG_HON_OFFICE && !(v & DG_HON_PLURAL))
    return 1;
  /* "Warsaw-based Marlow Institute": where it sits, not its name */
  if (dg_tokcur_is(&s->c, i + 1, "-") && dg_tokcur_glued(&s->c, i + 1) &&
      dg_tokcur_glued(&s->c, i + 2) &&
      (dg_tokcur_is(&s->c, i + 2, "based") || dg_tokcur_is(&s->c, i + 2, "headquartered")))
    return 1;
  /* a person's surname does not start an organization's name: "Ruth
   * Okafor of Lakeside University" */
  if (i > 0 && i - 1 >= s->c.first && dg_tokcur_cap(&s->c, i - 1) && !dg_tokcur_glued(&s->c, i) &&
      dg_gazetteer_given_name(s->pg->gz, dg_tokcur_text(&s->c, i - 1), s->c.t[i - 1].len) == 1)
    return 1;
  /* nor after a name's particle: "Mark von Hagen of Arizona State"; a
   * head that opens a name is no surname ("an der Universit\xC3\xA4t Kiel") */
  if (i > 0 && i - 1 >= s->c.first && !head_first(head_at(s, i)) &&
      dg_name_surname_particle(dg_tokcur_text(&s->c, i - 1), s->c.t[i - 1].len))
    return 1;
  /* "CPR  Center for Port Resilience": the acronym is not part of the
   * name it abbreviates */
  if (is_all_caps_word(s, i) && !s->caps && dg_tokcur_cap(&s->c, i + 1) &&
      !dg_tokcur_glued(&s->c, i + 1)) {
    size_t n = shape_at(s, i + 1, 0);
    if (n) {
      char ini[16];
      size_t ni = initials(s, i + 1, i + 1 + n, ini, sizeof ini);
      if (ni == s->c.t[i].len && memcmp(ini, dg_tokcur_text(&s->c, i), ni) == 0)
        return 1;
    }
  }
  return 0;
}

/* A name that opens with its head h at token i: "University of
 * Ashgrove", "Ministry of Fisheries", "Center for the Study of Trade
 * Law"; or, in its language, "Stiftung Meer und Politik",
 * "Istituto Affari Internazionali". Its length in tokens, 0 if none. */
static size_t head_first_name(const scan *s, size_t i, long h)
{
  if (head_can_start(h) && !s->caps) {
    size_t e = tail(s, i + 1), g = i + 1;
    /* "Consulate General of X", "Secretariat General of X" */
    if (e == i + 1 && dg_tokcur_is(&s->c, i + 1, "General")) {
      g = i + 2;
      e = tail(s, g);
    }
    if (e > g) {
      /* a diplomatic post names its city: "Consulate General of X in
       * Bergen", "Embassy of X in Oslo" */
      if (diplomatic_head(s, i) && dg_tokcur_is(&s->c, e, "in") && dg_tokcur_cap(&s->c, e + 1) &&
          !dg_tokcur_cap(&s->c, name_word(s, e + 1)) && head_at(s, e + 1) < 0)
        e = name_word(s, e + 1);
      return e - i;
    }
  }
  /* a head that opens a name in its language, then the name's words */
  if (head_first(h) && !s->caps) {
    size_t e = words_after_head(s, i + 1);
    if (e > i + 1)
      return e - i;
  }
  return 0;
}

/* The words of a name up to its head: "Halden Institute", "Risk and
 * Recovery Research Group", "Future of Shipping Project". */
typedef struct to_head {
  size_t j;        /* where the words end */
  size_t head_end; /* the token after the head (and heads after it:
                      "University Press"), 0 if none was reached */
  int commas;      /* a list of single words inside the name ("the Ports,
                      Canals, and Rivers Program") */
  int has_and;
} to_head;

/* Reads the name words from token i (after "the" when `after_the`) into
 * *w. Returns 0 if they are no name: too many, a menu's gap, a list. */
static int words_to_head(const scan *s, size_t i, int after_the, to_head *w)
{
  size_t j = i;
  w->head_end = 0;
  w->commas = w->has_and = 0;
  for (;;) {
    size_t n;
    /* a name is a dozen words at most: keep the scan short */
    if (j >= i + 24)
      return 0;
    if (w->commas && (dg_tokcur_is(&s->c, j, "and") || dg_tokcur_is(&s->c, j, "&")) &&
        dg_tokcur_cap(&s->c, j + 1)) {
      w->has_and = 1;
      j++;
    }
    if (j > i && gap(s, j))
      return 0;
    n = name_word(s, j);
    if (n == j)
      break;
    if (head_at(s, j) >= 0 && j > i) {
      /* consecutive heads: "University Press", "Research Institute" */
      w->head_end = n;
      while (head_at(s, w->head_end) >= 0)
        w->head_end = name_word(s, w->head_end);
      break;
    }
    j = n;
    if ((dg_tokcur_is(&s->c, j, "and") || dg_tokcur_is(&s->c, j, "&")) &&
        dg_tokcur_cap(&s->c, j + 1)) {
      /* "Operations and Finance and Agency Head": a second "and"
       * without a comma joins the items of a list, not a name's words */
      if (w->has_and && !w->commas)
        return 0;
      w->has_and = 1;
      j++;
      continue;
    }
    /* "Keel the Binders Ltd": "the" inside a company's name, when the
     * words after it end with its legal form */
    if (dg_tokcur_is(&s->c, j, "the") && legal_form_ahead(s, j + 1)) {
      j++;
      continue;
    }
    if (dg_tokcur_is(&s->c, j, "of") && dg_tokcur_cap(&s->c, j + 1) && head_at(s, j + 1) < 0 &&
        !(j == i + 2 &&
          dg_gazetteer_given_name(s->pg->gz, dg_tokcur_text(&s->c, i), s->c.t[i].len) == 1)) {
      j++;
      continue;
    }
    /* "the Oceans in the World Programme": "in" inside a name, only
     * right after "the" and when the words after it reach a head */
    if (after_the && !w->commas && dg_tokcur_is(&s->c, j, "in")) {
      size_t k = j + 1 + (dg_tokcur_is(&s->c, j + 1, "the") ? 1 : 0);
      to_head w2;
      if (dg_tokcur_cap(&s->c, k) && head_at(s, k) < 0 && words_to_head(s, k, 0, &w2) &&
          w2.head_end) {
        j = k;
        continue;
      }
    }
    /* "Ports, Canals, and Rivers Program": a list of single words
     * inside a name, only right after "the" */
    /* (and no list after its "and": "the Practice of Trade, Maritime
     * Safety, and Coastal Policy, Marlow Harbour School" is two names) */
    if (after_the && !w->has_and && dg_tokcur_is(&s->c, j, ",") && dg_tokcur_cap(&s->c, j + 1)) {
      w->commas++;
      j++;
      continue;
    }
    if (after_the && w->commas && dg_tokcur_is(&s->c, j, ",") &&
        (dg_tokcur_is(&s->c, j + 1, "and") || dg_tokcur_is(&s->c, j + 1, "&")) &&
        dg_tokcur_cap(&s->c, j + 2)) {
      w->has_and = 1;
      j += 2;
      continue;
    }
  }
  w->j = j;
  return 1;
}

/* The end of a name whose words from token i reach a head (w): past the
 * head, a word that ends the name ("Graduate Institute Geneva") and the
 * tail ("... for Prudent Statecraft"); 0 if the words are no name after
 * all. */
static size_t past_head(const scan *s, size_t i, const to_head *w)
{
  size_t head_end = w->head_end;
  if (w->commas && !w->has_and)
    return 0;
  /* "... Operations and Finance and Agency": the rest of that list */
  if (w->has_and && !w->commas && i >= s->c.first + 2 &&
      (dg_tokcur_is(&s->c, i - 1, "and") || dg_tokcur_is(&s->c, i - 1, "&")) &&
      dg_tokcur_cap(&s->c, i - 2))
    return 0;
  /* "the Japanese Government" is a reference, not a name */
  if (head_end == i + 2 && dg_tokcur_is(&s->c, i + 1, "Government")) {
    long v = 0;
    if (dg_matcher_longest(dg_gazetteer_countries(s->pg->gz), s->pg->text, s->pg->toks, i, &v) == 1 &&
        v != DG_GZ_BLOCK)
      return 0;
  }
  /* a head followed by more capitalised words is not the end of a name
   * ("USJI Office Seminar Room" is a room), except one word that ends it:
   * "Graduate Institute Geneva", "University College London" */
  if (dg_tokcur_cap(&s->c, head_end) && head_at(s, head_end) < 0 &&
      !dg_tokcur_is(&s->c, head_end, "The") && !gap(s, head_end)) {
    size_t nx = name_word(s, head_end);
    /* "Halden Institute President Jane Roe": a title after the name */
    if (is_not_first(dg_tokcur_text(&s->c, head_end), s->c.t[head_end].len)) {
      /* the name ends at its head */
    } else if (dg_tokcur_cap(&s->c, nx) || dg_tokcur_is(&s->c, nx, "-") ||
               dg_name_stopword(dg_tokcur_text(&s->c, head_end), s->c.t[head_end].len)) {
      return 0;
    } else {
      head_end = nx;
      /* "Research Programme NRP 2041": a programme's code and number */
      if (is_all_caps_word(s, head_end - 1) && head_end < s->c.end &&
          s->c.t[head_end].type == DG_TOK_NUM && !dg_tokcur_glued(&s->c, head_end))
        head_end++;
    }
  }
  return tail(s, head_end);
}

/* The longest organization-name shape starting at token i, in tokens:
 * a head first ("University of Ashgrove"), the words up to a head
 * ("Halden Institute for Prudent Statecraft"), or a company's name and
 * its legal form ("Ostrander (Norway) Pte. Ltd."). */
static size_t shape_at(const scan *s, size_t i, int after_the)
{
  size_t n, e;
  to_head w;
  if (no_shape_at(s, i))
    return 0;
  if ((n = head_first_name(s, i, head_at(s, i))) != 0)
    return n;
  if (!words_to_head(s, i, after_the, &w))
    return 0;
  if (!w.head_end) {
    /* "Ostrander (Norway) Pte. Ltd.": a company's legal form after its
     * name, the country of registration in parentheses */
    size_t ce = w.j > i && !w.commas ? company_form(s, w.j) : w.j;
    return ce > w.j ? ce - i : 0;
  }
  e = past_head(s, i, &w);
  return e ? e - i : 0;
}

/* ---------------------------------------------------------------- the set */

/* A credit line: "Website design by ...", "Powered by ..." (the last
 * word is "by", the others are bits 0-3 of the scan). */
static const char *const credit_words[] = {"design", "powered", "website", "marketing", "by"};

dg_orgs *dg_orgs_new(void)
{
  dg_orgs *o = xcalloc(1, sizeof *o);
  o->by_key = dg_strmap_new();
  o->local = dg_matcher_new();
  o->local_fold = dg_matcher_new();
  dg_matcher_set_fold(o->local_fold, 1);
  dg_wordset_init(&o->credit_words, credit_words, DG_COUNT(credit_words));
  return o;
}

void dg_orgs_free(dg_orgs *o)
{
  size_t i, k;
  if (!o)
    return;
  for (i = 0; i < o->n; i++) {
    free(o->orgs[i].key);
    for (k = 0; k < o->orgs[i].n_forms; k++)
      free(o->orgs[i].forms[k]);
    free(o->orgs[i].forms);
  }
  free(o->orgs);
  free(o->m);
  dg_strmap_free(o->by_key);
  dg_matcher_free(o->local);
  dg_matcher_free(o->local_fold);
  free(o);
}

static void add_form(org *g, const char *form)
{
  size_t k;
  for (k = 0; k < g->n_forms; k++)
    if (strcmp(g->forms[k], form) == 0)
      return;
  xgrow(&g->forms, &g->cap_forms, g->n_forms + 1, sizeof *g->forms);
  g->forms[g->n_forms++] = xstrdup(form);
}

/* The page's organization for a gazetteer entry or a surface form. */
static size_t org_for(dg_orgs *o, const dg_gazetteer *gz, long gzi, const char *form,
                      dg_org_kind kind)
{
  char *key;
  size_t idx;
  org *g;
  if (gzi >= 0) {
    key = xasprintf("g:%ld", gzi);
  } else {
    char *k = dg_text_key(form, strlen(form));
    key = xasprintf("s:%s", k);
    free(k);
  }
  if (dg_strmap_get(o->by_key, key, strlen(key), &idx)) {
    free(key);
    return idx;
  }
  xgrow(&o->orgs, &o->cap, o->n + 1, sizeof *o->orgs);
  g = &o->orgs[o->n];
  memset(g, 0, sizeof *g);
  g->gz = gzi;
  g->key = key;
  g->entity = (size_t)-1;
  if (gzi >= 0) {
    const dg_org *e = dg_gazetteer_org(gz, (size_t)gzi);
    g->kind = e ? e->kind : DG_ORG_OTHER;
    g->canonical = e ? e->name : NULL;
  } else {
    g->kind = kind;
  }
  dg_strmap_put(o->by_key, key, strlen(key), o->n);
  return o->n++;
}

static void note_first(dg_orgs *o, size_t g, size_t start, size_t len)
{
  org *x = &o->orgs[g];
  if (x->first.len == 0 || start < x->first.start) {
    x->first.start = start;
    x->first.len = len;
  }
}

static void add_mention(dg_orgs *o, size_t start, size_t len, size_t g, unsigned flags)
{
  dg_orgm *m;
  note_first(o, g, start, len);
  xgrow(&o->m, &o->capm, o->nm + 1, sizeof *o->m);
  m = &o->m[o->nm++];
  m->start = start;
  m->len = len;
  m->org = g;
  m->flags = flags;
}

/* Teaches the page-local matchers a form of org g. */
static void learn(dg_orgs *o, const char *form, size_t g)
{
  dg_matcher_add(o->local, form, (long)g);
  dg_matcher_add(o->local_fold, form, (long)g);
  o->have_local = 1;
}

/* Initials of the capitalised words of tokens [a, b): "Center for
 * Security Studies" -> "CSS". Returns the length written. */
static size_t initials(const scan *s, size_t a, size_t b, char *out, size_t cap)
{
  size_t n = 0, i;
  for (i = a; i < b && n + 1 < cap; i++)
    if (dg_tokcur_cap(&s->c, i) && (i == a || s->c.t[i].space || !dg_tokcur_is(&s->c, i - 1, "-")))
      out[n++] = dg_tokcur_text(&s->c, i)[0];
  out[n] = '\0';
  return n;
}

static int acronym_token(const scan *s, size_t i)
{
  return is_all_caps_word(s, i) && s->c.t[i].len >= 2 && s->c.t[i].len <= 8;
}

static dg_org_kind shape_kind(const scan *s, size_t a, size_t n)
{
  size_t i;
  long h;
  /* the first head word of the name decides */
  for (i = a; i < a + n; i++)
    if ((h = head_at(s, i)) >= 0)
      return (dg_org_kind)heads->values[h];
  return DG_ORG_OTHER;
}

/* "(NFPS)" after its expansion, written without a known head word in
 * title case: "National bureau of Flood readiness and Planning for
 * Storms (NFPS)". Walks back over the words, matching the
 * acronym's letters from the last; lower-case words may be skipped. */
static size_t expansion_before(const scan *s, size_t line_tok, size_t paren, const char *acr,
                               size_t alen)
{
  size_t i = paren, want = alen, skipped = 0;
  while (i > line_tok && want > 0) {
    const char *p;
    i--;
    if (s->c.t[i].type != DG_TOK_WORD)
      return (size_t)-1;
    p = dg_tokcur_text(&s->c, i);
    if (dg_is_upper((unsigned char)p[0])) {
      if (p[0] != acr[want - 1])
        return (size_t)-1;
      want--;
    } else if (++skipped > 4) {
      return (size_t)-1;
    }
  }
  return want == 0 ? i : (size_t)-1;
}

static int has_head_ci(const scan *s, size_t a, size_t b)
{
  size_t i;
  for (i = a; i < b; i++)
    if (s->c.t[i].type == DG_TOK_WORD && head_index(dg_tokcur_text(&s->c, i), s->c.t[i].len) >= 0)
      return 1;
  return 0;
}

/* A gazetteer organization followed by a country or a compass region
 * ends a chapter's name: returns how many tokens to add. */
static size_t chapter_extension(const scan *s, const dg_page *pg, size_t j, long gzi)
{
  const dg_org *go = dg_gazetteer_org(pg->gz, (size_t)gzi);
  static const char *const compass[] = {"northern", "southern", "eastern", "western", "north",
                                        "south", "east", "west", "central"};
  size_t k, ext = 0;
  long v = 0;
  if (!go || !(go->kind == DG_ORG_THINKTANK || go->kind == DG_ORG_FOUNDATION ||
               go->kind == DG_ORG_CENTRE) || j >= s->c.end || dg_tokcur_glued(&s->c, j))
    return 0;
  for (k = 0; k < DG_COUNT(compass); k++)
    if (dg_tokcur_is_ci(&s->c, j, compass[k]) && dg_tokcur_cap(&s->c, j + 1) &&
        !dg_tokcur_glued(&s->c, j + 1))
      ext = 2;
  if (!ext) {
    size_t n = dg_matcher_longest(dg_gazetteer_countries(pg->gz), pg->text, pg->toks, j, &v);
    if (n && v != DG_GZ_BLOCK && (DG_GZ_FORM(v) == DG_CF_NAME || DG_GZ_FORM(v) == DG_CF_ALT))
      ext = n;
  }
  /* the chapter's name ends there: "Halden Institute Japan Chair" is not one */
  if (ext && (dg_tokcur_cap(&s->c, j + ext) || dg_tokcur_is(&s->c, j + ext, "-")))
    return 0;
  return ext;
}

/* ", Japan Campus" after a university: the tokens to add, or 0. */
static size_t campus_extension(const scan *s, size_t j)
{
  size_t k;
  if (!dg_tokcur_is(&s->c, j, ","))
    return 0;
  for (k = j + 1; k < s->c.end && k < j + 5 && dg_tokcur_cap(&s->c, k); k++)
    if (dg_tokcur_is(&s->c, k, "Campus") && k > j + 1)
      return k + 1 - j;
  return 0;
}

/* "the Arctic Program at the Ostrander Fund", "the North Sea Program
 * and Director of the Baltic Program at the Pemberton Center": a program or
 * project named with its parent, in the same clause. */
static int program_of_parent(const scan *s, size_t i, size_t n)
{
  size_t last = i + n - 1, j;
  if (!unit_word(s, last) && !unit_word(s, i))
    return 0;
  for (j = i + n; j < s->c.end && j < i + n + 16; j++) {
    if (dg_tokcur_is(&s->c, j, ",") || dg_tokcur_is(&s->c, j, ";") || dg_tokcur_is(&s->c, j, ".") ||
        dg_tokcur_is(&s->c, j, "("))
      return 0;
    if (dg_tokcur_is(&s->c, j, "at")) {
      size_t q = j + 1;
      if (dg_tokcur_is(&s->c, q, "the"))
        q++;
      return dg_tokcur_cap(&s->c, q);
    }
  }
  return 0;
}

/* Copyright holder: "© 2022 Estuary Priorities. All rights reserved." ->
 * tokens [*a, *b) of "Estuary Priorities". */
static int holder(const scan *s, size_t line_tok, size_t *a, size_t *b)
{
  size_t i = line_tok, j;
  while (i < s->c.end &&
         !(dg_tokcur_is(&s->c, i, "\xC2\xA9") || dg_tokcur_is_ci(&s->c, i, "copyright")))
    i++;
  if (i >= s->c.end)
    return 0;
  i++;
  while (i < s->c.end && (dg_tokcur_is(&s->c, i, "\xC2\xA9") || s->c.t[i].type == DG_TOK_NUM ||
                          dg_tokcur_is(&s->c, i, "-") || dg_tokcur_is(&s->c, i, "\xE2\x80\x93") ||
                          dg_tokcur_is_ci(&s->c, i, "copyright") || dg_tokcur_is(&s->c, i, "by") ||
                          dg_tokcur_is(&s->c, i, "(") || dg_tokcur_is(&s->c, i, ")") ||
                          dg_tokcur_is_ci(&s->c, i, "c")))
    i++;
  if (dg_tokcur_is(&s->c, i, "The") || dg_tokcur_is(&s->c, i, "the"))
    i++;
  if (!dg_tokcur_cap(&s->c, i))
    return 0;
  j = i;
  while (j < s->c.end) {
    size_t n = name_word(s, j);
    if (n > j) {
      if (dg_tokcur_is(&s->c, j, "All") || dg_tokcur_is(&s->c, j, "Privacy"))
        break;
      j = n;
      continue;
    }
    /* "The Trustees of Marlow College and the Ostrander Foundation": two
     * holders, when the second is a known organization */
    if (dg_tokcur_is(&s->c, j, "and") && j > i) {
      size_t k = j + 1;
      long v = -1;
      if (dg_tokcur_is(&s->c, k, "the"))
        k++;
      if (k < s->c.end &&
          dg_matcher_longest(dg_gazetteer_orgs(s->pg->gz), s->pg->text, s->pg->toks, k, &v) > 0)
        break;
    }
    if ((dg_tokcur_is(&s->c, j, "of") || dg_tokcur_is(&s->c, j, "and") ||
         dg_tokcur_is(&s->c, j, "&") || dg_tokcur_is(&s->c, j, "for") ||
         dg_tokcur_is(&s->c, j, "in") || dg_tokcur_is(&s->c, j, "the")) &&
        j + 1 < s->c.end && (dg_tokcur_cap(&s->c, j + 1) || dg_tokcur_is(&s->c, j + 1, "the"))) {
      j++;
      continue;
    }
    break;
  }
  if (j == i || j - i > 16)
    return 0;
  *a = i;
  *b = j;
  return 1;
}

static char *span_text(const dg_page *pg, size_t a, size_t b)
{
  return dg_text_squeeze(pg->text + a, b - a);
}

/* Web-design and hosting credits are site chrome, not content. */
static int credit_line(const dg_orgs *o, const dg_page *pg, const dg_line *l)
{
  const char *p = pg->text + l->content;
  size_t n = l->end - l->content;
  uint64_t m;
  if (n > 300)
    return 0; /* a credit is a short line of chrome */
  m = dg_wordset_scan(&o->credit_words, p, n); /* one pass for the five words */
  return (m & 0xF) && (m & 0x10);
}

/* "Pacific Currents, 7(3), March 2017": a journal named as a venue. */
static int venue_after(const scan *s, size_t j)
{
  if (!dg_tokcur_is(&s->c, j, ","))
    return 0;
  /* "Asia Policy, 14(1)", "Survival, 62:5", "Asia Policy, vol. 18, no. 3" */
  if (j + 1 < s->c.end && s->c.t[j + 1].type == DG_TOK_NUM &&
      (dg_tokcur_is(&s->c, j + 2, "(") || dg_tokcur_is(&s->c, j + 2, ":")))
    return 1;
  return dg_tokcur_is_ci(&s->c, j + 1, "vol") || dg_tokcur_is_ci(&s->c, j + 1, "volume") ||
         dg_tokcur_is_ci(&s->c, j + 1, "no") || dg_tokcur_is_ci(&s->c, j + 1, "issue");
}

static int cmp_mention(const void *x, const void *y)
{
  const dg_orgm *a = x, *b = y;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  return a->len > b->len ? -1 : (a->len < b->len);
}

/* 1 if [start, end) overlaps one of the mentions m[from, to), which are
 * sorted by start and do not overlap each other. Binary search. */
static int overlaps(const dg_orgs *o, size_t from, size_t to, size_t start, size_t end)
{
  size_t lo = from, hi = to;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (o->m[mid].start < end)
      lo = mid + 1;
    else
      hi = mid;
  }
  /* lo: first mention starting at or after `end`; the one before it is
   * the only candidate (and one more, for an acronym glued to its name) */
  if (lo > from && o->m[lo - 1].start + o->m[lo - 1].len > start)
    return 1;
  if (lo > from + 1 && o->m[lo - 2].start + o->m[lo - 2].len > start)
    return 1;
  return 0;
}

/* The page's first non-blank line: its masthead. */
static size_t first_line(const dg_page *pg)
{
  size_t i;
  for (i = 0; i < pg->n_lines; i++)
    if (!(pg->lines[i].flags & DG_LF_BLANK))
      return i;
  return 0;
}

/* The end of token j - 1 in the text: where a run of tokens before j
 * ends. */
static size_t end_before(const scan *s, size_t j)
{
  return s->c.t[j - 1].start + s->c.t[j - 1].len;
}

/* The organization named by text[a, b), found or made: gazetteer entry
 * v (or -1), of `kind` when new. The form is added to it and, when
 * `teach`, learnt for the page's second pass. Returns its index. */
static size_t name_org(dg_orgs *o, const dg_page *pg, long v, size_t a, size_t b, dg_org_kind kind,
                       int teach)
{
  char *form = span_text(pg, a, b);
  size_t g = org_for(o, pg->gz, v, form, kind);
  add_form(&o->orgs[g], form);
  if (teach)
    learn(o, form, g);
  free(form);
  return g;
}

/* text[a, b) is an acronym of organization g: a form of it, learnt, and
 * a mention. */
static void add_acronym(dg_orgs *o, const dg_page *pg, size_t g, size_t a, size_t b,
                        unsigned chrome)
{
  char *acr = span_text(pg, a, b);
  add_form(&o->orgs[g], acr);
  learn(o, acr, g);
  add_mention(o, a, b - a, g, DG_OM_ACRONYM | chrome);
  free(acr);
}

/* What scan_line() knows of its line while it walks the tokens. */
typedef struct line_scan {
  scan s;
  const dg_line *l;
  size_t li;
  size_t first_m;   /* the line's first mention */
  unsigned chrome;  /* DG_OM_CHROME when the whole line is chrome */
  int record;       /* dg_name_record_line() of a menu-like line, -1 until
                       asked */
  int cells;        /* 1 if the line has a cell separator (cell_sep()),
                       -1 until asked */
  size_t ha, hb;    /* the copyright holder's tokens, ha (size_t)-1 if none */
} line_scan;

/* The length in tokens of the gazetteer's organization at token i (its
 * index in *v), 0 if there is none or the name there is not the
 * organization's. */
static size_t gazetteer_name(const line_scan *ls, size_t i, long *v)
{
  const scan *s = &ls->s;
  const dg_page *pg = s->pg;
  const dg_gazetteer *gz = pg->gz;
  size_t first = ls->l->tok;
  long v2 = -1;
  size_t n = dg_matcher_longest(dg_gazetteer_orgs(gz), pg->text, pg->toks, i, v);
  /* a masthead in capitals, the line's or just the name's: "PEMBERTON
   * INSTITUTE  |  Marlow University" */
  if (s->caps || is_all_caps_word(s, i)) {
    size_t nf = dg_matcher_longest(dg_gazetteer_orgs_folded(gz), pg->text, pg->toks, i, &v2);
    if (nf > n) {
      n = nf;
      *v = v2;
    }
  }
  /* a matched name ends at a word boundary: "RAND" but not "RANDOM" */
  if (n && i + n < s->c.end && dg_tokcur_glued(&s->c, i + n) && s->c.t[i + n].type == DG_TOK_WORD)
    return 0;
  /* a one-word alias inside a longer proper name is not that org:
   * "Harvard ID holders"; an acronym used as an attribute is ("SWP
   * Research Division") */
  if (n == 1 && dg_tokcur_cap(&s->c, i + 1) && !dg_tokcur_glued(&s->c, i + 1) && !s->caps &&
      head_at(s, i + 1) < 0 && !is_all_caps_word(s, i))
    return 0;
  /* in a line of capitals, a one-word name between two other words is a
   * word of a longer name: "NORDIC STRATCOM FORUM 2025" */
  if (n == 1 && s->caps && i > first && s->c.t[i - 1].type == DG_TOK_WORD &&
      !dg_tokcur_glued(&s->c, i) && i + 1 < s->c.end && s->c.t[i + 1].type == DG_TOK_WORD &&
      !dg_tokcur_glued(&s->c, i + 1))
    return 0;
  /* a name that qualifies a document, a rule or a building is not the
   * organization: "the UN Convention on Harbour Tolls", "under the
   * Marlow House Rule", "Nordic Council Hall" */
  if (n && !s->caps && thing_word(s, i + n))
    return 0;
  /* a medium or a publisher named after "for", "of", "and" and a
   * capitalised word is a word of a longer name */
  if (n && *v >= 0 && i >= first + 2 &&
      (dg_tokcur_is(&s->c, i - 1, "for") || dg_tokcur_is(&s->c, i - 1, "of") ||
       dg_tokcur_is(&s->c, i - 1, "and") || dg_tokcur_is(&s->c, i - 1, ",")) &&
      (dg_tokcur_cap(&s->c, i - 2) ||
       (i >= first + 3 && dg_tokcur_is(&s->c, i - 2, ",") && dg_tokcur_cap(&s->c, i - 3)))) {
    const dg_org *go = dg_gazetteer_org(gz, (size_t)*v);
    if (go && (go->kind == DG_ORG_MEDIA || go->kind == DG_ORG_PUBLISHER))
      return 0;
  }
  return n;
}

/* An organization found by its shape at tokens [i, i+n): a new one of
 * the kind its head says, and its mention's flags in *flags. Returns
 * its index. */
static size_t shape_org(dg_orgs *o, line_scan *ls, size_t i, size_t n, unsigned *flags)
{
  const scan *s = &ls->s;
  const dg_page *pg = s->pg;
  const dg_line *l = ls->l;
  size_t g = name_org(o, pg, -1, s->c.t[i].start, end_before(s, i + n), shape_kind(s, i, n), 1);
  *flags |= DG_OM_SHAPE;
  if (program_of_parent(s, i, n))
    *flags |= DG_OM_PART;
  /* an item of a menu ("Research  Experts  Graduate School  Donate") is
   * site chrome; the masthead on the first line is not, nor a person's
   * record ("Ada Lind | Senior Fellow | Tundra Institute") */
  if ((l->flags & DG_LF_NAV) && ls->li > o->masthead) {
    if (ls->record < 0)
      ls->record = dg_name_record_line(pg->gz, pg->text + l->content, l->end - l->content) > 0;
    if (!ls->record)
      *flags |= DG_OM_CHROME;
  }
  return g;
}

/* The gazetteer's organization v at tokens [i, i+n), and its mention's
 * flags in *flags. Returns its index on the page. */
static size_t gazetteer_org(dg_orgs *o, const line_scan *ls, size_t i, size_t n, long v,
                            unsigned *flags)
{
  const scan *s = &ls->s;
  const dg_line *l = ls->l;
  size_t g = name_org(o, s->pg, v, s->c.t[i].start, end_before(s, i + n), DG_ORG_OTHER, 0);
  *flags |= DG_OM_GAZ;
  /* a journal is where an article appears, not an organization */
  if (o->orgs[g].kind == DG_ORG_JOURNAL)
    *flags |= DG_OM_CHROME;
  /* "Share to Facebook", "Follow: X · LinkedIn": a button, not a company
   * the page speaks of */
  if (o->orgs[g].kind == DG_ORG_SOCIAL && !(l->flags & DG_LF_PROSE) &&
      !((l->flags & DG_LF_END_PUNCT) && l->nwords >= 8 && l->nlower * 2 >= l->nwords))
    *flags |= DG_OM_CHROME;
  return g;
}

/* An acronym right before the name of organization g at tokens [i, e)
 * ("CPR  Center for Port Resilience") or after it, in parentheses or
 * not, whose letters are the initials of the name: a form and a
 * mention. Returns the token after an acronym after the name, else e. */
static size_t acronym_beside(dg_orgs *o, const line_scan *ls, size_t g, size_t i, size_t e)
{
  const scan *s = &ls->s;
  char ini[16];
  size_t ni = initials(s, i, e, ini, sizeof ini), k = e;
  if (dg_tokcur_is(&s->c, k, "("))
    k++;
  if (ni >= 2 && acronym_token(s, k) && s->c.t[k].len == ni &&
      memcmp(dg_tokcur_text(&s->c, k), ini, ni) == 0) {
    add_acronym(o, s->pg, g, s->c.t[k].start, end_before(s, k + 1), ls->chrome);
    return k + 1;
  }
  if (ni >= 2 && i > ls->l->tok && acronym_token(s, i - 1) && s->c.t[i - 1].len == ni &&
      memcmp(dg_tokcur_text(&s->c, i - 1), ini, ni) == 0 &&
      (o->nm - 1 == ls->first_m ||
       o->m[o->nm - 2].start + o->m[o->nm - 2].len <= s->c.t[i - 1].start))
    add_acronym(o, s->pg, g, s->c.t[i - 1].start, end_before(s, i), ls->chrome);
  return e;
}

/* 1 if token j separates the cells of a record line: a comma, a
 * semicolon or a bar. */
static int cell_sep(const scan *s, size_t j)
{
  char c;
  if (j >= s->c.end || s->c.t[j].len != 1)
    return 0;
  c = *dg_tokcur_text(&s->c, j);
  return c == ',' || c == ';' || c == '|';
}

/* The end of a cell of a record line ("Name, Post, Cell, Parent") that
 * starts at token i and is one organization's name however it reads:
 * "Oceans in the Modern Era Programme", "Regional Office for Trade in
 * Kestrel", "Permanent Mission of the Republic of Kestrel to the OECD".
 * The commas bound the name, so the small words inside it ("in", "to")
 * that end a name in prose do not end it here. The cell holds only
 * capitalised words and the connectors of names, an organization's
 * head, no office ("Director of the ... Program" is a post), no date,
 * and no second name the gazetteer knows after an "and". 0 if the cell
 * is no such name. */
static size_t cell_org(line_scan *ls, size_t i)
{
  const scan *s = &ls->s;
  size_t j = i, words = 0, c, q;
  int head = 0;
  long v;
  if (ls->l->flags & (DG_LF_PROSE | DG_LF_NAV) || s->caps)
    return 0;
  if (!(i == ls->l->tok || cell_sep(s, i - 1)) || !dg_tokcur_cap(&s->c, i))
    return 0;
  /* a record has another cell: the line is a list, not a heading (asked
   * once per line) */
  if (ls->cells < 0) {
    ls->cells = 0;
    for (c = ls->l->tok; c < s->c.end && !ls->cells; c++)
      ls->cells = cell_sep(s, c);
  }
  if (!ls->cells)
    return 0;
  while (j < s->c.end && !cell_sep(s, j) && !dg_tokcur_is(&s->c, j, "(")) {
    size_t k = name_word(s, j);
    if (k > j) {
      /* a head followed by a capitalised word is no name's end: "HPI
       * Office Seminar Room" is a room, "Marlow Institute Fact Sheet"
       * a series; a head followed by "of", "for" ... is */
      if (head_at(s, j) >= 0)
        head = 1;
      else if (j > i && head_at(s, j - 1) >= 0)
        return 0;
      if (++words > 12)
        return 0;
      j = k;
      continue;
    }
    /* "Marlow Group and Kestrel Media": "and" right after a head
     * joins two names, not the words of one */
    if ((dg_tokcur_is(&s->c, j, "and") || dg_tokcur_is(&s->c, j, "&")) && j > i &&
        head_at(s, j - 1) < 0 && !known_org_at(s, j + 1)) {
      j++;
      continue;
    }
    if (dg_tokcur_is(&s->c, j, "of") || dg_tokcur_is(&s->c, j, "for") ||
        dg_tokcur_is(&s->c, j, "on") || dg_tokcur_is(&s->c, j, "in") ||
        dg_tokcur_is(&s->c, j, "to") || dg_tokcur_is(&s->c, j, "the")) {
      j++;
      continue;
    }
    if ((c = foreign_connector(s, j)) != 0) {
      j += c;
      continue;
    }
    return 0;
  }
  if (!head || words < 3 || !dg_tokcur_cap(&s->c, j - 1))
    return 0;
  /* the dearer tests last, on the few cells left: no date, no post */
  for (q = i; q < j; q = name_word(s, q) > q ? name_word(s, q) : q + 1)
    if (dg_tokcur_cap(&s->c, q) &&
        (calendar_word(s, q) || is_not_first(dg_tokcur_text(&s->c, q), s->c.t[q].len) ||
         (dg_matcher_longest(dg_gazetteer_honorifics(s->pg->gz), s->pg->text, s->pg->toks, q,
                             &v) &&
          DG_HON_KIND(v) == DG_HON_OFFICE)))
      return 0;
  return j;
}

/* The organization names that start at token i, found by the gazetteer
 * (and chapter of one), by shape, or as the copyright holder, each with
 * its campus and its acronym. Returns the token after what was read. */
static size_t names_at(dg_orgs *o, line_scan *ls, size_t i)
{
  const scan *s = &ls->s;
  const dg_page *pg = s->pg;
  long v1 = -1;
  size_t n1 = gazetteer_name(ls, i, &v1);
  int after_the = i > ls->l->tok && dg_tokcur_is(&s->c, i - 1, "the");
  size_t n2, n3 = shape_at(s, i, after_the), g, a;
  unsigned flags = ls->chrome;
  /* "the Harbour Convention Center", "the Press Center": a venue */
  if (n3 >= 2 && venue_center(s, i + n3))
    n3 = 0;
  if (i == ls->ha && (n1 > n3 ? n1 : n3) < ls->hb - ls->ha) {
    size_t sa = s->c.t[ls->ha].start, sb = end_before(s, ls->hb);
    g = name_org(o, pg, -1, sa, sb, DG_ORG_OTHER, 1);
    add_mention(o, sa, sb - sa, g, DG_OM_HOLDER | ls->chrome);
    return ls->hb;
  }
  {
    size_t ce = cell_org(ls, i);
    if (ce && (n1 > n3 ? n1 : n3) < ce - i) {
      size_t sa = s->c.t[i].start, sb = end_before(s, ce);
      g = shape_org(o, ls, i, ce - i, &flags);
      add_mention(o, sa, sb - sa, g, flags);
      return acronym_beside(o, ls, g, i, ce);
    }
  }
  if (n1 == 0 && n3 == 0)
    return i + 1;
  /* "The Examiner" may be a newspaper's name, and the start of "The
   * Examiner Trust for Sea Studies": the longer name after the article
   * wins */
  if (n1 > n3 && dg_tokcur_is(&s->c, i, "The") && i + 1 < s->c.end) {
    size_t n4 = shape_at(s, i + 1, 1);
    if (n4 + 1 > n1)
      return i + 1;
  }
  a = s->c.t[i].start;
  /* a chapter of an institution: "Tidewater Society Australia", "Tidewater
   * Society Northern California" */
  if (n1 >= n3 && n1 > 0) {
    size_t ext = chapter_extension(s, pg, i + n1, v1);
    if (ext) {
      n2 = n1 + ext;
      g = name_org(o, pg, -1, a, end_before(s, i + n2), dg_gazetteer_org(pg->gz, (size_t)v1)->kind,
                   1);
      add_mention(o, a, end_before(s, i + n2) - a, g, flags | DG_OM_SHAPE);
      return i + n2;
    }
  }
  n2 = n3 > n1 ? n3 : n1;
  g = n3 > n1 ? shape_org(o, ls, i, n2, &flags) : gazetteer_org(o, ls, i, n2, v1, &flags);
  if (venue_after(s, i + n2))
    flags |= DG_OM_CHROME;
  /* "Marlow University, Japan Campus": a campus is named with its
   * university */
  {
    size_t ce = campus_extension(s, i + n2);
    if (ce && (dg_orgs_kind(o, g) == DG_ORG_UNIVERSITY)) {
      n2 += ce;
      g = name_org(o, pg, -1, a, end_before(s, i + n2), DG_ORG_UNIVERSITY, 1);
    }
  }
  add_mention(o, a, end_before(s, i + n2) - a, g, flags);
  return acronym_beside(o, ls, g, i, i + n2);
}

/* "(NISC)" after an expansion that no rule of names_at() found. */
static void parenthesised_acronyms(dg_orgs *o, const line_scan *ls)
{
  const scan *s = &ls->s;
  size_t i, line_m;
  /* the line's mentions are sorted first so that overlaps() can bisect
   * them (o->m is NULL until the first mention: NULL + 0 is undefined
   * too) */
  if (o->nm > ls->first_m)
    dg_qsort(o->m + ls->first_m, o->nm - ls->first_m, sizeof *o->m, cmp_mention);
  line_m = o->nm;
  for (i = ls->l->tok; i + 2 < s->c.end; i++) {
    size_t st;
    if (!dg_tokcur_is(&s->c, i, "(") || !acronym_token(s, i + 1) ||
        !dg_tokcur_is(&s->c, i + 2, ")"))
      continue;
    if (overlaps(o, ls->first_m, line_m, s->c.t[i + 1].start, s->c.t[i + 1].start + 1))
      continue;
    st = expansion_before(s, ls->l->tok, i, dg_tokcur_text(&s->c, i + 1), s->c.t[i + 1].len);
    if (st != (size_t)-1 && i - st >= 2 && has_head_ci(s, st, i) &&
        !overlaps(o, ls->first_m, line_m, s->c.t[st].start, end_before(s, i))) {
      size_t a = s->c.t[st].start, b = end_before(s, i);
      size_t g = name_org(o, s->pg, -1, a, b, shape_kind(s, st, i - st), 1);
      add_mention(o, a, b - a, g, DG_OM_SHAPE | ls->chrome);
      add_acronym(o, s->pg, g, s->c.t[i + 1].start, end_before(s, i + 2), ls->chrome);
    }
  }
}

/* The copyright holder is an organization, whatever its name. */
static void copyright_holder(dg_orgs *o, const line_scan *ls)
{
  const scan *s = &ls->s;
  size_t a, b;
  if (o->nm > ls->first_m)
    dg_qsort(o->m + ls->first_m, o->nm - ls->first_m, sizeof *o->m, cmp_mention);
  if (holder(s, ls->l->tok, &a, &b)) {
    size_t sa = s->c.t[a].start, sb = end_before(s, b);
    if (!overlaps(o, ls->first_m, o->nm, sa, sb)) {
      size_t g = name_org(o, s->pg, -1, sa, sb, DG_ORG_OTHER, 1);
      add_mention(o, sa, sb - sa, g, DG_OM_HOLDER);
    }
  }
}

/* The organizations named in line li: each name found at its first
 * token, then the acronyms in parentheses after their expansions, then
 * the copyright holder. */
static void scan_line(dg_orgs *o, const dg_page *pg, size_t li)
{
  line_scan ls;
  signed char hc[256];
  size_t i;
  ls.l = &pg->lines[li];
  ls.li = li;
  ls.first_m = o->nm;
  ls.record = -1;
  ls.cells = -1;
  ls.ha = (size_t)-1;
  ls.hb = 0;
  ls.chrome = (ls.l->flags & DG_LF_SHARE) || credit_line(o, pg, ls.l) ? DG_OM_CHROME : 0;
  ls.s.pg = pg;
  ls.s.c = dg_page_line_cursor(pg, li);
  ls.s.caps = (ls.l->flags & DG_LF_ALLCAPS) != 0;
  ls.s.hc = hc;
  ls.s.hc_n = ls.s.c.end > ls.s.c.first ? ls.s.c.end - ls.s.c.first : 0;
  if (ls.s.hc_n > sizeof hc)
    ls.s.hc_n = sizeof hc;
  memset(hc, 0, ls.s.hc_n);
  /* the copyright holder is one organization, however its name reads:
   * "The Trustees of Marlow University in the City of Ashgrove" */
  if ((ls.l->flags & DG_LF_COPYRIGHT) && !holder(&ls.s, ls.l->tok, &ls.ha, &ls.hb))
    ls.ha = (size_t)-1;
  i = ls.l->tok;
  while (i < ls.s.c.end)
    i = names_at(o, &ls, i);
  parenthesised_acronyms(o, &ls);
  if (ls.l->flags & DG_LF_COPYRIGHT)
    copyright_holder(o, &ls);
}

/* Second pass: the names learnt from this page, wherever else they are. */
static void rescan_line(dg_orgs *o, const dg_page *pg, size_t li, size_t n_first)
{
  const dg_line *l = &pg->lines[li];
  size_t i = l->tok;
  int caps = (l->flags & DG_LF_ALLCAPS) != 0;
  unsigned chrome = (l->flags & DG_LF_SHARE) || credit_line(o, pg, l) ? DG_OM_CHROME : 0;
  while (i < l->tok_end) {
    long v = -1, v2 = -1;
    size_t n = dg_matcher_longest(o->local, pg->text, pg->toks, i, &v), a, b;
    const dg_token *t = pg->toks->tok;
    if (caps) {
      size_t nf = dg_matcher_longest(o->local_fold, pg->text, pg->toks, i, &v2);
      if (nf > n) {
        n = nf;
        v = v2;
      }
    }
    if (n == 0) {
      i++;
      continue;
    }
    a = t[i].start;
    b = t[i + n - 1].start + t[i + n - 1].len;
    /* whole words only, and not inside what the first pass found */
    if ((i + n < l->tok_end && !t[i + n].space && t[i + n].type == DG_TOK_WORD) ||
        (i > l->tok && !t[i].space && t[i - 1].type == DG_TOK_WORD) ||
        overlaps(o, 0, n_first, a, b)) {
      i++;
      continue;
    }
    {
      char *form = span_text(pg, a, b);
      add_form(&o->orgs[(size_t)v], form);
      free(form);
    }
    add_mention(o, a, b - a, (size_t)v, DG_OM_KNOWN | chrome);
    i += n;
  }
}


/* Initials of a written form: "Tidewater Society Policy Institute" -> "TSPI",
 * "Council on Coastal Relations" -> "CCR". Returns the length, 0 if the
 * form has fewer than two capitalised words. */
static size_t form_initials(const char *f, char *out, size_t cap)
{
  size_t n = 0, words = 0;
  const char *p = f;
  while (*p && n + 1 < cap) {
    const char *e = p;
    while (*e && *e != ' ')
      e++;
    if (e > p && dg_is_upper((unsigned char)*p) && !dg_is_function_word(p, (size_t)(e - p))) {
      out[n++] = *p;
      words++;
    }
    p = *e ? e + 1 : e;
  }
  out[n] = '\0';
  return words >= 2 ? n : 0;
}

/* "at TSPI" on a page that names the Tidewater Society Policy Institute: an
 * acronym whose letters are the initials of an organization the page
 * names in full is that organization, not another body the gazetteer
 * knows by the same letters; and it is found wherever else it occurs. */
static void link_initials(dg_orgs *o, const dg_page *pg)
{
  dg_strmap *map = dg_strmap_new();
  size_t g, k, i;
  char ini[16];
  for (g = 0; g < o->n; g++)
    for (k = 0; k < o->orgs[g].n_forms; k++) {
      size_t n = form_initials(o->orgs[g].forms[k], ini, sizeof ini), have;
      if (n < 3)
        continue;
      /* two organizations with the same initials: neither */
      if (dg_strmap_get(map, ini, n, &have) && have != g)
        dg_strmap_put(map, ini, n, (size_t)-1);
      else
        dg_strmap_put(map, ini, n, g);
    }
  for (i = 0; i < o->nm; i++) {
    dg_orgm *m = &o->m[i];
    const char *t = pg->text + m->start;
    size_t target, j;
    int caps = m->len >= 3 && m->len <= 8;
    for (j = 0; caps && j < m->len; j++)
      if (!dg_is_upper((unsigned char)t[j]))
        caps = 0;
    if (!caps || !dg_strmap_get(map, t, m->len, &target) || target == (size_t)-1 ||
        target == m->org || o->orgs[m->org].n_forms > 1)
      continue;
    {
      char *form = span_text(pg, m->start, m->start + m->len);
      add_form(&o->orgs[target], form);
      free(form);
    }
    m->org = target;
    note_first(o, target, m->start, m->len);
  }
  /* the acronyms themselves, for the second pass */
  for (g = 0; g < o->n; g++)
    for (k = 0; k < o->orgs[g].n_forms; k++) {
      size_t n = form_initials(o->orgs[g].forms[k], ini, sizeof ini), have;
      if (n >= 3 && dg_strmap_get(map, ini, n, &have) && have == g)
        learn(o, ini, g);
    }
  dg_strmap_free(map);
}

void dg_orgs_scan(dg_orgs *o, const dg_page *pg)
{
  size_t li, n_first;
  o->masthead = first_line(pg);
  for (li = 0; li < pg->n_lines; li++)
    if (!(pg->lines[li].flags & DG_LF_BLANK))
      scan_line(o, pg, li);
  dg_qsort(o->m, o->nm, sizeof *o->m, cmp_mention);
  n_first = o->nm;
  link_initials(o, pg);
  if (o->have_local) {
    for (li = 0; li < pg->n_lines; li++)
      if (!(pg->lines[li].flags & DG_LF_BLANK))
        rescan_line(o, pg, li, n_first);
    dg_qsort(o->m, o->nm, sizeof *o->m, cmp_mention);
  }
}

/* The first mention that starts at or after `offset` (binary search). */
static size_t lower_bound(const dg_orgs *o, size_t offset)
{
  size_t lo = 0, hi = o->nm;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (o->m[mid].start < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

size_t dg_orgs_n_mentions(const dg_orgs *o) { return o->nm; }

size_t dg_orgs_add_name(dg_orgs *o, const dg_page *pg, size_t start, size_t len)
{
  char *form = span_text(pg, start, start + len);
  size_t g = org_for(o, pg->gz, -1, form, DG_ORG_OTHER), at;
  add_form(&o->orgs[g], form);
  free(form);
  /* keep the mentions sorted: insert in place */
  at = lower_bound(o, start);
  if (at < o->nm && o->m[at].start == start)
    return o->m[at].org == g ? g : g;
  xgrow(&o->m, &o->capm, o->nm + 1, sizeof *o->m);
  memmove(o->m + at + 1, o->m + at, (o->nm - at) * sizeof *o->m);
  o->m[at].start = start;
  o->m[at].len = len;
  o->m[at].org = g;
  o->m[at].flags = DG_OM_HOLDER;
  o->nm++;
  note_first(o, g, start, len);
  return g;
}

const dg_orgm *dg_orgs_mention(const dg_orgs *o, size_t i) { return i < o->nm ? &o->m[i] : NULL; }


size_t dg_orgs_first_in(const dg_orgs *o, size_t start, size_t len)
{
  size_t i = lower_bound(o, start);
  return i < o->nm && o->m[i].start < start + len ? i : DG_NO_ORG;
}

/* 1 if t[a, b) holds only what joins organizations in a list: "the",
 * "and", "&", commas, spaces, and a bracketed acronym ("(JCIE)"). */
static int list_joiners(const char *t, size_t a, size_t b)
{
  while (a < b) {
    if (t[a] == ' ' || t[a] == ',' || t[a] == '&')
      a++;
    else if (dg_at(t, b, a, "the ") || dg_at(t, b, a, "The ") || dg_at(t, b, a, "and "))
      a += 4;
    else if (t[a] == '(') {
      size_t c = a + 1;
      while (c < b && (dg_is_upper((unsigned char)t[c]) || t[c] == '-' || t[c] == '&'))
        c++;
      if (c == a + 1 || c >= b || t[c] != ')')
        return 0;
      a = c + 1;
    } else
      return 0;
  }
  return 1;
}

/* After a unit's name at text[p]: " at the Kellner University", its
 * parent, which the list passes over. Returns where the parent ends, or
 * p when none follows. A parent no mention names is its capitalised
 * words. */
static size_t parent_after(const dg_orgs *o, const char *t, size_t p, size_t b, size_t *m)
{
  size_t q = p + 4;
  if (!dg_at(t, b, p, " at "))
    return p;
  if (dg_at(t, b, q, "the "))
    q += 4;
  if (*m < o->nm && o->m[*m].start == q && q + o->m[*m].len <= b) {
    q += o->m[*m].len;
    ++*m;
    return q;
  }
  if (q < b && !dg_is_upper((unsigned char)t[q]))
    return p;
  while (q < b && dg_is_upper((unsigned char)t[q])) {
    while (q < b && t[q] != ' ' && t[q] != ',')
      q++;
    if (q < b && t[q] == ',')
      break;
    while (q < b && t[q] == ' ')
      q++;
  }
  while (q > p && t[q - 1] == ' ')
    q--;
  return q;
}

size_t dg_orgs_list(const dg_orgs *o, const dg_page *pg, size_t a, size_t b, size_t *found,
                    size_t max, size_t *end)
{
  const char *t = pg->text;
  size_t p = a, nf = 0, m = lower_bound(o, a);
  while (m < o->nm && nf < max) {
    size_t st = o->m[m].start, en = st + o->m[m].len;
    if (st >= b || en > b || !list_joiners(t, p, st))
      break;
    found[nf++] = m++;
    p = en;
    /* "(JCIE)": its acronym, a mention of the same */
    if (dg_at(t, b, p, " (")) {
      const char *close = memchr(t + p, ')', b - p);
      if (close && (size_t)(close - t) - p < 16) {
        p = (size_t)(close - t) + 1;
        while (m < o->nm && o->m[m].start < p)
          m++;
      }
    }
    p = parent_after(o, t, p, b, &m);
    /* a mention inside the parent's words is the parent's */
    while (m < o->nm && o->m[m].start < p)
      m++;
  }
  *end = nf ? p : a;
  return nf;
}

size_t dg_orgs_covering(const dg_orgs *o, size_t offset)
{
  size_t i = lower_bound(o, offset + 1), k;
  /* mentions never nest deeply: look back a few */
  for (k = 0; k < 4 && i > 0; k++) {
    i--;
    if (o->m[i].start <= offset && offset < o->m[i].start + o->m[i].len)
      return i;
  }
  return DG_NO_ORG;
}

/* A letter, for dg_orgs_cover(): ASCII letters only, or also digits and
 * every byte of a non-ASCII character. */
static int cover_letter(unsigned char c, int ascii_letters)
{
  return ascii_letters ? dg_is_alpha(c) : dg_is_alnum(c) || c >= 0x80;
}

int dg_orgs_cover(const dg_page *pg, size_t i, unsigned percent, int ascii_letters)
{
  const dg_line *l = &pg->lines[i];
  size_t covered = 0, letters = 0, k, m;
  if (!pg->orgs)
    return 0;
  for (k = l->content; k < l->end; k++)
    if (cover_letter((unsigned char)pg->text[k], ascii_letters))
      letters++;
  for (m = dg_orgs_first_in(pg->orgs, l->content, l->end - l->content);
       m != DG_NO_ORG && m < dg_orgs_n_mentions(pg->orgs); m++) {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    if (om->start >= l->end)
      break;
    for (k = om->start; k < om->start + om->len && k < l->end; k++)
      if (cover_letter((unsigned char)pg->text[k], ascii_letters))
        covered++;
  }
  return letters > 0 && covered * 100 >= letters * percent;
}

/* 1 if the mention's last word names a unit of a larger body. */
static int unit_name(const dg_page *pg, const dg_orgm *om)
{
  static const char *const w[] = {"Program", "Programme", "Project", "Initiative", "Center",
                                  "Centre", "Department", "Division", "Unit", "Office",
                                  "Lab", "Laboratory", "Team", "Desk"};
  const char *s = pg->text + om->start;
  size_t e = om->len, b, k;
  while (e > 0 && !dg_is_alpha((unsigned char)s[e - 1]))
    e--;
  b = e;
  while (b > 0 && dg_is_alpha((unsigned char)s[b - 1]))
    b--;
  for (k = 0; k < DG_COUNT(w); k++)
    if (strlen(w[k]) == e - b && memcmp(w[k], s + b, e - b) == 0)
      return 1;
  return 0;
}

static int all_caps_token(const dg_page *pg, const dg_token *tk)
{
  size_t k;
  if (tk->type != DG_TOK_WORD || tk->len < 2)
    return 0;
  for (k = 0; k < tk->len; k++)
    if (!dg_is_upper((unsigned char)pg->text[tk->start + k]))
      return 0;
  return 1;
}

size_t dg_orgs_parent_in_name(dg_orgs *o, const dg_page *pg, size_t m)
{
  const dg_tokens *t = pg->toks;
  size_t lo = 0, hi = t->n, n, end;
  long v = -1;
  const dg_orgm *om;
  if (m >= o->nm)
    return DG_NO_ORG;
  om = &o->m[m];
  if (om->flags & DG_OM_GAZ)
    return DG_NO_ORG; /* a known name is itself, not a unit */
  /* the mention's first token */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t->tok[mid].start < om->start)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo >= t->n || t->tok[lo].start != om->start)
    return DG_NO_ORG;
  n = dg_matcher_longest(dg_gazetteer_orgs(pg->gz), pg->text, t, lo, &v);
  /* an acronym that opens the name of a unit: "SIPRI Arms Programme";
   * "Marlow Society Policy Institute" is an institute of its own and
   * "ORF Norway" a sister body */
  if (n != 1 || v < 0 || lo + n >= t->n || !all_caps_token(pg, &t->tok[lo]) ||
      !unit_name(pg, om))
    return DG_NO_ORG;
  end = t->tok[lo + n - 1].start + t->tok[lo + n - 1].len;
  /* the known name is a word of the mention, not all of it */
  if (end >= om->start + om->len || t->tok[lo + n].start == end)
    return DG_NO_ORG;
  /* "NATO Studies Centre", "EU Study Unit": what the unit studies, not
   * who runs it */
  if (dg_token_is(pg->text, &t->tok[lo + n], "Studies") ||
      dg_token_is(pg->text, &t->tok[lo + n], "Study"))
    return DG_NO_ORG;
  {
    const dg_org *go = dg_gazetteer_org(pg->gz, (size_t)v);
    char *form;
    size_t g;
    if (!go || go->kind == DG_ORG_JOURNAL || go->kind == DG_ORG_SOCIAL)
      return DG_NO_ORG;
    form = span_text(pg, om->start, end);
    g = org_for(o, pg->gz, v, form, DG_ORG_OTHER);
    add_form(&o->orgs[g], form);
    free(form);
    return g;
  }
}

dg_org_kind dg_orgs_kind(const dg_orgs *o, size_t g) { return g < o->n ? o->orgs[g].kind : DG_ORG_OTHER; }


/* The form to call an organization by: the gazetteer's canonical name if
 * the page writes it, else the longest form in mixed case (not an acronym,
 * not a masthead in capitals), else the longest. */
static const char *best_form(const org *g, const char *canonical)
{
  size_t k;
  const char *best = NULL;
  size_t best_len = 0;
  if (canonical)
    for (k = 0; k < g->n_forms; k++)
      if (strcmp(g->forms[k], canonical) == 0)
        return canonical;
  /* "FOREIGN AFFAIRS" in a masthead: the gazetteer's spelling of it */
  if (canonical)
    for (k = 0; k < g->n_forms; k++)
      if (strcasecmp(g->forms[k], canonical) == 0)
        return canonical;
  for (k = 0; k < g->n_forms; k++) {
    const char *f = g->forms[k];
    size_t i, n = strlen(f);
    int lower = 0;
    for (i = 0; i < n; i++)
      if (dg_is_lower((unsigned char)f[i]))
        lower = 1;
    if (lower && n > best_len) {
      best = f;
      best_len = n;
    }
  }
  if (best)
    return best;
  for (k = 0; k < g->n_forms; k++)
    if (strlen(g->forms[k]) > best_len) {
      best = g->forms[k];
      best_len = strlen(best);
    }
  return best ? best : "";
}

dg_span dg_orgs_span(const dg_orgs *o, size_t g)
{
  dg_span none = {0, 0};
  return g < o->n ? o->orgs[g].first : none;
}

size_t dg_orgs_entity(dg_orgs *o, dg_facts *f, size_t g, dg_span span, const char *rule)
{
  org *x;
  if (g >= o->n)
    return (size_t)-1;
  x = &o->orgs[g];
  if (x->entity == (size_t)-1) {
    /* the IRI comes from the gazetteer's name for a known org, so that
     * "Hollis USA" and "Hollis Peace Foundation USA" are one node
     * across pages; else from the fullest form the page writes */
    const char *key = x->canonical ? x->canonical : best_form(x, NULL);
    x->entity = dg_facts_entity(f, DG_KIND_ORGANIZATION, key, best_form(x, NULL), span, rule);
  }
  return x->entity;
}

size_t dg_orgs_ref(dg_orgs *o, dg_facts *f, size_t subject, dg_prop prop, const dg_orgm *m,
                   const char *rule)
{
  dg_span sp = dg_span_at(m->start, m->len);
  size_t e = dg_orgs_entity(o, f, m->org, sp, rule);
  dg_facts_add_ref(f, subject, prop, e, sp, rule);
  return e;
}

void dg_orgs_finish(dg_orgs *o, const dg_page *pg, dg_facts *f)
{
  size_t i, k;
  for (i = 0; i < o->nm; i++) {
    const dg_orgm *m = &o->m[i];
    dg_span sp;
    if (m->flags & (DG_OM_CHROME | DG_OM_PART))
      continue;
    sp.start = m->start;
    sp.len = m->len;
    dg_orgs_entity(o, f, m->org, sp,
                   m->flags & DG_OM_GAZ       ? "org-gazetteer"
                   : m->flags & DG_OM_SHAPE   ? "org-name-shape"
                   : m->flags & DG_OM_ACRONYM ? "org-acronym"
                   : m->flags & DG_OM_HOLDER  ? "org-copyright-holder"
                                              : "org-known-name");
  }
  for (i = 0; i < o->n; i++) {
    org *x = &o->orgs[i];
    const char *canonical = NULL, *name;
    const dg_entity *e;
    dg_span sp;
    if (x->entity == (size_t)-1)
      continue;
    if (x->gz >= 0) {
      const dg_org *go = dg_gazetteer_org(pg->gz, (size_t)x->gz);
      canonical = go ? go->name : NULL;
    }
    name = best_form(x, canonical);
    e = dg_facts_get_entity(f, x->entity);
    sp = dg_orgs_span(o, i);
    if (sp.len == 0)
      sp = e->span;
    dg_facts_set_label(f, x->entity, name);
    dg_facts_add_literal(f, x->entity, DG_P_NAME, name, DG_DT_STRING, sp, "org-name");
    for (k = 0; k < x->n_forms; k++)
      if (strcmp(x->forms[k], name) != 0)
        dg_facts_add_literal(f, x->entity, DG_P_ALTERNATE_NAME, x->forms[k], DG_DT_STRING, sp,
                             "org-form");
  }
}
