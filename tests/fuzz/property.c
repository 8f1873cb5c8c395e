/* property.c - thousands of generated and mutated pages through the map
 * pipeline. Each must keep the harness's invariants (no crash, valid
 * IRIs and literals, output raptor accepts, deterministic).
 *
 *   property N             check N pages in-process (TAP)
 *   property N DIR         write N pages into DIR for the CLI-level test
 *
 * The generator writes pages in the genres docgraph reads (publication
 * landing pages, event announcements, listings) from its own small word
 * lists, then mutates them: truncation, byte flips, NULs, control
 * characters, invalid UTF-8, IRI-breaking characters, a 1 MB line, 10,000
 * names on one line. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "harness.h"
#include "../tap.h"

static uint64_t rng = 0x9E3779B97F4A7C15u;

static uint32_t rnd(void)
{
  /* xorshift64*: deterministic, so a failure can be replayed by index */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (uint32_t)((rng * 0x2545F4914F6CDD1Du) >> 32);
}

static const char *pick(const char *const *v, size_t n) { return v[rnd() % n]; }
#define PICK(v) pick(v, sizeof v / sizeof *v)

static const char *const given[] = {
  "Anna", "Boris", "Chen", "Daniela", "Emeka", "Farah", "Goran", "Hiroshi",
  "Ines", "Jae-won", "Katarzyna", "Luis", "Mei", "Nikolai", "Olga", "Pradeep",
  "Quentin", "Rania", "Sergei", "Tomoko", "Ulrich", "Valeria", "Wen", "Yusuf",
};
static const char *const family[] = {
  "Abara", "Borisova", "Castellanos", "Dvorak", "Eriksen", "Fujimoto",
  "Gallagher", "Haddad", "Ivanova", "Jankowski", "Kowalczyk", "Lindqvist",
  "Moreau", "Nakamura", "O'Connell", "Petrov", "van der Berg", "de la Cruz",
};
static const char *const honor[] = {"", "", "", "Dr. ", "Prof. ", "Ambassador ", "Gen. "};
static const char *const orgs[] = {
  "Institute for Regional Security", "Center for Maritime Policy",
  "University of Eastfield", "Council on Northern Affairs",
  "Foundation for Pacific Dialogue", "Ministry of Foreign Affairs",
};
static const char *const places[] = {
  "Japan", "Russia", "China", "the United States", "U.S.", "Korea", "Ukraine",
  "India", "Brazil", "Sino-Russian", "Franco-German", "Jordan", "Georgia",
  "South China Sea", "Indo-Pacific", "Atlanta, Georgia",
};
static const char *const months[] = {
  "January", "Feb.", "March", "Apr.", "May", "June", "Jul.", "August",
  "Sept.", "October", "Nov.", "December",
};
static const char *const kinds[] = {
  "Report", "Commentary", "Essay", "Working Paper", "Journal Article", "Explainer",
};
static const char *const events[] = {
  "Roundtable", "Webinar", "Conference", "Seminar", "Book Launch", "Forum",
};
static const char *const roles[] = {
  "Speakers", "Panelists", "Moderator", "Discussant", "Chaired by", "Hosted by:",
};

static void person(dg_buf *b)
{
  dg_buf_printf(b, "%s%s %s", PICK(honor), PICK(given), PICK(family));
}

static void date(dg_buf *b)
{
  switch (rnd() % 4) {
  case 0: dg_buf_printf(b, "%s %u, %u", PICK(months), 1 + rnd() % 28, 1990 + rnd() % 35); break;
  case 1: dg_buf_printf(b, "%u %s %u", 1 + rnd() % 28, PICK(months), 1990 + rnd() % 35); break;
  case 2: dg_buf_printf(b, "%u-%02u-%02u", 1990 + rnd() % 35, 1 + rnd() % 12, 1 + rnd() % 28); break;
  default: dg_buf_printf(b, "%02u.%02u.%u", 1 + rnd() % 28, 1 + rnd() % 12, 1990 + rnd() % 35); break;
  }
}

static void page(dg_buf *b)
{
  unsigned i, n;
  dg_buf_clear(b);
  dg_buf_printf(b, "%s | Publications | Events\n\n", PICK(orgs));
  if (rnd() % 3 == 0) {
    dg_buf_printf(b, "%s on %s and %s\n\n", PICK(events), PICK(places), PICK(places));
    date(b);
    dg_buf_printf(b, " (%u:%02u-%u:%02u)\n\n%s\n\n", 9 + rnd() % 8, rnd() % 60, 10 + rnd() % 8,
                  rnd() % 60, PICK(roles));
    n = 1 + rnd() % 5;
    for (i = 0; i < n; i++) {
      person(b);
      dg_buf_printf(b, " (%s)\n", PICK(orgs));
    }
  } else {
    dg_buf_printf(b, "%s\n%s and the Future of %s\n\nby ", PICK(kinds), PICK(places), PICK(places));
    n = 1 + rnd() % 4;
    for (i = 0; i < n; i++) {
      if (i)
        dg_buf_adds(b, i + 1 == n ? " and " : ", ");
      person(b);
    }
    dg_buf_adds(b, "\n");
    date(b);
    dg_buf_adds(b, "\n\n");
  }
  n = 1 + rnd() % 4;
  for (i = 0; i < n; i++) {
    dg_buf_printf(b, "Relations between %s and %s were discussed by ", PICK(places), PICK(places));
    person(b);
    dg_buf_printf(b, " of the %s.\n\n", PICK(orgs));
  }
  dg_buf_printf(b, "\xC2\xA9 %u %s\n", 2000 + rnd() % 25, PICK(orgs));
}

static void mutate(dg_buf *b, unsigned k)
{
  size_t i, n;
  switch (k % 10) {
  case 0: /* truncated download */
    if (b->len)
      b->len = rnd() % b->len;
    b->data[b->len] = '\0';
    break;
  case 1: /* byte flips */
    for (i = 0; i < 8 && b->len; i++)
      b->data[rnd() % b->len] ^= (char)(1u << (rnd() % 8));
    break;
  case 2: /* NULs and control characters */
    for (i = 0; i < 4 && b->len; i++)
      b->data[rnd() % b->len] = (char)(rnd() % 32);
    break;
  case 3: /* invalid UTF-8 */
    for (i = 0; i < 6 && b->len; i++)
      b->data[rnd() % b->len] = (char)(0x80 + rnd() % 128);
    break;
  case 4: /* characters that break IRIs and literals, in names */
    dg_buf_adds(b, "\nby <Jane> \"Doe\" {x}|y\\^`z, Dr. A\\u0000B and \xE2\x80\x8B O'Brien\n"
                   "Speakers\nMr. <script>x</script> (Org \"}\" UNION {)\n");
    break;
  case 5: /* a 1 MB line, now and then */
    if (rnd() % 20 == 0) {
      n = 0;
      while (n < (1u << 20)) {
        dg_buf_adds(b, "Japan and the United States ");
        n += 28;
      }
    }
    break;
  case 6: /* 10,000 names on one line, now and then */
    if (rnd() % 20 == 0) {
      dg_buf_adds(b, "\nAuthors: ");
      for (i = 0; i < 10000; i++) {
        if (i)
          dg_buf_adds(b, ", ");
        person(b);
      }
      dg_buf_adds(b, "\n");
    }
    break;
  default: /* left as generated */
    break;
  }
}

int main(int argc, char **argv)
{
  unsigned n = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 2000, i;
  const char *dir = argc > 2 ? argv[2] : NULL;
  unsigned long triples = 0;
  dg_buf b;
  dg_buf_init(&b);
  for (i = 0; i < n; i++) {
    page(&b);
    mutate(&b, i);
    if (dir) {
      char path[4096];
      FILE *fp;
      snprintf(path, sizeof path, "%s/page-%05u.txt", dir, i);
      fp = fopen(path, "wb");
      if (!fp || fwrite(b.data, 1, b.len, fp) != b.len) {
        perror(path);
        return 1;
      }
      fclose(fp);
      continue;
    }
    dg_harness_map((const uint8_t *)b.data, b.len);
    triples += dg_harness_emit((const uint8_t *)b.data, b.len);
  }
  dg_buf_release(&b);
  if (!dir) {
    ok(1, "%u generated and mutated pages kept every invariant (%lu triples re-parsed)",
       n, triples);
    dg_harness_cleanup();
    return tap_done();
  }
  return 0;
}
