#!/bin/sh
# t0300-load.sh - load maps documents into the store, one graph each, and
# on a second run touches only what changed: unchanged files are skipped,
# a changed file replaces its graph (and no other graph changes), a file
# that cannot be read keeps its old graph. Usage errors exit 2.
. "$srcdir/tests/lib.sh"

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)

# nquads sorted, without the store's records (the graph that says which
# graphs load made), the form every comparison below uses; the store read
# back to compare, not what is tested: without $VALGRIND (export runs
# under memcheck in t0320)
export_sorted() { # STORE OUT
  "$DOCGRAPH" export --store "$1" -f nquads >"$2.raw" &&
    grep -v -F ' <https://w3id.org/docgraph/records> .' "$2.raw" | sort >"$2"
}

# The first load adds every document.
capture l1 dg load seeds
test_status 0 l1 "load seeds: exit 0"
test_grep "^docgraph: load: $n added, 0 replaced, 0 unchanged, 0 failed\$" l1.err \
  "load seeds: the summary line counts $n added"
test_must_be_empty l1.out "load: nothing on standard output"
test_expect "the default store is ./docgraph.store" test -f docgraph.store/snapshot

# The store holds exactly what map gives.
dg map -f nquads seeds | sort >map.nq
export_sorted docgraph.store e1.nq
test_cmp map.nq e1.nq "export after load = map of the same files (as N-Quads)"
graphs=$(sed 's/.* \(<[^>]*>\) \.$/\1/' e1.nq | sort -u | wc -l)
test_expect "one graph per document ($graphs)" test "$graphs" = "$n"

# Loading again changes nothing.
capture l2 dg load seeds
test_status 0 l2 "reload unchanged: exit 0"
test_grep "^docgraph: load: 0 added, 0 replaced, $n unchanged, 0 failed\$" l2.err \
  "reload unchanged: all $n unchanged"
export_sorted docgraph.store e2.nq
test_cmp e1.nq e2.nq "reload unchanged: the store is the same"

# Change one file: exactly one graph is replaced.
victim=$(ls seeds | sed -n 3p)
old_graph=$(grep -F "\"seeds/$victim\"" e1.nq | sed -n 's/.* \(<[^>]*>\) \.$/\1/p' | head -n1)
printf '\nA paragraph added later, about nothing in particular.\n' >>"seeds/$victim"
capture l3 dg load seeds
test_status 0 l3 "reload after a change: exit 0"
test_grep "^docgraph: load: 0 added, 1 replaced, $((n - 1)) unchanged, 0 failed\$" l3.err \
  "reload after a change: 1 replaced, the others unchanged"
export_sorted docgraph.store e3.nq
dg map -f nquads seeds | sort >map3.nq
test_cmp map3.nq e3.nq "after the change the store = map of the changed files"
new_graph=$(grep -F "\"seeds/$victim\"" e3.nq | sed -n 's/.* \(<[^>]*>\) \.$/\1/p' | head -n1)
test_expect "the changed document has a new graph name" test "$old_graph" != "$new_graph"
grep -v -F " $old_graph ." e1.nq >others-before
grep -v -F " $new_graph ." e3.nq >others-after
test_cmp others-before others-after "the other graphs are byte-identical"
test_grep ! " $old_graph ." e3.nq "the old graph of the changed document is gone"

# A document that can no longer be read keeps its old graph.
printf 'binary\000data\n' >"seeds/$victim"
capture l4 dg load seeds
test_status 1 l4 "a document that fails: exit 1"
test_grep "seeds/$victim" l4.err "the failure names the file"
test_grep "^docgraph: load: 0 added, 0 replaced, $((n - 1)) unchanged, 1 failed\$" l4.err \
  "the summary counts 1 failed"
export_sorted docgraph.store e4.nq
test_cmp e3.nq e4.nq "the failed document keeps its previous graph; nothing else changes"

# A path that does not exist: exit 1, named; the others are still loaded.
mkdir more
printf 'A Short Note on Regional Ports\n\nBy Ada Lindqvist\n\nPorts matter.\n' >more/note.txt
capture l5 dg load more nowhere
test_status 1 l5 "a missing path: exit 1"
test_grep "nowhere" l5.err "the missing path is named"
test_grep "^docgraph: load: 1 added, 0 replaced, 0 unchanged, 1 failed\$" l5.err \
  "the good file is still added"

# --store and $DOCGRAPH_STORE choose the store; they are created on demand.
capture l6 dg load --store other.store more
test_status 0 l6 "--store DIR: exit 0"
test_expect "--store DIR: created" test -f other.store/snapshot
capture l7 env DOCGRAPH_STORE=env.store "$DOCGRAPH" load more
test_status 0 l7 "\$DOCGRAPH_STORE: exit 0"
test_expect "\$DOCGRAPH_STORE: created" test -f env.store/snapshot
capture l8 env DOCGRAPH_STORE=env.store "$DOCGRAPH" load --store other.store more
test_grep "1 unchanged" l8.err "--store wins over \$DOCGRAPH_STORE"

# Not a store: a directory with other files, or a file.
mkdir notastore
echo precious >notastore/data.txt
capture l9 dg load --store notastore more
test_status 1 l9 "a directory holding other files is refused: exit 1"
test_grep "not a docgraph store" l9.err "... with a message that says so"
test_expect "... and it is left alone" test ! -e notastore/snapshot
echo x >afile
capture l10 dg load --store afile more
test_status 1 l10 "a file as the store: exit 1"

# Usage errors exit 2.
test_expect_code 2 "load without PATH: exit 2" dg load
test_expect_code 2 "load with an unknown option: exit 2" dg load --frobnicate seeds
test_expect_code 2 "load --store without a value: exit 2" dg load --store
test_expect_code 2 "load - (standard input): exit 2" dg load -
test_expect_code 2 "load --base that is not an IRI: exit 2" dg load --base nonsense seeds
capture h dg load --help
test_status 0 h "load --help: exit 0"
test_grep "Usage: docgraph load" h.out "load --help prints the usage"

test_done
