#!/bin/sh
# t0340-crash.sh - a load killed with SIGKILL at any moment leaves a store
# that opens, in which every document has its old graph or its new one,
# whole, and nothing else.
#
# A generated corpus of 300 pages (bench/gen-corpus) is loaded; then a
# revision of it, in which about half the pages changed, is loaded again
# and again from that state, each time killed with SIGKILL after a random
# delay spread over the time a whole load takes. Loads commit after every
# document (DOCGRAPH_TEST_COMMIT_EVERY=1) and compact at the end
# (DOCGRAPH_TEST_COMPACT=1), so kills land between commits, inside a
# journal write, and inside a compaction. After each kill: stats works,
# and the exported N-Quads, graph by graph, equal for every document
# either `docgraph map` of its old version or of its new one. Every few
# kills the load is then run to its end, which must give the new corpus.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"
KILLS=${DOCGRAPH_CRASH_KILLS:-24}

"$PY" "$srcdir/bench/gen-corpus" --seed 11 --pages 300 A/corpus
"$PY" "$srcdir/bench/gen-corpus" --seed 11 --pages 300 --edit 1 B/corpus
(cd A && dg map -f nquads corpus) >old.nq
(cd B && dg map -f nquads corpus) >new.nq
changed=$(diff -rq A/corpus B/corpus | wc -l | tr -d ' ')
test_diag "300 pages, $changed changed in the revision"

cat >check.py <<'EOF'
"""check.py OLD NEW GOT: every document of GOT is whole, old or new."""
import re
import sys
from collections import defaultdict

SRC = "<https://w3id.org/docgraph/ns#sourceFile> "
LINE = re.compile(r"^(.*) (<[^>]*>) \.$")

def graphs(path):
    g = defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                m = LINE.match(line)
                if not m:
                    sys.exit("%s: not an N-Quads line: %s" % (path, line))
                # the store's records are checked by load itself
                if m.group(2) != "<https://w3id.org/docgraph/records>":
                    g[m.group(2)].add(line)
    return g

def by_source(g):
    out = defaultdict(list)
    for name, lines in g.items():
        srcs = [l.split(SRC, 1)[1].rsplit(" <", 1)[0] for l in lines if SRC in l]
        if len(srcs) != 1:
            sys.exit("graph %s has %d sourceFile statements" % (name, len(srcs)))
        out[srcs[0]].append(lines)
    return out

old, new, got = (by_source(graphs(p)) for p in sys.argv[1:4])
n_old = n_new = n_same = 0
bad = []
for src in sorted(set(old) | set(new) | set(got)):
    have = got.get(src, [])
    if len(have) != 1:
        bad.append("%s: %d graphs" % (src, len(have)))
        continue
    o, n = old.get(src, [None])[0], new.get(src, [None])[0]
    if have[0] == o and have[0] == n:
        n_same += 1      # a page the revision did not change
    elif have[0] == n:
        n_new += 1
    elif have[0] == o:
        n_old += 1
    else:
        bad.append("%s: neither its old graph nor its new one" % src)
for b in bad[:10]:
    print("# " + b)
print("old=%d new=%d same=%d bad=%d" % (n_old, n_new, n_same, len(bad)))
sys.exit(1 if bad else 0)
EOF

now_ms() { # milliseconds, from GNU date (python's start-up would blur the window)
  echo $(($(date +%s%N) / 1000000))
}

# The starting point: the old corpus, loaded.
cp -R A/corpus corpus
dg load -q --store base.store corpus
rm -rf corpus
cp -R B/corpus corpus

# How long a whole load of the revision takes (the window for the kills).
cp -R base.store whole.store
t0=$(now_ms)
DOCGRAPH_TEST_COMMIT_EVERY=1 DOCGRAPH_TEST_COMPACT=1 dg load -q --store whole.store corpus
t1=$(now_ms)
window=$((t1 - t0))
[ "$window" -gt 20 ] || window=20
test_diag "a whole load takes ${window} ms; kills are spread over that time"
dg export --store whole.store -f nquads >whole.nq
sort whole.nq >whole.sorted
capture c1 "$PY" check.py old.nq new.nq whole.nq
test_grep "^old=0 new=$changed same=$((300 - changed)) bad=0\$" c1.out \
  "an uninterrupted load gives the revision"

mixed=0
i=1
while [ "$i" -le "$KILLS" ]; do
  rm -rf s.store
  cp -R base.store s.store
  delay=$("$PY" -c "import random; random.seed($i * 7919); print('%.3f' % (random.random() * $window / 1000))")
  # not through dg(): $! must be docgraph itself (a function would run in a
  # subshell, and the kill would miss the writer)
  # shellcheck disable=SC2086
  DOCGRAPH_TEST_COMMIT_EVERY=1 DOCGRAPH_TEST_COMPACT=1 $VALGRIND "$DOCGRAPH" load -q \
    --store s.store corpus >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || :
  wait "$pid" 2>/dev/null || :

  capture st dg stats --store s.store
  capture ex dg export --store s.store -f nquads
  if [ "$(cat st.rc)" = 0 ] && [ "$(cat ex.rc)" = 0 ]; then
    capture ck "$PY" check.py old.nq new.nq ex.out
    if [ "$(cat ck.rc)" = 0 ]; then
      test_ok "kill $i after ${delay}s: the store opens; every document is whole ($(cat ck.out))"
      case $(cat ck.out) in
        old=0\ *|*\ new=0\ *) ;;
        *) mixed=$((mixed + 1)) ;;   # some pages old, some new: killed mid-load
      esac
    else
      test_fail "kill $i after ${delay}s: a document is not whole"
      test_diag -f ck.out
    fi
  else
    test_fail "kill $i after ${delay}s: the store does not open"
    test_diag -f st.err
  fi

  if [ $((i % 6)) = 0 ]; then
    # the killed store takes a new writer, which finishes the job
    capture fin dg load -q --store s.store corpus
    dg export --store s.store -f nquads | sort >fin.sorted
    if [ "$(cat fin.rc)" = 0 ] && cmp -s fin.sorted whole.sorted; then
      test_ok "kill $i: a later load completes the revision"
    else
      test_fail "kill $i: a later load does not complete the revision"
      test_diag -f fin.err
    fi
  fi
  i=$((i + 1))
done
test_diag "$mixed of $KILLS kills left a mix of old and new documents"

test_done
