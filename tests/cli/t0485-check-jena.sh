#!/bin/sh
# t0485-check-jena.sh - a second opinion on `docgraph check`: Apache Jena's
# SHACL engine (shacl validate) with the same shapes on the same data must
# find the same set of (focus node, path, constraint component): on the
# seeds, on a generated corpus of 2,000 pages, on the planted violations
# of tests/shapes/planted.ttl, and on tests/shapes/custom-*.ttl (shapes
# with what ontology/shapes.ttl does not use). The data is given to both
# as N-Triples (the union of the graphs: what check validates; Jena would
# read only the default graph of N-Quads). Only equality with Jena is
# asserted for the corpus: its violations are the mapper's (several
# dates or DOIs on one work that pages share, an organization named two
# ways), listed on "#" lines.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/jena.sh"
require_java
jena_available || _require "Apache Jena (jena-*.jar in $DOCGRAPH_JENA_JARS)" libapache-jena-java
[ -f "$DOCGRAPH_JENA_JARS/jena-shacl.jar" ] ||
  _require "Jena's SHACL engine (jena-shacl.jar in $DOCGRAPH_JENA_JARS)" libapache-jena-java
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || _require python3 python3

shapes=$srcdir/ontology/shapes.ttl
pages=2000
[ -z "$VALGRIND" ] || pages=100   # memcheck needs the code paths, not the volume

dg map -f ntriples "$srcdir/seeds" >seeds.nt
"$PY" "$srcdir/bench/gen-corpus" --seed 3 --pages "$pages" gen >/dev/null
dg map -f ntriples gen >corpus.nt
cp "$srcdir/tests/shapes/planted.ttl" planted.ttl
cp "$srcdir/tests/shapes/custom-data.ttl" custom.ttl
cp "$srcdir/tests/shapes/custom-shapes.ttl" custom-shapes.ttl

sets="seeds corpus planted custom"
for s in $sets; do
  sh_file=$shapes
  [ "$s" != custom ] || sh_file=custom-shapes.ttl
  case $s in seeds | corpus) data=$s.nt ;; *) data=$s.ttl ;; esac
  capture "dg-$s" dg check --shapes "$sh_file" "$data"
  cut -f 1-3 "dg-$s.out" | sort -u >"$s.dg"
  _jena shacl.shacl validate --shapes "$sh_file" --data "$data" >"$s.report.ttl" 2>"$s.jena.err" || :
done

# One ARQ run reads the four reports as named graphs: each result's focus
# node, its path written as check writes it, and its constraint component.
cat >results.rq <<'RQ'
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?g ?focus ?path ?comp WHERE {
  GRAPH ?g {
    ?r a sh:ValidationResult ; sh:focusNode ?f ; sh:sourceConstraintComponent ?c .
    OPTIONAL { ?r sh:resultPath ?p0 . OPTIONAL { ?p0 sh:inversePath ?ip } }
  }
  BIND(CONCAT("<", STR(?f), ">") AS ?focus)
  BIND(IF(!BOUND(?p0), "-", IF(isIRI(?p0), CONCAT("<", STR(?p0), ">"),
                               CONCAT("^<", STR(?ip), ">"))) AS ?path)
  BIND(REPLACE(STR(?c), "^http://www.w3.org/ns/shacl#", "sh:") AS ?comp)
}
RQ
named=
for s in $sets; do named="$named --namedGraph $s.report.ttl"; done
# shellcheck disable=SC2086
arq $named --query results.rq --results=CSV >results.csv 2>arq.err && arq_rc=0 || arq_rc=$?
if [ "$arq_rc" != 0 ]; then
  test_fail "arq reads Jena's SHACL reports" "exit status $arq_rc"
  test_diag -f arq.err 20
fi
# CSV: g,focus,path,comp (no field holds a comma here); g is a file: IRI
tr -d '\r' <results.csv | tail -n +2 | awk -F, '{
  n = split($1, a, "/"); sub(/\.report\.ttl$/, "", a[n])
  printf "%s\t%s\t%s\n", $2, $3, $4 > (a[n] ".jena.unsorted") }'

for s in $sets; do
  [ -f "$s.jena.unsorted" ] || : >"$s.jena.unsorted"
  sort -u "$s.jena.unsorted" >"$s.jena"
  if grep -q 'ValidationReport' "$s.report.ttl"; then
    test_ok "$s: Jena's shacl validate wrote a report"
  else
    test_fail "$s: Jena's shacl validate wrote a report"
    test_diag -f "$s.jena.err" 20
  fi
  test_cmp "$s.jena" "$s.dg" "$s: check finds what Jena finds ($(wc -l <"$s.jena") results)"
  if [ -s "$s.dg" ]; then
    test_status 1 "dg-$s" "$s: check exits 1 on violations"
  else
    test_status 0 "dg-$s" "$s: check exits 0 on none"
  fi
done

test_cmp "$srcdir/tests/shapes/seeds.expected" dg-seeds.out "seeds: the one known violation"
test_expect "planted: every planted violation is found" test "$(wc -l <planted.dg)" = 10

# What the generated corpus violates (the mapper's doing, not check's).
test_diag "corpus ($pages pages, $(wc -l <corpus.nt) triples): violations by path and constraint:"
cut -f 2,3 corpus.dg | sort | uniq -c | sed 's/^ */  /' | while IFS= read -r l; do test_diag "$l"; done

test_done
