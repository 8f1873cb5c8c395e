#!/bin/sh
# t0400-queries.sh - `docgraph queries`: the library of saved queries is
# listed with summaries and parameters, every file's header is complete
# and consistent with its text, and bad invocations exit 2.
. "$srcdir/tests/lib.sh"

capture list dg queries
test_status 0 list "queries lists the saved queries"
test_must_be_empty list.err "queries prints nothing on stderr"

# the library as shipped: every queries/*.rq is listed, by its name
n_files=0
memcheck_reset
for f in "$srcdir"/queries/*.rq; do
  n_files=$((n_files + 1))
  name=$(basename "$f" .rq)
  # built in, or read from the installed copy when one is installed
  if [ -f "$pkgdatadir/queries/$name.rq" ]; then
    test_grep -x -F "$name (installed: $pkgdatadir/queries/$name.rq; replaces the built-in one)" list.out \
      "queries lists '$name' (installed)"
  else
    test_grep "^$name (built-in)\$" list.out "queries lists '$name' (built-in)"
  fi

  # the header: name = file name, a one-line summary, params well-formed
  hdr_name=$(sed -n 's/^# name: *//p' "$f")
  if [ "$hdr_name" = "$name" ]; then test_ok "$name: '# name:' matches the file name"
  else test_fail "$name: '# name:' is '$hdr_name'"; fi
  if [ "$(grep -c '^# summary: ..*' "$f")" = 1 ]; then test_ok "$name: one '# summary:' line"
  else test_fail "$name: needs exactly one '# summary:' line"; fi
  if grep -q '^# example: docgraph query' "$f"; then test_ok "$name: has an example"
  else test_fail "$name: no '# example:' line"; fi

  # every declared parameter is used as $NAME, never also as ?NAME
  for p in $(sed -n 's/^# param: *\([A-Za-z_][A-Za-z0-9_]*\).*/\1/p' "$f"); do
    if grep -v '^#' "$f" | grep -q "\\\$$p\\b"; then test_ok "$name: \$$p is used"
    else test_fail "$name: parameter '$p' is declared but \$$p never appears"; fi
    if grep -v '^#' "$f" | grep -q "?$p\\b"; then test_fail "$name: ?$p clashes with parameter \$$p"
    else test_ok "$name: no ?$p beside \$$p"; fi
  done

  # `queries NAME` prints the file as shipped (under memcheck the first
  # three through valgrind, the rest without: one printer, the same path
  # for every file; ASan and UBSan run them all)
  if memcheck_enough 3; then
    capture show "$DOCGRAPH" queries "$name"
  else
    capture show dg queries "$name"
  fi
  test_cmp "$f" show.out "queries $name prints the query text"

  # documented: README and the man page show it
  test_grep "$name" "$srcdir/README.md" "$name is documented in README.md"
  # roff writes each '-' of the name as '\-'
  test_grep "$(printf '%s' "$name" | sed 's/-/\\\\-/g')" "$srcdir/src/cli/docgraph.1.in" \
    "$name is documented in docgraph(1)"
done
n_listed=$(grep -c '^[a-z]' list.out)
capture names dg queries --names
test_status 0 names "queries --names exits 0"
if ls "$srcdir"/queries/*.rq | sed 's,.*/,,; s,\.rq$,,' | LC_ALL=C sort | cmp -s - names.out; then
  test_ok "queries --names prints every name, one a line, sorted"
else
  test_fail "queries --names prints every name, one a line, sorted"
  test_diag -f names.out
fi
if [ "$n_listed" = "$n_files" ] && [ "$n_files" -ge 14 ]; then
  test_ok "all $n_files saved queries are listed (at least 14)"
else
  test_fail "listed $n_listed queries, $n_files files (at least 14 wanted)"
fi

# parameters are shown with type and default (or 'required')
test_grep '^    --param author=TEXT  .*(literal; default: Gilbert Rozman)$' list.out \
  "a literal parameter is listed with its type and default"
test_grep '^    --param limit=N  .*(integer; default: 10)$' list.out \
  "an integer parameter is listed with its type and default"
test_grep '^    --param subject=IRI  .*(iri; default: https://' list.out \
  "an iri parameter is listed with its type and default"

# bad invocations: exit 2 with a hint
test_expect_code 2 "queries NO-SUCH exits 2" dg queries no-such-query
test_expect_code 2 "queries with two names exits 2" dg queries coauthors timeline
test_expect_code 2 "queries --bogus exits 2" dg queries --bogus
test_expect_code 2 "queries --names NAME exits 2" dg queries --names coauthors
capture bad dg queries no-such-query
test_grep "no saved query called 'no-such-query'" bad.err "the error names the query"
test_grep "Try 'docgraph help queries'" bad.err "the error gives a hint"
test_expect "queries --help exits 0" dg queries --help

test_done
