#!/bin/sh
# t0157-vocab-rdfs.sh - a second opinion on --vocab: Apache Jena's RDFS
# reasoner, `riot --rdfs=ontology/docgraph.ttl`, on map's dg: output of the
# seeds gives the inferred closure; what `map --vocab all` adds must be
# exactly the closure's statements in schema:, foaf: and dcterms: (a
# property in them, or an rdf:type of a class in them).
#
# riot's RDFS covers rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain and
# rdfs:range, not owl:equivalentClass or owl:equivalentProperty. The
# ontology uses neither (checked below), so the comparison covers every
# axiom the view is made from; the domains and ranges add nothing to the
# view's namespaces, since docgraph types every entity it names.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/jena.sh"
require_java
jena_available || _require "Apache Jena (jena-*.jar in $DOCGRAPH_JENA_JARS)" libapache-jena-java

onto=$srcdir/ontology/docgraph.ttl
test_expect "the ontology has no owl:equivalentClass/Property, which riot --rdfs leaves out" \
  test "$(grep -c 'owl:equivalent' "$onto")" = 0

capture dg dg map -q -f ntriples "$srcdir/seeds"
capture all dg map -q -f ntriples --vocab all "$srcdir/seeds"
test_expect "map and map --vocab all: exit 0" test "$(cat dg.rc) $(cat all.rc)" = "0 0"

# (riot picks the syntax from the extension: named .out, the data is
# read without any inference)
cp dg.out dg.nt
riot --rdfs="$onto" --out=ntriples dg.nt >closure.nt 2>riot.err && rc=0 || rc=$?
test_expect "riot --rdfs: exit 0" test "$rc" = 0
test_expect "riot --rdfs: the closure is larger than the data" \
  test "$(LC_ALL=C sort -u closure.nt | wc -l)" -gt "$(LC_ALL=C sort -u dg.out | wc -l)"

LC_ALL=C awk '
  function inview(t) {
    return t ~ /^<(https:\/\/schema\.org\/|http:\/\/xmlns\.com\/foaf\/0\.1\/|http:\/\/purl\.org\/dc\/terms\/)/
  }
  inview($2) || ($2 == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" && inview($3))
' closure.nt | LC_ALL=C sort -u >inferred.nt
LC_ALL=C sort -u dg.out >dg.s
LC_ALL=C sort -u all.out | LC_ALL=C comm -13 dg.s - >added.nt
test_expect "the seeds give view statements ($(wc -l <inferred.nt) inferred)" test -s inferred.nt
test_cmp inferred.nt added.nt "map --vocab all adds exactly what riot --rdfs infers in schema:, foaf:, dcterms:"

test_done
