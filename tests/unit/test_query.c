/* test_query.c - the query modules without Redland's engine: the SPARQL
 * tokenizer, parameter terms (escaping, validation), substitution that
 * never touches strings or comments, the header grammar, the lint, and
 * _free(NULL) for every query type. */
#include "config.h"

#include <time.h>

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "query/endpoint.h"
#include "query/group_take.h"
#include "query/order_take.h"
#include "query/queries.h"
#include "query/query.h"
#include "query/results.h"
#include "query/sparql.h"
#include "query/sparql_lint.h"
#include "../tap.h"

static char *term(dg_param_type type, const char *value, const dg_sparql *q)
{
  dg_param p = {(char *)"x", (char *)"", type, NULL};
  char *t = NULL;
  const char *why = NULL;
  if (!dg_param_term(&p, value, q, &t, &why))
    return NULL;
  return t;
}

static unsigned n_issues;
static dg_lint_issue last;
static void count(void *ud, const dg_lint_issue *is)
{
  (void)ud;
  n_issues++;
  last = *is;
}

static unsigned lint(const char *text)
{
  dg_sparql *q = dg_sparql_new(text);
  n_issues = 0;
  dg_sparql_lint(q, count, NULL);
  dg_sparql_free(q);
  return n_issues;
}

int main(void)
{
  dg_sparql *q;
  dg_query_def *d = NULL;
  char *s;
  const char *names[] = {"who"};
  const char *terms[] = {"\"X\""};
  dg_group_take *g0 = NULL;

  /* _free(NULL) */
  dg_sparql_free(NULL);
  dg_query_def_free(NULL);
  dg_results_free(NULL);
  dg_dataset_free(NULL);
  ok(1, "every query _free accepts NULL");

  /* a string's escapes: each kind, at the start, between and at the end
   * of runs that need none (UTF-8 bytes pass as they are) */
  {
    dg_buf b;
    dg_buf_init(&b);
    dg_sparql_escape_string(&b, "");
    dg_buf_addc(&b, '|');
    dg_sparql_escape_string(&b, "\"a\\b\nc\rd\te\001f\177g\303\251 h\"");
    dg_buf_addc(&b, '|');
    dg_sparql_escape_string(&b, "plain");
    dg_buf_addc(&b, '\0');
    is_str(b.data, "|\\\"a\\\\b\\nc\\rd\\te\\u0001f\\u007Fg\303\251 h\\\"|plain",
           "dg_sparql_escape_string escapes quote, backslash, newline, return, tab and "
           "other control characters, and nothing else");
    dg_buf_release(&b);
  }

  /* tokens: strings, IRIs and comments are single tokens */
  q = dg_sparql_new("PREFIX dg: <http://x/#>\nSELECT ?a # c ?b\n{ ?a dg:p \"a } ?b\" }");
  is_int(dg_sparql_form(q), DG_FORM_SELECT, "the form after the prologue is SELECT");
  ok(!dg_sparql_uses_var(q, "b", 0), "?b inside a comment or string is not a variable");
  ok(dg_sparql_uses_var(q, "a", 0), "?a is a variable");
  is_int(dg_sparql_tok(q, 4)->line, 2, "tokens know their line");
  s = dg_sparql_expand_pname(q, "dg:Report");
  is_str(s, "http://x/#Report", "a prefixed name expands with the query's PREFIX");
  free(s);
  ok(dg_sparql_expand_pname(q, "rdfs:label") == NULL, "an undeclared prefix does not expand");
  dg_sparql_free(q);

  /* substitution replaces $who tokens only */
  q = dg_sparql_new("SELECT * { ?s ?p $who . ?s ?p \"$who\" # $who\n}");
  s = dg_sparql_substitute(q, names, terms, 1);
  is_str(s, "SELECT * { ?s ?p \"X\" . ?s ?p \"$who\" # $who\n}",
         "only the $who variable token is replaced");
  free(s);
  dg_sparql_free(q);

  /* literals: one term whatever the value */
  s = term(DG_PARAM_LITERAL, "a\"b\\c\nd\re\tf\x01g", NULL);
  is_str(s, "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\"", "a literal escapes quotes, backslashes, controls");
  free(s);
  s = term(DG_PARAM_LITERAL, "\" } UNION { ?s ?p ?o } #", NULL);
  is_str(s, "\"\\\" } UNION { ?s ?p ?o } #\"", "a hostile literal stays one literal");
  free(s);
  s = term(DG_PARAM_LITERAL, "\\u0022", NULL);
  is_str(s, "\"\\\\u0022\"", "a literal \\u0022 cannot become a quote");
  free(s);
  ok(term(DG_PARAM_LITERAL, "\xff", NULL) == NULL, "invalid UTF-8 is refused");
  ok(term(DG_PARAM_LITERAL, "\xc0\xaf", NULL) == NULL, "an overlong UTF-8 form is refused");

  /* IRIs */
  s = term(DG_PARAM_IRI, "https://w3id.org/docgraph/id/person/x", NULL);
  is_str(s, "<https://w3id.org/docgraph/id/person/x>", "an absolute IRI");
  free(s);
  ok(term(DG_PARAM_IRI, "http://x/> } UNION { <y", NULL) == NULL, "an IRI with > is refused");
  ok(term(DG_PARAM_IRI, "http://x/ y", NULL) == NULL, "an IRI with a space is refused");
  ok(term(DG_PARAM_IRI, "no-scheme", NULL) == NULL, "a relative IRI is refused");
  q = dg_sparql_new("PREFIX dg: <https://w3id.org/docgraph/ns#> SELECT * {}");
  s = term(DG_PARAM_IRI, "dg:author", q);
  is_str(s, "<https://w3id.org/docgraph/ns#author>", "a prefixed name the query declares");
  free(s);
  dg_sparql_free(q);

  /* typed values */
  s = term(DG_PARAM_INTEGER, "-12", NULL);
  is_str(s, "-12", "an integer is bare");
  free(s);
  ok(term(DG_PARAM_INTEGER, "1 }", NULL) == NULL, "a non-integer is refused");
  s = term(DG_PARAM_DATE, "2017-04-05", NULL);
  is_str(s, "\"2017-04-05\"^^<http://www.w3.org/2001/XMLSchema#date>", "a date is typed");
  free(s);
  ok(term(DG_PARAM_DATE, "2017-4-5", NULL) == NULL, "a malformed date is refused");
  s = term(DG_PARAM_YEAR, "1998", NULL);
  is_str(s, "\"1998\"^^<http://www.w3.org/2001/XMLSchema#gYear>", "a year is an xsd:gYear");
  free(s);
  ok(term(DG_PARAM_BOOLEAN, "yes", NULL) == NULL, "a boolean is true or false");

  /* the header grammar */
  ok(dg_query_def_parse("t.rq",
                        "# name: t\n# summary: one line\n"
                        "# param: who \xe2\x80\x94 a person (type: literal; default: Ann Lee)\n"
                        "# param: n -- how many (type: integer)\n"
                        "# param: e: empty default (default: \"\")\n"
                        "SELECT * { ?s ?p $who } LIMIT $n\n# param: late: not header\n",
                        &d) == DG_OK, "a header parses");
  is_str(dg_query_def_name(d), "t", "# name:");
  is_str(dg_query_def_summary(d), "one line", "# summary:");
  is_int(dg_query_def_n_params(d), 3, "three parameters; the header ends at the SPARQL");
  is_str(dg_query_def_param(d, 0)->meaning, "a person", "the meaning, without the options");
  is_str(dg_query_def_param(d, 0)->def, "Ann Lee", "the default");
  is_int(dg_query_def_param(d, 1)->type, DG_PARAM_INTEGER, "the type");
  ok(dg_query_def_param(d, 1)->def == NULL, "no default: required");
  is_str(dg_query_def_param(d, 2)->def, "", "a quoted empty default");
  dg_query_def_free(d);

  /* the lint: position and kind, and nothing in strings */
  is_int(lint("SELECT ?n { ?p <http://x/a>/<http://x/b> ?n }"), 1, "a path is found");
  is_int(last.col, 28, "... at its column");
  is_int(last.kind, DG_LINT_FAILS, "... and it fails");
  is_int(lint("SELECT ?n { ?p <http://x/a> \"a/b MINUS\" }"), 0, "nothing inside a string");
  is_int(lint("SELECT ?c { ?c ?p ?k } VALUES (?k) { (1) }"), 1, "a trailing VALUES is found");
  is_int(last.kind, DG_LINT_CRASH, "... and it crashes rasqal");
  is_int(lint("SELECT (COUNT(*) AS ?n) { ?a ?b ?c }"), 0, "COUNT(*) is not a path");
  is_int(lint("SELECT ?a (COUNT(?b) AS ?n) { ?a ?p ?b } GROUP BY ?a HAVING (COUNT(?b) > 1)"), 0,
         "HAVING on a selected aggregate is fine");
  is_int(lint("SELECT ?a { ?a ?p ?b } GROUP BY ?a HAVING (COUNT(?b) > 1)"), 1,
         "HAVING on an unselected aggregate is not");

  /* the lint is linear: 200,000 triple patterns (as many variables), a
   * CONCAT nested 20,000 deep, 20,000 issues, 20,000 nested sub-queries
   * with FILTERs, each checked in well under the time rasqal takes to
   * refuse such a query (a quadratic lint took minutes) */
  {
    dg_buf b;
    size_t i;
    clock_t t0;
    double secs;
    unsigned n;
    dg_buf_init(&b);
    dg_buf_adds(&b, "SELECT * WHERE {\n");
    for (i = 0; i < 200000; i++)
      dg_buf_printf(&b, "?s%zu <http://x/p> ?o%zu . OPTIONAL { ?o%zu <http://x/q> ?z%zu }\n", i,
                    i, i, i);
    dg_buf_adds(&b, "} ");
    for (i = 0; i < 20000; i++)
      dg_buf_adds(&b, "CONCAT(");
    dg_buf_adds(&b, "?x");
    for (i = 0; i < 20000; i++)
      dg_buf_adds(&b, ", \"a\")");
    t0 = clock();
    n = lint(b.data);
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ok(n == 19999 && secs < 20, "200,000 patterns and a CONCAT nested 20,000 deep: %u issues, "
       "%.2f s", n, secs);
    dg_buf_clear(&b);
    dg_buf_adds(&b, "SELECT * WHERE { ");
    for (i = 0; i < 20000; i++)
      dg_buf_adds(&b, "?a <http://x/a>/<http://x/b> ?b . ");
    for (i = 0; i < 20000; i++)
      dg_buf_adds(&b, "{ SELECT * WHERE { FILTER(?x) ");
    for (i = 0; i < 20000; i++)
      dg_buf_adds(&b, "} } ");
    dg_buf_adds(&b, "}");
    t0 = clock();
    n = lint(b.data);
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ok(n == 39999 && secs < 20, "20,000 paths and 20,000 nested sub-queries with a FILTER: "
       "%u issues, %.2f s", n, secs);
    dg_buf_release(&b);
  }

  /* the request URL of --endpoint (SPARQL 1.1 Protocol, query via GET) */
  {
    const char *graphs[] = {"http://e.org/g1", "http://e.org/g?a=1&b"};
    dg_endpoint ep = {"http://h/sparql", NULL, 0, 1};
    char *u = dg_endpoint_request_url(&ep, "ASK {}");
    is_str(u, "http://h/sparql?query=ASK%20%7B%7D", "request: '?' and the query, encoded");
    free(u);
    ep.url = "http://h/sparql?key=k";
    u = dg_endpoint_request_url(&ep, "ASK {}");
    is_str(u, "http://h/sparql?key=k&query=ASK%20%7B%7D", "request: '&' after the URL's own");
    free(u);
    ep.url = "http://h/sparql?key=k&";
    u = dg_endpoint_request_url(&ep, "x");
    is_str(u, "http://h/sparql?key=k&query=x", "request: no second '&'");
    free(u);
    ep.url = "http://h/s#top";
    ep.default_graphs = graphs;
    ep.n_default_graphs = 2;
    u = dg_endpoint_request_url(&ep, "x");
    is_str(u, "http://h/s?query=x&default-graph-uri=http%3A%2F%2Fe.org%2Fg1"
              "&default-graph-uri=http%3A%2F%2Fe.org%2Fg%3Fa%3D1%26b",
           "request: no fragment; default-graph-uri for each graph, in order");
    free(u);
  }
  /* the shapes docgraph groups and sorts itself (rasqal_compat.c, items
   * 8 and 9), and a few it leaves to rasqal */
  {
    static const struct { const char *q; int group, order; } shapes[] = {
      {"SELECT ?k (COUNT(?x) AS ?n) WHERE { ?x <p> ?k } GROUP BY ?k", 1, 0},
      {"SELECT ?k (COUNT(*) AS ?n) { ?x <p> ?k } GROUP BY ?k HAVING (BOUND(?k)) "
       "ORDER BY DESC(?n) STR(?k) LIMIT 3 OFFSET 1", 1, 0},
      {"SELECT ?k (COUNT(?x) AS ?n) WHERE { ?x <p> ?k } GROUP BY ?k ORDER BY STR(?n)", 0, 0},
      {"SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x <p> ?k } GROUP BY ?k", 0, 0},
      {"SELECT ?k (SUM(?x) AS ?n) WHERE { ?x <p> ?k } GROUP BY ?k", 0, 0},
      {"SELECT ?k (COUNT(?x) AS ?n) WHERE { ?x <p> ?k } GROUP BY ?k HAVING (?n > 1)", 0, 0},
      {"SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x <p> ?y } GROUP BY ?k", 0, 0},
      {"SELECT ?k (COUNT(?x) AS ?n) WHERE { ?x <p> ?k }", 0, 0},
      {"SELECT ?a ?b WHERE { ?a <p> ?b } ORDER BY ?b DESC(STR(?a)) LIMIT 2", 0, 1},
      {"SELECT DISTINCT ?a WHERE { ?a <p> ?b } ORDER BY ASC(?a) OFFSET 4", 0, 1},
      {"SELECT * WHERE { ?a <p> ?b } ORDER BY ?b", 0, 1},
      {"SELECT ?a WHERE { ?a <p> ?b } ORDER BY ?b", 0, 0},
      {"SELECT ?a WHERE { ?a <p> ?b } ORDER BY (?a)", 0, 0},
      {"SELECT ?a WHERE { ?a <p> ?b } ORDER BY LCASE(?a)", 0, 0},
      {"SELECT ?a WHERE { { SELECT ?a WHERE { ?a <p> ?b } ORDER BY ?a } }", 0, 0},
    };
    size_t i;
    for (i = 0; i < sizeof shapes / sizeof *shapes; i++) {
      dg_group_take *g = NULL;
      dg_order_take *o = NULL;
      char *gt = dg_group_take_rewrite(shapes[i].q, &g);
      char *ot = dg_order_take_rewrite(shapes[i].q, &o);
      ok((gt && g) == shapes[i].group && (ot && o) == shapes[i].order,
         "%s: grouped by docgraph %s, sorted %s", shapes[i].q, shapes[i].group ? "yes" : "no",
         shapes[i].order ? "yes" : "no");
      if (ot)
        ok(strlen(ot) == strlen(shapes[i].q) && strstr(ot, "ORDER") == NULL &&
               strstr(ot, "LIMIT") == NULL && strstr(ot, "OFFSET") == NULL,
           "%s: ORDER BY, LIMIT and OFFSET blanked, the length kept", shapes[i].q);
      free(gt);
      free(ot);
      dg_group_take_free(g);
      dg_order_take_free(o);
    }
    s = dg_group_take_rewrite("PREFIX x: <a#>\nSELECT ?k\n(COUNT(?v) AS ?n)\nWHERE { ?v x:p ?k }\n"
                              "GROUP BY ?k\nORDER BY ?n", &g0);
    is_str(s, "PREFIX x: <a#>\nSELECT ?k ?v\n\n WHERE { ?v x:p ?k }\n\n",
           "the ungrouped query selects the keys and the counted variable, lines kept");
    free(s);
    dg_group_take_free(g0);
    s = dg_group_take_rewrite("SELECT ?y (COUNT(?p) AS ?n) WHERE {\n  { SELECT DISTINCT ?y ?p "
                              "WHERE { ?p <d> ?y } }\n} GROUP BY ?y", &g0);
    is_str(s, "\nSELECT DISTINCT ?y ?p WHERE { ?p <d> ?y } \n",
           "a WHERE clause that is one sub-query: the sub-query alone, lines kept");
    free(s);
    dg_group_take_free(g0);
  }

  return tap_done();
}
