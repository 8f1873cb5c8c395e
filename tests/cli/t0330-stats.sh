#!/bin/sh
# t0330-stats.sh - stats counts statements, graphs, documents, entities per
# class and bytes on disk, and agrees with what export writes.
. "$srcdir/tests/lib.sh"

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)

capture none dg stats
test_status 1 none "stats without a store: exit 1"
test_grep "no store at 'docgraph.store'" none.err "... saying there is no store, and how to make one"
test_grep "docgraph load" none.err "... naming the command that creates one"
test_expect "... and creating nothing" test ! -e docgraph.store

dg load -q seeds
capture s dg stats
test_status 0 s "stats: exit 0"
quads=$(dg export -f nquads | grep -c -v -F ' <https://w3id.org/docgraph/records> .')
records=$(dg export -f nquads | grep -c -F ' <https://w3id.org/docgraph/records> .')
test_grep "^store: docgraph.store\$" s.out "names the store"
test_grep "^backend: docgraph\$" s.out "names the backend"
test_grep "^triples: $quads\$" s.out "triples: as many as export writes as N-Quads, records apart ($quads)"
test_grep "^graphs: $n\$" s.out "graphs: one per document ($n)"
test_grep "^document graphs: $n\$" s.out "document graphs: $n, all load's"
test_grep "^imported graphs: 0\$" s.out "imported graphs: none yet"
test_grep "^records: $records\$" s.out "records: the statements of the records graph ($records)"
test_grep "^documents: $n\$" s.out "documents: $n"
test_grep "^class dg:Document: $n\$" s.out "entities per class: dg:Document $n"
bytes=$(sed -n 's/^disk bytes: //p' s.out)
actual=$(cat docgraph.store/* | wc -c | tr -d ' ')
test_expect "disk bytes: the size of the store's files ($bytes = $actual)" test "$bytes" = "$actual"

# entity counts are distinct entities, not statements
types=$(dg export -f ntriples | grep -c ' <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/docgraph/ns#Publication> ' || :)
test_grep "^class dg:Publication: $types\$" s.out "dg:Publication counts distinct typed entities ($types)"

dg import -q "$srcdir/ontology/iso3166.ttl"
capture s2 dg stats
test_grep "^graphs: $((n + 1))\$" s2.out "an imported file adds a graph"
test_grep "^imported graphs: 1\$" s2.out "... recorded as imported"
test_grep "^class iso:Country: 250\$" s2.out "and its classes are counted"
test_grep "^documents: $n\$" s2.out "documents are still $n"

capture s3 dg stats --store docgraph.store
test_cmp s2.out s3.out "--store gives the same"
test_expect_code 2 "stats with an argument: exit 2" dg stats extra
test_expect_code 2 "stats with an unknown option: exit 2" dg stats --nope
capture h dg stats --help
test_grep "Usage: docgraph stats" h.out "stats --help"

test_done
