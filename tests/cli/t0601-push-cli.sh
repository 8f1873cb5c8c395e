#!/bin/sh
# t0601-push-cli.sh - `docgraph push` without a real server: usage errors
# (exit 2, nothing touched), a store that does not exist, a server that is
# not there (connection refused: exit 1, the graph named, the push
# records unchanged), and against a small Graph Store stub (Python's
# http.server, written here): how the graph parameter is named for each
# kind of URL, retries after a 503, a 400 that fails one graph only, and a
# second push that sends nothing.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
if ! command -v "$PY" >/dev/null 2>&1; then
  [ "$DOCGRAPH_ALLOW_SKIP" = 1 ] && skip_all "needs python3 (the Graph Store stub)"
  _say "Bail out! the push test needs python3 (the Graph Store stub)"
  _tap_done=1
  exit 1
fi
S=st
pw=S3cret-Pass
DOCGRAPH_PUSH_PASSWORD=$pw
export DOCGRAPH_PUSH_PASSWORD
DOCGRAPH_TEST_PUSH_BACKOFF_MS=20
export DOCGRAPH_TEST_PUSH_BACKOFF_MS

# ---------------------------------------------------------------- usage
memcheck_reset
bad() { # DESC PATTERN ARG...
  _d=$1 _p=$2
  shift 2
  ! memcheck_enough 3 || return 0
  capture u dg push --store nostore "$@"
  if [ "$rc" = 2 ] && grep -q -e "$_p" u.err && grep -q "Try 'docgraph help push'" u.err &&
     [ ! -e nostore ]; then
    test_ok "usage error: $_d (exit 2, a hint, no store made)"
  else
    test_fail "usage error: $_d (exit 2, a hint, no store made)" "exit $rc" "$(cat u.err)"
  fi
}
bad "no --to" "no --to URL given"
bad "--to is not http" "is not an http:// or https:// URL" --to ftp://example.org/data
bad "--to with a password in it" "not in the URL" --to "http://u:$pw@127.0.0.1:9/data"
test_grep ! -F "$pw" u.err "... and the password is not repeated"
bad "--union-graph not an IRI" "is not an absolute IRI" --to http://127.0.0.1:9/ds/data \
  --union-graph 'not an iri'
bad "--union-graph without an update endpoint" "give --update URL" \
  --to http://127.0.0.1:9/ds/data --union-graph https://example.org/u
bad "--update without --union-graph" "--update is for --union-graph" \
  --to http://127.0.0.1:9/ds/data --update http://127.0.0.1:9/ds/update
bad "an operand" "unexpected argument" --to http://127.0.0.1:9/ds/data extra
bad "an unknown option" "unknown option '--bogus'" --bogus --to http://127.0.0.1:9/ds/data
bad "a bad store spec" "virtuoso:" --store 'virtuoso:dsn=x' --to http://127.0.0.1:9/ds/data

capture nostore dg push --store nostore --to http://127.0.0.1:9/ds/data
test_status 1 nostore "a store that does not exist: exit 1"
test_grep "no store at 'nostore'" nostore.err "... saying so"
test_expect "... and none is made" test ! -e nostore

# ---------------------------------------------------------------- no server
mkdir pages
cp "$srcdir"/seeds/*.txt pages/
# (helpers that set up or read the store run docgraph without valgrind:
# what is checked here is push)
"$DOCGRAPH" load -q --store "$S" pages
n=$(ls pages | wc -l)
records() { "$DOCGRAPH" export --store "$S" -f nquads | grep -F 'pushedTo' | sort; }

# a port nothing listens on: bind one, then let it go
port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
capture refused dg push --store "$S" --to "http://127.0.0.1:$port/ds/data"
test_status 1 refused "connection refused: exit 1"
test_grep -E "^docgraph: error: cannot put graph <https://w3id.org/docgraph/id/document/[0-9a-f]+> on 'http://127.0.0.1:$port/ds/data': .*(onnect|refused).*after retries" \
  refused.err "... a message naming the graph, the server and the failure"
test_grep "^docgraph: push stopped" refused.err "... the push stops"
test_grep "^docgraph: push: 0 added, 0 replaced, 0 removed, 0 unchanged, $n failed (0 statements sent)\$" \
  refused.err "... and the summary counts every graph failed"
records >rec.out
test_must_be_empty rec.out "... and nothing is recorded as pushed"

# ---------------------------------------------------------------- a stub server
cat >stub.py <<'EOF'
# A Graph Store stub: keeps graphs by the value of graph= or graph-uri=,
# logs "METHOD PATH?QUERY" per request to requests.log, answers 503 while
# the number in fail503 is above 0 (counting it down), and 400 to a PUT
# whose body holds the text in refuse.
import http.server, os, urllib.parse
graphs = {}
def ctl(name):
    try:
        return open(name).read().strip()
    except OSError:
        return ""
class H(http.server.BaseHTTPRequestHandler):
    def answer(self, code, body=b""):
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def handle_one(self):
        with open("requests.log", "a") as log:
            log.write("%s %s\n" % (self.command, self.path))
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        busy = int(ctl("fail503") or 0)
        if busy > 0:
            open("fail503", "w").write(str(busy - 1))
            return self.answer(503, b"busy\n")
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
        g = (q.get("graph") or q.get("graph-uri") or [""])[-1]
        if self.command == "PUT":
            refuse = ctl("refuse")
            if refuse and refuse.encode() in body:
                return self.answer(400, b"refused this one\n")
            graphs[g] = body
            return self.answer(201)
        if self.command == "DELETE":
            return self.answer(200 if graphs.pop(g, None) is not None else 404)
        return self.answer(405)
    do_PUT = do_DELETE = do_GET = do_POST = handle_one
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
open("port.tmp", "w").write(str(s.server_address[1]))
os.rename("port.tmp", "port.txt")
s.serve_forever()
EOF
"$PY" stub.py &
spid=$!
trap '_rc=$?; kill "$spid" 2>/dev/null || :; (exit $_rc); _tap_cleanup' EXIT
_i=0
while [ ! -s port.txt ] && [ $_i -lt 100 ]; do sleep 0.1; _i=$((_i + 1)); done
sport=$(cat port.txt)

# two 503s: the first graph is sent on its third try
: >requests.log
echo 2 >fail503
URL="http://127.0.0.1:$sport/ds/data?key=k1"
capture p1 dg push --store "$S" --to "$URL"
test_status 0 p1 "two 503 answers, then the server takes them: exit 0"
test_grep "^docgraph: push: $n added, 0 replaced, 0 removed, 0 unchanged, 0 failed " p1.err \
  "... every graph added"
test_expect "... the first one after three tries" \
  test "$(grep -c '^PUT ' requests.log)" = $((n + 2))
test_grep -E "^PUT /ds/data\\?key=k1&graph=https%3A%2F%2Fw3id.org%2Fdocgraph%2Fid%2Fdocument%2F[0-9a-f]+\$" \
  requests.log "... the URL's query string kept, graph= added with '&', the IRI percent-encoded"
test_expect "the store records $n graphs as pushed to the URL" \
  test "$(records | grep -c -F " $URL\" <https://w3id.org/docgraph/records> .")" = "$n"

: >requests.log
capture p2 dg push --store "$S" --to "$URL"
test_grep "^docgraph: push: 0 added, 0 replaced, 0 removed, $n unchanged, 0 failed (0 statements sent)\$" \
  p2.err "a second push sends nothing"
test_must_be_empty requests.log "... not one request"

capture p3 dg push --all --store "$S" --to "$URL"
test_grep "^docgraph: push: 0 added, $n replaced, 0 removed, 0 unchanged, 0 failed " p3.err \
  "--all sends every graph again"

# Virtuoso's endpoint names the parameter graph-uri; an empty parameter
# in the URL names it too (not under valgrind: the URL is built by the
# same code above; ASan and UBSan do run it)
if [ -n "$VALGRIND" ]; then
  test_skip "a URL ending in /sparql-graph-crud-auth: graph-uri=" "the URL's building runs above"
  test_skip "a URL with an empty graph= parameter: the IRI goes there" "the same"
else
  : >requests.log
  capture v dg push --store "$S" --to "http://127.0.0.1:$sport/sparql-graph-crud-auth"
  test_grep -E "^PUT /sparql-graph-crud-auth\\?graph-uri=https%3A" requests.log \
    "a URL ending in /sparql-graph-crud-auth: graph-uri="
  : >requests.log
  capture e dg push --store "$S" --to "http://127.0.0.1:$sport/store?graph=&x=1"
  test_grep -E "^PUT /store\\?graph=https%3A[^&]*&x=1\$" requests.log \
    "a URL with an empty graph= parameter: the IRI goes there"
fi

# a 400 for one graph: named, the others go, its record not made
victim=$(ls pages | sed -n 3p)
printf '\nAn added paragraph.\n' >>"pages/$victim"
"$DOCGRAPH" load -q --store "$S" pages
"$DOCGRAPH" export --store "$S" -f nquads | grep -F "\"pages/$victim\"" |
  sed -n 's/.* <\([^>]*\)> \.$/\1/p' | head -n 1 >refuse
g=$(cat refuse)
capture r dg push --store "$S" --to "$URL"
test_status 1 r "a graph the server refuses: exit 1"
test_grep -F "docgraph: error: cannot put graph <$g> on '$URL': HTTP 400 (Bad Request): refused this one" \
  r.err "... the graph, the status and the server's reason named"
test_grep "^docgraph: push: 0 added, 0 replaced, 1 removed, $((n - 1)) unchanged, 1 failed " r.err \
  "... the other graphs go (the page's old graph deleted)"
records >rec.after
test_grep ! -F "<$g>" rec.after "... and the refused graph is not recorded as pushed"
rm refuse
capture r2 dg push --store "$S" --to "$URL"
test_status 0 r2 "the next push: exit 0"
test_grep "^docgraph: push: 1 added, 0 replaced, 0 removed, $((n - 1)) unchanged, 0 failed " r2.err \
  "... sends the graph that failed, and only that"

test_grep ! -F "$pw" p1.err "the password is in no message"
test_done
