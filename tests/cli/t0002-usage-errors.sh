#!/bin/sh
# t0002-usage-errors.sh - a table of bad invocations: each must exit
# exactly 2, say "Try 'docgraph help..." on stderr and print nothing on
# stdout (and create no file).
. "$srcdir/tests/lib.sh"

echo "Some text about Japan." >x

# One bad command line a row: the arguments, split on blanks (no globbing).
cat >table <<'TABLE'
nosuchcommand
--bogus
-x map x
map
map -q
map -f nosuchformat x
map -f
map x -f
map -o
map --bogus x
map -Z x
map --base notanIRI x
map --base http://example.org/noslash x
map --base relative/ x
map --base
help nosuchcommand
help a b
help map extra
TABLE

set -f
while IFS= read -r args; do
  # shellcheck disable=SC2086
  capture bad dg $args
  test_status 2 bad "docgraph $args: exit 2"
  test_grep "Try 'docgraph help" bad.err "docgraph $args: hint on stderr"
  test_must_be_empty bad.out "docgraph $args: nothing on stdout"
done <table
set +f

ls -A >files
printf '%s\n' bad.err bad.out bad.rc files table x >expect
test_cmp expect files "bad invocations create no file"

# The hint names the command when the error is in a command's options.
# (rows of the table again: without $VALGRIND, memcheck ran them above)
again() { "$DOCGRAPH" "$@"; }
capture bad again map --bogus x
test_grep "Try 'docgraph help map'" bad.err "map's usage errors point to 'docgraph help map'"
test_grep "bogus" bad.err "the message names the bad option"
capture bad again map -f nosuchformat x
test_grep "nosuchformat" bad.err "the message names the bad format"
capture bad again map --base http://example.org/noslash x
test_grep "http://example.org/noslash" bad.err "the message names the bad base"

test_done
