#!/bin/sh
# t0360-full-disk.sh - when the store cannot be written (a file size limit,
# a full file system, a read-only file system, no permission), load and
# import fail with the reason and exit 1, and the store is exactly as it
# was: it still opens and exports the same statements.
#
# Each way of failing is made for real where this machine allows it:
#   ulimit -f with SIGXFSZ ignored: writes fail with EFBIG (everywhere)
#   a 256 KiB tmpfs filled up: ENOSPC (as root, where mount works)
#   a read-only bind mount: EROFS (as root, where mount works)
#   a store owned by root, written as nobody: EACCES (as root, with setpriv)
#   a store without write permission: EACCES (not root)
. "$srcdir/tests/lib.sh"

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
mkdir more
for f in seeds/*; do
  { cat "$f"; printf '\nA later paragraph.\n'; } >"more/$(basename "$f")"
done
n=$(ls more | wc -l)
printf '<http://example.org/a> <http://example.org/p> "x" .\n' >x.nt

snapshot() { # OUT [STORE]
  "$DOCGRAPH" export --store "${2:-docgraph.store}" -f nquads >"$1.raw" && sort "$1.raw" >"$1"
}

# Mounts made below are undone however the script ends.
mounts=
trap '_rc=$?; for _m in $mounts; do umount -l "$_m" 2>/dev/null || :; done; (exit $_rc); _tap_cleanup' EXIT

dg load -q seeds
snapshot before.nq
jsize=$(wc -c <docgraph.store/journal)

# ---------------------------------------------------------------- EFBIG
# not under $VALGRIND: its own log would hit the limit too
capture big sh -c 'trap "" XFSZ; ulimit -f 1; exec "$@"' sh "$DOCGRAPH" load more
test_status 1 big "file size limit: load exits 1"
test_grep "^docgraph: error: cannot write store 'docgraph.store': File too large\$" big.err \
  "file size limit: the error names the store and the reason"
test_grep "^docgraph: load: 0 added, 0 replaced, 0 unchanged, $n failed\$" big.err \
  "file size limit: the summary counts the documents that were not stored as failed"
snapshot after.nq
test_cmp before.nq after.nq "file size limit: the store is exactly as it was"
test_expect "file size limit: the journal is back to its old length" \
  test "$(wc -c <docgraph.store/journal)" = "$jsize"
capture big2 sh -c 'trap "" XFSZ; ulimit -f 1; exec "$@"' sh "$DOCGRAPH" import x.nt
test_status 1 big2 "file size limit: import exits 1"
test_grep "File too large" big2.err "file size limit: import gives the reason"
snapshot after2.nq
test_cmp before.nq after2.nq "file size limit: import left the store as it was"
capture ok1 dg load more
test_status 0 ok1 "without the limit, the same load works"

# ---------------------------------------------------------------- ENOSPC
mkdir tiny
if is_root && mount -t tmpfs -o size=256k docgraph-test "$TEST_DIR/tiny" 2>/dev/null; then
  mounts="$mounts $TEST_DIR/tiny"
  dg load -q --store tiny/s.store seeds
  snapshot tb.nq tiny/s.store
  dd if=/dev/zero of=tiny/fill bs=4096 2>/dev/null || :
  capture full "$DOCGRAPH" load --store tiny/s.store more
  test_status 1 full "full file system: load exits 1"
  test_grep "No space left on device" full.err "full file system: the error gives the reason"
  snapshot ta.nq tiny/s.store
  test_cmp tb.nq ta.nq "full file system: the store is exactly as it was"
  capture full2 "$DOCGRAPH" import --store tiny/s.store "$srcdir/ontology/iso3166.ttl"
  test_status 1 full2 "full file system: import exits 1"
  snapshot ta2.nq tiny/s.store
  test_cmp tb.nq ta2.nq "full file system: import left the store as it was"
  rm -f tiny/fill
  capture full3 dg load --store tiny/s.store more
  test_status 0 full3 "with space again, the same load works"
  umount "$TEST_DIR/tiny" && mounts=
else
  test_skip "full file system (ENOSPC)" "cannot mount a small tmpfs here"
fi

# ---------------------------------------------------------------- read-only
snapshot ro-before.nq
mkdir ro
if is_root && mount --bind "$TEST_DIR/docgraph.store" "$TEST_DIR/ro" 2>/dev/null; then
  mounts="$mounts $TEST_DIR/ro"
  if mount -o remount,bind,ro "$TEST_DIR/ro" 2>/dev/null; then
    capture rofs "$DOCGRAPH" load --store ro seeds
    test_status 1 rofs "read-only file system: load exits 1"
    test_grep "cannot write store 'ro': Read-only file system" rofs.err \
      "read-only file system: the error names the store and the reason"
    capture rofs2 "$DOCGRAPH" export --store ro -f nquads
    test_status 0 rofs2 "read-only file system: the store can still be read"
    sort rofs2.out >rofs2.sorted
    test_cmp ro-before.nq rofs2.sorted "read-only file system: ... and holds what it held"
  else
    test_skip "read-only file system (EROFS)" "cannot remount read-only here"
  fi
  umount "$TEST_DIR/ro" 2>/dev/null || umount -l "$TEST_DIR/ro" || :
  mounts=
else
  test_skip "read-only file system (EROFS)" "cannot bind-mount here"
fi

if is_root && command -v setpriv >/dev/null 2>&1; then
  # root ignores permissions: write as nobody to a store root owns
  chmod 755 "$TEST_ROOT" "$TEST_DIR"
  chmod -R a+rX docgraph.store more
  as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
  capture perm as_nobody "$DOCGRAPH" load more
  test_status 1 perm "no write permission: load exits 1"
  test_grep "cannot write store 'docgraph.store': Permission denied" perm.err \
    "no write permission: the error gives the reason"
  capture perm2 as_nobody "$DOCGRAPH" export -f nquads
  test_status 0 perm2 "no write permission: the store can still be read"
  sort perm2.out >perm2.sorted
  test_cmp ro-before.nq perm2.sorted "no write permission: the store is as it was"
elif ! is_root; then
  chmod -R a-w docgraph.store
  capture perm "$DOCGRAPH" load more
  test_status 1 perm "no write permission: load exits 1"
  test_grep "Permission denied" perm.err "no write permission: the error gives the reason"
  chmod -R u+w docgraph.store
  snapshot perm.nq
  test_cmp ro-before.nq perm.nq "no write permission: the store is as it was"
else
  test_skip "no write permission (EACCES)" "running as root without setpriv"
fi

test_done
