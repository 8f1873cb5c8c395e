#!/bin/sh
# tests/map/regen.sh - regenerate the golden outputs tests/map/CASE.nq from
# tests/map/CASE.txt, exactly as tests/cli/t0140-map-golden.sh runs them:
# `docgraph map -f nquads CASE.txt` from within tests/map (so that
# dg:sourceFile is just "CASE.txt").
#
# Run it after an intended change to the mapper (or its data), then review
# the changes with `git diff tests/map` before committing them:
#
#   tests/map/regen.sh [DOCGRAPH]
#
# DOCGRAPH is the binary to use (default: $DOCGRAPH, else src/docgraph in
# the source tree). To add a case, put CASE.txt here and run this script.
set -eu
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
docgraph=${1:-${DOCGRAPH:-$top/src/docgraph}}
case $docgraph in
  /*) ;;
  *) docgraph=$(pwd)/$docgraph ;;
esac
if [ ! -x "$docgraph" ]; then
  echo "regen.sh: no docgraph binary at '$docgraph' (build first, or give its path)" >&2
  exit 2
fi

cd "$here"
status=0
for txt in *.txt; do
  [ -f "$txt" ] || continue
  case=${txt%.txt}
  if "$docgraph" map -f nquads "$txt" >"$case.nq.tmp"; then
    if [ -f "$case.nq" ] && cmp -s "$case.nq" "$case.nq.tmp"; then
      rm -f "$case.nq.tmp"
    else
      mv "$case.nq.tmp" "$case.nq"
      echo "updated $case.nq"
    fi
  else
    rm -f "$case.nq.tmp"
    echo "regen.sh: docgraph failed on $txt; $case.nq left as it was" >&2
    status=1
  fi
done
exit $status
