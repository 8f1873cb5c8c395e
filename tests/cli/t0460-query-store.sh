#!/bin/sh
# t0460-query-store.sh - `docgraph query` on the store (--store, and
# $DOCGRAPH_STORE): after `docgraph load seeds/` and `docgraph import` of
# the fixture, every saved query gives the same answer as with --data on
# the same graph.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
require_rapper

# compare_all STORE DATA-FILE LABEL [FEW]: with FEW, under memcheck only
# the first FEW queries run through valgrind, the rest without (their
# answers still compared)
compare_all() {
  memcheck_reset
  for q in $(cd "$srcdir/queries" && ls *.rq | sed 's/\.rq$//'); do
    ordered=0
    grep -q '^ORDER BY' "$srcdir/queries/$q.rq" && ordered=1
    kind=select fmt=tsv
    grep -q '^ASK' "$srcdir/queries/$q.rq" && kind=ask
    grep -q '^CONSTRUCT' "$srcdir/queries/$q.rq" && kind=construct fmt=ntriples
    if [ -n "${4:-}" ] && memcheck_enough "$4"; then
      capture st "$DOCGRAPH" query --store "$1" -r $fmt "$q"
    else
      capture st dg query --store "$1" -r $fmt "$q"
    fi
    # the reference, not what is tested: without $VALGRIND
    capture data "$DOCGRAPH" query --data "$2" -r $fmt "$q"
    if [ "$(cat st.rc)" != 0 ]; then
      test_fail "$q on the $3 store: exit $(cat st.rc)"; test_diag -f st.err
    elif "$PY" "$srcdir/tests/query-compare.py" $kind $ordered st.out data.out >cmp.txt 2>&1; then
      test_ok "$q on the $3 store = --data ($(cat cmp.txt))"
    else
      test_fail "$q on the $3 store differs from --data"; test_diag -f cmp.txt
    fi
  done
}

capture load dg load --store seeds.store "$srcdir/seeds"
if [ "$rc" != 0 ]; then
  test_fail "docgraph load seeds/ into a store failed (exit $rc): the store is not usable yet, so --store cannot be tested"
  test_diag -f load.err
  test_done
fi
test_ok "docgraph load seeds/ into a new store"
dg map -f nquads -o seeds.nq "$srcdir/seeds" 2>/dev/null
# under memcheck three queries on the seeds' store: every query runs on
# the fixture's store below under memcheck, where each finds something
compare_all seeds.store seeds.nq seeds 3

# the store named by $DOCGRAPH_STORE is the default
capture env env DOCGRAPH_STORE=seeds.store "$DOCGRAPH" query -r tsv documents
capture flag dg query --store seeds.store -r tsv documents
test_cmp flag.out env.out "\$DOCGRAPH_STORE names the default store"

# the fixture, imported: authors, events, roles and the ISO slice
rapper -q -i trig -o nquads "$srcdir/tests/data/fixture.trig" >fixture.nq
capture imp dg import --store fixture.store fixture.nq
if [ "$rc" = 0 ]; then
  test_ok "docgraph import of the fixture"
  compare_all fixture.store fixture.nq fixture
else
  test_fail "docgraph import of the fixture failed (exit $rc)"; test_diag -f imp.err
fi

# a store that does not exist: an error that says how to make one
capture none dg query --store no-such.store -r tsv documents
test_status 1 none "a store that does not exist exits 1"
test_grep 'no-such.store' none.err "... naming it"

test_done
