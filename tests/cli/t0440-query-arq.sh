#!/bin/sh
# t0440-query-arq.sh - every saved query gives the same answer through
# docgraph (rasqal 0.9.33) and through Apache Jena ARQ, an engine no one
# here wrote, on the same data: the hand-made fixture, the mapped seeds,
# the 10,000-page generated corpus (bench/gen-corpus) as docgraph maps it,
# and a generated graph of 10,000 pages in the shape of the full mapper's
# output (tests/data/gen-graph.py: authors, events, roles, affiliations).
# Rows are compared after normalising the terms (tests/query-compare.py),
# in order when the query has ORDER BY, as multisets otherwise.
#
# Jena gets the data as docgraph sees it: every named graph, and their
# union as the default graph (written out as N-Triples: TDB2's
# tdb:unionDefaultGraph is too slow for self-joins on 650,000 quads). It
# is loaded once per data set into TDB2, so that each query does not parse
# the data again. $DOCGRAPH_CORPUS_PAGES (default 300 in make check; the
# 10,000-page comparison: DOCGRAPH_CORPUS_PAGES=10000) sizes the two
# generated data sets.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/jena.sh"

PY=${PYTHON3:-python3}
require_rapper
jena_available || require_java
jena_available || skip_all "Jena jars not found (install libapache-jena-java)"

tdbload() { # NAME: NAME.nq and the union of its graphs into NAME.tdb
  rapper -q -i nquads -o ntriples "$1.nq" | LC_ALL=C sort -u >"$1.nt"
  if _jena tdb2.tdbloader --loc "$1.tdb" "$1.nt" "$1.nq" >"$1.load" 2>&1; then
    test_ok "Jena loads $1 ($(wc -l <"$1.nq") quads, $(wc -l <"$1.nt") distinct triples)"
  else
    test_fail "Jena cannot load $1"; test_diag -f "$1.load"
  fi
}

rapper -q -i trig -o nquads "$srcdir/tests/data/fixture.trig" >fixture.nq
dg map -f nquads -o seeds.nq "$srcdir/seeds" 2>/dev/null
pages=${DOCGRAPH_CORPUS_PAGES:-300}
"$PY" "$srcdir/bench/gen-corpus" --seed 1 --pages "$pages" pages >/dev/null
dg map -q -f nquads -o pages.nq pages 2>/dev/null
rm -rf pages
"$PY" "$srcdir/tests/data/gen-graph.py" "$pages" 1 >corpus.nq
# the mapped seeds join the ISO 3166 dataset (country-profile), as a
# store would after `docgraph import ontology/iso3166.ttl`. Not the large
# graph: triples outside any graph make rasqal's GRAPH queries (through
# librdf contexts) take minutes there.
if [ -f "$srcdir/ontology/iso3166.ttl" ]; then
  rapper -q -i turtle -o ntriples "$srcdir/ontology/iso3166.ttl" >>seeds.nq
fi
for data in fixture seeds pages corpus; do
  tdbload $data
done

for q in $(cd "$srcdir/queries" && ls *.rq | sed 's/\.rq$//'); do
  dg query --print "$q" >"$q.rq"
  ordered=0
  grep -q '^ORDER BY' "$q.rq" && ordered=1
  kind=select
  grep -q '^ASK' "$q.rq" && kind=ask
  grep -q '^CONSTRUCT' "$q.rq" && kind=construct
  for data in fixture seeds pages corpus; do
    case $kind in
      select) dgfmt=tsv arqfmt=TSV ;;
      ask) dgfmt=tsv arqfmt=TSV ;;
      construct) dgfmt=ntriples arqfmt=NT ;;
    esac
    capture dgr dg query --data "$data.nq" -r "$dgfmt" "$q"
    if [ "$rc" != 0 ]; then
      test_fail "$q on $data: docgraph exit $rc"; test_diag -f dgr.err
      continue
    fi
    capture arq _jena tdb2.tdbquery --loc "$data.tdb" --query "$q.rq" --results="$arqfmt"
    if [ "$rc" != 0 ]; then
      test_fail "$q on $data: ARQ exit $rc"; test_diag -f arq.err
      continue
    fi
    if "$PY" "$srcdir/tests/query-compare.py" $kind $ordered dgr.out arq.out >cmp.txt 2>&1; then
      test_ok "$q on $data: docgraph = ARQ ($(cat cmp.txt))"
    else
      test_fail "$q on $data: docgraph and ARQ differ"; test_diag -f cmp.txt
    fi
  done
done

test_done
