/* title-features.c - what the title weights are fitted on: for every
 * candidate heading of every page named, one line
 *
 *   PATH <TAB> LINE <TAB> x1 x2 ... <TAB> TEXT
 *
 * with the features of src/extract/title.h in their order (the first line
 * printed names them) and the candidate's text, a subtitle after " || ".
 * tools/title-train reads this beside the gold annotations. Built by
 * `make title-weights` only; not installed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/status.h"
#include "extract/facts.h"
#include "extract/mapper.h"
#include "extract/title.h"
#include "read/doc.h"

typedef struct trace_ctx {
  const char *path; /* borrowed: the page being mapped */
} trace_ctx;

static void print_candidate(void *ud, size_t line, const double *x, const char *text)
{
  const trace_ctx *c = ud;
  size_t k;
  const char *p;
  printf("%s\t%zu\t", c->path, line);
  for (k = 0; k < DG_TF__COUNT; k++)
    printf(k ? " %.4f" : "%.4f", x[k]);
  putchar('\t');
  /* one record per line: a tab or newline in the text would split it */
  for (p = text; *p; p++)
    putchar(*p == '\t' || *p == '\n' ? ' ' : *p);
  putchar('\n');
}

int main(int argc, char **argv)
{
  dg_mapper *m;
  trace_ctx ctx;
  size_t k;
  int i, failed = 0;
  if (argc < 2) {
    fprintf(stderr, "usage: title-features FILE...\n");
    return 2;
  }
  m = dg_mapper_new();
  dg_mapper_set_title_trace(m, print_candidate, &ctx);
  printf("#features");
  for (k = 0; k < DG_TF__COUNT; k++)
    printf(" %s", dg_title_feature_name(k));
  putchar('\n');
  for (i = 1; i < argc; i++) {
    dg_doc *doc = dg_doc_pending(argv[i]);
    dg_facts *f;
    dg_doc_fill(doc);
    if (dg_doc_report(doc) != DG_OK) {
      failed = 1;
      dg_doc_free(doc);
      continue;
    }
    ctx.path = argv[i];
    f = dg_facts_new();
    dg_mapper_map(m, doc, f);
    dg_facts_free(f);
    dg_doc_free(doc);
  }
  dg_mapper_free(m);
  return failed;
}
