#!/bin/sh
# bench/query-1m.sh - every saved query on a large store, next to Jena ARQ
# and Oxigraph loading the same data and running the same query.
#
#   bench/query-1m.sh DOCGRAPH STORE DATA.nt DATA.nq [OXIGRAPH-DIR] [RUNS]
#
# STORE: a docgraph store (bench/gen-corpus --seed 42 --pages 110000 DIR;
# docgraph load --store STORE DIR). DATA.nt: its distinct triples (docgraph
# export -f ntriples), the default graph of the peers; DATA.nq: its quads
# (docgraph export -f nquads), added for queries that use GRAPH.
# OXIGRAPH-DIR holds node_modules/oxigraph (npm install oxigraph there); no
# Oxigraph column without it. RUNS (default 3): each engine runs each query
# RUNS times; the median wall-clock time is printed. Every engine runs the
# query text `docgraph query --print` gives (parameters at their defaults).
# Prints one tab-separated line per query:
#   query  rows(docgraph)  docgraph-s  rows(ARQ)  ARQ-s  rows(Oxigraph)  Oxigraph-s
# Timing on a shared machine: compare the columns of one run, not runs.
set -eu
DG=$1 STORE=$2 NT=$3 NQ=$4 OXDIR=${5:-} RUNS=${6:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
srcdir=$here
. "$here/tests/jena.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# run ENGINE QUERY-FILE DATA-ARGS... : time one run, leave rows in $tmp/rows
# rows: lines less the header (CONSTRUCT: triples, no header)
rows() { echo $(($(wc -l <"$tmp/out") - hdr)) >"$tmp/rows"; }
run_dg() { "$DG" query --store "$STORE" -r "$dgfmt" "$1" >"$tmp/out" 2>"$tmp/err" || true
  rows; }
run_arq() { _q=$1; shift
  arq "$@" --query "$_q" --results "$arqfmt" >"$tmp/out" 2>"$tmp/err" || true
  rows; }
run_ox() { _q=$1; shift
  node - "$OXDIR" "$_q" "$@" >"$tmp/rows" 2>"$tmp/err" <<'EOF' || echo -1 >"$tmp/rows"
const fs = require("fs");
const [dir, q, ...files] = process.argv.slice(2);
const ox = require(dir + "/node_modules/oxigraph");
const store = new ox.Store();
for (const f of files)
  store.load(fs.readFileSync(f, "utf8"),
             { format: f.endsWith(".nq") ? "application/n-quads" : "application/n-triples" });
const r = store.query(fs.readFileSync(q, "utf8"), { use_default_graph_as_union: false });
if (typeof r === "boolean") console.log(1);
else if (typeof r === "string") console.log(r.split("\n").filter((l) => l).length);
else console.log(r.length);
EOF
}

timed() { # FUNCTION ARG... : median seconds of RUNS runs; rows in $tmp/rows
  _i=0
  : >"$tmp/times"
  while [ $_i -lt "$RUNS" ]; do
    _t0=$(now); "$@"; _t1=$(now)
    echo "$_t1 - $_t0" | bc >>"$tmp/times"
    _i=$((_i + 1))
  done
  median <"$tmp/times"
}

printf 'query\trows\tdocgraph_s\tarq_rows\tarq_s\tox_rows\tox_s\n'
for q in $(cd "$here/queries" && ls *.rq | sed 's/\.rq$//'); do
  "$DG" query --print "$q" >"$tmp/q.rq"
  dgfmt=tsv arqfmt=tsv hdr=1
  if grep -q '^CONSTRUCT' "$tmp/q.rq"; then dgfmt=ntriples arqfmt=NT hdr=0; fi
  data="--data $NT"
  oxdata=$NT
  if grep -q 'GRAPH' "$tmp/q.rq"; then data="$data --data $NQ"; oxdata="$NT $NQ"; fi
  t_dg=$(timed run_dg "$q"); r_dg=$(cat "$tmp/rows")
  # shellcheck disable=SC2086
  t_arq=$(timed run_arq "$tmp/q.rq" $data); r_arq=$(cat "$tmp/rows")
  t_ox=- r_ox=-
  if [ -n "$OXDIR" ]; then
    # shellcheck disable=SC2086
    t_ox=$(timed run_ox "$tmp/q.rq" $oxdata); r_ox=$(cat "$tmp/rows")
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$q" "$r_dg" "$t_dg" "$r_arq" "$t_arq" "$r_ox" "$t_ox"
done
