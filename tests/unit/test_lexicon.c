/* test_lexicon.c - ontology/gazetteer/lexicon.tsv as the recognisers read
 * it: every row lands in a set the code knows, each set within the limit
 * of the structure that indexes it, every value decodes, and the words
 * the recognisers ask about are found (particles, heads, genre words). */
#include "config.h"

#include <string.h>

#include "../tap.h"
#include "base/embedded.h"
#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/role_words.h"
#include "extract/names.h"
#include "extract/orgs.h"

static void count_row(char **f, size_t n, void *ud)
{
  (void)f;
  if (n >= 2)
    (*(size_t *)ud)++;
}

/* The index of `w` in set s, or -1. */
static long find(dg_lex_set s, const char *w)
{
  const dg_lex *lx = dg_lexicon(s);
  size_t k;
  for (k = 0; k < lx->n; k++)
    if (strcmp(lx->words[k], w) == 0)
      return (long)k;
  return -1;
}

/* 1 if every word of set s starts with a lower-case ASCII letter (the
 * indexes by initial assume it). */
static int lower_initials(dg_lex_set s)
{
  const dg_lex *lx = dg_lexicon(s);
  size_t k;
  for (k = 0; k < lx->n; k++)
    if (lx->words[k][0] < 'a' || lx->words[k][0] > 'z')
      return 0;
  return 1;
}

int main(void)
{
  size_t rows = 0, in_sets = 0, k, s, per[27];
  const dg_lex *heads = dg_lexicon(DG_LEX_ORG_HEAD);
  long i;

  ok(dg_embedded_rows("lexicon.tsv", count_row, &rows), "lexicon.tsv is compiled in");
  for (s = 0; s < DG_LEX__COUNT; s++) {
    const dg_lex *lx = dg_lexicon((dg_lex_set)s);
    ok(lx->n > 0, "set %s has words", dg_lex_set_name((dg_lex_set)s));
    for (k = 0; k < lx->n; k++)
      if (lx->lens[k] != strlen(lx->words[k]) || lx->lens[k] == 0)
        break;
    ok(k == lx->n, "set %s: every word has its length", dg_lex_set_name((dg_lex_set)s));
    in_sets += lx->n;
  }
  is_int(in_sets, rows, "every row of lexicon.tsv names a set the mapper reads");
  ok(dg_lexicon(DG_LEX_CHROME)->n <= 64, "chrome: at most 64 words");
  ok(dg_lexicon(DG_LEX_POST)->n <= 64, "post: at most 64 words (a profile's word set)");
  ok(dg_lexicon(DG_LEX_BIO_VERB)->n > 0, "bio-verb: the verbs that open a biography");
  ok(dg_lex_bio_verb_at("Ada Lind est chercheuse", 23, 8) == 3 &&
         dg_lex_bio_verb_at("Ada Lind estime que", 19, 8) == 0,
     "a bio verb is a whole word after a space");
  {
    int part = -1;
    const char *t = "The forum was co-sponsored by the Marlow Institute";
    ok(dg_lex_host_by_at(t, strlen(t), 14, &part) == 16 && part == DG_P_HOST,
       "host-by: \"co-sponsored by\" names hosts, its space included");
    t = "Organised by Baltic Watch";
    ok(dg_lex_host_by_at(t, strlen(t), 0, &part) == 13 && part == DG_P_ORGANIZER,
       "host-by: \"organised by\" names organizers, whatever the case");
    t = "the ghosted by line";
    ok(dg_lex_host_by_at(t, strlen(t), 5, &part) == 0, "host-by: a cue starts a word");
    t = "hosted by";
    ok(dg_lex_host_by_at(t, strlen(t), 0, &part) == 0, "host-by: a cue with no name after it");
    ok(dg_lexicon(DG_LEX_HOST_BY)->n <= 256, "host-by: at most 256 phrases (indexed by first byte)");
    t = "The Marlow Institute is pleased to invite you";
    ok(dg_lex_host_verb_at(t, strlen(t), 21, &part) == 14 && part == DG_P_HOST,
       "host-verb: \"is pleased to\" after the hosts, its space included");
    t = "Baltic Watch organised a forum";
    ok(dg_lex_host_verb_at(t, strlen(t), 13, &part) == 10 && part == DG_P_ORGANIZER,
       "host-verb: \"organised\" after the organizers");
    t = "Harbor Institute Presents a forum";
    ok(dg_lex_host_verb_at(t, strlen(t), 17, &part) == 0,
       "host-verb: compared as written (a capitalised word of a heading is no verb)");
    t = "the hostess";
    ok(dg_lex_host_verb_at(t, strlen(t), 4, &part) == 0, "host-verb: a whole word");
    ok(dg_lexicon(DG_LEX_HOST_VERB)->n <= 256, "host-verb: at most 256 phrases (indexed by first byte)");
  }
  {
    long a = dg_lex_find(DG_LEX_COLUMN, "Affiliation", 11), t = dg_lex_find(DG_LEX_COLUMN, "TESTIMONY", 9);
    ok(a >= 0 && !(dg_lexicon(DG_LEX_COLUMN)->flags[a] & DG_LEX_OTHER),
       "column: Affiliation describes the person");
    ok(t >= 0 && (dg_lexicon(DG_LEX_COLUMN)->flags[t] & DG_LEX_OTHER),
       "column: a Testimony column is about something else, whatever the case");
    ok(dg_lex_find(DG_LEX_COLUMN, "Nam", 3) < 0, "column: whole words only");
    ok(dg_lexicon(DG_LEX_DEADLINE)->n <= 64, "deadline: at most 64 words (a word set)");
    ok(dg_lex_has_word(DG_LEX_DEADLINE, "Registration deadline: ", 23) &&
           !dg_lex_has_word(DG_LEX_DEADLINE, "Date and time: ", 15),
       "deadline: a deadline's label, not a date's");
  }

  /* roles.tsv: every row a role the mapper knows, and sorted for the
   * search by first letter whatever the file's order */
  rows = 0;
  ok(dg_embedded_rows("roles.tsv", count_row, &rows), "roles.tsv is compiled in");
  is_int(dg_role_words_count(), rows, "every row of roles.tsv names a role the mapper knows");
  {
    dg_prop p;
    unsigned fl;
    is_int(dg_role_word("Ponentes", 8, &p, &fl), 8, "a Spanish role heading is read");
    ok(p == DG_P_SPEAKER && (fl & DG_ROLE_PLURAL), "\"Ponentes\": speakers, every name after it");
    is_int(dg_role_word("Moderated by Ada Lind", 21, &p, &fl), 12, "the longest word wins");
    ok(p == DG_P_MODERATOR && (fl & DG_ROLE_BY), "\"moderated by\" needs no colon");
  }

  /* the limits of the word sets (64 words), of the bit masks by initial
   * (64 for listing labels, 32 for the others) and of the organization
   * scanner's head cache */
  ok(dg_lexicon(DG_LEX_GENRE)->n <= 64, "genre: at most 64 words");
  ok(dg_lexicon(DG_LEX_EVENT_GENRE)->n <= 64, "event-genre: at most 64 words");
  ok(dg_lexicon(DG_LEX_LABEL)->n <= 64, "label: at most 64 words");
  ok(dg_lexicon(DG_LEX_EVENT_CRUMB)->n <= 64, "event-crumb: at most 64 words");
  ok(dg_lexicon(DG_LEX_JOURNAL_VENUE)->n <= 64, "journal-venue: at most 64 words");
  ok(dg_lexicon(DG_LEX_PARTICLE)->n <= 32, "particle: at most 32 words");
  ok(dg_lexicon(DG_LEX_LISTING_LABEL)->n <= 64, "listing-label: at most 64 words");
  ok(dg_lexicon(DG_LEX_RELATED)->n <= 64 && dg_lexicon(DG_LEX_RELATED_LEAD)->n <= 64,
     "related, related-lead: at most 64 words");
  ok(dg_lexicon(DG_LEX_LABEL_MODIFIER)->n <= 32, "label-modifier: at most 32 words");
  ok(dg_lexicon(DG_LEX_NON_PUB_LABEL)->n <= 32, "non-pub-label: at most 32 words");
  ok(lower_initials(DG_LEX_LISTING_LABEL) && lower_initials(DG_LEX_LABEL_MODIFIER) &&
         lower_initials(DG_LEX_NON_PUB_LABEL) && lower_initials(DG_LEX_RELATED),
     "listing labels, modifiers, non-publication labels and related headings start with a "
     "lower-case letter");
  ok(heads->n <= 125, "org-head: at most 125 words");
  memset(per, 0, sizeof per);
  for (k = 0; k < heads->n; k++) {
    unsigned char c = (unsigned char)heads->words[k][0];
    per[c >= 'A' && c <= 'Z' ? c - 'A' : 26]++;
  }
  for (k = 0; k < 27 && per[k] <= 24; k++)
    ;
  ok(k == 27, "org-head: at most 24 words of each initial");

  /* the values decode */
  for (s = 0; s < DG_LEX__COUNT; s++) {
    const dg_lex *lx = dg_lexicon((dg_lex_set)s);
    if (s != DG_LEX_GENRE && s != DG_LEX_EVENT_GENRE && s != DG_LEX_LISTING_LABEL &&
        s != DG_LEX_EVENT_HEAD)
      continue;
    for (k = 0; k < lx->n && lx->values[k] != DG_CLASS_NONE; k++)
      ;
    ok(k == lx->n, "set %s: every word names a class", dg_lex_set_name((dg_lex_set)s));
  }
  i = find(DG_LEX_GENRE, "journal article");
  ok(i >= 0 && dg_lexicon(DG_LEX_GENRE)->values[i] == DG_CLASS_JOURNAL_ARTICLE,
     "genre: \"journal article\" is a JournalArticle");
  ok(i >= 0 && i < find(DG_LEX_GENRE, "article"),
     "genre: the more specific \"journal article\" comes before \"article\"");
  i = find(DG_LEX_ORG_HEAD, "Institute");
  ok(i >= 0 && heads->values[i] == DG_ORG_THINKTANK && heads->flags[i] == 0,
     "org-head: Institute, a think tank's head that ends a name");
  i = find(DG_LEX_ORG_HEAD, "Stiftung");
  ok(i >= 0 && heads->values[i] == DG_ORG_FOUNDATION && (heads->flags[i] & DG_LEX_FIRST),
     "org-head: Stiftung opens a name");
  i = find(DG_LEX_ORG_HEAD, "Inc");
  ok(i >= 0 && (heads->flags[i] & DG_LEX_LAST), "org-head: Inc only ends a name");
  i = find(DG_LEX_EVENT_HEAD, "Summit");
  ok(i >= 0 && dg_lexicon(DG_LEX_EVENT_HEAD)->values[i] == DG_CLASS_SUMMIT,
     "event-head: Summit");

  /* as the recognisers ask */
  ok(dg_name_particle("von", 3) && dg_name_particle("binti", 5) && !dg_name_particle("vo", 2) &&
         !dg_name_particle("Von", 3),
     "name particles, as written");
  ok(dg_name_surname_particle("von", 3) && !dg_name_surname_particle("du", 2),
     "\"von\" opens a surname, \"du\" may be an article");
  ok(dg_org_head_word("Institute", 9) && dg_org_head_word("institute", 9) &&
         dg_org_head_word("Universit\xC3\xA9", 11) && !dg_org_head_word("Instituted", 10),
     "organization heads, ignoring ASCII case");
  ok(dg_lex_has_word(DG_LEX_IMPRINT, "Harbor University Press", 23) &&
         !dg_lex_has_word(DG_LEX_IMPRINT, "Pressure Group", 14),
     "imprint words, whole");
  is_str(dg_lex_set_name(DG_LEX_ORG_HEAD), "org-head", "set names as in the file");
  return tap_done();
}
