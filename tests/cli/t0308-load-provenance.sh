#!/bin/sh
# t0308-load-provenance.sh - the page a document was crawled from:
# --source-url URL (one document) and --urls MANIFEST ('path<TAB>url'
# lines, relative paths from the manifest's directory) record
# <document> prov:wasDerivedFrom <URL> in the document's graph, for map
# and load; dg:sourceFile stays the path as given. A URL given later for
# an unchanged document is added to its graph.
. "$srcdir/tests/lib.sh"
require_rapper

mkdir crawl
for f in $(ls "$srcdir/seeds" | sed -n 1,2p); do cp "$srcdir/seeds/$f" crawl/; done
a=$(ls crawl | sed -n 1p)
b=$(ls crawl | sed -n 2p)
P='<http://www.w3.org/ns/prov#wasDerivedFrom>'

capture m1 dg map -f nquads --source-url https://example.org/one "crawl/$a"
test_status 0 m1 "map --source-url: exit 0"
test_expect "... one prov:wasDerivedFrom, in the document's graph" \
  test "$(grep -c -F " $P <https://example.org/one> " m1.out)" = 1
doc=$(grep -F "$P" m1.out | cut -d' ' -f1)
test_grep -F "$doc $P <https://example.org/one> $doc ." m1.out "... about the document"
test_grep -F "#sourceFile> \"crawl/$a\"" m1.out "... and dg:sourceFile is the path as given"
dg map -f nquads "crawl/$a" >plain.nq
grep -v -F "$P" m1.out >m1.rest
test_cmp plain.nq m1.rest "... nothing else changes"
for f in turtle rdfxml ntriples; do
  capture mf dg map -f "$f" --source-url https://example.org/one "crawl/$a"
  test_rapper "$f" mf.out "map -f $f --source-url: rapper reads it"
done

printf '%s\thttps://example.org/a\n# a comment\n\n%s\thttps://example.org/b\n' "$a" "$b" >crawl/urls.tsv
capture m2 dg map -f ntriples --urls crawl/urls.tsv "crawl/$a" "crawl/$b"
test_status 0 m2 "map --urls MANIFEST: exit 0"
test_expect "... each page its URL (paths taken from the manifest's directory)" \
  test "$(grep -c -F "$P" m2.out)" = 2

capture l1 dg load --urls crawl/urls.tsv "crawl/$a" "crawl/$b"
test_status 0 l1 "load --urls: exit 0"
dg export -f nquads >e1.nq
test_expect "... the store holds both URLs" test "$(grep -c -F "$P" e1.nq)" = 2
capture l2 dg load --urls crawl/urls.tsv crawl/"$a" crawl/"$b"
test_grep "0 added, 0 replaced, 2 unchanged" l2.err "a second load: unchanged"
printf '%s\thttps://example.org/a2\n%s\thttps://example.org/b\n' "$a" "$b" >crawl/urls.tsv
capture l3 dg load --urls crawl/urls.tsv "crawl/$a" "crawl/$b"
test_grep "0 added, 1 replaced, 1 unchanged" l3.err "a page's new URL replaces its graph"
dg export -f nquads >e3.nq
test_grep -F "<https://example.org/a2>" e3.nq "... with the new URL"
test_grep ! -F "<https://example.org/a>" e3.nq "... and without the old one"

test_expect_code 2 "--source-url with two documents: exit 2" \
  dg map --source-url https://example.org/x "crawl/$a" "crawl/$b"
test_expect_code 2 "--source-url that is not an IRI: exit 2" \
  dg map --source-url 'not a url' "crawl/$a"
test_expect_code 2 "--source-url and --urls: exit 2" \
  dg map --source-url https://example.org/x --urls crawl/urls.tsv "crawl/$a"
printf '%s\tnot an iri\n' "$a" >bad.tsv
capture bm dg map --urls bad.tsv "crawl/$a"
test_status 1 bm "a manifest with a bad URL: exit 1"
test_grep "bad.tsv:1:" bm.err "... naming the manifest's line"

test_done
