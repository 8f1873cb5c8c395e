#!/bin/sh
# t0220-include-order: src/ is laid out as the pipeline, and each folder
# uses only itself and the folders before it:
#   base <- read <- extract <- resolve <- emit <- store <- query <- cli
# Every #include "..." names its header with the folder (so this check,
# and a reader, can tell where it lives); a header from a later stage is
# an error. Within a folder the includes form no cycle, neither between
# headers (a.h includes b.h includes a.h) nor between modules (a.c or a.h
# includes b.h while b.c or b.h includes a.h): two files that need each
# other are one module, or a third holds what they share. The mapper
# (base, read, extract) includes no Redland header and its library calls
# no Redland function.
. "$srcdir/tests/lib.sh"

cat >scan.py <<'PY'
import os, re, sys
top = sys.argv[1]
stages = ["base", "read", "extract", "resolve", "emit", "store", "query", "cli"]
pure = set(stages[:3])
redland = {"redland.h", "librdf.h", "raptor.h", "raptor2.h", "rasqal.h"}
quoted = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
system = re.compile(r'^\s*#\s*include\s+<([^>]+)>')
bad = 0
def err(msg):
    global bad
    print(msg)
    bad += 1
# the source files of the tree: C, and the man page; what a build writes
# next to them in an in-tree build (objects, .deps/, libraries) is not
# looked at
includes = {}  # "extract/page.h" -> the "folder/file" names it includes
for dirpath, dirs, files in os.walk(top):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for name in sorted(files):
        if name.startswith(".") or not name.endswith((".c", ".h", ".1")):
            continue
        path = os.path.join(dirpath, name)
        rel = os.path.relpath(path, top)
        parts = rel.split(os.sep)
        if len(parts) != 2 or parts[0] not in stages:
            err("src/%s: not in a stage folder (%s)" % (rel, " ".join(stages)))
            continue
        if not name.endswith((".c", ".h")):
            continue
        stage = stages.index(parts[0])
        mine = includes.setdefault("/".join(parts), [])
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            m = quoted.match(line)
            if m:
                inc = m.group(1)
                if inc == "config.h":
                    continue
                head = inc.split("/")
                if len(head) != 2 or head[0] not in stages:
                    err('src/%s:%d: "%s": name the header with its folder' % (rel, n, inc))
                elif stages.index(head[0]) > stage:
                    err('src/%s:%d: "%s": %s/ comes after %s/ in the pipeline'
                        % (rel, n, inc, head[0], parts[0]))
                elif not inc.endswith(".inc") and not os.path.exists(os.path.join(top, inc)):
                    err('src/%s:%d: "%s": no such header' % (rel, n, inc))
                elif inc.endswith(".h"):
                    mine.append(inc)
                continue
            m = system.match(line)
            if m and parts[0] in pure and m.group(1) in redland:
                err("src/%s:%d: <%s>: the mapper does not use Redland" % (rel, n, m.group(1)))

def cycles(graph):
    """The strongly connected components of more than one node (Tarjan,
    without recursion), each as a sorted list; in a stable order."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in graph:
                    continue
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return sorted(out)

headers = {f: set(i) for f, i in includes.items() if f.endswith(".h")}
for c in cycles(headers):
    err("src: headers include each other: %s" % " -> ".join(c))
module = lambda f: f[:-2]
modules = {}
for f, incs in includes.items():
    modules.setdefault(module(f), set()).update(
        module(i) for i in incs if module(i) != module(f))
for c in cycles(modules):
    err("src: modules include each other's headers: %s" % " -> ".join(c))
sys.exit(1 if bad else 0)
PY

capture scan "${PYTHON3:-python3}" scan.py "$srcdir/src"
test_status 0 scan "every #include names an earlier stage or its own, and none closes a cycle"
test_diag -f scan.out 40

# The check finds a cycle when there is one: a small tree where two
# headers, and two other modules through their .c files, need each other.
mkdir -p fake/extract
printf '#include "extract/b.h"\n' >fake/extract/a.h
printf '#include "extract/a.h"\n' >fake/extract/b.h
printf '#include "extract/d.h"\n' >fake/extract/c.c
: >fake/extract/c.h
printf '#include "extract/c.h"\n' >fake/extract/d.c
: >fake/extract/d.h
capture cyc "${PYTHON3:-python3}" scan.py fake
test_status 1 cyc "a tree with include cycles fails the check"
test_grep -F "headers include each other: extract/a.h -> extract/b.h" cyc.out \
  "a header cycle is named"
test_grep -F "modules include each other's headers: extract/c -> extract/d" cyc.out \
  "a module cycle is named"

# The same at link level: the mapper's library needs no Redland symbol.
lib=${builddir:-.}/src/libdgmap.a
if command -v nm >/dev/null 2>&1 && [ -f "$lib" ]; then
  nm -u "$lib" | grep -E ' (librdf|raptor|rasqal)_' >redland.out || :
  test_must_be_empty redland.out "libdgmap.a calls no librdf, raptor or rasqal function"
  # the saved queries belong to the query stage
  nm "$lib" | grep -E ' [A-Za-z] dg_query_files$' >queries.out || :
  test_must_be_empty queries.out "libdgmap.a holds no saved query"
else
  test_skip "libdgmap.a calls no librdf, raptor or rasqal function" "no nm or no $lib"
  test_skip "libdgmap.a holds no saved query" "no nm or no $lib"
fi
test_done
