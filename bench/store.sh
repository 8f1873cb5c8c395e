#!/bin/sh
# bench/store.sh - how docgraph's store compares with Redland's own.
#
# Usage: bench/store.sh [PAGES...]        (default: 10000)
#   DOCGRAPH=path/to/docgraph (default: src/docgraph, then _build*/src/docgraph)
#   RUNS=3 (runs per measurement; the median is reported)
#   OUT=bench/RESULTS-store.md
#   QUERY_LIMIT=300 (seconds for the hashes join query past 1000 pages)
#
# For each corpus size it generates pages with bench/gen-corpus (seed 42),
# maps them once to N-Triples, and measures, each in a fresh store:
#   docgraph load         pages -> mapped -> docgraph store (the real command)
#   docgraph import       the same N-Triples -> docgraph store
#   rdfproc parse         the same N-Triples -> Redland hashes on Berkeley DB
#                         (rdfproc -c -n -s hashes, contexts on, as docgraph needs)
#   docgraph load --store hashes:DIR   the same pages through docgraph into BDB
#   a reload of the unchanged pages (every one skipped)
#   a join query with a fully bound step (the pattern that is a full scan in
#   hashes): docgraph query on its store vs rdfproc query on the BDB store
# and the bytes on disk per statement. Results go to $OUT (Markdown) with
# the machine's description; ratios are what carry over to other machines.
set -eu
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
RUNS=${RUNS:-3}
OUT=${OUT:-$here/RESULTS-store.md}
if [ -z "${DOCGRAPH:-}" ]; then
  for c in "$top/src/docgraph" "$top"/_build*/src/docgraph; do
    [ -x "$c" ] && DOCGRAPH=$c && break
  done
fi
[ -x "${DOCGRAPH:-}" ] || { echo "bench/store.sh: build docgraph first (or set DOCGRAPH)" >&2; exit 1; }
command -v rdfproc >/dev/null || { echo "bench/store.sh: rdfproc not found (redland-utils)" >&2; exit 1; }
PY=${PYTHON3:-python3}
sizes=${*:-10000}

work=$(mktemp -d "${TMPDIR:-/tmp}/docgraph-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

ms() { echo $(($(date +%s%N) / 1000000)); }

# median of the numbers on standard input
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# timed NAME CMD...: runs CMD RUNS times, each after `prepare` (a shell
# function the caller sets), and prints the median in milliseconds
timed() {
  _f=$work/times.$1
  shift
  : >"$_f"
  _r=0
  while [ "$_r" -lt "$RUNS" ]; do
    prepare
    _t0=$(ms)
    "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
    _t1=$(ms)
    echo $((_t1 - _t0)) >>"$_f"
    _r=$((_r + 1))
  done
  median <"$_f"
}

bytes() { du -sb "$1" | cut -f1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
per() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%d", n * 1000 / t; else print "-" }'; }

DG_NS=https://w3id.org/docgraph/ns#
QUERY="PREFIX dg: <$DG_NS> SELECT (COUNT(*) AS ?n) WHERE { ?d dg:describes ?p . ?p a dg:Publication }"

rows=
for n in $sizes; do
  echo "== $n pages" >&2
  c=$work/c$n
  "$PY" "$here/gen-corpus" --seed 42 --pages "$n" "$c/corpus"
  (cd "$c" && "$DOCGRAPH" map -q -f ntriples corpus >"$c/all.nt" && "$DOCGRAPH" map -q -f nquads corpus >"$c/all.nq")
  quads=$(wc -l <"$c/all.nq" | tr -d ' ')
  triples=$(wc -l <"$c/all.nt" | tr -d ' ')
  mapms=$(prepare() { :; }; cd "$c" && timed map "$DOCGRAPH" map -q -f nquads corpus)

  prepare() { rm -rf "$c/dg.store"; }
  loadms=$(cd "$c" && timed load "$DOCGRAPH" load -q --store dg.store corpus)
  dgbytes=$(bytes "$c/dg.store")
  prepare() { :; }
  reloadms=$(cd "$c" && timed reload "$DOCGRAPH" load -q --store dg.store corpus)

  prepare() { rm -rf "$c/imp.store"; }
  importms=$(cd "$c" && timed import "$DOCGRAPH" import -q --store imp.store all.nt)
  impbytes=$(bytes "$c/imp.store")
  # the query runs on the imported store: the same triples as rdfproc's,
  # each once (in the per-page store a triple repeated in several pages'
  # graphs is matched once per graph, so the count is not comparable)
  printf '%s\n' "$QUERY" >"$c/q.rq"
  prepare() { :; }
  querydg=$(cd "$c" && timed qdg "$DOCGRAPH" query --store imp.store -r csv q.rq)
  ndg=$(cd "$c" && "$DOCGRAPH" query --store imp.store -r csv q.rq 2>/dev/null | tail -n1 | tr -d '\r')

  # Redland's stock loader into the same kind of storage (hashes on BDB);
  # without contexts, its fast path
  BDB="hash-type='bdb',dir='bdb'"
  prepare() { rm -rf "$c/bdb" && mkdir "$c/bdb"; }
  rdfprocms=$(cd "$c" && timed rdfproc rdfproc -q -n -s hashes -t "$BDB" bench parse \
    "file://$c/all.nt" ntriples)
  bdbbytes=$(bytes "$c/bdb")
  # the hashes query scans the store once per row of the first pattern, so
  # past 20,000 statements it runs once, for at most QUERY_LIMIT seconds
  if [ "$triples" -le 20000 ]; then
    prepare() { :; }
    queryrp=$(cd "$c" && timed qrp rdfproc -q -s hashes -t "$BDB" bench query sparql - "$QUERY")
    nrp=$(cd "$c" && rdfproc -q -s hashes -t "$BDB" bench query sparql - "$QUERY" 2>/dev/null |
      sed -n 's/.*n="\([0-9]*\)".*/\1/p')
  else
    _t0=$(ms)
    nrp=$(cd "$c" && timeout "${QUERY_LIMIT:-300}" rdfproc -q -s hashes -t "$BDB" bench query \
      sparql - "$QUERY" 2>/dev/null | sed -n 's/.*n="\([0-9]*\)".*/\1/p' || :)
    _t1=$(ms)
    if [ -n "$nrp" ]; then
      queryrp="$((_t1 - _t0)) (1 run)"
    else
      queryrp="> $((${QUERY_LIMIT:-300} * 1000)) (stopped)"
      nrp="-"
    fi
  fi
  # with contexts (what a graph per document needs), rdfproc checks every
  # added triple against the whole store: quadratic, so only up to 20,000
  # statements
  if [ "$triples" -le 20000 ]; then
    prepare() { rm -rf "$c/bdbc" && mkdir "$c/bdbc"; }
    rdfproccms=$(cd "$c" && timed rdfprocc rdfproc -q -c -n -s hashes \
      -t "hash-type='bdb',dir='bdbc',contexts='yes'" bench parse "file://$c/all.nt" ntriples)
    rdfproccms="$rdfproccms ($(rate "$triples" "$rdfproccms")/s)"
  else
    rdfproccms="not run (quadratic)"
  fi

  prepare() { rm -rf "$c/h.store"; }
  loadhms=$(cd "$c" && timed loadh "$DOCGRAPH" load -q --store "hashes:h.store" corpus)
  hbytes=$(bytes "$c/h.store")

  rows="$rows
| $n | $quads | $mapms | $loadms ($(rate "$quads" "$loadms")/s) | $reloadms | $importms ($(rate "$triples" "$importms")/s) | $rdfprocms ($(rate "$triples" "$rdfprocms")/s) | $rdfproccms | $loadhms | $(ratio "$rdfprocms" "$importms")× | $(per "$dgbytes" "$quads") | $(per "$bdbbytes" "$triples") | $(per "$hbytes" "$quads") | $(ratio "$bdbbytes" "$impbytes")× | $querydg ($ndg) | $queryrp ($nrp) |"
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
fs=$(df -T "${TMPDIR:-/tmp}" | awk 'NR == 2 { print $2 }')
{
  echo "# docgraph store benchmark"
  echo
  echo "Written by \`bench/store.sh\` on $(date -u +%Y-%m-%d). Machine: $(nproc) cores ($cpu), $mem,"
  echo "scratch on $fs. docgraph $("$DOCGRAPH" --version | head -n1 | cut -d' ' -f2), $(rdfproc --version 2>/dev/null | head -n1 | sed 's/^/rdfproc /'),"
  echo "Berkeley DB $(dpkg-query -W -f '${Version}' libdb5.3 2>/dev/null || echo '?'). Median of $RUNS runs, whole processes, milliseconds."
  echo "Pages from \`bench/gen-corpus --seed 42\`; statements as the mapper of this version makes them."
  echo
  echo "| pages | statements (quads) | map | docgraph load | reload (unchanged) | docgraph import N-Triples | rdfproc parse → BDB | rdfproc -c (contexts) → BDB | docgraph load → BDB | rdfproc / import | bytes/stmt docgraph | bytes/stmt rdfproc BDB | bytes/stmt docgraph → BDB | BDB size / docgraph size | join query docgraph | join query rdfproc BDB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  echo "$rows" | sed '/^$/d'
  echo
  echo "- *docgraph load*: pages in, mapped, stored (one named graph per page), crash-safe (journal"
  echo "  record with fsync every quarter second). *import*: the same statements as N-Triples,"
  echo "  one graph. *rdfproc parse*: the same N-Triples into Redland's hashes storage on Berkeley"
  echo "  DB, Redland's own loader, without contexts (its fast path; no fsync); *rdfproc -c*: the"
  echo "  same with contexts, which makes hashes check every new triple against the whole store."
  echo "  *docgraph load → BDB*: \`--store hashes:DIR\` (contexts on)."
  echo "- *join query*: \`$QUERY\`: its second step has all three terms bound,"
  echo "  which hashes answers by scanning every statement; the docgraph storage has an index for"
  echo "  it. Both run on the same triples (docgraph: the imported N-Triples). In parentheses:"
  echo "  the count each returned (they must agree)."
  echo "- Bytes per statement: the store directory's size (\`du -sb\`) over the statements in it."
} >"$OUT"
cat "$OUT"
