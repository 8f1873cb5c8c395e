#!/bin/sh
# t0003-man-paths.sh - the man page make writes from docgraph.1.in names
# the folders this build installs to: no @pkgdatadir@ left, the
# configured $(pkgdatadir) in its place, every file it names there one
# that `make install` installs (from the source tree), and groff reads it
# without a warning.
. "$srcdir/tests/lib.sh"

man=${builddir:-.}/src/cli/docgraph.1
[ -n "${pkgdatadir:-}" ] || skip_all "pkgdatadir not set: run the tests with 'make check'"
test_expect "make wrote the man page ($man)" test -s "$man"
test_grep ! -F '@pkgdatadir@' "$man" "no @pkgdatadir@ is left"
test_grep ! -F '$(pkgdatadir)' "$man" "no \$(pkgdatadir) is left"
test_grep ! -E '@[A-Za-z_]+@' "$man" "no other @VARIABLE@ is left"
# roff writes '-' as '\-'
esc=$(printf '%s' "$pkgdatadir" | sed 's/-/\\-/g')
test_grep -F "$esc/queries" "$man" "it names the installed queries, $pkgdatadir/queries"

# every path under $(pkgdatadir) is one make install fills, from the source
sed -n "s|.*$(printf '%s' "$esc" | sed 's/[.[\*^$|]/\\&/g')/\([^ ]*\).*|\1|p" "$man" |
  sed 's/\\-/-/g; s/[;,.]*$//' | sort -u >paths
n=0
while read -r p; do
  n=$((n + 1))
  test_expect "'$pkgdatadir/$p' is installed from the source's $p" test -e "$srcdir/$p"
done <paths
if [ "$n" -ge 4 ]; then test_ok "$n paths under \$(pkgdatadir) named"
else test_fail "only $n paths under \$(pkgdatadir) named (4 or more wanted)" "$(cat paths)"; fi

if command -v groff >/dev/null 2>&1; then
  capture groff groff -man -ww -z "$man"
  test_must_be_empty groff.err "groff -man -ww reads it without a warning"
fi

test_done
