#!/bin/sh
# t0473-query-sorted-distinct.sh - DISTINCT after docgraph's sort. When a
# top-level ORDER BY that docgraph takes (t0472) orders by every projected
# variable, equal rows sort next to each other, so the top-level DISTINCT
# is applied to the sorted rows, comparing each row with the rows kept
# from its run of equal keys, instead of through a set of every row (and
# the sort compares the ranks of each column's values, not the strings).
# The reference is the same query with ORDER BY (?v), an expression in
# parentheses, which docgraph does not take: rasqal sorts, and docgraph's
# set applies DISTINCT. Both must give the same bytes. The hard part is a
# value ordered by STR(): an IRI, a plain literal and a typed literal with
# the same string have the same key but are three different terms, and
# each must be kept once however the copies interleave.
. "$srcdir/tests/lib.sh"

# 60 subjects; ?o has 4 values, ?v 5; ?x is one of two strings, written
# as an IRI, a plain literal or an xsd:anyURI literal, so that the copies
# of equal rows and the different terms of equal keys interleave
awk 'BEGIN { for (i = 0; i < 60; i++) {
  t = sprintf("http://example.org/t%d", int(i / 3) % 2)
  printf "<http://example.org/s%d> <http://example.org/p> \"o%d\" .\n", i, i % 4
  printf "<http://example.org/s%d> <http://example.org/q> \"v%d\" .\n", i, i % 5
  if (i % 3 == 0) x = "<" t ">"
  else if (i % 3 == 1) x = "\"" t "\""
  else x = "\"" t "\"^^<http://www.w3.org/2001/XMLSchema#anyURI>"
  printf "<http://example.org/s%d> <http://example.org/x> %s .\n", i, x } }' >data.nt
capture imp dg import --store d.store data.nt
test_status 0 imp "the data is imported into a store"

P='PREFIX ex: <http://example.org/>'
q() { printf '%s\n%s\n' "$P" "$1" >"$2.rq"; }

check() { # NAME QUERY-DOCGRAPH-SORTS QUERY-RASQAL-SORTS ROWS [data]
  q "$2" "$1"; q "$3" "$1-rasqal"
  srcs=store
  [ "${5:-}" = data ] && srcs="store data"
  for src in $srcs; do
    if [ $src = store ]; then from="--store d.store"; else from="--data data.nt"; fi
    capture "$1-$src" dg query -r tsv $from "$1.rq"
    capture "$1-$src-rasqal" dg query -r tsv $from "$1-rasqal.rq"
    test_cmp "$1-$src-rasqal.out" "$1-$src.out" "$1 ($src): the rows of rasqal's order and docgraph's DISTINCT"
    test_expect "$1 ($src): $4 rows" test "$(($(wc -l <"$1-$src.out") - 1))" = "$4"
  done
}

# ?o and ?x both follow i: 12 distinct rows of 60, five copies each
check str 'SELECT DISTINCT ?o ?x WHERE { ?s ex:p ?o . ?s ex:x ?x } ORDER BY ?o STR(?x)' \
          'SELECT DISTINCT ?o ?x WHERE { ?s ex:p ?o . ?s ex:x ?x } ORDER BY (?o) STR(?x)' 12 data
# OFFSET and LIMIT count distinct rows: they come after DISTINCT
check desc 'SELECT DISTINCT ?x ?o WHERE { ?s ex:p ?o . ?s ex:x ?x } ORDER BY DESC(STR(?x)) ?o LIMIT 7 OFFSET 3' \
           'SELECT DISTINCT ?x ?o WHERE { ?s ex:p ?o . ?s ex:x ?x } ORDER BY DESC((STR(?x))) ?o LIMIT 7 OFFSET 3' 7
# only the key: one row per term of ?x (the three kinds of each string)
check terms 'SELECT DISTINCT ?x WHERE { ?s ex:x ?x } ORDER BY STR(?x)' \
            'SELECT DISTINCT ?x WHERE { ?s ex:x ?x } ORDER BY (STR(?x))' 6 data
# a projected variable not ordered by (?v): DISTINCT keeps its set
check partial 'SELECT DISTINCT ?o ?v WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY ?o' \
              'SELECT DISTINCT ?o ?v WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY (?o)' 20
# every row the same but for the subject, not projected: 4 rows
check copies 'SELECT DISTINCT ?o WHERE { ?s ex:p ?o } ORDER BY DESC(?o)' \
             'SELECT DISTINCT ?o WHERE { ?s ex:p ?o } ORDER BY DESC((?o))' 4

test_done
