#!/bin/sh
# t0350-lock.sh - one writer at a time: while a load holds the store, a
# second load or import is refused with a message naming the holder's pid
# (never interleaved), readers still read, and the lock goes away with
# its holder however it ends (even by SIGKILL).
#
# The first writer is held deterministically by the test hook
# DOCGRAPH_TEST_HOLD_LOCK=SECONDS (sleep after taking the lock).
. "$srcdir/tests/lib.sh"

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
dg load -q seeds
dg export -f nquads | sort >before.nq
printf '<http://example.org/a> <http://example.org/p> "x" .\n' >x.nt

# Waits until the writer PID has written itself into the lock file.
wait_for_lock() { # PID
  _i=0
  while [ "$_i" -lt 200 ]; do
    if [ "$(cat docgraph.store/lock 2>/dev/null)" = "$1" ]; then
      return 0
    fi
    sleep 0.05
    _i=$((_i + 1))
  done
  return 1
}

# Not through dg(): $! must be docgraph itself, not a subshell.
# shellcheck disable=SC2086
DOCGRAPH_TEST_HOLD_LOCK=30 $VALGRIND "$DOCGRAPH" load -q seeds >holder.out 2>holder.err &
holder=$!
if wait_for_lock "$holder"; then
  test_ok "the first writer holds the lock (pid $holder)"
else
  test_fail "the first writer holds the lock"
  test_diag -f holder.err
fi

capture w2 dg load seeds
test_status 1 w2 "a second load is refused: exit 1"
test_grep "^docgraph: error: store 'docgraph.store' is being written by another docgraph process (pid $holder)\$" \
  w2.err "the refusal names the store and the holder's pid"
test_grep ! "docgraph: load:" w2.err "the refused load did nothing (no summary)"
capture w3 dg import x.nt
test_status 1 w3 "a second writer of another kind (import) is refused too"
test_grep "being written by another docgraph process (pid $holder)" w3.err "... with the same message"

capture r1 dg stats
test_status 0 r1 "a reader (stats) works while the writer holds the lock"
capture r2 dg export -f nquads
test_status 0 r2 "a reader (export) works while the writer holds the lock"
sort r2.out >during.nq
test_cmp before.nq during.nq "... and sees the committed store"

kill -KILL "$holder" 2>/dev/null || :
wait "$holder" 2>/dev/null || :
capture w4 dg import x.nt
test_status 0 w4 "after the holder is killed with SIGKILL, a new writer gets the lock"

# The same with a holder that ends normally.
# shellcheck disable=SC2086
# (under valgrind the second writer takes seconds to reach the lock)
hold=1
[ -z "$VALGRIND" ] || hold=10
DOCGRAPH_TEST_HOLD_LOCK=$hold $VALGRIND "$DOCGRAPH" load -q seeds &
holder=$!
wait_for_lock "$holder" || :
capture w5 dg load seeds
test_status 1 w5 "refused while held (second round)"
wait "$holder" && hrc=0 || hrc=$?
test_expect "the holder finishes normally" test "$hrc" = 0
capture w6 dg load seeds
test_status 0 w6 "after it ends, the next load runs"

# Another store is another lock.
capture w7 dg load --store other.store seeds
test_status 0 w7 "a different store is not locked by this one"

test_done
