#!/bin/sh
# t0200-mapper-score.sh - the mapper's quality on the shared corpus (the
# seeds and the dev pages, with their gold annotations) does not drop:
# tests/corpus/score maps each page alone and computes precision, recall
# and F1 per field; the mean F1 over fields and each field's F1 must stay
# at or above the floors in tests/corpus/floors.txt. Raise the floors as
# the mapper improves; never lower them to make a change pass.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"

# Under ASan and UBSan (or memcheck) the pages are mapped in one run, not
# scored: the scores are the plain run's (make distcheck), the same for
# any build; what a checker adds is a clean run of the mapper over these
# pages, which one process gives without the scorer's process per page.
if checked_build; then
  set -- "$srcdir"/seeds/*.txt "$srcdir"/tests/corpus/dev/*.txt "$srcdir"/tests/corpus/written/*.txt \
    "$srcdir"/tests/corpus/written2/*.txt
  capture all dg map -q -f ntriples "$@"
  test_status 0 all "the seeds, dev and written pages map in one run under a checker (exit 0)"
  test_must_be_empty all.err "... with nothing on stderr"
  n=$(grep -c '<https://w3id.org/docgraph/ns#sourceFile>' all.out || true)
  test_expect "... every page a document ($n of $#)" test "$n" = $#
  test_done
fi

floors=$srcdir/tests/corpus/floors.txt
"$PY" "$srcdir/tests/corpus/score" --json --docgraph "$DOCGRAPH" \
  "$srcdir/seeds" "$srcdir/tests/corpus/gold" \
  "$srcdir/tests/corpus/dev" "$srcdir/tests/corpus/gold" >score.json 2>score.err && rc=0 || rc=$?
test_expect "the scorer runs (exit $rc)" test "$rc" = 0
if [ "$rc" != 0 ]; then
  test_diag -f score.err 20
  test_done
fi

# One TAP line per check: "ok|not ok<TAB>description", then the table.
cat >check.py <<'PYEOF'
import json, sys
score = json.load(open(sys.argv[1]))
floors, default = {}, None
for line in open(sys.argv[2], encoding="utf-8"):
    line = line.split("#", 1)[0].split()
    if len(line) == 2:
        floors[line[0]] = float(line[1])
default = floors.pop("default", 0.0)
mean_floor = floors.pop("mean", 0.0)
floors.pop("written-mean", None)  # the written pages' floor, checked below
floors.pop("fresh-mean", None)    # the fresh pages' floor, checked below
floors.pop("written2-mean", None) # the second written set's floor, checked below
fields = score["fields"]
print("%s\tno mapping failures (%d documents)" % ("not ok" if score["failures"] else "ok", score["documents"]))
for f in score["failures"]:
    print("#\t" + f)
m = score["overall_f1"]
print("%s\tmean F1 over fields %.4f >= %.2f" % ("ok" if m + 1e-9 >= mean_floor else "not ok", m, mean_floor))
for name in sorted(fields):
    fl = floors.get(name, default)
    f1 = fields[name]["f1"]
    print("%s\t%s F1 %.4f >= %.2f" % ("ok" if f1 + 1e-9 >= fl else "not ok", name, f1, fl))
for name in floors:
    if name not in fields:
        print("not ok\tfloor for unknown field '%s'" % name)
print("#\t%-18s %6s %6s %6s %5s %5s %5s" % ("field", "P", "R", "F1", "tp", "fp", "fn"))
for name in sorted(fields):
    r = fields[name]
    print("#\t%-18s %6.3f %6.3f %6.3f %5d %5d %5d" % (name, r["p"], r["r"], r["f1"], r["tp"], r["fp"], r["fn"]))
PYEOF
"$PY" check.py score.json "$floors" >checks.txt
while IFS='	' read -r status desc; do
  case $status in
    ok) test_ok "$desc" ;;
    "not ok") test_fail "$desc" ;;
    "#") test_diag "$desc" ;;
  esac
done <checks.txt

# the written pages (tests/corpus/written and written2: layouts the corpus
# lacks) and the fresh ones (tests/corpus/fresh: kept for pages no rule was written
# on), each on one floor for their mean: what a rule fitted to the corpus
# alone loses
for set in written written2 fresh; do
  "$PY" "$srcdir/tests/corpus/score" --json --docgraph "$DOCGRAPH" \
    "$srcdir/tests/corpus/$set" "$srcdir/tests/corpus/$set-gold" >$set.json 2>$set.err &&
    rc=0 || rc=$?
  test_expect "the scorer runs on the $set pages (exit $rc)" test "$rc" = 0
  set_floor=$(sed -n "s/^$set-mean\t//p" "$floors")
  "$PY" - $set.json "$set_floor" $set >$set.txt <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[1]))
m, fl = s["overall_f1"], float(sys.argv[2])
print("%s\t%s pages: mean F1 over fields %.4f >= %.2f (%d documents)"
      % ("ok" if m + 1e-9 >= fl and not s["failures"] else "not ok", sys.argv[3], m, fl,
         s["documents"]))
PYEOF
  while IFS='	' read -r status desc; do
    case $status in
      ok) test_ok "$desc" ;;
      *) test_fail "$desc" ;;
    esac
  done <$set.txt
done

test_done
