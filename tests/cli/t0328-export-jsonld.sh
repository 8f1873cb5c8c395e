#!/bin/sh
# t0328-export-jsonld.sh - JSON-LD (written with jansson) from map and
# export: well-formed JSON with docgraph's context, one entry per named
# graph, one node object per subject in each, every statement there (as
# many values as -f nquads has quads), the same bytes every time. Jena and
# the jsonld package read it back in t0155.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || _require python3 python3

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)

# The shape of a docgraph JSON-LD document, and the number of statements
# it holds (each value of each node object, each @type); prints
# "graphs N statements M" or the first thing wrong.
cat >shape.py <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
ctx = doc["@context"]
assert list(doc) == ["@context", "@graph"], list(doc)
assert ctx["dg"] == "https://w3id.org/docgraph/ns#", ctx.get("dg")
assert ctx["author"] == {"@id": "dg:author", "@type": "@id"}, ctx.get("author")
assert ctx["title"] == "dg:title", ctx.get("title")

def count(node, where):
    keys = list(node)
    assert keys[0] == "@id", (where, keys)
    props = [k for k in keys if not k.startswith("@")]
    assert props == sorted(props), (where, "properties out of order", props)
    n = 0
    for k in keys:
        if k in ("@id", "@graph"):
            continue
        v = node[k]
        n += len(v) if isinstance(v, list) else 1
    return n

graphs = statements = 0
ids = set()
for entry in doc["@graph"]:
    assert entry["@id"] not in ids, ("two top entries for", entry["@id"])
    ids.add(entry["@id"])
    statements += count(entry, "top")
    if "@graph" in entry:
        graphs += 1
        seen = set()
        for node in entry["@graph"]:
            assert node["@id"] not in seen, ("two node objects for", node["@id"], "in", entry["@id"])
            seen.add(node["@id"])
            statements += count(node, entry["@id"])
print("graphs %d statements %d" % (graphs, statements))
EOF

# the store and the references, not what is tested: without $VALGRIND
ref() { "$DOCGRAPH" "$@"; }

# map
ref map -f nquads seeds >nq.out
capture js dg map -f jsonld seeds
test_status 0 js "map -f jsonld: exit 0"
test_must_be_empty js.err "map -f jsonld: no diagnostics"
"$PY" shape.py js.out >shape.out 2>&1 || :
echo "graphs $n statements $(wc -l <nq.out | tr -d ' ')" >expect
test_cmp expect shape.out "map -f jsonld: one graph per document, one node per subject, every quad"
test_grep '"@type": "Document"' js.out "map -f jsonld: classes by their terms"
test_grep '"author": \[' js.out "map -f jsonld: properties by their terms"
capture js4 dg map -j 4 -o again.jsonld seeds
test_cmp js.out again.jsonld "map -o x.jsonld (-j 4): the same bytes"
capture gz dg map -o again.jsonld.gz seeds
gzip -dc again.jsonld.gz >unzipped.jsonld
test_cmp js.out unzipped.jsonld "map -o x.jsonld.gz: the same, compressed"

# export: the store's graphs, records included, as N-Quads has them
ref load -q --store st seeds
ref import -q --store st "$srcdir/ontology/iso3166.ttl"
ref export --store st -f nquads >enq.out
capture ejs dg export --store st -o store.jsonld
test_status 0 ejs "export -o x.jsonld: exit 0"
"$PY" shape.py store.jsonld >shape.out 2>&1 || :
graphs=$(sed 's/.* \(<[^>]*>\) \.$/\1/' enq.out | sort -u | wc -l | tr -d ' ')
echo "graphs $graphs statements $(wc -l <enq.out | tr -d ' ')" >expect
test_cmp expect shape.out "export -f jsonld: every graph, one node per subject, every quad"
ref export --store st -f json-ld >ejs2.out
test_cmp store.jsonld ejs2.out "export -f json-ld: the same bytes again"
iso=$(sed -n 's/.* <\(file:[^>]*iso3166\.ttl\)> \.$/\1/p' enq.out | sed -n 1p)
capture one dg export --store st -f jsonld --graph "$iso"
test_status 0 one "export -f jsonld --graph G: exit 0"
"$PY" shape.py one.out >shape.out 2>&1 || :
echo "graphs 1 statements $(grep -c -F "<$iso> ." enq.out)" >expect
test_cmp expect shape.out "export -f jsonld --graph G: that graph alone, every statement"

test_done
