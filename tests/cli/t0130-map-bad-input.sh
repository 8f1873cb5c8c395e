#!/bin/sh
# t0130-map-bad-input.sh - bad input next to a good one: `docgraph map -f
# ntriples good.txt BAD` exits 1 for a real error (missing, binary,
# unreadable) and 0 for repaired input (invalid UTF-8, empty) with a
# warning; either way the failing file is named with the reason on stderr,
# the good file is still mapped and the output is valid N-Triples. Also a
# 20 MB single-line file, and text and file names full of characters that
# are not allowed in IRIs.
. "$srcdir/tests/lib.sh"
require_rapper

DG='https://w3id.org/docgraph/ns#'
seed=$(ls "$srcdir"/seeds/*.txt | head -n 1)

cp "$seed" good.txt
mkdir mixed
cp "$seed" mixed/a.txt
printf 'a\000b' >mixed/b.bin
printf 'Some text\nabout Japan\n' >unreadable.txt
chmod 000 unreadable.txt
: >empty.txt
printf 'Caf\351 au lait\n' >badutf8.txt

# Table: the bad input, the exit status, what stderr must say about it
# (a grep pattern), the file stderr must name.
cat >table <<'TABLE'
nosuch.txt	1	No such file or directory	nosuch.txt
mixed	1	binary	mixed/b.bin
unreadable.txt	1	Permission denied	unreadable.txt
empty.txt	0	empty	empty.txt
badutf8.txt	0	UTF-8	badutf8.txt
TABLE

tab=$(printf '\t')
while IFS=$tab read -r bad code reason name; do
  if [ "$bad" = unreadable.txt ] && is_root; then
    for d in "exit $code" "stderr names $name" "stderr says why" \
        "the good file is still mapped" "the output is valid N-Triples"; do
      test_skip "good + $bad: $d" "running as root (root reads anything)"
    done
    continue
  fi
  capture run dg map -f ntriples good.txt "$bad"
  test_status "$code" run "good + $bad: exit $code"
  test_grep "'$name'" run.err "good + $bad: stderr names '$name'"
  test_grep "$reason" run.err "good + $bad: stderr says why ($reason)"
  test_grep "<${DG}sourceFile> \"good.txt\" \.\$" run.out "good + $bad: the good file is still mapped"
  test_rapper ntriples run.out "good + $bad: the output is valid N-Triples"
done <table

# A directory with a bad file: its good file is mapped.
capture run dg map -f ntriples mixed
test_status 1 run "mixed/: exit 1"
test_grep "<${DG}sourceFile> \"mixed/a.txt\" \.\$" run.out "mixed/: its good file is mapped"
test_grep ! "b.bin\" \.\$" run.out "mixed/: the binary file is not"

# Repaired input is mapped too, and the output is valid UTF-8.
for bad in empty.txt badutf8.txt; do
  capture run dg map -f ntriples good.txt "$bad"
  test_grep "<${DG}sourceFile> \"$bad\" \.\$" run.out "$bad: mapped (a dg:Document)"
  test_grep "warning" run.err "$bad: a warning, not an error"
  test_grep ! "error" run.err "$bad: no error"
done
test_expect "badutf8.txt: the output is valid UTF-8" iconv -f UTF-8 -t UTF-8 run.out
test_expect "badutf8.txt: the text is read as Windows-1252 (byte \\351 as e-acute)" \
  grep -q -e 'Caf\\u00E9 au lait' -e 'Café au lait' run.out
capture q dg map -q -f ntriples good.txt badutf8.txt
test_status 0 q "-q with repaired input: exit 0"
test_must_be_empty q.err "-q: no warning"

# Every input failing: still exit 1, each named.
capture run dg map -f ntriples nosuch1 nosuch2
test_status 1 run "only missing inputs: exit 1"
test_grep "'nosuch1'" run.err "only missing inputs: the first is named"
test_grep "'nosuch2'" run.err "only missing inputs: the second is named"

# A 20 MB document that is one line. Under memcheck 2 MB: the same code
# paths (the line outgrows every buffer either way); the plain run and
# ASan and UBSan map the 20 MB, and test_mapper_scale maps a 20 MB line
big=20000000
[ -z "$VALGRIND" ] || big=2000000
yes 'Japan and the United States ' | tr -d '\n' | head -c "$big" >big.txt
capture big dg map -f ntriples good.txt big.txt
test_status 0 big "a $big-byte single line: exit 0"
test_grep "<${DG}sourceFile> \"big.txt\" \.\$" big.out "a $big-byte single line: mapped"
test_rapper ntriples big.out "a $big-byte single line: valid N-Triples"

# Text and a file name full of characters IRIs may not hold.
cat >hostile.txt <<'TEXT'
Report <Title> "with" {all}|the\bad^chars`here and spaces

Report <Title> "with" {all}|the\bad^chars`here and spaces

By <Jane> "Doe" {x}|y\^`z
By Jane\Doe and John "Q" <Public>, {Senior} Fellow of the <Japan> "Institute"
Published on February 26, 2018
Forum <on> "Russia" {in}|the\US^Japan`Alliance, Tokyo, Japan, March 3, 2019
Author: Jane \ Doe
Dr. <Taro> "Yamada" {Tokyo}|Univ\ersity^`
TEXT
weird=$(printf 'we"ird\\name <x> {y}|^`\n2nd line.txt')
cp hostile.txt "$weird"
mkdir 'dir with <brackets> & "quotes"'
cp "$seed" 'dir with <brackets> & "quotes"/x{1}|2^`.txt'

for f in ntriples nquads turtle trig rdfxml json; do
  capture h dg map -f "$f" hostile.txt "$weird" 'dir with <brackets> & "quotes"'
  test_status 0 h "hostile text and names, -f $f: exit 0"
  test_rapper "$f" h.out "hostile text and names, -f $f: rapper accepts the output"
  cp h.out "hostile.$f"
done

# In N-Triples, take the literals out; what is left must be IRIs (with no
# character IRIs forbid) and literals' datatypes, in the triple shape.
sed -e 's/"\([^"\\]\|\\.\)*"/""/g' hostile.ntriples >stripped
IRI='<[^<>"{}|\\^` ]*>'
grep -v -e "^$IRI $IRI \($IRI\|\"\"\|\"\"^^$IRI\|\"\"@[a-zA-Z0-9-]*\) \.\$" stripped >bad-lines || :
test_must_be_empty bad-lines "hostile: every N-Triples line is <IRI> <IRI> (<IRI>|literal) ."
grep -o '<[^>]*>' stripped | sed 's/^<\(.*\)>$/\1/' | grep '[<>"{}|\\^` ]' >bad-iris || :
test_must_be_empty bad-iris "hostile: no IRI holds any of <>\"{}|\\^\` or space"
test_expect "hostile: the IRIs were looked at" test -s stripped
# the names, escaped as N-Triples wants: \" \\ \n
for lit in '"hostile.txt"' '"dir with <brackets> & \"quotes\"/x{1}|2^`.txt"' \
    '"we\"ird\\name <x> {y}|^`\n2nd line.txt"'; do
  test_grep -F "<${DG}sourceFile> $lit ." hostile.ntriples "hostile: dg:sourceFile $lit"
done

test_done
