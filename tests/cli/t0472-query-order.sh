#!/bin/sh
# t0472-query-order.sh - ORDER BY. rasqal 0.9.33's ORDER BY costs a
# quarter of a large result's time, so docgraph runs a top-level ORDER BY
# on projected variables (or STR() of them) without it, its LIMIT and its
# OFFSET, and sorts the rows itself (rasqal_compat.c, item 9). rasqal's
# sort is the reference: ORDER BY (?v), an expression in parentheses, is
# not the shape docgraph takes, so rasqal sorts; both must give the same
# bytes, ties (rows equal on every key) included, which both keep in the
# order they came in.
. "$srcdir/tests/lib.sh"

# 200 subjects; ?o has 7 values (ties), ?v 5; every fourth subject has
# no ?u, and ?l is language-tagged
awk 'BEGIN { for (i = 0; i < 200; i++) {
  printf "<http://example.org/s%d> <http://example.org/p> \"o%d\" .\n", i, (i * 3) % 7
  printf "<http://example.org/s%d> <http://example.org/q> \"v%d\" .\n", i, i % 5
  if (i % 4) printf "<http://example.org/s%d> <http://example.org/u> \"u%d\" .\n", i, i % 3
  printf "<http://example.org/s%d> <http://example.org/l> \"l%d\"@en .\n", i, i % 2 } }' >data.nt
capture imp dg import --store d.store data.nt
test_status 0 imp "the data is imported into a store"

P='PREFIX ex: <http://example.org/>'
q() { printf '%s\n%s\n' "$P" "$1" >"$2.rq"; }

# under valgrind, the first case (both sources) runs under it, the others
# without (still checked), as does the syntax error at the end
# --data (an in-memory model, another find order) for the cases marked so
check() { # NAME QUERY-DOCGRAPH-SORTS QUERY-RASQAL-SORTS [empty] [data]
  q "$2" "$1"; q "$3" "$1-rasqal"
  run=dg
  memcheck_enough 1 && run=$DOCGRAPH
  srcs=store
  [ "${5:-}" = data ] && srcs="store data"
  for src in $srcs; do
    if [ $src = store ]; then from="--store d.store"; else from="--data data.nt"; fi
    capture "$1-$src" $run query -r tsv $from "$1.rq"
    capture "$1-$src-rasqal" $run query -r tsv $from "$1-rasqal.rq"
    if [ "$(wc -l <"$1-$src-rasqal.out")" -lt 2 ] && [ "${4:-}" != empty ]; then
      test_fail "$1 ($src): rasqal's sort gave no rows"
      test_diag -f "$1-$src-rasqal.err"
    else
      test_cmp "$1-$src-rasqal.out" "$1-$src.out" "$1 ($src): rasqal's order, ties included"
    fi
  done
}

memcheck_reset
check ties 'SELECT ?s ?o WHERE { ?s ex:p ?o } ORDER BY ?o' \
           'SELECT ?s ?o WHERE { ?s ex:p ?o } ORDER BY (?o)' '' data
check desc 'SELECT ?o ?v ?s WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY DESC(?v) ASC(?o)' \
           'SELECT ?o ?v ?s WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY DESC((?v)) ASC((?o))'
check str 'SELECT ?s ?o WHERE { ?s ex:p ?o } ORDER BY DESC(STR(?s)) LIMIT 15 OFFSET 3' \
          'SELECT ?s ?o WHERE { ?s ex:p ?o } ORDER BY DESC((STR(?s))) LIMIT 15 OFFSET 3'
check distinct 'SELECT DISTINCT ?o ?v WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY ?o LIMIT 9 OFFSET 4' \
               'SELECT DISTINCT ?o ?v WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY (?o) LIMIT 9 OFFSET 4' \
               '' data
check past-end 'SELECT ?o WHERE { ?s ex:p ?o } ORDER BY ?o OFFSET 500' \
               'SELECT ?o WHERE { ?s ex:p ?o } ORDER BY (?o) OFFSET 500' empty
# values docgraph does not compare (language-tagged, unbound): rasqal
# sorts, as written
check lang 'SELECT ?s ?l WHERE { ?s ex:l ?l } ORDER BY ?l STR(?s)' \
           'SELECT ?s ?l WHERE { ?s ex:l ?l } ORDER BY (?l) STR(?s)' '' data
check unbound 'SELECT ?s ?u WHERE { ?s ex:p ?o OPTIONAL { ?s ex:u ?u } } ORDER BY ?u ?o' \
              'SELECT ?s ?u WHERE { ?s ex:p ?o OPTIONAL { ?s ex:u ?u } } ORDER BY (?u) ?o'
test_expect "unbound: 200 rows" test "$(wc -l <unbound-store.out)" = 201
# a variable that is not projected: not taken
check hidden 'SELECT ?s WHERE { ?s ex:p ?o } ORDER BY ?o STR(?s)' \
             'SELECT ?s WHERE { ?s ex:p ?o } ORDER BY (?o) STR(?s)'

# a syntax error is reported where it is in the query as written
q 'SELECT ?o
WHERE { ?s ex:p ?o FILTER( }
ORDER BY ?o LIMIT 3' bad
capture bad $run query -r tsv --store d.store bad.rq
test_status 1 bad "a syntax error in an ordered query: exit 1"
test_grep -F "bad.rq:3:" bad.err "the message gives the line of the query as written"

test_done
