/* rdf.c - one librdf world per process, one log handler for all of it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "emit/rdf.h"

struct dg_rdf {
  librdf_world *world;
  const char *input;   /* borrowed */
  raptor_parser *parser;  /* borrowed: the parse under way, or NULL */
  unsigned errors;
  unsigned warnings;
  int quiet;
};

/* Prints one message of Redland's: "docgraph: error: FILE:LINE:COL:
 * message", the file and position from its locator, or the input and
 * the parse under way (see dg_rdf_set_input, dg_rdf_set_parser), and
 * counts it. A message may quote a whole request URL (rasqal's protocol
 * client does): the first 300 bytes say enough. */
static void report(dg_rdf *rdf, int is_error, raptor_locator *loc, const char *text)
{
  const char *file = rdf->input;
  dg_buf where;
  if (is_error)
    rdf->errors++;
  else
    rdf->warnings++;
  if (rdf->quiet)
    return;
  if (is_error)
    dg_log_count_error();   /* printed: the exit status must say so */
  if ((!loc || loc->line <= 0) && rdf->parser)
    loc = raptor_parser_get_locator(rdf->parser);
  if (loc && loc->file)
    file = loc->file;
  dg_buf_init(&where);
  if (file) {
    dg_buf_printf(&where, "%s:", file);
    if (loc && loc->line > 0) {
      dg_buf_printf(&where, "%d:", loc->line);
      if (loc->column > 0)
        dg_buf_printf(&where, "%d:", loc->column);
    }
    dg_buf_addc(&where, ' ');
  }
  dg_log_print(is_error ? "error" : "warning", NULL, "%s%.300s", where.data,
               text ? text : "(no message)");
  dg_buf_release(&where);
}

/* librdf's own messages. Returns 1: handled, nothing else prints it. */
static int log_handler(void *ud, librdf_log_message *msg)
{
  librdf_log_level level = librdf_log_message_level(msg);
  if (level >= LIBRDF_LOG_WARN)
    report(ud, level >= LIBRDF_LOG_ERROR, librdf_log_message_locator(msg),
           librdf_log_message_message(msg));
  return 1;
}

/* raptor's and rasqal's messages: rasqal's protocol client logs only
 * there, and rasqal's handler is also raptor's (they share a world). */
static void raptor_log(void *ud, raptor_log_message *msg)
{
  if (msg->level >= RAPTOR_LOG_LEVEL_WARN)
    report(ud, msg->level >= RAPTOR_LOG_LEVEL_ERROR, msg->locator, msg->text);
}

dg_status dg_rdf_new(dg_rdf **out)
{
  dg_rdf *rdf = xcalloc(1, sizeof *rdf);
  *out = NULL;
  rdf->world = librdf_new_world();
  if (!rdf->world) {
    free(rdf);
    return dg_fail(DG_ERR_INTERNAL, "cannot start the Redland library");
  }
  librdf_world_set_logger(rdf->world, rdf, log_handler);
  librdf_world_open(rdf->world);
  rasqal_world_set_log_handler(librdf_world_get_rasqal(rdf->world), rdf, raptor_log);
  *out = rdf;
  return DG_OK;
}

void dg_rdf_free(dg_rdf *rdf)
{
  if (!rdf)
    return;
  librdf_free_world(rdf->world);
  free(rdf);
}

librdf_world *dg_rdf_world(const dg_rdf *rdf) { return rdf->world; }

raptor_world *dg_rdf_raptor(const dg_rdf *rdf)
{
  return librdf_world_get_raptor(rdf->world);
}

void dg_rdf_set_input(dg_rdf *rdf, const char *name) { rdf->input = name; }
void dg_rdf_set_parser(dg_rdf *rdf, raptor_parser *parser) { rdf->parser = parser; }
unsigned dg_rdf_errors(const dg_rdf *rdf) { return rdf->errors; }
unsigned dg_rdf_warnings(const dg_rdf *rdf) { return rdf->warnings; }
void dg_rdf_reset_counts(dg_rdf *rdf) { rdf->errors = rdf->warnings = 0; }
void dg_rdf_set_quiet(dg_rdf *rdf, int quiet) { rdf->quiet = quiet; }

librdf_node *dg_rdf_new_literal(librdf_world *w, const unsigned char *value, size_t len,
                                const char *lang, size_t lang_len, const unsigned char *dt,
                                size_t dt_len)
{
  raptor_world *rw = librdf_world_get_raptor(w);
  raptor_uri *u = NULL;
  raptor_term *t;
  if (dt) {
    u = raptor_new_uri_from_counted_string(rw, dt, dt_len);
    if (!u)
      return NULL;
  }
  t = raptor_new_term_from_counted_literal(rw, value, len, u,
                                           (const unsigned char *)(lang_len ? lang : NULL),
                                           (unsigned char)(lang_len ? lang_len : 0));
  if (u)
    raptor_free_uri(u);
  return (librdf_node *)t;
}
