#!/bin/sh
# t0140-map-golden.sh - golden data: for each tests/map/CASE.txt,
# `docgraph map -f nquads CASE.txt` run in tests/map must print exactly
# tests/map/CASE.nq. After an intended change to the mapper, regenerate
# the .nq files with tests/map/regen.sh and review the diff.
. "$srcdir/tests/lib.sh"

dir=$srcdir/tests/map
n=0
for txt in "$dir"/*.txt; do
  [ -f "$txt" ] || continue
  n=$((n + 1))
  case=$(basename "$txt" .txt)
  cmd="cd tests/map && docgraph map -f nquads $case.txt"
  (cd "$dir" && dg map -f nquads "$case.txt") >"$case.out" 2>"$case.err" && rc=0 || rc=$?
  if [ ! -f "$dir/$case.nq" ]; then
    test_fail "$case: golden output" "no tests/map/$case.nq: run tests/map/regen.sh"
  elif [ "$rc" != 0 ]; then
    test_fail "$case: golden output" "command: $cmd" "exit status $rc, stderr:"
    test_diag -f "$case.err" 20
  elif cmp -s "$dir/$case.nq" "$case.out"; then
    test_ok "$case: golden output"
  else
    test_fail "$case: golden output" "command: $cmd" \
      "differs from tests/map/$case.nq (- expected, + actual):"
    diff -u "$dir/$case.nq" "$case.out" | head -n 80 | sed 's/^/#   /' || :
    test_diag "if the change is intended, run tests/map/regen.sh and review the diff"
  fi
done
test_expect "tests/map has golden cases" test "$n" -gt 0

# No golden output without its input.
for nq in "$dir"/*.nq; do
  [ -f "$nq" ] || continue
  case=$(basename "$nq" .nq)
  test_expect "$case.nq has its $case.txt" test -f "$dir/$case.txt"
done

test_done
