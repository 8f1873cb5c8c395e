#!/bin/sh
# t0160-map-jobs.sh - `docgraph map -j N` gives the output, messages and
# exit status of -j 1 for every N and every format: on the seeds, the dev
# corpus, a generated corpus of a few hundred pages and inputs mixed with
# bad ones (binary, invalid UTF-8, empty, unreadable, missing, standard
# input). N-Triples and N-Quads are rendered without raptor, so rapper
# re-serialising them must give the same bytes, also for text full of
# characters that need escaping. Bad -j values are usage errors.
. "$srcdir/tests/lib.sh"
require_rapper

FORMATS="turtle ntriples nquads rdfxml json dot"

# same_for_jobs LABEL ARG... - runs `dg map -j J ARG...` for J in 1 2 4
# and checks stdout, stderr and exit status of 2 and 4 against 1.
same_for_jobs() {
  label=$1
  shift
  capture j1 dg map -j 1 "$@"
  for j in 2 4; do
    capture "j$j" dg map -j "$j" "$@"
    test_cmp j1.out "j$j.out" "$label: -j $j output = -j 1 output"
    test_cmp j1.err "j$j.err" "$label: -j $j messages = -j 1 messages"
    test_expect "$label: -j $j exit status = -j 1 exit status ($(cat j1.rc))" \
      test "$(cat "j$j.rc")" = "$(cat j1.rc)"
  done
}

# --- good inputs, every format ---------------------------------------------
for f in $FORMATS; do
  same_for_jobs "seeds/ -f $f" -f "$f" "$srcdir/seeds"
  test_expect "seeds/ -f $f: output not empty" test -s j1.out
done
devfmts="ntriples turtle"
[ -n "$VALGRIND" ] && devfmts=ntriples # memcheck: the paths, not the volume
for f in $devfmts; do
  same_for_jobs "tests/corpus/dev -f $f" -f "$f" "$srcdir/tests/corpus/dev"
done
same_for_jobs "seeds/ --explain" --explain "$srcdir/seeds"
test_expect "seeds/ --explain: output not empty" test -s j1.out

PY=${PYTHON3:-python3}
if command -v "$PY" >/dev/null 2>&1; then
  # under valgrind, ASan and UBSan a checker needs the code paths, not
  # the volume: 40 pages, more than twice the 16 that -j 4 holds at once
  # (the plain run, in make distcheck, maps 300)
  pages=300
  checked_build && pages=40
  "$PY" "$srcdir/bench/gen-corpus" --seed 7 --pages "$pages" gen >/dev/null
  # under memcheck the generated pages in two formats, Turtle (raptor's
  # writer) and N-Triples (docgraph's own): every format's writer ran
  # under -j on the seeds above, and ASan and UBSan run all six here
  memcheck_reset
  for f in $FORMATS; do
    memcheck_enough 2 && continue
    same_for_jobs "$pages generated pages -f $f" -f "$f" gen
    test_status 0 j1 "$pages generated pages -f $f: exit 0"
  done
  # more jobs than inputs, and as many as inputs
  capture few dg map -j 64 -f nquads gen/p00/000000-event.txt gen
  capture few1 dg map -j 1 -f nquads gen/p00/000000-event.txt gen
  test_cmp few1.out few.out "-j 64 (more jobs than inputs) = -j 1"
  # -o FILE
  dg map -j 1 -f ntriples -o one.nt gen
  dg map -j 3 -f ntriples -o three.nt gen
  test_cmp one.nt three.nt "-o FILE: -j 3 = -j 1"
else
  for f in $FORMATS; do
    test_skip "300 generated pages -f $f" "python3 not found"
  done
fi

# --- bad inputs among good ones ----------------------------------------------
seed1=$(ls "$srcdir"/seeds/*.txt | head -n 1)
seed2=$(ls "$srcdir"/seeds/*.txt | tail -n 1)
mkdir mixed
cp "$seed1" mixed/a.txt
printf 'a\000b' >mixed/b.bin
printf 'Caf\351 au lait in Japan\n' >mixed/c.txt
: >mixed/d.txt
cp "$seed2" mixed/e.txt
printf 'Some text\nabout Japan\n' >mixed/f.txt
cp "$seed1" mixed/g.txt
chmod 000 mixed/f.txt
# under memcheck one format: the failures are found while reading, before
# any writer (ASan and UBSan run all three)
memcheck_reset
for f in ntriples nquads turtle; do
  memcheck_enough 1 && continue
  same_for_jobs "mixed bad inputs -f $f" -f "$f" mixed nosuch.txt mixed/a.txt - </dev/null
  test_status 1 j1 "mixed bad inputs -f $f: exit 1"
done
test_grep "b.bin" j1.err "mixed: the binary file is named"
test_grep "c.txt" j1.err "mixed: the invalid UTF-8 is named"
test_grep "d.txt" j1.err "mixed: the empty file is named"
test_grep "nosuch.txt" j1.err "mixed: the missing file is named"
if is_root; then
  test_skip "mixed: the unreadable file is named" "running as root (root reads anything)"
else
  test_grep "f.txt" j1.err "mixed: the unreadable file is named"
fi
# messages in input order: the binary file (2nd input) before the missing one
test_expect "mixed: messages in input order" \
  sh -c 'grep -n "b.bin" j1.err | head -n 1 | cut -d: -f1 >l1; \
         grep -n "nosuch.txt" j1.err | head -n 1 | cut -d: -f1 >l2; \
         test "$(cat l1)" -lt "$(cat l2)"'
chmod 644 mixed/f.txt

# bad inputs spread over more inputs than the threads hold at once (4 per
# job): a path the walk could not use (a dangling link), found by the main
# thread, between problems found while reading (binary, invalid UTF-8,
# empty), found by the threads; the messages still come in input order
mkdir spread
i=10
for f in "$srcdir"/seeds/*.txt "$srcdir"/seeds/*.txt "$srcdir"/seeds/*.txt \
         "$srcdir"/seeds/*.txt "$srcdir"/seeds/*.txt "$srcdir"/seeds/*.txt \
         "$srcdir"/seeds/*.txt "$srcdir"/seeds/*.txt; do
  cp "$f" "spread/$i.txt"
  i=$((i + 1))
done
printf 'a\000b' >spread/15.bin
ln -s nowhere spread/16-dangling
printf 'Caf\351 au lait in Japan\n' >spread/30.txt
ln -s nowhere spread/31-dangling
: >spread/42.txt
ln -s nowhere spread/43-dangling
same_for_jobs "bad inputs spread out -f nquads" -f nquads spread
test_status 1 j1 "bad inputs spread out: exit 1"
test_expect "bad inputs spread out: six messages, in input order" \
  sh -c 'grep -o "spread/[0-9][0-9][.-][a-z]*" j1.err >names && \
         test "$(cat names | tr "\n" " ")" = \
           "spread/15.bin spread/16-dangling spread/30.txt spread/31-dangling spread/42.txt spread/43-dangling "'

# only repaired input: exit 0 with warnings, the same for every -j
same_for_jobs "repaired input only" -f ntriples mixed/c.txt mixed/d.txt mixed/a.txt
test_status 0 j1 "repaired input only: exit 0"
test_grep "warning" j1.err "repaired input only: warnings"

# a write error stops every -j the same way
if [ -w /dev/full ]; then
  for j in 1 4; do
    capture "full$j" sh -c "\"\$DOCGRAPH\" map -j $j -f ntriples \"\$srcdir/seeds\" >/dev/full"
    test_status 1 "full$j" "-j $j to a full disk: exit 1"
    test_grep "write error" "full$j.err" "-j $j to a full disk: a write error is reported"
  done
else
  test_skip "-j 1 and -j 4 to a full disk" "no /dev/full"
fi

# --- N-Triples rendered by docgraph = raptor's bytes ---------------------------
mkdir odd
printf 'Report on "quotes" and \\backslashes\\ in Japan\n\nBy Jos\303\251 \303\201lvarez and Zo\303\253 M\303\274ller\n\nSome \360\237\230\200 text \342\200\224 with \357\273\277 odd characters\tand a tab.\n' \
  >odd/a.txt
printf 'x\n' >"odd/$(printf 'na\\me "q" <x> {y}|^`')"
printf 'x\n' >"odd/$(printf 'ctl\001\177 tab\t\303\251 \360\237\230\200')"
printf 'x\n' >"odd/$(printf 'bad\377byte')"
for f in ntriples nquads; do
  capture odd dg map -j 2 -f "$f" odd
  test_status 0 odd "odd characters -f $f: exit 0"
  capture rt rapper -q -i "$f" -o "$f" odd.out
  test_cmp odd.out rt.out "odd characters -f $f: rapper re-serialises it byte for byte"
done
capture seeds dg map -j 2 -f nquads "$srcdir/seeds"
capture rt rapper -q -i nquads -o nquads seeds.out
test_cmp seeds.out rt.out "seeds/ -f nquads: rapper re-serialises it byte for byte"
test_grep -F '\u00E9' odd.out "odd characters: non-ASCII is written as \\u escapes"

# --- bad -j values -------------------------------------------------------------
# under memcheck three of them: one parser reads them all (ASan and UBSan
# run every value)
memcheck_reset
for bad in 0 abc -1 257 99999999999999999999 '' 2x ' 2'; do
  memcheck_enough 3 && continue
  capture badj dg map -j "$bad" -f ntriples "$seed1"
  test_status 2 badj "-j '$bad': exit 2 (usage error)"
  test_grep "jobs" badj.err "-j '$bad': the message names --jobs"
  test_must_be_empty badj.out "-j '$bad': no output"
done
capture badj dg map --jobs=0 "$seed1"
test_status 2 badj "--jobs=0: exit 2"
capture okj dg map --jobs 256 -f ntriples "$seed1"
test_status 0 okj "--jobs 256 (the largest): exit 0"
capture help dg map --help
test_grep "jobs N" help.out "map --help documents --jobs N"

test_done
