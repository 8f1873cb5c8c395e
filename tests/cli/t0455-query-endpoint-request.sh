#!/bin/sh
# t0455-query-endpoint-request.sh - what `query --endpoint` sends, seen
# by a small HTTP responder written here (python3's http.server) that
# records each request line and answers with fixed results: the query
# goes after the URL's own parameters with '&' (never a second '?'), a
# fragment is not sent, --default-graph adds default-graph-uri=
# (percent-encoded, repeatable: SPARQL 1.1 Protocol 2.1.1), for SELECT,
# ASK and CONSTRUCT alike; an HTTP error status is an error naming it;
# a password in the URL is in no message. t0450 runs a real endpoint.
. "$srcdir/tests/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"

cat >srv.py <<'EOF2'
import sys, http.server
log = open(sys.argv[2], "a", buffering=1)
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass
    def do_GET(self):
        log.write(self.requestline + "\n")
        if "/bad" in self.path:
            return self.answer(400, "text/plain", b"Virtuoso 37000 Error SP030: bad query\n")
        accept = self.headers.get("Accept", "")
        if "sparql-results+json" in accept:
            return self.answer(200, "application/sparql-results+json",
                               b'{"head": {}, "boolean": true}')
        if "n-triples" in accept:
            return self.answer(200, "application/n-triples",
                               b"<http://example.org/s> <http://example.org/p> \"o\" .\n")
        self.answer(200, "application/sparql-results+xml",
                    b"<?xml version='1.0'?><sparql xmlns='http://www.w3.org/2005/sparql-results#'>"
                    b"<head><variable name='x'/></head><results><result><binding name='x'>"
                    b"<literal>one</literal></binding></result></results></sparql>")
    def answer(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
s = http.server.HTTPServer(("127.0.0.1", 0), H)
s.timeout = 1
open(sys.argv[1], "w").write("%d\n" % s.server_address[1])
for _ in range(120):   # at most two minutes, whatever happens to the test
    s.handle_request()
EOF2
"$PY" srv.py port requests &
srv=$!
stop_server() {
  st_=$?
  kill "$srv" 2>/dev/null || :
  wait "$srv" 2>/dev/null || :
  if [ "$st_" = 0 ]; then _tap_cleanup; else (exit "$st_") || _tap_cleanup; fi
}
trap stop_server EXIT
i=0
while [ ! -s port ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
[ -s port ] || { test_fail "the responder did not start"; test_done; }
base=http://127.0.0.1:$(cat port)

printf 'SELECT ?x WHERE { ?x ?p ?o }\n' >select.rq
printf 'ASK { ?s ?p ?o }\n' >ask.rq
printf 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n' >construct.rq
sel='query=SELECT%20%3Fx%20WHERE%20%7B%20%3Fx%20%3Fp%20%3Fo%20%7D%0A'

# the last request line the responder saw
last() { tail -n 1 requests; }

capture s1 dg query --endpoint "$base/sparql" -r tsv select.rq
test_status 0 s1 "SELECT: exit 0"
test_expect "... GET /sparql?query=..." test "$(last)" = "GET /sparql?$sel HTTP/1.1"
printf '?x\n"one"\n' >s1.expect
test_cmp s1.expect s1.out "... and the rows of the answer"

capture s2 dg query --endpoint "$base/sparql?key=abc&db=x" -r tsv select.rq
test_status 0 s2 "SELECT to a URL with a query string: exit 0"
test_expect "... its parameters kept, the query after '&'" \
  test "$(last)" = "GET /sparql?key=abc&db=x&$sel HTTP/1.1"
capture s3 dg query --endpoint "$base/sparql?" -r tsv select.rq
test_expect "a URL ending in '?': no second separator" test "$(last)" = "GET /sparql?$sel HTTP/1.1"
capture s4 dg query --endpoint "$base/sparql?key=abc#frag" -r tsv select.rq
test_expect "a fragment is not sent" test "$(last)" = "GET /sparql?key=abc&$sel HTTP/1.1"

g1=http://example.org/g1
g2='http://example.org/g?a=1&b=%41'
enc1=http%3A%2F%2Fexample.org%2Fg1
enc2=http%3A%2F%2Fexample.org%2Fg%3Fa%3D1%26b%3D%2541
capture d1 dg query --endpoint "$base/sparql?key=abc" --default-graph "$g1" \
  --default-graph "$g2" -r tsv select.rq
test_status 0 d1 "--default-graph twice: exit 0"
test_expect "... default-graph-uri= each, in order, percent-encoded" \
  test "$(last)" = "GET /sparql?key=abc&$sel&default-graph-uri=$enc1&default-graph-uri=$enc2 HTTP/1.1"
capture d2 dg query --endpoint "$base/sparql" --default-graph "$g1" ask.rq
test_status 0 d2 "ASK with --default-graph: exit 0"
test_grep '^true$' d2.out "... the answer"
test_grep -F "&default-graph-uri=$enc1 HTTP" requests "... sent with the ASK"
capture d3 dg query --endpoint "$base/sparql?key=abc" --default-graph "$g1" -r ntriples \
  construct.rq
test_status 0 d3 "CONSTRUCT with --default-graph, to a URL with a query string: exit 0"
test_grep -F '<http://example.org/s> <http://example.org/p> "o" .' d3.out "... the triples"
test_expect "... the same request shape" \
  sh -c "tail -n 1 requests | grep -q '^GET /sparql?key=abc&query=CONSTRUCT[^?]*&default-graph-uri=$enc1 HTTP/1.1\$'"

# an error status: exit 1 naming it and the server's reason; the
# password of the URL is in no message
capture e1 dg query --endpoint "http://me:s3cr3t-Pw@127.0.0.1:$(cat port)/bad" -r tsv select.rq
test_status 1 e1 "HTTP 400: exit 1"
test_grep "answered HTTP 400: Virtuoso 37000 Error SP030: bad query" e1.err \
  "... naming the status and the server's reason"
test_grep -F "http://me:***@127.0.0.1" e1.err "... and the endpoint, its password masked"
test_grep ! -F "s3cr3t-Pw" e1.err "... nowhere in the messages"
test_must_be_empty e1.out "... nothing on stdout"
capture e2 dg query --endpoint "$base/bad" ask.rq
test_status 1 e2 "HTTP 400 to an ASK: exit 1"

test_expect_code 2 "--default-graph without --endpoint: exit 2" \
  dg query --data select.rq --default-graph "$g1" select.rq
test_expect_code 2 "--default-graph with a relative IRI: exit 2" \
  dg query --endpoint "$base/sparql" --default-graph g1 select.rq

test_done
