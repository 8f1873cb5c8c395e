#!/bin/sh
# t0401-queries-folders.sh - saved queries are read at run time: a file
# in the user's folder ($XDG_CONFIG_HOME/docgraph/queries, else
# ~/.config/...; $DOCGRAPH_QUERY_DIR and --query-dir instead) is listed
# and run, and replaces a built-in query of its name; `queries` says
# where each comes from; a broken file is named and the rest still
# listed. (That the installed copies are read from $(pkgdatadir)/queries
# is checked after `make install` by tests/installcheck.sh.)
. "$srcdir/tests/lib.sh"

# CI time: under memcheck each path runs once through `dg` (listing, a
# user's query run, a folder missing, broken files); dg_more runs the
# further cases of those paths bare.
dg_more() {
  if [ -n "$VALGRIND" ]; then "$DOCGRAPH" "$@"; else dg "$@"; fi
}

# where the built-in coauthors comes from here: a copy installed at this
# build's prefix is read before the built-in one
if [ -f "$pkgdatadir/queries/coauthors.rq" ]; then
  below="installed"
else
  below="built-in"
fi

# three triples, counted by hand
cat >data.ttl <<'TTL'
<http://example.org/a> <http://example.org/p> "1" .
<http://example.org/b> <http://example.org/p> "2" .
<http://example.org/c> <http://example.org/q> <http://example.org/a> .
TTL
udir=$XDG_CONFIG_HOME/docgraph/queries
mkdir -p "$udir"
cat >"$udir/triple-count.rq" <<'RQ'
# summary: How many triples have property $p
# param: p — the property (type: iri; default: http://example.org/p)
SELECT (COUNT(*) AS ?n) WHERE { ?s $p ?o }
RQ
# a file of the name of a built-in query replaces it
printf '# summary: my own coauthors\nASK { ?s ?p ?o }\n' >"$udir/coauthors.rq"

capture list dg queries
test_status 0 list "queries lists the user's folder too"
test_must_be_empty list.err "... quietly"
test_grep -x -F "triple-count (user: $udir/triple-count.rq)" list.out \
  "a new query in \$XDG_CONFIG_HOME/docgraph/queries is listed as the user's, with its file"
test_grep -F '    --param p=IRI  the property (iri; default: http://example.org/p)' list.out \
  "... with its parameter from its header"
test_grep -x -F "coauthors (user: $udir/coauthors.rq; replaces the $below one)" list.out \
  "the user's coauthors.rq replaces the $below one, and says so"
test_grep -x -F '    my own coauthors' list.out "... with the user's summary"
if [ "$below" = installed ]; then
  others="timeline (installed: $pkgdatadir/queries/timeline.rq; replaces the built-in one)"
else
  others="timeline (built-in)"
fi
test_grep -x -F "$others" \
  list.out "the others are still the $below ones"

capture names dg_more queries --names
test_grep -x triple-count names.out "queries --names has the user's query"
test_grep -x coauthors names.out "... and coauthors once"
test_expect "... in byte order, each once" sh -c 'LC_ALL=C sort -u names.out | cmp -s - names.out'

capture run dg query --data data.ttl -r csv triple-count
test_status 0 run "query NAME runs the user's query"
printf 'n\r\n2\r\n' >want.csv
test_cmp want.csv run.out "... with its default parameter: 2 triples"
capture run2 dg_more query --data data.ttl -r csv triple-count --param p=http://example.org/q
test_cmp "$(printf 'n\r\n1\r\n' >want1.csv && echo want1.csv)" run2.out "... and --param"
capture co dg_more query --data data.ttl coauthors
test_cmp "$(echo true >true.txt && echo true.txt)" co.out "query coauthors runs the user's file, not the $below one"
capture show dg_more queries coauthors
test_cmp "$udir/coauthors.rq" show.out "queries coauthors prints the user's file"

# the folder: XDG_CONFIG_HOME unset or relative means ~/.config
mkdir -p home/.config/docgraph/queries
printf 'ASK { }\n' >home/.config/docgraph/queries/home-only.rq
capture h env -u XDG_CONFIG_HOME HOME="$PWD/home" "$DOCGRAPH" queries --names
test_grep -x home-only h.out "without XDG_CONFIG_HOME: ~/.config/docgraph/queries"
capture h2 env XDG_CONFIG_HOME=relative/dir HOME="$PWD/home" "$DOCGRAPH" queries --names
test_grep -x home-only h2.out "a relative XDG_CONFIG_HOME is ignored (the XDG rule)"

# $DOCGRAPH_QUERY_DIR instead of the XDG folder, --query-dir over both
mkdir envdir optdir
printf 'ASK { }\n' >envdir/from-env.rq
printf 'ASK { }\n' >optdir/from-opt.rq
capture e env DOCGRAPH_QUERY_DIR="$PWD/envdir" "$DOCGRAPH" queries --names
test_grep -x from-env e.out "\$DOCGRAPH_QUERY_DIR names the user's folder"
test_grep ! -x triple-count e.out "... instead of the XDG one"
capture o env DOCGRAPH_QUERY_DIR="$PWD/envdir" "$DOCGRAPH" queries --names --query-dir optdir
test_grep -x from-opt o.out "--query-dir wins over \$DOCGRAPH_QUERY_DIR"
test_grep ! -x from-env o.out "... which is then not read"
capture o2 dg_more query --query-dir optdir --data data.ttl from-opt
test_cmp true.txt o2.out "query --query-dir DIR runs a query of DIR"
capture miss dg queries --query-dir no-such-dir
test_status 1 miss "a --query-dir that does not exist: exit 1"
test_grep -F "cannot read the query folder 'no-such-dir'" miss.err "... naming it"
test_grep -x -F "$others" miss.out "... and the other queries are still listed"
capture miss2 dg_more query --query-dir no-such-dir --data data.ttl coauthors
test_status 1 miss2 "query with an unreadable folder runs nothing (exit 1)"
test_must_be_empty miss2.out "... and prints nothing"

# broken files: each named, the rest still listed, exit 1
printf '# param: 9x — no name\nASK { }\n' >"$udir/broken.rq"
printf 'ASK { }\0junk\n' >"$udir/nul.rq"
printf 'ASK { }\n' >"$udir/two words.rq"
printf 'ASK { }\n' >"$udir/.hidden.rq"
mkdir "$udir/dir.rq"
capture bad dg queries
test_status 1 bad "broken query files: queries exits 1"
test_grep -F "$udir/broken.rq:1: '# param:' needs a name" bad.err "a malformed header is named with its file and line"
test_grep -F "'$udir/nul.rq' holds a NUL byte" bad.err "a NUL byte is named"
test_grep -F "'$udir/dir.rq': not a regular file" bad.err "a folder called .rq is named"
test_grep -F "skipped '$udir/two words.rq'" bad.err "a file name that is no query name is skipped with a warning"
test_grep ! hidden bad.err "a hidden file is ignored"
test_grep -x -F "triple-count (user: $udir/triple-count.rq)" bad.out "the good queries are still listed"
test_grep -x "timeline (.*)" bad.out "... the built-in ones too"
test_grep ! -E '^(broken|nul|dir) ' bad.out "the broken ones are not"
capture badrun dg query --data data.ttl broken
test_status 1 badrun "query NAME of a broken file exits 1"
test_grep -F "$udir/broken.rq:1:" badrun.err "... naming the file"
if command -v mkfifo >/dev/null && mkfifo "$udir/fifo.rq"; then
  capture fifo timeout 20 "$DOCGRAPH" query --data data.ttl fifo
  test_status 1 fifo "a FIFO called NAME.rq is refused, not opened (no hang)"
fi

test_done
