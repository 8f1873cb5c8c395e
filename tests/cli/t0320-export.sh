#!/bin/sh
# t0320-export.sh - export writes the store in every format map writes,
# each of which rapper reads back; N-Quads keeps the graphs; --graph picks
# one; -o is atomic; write errors are caught.
. "$srcdir/tests/lib.sh"
require_rapper

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)
# the store and the references, not what is tested: without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }
ref load -q seeds
ref import -q "$srcdir/ontology/iso3166.ttl"
ref map -f nquads seeds >map.nq
iso_n=$(rapper -q -i turtle -o ntriples "$srcdir/ontology/iso3166.ttl" | wc -l | tr -d ' ')
# the store's records: two statements a graph (its kind and its file)
quads=$(($(wc -l <map.nq) + iso_n + 2 * (n + 1)))
triples=$( (ref map -f ntriples seeds; rapper -q -i turtle -o ntriples "$srcdir/ontology/iso3166.ttl") | sort -u | wc -l | tr -d ' ')

# Every format, re-parsed.
capture nq dg export -f nquads
test_status 0 nq "export -f nquads: exit 0"
test_rapper nquads nq.out "nquads: rapper reads it" "$quads"
capture nt dg export -f ntriples
test_rapper ntriples nt.out "ntriples: rapper reads it, one line per distinct triple" "$triples"
capture ttl dg export
test_status 0 ttl "export (Turtle by default): exit 0"
test_rapper turtle ttl.out "turtle: rapper reads it" "$triples"
test_grep '^@prefix dg: ' ttl.out "turtle: with prefixes"
capture xml dg export -f rdfxml
test_rapper rdfxml xml.out "rdfxml: rapper reads it" "$triples"
capture js dg export -f json
test_rapper json js.out "json: rapper reads it" "$triples"
capture dot dg export -f dot
test_status 0 dot "dot: exit 0"
test_grep '^digraph' dot.out "dot: a GraphViz digraph"

# N-Quads keeps the graphs: each document's and the imported file's.
sed 's/.* \(<[^>]*>\) \.$/\1/' nq.out | grep -v -F '<https://w3id.org/docgraph/records>' |
  sort -u >graphs
test_expect "nquads: $((n + 1)) graphs ($n documents, 1 imported file)" test "$(wc -l <graphs)" = $((n + 1))
test_expect "nquads: and the store's records" \
  test "$(grep -c -F ' <https://w3id.org/docgraph/records> .' nq.out)" = $((2 * (n + 1)))
grep -v -e 'iso3166' -e '<https://w3id.org/docgraph/records> \.$' nq.out | sort >docs.nq
sort map.nq >map.sorted
test_cmp map.sorted docs.nq "nquads: the document graphs are exactly what map writes"
grep -v '^<[^>]*> <[^>]*> .* <[^>]*> \.$' nq.out >bad || :
test_must_be_empty bad "nquads: four terms on every line"

# Two exports of the same store are identical (the second one the same
# code paths as the first: without $VALGRIND).
ref export -f nquads >nq2
test_cmp nq.out nq2 "export is deterministic"

# --graph: one graph.
g=$(sed -n 1p graphs | tr -d '<>')
capture one dg export -f nquads --graph "$g"
test_status 0 one "--graph IRI: exit 0"
grep -F " <$g> ." nq.out >want-one
test_cmp want-one one.out "--graph IRI: exactly that graph's statements"
capture none dg export --graph http://example.org/no-such-graph
test_status 1 none "--graph with an unknown graph: exit 1"
test_grep "no graph <http://example.org/no-such-graph>" none.err "... naming the graph"

# -o: atomic, format from the extension.
mkdir out
capture o dg export -o out/all.nq
test_status 0 o "-o FILE: exit 0"
test_must_be_empty o.out "-o FILE: nothing on stdout"
test_cmp nq.out out/all.nq "-o x.nq: N-Quads, from the extension"
ls -A out >listing
echo all.nq >expect
test_cmp expect listing "-o: no temporary file left behind"
echo old >out/keep.nt
capture o2 dg export -o nodir/x.nt
test_status 1 o2 "-o in a missing directory: exit 1"
capture o3 dg export --store no.store -o out/keep.nt
test_status 1 o3 "export of a missing store: exit 1"
test_grep "no store at 'no.store'" o3.err "... which says there is no store there"
echo old >expect-old
test_cmp expect-old out/keep.nt "a failed export leaves -o FILE as it was"

# Write errors on standard output.
if [ -w /dev/full ]; then
  capture full dg export -f nquads
  dg export -f nquads >/dev/full 2>full.err && full_rc=0 || full_rc=$?
  test_expect "export >/dev/full: exit 1" test "$full_rc" = 1
  test_grep "write error" full.err "export >/dev/full: says 'write error'"
else
  test_skip "export >/dev/full" "no /dev/full"
fi

# Usage errors.
test_expect_code 2 "-f unknown: exit 2" dg export -f klingon
test_expect_code 2 "an argument: exit 2" dg export something
test_expect_code 2 "-o without a value: exit 2" dg export -o
capture h dg export --help
test_grep "Usage: docgraph export" h.out "export --help"

test_done
