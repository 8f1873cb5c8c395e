#!/bin/sh
# t0145-map-vocab.sh - --vocab LIST: the standard-vocabulary view.
#
# What each view adds to the seeds is computed here without docgraph's
# table: rapper reads the ontology, and forward chaining (the RDFS rules
# for rdfs:subClassOf and rdfs:subPropertyOf, applied until nothing new
# comes) over `map`'s dg: output gives the statements that must be added,
# kept to the view's namespace. make check-interop compares the same with
# Jena's RDFS reasoner (t0157-vocab-rdfs.sh).
. "$srcdir/tests/lib.sh"
require_rapper

seeds=$srcdir/seeds
# under memcheck one seed, an event page with roles (speakers, a moderator):
# the same paths, at a fifth of valgrind's cost
[ -z "${VALGRIND:-}" ] || seeds=$srcdir/seeds/000_d1cc8041b864fe31.txt
rapper -q -i turtle -o ntriples "$srcdir/ontology/docgraph.ttl" >onto.nt
test_expect "rapper reads the ontology" test -s onto.nt

capture plain dg map -q -f ntriples "$seeds"
capture dgonly dg map -q -f ntriples --vocab dg "$seeds"
test_status 0 dgonly "map --vocab dg: exit 0"
test_cmp plain.out dgonly.out "map --vocab dg writes what map writes"
LC_ALL=C sort -u plain.out >plain.s

# expected VIEW-REGEX: the statements the ontology's sub-class and
# sub-property axioms give plain.out, in the namespaces VIEW-REGEX matches
expected() {
  LC_ALL=C awk -v ns="$1" '
    # the ontology: axioms between IRIs
    FILENAME == "onto.nt" {
      if ($2 == "<http://www.w3.org/2000/01/rdf-schema#subClassOf>" && $3 ~ /^</) sc[$1] = sc[$1] " " $3
      if ($2 == "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf>" && $3 ~ /^</) sp[$1] = sp[$1] " " $3
      next
    }
    # the data: one statement a line, the object may hold spaces
    { s = $1; p = $2; o = $0; sub(/^[^ ]+ [^ ]+ /, "", o); sub(/ \.$/, "", o); add(s, p, o) }
    function add(s, p, o,   k, n, a) {
      if ((s, p, o) in have) return
      have[s, p, o] = 1
      q[++nq] = s SUBSEP p SUBSEP o
    }
    END {
      TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
      for (i = 1; i <= nq; i++) {
        split(q[i], t, SUBSEP)
        n = split(sp[t[2]], a, " ")
        for (k = 1; k <= n; k++) add(t[1], a[k], t[3])
        if (t[2] == TYPE) {
          n = split(sc[t[3]], a, " ")
          for (k = 1; k <= n; k++) add(t[1], TYPE, a[k])
        }
      }
      for (i = 1; i <= nq; i++) {
        split(q[i], t, SUBSEP)
        if (t[2] ~ ns || (t[2] == TYPE && t[3] ~ ns)) print t[1], t[2], t[3], "."
      }
    }' onto.nt plain.out | LC_ALL=C sort -u
}

schema='^<https://schema\.org/'
foaf='^<http://xmlns\.com/foaf/0\.1/'
dcterms='^<http://purl\.org/dc/terms/'
# (under memcheck `all` alone: the other views take the same paths)
memcheck_reset
for v in all schema foaf dcterms; do
  memcheck_enough 1 && break
  case $v in
  all) re="$schema|$foaf|$dcterms" ;;
  *) eval "re=\$$v" ;;
  esac
  expected "$re" >"want-$v"
  capture "map-$v" dg map -q -f ntriples --vocab "$v" "$seeds"
  LC_ALL=C sort -u "map-$v.out" | LC_ALL=C comm -13 plain.s - >"added-$v"
  test_expect "map --vocab $v: exit 0, dg: output kept whole" \
    test "$(cat "map-$v.rc")" = 0 -a -z "$(LC_ALL=C sort -u "map-$v.out" | LC_ALL=C comm -23 plain.s -)"
  test_expect "map --vocab $v: the ontology gives some statements ($(wc -l <"want-$v"))" \
    test -s "want-$v"
  test_cmp "want-$v" "added-$v" "map --vocab $v adds exactly the ontology's sub-class/sub-property closure in $v"
done
if [ -z "${VALGRIND:-}" ]; then
  test_expect "all = schema + foaf + dcterms" \
    test "$(wc -l <added-all)" = "$(($(wc -l <added-schema) + $(wc -l <added-foaf) + $(wc -l <added-dcterms)))"
  capture map-list dg map -q -f ntriples --vocab dg,schema,foaf,dcterms "$seeds"
  test_cmp map-all.out map-list.out "--vocab dg,schema,foaf,dcterms = --vocab all"
fi

# every format: a quad or a triple more for each view statement
LC_ALL=C sort -u map-all.out >mapall.s
capture nq dg map -q -f nquads --vocab all "$seeds"
test_expect "map -f nquads --vocab all: the view statements in the documents' graphs" \
  test "$(sed 's/ <[^>]*> \.$/ ./' nq.out | LC_ALL=C sort -u | LC_ALL=C comm -3 - mapall.s | wc -l)" = 0
# (under memcheck the paths new here: the Turtle writer, a second load and
# the prefixes run under memcheck in t0100 and t0300)
full() { [ -z "${VALGRIND:-}" ]; }
if full; then
  capture ttl dg map -q -f turtle --vocab all "$seeds"
  test_rapper turtle ttl.out "map -f turtle --vocab all parses" "$(wc -l <mapall.s)"
fi

# the store: load and import put the view in, export derives it
capture load dg load -q --store st --vocab all "$seeds"
test_status 0 load "load --vocab all: exit 0"
capture exp dg export --store st -f nquads
grep -v '<https://w3id.org/docgraph/records>' exp.out | LC_ALL=C sort >exp.s
LC_ALL=C sort nq.out >nq.s
test_cmp nq.s exp.s "load --vocab all stores what map -f nquads --vocab all writes"
if full; then
  capture reload dg load --store st --vocab dg "$seeds"
  test_grep -F "5 replaced" reload.err "load --vocab dg maps unchanged documents again"
  capture exp2 dg export --store st -f ntriples
  LC_ALL=C sort -u exp2.out >exp2.s
  test_cmp plain.s exp2.s "... and takes the view out"
fi
capture expv dg export --store st -f ntriples --vocab all
LC_ALL=C sort -u expv.out >expv.s
test_cmp mapall.s expv.s "export --vocab all derives the view from the store"
if full; then
  capture expt dg export --store st -f turtle --vocab all
  test_grep '^@prefix schema: <https://schema\.org/> \.$' expt.out \
    "export -f turtle --vocab all declares schema:"
  test_grep '^@prefix person: <https://w3id\.org/docgraph/id/person/> \.$' expt.out \
    "... and person: under the store's base"
  rapper -q -i turtle -o ntriples expt.out 2>/dev/null | LC_ALL=C sort -u >expt.s || :
  test_cmp mapall.s expt.s "... and holds the same triples"
fi
capture imp dg import --store st --vocab all --graph https://example.org/g plain.out
test_status 0 imp "import --vocab all: exit 0"
capture expg dg export --store st -f ntriples --graph https://example.org/g
LC_ALL=C sort -u expg.out >expg.s
test_cmp mapall.s expg.s "import --vocab all puts the view into the imported graph"

# an unknown vocabulary is a usage error naming it: every form with map,
# one with each other command (the same check runs for them all)
one=$seeds/000_d1cc8041b864fe31.txt
memcheck_reset
for bad in schema,bogus '' schema, Schema; do
  memcheck_enough 1 && break
  case $bad in
  schema,bogus) item=bogus ;;
  ,* | *,) item= ;;
  *) item=$bad ;;
  esac
  capture bad-map dg map --vocab "$bad" "$one"
  test_status 2 bad-map "map --vocab '$bad': exit 2"
  test_grep -F "unknown vocabulary '$item'" bad-map.err "... naming '$item'"
done
memcheck_reset
for cmd in load import export; do
  memcheck_enough 1 && break
  case $cmd in
  export) set -- ;;
  *) set -- "$one" ;;
  esac
  capture "bad-$cmd" dg "$cmd" --store st2 --vocab schema,bogus "$@"
  test_expect "$cmd --vocab schema,bogus: exit 2, no store made" \
    test "$(cat "bad-$cmd.rc")" = 2 -a ! -e st2
  test_grep -F "unknown vocabulary 'bogus'" "bad-$cmd.err" "... naming 'bogus'"
done

test_done
