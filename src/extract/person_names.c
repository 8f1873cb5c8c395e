/* person_names.c - persons in the prose, bios and credits.
 *
 * A name in running text is found by its shape and one piece of evidence:
 * a title before it ("Dr.", "Prime Minister"), a known given name, a name
 * the page already gave in full (a byline, a role block), or the shape of
 * a bio ("NAME is a senior fellow", "NAME, Director of ..."). A surname
 * alone counts when it joins a person named in full on the page or names a
 * public figure of a country the page is about ("Abe and Putin", "the
 * Obama administration"). Affiliations come from appositives ("NAME,
 * Senior Fellow at ORG"), "NAME of ORG", "ORG's NAME" and bios. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/person.h"

#define MAX_NAME_WORDS 5

/* ---------------------------------------------------------------- tokens */

static int is_particle(const dg_tokcur *s, size_t i)
{
  /* each is a short lower-case word: most tokens fail on that alone */
  if (i >= s->end || s->t[i].len > 5 || !dg_is_lower((unsigned char)*dg_tokcur_text(s, i)))
    return 0;
  return dg_name_particle(dg_tokcur_text(s, i), s->t[i].len);
}

/* Reads one name word at token i: "Rozman", "Rapp-Hooper", "O'Hanlon",
 * "H.R.", "J.". Returns the token after it, or i. */
static size_t read_word(const dg_tokcur *s, size_t i)
{
  size_t j;
  if (!dg_tokcur_cap(s, i))
    return i;
  j = i + 1;
  /* "Ki-moon", "Il-sung", "D'Souza": a short word is a syllable of a
   * hyphenated name or a prefix, not an initial, when a hyphen or an
   * apostrophe joins it to the next */
  if (s->t[i].len <= 2 &&
      !(((dg_tokcur_is(s, j, "-") && s->t[j + 1 < s->end ? j + 1 : j].type == DG_TOK_WORD) ||
         ((dg_tokcur_is(s, j, "'") || dg_tokcur_is(s, j, "\xE2\x80\x99")) &&
          dg_tokcur_cap(s, j + 1))) &&
        dg_tokcur_glued(s, j) && j + 1 < s->end && dg_tokcur_glued(s, j + 1))) {
    /* initials: "H.R.", "D.", "D.J." */
    while (dg_tokcur_is(s, j, ".") && dg_tokcur_glued(s, j)) {
      j++;
      if (j < s->end && dg_tokcur_glued(s, j) && s->t[j].type == DG_TOK_WORD && s->t[j].len == 1 &&
          dg_tokcur_cap(s, j))
        j++;
      else
        break;
    }
    return j;
  }
  for (;;) {
    /* "Rapp-Hooper", "Yong-Chool", "Jae-in"; "O'Hanlon" */
    if ((dg_tokcur_is(s, j, "-") || dg_tokcur_is(s, j, "'") ||
         dg_tokcur_is(s, j, "\xE2\x80\x99")) &&
        dg_tokcur_glued(s, j) && j + 1 < s->end && dg_tokcur_glued(s, j + 1) &&
        s->t[j + 1].type == DG_TOK_WORD &&
        !(dg_tokcur_is(s, j + 1, "s") && !dg_tokcur_is(s, j, "-")))
      j += 2;
    else
      break;
  }
  return j;
}

/* Reads a name of up to MAX_NAME_WORDS words from token i; returns the
 * token after it (i when there is none) and the word count in *words. */
static size_t read_name(const dg_tokcur *s, size_t i, size_t *words)
{
  size_t j = i, n = 0;
  *words = 0;
  while (j < s->end && n < MAX_NAME_WORDS) {
    size_t k;
    /* "Ada Lind<TAB>Senior Fellow": a name ends with its table cell */
    if (j > i && s->t[j].space == DG_TOK_CELL)
      break;
    if (j > i && is_particle(s, j) && dg_tokcur_cap(s, j + 1) && !dg_tokcur_glued(s, j + 1)) {
      j++;
      continue;
    }
    k = read_word(s, j);
    if (k == j)
      break;
    /* "In-bum" is a name's syllables, "In" alone a word */
    if (k == j + 1 && dg_name_stopword(dg_tokcur_text(s, j), s->t[j].len))
      break;
    j = k;
    n++;
    /* a comma, a full stop after a word, a dash: the name ends */
    if (j < s->end && s->t[j].type == DG_TOK_PUNCT && !dg_tokcur_is(s, j, "."))
      break;
  }
  *words = n;
  return j;
}

/* ---------------------------------------------------------------- context */

/* Words after a name that make it a street, building, prize or body named
 * after a person: "John F. Kennedy Street", "Woodrow Wilson Plaza". */
static int eponym_follows(const dg_tokcur *s, size_t j)
{
  static const char *const w[] = {
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Plaza", "Square",
    "Building", "Hall", "Center", "Centre", "Institute", "University", "School", "College",
    "Prize", "Award", "Fellowship", "Fellow", "Fellows", "Lecture", "Chair", "Foundation",
    "Library", "Airport", "Bridge", "Park", "Memorial", "Doctrine", "Administration",
    "Program", "Programme", "Scholar", "Scholars", "Professor", "Room", "Theater", "Theatre",
    "Senior", "Distinguished", "Visiting", "Endowed", "Professorship",
  };
  if (!dg_tokcur_cap(s, j))
    return 0;
  return dg_tokcur_in(s, j, w, DG_COUNT(w));
}

/* 1 at the start of a sentence: the line's first token, or after . ! ? : */
static int sentence_start(const dg_tokcur *s, size_t i)
{
  if (i == s->first)
    return 1;
  return dg_tokcur_is(s, i - 1, ".") || dg_tokcur_is(s, i - 1, "!") ||
         dg_tokcur_is(s, i - 1, "?") || dg_tokcur_is(s, i - 1, ":") ||
         dg_tokcur_is(s, i - 1, "\xE2\x80\x9C") || dg_tokcur_is(s, i - 1, "\"");
}

/* What may follow a person's name: punctuation, a possessive, a verb of
 * saying or being, "of the" (an affiliation), the end of the line. Not a
 * plain noun ("the Summer Games forced"). */
static int name_context_after(const dg_tokcur *s, size_t j)
{
  static const char *const w[] = {"and", "is", "was", "has", "had", "said", "says", "of",
                                  "will", "who", "from", "at", "with", "wrote", "writes"};
  if (j >= s->end)
    return 1;
  if (s->t[j].type == DG_TOK_PUNCT)
    return 1;
  return dg_tokcur_in(s, j, w, DG_COUNT(w));
}

/* The countries named anywhere on the page (ignoring people), for
 * deciding whether "Abe" is Japan's prime minister. Read on the first
 * question only: most pages name no public figure by surname alone. */
typedef struct page_countries {
  const dg_page *pg;
  unsigned char *seen; /* owned: per country index; NULL until asked */
  size_t n;
} page_countries;

static void countries_scan(page_countries *pc)
{
  const dg_page *pg = pc->pg;
  size_t nc = dg_gazetteer_n_countries(pg->gz), i = 0;
  const dg_matcher *m = dg_gazetteer_countries(pg->gz);
  pc->seen = xcalloc(nc ? nc : 1, 1);
  pc->n = nc;
  while (i < pg->toks->n) {
    long v = 0;
    size_t k = dg_matcher_longest(m, pg->text, pg->toks, i, &v);
    if (k == 0) {
      i++;
      continue;
    }
    if (v != DG_GZ_BLOCK && DG_GZ_COUNTRY(v) < nc && DG_GZ_FORM(v) != DG_CF_PREFIX)
      pc->seen[DG_GZ_COUNTRY(v)] = 1;
    i += k;
  }
}

static int page_has_country(page_countries *pc, const char *code)
{
  size_t ci = dg_gazetteer_country_by_code(pc->pg->gz, code);
  if (!pc->seen)
    countries_scan(pc);
  return ci != (size_t)-1 && ci < pc->n && pc->seen[ci];
}

/* 1 if a title `title` (as written) is one of the figure's titles; a
 * hyphen and a space are one ("Secretary General", "Secretary-General"). */
static int has_title(const dg_figure *fg, const char *title, size_t len)
{
  const char *p = fg->titles;
  while (p && *p) {
    const char *bar = strchr(p, '|');
    size_t l = bar ? (size_t)(bar - p) : strlen(p), k;
    if (l == len) {
      for (k = 0; k < len; k++)
        if (p[k] != title[k] && !((p[k] == '-' || p[k] == ' ') && (title[k] == '-' || title[k] == ' ')))
          break;
      if (k == len)
        return 1;
    }
    p = bar ? bar + 1 : NULL;
  }
  return 0;
}

/* 1 if `form` (`len` bytes) is one of the figure's surname forms. */
static int surname_form(const dg_figure *fg, const char *form, size_t len)
{
  const char *p = fg->surnames;
  while (p && *p) {
    const char *bar = strchr(p, '|');
    size_t l = bar ? (size_t)(bar - p) : strlen(p);
    if (l == len && strncmp(p, form, len) == 0)
      return 1;
    p = bar ? bar + 1 : NULL;
  }
  return 0;
}

static size_t count_titles(const dg_figure *fg)
{
  size_t n = *fg->titles ? 1 : 0;
  const char *p;
  for (p = fg->titles; *p; p++)
    if (*p == '|')
      n++;
  return n;
}

/* The public figure called `form` (`len` bytes), after the title `title`
 * (or none), on a page naming the countries of `pc`; (size_t)-1 if none
 * or ambiguous. */
static size_t pick_figure(const dg_page *pg, const char *form, size_t len, const char *title,
                          size_t tlen, page_countries *pc, int need_country)
{
  size_t cand[16], n = dg_gazetteer_figures_by_surname(pg->gz, form, len, cand, 16), k;
  size_t best = (size_t)-1, best_titles = 0;
  int tie = 0;
  if (n > 16)
    n = 16;
  for (k = 0; k < n; k++) {
    const dg_figure *fg = dg_gazetteer_figure(pg->gz, cand[k]);
    size_t nt;
    if (!fg)
      continue;
    if (title && !has_title(fg, title, tlen))
      continue;
    if (need_country && !page_has_country(pc, fg->code))
      continue;
    nt = count_titles(fg);
    if (best == (size_t)-1 || nt > best_titles) {
      best = cand[k];
      best_titles = nt;
      tie = 0;
    } else if (nt == best_titles) {
      tie = 1;
    }
  }
  return tie ? (size_t)-1 : best;
}

/* ---------------------------------------------------------------- prose */

typedef struct pstate {
  dg_page *pg;
  dg_pageinfo *info;
  dg_facts *f;
  page_countries countries; /* named on the page */
  size_t run[16];        /* mentions of the list of names being read */
  size_t run_n;
  size_t run_line;       /* the line's first token */
  size_t run_tok;        /* the token after the list's last name */
  size_t ot_line, ot_end; /* "ORG Title NAME": the line's first token, the */
  size_t ot_start, ot_len; /* token after NAME, the organization's bytes */
  unsigned src;          /* DG_PS_* of the line being read */
  size_t bio_line;       /* first token of the line that opened as a bio */
  int podcast;           /* the page presents a podcast episode */
  size_t line;           /* the line being read */
  int credit_words;      /* 1 if it holds a credit phrase or word, 0 if
                            not, -1 when not asked yet */
  const struct dg_person_credit_cues *cc;
} pstate;

/* 1 if a lower-case job description ends right before byte `at`:
 * "staff secretary Will Porter", "trade adviser Mark Lane". */
static int job_before(const dg_page *pg, const dg_line *l, size_t at)
{
  size_t e = at, b;
  while (e > l->content && pg->text[e - 1] == ' ')
    e--;
  b = e;
  while (b > l->content && b + 16 > e && dg_is_lower((unsigned char)pg->text[b - 1]))
    b--;
  return e > b && (b == l->content || !dg_is_alpha((unsigned char)pg->text[b - 1])) &&
         dg_person_has_position_word(pg->text + b, e - b);
}

/* 1 if the word right before byte `at` is a role on the page: "the
 * podcast's host NAME", "guest NAME", "moderator NAME". */
static int role_noun_before(const dg_page *pg, const dg_line *l, size_t at)
{
  static const char *const w[] = {
    "host", "co-host", "cohost", "guest", "moderator", "interviewer", "panelist",
    "panellist", "discussant", "presenter", "keynote",
  };
  size_t e = at, b, k;
  while (e > l->content && pg->text[e - 1] == ' ')
    e--;
  b = e;
  while (b > l->content && b + 12 > e && (dg_is_alpha((unsigned char)pg->text[b - 1]) ||
                                          pg->text[b - 1] == '-'))
    b--;
  for (k = 0; k < DG_COUNT(w); k++)
    if (e - b == strlen(w[k]) && memcmp(pg->text + b, w[k], e - b) == 0)
      return 1;
  return 0;
}

/* The DG_PS_* source of a name read at byte `at` of the line being read
 * (st->line). */
static unsigned name_src(pstate *st, size_t at)
{
  const dg_line *l = &st->pg->lines[st->line];
  /* most lines credit no one: ask the line once, the name's clause only
   * when the line holds a credit word */
  if (st->credit_words < 0)
    st->credit_words = dg_person_credit_words_in(st->pg, st->cc, l);
  return st->src | (st->credit_words && dg_person_credited_at(st->pg, st->cc, l, at) ? DG_PS_CREDIT : 0) |
         (role_noun_before(st->pg, l, at) ? DG_PS_ROLE : 0);
}

/* The sentences after a bio's first one, in the same paragraph, that
 * speak of the same person ("Until last year she chaired X. Earlier, he
 * was ... at Y"): their organizations are the person's too. Stops at a
 * sentence that names someone else first. */
static void bio_sequel(pstate *st, const dg_line *l, size_t from, size_t mention)
{
  const dg_page *pg = st->pg;
  const char *t = pg->text;
  size_t a = from, n = 0;
  while (a < l->end && n < 8) {
    size_t e = a, head;
    while (a < l->end && (t[a] == '.' || t[a] == ' '))
      a++;
    if (a >= l->end)
      break;
    e = a;
    while (e < l->end && e < a + 400 &&
           !(t[e] == '.' && (e + 1 == l->end || t[e + 1] == ' ') && dg_is_lower((unsigned char)t[e - 1])))
      e++;
    head = e - a < 40 ? e - a : 40;
    if (!(dg_has_word(t + a, head, "he") || dg_has_word(t + a, head, "she") ||
          dg_has_word(t + a, head, "they")))
      break;
    if (dg_person_has_position_word(t + a, e - a))
      dg_extract_affiliations(st->pg, st->f, mention, a, e - a, 0, "bio-sequel-affiliation");
    a = e;
    n++;
  }
}

/* 1 if token i is the first word of the line, after a bullet or a
 * footnote star ("* NAME is ..."). */
static int opens_line(const dg_tokcur *s, size_t i)
{
  size_t k;
  for (k = s->first; k < i; k++)
    if (s->t[k].type != DG_TOK_PUNCT)
      return 0;
  return i - s->first <= 2;
}

/* 1 if tokens [from, to) only join the names of a list: commas, "and",
 * "&" (at least one). */
static int list_joint(const dg_tokcur *s, size_t from, size_t to)
{
  size_t k;
  if (from >= to)
    return 0;
  for (k = from; k < to; k++)
    if (!dg_tokcur_is(s, k, ",") && !dg_tokcur_is(s, k, "and") && !dg_tokcur_is(s, k, "&"))
      return 0;
  return 1;
}

/* "Ada Lind (Marlow Institute)", "written by Ada Lind, Ben Roe and Eva
 * Holm (Marlow Institute)": an organization alone in parentheses right
 * after a name is the affiliation of that name and of the names listed
 * before it. The names of a list are remembered as the line is read.
 * Returns 1 if the parentheses held an organization. */
static int paren_affiliation(pstate *st, const dg_tokcur *s, size_t name_first, size_t name_end,
                             size_t mention)
{
  dg_page *pg = st->pg;
  size_t m, k;
  if (st->run_n && st->run_line == s->first && st->run_n < DG_COUNT(st->run) &&
      list_joint(s, st->run_tok, name_first))
    st->run[st->run_n++] = mention;
  else {
    st->run[0] = mention;
    st->run_n = 1;
  }
  st->run_line = s->first;
  st->run_tok = name_end;
  if (!dg_tokcur_is(s, name_end, "(") || name_end + 1 >= s->end)
    return 0;
  m = dg_orgs_covering(pg->orgs, s->t[name_end + 1].start);
  if (m == DG_NO_ORG)
    return 0;
  {
    const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
    size_t close = name_end + 1;
    if (om->start != s->t[name_end + 1].start)
      return 0;
    while (close < s->end && s->t[close].start < om->start + om->len)
      close++;
    if (!dg_tokcur_is(s, close, ")"))
      return 0;
    for (k = 0; k < st->run_n; k++)
      dg_extract_affiliations(pg, st->f, st->run[k], om->start, om->len, 1,
                              "parenthesis-affiliation");
  }
  st->run_n = 0;
  return 1;
}

/* After a full name in prose: "NAME, Senior Fellow at ORG," / "NAME of the
 * ORG" / "ORG's NAME". */
static void appositive(pstate *st, const dg_tokcur *s, size_t name_first, size_t name_end,
                       size_t mention)
{
  dg_page *pg = st->pg;
  const dg_line *l = &pg->lines[dg_page_line_at(pg, s->t[name_first].start)];
  size_t a, e;
  /* "Ashgrove University's Dr. Tom Brevik" */
  if (name_first >= s->first + 2) {
    size_t j = name_first;
    /* step back over a title; "Marlow Institute Executive Director Ruth
     * Okafor": an organization right before the title is the person's */
    while (j > s->first && dg_tokcur_cap(s, j - 1) && !dg_tokcur_is(s, j - 1, "s")) {
      size_t m = dg_orgs_covering(pg->orgs, s->t[j - 1].start);
      if (m != DG_NO_ORG) {
        const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
        size_t ts = s->t[j].start, te = s->t[name_end - 1].start;
        if (om->start + om->len <= ts && dg_person_has_position_word(pg->text + ts, te - ts)) {
          dg_extract_affiliations(pg, st->f, mention, om->start, om->len, 1,
                                  "org-title-affiliation");
          st->ot_line = s->first;
          st->ot_end = name_end;
          st->ot_start = om->start;
          st->ot_len = om->len;
        }
        break;
      }
      j--;
    }
    if (j >= s->first + 2 && dg_tokcur_is(s, j - 1, "s") &&
        (dg_tokcur_is(s, j - 2, "'") || dg_tokcur_is(s, j - 2, "\xE2\x80\x99")) &&
        dg_tokcur_glued(s, j - 1)) {
      size_t m = dg_orgs_covering(pg->orgs, s->t[j - 2].start - 1);
      if (m != DG_NO_ORG) {
        const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
        size_t oe = dg_orgs_entity(pg->orgs, st->f, om->org, dg_span_at(om->start, om->len),
                                   "possessive-affiliation");
        dg_people_affiliate(pg->people, mention, oe, dg_span_at(om->start, om->len),
                            "possessive-affiliation");
      }
    }
  }
  if (name_end >= s->end)
    return;
  /* "General Ines Falk (retired) of the Coastal Guard": a rank's note
   * between the name and its organization */
  if (dg_tokcur_is(s, name_end, "(") && name_end + 2 < s->end &&
      (dg_tokcur_is_ci(s, name_end + 1, "retired") || dg_tokcur_is_ci(s, name_end + 1, "ret") ||
       dg_tokcur_is_ci(s, name_end + 1, "retd"))) {
    size_t q = name_end + 2;
    if (dg_tokcur_is(s, q, "."))
      q++;
    if (dg_tokcur_is(s, q, ")") && q + 1 < s->end)
      name_end = q + 1;
  }
  if (paren_affiliation(st, s, name_first, name_end, mention))
    return;
  a = s->t[name_end].start;
  e = a;
  /* "NAME of the Halden Institution" */
  if (dg_tokcur_is(s, name_end, "of") ||
      (dg_tokcur_is(s, name_end, "from") && !dg_tokcur_is(s, name_end + 1, "to"))) {
    size_t m = dg_orgs_first_in(pg->orgs, a, 12 + (dg_tokcur_is(s, name_end + 1, "the") ? 4 : 0));
    if (m != DG_NO_ORG) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
      dg_extract_affiliations(pg, st->f, mention, om->start, om->len, 0, "of-affiliation");
    }
    return;
  }
  /* "Nils Ekholm is senior vice president for the Arctic at CPSR and a professor
   * at Marlow University." */
  if (dg_person_bio_verb_at(pg->text + s->t[name_end - 1].start + s->t[name_end - 1].len,
                  l->end - (s->t[name_end - 1].start + s->t[name_end - 1].len))) {
    size_t b0 = s->t[name_end].start, e0 = b0;
    /* a sentence of bio, at most a few hundred bytes: linear on any page */
    while (e0 < l->end && e0 < b0 + 400 &&
           !(pg->text[e0] == '.' && (e0 + 1 == l->end || pg->text[e0 + 1] == ' ') &&
             dg_is_lower((unsigned char)pg->text[e0 - 1])))
      e0++;
    if (dg_person_has_position_word(pg->text + b0, e0 - b0)) {
      size_t org = dg_extract_affiliations(pg, st->f, mention, b0, e0 - b0, 0,
                                           "bio-sentence-affiliation");
      /* a paragraph that opens "NAME is a professor at ORG" is NAME's bio,
       * and so is each later sentence of it that opens the same way: NAME
       * is its subject, not someone the page discusses */
      if ((opens_line(s, name_first) || (st->bio_line == s->first && sentence_start(s, name_first))) &&
          (org != (size_t)-1 || l->zone == DG_ZONE_BIO || l->zone == DG_ZONE_ROLES ||
           !(l->flags & DG_LF_PROSE) ||
           dg_person_has_position_word(pg->text + b0, e0 - b0 < 48 ? e0 - b0 : 48))) {
        dg_people_mark(pg->people, mention, DG_PS_BIO);
        st->bio_line = s->first;
        bio_sequel(st, l, e0, mention);
      }
    }
    return;
  }
  if (!dg_tokcur_is(s, name_end, ","))
    return;
  /* "NAME, who led the Ostrander Fund and now chairs the Marlow
   * Institute": a relative clause of the posts the person held */
  if (dg_tokcur_is(s, name_end + 1, "who")) {
    static const char *const verbs[] = {
      "led", "leads", "heads", "headed", "chairs", "chaired", "directs", "directed", "runs",
      "ran", "founded", "works", "worked", "serves", "served", "joined", "teaches", "taught",
    };
    size_t b0 = s->t[name_end + 1].start, e0 = b0, k;
    int lead = 0;
    while (e0 < l->end && e0 < b0 + 300 && !(pg->text[e0] == '.' && (e0 + 1 == l->end ||
                                                                      pg->text[e0 + 1] == ' ')))
      e0++;
    for (k = 0; k < DG_COUNT(verbs) && !lead; k++)
      lead = dg_has_word(pg->text + b0, e0 - b0 < 60 ? e0 - b0 : 60, verbs[k]);
    if (lead)
      dg_extract_affiliations(pg, st->f, mention, b0, e0 - b0, 0, "relative-clause-affiliation");
    return;
  }
  /* the appositive runs to the next comma or sentence end (a few hundred
   * bytes at most) */
  e = a + 1;
  while (e < l->end && e < a + 400 && pg->text[e] != ',' && pg->text[e] != ';' &&
         !(pg->text[e] == '.' && (e + 1 == l->end || pg->text[e + 1] == ' ')))
    e++;
  if (!dg_person_has_position_word(pg->text + a, e - a))
    return;
  dg_extract_affiliations(pg, st->f, mention, a, e - a, 0, "appositive-affiliation");
}

/* On a podcast episode's page, the person the episode's description
 * introduces ("NAME, Assistant Editor of X, spoke ...", "talk trade with
 * NAME, the author of Y") is the guest: a role, not someone discussed. */
static void guest_intro(pstate *st, const dg_tokcur *s, size_t first, size_t end, size_t mention)
{
  size_t a, e;
  if (!st->podcast || mention == (size_t)-1)
    return;
  /* "NAME (retired) of the Navy talks with HOST about ...": the guest */
  if (opens_line(s, first) || (first > s->first && opens_line(s, first - 1))) {
    const char *t = st->pg->text + s->t[end - 1].start;
    size_t n = s->t[s->end - 1].start + s->t[s->end - 1].len - s->t[end - 1].start;
    if (n > 120)
      n = 120;
    if (dg_find_ci(t, n, 0, " talks with ", 0) < n || dg_find_ci(t, n, 0, " speaks with ", 0) < n ||
        dg_find_ci(t, n, 0, " joins ", 0) < n || dg_find_ci(t, n, 0, " sits down with ", 0) < n) {
      dg_people_mark(st->pg->people, mention, DG_PS_ROLE);
      return;
    }
  }
  if (!dg_tokcur_is(s, end, ","))
    return;
  if (!opens_line(s, first) && !(first > s->first && dg_tokcur_is(s, first - 1, "with")))
    return;
  a = s->t[end].start + 1;
  e = a;
  while (e < st->pg->len && e < a + 200 && st->pg->text[e] != ',' && st->pg->text[e] != '.' &&
         st->pg->text[e] != '\n')
    e++;
  if (dg_person_has_position_word(st->pg->text + a, e - a))
    dg_people_mark(st->pg->people, mention, DG_PS_ROLE);
}

/* 1 if the page presents a podcast episode: "podcast" or "episode" in the
 * lines around its heading (not in a menu). */
static int podcast_page(const dg_page *pg)
{
  size_t li, last;
  if (pg->title_line == DG_NO_LINE)
    return 0;
  last = pg->title_line + 3 < pg->n_lines ? pg->title_line + 3 : pg->n_lines - 1;
  for (li = 0; li <= last; li++) {
    const dg_line *l = &pg->lines[li];
    if (!(l->flags & DG_LF_NAV) && (l->words & (DG_LW(PODCAST) | DG_LW(EPISODE))))
      return 1;
  }
  return 0;
}

/* Adds the full name text[a, b) as a prose mention; returns its id or
 * (size_t)-1 when it does not parse. */
static size_t add_full(pstate *st, size_t a, size_t b, unsigned flags, unsigned src,
                       const char *rule)
{
  dg_name nm;
  size_t id = (size_t)-1;
  dg_name_init(&nm);
  if (dg_name_parse(st->pg->gz, st->pg->text + a, b - a, flags, &nm) && nm.words >= 2) {
    /* a public figure written in the other order than the gazetteer's:
     * "Okabe Tomoe" family name first. The name stays as written; the
     * figure's surname tells which word is the family name, so that
     * "Prime Minister Okabe" joins it */
    size_t fig;
    char *rev = NULL;
    const char *sp = strchr(nm.display, ' ');
    int linked = 0;
    if (nm.words == 2 && sp && !strchr(sp + 1, ' '))
      rev = xasprintf("%s %.*s", sp + 1, (int)(sp - nm.display), nm.display);
    src |= name_src(st, a + nm.start);
    if (rev && dg_gazetteer_figure_by_name(st->pg->gz, rev, &fig)) {
      const dg_figure *fg = dg_gazetteer_figure(st->pg->gz, fig);
      size_t fl = (size_t)(sp - nm.display);
      int first_is_sur = fg && surname_form(fg, nm.display, fl);
      if (first_is_sur != nm.family_first) {
        char *t = nm.given;
        nm.given = nm.surname;
        nm.surname = t;
        nm.family_first = first_is_sur;
      }
      linked = 1;
    }
    id = dg_people_add(st->pg->people, &nm, dg_span_at(a + nm.start, nm.len), src, rule);
    if (linked)
      dg_people_link_figure(st->pg->people, id, fig);
    free(rev);
  }
  dg_name_release(&nm);
  return id;
}

static size_t add_surname(pstate *st, size_t a, size_t b, const char *rule)
{
  dg_name nm;
  size_t id = (size_t)-1;
  dg_name_init(&nm);
  if (dg_name_parse(st->pg->gz, st->pg->text + a, b - a, DG_NAME_SHAPE | DG_NAME_SINGLE, &nm))
    id = dg_people_add(st->pg->people, &nm, dg_span_at(a + nm.start, nm.len),
                       name_src(st, a + nm.start), rule);
  dg_name_release(&nm);
  return id;
}

static int is_country_word(const dg_page *pg, const dg_tokcur *s, size_t i)
{
  long v = 0;
  size_t n = dg_matcher_longest(dg_gazetteer_countries(pg->gz), pg->text, pg->toks, i, &v);
  return n >= 1 && v != DG_GZ_BLOCK;
}

/* 1 if the two words at tokens [i, j) are an item of a list of names in
 * a credit ("the authors thank A, B and C", "translated by A and B"):
 * between commas or "and", in a clause or sentence that credits. */
static int in_credit_list(pstate *st, const dg_tokcur *s, size_t i, size_t j, size_t at)
{
  int before =
      i > s->first && (dg_tokcur_is(s, i - 1, ",") || dg_tokcur_is(s, i - 1, "and") ||
                       dg_tokcur_is(s, i - 1, "thank") || dg_tokcur_is(s, i - 1, "thanks") ||
                       dg_tokcur_is(s, i - 1, "by") || dg_tokcur_is(s, i - 1, "to"));
  int after = j >= s->end || dg_tokcur_is(s, j, ",") || dg_tokcur_is(s, j, "and") ||
              dg_tokcur_is(s, j, ";") || dg_tokcur_is(s, j, ".");
  if (!before || !after)
    return 0;
  if (st->credit_words < 0)
    st->credit_words = dg_person_credit_words_in(st->pg, st->cc, &st->pg->lines[st->line]);
  return st->credit_words && dg_person_credited_at(st->pg, st->cc, &st->pg->lines[st->line], at);
}

/* 1 if every word of the name read at tokens [i, j) after its first is
 * a known given name: a family name first, then the given and middle
 * names ("Tran Thi Lan Anh", "Vo Van Minh"). */
static int given_after_first(const dg_page *pg, const dg_tokcur *s, size_t i, size_t j)
{
  size_t k = read_word(s, i);
  while (k < j) {
    size_t e = read_word(s, k);
    if (e == k || dg_gazetteer_given_name(pg->gz, dg_tokcur_text(s, k),
                                          s->t[e - 1].start + s->t[e - 1].len - s->t[k].start) != 1)
      return 0;
    k = e;
  }
  return 1;
}

/* The first token in [from, to) where a title starts that a capitalised
 * word follows, or `to`. */
static size_t title_inside(const dg_page *pg, const dg_tokcur *s, size_t from, size_t to)
{
  size_t k;
  for (k = from; k < to; k++) {
    long v = 0;
    size_t h = dg_matcher_longest(dg_gazetteer_honorifics(pg->gz), pg->text, pg->toks, k, &v);
    if (h && k + h < s->end && dg_tokcur_cap(s, k + h) && !dg_tokcur_glued(s, k + h))
      return k;
  }
  return to;
}

/* "Deputy Secretaries-General TANAKA Kenta and WU Mei", "Foreign
 * Ministers Ada Lind, Ben Roe and Eva Holm": a title in the plural, then
 * the names of its holders, each of two words or more, joined by commas
 * and "and". The title starts at token `title`, the first name ends
 * before token j. Returns the token after the list. */
static size_t plural_title_names(pstate *st, const dg_tokcur *s, size_t title, size_t j)
{
  size_t a = s->t[title].start, words;
  /* "ORG Secretary-General NAME and Deputy Secretaries-General NAME and
   * NAME": the organization of the first title is the others' too */
  int same_org = title > s->first && dg_tokcur_is(s, title - 1, "and") && st->ot_line == s->first &&
                 st->ot_end == title - 1;
  for (;;) {
    size_t k = j, e;
    size_t id = add_full(st, a, s->t[j - 1].start + s->t[j - 1].len, DG_NAME_SHAPE, st->src,
                         "plural-title-names");
    if (same_org && id != (size_t)-1)
      dg_extract_affiliations(st->pg, st->f, id, st->ot_start, st->ot_len, 1,
                              "org-title-affiliation");
    if (!(dg_tokcur_is(s, k, ",") || dg_tokcur_is(s, k, "and") || dg_tokcur_is(s, k, "&")))
      return j;
    k++;
    if (dg_tokcur_is(s, k, "and") || dg_tokcur_is(s, k, "&"))
      k++;
    e = read_name(s, k, &words);
    if (words < 2)
      return j;
    a = s->t[k].start;
    j = e;
  }
}

/* A public figure's full name at token i: "Mao Lin", "Kim Il
 * Sung". Returns the token after it, or i. */
static size_t figure_name(pstate *st, const dg_tokcur *s, size_t i)
{
  dg_page *pg = st->pg;
  long fv = -1;
  size_t fn = dg_matcher_longest(dg_gazetteer_figure_names(pg->gz), pg->text, pg->toks, i, &fv);
  size_t a, b, id;
  char *w;
  if (fn < 2 ||
      (i + fn < s->end && dg_tokcur_glued(s, i + fn) && s->t[i + fn].type == DG_TOK_WORD) ||
      dg_tokcur_cap(s, i + fn))
    return i;
  a = s->t[i].start;
  b = s->t[i + fn - 1].start + s->t[i + fn - 1].len;
  w = xstrndup(pg->text + a, b - a);
  id = dg_people_add_figure(pg->people, (size_t)fv, w, dg_span_at(a, b - a), name_src(st, a),
                            "public-figure-name");
  free(w);
  appositive(st, s, i, i + fn, id);
  return i + fn;
}

/* A title and a surname alone, tokens [i, j) with the surname at token
 * i + h: a public figure ("President Moravec"), or someone the page names
 * in full. */
static void title_and_surname(pstate *st, const dg_tokcur *s, size_t i, size_t h, size_t j,
                              long hv)
{
  dg_page *pg = st->pg;
  size_t a = s->t[i].start, b = s->t[j - 1].start + s->t[j - 1].len;
  size_t tl = s->t[i + h - 1].start + s->t[i + h - 1].len - s->t[i].start;
  const char *sur = dg_tokcur_text(s, i + h);
  size_t fig = pick_figure(pg, sur, s->t[i + h].len, dg_tokcur_text(s, i), tl, &st->countries, 0);
  if (fig == (size_t)-1)
    fig = pick_figure(pg, sur, s->t[i + h].len, NULL, 0, &st->countries, 1);
  if (fig != (size_t)-1 && !dg_people_known_surname(pg->people, sur, s->t[i + h].len)) {
    /* an office is not part of the name's written forms */
    char *w = DG_HON_KIND(hv) == DG_HON_OFFICE ? xstrndup(sur, s->t[i + h].len)
                                               : xstrndup(pg->text + a, b - a);
    dg_people_add_figure(pg->people, fig, w, dg_span_at(a, b - a), st->src, "title-and-surname");
    free(w);
  } else {
    add_surname(st, a, b, "title-and-surname");
  }
}

/* A name after a title at token i: "Dr. Tom Brevik", "Prime Minister
 * Anders Kallberg", "President Moravec", "Foreign Ministers Ada Lind and
 * Ben Roe". Returns the token after it, or i when the title opens no
 * name read here. */
static size_t titled_name(pstate *st, const dg_tokcur *s, size_t i)
{
  dg_page *pg = st->pg;
  long hv = -1;
  size_t h = dg_matcher_longest(dg_gazetteer_honorifics(pg->gz), pg->text, pg->toks, i, &hv);
  size_t j, words, id;
  if (h && dg_tokcur_is(s, i + h, ".") && dg_tokcur_glued(s, i + h))
    h++;
  if (!h || i + h >= s->end || dg_tokcur_glued(s, i + h) || !dg_tokcur_cap(s, i + h))
    return i;
  j = read_name(s, i + h, &words);
  if (words >= 2 && (hv & DG_HON_PLURAL))
    return plural_title_names(st, s, i, j);
  if (words >= 2 && !eponym_follows(s, j)) {
    id = add_full(st, s->t[i].start, s->t[j - 1].start + s->t[j - 1].len, DG_NAME_SHAPE, st->src,
                  "titled-name");
    if (id != (size_t)-1) {
      appositive(st, s, i, j, id);
      guest_intro(st, s, i, j, id);
    }
    return j;
  }
  if (words == 1 && !dg_tokcur_cap(s, j)) {
    title_and_surname(st, s, i, h, j, hv);
    return j;
  }
  return i;
}

/* A run of name words read at tokens [i, j) of a line, and what tells
 * whether it is a person's name. */
typedef struct cand {
  size_t i, j, words;
  size_t a, b;     /* its bytes */
  size_t last;     /* its last word (the surname) */
  int given;       /* dg_gazetteer_given_name() of its first word */
  int initials;    /* it opens with an initial: "M. Taylor Fravel" */
  int country_in;  /* a word after the first is a country's name */
  int known_sur;   /* its last word is a surname the page knows */
  int title_line;  /* the line is a heading in title case, where every
                      word is capitalised: a given name and a capitalised
                      word are not enough there */
} cand;

/* 1 if what comes before token i allows a name there: not a number, an
 * article ("the Summer Games") or an opening quote. */
static int name_may_start(const dg_tokcur *s, size_t i)
{
  if (i == s->first)
    return 1;
  return s->t[i - 1].type != DG_TOK_NUM && !dg_tokcur_is_ci(s, i - 1, "the") &&
         !dg_tokcur_is(s, i - 1, "a") && !dg_tokcur_is_ci(s, i - 1, "an") &&
         !dg_tokcur_is(s, i - 1, "\xE2\x80\x9C") && !dg_tokcur_is(s, i - 1, "\"");
}

static void read_cand(const pstate *st, const dg_tokcur *s, size_t li, size_t i, size_t j,
                      size_t words, cand *c)
{
  const dg_page *pg = st->pg;
  const dg_line *l = &pg->lines[li];
  size_t q;
  c->i = i;
  c->j = j;
  c->words = words;
  c->given = dg_gazetteer_given_name(pg->gz, dg_tokcur_text(s, i), s->t[i].len);
  /* "Long-Term": a given name as the first part of a compound is not
   * one, unless the compound is ("Jae-in") */
  if (c->given && dg_tokcur_is(s, i + 1, "-") && dg_tokcur_glued(s, i + 1)) {
    size_t we = read_word(s, i);
    size_t wl = s->t[we - 1].start + s->t[we - 1].len - s->t[i].start;
    c->given = dg_gazetteer_given_name(pg->gz, dg_tokcur_text(s, i), wl);
  }
  c->initials = s->t[i].len <= 2 && dg_tokcur_is(s, i + 1, ".");
  /* the surname is the last word read; back up over initials' dots */
  c->last = j - 1;
  while (c->last > i && s->t[c->last].type != DG_TOK_WORD)
    c->last--;
  c->country_in = 0;
  for (q = i + 1; q < j; q++)
    if (s->t[q].type == DG_TOK_WORD && is_country_word(pg, s, q))
      c->country_in = 1;
  c->a = s->t[i].start;
  c->b = s->t[j - 1].start + s->t[j - 1].len;
  if (dg_tokcur_is(s, j - 1, ".") && !(s->t[j - 2].len <= 2))
    c->b--;
  c->known_sur = dg_people_known_surname(pg->people, dg_tokcur_text(s, c->last), s->t[c->last].len);
  c->title_line = (l->flags & DG_LF_TITLECASE) && !(l->flags & (DG_LF_PROSE | DG_LF_BYLINE)) &&
                  l->nwords > words + 1 &&
                  ((pg->title_line != DG_NO_LINE && li >= pg->title_line &&
                    li <= pg->title_line + 1) ||
                   l->zone == DG_ZONE_LISTING);
}

/* 1 if what follows the name of two or three words says it is a
 * person's: "Meera Varghese, Director of ...", "Ida Lin is an analyst". */
static int described_after(const pstate *st, const dg_tokcur *s, const dg_line *l, const cand *c)
{
  const dg_page *pg = st->pg;
  size_t b = c->b, e;
  if (dg_tokcur_is(s, c->j, ",")) {
    e = b + 1;
    while (e < l->end && e < b + 400 && pg->text[e] != ',' && pg->text[e] != '.')
      e++;
    return dg_person_has_position_word(pg->text + b + 1, e - b - 1);
  }
  if (c->i == s->first && dg_person_bio_verb_at(pg->text + b, l->end - b)) {
    /* "Ida Lin is an analyst", not "Harbour Talks is a podcast" nor
     * "Korean Notes is produced by": a bio names a position */
    e = b;
    while (e < l->end && e < b + 200 && pg->text[e] != '.')
      e++;
    return dg_person_has_position_word(pg->text + b, e - b) && !is_country_word(pg, s, c->i);
  }
  return 0;
}

/* 1 if the run of name words c is a person's name: by its given name,
 * its initials, its order (family name first), a surname the page
 * knows, or what the text says around it. */
static int accept_cand(pstate *st, const dg_tokcur *s, size_t li, const cand *c)
{
  const dg_page *pg = st->pg;
  const dg_line *l = &pg->lines[li];
  size_t i = c->i, j = c->j, words = c->words;
  if (c->given == 1 && !c->country_in && (!c->title_line || c->known_sur))
    return 1;
  if (c->given == 2 && !c->country_in &&
      (c->known_sur || (!c->title_line && !sentence_start(s, i) &&
                        (name_context_after(s, j) || job_before(pg, l, c->a)))))
    return 1;
  if (c->initials && !c->country_in && words == 2)
    return 1;
  if (c->initials && !c->country_in && words == 3 && i + 2 < j &&
      dg_gazetteer_given_name(pg->gz, dg_tokcur_text(s, j - 2), s->t[j - 2].len) == 1)
    return 1; /* "M. Taylor Fravel" */
  if (words == 2 && !c->given && !c->country_in &&
      dg_gazetteer_given_name(pg->gz, dg_tokcur_text(s, c->last), s->t[c->last].len) == 1)
    return 1; /* family name first: "Mao Zedong" */
  if ((words == 3 || words == 4) && !c->given && !c->country_in && !c->title_line &&
      given_after_first(pg, s, i, j))
    return 1; /* the family name, then given and middle names: "Tran Thi Lan Anh" */
  if (c->known_sur && words <= 3)
    return 1;
  if (!c->country_in && words == 2 && !c->title_line &&
      (dg_tokcur_is(s, j, "of") || dg_tokcur_is(s, j, "from")) && j + 1 < s->end &&
      dg_orgs_first_in(pg->orgs, s->t[j + 1].start,
                       dg_tokcur_is(s, j + 1, "the") ? s->t[j + 1].len + 2 : 1) != DG_NO_ORG)
    return 1; /* "Kaia Oberg of the Marlow Institute": a person of an organization */
  if (!c->country_in && words == 2 && !c->title_line && in_credit_list(st, s, i, j, c->a))
    return 1; /* "the authors thank Ana Ruiz, Tiiu Saar and ..." */
  return !c->country_in && words <= 3 && described_after(st, s, l, c);
}

/* A name of its own at token i: a given name, or initials, then a
 * surname; not a country's name ("Solomon Islands"). Returns the token
 * after what was read (after i in any case): a run that is no name may
 * hold a title before one ("Harbourton Mayor Ada Lind" is read again
 * from "Mayor"). */
static size_t plain_name(pstate *st, const dg_tokcur *s, size_t li, size_t i)
{
  dg_page *pg = st->pg;
  long cv = 0;
  size_t words, j = read_name(s, i, &words);
  size_t cn = dg_matcher_longest(dg_gazetteer_countries(pg->gz), pg->text, pg->toks, i, &cv);
  if (cn && cn >= j - i)
    return i + cn;
  if (words >= 2 && !eponym_follows(s, j) && name_may_start(s, i)) {
    cand c;
    read_cand(st, s, li, i, j, words, &c);
    if (accept_cand(st, s, li, &c)) {
      size_t id = add_full(st, c.a, c.b, DG_NAME_SHAPE, st->src, "name-in-prose");
      if (id != (size_t)-1) {
        appositive(st, s, i, j, id);
        guest_intro(st, s, i, j, id);
        return j;
      }
    }
  }
  return j > i + 1 ? title_inside(pg, s, i + 1, j) : (j > i ? j : i + 1);
}

/* First pass over a line: names with a title, a known given name, or the
 * shape of a bio or appositive; none inside an organization's name. */
static void scan_full_names(pstate *st, size_t li)
{
  dg_page *pg = st->pg;
  dg_tokcur s = dg_page_line_cursor(pg, li);
  size_t i = s.first;
  while (i < s.end) {
    size_t m = dg_orgs_covering(pg->orgs, s.t[i].start), next;
    if (m != DG_NO_ORG) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
      while (i < s.end && s.t[i].start < om->start + om->len)
        i++;
      continue;
    }
    if (!dg_tokcur_cap(&s, i)) {
      i++;
      continue;
    }
    if ((next = figure_name(st, &s, i)) == i && (next = titled_name(st, &s, i)) == i)
      next = plain_name(st, &s, li, i);
    i = next;
  }
}

/* Second pass: surnames alone. A surname the page gave in full, or a
 * public figure of a country the page names ("Abe and Putin"), or "the
 * Obama administration". */
static void scan_surnames(pstate *st, size_t li)
{
  dg_page *pg = st->pg;
  const dg_line *l = &pg->lines[li];
  dg_tokcur s = dg_page_line_cursor(pg, li);
  size_t i;
  for (i = s.first; i < s.end; i++) {
    size_t a, b, fig;
    int prev_cap, next_cap, admin;
    if (!dg_tokcur_cap(&s, i) || s.t[i].len < 3)
      continue;
    if (dg_orgs_covering(pg->orgs, s.t[i].start) != DG_NO_ORG)
      continue;
    /* after an initial or a hyphen it is the end of a longer name: "Paul
     * J. Saunders", "Rapp-Hooper" */
    if (i >= s.first + 2 && dg_tokcur_glued(&s, i - 1 + 1) == 0 && dg_tokcur_is(&s, i - 1, ".") &&
        s.t[i - 2].len == 1)
      continue;
    if (i > s.first && (dg_tokcur_is(&s, i - 1, "-") || dg_tokcur_is(&s, i - 1, "'")) &&
        dg_tokcur_glued(&s, i))
      continue;
    /* part of a longer name: "Anders Kallberg" was read by the first pass */
    prev_cap = i > s.first && dg_tokcur_cap(&s, i - 1) && !dg_tokcur_glued(&s, i) &&
               !dg_name_stopword(dg_tokcur_text(&s, i - 1), s.t[i - 1].len);
    next_cap = dg_tokcur_cap(&s, i + 1) && !dg_tokcur_glued(&s, i + 1);
    admin = dg_tokcur_is_ci(&s, i + 1, "administration") ||
            dg_tokcur_is_ci(&s, i + 1, "government") || dg_tokcur_is_ci(&s, i + 1, "era") ||
            dg_tokcur_is_ci(&s, i + 1, "doctrine");
    if (next_cap && !admin)
      continue;
    if (prev_cap) {
      /* "Anders Kallberg" itself, or a title: handled by the first pass */
      continue;
    }
    a = s.t[i].start;
    b = a + s.t[i].len;
    if (dg_tokcur_glued(&s, i + 1) && s.t[i + 1].type == DG_TOK_WORD)
      continue;
    if (dg_people_known_surname(pg->people, dg_tokcur_text(&s, i), s.t[i].len)) {
      add_surname(st, a, b, "surname-in-prose");
      continue;
    }
    /* a surname that is also a word: "3 May", "May 2024" are dates, and
     * "Power in Asia is shifting" opens a sentence with a noun */
    if (!admin && (dg_gazetteer_given_name(pg->gz, dg_tokcur_text(&s, i), s.t[i].len) == 2 ||
                   (i > s.first && s.t[i - 1].type == DG_TOK_NUM) ||
                   (i + 1 < s.end && s.t[i + 1].type == DG_TOK_NUM) ||
                   (sentence_start(&s, i) && !name_context_after(&s, i + 1)) ||
                   /* a heading capitalises every word: "Future of Power in
                    * Asia"; "Obama's Asia" is still the man */
                   ((l->flags & DG_LF_TITLECASE) && !(l->flags & DG_LF_PROSE) &&
                    !(dg_tokcur_is(&s, i + 1, "'") || dg_tokcur_is(&s, i + 1, "\xE2\x80\x99") ||
                      i + 1 >= s.end))))
      continue;
    /* "the Obama administration" names its head; a surname alone needs
     * the figure's country on the page */
    fig = pick_figure(pg, dg_tokcur_text(&s, i), s.t[i].len, NULL, 0, &st->countries, !admin);
    if (fig != (size_t)-1) {
      char *w = xstrndup(pg->text + a, b - a);
      dg_people_add_figure(pg->people, fig, w, dg_span_at(a, b - a), st->src,
                           admin ? "administration-of" : "public-figure-surname");
      free(w);
    }
  }
}

/* Lines the prose scan reads: content, not site chrome. */
static int prose_line(const dg_page *pg, size_t li)
{
  const dg_line *l = &pg->lines[li];
  if (l->flags & (DG_LF_BLANK | DG_LF_SHARE | DG_LF_NAV | DG_LF_COPYRIGHT))
    return 0;
  if (l->zone == DG_ZONE_NAV || l->zone == DG_ZONE_FOOTER)
    return 0;
  return 1;
}

/* What a name on line li is, before the words around it are read: a
 * mention in running prose (sentences in the body, a bio, the header's
 * summary), or a name on a line of another kind (a name card, a heading,
 * a role list, a listed item) that names someone without discussing him. */
static unsigned line_src(const dg_page *pg, size_t li)
{
  const dg_line *l = &pg->lines[li];
  /* a listed item, or a bulleted record that is not a sentence
   * ("• Title — Author (translated by NAME)") */
  if (l->zone == DG_ZONE_LISTING || ((l->flags & DG_LF_BULLET) && !(l->flags & DG_LF_END_PUNCT)))
    return DG_PS_LINE;
  /* the page's heading says what the page discusses */
  if (pg->title_line != DG_NO_LINE && (li == pg->title_line || li == pg->title_line + 1) &&
      !(l->flags & (DG_LF_BYLINE | DG_LF_ROLE)))
    return DG_PS_PROSE;
  if (l->flags & DG_LF_PROSE)
    return DG_PS_PROSE;
  /* a shorter sentence: ends like one and reads like one */
  if ((l->flags & DG_LF_END_PUNCT) && !(l->flags & DG_LF_ROLE) && l->nwords >= 8 &&
      l->nlower * 2 >= l->nwords)
    return DG_PS_PROSE;
  return DG_PS_LINE;
}

void dg_extract_persons(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  pstate st;
  dg_person_credit_cues cc;
  dg_person_page_org_cache po;
  unsigned char *blocks;
  size_t li;
  st.pg = pg;
  st.info = info;
  st.f = f;
  st.run_n = 0;
  st.ot_line = st.ot_end = (size_t)-1;
  st.countries.pg = pg;
  st.countries.seen = NULL;
  st.countries.n = 0;
  st.bio_line = (size_t)-1;
  st.podcast = podcast_page(pg);
  dg_person_credit_cues_init(&cc, pg->gz);
  st.cc = &cc;
  blocks = dg_person_credit_blocks(pg, &cc);
  po.info = info;
  po.e = (size_t)-1;
  po.asked = 0;
  for (li = 0; li < pg->n_lines; li++)
    if (!(pg->lines[li].flags & DG_LF_BLANK))
      dg_person_credit_line(pg, f, li, &cc, blocks[li], &po);
  dg_person_about_sections(pg, info, f);
  dg_person_name_cards(pg, f);
  dg_person_record_lines(pg, f);
  dg_person_attributions(pg, f);
  dg_person_photo_credits(pg, f);
  for (li = 0; li < pg->n_lines; li++)
    if (prose_line(pg, li)) {
      st.src = line_src(pg, li) | (blocks[li] ? DG_PS_CREDIT : 0);
      st.line = li;
      st.credit_words = -1;
      scan_full_names(&st, li);
    }
  for (li = 0; li < pg->n_lines; li++)
    if (prose_line(pg, li) || (pg->lines[li].zone == DG_ZONE_NAV && !(pg->lines[li].flags & DG_LF_NAV) &&
                               pg->lines[li].nwords >= 6)) {
      st.src = (prose_line(pg, li) ? line_src(pg, li) : DG_PS_LINE) |
               (blocks[li] ? DG_PS_CREDIT : 0);
      st.line = li;
      st.credit_words = -1;
      scan_surnames(&st, li);
    }
  free(blocks);
  free(st.countries.seen);
}
