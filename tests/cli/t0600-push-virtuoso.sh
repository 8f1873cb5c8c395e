#!/bin/sh
# t0600-push-virtuoso.sh - `docgraph push` makes a real Virtuoso (Debian's
# virtuoso-opensource-7) hold the store's graphs through the Graph Store
# Protocol (/sparql-graph-crud-auth, digest authentication), and keeps a
# union graph for its default graph:
#   - saved queries through `query --endpoint --default-graph UNION` give
#     the rows `query --store` gives;
#   - every graph fetched back (GSP GET, by curl) equals the store's, and
#     the union graph equals the union of the store's graphs (both
#     normalised by rapper, sorted);
#   - a second push sends nothing; a changed page sends its new graph and
#     deletes the old one; a dropped graph is deleted;
#   - a wrong password and a stopped server: exit 1, a message naming the
#     graph and the HTTP status (or the connection), the push records
#     unchanged, and the next push finishes the job.
#
# The test starts its own Virtuoso (a private database directory, free
# loopback ports) and kills it by its PID on exit. Without virtuoso-t,
# isql-vt, curl or rapper it skips (fails with DOCGRAPH_ALLOW_SKIP=0, as
# in CI).
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
missing=
for t in virtuoso-t isql-vt curl rapper "$PY"; do
  command -v "$t" >/dev/null 2>&1 || missing="$missing $t"
done
if [ -n "$missing" ]; then
  if [ "$DOCGRAPH_ALLOW_SKIP" = 1 ]; then
    skip_all "needs$missing (packages virtuoso-opensource-7-bin, curl, raptor2-utils, python3)"
  fi
  _say "Bail out! the Virtuoso test needs$missing (packages virtuoso-opensource-7-bin, curl, raptor2-utils)"
  _tap_done=1
  exit 1
fi

# two ports of our own: free, and different for tests running side by side
port_free() { ! ss -ltn 2>/dev/null | grep -q ":$1 "; }
sqlport=$((21000 + $$ % 20000))
while ! port_free "$sqlport"; do sqlport=$((sqlport + 1)); done
httpport=$((sqlport + 1))
while ! port_free "$httpport"; do httpport=$((httpport + 1)); done

V=$TEST_DIR/virtuoso
mkdir -p "$V"
cat >"$V/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $V/virtuoso.db
ErrorLogFile = $V/virtuoso.log
LockFile = $V/virtuoso.lck
TransactionFile = $V/virtuoso.trx
xa_persistent_file = $V/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $V/virtuoso-temp.db
TransactionFile = $V/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sqlport
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = $V
DefaultIsolation = 2

[HTTPServer]
ServerPort = 127.0.0.1:$httpport
ServerRoot = $V
ServerThreads = 4
MaxClientConnections = 4
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
EOF

vpid=
start_virtuoso() {
  (cd "$V" && exec virtuoso-t -f -c "$V/virtuoso.ini" >"$V/stdout" 2>&1) &
  vpid=$!
  # up when the HTTP server answers; at most 120 s
  _i=0
  while [ $_i -lt 600 ]; do
    if curl -s -o /dev/null "http://127.0.0.1:$httpport/sparql?query=ASK%7B%7D"; then
      return 0
    fi
    kill -0 "$vpid" 2>/dev/null || return 1
    sleep 0.2
    _i=$((_i + 1))
  done
  return 1
}
stop_virtuoso() {
  if [ -n "$vpid" ]; then
    kill "$vpid" 2>/dev/null || :
    _i=0
    while kill -0 "$vpid" 2>/dev/null && [ $_i -lt 60 ]; do sleep 0.5; _i=$((_i + 1)); done
    kill -9 "$vpid" 2>/dev/null || :
    wait "$vpid" 2>/dev/null || :
    vpid=
  fi
}
trap '_rc=$?; stop_virtuoso; (exit $_rc); _tap_cleanup' EXIT

if start_virtuoso; then
  test_ok "a private Virtuoso is up on 127.0.0.1:$httpport"
else
  test_fail "a private Virtuoso is up on 127.0.0.1:$httpport" "$(tail -n 20 "$V/virtuoso.log" 2>/dev/null)"
  test_done
fi

# a user who may write through SPARQL and the Graph Store
pw=Sec-r3t-pw
capture isql isql-vt "127.0.0.1:$sqlport" dba dba \
  "exec=DB.DBA.USER_CREATE('dgpush', '$pw'); GRANT SPARQL_UPDATE TO \"dgpush\";"
test_status 0 isql "isql-vt creates user dgpush with SPARQL_UPDATE"

GSP=http://127.0.0.1:$httpport/sparql-graph-crud-auth
SPARQL=http://127.0.0.1:$httpport/sparql
U=https://example.org/team/union
DOCGRAPH_PUSH_PASSWORD=$pw
export DOCGRAPH_PUSH_PASSWORD
# the back-off between tries, shortened (the stopped server below)
DOCGRAPH_TEST_PUSH_BACKOFF_MS=50
export DOCGRAPH_TEST_PUSH_BACKOFF_MS
push() { dg push --store st --to "$GSP" --user dgpush --union-graph "$U" "$@"; }

mkdir pages
cp "$srcdir"/seeds/*.txt pages/
for f in $(ls "$srcdir"/tests/corpus/dev/*.txt | head -n 20); do cp "$f" pages/; done
chmod -R u+w pages
dg load -q --store st pages
n=$(ls pages | wc -l)

# the store's graphs and records, from its N-Quads
records() { dg export --store st -f nquads | grep -F ' <https://w3id.org/docgraph/records> .' |
  grep -F 'pushedTo' | sort; }
graphs() { dg export --store st -f nquads | grep -v -F ' <https://w3id.org/docgraph/records> .' |
  sed 's/.* <\([^>]*\)> \.$/\1/' | sort -u; }
enc() { printf '%s' "$1" | sed 's/:/%3A/g; s,/,%2F,g; s/#/%23/g'; }
# every graph of the store equals the server's (each fetched back with a
# GSP GET; both sides written by rapper, sorted), and U their union
compare_all() { # DESC
  _desc=$1
  dg export --store st -f nquads | grep -v -F ' <https://w3id.org/docgraph/records> .' >all.nq
  rapper -q -i nquads -o nquads all.nq | sort >want.nq
  # one curl for them all (one connection, one digest handshake)
  _k=0
  set --
  for g in $(sed 's/.* <\([^>]*\)> \.$/\1/' all.nq | sort -u); do
    _k=$((_k + 1))
    printf '%s\n' "$g" >"srv.$_k.name"
    set -- "$@" -o "srv.$_k.nt" "$GSP?graph-uri=$(enc "$g")"
  done
  curl -s -f --digest -u "dgpush:$pw" -H 'Accept: text/plain' "$@" || :
  : >got.raw
  _bad=
  while [ "$_k" -gt 0 ]; do
    g=$(cat "srv.$_k.name")
    if [ -f "srv.$_k.nt" ]; then
      sed "s|[ 	]\\.\$| <$g> .|" "srv.$_k.nt" >>got.raw
    else
      _bad="$_bad $g"
    fi
    rm -f "srv.$_k.nt" "srv.$_k.name"
    _k=$((_k - 1))
  done
  rapper -q -i nquads -o nquads got.raw >got.nq
  sort got.nq >got.s
  rapper -q -i nquads -o ntriples all.nq | sort -u >union.want
  curl -s -f --digest -u "dgpush:$pw" -H 'Accept: text/plain' "$GSP?graph-uri=$(enc "$U")" >srv.nt || :
  rapper -q -i ntriples -o ntriples srv.nt | sort >union.got
  if [ -z "$_bad" ] && [ -s want.nq ] && cmp -s want.nq got.s && cmp -s union.want union.got; then
    test_ok "$_desc"
  else
    test_fail "$_desc" "graphs not fetched:$_bad" "$(diff want.nq got.s | head -n 5)" \
      "union: $(wc -l <union.want) triples wanted, $(wc -l <union.got) on the server"
  fi
}
gone_from_server() { # GRAPH DESC
  _c=$(curl -s -o /dev/null -w '%{http_code}' --digest -u "dgpush:$pw" \
    "$GSP?graph-uri=$(enc "$1")")
  if [ "$_c" = 404 ]; then test_ok "$2"; else test_fail "$2" "GSP GET answered $_c, not 404"; fi
}

start=$(date +%s)
capture p1 push
test_status 0 p1 "first push: exit 0"
test_grep "^docgraph: push: $n added, 0 replaced, 0 removed, 0 unchanged, 0 failed " p1.err \
  "first push: $n graphs added"
test_grep ! -F "$pw" p1.err "the password is in no message"
compare_all "after the first push every graph on the server equals the store's, and the union graph their union"

# saved queries: the server (default graph: the union) answers as the store
# (those with an empty parameter too: Virtuoso's CONTAINS(x, "") is false,
# where SPARQL says true, so they test the empty parameter apart)
for q in documents prolific-authors countries-most-mentioned organizations-by-publications \
         coauthors authors-at-events publications-by-year timeline fact-sources \
         people-by-organization event-participants event-affiliations; do
  dg query --store st -r tsv "$q" >local.tsv 2>local.err || :
  capture rq dg query --endpoint "$SPARQL" --default-graph "$U" -r tsv "$q"
  if [ "$rc" != 0 ]; then
    test_fail "query $q through the endpoint" "$(cat rq.err)"
  elif [ "$(wc -l <local.tsv)" -lt 2 ]; then
    test_fail "query $q has rows on the store" "$(cat local.err)"
  elif "$PY" "$srcdir/tests/query-compare.py" select 0 rq.out local.tsv >cmp.txt 2>&1; then
    test_ok "query $q: the server's rows equal the store's ($(($(wc -l <local.tsv) - 1)) rows)"
  else
    test_fail "query $q: the server's rows equal the store's" "$(head -n 10 cmp.txt)"
  fi
done

capture p2 push
test_status 0 p2 "second push: exit 0"
test_grep "^docgraph: push: 0 added, 0 replaced, 0 removed, $n unchanged, 0 failed (0 statements sent)\$" \
  p2.err "second push sends nothing"

# change one page (a new document IRI: its old graph goes), drop another's graph
# the graph load made from page $1
page_graph() { dg export --store st -f nquads | grep -F "\"pages/$1\"" |
  sed -n 's/.* <\([^>]*\)> \.$/\1/p' | head -n 1; }
victim=$(ls pages | sed -n 2p)
before_old=$(page_graph "$victim")
dropped=$(page_graph "$(ls pages | sed -n 4p)")
printf '\nOne more paragraph about Japan and Korea.\n' >>"pages/$victim"
dg load -q --store st pages
dg import -q --store st --replace --graph "$dropped" -i ntriples /dev/null
rm "pages/$(ls pages | sed -n 4p)"   # or the next load brings it back
capture p3 push
test_status 0 p3 "push after a change and a drop: exit 0"
test_grep "^docgraph: push: 1 added, 0 replaced, 2 removed, $((n - 2)) unchanged, 0 failed " p3.err \
  "... sends the changed page's new graph, deletes its old one and the dropped one"
compare_all "... and the server equals the store again, union included"
gone_from_server "$before_old" "the changed page's old graph is gone from the server"
gone_from_server "$dropped" "the dropped graph is gone from the server"
capture p4 push
test_grep "unchanged, 0 failed (0 statements sent)\$" p4.err "... and the next push sends nothing"
test_grep "^docgraph: push: 0 added, 0 replaced, 0 removed" p4.err "... not even a delete"

# a wrong password: exit 1, the graph and the status named, records kept
printf '\nAnd a last sentence.\n' >>"pages/$victim"
dg load -q --store st pages
records >rec.before
(DOCGRAPH_PUSH_PASSWORD=wrong-one; export DOCGRAPH_PUSH_PASSWORD; capture bad push)
test_status 1 bad "a wrong password: exit 1"
test_grep -E "^docgraph: error: cannot .* graph <[^>]+> on '$GSP': HTTP 401" bad.err \
  "... a message naming the graph and HTTP 401"
test_grep "failed" bad.err "... and a summary counting the failure"
test_grep ! -F "wrong-one" bad.err "... and no password in any message"
records >rec.after
test_cmp rec.before rec.after "... the push records unchanged"
capture p5 push
test_status 0 p5 "the next push with the right password: exit 0"
test_grep "^docgraph: push: 1 added, 0 replaced, 1 removed, $((n - 2)) unchanged, 0 failed " p5.err \
  "... finishes the job"
compare_all "... and the server equals the store"

# a stopped server: exit 1, a message naming the graph, records kept
printf '\nA sentence for the stopped server.\n' >>"pages/$victim"
dg load -q --store st pages
records >rec.before
stop_virtuoso
capture down push
test_status 1 down "the server stopped: exit 1"
test_grep -E "^docgraph: error: cannot put graph <[^>]+> on '$GSP': .*(onnect|refused)" down.err \
  "... a message naming the graph and the connection's failure"
records >rec.after
test_cmp rec.before rec.after "... the push records unchanged"
if start_virtuoso; then
  capture p6 push
  test_status 0 p6 "the server back: the next push exits 0"
  test_grep "^docgraph: push: 1 added, 0 replaced, 1 removed, $((n - 2)) unchanged, 0 failed " \
    p6.err "... and finishes the job"
  compare_all "... and the server equals the store"
else
  test_fail "Virtuoso restarts on the same database"
fi
test_diag "pushes and comparisons took $(( $(date +%s) - start )) s"

test_done
