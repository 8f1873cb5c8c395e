/* test_free_null.c - every _free/_release/_abort accepts NULL (STYLE 2). */
#include "config.h"

#include "buf.h"
#include "doc.h"
#include "facts.h"
#include "gazetteer.h"
#include "mapper.h"
#include "match.h"
#include "outfile.h"
#include "rdf.h"
#include "resolve.h"
#include "serialize.h"
#include "source.h"
#include "strmap.h"
#include "tokens.h"
#include "urls.h"
#include "vocab.h"
#include "walk.h"
#include "../tap.h"

int main(void)
{
  dg_buf_release(NULL);
  ok(1, "dg_buf_release(NULL)");
  dg_doc_free(NULL);
  ok(1, "dg_doc_free(NULL)");
  dg_facts_free(NULL);
  ok(1, "dg_facts_free(NULL)");
  dg_gazetteer_free(NULL);
  ok(1, "dg_gazetteer_free(NULL)");
  dg_mapper_free(NULL);
  ok(1, "dg_mapper_free(NULL)");
  dg_matcher_free(NULL);
  ok(1, "dg_matcher_free(NULL)");
  dg_outfile_abort(NULL);
  ok(1, "dg_outfile_abort(NULL)");
  dg_rdf_free(NULL);
  ok(1, "dg_rdf_free(NULL)");
  dg_resolve_free(NULL, 0);
  ok(1, "dg_resolve_free(NULL)");
  dg_writer_free(NULL);
  ok(1, "dg_writer_free(NULL)");
  dg_strmap_free(NULL);
  ok(1, "dg_strmap_free(NULL)");
  dg_tokens_release(NULL);
  ok(1, "dg_tokens_release(NULL)");
  dg_vocab_free(NULL);
  ok(1, "dg_vocab_free(NULL)");
  dg_walk_free(NULL);
  ok(1, "dg_walk_free(NULL)");
  dg_source_free(NULL);
  ok(1, "dg_source_free(NULL)");
  dg_urls_free(NULL);
  ok(1, "dg_urls_free(NULL)");
  return tap_done();
}
