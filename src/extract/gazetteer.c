/* gazetteer.c - parse the embedded TSV tables into lookups and matchers. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/embedded.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/gazetteer.h"
#include "extract/words.h"

struct dg_gazetteer {
  dg_country *countries;
  size_t n_countries, cap_countries;
  char **strings;            /* every string the tables point to; owned */
  size_t n_strings, cap_strings;
  dg_strmap *by_code;        /* alpha-2 -> index */
  dg_matcher *country_match;
  dg_strmap *ambiguous;      /* form -> DG_CTX_* bits */

  dg_org *orgs;
  size_t n_orgs, cap_orgs;
  dg_matcher *org_match;
  dg_matcher *org_fold;

  dg_strmap *given;          /* given name -> 1, or 2 when ambiguous */
  dg_strmap *given_pairs;    /* "a\x1fb" -> 1 for variants of one name */
  dg_matcher *honorifics;
  dg_matcher *honorifics_caps; /* the same, ASCII case folded */

  dg_figure *figures;
  size_t n_figures, cap_figures;
  dg_strmap *figure_names;   /* full name -> index */
  dg_strmap *figure_sur;     /* "form\x1fN" -> index of the N-th with the form */
  dg_strmap *figure_sur_n;   /* form -> how many */
  dg_matcher *figure_match;  /* full name -> index */

  const char *credits[DG_CREDIT__COUNT][64]; /* borrowed from strings */
  size_t n_credits[DG_CREDIT__COUNT];
  const char *credit_any[64];  /* DG_CREDIT_BY, then DG_CREDIT_THANKS */
  dg_wordset credit_sets[DG_CREDIT__COUNT + 1]; /* over credits[], credit_any */
};

static const char *keep(dg_gazetteer *gz, const char *s)
{
  xgrow(&gz->strings, &gz->cap_strings, gz->n_strings + 1, sizeof *gz->strings);
  return gz->strings[gz->n_strings++] = xstrdup(s);
}

/* Calls fn(item, ud) for each '|'-separated item of `s` (modified). */
static void each_pipe(char *s, void (*fn)(const char *item, void *ud), void *ud)
{
  char *q = s;
  while (q && *q) {
    char *bar = strchr(q, '|');
    if (bar)
      *bar = '\0';
    if (*q)
      fn(q, ud);
    q = bar ? bar + 1 : NULL;
  }
}

/* ---------------------------------------------------------------- countries */

static size_t country_index(dg_gazetteer *gz, const char *code)
{
  size_t i;
  dg_country *c;
  if (dg_strmap_get(gz->by_code, code, strlen(code), &i))
    return i;
  xgrow(&gz->countries, &gz->cap_countries, gz->n_countries + 1, sizeof *gz->countries);
  c = &gz->countries[gz->n_countries];
  memset(c, 0, sizeof *c);
  strncpy(c->code, code, sizeof c->code - 1);
  c->name = "";
  c->qid = "";
  dg_strmap_put(gz->by_code, code, strlen(code), gz->n_countries);
  return gz->n_countries++;
}

static void load_country_row(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  size_t i;
  long form = -1;
  if (n < 3 || strlen(f[0]) != 2)
    return;
  i = country_index(gz, f[0]);
  if (strcmp(f[1], "meta") == 0) {
    /* alpha3|numeric|name|official_name|wikidata_qid */
    char *parts[5] = {0};
    char *q = f[2];
    size_t k = 0;
    parts[k++] = q;
    while (k < 5 && (q = strchr(q, '|')) != NULL) {
      *q++ = '\0';
      parts[k++] = q;
    }
    if (parts[2] && *parts[2])
      gz->countries[i].name = keep(gz, parts[2]);
    if (parts[4] && *parts[4])
      gz->countries[i].qid = keep(gz, parts[4]);
    return;
  }
  if (strcmp(f[1], "name") == 0)
    form = DG_CF_NAME;
  else if (strcmp(f[1], "official") == 0)
    form = DG_CF_OFFICIAL;
  else if (strcmp(f[1], "abbrev") == 0)
    form = DG_CF_ABBREV;
  else if (strcmp(f[1], "adj") == 0)
    form = DG_CF_ADJ;
  else if (strcmp(f[1], "prefix") == 0)
    form = DG_CF_PREFIX;
  else if (strcmp(f[1], "alt") == 0)
    form = DG_CF_ALT;
  if (form < 0)
    return;
  dg_matcher_add(gz->country_match, f[2], (long)(i << 4) | form);
}

static void load_block_row(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  if (n >= 1 && *f[0])
    dg_matcher_add(gz->country_match, f[0], DG_GZ_BLOCK);
}

static unsigned context_bits(const char *s)
{
  static const struct {
    const char *name;
    unsigned bit;
  } names[] = {
    {"person", DG_CTX_PERSON}, {"surname", DG_CTX_SURNAME}, {"place", DG_CTX_PLACE},
    {"heading", DG_CTX_HEADING}, {"prefix", DG_CTX_PREFIX},
  };
  unsigned bits = DG_CTX_AMBIGUOUS;
  size_t i;
  while (*s) {
    size_t len = strcspn(s, ",");
    for (i = 0; i < DG_COUNT(names); i++)
      if (strlen(names[i].name) == len && strncmp(names[i].name, s, len) == 0)
        bits |= names[i].bit;
    s += len;
    if (*s == ',')
      s++;
  }
  return bits;
}

static void load_ambiguous_row(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  /* FORM ALPHA2 CONTEXT REASON; an old three-column row has no context */
  if (n >= 2 && *f[0])
    dg_strmap_put(gz->ambiguous, f[0], strlen(f[0]),
                  n >= 4 ? context_bits(f[2]) : (unsigned)(DG_CTX_AMBIGUOUS | DG_CTX_PERSON));
}

/* ---------------------------------------------------------------- orgs */

dg_org_kind dg_org_kind_from_name(const char *s)
{
  static const struct {
    const char *name;
    dg_org_kind kind;
  } kinds[] = {
    {"thinktank", DG_ORG_THINKTANK},   {"university", DG_ORG_UNIVERSITY},
    {"centre", DG_ORG_CENTRE},         {"government", DG_ORG_GOVERNMENT},
    {"legislature", DG_ORG_LEGISLATURE}, {"intl", DG_ORG_INTL},
    {"media", DG_ORG_MEDIA},           {"publisher", DG_ORG_PUBLISHER},
    {"company", DG_ORG_COMPANY},       {"military", DG_ORG_MILITARY},
    {"foundation", DG_ORG_FOUNDATION}, {"party", DG_ORG_PARTY},
    {"journal", DG_ORG_JOURNAL},
    {"social", DG_ORG_SOCIAL},
  };
  size_t i;
  for (i = 0; i < DG_COUNT(kinds); i++)
    if (strcmp(kinds[i].name, s) == 0)
      return kinds[i].kind;
  return DG_ORG_OTHER;
}

typedef struct org_add {
  dg_gazetteer *gz;
  long index;
} org_add;

/* An alias or canonical name goes into both matchers; the folded one keeps
 * the first org that claims a spelling. */
static void add_org_form(const char *form, void *ud)
{
  org_add *a = ud;
  dg_matcher_add(a->gz->org_match, form, a->index);
  dg_matcher_add(a->gz->org_fold, form, a->index);
}

static void load_org_row(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  org_add a;
  dg_org *o;
  if (n < 2 || !*f[0])
    return;
  xgrow(&gz->orgs, &gz->cap_orgs, gz->n_orgs + 1, sizeof *gz->orgs);
  o = &gz->orgs[gz->n_orgs];
  o->name = keep(gz, f[0]);
  o->kind = dg_org_kind_from_name(f[1]);
  a.gz = gz;
  a.index = (long)gz->n_orgs;
  add_org_form(f[0], &a);
  if (n >= 3)
    each_pipe(f[2], add_org_form, &a);
  gz->n_orgs++;
}

/* ---------------------------------------------------------------- people */

static void load_first_name(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  if (n >= 1 && *f[0])
    dg_strmap_put(gz->given, f[0], strlen(f[0]), 1);
}

static void load_ambiguous_name(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  if (n >= 1 && *f[0])
    dg_strmap_put(gz->given, f[0], strlen(f[0]), 2);
}

static void put_pair(dg_gazetteer *gz, const char *a, const char *b)
{
  char key[256];
  int len = snprintf(key, sizeof key, "%s\x1f%s", a, b);
  if (len > 0 && (size_t)len < sizeof key)
    dg_strmap_put(gz->given_pairs, key, (size_t)len, 1);
}

static void load_given_variants(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  const char *forms[64];
  size_t k = 0, i, j;
  char *q;
  if (n < 2 || !*f[0])
    return;
  forms[k++] = f[0];
  q = f[1];
  while (q && *q && k < 64) {
    char *bar = strchr(q, '|');
    if (bar)
      *bar = '\0';
    if (*q)
      forms[k++] = q;
    q = bar ? bar + 1 : NULL;
  }
  /* every two forms of one row may name the same person */
  for (i = 0; i < k; i++)
    for (j = 0; j < k; j++)
      if (i != j)
        put_pair(gz, forms[i], forms[j]);
}

/* The word of a title that takes the plural: the word before "of" or
 * "for" ("Secretaries of State"), before a "General" that follows an
 * office ("Secretaries-General", "Attorneys General"; a rank's "General"
 * is its noun: "Major Generals"), else the last. Sets [*a, *b). */
static void title_noun(const char *t, int office, size_t *a, size_t *b)
{
  const char *of = strstr(t, " of "), *fr = strstr(t, " for ");
  size_t n = strlen(t), e = n;
  if (fr && (!of || fr < of))
    of = fr;
  if (of)
    e = (size_t)(of - t);
  else if (office && n > 8 && strcmp(t + n - 8, " General") == 0)
    e = n - 8;
  else if (office && n > 8 && strcmp(t + n - 8, "-General") == 0)
    e = n - 8;
  *b = e;
  while (e > 0 && t[e - 1] != ' ' && t[e - 1] != '-')
    e--;
  *a = e;
}

/* Writes the plural of the title `t` into out (cap bytes); returns 0 when
 * it has none worth matching: a form of address, an abbreviation, a word
 * in capitals. English rules: -y after a consonant -ies, -s -x -ch -sh
 * -es, -man -men, else -s. */
static int title_plural(const char *t, dg_hon_kind kind, char *out, size_t cap)
{
  size_t a, b, n = strlen(t);
  const char *suffix = "s";
  size_t cut = 0;
  if (kind == DG_HON_HONORIFIC || strchr(t, '.') || n + 4 >= cap)
    return 0;
  title_noun(t, kind == DG_HON_OFFICE, &a, &b);
  if (b - a < 3 || !dg_is_upper((unsigned char)t[a]) || !dg_is_lower((unsigned char)t[b - 1]))
    return 0;
  if (t[b - 1] == 'y' && !strchr("aeiou", t[b - 2]))
    suffix = "ies", cut = 1;
  else if (t[b - 1] == 's' || t[b - 1] == 'x' ||
           ((t[b - 1] == 'h') && (t[b - 2] == 'c' || t[b - 2] == 's')))
    suffix = "es";
  else if (b - a >= 3 && strncmp(t + b - 3, "man", 3) == 0)
    suffix = "en", cut = 2;
  snprintf(out, cap, "%.*s%s%s", (int)(b - cut), t, suffix, t + b);
  return 1;
}

static void load_honorific(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  static const char *const kinds[] = {"honorific", "office", "military", "academic",
                                      "religious"};
  size_t k;
  if (n < 2 || !*f[0])
    return;
  for (k = 0; k < DG_COUNT(kinds); k++)
    if (strcmp(kinds[k], f[1]) == 0) {
      char pl[160];
      dg_matcher_add(gz->honorifics, f[0], (long)k);
      dg_matcher_add(gz->honorifics_caps, f[0], (long)k);
      /* a form that is also another title's singular keeps its own */
      if (title_plural(f[0], (dg_hon_kind)k, pl, sizeof pl)) {
        dg_matcher_add(gz->honorifics, pl, (long)k | DG_HON_PLURAL);
        dg_matcher_add(gz->honorifics_caps, pl, (long)k | DG_HON_PLURAL);
      }
    }
}

typedef struct fig_add {
  dg_gazetteer *gz;
  size_t index;
} fig_add;

static void add_figure_surname(const char *form, void *ud)
{
  fig_add *a = ud;
  char key[256];
  size_t count = 0;
  int len;
  dg_strmap_get(a->gz->figure_sur_n, form, strlen(form), &count);
  len = snprintf(key, sizeof key, "%s\x1f%zu", form, count);
  if (len <= 0 || (size_t)len >= sizeof key)
    return;
  dg_strmap_put(a->gz->figure_sur, key, (size_t)len, a->index);
  dg_strmap_put(a->gz->figure_sur_n, form, strlen(form), count + 1);
}

static void load_figure(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  dg_figure *fg;
  fig_add a;
  char *sur;
  if (n < 2 || !*f[0])
    return;
  xgrow(&gz->figures, &gz->cap_figures, gz->n_figures + 1, sizeof *gz->figures);
  fg = &gz->figures[gz->n_figures];
  memset(fg, 0, sizeof *fg);
  fg->name = keep(gz, f[0]);
  fg->surnames = keep(gz, f[1]);
  fg->titles = keep(gz, n >= 3 ? f[2] : "");
  if (n >= 4)
    strncpy(fg->code, f[3], sizeof fg->code - 1);
  dg_strmap_put(gz->figure_names, f[0], strlen(f[0]), gz->n_figures);
  dg_matcher_add(gz->figure_match, f[0], (long)gz->n_figures);
  a.gz = gz;
  a.index = gz->n_figures;
  sur = xstrdup(f[1]);
  each_pipe(sur, add_figure_surname, &a);
  free(sur);
  gz->n_figures++;
}

static void load_credit(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  static const char *const kinds[DG_CREDIT__COUNT] = {"heading", "staff", "label", "by",
                                                       "thanks"};
  size_t k;
  if (n < 2 || !*f[0])
    return;
  for (k = 0; k < DG_CREDIT__COUNT; k++)
    if (strcmp(kinds[k], f[1]) == 0 && gz->n_credits[k] < 64)
      gz->credits[k][gz->n_credits[k]++] = keep(gz, f[0]);
}

/* ---------------------------------------------------------------- loading */

/* One name per line (first-names*.txt): the TSV reader does, with one
 * field per row. */
static void load(const char *file, void (*fn)(char **, size_t, void *), dg_gazetteer *gz)
{
  dg_embedded_rows(file, fn, gz);
}

/* The word sets of the credit phrases. */
static void credit_sets(dg_gazetteer *gz)
{
  size_t k, m = 0;
  for (k = 0; k < DG_CREDIT__COUNT; k++)
    dg_wordset_init(&gz->credit_sets[k], gz->credits[k], gz->n_credits[k]);
  for (k = 0; k < gz->n_credits[DG_CREDIT_BY] && m < 64; k++)
    gz->credit_any[m++] = gz->credits[DG_CREDIT_BY][k];
  for (k = 0; k < gz->n_credits[DG_CREDIT_THANKS] && m < 64; k++)
    gz->credit_any[m++] = gz->credits[DG_CREDIT_THANKS][k];
  dg_wordset_init(&gz->credit_sets[DG_CREDIT__COUNT], gz->credit_any, m);
}

dg_gazetteer *dg_gazetteer_new(void)
{
  dg_gazetteer *gz = xcalloc(1, sizeof *gz);
  gz->by_code = dg_strmap_new();
  gz->ambiguous = dg_strmap_new();
  gz->country_match = dg_matcher_new();
  gz->org_match = dg_matcher_new();
  gz->org_fold = dg_matcher_new();
  dg_matcher_set_fold(gz->org_fold, 1);
  gz->given = dg_strmap_new();
  gz->given_pairs = dg_strmap_new();
  gz->honorifics = dg_matcher_new();
  gz->honorifics_caps = dg_matcher_new();
  dg_matcher_set_fold(gz->honorifics_caps, 1);
  gz->figure_names = dg_strmap_new();
  gz->figure_sur = dg_strmap_new();
  gz->figure_sur_n = dg_strmap_new();
  gz->figure_match = dg_matcher_new();
  /* Blocking phrases go in first: dg_matcher_add keeps the first value, so
   * a phrase listed as "not a country" can never be re-added as one. */
  load("not-countries.tsv", load_block_row, gz);
  load("countries.tsv", load_country_row, gz);
  load("country-ambiguous.tsv", load_ambiguous_row, gz);
  load("orgs.tsv", load_org_row, gz);
  load("first-names.txt", load_first_name, gz);
  load("first-names-ambiguous.txt", load_ambiguous_name, gz);
  load("given-names.tsv", load_given_variants, gz);
  load("honorifics.tsv", load_honorific, gz);
  load("public-figures.tsv", load_figure, gz);
  load("credits.tsv", load_credit, gz);
  credit_sets(gz);
  return gz;
}

void dg_gazetteer_free(dg_gazetteer *gz)
{
  size_t i;
  if (!gz)
    return;
  for (i = 0; i < gz->n_strings; i++)
    free(gz->strings[i]);
  free(gz->strings);
  free(gz->countries);
  free(gz->orgs);
  free(gz->figures);
  dg_strmap_free(gz->by_code);
  dg_strmap_free(gz->ambiguous);
  dg_matcher_free(gz->country_match);
  dg_matcher_free(gz->org_match);
  dg_matcher_free(gz->org_fold);
  dg_strmap_free(gz->given);
  dg_strmap_free(gz->given_pairs);
  dg_matcher_free(gz->honorifics);
  dg_matcher_free(gz->honorifics_caps);
  dg_strmap_free(gz->figure_names);
  dg_strmap_free(gz->figure_sur);
  dg_strmap_free(gz->figure_sur_n);
  dg_matcher_free(gz->figure_match);
  free(gz);
}

/* ---------------------------------------------------------------- lookups */

size_t dg_gazetteer_n_countries(const dg_gazetteer *gz) { return gz->n_countries; }

const dg_country *dg_gazetteer_country(const dg_gazetteer *gz, size_t i)
{
  return i < gz->n_countries ? &gz->countries[i] : NULL;
}

size_t dg_gazetteer_country_by_code(const dg_gazetteer *gz, const char *code)
{
  size_t i;
  return dg_strmap_get(gz->by_code, code, strlen(code), &i) ? i : (size_t)-1;
}

const dg_matcher *dg_gazetteer_countries(const dg_gazetteer *gz)
{
  return gz->country_match;
}

unsigned dg_gazetteer_country_context(const dg_gazetteer *gz, const char *form, size_t len)
{
  size_t bits = 0;
  return dg_strmap_get(gz->ambiguous, form, len, &bits) ? (unsigned)bits : 0;
}

const dg_matcher *dg_gazetteer_orgs(const dg_gazetteer *gz) { return gz->org_match; }

const dg_matcher *dg_gazetteer_orgs_folded(const dg_gazetteer *gz) { return gz->org_fold; }

const dg_org *dg_gazetteer_org(const dg_gazetteer *gz, size_t i)
{
  return i < gz->n_orgs ? &gz->orgs[i] : NULL;
}

int dg_gazetteer_given_name(const dg_gazetteer *gz, const char *s, size_t len)
{
  size_t v = 0;
  return dg_strmap_get(gz->given, s, len, &v) ? (int)v : 0;
}

int dg_gazetteer_given_match(const dg_gazetteer *gz, const char *a, const char *b)
{
  char key[256];
  int len;
  if (strcmp(a, b) == 0)
    return 1;
  len = snprintf(key, sizeof key, "%s\x1f%s", a, b);
  return len > 0 && (size_t)len < sizeof key &&
         dg_strmap_get(gz->given_pairs, key, (size_t)len, NULL);
}

const dg_matcher *dg_gazetteer_honorifics(const dg_gazetteer *gz) { return gz->honorifics; }
const dg_matcher *dg_gazetteer_honorifics_caps(const dg_gazetteer *gz)
{
  return gz->honorifics_caps;
}

const dg_figure *dg_gazetteer_figure(const dg_gazetteer *gz, size_t i)
{
  return i < gz->n_figures ? &gz->figures[i] : NULL;
}

size_t dg_gazetteer_figures_by_surname(const dg_gazetteer *gz, const char *form, size_t len,
                                       size_t *out, size_t max)
{
  size_t count = 0, i;
  char key[256];
  if (len + 24 > sizeof key || !dg_strmap_get(gz->figure_sur_n, form, len, &count))
    return 0;
  for (i = 0; i < count && i < max; i++) {
    int kl;
    memcpy(key, form, len);
    kl = snprintf(key + len, sizeof key - len, "\x1f%zu", i);
    if (kl <= 0 || !dg_strmap_get(gz->figure_sur, key, len + (size_t)kl, &out[i]))
      return i;
  }
  return count;
}

int dg_gazetteer_figure_by_name(const dg_gazetteer *gz, const char *name, size_t *index)
{
  return dg_strmap_get(gz->figure_names, name, strlen(name), index);
}

const dg_matcher *dg_gazetteer_figure_names(const dg_gazetteer *gz) { return gz->figure_match; }

const struct dg_wordset *dg_gazetteer_credit_set(const dg_gazetteer *gz, dg_credit_kind kind)
{
  return (unsigned)kind <= DG_CREDIT__COUNT ? &gz->credit_sets[kind] : NULL;
}

size_t dg_gazetteer_credit_cues(const dg_gazetteer *gz, dg_credit_kind kind,
                                const char *const **out)
{
  if ((unsigned)kind >= DG_CREDIT__COUNT) {
    *out = NULL;
    return 0;
  }
  *out = gz->credits[kind];
  return gz->n_credits[kind];
}
