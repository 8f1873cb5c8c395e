/* test_wordset.c - the one-pass word lookups the page model and the
 * classifier use (dg_wordset_*, dg_find_ci, dg_has_word, the line words of
 * dg_page_init) agree with a plain word-by-word scan; the shortcuts of the
 * name parser (dg_name_affil_parse, titles read from the first word on)
 * and of the matcher (dg_matcher_longest_ro) give what the long way gives;
 * and mappers that share one gazetteer map like a mapper with its own. */
#include "config.h"

#include <stdint.h>

#include "../tap.h"
#include "mapper_test.h"
#include "base/text.h"
#include "extract/match.h"
#include "extract/names.h"
#include "extract/page.h"
#include "extract/tokens.h"

static const char *const words[] = {
  "rsvp", "register", "registration", "join us", "please join us", "event", "events",
  "call for papers", "pdf", "doi", "op-ed", "share:", "a", "all rights reserved", "by",
};
#define N_WORDS (sizeof words / sizeof *words)

/* The definition, position by position: `w` at i, ignoring ASCII case,
 * with no letter or digit before it (when `boundary`). */
static int at_naive(const char *s, size_t len, size_t i, const char *w, int boundary)
{
  size_t k, wl = strlen(w);
  if (i + wl > len)
    return 0;
  if (boundary && i > 0 && dg_is_alnum((unsigned char)s[i - 1]))
    return 0;
  for (k = 0; k < wl; k++)
    if (dg_to_lower((unsigned char)s[i + k]) != dg_to_lower((unsigned char)w[k]))
      return 0;
  return 1;
}

static int whole_naive(const char *s, size_t len, size_t i, const char *w)
{
  size_t wl = strlen(w);
  return at_naive(s, len, i, w, 1) && (i + wl == len || !dg_is_alnum((unsigned char)s[i + wl]));
}

static int has_naive(const char *s, size_t len, const char *w)
{
  size_t i;
  for (i = 0; i < len; i++)
    if (whole_naive(s, len, i, w))
      return 1;
  return 0;
}

/* A random text made of the words above, their pieces, and the bytes that
 * sit next to them (capitals, digits, punctuation, UTF-8). */
static size_t random_text(uint32_t *seed, char *out, size_t cap)
{
  static const char *const bits[] = {
    "RSVP", "Register", "registrations", "Join Us", "please", " ", "  ", "-", ":", ",", "x",
    "7", "Event", "eventS", "call for Papers", "PDF", "pdfs", "doi:", "op-ed", "Op-Ed",
    "Share:", "share", "A", "a", "\xC3\xA9", "\xE2\x80\x94", "ALL RIGHTS RESERVED", "by", "By",
    "\n", "abc", "all rights", "reserved",
  };
  size_t n = 0;
  unsigned parts;
  *seed = *seed * 1103515245u + 12345u;
  parts = (*seed >> 16) % 24;
  while (parts--) {
    const char *b;
    size_t l;
    *seed = *seed * 1103515245u + 12345u;
    b = bits[(*seed >> 16) % (sizeof bits / sizeof *bits)];
    l = strlen(b);
    if (n + l >= cap)
      break;
    memcpy(out + n, b, l);
    n += l;
  }
  out[n] = '\0';
  return n;
}

static void check_lookups(void)
{
  dg_wordset ws;
  uint32_t seed = 1;
  size_t t, k, bad_scan = 0, bad_has = 0, bad_find = 0, bad_first = 0, hits = 0;
  char text[512];
  dg_wordset_init(&ws, words, N_WORDS);
  for (t = 0; t < 6000; t++) {
    size_t len = random_text(&seed, text, sizeof text);
    uint64_t mask = dg_wordset_scan(&ws, text, len);
    int first = -1;
    size_t i;
    for (k = 0; k < N_WORDS; k++) {
      int want = has_naive(text, len, words[k]);
      hits += (size_t)want;
      if (((mask >> k) & 1) != (uint64_t)want)
        bad_scan++;
      if (dg_has_word(text, len, words[k]) != want)
        bad_has++;
      {
        /* the next match at or after each position, built backwards */
        size_t next = len;
        int b = (int)(t & 1);
        for (i = len + 1; i-- > 0;) {
          if (i < len && at_naive(text, len, i, words[k], b))
            next = i;
          if (dg_find_ci(text, len, i, words[k], b) != next)
            bad_find++;
        }
      }
    }
    for (i = 0; i < len && first < 0; i++)
      for (k = 0; k < N_WORDS && first < 0; k++)
        if (whole_naive(text, len, i, words[k]))
          first = (int)k;
    if (dg_wordset_first(&ws, text, len) != first)
      bad_first++;
  }
  ok(hits > 1000, "the random texts hold the words (%zu times)", hits);
  is_int(bad_scan, 0, "dg_wordset_scan finds exactly the whole words");
  is_int(bad_has, 0, "dg_has_word finds exactly the whole words");
  is_int(bad_find, 0, "dg_find_ci finds the first match from any position");
  is_int(bad_first, 0, "dg_wordset_first gives the earliest word, the first listed");
}

/* Every line's words bits, against has_naive() over the line's first
 * DG_CUE_SCAN bytes from its content, on pages of random lines. */
static void check_line_words(void)
{
  dg_mapper *m = dg_mapper_new();
  uint32_t seed = 7;
  size_t t, i, k, bad = 0, hits = 0, lines = 0;
  static char text[8192 + 64];
  static const char *const extra[] = {
    "Copyright ", "All rights reserved", "Share this", "share:", "Published ", "posted",
    "Released", "Publication date", "published online", "full piece", "Originally ",
    "first", "Podcast", "episode", "journal", "Volume", "DOI", "executive summary",
    "\xE2\x80\xA2 ", "- ", "  ",
  };
  for (t = 0; t < 400; t++) {
    size_t len = 0;
    dg_tokens toks;
    dg_page pg;
    while (len < 600) {
      char piece[512];
      size_t n = random_text(&seed, piece, sizeof piece);
      const char *x = extra[(seed >> 8) % (sizeof extra / sizeof *extra)];
      if (len + n + strlen(x) + 2 >= sizeof text)
        break;
      memcpy(text + len, x, strlen(x));
      len += strlen(x);
      memcpy(text + len, piece, n);
      len += n;
      text[len++] = '\n';
    }
    if (t == 0) { /* one line longer than DG_CUE_SCAN, a word across the cut */
      len = 0;
      while (len < DG_CUE_SCAN - 4)
        text[len++] = 'x', text[len++] = ' ';
      memcpy(text + len, "journal copyright\n", 18);
      len += 18;
    }
    text[len] = '\0';
    dg_tokens_init(&toks);
    dg_tokenize(text, len, &toks);
    dg_page_init(&pg, text, len, &toks, dg_mapper_gazetteer(m));
    for (i = 0; i < pg.n_lines; i++) {
      const dg_line *l = &pg.lines[i];
      size_t n = l->end - l->content;
      if (n > DG_CUE_SCAN)
        n = DG_CUE_SCAN;
      lines++;
      for (k = 0; k < DG_LW__COUNT; k++) {
        int want = has_naive(text + l->content, n, dg_line_words[k]);
        hits += (size_t)want;
        if (((l->words >> k) & 1) != (uint64_t)want)
          bad++;
      }
    }
    dg_page_release(&pg);
    dg_tokens_release(&toks);
  }
  ok(lines > 1000 && hits > 1000, "the pages hold the line words (%zu in %zu lines)", hits, lines);
  is_int(bad, 0, "dg_line.words holds exactly the line words of each line's start");
  dg_mapper_free(m);
}

/* dg_name_affil_parse() hands over what dg_name_affil_split() then
 * dg_name_parse() of the name part give. */
static void check_affil_parse(void)
{
  dg_mapper *m = dg_mapper_new();
  const dg_gazetteer *gz = dg_mapper_gazetteer(m);
  static const char *const texts[] = {
    "Dr. Tomas Brevik (Harbor Institute)", "KEIKO SAWAMURA, Professor, Marlow University",
    "Ambassador Lena Fairley \xE2\x80\x94 Ministry of Trade", "Tomas Brevik",
    "M. Taylor Quill, Ashgrove College", "CHUN Yungwoo (Former Adviser)", "not a name at all",
    "Lt Gen Anna von Berg: Chair", "Smith, Jr. (ret.), Harbor Institute", "Brevik",
    "Mao Zedong, Chairman", "Dean Acheson of the Harbor Institute", "",
  };
  size_t i;
  unsigned flags;
  int agree = 0, total = 0, accepted = 0;
  for (flags = 0; flags < 4; flags++)
    for (i = 0; i < sizeof texts / sizeof *texts; i++) {
      const char *s = texts[i];
      dg_part nm1, aff1, nm2, aff2;
      dg_name a, b;
      int r1, r2, same;
      dg_name_init(&a);
      dg_name_init(&b);
      r1 = dg_name_affil_split(gz, s, strlen(s), flags, &nm1, &aff1) &&
           dg_name_parse(gz, s + nm1.start, nm1.len, flags, &a);
      r2 = dg_name_affil_parse(gz, s, strlen(s), flags, &nm2, &aff2, &b);
      same = r1 == r2;
      if (same && r1)
        same = nm1.len == nm2.len && aff1.start == aff2.start && aff1.len == aff2.len &&
               strcmp(a.display, b.display) == 0 && strcmp(a.written, b.written) == 0 &&
               strcmp(a.given, b.given) == 0 && strcmp(a.surname, b.surname) == 0 &&
               a.words == b.words && a.known_given == b.known_given &&
               a.honorific == b.honorific && a.family_first == b.family_first &&
               a.start == b.start && a.len == b.len;
      agree += same;
      accepted += r2;
      total++;
      dg_name_release(&a);
      dg_name_release(&b);
    }
  ok(accepted > 10, "some texts hold names (%d)", accepted);
  is_int(agree, total, "dg_name_affil_parse gives the name dg_name_parse gives");
  dg_mapper_free(m);
}

/* Titles are read from the first word on and the rest of the text only
 * when a title may go on: a title of several words, or one followed by
 * a long text, reads as when the text is short. */
static void check_titles(void)
{
  dg_mapper *m = dg_mapper_new();
  const dg_gazetteer *gz = dg_mapper_gazetteer(m);
  static const char *const long_tail =
    " of the Harbor Institute for Maritime Studies and the Ashgrove Council on Trade";
  static const struct {
    const char *s;
    size_t want;
  } cases[] = {
    {"Ambassador Extraordinary and Plenipotentiary Lena Fairley", 45},
    {"Dr. Tomas Brevik", 4},
    {"Dr Tomas Brevik", 3},
    {"Tomas Brevik", 0},
    {"Drake Brevik", 0},
    {"Ambassador-at-Large Lena Fairley", 20},
  };
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    char buf[256];
    int kind;
    size_t h = dg_name_honorific(gz, cases[i].s, strlen(cases[i].s), &kind);
    is_int(h, cases[i].want, "title length in \"%s\"", cases[i].s);
    snprintf(buf, sizeof buf, "%s%s", cases[i].s, long_tail);
    is_int(dg_name_honorific(gz, buf, strlen(buf), &kind), cases[i].want,
           "the same with a long text after it");
  }
  dg_mapper_free(m);
}

/* dg_is_function_word(): the 25 words in any case, and nothing else of
 * up to six letters drawn from their letters. */
static void check_function_words(void)
{
  static const char *const fw[] = {
    "a", "an", "and", "as", "at", "by", "de", "des", "du", "for", "from", "in", "into",
    "its", "la", "le", "of", "on", "or", "the", "their", "to", "und", "with", "&",
  };
  static const char alpha[] = "abdefhilnorstuwyA&\xC3";
  char w[8];
  size_t i, k, bad = 0, tried = 0, found = 0;
  uint32_t seed = 3;
  for (i = 0; i < sizeof fw / sizeof *fw; i++) {
    size_t n = strlen(fw[i]);
    for (k = 0; k < n; k++)
      w[k] = (char)(k == 0 && dg_is_lower((unsigned char)fw[i][k]) ? fw[i][k] - 32 : fw[i][k]);
    if (!dg_is_function_word(fw[i], n) || !dg_is_function_word(w, n))
      bad++;
  }
  is_int(bad, 0, "each function word is one, capitalised or not");
  bad = 0;
  for (i = 0; i < 200000; i++) {
    size_t n, j;
    int want = 0;
    seed = seed * 1103515245u + 12345u;
    n = 1 + (seed >> 16) % 6;
    for (k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      w[k] = alpha[(seed >> 16) % (sizeof alpha - 1)];
    }
    for (j = 0; j < sizeof fw / sizeof *fw && !want; j++)
      if (strlen(fw[j]) == n) {
        want = 1;
        for (k = 0; k < n; k++)
          if (dg_to_lower((unsigned char)w[k]) != (unsigned char)fw[j][k])
            want = 0;
      }
    found += (size_t)want;
    tried++;
    if (dg_is_function_word(w, n) != want)
      bad++;
  }
  ok(found > 100, "random words hit function words (%zu of %zu)", found, tried);
  is_int(bad, 0, "and nothing else is one");
}

/* dg_matcher_longest_ro() says when the tokens ran out under a phrase. */
static void check_ran_out(void)
{
  dg_matcher *mt = dg_matcher_new(), *empty = dg_matcher_new();
  static const char *const texts[] = {"united states", "united states army", "united kingdom",
                                      "united states of america"};
  static const size_t want_n[] = {2, 2, 0, 4};
  static const int want_ro[] = {1, 0, 0, 1};
  size_t i;
  long v;
  int ro;
  dg_matcher_add(mt, "united states", 1);
  dg_matcher_add(mt, "united states of america", 2);
  for (i = 0; i < 4; i++) {
    dg_tokens t;
    size_t n;
    dg_tokens_init(&t);
    dg_tokenize(texts[i], strlen(texts[i]), &t);
    v = 0;
    n = dg_matcher_longest_ro(mt, texts[i], &t, 0, &v, &ro);
    is_int(n, want_n[i], "longest match in \"%s\"", texts[i]);
    is_int(ro, want_ro[i], "ran out or not in \"%s\"", texts[i]);
    is_int(dg_matcher_longest(mt, texts[i], &t, 0, &v), want_n[i], "as dg_matcher_longest says");
    is_int(dg_matcher_longest_ro(empty, texts[i], &t, 0, &v, &ro), 0, "an empty matcher finds none");
    dg_tokens_release(&t);
  }
  ok(!dg_matcher_lookup(empty, "united states", &v), "an empty matcher looks up nothing");
  dg_matcher_free(mt);
  dg_matcher_free(empty);
}

/* The token hash: the same for text that differs only in ASCII case, for
 * the curly apostrophe and "'", for a dash and "-", and wherever in the
 * text the token sits (a token near the end is read another way). */
static void check_token_hash(void)
{
  static const char text[] = "Japan JAPAN japan \xE2\x80\x99 ' \xE2\x80\x93 - Institution";
  static const char tail[] = "Institution";
  dg_tokens t, u;
  dg_tokens_init(&t);
  dg_tokens_init(&u);
  dg_tokenize(text, strlen(text), &t);
  dg_tokenize(tail, strlen(tail), &u);
  is_int(t.n, 8, "tokens of the hash text");
  if (t.n == 8 && u.n == 1) {
    ok(t.tok[0].hash == t.tok[1].hash && t.tok[1].hash == t.tok[2].hash,
       "Japan, JAPAN and japan hash the same");
    ok(t.tok[3].hash == t.tok[4].hash, "a curly apostrophe hashes as \"'\"");
    ok(t.tok[5].hash == t.tok[6].hash, "an en dash hashes as \"-\"");
    ok(t.tok[0].hash == dg_token_hash("japan", 5), "dg_token_hash() is the tokenizer's hash");
    ok(t.tok[7].hash == u.tok[0].hash, "a token hashes the same at the end of a text");
    ok(t.tok[0].hash != t.tok[7].hash && t.tok[4].hash != t.tok[6].hash,
       "different words hash apart");
  }
  dg_tokens_release(&t);
  dg_tokens_release(&u);
}

/* Case, canonical forms, long tokens and a table that has to grow. */
static void check_matcher_keys(void)
{
  dg_matcher *cs = dg_matcher_new(), *fold = dg_matcher_new();
  char phrase[700], word[600];
  long v = 0;
  size_t i, missing = 0, wrong = 0, extra = 0;
  dg_matcher_set_fold(fold, 1);
  ok(dg_matcher_add(cs, "Harbor Watch", 7), "a new phrase is added");
  ok(!dg_matcher_add(cs, "Harbor Watch", 8), "a phrase added twice is not new");
  ok(dg_matcher_lookup(cs, "Harbor Watch", &v) && v == 7, "and keeps its first value");
  ok(!dg_matcher_lookup(cs, "HARBOR WATCH", &v), "case counts in a matcher that does not fold");
  ok(!dg_matcher_lookup(cs, "Harbor", &v), "a prefix of a phrase is not the phrase");
  dg_matcher_add(fold, "Harbor Watch", 9);
  ok(dg_matcher_lookup(fold, "HARBOR WATCH", &v) && v == 9, "a folding matcher ignores case");
  ok(!dg_matcher_lookup(fold, "Harbor Watcher", &v), "but not the letters");
  dg_matcher_add(cs, "Saint-Malo O'Hara Centre", 3);
  ok(dg_matcher_lookup(cs, "Saint\xE2\x80\x93Malo O\xE2\x80\x99Hara Centre", &v) && v == 3,
     "a dash and a curly apostrophe match their plain forms");
  /* the longest token a key holds (503 bytes) matches; a longer one never */
  memset(word, 'x', sizeof word);
  word[503] = '\0';
  snprintf(phrase, sizeof phrase, "Long %s", word);
  dg_matcher_add(cs, phrase, 4);
  ok(dg_matcher_lookup(cs, phrase, &v) && v == 4, "a 503-byte token matches");
  word[503] = 'x';
  word[504] = '\0';
  snprintf(phrase, sizeof phrase, "Longer %s", word);
  dg_matcher_add(cs, phrase, 5);
  ok(!dg_matcher_lookup(cs, phrase, &v), "a 504-byte token matches nothing");
  /* thousands of phrases: the table and its filter are rebuilt as it grows */
  for (i = 0; i < 5000; i++) {
    snprintf(phrase, sizeof phrase, "Alpha%zu Beta%zu", i, i % 7);
    dg_matcher_add(fold, phrase, (long)i + 100);
  }
  for (i = 0; i < 5000; i++) {
    snprintf(phrase, sizeof phrase, "ALPHA%zu beta%zu", i, i % 7);
    if (!dg_matcher_lookup(fold, phrase, &v))
      missing++;
    else if (v != (long)i + 100)
      wrong++;
    snprintf(phrase, sizeof phrase, "Alpha%zu Beta%zu", i, (i + 1) % 7);
    if (dg_matcher_lookup(fold, phrase, &v))
      extra++;
  }
  is_int(missing, 0, "every one of 5000 phrases is found after the table grew");
  is_int(wrong, 0, "with its own value");
  is_int(extra, 0, "and no phrase that was not added");
  ok(dg_matcher_lookup(fold, "harbor watch", &v) && v == 9, "the first phrase survives the growth");
  dg_matcher_free(cs);
  dg_matcher_free(fold);
}

static const char page[] =
  "Harbor Institute\n\nShipping Chokepoints and the Next Crisis\n\nBy Helen Marsh\n"
  "March 2, 2022\n\nThe report maps the straits through which most of the world's oil "
  "passes and asks how a blockade would unfold in Japan and Chile.\n";

static void check_shared(void)
{
  dg_mapper *own = dg_mapper_new();
  dg_mapper *a = dg_mapper_new_with(dg_mapper_gazetteer(own));
  dg_mapper *b = dg_mapper_new_with(dg_mapper_gazetteer(own));
  dg_facts *f1 = map_text(own, page), *f2 = map_text(a, page), *f3;
  char want[4096];
  ok(dg_mapper_gazetteer(a) == dg_mapper_gazetteer(own), "the gazetteer is shared, not copied");
  ok(dg_facts_n_facts(f1) > 5, "the page gives facts (%zu)", dg_facts_n_facts(f1));
  is_int(dg_facts_n_facts(f2), dg_facts_n_facts(f1), "a sharing mapper gives as many facts");
  snprintf(want, sizeof want, "%s", entities(f1, DG_KIND_COUNTRY));
  is_str(entities(f2, DG_KIND_COUNTRY), want, "and the same countries");
  dg_mapper_free(a); /* must leave the shared gazetteer alone */
  f3 = map_text(b, page);
  is_int(dg_facts_n_facts(f3), dg_facts_n_facts(f1), "after another sharer is freed too");
  dg_facts_free(f1);
  dg_facts_free(f2);
  dg_facts_free(f3);
  dg_mapper_free(b);
  dg_mapper_free(own);
}

int main(void)
{
  check_lookups();
  check_line_words();
  check_affil_parse();
  check_titles();
  check_ran_out();
  check_token_hash();
  check_matcher_keys();
  check_function_words();
  check_shared();
  return tap_done();
}
