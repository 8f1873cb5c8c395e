#!/bin/sh
# t0120-map-output.sh - map -o FILE: the file is written whole (a temporary
# file renamed), its format told by the extension; a run that cannot
# write leaves the old file as it was and no temporary file behind; write
# errors on standard output are caught.
. "$srcdir/tests/lib.sh"

seeds=$srcdir/seeds
umask 022

# the references, not what is tested: without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }
capture ref ref map -f nquads "$seeds"
capture ref-nt ref map -f ntriples "$seeds"
capture ref-ttl ref map "$seeds"

# -o FILE: the file, nothing on stdout.
mkdir out
capture o dg map -f nquads -o out/graph.nq "$seeds"
test_status 0 o "-o FILE: exit 0"
test_must_be_empty o.out "-o FILE: nothing on stdout"
test_cmp ref.out out/graph.nq "-o FILE: the file holds what stdout would have"
ls -A out >listing
echo graph.nq >expect
test_cmp expect listing "-o FILE: no temporary file left behind"
ls -l out/graph.nq | cut -c1-10 >mode
echo '-rw-r--r--' >expect
test_cmp expect mode "-o FILE: the file gets the umask's mode (not mkstemp's 0600)"

# An existing file is replaced.
echo "old content" >out/graph.nq
capture o dg map -f nquads -o out/graph.nq "$seeds"
test_status 0 o "-o EXISTING: exit 0"
test_cmp ref.out out/graph.nq "-o EXISTING: replaced by the new output"

# -o -: standard output.
capture o dg map -f nquads -o - "$seeds"
test_status 0 o "-o -: exit 0"
test_cmp ref.out o.out "-o -: writes to standard output"

# The format is guessed from the extension, and -f wins over it.
capture o dg map -o out/g.nt "$seeds"
test_cmp ref-nt.out out/g.nt "-o x.nt: N-Triples"
test_grep ! '^@prefix' out/g.nt "-o x.nt: no Turtle prefixes"
capture o dg map -o out/g.nq "$seeds"
test_cmp ref.out out/g.nq "-o x.nq: N-Quads"
grep -v '^<[^>]*> <[^>]*> .* <[^>]*> \.$' out/g.nq >bad || :
test_must_be_empty bad "-o x.nq: four terms on every line"
capture o dg map -o out/g.ttl "$seeds"
test_cmp ref-ttl.out out/g.ttl "-o x.ttl: Turtle"
test_grep '^@prefix dg: ' out/g.ttl "-o x.ttl: @prefix lines"
capture o dg map -o out/g.rdf "$seeds"
test_grep '<rdf:RDF' out/g.rdf "-o x.rdf: RDF/XML"
capture o dg map -o out/g.unknown "$seeds"
test_status 2 o "-o with an unknown extension: exit 2 (never a silent Turtle)"
test_expect "-o with an unknown extension: no file" test ! -e out/g.unknown
capture o dg map -f ntriples -o out/g2.ttl "$seeds"
test_cmp ref-nt.out out/g2.ttl "-f ntriples -o x.ttl: -f wins"

# A directory that does not exist: exit 1, the path named, no file made.
capture o dg map -o nodir/graph.nq "$seeds"
test_status 1 o "-o in a missing directory: exit 1"
test_grep "nodir/graph.nq" o.err "-o in a missing directory: the message names the path"
test_must_be_empty o.out "-o in a missing directory: nothing on stdout"
test_expect "-o in a missing directory: no directory or file created" test ! -e nodir

# -o naming a directory: exit 1, the directory as it was, no file left.
mkdir -p target/dir
echo keep >target/dir/keep
capture o dg map -o target/dir "$seeds"
test_status 1 o "-o DIRECTORY: exit 1"
test_grep "target/dir" o.err "-o DIRECTORY: the message names the path"
(cd target && find . | sort) >listing
printf '%s\n' . ./dir ./dir/keep >expect
test_cmp expect listing "-o DIRECTORY: nothing changed, no temporary file left"

# A directory that is not writable (root may write anywhere: skip then).
mkdir ro
echo "old content" >ro/graph.nq
cp ro/graph.nq old.nq
chmod 555 ro
if is_root; then
  for d in "exit 1" "the message names the path" "the old file is untouched" \
      "no temporary file left"; do
    test_skip "-o in a read-only directory: $d" "running as root"
  done
else
  capture o dg map -o ro/graph.nq "$seeds"
  test_status 1 o "-o in a read-only directory: exit 1"
  test_grep "ro/graph.nq" o.err "-o in a read-only directory: the message names the path"
  test_cmp old.nq ro/graph.nq "-o in a read-only directory: the old file is untouched"
  ls -A ro >listing
  echo graph.nq >expect
  test_cmp expect listing "-o in a read-only directory: no temporary file left"
fi
chmod 755 ro

# A write that fails half way (the file size limit; works as root too):
# the old file stays whole and the temporary file is removed.
mkdir full
echo "old content" >full/graph.nq
cp full/graph.nq old.nq
capture o sh -c 'trap "" XFSZ; ulimit -f 2; exec "$@"' sh \
  $VALGRIND "$DOCGRAPH" map -f nquads -o full/graph.nq "$seeds"
test_status 1 o "-o with a failing write: exit 1"
test_grep "write error" o.err "-o with a failing write: an error message"
test_cmp old.nq full/graph.nq "-o with a failing write: the old file is untouched"
ls -A full >listing
echo graph.nq >expect
test_cmp expect listing "-o with a failing write: no temporary file left"

# The output is checked on standard output too (git's rule).
if [ -w /dev/full ] && [ -c /dev/full ]; then
  dg map -f ntriples "$seeds" >/dev/full 2>full.err && rc=0 || rc=$?
  test_expect "map >/dev/full: exit 1" test "$rc" = 1
  test_grep "write error" full.err "map >/dev/full: 'write error' on stderr"
  dg map -f ntriples "$(ls "$seeds"/*.txt | head -n 1)" >/dev/full 2>full.err && rc=0 || rc=$?
  test_expect "map (small output) >/dev/full: exit 1" test "$rc" = 1
  test_grep "write error" full.err "map (small output) >/dev/full: 'write error' on stderr"
  dg --help >/dev/full 2>full.err && rc=0 || rc=$?
  test_expect "--help >/dev/full: exit 1" test "$rc" = 1
  test_grep "write error" full.err "--help >/dev/full: 'write error' on stderr"
else
  test_skip "map >/dev/full: exit 1" "no /dev/full"
fi

test_done
