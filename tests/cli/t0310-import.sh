#!/bin/sh
# t0310-import.sh - import merges external RDF, one graph per file named by
# its file: IRI; importing again replaces that graph; bad RDF is reported
# with its line and column and leaves the store exactly as it was. The ISO
# 3166 dataset joins the mapped countries on dg:isoCode.
. "$srcdir/tests/lib.sh"

iso=$srcdir/ontology/iso3166.ttl
cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds

# the whole store read back to compare: not what is tested (export runs
# under memcheck in t0320), so without $VALGRIND
snapshot() { # OUT: the whole store as sorted N-Quads
  "$DOCGRAPH" export -f nquads >"$1.raw" && sort "$1.raw" >"$1"
}
count_graph() { # IRI: statements in that graph
  dg export -f nquads --graph "$1" | wc -l | tr -d ' '
}

# The ISO 3166 dataset.
capture i1 dg import "$iso"
test_status 0 i1 "import iso3166.ttl: exit 0"
iso_iri="file://$(cd "$(dirname "$iso")" && pwd -P)/iso3166.ttl"
want=$(rapper -q -i turtle -o ntriples "$iso" | wc -l | tr -d ' ')
test_expect "its graph <$iso_iri> has all $want statements" test "$(count_graph "$iso_iri")" = "$want"
capture s dg stats
test_grep "^class iso:Country: 250\$" s.out "250 countries (249 of ISO 3166-1, and the Soviet Union)"
dg export -f ntriples --graph "$iso_iri" >iso.nt
test_grep '^<https://w3id.org/docgraph/iso3166/JP> <https://w3id.org/docgraph/ns#isoCode> "JP" \.$' iso.nt \
  "Japan carries dg:isoCode \"JP\""
test_grep '^<https://w3id.org/docgraph/iso3166/JP> <https://w3id.org/docgraph/iso3166#numeric> "392" \.$' iso.nt \
  "Japan's numeric code is the string \"392\""
test_grep '^<https://w3id.org/docgraph/iso3166/AF> <https://w3id.org/docgraph/iso3166#numeric> "004" \.$' iso.nt \
  "numeric codes keep their leading zeros"
test_grep '^<https://w3id.org/docgraph/iso3166/SU> <https://w3id.org/docgraph/iso3166#alpha3> "SUN" \.$' iso.nt \
  "the Soviet Union is there (SU, SUN)"

# Joined with a mapped graph: countries meet on dg:isoCode.
dg load -q seeds
cat >mapped.ttl <<'EOF'
@prefix dg: <https://w3id.org/docgraph/ns#> .
<https://w3id.org/docgraph/id/country/JP> a dg:Country ; dg:name "Japan" ; dg:isoCode "JP" .
<https://w3id.org/docgraph/id/country/SU> a dg:Country ; dg:name "Soviet Union" ; dg:isoCode "SU" .
EOF
dg import -q mapped.ttl
cat >join.rq <<'EOF'
PREFIX dg: <https://w3id.org/docgraph/ns#>
PREFIX iso: <https://w3id.org/docgraph/iso3166#>
SELECT DISTINCT ?code ?alpha3 ?numeric WHERE {
  ?c a dg:Country ; dg:isoCode ?code .
  ?i a iso:Country ; dg:isoCode ?code ; iso:alpha3 ?alpha3 ; iso:numeric ?numeric .
} ORDER BY ?code
EOF
capture q dg query -r csv join.rq
if [ "$rc" = 0 ]; then
  # every mapped country (the seeds' and mapped.ttl's) meets its ISO record
  dg export -f ntriples | grep -F '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/docgraph/ns#Country>' |
    cut -d' ' -f1 | sort -u >mapped.iris
  ncountries=$(wc -l <mapped.iris | tr -d ' ')
  tr -d '\r' <q.out >join.got
  test_expect "the join has one row per mapped country ($ncountries)" \
    test "$(($(wc -l <join.got) - 1))" = "$ncountries"
  test_grep -F 'JP,JPN,392' join.got "Japan joins with its alpha-3 and numeric code"
  test_grep -F 'SU,SUN,810' join.got "the Soviet Union joins too"
else
  test_fail "docgraph query runs the join"
  test_diag -f q.err
fi

# A second file, then re-importing it replaces its graph only.
cat >extra.ttl <<'EOF'
@prefix ex: <http://example.org/> .
ex:a ex:p "one" .
ex:b ex:p "two" .
_:x ex:p "blank" .
EOF
dg import -q extra.ttl
extra_iri="file://$(pwd -P)/extra.ttl"
test_expect "extra.ttl: 3 statements in <$extra_iri>" test "$(count_graph "$extra_iri")" = 3
snapshot before-reimport.nq
cat >extra.ttl <<'EOF'
@prefix ex: <http://example.org/> .
ex:a ex:p "uno" .
EOF
capture i2 dg import extra.ttl
test_status 0 i2 "re-import: exit 0"
test_expect "re-import replaced the graph (1 statement now)" test "$(count_graph "$extra_iri")" = 1
snapshot after-reimport.nq
grep -v -F " <$extra_iri> ." before-reimport.nq >others-before
grep -v -F " <$extra_iri> ." after-reimport.nq >others-after
test_cmp others-before others-after "re-import: every other graph is unchanged"

# Blank nodes of two imports never merge, even with the same labels.
printf '_:b <http://example.org/q> "first" .\n' >b1.nt
printf '_:b <http://example.org/q> "second" .\n' >b2.nt
dg import -q b1.nt b2.nt
dg export -f nquads | grep '<http://example.org/q>' | cut -d' ' -f1 | sort -u >blanks
test_expect "the same blank label in two files gives two blank nodes" test "$(wc -l <blanks)" = 2

# Bad RDF: line and column, exit 1, the store as it was.
snapshot before-bad.nq
cat >bad.ttl <<'EOF'
@prefix ex: <http://example.org/> .
ex:a ex:p "fine" .
ex:b ex:p "broken ;
ex:c ex:p ex:d .
EOF
capture b dg import bad.ttl
test_status 1 b "bad Turtle: exit 1"
test_grep '^docgraph: error: bad.ttl:[0-9][0-9]*:[0-9][0-9]*: ' b.err "the error gives FILE:LINE:COLUMN"
test_grep "the store is unchanged" b.err "the error says the store is unchanged"
snapshot after-bad.nq
test_cmp before-bad.nq after-bad.nq "bad Turtle: the store is exactly as it was"
printf '<http://example.org/a> <http://example.org/p> "ok" .\n<http://example.org/a> <oops> .\n' >bad.nt
capture b2 dg import -i ntriples bad.nt
test_status 1 b2 "bad N-Triples: exit 1"
test_grep '^docgraph: error: bad.nt:2:' b2.err "bad N-Triples: the error gives line 2"
snapshot after-bad2.nq
test_cmp before-bad.nq after-bad2.nq "bad N-Triples: the store is exactly as it was"

# One bad file among good ones: the good ones are imported.
printf '<http://example.org/g> <http://example.org/p> "good" .\n' >good.nt
capture b3 dg import good.nt bad.ttl
test_status 1 b3 "a bad file among good ones: exit 1"
test_expect "the good file is imported" test "$(count_graph "file://$(pwd -P)/good.nt")" = 1

# -i, --graph, other syntaxes.
rapper -q -i turtle -o rdfxml "$srcdir/tests/cli/../../ontology/iso3166.ttl" >iso.rdf 2>/dev/null
capture x dg import --graph http://example.org/iso-xml iso.rdf
test_status 0 x "RDF/XML, guessed from the content: exit 0"
test_expect "--graph names the graph" test "$(count_graph http://example.org/iso-xml)" = "$want"
printf '@prefix ex: <http://example.org/> .\nex:a ex:p "x" .\n' >small.ttl
capture f dg import -i ntriples small.ttl
test_status 1 f "-i ntriples on a Turtle file: exit 1 (it is not N-Triples)"
test_grep '^docgraph: error: small.ttl:1:1: ' f.err "... with the line and column of the first error"
test_expect_code 2 "-i with an unknown syntax: exit 2" dg import -i klingon good.nt
test_expect_code 2 "--graph with two files: exit 2" dg import --graph http://example.org/x good.nt b1.nt
test_expect_code 2 "--graph that is not an IRI: exit 2" dg import --graph nonsense good.nt
test_expect_code 2 "import without a file: exit 2" dg import
capture m dg import missing.ttl
test_status 1 m "a missing file: exit 1"
test_grep "missing.ttl" m.err "the missing file is named"

test_done
