/* test_slug.c - slugs are deterministic and always valid in an IRI. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/iri.h"
#include "resolve/slug.h"
#include "../tap.h"

static void check(const char *in, size_t len, const char *want, const char *what)
{
  char *s = dg_slug(in, len);
  if (want)
    is_str(s, want, "%s", what);
  {
    char *iri = dg_iri_entity(DG_DEFAULT_BASE, "person", s);
    ok(dg_iri_is_valid(iri), "%s: IRI <%s> is valid", what, iri);
    free(iri);
  }
  free(s);
}


/* Names in other scripts: ICU's reading, then "-" and 8 hex digits of the
 * SHA-256 of the name's key (the name lowercased, accents dropped, words
 * joined by one space). Every suffix below is `printf '%s' KEY | sha256sum`
 * (Python's unicodedata.normalize('NFKD') for the keys in NFKD),
 * the Latin letters are the standard romanisations read by hand. */
static const struct {
  const char *name, *want, *what;
} foreign[] = {
  {"Владимир Путин", "vladimir-putin-273ec7b0", "Cyrillic"},
  {"Σωκράτης", "sokrates-ad186067", "Greek (tonos dropped, final sigma)"},
  {"习近平", "xi-jin-ping-92a054e8", "Chinese: pinyin, one word per syllable"},
  {"محمد", "mhmd-0cb4c9b2", "Arabic (unvocalised: consonants only)"},
  {"さくら", "sakura-78d493c7", "Japanese hiragana"},
  {"カタカナ", "katakana-82c79cba", "Japanese katakana"},
  /* the key keeps the marks that spell (in NFKD): the suffixes hash that */
  {"すがわら", "sugawara-92e76dc4", "hiragana with a voicing mark"},
  {"ビル", "biru-90b66d87", "katakana with a voicing mark"},
  {"नरेन्द्र मोदी", "narendra-modi-5e3ae2ca", "Devanagari, vowel signs and virama"},
  {"Иван Smith", "ivan-smith-4ea6508b", "mixed Cyrillic and Latin"},
  /* Latin-ASCII has no ASCII for U+01DD (schwa): it stays, percent-encoded */
  {"ትግራይ", "t%C7%9Dg%C7%9Dray-1ce3bc61", "Ethiopic, a letter left outside ASCII"},
};

/* Latin names keep the slugs they always had: no suffix, no ICU. */
static const struct {
  const char *name, *want;
} latin[] = {
  {"Slavoj Žižek", "slavoj-zizek"},
  {"Łukasz Ørsted-Straße", "lukasz-orsted-strasse"},
  {"Ñandú Çelik", "nandu-celik"},
  {"Zoë O’Hanlon", "zoe-ohanlon"},
};

#define N_FOREIGN (sizeof foreign / sizeof foreign[0])
#define ROUNDS 50

/* Each thread slugs every foreign name ROUNDS times and counts the
 * answers that differ from the serial ones (map -j N does this). */
static void *slug_many(void *arg)
{
  size_t *bad = arg, i;
  int r;
  for (r = 0; r < ROUNDS; r++)
    for (i = 0; i < N_FOREIGN; i++) {
      char *s = dg_slug(foreign[i].name, strlen(foreign[i].name));
      if (strcmp(s, foreign[i].want) != 0)
        (*bad)++;
      free(s);
    }
  return NULL;
}

static void check_scripts(void)
{
  pthread_t th[4];
  size_t bad[4] = {0, 0, 0, 0}, i;
  char *a, *b;
  char long_name[40 * 11];

  for (i = 0; i < N_FOREIGN; i++)
    check(foreign[i].name, strlen(foreign[i].name), foreign[i].want, foreign[i].what);
  for (i = 0; i < sizeof latin / sizeof latin[0]; i++)
    check(latin[i].name, strlen(latin[i].name), latin[i].want, "accented Latin keeps its slug");
  check("Ada Nowak", 9, "ada-nowak", "ASCII keeps its slug");

  /* two names ICU writes alike (omicron and omega both give "o") */
  a = dg_slug("Σωκρατης", strlen("Σωκρατης"));
  b = dg_slug("Σοκρατης", strlen("Σοκρατης"));
  is_str(b, "sokrates-8b873777", "a second Greek name read as \"sokrates\"");
  ok(strcmp(a, b) != 0, "two names transliterated alike keep apart (%s, %s)", a, b);
  free(a);
  free(b);
  a = dg_slug("Иван", strlen("Иван"));
  b = dg_slug("Ivan", 4);
  ok(strcmp(a, b) != 0, "the Cyrillic and the Latin name keep apart (%s, %s)", a, b);
  free(b);
  b = dg_slug("ИВАН", strlen("ИВАН"));
  is_str(a, b, "case does not change a transliterated slug either");
  free(a);
  free(b);

  /* one suffix for a long transliterated name: cut at a hyphen, then the
   * key's hash (`printf 'путин путин ...'` 40 words) */
  long_name[0] = '\0';
  for (i = 0; i < 40; i++)
    strcat(strcat(long_name, i ? " " : ""), "путин");
  a = dg_slug(long_name, strlen(long_name));
  is_str(a, "putin-putin-putin-putin-putin-putin-putin-putin-putin-putin-putin-putin-putin-10f13498",
         "a long Cyrillic name is cut at a word and ends in one hash");
  free(a);

  /* a megabyte of Han characters: only the start is transliterated (ICU
   * takes tens of seconds over all of it), the hash covers the rest, so
   * two such names that differ at their very end keep apart */
  {
    size_t n = 100000, w = strlen("习近平"), j;
    char *huge = malloc(n * (w + 1) + 1), *p = huge;
    for (j = 0; j < n; j++) {
      memcpy(p, "习近平", w);
      p += w;
      *p++ = ' ';
    }
    p[-1] = '\0';
    a = dg_slug(huge, strlen(huge));
    memcpy(p - 1 - w, "近平习", w);
    b = dg_slug(huge, strlen(huge));
    ok(strncmp(a, "xi-jin-ping-xi-jin-ping-", 24) == 0 && strlen(a) <= DG_SLUG_MAX + 9,
       "a megabyte of Han: a cut slug (%s)", a);
    ok(strcmp(a, b) != 0, "... and another differing in its last word keeps apart (%s)", b);
    free(a);
    free(b);
    free(huge);
  }

  /* map -j N: threads share the pool of transliterators */
  for (i = 0; i < 4; i++)
    pthread_create(&th[i], NULL, slug_many, &bad[i]);
  for (i = 0; i < 4; i++)
    pthread_join(th[i], NULL);
  ok(bad[0] + bad[1] + bad[2] + bad[3] == 0,
     "4 threads x %d rounds give the serial slugs (%zu differ)", ROUNDS,
     bad[0] + bad[1] + bad[2] + bad[3]);

  /* ICU freed, then needed again: it starts over and answers the same */
  dg_slug_cleanup();
  check(foreign[0].name, strlen(foreign[0].name), foreign[0].want, "after dg_slug_cleanup()");
}

int main(void)
{
  static const char hostile[] = "<>\"{}|\\^` \n\t%zz";
  char big[2000];
  unsigned char bytes[256];
  int i;
  char *a, *b;

  check("Ada Nowak", 9, "ada-nowak", "plain name");
  check("Institute for Coastal Policy USA", 32, "institute-for-coastal-policy-usa", "organization");
  check("Europe\xE2\x80\x99s Grid Security: From the Baltic to the Alps",
        strlen("Europe\xE2\x80\x99s Grid Security: From the Baltic to the Alps"),
        "europes-grid-security-from-the-baltic-to-the-alps", "title with curly apostrophe");
  check("Fran\xC3\xA7ois Godement", 18, "francois-godement", "accents folded");
  check(hostile, sizeof hostile - 1, NULL, "only IRI-breaking characters");
  check("", 0, NULL, "empty string");
  memset(big, 'a', sizeof big);
  for (i = 0; i < (int)sizeof big; i += 7)
    big[i] = ' ';
  check(big, sizeof big, NULL, "2000 bytes");
  {
    char *s = dg_slug(big, sizeof big);
    ok(strlen(s) <= DG_SLUG_MAX + 9, "long slug is cut to at most %d bytes", DG_SLUG_MAX + 9);
    free(s);
  }
  for (i = 0; i < 256; i++)
    bytes[i] = (unsigned char)i;
  check((const char *)bytes, sizeof bytes, NULL, "every byte value, invalid UTF-8 included");
  a = dg_slug("Same Name", 9);
  b = dg_slug("same   name!", 12);
  is_str(a, b, "case and punctuation do not change identity");
  free(a);
  free(b);
  a = dg_slug("Alpha", 5);
  b = dg_slug("Beta", 4);
  ok(strcmp(a, b) != 0, "different names give different slugs");
  free(a);
  free(b);
  a = dg_percent_encode("a b<c>%", 7, 0);
  is_str(a, "a%20b%3Cc%3E%25", "percent-encoding escapes what IRIs forbid");
  free(a);
  check_scripts();
  dg_slug_cleanup();
  return tap_done();
}
