#!/bin/sh
# t0318-import-gzip.sh - gzip-compressed RDF inputs, for import and query
# --data: told by their first bytes (whatever the name), read inflated with
# their syntax guessed from the name without .gz and the inflated bytes; a
# damaged or cut compressed file is refused, named, and changes nothing.
. "$srcdir/tests/lib.sh"

# the inputs and the references, not what is tested: without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }
ref map -f nquads -o seeds.nq "$srcdir/seeds"
ref map -o seeds.ttl "$srcdir/seeds"
gzip -c seeds.nq >seeds.nq.gz
gzip -c seeds.ttl >seeds.ttl.gz
cp seeds.nq.gz compressed.data
printf 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n' >count.rq
quads=$(wc -l <seeds.nq | tr -d ' ')

# import: the same store from the compressed file as from the plain one
capture imp dg import --store gz.store seeds.nq.gz
test_status 0 imp "import x.nq.gz: exit 0"
ref export --store gz.store -f nquads | grep -v -F 'docgraph/records>' | sort >gz.sorted
sort seeds.nq >seeds.sorted
test_cmp seeds.sorted gz.sorted "import x.nq.gz: every quad in its graph"

# the syntax from the name without .gz (Turtle), or from the content
capture ttl dg query --data seeds.ttl.gz -r csv count.rq
test_status 0 ttl "query --data x.ttl.gz: exit 0"
capture nq dg query --data compressed.data -r csv count.rq
printf 'n\r\n%s\r\n' "$quads" >expect
test_cmp expect nq.out "query --data with a compressed file named without .gz: all its quads"
capture in dg query --data - -r csv count.rq <seeds.nq.gz
test_cmp expect in.out "query --data - (compressed standard input): all its quads"

# several gzip members one after the other, as gzip -dc reads them
head -n 100 seeds.nq | gzip -c >two.nq.gz
tail -n +101 seeds.nq | gzip -c >>two.nq.gz
capture two dg query --data two.nq.gz -r csv count.rq
test_cmp expect two.out "two gzip members in one file: both read"

# damaged: cut short, or garbage after the data; the store is untouched
head -c 2000 seeds.nq.gz >cut.nq.gz
capture cut dg import --store gz.store cut.nq.gz
test_status 1 cut "a cut compressed file: exit 1"
test_grep "cut.nq.gz.*ends too soon" cut.err "a cut compressed file: named, and why"
{ cat seeds.ttl.gz; echo garbage; } >tail.ttl.gz
capture bad dg import --store gz.store -g https://example.org/g tail.ttl.gz
test_status 1 bad "garbage after the compressed data: exit 1"
test_grep "tail.ttl.gz.*damaged" bad.err "garbage after the compressed data: named, and why"
ref export --store gz.store -f nquads | grep -v -F 'docgraph/records>' | sort >after.sorted
test_cmp gz.sorted after.sorted "the refused files changed nothing in the store"

test_done
