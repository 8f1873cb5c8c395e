/* names.c - reading person names: titles off, shape checked, case fixed.
 *
 * A name here is a short run of words. The checks are about shape
 * (capitalised words, initials, particles such as "van" or "bin") and a
 * few words that never belong to a name in this genre ("Institute",
 * "Report", "Fellow"); whether a given name is known comes from the
 * gazetteer. Everything is linear in the length of the input. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "base/array.h"
#include "base/buf.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/tokens.h"
#include "extract/words.h"

void dg_name_init(dg_name *n) { memset(n, 0, sizeof *n); }

void dg_name_release(dg_name *n)
{
  if (!n)
    return;
  free(n->display);
  free(n->written);
  free(n->given);
  free(n->surname);
  memset(n, 0, sizeof *n);
}

/* Suffixes after a name. */
static const char *const suffixes[] = {
  "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "PhD", "Ph.D.", "Ph.D", "Esq", "Esq.",
  "(ret.)", "(Ret.)", "(retd.)", "(Retd.)", "ret.", "Ret.", "(ret)", "OBE", "CBE",
  "KBE", "MBE", "MD", "M.D.",
};

/* The suffixes that are part of a person's name: a generation. */
static const char *const generations[] = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"};

/* Stop words that are also family names ("Anthony Lake", "John Key"):
 * a name's last word after a title and a known given name ("Chairman
 * Robert Lake"). */
static const char *const surname_words[] = {
  "Cape", "Fort", "Key", "Lake", "Main", "Mount", "Post", "Read", "Street",
};

/* Nouns of a role or a trade that a card or a role line puts before a
 * name as a label ("Author Ada Lind", "Moderator Ben Roe"): not part of
 * the name, nor one of its written forms. */
static const char *const role_nouns[] = {
  "Analyst", "Anchor", "Author", "Columnist", "Commentator", "Contributor", "Correspondent",
  "Discussant", "Economist", "Editor", "Guest", "Historian", "Host", "Illustrator",
  "Interviewer", "Journalist", "Keynote", "Moderator", "Narrator", "Panelist", "Panellist",
  "Photographer", "Presenter", "Producer", "Rapporteur", "Reporter", "Respondent",
  "Scholar", "Speaker", "Translator", "Writer",
};

/* Words that are never part of a person's name in this genre. Generic
 * vocabulary: the heads of organization names, document and event words,
 * positions, calendar words, pronouns, the first words of place names,
 * the "By" of bylines in other languages (Von, Par, Por).
 * Kept in byte order: dg_name_stopword() bisects it. */
static const char *const stopwords[] = {
  "About", "Abstract", "Academy", "Act", "Adjunct", "Administration", "Adviser",
  "Advisor", "Affairs",
  "After", "Agency", "Agreement", "All", "Alliance", "Although", "Ambassador", "Analysis",
  "Analyst", "And", "Apr", "April", "Arctic", "Army", "Article", "Articles", "As", "Asia",
  "Assembly", "Assistant", "Associate", "Association", "At", "Atlantic", "Auditorium",
  "Aug", "August", "Author",
  "Authority", "Authors", "Ave", "Avenue", "Bank", "Before", "Blvd", "Book", "Books",
  "Both", "Boulevard", "Brief", "Briefs", "Building", "Bureau", "But", "By", "Campus",
  "Cape", "Center", "Centre", "Chair", "Chapter", "Chief", "Citation", "Click", "Cold",
  "College", "Command", "Commentary", "Commission", "Committee", "Company", "Conclusion",
  "Conference", "Congress", "Consulate", "Contact", "Contents", "Cookies", "Cooperation",
  "Coordinator", "Corporation", "Correspondent", "Council", "Crisis", "Cyber", "Dec",
  "December", "Declaration", "Defence", "Defense", "Department", "Deputy", "Despite",
  "Development", "Dialogue", "Director", "Discussion", "Distinguished", "Doctrine",
  "Donate", "Download", "During", "Economic", "Economics",
  "Economy", "Edition", "Editor", "Editors", "Email",
  "Embassy", "Emeritus", "Endowment", "Essay", "Essays", "Eurasia", "Europe", "Event",
  "Events", "Executive", "Experts", "Explainer", "Feb", "February", "Federal", "Fellow",
  "Fellows", "Floor", "For", "Forces", "Foreign", "Former", "Fort", "Forum", "Foundation",
  "Founder", "Free", "Friday", "From", "Full", "Fund", "Global", "Government", "Group",
  "Guidelines", "He", "Her", "Here", "Him", "His", "Home", "How", "However", "I", "If",
  "In", "Inaugural", "Inc", "Initiative", "Institute", "Institution", "International",
  "Introduction", "Isla", "Issue", "Issues", "It", "Its", "Jan", "January", "Join",
  "Journal", "Jul", "July", "Jun", "June", "Key", "Keywords", "Laboratory", "Lake", "Las",
  "Late", "Launch", "Lecture", "Lecturer", "Library", "Limited", "Listen", "Los", "Ltd",
  "Magazine", "Main", "Manager", "Mar", "March", "Media", "Meeting", "Member", "Members",
  "Middle", "Military", "Minister", "Ministry", "Moderator", "Monday", "More", "Mount",
  "National", "Navy", "Network", "Networks", "New", "News", "Newsletter", "Non-Resident",
  "Nonresident", "Northeast", "Notes", "Nov", "November", "Oct", "October", "Of", "Office",
  "Officer", "On", "Online", "Opening", "Or", "Organisation", "Organization", "Our", "Outlook",
  "Overview", "Pacific", "Panel", "Panelists", "Paper", "Papers", "Par", "Parliament",
  "Participants", "Partnership", "Party", "Peace", "Plaza", "Please", "Podcast",
  "Policies", "Policy", "Political", "Politics", "Por", "Port", "Porto", "Post", "President",
  "Press", "Print", "Privacy",
  "Professor", "Program", "Programme", "Programs", "Project", "Publications", "Puerto",
  "Quarterly", "Read", "Register", "Related", "Relations", "Remarks", "Report", "Reports", "Research",
  "Researcher", "Review", "Rio", "Road", "Room", "Roundtable", "Saint", "San",
  "San Francisco", "Santa", "Santa Monica", "Santo", "Sao", "Saturday", "Scholar",
  "Scholars", "School", "Search",
  "Secretariat", "Secretary", "Security", "See", "Seminar", "Senate", "Senior", "Sep",
  "Sept", "September", "Series", "Service", "Services", "Session", "Share", "She", "Since",
  "Society", "Southeast", "Speaker", "Speakers", "Square", "St", "Staff", "Statement", "Statements", "Strategic",
  "Strategist", "Strategy", "Street", "Studies", "Subscribe", "Suite", "Summary", "Summit",
  "Sunday", "Symposium", "S\xC3\xA3o", "Tags", "Talks", "Team", "Terms", "Testimony", "That", "The", "Their",
  "Them", "Themes", "There", "These", "They", "This", "Those", "Thursday", "Times", "To",
  "Today", "Topics", "Transcript", "Treaty", "Trust", "Tuesday", "Under", "Union", "Unit", "University",
  "Update", "Vice", "Video", "View", "Visiting", "Volume", "Von", "War", "Watch", "We",
  "Webinar",
  "Wednesday", "What", "When", "Where", "While", "Who", "Why", "With", "Workshop", "World",
  "You",
};

static int in_list(const char *const *list, size_t n, const char *s, size_t len)
{
  size_t i;
  if (len == 0)
    return 0; /* no entry is empty */
  for (i = 0; i < n; i++)
    if (list[i][0] == s[0] && dg_word_cmp(s, len, list[i]) == 0)
      return 1;
  return 0;
}

/* The stop words by their initial: every stop word opens with an ASCII
 * capital, so a search looks only at the words of its first letter. And
 * the suffixes
 * and the particles (the lexicon's, DG_LEX_PARTICLE: "Ursula von der
 * Leyen", "Mohamed bin Zayed", "Vincent van Gogh"; the first 32) of each
 * first byte, as bits of their lists. These are asked of every word of
 * every name. Built once. */
static dg_caplist stop_list;
static uint32_t suffix_first[256], particle_first[256], surname_particle_first[256];
static const char *const *particles;
typedef char suffixes_fit_bits[DG_COUNT(suffixes) <= 32 ? 1 : -1];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static void index_words(void)
{
  const dg_lex *lx;
  size_t i;
  dg_caplist_init(&stop_list, stopwords, DG_COUNT(stopwords));
  for (i = 0; i < DG_COUNT(suffixes); i++)
    suffix_first[(unsigned char)suffixes[i][0]] |= UINT32_C(1) << i;
  lx = dg_lexicon(DG_LEX_PARTICLE);
  particles = lx->words;
  for (i = 0; i < lx->n && i < 32; i++) {
    particle_first[(unsigned char)particles[i][0]] |= UINT32_C(1) << i;
    if (lx->flags[i] & DG_LEX_SURNAME)
      surname_particle_first[(unsigned char)particles[i][0]] |= UINT32_C(1) << i;
  }
}

/* 1 if `len` bytes at s are a word of `list`, whose words of each first
 * byte are the bits of first[]. */
static int in_set(const char *const *list, const uint32_t *first, const char *s, size_t len)
{
  uint32_t bits;
  if (len == 0)
    return 0;
  pthread_once(&words_once, index_words);
  for (bits = first[(unsigned char)s[0]]; bits; bits &= bits - 1)
    if (dg_word_cmp(s, len, list[__builtin_ctz(bits)]) == 0)
      return 1;
  return 0;
}

static int is_suffix(const char *s, size_t len) { return in_set(suffixes, suffix_first, s, len); }

int dg_name_particle(const char *s, size_t len)
{
  pthread_once(&words_once, index_words); /* sets `particles` */
  return in_set(particles, particle_first, s, len);
}

int dg_name_surname_particle(const char *s, size_t len)
{
  pthread_once(&words_once, index_words);
  return in_set(particles, surname_particle_first, s, len);
}

int dg_name_stopword(const char *s, size_t len)
{
  char buf[32];
  size_t k;
  pthread_once(&words_once, index_words);
  if (dg_caplist_has(&stop_list, s, len))
    return 1;
  /* "COMMISSIONER STATEMENTS": a word in capitals is the stop word it
   * spells */
  if (len < 2 || len >= sizeof buf)
    return 0;
  for (k = 0; k < len; k++) {
    if (!dg_is_upper((unsigned char)s[k]) && s[k] != '-')
      return 0;
    buf[k] = (char)(k == 0 || s[k - 1] == '-' ? s[k] : dg_to_lower((unsigned char)s[k]));
  }
  return dg_caplist_has(&stop_list, buf, len);
}

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n'; }

static int has_lower(const char *s, size_t len)
{
  size_t i = 0;
  while (i < len) {
    uint32_t uc;
    int n = dg_utf8_decode(s + i, len - i, &uc);
    if (uc_is_lower(uc))
      return 1;
    i += (size_t)n;
  }
  return 0;
}

/* "H.R.", "D.J.", "J.", "J": capital letters each followed by a dot (the
 * last dot optional for a single letter). */
static int is_initials(const char *s, size_t len)
{
  size_t i = 0;
  int letters = 0;
  if (len == 1)
    return dg_is_upper((unsigned char)s[0]);
  while (i < len) {
    if (!dg_is_upper((unsigned char)s[i]))
      return 0;
    letters++;
    i++;
    if (i < len && s[i] == '.')
      i++;
    else if (i < len)
      return 0;
    else if (letters > 1)
      return 0;
  }
  return letters > 0 && letters <= 3;
}

/* A capitalised name word: "Rozman", "Rapp-Hooper", "O'Hanlon", "McMaster",
 * "MATSUBARA", "Yong-Chool", "Jae-in", "Dahinden-Ganzoni". */
static int is_name_word(const char *s, size_t len)
{
  size_t i;
  int letters = 0;
  if (!dg_starts_upper(s, len))
    return 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (dg_is_alpha(c) || c >= 0x80) {
      letters++;
      continue;
    }
    if (c == '-' || c == '\'')
      continue;
    return 0;
  }
  /* a closing hyphen or apostrophe is not part of a name */
  if (s[len - 1] == '-' || s[len - 1] == '\'')
    return 0;
  return letters >= 2;
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
  while (i < len && is_space((unsigned char)s[i]))
    i++;
  return i;
}

/* Like dg_name_honorific(), and *keep gets the offset where the titles
 * worth keeping in a written form start: an office ("President",
 * "Ambassador") is not part of a name's variants, a rank or a degree
 * ("Lt Gen", "Dr.") is. */
static size_t honorifics(const dg_gazetteer *gz, const char *s, size_t len, int *kind,
                         size_t *keep);

/* How many bytes of a name's start are searched for titles. */
#define HON_SCAN 160

size_t dg_name_honorific(const dg_gazetteer *gz, const char *s, size_t len, int *kind)
{
  size_t keep;
  return honorifics(gz, s, len, kind, &keep);
}

/* 1 if token `t` of s is a word of two or more letters, all capitals. */
static int caps_word(const char *s, const dg_token *t)
{
  size_t k;
  if (t->type != DG_TOK_WORD || t->len < 2)
    return 0;
  for (k = 0; k < t->len; k++)
    if (!dg_is_upper((unsigned char)s[t->start + k]))
      return 0;
  return 1;
}

static size_t honorifics(const dg_gazetteer *gz, const char *s, size_t len, int *kind,
                         size_t *keep)
{
  /* a token is at least one byte: the scan's tokens fit on the stack, so
   * dg_tokenize() never grows the array (no allocation per name) */
  dg_token stack[HON_SCAN];
  dg_tokens t;
  size_t done, ti;
  long v = 0;
  size_t scan = len < HON_SCAN ? len : HON_SCAN, part = scan;
  int kept, more;
  /* Most names start with no title: tokenize the first word first, cut
   * at an ASCII space so that its tokens are exactly the first tokens of
   * the whole scan, and tokenize the whole scan only when a title may run
   * up to the end of that word. */
  if (scan > 1) {
    const char *sp = memchr(s + 1, ' ', scan - 1);
    if (sp)
      part = (size_t)(sp - s);
  }
  t.tok = stack;
  t.n = 0;
  t.cap = HON_SCAN;
  for (;;) {
    done = 0, ti = 0, kept = 0, more = 0;
    *keep = 0;
    if (kind)
      *kind = -1;
    dg_tokenize(s, part, &t);
    while (ti < t.n) {
      size_t n = dg_matcher_longest_ro(dg_gazetteer_honorifics(gz), s, &t, ti, &v, &more);
      size_t end;
      /* "DR. ADA LIND": a title in capitals before a name in capitals */
      if (n == 0 && !more && caps_word(s, &t.tok[ti]))
        n = dg_matcher_longest_ro(dg_gazetteer_honorifics_caps(gz), s, &t, ti, &v, &more);
      if (part < scan && (more || (n && ti + n >= t.n))) {
        more = 1; /* a longer title or the dot after it may follow */
        break;
      }
      if (n == 0)
        break;
      end = t.tok[ti + n - 1].start + t.tok[ti + n - 1].len;
      /* "Dr" followed by "." not in the form: take the dot too */
      if (ti + n < t.n && t.tok[ti + n].start == end && s[end] == '.' &&
          t.tok[ti + n - 1].type == DG_TOK_WORD)
        end++, n++;
      /* a title must be followed by a space: "Chairman's" is not a title */
      if (end < scan && !is_space((unsigned char)s[end]))
        break;
      if (DG_HON_KIND(v) == DG_HON_OFFICE && !kept)
        *keep = skip_spaces(s, len, end);
      else
        kept = 1;
      done = skip_spaces(s, len, end);
      if (kind)
        *kind = (int)DG_HON_KIND(v);
      ti += n;
    }
    if (ti >= t.n)
      more = 1;
    if (!more || part == scan)
      break;
    part = scan;
  }
  return done;
}

/* Footnote marks after a name: ¹ ² ³ ⁰..⁹ * † ‡. Returns the length of
 * the mark ending at s[b), or 0. */
static size_t footnote_mark(const char *s, size_t a, size_t b)
{
  const unsigned char *u = (const unsigned char *)s;
  if (b > a && (s[b - 1] == '*' || (b - 1 > a && dg_is_digit(u[b - 1]) && u[b - 2] >= 0x80)))
    return 1;
  if (b >= a + 2 && u[b - 2] == 0xC2 && (u[b - 1] == 0xB9 || u[b - 1] == 0xB2 || u[b - 1] == 0xB3))
    return 2;
  if (b >= a + 3 && u[b - 3] == 0xE2 && u[b - 2] == 0x81 && u[b - 1] >= 0xB0 && u[b - 1] <= 0xB9)
    return 3;
  if (b >= a + 3 && u[b - 3] == 0xE2 && u[b - 2] == 0x80 && (u[b - 1] == 0xA0 || u[b - 1] == 0xA1))
    return 3;
  return 0;
}

size_t dg_name_footnote_len(const char *s, size_t len) { return footnote_mark(s, 0, len); }

/* Trims white space and the punctuation that surrounds a name in a list or
 * a line: bullets, dashes, colons, commas, quotes, footnote marks, a final
 * full stop that is not an initial's. */
static void trim(const char *s, size_t *a, size_t *b)
{
  for (;;) {
    size_t i = *a;
    while (i < *b && (is_space((unsigned char)s[i]) || strchr(",;:*\"", s[i])))
      i++;
    if (i + 3 <= *b && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0xA2)) {
      i += 3; /* dashes, bullets, curly quotes */
      *a = i;
      continue;
    }
    *a = i;
    break;
  }
  for (;;) {
    size_t j = *b, fm;
    while (j > *a && (is_space((unsigned char)s[j - 1]) || strchr(",;:*\"", s[j - 1])))
      j--;
    while ((fm = footnote_mark(s, *a, j)) != 0)
      j -= fm;
    if (j >= *a + 3 && (unsigned char)s[j - 3] == 0xE2 && (unsigned char)s[j - 2] == 0x80 &&
        ((unsigned char)s[j - 1] >= 0x90 && (unsigned char)s[j - 1] <= 0x9D)) {
      *b = j - 3;
      continue;
    }
    /* "Weitz." but not "Paul J." or "Jr." */
    if (j > *a + 2 && s[j - 1] == '.' && dg_is_lower((unsigned char)s[j - 2])) {
      size_t w = j - 1;
      while (w > *a && !is_space((unsigned char)s[w - 1]))
        w--;
      if (!is_suffix(s + w, j - w)) {
        *b = j - 1;
        continue;
      }
    }
    *b = j;
    break;
  }
}

/* Counts the letters of the word s[0, len) and its upper-case ones. */
static void count_case(const char *s, size_t len, int *letters, int *upper)
{
  size_t k;
  *letters = *upper = 0;
  /* ASCII first: for bytes below 0x80, uc_is_alpha and uc_is_upper are
   * the ASCII letter tests, so the counts are the same */
  for (k = 0; k < len; k++) {
    unsigned char c = (unsigned char)s[k];
    if (c >= 0x80)
      break;
    *letters += dg_is_alpha(c);
    *upper += dg_is_upper(c);
  }
  if (k == len)
    return;
  *letters = *upper = 0;
  k = 0;
  while (k < len) {
    uint32_t uc;
    int n = dg_utf8_decode(s + k, len - k, &uc);
    if (uc_is_alpha(uc)) {
      (*letters)++;
      if (uc_is_upper(uc))
        (*upper)++;
    }
    k += (size_t)n;
  }
}

/* Writes the ALL-CAPS word s[0, len) in title case at `o` (the first
 * letter of each hyphen part kept, the rest lowered); returns the bytes
 * written, at most 3/2 of len (a lower-case letter is at most half as
 * long again as its capital in UTF-8). */
static size_t put_title_word(const char *s, size_t len, char *o)
{
  size_t k = 0, w = 0;
  int first = 1;
  while (k < len) {
    uint32_t uc;
    int n = dg_utf8_decode(s + k, len - k, &uc);
    if (!uc_is_alpha(uc) || first) {
      memcpy(o + w, s + k, (size_t)n);
      w += (size_t)n;
      first = !uc_is_alpha(uc);
    } else {
      uint8_t tmp[8];
      int m = u8_uctomb(tmp, uc_tolower(uc), sizeof tmp);
      if (m > 0) {
        memcpy(o + w, tmp, (size_t)m);
        w += (size_t)m;
      }
    }
    k += (size_t)n;
  }
  return w;
}

char *dg_name_title_case(const char *s, size_t len)
{
  /* one allocation for the worst case: words grow by half at most, and
   * each gap of white space becomes one space */
  char *out = xmalloc(len + len / 2 + 1);
  size_t i = 0, o = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && !is_space((unsigned char)s[j]))
      j++;
    if (j > i) {
      int letters, upper;
      count_case(s + i, j - i, &letters, &upper);
      if (o)
        out[o++] = ' ';
      if (letters >= 2 && upper == letters && !is_initials(s + i, j - i) &&
          !is_suffix(s + i, j - i)) {
        o += put_title_word(s + i, j - i, out + o);
      } else {
        memcpy(out + o, s + i, j - i);
        o += j - i;
      }
    }
    i = j;
    while (i < len && is_space((unsigned char)s[i]))
      i++;
  }
  out[o] = '\0';
  return out;
}

/* Strips a possessive "'s" / "’s" at the end of [a, b). */
static void strip_possessive(const char *s, size_t a, size_t *b)
{
  if (*b >= a + 3 && s[*b - 1] == 's' && s[*b - 2] == '\'')
    *b -= 2;
  else if (*b >= a + 5 && s[*b - 1] == 's' && (unsigned char)s[*b - 4] == 0xE2 &&
           (unsigned char)s[*b - 3] == 0x80 && (unsigned char)s[*b - 2] == 0x99)
    *b -= 4;
}

typedef struct word {
  size_t a, b;
} word;

static int parse_words(const dg_gazetteer *gz, const char *s, size_t a, size_t b,
                       unsigned flags, int honorific, dg_name *out)
{
  word w[8], gen = {0, 0};
  size_t nw = 0, i = a, k, names = 0, first = (size_t)-1, last = (size_t)-1;
  int caps_words = 0, mixed_words = 0;
  /* split into words, dropping a trailing suffix */
  while (i < b) {
    size_t j;
    i = skip_spaces(s, b, i);
    if (i >= b)
      break;
    j = i;
    while (j < b && !is_space((unsigned char)s[j]))
      j++;
    if (nw == DG_COUNT(w))
      return 0;
    w[nw].a = i;
    w[nw].b = j;
    nw++;
    i = j;
  }
  while (nw > 1) {
    size_t wa = w[nw - 1].a, wb = w[nw - 1].b;
    if (!is_suffix(s + wa, wb - wa))
      break;
    /* "Jr.", "III" belong to the name (a degree or a retired rank does
     * not): kept in the display, left out of the name's words */
    if (in_list(generations, DG_COUNT(generations), s + wa, wb - wa)) {
      gen.a = wa;
      gen.b = wb;
    }
    nw--;
    /* "Smith, Jr.": the comma before the suffix goes too */
    if (s[w[nw - 1].b - 1] == ',')
      w[nw - 1].b--;
  }
  if (nw == 0 || nw > 6)
    return 0;
  for (k = 0; k < nw; k++) {
    const char *p = s + w[k].a;
    size_t len = w[k].b - w[k].a;
    if (dg_name_particle(p, len) && k > 0 && k + 1 < nw)
      continue;
    if (is_initials(p, len)) {
      names++;
      if (first == (size_t)-1)
        first = k;
      last = k;
      continue;
    }
    if (!is_name_word(p, len))
      return 0;
    /* "Chairman Robert Lake": after a title and a known given name, a
     * family name that is also a word */
    if (dg_name_stopword(p, len) &&
        !(honorific && k + 1 == nw && first != (size_t)-1 &&
          in_list(surname_words, DG_COUNT(surname_words), p, len) &&
          dg_gazetteer_given_name(gz, s + w[first].a, w[first].b - w[first].a) == 1))
      return 0;
    if (has_lower(p, len))
      mixed_words++;
    else
      caps_words++;
    names++;
    if (first == (size_t)-1)
      first = k;
    last = k;
  }
  if (names == 0 || (names < 2 && !(flags & DG_NAME_SINGLE)))
    return 0;
  /* a name does not end with an initial ("Paul J.") */
  if (names >= 2 && is_initials(s + w[last].a, w[last].b - w[last].a) &&
      w[last].b - w[last].a <= 2)
    return 0;
  dg_name_release(out);
  out->honorific = honorific;
  out->start = w[0].a;
  out->len = w[nw - 1].b - w[0].a;
  out->words = (unsigned)names;
  {
    char *tc = dg_name_title_case(s + w[0].a, out->len);
    char *sq = dg_text_squeeze(tc, strlen(tc));
    free(tc);
    if (gen.b > gen.a) {
      char *full = xasprintf("%s %.*s", sq, (int)(gen.b - gen.a), s + gen.a);
      free(sq);
      sq = full;
    }
    out->display = sq;
  }
  /* family name first: "CHUN Yungwoo", "MIYAKE Kunihiko", or a known given
   * name last and none first: "Mao Zedong", "Hu Yaobang" */
  out->family_first = names >= 2 && caps_words == 1 && mixed_words >= 1 &&
                      !has_lower(s + w[first].a, w[first].b - w[first].a) &&
                      !is_initials(s + w[first].a, w[first].b - w[first].a);
  if (!out->family_first && names == 2 && last == first + 1 &&
      dg_gazetteer_given_name(gz, s + w[last].a, w[last].b - w[last].a) == 1 &&
      dg_gazetteer_given_name(gz, s + w[first].a, w[first].b - w[first].a) != 1 &&
      !is_initials(s + w[first].a, w[first].b - w[first].a))
    out->family_first = 1;
  /* "Tran Thi Lan Anh": a family name, then given and middle names */
  if (!out->family_first && (names == 3 || names == 4) && last == first + names - 1 &&
      !is_initials(s + w[first].a, w[first].b - w[first].a) &&
      dg_gazetteer_given_name(gz, s + w[first].a, w[first].b - w[first].a) != 1) {
    size_t q = first + 1;
    while (q <= last && dg_gazetteer_given_name(gz, s + w[q].a, w[q].b - w[q].a) == 1)
      q++;
    out->family_first = q > last;
  }
  {
    size_t gi = out->family_first ? last : first, si = out->family_first ? first : last;
    char *g = names >= 2 ? dg_name_title_case(s + w[gi].a, w[gi].b - w[gi].a) : xstrdup("");
    out->surname = dg_name_title_case(s + w[si].a, w[si].b - w[si].a);
    out->given = g;
    out->known_given = *g ? dg_gazetteer_given_name(gz, g, strlen(g)) : 0;
    /* "Yong-Chool": the first part of a hyphenated given name */
    if (!out->known_given && *g) {
      char *h = strchr(g, '-');
      if (h)
        out->known_given = dg_gazetteer_given_name(gz, g, (size_t)(h - g));
    }
    /* "M. Taylor Fravel": an initial, then the given name used */
    if (!out->known_given && !out->family_first && names >= 3 &&
        is_initials(s + w[first].a, w[first].b - w[first].a) && first + 1 < last &&
        !is_initials(s + w[first + 1].a, w[first + 1].b - w[first + 1].a)) {
      out->known_given = dg_gazetteer_given_name(gz, s + w[first + 1].a,
                                                 w[first + 1].b - w[first + 1].a);
      if (out->known_given) {
        free(out->given);
        out->given = dg_name_title_case(s + w[first + 1].a, w[first + 1].b - w[first + 1].a);
      }
    }
  }
  if ((flags & DG_NAME_GIVEN) && names >= 2 && !out->known_given &&
      !is_initials(s + w[first].a, w[first].b - w[first].a)) {
    dg_name_release(out);
    return 0;
  }
  return 1;
}

/* 1 if the last word of s[a, b) rules out every reading of the span as a
 * name. Each reading (with or without the titles in front) ends with that
 * word, and parse_words() refuses a last word that is neither initials nor
 * a capitalised name word, or that is a stop word; a suffix ("Jr.") is
 * not a last word there, so it is left to the full parse. Most spans that
 * recognisers offer ("Senior Fellow", "Download the report") fail here,
 * before the titles are tokenized. */
static int last_word_refuses(const char *s, size_t a, size_t b)
{
  size_t w = b;
  while (w > a && !is_space((unsigned char)s[w - 1]))
    w--;
  if (is_suffix(s + w, b - w) || is_initials(s + w, b - w))
    return 0;
  return !is_name_word(s + w, b - w) ||
         (dg_name_stopword(s + w, b - w) &&
          !in_list(surname_words, DG_COUNT(surname_words), s + w, b - w));
}

/* The name in s[from, b) after optional titles, with at least
 * `min_words` words: fills *out (its written form without an office, as
 * dg_name_parse() writes it) and returns 1, else 0. */
static int name_from(const dg_gazetteer *gz, const char *s, size_t from, size_t b,
                     unsigned flags, size_t min_words, dg_name *out)
{
  size_t keep = 0, h = honorifics(gz, s + from, b - from, NULL, &keep);
  int ok = (h && parse_words(gz, s, from + h, b, flags, 1, out)) ||
           parse_words(gz, s, from, b, flags, 1, out);
  if (ok && out->words >= min_words) {
    free(out->written);
    out->written = dg_text_squeeze(s + from + keep, b - from - keep);
    return 1;
  }
  if (ok)
    dg_name_release(out);
  return 0;
}

/* Word boundaries of s[a, b): up to `max` words; returns how many there
 * are (more than `max` when they do not fit). */
static size_t split_words(const char *s, size_t a, size_t b, word *w, size_t max)
{
  size_t n = 0, i = a;
  while (i < b) {
    size_t j;
    i = skip_spaces(s, b, i);
    if (i >= b)
      break;
    for (j = i; j < b && !is_space((unsigned char)s[j]); j++)
      ;
    if (n < max) {
      w[n].a = i;
      w[n].b = j;
    }
    n++;
    i = j;
  }
  return n;
}

/* "Seattle Mayor Ada Lind", "Former Ambassador Ben Roe", "Marlow
 * Institute Director Ada Lind": capitalised words that say where or what
 * (a place, a body, "Former"), then a title, then the name. The name is
 * what follows the title; the words before it are not the person's. The
 * first word is no known given name ("Mary Bishop Lind" is a name). */
static int qualified_title(const dg_gazetteer *gz, const char *s, size_t a, size_t b,
                           unsigned flags, dg_name *out)
{
  word w[8];
  size_t nw = split_words(s, a, b, w, DG_COUNT(w)), k;
  if (nw < 4 || nw > DG_COUNT(w) || dg_gazetteer_given_name(gz, s + w[0].a, w[0].b - w[0].a) == 1)
    return 0;
  for (k = 1; k + 3 <= nw && k <= 3; k++) {
    size_t keep;
    /* the words before the title are capitalised */
    if (!dg_starts_upper(s + w[k - 1].a, w[k - 1].b - w[k - 1].a))
      return 0;
    if (!dg_starts_upper(s + w[k].a, w[k].b - w[k].a) ||
        !honorifics(gz, s + w[k].a, b - w[k].a, NULL, &keep))
      continue;
    if (name_from(gz, s, w[k].a, b, flags, 2, out)) {
      out->honorific = 1;
      return 1;
    }
  }
  return 0;
}

/* "Author Ada Lind", "Moderator Dr. Ben Roe": a role noun as a label
 * before a name of two words or more. */
static int role_noun_first(const dg_gazetteer *gz, const char *s, size_t a, size_t b,
                           unsigned flags, dg_name *out)
{
  size_t e = a;
  while (e < b && !is_space((unsigned char)s[e]))
    e++;
  if (e >= b || !in_list(role_nouns, DG_COUNT(role_nouns), s + a, e - a))
    return 0;
  if (!name_from(gz, s, skip_spaces(s, b, e), b, flags, 2, out))
    return 0;
  out->honorific = 1;
  return 1;
}

int dg_name_parse(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                  dg_name *out)
{
  size_t a = 0, b = len, h, keep = 0;
  int kind = -1;
  trim(s, &a, &b);
  strip_possessive(s, a, &b);
  if (a >= b || b - a > 120 || last_word_refuses(s, a, b))
    return 0;
  h = honorifics(gz, s + a, b - a, &kind, &keep);
  /* "M. Taylor Fravel": a title that is also an initial ("M." for
   * Monsieur) is the initial when a full name follows it */
  if (h) {
    size_t he = a + h;
    while (he > a && is_space((unsigned char)s[he - 1]))
      he--;
    if (he - a <= 2 && is_initials(s + a, he - a) && parse_words(gz, s, a, b, flags, 0, out) &&
        out->words >= 3) {
      free(out->written);
      out->written = dg_text_squeeze(s + a, b - a);
      return 1;
    }
  }
  if (h && parse_words(gz, s, a + h, b, flags, 1, out)) {
    free(out->written);
    out->written = dg_text_squeeze(s + a + keep, b - a - keep);
    return 1;
  }
  if (!h && qualified_title(gz, s, a, b, flags, out))
    return 1;
  /* "Dean Acheson", "Major Garrett": a title that is also a given name */
  if (parse_words(gz, s, a, b, flags, 0, out)) {
    free(out->written);
    out->written = dg_text_squeeze(s + a, b - a);
    return 1;
  }
  return !h && role_noun_first(gz, s, a, b, flags, out);
}

/* ---------------------------------------------------------------- lists */

static inline int word_at(const char *s, size_t len, size_t i, const char *w)
{
  size_t wl;
  if (i >= len || s[i] != w[0])
    return 0; /* asked at every byte of a list: the first byte decides most */
  wl = strlen(w);
  return i + wl <= len && strncmp(s + i, w, wl) == 0 &&
         (i == 0 || is_space((unsigned char)s[i - 1])) &&
         (i + wl == len || is_space((unsigned char)s[i + wl]));
}

/* 1 if what follows a comma at s[i] is a name suffix ("Jr.", "PhD"). */
static int suffix_after(const char *s, size_t len, size_t i)
{
  size_t j = skip_spaces(s, len, i), k = j;
  while (k < len && !is_space((unsigned char)s[k]) && s[k] != ',' && s[k] != ';')
    k++;
  return k > j && is_suffix(s + j, k - j);
}

size_t dg_name_split(const char *s, size_t len, dg_part *parts, size_t max)
{
  size_t n = 0, start = 0, i = 0;
  while (i <= len) {
    size_t sep = 0;
    if (i == len) {
      sep = 1;
    } else if (s[i] == ';') {
      sep = 1;
    } else if (s[i] == ',' && !suffix_after(s, len, i + 1)) {
      sep = 1;
      /* the Oxford comma: ", and" */
      {
        size_t j = skip_spaces(s, len, i + 1);
        if (word_at(s, len, j, "and"))
          sep = j + 3 - i;
        else if (word_at(s, len, j, "&"))
          sep = j + 1 - i;
      }
    } else if (word_at(s, len, i, "and") || word_at(s, len, i, "et") ||
               word_at(s, len, i, "und")) {
      if (word_at(s, len, i, "et") && i + 4 < len && strncmp(s + i + 3, "al", 2) == 0) {
        len = i; /* "et al.": the list ends */
        continue;
      }
      sep = word_at(s, len, i, "and") ? 3 : (word_at(s, len, i, "und") ? 3 : 2);
    } else if (word_at(s, len, i, "&") || word_at(s, len, i, "/")) {
      sep = 1;
    }
    if (sep) {
      size_t a = start, b = i;
      while (a < b && is_space((unsigned char)s[a]))
        a++;
      while (b > a && is_space((unsigned char)s[b - 1]))
        b--;
      if (b > a) {
        if (n < max) {
          parts[n].start = a;
          parts[n].len = b - a;
        }
        n++;
      }
      if (i >= len)
        break;
      i += sep;
      start = i;
      continue;
    }
    i++;
  }
  return n;
}

size_t dg_name_list(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                    dg_part *parts, size_t max, size_t *known)
{
  size_t np = dg_name_split(s, len, parts, max), k;
  dg_name nm;
  int ok = 1;
  *known = 0;
  if (np == 0 || np > max)
    return 0;
  dg_name_init(&nm);
  for (k = 0; k < np && ok; k++) {
    if (!dg_name_parse(gz, s + parts[k].start, parts[k].len, flags, &nm))
      ok = 0;
    else if (nm.known_given)
      (*known)++;
  }
  dg_name_release(&nm);
  return ok ? np : 0;
}

/* Finds `needle` in s[from..len), or returns len. */
static size_t find(const char *s, size_t len, size_t from, const char *needle)
{
  size_t nl = strlen(needle), i;
  for (i = from; i + nl <= len; i++)
    if (memcmp(s + i, needle, nl) == 0)
      return i;
  return len;
}

/* The separators between a name and its affiliation, in the order they
 * are tried at one position. */
#define SEP(x) {x, sizeof x - 1}
static const struct {
  const char *s;
  size_t len; /* strlen(s) */
} affil_seps[] = {
  SEP("\t"), SEP(" ("), SEP(" \xE2\x80\x94 "), SEP(" \xE2\x80\x93 "), SEP(" - "), SEP(" \xE2\x80\x94"),
  SEP("\xE2\x80\x94 "), SEP(", "), SEP(" of the "), SEP(" of "), SEP(" at the "), SEP(" at "),
  SEP(" from the "), SEP(" from "), SEP(": "), SEP(" | "),
};
#undef SEP

int dg_name_affil_split(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                        dg_part *name, dg_part *aff)
{
  dg_name n;
  int ok;
  dg_name_init(&n);
  ok = dg_name_affil_parse(gz, s, len, flags, name, aff, &n);
  dg_name_release(&n);
  return ok;
}

int dg_name_affil_parse(const dg_gazetteer *gz, const char *s, size_t len, unsigned flags,
                        dg_part *name, dg_part *aff, dg_name *out)
{
  size_t i;
  dg_name n;
  int ok = 0;
  dg_name_init(&n);
  name->start = 0;
  name->len = len;
  aff->start = len;
  aff->len = 0;
  for (i = 0; i < len && !ok; i++) {
    size_t k;
    if (s[i] != ' ' && s[i] != ',' && s[i] != ':' && s[i] != '\t' && (unsigned char)s[i] != 0xE2)
      continue;
    for (k = 0; k < DG_COUNT(affil_seps); k++) {
      size_t sl, a, e;
      if (s[i] != affil_seps[k].s[0])
        continue;
      sl = affil_seps[k].len;
      /* the second byte first: most spaces are followed by a word */
      if (i + sl > len || (sl > 1 && s[i + 1] != affil_seps[k].s[1]) ||
          memcmp(s + i, affil_seps[k].s, sl) != 0)
        continue;
      a = i + sl;
      /* a table's cells: "Name<TAB><TAB>Title, Organization" */
      while (s[i] == '\t' && a < len && (s[a] == '\t' || s[a] == ' '))
        a++;
      e = len;
      if (affil_seps[k].s[1] == '(') {
        size_t close = find(s, len, a, ")");
        /* "(ret.)" is part of the name, not an affiliation */
        if (close < len && is_suffix(s + i + 1, close + 1 - (i + 1)))
          break;
        e = close;
      }
      if (!dg_name_parse(gz, s, i, flags, &n))
        break;
      name->len = i;
      aff->start = a;
      aff->len = e > a ? e - a : 0;
      ok = 1;
      break;
    }
  }
  if (!ok && dg_name_parse(gz, s, len, flags, &n))
    ok = 1;
  if (ok) {
    /* the parse that accepted s[0, name->len): a caller's own parse of
     * that span with these flags would give the same name */
    dg_name_release(out);
    *out = n;
  } else {
    dg_name_release(&n);
  }
  return ok;
}

/* The first item separator in s[0..len): "|", "·", "•", a tab or two
 * spaces; len if none. */
static size_t item_sep(const char *s, size_t len)
{
  size_t i;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '|' || c == '\t' || (c == ' ' && i + 1 < len && s[i + 1] == ' ') ||
        (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xB7) ||
        (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
         (unsigned char)s[i + 2] == 0xA2))
      return i;
  }
  return len;
}

size_t dg_name_record_line(const dg_gazetteer *gz, const char *s, size_t len)
{
  size_t e = item_sep(s, len), b = e, rest;
  dg_name nm;
  int ok;
  while (b > 0 && is_space((unsigned char)s[b - 1]))
    b--;
  /* another item after the separator */
  for (rest = e; rest < len && !dg_is_alnum((unsigned char)s[rest]); rest++)
    ;
  if (e >= len || b == 0 || b > 80 || rest >= len)
    return 0;
  dg_name_init(&nm);
  ok = dg_name_parse(gz, s, b, DG_NAME_GIVEN, &nm) && nm.words >= 2 && nm.known_given == 1 &&
       nm.start + nm.len == b;
  dg_name_release(&nm);
  return ok ? rest : 0;
}

/* Initial letters of the middle words, "D.J." and "D. J." alike. */
static void middle_initials(const char *display, char *out, size_t cap, int family_first)
{
  const char *p = display, *first_end, *last_start;
  size_t n = 0;
  first_end = strchr(p, ' ');
  last_start = strrchr(p, ' ');
  out[0] = '\0';
  if (!first_end || first_end == last_start || family_first)
    return;
  for (p = first_end; p < last_start && n + 1 < cap; p++)
    if (dg_is_upper((unsigned char)*p) && (p[-1] == ' ' || p[-1] == '.'))
      out[n++] = *p;
  out[n] = '\0';
}

/* Walks the dg_text_key() of an ASCII string byte by byte. */
typedef struct keyit {
  const char *s;
  int gap, out;
} keyit;

/* The next byte of the key, or 0 at its end. */
static int key_next(keyit *k)
{
  for (;;) {
    unsigned char c = (unsigned char)*k->s;
    if (!c)
      return 0;
    if (c == '\'') {
      k->s++;
      continue;
    }
    if (dg_is_alnum(c)) {
      if (k->gap && k->out) {
        k->gap = 0;
        return ' ';
      }
      k->gap = 0;
      k->out = 1;
      k->s++;
      return dg_to_lower(c);
    }
    k->gap = 1;
    k->s++;
  }
}

static int is_ascii(const char *s)
{
  for (; *s; s++)
    if ((unsigned char)*s >= 0x80)
      return 0;
  return 1;
}

static int same_key(const char *a, const char *b)
{
  char *ka, *kb;
  if (is_ascii(a) && is_ascii(b)) {
    /* compared as they are made, without building them: this runs for
     * every pair of mentions that may name one person */
    keyit x = {a, 0, 0}, y = {b, 0, 0};
    int cx, cy;
    do {
      cx = key_next(&x);
      cy = key_next(&y);
      if (cx != cy)
        return 0;
    } while (cx);
    return 1;
  }
  ka = dg_text_key(a, strlen(a));
  kb = dg_text_key(b, strlen(b));
  int same = strcmp(ka, kb) == 0;
  free(ka);
  free(kb);
  return same;
}

int dg_name_same_person(const dg_gazetteer *gz, const dg_name *a, const dg_name *b)
{
  char ma[16], mb[16];
  size_t la, lb;
  if (!a->surname || !b->surname || !same_key(a->surname, b->surname))
    return 0;
  if (!*a->given || !*b->given)
    return 1;
  if (!same_key(a->given, b->given) && !dg_gazetteer_given_match(gz, a->given, b->given)) {
    /* "J. Brown" and "James Brown" */
    la = strlen(a->given);
    lb = strlen(b->given);
    if (!((la <= 2 || lb <= 2) && a->given[0] == b->given[0]))
      return 0;
  }
  middle_initials(a->display, ma, sizeof ma, a->family_first);
  middle_initials(b->display, mb, sizeof mb, b->family_first);
  la = strlen(ma);
  lb = strlen(mb);
  /* one may leave the middle names out; if both give them they agree */
  if (la && lb && strncmp(ma, mb, la < lb ? la : lb) != 0)
    return 0;
  return 1;
}
