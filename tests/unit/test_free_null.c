/* test_free_null.c - every _free/_release/_abort accepts NULL (STYLE 2). */
#include "config.h"

#include "base/buf.h"
#include "base/deadline.h"
#include "base/strmap.h"
#include "read/doc.h"
#include "read/walk.h"
#include "extract/facts.h"
#include "extract/gazetteer.h"
#include "extract/mapper.h"
#include "extract/match.h"
#include "extract/tokens.h"
#include "resolve/resolve.h"
#include "emit/outfile.h"
#include "emit/rdf.h"
#include "emit/serialize.h"
#include "emit/jsonld.h"
#include "emit/picture.h"
#include "emit/trig.h"
#include "emit/vocab.h"
#include "store/gsp.h"
#include "store/source.h"
#include "store/store.h"
#include "store/urls.h"
#include "query/shacl.h"
#include "query/network.h"
#include "query/library.h"
#include "../tap.h"

int main(void)
{
  dg_buf_release(NULL);
  ok(1, "dg_buf_release(NULL)");
  dg_deadline_free(NULL);
  dg_deadline_met(NULL);
  ok(1, "dg_deadline_free(NULL), dg_deadline_met(NULL)");
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
  dg_trig_free(NULL);
  ok(1, "dg_trig_free(NULL)");
  dg_picture_free(NULL);
  ok(1, "dg_picture_free(NULL)");
  dg_network_free(NULL);
  ok(1, "dg_network_free(NULL)");
  dg_jsonld_free(NULL);
  ok(1, "dg_jsonld_free(NULL)");
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
  dg_shapes_free(NULL);
  ok(1, "dg_shapes_free(NULL)");
  dg_shacl_report_release(NULL);
  ok(1, "dg_shacl_report_release(NULL)");
  dg_library_free(NULL);
  ok(1, "dg_library_free(NULL)");
  dg_gsp_free(NULL);
  ok(1, "dg_gsp_free(NULL)");
  dg_store_pushed_free(NULL, 0);
  ok(1, "dg_store_pushed_free(NULL, 0)");
  return tap_done();
}
