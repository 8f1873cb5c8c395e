#!/bin/sh
# t0325-export-literals.sh - every literal keeps its lexical form and its
# datatype through import, the store and every export format, including
# values that are not canonical or not valid for their datatype (NaN, 1 as
# a boolean, 01, 1.0E0, "abc" as an integer): a property test over a table
# of such literals, import -> export (each format) -> import, comparing
# the quads. A writer that reports an error exits 1; a write error names
# the output file.
. "$srcdir/tests/lib.sh"
require_rapper

X='http://www.w3.org/2001/XMLSchema#'
i=0
: >table.nq
while IFS= read -r lit; do
  i=$((i + 1))
  printf '<http://example.org/s%d> <http://example.org/p> %s <http://example.org/g> .\n' \
    "$i" "$lit" >>table.nq
done <<EOF
"NaN"^^<${X}double>
"INF"^^<${X}double>
"-INF"^^<${X}double>
"1"^^<${X}double>
"1.5"^^<${X}double>
"1.0E0"^^<${X}double>
"1e5"^^<${X}double>
".5e-3"^^<${X}double>
" 1"^^<${X}integer>
"01"^^<${X}integer>
"+1"^^<${X}integer>
"-0"^^<${X}integer>
"99999999999999999999999999"^^<${X}integer>
"abc"^^<${X}integer>
"0x1A"^^<${X}integer>
"124516650"^^<${X}decimal>
"1."^^<${X}decimal>
".5"^^<${X}decimal>
"1.50"^^<${X}decimal>
"1"^^<${X}boolean>
"0"^^<${X}boolean>
"TRUE"^^<${X}boolean>
"true"^^<${X}boolean>
"false"^^<${X}boolean>
"2018-02-30"^^<${X}date>
"x"^^<${X}date>
"2018"^^<${X}gYear>
"dg-exact-literal-3"
"a \"dg-exact-literal-0\" b"
"tab\there"
"new\nline"
"cr\rhere"
"quote \" back \\\\ end"
"\u00E9\u4E2D\U0001F600"
"x"@en
"x"@en-gb
""^^<${X}string>
""
"x"^^<http://example.org/my#type>
"  spaced  "
"<tag> & amp"
"]]>"
"\u0001 control"
EOF
n=$i

# canon reads a store back to compare, 13 times: without $VALGRIND (the
# loop below exports these literals in every format under memcheck,
# N-Quads too)
canon() { # STORE OUT: the store's quads, records apart, sorted
  "$DOCGRAPH" export --store "$1" -f nquads | grep -v -F ' <https://w3id.org/docgraph/records> .' |
    LC_ALL=C sort >"$2"
}

capture imp dg import --store a.store table.nq
test_status 0 imp "import the table of $n literals: exit 0"
canon a.store a.nq
LC_ALL=C sort table.nq >table.sorted
test_cmp table.sorted a.nq "the store holds every literal exactly as given"

for f in turtle ntriples nquads trig rdfxml json; do
  src=a.store
  if [ "$f" = rdfxml ]; then
    # RDF/XML (XML 1.0) cannot hold a C0 control character: such a
    # literal makes the export fail, naming it; the rest round-trips
    capture bad dg export --store a.store -f rdfxml -o bad.rdf
    test_status 1 bad "rdfxml: a literal with U+0001 cannot be written: exit 1"
    test_grep "illegal XML 1.0 character" bad.err "... naming the character"
    test_expect "... and -o FILE is not written" test ! -e bad.rdf
    grep -v -F 'u0001' table.nq >table-xml.nq
    dg import -q --store x.store table-xml.nq
    src=x.store
  fi
  canon "$src" want.$f
  capture ex dg export --store "$src" -f "$f" -o "out.$f"
  test_status 0 ex "$f: export exit 0"
  test_must_be_empty ex.err "$f: export prints nothing"
  syntax=$f
  [ "$f" = json ] && syntax=json
  test_rapper "$syntax" "out.$f" "$f: rapper reads the export"
  rm -rf "b.$f.store"
  if [ "$f" = nquads ] || [ "$f" = trig ]; then
    capture back dg import --store "b.$f.store" "out.$f"
  else
    capture back dg import --store "b.$f.store" -i "$syntax" --graph http://example.org/g "out.$f"
  fi
  test_status 0 back "$f: the export imports again: exit 0"
  canon "b.$f.store" "got.$f"
  test_cmp "want.$f" "got.$f" "$f: import -> export -> import gives the same quads, literal for literal"
done
grep -q '"1"^^xsd:boolean' out.turtle && t=0 || t=1
test_expect "turtle: \"1\"^^xsd:boolean stays \"1\" (not true)" test "$t" = 0
grep -q '"NaN"^^xsd:double' out.turtle && t=0 || t=1
test_expect "turtle: NaN is written \"NaN\"^^xsd:double (a bare NaN is no Turtle)" test "$t" = 0
grep -q '"124516650"^^xsd:decimal' out.turtle && t=0 || t=1
test_expect "turtle: \"124516650\"^^xsd:decimal stays a decimal" test "$t" = 0
grep -q '"1"^^xsd:boolean' out.trig && grep -q '"abc"^^xsd:integer' out.trig && t=0 || t=1
test_expect "trig: \"1\"^^xsd:boolean and \"abc\"^^xsd:integer in their long form" test "$t" = 0

# write errors name the output, never an input
if [ -w /dev/full ]; then
  capture wf dg map -f nquads -o /dev/full "$srcdir/seeds"
  test_status 1 wf "map -o /dev/full: exit 1"
  test_grep "^docgraph: error: write error on '/dev/full': No space left on device" wf.err \
    "... the message names the output file and the reason"
  test_grep ! "seeds/" wf.err "... and blames no input page"
  capture we dg export --store a.store -f turtle -o /dev/full
  test_status 1 we "export -o /dev/full: exit 1"
  test_grep "write error on '/dev/full'" we.err "... naming the output file"
else
  test_skip "write errors name the output" "no writable /dev/full"
fi

test_done
