#!/bin/sh
# t0150-map-validate.sh - a second opinion: Apache Jena's riot --validate
# (strict parsing plus checks of every IRI and literal) on docgraph's
# output in every RDF format, for the seeds and for text and file names
# full of characters IRIs may not hold; and on the ontology.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/jena.sh"
require_java
jena_available || _require "Apache Jena (jena-*.jar in $DOCGRAPH_JENA_JARS)" libapache-jena-java

seed=$(ls "$srcdir"/seeds/*.txt | head -n 1)
cat >hostile.txt <<'TEXT'
Report <Title> "with" {all}|the\bad^chars`here and spaces

Report <Title> "with" {all}|the\bad^chars`here and spaces

By <Jane> "Doe" {x}|y\^`z
By Jane\Doe and John "Q" <Public>, {Senior} Fellow of the <Japan> "Institute"
Published on February 26, 2018
Forum <on> "Russia" {in}|the\US^Japan`Alliance, Tokyo, Japan, March 3, 2019
Dr. <Taro> "Yamada" {Tokyo}|Univ\ersity^` and Caf\u00e9 %zz %41 #frag ?q=1
TEXT
mkdir in
cp hostile.txt "in/$(printf 'we"ird\\name <x> {y}|^`%%zz\n2nd line.txt')"
cp "$seed" 'in/dir with <brackets> & "quotes".txt'

# riot picks the syntax from the extension (JSON-LD: its 1.0 reader, see
# tests/jena.sh).
files=
for f in turtle:ttl ntriples:nt nquads:nq trig:trig rdfxml:rdf json:rj jsonld:jsonld10; do
  fmt=${f%%:*}
  ext=${f##*:}
  capture "seeds-$fmt" dg map -f "$fmt" "$srcdir/seeds"
  mv "seeds-$fmt.out" "seeds.$ext"
  capture "hostile-$fmt" dg map -f "$fmt" hostile.txt in
  mv "hostile-$fmt.out" "hostile.$ext"
  test_expect "map -f $fmt: exit 0 for the seeds and the hostile input" \
    test "$(cat "seeds-$fmt.rc") $(cat "hostile-$fmt.rc")" = "0 0"
  files="$files seeds.$ext hostile.$ext"
done

# One riot for all the files (Jena takes a second to start). riot says
# "File: NAME" before each file's messages, so each message can be put to
# its file; any WARN or ERROR fails that file.
# shellcheck disable=SC2086
riot --validate $files >riot.out 2>riot.err && rc=0 || rc=$?
for f in $files; do
  awk -v f="$f" '
    /^INFO .* File: / { cur = $NF; next }
    cur == f && /^(WARN|ERROR) / { print }
  ' riot.err >"$f.riot"
  if [ ! -s "$f.riot" ] && grep -q "File: $f\$" riot.err; then
    test_ok "riot --validate $f"
  else
    test_fail "riot --validate $f" "riot exit status $rc"
    if [ -s "$f.riot" ]; then test_diag -f "$f.riot" 20; else test_diag -f riot.err 20; fi
  fi
done
if [ "$rc" = 0 ]; then
  test_ok "riot --validate: exit 0 for docgraph's output"
else
  test_fail "riot --validate: exit 0 for docgraph's output" "exit status $rc, stderr:"
  test_diag -f riot.err 20
fi

# The ontology (ontology/docgraph.ttl).
onto=$srcdir/ontology/docgraph.ttl
if [ -f "$onto" ]; then
  riot --validate "$onto" >onto.out 2>onto.err && rc=0 || rc=$?
  grep -e '^WARN ' -e '^ERROR ' onto.err >onto.bad || :
  if [ "$rc" = 0 ] && [ ! -s onto.bad ]; then
    test_ok "riot --validate ontology/docgraph.ttl"
  else
    test_fail "riot --validate ontology/docgraph.ttl" "riot exit status $rc"
    test_diag -f onto.err 30
  fi
else
  test_fail "riot --validate ontology/docgraph.ttl" \
    "ontology/docgraph.ttl does not exist (in $srcdir): the ontology is missing"
fi

# riot does catch errors (so the checks above mean something): a broken
# IRI and a bad xsd:date.
printf '%s\n' '<http://example.org/a b> <http://example.org/p> "2021-13-45"^^<http://www.w3.org/2001/XMLSchema#date> .' >broken.nt
riot --validate broken.nt >broken.out 2>broken.err && rc=0 || rc=$?
test_expect "control: riot --validate fails on a broken file" test "$rc" != 0
test_grep '^ERROR .*Bad character in IRI' broken.err "control: riot says why"

test_done
