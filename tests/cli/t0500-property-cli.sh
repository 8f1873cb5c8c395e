#!/bin/sh
# t0500-property-cli: generated and mutated pages through the command
# line: exit status as documented, failures named, output accepted by
# rapper, every IRI valid, deterministic.
. "$srcdir/tests/lib.sh"

gen="$builddir/tests/fuzz/property"
mkdir pages
"$gen" 300 pages
test_expect "the generator wrote 300 pages" test "$(ls pages | wc -l)" -eq 300

# pages holding a NUL byte are the only ones that must fail
binary=$(for f in pages/*; do
  if tr -d '\000' < "$f" | cmp -s - "$f"; then :; else echo "$f"; fi
done)
nbinary=$(printf '%s' "$binary" | grep -c . || true)

capture run1 dg map -q -f ntriples pages
# the second run, compared with the first: the same code paths, so
# without $VALGRIND (memcheck ran the first)
capture run2 "$DOCGRAPH" map -q -f ntriples pages
if [ "$nbinary" -gt 0 ]; then
  test_status 1 run1 "exit 1: $nbinary binary pages among 300"
else
  test_status 0 run1 "exit 0: no binary page among 300"
fi
test_cmp run1.out run2.out "two runs give byte-identical output"
named=$(grep -c "binary data" run1.err || true)
test_expect "every binary page is named on stderr ($nbinary)" test "$named" -eq "$nbinary"
ndocs=$(grep -c '<https://w3id.org/docgraph/ns#sourceFile>' run1.out || true)
test_expect "every other page is mapped ($ndocs of $((300 - nbinary)))" \
  test "$ndocs" -eq $((300 - nbinary))
test_rapper ntriples run1.out "rapper accepts the output"
grep -o '<[^>]*>' run1.out | sort -u > iris
test_expect "no IRI holds a character that IRIs forbid" \
  sh -c "! grep -q '[ \"{}|\\\\^\`]' iris"
test_expect "every IRI is absolute" sh -c "! grep -v -q '^<[A-Za-z][A-Za-z0-9+.-]*:' iris"
test_done
