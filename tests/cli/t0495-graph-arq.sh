#!/bin/sh
# t0495-graph-arq.sh - the nodes and edges `docgraph graph` draws, counted
# again by Jena ARQ with SPARQL aggregates over the store's Turtle: the
# seeds, and a generated corpus (bench/gen-corpus --pages 200), each at
# --min 1 and --min 2. ARQ counts what network.h defines, in its own
# way: GROUP BY ... HAVING (COUNT(DISTINCT ...)) where docgraph counts
# facts in C, so the two share nothing but the definition.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/jena.sh"

PY=${PYTHON3:-python3}
command -v xmllint >/dev/null 2>&1 || _require xmllint libxml2-utils
jena_available || require_java
jena_available || skip_all "Jena jars not found (install libapache-jena-java)"

# counts.rq for minimum weight MIN: rows (?what ?n), where ?what is
# NETWORK-MIN-nodes or NETWORK-MIN-edges.
projected() { # NETWORK PREDICATE MIN
  cat <<Q
  { SELECT ("$1-$3-edges" AS ?what) (COUNT(*) AS ?n) WHERE {
      SELECT ?a ?b WHERE { ?g $2 ?a . ?g $2 ?b . FILTER(STR(?a) < STR(?b)) }
      GROUP BY ?a ?b HAVING (COUNT(DISTINCT ?g) >= $3) } }
  UNION
  { SELECT ("$1-$3-nodes" AS ?what) (COUNT(DISTINCT ?x) AS ?n) WHERE {
      { SELECT ?a ?b WHERE { ?g $2 ?a . ?g $2 ?b . FILTER(STR(?a) < STR(?b)) }
        GROUP BY ?a ?b HAVING (COUNT(DISTINCT ?g) >= $3) }
      VALUES ?end { 1 2 }
      BIND(IF(?end = 1, ?a, ?b) AS ?x) } }
Q
}
links() { # EVENT MEMBER
  printf '{ %s dg:participant %s } UNION { %s dg:host %s } UNION { %s dg:organizer %s } UNION { %s dg:participant ?p . ?p dg:affiliation %s }' \
    "$1" "$2" "$1" "$2" "$1" "$2" "$1" "$2"
}
events() { # MIN
  cat <<Q
  { SELECT ("events-$1-edges" AS ?what) (SUM(?k) AS ?n) WHERE {
      SELECT ?x (COUNT(DISTINCT ?e) AS ?k) WHERE { $(links ?e ?x) }
      GROUP BY ?x HAVING (COUNT(DISTINCT ?e) >= $1) } }
  UNION
  { SELECT ("events-$1-nodes" AS ?what) (COUNT(DISTINCT ?x) + COUNT(DISTINCT ?e) AS ?n) WHERE {
      { SELECT ?x WHERE { $(links ?e0 ?x) } GROUP BY ?x HAVING (COUNT(DISTINCT ?e0) >= $1) }
      $(links ?e ?x) } }
Q
}
{
  echo 'PREFIX dg: <https://w3id.org/docgraph/ns#>'
  echo 'SELECT ?what ?n WHERE {'
  for min in 1 2; do
    [ $min = 1 ] || echo '  UNION'
    projected coauthors dg:author $min
    echo '  UNION'
    events $min
    echo '  UNION'
    projected countries dg:mentionsCountry $min
  done
  echo '}'
} >counts.rq

svg_count() {
  printf '%s %s\n' \
    "$(xmllint --xpath "count(//*[local-name()='g'][@class='node'])" "$1")" \
    "$(xmllint --xpath "count(//*[local-name()='g'][@class='edge'])" "$1")"
}

check() { # STORE NAME
  "$DOCGRAPH" export -q --store "$1" -f turtle -o "$2.ttl"
  if ! arq --data "$2.ttl" --query counts.rq --results=TSV >"$2.arq" 2>"$2.arq.err"; then
    test_fail "ARQ counts the networks of $2"
    test_diag -f "$2.arq.err"
    return
  fi
  for net in coauthors events countries; do
    for min in 1 2; do
      want="$(sed -n "s/^\"$net-$min-nodes\"[[:space:]]*\([0-9]*\).*/\1/p" "$2.arq") $(
        sed -n "s/^\"$net-$min-edges\"[[:space:]]*\([0-9]*\).*/\1/p" "$2.arq")"
      capture draw dg graph -q --store "$1" --max-nodes 0 --min $min -o "$2-$net-$min.svg" $net
      if [ "$rc" != 0 ]; then
        test_fail "$2: $net --min $min" "exit status $rc"
        test_diag -f draw.err
      elif ! xmllint --noout "$2-$net-$min.svg"; then
        test_fail "$2: $net --min $min: the SVG does not parse"
      else
        got=$(svg_count "$2-$net-$min.svg")
        if [ "$got" = "$want" ]; then
          test_ok "$2: $net --min $min: $got nodes and edges, as ARQ counts"
        else
          test_fail "$2: $net --min $min: $got nodes and edges, ARQ counts $want"
        fi
      fi
    done
  done
}

"$DOCGRAPH" load -q --store seeds.store "$srcdir/seeds"
check seeds.store seeds

"$PY" "$srcdir/bench/gen-corpus" --seed 1 --pages 200 pages >/dev/null
"$DOCGRAPH" load -q --store pages.store pages
check pages.store pages

test_done
