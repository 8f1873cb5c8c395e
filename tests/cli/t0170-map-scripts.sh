#!/bin/sh
# t0170-map-scripts.sh - names in other scripts get readable IRIs: an
# author written in Cyrillic is transliterated (ICU) and keeps apart from
# the same name written in Latin letters by a suffix, 8 hex digits of the
# SHA-256 of the name's key (lowercased, one space between words), which
# coreutils' sha256sum computes here; rapper reads every IRI.
. "$srcdir/tests/lib.sh"
require_rapper
command -v sha256sum >/dev/null 2>&1 || skip_all "sha256sum not found"

cat >page.txt <<'TEXT'
Energy Security in the Arctic

By Ivan Petrov, Иван Петров and Мария Иванова

March 3, 2024

The Arctic matters for energy security.
TEXT

capture map dg map -f ntriples page.txt
test_status 0 map "map: exit 0 for a byline in Latin and Cyrillic letters"
test_must_be_empty map.err "... with nothing on stderr"
mv map.out page.nt
test_rapper ntriples page.nt "rapper reads the output without a warning"
rapper -q -i ntriples -o ntriples page.nt >rapper.nt 2>rapper.err || :

id=https://w3id.org/docgraph/id/person
ns=https://w3id.org/docgraph/ns
h_ivan=$(printf '%s' 'иван петров' | sha256sum | cut -c1-8)
h_maria=$(printf '%s' 'мария иванова' | sha256sum | cut -c1-8)
test_grep -F "<$id/maria-ivanova-$h_maria> <$ns#name> \"\\u041C\\u0430\\u0440\\u0438\\u044F " rapper.nt \
  "Мария Иванова is person/maria-ivanova-$h_maria"
test_grep -F "<$ns#author> <$id/ivan-petrov-$h_ivan> ." rapper.nt \
  "Иван Петров is an author, person/ivan-petrov-$h_ivan"
test_grep -F "<$ns#author> <$id/ivan-petrov> ." rapper.nt \
  "Ivan Petrov keeps his suffix-less IRI, another person"
test_grep ! -F '%' rapper.nt "no percent-encoded IRI is left"
test_done
