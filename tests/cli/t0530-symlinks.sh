#!/bin/sh
# t0530-symlinks.sh - symbolic-link loops in a directory walk: a link back
# to a directory being read (`ln -s . loop`, `ln -s .. up`), two
# directories linking to each other, and a link to itself are each named
# on stderr as an error and skipped; every other file is still mapped
# exactly once, the walk ends, and the exit status is 1 (SPEC §4: some
# input failed). A link to a directory that is not being read is no loop
# and is followed.
. "$srcdir/tests/lib.sh"
require_rapper

DG='https://w3id.org/docgraph/ns#'
seed=$(ls "$srcdir"/seeds/*.txt | head -n 1)

# sourceFile literals of an N-Triples file, one per line, sorted
sources() { # NT-FILE
  sed -n "s|^.* <${DG}sourceFile> \"\\(.*\\)\" \\.\$|\\1|p" "$1" | LC_ALL=C sort
}

# d/loop -> .  and  d/sub/up -> ..
mkdir -p d/sub
cp "$seed" d/p1.txt
cp "$seed" d/sub/p2.txt
ln -s . d/loop
ln -s .. d/sub/up

capture self dg map -f ntriples d
test_status 1 self "d/ with 'loop -> .' and 'sub/up -> ..': exit 1"
test_grep "'d/loop': symbolic link loop" self.err "'d/loop' is named as a symbolic link loop"
test_grep "'d/sub/up': symbolic link loop" self.err "'d/sub/up' is named as a symbolic link loop"
printf 'd/p1.txt\nd/sub/p2.txt\n' >want
sources self.out >got
test_cmp want got "the two real files are mapped, each once"
test_rapper ntriples self.out "the output is valid N-Triples"
test_grep "2 of 4 inputs failed; the others were mapped" self.err \
  "the summary counts the two loops as failed inputs"

# a <-> b: a/tob -> ../b and b/toa -> ../a
mkdir a b
cp "$seed" a/x.txt
cp "$seed" b/y.txt
ln -s ../b a/tob
ln -s ../a b/toa

capture ab dg map -f ntriples a
test_status 1 ab "a/ and b/ linking to each other, map a: exit 1"
test_grep "'a/tob/toa': symbolic link loop" ab.err "the link back to a/ is named"
test_grep ! "'a/tob':" ab.err "the link from a/ to b/ is no loop"
printf 'a/tob/y.txt\na/x.txt\n' >want
sources ab.out >got
test_cmp want got "map a: a's file and b's file (through the link) are mapped"
test_rapper ntriples ab.out "map a: the output is valid N-Triples"

capture ab2 dg map -f ntriples a b
test_status 1 ab2 "map a b: exit 1"
test_grep "'a/tob/toa'" ab2.err "map a b: the loop below a/ is named"
test_grep "'b/toa/tob'" ab2.err "map a b: the loop below b/ is named"
printf 'a/tob/y.txt\na/x.txt\nb/toa/x.txt\nb/y.txt\n' >want
sources ab2.out >got
test_cmp want got "map a b: every file is mapped once per path that reaches it"

# a link to itself: stat fails with ELOOP
mkdir s
cp "$seed" s/ok.txt
ln -s me s/me
capture me dg map -f ntriples s
test_status 1 me "a link to itself: exit 1"
test_grep "'s/me': Too many levels of symbolic links" me.err "the self-link is named with the reason"
test_grep "<${DG}sourceFile> \"s/ok.txt\" \\.\$" me.out "the file next to it is mapped"

# a link to a directory outside the walk is followed, not taken for a loop
mkdir -p t/real other
cp "$seed" other/o.txt
ln -s ../other t/alias
capture alias dg map -f ntriples t
test_status 0 alias "a link to a directory outside the walk: exit 0"
test_must_be_empty alias.err "a link to a directory outside the walk: no message"
test_grep "<${DG}sourceFile> \"t/alias/o.txt\" \\.\$" alias.out "the linked directory is read"

# load walks the same way: the loop is named, the real files are stored
capture load dg load --store st d
test_status 1 load "load d/: exit 1"
test_grep "'d/loop': symbolic link loop" load.err "load names 'd/loop'"
test_grep "load: 2 added, 0 replaced, 0 unchanged, 2 failed" load.err \
  "load stores the two real files and counts the two loops as failed"

test_done
