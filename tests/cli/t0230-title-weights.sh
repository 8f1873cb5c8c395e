#!/bin/sh
# t0230-title-weights.sh - the title weights in the repository are the ones
# the annotated pages give: tools/title-train, fed by tools/title-features
# (what `make title-weights` runs), writes exactly
# ontology/gazetteer/title-weights.tsv, and the fitted weights pick the
# right heading on at least 95% of the pages they were fitted on. A change
# to a feature or to the pages that is not refitted fails here.
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"
# the fit is the same for any build; a checker adds nothing to a Python
# loop (the feature program runs under the mapper tests' checkers)
checked_build && skip_all "the fit is checked by the plain build"
prog=$builddir/tools/title-features
[ -x "$prog" ] || skip_all "tools/title-features not built (make check builds it)"

c=$srcdir/tests/corpus
"$PY" "$srcdir/tools/title-train" --features "$prog" --scorer "$c/score" \
  --exclude "n06 n07 n08 n09 n10 n12 n15 n22 w02 w05 w07 w12 w16 w18 w20" -o weights.tsv \
  "$srcdir/seeds" "$c/gold" "$c/dev" "$c/gold" "$c/holdout" "$c/holdout-gold" \
  "$c/written" "$c/written-gold" "$c/written2" "$c/written2-gold" 2>train.err && rc=0 || rc=$?
test_expect "tools/title-train fits the weights (exit $rc)" test "$rc" = 0
[ "$rc" = 0 ] || test_diag -f train.err 20
test_expect "... exactly those of ontology/gazetteer/title-weights.tsv (else: make title-weights)" \
  cmp -s weights.tsv "$srcdir/ontology/gazetteer/title-weights.tsv"
set -- $(sed -n 's/^# weights pick the right heading on \([0-9]*\) of \([0-9]*\)\.$/\1 \2/p' weights.tsv)
test_expect "... which pick the right heading on ${1:-?} of ${2:-?} pages (at least 95%)" \
  test -n "${1:-}" -a "$((${1:-0} * 100))" -ge "$((${2:-1} * 95))"
"$prog" "$srcdir/seeds/"*.txt >features.out 2>features.err && rc=0 || rc=$?
test_expect "tools/title-features reads the seeds (exit $rc)" test "$rc" = 0
n=$(head -1 features.out | wc -w)
test_expect "... and names every weighted feature ($((n - 1)))" \
  test "$((n - 1))" = "$(grep -vc '^#' "$srcdir/ontology/gazetteer/title-weights.tsv")"
test_done
