#!/bin/sh
# t0155-jsonld-readers.sh - two readers docgraph did not write agree that
# -f jsonld and -f trig hold the quads of -f nquads: Apache Jena's riot
# (one run for every file: JSON-LD through its 1.0 reader, see
# tests/jena.sh; TriG) and the jsonld package (a JSON-LD 1.1 processor,
# from npm, in safe mode: anything it would drop is an error). The inputs
# are the seeds, mapped, and a table of awkward literals (numbers in
# non-canonical or invalid forms, control characters, quotes, languages,
# characters beyond U+FFFF), exported from a store.
#
# .ci/setup installs the jsonld package into ${TMPDIR:-/tmp}/docgraph-jsonld-UID
# (or $DOCGRAPH_JSONLD_DIR); without it, or without node, the second half
# is skipped (a failure under CI, where DOCGRAPH_ALLOW_SKIP=0).
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/jena.sh"
require_rapper
require_java
jena_available || _require "Apache Jena (jena-*.jar in $DOCGRAPH_JENA_JARS)" libapache-jena-java

X='http://www.w3.org/2001/XMLSchema#'
i=0
: >table.nq
while IFS= read -r lit; do
  i=$((i + 1))
  printf '<http://example.org/s%d> <http://example.org/p> %s <http://example.org/g> .\n' \
    "$i" "$lit" >>table.nq
  printf '<https://w3id.org/docgraph/id/x%d> <https://w3id.org/docgraph/ns#title> %s <http://example.org/g> .\n' \
    "$i" "$lit" >>table.nq
done <<EOF
"NaN"^^<${X}double>
"1.0E0"^^<${X}double>
".5e-3"^^<${X}double>
"01"^^<${X}integer>
"abc"^^<${X}integer>
"124516650"^^<${X}decimal>
"1."^^<${X}decimal>
"1"^^<${X}boolean>
"TRUE"^^<${X}boolean>
"2018-02-30"^^<${X}date>
"2018"^^<${X}gYear>
"x"^^<http://example.org/my#type>
"tab\there"
"new\nline"
"cr\rhere"
"quote \" back \\\\ end"
"\"\"\" three"
"ends in a quote\""
"\u00E9\u4E2D\U0001F600"
"\u0001 control"
"x"@en
"x"@en-gb
""
"  spaced  "
"<tag> & amp"
EOF
sed 's,example\.org/s,example.org/t,; s,id/x,id/y,; s,example\.org/g>,example.org/h>,' table.nq >table2.nq
dg import -q --store t.store table.nq
dg import -q --store u.store table2.nq

# what each file must hold: docgraph's own N-Quads
dg map -f nquads --base https://a.example/ "$srcdir/seeds" >a.nq
dg map -f nquads --base https://b.example/ "$srcdir/seeds" >b.nq
dg export --store t.store -f nquads >t.nq
dg export --store u.store -f nquads >u.nq
capture a dg map -f jsonld --base https://a.example/ "$srcdir/seeds"
mv a.out a.jsonld
capture b dg map -f trig --base https://b.example/ "$srcdir/seeds"
mv b.out b.trig
capture t dg export --store t.store -f jsonld -o t.jsonld
capture u dg export --store u.store -o u.trig
test_expect "map and export -f jsonld and -f trig: exit 0" \
  test "$(cat a.rc b.rc t.rc u.rc | tr -d '\n')" = 0000

# Quads as text, to compare: rapper's N-Quads (one escaping for all),
# "x"^^xsd:string written "x" (the same literal in RDF 1.1), sorted.
canon() { # FILE...
  cat "$@" | rapper -q -i nquads -o nquads - http://base/ |
    sed 's,\^\^<http://www\.w3\.org/2001/XMLSchema#string>,,' | LC_ALL=C sort -u
}

# riot, once for the four files: their quads share no statement (other
# bases, other subjects), so their union is all four exactly.
cp a.jsonld a.jsonld10
cp t.jsonld t.jsonld10
riot --nocheck --output=nquads a.jsonld10 b.trig t.jsonld10 u.trig >riot.nq 2>riot.err &&
  rc=0 || rc=$?
if [ "$rc" = 0 ] && ! grep -q -e '^WARN ' -e '^ERROR ' riot.err; then
  test_ok "riot reads the JSON-LD and TriG files without a complaint"
else
  test_fail "riot reads the JSON-LD and TriG files without a complaint" "exit status $rc"
  test_diag -f riot.err 20
fi
canon a.nq b.nq t.nq u.nq >want.riot
canon riot.nq >got.riot
test_cmp want.riot got.riot "riot: the JSON-LD and TriG hold the quads of -f nquads, literal for literal"

# the jsonld package
cache=${DOCGRAPH_JSONLD_DIR:-${TMPDIR:-/tmp}/docgraph-jsonld-$(id -u)}
command -v node >/dev/null 2>&1 || _require node nodejs
[ -f "$cache/node_modules/jsonld/package.json" ] ||
  _require "the jsonld package (npm) in $cache" "it with .ci/setup, or: npm install --prefix $cache jsonld@8"
cat >toquads.js <<'EOF'
// node toquads.js FILE...: the quads of each JSON-LD file as N-Quads
const fs = require('fs');
const jsonld = require('jsonld');
(async () => {
  for (const f of process.argv.slice(2)) {
    const doc = JSON.parse(fs.readFileSync(f, 'utf8'));
    process.stdout.write(await jsonld.toRDF(doc, {format: 'application/n-quads', safe: true}));
  }
})().catch(e => {
  console.error(String((e && e.stack) || e));
  if (e && e.details) console.error(JSON.stringify(e.details).slice(0, 500));
  process.exit(1);
});
EOF
NODE_PATH=$cache/node_modules node toquads.js a.jsonld t.jsonld >js.nq 2>js.err && rc=0 || rc=$?
if [ "$rc" = 0 ]; then
  test_ok "the jsonld package reads the JSON-LD files (safe mode: nothing dropped)"
else
  test_fail "the jsonld package reads the JSON-LD files (safe mode: nothing dropped)" "exit status $rc"
  test_diag -f js.err 20
fi
# jsonld.js writes any xsd:double in canonical form, string or not (the
# JSON-LD 1.1 API does that to JSON numbers only): those it cannot keep
canon a.nq t.nq | grep -v -F "$X"double >want.js
canon js.nq | grep -v -F "$X"double >got.js
test_cmp want.js got.js "the jsonld package: the JSON-LD holds the quads of -f nquads"

test_done
