#!/bin/sh
# t0125-output-names.sh - what -o FILE's name says, for map and export: the
# format comes from the extension, a name that names none is a usage error
# (exit 2, nothing written) unless -f says, and a name ending in .gz is
# written gzip-compressed in the format named before it.
. "$srcdir/tests/lib.sh"

seeds=$srcdir/seeds
# the store and the references, not what is tested: without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }
ref load -q --store st "$seeds"
ref map -f ntriples "$seeds" >ref-nt.out
ref map -f nquads "$seeds" >ref-nq.out
ref map "$seeds" >ref-ttl.out
ref export --store st -f nquads >exp-nq.out

# Names that tell no format: exit 2, the name, the extensions and the
# formats in the message, a hint, nothing written anywhere.
mkdir dir.nq
names="out.txt out.gz out.tar.gz dir.nq/out"
[ -n "$VALGRIND" ] && names="out.gz dir.nq/out" # memcheck: the paths, not the cases
for name in $names; do
  for cmd in map export; do
    if [ $cmd = map ]; then
      capture bad dg map -o "$name" "$seeds"
    else
      capture bad dg export --store st -o "$name"
    fi
    if [ "$rc" = 2 ] && grep -F "'$name'" bad.err | grep -F '.ttl' | grep -F ntriples >/dev/null &&
       grep -F "Try 'docgraph help $cmd'" bad.err >/dev/null && [ ! -s bad.out ] &&
       [ ! -e "$name" ]; then
      test_ok "$cmd -o $name: exit 2, the choices named, nothing written"
    else
      test_fail "$cmd -o $name: exit 2, the choices named, nothing written" "exit status $rc"
      test_diag -f bad.err
    fi
  done
done

# -f says what the name does not.
capture o dg map -f ntriples -o out.txt "$seeds"
test_cmp ref-nt.out out.txt "map -f ntriples -o out.txt: N-Triples"
capture o dg export --store st -f nquads -o out.data
test_cmp exp-nq.out out.data "export -f nquads -o out.data: N-Quads"

# A device keeps standard output's default.
capture o dg map -o /dev/stdout "$seeds"
test_status 0 o "map -o /dev/stdout: exit 0"
test_cmp ref-ttl.out o.out "map -o /dev/stdout: Turtle, as on standard output"

# .gz: the format named before it, compressed.
gunzip_to() { gzip -dc "$1" >"$2" 2>"$2.err" || echo "gzip -dc $1 failed" >>"$2.err"; }
capture o dg map -o g.nt.gz "$seeds"
test_status 0 o "map -o x.nt.gz: exit 0"
test_expect "map -o x.nt.gz: gzip -t accepts it" gzip -t g.nt.gz
gunzip_to g.nt.gz g.nt
test_cmp ref-nt.out g.nt "map -o x.nt.gz: N-Triples inside"
cp g.nt.gz first.gz
ref map -o g.nt.gz "$seeds"
test_cmp first.gz g.nt.gz "map -o x.nt.gz: the same bytes every time"
# (how names are read; memcheck has seen these paths above)
[ -n "$VALGRIND" ] || {
  capture o dg map -o G.TTL.GZ "$seeds"
  gunzip_to G.TTL.GZ g.ttl
  test_cmp ref-ttl.out g.ttl "map -o X.TTL.GZ: Turtle inside (the case does not matter)"
  capture o dg map -f nquads -o plain.gz "$seeds"
  gunzip_to plain.gz plain.nq
  test_cmp ref-nq.out plain.nq "map -f nquads -o x.gz: N-Quads inside"
}
capture o dg export --store st -o e.nq.gz
test_status 0 o "export -o x.nq.gz: exit 0"
gunzip_to e.nq.gz e.nq
test_cmp exp-nq.out e.nq "export -o x.nq.gz: the export inside"
find . -name "*.tmp-*" >tmps
test_must_be_empty tmps "no temporary file left behind"

# A compressed write that fails half way: the old file stays whole.
echo "old content" >keep.nt.gz
cp keep.nt.gz old.gz
capture o sh -c 'trap "" XFSZ; ulimit -f 2; exec "$@"' sh \
  $VALGRIND "$DOCGRAPH" map -o keep.nt.gz "$seeds"
test_status 1 o "-o x.nt.gz with a failing write: exit 1"
test_grep "keep.nt.gz" o.err "-o x.nt.gz with a failing write: the message names the file"
test_cmp old.gz keep.nt.gz "-o x.nt.gz with a failing write: the old file is untouched"

test_done
