#!/bin/sh
# t0370-postgresql.sh - --store postgresql://USER@HOST:PORT/DB keeps the
# graph in a real PostgreSQL server through Redland's postgresql storage:
# load (and reload: unchanged documents are skipped), a SPARQL count
# through librdf, export (N-Quads keeps the graphs), stats, import.
#
# The test starts its own server on 127.0.0.1 (initdb and pg_ctl as the
# postgres user, trust authentication, a port of its own) and stops it at
# the end. It needs root (to run as postgres) and PostgreSQL 15's binaries;
# without them it skips (fails with DOCGRAPH_ALLOW_SKIP=0, as in CI).
. "$srcdir/tests/lib.sh"

pgbin=
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && pgbin=$d
done
if [ -z "$pgbin" ] || ! is_root || ! command -v runuser >/dev/null 2>&1 ||
   ! id postgres >/dev/null 2>&1; then
  if [ "$DOCGRAPH_ALLOW_SKIP" = 1 ]; then
    skip_all "needs root, the postgres user and PostgreSQL's initdb/pg_ctl"
  fi
  _say "Bail out! PostgreSQL test needs root, the postgres user and initdb/pg_ctl (package postgresql)"
  _tap_done=1
  exit 1
fi

chmod 755 "$TEST_ROOT" "$TEST_DIR"
PGDATA=$TEST_DIR/pgdata
# a port of our own: free, and different for tests running side by side
port=$((20000 + $$ % 20000))
while "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null ||
      ss -ltn 2>/dev/null | grep -q ":$port "; do
  port=$((port + 1))
done
pg() { runuser -u postgres -- "$@"; }
stop_pg() { pg "$pgbin/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || :; }
trap '_rc=$?; stop_pg; (exit $_rc); _tap_cleanup' EXIT

install -d -o postgres -g postgres -m 700 "$PGDATA"
capture init pg "$pgbin/initdb" -D "$PGDATA" -A trust -U postgres --no-sync
test_status 0 init "initdb"
capture start pg "$pgbin/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PGDATA -c fsync=off" start
test_status 0 start "pg_ctl start on 127.0.0.1:$port"
capture db pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres docgraph
test_status 0 db "createdb docgraph"

S=postgresql://postgres@127.0.0.1:$port/docgraph
cp -R "$srcdir/seeds" seeds
chmod -R u+w seeds
n=$(ls seeds | wc -l)

capture l1 dg load --store "$S" seeds
test_status 0 l1 "load into PostgreSQL: exit 0"
test_grep "^docgraph: load: $n added, 0 replaced, 0 unchanged, 0 failed\$" l1.err "load: $n added"
capture l2 dg load --store "$S" seeds
test_grep "^docgraph: load: 0 added, 0 replaced, $n unchanged, 0 failed\$" l2.err \
  "reload: all unchanged (the store remembers across connections)"

dg map -f nquads seeds | sort >map.nq
capture ex dg export --store "$S" -f nquads
test_status 0 ex "export from PostgreSQL: exit 0"
grep -v -F ' <https://w3id.org/docgraph/records> .' ex.out | sort >ex.sorted
test_cmp map.nq ex.sorted "export = map of the seeds, every statement in its graph (records apart)"
test_expect "the store's records: two statements a document" \
  test "$(grep -c -F ' <https://w3id.org/docgraph/records> .' ex.out)" = 10

# a SPARQL count through librdf (docgraph query runs librdf_model_query_execute)
cat >count.rq <<'EOF'
SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/docgraph/ns#Document> }
EOF
capture q dg query --store "$S" -r csv count.rq
test_status 0 q "query against PostgreSQL: exit 0"
test_grep "^$n" q.out "the SPARQL count of documents is $n"

capture st dg stats --store "$S"
test_grep "^backend: postgresql\$" st.out "stats names the backend"
test_grep "^triples: $(wc -l <map.nq | tr -d ' ')\$" st.out "stats counts the statements"
test_grep "^graphs: $n\$" st.out "stats counts the graphs"

# a changed document replaces its graph there too
victim=$(ls seeds | sed -n 2p)
printf '\nOne more paragraph.\n' >>"seeds/$victim"
capture l3 dg load --store "$S" seeds
test_grep "^docgraph: load: 0 added, 1 replaced, $((n - 1)) unchanged, 0 failed\$" l3.err \
  "a changed document is replaced"
dg map -f nquads seeds | sort >map2.nq
dg export --store "$S" -f nquads | grep -v -F ' <https://w3id.org/docgraph/records> .' |
  sort >ex2.sorted
test_cmp map2.nq ex2.sorted "after the change the store = map of the changed seeds"

capture im dg import --store "$S" "$srcdir/ontology/iso3166.ttl"
test_status 0 im "import into PostgreSQL: exit 0"

capture bad dg export --store "postgresql://postgres@127.0.0.1:$port/nosuchdb"
test_status 1 bad "a database that does not exist: exit 1"
test_grep "cannot open store 'postgresql://postgres@127.0.0.1:$port/nosuchdb'" bad.err \
  "... naming the store"

# a password in the spec (trust authentication takes any): used, and
# shown nowhere, neither by stats nor in a message
pw=s3cr3t-Pw
capture spw dg stats --store "postgresql://postgres:$pw@127.0.0.1:$port/docgraph"
test_status 0 spw "a spec with a password: exit 0"
test_grep "^store: postgresql://postgres@127.0.0.1:$port/docgraph\$" spw.out \
  "stats names the store without its password"
test_grep ! -F "$pw" spw.out "... nowhere in its output"
capture bpw dg export --store "postgresql://postgres:$pw@127.0.0.1:$port/nosuchdb"
test_status 1 bpw "a database that does not exist, with a password: exit 1"
test_grep ! -F "$pw" bpw.err "... and the password is in no message"

stop_pg
capture down dg stats --store "$S"
test_status 1 down "the server stopped: exit 1, with a message"

test_done
