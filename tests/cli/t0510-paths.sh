#!/bin/sh
# t0510-paths.sh - file names with spaces, a newline, quotes, non-ASCII
# letters (é, 中文) and a leading dash (after `--`) work for map (files and
# a directory), load, import, export -o and query --data (data and query
# file): each is read, dg:sourceFile holds the name exactly (as N-Quads
# escapes it), and every output re-parses with rapper.
. "$srcdir/tests/lib.sh"
require_rapper

DG='https://w3id.org/docgraph/ns#'
seed=$(ls "$srcdir"/seeds/*.txt | head -n 1)

# a newline inside a name (command substitution drops a trailing one)
nl=$(printf '\nx')
nl=${nl%x}

sp='with space.txt'
line="new${nl}line.txt"
quo='q'\''uo"te.txt'
utf='café 中文.txt'
dash='-dash.txt'
dir='dir é 中文'
inner="$dir/in side${nl}é.txt"
mkdir "$dir"
# each file its own text, so each is its own document
i=0
for f in "$sp" "$line" "$quo" "$utf" "$dash" "$inner"; do
  i=$((i + 1))
  { cat "$seed"; printf '\nNote %s.\n' "$i"; } >"$f"
done

# How N-Quads writes each name: \n, \" and \uXXXX for non-ASCII.
cat >want <<'EOF'
"-dash.txt"
"caf\u00E9 \u4E2D\u6587.txt"
"dir \u00E9 \u4E2D\u6587/in side\n\u00E9.txt"
"new\nline.txt"
"q'uo\"te.txt"
"with space.txt"
EOF

sources() { # NQ-FILE: the dg:sourceFile literals, sorted
  sed -n "s|^.* <${DG}sourceFile> \\(\".*\"\\) <[^>]*> \\.\$|\\1|p" "$1" | LC_ALL=C sort
}

capture map dg map -f nquads -- "$sp" "$line" "$quo" "$utf" "$dash" "$dir"
test_status 0 map "map: six odd names (five files and a directory): exit 0"
test_must_be_empty map.err "map: no message"
sources map.out >got
test_cmp want got "map: dg:sourceFile holds each name exactly"
test_expect "map: rapper -i nquads -c accepts the output" rapper -q -i nquads -c map.out

capture mapo dg map -f nquads -o "out $utf${nl}.nq" -- "$dash"
test_status 0 mapo "map -o NAME (space, newline, non-ASCII): exit 0"
test_grep -F "<${DG}sourceFile> \"-dash.txt\"" "out $utf${nl}.nq" "map -o: the file holds the output"

capture load dg load --store "store $utf" -- "$sp" "$line" "$quo" "$utf" "$dash" "$dir"
test_status 0 load "load (store name with space and non-ASCII): exit 0"
test_grep "load: 6 added, 0 replaced, 0 unchanged, 0 failed" load.err "load: the six documents are added"

out="export $quo${nl}中.nq"
capture exp dg export --store "store $utf" -f nquads -o "$out"
test_status 0 exp "export -o NAME (quotes, newline, non-ASCII): exit 0"
test_expect "export -o: rapper -i nquads -c accepts the file" rapper -q -i nquads -c "$out"
LC_ALL=C sort map.out >m.sorted
grep -v -F ' <https://w3id.org/docgraph/records> .' "$out" | LC_ALL=C sort >e.sorted
test_cmp m.sorted e.sorted "export -o: the store holds what map gave (records apart)"

data="$dash$nl data é.nq"
cp -- map.out "$data"
capture imp dg import --store "imp 中文" -- "$data"
test_status 0 imp "import -- NAME (leading dash, newline, non-ASCII): exit 0"
capture imp2 dg import --store "imp 中文" -i rdfxml -- "$data"
test_grep -F "'$data'" imp2.err "import: its message names the file"
dg export --store "imp 中文" -f nquads >imp.nq
# import keeps the file's graphs: its quads, records apart
LC_ALL=C sort -u map.out >want.nt
grep -v -F ' <https://w3id.org/docgraph/records> .' imp.nq | LC_ALL=C sort -u >got.nt
test_cmp want.nt got.nt "import: the store holds the file's quads"
test_expect "import: the export re-parses with rapper" rapper -q -i nquads -c imp.nq

rq="$dash q é 中.rq"
cat >"$rq" <<EOF
SELECT ?f WHERE { ?d <${DG}sourceFile> ?f } ORDER BY ?f
EOF
capture q dg query -r csv --data "$data" -- "$rq"
test_status 0 q "query --data NAME -- QUERY-FILE (odd names): exit 0"
test_expect "query: the six names come back" test "$(grep -c '\.txt' q.out)" -eq 6
test_grep -F 'café 中文.txt' q.out "query: the non-ASCII name comes back as UTF-8"
test_grep -F '"q'\''uo""te.txt"' q.out "query: the quoted name comes back CSV-quoted"

test_done
