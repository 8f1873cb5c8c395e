/* gazetteer.c - parse the embedded TSV tables into lookups and matchers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "gazetteer.h"
#include "strmap.h"
#include "xalloc.h"

struct dg_gazetteer {
  dg_country *countries;
  size_t n_countries, cap_countries;
  char **strings;            /* every string the tables point to; owned */
  size_t n_strings, cap_strings;
  dg_strmap *by_code;        /* alpha-2 -> index */
  dg_matcher *country_match;
  dg_strmap *ambiguous;      /* form -> country index */
};

static const char *keep(dg_gazetteer *gz, const char *s)
{
  xgrow(&gz->strings, &gz->cap_strings, gz->n_strings + 1, sizeof *gz->strings);
  return gz->strings[gz->n_strings++] = xstrdup(s);
}

void dg_tsv_each(const char *text, void (*fn)(char **fields, size_t n, void *ud),
                 void *ud)
{
  const char *p = text;
  char *line = NULL;
  size_t cap = 0;
  while (p && *p) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    char *fields[16];
    size_t n = 0;
    char *q;
    xgrow(&line, &cap, len + 1, 1);
    memcpy(line, p, len);
    line[len] = '\0';
    p = nl ? nl + 1 : NULL;
    if (len == 0 || line[0] == '#')
      continue;
    q = line;
    fields[n++] = q;
    while ((q = strchr(q, '\t')) != NULL && n < 16) {
      *q++ = '\0';
      fields[n++] = q;
    }
    fn(fields, n, ud);
  }
  free(line);
}

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

static void load_ambiguous_row(char **f, size_t n, void *ud)
{
  dg_gazetteer *gz = ud;
  if (n >= 2 && *f[0])
    dg_strmap_put(gz->ambiguous, f[0], strlen(f[0]), country_index(gz, f[1]));
}

dg_gazetteer *dg_gazetteer_new(void)
{
  dg_gazetteer *gz = xcalloc(1, sizeof *gz);
  const char *t;
  gz->by_code = dg_strmap_new();
  gz->ambiguous = dg_strmap_new();
  gz->country_match = dg_matcher_new();
  /* Blocking phrases go in first: dg_matcher_add keeps the first value, so
   * a phrase listed as "not a country" can never be re-added as one. */
  if ((t = dg_embedded_gazetteer("not-countries.tsv")) != NULL)
    dg_tsv_each(t, load_block_row, gz);
  if ((t = dg_embedded_gazetteer("countries.tsv")) != NULL)
    dg_tsv_each(t, load_country_row, gz);
  if ((t = dg_embedded_gazetteer("country-ambiguous.tsv")) != NULL)
    dg_tsv_each(t, load_ambiguous_row, gz);
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
  dg_strmap_free(gz->by_code);
  dg_strmap_free(gz->ambiguous);
  dg_matcher_free(gz->country_match);
  free(gz);
}

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

int dg_gazetteer_country_ambiguous(const dg_gazetteer *gz, const char *form)
{
  return dg_strmap_get(gz->ambiguous, form, strlen(form), NULL);
}
