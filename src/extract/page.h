/* page.h - the page model every recogniser reads: lines with byte offsets
 * and features, blank-line blocks, and zones (navigation, header, body,
 * role blocks, listings, bios, footer).
 *
 * Think-tank pages are templated, so the cues recur across sites even when
 * the words differ: a line of short capitalised words between separators is
 * navigation, "©" starts the footer, "Related" starts a listing. The page
 * model computes those cues once, linearly, so that each recogniser is a
 * small function over a few lines. */
#ifndef DG_PAGE_H
#define DG_PAGE_H

#include <stddef.h>
#include <stdint.h>

#include "base/text.h"
#include "extract/gazetteer.h"
#include "extract/tokens.h"
#include "extract/words.h"

typedef enum dg_zone {
  DG_ZONE_BODY,     /* prose and anything not classified otherwise */
  DG_ZONE_NAV,      /* site name, menus, breadcrumbs above the title */
  DG_ZONE_HEADER,   /* title, subtitle, byline, date */
  DG_ZONE_ROLES,    /* a role heading and the names under it */
  DG_ZONE_LISTING,  /* related / recommended items */
  DG_ZONE_BIO,      /* "About the author" and speaker bios */
  DG_ZONE_FOOTER    /* copyright, address, site chrome at the end */
} dg_zone;

/* Line features (dg_line.flags). */
enum {
  DG_LF_BLANK = 1u << 0,
  DG_LF_BULLET = 1u << 1,     /* starts with a bullet mark: • ▸ » - * */
  DG_LF_DATE = 1u << 2,       /* contains a full or month date */
  DG_LF_TIME = 1u << 3,       /* contains a clock time */
  DG_LF_PROSE = 1u << 4,      /* running text: long, sentences */
  DG_LF_ALLCAPS = 1u << 5,    /* its letters are (nearly) all capitals */
  DG_LF_NAV = 1u << 6,        /* menu or breadcrumb */
  DG_LF_BYLINE = 1u << 7,     /* By / Authors: / Written by / Edited by */
  DG_LF_ROLE = 1u << 8,       /* Speakers / Moderator / Hosted by ... */
  DG_LF_COPYRIGHT = 1u << 9,  /* © / Copyright / All rights reserved */
  DG_LF_RELATED = 1u << 10,   /* Related / People also read ... */
  DG_LF_ABOUT = 1u << 11,     /* About the author(s) / speakers */
  DG_LF_SECTION = 1u << 12,   /* a section label: Summary, Abstract ... */
  DG_LF_SHARE = 1u << 13,     /* share / download / print buttons */
  DG_LF_END_PUNCT = 1u << 14, /* ends with . ! ? or ; */
  DG_LF_QUOTED = 1u << 15,    /* the whole line is in quotation marks */
  DG_LF_TITLECASE = 1u << 16  /* most content words are capitalised */
};

typedef struct dg_line {
  size_t bol;        /* where the line begins */
  size_t start;      /* first non-space byte (== end when blank) */
  size_t end;        /* one past the last non-space byte */
  size_t content;    /* start, after a bullet mark and its spaces */
  size_t tok;        /* first token of the line (== next line's when none) */
  size_t tok_end;    /* one past its last token */
  unsigned indent;   /* leading spaces */
  unsigned nwords;   /* white-space separated words */
  unsigned ncap;     /* words starting with a capital letter */
  unsigned nlower;   /* words starting with a lower-case letter */
  unsigned nfunc;    /* function words (of, the, and ...) */
  unsigned seps;     /* separators: " | ", "  ", " · ", " › " ... */
  unsigned flags;    /* DG_LF_* */
  dg_zone zone;
  size_t block;      /* index of its blank-line separated block */
  uint64_t words;    /* DG_LW(id) bits: the words of dg_line_words that
                        occur in the line's first DG_CUE_SCAN bytes from
                        `content`, as dg_has_word() would find them */
} dg_line;

/* Words asked of many lines by several recognisers, found for every line
 * in one pass by dg_page_init(): bit DG_LW(id) of dg_line.words. The
 * classifier's page cues come first. */
#define DG_LINE_WORDS(X)                                                                    \
  X(PUBLISHED_ONLINE, "published online") X(ORIGINAL_ARTICLE, "original article")         \
  X(ORIGINAL_ARTICLES, "original articles") X(TO_CITE, "to cite this article")            \
  X(JOURNAL, "journal") X(VOLUME, "volume") X(PAGES, "pages") X(ISSUE, "issue")           \
  X(RECEIVED, "received") X(ACCEPTED, "accepted") X(PEER_REVIEW, "peer review")          \
  X(FULL_PIECE, "full piece") X(OP_ED, "op-ed") X(ORIG_APPEARED, "originally appeared")  \
  X(WEBINAR, "webinar") X(ONLINE_PROGRAM, "online program") X(ONLINE_EVENT, "online event") \
  X(ONLINE_PANEL, "online panel") X(ONLINE_DISCUSSION, "online discussion")               \
  X(VIRTUAL_EVENT, "virtual event") X(VIRTUAL_PANEL, "virtual panel")                     \
  X(VIA_ZOOM, "via zoom") X(ONLINE_ONLY, "online only") X(EVENT, "event")                 \
  X(EVENTS, "events") X(RSVP, "rsvp") X(REGISTER, "register")                             \
  X(REGISTRATION, "registration") X(ADD_TO_CALENDAR, "add to calendar")                   \
  X(PLEASE_JOIN_US, "please join us") X(JOIN_US, "join us")                               \
  X(WILL_MODERATE, "will moderate") X(MODERATED_BY, "moderated by")                       \
  X(PANEL_DISCUSSION, "panel discussion") X(WILL_TAKE_PART, "will take part")             \
  X(CHAIRED_BY, "chaired by") X(PARTICIPANTS_INCLUDED, "participants included")           \
  X(SPEAKERS_INCLUDED, "speakers included") X(EVENT_RECAP, "event recap")                 \
  X(CALL_FOR_PAPERS, "call for papers") X(CALL_FOR_PROPOSALS, "call for proposals")       \
  X(CALL_FOR_SUBMISSIONS, "call for submissions") X(AUTHOR, "author") X(PDF, "pdf")       \
  X(DOI, "doi") X(ISBN, "isbn") X(ABSTRACT, "abstract")                                   \
  X(EXECUTIVE_SUMMARY, "executive summary")                                              \
  X(COPYRIGHT, "copyright") X(ALL_RIGHTS, "all rights reserved")                          \
  X(SHARE_THIS, "share this") X(SHARE_COLON, "share:") X(PUBLISHED, "published")          \
  X(POSTED, "posted") X(RELEASED, "released") X(PUBLICATION_DATE, "publication date")     \
  X(FULL, "full") X(ORIGINALLY, "originally") X(FIRST, "first") X(PODCAST, "podcast")     \
  X(EPISODE, "episode")

#define DG_LW_ENUM_(id, w) DG_LWI_##id,
enum { DG_LINE_WORDS(DG_LW_ENUM_) DG_LW__COUNT };
#define DG_LW(id) (UINT64_C(1) << DG_LWI_##id)
typedef char dg_line_words_fit_in_64_bits[DG_LW__COUNT <= 64 ? 1 : -1];
extern const char *const dg_line_words[DG_LW__COUNT];

/* The languages whose page chrome and dates the mapper reads. */
typedef enum dg_lang { DG_LANG_EN, DG_LANG_FR, DG_LANG_DE, DG_LANG_ES, DG_N_LANGS } dg_lang;

struct dg_orgs;
struct dg_people;

/* What every recogniser sees. The text, tokens and gazetteer are borrowed
 * for one map; `lines` is owned (dg_page_init / dg_page_release). */
typedef struct dg_page {
  const char *text;          /* NFC UTF-8 */
  size_t len;
  const dg_tokens *toks;
  const dg_gazetteer *gz;
  size_t doc;                /* the dg:Document entity */
  dg_line *lines;            /* owned */
  size_t n_lines;
  struct dg_orgs *orgs;      /* borrowed: organization mentions */
  struct dg_people *people;  /* borrowed: person mentions */
  size_t title_line;         /* the main heading, or (size_t)-1 */
  size_t header_end;         /* first line after the header */
  size_t footer_start;       /* first footer line (n_lines when none) */
  int year;                  /* the page's latest dated year, 0 if none */
  dg_lang lang;              /* the language of most of its words */
  unsigned date_flags;       /* DG_DATE_DMY where dates are written day
                                first (dates.h) */
  const struct dg_page_cues *cues; /* borrowed from dg_page_init_with(); NULL
                                      after dg_page_init() */
} dg_page;

#define DG_NO_LINE ((size_t)-1)

/* How much of a line the page-level cue tests read ("RSVP", "Published",
 * "©"): such cues sit near the start of a line, and a bound keeps every
 * test linear on a page that is one 20 MB line. */
#define DG_CUE_SCAN 4096

/* Splits `text` into lines, computes their features and a first guess at
 * zones. `toks` must be the tokens of the same text. */
void dg_page_init(dg_page *pg, const char *text, size_t len, const dg_tokens *toks,
                  const dg_gazetteer *gz);

/* The word sets dg_page_init() looks for line cues with. Building them
 * costs about as much as the features of a short page, so a mapper builds
 * them once: read-only afterwards, one may serve any number of pages in
 * any number of threads. Free with dg_page_cues_free(). */
typedef struct dg_page_cues dg_page_cues;
dg_page_cues *dg_page_cues_new(void);
void dg_page_cues_free(dg_page_cues *c);

/* dg_page_init() with the word sets of `cues` (borrowed; must outlive the
 * call). The same result. */
void dg_page_init_with(dg_page *pg, const char *text, size_t len, const dg_tokens *toks,
                       const dg_gazetteer *gz, const dg_page_cues *cues);
/* Frees the lines; `pg` may be NULL. */
void dg_page_release(dg_page *pg);

/* The word set of the lexicon's label words (DG_LEX_LABEL) in the page's cue sets,
 * built once per mapper; NULL when the page has none (dg_page_init()). */
const struct dg_wordset *dg_page_label_words(const dg_page *pg);

/* The line that holds byte `offset` (binary search). */
size_t dg_page_line_at(const dg_page *pg, size_t offset);

/* The content of line i (after its indent and bullet), its length in
 * *len. Borrowed from the page's text. */
static inline const char *dg_page_line_text(const dg_page *pg, size_t i, size_t *len)
{
  *len = pg->lines[i].end - pg->lines[i].content;
  return pg->text + pg->lines[i].content;
}

/* A cursor over the tokens of line i; over all of the page's tokens. */
static inline dg_tokcur dg_page_line_cursor(const dg_page *pg, size_t i)
{
  dg_tokcur c;
  c.text = pg->text;
  c.t = pg->toks->tok;
  c.first = pg->lines[i].tok;
  c.end = pg->lines[i].tok_end;
  return c;
}
static inline dg_tokcur dg_page_cursor(const dg_page *pg)
{
  dg_tokcur c;
  c.text = pg->text;
  c.t = pg->toks->tok;
  c.first = 0;
  c.end = pg->toks->n;
  return c;
}

/* The next (previous) non-blank line after (before) line i, or DG_NO_LINE. */
size_t dg_page_next(const dg_page *pg, size_t i);
size_t dg_page_prev(const dg_page *pg, size_t i);

/* 1 if the content of line i starts with `prefix`, compared without regard
 * to ASCII case, and the prefix ends at a word boundary. */
int dg_page_line_starts(const dg_page *pg, size_t i, const char *prefix);

/* Returns a new string: `len` bytes of the text at `start`, white space
 * squeezed. Free with free(). */
char *dg_page_str(const dg_page *pg, size_t start, size_t len);

/* Recomputes zones once the title line and header end are known: NAV above
 * the title, HEADER from the title to header_end, and the rest from cues.
 * Called by the classifier. */
void dg_page_set_zones(dg_page *pg);

/* Length of a clock time (and the spaces after it) at the start of
 * s[0..len), as in an agenda: "09:30 Welcome", "10:00–11:00 Panel I". */
size_t dg_time_prefix_len(const char *s, size_t len);

#endif
