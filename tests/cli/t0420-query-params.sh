#!/bin/sh
# t0420-query-params.sh - --param binds one RDF term, never query text:
# hostile values cannot change the query's structure, and undeclared,
# missing or ill-typed parameters are command-line errors (exit 2).
. "$srcdir/tests/lib.sh"

fixture=$srcdir/tests/data/fixture.trig

# The structure of a query is its token stream outside the bound term:
# --print shows the query as it will run.
dg query --print publications-by-author >plain.rq
lines=$(wc -l <plain.rq)

# values that would break out of a naively spliced "..." literal
cat >hostile.txt <<'HOSTILE'
x" } UNION { ?person ?p ?o } #
x\" } UNION { ?s ?p ?o
\
\\
"""
'''
x' } UNION { ?s ?p ?o } #
\u0022 } UNION { ?s ?p ?o } #
}}}}{{{{
<http://evil.example/> } ; DROP ALL
Gilbert Rozman" } UNION { ?person <https://w3id.org/docgraph/ns#name> ?x
$author ?author ${author}
# a comment
x	tab	and	control
HOSTILE
i=0
memcheck_reset
while IFS= read -r v; do
  memcheck_enough 3 && continue
  i=$((i + 1))
  capture h dg query --data "$fixture" -r tsv publications-by-author --param "author=$v"
  printf '?date\t?title\t?publication\n' >h.expected
  if [ "$rc" = 0 ] && cmp -s h.expected h.out; then
    test_ok "hostile value $i: exit 0, no rows (one literal that matches nothing)"
  else
    test_fail "hostile value $i: '$v'" "exit $rc"; test_diag -f h.out
    test_diag -f h.err
  fi
  # the bound query has the same lines, and the value sits in one literal
  dg query --print publications-by-author --param "author=$v" >bound.rq
  if [ "$(wc -l <bound.rq)" = "$lines" ] &&
     [ "$(grep -c UNION bound.rq)" = "$(grep -c UNION plain.rq)" ]; then
    test_ok "hostile value $i: the query keeps its structure"
  else
    test_fail "hostile value $i: the bound query changed shape"; test_diag -f bound.rq
  fi
done <hostile.txt

# a value with a line break: still one literal, written \n
nl='line one
line two"} UNION {'
capture nl dg query --data "$fixture" -r tsv publications-by-author --param "author=$nl"
test_status 0 nl "a value with a newline runs (exit 0)"
test_cmp h.expected nl.out "... and matches nothing"
dg query --print publications-by-author --param "author=$nl" >nl.rq
test_grep 'dg:name "line one\\nline two\\"} UNION {" }' nl.rq "... bound as one escaped literal"

# the same machinery matches a real name exactly, and the hostile
# extension of a real name matches nothing (it was not spliced)
capture real dg query --data "$fixture" -r tsv publications-by-author --param 'author=Gilbert Rozman'
test_expect "the real name finds its 2 publications" test "$(wc -l <real.out)" = 3
capture ext dg query --data "$fixture" -r tsv publications-by-author \
  --param 'author=Gilbert Rozman" } UNION { ?person <https://w3id.org/docgraph/ns#name> ?n } #'
test_cmp h.expected ext.out "a real name + '\" } UNION {...}' finds nothing"

# non-ASCII values are literals like any other
capture utf dg query --data "$fixture" -r tsv coauthors --param 'author=Mirna Galić'
test_grep '^"James D.J. Brown"	1	' utf.out "a non-ASCII name matches"

# ---------------------------------------------------------------- IRIs
capture iri dg query --data "$fixture" -r tsv fact-sources \
  --param subject=https://w3id.org/docgraph/id/person/gilbert-rozman --param property=dg:affiliation
test_status 0 iri "an iri parameter takes a full IRI and a prefixed name"
test_grep 'the-asan-forum>	"pages/dc-policy-forum.txt"' iri.out "... and the fact's pages are found"
memcheck_reset
for v in 'http://x/> } UNION { ?s ?p ?o } <http://y/' 'http://x/ y' 'http://x/"' 'not an iri' \
    'http://x/{}' 'http://x/\u0041' '<http://x/>' 'dg:x> } UNION { <y'; do
  memcheck_enough 3 && continue
  capture bi dg query --data "$fixture" -r tsv fact-sources --param "subject=$v"
  if [ "$rc" = 2 ] && grep -q 'is not a valid iri' bi.err; then
    test_ok "iri '$v' is refused (exit 2)"
  else
    test_fail "iri '$v' should be refused with exit 2, got $rc"; test_diag -f bi.err
  fi
done

# ---------------------------------------------------------------- types
test_expect_code 0 "integer 2 is accepted" dg query --data "$fixture" -r tsv prolific-authors --param limit=2
capture lim dg query --data "$fixture" -r tsv prolific-authors --param limit=2
test_expect "LIMIT \$limit binds: 2 rows" test "$(wc -l <lim.out)" = 3
memcheck_reset
for v in '2; DROP' '1.5' '' ' 2' '2 } UNION {' 0x10 99999999999999999999; do
  memcheck_enough 2 && continue
  test_expect_code 2 "integer '$v' is refused" dg query --data "$fixture" prolific-authors --param "limit=$v"
done
test_expect_code 0 "date 2018-01-01 is accepted" dg query --data "$fixture" events-between --param from=2018-01-01
capture dt dg query --data "$fixture" -r tsv events-between --param from=2019-01-01 --param to=2020-12-31
test_grep 'Taiwan Strait' dt.out "dates bind and filter"
test_grep ! 'DC Policy' dt.out "... both ends"
memcheck_reset
for v in 2018 2018-13-01 '2018-01-01"' 18-01-01 '2018-01-01T00:00:00'; do
  memcheck_enough 2 && continue
  test_expect_code 2 "date '$v' is refused" dg query --data "$fixture" events-between --param "from=$v"
done

# ---------------------------------------------------------------- declared?
capture und dg query --data "$fixture" coauthors --param nosuch=1
test_status 2 und "an undeclared parameter exits 2"
test_grep "has no parameter 'nosuch' (it declares: author)" und.err "... naming what is declared"
capture und2 dg query --data "$fixture" documents --param author=x
test_status 2 und2 "a parameter for a query that declares none exits 2"
test_grep "it declares none" und2.err "... and says so"
test_expect_code 2 "--param without = exits 2" dg query --data "$fixture" coauthors --param author
test_expect_code 2 "--param with an empty name exits 2" dg query --data "$fixture" coauthors --param =x
test_expect_code 2 "the same --param twice exits 2" dg query --data "$fixture" coauthors --param author=a --param author=b
printf '%s\n' '# name: needs' '# param: who — a name, no default (type: literal)' \
  'SELECT ?s WHERE { ?s ?p $who }' >needs.rq
capture miss dg query --data "$fixture" needs.rq
test_status 2 miss "a required parameter left out exits 2"
test_grep 'needs --param who=VALUE (a name, no default)' miss.err "... saying which and what it means"
capture given dg query --data "$fixture" -r tsv needs.rq --param 'who=Japan'
test_status 0 given "... and runs once it is given"
test_grep 'country/JP>' given.out "... binding it"
printf '%s\n' '# param: x (type: colour)' 'SELECT * WHERE { ?s ?p $x }' >badtype.rq
capture bt dg query --data "$fixture" badtype.rq --param x=1
test_status 1 bt "an unknown parameter type in a header exits 1"
test_grep "badtype.rq:1: parameter 'x' has unknown type 'colour'" bt.err "... naming file and line"

test_done
