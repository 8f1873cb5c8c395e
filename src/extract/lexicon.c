/* lexicon.c - the word lists more than one recogniser reads. */
#include "config.h"

#include <stddef.h>

#include "base/array.h"
#include "extract/lexicon.h"

const char *const dg_lex_label_words[] = {
  "report", "reports", "article", "articles", "essay", "essays", "commentary",
  "commentaries", "explainer", "explainers", "analysis", "event", "events", "video",
  "videos", "podcast", "podcasts", "publication", "publications", "brief", "briefs",
  "paper", "papers", "research", "insight", "insights", "news", "webinar", "webinars",
  "issue", "volume", "vol", "no", "series", "alert", "blog", "opinion", "op-ed",
  "feature", "features", "multimedia", "interview", "transcript", "book", "books",
};
const size_t dg_lex_n_label_words = DG_COUNT(dg_lex_label_words);
typedef char label_words_fit[DG_COUNT(dg_lex_label_words) <= 64 ? 1 : -1];
