#!/bin/sh
# t0520-limits.sh - documents over the 64 MiB limit (a sparse 200 MB file,
# a 65 MiB one, 64 MiB + 1 byte on standard input) are refused with a
# message naming the file and the limit, the other inputs are still mapped
# and the exit status is 1; a file of exactly 64 MiB is read (and refused
# for what it holds, NUL bytes, not for its size). Under `ulimit -v` the
# refusals cost no memory: the big files are never read.
. "$srcdir/tests/lib.sh"
require_rapper

DG='https://w3id.org/docgraph/ns#'
seed=$(ls "$srcdir"/seeds/*.txt | head -n 1)
cp "$seed" good.txt

# sparse: no disk space used, and all NUL bytes, so a file that were read
# would be refused as binary, not for its size
truncate -s 200M big200.txt
truncate -s 65M big65.txt
truncate -s 64M exact64.txt
test_expect "the sparse files have the sizes asked for" \
  test "$(wc -c <big200.txt)" -eq 209715200 -a "$(wc -c <exact64.txt)" -eq 67108864

capture big dg map -f ntriples good.txt big200.txt big65.txt exact64.txt
test_status 1 big "good + 200 MB + 65 MiB + 64 MiB: exit 1"
test_grep "'big200.txt': 209715200 bytes is larger than 64 MiB" big.err \
  "the 200 MB file is named, with its size and the limit"
test_grep "'big65.txt': 68157440 bytes is larger than 64 MiB" big.err \
  "the 65 MiB file is named, with its size and the limit"
test_grep "'exact64.txt': binary data" big.err \
  "a file of exactly 64 MiB is read (and refused for its NUL bytes)"
test_grep ! "exact64.txt'.*larger" big.err "a file of exactly 64 MiB is not too large"
test_grep "<${DG}sourceFile> \"good.txt\" \\.\$" big.out "the good file is still mapped"
test_rapper ntriples big.out "the output is valid N-Triples"
test_grep "3 of 4 inputs failed; the others were mapped" big.err "the summary counts three failures"

# standard input has no size to look at: reading stops past the limit
capture pipe sh -c 'head -c 67108865 /dev/zero | tr "\000" a | "$@"' sh "$DOCGRAPH" map -f ntriples - good.txt
test_status 1 pipe "64 MiB + 1 byte on standard input: exit 1"
test_grep "'-': larger than 64 MiB" pipe.err "standard input is named, with the limit"
test_grep "<${DG}sourceFile> \"good.txt\" \\.\$" pipe.out "the good file after it is still mapped"

# load refuses the same way
capture load dg load --store st good.txt big200.txt
test_status 1 load "load good + 200 MB: exit 1"
test_grep "'big200.txt': 209715200 bytes is larger than 64 MiB" load.err "load names the 200 MB file"
test_grep "load: 1 added, 0 replaced, 0 unchanged, 1 failed" load.err "load stores the good file"

# Memory: 128 MiB of address space is far less than the 200 MB file, so
# the map below can only pass if the big files are never read. One malloc
# arena, so that threads do not reserve address space of their own. A
# build with ASan or under valgrind needs more address space than any
# sane limit: the probe finds out.
limit=131072
if [ -n "$VALGRIND" ] ||
    ! (ulimit -v $limit && MALLOC_ARENA_MAX=1 "$DOCGRAPH" map good.txt) >/dev/null 2>&1; then
  for d in "exit 1" "no out-of-memory" "the good file is mapped"; do
    test_skip "ulimit -v $limit: $d" "this build cannot run in $limit KiB at all"
  done
else
  capture mem sh -c 'ulimit -v '$limit' && MALLOC_ARENA_MAX=1 exec "$@"' sh \
    "$DOCGRAPH" map -f ntriples good.txt big200.txt big65.txt
  test_status 1 mem "ulimit -v $limit: good + 200 MB + 65 MiB: exit 1"
  test_grep ! "out of memory" mem.err "ulimit -v $limit: no out-of-memory"
  test_grep "<${DG}sourceFile> \"good.txt\" \\.\$" mem.out "ulimit -v $limit: the good file is mapped"
fi

test_done
