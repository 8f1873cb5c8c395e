# tests/lib.sh - sourced by every command-line test: . "$srcdir/tests/lib.sh"
#
# Sets up a test (strict shell, C locale, a scratch directory that is
# removed on exit and made the working directory) and gives TAP helpers.
# Each check prints "ok N - DESC" or "not ok N - DESC" followed by
# diagnostics on "# " lines; a failing check never stops the script (the
# helpers run their command inside an `if`, so `set -e` does not apply to
# it). test_done prints the plan "1..N" and exits 1 if any check failed.
#
# The environment comes from Makefile.am's AM_TESTS_ENVIRONMENT:
#   DOCGRAPH  the docgraph binary under test (required)
#   srcdir    the top source directory (inputs are read from there)
#   VALGRIND  a command prefix for docgraph, e.g. "valgrind -q ..." (may be empty)
#   pkgdatadir  where `make install` puts the data (the installed saved queries)
#   SANITIZERS  the build's -fsanitize= flags (empty for a plain build)
# and from the user:
#   DOCGRAPH_ALLOW_SKIP=0  fail (instead of skip) when a tool is missing (CI)
#
# Helpers:
#   dg ARG...                        run docgraph (under $VALGRIND if set)
#   capture NAME CMD...              run CMD, stdout > NAME.out, stderr > NAME.err,
#                                    status in NAME.rc and $rc; never fails
#   test_expect DESC CMD...          ok if CMD exits 0
#   test_expect_code CODE DESC CMD...ok if CMD exits exactly CODE
#   test_status CODE NAME DESC       ok if the captured run NAME exited CODE
#   test_cmp EXPECTED ACTUAL DESC    ok if the files are equal (diff -u if not)
#   test_grep [!] [-F] [-E] [-x] [--] PATTERN FILE DESC
#                                    ok if grep finds PATTERN (a basic regular
#                                    expression, a fixed string with -F, an
#                                    extended one with -E; a whole line with
#                                    -x) in FILE (or, with !, does not find it)
#   test_must_be_empty FILE DESC     ok if FILE exists and is empty
#   test_ok DESC / test_fail DESC [DIAG...] / test_skip DESC REASON
#   test_diag TEXT...                print "# TEXT" lines (a file with -f FILE)
#   test_done                        print the plan; exit 1 if anything failed
#   have_rapper, have_java           is the tool on PATH?
#   require_rapper, require_java     skip all (bail out, when
#                                    DOCGRAPH_ALLOW_SKIP=0) if the tool is missing
#   skip_all REASON                  print "1..0 # SKIP REASON" and exit 0
#   is_root                          running as uid 0 (permissions are ignored)
#   test_rapper SYNTAX FILE DESC [COUNT]  rapper parses FILE cleanly (COUNT triples)
#   rapper_parse SYNTAX FILE         sets rapper_rc and rapper_n

set -eu
LC_ALL=C
export LC_ALL

# echo may expand backslashes (dash's does): print data with printf.
_say() { printf '%s\n' "$*"; }

VALGRIND=${VALGRIND:-}
SANITIZERS=${SANITIZERS:-}
DOCGRAPH_ALLOW_SKIP=${DOCGRAPH_ALLOW_SKIP:-1}

if [ -z "${DOCGRAPH:-}" ] || [ ! -f "$DOCGRAPH" ] || [ ! -x "$DOCGRAPH" ]; then
  _say "Bail out! DOCGRAPH not set (or not an executable file: '${DOCGRAPH:-}'); run the tests with 'make check'"
  exit 1
fi
if [ -z "${srcdir:-}" ] || [ ! -f "$srcdir/tests/lib.sh" ]; then
  _say "Bail out! srcdir not set (or not the source tree: '${srcdir:-}'); run the tests with 'make check'"
  exit 1
fi
# Tests cd into the scratch directory, so both paths must be absolute.
case $srcdir in
  /*) ;;
  *) srcdir=$(cd "$srcdir" && pwd) ;;
esac
case $DOCGRAPH in
  /*) ;;
  *) DOCGRAPH=$(pwd)/$DOCGRAPH ;;
esac
export srcdir DOCGRAPH

# The user's own saved queries must not change what a test sees: the
# user's folder is an empty one in the scratch directory (XDG_CONFIG_HOME
# below), unless a test makes it.
unset DOCGRAPH_QUERY_DIR || :

_tap_n=0
_tap_failed=0
_tap_done=0

# Scratch space: $TEST_ROOT/work is the working directory of the test,
# $TEST_ROOT/tap holds the helpers' own files (so `ls -A` in the working
# directory shows only what the test made).
TEST_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/docgraph-test.XXXXXX") || {
  _say "Bail out! cannot create a scratch directory"
  exit 1
}
TEST_DIR=$TEST_ROOT/work
mkdir "$TEST_DIR" "$TEST_ROOT/tap"
XDG_CONFIG_HOME=$TEST_ROOT/config
export XDG_CONFIG_HOME

_tap_cleanup() {
  _st=$?
  cd /
  if [ "$_tap_done" = 0 ]; then
    _say "Bail out! the test script stopped early (status $_st) after $_tap_n checks"
    [ "$_st" != 0 ] || _st=1
  fi
  # tests make unreadable/unwritable files; give them back before removing
  chmod -R u+rwx "$TEST_ROOT" 2>/dev/null || :
  rm -rf "$TEST_ROOT" || :
  exit "$_st"
}
trap _tap_cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
cd "$TEST_DIR"

# dg ARG...: docgraph under test. $VALGRIND is a command with its options,
# so it is expanded unquoted on purpose.
dg() {
  # shellcheck disable=SC2086
  $VALGRIND "$DOCGRAPH" "$@"
}

# ---------------------------------------------------------------- TAP
# Under memcheck, a loop over many values of one kind tests the same
# code paths at valgrind's cost per value: `memcheck_enough N` is true
# once N values of the current loop ran (memcheck_reset before a loop).
# Without $VALGRIND it is never true: every value runs.
_mc_n=0
memcheck_reset() { _mc_n=0; }
# checked_build: docgraph runs under valgrind or was built with ASan or
# UBSan. A checker needs the code paths, not the volume: a test that
# feeds many pages to find what only volume shows (parallel output in
# order, time-based commits) feeds fewer pages when this is true; the
# plain run (make distcheck) keeps the volume.
checked_build() { [ -n "$VALGRIND$SANITIZERS" ]; }
memcheck_enough() { # N
  [ -n "${VALGRIND:-}" ] || return 1
  _mc_n=$((_mc_n + 1))
  [ "$_mc_n" -gt "$1" ]
}

test_diag() { # TEXT... | -f FILE [MAX-LINES]
  if [ "$1" = -f ]; then
    if [ -f "$2" ]; then
      head -n "${3:-40}" "$2" | sed 's/^/#   /'
      _l=$(wc -l <"$2")
      [ "$_l" -le "${3:-40}" ] || _say "#   ... ($_l lines in all)"
    else
      _say "#   (no file $2)"
    fi
    return 0
  fi
  printf '%s\n' "$*" | sed 's/^/# /'
}

# A description stays on its line, and a '#' in it is escaped (TAP reads
# "# SKIP" and "# TODO" as directives).
_tap_desc() { printf '%s' "$1" | tr '\n' ' ' | sed 's/#/\\#/g'; }

test_ok() { # DESC
  _tap_n=$((_tap_n + 1))
  _say "ok $_tap_n - $(_tap_desc "$1")"
}

test_fail() { # DESC [DIAG...]
  _tap_n=$((_tap_n + 1))
  _tap_failed=$((_tap_failed + 1))
  _say "not ok $_tap_n - $(_tap_desc "$1")"
  shift
  for _l in "$@"; do
    test_diag "$_l"
  done
}

test_skip() { # DESC REASON
  _tap_n=$((_tap_n + 1))
  _say "ok $_tap_n - $(_tap_desc "$1") # SKIP $2"
}

# Runs CMD with its output kept for the diagnostics; sets _tap_rc.
_tap_run() {
  "$@" >"$TEST_ROOT/tap/out" 2>"$TEST_ROOT/tap/err" </dev/null && _tap_rc=0 || _tap_rc=$?
}

_tap_show_run() {
  _say "#   command: $*"
  _say "#   exit status: $_tap_rc"
  if [ -s "$TEST_ROOT/tap/out" ]; then
    _say "#   stdout:"
    test_diag -f "$TEST_ROOT/tap/out" 20
  fi
  if [ -s "$TEST_ROOT/tap/err" ]; then
    _say "#   stderr:"
    test_diag -f "$TEST_ROOT/tap/err" 20
  fi
}

test_expect() { # DESC CMD...
  _d=$1
  shift
  _tap_run "$@"
  if [ "$_tap_rc" = 0 ]; then
    test_ok "$_d"
  else
    test_fail "$_d"
    _tap_show_run "$@"
  fi
}

test_expect_code() { # CODE DESC CMD...
  _c=$1
  _d=$2
  shift 2
  _tap_run "$@"
  if [ "$_tap_rc" = "$_c" ]; then
    test_ok "$_d"
  else
    test_fail "$_d" "expected exit status $_c"
    _tap_show_run "$@"
  fi
}

# capture NAME CMD...: NAME.out, NAME.err, NAME.rc and $rc; stdin is kept.
capture() {
  _n=$1
  shift
  "$@" >"$_n.out" 2>"$_n.err" && rc=0 || rc=$?
  _say "$rc" >"$_n.rc"
}

test_status() { # CODE NAME DESC
  _r=$(cat "$2.rc" 2>/dev/null || _say "(not run)")
  if [ "$_r" = "$1" ]; then
    test_ok "$3"
  else
    test_fail "$3" "expected exit status $1, got $_r"
    if [ -s "$2.err" ]; then
      _say "#   stderr:"
      test_diag -f "$2.err" 20
    fi
  fi
}

test_cmp() { # EXPECTED ACTUAL DESC
  if cmp -s "$1" "$2"; then
    test_ok "$3"
  else
    test_fail "$3" "$1 and $2 differ:"
    diff -u "$1" "$2" 2>&1 | head -n 60 | sed 's/^/#   /' || :
  fi
}

test_grep() { # [!] [-F] [-E] [-x] [--] PATTERN FILE DESC
  _neg=0
  _fixed=
  if [ "$1" = "!" ]; then
    _neg=1
    shift
  fi
  # grep's options for the pattern, in any order: -F, -E, -x (whole line)
  while :; do
    case $1 in
      -F | -E | -x) _fixed="$_fixed $1"; shift ;;
      --) shift; break ;;
      *) break ;;
    esac
  done
  if [ ! -f "$2" ]; then
    test_fail "$3" "no file $2"
  elif grep $_fixed -e "$1" -- "$2" >/dev/null 2>&1; then
    if [ $_neg = 0 ]; then
      test_ok "$3"
    else
      test_fail "$3" "'$1' should not be in $2, but is:"
      grep -n $_fixed -e "$1" -- "$2" | head -n 10 | sed 's/^/#   /'
    fi
  else
    if [ $_neg = 1 ]; then
      test_ok "$3"
    else
      test_fail "$3" "'$1' not found in $2:"
      test_diag -f "$2" 20
    fi
  fi
}

test_must_be_empty() { # FILE DESC
  if [ ! -f "$1" ]; then
    test_fail "$2" "no file $1"
  elif [ -s "$1" ]; then
    test_fail "$2" "$1 should be empty, but has:"
    test_diag -f "$1" 20
  else
    test_ok "$2"
  fi
}

test_done() {
  _tap_done=1
  _say "1..$_tap_n"
  if [ "$_tap_failed" -gt 0 ]; then
    _say "# failed $_tap_failed of $_tap_n checks"
    exit 1
  fi
  exit 0
}

skip_all() { # REASON
  _tap_done=1
  _say "1..0 # SKIP $*"
  exit 0
}

# ---------------------------------------------------------------- tools
have_rapper() { command -v rapper >/dev/null 2>&1; }
have_java() { command -v java >/dev/null 2>&1; }

# A missing tool skips the test, saying what to install; CI installs
# every tool and sets DOCGRAPH_ALLOW_SKIP=0, so a missing one fails there.
_require() { # TOOL PACKAGE
  if [ "$DOCGRAPH_ALLOW_SKIP" = 1 ]; then
    skip_all "$1 not found (install $2)"
  fi
  _tap_done=1
  _say "Bail out! $1 not found: install $2 (DOCGRAPH_ALLOW_SKIP=0 makes a missing tool an error)"
  exit 1
}
require_rapper() { have_rapper || _require rapper raptor2-utils; }
require_java() { have_java || _require java "default-jre-headless and libapache-jena-java"; }

is_root() { [ "$(id -u)" = 0 ]; }

# rapper_parse SYNTAX FILE: parses FILE with rapper (counting only); sets
# rapper_rc (its exit status), rapper_n (the triples it counted, "" if it
# said nothing) and leaves its messages in FILE.rapper. Never fails.
rapper_parse() {
  rapper -i "$1" -c "$2" >/dev/null 2>"$2.rapper" && rapper_rc=0 || rapper_rc=$?
  rapper_n=$(sed -n 's/^rapper: Parsing returned \([0-9]*\) triple.*/\1/p' "$2.rapper")
}

# test_rapper SYNTAX FILE DESC [COUNT]: ok if rapper parses FILE with exit
# status 0, no error or warning, and (if given) exactly COUNT triples.
test_rapper() {
  rapper_parse "$1" "$2"
  if [ "$rapper_rc" = 0 ] && ! grep -q -e '^rapper: Error' -e '^rapper: Warning' "$2.rapper" &&
     { [ $# -lt 4 ] || [ "$rapper_n" = "$4" ]; }; then
    test_ok "$3"
  else
    test_fail "$3" "rapper -i $1 -c $2: exit status $rapper_rc, ${rapper_n:-no} triples${4:+ (expected $4)}"
    test_diag -f "$2.rapper" 20
  fi
}
