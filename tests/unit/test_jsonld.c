/* test_jsonld.c - the JSON-LD writer's tree: one node object per subject
 * per graph, a graph's name and the same node of the default graph as one
 * object, the order of keys and values, the context's coercions, literals
 * in their exact lexical form, the IRIs it must refuse, write errors. */
#include "config.h"

#include <errno.h>
#include <jansson.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/jsonld.h"
#include "../tap.h"

#define EX "http://example.org/"
#define DG "https://w3id.org/docgraph/ns#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

static raptor_world *world;

/* A term from a spelling: "<iri>", "_:label", "\"text\"", "\"text\"^^<dt>"
 * or "\"text\"@lang". */
static raptor_term *term(const char *s)
{
  if (s[0] == '<') {
    char *iri = strndup(s + 1, strlen(s) - 2);
    raptor_term *t = raptor_new_term_from_uri_string(world, (const unsigned char *)iri);
    free(iri);
    return t;
  }
  if (s[0] == '_')
    return raptor_new_term_from_blank(world, (const unsigned char *)s + 2);
  {
    const char *end = strrchr(s, '"');
    char *text = strndup(s + 1, (size_t)(end - s - 1));
    raptor_uri *dt = NULL;
    raptor_term *t;
    const char *lang = NULL;
    if (strncmp(end, "\"^^<", 4) == 0) {
      char *iri = strndup(end + 4, strlen(end + 4) - 1);
      dt = raptor_new_uri(world, (const unsigned char *)iri);
      free(iri);
    } else if (end[1] == '@') {
      lang = end + 2;
    }
    t = raptor_new_term_from_literal(world, (const unsigned char *)text, dt,
                                     (const unsigned char *)lang);
    if (dt)
      raptor_free_uri(dt);
    free(text);
    return t;
  }
}

/* Adds s p o in graph g (NULL: the default graph); returns what
 * dg_jsonld_add() returned. */
static int add(dg_jsonld *j, const char *s, const char *p, const char *o, const char *g)
{
  raptor_statement *st = raptor_new_statement_from_nodes(world, term(s), term(p), term(o), NULL);
  raptor_term *gt = g ? term(g) : NULL;
  int rc = dg_jsonld_add(j, st, gt);
  raptor_free_statement(st);
  if (gt)
    raptor_free_term(gt);
  return rc;
}

/* The document as written, parsed back (a new jansson value). */
static json_t *written(dg_jsonld *j, char **text)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  json_error_t err;
  json_t *doc;
  dg_jsonld_write(j, f);
  fclose(f);
  doc = json_loads(buf, 0, &err);
  if (text)
    *text = buf;
  else
    free(buf);
  return doc;
}

/* The keys of object `o`, joined with spaces (static). */
static const char *keys(json_t *o)
{
  static char buf[512];
  const char *k;
  json_t *v;
  buf[0] = '\0';
  json_object_foreach(o, k, v) {
    if (buf[0])
      strcat(buf, " ");
    strcat(buf, k);
  }
  return buf;
}

/* The value as compact JSON text (static). */
static const char *dump(json_t *v)
{
  static char buf[1024];
  char *s = v ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
  snprintf(buf, sizeof buf, "%s", s ? s : "(none)");
  free(s);
  return buf;
}

int main(void)
{
  dg_jsonld *j;
  json_t *doc, *top, *ctx, *e, *g;
  char *text, *again;

  world = raptor_new_world();
  raptor_world_open(world);

  /* the context */
  j = dg_jsonld_new();
  doc = written(j, &text);
  ctx = json_object_get(doc, "@context");
  is_str(dump(json_object_get(ctx, "dg")), "\"" DG "\"", "the dg prefix");
  is_str(dump(json_object_get(ctx, "author")), "{\"@id\":\"dg:author\",\"@type\":\"@id\"}",
         "an entity-valued property is typed @id");
  is_str(dump(json_object_get(ctx, "title")), "\"dg:title\"", "a literal-valued one is not");
  is_str(dump(json_object_get(ctx, "Person")), "\"dg:Person\"", "a class");
  is_str(dump(json_object_get(ctx, "sameAs")), "{\"@id\":\"owl:sameAs\",\"@type\":\"@id\"}",
         "owl:sameAs is sameAs");
  is_str(keys(doc), "@context @graph", "an empty document: @context, @graph");
  is_int(json_array_size(json_object_get(doc, "@graph")), 0, "... with no node");
  json_decref(doc);
  free(text);
  dg_jsonld_free(j);

  /* a graph, a node of the default graph of the same name, values */
  j = dg_jsonld_new();
  ok(!add(j, "<" EX "a>", "<" DG "title>", "\"T\"", "<" EX "g>"), "add a title in <g>");
  ok(!add(j, "<" EX "a>", "<" RDF_TYPE ">", "<" DG "Report>", "<" EX "g>"), "add a type");
  ok(!add(j, "<" EX "a>", "<" RDF_TYPE ">", "<" DG "Publication>", "<" EX "g>"), "add another");
  ok(!add(j, "<" EX "a>", "<" DG "author>", "<" DG "p1>", "<" EX "g>"), "add an author");
  ok(!add(j, "<" EX "a>", "<" DG "author>", "<" EX "p2>", "<" EX "g>"), "add another");
  ok(!add(j, "<" EX "a>", "<" DG "author>", "\"a name\"", "<" EX "g>"), "add a literal author");
  ok(!add(j, "<" EX "a>", "<" DG "title>", "<" EX "t>", "<" EX "g>"), "add an IRI title");
  ok(!add(j, "<" EX "a>", "<" EX "n>", "\"01\"^^<" XSD "integer>", "<" EX "g>"), "an integer");
  ok(!add(j, "<" EX "a>", "<" EX "l>", "\"x\"@en-GB", "<" EX "g>"), "a language");
  ok(!add(j, "_:b1", "<" EX "p>", "_:b2", "<" EX "g>"), "blank nodes");
  ok(!add(j, "<" EX "g>", "<" EX "p>", "\"in the default graph\"", NULL), "<g> in the default graph");
  ok(!add(j, "<" EX "z>", "<" EX "p>", "\"z\"", NULL), "another node there");
  doc = written(j, &text);
  top = json_object_get(doc, "@graph");
  is_int(json_array_size(top), 2, "two top nodes: <g> (graph and node in one) and <z>");
  e = json_array_get(top, 0);
  is_str(keys(e), "@id http://example.org/p @graph", "<g>: @id, its property, then @graph");
  g = json_object_get(e, "@graph");
  is_int(json_array_size(g), 2, "<g> holds two node objects: <a> and _:b1");
  e = json_array_get(g, 0);
  is_str(keys(e), "@id @type author http://example.org/l http://example.org/n title",
         "<a>: @id, @type, then its properties in code-point order");
  is_str(dump(json_object_get(e, "@type")), "[\"Report\",\"Publication\"]",
         "classes by their terms, in the order they came");
  is_str(dump(json_object_get(e, "author")),
         "[\"dg:p1\",\"http://example.org/p2\",{\"@value\":\"a name\"}]",
         "author: IRIs as strings (compacted where a prefix fits), a literal as a value object");
  is_str(dump(json_object_get(e, "title")), "[\"T\",{\"@id\":\"http://example.org/t\"}]",
         "title: a literal as a string, an IRI as a node reference");
  is_str(dump(json_object_get(e, "http://example.org/n")),
         "{\"@value\":\"01\",\"@type\":\"xsd:integer\"}", "\"01\"^^xsd:integer stays \"01\"");
  is_str(dump(json_object_get(e, "http://example.org/l")),
         "{\"@value\":\"x\",\"@language\":\"en-GB\"}", "a language tag as given");
  is_str(dump(json_array_get(g, 1)), "{\"@id\":\"_:b1\",\"http://example.org/p\":{\"@id\":\"_:b2\"}}",
         "blank nodes keep their labels");
  json_decref(doc);
  again = NULL;
  json_decref(written(j, &again));
  is_str(again, text, "written twice: the same bytes");
  free(again);
  free(text);
  dg_jsonld_free(j);

  /* what cannot be written as it is */
  j = dg_jsonld_new();
  is_int(add(j, "<dg:x>", "<" EX "p>", "\"v\"", NULL), EINVAL,
         "an IRI whose scheme is a prefix of the context (dg:x) is refused");
  ok(dg_jsonld_why(j) && strstr(dg_jsonld_why(j), "dg:x"), "... naming it: %s",
     dg_jsonld_why(j) ? dg_jsonld_why(j) : "(null)");
  is_int(add(j, "<" EX "s>", "<title:x>", "\"v\"", NULL), EINVAL,
         "a property whose scheme is a term (title:x) is refused");
  is_int(add(j, "<" EX "s>", "<" EX "p>", "<author:x>", NULL), EINVAL,
         "... and such an object");
  is_int(add(j, "<" EX "s>", "<" EX "p>", "<" DG "a//b>", NULL), 0,
         "an IRI whose rest is no plain name is written whole");
  doc = written(j, NULL);
  e = json_array_get(json_object_get(doc, "@graph"), 0);
  is_str(dump(json_object_get(e, "http://example.org/p")), "{\"@id\":\"" DG "a//b\"}",
         "... as it is");
  json_decref(doc);
  dg_jsonld_free(j);

  /* write errors */
  {
    FILE *full = fopen("/dev/full", "w");
    if (full) {
      j = dg_jsonld_new();
      add(j, "<" EX "s>", "<" EX "p>", "\"v\"", NULL);
      int rc = dg_jsonld_write(j, full);
      if (!rc && fflush(full) != 0)
        rc = errno;
      is_int(rc, ENOSPC, "writing to /dev/full fails with ENOSPC");
      fclose(full);
      dg_jsonld_free(j);
    } else {
      ok(1, "# SKIP no /dev/full");
    }
  }

  dg_jsonld_free(NULL);
  ok(1, "dg_jsonld_free(NULL)");
  raptor_free_world(world);
  return tap_done();
}
