#!/bin/sh
# t0355-store-spec.sh - a store spec docgraph does not understand is a
# command-line error (exit 2) naming the accepted forms, in every command
# that takes --store and in $DOCGRAPH_STORE, before anything is created;
# and a password in a spec appears in no message, no file name and no
# `stats` output (a PostgreSQL server that is not there is enough to see
# the messages of a failed open; t0370 runs a real one).
. "$srcdir/tests/lib.sh"

secret=s3cr3t-Pw
echo "Some text about Japan." >page.txt
printf '<http://example.org/s> <http://example.org/p> "o" .\n' >data.nt

# every command that opens a store, with the arguments it needs
cat >commands <<'EOF2'
load page.txt
import data.nt
export
query documents
stats
fsck
EOF2

# the specs: an unknown scheme (a connection string), a known one written
# wrong, a directory-less hashes:, a password with a blank (Redland would
# cut it in two), a connection string without a scheme
cat >specs <<EOF2
virtuoso:dsn=x;uid=dba;password=$secret
odbc:DSN=docgraph;PWD=$secret
postgresql:me:$secret@localhost/db
postgresql://me:$secret@localhost
postgresql://me:$secret with a blank@localhost/db
hashes:
dsn=x;password=$secret
EOF2

set -f
n=0
while IFS= read -r spec; do
  n=$((n + 1))
  # every command with the first spec; the one check they share with the
  # rest (a process start is 0.1 s: the test stays short)
  [ $n = 1 ] && cp commands these || printf 'stats\n' >these
  while IFS= read -r cmd; do
    # shellcheck disable=SC2086
    capture bad dg $cmd --store "$spec"
    test_status 2 bad "$cmd --store spec $n: exit 2"
    test_grep ! -F "$secret" bad.err "$cmd --store spec $n: the password is not printed"
    test_must_be_empty bad.out "$cmd --store spec $n: nothing on stdout"
  done <these
done <specs
set +f

ls -A >files
printf '%s\n' bad.err bad.out bad.rc commands data.nt files page.txt \
  specs these >expect
test_cmp expect files "no bad spec created a store (or any file)"

capture u dg stats --store 'virtuoso:dsn=x;password=y'
test_grep "unknown kind of store 'virtuoso:'" u.err "the message names the unknown scheme"
test_grep -F "hashes:PATH" u.err "... and lists the accepted forms"
test_grep -F "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB" u.err "... all of them"
test_grep -F "./NAME" u.err "... and how to name a directory with a colon"
test_grep "Try 'docgraph help stats'" u.err "... with the usage hint"
capture u2 env DOCGRAPH_STORE="virtuoso:dsn=x;password=$secret" "$DOCGRAPH" load page.txt
test_status 2 u2 "the same in \$DOCGRAPH_STORE: exit 2"
test_grep -F '$DOCGRAPH_STORE' u2.err "... and the message says where the spec came from"
test_grep ! -F "$secret" u2.err "... without the password"
test_expect "... and creates nothing" test ! -e "virtuoso:dsn=x;password=$secret"

# --data and --endpoint do not use $DOCGRAPH_STORE: a bad one is no error
capture d env DOCGRAPH_STORE='virtuoso:dsn=x' "$DOCGRAPH" query --data data.nt -r tsv documents
test_status 0 d "query --data ignores \$DOCGRAPH_STORE"

# a directory whose name has a colon: ./NAME
capture c dg load -q --store ./a:b page.txt
test_status 0 c "--store ./a:b: a directory with a colon in its name"
test_expect "... created" test -f a:b/snapshot

# a password in a well-formed PostgreSQL spec: not in any message when
# the server is not there (a port nothing listens on)
port=$("${PYTHON3:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
for cmd in stats "query documents" "load page.txt"; do
  # shellcheck disable=SC2086
  capture pg dg $cmd --store "postgresql://me:$secret@127.0.0.1:$port/db"
  test_status 1 pg "$cmd on a PostgreSQL server that is not there: exit 1"
  test_grep -F "'postgresql://me@127.0.0.1:$port/db'" pg.err "... naming the store without its password"
  test_grep ! -F "$secret" pg.err "... and the password nowhere"
done
capture pgf dg fsck --store "postgresql://me:$secret@127.0.0.1:$port/db"
test_status 2 pgf "fsck of a PostgreSQL store: exit 2"
test_grep ! -F "$secret" pgf.err "... without the password"
capture pge env PGPASSWORD="$secret x" "$DOCGRAPH" stats --store "postgresql://me@127.0.0.1:$port/db"
test_status 1 pge "a \$PGPASSWORD Redland cannot pass: exit 1"
test_grep ! -F "$secret" pge.err "... without the password"

test_done
