#!/bin/sh
# t0004-completion.sh - the bash completion (src/cli/docgraph.bash),
# sourced into bash and called as bash calls it: it completes commands,
# each command's options as its --help lists them, the formats, and the
# saved queries, a user's own included. The options and formats it offers
# come from `docgraph help --complete`, so they are checked here against
# --help and against the formats written out by hand below.
. "$srcdir/tests/lib.sh"

command -v bash >/dev/null 2>&1 || skip_all "bash not found"

# `help --complete` under $VALGRIND too (the completion runs docgraph bare)
capture hc dg help --complete map
test_status 0 hc "help --complete map exits 0"
test_grep -x -F -- '-f --format =FORMAT turtle ntriples nquads trig rdfxml json jsonld dot' hc.out \
  "help --complete map: -f, its value's name and the formats"
test_grep -x -F ': PATH...' hc.out "... and map's operands last"
test_expect_code 2 "help --complete NO-SUCH exits 2" dg help --complete no-such

# comp NAME WORD...: what the completion offers for `docgraph WORD...`
# (the last word is the one being completed) goes to the file NAME, one
# a line, sorted. The cases are collected, then run in one bash.
us=$(printf '\037')
comp() {
  _c=$1
  shift
  for _w; do printf '%s%s' "$us" "${_w:-@@}"; done | sed "s/^/$_c/" >>cases
  printf '\n' >>cases
}
run_comps() {
  bash -c '. "$1/src/cli/docgraph.bash"
    while IFS=$'"'"'\037'"'"' read -r -a f; do
      words=("${f[@]:1}")
      words=("${words[@]/#@@/}")
      COMP_WORDS=("$2" "${words[@]}"); COMP_CWORD=${#words[@]}; COMPREPLY=()
      _docgraph
      printf "%s\n" "${COMPREPLY[@]}" | sed "/^\$/d" | LC_ALL=C sort >"${f[0]}"
    done <cases' sh "$srcdir" "$DOCGRAPH"
}
words() { printf '%s\n' "$@" | LC_ALL=C sort; }

# a query of the user's own, in $XDG_CONFIG_HOME/docgraph/queries
mkdir -p "$XDG_CONFIG_HOME/docgraph/queries"
printf '# summary: mine\nASK { }\n' >"$XDG_CONFIG_HOME/docgraph/queries/zz-mine.rq"
touch mine.rq other.txt
"$DOCGRAPH" queries --names >names
"$DOCGRAPH" help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p' | LC_ALL=C sort >cmds

: >cases
comp c.q q
comp c.query query ''
comp c.coa query coa
comp c.qdir queries --query-dir "$srcdir/tests" ''
comp c.rq query m
comp c.map-f map -f ''
comp c.query-rt query -r t
comp c.export-format export --format = ''
comp c.query-r query -r ''
comp c.import-i import -i ''
comp c.map-o map -o ''
comp c.map-base map --base ''
comp c.first ''
for c in $(cat cmds); do
  comp "c.opts-$c" "$c" -
done
run_comps

words query queries >want
test_cmp want c.q "docgraph q<TAB>: query queries"
test_grep -x zz-mine c.query "docgraph query <TAB>: the user's added query"
{ cat names; echo mine.rq; } | LC_ALL=C sort >want
test_cmp want c.query "... and every saved query, as queries --names lists them, and .rq files"
words coauthors coauthorship-network >want
test_cmp want c.coa "docgraph query coa<TAB>: the names starting so"
test_grep ! -x zz-mine c.qdir "docgraph queries --query-dir DIR <TAB>: DIR instead of the user's folder"
test_grep -x coauthors c.qdir "... and the built-in queries"
words mine.rq >want
test_cmp want c.rq "docgraph query m<TAB>: a .rq file (not other files)"

# formats: by hand, from SPEC section 4 and the formats docgraph writes
words turtle ntriples nquads trig rdfxml json jsonld dot >formats
test_cmp formats c.map-f "docgraph map -f <TAB>: the formats"
words table tsv turtle >want
test_cmp want c.query-rt "docgraph query -r t<TAB>: the result formats starting so"
test_cmp formats c.export-format "docgraph export --format=<TAB>: the formats"
words table csv tsv json xml turtle ntriples >want
test_cmp want c.query-r "docgraph query -r <TAB>: the result formats"
words turtle ntriples nquads trig rdfxml json rdfa >want
test_cmp want c.import-i "docgraph import -i <TAB>: the syntaxes"
test_grep -x mine.rq c.map-o "docgraph map -o <TAB>: files"
test_must_be_empty c.map-base "docgraph map --base <TAB>: nothing (an IRI)"

# the commands are `docgraph help`'s
test_cmp cmds c.first "docgraph <TAB>: the commands docgraph help lists"

# each command's options are the ones its --help lists
for c in $(cat cmds); do
  if [ "$c" = help ]; then
    # help's --help is the list of commands; its options are these
    words --complete -h --help >opts
  else
    "$DOCGRAPH" "$c" --help |
      sed -n -e 's/^  \(-[A-Za-z]\), \(--[a-z-]*\).*/\1\n\2/p' -e 's/^      \(--[a-z-]*\).*/\1/p' |
      LC_ALL=C sort >opts
  fi
  if [ -s opts ] && cmp -s opts "c.opts-$c"; then
    test_ok "docgraph $c -<TAB>: the options its --help lists"
  else
    test_fail "docgraph $c -<TAB>: the options its --help lists"
    diff -u opts "c.opts-$c" | sed 's/^/#   /' || :
  fi
done

# zsh's function, where zsh is installed: the same protocol, so the same
# answers. Outside a completion widget compadd and _files are stand-ins
# that print what they are given.
if command -v zsh >/dev/null 2>&1; then
  test_expect "zsh parses _docgraph" zsh -n "$srcdir/src/cli/_docgraph"
  zsh -c '
    compadd() { [[ $1 == -a ]] && print -rl -- ${(P)2} }
    _files() { print -r -- "(files $*)" }
    compset() { PREFIX=${PREFIX#*=} }
    source <(sed "\$d" "$1/src/cli/_docgraph")
    t() { words=("$2" "${@:4}"); CURRENT=$#words; PREFIX=${words[-1]}; _docgraph | LC_ALL=C sort >$3 }
    t x "$2" z.map-f map -f ""
    t x "$2" z.format map --format=
    t x "$2" z.query query ""
    t x "$2" z.opts-map map -' zsh "$srcdir" "$DOCGRAPH"
  test_cmp formats z.map-f "zsh: docgraph map -f <TAB>: the formats"
  test_cmp formats z.format "zsh: docgraph map --format=<TAB>: the formats"
  { cat names; echo '(files -g *.rq)'; } | LC_ALL=C sort >want
  test_cmp want z.query "zsh: docgraph query <TAB>: the saved queries and .rq files"
  test_cmp c.opts-map z.opts-map "zsh: docgraph map -<TAB>: map's options"
else
  test_skip "zsh completion" "zsh not found"
fi

test_done
