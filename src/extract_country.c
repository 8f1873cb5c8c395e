/* extract_country.c - country mentions, with the traps of the genre.
 *
 * One pass over the tokens with the gazetteer's matcher. At each token the
 * longest phrase wins, so "South China Sea" (a blocking phrase) hides
 * "China", and "Papua New Guinea" beats "Guinea". */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "text.h"

/* A capitalised word: the shape of a given name or a surname. */
static int is_cap_word(const dg_page *pg, size_t i)
{
  const dg_token *t;
  if (i >= pg->toks->n)
    return 0;
  t = &pg->toks->tok[i];
  return t->type == DG_TOK_WORD && dg_is_upper((unsigned char)pg->text[t->start]) &&
         t->len > 1;
}

static int tok_is(const dg_page *pg, size_t i, const char *s)
{
  const dg_token *t;
  if (i >= pg->toks->n)
    return 0;
  t = &pg->toks->tok[i];
  return t->len == strlen(s) && memcmp(pg->text + t->start, s, t->len) == 0;
}

/* "Jordan", "Chad", "Georgia" count only when no name-like word is glued
 * to them: "Michael Jordan", "Chad Smith", "Atlanta, Georgia" do not. */
static int ambiguous_in_context(const dg_page *pg, size_t i, size_t n)
{
  const dg_token *t = &pg->toks->tok[i];
  int prev_cap = i > 0 && !t->nl && is_cap_word(pg, i - 1) && !pg->toks->tok[i - 1].nl;
  int next_cap = i + n < pg->toks->n && !pg->toks->tok[i + n].nl && is_cap_word(pg, i + n);
  /* "Atlanta, Georgia": a place, then a comma, then the state */
  int after_comma_place = i >= 2 && tok_is(pg, i - 1, ",") && is_cap_word(pg, i - 2);
  if (i > 0 && (tok_is(pg, i - 1, "of") || tok_is(pg, i - 1, "in") || tok_is(pg, i - 1, "and") ||
                tok_is(pg, i - 1, "with") || tok_is(pg, i - 1, "to")))
    prev_cap = 0;
  return !(prev_cap || next_cap || after_comma_place);
}

void dg_extract_countries(const dg_page *pg, dg_facts *f)
{
  const dg_matcher *m = dg_gazetteer_countries(pg->gz);
  size_t i = 0;
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
    if (v != DG_GZ_BLOCK) {
      size_t ci = DG_GZ_COUNTRY(v);
      const dg_country *c = dg_gazetteer_country(pg->gz, ci);
      dg_country_form form = DG_GZ_FORM(v);
      int ok = c != NULL;
      char form_text[128];
      dg_span span = {t0->start, end - t0->start};
      if (ok && form == DG_CF_PREFIX)
        ok = tok_is(pg, i + n, "-") || tok_is(pg, i + n, "\xE2\x80\x90") ||
             tok_is(pg, i + n, "\xE2\x80\x93");
      if (ok && span.len < sizeof form_text) {
        memcpy(form_text, pg->text + span.start, span.len);
        form_text[span.len] = '\0';
        if (dg_gazetteer_country_ambiguous(pg->gz, form_text))
          ok = ambiguous_in_context(pg, i, n);
      }
      if (ok) {
        size_t e = dg_facts_entity(f, DG_KIND_COUNTRY, c->code, *c->name ? c->name : c->code,
                                   span, "country-gazetteer");
        if (*c->name)
          dg_facts_add_literal(f, e, DG_P_NAME, c->name, DG_DT_STRING, span, "country-gazetteer");
        dg_facts_add_literal(f, e, DG_P_ISO_CODE, c->code, DG_DT_STRING, span, "country-gazetteer");
        if (*c->qid) {
          char iri[64];
          snprintf(iri, sizeof iri, "http://www.wikidata.org/entity/%s", c->qid);
          dg_facts_add_literal(f, e, DG_P_SAME_AS, iri, DG_DT_IRI, span, "country-gazetteer");
        }
        dg_facts_add_ref(f, pg->doc, DG_P_MENTIONS_COUNTRY, e, span, "country-mention");
      }
    }
    i += n;
  }
}
