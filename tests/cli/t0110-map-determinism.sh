#!/bin/sh
# t0110-map-determinism.sh - the same input gives byte-identical output in
# every format; a directory maps like its files in sorted order; a file
# given twice gives no duplicate triples.
. "$srcdir/tests/lib.sh"

seeds=$srcdir/seeds
# the second of two runs on the same input, compared with the first: the
# same code paths, so without $VALGRIND (memcheck ran the first)
again() { "$DOCGRAPH" "$@"; }

for f in turtle ntriples nquads trig rdfxml json jsonld dot; do
  capture "a-$f" dg map -f "$f" "$seeds"
  capture "b-$f" again map -f "$f" "$seeds"
  test_expect "map -f $f twice: both exit 0" \
    test "$(cat "a-$f.rc") $(cat "b-$f.rc")" = "0 0"
  test_expect "map -f $f: output not empty" test -s "a-$f.out"
  test_cmp "a-$f.out" "b-$f.out" "map -f $f twice: byte-identical output"
done

# A directory is read in sorted order: the same as its files listed in
# sorted order (C locale) on the command line. Use a copy whose names
# sort differently from the order they were created in, with a
# subdirectory, to see the walk really sorts.
mkdir -p dir/sub
i=0
for s in $(ls "$seeds"/*.txt | sort -r); do
  i=$((i + 1))
  cp "$s" "dir/$i-$(basename "$s")"
done
cp "$seeds/$(ls "$seeds" | head -n 1)" dir/sub/Z.txt
cp "$seeds/$(ls "$seeds" | tail -n 1)" dir/B.txt
files=$(find dir -type f | sort)
for f in ntriples nquads turtle; do
  capture dir dg map -f "$f" dir
  # shellcheck disable=SC2086
  capture list again map -f "$f" $files
  test_status 0 dir "map -f $f DIR: exit 0"
  test_cmp list.out dir.out "map -f $f DIR = map -f $f with its files in sorted order"
done
capture top dg map -f nquads "$seeds"
# shellcheck disable=SC2046
capture each again map -f nquads $(ls "$seeds"/*.txt | sort)
test_cmp each.out top.out "map seeds/ = map seeds/*.txt (sorted)"

# The same file twice: no duplicate triples (nor quads).
one=$(ls "$seeds"/*.txt | head -n 1)
for f in ntriples nquads; do
  capture twice dg map -f "$f" "$one" "$one"
  test_status 0 twice "map -f $f FILE FILE: exit 0"
  sort twice.out | uniq -d >dups
  test_must_be_empty dups "map -f $f FILE FILE: no duplicate lines"
  capture once again map -f "$f" "$one"
  sort -u once.out >once.sorted
  sort -u twice.out >twice.sorted
  test_cmp once.sorted twice.sorted "map -f $f FILE FILE: the same statements as FILE once"
done
capture twice dg map -f ntriples "$seeds" "$seeds"
sort twice.out | uniq -d >dups
test_must_be_empty dups "map -f ntriples DIR DIR: no duplicate lines"

test_done
