#!/bin/sh
# t0430-query-lint.sh - constructs that rasqal 0.9.33 cannot run, runs
# wrongly or crashes on are reported before running, with line and column
# and what to write instead; the query is not run (exit 1); none crashes.
. "$srcdir/tests/lib.sh"

fixture=$srcdir/tests/data/fixture.trig
P='PREFIX dg: <https://w3id.org/docgraph/ns#>'

# check NAME LINE NEEDLE PATTERN QUERY-LINES...: the query must be refused
# with "NAME.rq:LINE:COL: PATTERN...; instead: ...", where COL is where
# NEEDLE first occurs on that line (the queries are ASCII), and not run.
check() {
  name=$1 line=$2 needle=$3 pat=$4
  shift 4
  printf '%s\n' "$@" >"$name.rq"
  col=$(awk -v n="$line" -v s="$needle" 'NR == n { print index($0, s) }' "$name.rq")
  capture "$name" dg query --data "$fixture" -r tsv "$name.rq"
  if [ "$rc" = 1 ] && grep -q "^docgraph: error: $name.rq:$line:$col: $pat.*; instead: " "$name.err" &&
     [ ! -s "$name.out" ]; then
    test_ok "$name: reported at $line:$col, not run"
  else
    test_fail "$name: expected exit 1 and '$name.rq:$line:$col: $pat...; instead: ...'" "exit $rc"
    test_diag -f "$name.err"
  fi
}

check path-seq 2 '/' "property path '/'" "$P" 'SELECT ?n { ?p dg:author/dg:name ?n }'
check path-alt 2 '|' "property path '|'" "$P" 'SELECT ?x { ?p dg:author|dg:editor ?x }'
check path-star 3 '*' "property path '\\*'" "$P" 'SELECT ?x {' '  ?p dg:relatedTo* ?x }'
check path-plus 2 '+' "property path '+'" "$P" 'SELECT ?x { ?p dg:relatedTo+ ?x }'
check path-opt 2 '? ?x' "property path '?'" "$P" 'SELECT ?x { ?p dg:relatedTo? ?x }'
check path-inv 2 '^' "property path '^'" "$P" 'SELECT ?x { ?p ^dg:author ?x }'
check path-neg 2 '!' "property path '!'" "$P" 'SELECT ?x { ?p !dg:author ?x }'
check path-group 2 '|' "property path '|'" "$P" 'SELECT ?x { ?p (dg:author|dg:editor) ?x }'
check minus 2 'MINUS' "MINUS" "$P" 'SELECT ?p { ?p dg:title ?t MINUS { ?p dg:author ?a } }'
check exists 2 'EXISTS' "FILTER EXISTS" "$P" 'SELECT ?p { ?p dg:title ?t FILTER EXISTS { ?p dg:author ?a } }'
check not-exists 2 'NOT' "FILTER NOT EXISTS" "$P" 'SELECT ?p { ?p dg:title ?t FILTER NOT EXISTS { ?p dg:author ?a } }'
check describe 2 'DESCRIBE' "DESCRIBE" "$P" 'DESCRIBE ?p WHERE { ?p dg:title ?t }'
check insert 2 'INSERT' "SPARQL Update" "$P" 'INSERT DATA { <http://x/a> dg:title "t" }'
check delete 1 'DELETE' "SPARQL Update" 'DELETE WHERE { ?s ?p ?o }'
check drop 1 'DROP' "SPARQL Update" 'DROP ALL'
check load 1 'LOAD' "SPARQL Update" 'LOAD <http://example.org/x.ttl>'
check clear 1 'CLEAR' "SPARQL Update" 'CLEAR DEFAULT'
check create 1 'CREATE' "SPARQL Update" 'CREATE GRAPH <http://x/g>'
check having 2 'COUNT' "HAVING on an aggregate that is not selected" "$P" \
  'SELECT ?a WHERE { ?p dg:author ?a } GROUP BY ?a HAVING (COUNT(?p) > 1) '
check separator 2 'SEPARATOR' "GROUP_CONCAT with SEPARATOR" "$P" \
  'SELECT (GROUP_CONCAT(?n; SEPARATOR=", ") AS ?all) { ?a dg:name ?n }'
check values-inline 2 'VALUES' "inline VALUES" "$P" 'SELECT ?c { ?c dg:isoCode ?k VALUES ?k { "JP" "RU" } }'
check year 2 'YEAR' "YEAR()" "$P" 'SELECT ?y { ?p dg:datePublished ?d BIND(YEAR(?d) AS ?y) }'
check month 2 'MONTH' "MONTH()" "$P" 'SELECT ?p (MONTH(?d) AS ?m) { ?p dg:datePublished ?d }'
check day 3 'DAY' "DAY()" "$P" 'SELECT ?p { ?p dg:datePublished ?d' '  FILTER(DAY(?d) = 1) }'
check concat 2 'STR(' "CONCAT over a nested function call" "$P" \
  'SELECT ?x { ?p dg:title ?t BIND(CONCAT(STR(?p), " ", ?t) AS ?x) }'
check concat-ucase 2 'UCASE' "CONCAT over a nested function call" "$P" \
  'SELECT ?x { ?p dg:title ?t BIND(CONCAT(UCASE(?t), "x") AS ?x) }'
check strafter 2 'STR(' "STRAFTER over a nested function call" "$P" \
  'SELECT ?x { ?p a ?c BIND(STRAFTER(STR(?c), "#") AS ?x) }'
check subquery 2 'FILTER' "FILTER in a group that holds a sub-query" "$P" \
  'SELECT ?a ?n { { SELECT ?a (COUNT(?p) AS ?n) { ?p dg:author ?a } GROUP BY ?a } FILTER(?n > 1) }'
check count-optional 2 'COUNT' "COUNT of a variable bound only inside OPTIONAL" "$P" \
  'SELECT ?p (COUNT(?a) AS ?n) { ?p dg:title ?t OPTIONAL { ?p dg:author ?a } } GROUP BY ?p'
check count-distinct 2 'COUNT' "an aggregate over DISTINCT values" "$P" \
  'SELECT ?a (COUNT(DISTINCT ?p) AS ?n) { ?p dg:author ?a } GROUP BY ?a'
check values-trailing 2 'VALUES' "VALUES after the WHERE clause" "$P" \
  'SELECT ?c { ?c dg:isoCode ?k } VALUES (?k) { ("JP") }'
check from 2 'FROM' "FROM" "$P" 'SELECT ?s FROM <http://x/g> { ?s dg:title ?t }'
check from-named 2 'FROM' "FROM NAMED" "$P" 'SELECT ?s FROM NAMED <http://x/g> { GRAPH ?g { ?s dg:title ?t } }'

# several issues: each reported, in order
check many 2 'MINUS' "MINUS" "$P" 'SELECT ?p { ?p dg:title ?t . MINUS { ?p dg:author/dg:name ?n } }'
test_grep 'many.rq:2:[0-9]*: property path' many.err "a second issue on the same line is reported too"

# wrong-result constructs run with --force (a warning), failing ones never
capture forced dg query --force --data "$fixture" -r tsv year.rq
test_status 0 forced "--force runs a wrong-result construct"
test_grep '^docgraph: warning: year.rq:2:[0-9]*: YEAR()' forced.err "... with a warning"
capture forced2 dg query --force --data "$fixture" -r tsv minus.rq
test_status 1 forced2 "--force does not run a construct that fails"
capture forced3 dg query --force --data "$fixture" -r tsv values-trailing.rq
test_status 1 forced3 "--force does not run a construct that crashes rasqal"
capture forced4 dg query --force --data "$fixture" -r tsv values-inline.rq
test_status 1 forced4 "--force does not run inline VALUES (rasqal reads past a buffer)"
test_grep 'values-inline.rq:2:[0-9]*: inline VALUES' forced4.err "... and says which construct"

# what looks like a construct inside strings, IRIs and comments is not one
printf '%s\n' "$P" '# MINUS and FILTER NOT EXISTS in a comment; a/b' \
  'SELECT ?t { ?p dg:title ?t FILTER(?t != "a/b|c* MINUS { YEAR(" && ?t != <http://x/a/b?c*d>) }' >clean.rq
capture clean dg query --data "$fixture" -r tsv clean.rq
test_status 0 clean "constructs inside strings, IRIs and comments are ignored"
test_must_be_empty clean.err "... and nothing is reported"

# arithmetic, COUNT(*), SELECT * and signed numbers are not paths
printf '%s\n' "$P" 'SELECT * { ?p dg:title ?t { SELECT (COUNT(*) AS ?n) (2 * 3 / 1 AS ?m) { ?a dg:name ?b } } BIND(?n + -1 AS ?k) }' >arith.rq
capture arith dg query --data "$fixture" -r tsv arith.rq
test_status 0 arith "arithmetic, COUNT(*) and SELECT * are not property paths"

# every saved query passes the lint
memcheck_reset
for f in "$srcdir"/queries/*.rq; do
  memcheck_enough 4 && continue
  capture sv dg query --data "$fixture" -r tsv "$f"
  if ! grep -q 'instead:' sv.err; then test_ok "$(basename "$f") passes the lint"
  else test_fail "$(basename "$f") is flagged"; test_diag -f sv.err; fi
done

# syntax errors from rasqal: a message with the line, exit 1, no crash
printf '%s\n' "$P" 'SELECT ?p {' '  ?p dg:title ?t )' '}' >syntax.rq
capture syn dg query --data "$fixture" syntax.rq
test_status 1 syn "a syntax error exits 1"
test_grep '^docgraph: error: syntax.rq:3: syntax error' syn.err "... reported with file and line"
memcheck_reset
for q in 'SELECT' '{' '}' 'SELECT ?x {' 'ASK { "unterminated }' 'SELECT ?x WHERE { ?x ?y ?z } ORDER BY' \
    'SELECT * { ?a ?b }' 'SELECT (COUNT(?x) AS) {}' 'SELECT * { ?s ?p ?o FILTER( }'; do
  memcheck_enough 3 && continue
  printf '%s\n' "$q" >junk.rq
  capture junk dg query --data "$fixture" junk.rq
  if [ "$rc" = 1 ] && [ -s junk.err ]; then test_ok "junk '$q': exit 1 with a message"
  else test_fail "junk '$q': exit $rc"; test_diag -f junk.err; fi
done

test_done
