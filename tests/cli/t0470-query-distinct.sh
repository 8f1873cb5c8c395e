#!/bin/sh
# t0470-query-distinct.sh - SELECT DISTINCT with ORDER BY, LIMIT and
# OFFSET. rasqal 0.9.33's DISTINCT is quadratic, so docgraph runs a
# top-level DISTINCT query without DISTINCT, LIMIT and OFFSET and applies
# them to the rows itself (query.c). Every answer here is checked against
# the same query run without DISTINCT (which docgraph passes to rasqal
# untouched), with the first of each duplicate kept by awk and the slice
# cut by sed; against Jena ARQ too when it is installed.
. "$srcdir/tests/lib.sh"

# 300 subjects; ?o has 7 values and ?v 5, so projections repeat rows
awk 'BEGIN { for (i = 0; i < 300; i++) {
  printf "<http://example.org/s%d> <http://example.org/p> <http://example.org/o%d> .\n", i, i % 7
  printf "<http://example.org/s%d> <http://example.org/q> \"v%d\" .\n", i, i % 5 } }' >data.nt
capture imp dg import --store d.store data.nt
test_status 0 imp "the data is imported into a store"

P='PREFIX ex: <http://example.org/>'
q() { printf '%s\n%s\n' "$P" "$1" >"$2.rq"; }
rows() { tail -n +2 "$1"; }      # TSV less its header
first() { awk '!seen[$0]++'; }   # the first of each run of equal rows

check() { # NAME DISTINCT-QUERY PLAIN-QUERY [SED-SCRIPT [empty]]
  q "$2" "$1"; q "$3" "$1-plain"
  for src in store data; do
    if [ $src = store ]; then from="--store d.store"; else from="--data data.nt"; fi
    capture "$1-$src" dg query -r tsv $from "$1.rq"
    capture "$1-$src-plain" dg query -r tsv $from "$1-plain.rq"
    rows "$1-$src-plain.out" | first | sed -n "${4:-p}" >"$1-$src.want"
    rows "$1-$src.out" >"$1-$src.got"
    if [ ! -s "$1-$src.want" ] && [ "${5:-}" != empty ]; then
      test_fail "$1 ($src): the query without DISTINCT gave no rows"
      test_diag -f "$1-$src-plain.err"
    else
      test_cmp "$1-$src.want" "$1-$src.got" "$1 ($src): the rows of the query without DISTINCT, each once, in order"
    fi
  done
}

check one-var 'SELECT DISTINCT ?o WHERE { ?s ex:p ?o } ORDER BY ?o' \
              'SELECT ?o WHERE { ?s ex:p ?o } ORDER BY ?o'
test_expect "one-var: 7 distinct values" test "$(wc -l <one-var-store.got)" = 7
check two-var 'SELECT DISTINCT ?v ?o WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY DESC(?v) ?o' \
              'SELECT ?v ?o WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY DESC(?v) ?o'
test_expect "two-var: 35 distinct pairs" test "$(wc -l <two-var-store.got)" = 35
check slice 'SELECT DISTINCT ?v ?o WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY ?o ?v LIMIT 4 OFFSET 6' \
            'SELECT ?v ?o WHERE { ?s ex:p ?o . ?s ex:q ?v } ORDER BY ?o ?v' 7,10p
check offset-first 'select distinct ?o where { ?s ex:p ?o } order by desc(?o) offset 5 limit 100' \
                   'select ?o where { ?s ex:p ?o } order by desc(?o)' '6,$p'
check limit-zero 'SELECT DISTINCT ?o WHERE { ?s ex:p ?o } ORDER BY ?o LIMIT 0' \
                 'SELECT ?o WHERE { ?s ex:p ?o } ORDER BY ?o' d empty
check past-the-end 'SELECT DISTINCT ?o WHERE { ?s ex:p ?o } ORDER BY ?o OFFSET 50' \
                   'SELECT ?o WHERE { ?s ex:p ?o } ORDER BY ?o' '51,$p' empty

# no ORDER BY: the same set of rows
q 'SELECT DISTINCT ?v WHERE { ?s ex:q ?v }' unordered
capture unordered dg query -r tsv --store d.store unordered.rq
rows unordered.out | sort >unordered.got
printf '"v%s"\n' 0 1 2 3 4 >unordered.want
test_cmp unordered.want unordered.got "DISTINCT without ORDER BY: each value once"

# a DISTINCT sub-query alone in its group is rasqal's (which ignores
# ORDER BY over inline data alone); the outer rows are still right
q 'SELECT ?o WHERE { { SELECT DISTINCT ?o WHERE { ?s ex:p ?o } } } ORDER BY ?o' sub
capture sub dg query -r tsv --store d.store sub.rq
rows one-var-store.out >sub.want
rows sub.out >sub.got
test_cmp sub.want sub.got "a sub-query's DISTINCT"
# beside a triple pattern, docgraph runs a DISTINCT sub-query and gives
# rasqal its rows as VALUES (rasqal_compat.c, item 7): two sub-queries
# joined with each other and with a triple pattern, one
# on more than one line (the line of a later syntax error stays right)
q 'SELECT ?s ?o ?v WHERE {
  { SELECT DISTINCT ?o WHERE { ?x ex:p ?o } }
  { SELECT DISTINCT ?o ?v
    WHERE { ?y ex:p ?o . ?y ex:q ?v } ORDER BY ?v LIMIT 21 }
  ?s ex:p ?o . ?s ex:q ?v
} ORDER BY ?s' subs
q 'SELECT ?s ?o ?v WHERE { ?s ex:p ?o . ?s ex:q ?v
  FILTER(?v IN ("v0", "v1", "v2")) } ORDER BY ?s' subs-plain
for n in subs subs-plain; do
  capture $n dg query -r tsv --store d.store $n.rq
  rows $n.out >$n.got
done
test_expect "sub-queries joined: 180 rows" test "$(wc -l <subs.got)" = 180
test_cmp subs-plain.got subs.got "sub-queries joined: the rows of the same query written flat"
# not taken where rasqal would group the inline data wrongly: the
# aggregate over a DISTINCT sub-query counts each value once
q 'SELECT ?v (COUNT(?o) AS ?n) WHERE { { SELECT DISTINCT ?v ?o WHERE { ?s ex:p ?o . ?s ex:q ?v } } } GROUP BY ?v ORDER BY ?v' agg
capture agg dg query -r tsv --store d.store agg.rq
printf '"v%s"\t7\n' 0 1 2 3 4 >agg.want
rows agg.out >agg.got
test_cmp agg.want agg.got "COUNT over a DISTINCT sub-query: 7 pairs for each ?v"
# a blank node cannot be inline data: the sub-query is left to rasqal
printf '_:b%s <http://example.org/p> "x" .\n' 1 2 >bn.nt
q 'SELECT ?s WHERE { { SELECT DISTINCT ?s WHERE { ?s ex:p "x" } } }' bn
capture bn dg query -r tsv --data bn.nt bn.rq
test_expect "blank nodes from a sub-query: 2 rows" test "$(rows bn.out | wc -l)" = 2

# words inside strings are not syntax
q 'SELECT ?s WHERE { ?s ex:q ?v FILTER(?v != "SELECT DISTINCT ?s LIMIT 1") }' str
capture str dg query -r tsv --store d.store str.rq
test_expect "DISTINCT and LIMIT inside a string are left alone (300 rows)" \
  test "$(rows str.out | wc -l)" = 300

# a syntax error is reported where it is in the query as written
q 'SELECT DISTINCT ?o
WHERE { ?s ex:p ?o FILTER( }' bad
sed 's/DISTINCT/        /' bad.rq >bad-plain.rq
capture bad dg query -r tsv --store d.store bad.rq
capture badp dg query -r tsv --store d.store bad-plain.rq
test_status 1 bad "a syntax error after DISTINCT: exit 1"
sed 's/bad-plain\.rq/bad.rq/' badp.err >bad.want
test_cmp bad.want bad.err "the message gives the line and column of the query as written"

# Jena ARQ, when installed, on the same data and queries
if . "$srcdir/tests/jena.sh" 2>/dev/null && jena_available; then
  for n in one-var two-var slice offset-first; do
    arq --data data.nt --query "$n.rq" --results TSV 2>arq.err | tail -n +2 >"$n.arq"
    test_cmp "$n.arq" "$n-store.got" "$n: the same rows as Jena ARQ"
  done
else
  test_skip "the same rows as Jena ARQ" "Jena is not installed"
fi

test_done
