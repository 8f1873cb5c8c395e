#!/bin/sh
# t0205-mapper-spacing.sh - the mapper reads a page, not the way a
# converter wrote it. HTML-to-text converters differ: some put a blank
# line after every element, some put none, some write Markdown ("## "
# before a heading, "**" around a short line, links in the prose), some
# keep HTML's no-break spaces (here: every space of the short lines), some
# write ASCII only (straight quotes, "--" for a dash). The seeds and dev pages are
# written each way here and scored against the same gold as in t0200:
# double-spaced or in Markdown, a page must read almost as well as it does
# as written; without blank lines it loses its paragraph breaks, and the
# floor is lower. Raise the floors as the mapper improves.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"

"$PY" - "$srcdir" <<'PYEOF'
import glob, os, re, sys
src = sys.argv[1]
for d in ("double", "none", "markdown", "nbsp", "ascii"):
    os.makedirs(d, exist_ok=True)
pages = glob.glob(os.path.join(src, "seeds", "*")) + glob.glob(os.path.join(src, "tests/corpus/dev/*.txt"))
for p in pages:
    text = open(p, encoding="utf-8").read()
    name = os.path.basename(p)
    open(os.path.join("double", name), "w", encoding="utf-8").write(text.replace("\n", "\n\n"))
    open(os.path.join("none", name), "w", encoding="utf-8").write(re.sub(r"\n\s*\n+", "\n", text))
    lines, md = text.split("\n"), []
    for i, l in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        first = i == 0 or not lines[i - 1].strip()
        words = len(l.split())
        plain = 0 < words and not re.search(r"[.!?]$", l.strip())
        if plain and alone and words <= 8:
            md.append("## " + l)
        elif plain and first and words <= 4:
            md.append("**" + l.strip() + "**")
        elif len(l) > 120:
            # the first two capitalised words of a paragraph as a link
            md.append(re.sub(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b", r"[\1](https://example.org/x_(y))", l, count=1))
        else:
            md.append(l)
    open(os.path.join("markdown", name), "w", encoding="utf-8").write("\n".join(md))
    nb = [l.replace(" ", "\u00a0") if len(l) < 60 else l for l in lines]
    open(os.path.join("nbsp", name), "w", encoding="utf-8").write("\n".join(nb))
    asc = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    asc = asc.replace("\u201d", '"').replace("\u2014", "--").replace("\u2013", "-")
    open(os.path.join("ascii", name), "w", encoding="utf-8").write(asc)
PYEOF

# Under ASan and UBSan (or memcheck) the pages spaced each way are mapped
# in one run, not scored: the scores are the plain run's (make
# distcheck), the same for any build; what a checker adds is a clean run
# of the mapper over these pages, which one process gives without the
# scorer's process per page.
if checked_build; then
  n_in=$(find double none markdown nbsp ascii -type f | wc -l | tr -d ' ')
  capture all dg map -q -f ntriples double none markdown nbsp ascii
  test_status 0 all "the pages spaced every way map in one run under a checker (exit 0)"
  test_must_be_empty all.err "... with nothing on stderr"
  n=$(grep -c '<https://w3id.org/docgraph/ns#sourceFile>' all.out || true)
  test_expect "... every page a document ($n of $n_in)" test "$n" = "$n_in"
  test_done
fi

for pair in "double 0.91" "none 0.87" "markdown 0.92" "nbsp 0.93" "ascii 0.93"; do
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
