/* rdf.c - one librdf world per process, one log handler for all of it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "log.h"
#include "rdf.h"
#include "xalloc.h"

struct dg_rdf {
  librdf_world *world;
  const char *input;   /* borrowed */
  unsigned errors;
  unsigned warnings;
  int quiet;
};

/* Redland calls this for every message from librdf, raptor and rasqal. It
 * prints "docgraph: error: FILE:LINE:COL: message" and returns 1 so that
 * nothing else prints it. */
static int log_handler(void *ud, librdf_log_message *msg)
{
  dg_rdf *rdf = ud;
  librdf_log_level level = librdf_log_message_level(msg);
  raptor_locator *loc = librdf_log_message_locator(msg);
  const char *text = librdf_log_message_message(msg);
  const char *file = rdf->input;
  int is_error = level >= LIBRDF_LOG_ERROR;

  if (level < LIBRDF_LOG_WARN)
    return 1;
  if (is_error)
    rdf->errors++;
  else
    rdf->warnings++;
  if (rdf->quiet)
    return 1;
  if (loc && loc->file)
    file = loc->file;
  fprintf(stderr, "docgraph: %s: ", is_error ? "error" : "warning");
  if (file) {
    fprintf(stderr, "%s:", file);
    if (loc && loc->line > 0) {
      fprintf(stderr, "%d:", loc->line);
      if (loc->column > 0)
        fprintf(stderr, "%d:", loc->column);
    }
    fputc(' ', stderr);
  }
  fprintf(stderr, "%s\n", text ? text : "(no message)");
  return 1;
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
