#!/bin/sh
# t0465-query-timeout.sh - `query --timeout SECONDS` on the store and on
# --data: a query that runs too long (a three-way cross join of a small
# generated corpus: hours) is stopped with exit 1, a message naming the
# query and the limit, and nothing on standard output; the store is left
# as it was (fsck, and a writer gets the lock at once). A query within
# its limit answers exactly as without one, an ASK's -e and the errors of
# the query itself come through, and the limit is checked as a number.
. "$srcdir/tests/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found (bench/gen-corpus)"

# runs CMD with a time limit: status 124 if it had to be stopped
limited() { # SECONDS CMD...
  timeout -s KILL "$@" && return 0 || _rc=$?
  [ "$_rc" = 137 ] && return 124
  return "$_rc"
}
now() { date +%s; }

"$PY" "$srcdir/bench/gen-corpus" --seed 5 --pages 10 gen >/dev/null
dg load -q --store s.store gen
dg map -f nquads gen >data.nq 2>/dev/null
printf '%s\n' '# every triple with every pair of triples' \
  'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }' >slow.rq

# both at once: the test stays short
t0=$(now)
capture d limited 60 "$DOCGRAPH" query --data data.nq --timeout 1 -r tsv slow.rq &
bg=$!
capture s limited 60 "$DOCGRAPH" query --store s.store --timeout 1 -r tsv slow.rq
wait "$bg" || :
t1=$(now)
for src in s d; do
  name=$([ $src = s ] && echo "--store" || echo "--data")
  test_status 1 $src "$name, a query past --timeout 1: exit 1"
  test_grep "query 'slow.rq' stopped: it ran longer than --timeout 1 s" $src.err \
    "... with a message naming the query and the limit"
  test_must_be_empty $src.out "... and nothing on standard output"
done
test_expect "... both stopped within seconds (took $((t1 - t0)) s)" test $((t1 - t0)) -lt 15

capture f dg fsck --store s.store
test_status 0 f "the store is whole after a stopped query"
capture l limited 30 "$DOCGRAPH" load -q --store s.store "$srcdir/seeds"
test_status 0 l "... and a writer gets it at once"

# within the limit: the same answer as without one
dg query --store s.store -r tsv documents >plain.out
capture ok dg query --store s.store --timeout 30 -r tsv documents
test_status 0 ok "a query within --timeout: exit 0"
test_cmp plain.out ok.out "... the same rows as without --timeout"
dg query --data data.nq -r ntriples coauthorship-network >plain.nt
capture okc dg query --data data.nq --timeout 30 -r ntriples coauthorship-network
test_cmp plain.nt okc.out "... CONSTRUCT on --data too"
printf 'ASK { <http://example.org/no> ?p ?o }\n' >ask.rq
capture a dg query --store s.store --timeout 30 -e ask.rq
test_status 1 a "ASK false with -e under --timeout: exit 1"
test_grep '^false$' a.out "... printing false"
test_must_be_empty a.err "... and no message"
capture n dg query --store no.store --timeout 30 documents
test_status 1 n "no store under --timeout: exit 1"
test_expect "... said once" test "$(grep -c 'no store' n.err)" = 1
capture h sh -c "'$DOCGRAPH' query --store s.store --timeout 30 -r tsv documents | head -n 1"
test_must_be_empty h.err "a reader that stops early (| head): no message about it"

test_expect_code 2 "--timeout 0: exit 2" dg query --store s.store --timeout 0 documents
test_expect_code 2 "--timeout 1.5: exit 2" dg query --store s.store --timeout 1.5 documents
test_expect_code 2 "--timeout 86401: exit 2" dg query --data data.nq --timeout 86401 documents

test_done
