#!/bin/sh
# t0545-bounds.sh - nothing hangs and nothing grows without bound: a FIFO
# inside an input directory is not opened (it would block the walk), load
# refuses FIFOs (it would wait with the store's lock held), an explicit
# FIFO is read by map; --data reads pipes once, with the 64 MiB bound;
# --endpoint gives up after --timeout seconds on a silent or dripping
# server, and refuses an endless answer past its size bound. UTF-16 text
# is read as text. RDF/XML export of a very long list does not crash.
. "$srcdir/tests/lib.sh"
PY=${PYTHON3:-python3}

# runs CMD with a time limit: status 124 if it had to be stopped
limited() { # SECONDS CMD...
  timeout -s KILL "$@" && return 0 || _rc=$?
  [ "$_rc" = 137 ] && return 124
  return "$_rc"
}

mkdir in
cp "$srcdir/seeds/$(ls "$srcdir/seeds" | sed -n 1p)" in/a.txt
mkfifo in/pipe
capture m1 limited 30 "$DOCGRAPH" map -f nquads in
test_status 1 m1 "map of a directory holding a FIFO: exit 1, without waiting on it"
test_grep "in/pipe.*not a regular file" m1.err "... naming the FIFO"
test_grep "a.txt" m1.out "... and the other file is mapped"
capture l1 limited 30 "$DOCGRAPH" load --store s.store in
test_status 1 l1 "load of the same directory: exit 1, without waiting on it"
test_grep "1 added" l1.err "... the other file is loaded"
capture l2 limited 30 "$DOCGRAPH" load --store s.store in/pipe
test_status 1 l2 "load of a FIFO named on the command line: refused, exit 1 (no wait)"
test_grep "not a regular file" l2.err "... saying why"
capture l3 limited 30 "$DOCGRAPH" load --store s.store /dev/null
test_status 1 l3 "load of a device: refused, exit 1"
test_expect "... and the store's lock is free again" dg load -q --store s.store in/a.txt
(cat in/a.txt >in/pipe &)
capture m2 limited 30 "$DOCGRAPH" map -f nquads in/pipe
test_status 0 m2 "map of a FIFO named on the command line reads it: exit 0"
test_grep "sourceFile> \"in/pipe\"" m2.out "... as a document"

# UTF-16 text (as some editors save it) is text, not binary data
if command -v iconv >/dev/null 2>&1; then
  iconv -f UTF-8 -t UTF-16LE in/a.txt | { printf '\377\376'; cat; } >le.txt
  iconv -f UTF-8 -t UTF-16BE in/a.txt | { printf '\376\377'; cat; } >be.txt
  dg map -f ntriples in/a.txt | grep -v '/document/' | sort >u8.nt
  for f in le be; do
    capture "u$f" dg map -f ntriples "$f.txt"
    test_status 0 "u$f" "UTF-16 ($f, with a byte-order mark): exit 0"
    test_grep "UTF-16 text" "u$f.err" "... with a warning saying so"
    grep -v '/document/' "u$f.out" | sort >"u$f.nt"
    test_cmp u8.nt "u$f.nt" "... and the same facts as the UTF-8 page"
  done
else
  test_skip "UTF-16 text" "iconv not found"
fi

# --data: pipes, standard input, /dev/zero
dg map -f nquads in/a.txt >a.nq
capture d1 sh -c "cat a.nq | '$DOCGRAPH' query --data - -r tsv documents"
test_status 0 d1 "query --data - (a pipe): exit 0"
test_expect "... with rows" test "$(wc -l <d1.out)" -gt 1
capture d2 sh -c "cat a.nq | '$DOCGRAPH' query --data /dev/stdin -r tsv documents"
test_status 0 d2 "query --data /dev/stdin: exit 0"
test_cmp d1.out d2.out "... the same rows"
mkfifo data.fifo
(cat a.nq >data.fifo &)
capture d3 limited 30 "$DOCGRAPH" query --data data.fifo -r tsv documents
test_status 0 d3 "query --data FIFO: exit 0"
test_cmp d1.out d3.out "... the same rows"
capture d4 limited 60 "$DOCGRAPH" query --data /dev/zero -r tsv documents
test_status 1 d4 "query --data /dev/zero: exit 1, at once"
test_must_be_empty d4.out "... and no header: the query did not run"
capture d5 dg query --data no-such.nq -r tsv documents
test_status 1 d5 "query --data of a missing file: exit 1"
test_must_be_empty d5.out "... and no header is printed"

# RDF/XML of a very long rdf:List: raptor's abbreviating writer nests
# each blank node by recursion (50,000 items overflowed the stack); the
# plain writer takes over past 1,000 levels (fewer items under valgrind,
# which is slow and has a stack of its own)
items=50000
[ -n "$VALGRIND" ] && items=3000
"$PY" -c "import sys; n = int(sys.argv[1]); print('<http://example.org/s> <http://example.org/p> (' + ' '.join('<http://example.org/i%d>' % i for i in range(n)) + ') .')" "$items" >list.ttl
dg import -q --store list.store list.ttl
capture lx limited 300 "$DOCGRAPH" export --store list.store -f rdfxml -o list.rdf
test_status 0 lx "export -f rdfxml of a $items-item list: exit 0 (no crash)"
if command -v rapper >/dev/null 2>&1; then
  test_rapper rdfxml list.rdf "... and rapper reads it" $((2 * items + 1))
fi

# --endpoint: a silent server, a dripping one, an endless answer
if command -v "$PY" >/dev/null 2>&1; then
  cat >srv.py <<'EOF'
import socket, sys, threading, time
mode = sys.argv[1]
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0))
s.listen(5)
open(sys.argv[2], "w").write("%d\n" % s.getsockname()[1])
def serve(c):
    try:
        c.recv(65536)
        if mode == "silent":
            time.sleep(120)
            return
        c.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+xml\r\n\r\n")
        if mode == "drip":
            for _ in range(240):
                c.sendall(b" ")
                time.sleep(0.5)
            return
        c.sendall(b"<?xml version='1.0'?><sparql xmlns='http://www.w3.org/2005/sparql-results#'>"
                  b"<head><variable name='x'/></head><results>")
        row = b"<result><binding name='x'><literal>" + b"y" * 1000 + b"</literal></binding></result>"
        for _ in range(100000):
            c.sendall(row * 10)
    except Exception:
        pass
    finally:
        c.close()
deadline = time.time() + 120
s.settimeout(1)
while time.time() < deadline:
    try:
        c, _ = s.accept()
    except socket.timeout:
        continue
    threading.Thread(target=serve, args=(c,), daemon=True).start()
EOF
  for mode in silent drip endless; do
    "$PY" srv.py "$mode" "port.$mode" &
    echo $! >"pid.$mode"
  done
  i=0
  while [ $i -lt 50 ] && ! { [ -s port.silent ] && [ -s port.drip ] && [ -s port.endless ]; }; do
    sleep 0.1
    i=$((i + 1))
  done
  for mode in silent drip; do
    capture "e$mode" limited 60 "$DOCGRAPH" query --endpoint "http://127.0.0.1:$(cat port.$mode)/sparql" \
      --timeout 2 -r tsv documents
    test_status 1 "e$mode" "--endpoint, a $mode server, --timeout 2: exit 1, not a hang"
    test_grep "within 2 s (--timeout)" "e$mode.err" "... saying the endpoint gave no answer in time"
  done
  capture eend limited 60 env DOCGRAPH_TEST_MAX_ANSWER=1000000 "$DOCGRAPH" query \
    --endpoint "http://127.0.0.1:$(cat port.endless)/sparql" -r tsv documents
  test_status 1 eend "--endpoint, an endless answer: exit 1 past the size bound"
  test_grep "is larger than 1000000 bytes" eend.err "... naming the bound"
  for mode in silent drip endless; do kill "$(cat pid.$mode)" 2>/dev/null || :; done
  test_expect_code 2 "--timeout 0: exit 2" dg query --endpoint http://127.0.0.1:1/ --timeout 0 documents
  test_expect_code 2 "--timeout abc: exit 2" dg query --endpoint http://127.0.0.1:1/ --timeout abc documents
else
  test_skip "--endpoint limits" "python3 not found"
fi

test_done
