/* cmd_map.c - `docgraph map`: documents in, RDF out, no store touched. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/log.h"
#include "read/doc.h"
#include "read/walk.h"
#include "extract/facts.h"
#include "resolve/iri.h"
#include "emit/formats.h"
#include "emit/outfile.h"
#include "emit/pipeline.h"
#include "emit/serialize.h"
#include "store/urls.h"
#include "cli/command.h"

enum { OPT_BASE = DG_OPT_LONG, OPT_EXPLAIN, OPT_SOURCE_URL, OPT_URLS, OPT_VOCAB };

static const dg_usage_opt options[] = {
  {'f', "format", "FORMAT", "turtle (default), ntriples, nquads, trig, rdfxml,\n"
                            "json (RDF/JSON), jsonld (JSON-LD), dot; with -o and\n"
                            "no -f, FILE's extension says (.ttl, .nt, .nq, .trig,\n"
                            ".rdf, .json, .jsonld, .dot; any other is an error)",
   .choices = dg_format_list},
  {'o', "output", "FILE", "write to FILE, atomically (a temporary file renamed);\n"
                          "gzip-compressed if FILE ends in .gz (x.nq.gz)"},
  {OPT_BASE, "base", "IRI", "mint instance IRIs under IRI (ending in / or #);\n"
                            "default " DG_DEFAULT_BASE},
  {OPT_VOCAB, "vocab", "LIST", DG_VOCAB_HELP},
  {OPT_EXPLAIN, "explain", NULL, "print every fact with the rule and the text it came\n"
                                 "from (FILE:LINE:COL), instead of RDF"},
  {'j', "jobs", "N", "map on N threads (1-256; default: the number of\n"
                     "online CPUs, at most 8); the output and messages are\n"
                     "the same for every N"},
  {OPT_SOURCE_URL, "source-url", "URL", "the page the one document was crawled from: recorded\n"
                                        "as <document> prov:wasDerivedFrom <URL>"},
  {OPT_URLS, "urls", "FILE", "the same for many: FILE holds 'path<TAB>url' lines\n"
                             "(relative paths from FILE's directory)", DG_OPT_SYN_OR},
  {'q', "quiet", NULL, "no warnings, no progress"},
  {0},
};

const dg_usage dg_map_usage = {
  .head =
    "Usage: docgraph map [OPTION]... PATH...\n"
    "Map documents to RDF and write it to standard output (or -o FILE).\n"
    "PATH is a file, a directory (read recursively, files in sorted order) or\n"
    "- for standard input. Each document becomes one named graph.\n"
    "\n",
  .opts = options,
  .column = 23,
  .tail =
    "\n"
    "Exit status is 1 if any input failed (each is named; the others are still\n"
    "mapped). Repaired input (invalid UTF-8, control characters) gives a\n"
    "warning only.\n"
    "\n"
    "Examples:\n"
    "  docgraph map seeds/\n"
    "  docgraph map -f nquads -o seeds.nq seeds/\n"
    "  curl -s URL | html2text | docgraph map -f ntriples -\n"
    "  docgraph map --explain seeds/003_29f485e4e597c119.txt\n",
  .operands = "PATH...",
};

typedef struct map_run {
  const dg_walk *walk;
  dg_pipeline *pipe;
  dg_writer *w;
  FILE *out;
  int explain;
  size_t n_in;
  unsigned long n_failed;
  dg_status result;   /* the worst input status */
  dg_status st;       /* a write error */
  const char *out_name;  /* borrowed: -o FILE, or "standard output", for messages */
  dg_urls *urls;         /* owned: --source-url or --urls, or NULL */
  int quads;             /* the writer takes N-Quads lines */
} map_run;

static int to_writer(void *ud, librdf_statement *st, librdf_node *graph)
{
  map_run *r = ud;
  if (dg_writer_write(r->w, st, graph) != DG_OK) {
    r->st = DG_ERR_IO;
    return 1;
  }
  return 0;
}

/* Prints a value for --explain: one line, quotes escaped, at most 120
 * characters of it. */
static void print_quoted(FILE *out, const char *s, size_t len)
{
  size_t i, shown = 0;
  fputc('"', out);
  for (i = 0; i < len && shown < 120; i++, shown++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n')
      fputs("\\n", out);
    else if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else
      fputc(c, out);
  }
  if (i < len)
    fputs("...", out);
  fputc('"', out);
}

static void explain(FILE *out, const dg_doc *doc, const dg_facts *f)
{
  size_t i, n = dg_facts_n_facts(f);
  const char *text = dg_doc_text(doc);
  for (i = 0; i < n; i++) {
    const dg_fact *x = dg_facts_get_fact(f, i);
    const dg_entity *s = dg_facts_get_entity(f, x->subject);
    unsigned long line, col;
    dg_doc_position(doc, x->span.start, &line, &col);
    fprintf(out, "%s:%lu:%lu: %s ", dg_doc_path(doc), line, col, dg_kind_name(s->kind));
    print_quoted(out, s->label, strlen(s->label));
    fprintf(out, " %s ", dg_prop_name(x->prop));
    if (x->is_ref) {
      const dg_entity *o = dg_facts_get_entity(f, x->object);
      fprintf(out, "%s ", dg_kind_name(o->kind));
      print_quoted(out, o->label, strlen(o->label));
    } else {
      print_quoted(out, x->value, strlen(x->value));
    }
    fprintf(out, "\n    rule %s, from ", x->rule);
    print_quoted(out, text + x->span.start, x->span.len);
    fputc('\n', out);
  }
}

/* Input k for the workers to read. Nothing is printed here: with several
 * jobs this runs ahead of the output, so every message about input k
 * waits for write_mapped(), which runs in input order. */
static dg_status read_input(void *ud, size_t k, dg_doc **doc)
{
  map_run *r = ud;
  const dg_input *in = dg_walk_get(r->walk, k);
  *doc = in->err || in->why ? NULL : dg_doc_pending(in->path);
  return DG_OK;
}

static dg_status write_mapped(void *ud, size_t k, dg_mapped *m)
{
  map_run *r = ud;
  const dg_input *in = dg_walk_get(r->walk, k);
  dg_status s;
  dg_progress("mapping", k, r->n_in);
  if (!m->doc) {
    dg_fail(DG_ERR_INPUT, "cannot read '%s': %s", in->path,
            in->why ? in->why : strerror(in->err));
    r->result = dg_status_worst(r->result, DG_ERR_INPUT);
    r->n_failed++;
    return DG_OK;
  }
  s = dg_doc_report(m->doc);
  if (s != DG_OK) {
    r->result = dg_status_worst(r->result, s);
    r->n_failed++;
    return DG_OK;
  }
  if (r->explain) {
    explain(r->out, m->doc, m->facts);
    return DG_OK;
  }
  {
    const char *url = dg_urls_find(r->urls, in->path);
    if (dg_writer_takes_lines(r->w)) {
      if (url)
        dg_pipeline_url_line(r->pipe, m->doc, url, r->quads, &m->lines);
      s = dg_writer_write_lines(r->w, &m->lines);
    } else {
      s = dg_pipeline_emit(r->pipe, m, to_writer, r);
      if (s == DG_OK && url)
        s = dg_pipeline_emit_url(r->pipe, m->doc, url, to_writer, r);
    }
  }
  if (s != DG_OK || r->st != DG_OK)
    return dg_fail(DG_ERR_IO, "write error on '%s': %s", r->out_name, dg_writer_why(r->w));
  return DG_OK;
}

dg_status dg_cmd_map(dg_ctx *ctx, int argc, char **argv)
{
  const char *output = NULL, *base = DG_DEFAULT_BASE, *source_url = NULL, *manifest = NULL;
  dg_format fmt = DG_FMT_TURTLE;
  int have_fmt = 0, gzip = 0, do_explain = 0, opt, i;
  unsigned jobs = dg_pipeline_default_jobs(), views = 0;
  dg_status st = DG_OK;
  dg_walk *walk = NULL;
  dg_pipeline *pipe = NULL;
  dg_outfile *of = NULL;
  map_run run;
  dg_usage_getopt go;
  dg_pipeline_want want;
  size_t n_in;

  memset(&run, 0, sizeof run);
  dg_usage_getopt_init(&go, &dg_map_usage);
  while ((opt = dg_usage_getopt_next(&go, argc, argv)) != -1) {
    switch (opt) {
    case 'f':
      if (!dg_format_from_name(optarg, &fmt))
        return dg_usage_error("map", "unknown format '%s' (formats: %s)", optarg,
                              dg_format_list());
      have_fmt = 1;
      break;
    case 'o': output = optarg; break;
    case OPT_BASE: base = optarg; break;
    case OPT_EXPLAIN: do_explain = 1; break;
    case OPT_VOCAB:
      if ((st = dg_vocab_option("map", optarg, &views)) != DG_OK)
        return st;
      break;
    case 'j':
      if (!dg_pipeline_parse_jobs(optarg, &jobs))
        return dg_usage_error("map", "--jobs '%s' is not a number from 1 to %d", optarg,
                              DG_PIPELINE_MAX_JOBS);
      break;
    case OPT_SOURCE_URL: source_url = optarg; break;
    case OPT_URLS: manifest = optarg; break;
    case 'q': dg_log_set_quiet(1); break;
    case 'h': dg_usage_print_help(&dg_map_usage, stdout); return DG_OK;
    default: return dg_option_error("map", opt, argv);
    }
  }
  if (optind >= argc)
    return dg_usage_error("map", "no PATH given (use - to read standard input)");
  if (!dg_iri_base_is_valid(base))
    return dg_usage_error("map", "--base '%s' is not an absolute IRI ending in '/' or '#'", base);
  if (source_url && manifest)
    return dg_usage_error("map", "give --source-url (one document) or --urls (a manifest), "
                                 "not both");
  if (source_url && !dg_iri_is_valid(source_url))
    return dg_usage_error("map", "--source-url '%s' is not an absolute IRI", source_url);
  if ((st = dg_output_format("map", output, have_fmt, &fmt, &gzip)) != DG_OK)
    return st;

  walk = dg_walk_new();
  for (i = optind; i < argc; i++)
    dg_walk_add(walk, argv[i]);
  n_in = dg_walk_count(walk);
  if (source_url && n_in != 1) {
    st = dg_usage_error("map", "--source-url names the page of one document, and %zu are "
                        "given (for many, use --urls MANIFEST)", n_in);
    goto out;
  }
  if (source_url)
    run.urls = dg_urls_one(dg_walk_get(walk, 0)->path, source_url);
  if (manifest && (st = dg_urls_load(manifest, &run.urls)) != DG_OK)
    goto out;

  st = dg_pipeline_new(ctx->rdf, base, &pipe);
  if (st != DG_OK)
    goto out;
  dg_pipeline_set_views(pipe, views);
  st = dg_outfile_open(output, gzip, &of);
  if (st != DG_OK)
    goto out;
  if (!do_explain) {
    st = dg_writer_new(ctx->rdf, fmt, dg_outfile_stream(of), &run.w);
    if (st != DG_OK)
      goto out;
    dg_writer_set_base(run.w, base);
  }

  run.walk = walk;
  run.pipe = pipe;
  run.out = dg_outfile_stream(of);
  run.out_name = output && strcmp(output, "-") != 0 ? output : "standard output";
  run.quads = dg_formats[fmt].quads;
  run.explain = do_explain;
  run.n_in = n_in;
  if (do_explain)
    want = DG_WANT_FACTS;
  else if (!dg_writer_takes_lines(run.w))
    want = DG_WANT_IRIS;
  else
    want = dg_formats[fmt].quads ? DG_WANT_NQUADS : DG_WANT_NTRIPLES;
  st = dg_pipeline_run(pipe, jobs, want, n_in, read_input, NULL, write_mapped, &run);
  if (st != DG_OK)
    goto out;
  dg_progress("mapping", n_in, n_in);
  if (run.w && dg_writer_finish(run.w) != DG_OK) {
    st = dg_fail(DG_ERR_IO, "write error on '%s': %s", run.out_name, dg_writer_why(run.w));
    goto out;
  }
  dg_writer_free(run.w);
  run.w = NULL;
  if (output && n_in > 0 && run.n_failed == n_in) {
    /* nothing was mapped: an existing output file is worth more than an
     * empty one */
    dg_note("no input could be mapped; '%s' left as it was", output);
    goto out;
  }
  st = dg_outfile_commit(of);
  of = NULL;
  if (run.n_failed && n_in > 1)
    dg_note("%lu of %zu inputs failed; the others were mapped", run.n_failed, n_in);

out:
  dg_urls_free(run.urls);
  dg_writer_free(run.w);
  dg_outfile_abort(of);
  dg_pipeline_free(pipe);
  dg_walk_free(walk);
  return st != DG_OK ? st : run.result;
}
