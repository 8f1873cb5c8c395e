#!/bin/sh
# t0380-tdb2.sh - the N-Quads export moves to a bigger engine intact: Jena
# TDB2 (tdb2.tdbloader from Debian's Jena jars) loads it, and every quad
# is there, in its graph: the per-graph counts TDB2 reports by SPARQL and
# its full dump (normalised by rapper) equal what docgraph exported.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/jena.sh"
require_rapper
if ! jena_available; then
  [ "$DOCGRAPH_ALLOW_SKIP" = 1 ] && skip_all "Jena not found (libapache-jena-java)"
  require_java
  _say "Bail out! Jena's jars not found in $DOCGRAPH_JENA_JARS (install libapache-jena-java)"
  _tap_done=1
  exit 1
fi

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
dg load -q seeds
dg import -q "$srcdir/ontology/iso3166.ttl"
capture ex dg export -o export.nq
test_status 0 ex "export -o export.nq"
quads=$(wc -l <export.nq | tr -d ' ')

# (Jena picks its parser from the file name: hence .nq)
capture ld tdb2 tdbloader --loc tdb export.nq
test_status 0 ld "tdb2.tdbloader loads the export"

# Statements per graph, from TDB2 and from the export.
capture q tdb2 tdbquery --loc tdb --results=TSV \
  'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g'
test_status 0 q "tdb2.tdbquery counts the statements of each graph"
sed 1d q.out | tr -d '\r' | sort >tdb-counts
sed 's/.* \(<[^>]*>\) \.$/\1/' export.nq | sort | uniq -c | awk '{ print $2 "\t" $1 }' | sort >our-counts
test_cmp our-counts tdb-counts "every graph arrives with all its statements"
capture t tdb2 tdbquery --loc tdb --results=TSV 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'
test_grep "^$quads" t.out "TDB2 holds all $quads quads"

# The dump, quad by quad (both sides written by rapper, so the same escaping).
capture dump tdb2 tdbdump --loc tdb
test_status 0 dump "tdb2.tdbdump"
rapper -q -i nquads -o nquads dump.out | sort >tdb.nq
rapper -q -i nquads -o nquads export.nq | sort >ours.nq
test_cmp ours.nq tdb.nq "TDB2's dump = docgraph's export, quad by quad"

# One graph by name.
g=$(sed -n 1p our-counts | cut -f1 | tr -d '<>')
capture one tdb2 tdbquery --loc tdb --results=TSV "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$g> { ?s ?p ?o } }"
want=$(sed -n 1p our-counts | cut -f2)
test_grep "^$want" one.out "GRAPH <$g> holds its $want statements"

test_done
