#!/bin/sh
# t0205-mapper-spacing.sh - the mapper reads a page, not its line spacing.
# HTML-to-text converters differ: some put a blank line after every
# element, some put none. The seeds and dev pages are written both ways
# here and scored against the same gold as in t0200: double-spaced, a page
# must read almost as well as it does as written; without blank lines, a
# page loses its paragraph breaks, and the floor is lower. Raise the floors
# as the mapper improves.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"

"$PY" - "$srcdir" <<'PYEOF'
import glob, os, re, sys
src = sys.argv[1]
for d in ("double", "none"):
    os.makedirs(d, exist_ok=True)
pages = glob.glob(os.path.join(src, "seeds", "*")) + glob.glob(os.path.join(src, "tests/corpus/dev/*.txt"))
for p in pages:
    text = open(p, encoding="utf-8").read()
    name = os.path.basename(p)
    open(os.path.join("double", name), "w", encoding="utf-8").write(text.replace("\n", "\n\n"))
    open(os.path.join("none", name), "w", encoding="utf-8").write(re.sub(r"\n\s*\n+", "\n", text))
PYEOF

for pair in "double 0.91" "none 0.87"; do
  set -- $pair
  "$PY" "$srcdir/tests/corpus/score" --json --docgraph "$DOCGRAPH" "$1" "$srcdir/tests/corpus/gold" \
    >"$1.json" 2>"$1.err" && rc=0 || rc=$?
  test_expect "the scorer runs on the pages spaced '$1' (exit $rc)" test "$rc" = 0
  [ "$rc" = 0 ] || { test_diag -f "$1.err" 20; continue; }
  mean=$("$PY" -c 'import json,sys; s=json.load(open(sys.argv[1])); print("%.4f %d %d" % (s["overall_f1"], s["documents"], len(s["failures"])))' "$1.json")
  set -- "$1" "$2" $mean
  test_expect "spaced '$1': $4 pages, none failed ($5)" test "$5" = 0 -a "$4" -ge 53
  test_expect "spaced '$1': mean F1 $3 >= $2" "$PY" -c "import sys; sys.exit(0 if $3 + 1e-9 >= $2 else 1)"
done

test_done
