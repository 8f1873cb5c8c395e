#!/bin/sh
# t0490-graph.sh - `docgraph graph`: the three networks of the seeds drawn
# as SVG that parses, with the nodes and edges the seeds' facts give
# (counted by hand below; t0495-graph-arq counts them with Jena, and on
# a generated corpus), --min and --max-nodes, the formats, and the
# errors. Under valgrind one picture is drawn (Graphviz's layout and
# fonts cost seconds there); the other checks are the same paths again.
. "$srcdir/tests/lib.sh"

command -v xmllint >/dev/null 2>&1 || _require xmllint libxml2-utils

# the seeds in a store of our own (not what is tested: no valgrind)
"$DOCGRAPH" load -q --store s.store "$srcdir/seeds"

# svg_count FILE: "NODES EDGES", the node and edge groups Graphviz draws
svg_count() {
  printf '%s %s\n' \
    "$(xmllint --xpath "count(//*[local-name()='g'][@class='node'])" "$1")" \
    "$(xmllint --xpath "count(//*[local-name()='g'][@class='edge'])" "$1")"
}

# draw NETWORK EXPECTED DESC [OPTION...]: draws NETWORK as SVG and checks
# that it parses and has EXPECTED ("NODES EDGES").
draw() {
  _net=$1 _want=$2 _desc=$3
  shift 3
  capture "$_net" dg graph --store s.store "$@" -o "$_net.svg" "$_net"
  if [ "$rc" != 0 ]; then
    test_fail "$_desc" "exit status $rc"
    test_diag -f "$_net.err"
  elif ! xmllint --noout "$_net.svg" 2>"$_net.xml"; then
    test_fail "$_desc" "the SVG does not parse:"
    test_diag -f "$_net.xml"
  elif [ "$(svg_count "$_net.svg")" != "$_want" ]; then
    test_fail "$_desc" "nodes and edges: $(svg_count "$_net.svg"), expected $_want"
  else
    test_ok "$_desc"
  fi
}

# countries: the five seeds mention, as mapped,
#   page 1: US CN JP RU UA        page 2: DE US CN RU JP
#   page 3: US RU JP              page 4: CN SY UA US RU JP
#   page 5: KR UA KP CN JP US RU
# 9 countries. Pairs: among US RU JP CN UA, 10, each on 3 pages or more
# (US-RU, US-JP, RU-JP on all 5; CN with those three on 4; UA with the
# four others on 3); DE with the 4 others of page 2, SY with the 5
# others of page 4, KR with the 6 others of page 5, KP with the 5 others
# of page 5 not yet counted (KR-KP is): 10 + 4 + 5 + 6 + 5 = 30 edges.
draw countries "9 30" "countries: 9 countries, 30 pairs mentioned together"
cp countries.svg first.svg
test_grep -F '<title>https://w3id.org/docgraph/id/country/JP</title>' countries.svg \
  "... each node titled with its IRI"
test_grep -F '>Japan</text>' countries.svg "... and labelled with its dg:name"
test_must_be_empty countries.err "... and nothing said"

if [ -z "$VALGRIND" ]; then
  # --min 3 keeps the 10 pairs among US RU JP CN UA; --min 4 drops UA's
  # (3 pages): 4 countries, 6 pairs; --min 5: US RU JP, 3 pairs
  draw countries "5 10" "countries --min 3: 5 countries, 10 pairs" --min 3
  draw countries "4 6" "countries --min 4: 4 countries, 6 pairs" --min 4
  draw countries "3 3" "countries --min 5: 3 countries, 3 pairs" --min 5

  # coauthors: the seeds' publications with more than one author are one
  # of 13 authors (78 pairs), one of 5 (10 pairs), one of 3 of whom 2
  # wrote the 5-author one too (2 new people: 1 new... 3 pairs, 1 already
  # counted: 2 new pairs) and one of 2, one of whom is new (1 new person,
  # 1 pair): 13 + 5 + 1 + 1 = 20 people, 78 + 10 + 2 + 1 = 91 pairs.
  draw coauthors "20 91" "coauthors: 20 people, 91 pairs"
  # the only pair sharing two publications: the 5-author and 3-author ones
  draw coauthors "2 1" "coauthors --min 2: the one pair with two publications" --min 2

  # events: one event with 6 participants and a host (7 people); the
  # participants are affiliated with 5 organizations (one person with
  # two, three with the same one): 1 + 7 + 5 nodes, 7 + 5 edges
  draw events "13 12" "events: 1 event, 7 people, 5 organizations"
  test_grep -F 'fill="#fde2c4"' events.svg "... organizations drawn as organizations"
  # each person and organization is linked to that one event only
  capture min2 dg graph --store s.store --min 2 -o min2.svg events
  test_status 0 min2 "events --min 2: exit 0 ..."
  test_grep "the events network of store 's.store' is empty at this --min" min2.err \
    "... with a warning that nothing is left"
  test_expect "... and an SVG with no node" test "$(svg_count min2.svg)" = "0 0"

  # --max-nodes: coauthors' 20 people do not fit in 10; --min 2 leaves 2
  draw coauthors "2 1" "coauthors --max-nodes 10: drawn at --min 2" --max-nodes 10
  test_grep "has 20 nodes at --min 1, more than --max-nodes 10: drawn at --min 2 (2 nodes, 1 edges)" \
    coauthors.err "... and a note says so"
  capture dense dg graph --store s.store --max-nodes 2 -o dense.svg countries
  test_status 1 dense "countries --max-nodes 2: no --min leaves 1 or 2: exit 1"
  test_grep "no larger --min leaves between 1 and 2" dense.err "... saying why"
  test_expect "... and writing nothing" test ! -e dense.svg

  # the formats: from -f, or from -o's extension; the same picture twice
  capture png dg graph --store s.store -o c.png countries
  test_expect "-o c.png writes PNG" test "$(od -An -tx1 -N8 c.png | tr -d ' ')" = 89504e470d0a1a0a
  capture dot dg graph --store s.store -f dot countries
  test_grep '^graph countries {' dot.out "-f dot writes DOT to standard output"
  test_grep 'pos="' dot.out "... with the layout's positions"
  dg graph --store s.store -o c.gv countries
  test_expect "-o c.gv writes DOT" grep -q '^graph countries {' c.gv
  # labels are drawn as written: a backslash is no Graphviz escape, and
  # markup is text (the IRIs are another's, imported)
  cat >odd.ttl <<'TTL'
@prefix dg: <https://w3id.org/docgraph/ns#> .
<http://example.org/p/1> dg:author <http://example.org/a>, <http://example.org/b> .
<http://example.org/a> dg:name "A \\N <b> \"q\" & c" .
<http://example.org/b> dg:name "B\\l" .
TTL
  "$DOCGRAPH" import -q --store odd.store odd.ttl
  capture odd dg graph --store odd.store -o odd.svg coauthors
  xmllint --xpath "//*[local-name()='text']/text()" odd.svg >odd.txt 2>&1 || :
  printf '%s\n' 'A \N &lt;b&gt; "q" &amp; c' 'B\l' >odd.want
  test_cmp odd.want odd.txt "labels with a backslash, <, \" and & are drawn as written"

  dg graph --store s.store countries >again.svg
  test_cmp first.svg again.svg "the same store gives the same picture (SVG by default)"
fi

# the command line: exit 2 and a message, and no picture
memcheck_reset
for case in \
  "unknown network 'people'|people" \
  "no network given|" \
  "unknown format 'pdf' (formats: dot, svg, png)|-f pdf countries" \
  "cannot tell the format of 'c.txt' from its name|-o c.txt countries" \
  "--min '0' is not a whole number from 1 up|--min 0 countries" \
  "--max-nodes 'x' is not a whole number|--max-nodes x countries" \
  "unexpected argument 'events'|countries events" \
  "unknown kind of store 'virtuoso:'|--store virtuoso:dsn=x countries"
do
  ! memcheck_enough 3 || break
  msg=${case%%|*}
  args=${case#*|}
  # shellcheck disable=SC2086
  capture bad dg graph --store s.store $args
  test_status 2 bad "graph $args: exit 2"
  test_grep -F "$msg" bad.err "... $msg"
done
test_grep -F "Try 'docgraph help graph'" bad.err "... with the usage hint"
test_expect "no bad command line wrote a picture" test ! -e c.txt

capture none dg graph --store none.store countries
test_status 1 none "a store that is not there: exit 1"
test_grep "no store at 'none.store'" none.err "... saying so"
test_expect "... and creating none" test ! -e none.store

if [ -z "$VALGRIND" ]; then
  capture full dg graph --store s.store countries -o /dev/full
  test_status 1 full "-o /dev/full: exit 1"
  test_grep "write error on '/dev/full'" full.err "... a write error naming the file"
fi

test_done
