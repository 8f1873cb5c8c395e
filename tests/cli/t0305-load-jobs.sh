#!/bin/sh
# t0305-load-jobs.sh - `docgraph load -j N` gives the store, the messages
# and the exit status of -j 1 for every N: a first load of the seeds, the
# dev corpus, a generated corpus and bad inputs (unreadable, binary,
# invalid UTF-8, empty, missing, a symbolic-link loop, a path given
# twice); a reload with nothing changed; a reload after changes that make
# documents move between graphs (contents swapped, copied, made binary);
# and the same with a commit after every document or every few. Bad -j
# values are usage errors.
. "$srcdir/tests/lib.sh"

JOBS="2 4"

mkdir in
cp -R "$srcdir/seeds" in/seeds
cp -R "$srcdir/tests/corpus/dev" in/dev
chmod -R u+w in
PY=${PYTHON3:-python3}
if command -v "$PY" >/dev/null 2>&1; then
  # 200 pages under valgrind, ASan and UBSan (a checker needs the paths,
  # not the volume; the plain run, in make distcheck, loads 2000)
  pages=2000
  checked_build && pages=200
  "$PY" "$srcdir/bench/gen-corpus" --seed 11 --pages "$pages" in/gen >/dev/null
  have_gen=1
else
  have_gen=0
fi
mkdir in/bad
printf 'a\000b' >in/bad/b.bin
printf 'Caf\351 au lait in Japan\n' >in/bad/c.txt
: >in/bad/d.txt
printf 'Some text\nabout Japan\n' >in/bad/f.txt
chmod 000 in/bad/f.txt
mkdir in/bad/sub
ln -s .. in/bad/sub/up
ln -s nowhere in/bad/dangling
seed1=$(ls in/seeds/*.txt | head -n 1)

# load_all NAME STORE [ENV=VALUE...] - loads everything into STORE with
# each -j; NAME.J.{out,err,rc} and NAME.J.nq (the export) for J in 1 $JOBS.
load_all() {
  _name=$1
  _store=$2
  shift 2
  for j in 1 $JOBS; do
    rm -rf "$_name.$j.store"
    if [ -d "$_store" ]; then cp -R "$_store" "$_name.$j.store"; fi
    capture "$_name.$j" env "$@" "$DOCGRAPH" load -j "$j" --store "$_name.$j.store" \
      in nosuch.txt "$seed1"
    # the store read back to compare: without $VALGRIND, as the load
    # itself (memcheck runs load, on as many threads as CPUs, in t0300,
    # and export in t0320)
    "$DOCGRAPH" export --store "$_name.$j.store" -f nquads >"$_name.$j.nq"
  done
}

# same_for_jobs NAME DESC - NAME's runs with -j N against -j 1.
same_for_jobs() {
  for j in $JOBS; do
    test_cmp "$1.1.nq" "$1.$j.nq" "$2: -j $j store = -j 1 store (export -f nquads)"
    test_cmp "$1.1.err" "$1.$j.err" "$2: -j $j messages = -j 1 messages"
    test_expect "$2: -j $j exit status = -j 1 exit status ($(cat "$1.1.rc"))" \
      test "$(cat "$1.$j.rc")" = "$(cat "$1.1.rc")"
  done
}

# --- first load ---------------------------------------------------------------
load_all first none
same_for_jobs first "first load"
test_status 1 first.1 "first load: exit 1 (bad inputs)"
test_expect "first load: the store is not empty" test -s first.1.nq
for bad in b.bin c.txt d.txt dangling nosuch.txt up; do
  test_grep -F "$bad" first.1.err "first load: '$bad' is named"
done
if is_root; then
  test_skip "first load: the unreadable file is named" "running as root (root reads anything)"
else
  test_grep -F "f.txt" first.1.err "first load: the unreadable file is named"
fi
# messages in input order: the binary file before the missing path (the
# second-last argument) before the summary
test_expect "first load: messages in input order" \
  sh -c 'b=$(grep -n "b.bin" first.1.err | head -n 1 | cut -d: -f1); \
         m=$(grep -n "nosuch.txt" first.1.err | head -n 1 | cut -d: -f1); \
         s=$(grep -n "load: .* added" first.1.err | cut -d: -f1); \
         test "$b" -lt "$m" && test "$m" -lt "$s"'
# the seed given again after the directory counts once, as unchanged
test_grep "load: [0-9]* added, 0 replaced, 1 unchanged, [0-9]* failed" first.1.err \
  "first load: the path given twice is counted once more, as unchanged"
# the same statements as map
dg map -f nquads in "$seed1" 2>/dev/null | sort -u >map.nq
grep -v -F ' <https://w3id.org/docgraph/records> .' first.1.nq | sort -u >first.sorted
test_cmp map.nq first.sorted "first load: the store holds what map gives (records apart)"

# --- reload, nothing changed ----------------------------------------------------
load_all again first.1.store
same_for_jobs again "reload unchanged"
test_grep "load: 0 added, 0 replaced, [0-9]* unchanged" again.1.err \
  "reload unchanged: nothing added or replaced"
test_cmp first.1.nq again.1.nq "reload unchanged: the store is the same"

# --- reload after changes ---------------------------------------------------------
# two seeds swap contents (each document moves to the graph the other one
# had), one is copied over a third (two paths, one graph), one becomes
# binary, one gets a line more, a new file and a file that can be read now
set -- $(find in/dev -type f -name '*.txt' | LC_ALL=C sort | head -n 7)
cp "$2" swap.tmp
cp "$3" "$2"
cp swap.tmp "$3"
cp "$4" "$5"
printf 'x\000y' >"$6"
printf '\nA paragraph added later.\n' >>"$7"
printf 'A Short Note on Regional Ports\n\nBy Ada Lindqvist\n\nPorts matter.\n' >in/seeds/zz-new.txt
chmod 644 in/bad/f.txt
load_all changed first.1.store
same_for_jobs changed "reload after changes"
test_grep "load: [0-9]* added, [1-9][0-9]* replaced" changed.1.err \
  "reload after changes: documents are replaced"
test_expect "reload after changes: the binary file keeps its old graph" \
  grep -q -F "\"$6\"" changed.1.nq

# commits inside the run: after every document, and every third one
load_all every1 first.1.store DOCGRAPH_TEST_COMMIT_EVERY=1
same_for_jobs every1 "reload after changes, a commit per document"
test_cmp changed.1.nq every1.1.nq "a commit per document: the same store"
load_all every3 first.1.store DOCGRAPH_TEST_COMMIT_EVERY=3
same_for_jobs every3 "reload after changes, a commit every 3 documents"

# --- a graph that names the files in its triples (imported) ----------------------
# load finds a file's document through the store's records, never through
# dg:sourceFile triples any graph happens to hold: the imported graph that
# claims p1 and p2 is not load's, and stays; both pages are added.
mkdir shared
printf 'A first page about Japan\n' >shared/p1.txt
printf 'A second page about Korea\n' >shared/p2.txt
cat >shared.nt <<'EOF'
<http://example.org/doc> <https://w3id.org/docgraph/ns#sourceFile> "shared/p1.txt" .
<http://example.org/doc> <https://w3id.org/docgraph/ns#sourceFile> "shared/p2.txt" .
<http://example.org/doc> <https://w3id.org/docgraph/ns#sha256> "0000" .
EOF
dg import -q --store shared.store shared.nt
for j in 1 4; do
  cp -R shared.store "shared$j.store"
  capture "shared$j" env DOCGRAPH_TEST_COMMIT_EVERY=1 "$DOCGRAPH" load -j "$j" \
    --store "shared$j.store" shared
  "$DOCGRAPH" export --store "shared$j.store" -f nquads >"shared$j.nq"
done
test_grep "load: 2 added, 0 replaced, 0 unchanged, 0 failed" shared1.err \
  "a graph that only names the files: both pages are added, nothing replaced"
test_expect "... and the imported graph is kept whole" \
  test "$(grep -c -F "<file://$(pwd -P)/shared.nt> ." shared1.nq)" = 3
test_cmp shared1.err shared4.err "a shared graph: -j 4 messages = -j 1 messages"
test_cmp shared1.nq shared4.nq "a shared graph: -j 4 store = -j 1 store"

# --- bad -j values ------------------------------------------------------------------
# under memcheck three of them: one parser reads them all (ASan and UBSan
# run every value)
memcheck_reset
for bad in 0 abc -1 257 99999999999999999999 '' 2x ' 2'; do
  memcheck_enough 3 && continue
  capture badj dg load -j "$bad" --store bad.store "$seed1"
  test_status 2 badj "-j '$bad': exit 2 (usage error)"
  test_grep "jobs" badj.err "-j '$bad': the message names --jobs"
done
test_expect "bad -j values: no store was created" test ! -e bad.store
capture okj dg load --jobs 256 --store ok.store "$seed1"
test_status 0 okj "--jobs 256 (the largest): exit 0"
capture help dg load --help
test_grep "jobs N" help.out "load --help documents --jobs N"

if [ "$have_gen" = 0 ]; then
  test_skip "a generated corpus" "python3 not found"
fi
test_done
