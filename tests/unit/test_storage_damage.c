/* test_storage_damage.c - damage on disk is never silent.
 *
 * A store of three committed transactions (one graph each) is damaged
 * in every way one flipped bit can damage it: every bit of every byte of
 * the journal (its header and each record) and of a compacted snapshot.
 * Each damaged store must be refused on open, by readers and writers,
 * with "store 'X' is damaged at byte N", and a writer must leave the
 * files exactly as they were; a flipped format number is damage, not "a
 * newer docgraph". Only a torn tail (the file cut inside its last record,
 * or that record's bytes all zero: a write that never completed) opens,
 * with the transactions before it, and a writer cuts it. fsck names the
 * damaged record, and --salvage keeps the other two. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <redland.h>

#include "base/xalloc.h"
#include "store/storage_dg.h"
#include "../tap.h"

static librdf_world *world;
static char dir[256];

static char *file_in(const char *name) { return xasprintf("%s/%s", dir, name); }

static unsigned char *slurp(const char *name, size_t *len)
{
  char *p = file_in(name);
  FILE *f = fopen(p, "rb");
  unsigned char *b = NULL;
  size_t cap = 0;
  *len = 0;
  free(p);
  if (!f)
    return NULL;
  for (;;) {
    size_t n;
    xgrow(&b, &cap, *len + 4096, 1);
    n = fread(b + *len, 1, cap - *len, f);
    if (n == 0)
      break;
    *len += n;
  }
  fclose(f);
  return b;
}

static int spit(const char *name, const unsigned char *b, size_t len)
{
  char *p = file_in(name);
  FILE *f = fopen(p, "wb");
  int rc = f && fwrite(b, 1, len, f) == len ? 0 : -1;
  if (f && fclose(f) != 0)
    rc = -1;
  free(p);
  return rc;
}

static librdf_node *uri(const char *s)
{
  return librdf_new_node_from_uri_string(world, (const unsigned char *)s);
}

/* `n` as text, in a new string. */
static char *term(librdf_node *n)
{
  librdf_uri *dt;
  const char *lang;
  if (!n)
    return xstrdup("-");
  if (librdf_node_is_resource(n))
    return xasprintf("<%s>", (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
  if (librdf_node_is_blank(n))
    return xasprintf("_:%s", (const char *)librdf_node_get_blank_identifier(n));
  dt = librdf_node_get_literal_value_datatype_uri(n);
  lang = librdf_node_get_literal_value_language(n);
  return xasprintf("\"%s\"@%s^^<%s>", (const char *)librdf_node_get_literal_value(n),
                   lang ? lang : "", dt ? (const char *)librdf_uri_as_string(dt) : "");
}

/* Every statement of the store, "s p o g" lines sorted, in a new string;
 * NULL if the store does not open. */
static char *dump(void)
{
  librdf_storage *st = librdf_new_storage(world, "docgraph", dir, NULL);
  librdf_model *m;
  librdf_stream *s;
  char **v = NULL, *out;
  size_t n = 0, cap = 0, i, total = 1;
  if (!st)
    return NULL;
  m = librdf_new_model(world, st, NULL);
  s = librdf_model_as_stream(m);
  while (s && !librdf_stream_end(s)) {
    librdf_statement *x = librdf_stream_get_object(s);
    librdf_node *g = librdf_stream_get_context2(s);
    char *a = term(librdf_statement_get_subject(x)), *b = term(librdf_statement_get_predicate(x));
    char *c = term(librdf_statement_get_object(x)), *d = term(g);
    xgrow(&v, &cap, n + 1, sizeof *v);
    v[n] = xasprintf("%s %s %s %s", a, b, c, d);
    total += strlen(v[n]) + 1;
    n++;
    free(a);
    free(b);
    free(c);
    free(d);
    librdf_stream_next(s);
  }
  if (s)
    librdf_free_stream(s);
  librdf_free_model(m);
  librdf_free_storage(st);
  for (i = 1; i < n; i++) {   /* insertion sort: a few dozen lines */
    char *t = v[i];
    size_t j = i;
    while (j > 0 && strcmp(v[j - 1], t) > 0) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = t;
  }
  out = xmalloc(total);
  out[0] = '\0';
  for (i = 0; i < n; i++) {
    strcat(out, v[i]);
    strcat(out, "\n");
    free(v[i]);
  }
  free(v);
  return out;
}

/* Adds graph `g` with a few statements of every kind, as one transaction. */
static void add_graph(librdf_storage *st, librdf_model *m, int g)
{
  char buf[128];
  librdf_node *ctx;
  librdf_uri *dt = librdf_new_uri(world, (const unsigned char *)"http://www.w3.org/2001/XMLSchema#date");
  int k;
  snprintf(buf, sizeof buf, "https://w3id.org/docgraph/id/document/%016d", g);
  ctx = uri(buf);
  librdf_storage_transaction_start(st);
  for (k = 0; k < 3; k++) {
    librdf_node *o;
    librdf_statement *s;
    snprintf(buf, sizeof buf, "https://w3id.org/docgraph/id/person/p%d-%d", g, k);
    switch (k) {
    case 0: o = librdf_new_node_from_literal(world, (const unsigned char *)"Ada \"L\"", "en", 0); break;
    case 1: o = librdf_new_node_from_typed_literal(world, (const unsigned char *)"2017-04-05", NULL, dt); break;
    default: o = librdf_new_node_from_blank_identifier(world, (const unsigned char *)"b1"); break;
    }
    s = librdf_new_statement_from_nodes(world, uri(buf), uri("https://w3id.org/docgraph/ns#name"), o);
    librdf_model_context_add_statement(m, ctx, s);
    librdf_free_statement(s);
  }
  librdf_storage_transaction_commit(st);
  librdf_free_node(ctx);
  librdf_free_uri(dt);
}

static int refused_as_damaged(void)
{
  return dg_storage_dg_last_error() == DG_STORAGE_ECORRUPT &&
         strstr(dg_storage_dg_last_message(), "is damaged at byte") != NULL &&
         strstr(dg_storage_dg_last_message(), "newer") == NULL;
}

static void ignore(void *ud, int level, const char *line)
{
  (void)ud;
  (void)level;
  (void)line;
}

/* Flips every bit of every byte of file `name` in turn; each must be
 * refused. With `writers`, for the first bit of each byte a writer tries
 * too, and must change no file. Returns the number of silent flips. */
static unsigned flip_all(const char *name, const unsigned char *orig, size_t len, int writers,
                         size_t *tried)
{
  unsigned char *b = xmalloc(len);
  unsigned silent = 0;
  size_t i;
  int bit;
  *tried = 0;
  for (i = 0; i < len; i++) {
    for (bit = 0; bit < 8; bit++) {
      librdf_storage *st;
      memcpy(b, orig, len);
      b[i] ^= (unsigned char)(1u << bit);
      spit(name, b, len);
      (*tried)++;
      st = librdf_new_storage(world, "docgraph", dir, NULL);
      if (st || !refused_as_damaged()) {
        if (silent < 5)
          printf("#   %s byte %zu bit %d: %s\n", name, i, bit,
                 st ? "opened" : dg_storage_dg_last_message());
        silent++;
      }
      if (st)
        librdf_free_storage(st);
      if (writers && bit == 0) {
        size_t l2;
        unsigned char *after;
        st = librdf_new_storage(world, "docgraph", dir, "write='yes'");
        after = slurp(name, &l2);
        if (st || !refused_as_damaged() || l2 != len || memcmp(after, b, len) != 0) {
          if (silent < 5)
            printf("#   %s byte %zu: a writer %s\n", name, i,
                   st ? "opened it" : "changed the file");
          silent++;
        }
        free(after);
        if (st)
          librdf_free_storage(st);
      }
    }
  }
  spit(name, orig, len);
  free(b);
  return silent;
}

int main(void)
{
  char *tmp = getenv("TMPDIR"), *ref = NULL, *ref2 = NULL, *got;
  librdf_storage *st;
  librdf_model *m;
  unsigned char *jr, *snap, *z;
  size_t jlen, slen, tried, rec[4], k, cut;
  unsigned silent;
  int g, torn_ok;

  snprintf(dir, sizeof dir, "%s/dg-damage-XXXXXX", tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    printf("Bail out! mkdtemp: %s\n", strerror(errno));
    return 1;
  }
  strcat(dir, "/store");
  world = librdf_new_world();
  librdf_world_open(world);
  ok(dg_storage_dg_register(world) == 0, "register the docgraph storage");

  /* three transactions, one graph each */
  st = librdf_new_storage(world, "docgraph", dir, "write='yes'");
  ok(st != NULL, "a new store");
  if (!st)
    return tap_done();
  m = librdf_new_model(world, st, NULL);
  for (g = 1; g <= 3; g++) {
    add_graph(st, m, g);
    if (g == 2) {
      librdf_free_model(m);
      librdf_free_storage(st);
      ref2 = dump();
      st = librdf_new_storage(world, "docgraph", dir, "write='yes'");
      m = librdf_new_model(world, st, NULL);
    }
  }
  librdf_free_model(m);
  librdf_free_storage(st);
  ref = dump();
  ok(ref && ref2 && strlen(ref) > strlen(ref2), "the store holds three graphs");

  /* where the records are: a 32-byte header, then 16-byte record headers */
  jr = slurp("journal", &jlen);
  rec[0] = 32;
  for (k = 0; k < 3; k++) {
    uint32_t n = (uint32_t)jr[rec[k] + 4] | (uint32_t)jr[rec[k] + 5] << 8 |
                 (uint32_t)jr[rec[k] + 6] << 16 | (uint32_t)jr[rec[k] + 7] << 24;
    rec[k + 1] = rec[k] + 16 + n;
  }
  is_int(rec[3], jlen, "the journal is a header and three records (%zu bytes)", jlen);

  /* every bit of the journal: its header and each record */
  silent = flip_all("journal", jr, jlen, 1, &tried);
  is_int(silent, 0, "all %zu one-bit flips of the journal are refused as damage, by readers "
         "and writers, and no writer changes it", tried);
  got = dump();
  is_str(got, ref, "the undamaged journal opens again with everything");
  free(got);

  /* torn tails: every length inside the last record */
  torn_ok = 1;
  for (cut = rec[2] + 1; cut < jlen; cut++) {
    spit("journal", jr, cut);
    got = dump();
    if (!got || strcmp(got, ref2) != 0) {
      printf("#   cut at %zu: %s\n", cut, got ? "other contents" : dg_storage_dg_last_message());
      torn_ok = 0;
    }
    free(got);
  }
  ok(torn_ok, "the journal cut anywhere in its last record opens with the first two "
     "transactions (a torn tail)");
  z = xmalloc(jlen);
  memcpy(z, jr, jlen);
  memset(z + rec[2], 0, jlen - rec[2]);
  spit("journal", z, jlen);
  got = dump();
  is_str(got, ref2, "the last record's bytes all zero (blocks never written) is a torn tail");
  free(got);
  st = librdf_new_storage(world, "docgraph", dir, "write='yes'");
  ok(st != NULL, "a writer opens the store with the torn tail");
  if (st)
    librdf_free_storage(st);
  free(z);
  z = slurp("journal", &k);
  ok(k == rec[2] && memcmp(z, jr, k) == 0, "... and cuts it back to its last whole record");
  free(z);
  memcpy(z = xmalloc(jlen), jr, jlen);
  z[jlen - 1] ^= 1;   /* the whole last record is there: damage, not a tear */
  spit("journal", z, jlen);
  st = librdf_new_storage(world, "docgraph", dir, NULL);
  ok(!st && refused_as_damaged(), "a whole last record that fails its checksum is damage: %s",
     dg_storage_dg_last_message());
  if (st)
    librdf_free_storage(st);

  /* fsck: the damaged record is named; --salvage keeps the others */
  z[jlen - 1] ^= 1;
  z[rec[1] + 20] ^= 4;
  spit("journal", z, jlen);
  is_int(dg_storage_dg_fsck(world, dir, 0, ignore, NULL), 1, "fsck finds the damaged record");
  got = dump();
  ok(got == NULL, "fsck without --salvage changes nothing: the store is still refused");
  free(got);
  is_int(dg_storage_dg_fsck(world, dir, 1, ignore, NULL), 2, "fsck --salvage salvages it");
  got = dump();
  {
    /* what remains: graphs 1 and 3 */
    char *copy = xstrdup(ref), *line, *save = NULL;
    char *want = xcalloc(strlen(ref) + 1, 1);
    for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
      if (!strstr(line, "document/0000000000000002")) {
        strcat(want, line);
        strcat(want, "\n");
      }
    free(copy);
    is_str(got, want, "after --salvage the store holds the two graphs whose records checked");
    free(want);
  }
  free(got);
  is_int(dg_storage_dg_fsck(world, dir, 0, ignore, NULL), 0, "and fsck finds it whole");
  {
    char *p = file_in("journal.damaged");
    struct stat sb;
    ok(stat(p, &sb) == 0 && (size_t)sb.st_size == jlen, "the damaged journal is kept aside");
    unlink(p);
    free(p);
  }
  free(z);

  /* every bit of a compacted snapshot */
  st = librdf_new_storage(world, "docgraph", dir, "write='yes'");
  ok(st && dg_storage_dg_compact(st) == 0, "compact the store");
  if (st)
    librdf_free_storage(st);
  snap = slurp("snapshot", &slen);
  silent = flip_all("snapshot", snap, slen, 0, &tried);
  is_int(silent, 0, "all %zu one-bit flips of the snapshot are refused as damage", tried);

  /* a missing journal, a journal of another generation */
  free(jr);
  jr = slurp("journal", &jlen);
  {
    char *p = file_in("journal");
    unlink(p);
    free(p);
  }
  st = librdf_new_storage(world, "docgraph", dir, "write='yes'");
  ok(!st && refused_as_damaged(), "a missing journal is damage, and no writer makes a new one");
  if (st)
    librdf_free_storage(st);
  spit("journal", jr, jlen);
  got = dump();
  ok(got != NULL, "with its journal back the store opens");
  free(got);

  {
    /* the scratch store goes */
    static const char *const names[] = {"snapshot", "journal", "lock", "journal.damaged"};
    char *p;
    for (k = 0; k < sizeof names / sizeof *names; k++) {
      p = file_in(names[k]);
      unlink(p);
      free(p);
    }
    rmdir(dir);
    *strrchr(dir, '/') = '\0';
    rmdir(dir);
  }
  free(jr);
  free(snap);
  free(ref);
  free(ref2);
  librdf_free_world(world);
  return tap_done();
}
