/* slug.c - deterministic, always-valid IRI segments. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "base/buf.h"
#include "base/sha256.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "resolve/slug.h"

static const char hexd[] = "0123456789ABCDEF";

static void add_pct(dg_buf *b, unsigned char c)
{
  dg_buf_addc(b, '%');
  dg_buf_addc(b, hexd[c >> 4]);
  dg_buf_addc(b, hexd[c & 15]);
}

/* ------------------------------------------------------------ transliteration
 *
 * Names in other scripts are written in Latin letters by ICU's
 * "Any-Latin; Latin-ASCII" ("путин" -> "putin", "习近平" -> "xi jin ping").
 * Opening that transliterator takes ICU tens of milliseconds (and the
 * first Han character a fifth of a second more, to compile the Han rules
 * once per process), far too slow to do per name, and an ICU
 * transliterator must not be used by two threads at once: the opened ones wait in a pool, a thread takes
 * one for one name and puts it back, and `map -j N` opens at most N.
 * ASCII keys (every Latin name with or without accents) never come here.
 *
 * The same ICU gives the same letters every time. Another ICU release may
 * spell a few names differently (its rules come from CLDR, which revises
 * some readings), so an IRI minted from a non-Latin name is stable for a
 * given ICU version; the hash suffix, computed from the name's key, does
 * not depend on ICU and keeps two names apart whatever ICU writes. */

#define POOL_MAX 64

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static UTransliterator *pool[POOL_MAX]; /* owned: closed by dg_slug_cleanup() */
static size_t pool_n;
static int icu_used;   /* ICU was called: dg_slug_cleanup() must u_cleanup() */
static int icu_broken; /* the transliterator cannot be opened (no ICU data) */

static UTransliterator *translit_take(void)
{
  static const UChar id[] = {'A', 'n', 'y', '-', 'L', 'a', 't', 'i', 'n', ';', ' ',
                             'L', 'a', 't', 'i', 'n', '-', 'A', 'S', 'C', 'I', 'I', 0};
  UTransliterator *t = NULL;
  UErrorCode err = U_ZERO_ERROR;
  UParseError pe;

  pthread_mutex_lock(&pool_lock);
  icu_used = 1;
  if (pool_n > 0)
    t = pool[--pool_n];
  else if (icu_broken) {
    pthread_mutex_unlock(&pool_lock);
    return NULL;
  }
  pthread_mutex_unlock(&pool_lock);
  if (t)
    return t;
  /* opened outside the lock: ICU's open is thread-safe, and other threads
   * may go on with the instances already in the pool meanwhile */
  t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &pe, &err);
  if (U_FAILURE(err)) {
    if (t)
      utrans_close(t);
    pthread_mutex_lock(&pool_lock);
    icu_broken = 1;
    pthread_mutex_unlock(&pool_lock);
    return NULL;
  }
  return t;
}

static void translit_give_back(UTransliterator *t)
{
  pthread_mutex_lock(&pool_lock);
  if (pool_n < POOL_MAX) {
    pool[pool_n++] = t;
    t = NULL;
  }
  pthread_mutex_unlock(&pool_lock);
  if (t)
    utrans_close(t);
}

void dg_slug_cleanup(void)
{
  pthread_mutex_lock(&pool_lock);
  while (pool_n > 0)
    utrans_close(pool[--pool_n]);
  /* only when this file used ICU: a run that met no foreign name leaves
   * ICU as the other libraries in the process found it */
  if (icu_used)
    u_cleanup();
  icu_used = 0;
  icu_broken = 0;
  pthread_mutex_unlock(&pool_lock);
}

char *dg_slug_icu_version(void)
{
  UVersionInfo v;
  char *out = xmalloc(U_MAX_VERSION_STRING_LENGTH);
  u_getVersion(v);
  u_versionToString(v, out);
  return out;
}

/* Returns a new UTF-8 string: `key` (valid UTF-8, as dg_text_key() makes
 * it) in Latin letters, or NULL when ICU cannot transliterate. */
static char *transliterate(const char *key, size_t len)
{
  UTransliterator *t;
  UChar *u = NULL;
  UChar *in;
  int32_t ulen = 0, cap, tlen, limit, olen = 0;
  UErrorCode err = U_ZERO_ERROR;
  char *out = NULL;

  if (len > INT32_MAX / 16)
    return NULL;
  t = translit_take();
  if (!t)
    return NULL;
  in = xmalloc((len + 1) * sizeof *in);
  u_strFromUTF8WithSub(in, (int32_t)len + 1, &ulen, key, (int32_t)len, 0xFFFD, NULL, &err);
  /* a Han character becomes a syllable and a space: start at 8 units per
   * unit and grow on the rare overflow */
  cap = 8 * ulen + 16;
  while (U_SUCCESS(err)) {
    free(u);
    u = xmalloc((size_t)cap * sizeof *u);
    memcpy(u, in, (size_t)ulen * sizeof *u);
    tlen = limit = ulen;
    utrans_transUChars(t, u, &tlen, cap, 0, &limit, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR || cap > INT32_MAX / 4)
      break;
    err = U_ZERO_ERROR;
    cap = (tlen > cap ? tlen : cap) * 2;
  }
  translit_give_back(t);
  if (U_SUCCESS(err)) {
    u_strToUTF8WithSub(NULL, 0, &olen, u, tlen, 0xFFFD, NULL, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR)
      err = U_ZERO_ERROR;
    if (U_SUCCESS(err)) {
      out = xmalloc((size_t)olen + 1);
      u_strToUTF8WithSub(out, olen + 1, &olen, u, tlen, 0xFFFD, NULL, &err);
      if (U_FAILURE(err)) {
        free(out);
        out = NULL;
      }
    }
  }
  free(u);
  free(in);
  return out;
}

/* ------------------------------------------------------------------- slugs */

/* Bytes of a key transliterated at most: only the first DG_SLUG_MAX bytes
 * of the result are kept, and ICU takes tens of seconds over a megabyte
 * of Han characters. 1024 bytes of any script give far more than
 * DG_SLUG_MAX; the suffix still hashes the whole key. */
#define TRANSLIT_MAX 1024

/* Length of the part of `key` (`len` bytes of UTF-8) to transliterate:
 * all of it, or up to a space (else a character boundary) within the
 * first TRANSLIT_MAX bytes. */
static size_t translit_len(const char *key, size_t len)
{
  size_t n, sp;
  if (len <= TRANSLIT_MAX)
    return len;
  n = TRANSLIT_MAX;
  while (n > 0 && ((unsigned char)key[n] & 0xC0) == 0x80)
    n--; /* key[n] starts a character: key[0..n) is whole ones */
  for (sp = n; sp > TRANSLIT_MAX / 2 && key[sp] != ' '; sp--)
    ;
  return key[sp] == ' ' ? sp : n;
}

/* Appends `key` to `b`: words joined by '-', bytes beyond ASCII
 * percent-encoded. Returns 1 if there were such bytes. */
static int add_key(dg_buf *b, const char *key)
{
  size_t i;
  int foreign = 0;
  for (i = 0; key[i]; i++) {
    unsigned char c = (unsigned char)key[i];
    if (c == ' ')
      dg_buf_addc(b, '-');
    else if (dg_is_alnum(c))
      dg_buf_addc(b, (char)c);
    else if (c >= 0x80) {
      add_pct(b, c);
      foreign = 1;
    }
    /* dg_text_key() emits nothing else */
  }
  return foreign;
}

/* Cuts `b` to DG_SLUG_MAX bytes and appends "-" + 8 hex digits of
 * hash[0..hlen), or "x-" + them when `b` is empty; does so always when
 * `force`, else only when `b` is empty or too long. */
static void finish(dg_buf *b, const char *hash, size_t hlen, int force)
{
  char hex[DG_SHA256_HEX_LEN + 1];
  size_t cut;

  if (!force && b->len > 0 && b->len <= DG_SLUG_MAX)
    return;
  dg_sha256_hex(hash, hlen, hex);
  if (b->len == 0) {
    dg_buf_adds(b, "x-");
  } else {
    if (b->len > DG_SLUG_MAX) {
      cut = DG_SLUG_MAX;
      /* never cut inside a %XX escape, prefer a word boundary */
      while (cut > 0 && b->data[cut] != '-')
        cut--;
      if (cut == 0) {
        cut = DG_SLUG_MAX;
        while (cut > 0 && (b->data[cut] == '%' || b->data[cut - 1] == '%' ||
                           (cut >= 2 && b->data[cut - 2] == '%')))
          cut--;
      }
      b->len = cut;
      b->data[cut] = '\0';
    }
    dg_buf_addc(b, '-');
  }
  dg_buf_add(b, hex, 8);
}

char *dg_slug(const char *s, size_t len)
{
  char *key = dg_text_key(s, len);
  char *latin = NULL;
  dg_buf b;

  dg_buf_init(&b);
  if (add_key(&b, key))
    latin = transliterate(key, translit_len(key, strlen(key)));
  if (latin) {
    /* keyed again: Latin-ASCII leaves capitals, apostrophes ("'bg" for
     * Hebrew) and hyphens ("gimjeong-eun"), and may leave a letter it has
     * no ASCII for, which is percent-encoded as before. The suffix hashes
     * the key, not the transliteration: two names that ICU
     * spells alike never share an IRI, nor do "Иван" and the Latin "Ivan",
     * while "ИВАН" and "Иван", one key, share theirs. */
    char *k2 = dg_text_key(latin, strlen(latin));
    dg_buf_clear(&b);
    add_key(&b, k2);
    free(k2);
    finish(&b, key, strlen(key), 1);
    free(latin);
  } else {
    finish(&b, s, len, 0);
  }
  free(key);
  return dg_buf_detach(&b);
}

char *dg_percent_encode(const char *s, size_t len, int keep_reserved)
{
  dg_buf b;
  size_t i;
  dg_buf_init(&b);
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (dg_is_alnum(c) || strchr("-._~", c) != NULL)
      dg_buf_addc(&b, (char)c);
    else if (keep_reserved && c != '\0' && strchr("/:#?@!$&'()*+,;=", c) != NULL)
      dg_buf_addc(&b, (char)c);
    else
      add_pct(&b, c);
  }
  return dg_buf_detach(&b);
}
