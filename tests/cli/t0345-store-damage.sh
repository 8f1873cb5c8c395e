#!/bin/sh
# t0345-store-damage.sh - damage on disk is never silent, from the command
# line: a flipped bit in the journal's header or in a record makes every
# command refuse the store ("store 'X' is damaged at byte N", exit 1), and
# no writer cuts or replaces the journal; fsck says what can be recovered,
# and fsck --salvage keeps every record that checks and names what was
# lost. A store deleted while a load writes it is an error. A store made
# by an older docgraph (format 1, no records) still opens, and its first
# writer rewrites it in the current format, with records.
# (tests/unit/test_storage_damage.c flips every bit of every byte.)
. "$srcdir/tests/lib.sh"

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)

flip() { # FILE OFFSET: flip the low bit of one byte
  "${PYTHON3:-python3}" -c '
import sys
p, o = sys.argv[1], int(sys.argv[2])
b = bytearray(open(p, "rb").read())
b[o] ^= 1
open(p, "wb").write(b)' "$1" "$2"
}
record_offsets() { # JOURNAL: the byte where each record starts
  "${PYTHON3:-python3}" -c '
import struct, sys
d = open(sys.argv[1], "rb").read()
o = 32
while o < len(d):
    print(o)
    o += 16 + struct.unpack("<I", d[o + 4:o + 8])[0]' "$1"
}

# the good store and the references, not what is tested: without
# $VALGRIND (load and export run under memcheck in t0300 and t0320)
ref() { "$DOCGRAPH" "$@"; }
DOCGRAPH_TEST_COMMIT_EVERY=1 ref load -q --store good.store seeds
ref export --store good.store -f nquads >good.nq
capture ok0 dg fsck --store good.store
test_status 0 ok0 "fsck of a whole store: exit 0"
test_grep "is whole" ok0.err "... it says the store is whole"

# --- a flipped bit in the journal's header (its magic, its generation) ----------
for at in 3 18; do
  rm -rf s.store
  cp -R good.store s.store
  flip s.store/journal "$at"
  cp s.store/journal journal.before
  capture st dg stats --store s.store
  test_status 1 st "header byte $at flipped: stats exits 1"
  test_grep "store 's.store' is damaged at byte 0 of its journal" st.err \
    "... saying the store is damaged, and where"
  capture ex dg export --store s.store -f nquads
  test_status 1 ex "... export exits 1"
  test_must_be_empty ex.out "... and writes nothing"
  capture ld dg load --store s.store "seeds/$(ls seeds | sed -n 1p)"
  test_status 1 ld "... a no-op load exits 1"
  test_cmp journal.before s.store/journal "... and leaves the journal exactly as it was"
done

# --- a flipped bit in a record, the last one included ---------------------------
offsets=$(record_offsets good.store/journal)
test_expect "the journal holds one record a page ($n)" test "$(echo "$offsets" | wc -l)" = "$n"
last=$(echo "$offsets" | tail -n 1)
second=$(echo "$offsets" | sed -n 2p)
rm -rf s.store
cp -R good.store s.store
flip s.store/journal $((last + 40))
capture st dg stats --store s.store
test_status 1 st "a bit flipped in the last record: refused (it is whole, not torn)"
test_grep "is damaged at byte $last of its journal" st.err "... naming the record's byte"

rm -rf s.store
cp -R good.store s.store
flip s.store/journal $((second + 5))   # its length
capture st dg stats --store s.store
test_status 1 st "a bit flipped in a record's length: refused"
capture fk dg fsck --store s.store
test_status 1 fk "fsck of the damaged store: exit 1"
test_grep "journal: damaged at byte $second" fk.err "... names the damaged record"
test_grep "what checks: the snapshot and $((n - 1)) journal records" fk.err \
  "... and says what can be recovered"
capture sv dg fsck --store s.store --salvage
test_status 0 sv "fsck --salvage: exit 0"
test_grep "salvaged: store 's.store' now holds" sv.err "... it says what the store now holds"
test_grep "journal.damaged" sv.err "... and where the damaged journal is kept"
test_expect "... which is there" test -f s.store/journal.damaged
capture st2 dg stats --store s.store
test_status 0 st2 "the salvaged store opens"
test_grep "^documents: $((n - 1))\$" st2.out "... with every document whose record checked"
capture re dg load --store s.store seeds
test_grep "^docgraph: load: 1 added, 0 replaced, $((n - 1)) unchanged, 0 failed\$" re.err \
  "a load puts the lost document back"
ref export --store s.store -f nquads >s.nq
test_cmp good.nq s.nq "... and the store is whole again"

# --- a torn tail is no damage ------------------------------------------------------
rm -rf s.store
cp -R good.store s.store
size=$(wc -c <s.store/journal | tr -d ' ')
truncate -s $((size - 7)) s.store/journal
capture st dg stats --store s.store
test_status 0 st "the journal cut inside its last record (a torn tail): it opens"
test_grep "^documents: $((n - 1))\$" st.out "... without the record that was being written"
capture fk dg fsck --store s.store
test_status 0 fk "fsck: a torn tail is no damage (exit 0)"
test_grep "torn tail" fk.err "... it says so"

# --- a missing journal --------------------------------------------------------------
rm -rf s.store
cp -R good.store s.store
rm s.store/journal
capture ld dg load --store s.store seeds
test_status 1 ld "a store whose journal is missing: load refuses it"
test_expect "... and makes no new journal" test ! -e s.store/journal

# --- a store deleted while a load writes it ---------------------------------------
mkdir many
i=0
while [ $i -lt 2 ]; do
  for f in seeds/*; do cp "$f" "many/$i-$(basename "$f")"; printf '\nCopy %s.\n' "$i" >>"many/$i-$(basename "$f")"; done
  i=$((i + 1))
done
ref load -q --store del.store seeds
DOCGRAPH_TEST_HOLD_LOCK=2 "$DOCGRAPH" load -q --store del.store many >del.out 2>del.err &
pid=$!
# the writer has the store open once its pid is in the lock
i=0
while [ $i -lt 300 ] && [ "$(cat del.store/lock 2>/dev/null)" != "$pid" ]; do
  sleep 0.1
  i=$((i + 1))
done
rm -rf del.store
wait "$pid" && del_rc=0 || del_rc=$?
test_expect "a load whose store is deleted under it: exit 1 ($del_rc)" test "$del_rc" = 1
test_grep "was deleted" del.err "... saying the store was deleted"

# --- a store of format 1, made by an older docgraph ----------------------------------
cp -R "$srcdir/tests/data/v1.store" old.store
chmod -R u+w old.store
capture o1 dg stats --store old.store
test_status 0 o1 "a format 1 store opens"
test_grep "^documents: $n\$" o1.out "... with its $n documents"
capture o2 dg load --store old.store seeds
test_status 0 o2 "its first writer: exit 0"
test_grep "made by an older docgraph" o2.err "... it says the store gets its records"
test_grep "^docgraph: load: 0 added, 0 replaced, $n unchanged, 0 failed\$" o2.err \
  "... and finds every page unchanged (files resolved from this directory)"
"${PYTHON3:-python3}" -c 'import sys; d = open(sys.argv[1], "rb").read(8 + 4); sys.exit(0 if d[8] == 2 else 1)' \
  old.store/journal && v2=0 || v2=1
test_expect "... and rewrites it in format 2" test "$v2" = 0
capture o3 dg stats --store old.store
test_grep "^document graphs: $n\$" o3.out "... recording $n document graphs"
test_grep "^imported graphs: 1\$" o3.out "... and the imported one"

test_done
