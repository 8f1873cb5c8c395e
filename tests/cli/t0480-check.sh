#!/bin/sh
# t0480-check.sh - docgraph check validates RDF files and the store against
# ontology/shapes.ttl: each seed mapped alone conforms; the seeds together
# give the one violation hand-checked in tests/shapes/seeds.expected (an
# organization named two ways in two documents gets two dg:name); a file
# with one planted violation of each kind gives exactly the lines of
# tests/shapes/planted.expected; --shapes takes other shapes, and a shapes
# file that cannot be read, or uses what the engine does not support, is
# refused (exit 2) naming the file. Jena agrees: t0485-check-jena.sh.
. "$srcdir/tests/lib.sh"

shapes=$srcdir/tests/shapes
# Under memcheck, runs that take the paths of an earlier one are skipped
# (memcheck needs the code paths; each run costs seconds there).
again() { [ -z "$VALGRIND" ]; }

# Each seed alone (memcheck: one of them; the code paths are the same).
memcheck_reset
for f in "$srcdir"/seeds/*.txt; do
  ! memcheck_enough 1 || break
  b=$(basename "$f" .txt)
  dg map -f nquads "$f" >"$b.nq"
  capture "$b" dg check "$b.nq"
  test_status 0 "$b" "check: the seed $b mapped alone conforms (exit 0)"
  test_must_be_empty "$b.out" "... and no violation is printed"
done

# All seeds: the same output from the files and from standard input.
dg map -f nquads "$srcdir/seeds" >seeds.nq
capture all dg check seeds.nq
test_status 1 all "check: the seeds together violate the shapes (exit 1)"
test_cmp "$shapes/seeds.expected" all.out "... with exactly the hand-checked violation"
test_grep "1 violation of the shapes in '(built in)'" all.err "... counted on standard error"
if again; then
  capture stdin dg check - <seeds.nq
  test_cmp all.out stdin.out "check -: the same from standard input"
fi

# The store: the same verdict as the files it was loaded from.
dg load -q "$srcdir/seeds"
capture store dg check
test_status 1 store "check on the default store: exit 1"
test_cmp "$shapes/seeds.expected" store.out "... the same violation as the files"
if again; then
  capture store2 dg check --store docgraph.store
  test_cmp store.out store2.out "check --store SPEC: the same"
fi

# One planted violation of each kind.
capture planted dg check "$shapes/planted.ttl"
test_status 1 planted "check: planted violations give exit 1"
test_cmp "$shapes/planted.expected" planted.out "... and exactly the expected lines, sorted"
for c in MinCount MaxCount Datatype Or Class Pattern; do
  test_grep "	sh:${c}ConstraintComponent	" planted.out "... among them sh:${c}ConstraintComponent"
done
if again; then
  capture quiet dg check -q "$shapes/planted.ttl"
  test_status 1 quiet "check -q: exit 1"
  test_must_be_empty quiet.out "... printing nothing"
fi

# Other shapes, with what docgraph's own do not use.
capture custom dg check --shapes "$shapes/custom-shapes.ttl" "$shapes/custom-data.ttl"
test_status 1 custom "check --shapes: other shapes (exit 1)"
test_cmp "$shapes/custom.expected" custom.out "... exactly the expected lines"
if again; then
  capture own dg check --shapes "$srcdir/ontology/shapes.ttl" "$shapes/planted.ttl"
  test_cmp "$shapes/planted.expected" own.out "--shapes ontology/shapes.ttl: the same as the built-in copy"
fi

# Shapes that are refused: exit 2, naming the file and the problem.
cat >unsupported.ttl <<'TTL'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:property [ sh:path ex:start ; sh:lessThan ex:end ] .
TTL
cat >regex.ttl <<'TTL'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:pattern "a(" .
TTL
cat >sequence.ttl <<'TTL'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:property [ sh:path ( ex:a ex:b ) ; sh:minCount 1 ] .
TTL
printf '@prefix sh: <http://www.w3.org/ns/shacl#> .\nex:S a sh:NodeShape .\n' >syntax.ttl
printf '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n' >empty.ttl
# (memcheck: the first two; the rest take the same paths out)
memcheck_reset
for bad in unsupported:sh:lessThan regex:'not a valid regular expression' \
    syntax:'cannot read the shapes' sequence:'sequence, alternative' empty:'no shapes' \
    missing:'No such file'; do
  ! memcheck_enough 2 || break
  name=${bad%%:*}
  why=${bad#*:}
  capture "bad-$name" dg check --shapes "$name.ttl" "$shapes/planted.ttl"
  test_status 2 "bad-$name" "check --shapes $name.ttl: exit 2"
  test_grep -F "'$name.ttl'" "bad-$name.err" "... naming the file"
  test_grep -F "$why" "bad-$name.err" "... and the problem ($why)"
  test_must_be_empty "bad-$name.out" "... validating nothing"
done

# Usage (memcheck: one; t0002 runs the option parser under it).
test_expect_code 2 "check --store and files: exit 2" dg check --store x.store seeds.nq
if again; then
  test_expect_code 2 "check - -: exit 2" dg check - -
  test_expect_code 2 "check --bogus: exit 2" dg check --bogus
  test_expect_code 2 "check --shapes without a value: exit 2" dg check --shapes
fi
capture nodata dg check no-such-file.nq
test_status 1 nodata "check on a missing data file: exit 1"
test_grep -F "no-such-file.nq" nodata.err "... naming it"

test_done
