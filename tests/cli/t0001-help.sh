#!/bin/sh
# t0001-help.sh - --help, -h, --version and `help [COMMAND]` exit 0 and
# print to stdout; no arguments at all is a usage error.
. "$srcdir/tests/lib.sh"

# a command line the first loop ran already, looked at again: without
# $VALGRIND (memcheck ran it there)
again() { "$DOCGRAPH" "$@"; }

for args in "--help" "-h" "--version" "help" "help map" "map --help" "help help"; do
  # shellcheck disable=SC2086
  capture run dg $args
  test_status 0 run "docgraph $args: exit 0"
  test_expect "docgraph $args: prints to stdout" test -s run.out
  test_must_be_empty run.err "docgraph $args: nothing on stderr"
done

capture run again --help
test_grep '^Usage: docgraph COMMAND' run.out "--help starts with a usage line"
test_grep "^Exit status" run.out "--help explains the exit status"

capture run again --version
head -n 1 run.out >first
echo "docgraph 0.1.0" >expect
test_cmp expect first "--version: first line is 'docgraph 0.1.0'"

capture run dg -V
test_status 0 run "-V: exit 0"
test_cmp expect first "-V: same first line as --version"

capture run again map --help
test_grep '^Usage: docgraph map' run.out "map --help: usage of map"
capture help again help map
test_cmp run.out help.out "'help map' prints the same as 'map --help'"

# Every command in the list of `docgraph help` has its own help.
capture list again help
sed -n '/^Commands:/,/^$/p' list.out | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p' >commands
test_expect "'docgraph help' lists commands" test -s commands
test_grep '^map$' commands "'docgraph help' lists map"
# under memcheck three commands' help: one printer, static text (ASan
# and UBSan run every command's)
memcheck_reset
for c in $(cat commands); do
  memcheck_enough 3 && continue
  capture c dg help "$c"
  test_status 0 c "help $c: exit 0"
  test_grep "docgraph $c" c.out "help $c: names the command"
  test_must_be_empty c.err "help $c: nothing on stderr"
done

# `docgraph --help` lists the same commands.
capture top again --help
sed -n '/^Commands:/,/^$/p' top.out | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p' >commands2
test_cmp commands commands2 "--help and 'help' list the same commands"

# README's "The commands" shows the same synopsis as `docgraph help`
# (columns aligned there: compared with runs of spaces squeezed)
capture syn again help
sed -n '/^Synopsis:/,/^$/p' syn.out | sed -n 's/^  \(docgraph [a-z].*\)/\1/p' | grep -v '^docgraph help' |
  tr -s ' ' >synopsis
sed -n '/^## The commands/,/^Every command/p' "$srcdir/README.md" | sed -n 's/^    \(docgraph [a-z].*\)/\1/p' |
  grep -v '^docgraph help' | tr -s ' ' >readme-synopsis
test_expect "docgraph help prints a synopsis" test -s synopsis
test_cmp synopsis readme-synopsis "README's synopsis is docgraph help's"

capture none dg
test_status 2 none "no arguments: exit 2"
test_must_be_empty none.out "no arguments: nothing on stdout"
test_grep '^Usage: docgraph' none.err "no arguments: usage on stderr"

test_done
