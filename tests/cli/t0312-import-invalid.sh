#!/bin/sh
# t0312-import-invalid.sh - import refuses what it could not write back:
# IRIs that are not valid RDF IRIs ("{}|^`, backslash, space), literals
# holding NUL (which raptor cuts silently) or lone surrogates, each named
# with its file and line; the store is unchanged, so every export stays
# valid. Standard input, FIFOs and process substitution are read once;
# --graph is needed for triples read from standard input.
. "$srcdir/tests/lib.sh"

printf '<http://example.org/a> <http://example.org/p> "ok" .\n' >ok.nt
dg import -q ok.nt
dg export -f nquads >before.nq

# the store read back after each refused import: not what is tested
# (export runs under memcheck above and in t0320), so without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }
n=0
check_refused() { # FILE LINE DESC
  n=$((n + 1))
  capture "r$n" dg import "$1"
  test_status 1 "r$n" "$3: exit 1"
  test_grep "^docgraph: error: $1:$2: " "r$n.err" "... naming $1, line $2"
  ref export -f nquads >after.nq
  test_cmp before.nq after.nq "... and the store is unchanged"
}

printf '<http://example.org/a> <http://example.org/p> "ok" .\n<http://example.org/a{b}> <http://example.org/p> "x" .\n' >brace.nt
check_refused brace.nt 2 "an IRI with braces"
printf '<http://example.org/a> <http://example.org/p> <http://example.org/x|y> .\n' >bar.nt
check_refused bar.nt 1 "an IRI with a bar"
printf '<http://example.org/a> <http://example.org/p> <http://example.org/x^y> .\n' >caret.nt
check_refused caret.nt 1 "an IRI with a caret"
printf '<http://example.org/a> <http://example.org/p> <http://example.org/x\\u0022y> .\n' >quote.nt
check_refused quote.nt 1 "an IRI with an escaped quote"
printf '<http://example.org/a> <http://example.org/p> "nul\\u0000here" .\n' >nul.nt
check_refused nul.nt 1 "a literal with \\u0000"
printf '{ "http://example.org/a" : { "http://example.org/p" : [ { "value" : "nul\\u0000x", "type" : "literal" } ] } }\n' >nul.json
check_refused nul.json 1 "an RDF/JSON literal with \\u0000"
printf '<http://example.org/a> <http://example.org/p> "half \\uD800 a pair" .\n' >sur.nt
check_refused sur.nt 1 "a literal with a lone surrogate"
printf '<http://example.org/a> <http://example.org/p> "kept \\\\u0000 text" .\n' >esc.nt
capture e dg import esc.nt
test_status 0 e "an escaped backslash before u0000 is text, not a NUL: exit 0"
test_grep -F '"kept \\u0000 text"' esc.nt "... (the file holds it)"
dg export -f ntriples >all.nt
test_grep -F '"kept \\u0000 text"' all.nt "... and it comes back whole"

# standard input, a pipe, process substitution: read once, syntax guessed
# from the bytes
printf '<http://example.org/s> <http://example.org/p> "piped" <http://example.org/g1> .\n' >q.nq
capture p1 sh -c "cat q.nq | '$DOCGRAPH' import --store p.store -"
test_status 0 p1 "import - (N-Quads on a pipe): exit 0"
test_expect "... the quad is in its graph" \
  test "$(dg export --store p.store -f nquads | grep -c -F '"piped" <http://example.org/g1> .')" = 1
capture p2 sh -c "cat ok.nt | '$DOCGRAPH' import --store p.store -"
test_status 1 p2 "import - of triples without --graph: exit 1"
test_grep "graph IRI" p2.err "... saying to name their graph"
capture p3 sh -c "cat ok.nt | '$DOCGRAPH' import --store p.store --graph http://example.org/stdin -"
test_status 0 p3 "import --graph IRI -: exit 0"
capture p4 dg import --store p.store --graph http://example.org/stdin2 /dev/stdin <ok.nt
test_status 0 p4 "import /dev/stdin: exit 0"
capture p4b sh -c "cat ok.nt | '$DOCGRAPH' import --store p.store --graph http://example.org/stdin3 /dev/stdin"
test_status 0 p4b "import /dev/stdin on a pipe: exit 0"
test_expect "... its statement is there" \
  test "$(dg export --store p.store -f nquads --graph http://example.org/stdin3 | wc -l)" = 1
mkfifo fifo
(cat ok.nt >fifo &)
capture p5 dg import --store p.store --graph http://example.org/fifo fifo
test_status 0 p5 "import of a FIFO: exit 0"
test_expect "... its statement is there" \
  test "$(dg export --store p.store -f nquads --graph http://example.org/fifo | wc -l)" = 1
printf '@prefix ex: <http://example.org/> .\nex:g { ex:a ex:p "trig on stdin" . }\n' >t.trig
capture p6 sh -c "cat t.trig | '$DOCGRAPH' import --store p.store -"
test_status 0 p6 "TriG on standard input (guessed from the bytes): exit 0"
capture p7 sh -c "head -c 70000000 /dev/zero | '$DOCGRAPH' import --store p.store --graph http://example.org/z -i turtle -"
test_status 1 p7 "an endless input is refused past 64 MiB: exit 1"
test_grep "64 MiB" p7.err "... naming the bound"
test_expect_code 2 "import - twice: exit 2" dg import --store p.store - -

test_done
