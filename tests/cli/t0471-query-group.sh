#!/bin/sh
# t0471-query-group.sh - GROUP BY with COUNT. rasqal 0.9.33's grouping
# and its ORDER BY of the groups cost more than the rows grouped, so
# docgraph runs a top-level GROUP BY query of the saved aggregates' shape
# without its GROUP BY, HAVING, ORDER BY, LIMIT and OFFSET, and applies
# them to the rows itself (rasqal_compat.c, item 8). Every answer here is
# checked against the ungrouped rows (the query without GROUP BY, which
# docgraph passes to rasqal untouched) counted, filtered, sorted and cut by
# awk, sort and sed; against Jena ARQ too when it is installed. A store
# changed by load (a changed page, a removed page) and by import answers
# as the same data given with --data: there is nothing kept to go stale.
. "$srcdir/tests/lib.sh"

# 60 subjects: ?k has 7 values, ?w 3; every third subject has no ?w, so
# an OPTIONAL ?w is unbound there; ?o is a language-tagged literal
awk 'BEGIN { for (i = 0; i < 60; i++) {
  printf "<http://example.org/s%d> <http://example.org/p> \"k%d\" .\n", i, (i * i) % 7
  if (i % 3) printf "<http://example.org/s%d> <http://example.org/w> \"w%d\" .\n", i, i % 3 + (i > 40)
  printf "<http://example.org/s%d> <http://example.org/l> \"x%d\"@en .\n", i, i % 2 } }' >data.nt
capture imp dg import --store d.store data.nt
test_status 0 imp "the data is imported into a store"

P='PREFIX ex: <http://example.org/>'
q() { printf '%s\n%s\n' "$P" "$1" >"$2.rq"; }
rows() { tail -n +2 "$1"; }      # TSV less its header

# counts of the first column of ungrouped rows, as "key<TAB>count"
count1() { awk -F'\t' '{ n[$1]++ } END { for (k in n) printf "%s\t%d\n", k, n[k] }'; }

check() { # NAME GROUPED-QUERY UNGROUPED-QUERY SHAPE-CMD [force]
  q "$2" "$1"; q "$3" "$1-rows"
  for src in store data; do
    if [ $src = store ]; then from="--store d.store"; else from="--data data.nt"; fi
    capture "$1-$src" dg query ${5:+--force} -q -r tsv $from "$1.rq"
    capture "$1-$src-rows" dg query -r tsv $from "$1-rows.rq"
    rows "$1-$src-rows.out" | sh -c "$4" >"$1-$src.want"
    rows "$1-$src.out" >"$1-$src.got"
    if [ ! -s "$1-$src.want" ]; then
      test_fail "$1 ($src): the ungrouped query gave no rows"
      test_diag -f "$1-$src-rows.err"
    else
      test_cmp "$1-$src.want" "$1-$src.got" "$1 ($src): the ungrouped rows counted"
    fi
  done
}

C1="$(cat <<'EOF'
awk -F'\t' '{ n[$1]++ } END { for (k in n) printf "%s\t%d\n", k, n[k] }'
EOF
)"
# by count (descending), then key; a slice of it
check desc 'SELECT ?k (COUNT(?s) AS ?n) WHERE { ?s ex:p ?k } GROUP BY ?k HAVING (BOUND(?k)) ORDER BY DESC(?n) ?k' \
           'SELECT ?k ?s WHERE { ?s ex:p ?k }' "$C1 | sort -t'	' -k2,2nr -k1,1"
test_expect "desc: 4 groups (the squares modulo 7)" test "$(wc -l <desc-store.got)" -eq 4
check slice 'SELECT ?k (COUNT(?s) AS ?n) WHERE { ?s ex:p ?k } GROUP BY ?k ORDER BY DESC(?n) STR(?k) LIMIT 2 OFFSET 1' \
            'SELECT ?k ?s WHERE { ?s ex:p ?k }' "$C1 | sort -t'	' -k2,2nr -k1,1 | sed -n 2,3p"
# two keys, the count between them in the projection, and ASC()
check two 'SELECT ?k (COUNT(*) AS ?n) ?w WHERE { ?s ex:p ?k . ?s ex:w ?w } GROUP BY ?k ?w ORDER BY ASC(?k) DESC(?w)' \
          'SELECT ?k ?w WHERE { ?s ex:p ?k . ?s ex:w ?w }' \
          "awk -F'\t' '{ n[\$1 \"\t\" \$2]++ } END { for (k in n) { split(k, a, \"\t\"); printf \"%s\t%d\t%s\n\", a[1], n[k], a[2] } }' | sort -t'	' -k1,1 -k3,3r"
# a key unbound in some rows (OPTIONAL): HAVING (BOUND(...)) drops its
# group, without HAVING the group has an empty key
check having 'SELECT ?w (COUNT(?s) AS ?n) WHERE { ?s ex:p ?k OPTIONAL { ?s ex:w ?w } } GROUP BY ?w HAVING (BOUND(?w)) ORDER BY ?w' \
             'SELECT ?w ?s WHERE { ?s ex:p ?k OPTIONAL { ?s ex:w ?w } }' "$C1 | grep -v '^	' | sort"
q 'SELECT ?w (COUNT(?s) AS ?n) WHERE { ?s ex:p ?k OPTIONAL { ?s ex:w ?w } } GROUP BY ?w' unbound
capture unbound dg query -r tsv --store d.store unbound.rq
test_grep -x "	20" unbound.out "without HAVING, the 20 rows without ?w are a group with an empty key"
# COUNT(?x) counts the rows where ?x is bound (rasqal 0.9.33 counts an
# unbound one as 1: the lint stops this query without --force)
check bound 'SELECT ?k (COUNT(?w) AS ?n) WHERE { ?s ex:p ?k OPTIONAL { ?s ex:w ?w } } GROUP BY ?k ORDER BY ?k' \
            'SELECT ?k ?w WHERE { ?s ex:p ?k OPTIONAL { ?s ex:w ?w } }' \
            "awk -F'\t' '{ n[\$1] += (\$2 != \"\") } END { for (k in n) printf \"%s\t%d\n\", k, n[k] }' | sort" force
# the WHERE clause a DISTINCT sub-query alone (publications-by-year)
check sub 'SELECT ?k (COUNT(?w) AS ?n) WHERE { { SELECT DISTINCT ?k ?w WHERE { ?s ex:p ?k . ?s ex:w ?w } } } GROUP BY ?k HAVING (BOUND(?k)) ORDER BY ?k' \
          'SELECT DISTINCT ?k ?w WHERE { ?s ex:p ?k . ?s ex:w ?w }' "$C1 | sort"
# a language-tagged key to order by: rasqal orders the groups (run as
# written); the counts are the same
check lang 'SELECT ?o (COUNT(?s) AS ?n) WHERE { ?s ex:l ?o } GROUP BY ?o ORDER BY ?o' \
           'SELECT ?o ?s WHERE { ?s ex:l ?o }' "$C1 | sort"

# not the shape taken (a SUM): rasqal's, and still right
q 'SELECT ?k (SUM(1) AS ?n) WHERE { ?s ex:p ?k } GROUP BY ?k ORDER BY ?k' sum
capture sum dg query -r tsv --store d.store sum.rq
rows desc-store.out | sort >sum.want
rows sum.out >sum.got
test_cmp sum.want sum.got "SUM(1): rasqal's grouping, the same counts"

# a syntax error is reported where it is in the query as written
q 'SELECT ?k (COUNT(?s) AS ?n)
WHERE { ?s ex:p ?k
  FILTER( }
GROUP BY ?k ORDER BY ?k' bad
capture bad dg query -r tsv --store d.store bad.rq
test_status 1 bad "a syntax error in a grouped query: exit 1"
test_grep -F "bad.rq:4:" bad.err "the message gives the line of the query as written"

# a store changed by load and import answers as its data does (under
# valgrind: the first two queries)
mkdir -p pages
for i in 1 2 3; do
  printf 'Report %d\n\nBy Ada Nowak and Bo Lind\n\nPublished 2020-0%d-01\n\nOn Chile and Peru.\n' \
    "$i" "$i" >pages/r$i.txt
done
capture l1 dg load -q --store p.store pages
printf 'Report 2\n\nBy Ada Nowak\n\nPublished 2021-05-01\n\nOn Chile.\n' >pages/r2.txt
rm pages/r3.txt
capture l2 dg load -q --store p.store pages
test_status 0 l2 "load of a changed page and a removed one"
capture i1 dg import -q --store p.store --graph https://example.org/extra data.nt
test_status 0 i1 "import into the loaded store"
"$DOCGRAPH" export -q -f nquads --store p.store >p.nq
memcheck_reset
for name in prolific-authors publications-by-year countries-most-mentioned \
            countries-mentioned-together organizations-by-publications; do
  memcheck_enough 2 && break
  capture "$name-s" dg query -q -r tsv --store p.store "$name"
  capture "$name-d" dg query -q -r tsv --data p.nq "$name"
  test_cmp "$name-d.out" "$name-s.out" "$name: the changed store answers as its export does"
done

# Jena ARQ, when installed, on the same data and queries
if [ -z "$VALGRIND" ] && . "$srcdir/tests/jena.sh" 2>/dev/null && jena_available; then
  for n in desc slice two having sub; do
    arq --data data.nt --query "$n.rq" --results TSV 2>arq.err | tail -n +2 |
      sed 's/"\([0-9]*\)"^^<http:\/\/www.w3.org\/2001\/XMLSchema#integer>/\1/g' >"$n.arq"
    test_cmp "$n.arq" "$n-store.got" "$n: the same rows as Jena ARQ"
  done
else
  test_skip "the same rows as Jena ARQ" "Jena is not installed (or under valgrind)"
fi

test_done
