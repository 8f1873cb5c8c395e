/* extract_country.c - country mentions, with the traps of the genre.
 *
 * One pass over the tokens with the gazetteer's matcher. At each token the
 * longest phrase wins, so "South China Sea" (a blocking phrase) hides
 * "China", and "Papua New Guinea" beats "Guinea". A country word inside a
 * person's name ("Hideo Oman") or inside an organization's proper name
 * ("Coastal University of Malta") is not a mention of the country;
 * inside a government's name ("Norway Ministry of Fisheries") it is. Forms
 * that are also ordinary words or names are checked against the contexts
 * country-ambiguous.tsv gives for them. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/text.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"

/* A capitalised word of two letters or more: the shape of a given name
 * or a surname. */
static int name_shaped(const dg_tokcur *c, size_t i)
{
  return dg_tokcur_cap(c, i) && c->t[i].len > 1;
}

static int is_country_at(const dg_page *pg, size_t i)
{
  long v = 0;
  return dg_matcher_longest(dg_gazetteer_countries(pg->gz), pg->text, pg->toks, i, &v) > 0 &&
         v != DG_GZ_BLOCK;
}

/* 1 if the form at tokens [i, i+n) is used, in its context, as something
 * other than the country (contexts from country-ambiguous.tsv). */
static int not_the_country(const dg_page *pg, size_t i, size_t n, unsigned ctx)
{
  const dg_token *t = &pg->toks->tok[i];
  size_t li = dg_page_line_at(pg, t->start);
  const dg_line *l = &pg->lines[li];
  int same_line_prev = i > 0 && !t->nl;
  int same_line_next = i + n < pg->toks->n && !pg->toks->tok[i + n].nl;
  dg_tokcur c = dg_page_cursor(pg);
  if (ctx & DG_CTX_PREFIX)
    return 0; /* prefix forms are checked by their hyphen */
  if (ctx & (DG_CTX_PERSON | DG_CTX_SURNAME)) {
    /* "Michael Jordan", "David French": right after a given name */
    if (same_line_prev && name_shaped(&c, i - 1)) {
      const dg_token *p = &pg->toks->tok[i - 1];
      if (dg_gazetteer_given_name(pg->gz, pg->text + p->start, p->len))
        return 1;
    }
  }
  if (ctx & DG_CTX_PERSON) {
    /* "Chad K. Smith": a given name before a middle initial and a
     * surname, whatever the line */
    if (same_line_next && i + n + 2 < pg->toks->n && dg_tokcur_is(&c, i + n + 1, ".") &&
        pg->toks->tok[i + n].len == 1 && dg_is_upper((unsigned char)pg->text[pg->toks->tok[i + n].start]) &&
        name_shaped(&c, i + n + 2))
      return 1;
    /* "Chad Smith spoke": a given name before a surname, in a line that is
     * not a title-case heading */
    if (same_line_next && name_shaped(&c, i + n) && !(l->flags & DG_LF_TITLECASE) &&
        !is_country_at(pg, i + n)) {
      const dg_token *x = &pg->toks->tok[i + n];
      if (!dg_name_stopword(pg->text + x->start, x->len) &&
          !dg_org_head_word(pg->text + x->start, x->len))
        return 1;
    }
  }
  if (ctx & DG_CTX_PLACE) {
    /* "Savannah, Georgia": a place, a comma, the state; not a list of
     * countries ("Armenia, Georgia and Azerbaijan") */
    if (same_line_prev && i >= 2 && dg_tokcur_is(&c, i - 1, ",") && name_shaped(&c, i - 2) &&
        !is_country_at(pg, i - 2))
      return 1;
  }
  if (ctx & DG_CTX_HEADING) {
    /* "CONTACT US", but "ANKARA, TURKEY" is an address */
    if ((l->flags & DG_LF_ALLCAPS) && !(i > 0 && dg_tokcur_is(&c, i - 1, ",")))
      return 1;
  }
  return 0;
}

void dg_extract_countries(const dg_page *pg, dg_facts *f)
{
  const dg_matcher *m = dg_gazetteer_countries(pg->gz);
  size_t i = 0;
  /* countries whose literals are already added: they depend on the
   * country alone, and adding them again would change nothing */
  unsigned char said[1024];
  memset(said, 0, sizeof said);
  while (i < pg->toks->n) {
    long v = 0;
    size_t n = dg_matcher_longest(m, pg->text, pg->toks, i, &v);
    const dg_token *t0;
    size_t end;
    if (n == 0) {
      i++;
      continue;
    }
    t0 = &pg->toks->tok[i];
    end = pg->toks->tok[i + n - 1].start + pg->toks->tok[i + n - 1].len;
    /* a match is a whole word: not "Japan" in "Japanology" */
    if (i + n < pg->toks->n && !pg->toks->tok[i + n].space &&
        pg->toks->tok[i + n].type == DG_TOK_WORD) {
      i++;
      continue;
    }
    if (v != DG_GZ_BLOCK) {
      size_t ci = DG_GZ_COUNTRY(v);
      const dg_country *c = dg_gazetteer_country(pg->gz, ci);
      dg_country_form form = DG_GZ_FORM(v);
      int ok = c != NULL;
      dg_span span = {t0->start, end - t0->start};
      unsigned ctx;
      if (ok && form == DG_CF_PREFIX) {
        dg_tokcur all = dg_page_cursor(pg);
        ok = dg_tokcur_is(&all, i + n, "-") || dg_tokcur_is(&all, i + n, "\xE2\x80\x90") ||
             dg_tokcur_is(&all, i + n, "\xE2\x80\x93");
      }
      /* inside a person's name, or an organization's name (a government's
       * too: "Ruritanian Ministry of Defence" alone does not name the country) */
      if (ok && pg->people && dg_people_covers(pg->people, span.start, span.len))
        ok = 0;
      if (ok && pg->orgs && dg_orgs_covering(pg->orgs, span.start) != DG_NO_ORG)
        ok = 0;
      if (ok && (ctx = dg_gazetteer_country_context(pg->gz, pg->text + span.start, span.len)))
        ok = !not_the_country(pg, i, n, ctx);
      if (ok) {
        size_t e = dg_facts_entity(f, DG_KIND_COUNTRY, c->code, *c->name ? c->name : c->code,
                                   span, "country-gazetteer");
        if (ci >= sizeof said || !said[ci]) {
          if (ci < sizeof said)
            said[ci] = 1;
          if (*c->name)
            dg_facts_add_literal(f, e, DG_P_NAME, c->name, DG_DT_STRING, span,
                                 "country-gazetteer");
          dg_facts_add_literal(f, e, DG_P_ISO_CODE, c->code, DG_DT_STRING, span,
                               "country-gazetteer");
          if (*c->qid) {
            char iri[64];
            snprintf(iri, sizeof iri, "http://www.wikidata.org/entity/%s", c->qid);
            dg_facts_add_literal(f, e, DG_P_SAME_AS, iri, DG_DT_IRI, span, "country-gazetteer");
          }
        }
        dg_facts_add_ref(f, pg->doc, DG_P_MENTIONS_COUNTRY, e, span, "country-mention");
      }
    }
    i += n;
  }
}
