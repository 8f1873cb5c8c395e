#!/bin/sh
# installcheck.sh BINDIR PKGDATADIR MANDIR BASHCOMPLETIONDIR - run by
# `make installcheck` (and so by `make distcheck`) after `make install`:
# the installed docgraph reads its saved queries from the folder make
# install filled, the installed man page names that folder, and the
# installed bash completion offers the installed queries.
set -eu
bindir=$1 pkgdatadir=$2 mandir=$3 bashcompdir=$4
tmp=$(mktemp -d "${TMPDIR:-/tmp}/docgraph-installcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# no user folder: every query must come from the installed one
HOME=$tmp XDG_CONFIG_HOME=$tmp/config LC_ALL=C
export HOME XDG_CONFIG_HOME LC_ALL
unset DOCGRAPH_QUERY_DIR || :
fail=0
bad() { printf 'installcheck: %s\n' "$*" >&2; fail=1; }

"$bindir/docgraph" queries >"$tmp/list" || bad "docgraph queries failed"
n=0
for f in "$pkgdatadir"/queries/*.rq; do
  [ -f "$f" ] || { bad "no saved query installed in $pkgdatadir/queries"; break; }
  n=$((n + 1))
  # each installed copy hides the built-in query of its name
  grep -qxF "$(basename "$f" .rq) (installed: $f; replaces the built-in one)" "$tmp/list" ||
    bad "$(basename "$f" .rq) is not read from $f"
done
[ "$(grep -c ' (installed: ' "$tmp/list")" = "$n" ] || bad "not every query listed is an installed one"

# the man page: the folder's path, with roff's '\-' for '-'
want=$(printf '%s/queries/' "$pkgdatadir" | sed 's/-/\\-/g')
grep -qF "$want" "$mandir/man1/docgraph.1" || bad "$mandir/man1/docgraph.1 does not name $pkgdatadir/queries/"
! grep -qF '@pkgdatadir@' "$mandir/man1/docgraph.1" || bad "$mandir/man1/docgraph.1 has @pkgdatadir@ left"

if [ -n "$bashcompdir" ] && command -v bash >/dev/null; then
  [ -f "$bashcompdir/docgraph" ] || bad "no bash completion in $bashcompdir"
  got=$(PATH=$bindir:$PATH bash -c '. "$1/docgraph"; COMP_WORDS=(docgraph query time); COMP_CWORD=2
    _docgraph; printf "%s\n" "${COMPREPLY[@]}"' sh "$bashcompdir")
  [ "$got" = timeline ] || bad "the installed bash completion offers '$got' for 'docgraph query time'"
fi
[ "$fail" = 0 ] && echo "installcheck: docgraph reads the $n queries installed in $pkgdatadir/queries"
exit "$fail"
