#!/bin/sh
# t0100-map-formats.sh - `docgraph map -f FORMAT seeds/` in every format:
# each parses back (rapper) to the same triples, with one dg:Document per
# seed; plus --base and reading standard input.
. "$srcdir/tests/lib.sh"
require_rapper

seeds=$srcdir/seeds
n_seeds=$(ls "$seeds"/*.txt | wc -l)
RDF='http://www.w3.org/1999/02/22-rdf-syntax-ns#'
DG='https://w3id.org/docgraph/ns#'
ID='https://w3id.org/docgraph/id/'

for f in turtle ntriples nquads rdfxml json dot; do
  capture "$f" dg map -f "$f" "$seeds"
  test_status 0 "$f" "map -f $f: exit 0"
  test_expect "map -f $f: output is not empty" test -s "$f.out"
  test_must_be_empty "$f.err" "map -f $f: nothing on stderr"
done

# The N-Triples output is the reference: count its triples.
n_triples=$(sort -u ntriples.out | wc -l | tr -d ' ')
test_expect "N-Triples: one triple a line, no duplicates" \
  test "$(wc -l <ntriples.out | tr -d ' ')" = "$n_triples"
test_rapper ntriples ntriples.out "rapper parses the N-Triples ($n_triples triples)" "$n_triples"
test_rapper turtle turtle.out "rapper parses the Turtle to the same $n_triples triples" "$n_triples"
test_rapper rdfxml rdfxml.out "rapper parses the RDF/XML to the same $n_triples triples" "$n_triples"
test_rapper json json.out "rapper parses the RDF/JSON to the same $n_triples triples" "$n_triples"
test_rapper nquads nquads.out "rapper parses the N-Quads"
test_expect "N-Quads: at least as many quads ($rapper_n) as triples ($n_triples)" \
  test "${rapper_n:-0}" -ge "$n_triples"

# Same triples, not just the same number: compare as N-Triples.
sort -u ntriples.out >ref.nt
for f in turtle rdfxml json; do
  rapper -q -i "$f" -o ntriples "$f.out" 2>/dev/null | sort -u >"$f.nt" || :
  test_cmp ref.nt "$f.nt" "$f: the same triples as the N-Triples output"
done

# Turtle: the prefixes.
for p in "dg: <$DG>" "rdf: <$RDF>" "rdfs: <http://www.w3.org/2000/01/rdf-schema#>" \
    "xsd: <http://www.w3.org/2001/XMLSchema#>" "owl: <http://www.w3.org/2002/07/owl#>"; do
  test_grep "^@prefix $p \.\$" turtle.out "Turtle declares @prefix $p"
done
# ... and the instance namespaces the seeds use, so that subjects read as
# person:jane-doe (raptor abbreviates only local parts that are XML names:
# a dated event, or a document id that starts with a digit, stays whole)
for k in person org publication country document; do
  test_grep "^@prefix $k: <${ID}$k/> \.\$" turtle.out "Turtle declares @prefix $k:"
done
grep -o "<${ID}[a-z]*/[A-Za-z_][A-Za-z0-9_-]*>" turtle.out >ttl.whole || :
test_must_be_empty ttl.whole "Turtle: every instance IRI with a name for a local part is abbreviated"
: >ttl.unused
sed -n 's/^@prefix \([a-z]*\):.*/\1/p' turtle.out | grep -v '^rdf$' >ttl.prefixes
for p in $(cat ttl.prefixes); do
  grep -q -e "[ ,^]$p:" -e "^$p:" turtle.out || echo "$p" >>ttl.unused
done
test_must_be_empty ttl.unused "Turtle: every prefix docgraph declares is used"

# DOT: a digraph.
head -n 1 dot.out >dot.first
test_grep '^digraph' dot.first "dot output starts with 'digraph'"
test_grep '^}' dot.out "dot output closes the graph"

# One dg:Document per seed, each with a source file and a checksum.
count() { grep -c -e "$1" ntriples.out || :; }
test_expect "one dg:Document per seed ($n_seeds)" \
  test "$(count "<${RDF}type> <${DG}Document> \.\$")" = "$n_seeds"
test_expect "one dg:sourceFile per seed" test "$(count "<${DG}sourceFile> \"")" = "$n_seeds"
test_expect "one dg:sha256 per seed" \
  test "$(count "<${DG}sha256> \"[0-9a-f]\{64\}\" \.\$")" = "$n_seeds"
for s in "$seeds"/*.txt; do
  test_grep "<${DG}sourceFile> \"$s\" \.\$" ntriples.out "dg:sourceFile of $(basename "$s")"
done
sed -n "s|^\(<[^>]*>\) <${RDF}type> <${DG}Document> \.\$|\1|p" ntriples.out | sort >docs
sed -n "s|^\(<[^>]*>\) <${DG}sha256> .*|\1|p" ntriples.out | sort >docs.sha
test_cmp docs docs.sha "every dg:Document has the dg:sha256"

# N-Quads: each quad has a graph, the graphs are the documents, and
# without the graphs the quads are the N-Triples.
grep -v '^<[^>]*> <[^>]*> .* <[^>]*> \.$' nquads.out >nq.bad || :
test_must_be_empty nq.bad "N-Quads: every line ends with a graph IRI"
sed 's/^\(.*\) <[^>]*> \.$/\1 ./' nquads.out | sort -u >nq.nt
test_cmp ref.nt nq.nt "N-Quads without the graph term are the N-Triples"
sed 's/^.* \(<[^>]*>\) \.$/\1/' nquads.out | sort -u >graphs
test_cmp docs graphs "N-Quads: the graph IRIs are exactly the $n_seeds document IRIs"

# --base: every instance IRI under the given base.
capture base dg map -f ntriples --base http://example.org/kg/ "$seeds"
test_status 0 base "--base http://example.org/kg/: exit 0"
test_rapper ntriples base.out "--base: rapper parses the output" "$n_triples"
test_grep ! "$ID" base.out "--base: no $ID IRI left"
cut -d' ' -f1 base.out | sort -u | grep -v '^<http://example\.org/kg/.' >base.other || :
test_must_be_empty base.other "--base: every subject is under http://example.org/kg/"
# Other IRIs are vocabulary, or links out (owl:sameAs to Wikidata and such).
grep -v '<http://www\.w3\.org/2002/07/owl#sameAs>' base.out | grep -o '<[^>]*>' | sort -u |
  grep -v -e '^<http://www\.w3\.org/' -e "^<$DG" -e '^<http://example\.org/kg/.' >base.other || :
test_must_be_empty base.other "--base: every IRI but links out is under the base or a vocabulary"
test_expect "--base: $n_seeds documents under the base" \
  test "$(grep -c "^<http://example\.org/kg/[^>]*> <${RDF}type> <${DG}Document> \.\$" base.out)" = "$n_seeds"
capture baset dg map -f turtle --base http://example.org/kg/ "$seeds"
test_grep '^@prefix person: <http://example\.org/kg/person/> \.$' baset.out \
  "--base: Turtle's person: is under the base"
rapper -q -i turtle -o ntriples baset.out 2>/dev/null | sort -u >baset.nt || :
sort -u base.out >base.nt
test_cmp base.nt baset.nt "--base: the Turtle holds the N-Triples' triples"
capture hash dg map -f nquads --base 'http://example.org/kg#' "$seeds"
test_status 0 hash "--base with '#': exit 0"
test_rapper nquads hash.out "--base with '#': rapper parses the output"
test_grep ! "$ID" hash.out "--base with '#': no $ID IRI left"

# -: standard input, named "-".
first=$(ls "$seeds"/*.txt | head -n 1)
capture stdin dg map -f ntriples - <"$first"
test_status 0 stdin "map -: exit 0"
test_rapper ntriples stdin.out "map -: rapper parses the output"
test_grep "<${DG}sourceFile> \"-\" \.\$" stdin.out "map -: dg:sourceFile is \"-\""
test_expect "map -: one dg:Document" \
  test "$(grep -c "<${RDF}type> <${DG}Document> \.\$" stdin.out)" = 1
capture file dg map -f ntriples "$first"
# (only the name differs: dg:sourceFile and the document's rdfs:label)
grep -v -F -e ' "-" .' stdin.out >stdin.rest || :
grep -v -F -e " \"$first\" ." file.out >file.rest || :
test_cmp file.rest stdin.rest "map -: the same facts as mapping the file"

test_done
