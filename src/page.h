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

#include "gazetteer.h"
#include "tokens.h"

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
} dg_line;

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
/* Frees the lines; `pg` may be NULL. */
void dg_page_release(dg_page *pg);

/* The line that holds byte `offset` (binary search). */
size_t dg_page_line_at(const dg_page *pg, size_t offset);

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

/* Case-insensitive test for `word` (ASCII) as a whole word in s[0..len). */
int dg_has_word(const char *s, size_t len, const char *word);

/* 1 if `word` starts at s[i] (of s[0..len)), ignoring ASCII case; the
 * first letter is compared before anything else, as these tests run at
 * every position of long lines. */
int dg_at_ci(const char *s, size_t len, size_t i, const char *word);

/* The same, case-sensitive. */
int dg_at(const char *s, size_t len, size_t i, const char *word);

/* 1 if `len` bytes at `s` are a function word (of, the, and, for ...). */
int dg_is_function_word(const char *s, size_t len);

/* Length of a clock time (and the spaces after it) at the start of
 * s[0..len), as in an agenda: "09:30 Welcome", "10:00–11:00 Panel I". */
size_t dg_time_prefix_len(const char *s, size_t len);

/* Length in bytes of the bullet mark (and its spaces) at s[0..len), or 0. */
size_t dg_bullet_len(const char *s, size_t len);

#endif
