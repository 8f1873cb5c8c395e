#!/bin/sh
# t0410-query-data.sh - `docgraph query --data`: every saved query runs on
# the fixture (TriG and N-Quads) and on the mapped seeds, cleanly; every
# result format is well-formed, checked by a real parser (python3's csv,
# json and xml modules; rapper for RDF).
. "$srcdir/tests/lib.sh"

PY=${PYTHON3:-python3}
fixture=$srcdir/tests/data/fixture.trig
require_rapper

rapper -q -i trig -o nquads "$fixture" >fixture.nq 2>/dev/null
capture map dg map -f nquads -o seeds.nq "$srcdir/seeds"
test_status 0 map "the seeds map to N-Quads"

queries=$(cd "$srcdir/queries" && ls *.rq | sed 's/\.rq$//')

plain_dg() { "$DOCGRAPH" "$@"; } # docgraph without $VALGRIND
form_of() { grep -m1 -o -E '^(SELECT|ASK|CONSTRUCT)' "$srcdir/queries/$1.rq"; }

memcheck_reset
for q in $queries; do
  case $(form_of "$q") in
    CONSTRUCT) fmts="turtle ntriples" ;;
    *) fmts="tsv" ;;
  esac
  # the fixture as TriG and as N-Quads (two parsers) and the seeds; under
  # valgrind the seeds (N-Quads), and the fixture as TriG for the first
  # few queries; past those the seeds without valgrind (every query runs
  # under memcheck on the fixture below, where each finds something)
  datas="fixture.trig fixture.nq seeds.nq"
  run=dg
  if [ -n "$VALGRIND" ]; then
    datas="seeds.nq"
    if memcheck_enough 3; then
      run=plain_dg
    else
      datas="fixture.trig seeds.nq"
    fi
  fi
  for data in $datas; do
    src=$data
    [ "$data" = fixture.trig ] && src=$fixture
    for f in $fmts; do
      capture run "$run" query --data "$src" -r "$f" "$q"
      if [ "$rc" = 0 ] && [ ! -s run.err ]; then
        test_ok "$q on $data (-r $f): exit 0, no diagnostics"
      else
        test_fail "$q on $data (-r $f): exit $rc"; test_diag -f run.err
      fi
    done
  done
  # on the fixture every query finds something
  capture fx dg query --data "$fixture" -r tsv "$q"
  case $(form_of "$q") in
    # (the count of a CONSTRUCT's triples: the same query again, so
    # without $VALGRIND)
    CONSTRUCT) n=$("$DOCGRAPH" query --data "$fixture" -r ntriples "$q" | wc -l) ;;
    ASK) n=$(grep -c '^true$' fx.out) ;;
    *) n=$(($(wc -l <fx.out) - 1)) ;;
  esac
  if [ "$n" -gt 0 ]; then test_ok "$q finds $n results on the fixture"
  else test_fail "$q finds nothing on the fixture"; test_diag -f fx.out; fi
done

# ---------------------------------------------------------------- formats
q=coauthors
capture tsv dg query --data "$fixture" -r tsv $q
printf '?name\t?shared\t?coauthor\n"James D.J. Brown"\t1\t<https://w3id.org/docgraph/id/person/james-d-j-brown>\n"Shin Kawashima"\t1\t<https://w3id.org/docgraph/id/person/shin-kawashima>\n' >tsv.expected
test_cmp tsv.expected tsv.out "TSV: header of ?names, RDF terms, numbers bare"

capture csv dg query --data "$fixture" -r csv timeline
test_expect "CSV parses with python's csv module, rows of 4 fields, CRLF" \
  "$PY" -c '
import csv, sys
data = open(sys.argv[1], "rb").read()
assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b""), "CRLF lines"
rows = list(csv.reader(data.decode("utf-8").splitlines()))
assert rows[0] == ["date", "kind", "title", "item"], rows[0]
assert all(len(r) == 4 for r in rows), rows
titles = [r[2] for r in rows]
assert "Why \"Strategic Partnership\" Still Matters, in Seoul and Tokyo" in titles, titles
assert rows[1][0] == "1998-03", rows[1]
' csv.out

capture json dg query --data "$fixture" -r json people-by-organization
test_expect "JSON results parse and follow SPARQL 1.1 JSON" "$PY" -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["head"]["vars"] == ["organization", "name", "person"], d["head"]
b = d["results"]["bindings"]
assert len(b) == 7, len(b)
assert b[0]["person"]["type"] == "uri"
assert b[0]["name"]["type"] == "literal" and "datatype" not in b[0]["name"]
names = [x["name"]["value"] for x in b]
assert "Mirna Galić" in names, names
' json.out

capture jsonc dg query --data "$fixture" -r json countries-most-mentioned
test_expect "JSON: counts carry xsd:integer" "$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
c = d["results"]["bindings"][0]["documents"]
assert c == {"type": "literal", "value": "6", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}, c
' jsonc.out

capture xml dg query --data "$fixture" -r xml timeline
test_expect "XML results parse and follow the SPARQL results schema" "$PY" -c '
import sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2005/sparql-results#"}
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2005/sparql-results#}sparql"
vars = [v.get("name") for v in root.findall("s:head/s:variable", ns)]
assert vars == ["date", "kind", "title", "item"], vars
res = root.findall("s:results/s:result", ns)
assert len(res) == 6, len(res)
lit = res[0].find("s:binding[@name=\"date\"]/s:literal", ns)
assert lit.text == "1998-03" and lit.get("datatype").endswith("#gYearMonth"), (lit.text, lit.attrib)
assert res[0].find("s:binding[@name=\"item\"]/s:uri", ns) is not None
' xml.out

capture table dg query --data "$fixture" -r table prolific-authors
test_grep '^name *| publications | author' table.out "table: a header of variable names"
test_grep '^-*-+-' table.out "table: a rule under the header"
test_grep '^(4 rows)$' table.out "table: a row count"
test_grep '^Mirna Galić  *| 1 ' table.out "table: columns aligned by characters, not bytes"

# not a terminal: TSV by default; CONSTRUCT: Turtle by default
capture def dg query --data "$fixture" coauthors
test_cmp tsv.expected def.out "the default format off a terminal is TSV"
capture ttl dg query --data "$fixture" coauthorship-network
test_rapper turtle ttl.out "CONSTRUCT gives Turtle that rapper parses" 10
capture nt dg query --data "$fixture" -r ntriples coauthorship-network
test_rapper ntriples nt.out "-r ntriples gives N-Triples that rapper parses" 10

# ASK: true/false; -e makes false exit 1
capture ask dg query --data "$fixture" is-author
test_status 0 ask "ASK true exits 0"
echo true >true.expected
test_cmp true.expected ask.out "ASK prints true"
capture askf dg query --data "$fixture" is-author --param person='Daniel Bob'
test_status 0 askf "ASK false exits 0 by default"
echo false >false.expected
test_cmp false.expected askf.out "ASK prints false"
capture aske dg query -e --data "$fixture" is-author --param person='Daniel Bob'
test_status 1 aske "ASK false with --exit-status exits 1"
test_must_be_empty aske.err "... and prints no error"
capture askt dg query -e --data "$fixture" is-author
test_status 0 askt "ASK true with --exit-status exits 0"
capture askj dg query --data "$fixture" -r json is-author
test_expect "ASK as JSON" "$PY" -c 'import json,sys; assert json.load(open(sys.argv[1]))["boolean"] is True' askj.out
capture askx dg query --data "$fixture" -r xml is-author
test_grep '<boolean>true</boolean>' askx.out "ASK as XML"

# zero rows: the header is still there
capture none dg query --data "$fixture" -r tsv coauthors --param author=Nobody
printf '?name\t?shared\t?coauthor\n' >none.expected
test_cmp none.expected none.out "no rows: the TSV header alone (no empty group)"
capture nonej dg query --data "$fixture" -r json coauthors --param author=Nobody
test_expect "no rows: JSON still names the variables" "$PY" -c '
import json,sys; d=json.load(open(sys.argv[1])); assert d["head"]["vars"]==["name","shared","coauthor"] and d["results"]["bindings"]==[]' nonej.out

# the ISO 3166 dataset joins the mapped countries (country-profile)
if [ -f "$srcdir/ontology/iso3166.ttl" ]; then
  capture iso dg query --data "$fixture" "$srcdir/ontology/iso3166.ttl" -r tsv country-profile --param country=KR
  test_grep '^"KR"	"South Korea"	"KOR"	"410"	2$' iso.out \
    "country-profile joins the mapped graph with ontology/iso3166.ttl"
fi

# ---------------------------------------------------------------- sources
dg queries coauthors >mine.rq
capture file dg query --data "$fixture" -r tsv mine.rq
test_cmp tsv.expected file.out "a query from a FILE.rq (header and parameters too)"
capture stdin sh -c '"$DOCGRAPH" queries coauthors | "$DOCGRAPH" query --data "$1" -r tsv -' sh "$fixture"
test_cmp tsv.expected stdin.out "a query from standard input (-)"
capture multi dg query --data "$fixture" "$srcdir/tests/data/fixture.trig" -r tsv countries-most-mentioned
capture single dg query --data "$fixture" -r tsv countries-most-mentioned
test_cmp single.out multi.out "--data FILE FILE NAME: the same file twice is the same graph"
capture nomix dg query --data seeds.nq --data fixture.nq -r tsv documents
if [ "$(($(wc -l <nomix.out) - 1))" = "$((6 + $(dg query --data seeds.nq -r tsv documents | wc -l) - 1))" ]; then
  test_ok "--data twice: both files are queried"
else test_fail "--data twice: both files are queried"; test_diag -f nomix.out; fi

# ---------------------------------------------------------------- failures
capture nofile dg query --data no-such.nq -r tsv documents
test_status 1 nofile "a missing data file exits 1"
test_grep "cannot read 'no-such.nq'" nofile.err "... naming the file"
printf '<a> <b> .\n' >bad.nt
capture badrdf dg query --data bad.nt -r tsv documents
test_status 1 badrdf "a data file with a syntax error exits 1"
test_grep 'bad.nt:1' badrdf.err "... with the file and line"
capture noq dg query --data "$fixture" no-such-query
test_status 2 noq "an unknown saved query exits 2"
test_grep "no saved query called 'no-such-query'" noq.err "... and says so"
capture nof dg query --data "$fixture" ./missing.rq
test_status 1 nof "a missing query file exits 1"
printf 'SELECT ?s WHERE { ?s ?p }\n' >syntax.rq
capture syn dg query --data "$fixture" syntax.rq
test_status 1 syn "a query with a syntax error exits 1"
test_grep 'syntax.rq:1' syn.err "... naming the query file and line"
test_expect_code 2 "-r turtle for a SELECT exits 2" dg query --data "$fixture" -r turtle coauthors
test_expect_code 2 "-r csv for a CONSTRUCT exits 2" dg query --data "$fixture" -r csv coauthorship-network
test_expect_code 2 "an unknown -r exits 2" dg query --data "$fixture" -r yaml coauthors
test_expect_code 2 "no query exits 2" dg query --data "$fixture"
test_expect_code 2 "two queries without --data exits 2" dg query coauthors timeline
test_expect_code 2 "--data and --store together exit 2" dg query --data "$fixture" --store x coauthors
test_expect_code 2 "--data and --endpoint together exit 2" dg query --data "$fixture" --endpoint http://localhost:1/ coauthors
test_expect "query --help exits 0" dg query --help
capture full sh -c '"$DOCGRAPH" query --data "$1" -r tsv timeline >/dev/full' sh "$fixture"
test_status 1 full "writing results to a full disk exits 1"
test_grep 'write error' full.err "... with a write error"

test_done
