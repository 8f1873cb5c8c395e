#!/bin/sh
# t0450-query-endpoint.sh - `docgraph query --endpoint URL` against a real
# SPARQL 1.1 protocol server started here: Comunica's HTTP endpoint
# (@comunica/query-sparql-file 4.x from the npm registry; 5.x needs Node
# 22). Every saved query gives the same rows through the endpoint as
# with --data on the same file. The server listens on localhost only and
# is stopped at the end.
#
# .ci/setup installs Comunica into ${TMPDIR:-/tmp}/docgraph-comunica-UID
# (or $DOCGRAPH_COMUNICA_DIR); if it is not there, this test tries npm
# once, and skips saying so when the registry cannot be reached.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
require_rapper
command -v node >/dev/null 2>&1 || _require node nodejs
command -v npm >/dev/null 2>&1 || _require npm "npm (or nodesource's nodejs)"

cache=${DOCGRAPH_COMUNICA_DIR:-${TMPDIR:-/tmp}/docgraph-comunica-$(id -u)}
server=$cache/node_modules/.bin/comunica-sparql-file-http
if [ ! -x "$server" ]; then
  mkdir -p "$cache"
  # into a fresh directory, renamed into place: parallel runs stay safe
  tmp=$(mktemp -d "$cache.tmp.XXXXXX")
  if npm install --prefix "$tmp" --no-audit --no-fund --loglevel=error \
      @comunica/query-sparql-file@4 >npm.log 2>&1; then
    rm -rf "$cache" && mv "$tmp" "$cache" || rm -rf "$tmp"
  else
    rm -rf "$tmp"
    # no registry (offline, a proxy): a missing tool, not a failure of
    # docgraph; .ci/setup installs it ahead and warns when it cannot
    sed 's/^/# /' npm.log | tail -n 5
    skip_all "Comunica not installed: npm install @comunica/query-sparql-file@4 failed (run .ci/setup with the npm registry reachable, or set DOCGRAPH_COMUNICA_DIR)"
  fi
fi
[ -x "$server" ] || skip_all "no $server after npm install"
test_ok "Comunica's SPARQL endpoint is installed"

# the data: the fixture's union as the default graph, plus its graphs
rapper -q -i trig -o nquads "$srcdir/tests/data/fixture.trig" >fixture.nq
rapper -q -i nquads -o ntriples fixture.nq | LC_ALL=C sort -u >fixture.nt
cat fixture.nt fixture.nq >served.nq

port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server" served.nq -p "$port" >server.log 2>&1 &
srv=$!
# Stop the server however the script ends, then clean up as lib.sh does:
# its _tap_cleanup reads the exit status from $?, so restore it (with
# `|| :` and `||` so that set -e does not end the trap early).
stop_server() {
  st_=$?
  kill "$srv" 2>/dev/null || :
  wait "$srv" 2>/dev/null || :
  if [ "$st_" = 0 ]; then _tap_cleanup; else (exit "$st_") || _tap_cleanup; fi
}
trap stop_server EXIT
url=http://localhost:$port/sparql

# it answers on localhost ([::1]), not on 127.0.0.1: wait up to 120 s
up=0
i=0
while [ $i -lt 120 ]; do
  if "$PY" -c 'import sys, urllib.request
urllib.request.urlopen(sys.argv[1] + "?query=ASK%7B%7D", timeout=2)' "$url" 2>/dev/null; then
    up=1
    break
  fi
  kill -0 "$srv" 2>/dev/null || break
  sleep 1
  i=$((i + 1))
done
if [ $up = 1 ]; then
  test_ok "the endpoint answers at $url (after ${i}s)"
else
  test_fail "the endpoint did not start"; test_diag -f server.log
  test_done
fi

for q in $(cd "$srcdir/queries" && ls *.rq | sed 's/\.rq$//'); do
  dg query --print "$q" >"$q.rq"
  # rows as multisets: Comunica 4 sorts by the first ORDER BY key only
  # (measured: ties on it come back in any order), and the order is the
  # remote engine's business, not the transport's
  ordered=0
  kind=select fmt=tsv
  grep -q '^ASK' "$q.rq" && kind=ask
  grep -q '^CONSTRUCT' "$q.rq" && kind=construct fmt=ntriples
  capture remote dg query --endpoint "$url" -r $fmt "$q"
  capture local dg query --data fixture.nq -r $fmt "$q"
  if [ "$rc" != 0 ]; then
    test_fail "$q: --data failed"; test_diag -f local.err
  elif [ "$(cat remote.rc)" != 0 ]; then
    test_fail "$q: --endpoint exit $(cat remote.rc)"; test_diag -f remote.err
  elif "$PY" "$srcdir/tests/query-compare.py" $kind $ordered remote.out local.out >cmp.txt 2>&1; then
    test_ok "$q: --endpoint = --data ($(cat cmp.txt))"
  else
    test_fail "$q: --endpoint and --data differ"; test_diag -f cmp.txt
  fi
done

# parameters are bound the same way for the endpoint
capture p dg query --endpoint "$url" -r tsv coauthors --param 'author=James D.J. Brown'
test_grep '^"Gilbert Rozman"	1	' p.out "--param binds for the endpoint too"
capture h dg query --endpoint "$url" -r tsv coauthors --param 'author=x" } UNION { ?a ?b ?c } #'
test_status 0 h "a hostile value sent to the endpoint is one literal"
test_expect "... and matches nothing" test "$(wc -l <h.out)" = 1

# a URL with a query string of its own keeps it, and gets the query
# after '&' (a second '?' was a 400 from Virtuoso; Comunica ignores the
# parameter it does not know)
capture qs dg query --endpoint "$url?client=docgraph" -r tsv coauthors --param 'author=James D.J. Brown'
test_status 0 qs "an endpoint URL with '?': exit 0"
test_cmp p.out qs.out "... the same rows as without"

# the endpoint's own limits are not rasqal's: no lint for --endpoint
printf '%s\n' 'PREFIX dg: <https://w3id.org/docgraph/ns#>' \
  'SELECT ?n WHERE { ?p dg:author/dg:name ?n } ORDER BY ?n' >path.rq
capture path dg query --endpoint "$url" -r tsv path.rq
test_status 0 path "a property path runs on the endpoint (it is not rasqal)"
test_grep '"Shin Kawashima"' path.out "... with the right answer"

# a server that is not there: an error naming it, exit 1
kill "$srv" 2>/dev/null || :
wait "$srv" 2>/dev/null || :
capture gone dg query --endpoint "$url" -r tsv coauthors
test_status 1 gone "an endpoint that does not answer exits 1"
test_grep "$port" gone.err "... naming the endpoint"
test_expect_code 2 "a bad endpoint URL exits 2" dg query --endpoint 'not a url' coauthors

test_done
