#!/bin/sh
# t0540-edges.sh - the edges every command must meet cleanly: standard
# output on a full disk (/dev/full) gives exit 1 and "write error" for every
# command that writes; a store from a newer docgraph, one whose snapshot is
# damaged, one that is not a store and a path that is a plain file give
# exit 1 and a message naming the store, for every command that opens
# one (never a crash: no exit status from a signal). A locked store is
# t0350's.
. "$srcdir/tests/lib.sh"

seed=$(ls "$srcdir"/seeds/*.txt | head -n 1)
cp "$seed" good.txt
printf 'SELECT ?s WHERE { ?s ?p ?o } LIMIT 3\n' >q.rq
dg map -f nquads good.txt >data.nq

if [ -w /dev/full ]; then
  dg load -q --store st good.txt
  i=0
  while IFS= read -r cmd; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    capture full$i sh -c 'exec "$@" >/dev/full' sh "$DOCGRAPH" $cmd
    test_status 1 full$i "$cmd >/dev/full: exit 1"
    test_grep "write error" full$i.err "$cmd >/dev/full: says 'write error'"
  done <<'EOF'
map good.txt
map -f ntriples good.txt
map -f json good.txt
map --explain good.txt
export --store st -f nquads
export --store st -f turtle
stats --store st
query --store st -r csv q.rq
query --data data.nq -r json q.rq
query --data data.nq -r table q.rq
queries
help
help map
--version
EOF
  capture fullo dg map -o /dev/full good.txt
  test_status 1 fullo "map -o /dev/full: exit 1"
  test_grep "write error" fullo.err "map -o /dev/full: says 'write error'"
else
  test_skip "write errors on /dev/full" "no writable /dev/full"
fi

# damaged stores, made from a good one
dg load -q --store good.store good.txt
cp -R good.store newer.store
# format 127, its header's checksum made again, as a newer docgraph would
"${PYTHON3:-python3}" -c '
import sys, zlib
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[8:12] = (127).to_bytes(4, "little")
b[28:32] = zlib.crc32(bytes(b[0:28])).to_bytes(4, "little")
open(p, "wb").write(b)' newer.store/snapshot
cp -R good.store crc.store
size=$(wc -c <crc.store/snapshot)
# one byte in the middle changed: only the checksum can tell
dd if=crc.store/snapshot bs=1 skip=$((size / 2)) count=1 2>/dev/null | tr '\000-\377' '\125-\377\000-\124' |
  dd of=crc.store/snapshot bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
cp -R good.store empty.store
: >empty.store/snapshot
cp -R good.store junk.store
printf 'this is not a snapshot, only some text of the right kind of length\n' >junk.store/snapshot
printf 'a file\n' >file.store
# a journal with a damaged first record and a good one after it: the good
# one was committed, so this is damage, not the torn tail of a crash
seed2=$(ls "$srcdir"/seeds/*.txt | sed -n 2p)
cp "$seed2" second.txt
cp -R good.store jrnl.store
dg load -q --store jrnl.store second.txt
printf 'Z' | dd of=jrnl.store/journal bs=1 seek=60 conv=notrunc 2>/dev/null
# the same store with its last record cut short is a crash's torn tail:
# it opens with the first page only
cp -R jrnl.store torn.store
cp good.store/journal torn.store/journal
dd if=jrnl.store/journal bs=1 skip="$(wc -c <good.store/journal)" count=20 2>/dev/null >>torn.store/journal

test_expect "the damaged snapshot differs from the good one" \
  sh -c '! cmp -s good.store/snapshot crc.store/snapshot'
cat >stores <<'EOF'
newer.store	written by a newer docgraph
crc.store	damaged
jrnl.store	damaged
empty.store	damaged
junk.store	damaged
file.store	not a docgraph store
EOF
tab=$(printf '\t')
while IFS=$tab read -r store why; do
  while IFS= read -r cmd; do
    # shellcheck disable=SC2086
    capture s dg $cmd --store "$store"
    test_status 1 s "$store: $cmd: exit 1"
    test_grep "'$store'.*$why\\|$why.*'$store'" s.err "$store: $cmd: says '$why' and names it"
  done <<'EOF'
stats
export -f nquads
query -r csv q.rq
load -q good.txt
import data.nq
EOF
done <stores
capture g dg stats --store good.store
test_status 0 g "the good store still opens"
capture t dg stats --store torn.store
test_status 0 t "a journal whose last record is torn opens"
test_expect "... with the committed records only" \
  sh -c 'grep "^triples:" g.out >a && grep "^triples:" t.out >b && cmp -s a b'

test_done
