#!/bin/sh
# t0315-import-restore.sh - nothing load did not write is touched by load,
# and a backup restores exactly.
#
# The store records which graphs load made and which import made; load
# finds a file's document through those records only (never through the
# dg:sourceFile triples any graph holds), so an imported graph survives
# any load. import keeps the graph names of N-Quads and TriG, and the
# records travel in an N-Quads export: the README's backup and restore
# (export -f nquads, import into an empty store) gives the same bytes on
# the next export, and a load after it behaves as on the original store.
. "$srcdir/tests/lib.sh"

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)
first=seeds/$(ls seeds | sed -n 1p)
records='<https://w3id.org/docgraph/records>'
# the inputs made, and the stores read back to check them: not what is
# tested (export and stats under memcheck: the backup below, t0320,
# t0330), so without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }

quads() { # STORE: statements, records apart
  ref export --store "$1" -f nquads | grep -c -v -F " $records ." || :
}
graph_lines() { # STORE GRAPH-IRI: that graph's statements, sorted
  ref export --store "$1" -f nquads | grep -F " <$2> ." | sort
}

# --- a colleague's mapped pages, imported, then one page loaded -----------------
ref map -f ntriples seeds >colleague.nt
capture i1 dg import --store c.store colleague.nt
test_status 0 i1 "import a colleague's N-Triples: exit 0"
colleague="file://$(pwd -P)/colleague.nt"
graph_lines c.store "$colleague" >colleague.before
before=$(quads c.store)
capture l1 dg load --store c.store "$first"
test_status 0 l1 "then load one of the same pages: exit 0"
test_grep '^docgraph: load: 1 added, 0 replaced, 0 unchanged, 0 failed$' l1.err \
  "... it is added; nothing is replaced"
graph_lines c.store "$colleague" >colleague.after
test_cmp colleague.before colleague.after "... and the imported graph is untouched"
after=$(quads c.store)
test_expect "... the store grew ($before -> $after statements)" test "$after" -gt "$before"
capture l1b dg load --store c.store seeds
test_grep "^docgraph: load: $((n - 1)) added, 0 replaced, 1 unchanged, 0 failed\$" l1b.err \
  "loading every page: the others are added"
graph_lines c.store "$colleague" >colleague.after2
test_cmp colleague.before colleague.after2 "... and the imported graph is still untouched"

# --- the README's backup and restore ---------------------------------------------
dg load -q --store orig.store seeds
dg import -q --store orig.store "$srcdir/ontology/iso3166.ttl"
capture b dg export --store orig.store -f nquads -o backup.nq
test_status 0 b "export -f nquads -o backup.nq: exit 0"
graphs=$(sed 's/.* \(<[^>]*>\) \.$/\1/' backup.nq | sort -u | wc -l | tr -d ' ')
test_expect "the backup holds every graph: $n documents, ISO 3166 and the records ($graphs)" \
  test "$graphs" = $((n + 2))
mkdir elsewhere
capture r sh -c "cd elsewhere && '$DOCGRAPH' import ../backup.nq"
test_status 0 r "import backup.nq into a new store: exit 0"
ref export --store elsewhere/docgraph.store -f nquads >again.nq
test_cmp backup.nq again.nq "export -> import -> export is byte-identical"
ref stats --store orig.store | grep -v '^disk bytes' | sed 1d >stats.orig
ref stats --store elsewhere/docgraph.store | grep -v '^disk bytes' | sed 1d >stats.restored
test_cmp stats.orig stats.restored "the restored store has the same counts, graph for graph"
capture fs dg query --store elsewhere/docgraph.store -r tsv fact-sources
test_expect "fact-sources finds each page's graph in the restored store" \
  test "$(($(wc -l <fs.out) - 1))" -gt 0
capture lr sh -c "cd elsewhere && '$DOCGRAPH' load ../seeds"
test_status 0 lr "load seeds/ on the restored store: exit 0"
test_grep "^docgraph: load: 0 added, 0 replaced, $n unchanged, 0 failed\$" lr.err \
  "... every page is unchanged, as on the original store"
ref export --store elsewhere/docgraph.store -f nquads >after-load.nq
test_cmp backup.nq after-load.nq "... and nothing was lost: the ISO 3166 data and every graph"
capture ls0 sh -c "cat backup.nq | '$DOCGRAPH' import --store piped.store -"
test_status 0 ls0 "a backup read from standard input (import -) restores too"
ref export --store piped.store -f nquads >piped.nq
test_cmp backup.nq piped.nq "... to the same bytes"

# a changed page after the restore replaces its own graph, and only it
printf '\nA paragraph added later.\n' >>"$first"
capture lc sh -c "cd elsewhere && '$DOCGRAPH' load ../seeds"
test_grep "^docgraph: load: 0 added, 1 replaced, $((n - 1)) unchanged, 0 failed\$" lc.err \
  "a changed page after the restore: 1 replaced"
iso="file://$(cd "$srcdir/ontology" && pwd -P)/iso3166.ttl"
graph_lines orig.store "$iso" >iso.orig
graph_lines elsewhere/docgraph.store "$iso" >iso.restored
test_cmp iso.orig iso.restored "... the imported ISO 3166 graph is untouched"

# --- the same file from another directory --------------------------------------
dg load -q --store here.store seeds
capture od sh -c "cd seeds && '$DOCGRAPH' load --store ../here.store ."
test_grep "^docgraph: load: 0 added, 0 replaced, $n unchanged, 0 failed\$" od.err \
  "the same files from another directory are unchanged (known by their absolute path)"
capture ab dg load --store here.store "$(pwd)/seeds"
test_grep "^docgraph: load: 0 added, 0 replaced, $n unchanged, 0 failed\$" ab.err \
  "... and by an absolute path"

# --- import does not replace a document's graph by accident ----------------------
doc=$(ref export --store here.store -f nquads | grep -F ' <https://w3id.org/docgraph/ns#sourceFile> ' |
  sed -n '1s/.* \(<[^>]*>\) \.$/\1/p' | tr -d '<>')
graph_lines here.store "$doc" >doc.before
printf '<http://example.org/x> <http://example.org/p> "x" .\n' >x.nt
capture g1 dg import --store here.store --graph "$doc" x.nt
test_status 1 g1 "import --graph <a document's IRI>: refused, exit 1"
test_grep "load made" g1.err "... saying load made that graph"
graph_lines here.store "$doc" >doc.after
test_cmp doc.before doc.after "... and the document's graph is as it was"
capture re dg import --store here.store backup.nq
test_status 1 re "importing a backup over the documents it holds: refused without --replace"
capture g2 dg import --store here.store --replace --graph "$doc" x.nt
test_status 0 g2 "import --replace --graph <a document's IRI>: exit 0"
test_expect "... the graph is replaced" test "$(graph_lines here.store "$doc" | wc -l)" = 1
capture g3 dg load --store here.store seeds
test_status 1 g3 "loading that page again: its graph is now import's, so load refuses it (exit 1)"
test_grep "was imported" g3.err "... and says why"
test_expect "... leaving the imported graph alone" test "$(graph_lines here.store "$doc" | wc -l)" = 1

# --- N-Quads and TriG keep their graph names; a re-import replaces them ----------
ref map -f nquads seeds >mapped.nq
capture q1 dg import --store q.store mapped.nq
test_status 0 q1 "import of N-Quads: exit 0"
ref export --store q.store -f nquads | grep -v -F " $records ." | sort >q.nq
sort mapped.nq >mapped.sorted
test_cmp mapped.sorted q.nq "every statement is in the graph the file names"
printf '@prefix ex: <http://example.org/> .\nex:g1 { ex:a ex:p "1" . }\nex:g2 { ex:b ex:p "2" . }\nex:c ex:p "3" .\n' >two.trig
capture t1 dg import --store t.store two.trig
test_status 0 t1 "import of TriG: exit 0"
ref export --store t.store -f nquads | grep -v -F " $records ." | sed 's/.* \(<[^>]*>\) \.$/\1/' | sort >t.graphs
printf '<file://%s/two.trig>\n<http://example.org/g1>\n<http://example.org/g2>\n' "$(pwd -P)" >t.want
test_cmp t.want t.graphs "TriG: its two graphs, and the file's graph for the rest"
printf '@prefix ex: <http://example.org/> .\nex:g1 { ex:a ex:p "one" . }\n' >two.trig
capture t2 dg import --store t.store two.trig
test_status 0 t2 "re-importing the changed TriG: exit 0"
ref export --store t.store -f nquads | grep -v -F " $records ." >t2.nq
printf '<http://example.org/a> <http://example.org/p> "one" <http://example.org/g1> .\n' >t2.want
test_cmp t2.want t2.nq "... replaces what it imported: the graphs it no longer names go"
capture t3 dg import --store t.store --graph http://example.org/all two.trig
test_expect "--graph puts everything into one graph" \
  test "$(graph_lines t.store http://example.org/all | wc -l)" = 1
test_expect_code 2 "--graph naming the records graph: exit 2" \
  dg import --store t.store --graph https://w3id.org/docgraph/records x.nt

# --- a failed import creates no store ----------------------------------------------
printf 'not rdf at all {\n' >bad.ttl
capture bad dg import --store never.store bad.ttl
test_status 1 bad "a failed import: exit 1"
test_expect "... and no store directory is created" test ! -e never.store

test_done
