#!/bin/sh
# t0210-no-corpus-in-source: the mapper's rules must be general, so no
# person's name, publication or event title, multi-word organization name,
# or six-word run of a corpus page's text may appear in src/ - not even in
# a comment. Knowledge belongs in ontology/gazetteer/, examples in code are
# invented.
. "$srcdir/tests/lib.sh"

capture scan "${PYTHON3:-python3}" - "$srcdir" <<'PY'
import glob, json, os, re, sys
top = sys.argv[1]
names = set()
golds = [g for d in ("gold", "holdout-gold", "written-gold", "written2-gold", "fresh-gold")
         for g in glob.glob(os.path.join(top, "tests/corpus", d, "*.json"))]
for g in golds:
    d = json.load(open(g, encoding="utf-8"))
    for p in d.get("publications", []) + d.get("events", []):
        names.add(p["title"])
    for p in d.get("persons", []):
        names.add(p["name"])
        names.update(p.get("variants", []))
    for o in d.get("organizations", []):
        if len(o["name"].split()) >= 2:
            names.add(o["name"])
texts = glob.glob(os.path.join(top, "seeds/*.txt")) + [
    t for d in ("dev", "holdout", "written", "written2", "fresh") for t in glob.glob(os.path.join(top, "tests/corpus", d, "*.txt"))]
grams = set()
for t in texts:
    w = re.findall(r"[A-Za-z0-9']+", open(t, encoding="utf-8").read())
    grams.update(" ".join(w[i:i + 6]) for i in range(len(w) - 5))
bad = 0
for f in sorted(glob.glob(os.path.join(top, "src/**/*.[ch]"), recursive=True)):
    src = open(f, encoding="utf-8").read()
    w = re.findall(r"[A-Za-z0-9']+", src)
    rel = os.path.relpath(f, top)
    # a one-word title ("Introduction") is a word, not a page's text
    for n in sorted(names):
        if len(n) >= 6 and " " in n.strip() and n in src:
            print("%s: corpus name or title %r" % (rel, n)); bad += 1
    for g in sorted(grams & {" ".join(w[i:i + 6]) for i in range(len(w) - 5)}):
        print("%s: corpus text %r" % (rel, g)); bad += 1
sys.exit(1 if bad else 0)
PY
test_status 0 scan "src/ holds no corpus name, title or sentence"
test_diag -f scan.out 40
test_done
