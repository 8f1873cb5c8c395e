#!/bin/sh
# t0405-query-examples.sh - every query example of the README runs on the
# seeds (loaded into a store, the ISO 3166 data imported) and gives rows,
# or the README says on its line why it gives none.
. "$srcdir/tests/lib.sh"

cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
dg load -q seeds
dg import -q "$srcdir/ontology/iso3166.ttl"

sed -n '/^One example each/,/^#### Parameters/p' "$srcdir/README.md" |
  sed -n 's/^    docgraph query //p' >examples
n=$(wc -l <examples | tr -d ' ')
test_expect "the README has an example for each of the 20 saved queries ($n)" test "$n" = 20

docgraph() { dg "$@"; }   # the examples call docgraph by name
i=0
while IFS= read -r ex; do
  i=$((i + 1))
  why=
  case $ex in
    *'# no row on the seeds'*) why=${ex#*# } ; ex=$(printf '%s' "${ex%%#*}" | sed 's/ *$//') ;;
  esac
  # the example as a user types it, in a shell, output to a file
  eval "docgraph query $ex" >"ex$i.out" 2>"ex$i.err" </dev/null && rc=0 || rc=$?
  out=ex$i.out
  case $ex in *'> coauthors.nt'*) out=coauthors.nt ;; esac
  rows=$(grep -c -v -e '^?' -e '^$' -e '^@prefix' -e '^"\?[a-z]*"\?,' "$out" || :)
  case $ex in *'-r csv'*) rows=$(($(wc -l <"$out") - 1)) ;; esac
  if [ -n "$why" ]; then
    if [ "$rc" = 0 ] && [ "$rows" = 0 ]; then
      test_ok "docgraph query $ex: no row, as the README says ($why)"
    else
      test_fail "docgraph query $ex: the README says it gives no row" "exit $rc, $rows rows"
    fi
  elif [ "$rc" = 0 ] && [ "$rows" -gt 0 ]; then
    test_ok "docgraph query $ex: $rows rows"
  else
    test_fail "docgraph query $ex: rows on the seeds" "exit $rc, $rows rows"
    test_diag -f "ex$i.err"
  fi
done <examples

# parameters are checked by type
memcheck_reset
for v in abc 17 2017-01-01 '2017 '; do
  memcheck_enough 2 && continue
  test_expect_code 2 "timeline --param from='$v': not a year, exit 2" dg query timeline --param "from=$v"
done
memcheck_reset
for v in 2018-02-30 2019-02-29 2018-04-31 2018-00-10 0000-01-01; do
  memcheck_enough 2 && continue
  test_expect_code 2 "events-between --param from=$v: no such day, exit 2" \
    dg query events-between --param "from=$v"
done
memcheck_reset
for v in 2020-02-29 2000-02-29 2018-12-31; do
  memcheck_enough 1 && continue
  test_expect_code 0 "events-between --param from=$v: a real day, exit 0" \
    dg query events-between --param "from=$v"
done
for v in -1 +1; do
  test_expect_code 2 "prolific-authors --param limit=$v: a LIMIT takes a count, exit 2" \
    dg query prolific-authors --param "limit=$v"
done

test_done
