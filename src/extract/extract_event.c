/* extract_event.c - an event page: the event, its time and place, hosts,
 * and everyone who takes part, in which role, for which organization.
 *
 * Role blocks are a heading ("Speakers", "Moderated by:", "Hosted By")
 * followed by entries: "Name (Org)", "• Name — Org", a name line and an
 * affiliation line under it, or a bio paragraph that opens with the name.
 * The prose says the same in sentences ("moderated by NAME of ORG",
 * "featuring NAME, Title at ORG, and NAME"), read with the same entry
 * parser. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/pub.h"
#include "extract/role_words.h"
#define MAX_ENTRIES 512

/* 1 if the cue `w` (lower case) starts at s[j], ignoring case: the first
 * letter is compared by hand, as these tests run at every word. */
static inline int at_ci(const char *s, size_t n, size_t j, const char *w)
{
  size_t k;
  if (j >= n || dg_to_lower((unsigned char)s[j]) != (unsigned char)w[0])
    return 0;
  /* the rest byte by byte, ASCII case folded, without strlen(w) */
  for (k = 1; w[k]; k++)
    if (j + k >= n || dg_to_lower((unsigned char)s[j + k]) != dg_to_lower((unsigned char)w[k]))
      return 0;
  return 1;
}

/* The role a heading line names (role_words.h); *cue_len gets the
 * role word's length. */
static int role_of(const char *s, size_t n, dg_prop *prop, size_t *cue_len)
{
  unsigned flags;
  *cue_len = dg_role_word(s, n, prop, &flags);
  if (!*cue_len)
    *cue_len = dg_role_heading(s, n, prop);
  return *cue_len > 0;
}

/* One person taking part, before roles are settled. */
typedef struct entry {
  size_t mention;
  dg_prop prop;
  char *key;       /* text key of the display name */
  dg_span span;
  const char *rule;
} entry;

typedef struct ev {
  dg_page *pg;
  dg_pageinfo *info;
  dg_facts *f;
  const dg_event_part *part; /* borrowed: the lines that tell of it */
  size_t item;
  entry *e;
  size_t ne, cap;
  int panel;       /* the page calls the event a panel */
  int hosts;       /* hosts found (an organizer alone leaves the site's
                    * organization the host) */
} ev;

/* 1 if line i tells of this event: inside its part and, for the page's
 * own event, not in the footer, a listing, or another event's part. */
static int own_line(const ev *x, size_t i)
{
  const dg_event_part *p = x->part;
  const dg_line *l = &x->pg->lines[i];
  if (i < p->lo || i >= p->hi)
    return 0;
  if (p->others && p->others[i])
    return 0;
  return !p->main || (l->zone != DG_ZONE_FOOTER && l->zone != DG_ZONE_LISTING);
}

static void add_entry(ev *x, size_t mention, dg_prop prop, dg_span span, const char *rule)
{
  entry *e;
  if (x->ne >= MAX_ENTRIES * 8)
    return;
  xgrow(&x->e, &x->cap, x->ne + 1, sizeof *x->e);
  e = &x->e[x->ne++];
  e->mention = mention;
  e->prop = prop;
  {
    const char *d = dg_people_display(x->pg->people, mention);
    e->key = dg_text_key(d, strlen(d));
  }
  e->span = span;
  e->rule = rule;
}

/* 1 if text[a, a+n) would parse as an entry ("Name (Org)", "Name"): a
 * name of two words or more that is no organization's. Sets *nm, *aff and
 * *name (initialised by the caller, who releases it). */
/* Where " | " first separates s[0..n) within its first 60 bytes, or n. */
static size_t bar_at(const char *s, size_t n)
{
  const char *p = memmem(s, n < 60 ? n : 60, " | ", 3);
  return p ? (size_t)(p - s) : n;
}

static int entry_check(const dg_page *pg, size_t a, size_t n, unsigned flags, dg_part *nm,
                       dg_part *aff, dg_name *name)
{
  size_t hon, bar;
  int kind;
  /* "Ada Lind | Senior Fellow | Tundra Institute": the name before the
   * first bar, what the person is after it */
  bar = bar_at(pg->text + a, n);
  if (bar < n) {
    if (!dg_name_parse(pg->gz, pg->text + a, bar, flags, name) || name->words < 2)
      return 0;
    nm->start = 0;
    nm->len = bar;
    aff->start = bar;
    while (aff->start < n && (pg->text[a + aff->start] == ' ' || pg->text[a + aff->start] == '|'))
      aff->start++;
    aff->len = n - aff->start;
  } else if (!dg_name_affil_parse(pg->gz, pg->text + a, n, flags, nm, aff, name) ||
             name->words < 2) {
    return 0;
  }
  /* "Consul General", "Vice President": an office line of a card */
  hon = dg_name_honorific(pg->gz, pg->text + a + nm->start + name->start, name->len, &kind);
  if (hon >= name->len)
    return 0;
  return
         dg_orgs_first_in(pg->orgs, a + nm->start + name->start, name->len) == DG_NO_ORG &&
         dg_orgs_covering(pg->orgs, a + nm->start + name->start) == DG_NO_ORG;
}

/* Adds the entry at text[a, a+n) that entry_check() accepted with *nm,
 * *aff and *name. Returns the mention. */
static size_t entry_add(ev *x, size_t a, size_t n, dg_prop prop, const char *rule,
                        const dg_part *nm, const dg_part *aff, const dg_name *name)
{
  dg_page *pg = x->pg;
  size_t id = dg_people_add(pg->people, name, dg_span_at(a + nm->start + name->start, name->len),
                            DG_PS_ROLE, rule);
  if (prop == DG_P_HOST || prop == DG_P_ORGANIZER)
    dg_people_relate(pg->people, x->item, prop, id, dg_span_at(a, n), rule);
  else
    add_entry(x, id, prop, dg_span_at(a, n), rule);
  if (aff->len) {
    dg_extract_affiliations(pg, x->f, id, a + aff->start, aff->len, 1, "role-affiliation");
    dg_extract_bio_books(pg, x->info, x->f, a + aff->start, aff->len, id);
  }
  return id;
}

/* Parses "Name (Org)", "Name — Org", "Name, Title, Org", "Name of the Org"
 * at text[a, a+n): adds the person with `prop`, the affiliations, and
 * books named in the rest. Returns the mention, or (size_t)-1. */
static size_t entry_text(ev *x, size_t a, size_t n, dg_prop prop, unsigned flags,
                         const char *rule)
{
  dg_page *pg = x->pg;
  dg_part nm, aff;
  dg_name name;
  size_t id = (size_t)-1;
  dg_name_init(&name);
  if (entry_check(pg, a, n, flags, &nm, &aff, &name))
    id = entry_add(x, a, n, prop, rule, &nm, &aff, &name);
  dg_name_release(&name);
  return id;
}

/* 1 if text[a, a+n) would parse as an entry ("Name (Org)", "Name"). */
static int is_entry(const dg_page *pg, size_t a, size_t n, unsigned flags)
{
  dg_part nm, aff;
  dg_name name;
  int ok;
  dg_name_init(&name);
  ok = entry_check(pg, a, n, flags, &nm, &aff, &name);
  dg_name_release(&name);
  return ok;
}

/* The parts of s[0..n) between "; " (at most max). */
static size_t split_semicolons(const char *s, size_t n, dg_part *parts, size_t max)
{
  size_t np = 0, a = 0;
  while (a < n && np < max) {
    const char *p = memmem(s + a, n - a, "; ", 2);
    size_t e = p ? (size_t)(p - s) : n, b = e;
    while (b > a && (s[b - 1] == '.' || s[b - 1] == ' '))
      b--;
    if (b > a) {
      parts[np].start = a;
      parts[np].len = b - a;
      np++;
    }
    a = p ? e + 2 : n;
  }
  return np;
}

/* A host line: organizations ("Tundra Institute", "Center for the Study
 * of Maritime Law, Marlow University": the first one), or a person. */
/* 1 if parts[k] follows the one before after a comma alone, and that one
 * followed its own after "and": "A and B, C". */
static int closed_list(const char *s, const dg_part *parts, size_t k)
{
  size_t g0 = parts[k - 1].start + parts[k - 1].len, g1 = parts[k].start;
  size_t f0 = parts[k - 2].start + parts[k - 2].len, f1 = parts[k - 1].start;
  return memchr(s + g0, ',', g1 - g0) && !memmem(s + g0, g1 - g0, "and", 3) &&
         memmem(s + f0, f1 - f0, "and", 3) && !memchr(s + f0, ',', f1 - f0);
}

static void host_text(ev *x, size_t a, size_t n, dg_prop prop, const char *rule)
{
  dg_page *pg = x->pg;
  dg_part parts[16];
  size_t np, k;
  const char *s = pg->text + a;
  /* "the Marlow Institute and Baltic Watch"; "ORG; Center for Trade and
   * Policy" splits at its semicolons alone */
  np = memmem(s, n, "; ", 2) ? split_semicolons(s, n, parts, 16) : dg_name_split(s, n, parts, 16);
  if (np > 16)
    np = 16;
  /* "Lucia Ferrer Montano (Ridgeway State University)": a person */
  {
    dg_part nm, aff;
    dg_name name;
    int ok;
    dg_name_init(&name);
    ok = entry_check(pg, a, n, DG_NAME_GIVEN, &nm, &aff, &name);
    if (ok)
      entry_add(x, a, n, prop, rule, &nm, &aff, &name);
    dg_name_release(&name);
    if (ok) {
      x->hosts += prop == DG_P_HOST;
      return;
    }
  }
  for (k = 0; k < np; k++) {
    size_t pa = a + parts[k].start, pl = parts[k].len;
    size_t m = dg_orgs_first_in(pg->orgs, pa, pl);
    /* "the War Studies Department and the Strategy Centre, Kellner
     * University": a last name after a comma alone, once the list has
     * been closed by "and", is the parent of the one before */
    if (k >= 2 && k + 1 == np && closed_list(s, parts, k))
      break;
    if (m != DG_NO_ORG) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
      dg_orgs_ref(pg->orgs, x->f, x->item, prop, om, rule);
      x->hosts += prop == DG_P_HOST;
      /* "Center for the Study of Maritime Law, Marlow University":
       * one host with its parent */
      if (k == 0 && np == 2 && dg_orgs_first_in(pg->orgs, a + parts[1].start, parts[1].len) !=
                                   DG_NO_ORG && !memmem(s, n, " and ", 5))
        break;
      continue;
    }
    if (entry_text(x, pa, pl, prop, DG_NAME_GIVEN, rule) != (size_t)-1) {
      x->hosts += prop == DG_P_HOST;
      continue;
    }
    /* an organization named only here: "Baltic Watch" */
    {
      const char *p = s + parts[k].start;
      size_t q = 0, words = 0, caps = 0;
      if (pl > 4 && strncmp(p, "the ", 4) == 0) {
        p += 4;
        pa += 4;
        pl -= 4;
      }
      for (q = 0; q < pl; q++)
        if (p[q] != ' ' && (q == 0 || p[q - 1] == ' ')) {
          words++;
          if (dg_is_upper((unsigned char)p[q]))
            caps++;
        }
      if (words >= 1 && words <= 6 && caps == words && !memchr(p, '.', pl)) {
        size_t g = dg_orgs_add_name(pg->orgs, pg, pa, pl);
        size_t e = dg_orgs_entity(pg->orgs, x->f, g, dg_span_at(pa, pl), rule);
        dg_facts_add_ref(x->f, x->item, prop, e, dg_span_at(pa, pl), rule);
        x->hosts += prop == DG_P_HOST;
      }
    }
  }
}

/* 1 if line i begins a new section: a heading of another kind. */
/* 1 if line i is "Name | what the person is": a name before its bar. */
static int bar_entry(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  size_t n = l->end - l->content, bar = bar_at(pg->text + l->content, n);
  dg_name nm;
  int ok;
  if (bar >= n)
    return 0;
  dg_name_init(&nm);
  ok = dg_name_parse(pg->gz, pg->text + l->content, bar, DG_NAME_SHAPE, &nm) && nm.words >= 2;
  dg_name_release(&nm);
  return ok;
}

static int section_break(const dg_page *pg, size_t i)
{
  const dg_line *l = &pg->lines[i];
  if (l->zone == DG_ZONE_FOOTER)
    return 1;
  if (l->flags & (DG_LF_COPYRIGHT | DG_LF_SHARE))
    return 1;
  /* a menu ends the block, but "Name | Title | Org" reads like one */
  if ((l->flags & DG_LF_NAV) && !bar_entry(pg, i))
    return 1;
  if (l->flags & (DG_LF_RELATED | DG_LF_ABOUT))
    return 1;
  if ((l->flags & DG_LF_SECTION) && l->nwords <= 4)
    return 1;
  if ((l->flags & DG_LF_ROLE) && !(l->flags & DG_LF_PROSE))
    return 1;
  /* the next item of an agenda: "11:00 Panel I: ..." */
  if (dg_time_prefix_len(pg->text + l->content, l->end - l->content))
    return 1;
  return 0;
}

static int starts_with_name(const dg_page *pg, size_t li, size_t *name_len)
{
  size_t n, k, words = 0;
  const char *s = dg_page_line_text(pg, li, &n);
  static const char *const verbs[] = {" is ", " was ", " has ", " heads ", " leads ",
                                      " directs ", " writes ", " serves ", " grew ",
                                      " teaches ", " holds ", " joined ", " works "};
  for (k = 0; k < n && k < 80; k++) {
    if (s[k] == ' ') {
      size_t v;
      words++;
      for (v = 0; v < DG_COUNT(verbs); v++)
        if (strncmp(s + k, verbs[v], strlen(verbs[v])) == 0) {
          *name_len = k;
          return words >= 1;
        }
      if (words > 5)
        break;
    }
  }
  return 0;
}

/* Splits entries written on one line or in one clause, at "; ", ", and
 * ", ", ", " and ", " & " outside parentheses; a piece that does not start
 * with a name goes with the entry before it ("Dr. Vera Lund, HSI").
 * Calls entry_text() for each entry; returns how many were added. */
static size_t split_entries(ev *x, size_t a, size_t n, dg_prop prop, const char *rule)
{
  const char *s = x->pg->text + a;
  size_t i = 0, start = 0, depth = 0, cur_a = (size_t)-1, cur_b = 0, added = 0;
  while (i <= n) {
    size_t skip = 0;
    if (i < n && (s[i] == '(' || s[i] == '['))
      depth++;
    else if (i < n && (s[i] == ')' || s[i] == ']') && depth)
      depth--;
    if (i == n)
      skip = 1;
    else if (!depth) {
      if (i + 6 <= n && strncmp(s + i, ", and ", 6) == 0)
        skip = 6;
      else if (i + 2 <= n && (strncmp(s + i, "; ", 2) == 0 || strncmp(s + i, ", ", 2) == 0))
        skip = 2;
      else if (i + 5 <= n && strncmp(s + i, " and ", 5) == 0)
        skip = 5;
      else if (i + 3 <= n && strncmp(s + i, " & ", 3) == 0)
        skip = 3;
      else if (i + 3 <= n && strncmp(s + i, " | ", 3) == 0)
        skip = 3;
      else if (i + 4 <= n && strncmp(s + i, " \xC2\xB7 ", 4) == 0)
        skip = 4; /* " · " */
      else if (i + 5 <= n && strncmp(s + i, " \xE2\x80\xA2 ", 5) == 0)
        skip = 5; /* " • " */
    }
    if (skip) {
      size_t pa = start, pb = i;
      while (pa < pb && s[pa] == ' ')
        pa++;
      if (pb > pa) {
        if (is_entry(x->pg, a + pa, pb - pa, DG_NAME_SHAPE)) {
          if (cur_a != (size_t)-1 &&
              entry_text(x, a + cur_a, cur_b - cur_a, prop, DG_NAME_SHAPE, rule) != (size_t)-1)
            added++;
          cur_a = pa;
          cur_b = pb;
        } else if (cur_a != (size_t)-1) {
          cur_b = pb;
        }
      }
      if (i >= n)
        break;
      i += skip;
      start = i;
      continue;
    }
    i++;
  }
  if (cur_a != (size_t)-1 &&
      entry_text(x, a + cur_a, cur_b - cur_a, prop, DG_NAME_SHAPE, rule) != (size_t)-1)
    added++;
  return added;
}

/* The entries of one role's value. Entries written "Name, Title, Org;
 * Name, Title, Org" are split at the semicolons alone (the commas are
 * inside the entries); a label on one of them ("...; Moderator: Name,
 * Title; Name, ...") gives that entry its own role, and a plural label
 * ("Speakers:") every entry after it. Else as split_entries(). */
static size_t field_entries(ev *x, size_t a, size_t n, dg_prop prop, const char *rule)
{
  const char *s = x->pg->text + a;
  size_t i = 0, added = 0;
  if (!memmem(s, n, "; ", 2))
    return split_entries(x, a, n, prop, rule);
  while (i < n) {
    const char *semi = memmem(s + i, n - i, "; ", 2);
    size_t e = semi ? (size_t)(semi - s) : n, p = i, cue, rest;
    dg_prop own = prop, lp;
    unsigned rf;
    while (p < e && s[p] == ' ')
      p++;
    if ((cue = dg_role_word(s + p, e - p, &lp, &rf)) && dg_role_label(s + p, e - p, cue, &rest) &&
        rest < e - p) {
      own = lp;
      if (rf & DG_ROLE_PLURAL)
        prop = lp;
      p += rest;
    }
    while (e > p && (s[e - 1] == '.' || s[e - 1] == ' '))
      e--;
    if (e > p && (own == DG_P_HOST || own == DG_P_ORGANIZER))
      host_text(x, a + p, e - p, own, rule);
    else if (e > p && entry_text(x, a + p, e - p, own, DG_NAME_SHAPE, rule) != (size_t)-1)
      added++;
    i = semi ? e + 2 : n;
    if (semi)
      i = (size_t)(semi - s) + 2;
  }
  return added;
}

/* Where the field after s[i] ends: at a separator (" · ", " | ", " • ",
 * a tab) or before the next sentence that opens with a role label ("... CSIS.
 * Speakers: ..."). Sets *next to where the next field starts. */
static size_t field_end(const char *s, size_t n, size_t i, size_t *next)
{
  size_t j;
  for (j = i; j < n; j++) {
    size_t sep = 0;
    /* a table's cells, tab-separated (empty cells run together) */
    if (s[j] == '\t') {
      for (sep = 1; j + sep < n && s[j + sep] == '\t'; sep++)
        ;
    } else if (s[j] == ' ' && j + 2 < n && (s[j + 1] == '|' || s[j + 1] == '/') && s[j + 2] == ' ')
      sep = 3;
    else if (s[j] == ' ' && j + 3 < n && (unsigned char)s[j + 1] == 0xC2 &&
             (unsigned char)s[j + 2] == 0xB7 && s[j + 3] == ' ')
      sep = 4; /* · */
    else if (s[j] == ' ' && j + 4 < n && (unsigned char)s[j + 1] == 0xE2 &&
             (unsigned char)s[j + 2] == 0x80 && (unsigned char)s[j + 3] == 0xA2 && s[j + 4] == ' ')
      sep = 5; /* • */
    else if (s[j] == '.' && j + 2 < n && s[j + 1] == ' ' && j > 0 && !dg_is_upper((unsigned char)s[j - 1])) {
      dg_prop prop;
      unsigned rf;
      size_t k = j + 1, cue, rest;
      while (k < n && s[k] == ' ')
        k++;
      if ((cue = dg_role_word(s + k, n - k, &prop, &rf)) && dg_role_label(s + k, n - k, cue, &rest) &&
          rest < n - k) {
        *next = k;
        return j;
      }
      continue;
    }
    if (sep) {
      *next = j + sep;
      return j;
    }
  }
  *next = n;
  return n;
}

/* Roles written as fields inside a line: "Presented with ORG · Keynote:
 * NAME", "TITLE. 5/6, 9:30am. Sponsors: ORG, ORG. Speakers: NAME,
 * Title, ORG; ...". A line that opens with a role heading is a role
 * block's (role_block), so its first field is left to it. */
static void role_fields(ev *x)
{
  dg_page *pg = x->pg;
  size_t i;
  for (i = x->part->lo; i < x->part->hi; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, a = 0, next;
    const char *s;
    if (!own_line(x, i) || (l->flags & DG_LF_BLANK) || l->zone == DG_ZONE_NAV)
      continue;
    s = dg_page_line_text(pg, i, &n);
    int pending = 0; /* a cell that was a role label alone */
    dg_prop pending_prop = DG_P_SPEAKER;
    if (!l->seps && !memmem(s, n < DG_CUE_SCAN ? n : DG_CUE_SCAN, ": ", 2))
      continue;
    while (a < n) {
      size_t e = field_end(s, n, a, &next), p = a, cue, rest, qa, qb, qafter;
      dg_prop prop;
      unsigned rf;
      while (p < e && s[p] == ' ')
        p++;
      cue = dg_role_word(s + p, e - p, &prop, &rf);
      /* a table's row: "Moderator | NAME", "Panelists | NAME / NAME",
       * "14:00 | Opening Remarks | NAME": the label is a cell of its own,
       * its names the cells after it (a plural label's, every one) */
      if (cue && dg_role_label(s + p, e - p, cue, &rest) && rest == e - p) {
        pending = (rf & DG_ROLE_PLURAL) ? 2 : 1;
        pending_prop = prop;
        a = next;
        continue;
      }
      if (!cue && pending && e > p) {
        size_t ve = e;
        while (ve > p && (s[ve - 1] == '.' || s[ve - 1] == ' '))
          ve--;
        if (pending_prop == DG_P_HOST || pending_prop == DG_P_ORGANIZER)
          host_text(x, l->content + p, ve - p, pending_prop, "role-cell");
        else
          field_entries(x, l->content + p, ve - p, pending_prop, "role-cell");
        if (pending == 1)
          pending = 0;
        a = next;
        continue;
      }
      pending = 0;
      if (cue && !(a == 0 && (l->flags & DG_LF_ROLE))) {
        size_t v = 0;
        if (dg_role_label(s + p, e - p, cue, &rest) && rest < e - p)
          v = p + rest;
        else if ((rf & DG_ROLE_BY) && p + cue < e)
          v = p + cue;
        while (v && v < e && s[v] == ' ')
          v++;
        /* "Keynote: \u201CTitle\u201D | NAME": the talk's title in the
         * label's cell, the speaker in the next */
        if (v && v < e && (s[v] == '"' || (unsigned char)s[v] == 0xE2) &&
            dg_pub_quoted_title(s + v, e - v, &qa, &qb, &qafter) && qa <= 3 && v + qafter + 1 >= e) {
          pending = 1;
          pending_prop = prop;
          a = next;
          continue;
        }
        if (v && v < e) {
          size_t ve = e;
          while (ve > v && (s[ve - 1] == '.' || s[ve - 1] == ' '))
            ve--;
          if (prop == DG_P_HOST || prop == DG_P_ORGANIZER)
            host_text(x, l->content + v, ve - v, prop, "role-field");
          else
            field_entries(x, l->content + v, ve - v, prop, "role-field");
        }
      }
      a = next;
    }
  }
}

/* "10:30 Panel II: Trade and Energy", "9:15am Session 1: ...": a slot of
 * an agenda that names a session, with its people on the lines under it.
 * They sit on a panel when the slot says panel, session or roundtable,
 * and speak otherwise (a conversation, an address). */
static int agenda_session(const dg_page *pg, size_t i, dg_prop *prop)
{
  const dg_line *l = &pg->lines[i];
  size_t n, tp, nx;
  const char *s = dg_page_line_text(pg, i, &n);
  if ((l->flags & (DG_LF_PROSE | DG_LF_BLANK)) || !(tp = dg_time_prefix_len(s, n)))
    return 0;
  nx = dg_page_next(pg, i);
  if (nx == DG_NO_LINE || nx > i + 2)
    return 0;
  {
    /* the first name under it (of one or several on the line) */
    const char *u = pg->text + pg->lines[nx].content;
    size_t un = pg->lines[nx].end - pg->lines[nx].content, k;
    for (k = 0; k + 2 < un; k++)
      if ((u[k] == ' ' && (u[k + 1] == '|' || (unsigned char)u[k + 1] == 0xC2)) ||
          (u[k] == ';' && u[k + 1] == ' '))
        break;
    if (k + 2 >= un)
      k = un;
    if (!is_entry(pg, pg->lines[nx].content, k, DG_NAME_SHAPE))
      return 0;
  }
  s += tp;
  n -= tp;
  *prop = dg_has_word(s, n, "panel") || dg_has_word(s, n, "session") ||
                  dg_has_word(s, n, "roundtable") || dg_has_word(s, n, "discussion")
              ? DG_P_PANELIST
              : DG_P_SPEAKER;
  return 1;
}

/* 1 if line k is an entry that opens with a name and goes on with what
 * the person is ("Ada Lind, Senior Fellow, Tundra Institute"). */
static int name_with_post(const dg_page *pg, size_t k)
{
  const dg_line *l = &pg->lines[k];
  dg_part nm, aff;
  dg_name name;
  int ok;
  dg_name_init(&name);
  ok = entry_check(pg, l->content, l->end - l->content, DG_NAME_SHAPE, &nm, &aff, &name) &&
       nm.start == 0 && aff.len > 0;
  dg_name_release(&name);
  return ok;
}

/* An unlabelled list of people on an event's page: two lines or more,
 * one under the other, each a name with what the person is ("Ada Lind,
 * Senior Fellow, Tundra Institute"). 1 if line i starts one. */
static int entry_list(const ev *x, size_t i)
{
  const dg_page *pg = x->pg;
  size_t k;
  if (i > 0 && !(pg->lines[i - 1].flags & DG_LF_BLANK) && !(pg->lines[i - 1].flags & DG_LF_ROLE))
    return 0; /* the list starts after a blank line or a heading */
  for (k = i; k < i + 2; k++) {
    const dg_line *l = &pg->lines[k];
    if (k >= x->part->hi || (l->flags & (DG_LF_BLANK | DG_LF_PROSE | DG_LF_ROLE)) || !own_line(x, k))
      return 0;
    /* the cheap tests first: a capital, a comma, a few words */
    if (l->nwords < 3 || l->nwords > 25 || !dg_is_upper((unsigned char)pg->text[l->content]) ||
        !memchr(pg->text + l->content, ',', l->end - l->content))
      return 0;
    if (!name_with_post(pg, k))
      return 0;
  }
  return 1;
}

/* The role of the people of an unlabelled list: a roundtable's are
 * participants, a panel's panelists, else they speak. */
static dg_prop list_role(const ev *x)
{
  const char *t = x->part->title;
  size_t n = strlen(t);
  if (x->part->cls == DG_CLASS_ROUNDTABLE || dg_has_word(t, n, "roundtable"))
    return DG_P_PARTICIPANT;
  if (x->panel)
    return DG_P_PANELIST;
  return DG_P_SPEAKER;
}

/* "Introduction" or "Opening" on a line of its own, a person under it: on
 * an event page, the one who introduces it speaks. */
static int introduction_heading(const dg_page *pg, size_t i)
{
  size_t nx;
  const dg_line *l = &pg->lines[i];
  if (l->nwords > 2 || l->zone == DG_ZONE_FOOTER || l->zone == DG_ZONE_LISTING ||
      !(dg_page_line_starts(pg, i, "introduction") || dg_page_line_starts(pg, i, "opening") ||
        dg_page_line_starts(pg, i, "welcome")))
    return 0;
  nx = dg_page_next(pg, i);
  return nx != DG_NO_LINE &&
         is_entry(pg, pg->lines[nx].content, pg->lines[nx].end - pg->lines[nx].content,
                  DG_NAME_SHAPE);
}

/* One role block: the heading at line h and the entries under it. */
static size_t entries_under(ev *x, size_t h, dg_prop prop, const char *rule);

static size_t role_block(ev *x, size_t h)
{
  dg_page *pg = x->pg;
  size_t n, cue, tp;
  const char *s = dg_page_line_text(pg, h, &n);
  dg_prop prop;
  /* "09:30 Welcome and opening remarks" */
  tp = dg_time_prefix_len(s, n);
  s += tp;
  n -= tp;
  if (!role_of(s, n, &prop, &cue))
    return h + 1;
  /* a generic "Speakers" list of a panel discussion names panelists;
   * remarks are speeches, whatever the format */
  if (prop == DG_P_SPEAKER && x->panel && !dg_has_word(s, cue, "remarks") &&
      !dg_has_word(s, cue, "welcome"))
    prop = DG_P_PANELIST;
  /* "Moderated by: Rhys Fairley (Ashgrove University)" on one line, or
   * "Welcome remarks \u2013 Ms. Ada Lind, Director" */
  {
    size_t r = cue;
    while (r < n && (s[r] == ':' || s[r] == ' '))
      r++;
    if (r > cue && dg_spaced_dash(s, n, r - 1))
      r += dg_spaced_dash(s, n, r - 1) - 1;
    if (r < n) {
      size_t base = pg->lines[h].content + tp;
      if (prop == DG_P_HOST || prop == DG_P_ORGANIZER) {
        host_text(x, base + r, n - r, prop, "role-line");
        return h + 1;
      }
      /* "Chair: Dr. Vera Lund, HSI"; "Panel I: Deterrence" names a
       * session, and its people follow on the next lines */
      if (split_entries(x, base + r, n - r, prop, "role-line"))
        return h + 1;
    }
  }
  return entries_under(x, h, prop, "role-block");
}

/* "Mr. Tom Berg, moderator", "Ada Lind (chair)": a role written after
 * the entry. Returns the entry's length without it and sets *prop, or
 * returns n when there is none. */
static size_t role_suffix(const char *s, size_t n, dg_prop *prop)
{
  size_t e = n, a, cue;
  unsigned flags;
  dg_prop p;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ')'))
    e--;
  a = e;
  while (a > 0 && s[a - 1] != ',' && s[a - 1] != '(' && e - a < 30)
    a--;
  if (a == 0 || e - a >= 30)
    return n;
  while (a < e && s[a] == ' ')
    a++;
  cue = dg_role_word(s + a, e - a, &p, &flags);
  if (!cue || cue != e - a || (flags & DG_ROLE_BY) || p == DG_P_HOST || p == DG_P_ORGANIZER)
    return n;
  *prop = p;
  /* back over the separator: ", " or " (" */
  while (a > 0 && s[a - 1] == ' ')
    a--;
  if (a > 0 && (s[a - 1] == ',' || s[a - 1] == '('))
    a--;
  while (a > 0 && s[a - 1] == ' ')
    a--;
  return a;
}

/* A recap's paragraph under a role heading: each sentence that opens
 * with a person ("Prof. Ada Lind, Dean of the Lakeside School, warned
 * ...", "Mr Berg shared ...") adds that person with `prop`, and the
 * words between the commas as the affiliation. Returns how many. */
static size_t prose_entries(ev *x, size_t li, dg_prop prop, const char *rule)
{
  dg_page *pg = x->pg;
  size_t n, a = 0, added = 0;
  const char *s = dg_page_line_text(pg, li, &n);
  if (n > DG_CUE_SCAN)
    n = DG_CUE_SCAN;
  while (a < n) {
    size_t e = a, c, k;
    dg_part nm, aff;
    dg_name name;
    /* the sentence: to ". " before a capital, past initials */
    while (e + 2 < n && !(s[e] == '.' && s[e + 1] == ' ' && dg_is_upper((unsigned char)s[e + 2]) &&
                          e > a + 3 && dg_is_lower((unsigned char)s[e - 1])))
      e++;
    if (e + 2 >= n)
      e = n;
    /* the person: to the comma before a lower-case verb, else the name's
     * own words */
    c = a;
    for (k = a; k + 2 < e; k++)
      if (s[k] == ',' && s[k + 1] == ' ' && dg_is_lower((unsigned char)s[k + 2]) && k > a + 3)
        break;
    c = k + 2 < e ? k : a;
    if (c == a) {
      for (k = a; k < e && k < a + 60; k++)
        if (k > a && s[k - 1] == ' ' && dg_is_lower((unsigned char)s[k]))
          break;
      c = k > a ? k - 1 : a;
    }
    dg_name_init(&name);
    if (c > a && dg_name_affil_parse(pg->gz, s + a, c - a, DG_NAME_SHAPE | DG_NAME_SINGLE, &nm, &aff,
                                     &name) &&
        nm.start == 0 && (name.words >= 2 || name.honorific) &&
        dg_orgs_covering(pg->orgs, pg->lines[li].content + a + nm.start + name.start) ==
            DG_NO_ORG) {
      size_t id = dg_people_add(pg->people, &name,
                                dg_span_at(pg->lines[li].content + a + nm.start + name.start,
                                           name.len),
                                DG_PS_ROLE, rule);
      add_entry(x, id, prop, dg_span_at(pg->lines[li].content + a, c - a), rule);
      if (aff.len)
        dg_extract_affiliations(pg, x->f, id, pg->lines[li].content + a + aff.start, aff.len, 1,
                                "role-affiliation");
      added++;
    }
    dg_name_release(&name);
    a = e + 1;
    while (a < n && s[a] == ' ')
      a++;
  }
  return added;
}

/* 1 if s[0..n) ends a sentence: a full stop, question or exclamation
 * mark, but not the stop of an abbreviation that ends a company's name
 * or a person's ("Pte. Ltd.", "Inc.", "Jr."). */
static int sentence_end(const char *s, size_t n)
{
  size_t w = n;
  if (n == 0 || !(s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?' || s[n - 1] == ';'))
    return 0;
  if (s[n - 1] != '.')
    return 1;
  while (w > 0 && s[w - 1] != ' ')
    w--;
  /* a short capitalised word before the stop: Ltd. Inc. Co. Corp. Jr. */
  return !(n - w <= 5 && dg_is_upper((unsigned char)s[w]));
}

/* The entries on the lines under line h, each with `prop`: "Name (Org)",
 * "Name, Title, Org", a name and its affiliation line, a bio paragraph.
 * Returns the line after the last one read. */
/* The end of cell `cell` of s[0..n), cells split at tabs and bars. */
static size_t cell_end(const char *s, size_t n, size_t cell)
{
  size_t e = 0;
  for (;;) {
    while (e < n && s[e] != '\t' && s[e] != '|')
      e++;
    if (e >= n || cell == 0)
      break;
    cell--;
    e++;
  }
  while (e > 0 && s[e - 1] == ' ')
    e--;
  return e;
}

/* If line i is the header row of a table of people, two cells or more
 * (split at tabs or bars), each made of the lexicon's column words
 * ("Name", "Title / Affiliation", "Testimony"): returns the number of
 * cells that describe the person before the first about something else
 * (at least 1). 0 if it is no such row. */
static size_t column_header(const dg_page *pg, size_t i)
{
  size_t n, a = 0, cells = 0, keep = (size_t)-1;
  const char *s = dg_page_line_text(pg, i, &n);
  const dg_lex *lx;
  if (n == 0 || n > 120 || (!memchr(s, '\t', n) && !memchr(s, '|', n)))
    return 0;
  lx = dg_lexicon(DG_LEX_COLUMN);
  while (a < n) {
    size_t e = a, w;
    int other = 0;
    while (e < n && s[e] != '\t' && s[e] != '|')
      e++;
    /* the words of the cell, each a column word or a joiner */
    for (w = a; w < e;) {
      size_t we = w;
      long v;
      while (we < e && s[we] != ' ' && s[we] != '/' && s[we] != ',')
        we++;
      if (we > w && !(we - w == 1 && s[w] == '&') &&
          !(we - w == 3 && strncasecmp(s + w, "and", 3) == 0)) {
        if ((v = dg_lex_find(DG_LEX_COLUMN, s + w, we - w)) < 0)
          return 0;
        other |= (lx->flags[v] & DG_LEX_OTHER) != 0;
      }
      w = we + 1;
    }
    if (e > a) {
      if (other && keep == (size_t)-1)
        keep = cells;
      cells++;
    }
    a = e;
    while (a < n && (s[a] == '\t' || s[a] == '|' || s[a] == ' '))
      a++;
  }
  if (cells < 2)
    return 0;
  return keep == (size_t)-1 ? cells : keep ? keep : 1;
}

static int caps_name(const dg_page *pg, size_t a, size_t n);

/* 1 if line i is a short line with an entry ("Name, Post, ORG") right
 * under it, indented deeper. */
static int group_heading(const ev *x, size_t i)
{
  const dg_page *pg = x->pg;
  const dg_line *l = &pg->lines[i], *u;
  if (l->nwords == 0 || l->nwords > 10 ||
      (l->flags & (DG_LF_END_PUNCT | DG_LF_PROSE | DG_LF_ROLE | DG_LF_SECTION)) ||
      i + 1 >= x->part->hi)
    return 0;
  u = &pg->lines[i + 1];
  if (u->indent <= l->indent || (u->flags & (DG_LF_BLANK | DG_LF_PROSE)) || !own_line(x, i + 1) ||
      !memchr(pg->text + u->content, ',', u->end - u->content))
    return 0;
  return name_with_post(pg, i + 1);
}

static size_t entries_under(ev *x, size_t h, dg_prop prop, const char *rule)
{
  dg_page *pg = x->pg;
  size_t i, last_entry = (size_t)-1, last_line = h, keep_cells = 0;
  size_t group = (size_t)-1; /* the heading line of the entries indented under it */
  for (i = h + 1; i < x->part->hi; i++) {
    const dg_line *l = &pg->lines[i];
    size_t ln, nl;
    const char *t;
    if (l->flags & DG_LF_BLANK)
      continue;
    if (group != (size_t)-1 && l->indent <= pg->lines[group].indent)
      group = (size_t)-1;
    /* a short line over entries indented under it heads a group of them
     * ("Harbour Transport Agency", "As an individual"), though it may read
     * like a name: a person's card does not indent a "Name, Post" under
     * the name */
    if (group_heading(x, i)) {
      group = i;
      last_line = i;
      /* a group of officials under a name no list knows: an organization */
      if (dg_orgs_first_in(pg->orgs, l->content, l->end - l->content) == DG_NO_ORG &&
          caps_name(pg, l->content, l->end - l->content))
        dg_orgs_add_name(pg->orgs, pg, l->content, l->end - l->content);
      continue;
    }
    /* "Name | Title / Affiliation | Testimony" over the rows */
    if (last_line == h && (keep_cells = column_header(pg, i)) != 0) {
      last_line = i;
      continue;
    }
    /* a row of a table reads like a menu ("Ada Lind | Director | PDF") */
    if (!own_line(x, i) ||
        (section_break(pg, i) &&
         !(keep_cells && (l->flags & DG_LF_NAV) && l->zone != DG_ZONE_FOOTER &&
           !(l->flags & (DG_LF_COPYRIGHT | DG_LF_SHARE | DG_LF_RELATED | DG_LF_ABOUT | DG_LF_ROLE |
                         DG_LF_SECTION)))))
      break;
    t = dg_page_line_text(pg, i, &ln);
    /* a row of the table: the cells about the person ("(PDF)" after
     * them ends no sentence) */
    if (keep_cells)
      ln = cell_end(t, ln, keep_cells - 1);
    if (prop == DG_P_HOST || prop == DG_P_ORGANIZER) {
      if (l->flags & DG_LF_PROSE)
        break;
      host_text(x, l->content, ln, prop, rule);
      last_line = i;
      continue;
    }
    /* a sentence that opens with a name and a bio verb is a bio, however
     * short: "NAME is a research associate at ORG." */
    if (!(l->flags & DG_LF_PROSE) && !(sentence_end(t, ln) && l->nwords > 12) &&
        !(!keep_cells && (l->flags & DG_LF_END_PUNCT) && starts_with_name(pg, i, &nl))) {
      /* one parse answers "an entry?", "an affiliation beside it?" and
       * gives the entry that is added */
      dg_part enm, eaff;
      dg_name ename;
      int ok, bare;
      size_t id = (size_t)-1;
      dg_prop own = prop;
      size_t el = role_suffix(t, ln, &own);
      dg_name_init(&ename);
      ok = entry_check(pg, l->content, el, DG_NAME_SHAPE, &enm, &eaff, &ename);
      bare = ok && eaff.len == 0 && is_entry(pg, l->content, el, DG_NAME_SHAPE | DG_NAME_SINGLE);
      if (ok)
        id = entry_add(x, l->content, el, own, rule, &enm, &eaff, &ename);
      dg_name_release(&ename);
      if (id != (size_t)-1) {
        last_entry = id;
        last_line = i;
        /* "Harbour Transport Agency" over its officials: where they work */
        if (group != (size_t)-1)
          dg_extract_affiliations(pg, x->f, id, pg->lines[group].content,
                                  pg->lines[group].end - pg->lines[group].content, 1, "role-group");
        /* the line under a bare name: its affiliation, or its bio */
        if (bare && i + 1 < x->part->hi && !(pg->lines[i + 1].flags & DG_LF_BLANK) &&
            own_line(x, i + 1) && !section_break(pg, i + 1)) {
          const dg_line *u = &pg->lines[i + 1];
          size_t uln;
          dg_page_line_text(pg, i + 1, &uln);
          if (!(u->flags & DG_LF_PROSE) && u->nwords <= 30 &&
              !((u->flags & DG_LF_END_PUNCT) && u->nwords > 8) &&
              !starts_with_name(pg, i + 1, &nl) &&
              !is_entry(pg, u->content, uln, DG_NAME_SHAPE)) {
            dg_extract_affiliations(pg, x->f, id, u->content, uln, 1, "role-affiliation");
            dg_extract_bio_books(pg, x->info, x->f, u->content, uln, id);
            i++;
            last_line = i;
          }
        }
        continue;
      }
      /* several names on one line: "Ada Lind · Tom Berg · Eva Holm" */
      if ((l->seps || memmem(t, ln, "; ", 2)) && split_entries(x, l->content, ln, prop, rule)) {
        last_line = i;
        continue;
      }
      /* an affiliation line sits right under its entry; after a blank
       * line something else begins (an address, a credit) */
      if (last_entry == (size_t)-1 || (pg->lines[i - 1].flags & DG_LF_BLANK))
        break;
      /* an affiliation line of the entry above */
      dg_extract_affiliations(pg, x->f, last_entry, l->content, ln, 1, "role-affiliation");
      last_line = i;
      continue;
    }
    /* a bio paragraph: of a new person ("Ida Lin is ...") or of the one
     * just named ("Tomas grew up ...") */
    if (starts_with_name(pg, i, &nl)) {
      dg_name nm;
      /* "Eva Holm (moderator) is ...": the role beside the name */
      dg_prop bprop = prop;
      nl = role_suffix(t, nl, &bprop);
      dg_name_init(&nm);
      if (dg_name_parse(pg->gz, t, nl, DG_NAME_SHAPE | DG_NAME_SINGLE, &nm)) {
        size_t id;
        size_t end = i;
        size_t nl2;
        /* a bio runs to the blank line, or to the next line that opens
         * another bio ("NAME is ...", one per line) */
        while (end + 1 < x->part->hi && !(pg->lines[end + 1].flags & DG_LF_BLANK) &&
               own_line(x, end + 1) && !starts_with_name(pg, end + 1, &nl2))
          end++;
        if (nm.words >= 2) {
          id = dg_people_add(pg->people, &nm, dg_span_at(l->content + nm.start, nm.len),
                             DG_PS_ROLE | DG_PS_BIO, "role-bio");
          add_entry(x, id, bprop, dg_span_at(l->content, nl), "role-bio");
        } else {
          id = dg_people_add(pg->people, &nm, dg_span_at(l->content + nm.start, nm.len),
                             DG_PS_BIO, "role-bio");
        }
        dg_extract_bio(pg, x->info, x->f, i, end, id);
        last_entry = id;
        last_line = end;
        i = end;
        dg_name_release(&nm);
        continue;
      }
      dg_name_release(&nm);
    }
    if (last_entry != (size_t)-1 && (dg_has_word(t, ln < 12 ? ln : 12, "he") ||
                                     dg_has_word(t, ln < 12 ? ln : 12, "she"))) {
      dg_extract_bio(pg, x->info, x->f, i, i, last_entry);
      last_line = i;
      continue;
    }
    /* a recap's paragraph right under the heading, its sentences opening
     * with the people ("Mr Lind, Director of ..., opened the session") */
    if (last_entry == (size_t)-1 && (l->flags & DG_LF_PROSE) && prose_entries(x, i, prop, rule)) {
      last_line = i;
      continue;
    }
    break;
  }
  return last_line + 1;
}

/* The end of the sentence or clause that starts at s[i]. */
static size_t clause_end(const dg_gazetteer *gz, const char *s, size_t n, size_t i, const char *stop)
{
  size_t j;
  /* a clause of names is a few hundred bytes: keep the scan bounded */
  if (n > i + 600)
    n = i + 600;
  for (j = i; j < n; j++) {
    if (s[j] == '.' && (j + 1 == n || s[j + 1] == ' ') && j > 0 && dg_is_lower((unsigned char)s[j - 1])) {
      /* "moderated by Dr. Ada Lind": the dot of a title ends nothing */
      size_t w = j;
      int kind;
      while (w > i && dg_is_alpha((unsigned char)s[w - 1]))
        w--;
      if (dg_is_upper((unsigned char)s[w]) && dg_name_honorific(gz, s + w, n - w, &kind) > j + 1 - w)
        continue;
      return j;
    }
    if (stop && strncmp(s + j, stop, strlen(stop)) == 0)
      return j;
  }
  return n;
}

/* "a book launch with NAME", "a webinar with NAME": "with " at s[j],
 * after one or two words that name an event. */
static int event_with(const char *s, size_t n, size_t j)
{
  size_t b = j - 1, e = j - 1, words; /* e: the space before "with" */
  if (!dg_at(s, n, j, "with ") || j < 2 || s[j - 1] != ' ')
    return 0;
  for (words = 0; words < 2; words++) {
    size_t w = b;
    while (b > 0 && (dg_is_alpha((unsigned char)s[b - 1]) || s[b - 1] == '-') && w - b < 24)
      b--;
    if (b == w)
      return 0;
    /* the last word, then the last two ("book launch") */
    if (dg_event_word_class(s + b, e - b) != DG_CLASS_NONE)
      return 1;
    if (b == 0 || s[b - 1] != ' ')
      return 0;
    b--;
  }
  return 0;
}

/* 1 if a role cue of prose_roles() can start at s[j]: its first two
 * letters are those of one ("mo"derated, "ch"aired, "a "panel, ...). */
static int cue_start(const char *s, size_t n, size_t j)
{
  int c0, c1;
  if (j + 1 >= n)
    return 0;
  c0 = dg_to_lower((unsigned char)s[j]);
  c1 = dg_to_lower((unsigned char)s[j + 1]);
  switch (c0) {
  case 'a': return c1 == ' ' || c1 == 'd';
  case 'c': return c1 == 'h' || c1 == 'o' || c1 == 'l';
  case 'd': return c1 == 'i' || c1 == 'e';
  case 'f': return c1 == 'e';
  case 'g': return c1 == 'a';
  case 'k': return c1 == 'e';
  case 'l': return c1 == 'e' || c1 == 'a';
  case 'm': return c1 == 'o';
  case 'o': return c1 == 'p';
  case 'p': return c1 == 'a' || c1 == 'r';
  case 's': return c1 == 'p';
  case 't': return c1 == 'a';
  case 'w': return c1 == 'e' || c1 == 'i';
  default: return 0;
  }
}

/* Roles said in sentences. */
static void prose_roles(ev *x)
{
  dg_page *pg = x->pg;
  size_t i;
  for (i = x->part->lo; i < x->part->hi; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, j;
    const char *s;
      if (!own_line(x, i) || l->zone == DG_ZONE_NAV || (l->flags & DG_LF_BLANK))
      continue;
    s = dg_page_line_text(pg, i, &n);
    for (j = 0; j < n; j++) {
      if (j > 0 && dg_is_alnum((unsigned char)s[j - 1]))
        continue;
      /* every cue below starts with one of these two letters: the test
       * runs at every word of the event's text */
      if (!cue_start(s, n, j))
        continue;
      /* "moderated by Clara Voss of the Halden Institution" */
      if (at_ci(s, n, j, "moderated by ")) {
        size_t e = clause_end(pg->gz, s, n, j + 13, ",");
              entry_text(x, l->content + j + 13, e - j - 13, DG_P_MODERATOR, DG_NAME_SHAPE,
                   "moderated-by");
        continue;
      }
      if (at_ci(s, n, j, "chaired by ")) {
        size_t e = clause_end(pg->gz, s, n, j + 11, ", and ");
        split_entries(x, l->content + j + 11, e - j - 11, DG_P_CHAIR, "chaired-by");
        continue;
      }
      if (j + 10 <= n && (at_ci(s, n, j, "opened by ") ||
                          at_ci(s, n, j, "welcomed by "))) {
        size_t cl = s[j] == 'o' || s[j] == 'O' ? 10 : 12;
        size_t e = clause_end(pg->gz, s, n, j + cl, ", and ");
        split_entries(x, l->content + j + cl, e - j - cl, DG_P_SPEAKER, "opened-by");
        continue;
      }
      {
        /* "speakers included NAME, NAME and NAME", "a panel of NAME, ..." */
        static const struct {
          const char *cue;
          dg_prop prop;
        } incl[] = {
          {"participants included ", DG_P_PARTICIPANT}, {"speakers included ", DG_P_SPEAKER},
          {"panelists included ", DG_P_PANELIST}, {"participants were ", DG_P_PARTICIPANT},
          {"speakers were ", DG_P_SPEAKER}, {"panelists were ", DG_P_PANELIST},
          {"discussants were ", DG_P_DISCUSSANT}, {"discussants included ", DG_P_DISCUSSANT},
          {"a panel of ", DG_P_PANELIST}, {"a panel comprising ", DG_P_PANELIST},
          {"panellists were ", DG_P_PANELIST}, {"panellists included ", DG_P_PANELIST},
        };
        size_t q;
        for (q = 0; q < DG_COUNT(incl); q++) {
          if (at_ci(s, n, j, incl[q].cue)) {
            size_t cl = strlen(incl[q].cue);
            size_t e = clause_end(pg->gz, s, n, j + cl, NULL);
            split_entries(x, l->content + j + cl, e - j - cl, incl[q].prop, "participants-included");
            break;
          }
        }
      }
      /* "Helena Marwick will moderate" */
      /* "NAME will moderate", "NAME will speak", "NAME moderated the
       * discussion", "NAME chaired": the name before the verb */
      if (j > 2 && s[j - 1] == ' ' && dg_is_lower((unsigned char)s[j]) &&
          (dg_at(s, n, j, "will moderate") || dg_at(s, n, j, "will speak") ||
           dg_at(s, n, j, "will present") || dg_at(s, n, j, "will deliver") ||
           dg_at(s, n, j, "will give") || dg_at(s, n, j, "moderated the") ||
           dg_at(s, n, j, "moderates the") || dg_at(s, n, j, "chaired the") ||
           dg_at(s, n, j, "will chair") || dg_at(s, n, j, "delivered the keynote") ||
           dg_at(s, n, j, "will deliver the keynote") || dg_at(s, n, j, "gave the keynote") ||
           dg_at(s, n, j, "presented research") || dg_at(s, n, j, "presented a paper") ||
           dg_at(s, n, j, "presented findings"))) {
        dg_prop vp = dg_at(s, n, j, "will moderate") || dg_at(s, n, j, "moderated the") ||
                             dg_at(s, n, j, "moderates the")
                         ? DG_P_MODERATOR
                     : dg_at(s, n, j, "chaired the") || dg_at(s, n, j, "will chair")
                         ? DG_P_CHAIR
                     : dg_has_word(s + j, n - j < 32 ? n - j : 32, "keynote")
                         ? DG_P_KEYNOTE_SPEAKER
                         : DG_P_SPEAKER;
        size_t b = j - 1, words = 0;
        while (b > 0 && words < 4) {
          b--;
          if (s[b] == ' ')
            words++;
          if (s[b] == '.' && b + 1 < j && s[b + 1] == ' ' && b > 0 &&
              dg_is_lower((unsigned char)s[b - 1]))
            break;
          if (s[b] == ',')
            break;
        }
        while (b < j && !dg_is_upper((unsigned char)s[b]))
          b++;
        if (b < j)
          entry_text(x, l->content + b, j - 1 - b, vp, DG_NAME_SHAPE,
                     vp == DG_P_MODERATOR ? "will-moderate" : "will-speak");
        continue;
      }
      /* "Its keynote was delivered by NAME, ...": the talk named
       * in the words before */
      if (at_ci(s, n, j, "delivered by ") && dg_is_cap_byte((unsigned char)s[j + 13])) {
        size_t b = j > 60 ? j - 60 : 0, e = clause_end(pg->gz, s, n, j + 13, ",");
        dg_prop dp = dg_has_word(s + b, j - b, "keynote") ? DG_P_KEYNOTE_SPEAKER : DG_P_SPEAKER;
        entry_text(x, l->content + j + 13, e - j - 13, dp, DG_NAME_SHAPE, "delivered-by");
        continue;
      }
      /* "In his opening remarks, NAME, Director of ORG, noted ..." */
      if ((at_ci(s, n, j, "opening remarks, ") || at_ci(s, n, j, "closing remarks, ") ||
           at_ci(s, n, j, "welcoming remarks, ")) &&
          dg_is_cap_byte((unsigned char)s[j + (s[j] == 'w' || s[j] == 'W' ? 19 : 17)])) {
        size_t cl = s[j] == 'w' || s[j] == 'W' ? 19 : 17, e = clause_end(pg->gz, s, n, j + cl, ",");
        entry_text(x, l->content + j + cl, e - j - cl, DG_P_SPEAKER, DG_NAME_SHAPE, "remarks-by");
        continue;
      }
      /* "a lecture by NAME of ORG", "with comments by NAME", "a keynote
       * address by NAME" */
      {
        static const struct {
          const char *cue;
          dg_prop prop;
        } by[] = {
          {"lecture by ", DG_P_SPEAKER}, {"talk by ", DG_P_SPEAKER},
          {"presentation by ", DG_P_SPEAKER}, {"comments by ", DG_P_DISCUSSANT},
          {"keynote address by ", DG_P_KEYNOTE_SPEAKER}, {"keynote by ", DG_P_KEYNOTE_SPEAKER},
          {"keynote speech by ", DG_P_KEYNOTE_SPEAKER}, {"address by ", DG_P_SPEAKER},
          {"launched by ", DG_P_SPEAKER},
        };
        size_t q;
        for (q = 0; q < DG_COUNT(by); q++)
          if (at_ci(s, n, j, by[q].cue)) {
            size_t cl = strlen(by[q].cue), e = clause_end(pg->gz, s, n, j + cl, ", and ");
            /* "a lecture by NAME of ORG, with comments by ...": one entry */
            size_t c = j + cl;
            while (c < e && s[c] != ',')
              c++;
            if (dg_is_cap_byte((unsigned char)s[j + cl]))
              split_entries(x, l->content + j + cl, c - j - cl, by[q].prop, "by-name");
            break;
          }
      }
      /* "a seminar featuring NAME, ...", "a panel discussion with NAME",
       * "a book launch with NAME" (an event word, then "with") */
      if ((at_ci(s, n, j, "featuring ")) ||
          (at_ci(s, n, j, "discussion with ")) ||
          (at_ci(s, n, j, "conversation with ")) || (s[j] == 'w' && event_with(s, n, j))) {
        size_t cl = s[j] == 'f' || s[j] == 'F' ? 10
                    : at_ci(s, n, j, "discussion with ") ? 16
                    : at_ci(s, n, j, "conversation with ") ? 18
                    : 5;
        size_t e = clause_end(pg->gz, s, n, j + cl, ", moderated by");
        dg_prop prop = x->panel ? DG_P_PANELIST : DG_P_SPEAKER;
        if (dg_is_cap_byte((unsigned char)s[j + cl]))
          split_entries(x, l->content + j + cl, e - j - cl, prop, "featuring");
        continue;
      }
    }
  }
}

/* "The Tundra Institute, the Embassy of Norway and Baltic Watch hosted
 * the conference": organizations as the subject of a hosting verb. The
 * subject runs back to the sentence's start and must be organizations
 * only, joined by commas and "and". */
static void subject_hosts_in(ev *x, size_t li, const char *s, size_t a, size_t verb,
                             dg_prop prop);

/* 1 if text[a, a+n) is one to six capitalised words (after "the"), no
 * sentence in it, and not a person's name: an organization named only
 * here ("Baltic Watch"). */
static int caps_name(const dg_page *pg, size_t a, size_t n)
{
  const char *p = pg->text + a;
  size_t q, words = 0, caps = 0;
  dg_name nm;
  int person;
  if (n > 4 && strncasecmp(p, "the ", 4) == 0) {
    p += 4;
    n -= 4;
  }
  for (q = 0; q < n; q++)
    if (p[q] != ' ' && (q == 0 || p[q - 1] == ' ')) {
      words++;
      if (dg_is_upper((unsigned char)p[q]))
        caps++;
    }
  if (words < 1 || words > 6 || caps != words || memchr(p, '.', n))
    return 0;
  /* "The hosts will ...": an article or a pronoun names no one */
  if (words == 1 && dg_is_function_word(p, n))
    return 0;
  dg_name_init(&nm);
  person = dg_name_parse(pg->gz, p, n, DG_NAME_GIVEN, &nm) && nm.words >= 2;
  dg_name_release(&nm);
  return !person;
}

static void subject_hosts(ev *x, size_t li, const char *s, size_t n, size_t verb, dg_prop prop)
{
  size_t a = verb;
  (void)n;
  while (a > 0 && !(a >= 2 && s[a - 1] == ' ' && (s[a - 2] == '.' || s[a - 2] == ';')))
    a--;
  subject_hosts_in(x, li, s, a, verb, prop);
}

/* The organizations found[0, nf) of a subject, each with `prop`. */
static void subject_refs(ev *x, const size_t *found, size_t nf, dg_prop prop)
{
  size_t k;
  for (k = 0; k < nf; k++) {
    dg_span sp = dg_orgs_span(x->pg->orgs, found[k]);
    size_t e = dg_orgs_entity(x->pg->orgs, x->f, found[k], sp, "org-hosted");
    dg_facts_add_ref(x->f, x->item, prop, e, sp, "org-hosted");
    x->hosts += prop == DG_P_HOST;
  }
}

/* "On 7 February, the Asia Studies Center at Harwell and the Baltic
 * Exchange (BX) co-host": the organizations of a subject made of known
 * organizations alone, each maybe with its parent after "at" (the unit
 * hosts) and its acronym; a clause before the first comma that names
 * none ("On 7 February") is passed over. Returns the number emitted;
 * 0 (and nothing emitted) when the subject holds anything else. */
static size_t subject_orgs(ev *x, size_t li, const char *s, size_t a, size_t verb, dg_prop prop)
{
  dg_page *pg = x->pg;
  size_t base = pg->lines[li].content, p = a, m[16], found[16], nf, k, end;
  const char *c = memchr(s + a, ',', verb - a);
  const char *d = memmem(s + a, verb - a, " \xE2\x80\x93 ", 5);
  if (!d)
    d = memmem(s + a, verb - a, " \xE2\x80\x94 ", 5);
  /* "Tuesday, 2 April 2031 \xE2\x80\x93 The Tundra Institute presented": a
   * dateline before a dash that names no organization */
  if (d && dg_orgs_first_in(pg->orgs, base + a, (size_t)(d - s) - a) == DG_NO_ORG &&
      (size_t)(d - s) - a < 48)
    p = (size_t)(d - s) + 5;
  else if (c && dg_orgs_first_in(pg->orgs, base + a, (size_t)(c - s) - a) == DG_NO_ORG &&
           (size_t)(c - s) - a < 40)
    p = (size_t)(c - s) + 1;
  nf = dg_orgs_list(pg->orgs, pg, base + p, base + verb, m, 16, &end);
  /* the subject is the list and nothing else */
  while (end < base + verb && (pg->text[end] == ' ' || pg->text[end] == ','))
    end++;
  if (nf == 0 || end < base + verb)
    return 0;
  for (k = 0; k < nf; k++)
    found[k] = dg_orgs_mention(pg->orgs, m[k])->org;
  subject_refs(x, found, nf, prop);
  return nf;
}

/* The organizations of s[a, verb) as hosts, when that is all it holds. */
static void subject_hosts_in(ev *x, size_t li, const char *s, size_t a, size_t verb,
                             dg_prop prop)
{
  dg_page *pg = x->pg;
  dg_part parts[16];
  size_t np, k, found[16], nf = 0;
  if (verb - a < 3 || verb - a > 300)
    return;
  if (subject_orgs(x, li, s, a, verb, prop))
    return;
  np = dg_name_split(s + a, verb - a, parts, 16);
  if (np == 0 || np > 16)
    return;
  for (k = 0; k < np; k++) {
    size_t pa = pg->lines[li].content + a + parts[k].start, pl = parts[k].len, m;
    const dg_orgm *om;
    m = dg_orgs_first_in(pg->orgs, pa, pl);
    om = m != DG_NO_ORG ? dg_orgs_mention(pg->orgs, m) : NULL;
    /* the part must be the organization's name (after "the") and
     * nothing else, or a name of capitalised words that is no person's
     * (an organization named only here) */
    if (om && om->start <= pa + 4 && om->start + om->len + 1 >= pa + pl) {
      found[nf++] = om->org;
      continue;
    }
    /* "the Tundra Institute's Arctic Program": the unit that is named
     * hosts, not its parent */
    if (om && om->start <= pa + 4 && m + 1 < dg_orgs_n_mentions(pg->orgs)) {
      const dg_orgm *unit = dg_orgs_mention(pg->orgs, m + 1);
      size_t gap = unit->start - (om->start + om->len);
      const char *g = pg->text + om->start + om->len;
      if (unit->start + unit->len + 1 >= pa + pl && unit->start < pa + pl &&
          ((gap == 3 && memcmp(g, "'s ", 3) == 0) || (gap == 5 && memcmp(g, "\xE2\x80\x99s ", 5) == 0))) {
        found[nf++] = unit->org;
        continue;
      }
    }
    if (om || !caps_name(pg, pa, pl))
      return;
    found[nf++] = DG_NO_ORG; /* named below, once every part has passed */
  }
  for (k = 0; k < nf; k++) {
    if (found[k] == DG_NO_ORG) {
      size_t pa = pg->lines[li].content + a + parts[k].start, pl = parts[k].len;
      if (pl > 4 && strncasecmp(pg->text + pa, "the ", 4) == 0) {
        pa += 4;
        pl -= 4;
      }
      found[k] = dg_orgs_add_name(pg->orgs, pg, pa, pl);
    }
  }
  subject_refs(x, found, nf, prop);
}

/* "Join the Tundra Institute and Baltic Watch for ...": the
 * organizations between "join" and "for" host. */
static void join_host(ev *x, size_t li, const char *s, size_t n, size_t from)
{
  const char *f = memmem(s + from, n - from < 200 ? n - from : 200, " for ", 5);
  size_t e;
  if (!f || dg_at(s, n, from, "us "))
    return;
  e = (size_t)(f - s);
  /* the same test as a sentence's subject: organizations only */
  subject_hosts_in(x, li, s, from, e, DG_P_HOST);
}

/* "hosted by the Pacific Rim Studies Centre" in a sentence. */
static void prose_hosts(ev *x)
{
  dg_page *pg = x->pg;
  size_t i;
  for (i = x->part->lo; i < x->part->hi; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, j, k;
    int vpart;
    const char *s;
    if (!own_line(x, i) || (l->flags & DG_LF_BLANK) || (l->flags & DG_LF_ROLE))
      continue;
    s = dg_page_line_text(pg, i, &n);
    for (j = 0; j < n; j++) {
      if (j > 0 && dg_is_alnum((unsigned char)s[j - 1]))
        continue;
      /* "ORG hosted the ..." (but "hosted by ORG" is the cue below; an
       * organizing verb is taken before "by" too, as it always was) */
      if (j > 0 && s[j - 1] == ' ' && s[j] != ' ' && dg_lex_host_verb_at(s, n, j, &vpart) &&
          (vpart != DG_P_HOST || !dg_has_word(s + j, n - j < 16 ? n - j : 16, "by")))
        subject_hosts(x, i, s, n, j - 1, (dg_prop)vpart);
      /* "Join the Tundra Institute for a discussion": the host invites */
      else if ((j == 0 || s[j - 1] == ' ') && (dg_at(s, n, j, "join ") || dg_at(s, n, j, "Join ")))
        join_host(x, i, s, n, j + 5);
      {
        int part;
        size_t cl = dg_lex_host_by_at(s, n, j, &part), m[16], nf, end;
        if (!cl)
          continue;
        if (j == 0 && !(l->flags & DG_LF_PROSE)) {
          /* "Sponsored by the Marlow Institute and Baltic Watch", to the
           * end of the sentence; the scan goes on inside it, for the cues
           * that may follow ("Hosted by A in cooperation with B. Sponsored
           * by C.") */
          size_t e = clause_end(pg->gz, s, n, cl, NULL);
          host_text(x, l->content + cl, e - cl, (dg_prop)part, "hosted-by-line");
          j = cl - 1;
          continue;
        }
        /* "co-sponsored by A, the B (BB) and the C at D": every one of
         * the list that starts right after the cue */
        nf = dg_orgs_list(pg->orgs, pg, l->content + j + cl, l->content + clause_end(pg->gz, s, n, j + cl, NULL),
                          m, 16, &end);
        for (k = 0; k < nf; k++) {
          dg_orgs_ref(pg->orgs, x->f, x->item, (dg_prop)part, dg_orgs_mention(pg->orgs, m[k]),
                      "hosted-by");
          x->hosts += part == DG_P_HOST;
        }
      }
    }
  }
}

/* ---------------------------------------------------------------- time and place */

static void emit_when(ev *x, const dg_date *d, const dg_time *t, dg_span sp)
{
  char date[11], hm[9], *v;
  dg_date_format(d, date);
  if (!d->day)
    return;
  dg_facts_set_date(x->f, x->item, date);
  if (t && t->start >= 0) {
    char off[16] = "";
    if (t->offset != DG_NO_OFFSET) {
      int o = (t->offset < 0 ? -t->offset : t->offset) % (24 * 60);
      snprintf(off, sizeof off, "%c%02d:%02d", t->offset < 0 ? '-' : '+', o / 60, o % 60);
      if (t->offset == 0)
        strcpy(off, "Z");
    }
    dg_time_format(t->start, hm);
    v = xasprintf("%sT%s%s", date, hm, off);
    dg_facts_add_literal(x->f, x->item, DG_P_START_DATE, v, DG_DT_DATETIME, sp, "event-date-time");
    free(v);
    if (t->end >= 0) {
      dg_time_format(t->end, hm);
      v = xasprintf("%sT%s%s", date, hm, off);
      dg_facts_add_literal(x->f, x->item, DG_P_END_DATE, v, DG_DT_DATETIME, sp, "event-time-range");
      free(v);
    }
  } else {
    dg_facts_add_literal(x->f, x->item, DG_P_START_DATE, date, DG_DT_DATE, sp, "event-date");
    if (d->end_day) {
      dg_date e = *d;
      char end[11];
      e.day = d->end_day;
      e.end_day = 0;
      dg_date_format(&e, end);
      dg_facts_add_literal(x->f, x->item, DG_P_END_DATE, end, DG_DT_DATE, sp, "event-date-range");
    }
  }
}

/* "Online", "Virtual event", "Zoom webinar": a place that is none. */
static int online_only(const char *s, size_t n)
{
  return n < 40 && (dg_has_word(s, n, "online") || dg_has_word(s, n, "virtual") ||
                    dg_has_word(s, n, "zoom") || dg_has_word(s, n, "webinar") ||
                    dg_has_word(s, n, "en ligne")) &&
         !memchr(s, ',', n);
}

/* A line that names a place: a room, a building, an address. */
static int place_like(const dg_page *pg, size_t i)
{
  static const char *const w[] = {
    "room", "hall", "floor", "building", "library", "center", "centre", "street", "st",
    "ave", "avenue", "road", "auditorium", "suite", "campus", "university", "hotel",
    "institute", "office", "plaza", "square", "theatre", "theater", "house", "club",
    "boulevard", "blvd", "conference", "lounge", "chamber", "embassy",
  };
  const dg_line *l = &pg->lines[i];
  size_t n, k;
  const char *s = dg_page_line_text(pg, i, &n);
  if (l->flags & (DG_LF_PROSE | DG_LF_ROLE | DG_LF_SECTION | DG_LF_SHARE | DG_LF_BYLINE |
                  DG_LF_COPYRIGHT | DG_LF_DATE | DG_LF_TIME | DG_LF_BLANK))
    return 0;
  if (l->nwords > 20 || ((l->flags & DG_LF_END_PUNCT) && s[n - 1] == '.'))
    return 0;
  /* "Online", "Zoom webinar" name no place; "Kestrel House, Leeds and
   * online" names one */
  if (online_only(s, n) || ((dg_has_word(s, n, "online") || dg_has_word(s, n, "virtual") ||
                             dg_has_word(s, n, "zoom")) &&
                            !dg_has_word(s, n, "and online") && !dg_has_word(s, n, "or online")))
    return 0;
  {
    dg_prop prop;
    unsigned rf;
    size_t cue = dg_role_word(s, n, &prop, &rf), rest;
    if (cue && ((rf & DG_ROLE_BY) || dg_role_label(s, n, cue, &rest)))
      return 0;
  }
  for (k = 0; k < n; k++)
    if (dg_is_digit((unsigned char)s[k]))
      return 1;
  for (k = 0; k < DG_COUNT(w); k++)
    if (dg_has_word(s, n, w[k]))
      return 1;
  return dg_orgs_first_in(pg->orgs, l->content, n) != DG_NO_ORG;
}

/* A date set in a block of short lines ("27" / "March" / "2024" /
 * "18:00 - 19:30"), as date badges are: up to five lines of at most three
 * words each, read together. Sets *d, *t and *have_t, and *line to the
 * block's last line; returns 1 if found. */
static int split_date(ev *x, dg_date *d, dg_time *t, int *have_t, size_t *line)
{
  dg_page *pg = x->pg;
  size_t i, k;
  for (i = x->part->lo; i < x->part->hi && i < x->part->lo + 80; i++) {
    char buf[160];
    size_t used = 0;
    if (!own_line(x, i) || (pg->lines[i].flags & DG_LF_BLANK) || pg->lines[i].nwords > 3)
      continue;
    for (k = i; k < x->part->hi && k < i + 5; k++) {
      const dg_line *l = &pg->lines[k];
      size_t n;
      const char *s = dg_page_line_text(pg, k, &n);
      if ((l->flags & DG_LF_BLANK) || l->nwords > 3 || used + n + 2 > sizeof buf)
        break;
      if (used)
        buf[used++] = ' ';
      memcpy(buf + used, s, n);
      used += n;
      if (k > i && dg_date_find_ex(buf, used, pg->year, pg->date_flags, d) && d->day &&
          !(pg->lines[i].flags & DG_LF_DATE)) {
        /* a clock time on the block's next line, or on the last */
        *have_t = dg_time_find(buf + d->start + d->len, used - d->start - d->len, t);
        if (!*have_t && k + 1 < x->part->hi && (pg->lines[k + 1].flags & DG_LF_TIME)) {
          size_t tn;
          const char *ts = dg_page_line_text(pg, k + 1, &tn);
          *have_t = dg_time_find(ts, tn, t);
          if (*have_t)
            k++;
        }
        *line = k;
        d->start = 0;
        return 1;
      }
    }
  }
  return 0;
}

/* The event's date and time: a date and a time on one line, or a date
 * line and a time line, else a date alone in the header, else a date the
 * prose gives. Sets *dl and *tl to the lines read (DG_NO_LINE if none). */
static void find_when(ev *x, size_t *dl, size_t *tl)
{
  dg_page *pg = x->pg;
  size_t i, dline = DG_NO_LINE, tline = DG_NO_LINE;
  dg_date d;
  dg_time t;
  int have_t = 0;
  memset(&d, 0, sizeof d);
  /* a date and a time on one line, or a date line and a time line */
  for (i = x->part->lo; i < x->part->hi && dline == DG_NO_LINE; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n;
    const char *s;
    if (!own_line(x, i) || (l->flags & DG_LF_PROSE) || !(l->flags & DG_LF_TIME))
      continue;
    s = dg_page_line_text(pg, i, &n);
    if (dg_date_find_ex(s, n, pg->year, pg->date_flags, &d) && d.day) {
      dline = tline = i;
    } else {
      /* the date on the line above, or below ("Time: ...", "Date: ...") */
      size_t p = dg_page_prev(pg, i), q = dg_page_next(pg, i), c;
      int k;
      for (k = 0; k < 2 && dline == DG_NO_LINE; k++) {
        c = k == 0 ? p : q;
        if (c != DG_NO_LINE && (c + 1 == i || c == i + 1) && (pg->lines[c].flags & DG_LF_DATE) &&
            !(pg->lines[c].flags & DG_LF_PROSE) && own_line(x, c)) {
          size_t pn;
          const char *ps = dg_page_line_text(pg, c, &pn);
          if (dg_date_find_ex(ps, pn, pg->year, pg->date_flags, &d) && d.day) {
            dline = c;
            tline = i;
          }
        }
      }
    }
  }
  if (tline != DG_NO_LINE) {
    size_t n;
    const char *s = dg_page_line_text(pg, tline, &n);
    /* the time after the date on the same line */
    if (tline == dline && d.start + d.len < n && dg_time_find(s + d.start + d.len, n - d.start - d.len, &t))
      have_t = 1;
    else if (dg_time_find(s, n, &t))
      have_t = 1;
  }
  if (dline == DG_NO_LINE) {
    /* a date alone: in the header, or under a Date label. Not the date
     * the page was published ("Published 10 March"); and a line that
     * names the event's genre ("International conference, 16-17
     * October, Vilnius") outranks a bare date before it. */
    size_t first = DG_NO_LINE;
    dg_date fd;
    memset(&fd, 0, sizeof fd);
    for (i = x->part->lo; i < x->part->hi && dline == DG_NO_LINE; i++) {
      const dg_line *l = &pg->lines[i];
      size_t n;
      const char *s;
      if (!own_line(x, i) || (l->flags & DG_LF_PROSE) || (l->flags & DG_LF_COPYRIGHT) ||
          !(l->flags & DG_LF_DATE))
        continue;
      /* the page's own event: a date in its header, or under a heading;
       * a listed event's lines are all its header */
      if (x->part->main && l->zone != DG_ZONE_HEADER &&
          !(i > 0 && (pg->lines[dg_page_prev(pg, i)].flags & DG_LF_SECTION)))
        continue;
      if (x->part->main &&
          (l->words & (DG_LW(PUBLISHED) | DG_LW(POSTED) | DG_LW(RELEASED) | DG_LW(PUBLICATION_DATE))))
        continue;
      s = dg_page_line_text(pg, i, &n);
      if (!dg_date_find_ex(s, n, pg->year, pg->date_flags, &d) || !d.day)
        continue;
      if (!x->part->main || dg_event_word_class(s, n) != DG_CLASS_NONE)
        dline = i;
      else if (first == DG_NO_LINE) {
        first = i;
        fd = d;
      }
    }
    if (dline == DG_NO_LINE && first != DG_NO_LINE) {
      dline = first;
      d = fd;
    }
  }
  if (dline == DG_NO_LINE && split_date(x, &d, &t, &have_t, &dline))
    tline = have_t ? dline : DG_NO_LINE;
  if (dline == DG_NO_LINE) {
    /* "to be held in Sapporo on July 10-12, 2024": the prose says when;
     * a deadline is not the event's date */
    static const char *const cues[] = {"held", "take place", "takes place", "took place",
                                       "will convene", "convened", "scheduled for",
                                       "will meet", "launched", "opened", "hosted"};
    for (i = x->part->lo; i < x->part->hi && dline == DG_NO_LINE; i++) {
      const dg_line *l = &pg->lines[i];
      size_t n, k;
      const char *s;
      if (!own_line(x, i) || (l->flags & DG_LF_BLANK) || !(l->flags & DG_LF_DATE))
        continue;
      s = dg_page_line_text(pg, i, &n);
      for (k = 0; k < DG_COUNT(cues) && dline == DG_NO_LINE; k++) {
        size_t cl = strlen(cues[k]), j;
        for (j = 0; j + cl <= n; j++)
          if (at_ci(s, n, j, cues[k]) && (j == 0 || s[j - 1] == ' ')) {
            size_t w = n - (j + cl) < 60 ? n - (j + cl) : 60;
            if (dg_date_find_ex(s + j + cl, w, pg->year, pg->date_flags, &d) && d.day) {
              d.start += j + cl;
              dline = tline = i;
            }
            break;
          }
      }
    }
    if (dline != DG_NO_LINE) {
      /* no clock time with a date read from prose */
      tline = DG_NO_LINE;
    }
  }
  if (dline != DG_NO_LINE) {
    /* the date's line and the time's, in either order */
    size_t first = tline != DG_NO_LINE && tline < dline ? tline : dline;
    size_t last = tline != DG_NO_LINE && tline > dline ? tline : dline;
    emit_when(x, &d, have_t ? &t : NULL,
              dg_span_at(pg->lines[first].content, pg->lines[last].end - pg->lines[first].content));
  }
  *dl = dline;
  *tl = tline;
}

/* A listed event whose title and date share a line ("TITLE. 5/6,
 * 9:30am-1:45pm. Sponsors: ..."): the date after the title, a month and
 * day alone taking the page's year, and the time after the date. */
static int inline_when(ev *x)
{
  const dg_event_part *p = x->part;
  dg_page *pg = x->pg;
  size_t n, from;
  const char *s;
  dg_date d;
  dg_time t;
  if (p->when == DG_NO_LINE || p->when_from == 0)
    return 0;
  s = dg_page_line_text(pg, p->when, &n);
  from = p->when_from - pg->lines[p->when].content;
  if (from >= n || !dg_date_find_ex(s + from, n - from, pg->year, pg->date_flags | DG_DATE_SHORT, &d) ||
      !d.day || d.start > 40)
    return 0;
  d.start += from;
  {
    size_t after = d.start + d.len, w = n - after < 40 ? n - after : 40;
    int timed = dg_time_find(s + after, w, &t);
    emit_when(x, &d, timed ? &t : NULL, dg_span_at(pg->lines[p->when].content + d.start, d.len));
  }
  return 1;
}

/* Emits text[a, a+n) as the event's place, by `rule`. */
static void add_place(ev *x, size_t a, size_t n, const char *rule)
{
  char *v = dg_page_str(x->pg, a, n);
  dg_facts_add_literal(x->f, x->item, DG_P_LOCATION, v, DG_DT_STRING, dg_span_at(a, n), rule);
  free(v);
}

/* "Thu 5 May 2024, 10:00-12:00 | Main Hall, 12 Quay Street": a field
 * after the clock time on the date's own line that reads as a place (a
 * room, a building, a street number). Returns 1 if one was emitted. */
static int place_in_date_line(ev *x, size_t li)
{
  dg_page *pg = x->pg;
  size_t n, a;
  const char *s = dg_page_line_text(pg, li, &n);
  dg_time t;
  if (!dg_time_find(s, n, &t))
    return 0;
  a = t.pos + t.len;
  while (a < n && (s[a] == ' ' || s[a] == ',' || s[a] == '|' || (unsigned char)s[a] >= 0xC2)) {
    if ((unsigned char)s[a] >= 0xC2) {
      /* a middle dot or a dash between the fields, not a letter */
      if (!((unsigned char)s[a] == 0xC2 && a + 1 < n && (unsigned char)s[a + 1] == 0xB7) &&
          !((unsigned char)s[a] == 0xE2 && a + 2 < n && (unsigned char)s[a + 1] == 0x80))
        break;
      a += (unsigned char)s[a] == 0xC2 ? 2 : 3;
      continue;
    }
    a++;
  }
  if (n - a < 6 || n - a > 200 || !dg_is_upper((unsigned char)s[a]) || online_only(s + a, n - a))
    return 0;
  {
    static const char *const w[] = {"room", "hall", "floor", "building", "street", "avenue",
                                    "road", "auditorium", "suite", "campus", "centre", "center",
                                    "hotel", "library", "house", "salle", "rue", "platz"};
    size_t k;
    for (k = 0; k < DG_COUNT(w); k++)
      if (dg_has_word(s + a, n - a, w[k])) {
        add_place(x, pg->lines[li].content + a, n - a, "location-in-date-line");
        return 1;
      }
  }
  return 0;
}

/* "The conference will be held at the Lakeview Hotel in Lindau": a place
 * the prose gives, when no line did. */
static void prose_place(ev *x)
{
  static const char *const cues[] = {"will be held at ", "will take place at ", "takes place at ",
                                     "took place at ", "was held at ", "is held at ",
                                     "will be hosted at ", "will meet at "};
  dg_page *pg = x->pg;
  size_t i, k;
  for (i = x->part->lo; i < x->part->hi; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n;
    const char *s;
    if (!own_line(x, i) || !(l->flags & (DG_LF_PROSE | DG_LF_END_PUNCT)))
      continue;
    s = dg_page_line_text(pg, i, &n);
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    for (k = 0; k < DG_COUNT(cues); k++) {
      size_t c = dg_find_ci(s, n, 0, cues[k], 1), a, e;
      if (c >= n)
        continue;
      a = c + strlen(cues[k]);
      if (a + 4 < n && strncmp(s + a, "the ", 4) == 0)
        a += 4;
      if (a >= n || !dg_is_upper((unsigned char)s[a]))
        continue;
      /* to the date, the end of the clause or the sentence */
      for (e = a; e < n && e < a + 120; e++)
        if (s[e] == ';' || s[e] == '(' || dg_at(s, n, e, " on ") || dg_at(s, n, e, " from ") ||
            dg_at(s, n, e, ", on ") || dg_at(s, n, e, " to ") ||
            (s[e] == ',' && e + 2 < n && dg_is_lower((unsigned char)s[e + 2])) ||
            (s[e] == '.' && (e + 1 == n || s[e + 1] == ' ') && dg_is_lower((unsigned char)s[e - 1])))
          break;
      while (e > a && (s[e - 1] == ',' || s[e - 1] == ' '))
        e--;
      if (e - a >= 4) {
        add_place(x, l->content + a, e - a, "location-in-prose");
        return;
      }
    }
  }
}

/* The length of a place label ("Location", "Venue", "Lieu") that opens
 * s[0..n), with its colon (or the tab or run of spaces of a form's row)
 * and spaces: where the place starts (n when it is on the next line); 0
 * if there is none. */
static size_t place_label(const char *s, size_t n)
{
  static const char *const labels[] = {"location", "venue", "where", "place", "address",
                                       "lieu", "adresse", "ort", "veranstaltungsort",
                                       "lugar", "sede"};
  size_t k;
  for (k = 0; k < DG_COUNT(labels); k++) {
    size_t ll = strlen(labels[k]);
    size_t r = ll;
    while (r < n && (s[r] == ' ' || s[r] == '\t'))
      r++;
    /* "Venue: ...", or a form's row: "WHERE   Glover Cottages, ...",
     * "Venue<TAB>..." */
    if (n >= ll && strncasecmp(s, labels[k], ll) == 0 &&
        (r == n || s[r] == ':' || (r > ll && (s[ll] == '\t' || r >= ll + 2)))) {
      while (r < n && (s[r] == ':' || s[r] == ' ' || s[r] == '\t'))
        r++;
      return r;
    }
  }
  return 0;
}

/* The place under a label: "Location: Main Hall, 12 Rue de Lille, 75007
 * Paris", or the label alone and the place on the next line. Returns 1
 * if the event's part has such a label: its place was added, or it is
 * online ("Location: Online"), or the next line is no place. */
static int labelled_place(ev *x)
{
  dg_page *pg = x->pg;
  size_t i;
  for (i = x->part->lo; i < x->part->hi; i++) {
    const dg_line *l = &pg->lines[i];
    size_t n, r, nx;
    const char *s = dg_page_line_text(pg, i, &n);
    if (l->zone == DG_ZONE_FOOTER || (l->flags & DG_LF_BLANK) ||
        (x->part->others && x->part->others[i]) || l->nwords > 30 || !(r = place_label(s, n)))
      continue;
    if (r < n) {
      if (!online_only(s + r, n - r))
        add_place(x, l->content + r, n - r, "location-label");
      return 1;
    }
    nx = dg_page_next(pg, i);
    if (nx != DG_NO_LINE && !section_break(pg, nx) && !(pg->lines[nx].flags & DG_LF_PROSE)) {
      add_place(x, pg->lines[nx].content, pg->lines[nx].end - pg->lines[nx].content,
                "location-label");
      return 1;
    }
    /* "Venue" over a paragraph: its first sentence, when it reads as an
     * address ("Harbour Hall, 12 Quay Street, Riverton. The talks will
     * be in English.") */
    if (nx != DG_NO_LINE && (pg->lines[nx].flags & DG_LF_PROSE)) {
      size_t pn, e, words = 1, digits = 0;
      const char *ps = dg_page_line_text(pg, nx, &pn);
      for (e = 0; e < pn; e++) {
        if (ps[e] == ' ')
          words++;
        digits += dg_is_digit((unsigned char)ps[e]);
        /* a sentence ends at a dot after a word of two letters or more,
         * before a capital ("g. 10" is an abbreviation) */
        if (ps[e] == '.' && e >= 2 && dg_is_lower((unsigned char)ps[e - 1]) &&
            dg_is_alpha((unsigned char)ps[e - 2]) &&
            (e + 1 == pn || (e + 2 < pn && ps[e + 1] == ' ' && dg_is_upper((unsigned char)ps[e + 2]))))
          break;
      }
      if (e < pn && words <= 20 && memchr(ps, ',', e) &&
          (digits || dg_orgs_first_in(pg->orgs, pg->lines[nx].content, e) != DG_NO_ORG)) {
        add_place(x, pg->lines[nx].content, e, "location-label-sentence");
        return 1;
      }
    }
  }
  return 0;
}

/* A line that reads as a place (place_like()) in the two lines right
 * after the date's line (or its clock time's) `j`. Returns 1 if one was
 * added. */
static int place_after_date(ev *x, size_t j)
{
  dg_page *pg = x->pg;
  size_t k;
  for (k = 0; k < 2; k++) {
    size_t nx = j + 1;
    if (nx >= x->part->hi || (pg->lines[nx].flags & DG_LF_BLANK))
      return 0;
    if (place_like(pg, nx)) {
      add_place(x, pg->lines[nx].content, pg->lines[nx].end - pg->lines[nx].content,
                "location-after-date");
      return 1;
    }
    j = nx;
  }
  return 0;
}

/* The event's date and time, then its place: under a Location label,
 * else right after the date or on its line, else in the prose. */
static void when_and_where(ev *x)
{
  size_t dline = DG_NO_LINE, tline = DG_NO_LINE, j;
  if (!inline_when(x))
    find_when(x, &dline, &tline);
  if (labelled_place(x))
    return;
  j = tline != DG_NO_LINE ? tline : dline;
  if (dline != DG_NO_LINE && (place_after_date(x, j) || place_in_date_line(x, j)))
    return;
  prose_place(x);
}

/* ---------------------------------------------------------------- roles settled */

/* The class of an event no word names, from its shape: one speaker gives
 * a lecture; six people or more, or several moderators (a programme of
 * sessions), a conference; a few people a forum. */
static dg_class shape_class(const ev *x)
{
  dg_strmap *seen = dg_strmap_new();
  size_t i, people = 0, moderators = 0;
  for (i = 0; i < x->ne; i++) {
    const entry *e = &x->e[i];
    if (dg_strmap_get(seen, e->key, strlen(e->key), NULL))
      continue;
    dg_strmap_put(seen, e->key, strlen(e->key), 1);
    if (e->prop == DG_P_MODERATOR)
      moderators++;
    else
      people++;
  }
  dg_strmap_free(seen);
  if (people >= 6 || moderators >= 2)
    return DG_CLASS_CONFERENCE;
  if (people == 1 && !moderators)
    return DG_CLASS_LECTURE;
  return DG_CLASS_FORUM;
}

/* A person with several roles keeps the strongest: moderator or chair
 * over speaker and panelist (a moderator is also listed as a speaker). */
static void settle_roles(ev *x)
{
  size_t i;
  dg_strmap *leads = dg_strmap_new();
  /* the keys of moderators and chairs, for one lookup per entry */
  for (i = 0; i < x->ne; i++)
    if (x->e[i].prop == DG_P_MODERATOR || x->e[i].prop == DG_P_CHAIR)
      dg_strmap_put(leads, x->e[i].key, strlen(x->e[i].key), 1);
  for (i = 0; i < x->ne; i++) {
    entry *e = &x->e[i];
    int weaker = (e->prop == DG_P_SPEAKER || e->prop == DG_P_PANELIST ||
                  e->prop == DG_P_PARTICIPANT) &&
                 dg_strmap_get(leads, e->key, strlen(e->key), NULL);
    if (!weaker)
      dg_people_relate(x->pg->people, x->item, e->prop, e->mention, e->span, e->rule);
  }
  dg_strmap_free(leads);
  for (i = 0; i < x->ne; i++)
    free(x->e[i].key);
  free(x->e);
  x->e = NULL;
  x->ne = x->cap = 0;
}

void dg_extract_event(dg_page *pg, dg_pageinfo *info, dg_facts *f, const dg_event_part *part)
{
  ev x;
  size_t i;
  dg_prop prop;
  if (!part->title)
    return;
  memset(&x, 0, sizeof x);
  x.pg = pg;
  x.info = info;
  x.f = f;
  x.part = part;
  x.item = dg_facts_entity(f, DG_KIND_EVENT, part->title, part->title, part->span, part->rule);
  if (part->main)
    info->main_event = x.item;

  dg_facts_add_literal(f, x.item, DG_P_TITLE, part->title, DG_DT_STRING, part->span,
                       "event-title");
  dg_facts_add_ref(f, pg->doc, part->rel, x.item, part->span,
                   part->main ? "main-item" : part->rule);
  /* "panel" in the text, and no heading of panelists of its own */
  {
    int panel = 0, panelists = 0;
    for (i = part->lo; i < part->hi; i++) {
      size_t n;
      const char *s = dg_page_line_text(pg, i, &n);
      if (!own_line(&x, i))
        continue;
      if (dg_has_word(s, n, "panel") || dg_has_word(s, n, "panel discussion"))
        panel = 1;
      if ((pg->lines[i].flags & DG_LF_ROLE) && (dg_has_word(s, n < 40 ? n : 40, "panelists") ||
                                                dg_has_word(s, n < 40 ? n : 40, "panellists")))
        panelists = 1;
    }
    x.panel = panel && !panelists;
  }
  when_and_where(&x);
  for (i = part->lo; i < part->hi;) {
    const dg_line *l = &pg->lines[i];
    if (own_line(&x, i) && (l->flags & DG_LF_ROLE) && !(l->flags & DG_LF_PROSE))
      i = role_block(&x, i);
    else if (own_line(&x, i) && introduction_heading(pg, i))
      i = role_block(&x, i);
    else if (own_line(&x, i) && agenda_session(pg, i, &prop))
      i = entries_under(&x, i, prop, "agenda-session");
    else if (i > 0 && own_line(&x, i) && entry_list(&x, i))
      i = entries_under(&x, i - 1, list_role(&x), "entry-list");
    else
      i++;
  }
  role_fields(&x);
  prose_roles(&x);
  prose_hosts(&x);
  dg_facts_set_class(f, x.item, part->cls ? part->cls : shape_class(&x));
  settle_roles(&x);
  if (!x.hosts && part->main && info->site_org != (size_t)-1) {
    dg_span sp = dg_orgs_span(pg->orgs, info->site_org);
    size_t e = dg_orgs_entity(pg->orgs, f, info->site_org, sp, "site-host");
    dg_facts_add_ref(f, x.item, DG_P_HOST, e, sp, "site-host");
  }
}
