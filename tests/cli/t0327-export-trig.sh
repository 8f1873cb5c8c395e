#!/bin/sh
# t0327-export-trig.sh - TriG (written by serd): map and export keep every
# graph, rapper reads back the same quads as N-Quads, the output is the
# same every time, and a TriG export is a backup: imported into an empty
# store it gives the same bytes on the next export, and load finds its
# documents again.
. "$srcdir/tests/lib.sh"
require_rapper

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)

# the store and the references, not what is tested: without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }

# map
ref map -f nquads seeds >nq.out
capture tg dg map -f trig seeds
test_status 0 tg "map -f trig: exit 0"
test_must_be_empty tg.err "map -f trig: no diagnostics"
test_rapper trig tg.out "map -f trig: rapper reads it" "$(wc -l <nq.out | tr -d ' ')"
rapper -q -i trig -o nquads tg.out | sort >tg.sorted
sort nq.out >nq.sorted
test_cmp nq.sorted tg.sorted "map -f trig: the quads of -f nquads, each in its graph"
graphs=$(grep -c '^<[^>]*> {$' tg.out || :)
test_expect "map -f trig: one block per document ($graphs of $n)" test "$graphs" = "$n"
test_grep '^@prefix dg: <https://w3id.org/docgraph/ns#> \.$' tg.out "map -f trig: with prefixes"
capture tg4 dg map -j 4 -o again.trig seeds
test_cmp tg.out again.trig "map -o x.trig (-j 4): the same bytes"

# export, and the backup story
ref load -q --store orig.store seeds
ref import -q --store orig.store "$srcdir/ontology/iso3166.ttl"
capture e dg export --store orig.store -o backup.trig
test_status 0 e "export -o backup.trig: exit 0"
ref export --store orig.store -f nquads | sort >orig.sorted
rapper -q -i trig -o nquads backup.trig | sort >backup.sorted
test_cmp orig.sorted backup.sorted "export -f trig: the quads of -f nquads, records included"
capture r dg import --store copy.store backup.trig
test_status 0 r "import backup.trig into a new store: exit 0"
dg export --store copy.store -f trig -o again.trig
test_cmp backup.trig again.trig "export -f trig -> import -> export -f trig is byte-identical"
capture l dg load --store copy.store seeds
test_grep "^docgraph: load: 0 added, 0 replaced, $n unchanged, 0 failed\$" l.err \
  "load after the restore finds every document unchanged"

test_done
