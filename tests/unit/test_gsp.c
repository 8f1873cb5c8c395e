/* test_gsp.c - how push names a graph on a Graph Store endpoint, and
 * which SPARQL Update endpoint goes with Virtuoso's. */
#include "config.h"

#include <stdlib.h>

#include "store/gsp.h"
#include "../tap.h"

#define G "https://w3id.org/docgraph/id/document/0a1b"
#define GE "https%3A%2F%2Fw3id.org%2Fdocgraph%2Fid%2Fdocument%2F0a1b"

static void names(const char *url, const char *graph, const char *want)
{
  char *got = dg_gsp_graph_url(url, graph);
  is_str(got, want, "graph URL of '%s'", url);
  free(got);
}

static void update(const char *url, const char *want)
{
  char *got = dg_gsp_update_url_for(url);
  is_str(got ? got : "(none)", want, "update endpoint for '%s'", url);
  free(got);
}

int main(void)
{
  /* the standard's graph= (Fuseki, Oxigraph, GraphDB) */
  names("http://h:3030/ds/data", G, "http://h:3030/ds/data?graph=" GE);
  /* the URL's own query string kept, the parameter added with '&' */
  names("http://h/ds/data?key=k", G, "http://h/ds/data?key=k&graph=" GE);
  names("http://h/ds/data?", G, "http://h/ds/data?graph=" GE);
  names("http://h/ds/data?key=k&", G, "http://h/ds/data?key=k&graph=" GE);
  /* a fragment is not sent */
  names("http://h/ds/data#x", G, "http://h/ds/data?graph=" GE);
  /* Virtuoso's endpoints: graph-uri= */
  names("http://h:8890/sparql-graph-crud-auth", G, "http://h:8890/sparql-graph-crud-auth?graph-uri=" GE);
  names("http://h:8890/sparql-graph-crud", G, "http://h:8890/sparql-graph-crud?graph-uri=" GE);
  names("http://h:8890/x/sparql-graph-crud-auth?a=1", G,
        "http://h:8890/x/sparql-graph-crud-auth?a=1&graph-uri=" GE);
  /* a path that only ends like it is not Virtuoso's */
  names("http://h/my-sparql-graph-crud", G, "http://h/my-sparql-graph-crud?graph=" GE);
  /* an empty parameter names itself, wherever it is */
  names("http://h/s?graph-uri=&x=1", G, "http://h/s?graph-uri=" GE "&x=1");
  names("http://h/s?x=1&graph=", G, "http://h/s?x=1&graph=" GE);
  /* a graph= with a value is the URL's own: ours is added */
  names("http://h/s?graph=a", G, "http://h/s?graph=a&graph=" GE);
  /* every byte outside the unreserved set percent-encoded */
  names("http://h/d", "urn:x a&b=c#d\xc3\xa9", "http://h/d?graph=urn%3Ax%20a%26b%3Dc%23d%C3%A9");

  update("http://h:8890/sparql-graph-crud-auth", "http://h:8890/sparql-auth");
  update("http://h:8890/sparql-graph-crud-auth?graph-uri=", "http://h:8890/sparql-auth");
  update("http://h:8890/sparql-graph-crud", "http://h:8890/sparql");
  update("http://h:3030/ds/data", "(none)");

  dg_gsp_free(NULL);
  ok(1, "dg_gsp_free(NULL)");
  return tap_done();
}
