/* people.c - person mentions of one page joined into persons.
 *
 * Mentions are bucketed by the text key of their surname, so that joining
 * compares a mention only with the persons who share its surname: linear
 * in the number of mentions, whatever the page (a list of 10,000 names on
 * one line included). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/people.h"

/* How many persons of one surname a mention is compared with. */
#define MAX_BUCKET_SCAN 64

typedef struct pm {
  dg_name name;      /* owned */
  dg_span span;
  unsigned src;
  const char *rule;
  long figure;       /* gazetteer index of a public figure, or -1 */
  int as_written;    /* the display is a form written on the page, not
                        only the gazetteer's name for the figure */
  size_t cluster;    /* the person, after resolve; (size_t)-1 when dropped */
} pm;

typedef struct person {
  size_t best;       /* the mention whose display is the canonical name */
  size_t first;      /* the earliest mention */
  unsigned src;
  int related;       /* the object of an author/role/host fact */
  size_t entity;
  size_t next;       /* next person with the same surname key */
} person;

typedef struct rel {
  size_t subject;    /* entity (or org entity for an affiliation) */
  dg_prop prop;
  size_t mention;
  dg_span span;
  const char *rule;
  int affiliation;
} rel;

struct dg_people {
  const dg_gazetteer *gz;
  pm *m;
  size_t nm, capm;
  person *p;
  size_t np, capp;
  rel *r;
  size_t nr, capr;
  dg_strmap *buckets;    /* surname key -> first person */
  dg_strmap *surnames;   /* surname and given-name keys of full names */
  dg_span *spans;        /* kept mention spans, sorted */
  size_t nspans;
  int resolved;
};

dg_people *dg_people_new(const dg_gazetteer *gz)
{
  dg_people *p = xcalloc(1, sizeof *p);
  p->gz = gz;
  p->buckets = dg_strmap_new();
  p->surnames = dg_strmap_new();
  return p;
}

void dg_people_free(dg_people *p)
{
  size_t i;
  if (!p)
    return;
  for (i = 0; i < p->nm; i++)
    dg_name_release(&p->m[i].name);
  free(p->m);
  free(p->p);
  free(p->r);
  free(p->spans);
  dg_strmap_free(p->buckets);
  dg_strmap_free(p->surnames);
  free(p);
}

static char *key_of(const char *s) { return dg_text_key(s, strlen(s)); }

static size_t new_mention(dg_people *p, dg_span span, unsigned src, const char *rule)
{
  pm *x;
  xgrow(&p->m, &p->capm, p->nm + 1, sizeof *p->m);
  x = &p->m[p->nm];
  memset(x, 0, sizeof *x);
  dg_name_init(&x->name);
  x->span = span;
  x->src = src;
  x->rule = rule;
  x->figure = -1;
  x->as_written = 1;
  x->cluster = (size_t)-1;
  return p->nm++;
}

static void copy_name(dg_name *dst, const dg_name *src)
{
  dg_name_init(dst);
  dst->display = xstrdup(src->display ? src->display : "");
  dst->written = xstrdup(src->written ? src->written : dst->display);
  dst->given = xstrdup(src->given ? src->given : "");
  dst->surname = xstrdup(src->surname ? src->surname : "");
  dst->words = src->words;
  dst->known_given = src->known_given;
  dst->honorific = src->honorific;
  dst->family_first = src->family_first;
  dst->start = src->start;
  dst->len = src->len;
}

static void remember_surname(dg_people *p, const dg_name *n)
{
  char *k;
  if (n->words < 2)
    return;
  k = key_of(n->surname);
  if (*k)
    dg_strmap_put(p->surnames, k, strlen(k), 1);
  free(k);
}

size_t dg_people_add(dg_people *p, const dg_name *n, dg_span span, unsigned src,
                     const char *rule)
{
  size_t id = new_mention(p, span, src, rule);
  copy_name(&p->m[id].name, n);
  remember_surname(p, n);
  return id;
}

size_t dg_people_add_figure(dg_people *p, size_t figure, const char *written, dg_span span,
                            unsigned src, const char *rule)
{
  const dg_figure *fg = dg_gazetteer_figure(p->gz, figure);
  size_t id = new_mention(p, span, DG_PS_FIGURE | src, rule);
  dg_name n;
  dg_name_init(&n);
  if (fg && dg_name_parse(p->gz, fg->name, strlen(fg->name), DG_NAME_SHAPE, &n)) {
    copy_name(&p->m[id].name, &n);
  } else {
    /* a figure's name of an unusual shape: keep it whole */
    p->m[id].name.display = xstrdup(fg ? fg->name : written);
    p->m[id].name.given = xstrdup("");
    p->m[id].name.surname = xstrdup(fg ? fg->name : written);
    p->m[id].name.words = 2;
  }
  free(p->m[id].name.written);
  p->m[id].name.written = xstrdup(written);
  p->m[id].figure = (long)figure;
  p->m[id].as_written = strstr(written, p->m[id].name.display) != NULL;
  dg_name_release(&n);
  return id;
}

void dg_people_link_figure(dg_people *p, size_t mention, size_t figure)
{
  if (mention < p->nm) {
    p->m[mention].figure = (long)figure;
    p->m[mention].src |= DG_PS_FIGURE;
  }
}

void dg_people_mark(dg_people *p, size_t mention, unsigned src)
{
  if (mention < p->nm)
    p->m[mention].src |= src;
}

static void add_rel(dg_people *p, size_t subject, dg_prop prop, size_t mention, dg_span span,
                    const char *rule, int affiliation)
{
  rel *r;
  if (mention >= p->nm)
    return;
  xgrow(&p->r, &p->capr, p->nr + 1, sizeof *p->r);
  r = &p->r[p->nr++];
  r->subject = subject;
  r->prop = prop;
  r->mention = mention;
  r->span = span;
  r->rule = rule;
  r->affiliation = affiliation;
}

void dg_people_relate(dg_people *p, size_t subject, dg_prop prop, size_t mention, dg_span span,
                      const char *rule)
{
  add_rel(p, subject, prop, mention, span, rule, 0);
}

void dg_people_affiliate(dg_people *p, size_t mention, size_t org, dg_span span,
                         const char *rule)
{
  add_rel(p, org, DG_P_AFFILIATION, mention, span, rule, 1);
}

size_t dg_people_n_mentions(const dg_people *p) { return p->nm; }

const char *dg_people_display(const dg_people *p, size_t i)
{
  return i < p->nm ? p->m[i].name.display : "";
}

int dg_people_is_full(const dg_people *p, size_t i) { return i < p->nm && p->m[i].name.words >= 2; }

dg_span dg_people_span(const dg_people *p, size_t i)
{
  return i < p->nm ? p->m[i].span : dg_span_at(0, 0);
}

int dg_people_known_surname(const dg_people *p, const char *s, size_t len)
{
  char buf[64], *k;
  size_t i;
  int found, ascii = len > 0 && len < sizeof buf;
  /* the common case, an ASCII word, without the Unicode normalisation of
   * dg_text_key(): this runs for every capitalised word of a page */
  for (i = 0; ascii && i < len; i++) {
    if (!dg_is_alnum((unsigned char)s[i]))
      ascii = 0;
    else
      buf[i] = (char)dg_to_lower((unsigned char)s[i]);
  }
  if (ascii)
    return dg_strmap_get(p->surnames, buf, len, NULL);
  k = dg_text_key(s, len);
  found = *k && dg_strmap_get(p->surnames, k, strlen(k), NULL);
  free(k);
  return found;
}

static int cmp_span(const void *x, const void *y)
{
  const dg_span *a = x, *b = y;
  return a->start < b->start ? -1 : a->start > b->start;
}

int dg_people_covers(const dg_people *p, size_t start, size_t len)
{
  size_t lo = 0, hi = p->nspans;
  /* the first span starting at or after start + len; the one before it is
   * the candidate (spans of one page rarely overlap; check two) */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (p->spans[mid].start < start + len)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo > 0 && p->spans[lo - 1].start + p->spans[lo - 1].len > start)
    return 1;
  if (lo > 1 && p->spans[lo - 2].start + p->spans[lo - 2].len > start)
    return 1;
  return 0;
}

/* ---------------------------------------------------------------- identity */

static size_t new_person(dg_people *p, size_t mention)
{
  person *x;
  xgrow(&p->p, &p->capp, p->np + 1, sizeof *p->p);
  x = &p->p[p->np];
  memset(x, 0, sizeof *x);
  x->best = mention;
  x->first = mention;
  x->entity = (size_t)-1;
  x->next = (size_t)-1;
  return p->np++;
}

/* 1 if mention a's name is a fuller form than mention b's. */
static int fuller(const dg_people *p, size_t a, size_t b)
{
  const dg_name *x = &p->m[a].name, *y = &p->m[b].name;
  /* a public figure's full name beats the forms that name them by title */
  if (p->m[a].figure >= 0 && p->m[b].figure < 0 && y->words < 2)
    return 1;
  if (x->words != y->words)
    return x->words > y->words;
  /* the page's own form of a name beats the gazetteer's order of it */
  if (p->m[a].as_written != p->m[b].as_written)
    return p->m[a].as_written;
  return strlen(x->display) > strlen(y->display);
}

static void join(dg_people *p, size_t mention, size_t person_i)
{
  person *x = &p->p[person_i];
  p->m[mention].cluster = person_i;
  x->src |= p->m[mention].src;
  if (p->m[mention].span.start < p->m[x->first].span.start)
    x->first = mention;
  if (fuller(p, mention, x->best))
    x->best = mention;
}

/* The persons sharing a surname key: a chain through person.next. */
static size_t bucket_first(const dg_people *p, const char *key)
{
  size_t v;
  return dg_strmap_get(p->buckets, key, strlen(key), &v) ? v : (size_t)-1;
}

static void bucket_add(dg_people *p, const char *key, size_t person_i)
{
  size_t head = bucket_first(p, key);
  p->p[person_i].next = head;
  dg_strmap_put(p->buckets, key, strlen(key), person_i);
}

/* A sort key: qsort has no context argument, so the key travels with the
 * index. */
typedef struct okey {
  size_t a, b, idx;
} okey;

/* Largest a first, then largest b, then smallest index. */
static int cmp_okey_desc(const void *x, const void *y)
{
  const okey *k = x, *l = y;
  if (k->a != l->a)
    return k->a > l->a ? -1 : 1;
  if (k->b != l->b)
    return k->b > l->b ? -1 : 1;
  return k->idx < l->idx ? -1 : k->idx > l->idx;
}

static int cmp_okey_asc(const void *x, const void *y)
{
  const okey *k = x, *l = y;
  if (k->a != l->a)
    return k->a < l->a ? -1 : 1;
  return k->idx < l->idx ? -1 : k->idx > l->idx;
}

/* Full names are joined fullest first, so that a short form joins the
 * person its longest form names. */
static void cluster_full(dg_people *p)
{
  okey *order = xcalloc(p->nm ? p->nm : 1, sizeof *order);
  size_t n = 0, i;
  for (i = 0; i < p->nm; i++)
    if (p->m[i].name.words >= 2) {
      order[n].a = p->m[i].name.words;
      order[n].b = strlen(p->m[i].name.display);
      order[n].idx = i;
      n++;
    }
  dg_qsort(order, n, sizeof *order, cmp_okey_desc);
  for (i = 0; i < n; i++) {
    size_t mi = order[i].idx, c, scanned = 0, found = (size_t)-1;
    char *key = key_of(p->m[mi].name.surname);
    for (c = bucket_first(p, key); c != (size_t)-1 && scanned < MAX_BUCKET_SCAN;
         c = p->p[c].next, scanned++) {
      if (dg_name_same_person(p->gz, &p->m[p->p[c].best].name, &p->m[mi].name)) {
        found = c;
        break;
      }
    }
    if (found == (size_t)-1) {
      found = new_person(p, mi);
      bucket_add(p, key, found);
    }
    join(p, mi, found);
    free(key);
  }
  free(order);
}

/* A surname alone joins the one person of that surname; with two (Erik
 * Berg and Nora Berg) it is dropped. */
static void cluster_surnames(dg_people *p)
{
  size_t i;
  for (i = 0; i < p->nm; i++) {
    size_t c, hit = (size_t)-1, count = 0, scanned = 0;
    char *key;
    if (p->m[i].name.words >= 2)
      continue;
    key = key_of(p->m[i].name.surname);
    for (c = bucket_first(p, key); c != (size_t)-1 && scanned < MAX_BUCKET_SCAN;
         c = p->p[c].next, scanned++) {
      if (dg_name_same_person(p->gz, &p->m[p->p[c].best].name, &p->m[i].name)) {
        hit = c;
        count++;
      }
    }
    if (count == 1)
      join(p, i, hit);
    free(key);
  }
}

static void add_form(dg_facts *f, size_t e, const char *form, const char *name, dg_span span)
{
  if (form && *form && strcmp(form, name) != 0)
    dg_facts_add_literal(f, e, DG_P_ALTERNATE_NAME, form, DG_DT_STRING, span, "person-form");
}

static int structural(unsigned src)
{
  return (src & (DG_PS_BYLINE | DG_PS_ROLE | DG_PS_LISTING | DG_PS_CREDIT | DG_PS_BIO |
                 DG_PS_CITATION | DG_PS_CARD)) != 0;
}

void dg_people_resolve(dg_people *p, const dg_page *pg, dg_facts *f)
{
  size_t i;
  if (p->resolved)
    return;
  p->resolved = 1;
  cluster_full(p);
  cluster_surnames(p);
  /* the persons, in the order they are first met */
  {
    okey *order = xcalloc(p->np ? p->np : 1, sizeof *order);
    size_t k;
    for (i = 0; i < p->np; i++) {
      order[i].a = p->m[p->p[i].first].span.start;
      order[i].idx = i;
    }
    dg_qsort(order, p->np, sizeof *order, cmp_okey_asc);
    for (k = 0; k < p->np; k++) {
      person *x = &p->p[order[k].idx];
      const pm *best = &p->m[x->best];
      const char *name = best->name.display;
      x->entity = dg_facts_entity(f, DG_KIND_PERSON, name, name, p->m[x->first].span,
                                  p->m[x->first].rule);
      dg_facts_add_literal(f, x->entity, DG_P_NAME, name, DG_DT_STRING, best->span, best->rule);
    }
    free(order);
  }
  for (i = 0; i < p->nm; i++) {
    const pm *m = &p->m[i];
    const char *name;
    if (m->cluster == (size_t)-1)
      continue;
    name = p->m[p->p[m->cluster].best].name.display;
    add_form(f, p->p[m->cluster].entity, m->name.written, name, m->span);
    add_form(f, p->p[m->cluster].entity, m->name.display, name, m->span);
  }
  for (i = 0; i < p->nr; i++) {
    const rel *r = &p->r[i];
    size_t c = p->m[r->mention].cluster;
    if (c == (size_t)-1)
      continue;
    if (r->affiliation) {
      dg_facts_add_ref(f, p->p[c].entity, DG_P_AFFILIATION, r->subject, r->span, r->rule);
    } else {
      dg_facts_add_ref(f, r->subject, r->prop, p->p[c].entity, r->span, r->rule);
      p->p[c].related = 1;
    }
  }
  for (i = 0; i < p->np; i++) {
    const person *x = &p->p[i];
    /* discussed, not only named: a name card, a heading or a caption
     * alone does not make a mention */
    if (!x->related && !structural(x->src) && (x->src & DG_PS_PROSE))
      dg_facts_add_ref(f, pg->doc, DG_P_MENTIONS_PERSON, x->entity, p->m[x->first].span,
                       "person-in-prose");
  }
  /* the spans of kept mentions, for dg_people_covers() */
  p->spans = xcalloc(p->nm ? p->nm : 1, sizeof *p->spans);
  for (i = 0; i < p->nm; i++)
    if (p->m[i].cluster != (size_t)-1)
      p->spans[p->nspans++] = p->m[i].span;
  dg_qsort(p->spans, p->nspans, sizeof *p->spans, cmp_span);
}
