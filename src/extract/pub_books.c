/* pub_books.c - books, reports and pieces named in running text: in a
 * bio ("His most recent book is TITLE (Publisher, 2023)") and in the
 * prose ("her essay in Foreign Policy"). */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/array.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "extract/orgs.h"
#include "extract/people.h"
#include "extract/pub.h"

/* ---------------------------------------------------------------- bio books */

/* The cues that introduce a book or report in a bio, lower case. */
static const char *const book_cues[] = {
  "most recent book is ", "latest book is ", "new book is ", "recent book is ",
  "most recent book, ", "latest book, ", "new book, ", "books include ", "book is ",
  "author of ", "co-author of ", "coauthor of ", "editor of ", "co-editor of ",
  "his book ", "her book ", "their book ", "the book ", "latest book ", "new book ",
};

/* The book cues by their initial letter, in table order: a book cue is
 * looked for at every word of every bio and paragraph. The word's first
 * letter leaves at most three cues, and their first four bytes, compared
 * at once, nearly always settle those. */
typedef struct cue_index {
  signed char head[26];           /* first cue with this initial, -1 if none */
  signed char next[DG_COUNT(book_cues)]; /* the next cue with the same initial */
  uint32_t head4[DG_COUNT(book_cues)];   /* its first four bytes (lower4()) */
} cue_index;

/* The four bytes at s[0..4), lower-cased, in one word. */
static inline uint32_t lower4(const char *s)
{
  return (uint32_t)dg_to_lower((unsigned char)s[0]) |
         (uint32_t)dg_to_lower((unsigned char)s[1]) << 8 |
         (uint32_t)dg_to_lower((unsigned char)s[2]) << 16 |
         (uint32_t)dg_to_lower((unsigned char)s[3]) << 24;
}

static void book_cue_index(cue_index *ix)
{
  signed char *tail[26];
  size_t k;
  for (k = 0; k < 26; k++) {
    ix->head[k] = -1;
    tail[k] = &ix->head[k];
  }
  for (k = 0; k < DG_COUNT(book_cues); k++) {
    int c = book_cues[k][0] - 'a'; /* every cue starts with a lower-case letter */
    ix->next[k] = -1;
    ix->head4[k] = lower4(book_cues[k]); /* every cue is longer than four bytes */
    *tail[c] = (signed char)k;
    tail[c] = &ix->next[k];
  }
}

static cue_index cues_ix;
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

static void cues_init(void) { book_cue_index(&cues_ix); }

/* The index of the book cues: built once for the process (the cues are
 * constant) and read-only afterwards, so the threads of a map share it. */
static const cue_index *book_cues_ix(void)
{
  pthread_once(&cues_once, cues_init);
  return &cues_ix;
}

/* The first book cue (in the order of book_cues) that starts at s[i] of
 * s[0..n), compared as dg_at_ci() does, or DG_COUNT(book_cues). */
static inline size_t book_cue_at(const cue_index *ix, const char *s, size_t n, size_t i)
{
  int c, k;
  uint32_t h;
  if (i + 4 > n)
    return DG_COUNT(book_cues); /* no room for a cue */
  c = dg_to_lower((unsigned char)s[i]);
  if (!dg_is_lower(c) || ix->head[c - 'a'] < 0)
    return DG_COUNT(book_cues);
  h = lower4(s + i);
  for (k = ix->head[c - 'a']; k >= 0; k = ix->next[k])
    if (ix->head4[k] == h && dg_at_ci(s, n, i, book_cues[k]))
      return (size_t)k;
  return DG_COUNT(book_cues);
}

/* Lower-case words between a cue and the title ("the recently published
 * report"); sets *cls when one names the genre. */
static size_t skip_descriptors(const char *s, size_t n, size_t i, dg_class *cls, int *editor)
{
  static const char *const words[] = {
    "the", "a", "an", "recently", "published", "forthcoming", "new", "latest", "several",
    "books", "book", "report", "reports", "study", "volume", "monograph", "edited",
    "award-winning", "acclaimed", "including", "most", "recent", "numerous", "many",
    "other", "works", "on", "about",
  };
  for (;;) {
    size_t j = i, k;
    int hit = 0;
    while (j < n && dg_is_lower((unsigned char)s[j]))
      j++;
    if (j == i)
      return i;
    for (k = 0; k < DG_COUNT(words); k++)
      if (strlen(words[k]) == j - i && strncmp(words[k], s + i, j - i) == 0) {
        hit = 1;
        if (!strcmp(words[k], "report") || !strcmp(words[k], "study") ||
            !strcmp(words[k], "monograph"))
          *cls = DG_CLASS_REPORT;
        if (!strcmp(words[k], "edited"))
          *editor = 1;
      }
    /* "on", "about": "several books on Nordic trade policy" has no title */
    if (!hit || (j - i == 2 && strncmp(s + i, "on", 2) == 0) ||
        (j - i == 5 && strncmp(s + i, "about", 5) == 0))
      return (size_t)-1;
    i = j;
    while (i < n && s[i] == ' ')
      i++;
  }
}

/* End of a title in a bio: before " (", " was published", ", and, more
 * recently,", the end of the sentence. */
static size_t title_end(const char *s, size_t n, size_t i)
{
  size_t j;
  for (j = i; j < n; j++) {
    if (s[j] == '(' && j > i && s[j - 1] == ' ')
      return j - 1;
    if (s[j] == ';')
      return j;
    if (s[j] == '.' && (j + 1 == n || s[j + 1] == ' ') && j > i + 1 &&
        !dg_is_upper((unsigned char)s[j - 1]))
      return j;
    /* ", about his latest book": the sentence goes on */
    if (s[j] == ',' && j + 2 < n && s[j + 1] == ' ' && dg_is_lower((unsigned char)s[j + 2]) &&
        !dg_at(s, n, j, ", and ") && j > i + 4 && !dg_at(s, n, j - 4, " and,"))
      return j;
    if ((s[j] == ' ' || s[j] == ',') &&
        (dg_at(s, n, j, " was published") || dg_at(s, n, j, " is published") ||
         dg_at(s, n, j, ", which") || dg_at(s, n, j, ", published") ||
         dg_at(s, n, j, " and is ") || dg_at(s, n, j, ", and is ")))
      return j;
  }
  return n;
}

/* The rule names of the books found in a bio and in the prose. */
typedef struct book_rules {
  const char *item, *title, *author, *dg_pub_publisher, *year;
} book_rules;

static const book_rules bio_rules = {"bio-book", "bio-book-title", "bio-book-author",
                                     "bio-book-publisher", "bio-book-year"};
static const book_rules prose_rules = {"prose-book", "prose-book-title", "prose-book-author",
                                       "prose-book-publisher", "prose-book-year"};

static void add_book(dg_page *pg, dg_facts *f, size_t base, const char *s, size_t n, size_t a,
                     size_t b, dg_class cls, int editor, size_t author, const book_rules *rl)
{
  char *t;
  size_t tl, item, after = b;
  dg_span sp;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == ','))
    b--;
  if (b <= a || !dg_title_text_like(s + a, b - a))
    return;
  {
    size_t w = 0, k;
    for (k = a; k < b; k++)
      if (s[k] != ' ' && (k == a || s[k - 1] == ' '))
        w++;
    if (w < 2)
      return;
  }
  /* "associate editor of The Harbor Post": an organization, no title */
  {
    size_t m = dg_orgs_first_in(pg->orgs, base + a, b - a), lead = 0;
    if (b - a > 4 && strncmp(s + a, "The ", 4) == 0)
      lead = 4;
    if (m != DG_NO_ORG && dg_orgs_mention(pg->orgs, m)->start <= base + a + lead &&
        (dg_orgs_mention(pg->orgs, m)->len + lead) * 10 >= (b - a) * 6)
      return;
  }
  t = dg_title_clean(s + a, b - a);
  tl = strlen(t);
  if (tl < 6) {
    free(t);
    return;
  }
  sp = dg_span_at(base + a, b - a);
  item = dg_facts_entity(f, DG_KIND_PUBLICATION, t, t, sp, rl->item);
  dg_facts_set_class(f, item, cls);
  dg_facts_add_literal(f, item, DG_P_TITLE, t, DG_DT_STRING, sp, rl->title);
  dg_facts_add_ref(f, pg->doc, DG_P_LISTS, item, sp, rl->item);
  if (author != (size_t)-1)
    dg_people_relate(pg->people, item, editor ? DG_P_EDITOR : DG_P_AUTHOR, author, sp,
                     rl->author);
  /* "(Larchmont Press, 2023)" and "was published by Penfold" */
  while (after < n && (s[after] == ' ' || s[after] == ','))
    after++;
  if (after < n && s[after] == '(') {
    const char *close = memchr(s + after, ')', n - after);
    if (close) {
      size_t pe = (size_t)(close - s), m;
      dg_date y;
      m = dg_orgs_first_in(pg->orgs, base + after, pe - after);
      if (m != DG_NO_ORG) {
        const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
        dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, rl->dg_pub_publisher);
      }
      if (dg_year_find(s + after, pe - after, &y)) {
        char lex[11];
        dg_date_format(&y, lex);
        dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, DG_DT_GYEAR,
                             dg_span_at(base + after + y.start, y.len), rl->year);
      }
    }
  } else if (after + 16 < n && strncmp(s + after, "was published by", 16) == 0) {
    size_t e = after + 16, m;
    while (e < n && s[e] != '.')
      e++;
    m = dg_orgs_first_in(pg->orgs, base + after + 16, e - after - 16);
    if (m != DG_NO_ORG) {
      const dg_orgm *om = dg_orgs_mention(pg->orgs, m);
      dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, rl->dg_pub_publisher);
    }
  }
  free(t);
}

/* 1 if the word that ends right before s[i] (one space between) names
 * a post on a periodical's staff: "associate editor of The Harbor Post"
 * is a job, not a book. */
static int staff_post_before(const char *s, size_t i)
{
  static const char *const w[] = {"associate", "managing", "senior", "deputy", "contributing",
                                  "executive", "founding", "former", "chief", "assistant"};
  size_t e, b, k;
  if (i < 2 || s[i - 1] != ' ')
    return 0;
  e = i - 1;
  b = e;
  while (b > 0 && dg_is_alpha((unsigned char)s[b - 1]) && e - b < 16)
    b--;
  for (k = 0; k < DG_COUNT(w); k++)
    if (strlen(w[k]) == e - b && strncasecmp(w[k], s + b, e - b) == 0)
      return 1;
  return 0;
}

static void books_in(dg_page *pg, dg_facts *f, size_t start, size_t len, size_t author,
                     const book_rules *rl)
{
  const char *s = pg->text + start;
  size_t i;
  const cue_index *ix = book_cues_ix();
  for (i = 0; i < len; i++) {
    size_t k, cl, a, e, p;
    dg_class cls = DG_CLASS_BOOK;
    int editor;
    if (i > 0 && dg_is_alnum((unsigned char)s[i - 1]))
      continue;
    /* the first cue that starts here, if any: the search at this
     * position ends with it, whatever follows */
    k = book_cue_at(ix, s, len, i);
    if (k == DG_COUNT(book_cues))
      continue;
    cl = strlen(book_cues[k]);
    editor = strstr(book_cues[k], "editor") != NULL;
    if (editor && staff_post_before(s, i))
      continue;
    a = skip_descriptors(s, len, i + cl, &cls, &editor);
    /* a capital or a quote, straight or curly (a cap byte) */
    if (a == (size_t)-1 || a >= len || !(dg_is_cap_byte((unsigned char)s[a]) || s[a] == '"'))
      continue;
    e = title_end(s, len, a);
    /* "TITLE1 and, more recently, TITLE2" / "TITLE1, and TITLE2" */
    p = a;
    while (p < e) {
      size_t q, next = e, cut = e;
      for (q = p; q + 6 < e; q++) {
        if (dg_at(s, e, q, " and, ") || dg_at(s, e, q, ", and ")) {
          cut = q;
          next = q + 6;
          break;
        }
      }
      add_book(pg, f, start, s, len, p, cut, cls, editor, author, rl);
      if (next >= e)
        break;
      p = next;
      while (p < e && (s[p] == ' ' || s[p] == ','))
        p++;
      /* "more recently, " before the next title */
      while (p < e && dg_is_lower((unsigned char)s[p])) {
        while (p < e && s[p] != ' ')
          p++;
        while (p < e && (s[p] == ' ' || s[p] == ','))
          p++;
      }
    }
    i = e;
  }
}

void dg_extract_bio_books(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t start,
                          size_t len, size_t author)
{
  (void)info;
  books_in(pg, f, start, len, author, &bio_rules);
}

/* ---------------------------------------------------------------- prose */

/* Genre words of a piece named in the prose, lower case. */
static const struct {
  const char *w;
  dg_class cls;
} piece_words[] = {
  {"chapter", DG_CLASS_CHAPTER}, {"chapters", DG_CLASS_CHAPTER},
  {"foreword", DG_CLASS_ESSAY}, {"afterword", DG_CLASS_ESSAY}, {"preface", DG_CLASS_ESSAY},
  {"essay", DG_CLASS_ESSAY}, {"essays", DG_CLASS_ESSAY}, {"article", DG_CLASS_ARTICLE},
  {"articles", DG_CLASS_ARTICLE}, {"op-ed", DG_CLASS_COMMENTARY},
  {"commentary", DG_CLASS_COMMENTARY}, {"column", DG_CLASS_COMMENTARY},
  {"paper", DG_CLASS_REPORT}, {"papers", DG_CLASS_REPORT}, {"report", DG_CLASS_REPORT},
  {"reports", DG_CLASS_REPORT}, {"study", DG_CLASS_REPORT}, {"book", DG_CLASS_BOOK},
};

/* The genre word s[0..n) names, or NONE; with `plural` plural forms
 * count too. */
static dg_class piece_word(const char *s, size_t n, int plural)
{
  size_t k;
  for (k = 0; k < DG_COUNT(piece_words); k++)
    if (strlen(piece_words[k].w) == n && strncasecmp(piece_words[k].w, s, n) == 0 &&
        (plural || piece_words[k].w[n - 1] != 's'))
      return piece_words[k].cls;
  return DG_CLASS_NONE;
}

/* Length of a possessive "'s" or "’s" ending s[0..n), or 0. */
static size_t possessive_len(const char *s, size_t n)
{
  if (n >= 2 && s[n - 2] == '\'' && s[n - 1] == 's')
    return 2;
  if (n >= 4 && dg_at(s, n, n - 4, "\xE2\x80\x99s"))
    return 4;
  return 0;
}

/* Imperatives that open a sentence before a name ("Read NAME's chapter"). */
static int imperative(const char *s, size_t n)
{
  static const char *const w[] = {"read", "see", "listen", "watch", "download", "order", "buy",
                                  "explore", "find", "get", "visit", "view", "discover"};
  size_t k;
  for (k = 0; k < DG_COUNT(w); k++)
    if (strlen(w[k]) == n && strncasecmp(w[k], s, n) == 0)
      return 1;
  return 0;
}

/* The person named by a run of capitalised words in s[a, b) at page
 * offset base: a possessive place or organization before an office title
 * ("Harborland's President Ana Ruiz") and an imperative that opens the
 * sentence are left out. With `given`, a known given name, an honorific
 * or a title is required. Adds the mention; returns its id or
 * DG_NO_PERSON. */
static size_t person_in(dg_page *pg, size_t base, const char *s, size_t a, size_t b, int given,
                        const char *rule)
{
  dg_name nm;
  size_t id = DG_NO_PERSON, w = dg_pub_word_end(s, b, a);
  if (w < b && (possessive_len(s + a, w - a) || imperative(s + a, w - a))) {
    a = w;
    while (a < b && s[a] == ' ')
      a++;
  }
  if (b <= a)
    return DG_NO_PERSON;
  dg_name_init(&nm);
  if (dg_name_parse(pg->gz, s + a, b - a, DG_NAME_SHAPE, &nm) && nm.words >= 2 && nm.words <= 6 &&
      (!given || nm.known_given || nm.honorific))
    id = dg_people_add(pg->people, &nm, dg_span_at(base + a + nm.start, nm.len), DG_PS_LISTING,
                       rule);
  dg_name_release(&nm);
  return id;
}

/* The last person with a known given name (or a title) named in
 * s[from, to): the antecedent of "his"/"her" before a book cue. */
static size_t last_person(dg_page *pg, size_t base, const char *s, size_t from, size_t to)
{
  size_t i = from, found = DG_NO_PERSON, a = 0, b = 0;
  while (i < to) {
    size_t st = i, e;
    if (!dg_cap_byte_at(s, to, i) || (i > from && s[i - 1] != ' ')) {
      i++;
      continue;
    }
    e = dg_pub_cap_run(s, to, &st);
    if (e > st) {
      dg_name nm;
      dg_name_init(&nm);
      if (dg_name_parse(pg->gz, s + st, e - st, DG_NAME_SHAPE, &nm) && nm.words >= 2 &&
          (nm.known_given || nm.honorific)) {
        a = st;
        b = e;
        found = 0;
      }
      dg_name_release(&nm);
    }
    i = e > i ? e : i + 1;
  }
  return found == DG_NO_PERSON ? DG_NO_PERSON
                               : person_in(pg, base, s, a, b, 1, "prose-book-author");
}

/* The start of the sentence that holds s[i] (of a prose line). */
static size_t sentence_start(const char *s, size_t i)
{
  size_t k = i, steps = 0;
  while (k > 1 && steps++ < 600) {
    if ((s[k - 2] == '.' || s[k - 2] == '?' || s[k - 2] == '!') && s[k - 1] == ' ' &&
        dg_cap_byte_at(s, i + 1, k))
      return k;
    k--;
  }
  return k <= 1 ? 0 : k;
}

/* The end of the sentence that holds s[i]: after a full stop, a space
 * and a capital, or the end. */
static size_t sentence_stop(const char *s, size_t n, size_t i)
{
  for (; i + 2 < n; i++)
    if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
        dg_cap_byte_at(s, n, i + 2))
      return i + 1;
  return n;
}

/* Books named in running text: "about his latest book, TITLE
 * (Publisher, 2028)", "NAME's new book, TITLE", "NAME, author of TITLE".
 * The author is the last person the sentence names before the cue. `ix`
 * is book_cues_ix(). */
static void prose_books(dg_page *pg, dg_facts *f, size_t li, const cue_index *ix)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, i;
  for (i = 0; i < n; i++) {
    size_t k, sb, se, author;
    /* the cues follow a space: go to the next one */
    const char *sp = memchr(s + i, ' ', n - i);
    if (!sp)
      break;
    i = (size_t)(sp - s);
    k = book_cue_at(ix, s, n, i + 1);
    if (k == DG_COUNT(book_cues) || (strstr(book_cues[k], "editor") && staff_post_before(s, i + 1)))
      continue;
    sb = sentence_start(s, i);
    se = sentence_stop(s, n, i + 1);
    author = last_person(pg, l->content, s, sb, i);
    if (author != DG_NO_PERSON)
      books_in(pg, f, l->content + i + 1, se - i - 1, author, &prose_rules);
    i = se;
  }
}

/* The genre of a piece the prose names without a genre word: the last
 * genre word (plural forms too) in the paragraphs above line li and in
 * its own text before `at`, else Article. */
static dg_class context_genre(const dg_page *pg, size_t li, size_t at)
{
  size_t i, q = 0;
  for (i = li + 1; i-- > pg->header_end && q < 4;) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = i == li ? at : l->end - l->content, k;
    dg_class last = DG_CLASS_NONE;
    if (!(l->flags & DG_LF_PROSE))
      continue;
    q++;
    if (n > DG_CUE_SCAN)
      n = DG_CUE_SCAN;
    for (k = 0; k < n; k++) {
      size_t e;
      dg_class c;
      if (!dg_is_alpha((unsigned char)s[k]) || (k > 0 && dg_is_alpha((unsigned char)s[k - 1])))
        continue;
      e = k;
      while (e < n && (dg_is_alpha((unsigned char)s[e]) || s[e] == '-'))
        e++;
      if ((c = piece_word(s + k, e - k, 1)) != DG_CLASS_NONE)
        last = c;
      k = e;
    }
    if (last != DG_CLASS_NONE)
      return last;
  }
  return DG_CLASS_ARTICLE;
}

/* 1 if "his", "her" or "their" and a genre word stand right before the
 * quote at s[q] ("her chapter, “"). */
static int pronoun_before(const char *s, size_t q)
{
  static const char *const w[] = {"his ", "her ", "their "};
  size_t k, b = q > 40 ? q - 40 : 0, e;
  /* back over ", " and the genre word */
  e = q;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == ','))
    e--;
  while (e > b && s[e - 1] != ' ')
    e--;
  for (k = 0; k < DG_COUNT(w); k++) {
    size_t wl = strlen(w[k]);
    if (e >= b + wl && strncasecmp(s + e - wl, w[k], wl) == 0 &&
        (e == wl || s[e - wl - 1] == ' '))
      return 1;
  }
  return 0;
}

/* What a sentence says after a cited title, s[from, to) at page offset
 * base: "in Harbor's Annual Studies (2029)" gives the year and, through
 * the possessive, the organization that publishes the series. */
static void prose_piece_venue(dg_page *pg, dg_facts *f, size_t item, size_t base, const char *s,
                              size_t from, size_t to)
{
  size_t k, in = dg_find_ci(s, to, from, " in ", 0);
  for (k = from; k + 6 <= to; k++) {
    dg_date y;
    if (s[k] == '(' && s[k + 5] == ')' && dg_year_find(s + k + 1, 4, &y)) {
      char lex[11];
      dg_date_format(&y, lex);
      dg_facts_add_literal(f, item, DG_P_DATE_PUBLISHED, lex, DG_DT_GYEAR,
                           dg_span_at(base + k + 1, 4), "prose-piece-date");
      break;
    }
  }
  if (in < to && in < from + 4) {
    size_t m = dg_orgs_first_in(pg->orgs, base + in + 4, to - in - 4);
    const dg_orgm *om = m != DG_NO_ORG ? dg_orgs_mention(pg->orgs, m) : NULL;
    if (om && om->start == base + in + 4 &&
        possessive_len(s + in + 4, om->len + 2 <= to - in - 4 ? om->len + 2 : 0) +
                possessive_len(s + in + 4, om->len + 4 <= to - in - 4 ? om->len + 4 : 0) >
            0) {
      dg_orgs_ref(pg->orgs, f, item, DG_P_PUBLISHER, om, "prose-piece-publisher");
    }
  }
}

/* A piece cited by its quoted title in running text, the title written
 * with its comma inside the quotes: "NAME's chapter, “TITLE,” in SERIES
 * (2029)", "In his foreword, “TITLE,” NAME argued", "In “TITLE,” NAME
 * explained". A genre word before the title, or "In" before it and a
 * person after it, tell a title from a phrase in scare quotes. Adds the
 * listed item; returns where the scan goes on. */
static size_t prose_piece(dg_page *pg, dg_pageinfo *info, dg_facts *f, size_t li, size_t q)
{
  const dg_line *l = &pg->lines[li];
  const char *s = pg->text + l->content;
  size_t n = l->end - l->content, a, b, after, w, we, item, author = DG_NO_PERSON, se, k;
  dg_class cls = DG_CLASS_NONE;
  int in_cue = 0;
  char *t;
  dg_span sp;
  if (!dg_pub_quoted_title(s + q, n - q, &a, &b, &after))
    return q + 1;
  a += q, b += q, after += q;
  /* "lending,”": the comma inside the quotes closes a cited title */
  if (b <= a + 1 || s[b - 1] != ',' || !dg_title_text_like(s + a, b - a - 1))
    return after;
  /* the word before ", “": a genre; "In “": a cited piece */
  we = q;
  while (we > 0 && s[we - 1] == ' ')
    we--;
  if (we >= 2 && dg_at_ci(s, n, we - 2, "in") && (we == 2 || s[we - 3] == ' '))
    in_cue = 1;
  else if (we > 0 && s[we - 1] == ',') {
    w = we - 1;
    while (w > 0 && (dg_is_alpha((unsigned char)s[w - 1]) || s[w - 1] == '-'))
      w--;
    cls = piece_word(s + w, we - 1 - w, 0);
    if (cls != DG_CLASS_NONE) {
      /* "NAME's chapter": the possessor wrote it */
      size_t pe = w, ps;
      while (pe > 0 && s[pe - 1] == ' ')
        pe--;
      if (possessive_len(s, pe)) {
        size_t e = pe - possessive_len(s, pe), words = 0;
        ps = sentence_start(s, e);
        /* the capitalised words before the possessive, up to six */
        k = e;
        while (k > ps && words < 6) {
          size_t ws = k;
          while (ws > ps && s[ws - 1] != ' ')
            ws--;
          if (!dg_cap_byte_at(s, e, ws))
            break;
          k = ws;
          words++;
          if (k == ps)
            break;
          k--; /* the space before the word */
        }
        while (k < e && s[k] == ' ')
          k++;
        author = person_in(pg, l->content, s, k, e, 0, "prose-piece-author");
      }
      in_cue = 1;
    }
  }
  if (!in_cue)
    return after;
  /* a person right after the title: "“TITLE,” NAME explained"; after "In"
   * only a person makes the title a piece's */
  if (author == DG_NO_PERSON) {
    size_t st = after, e = dg_pub_cap_run(s, n, &st);
    if (e > st)
      author = person_in(pg, l->content, s, st, e, 1, "prose-piece-author");
    /* "her chapter, “TITLE,” examines": the person named before */
    if (author == DG_NO_PERSON && cls != DG_CLASS_NONE && pronoun_before(s, q))
      author = last_person(pg, l->content, s, sentence_start(s, q), q);
    if (author == DG_NO_PERSON && cls == DG_CLASS_NONE)
      return after;
  }
  if (cls == DG_CLASS_NONE)
    cls = context_genre(pg, li, q);
  t = dg_title_clean(s + a, b - a - 1);
  sp = dg_span_at(l->content + a, b - a - 1);
  item = dg_pub_listed_entity(pg, f, info, t, sp, NULL);
  if (item != (size_t)-1) {
    dg_facts_set_class(f, item, cls);
    dg_facts_add_literal(f, item, DG_P_TITLE, t, DG_DT_STRING, sp, "prose-piece-title");
    dg_facts_add_ref(f, pg->doc, DG_P_LISTS, item, sp, "prose-piece");
    if (info->main_pub != (size_t)-1)
      dg_facts_add_ref(f, info->main_pub, DG_P_RELATED_TO, item, sp, "prose-piece");
    if (author != DG_NO_PERSON)
      dg_people_relate(pg->people, item, DG_P_AUTHOR, author, sp, "prose-piece-author");
    /* the venue follows the title closely */
    se = sentence_stop(s, n < after + 300 ? n : after + 300, after);
    prose_piece_venue(pg, f, item, l->content, s, after, se);
  }
  free(t);
  return after;
}

/* The first byte c at or after s[from] of s[0..n), or n. */
static size_t next_byte(const char *s, size_t n, size_t from, char c)
{
  const char *p = from < n ? memchr(s + from, c, n - from) : NULL;
  return p ? (size_t)(p - s) : n;
}

/* The first curly opening quote (E2 80 9C) at or after s[from] of
 * s[0..n), or n. */
static size_t next_curly_open(const char *s, size_t n, size_t from)
{
  size_t q;
  for (q = next_byte(s, n, from, '\xE2'); q < n; q = next_byte(s, n, q + 1, '\xE2'))
    if (q + 2 < n && (unsigned char)s[q + 1] == 0x80 && (unsigned char)s[q + 2] == 0x9C)
      return q;
  return n;
}

/* Items named in the running text of the body: books after a cue, and
 * pieces cited by their quoted titles. */
void dg_pub_prose_items(dg_page *pg, dg_pageinfo *info, dg_facts *f)
{
  size_t i;
  const cue_index *ix = book_cues_ix();
  for (i = pg->header_end; i < pg->footer_start; i++) {
    const dg_line *l = &pg->lines[i];
    const char *s = pg->text + l->content;
    size_t n = l->end - l->content, q, dq, cq;
    /* running text, or a sentence of show notes ("Read NAME's chapter,
     * ...") that its capitals kept from counting as prose */
    if (!((l->flags & DG_LF_PROSE) || ((l->flags & DG_LF_END_PUNCT) && l->nwords >= 8)) ||
        l->zone != DG_ZONE_BODY)
      continue;
    prose_books(pg, f, i, ix);
    /* each opening quote, straight or curly, in text order; the next of
     * each kind is found with memchr() and kept until q passes it, so
     * the line is read once whatever its quotes */
    dq = next_byte(s, n, 0, '"');
    cq = next_curly_open(s, n, 0);
    for (q = 0; q < n;) {
      if (dq < q)
        dq = next_byte(s, n, q, '"');
      if (cq < q)
        cq = next_curly_open(s, n, q);
      q = dq < cq ? dq : cq;
      if (q >= n)
        break;
      q = prose_piece(pg, info, f, i, q);
    }
  }
}
