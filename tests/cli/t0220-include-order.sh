#!/bin/sh
# t0220-include-order: src/ is laid out as the pipeline, and each folder
# uses only itself and the folders before it:
#   base <- read <- extract <- resolve <- emit <- store <- query <- cli
# Every #include "..." names its header with the folder (so this check,
# and a reader, can tell where it lives); a header from a later stage is
# an error. The mapper (base, read, extract) includes no Redland header
# and its library calls no Redland function.
. "$srcdir/tests/lib.sh"

capture scan "${PYTHON3:-python3}" - "$srcdir" <<'PY'
import os, re, sys
top = os.path.join(sys.argv[1], "src")
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
for dirpath, dirs, files in os.walk(top):
    # an in-tree build leaves objects, libraries and .deps/ beside the
    # sources: only sources are laid out
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for name in sorted(files):
        if not name.endswith((".c", ".h", ".inc")):
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
                continue
            m = system.match(line)
            if m and parts[0] in pure and m.group(1) in redland:
                err("src/%s:%d: <%s>: the mapper does not use Redland" % (rel, n, m.group(1)))
sys.exit(1 if bad else 0)
PY
test_status 0 scan "every #include names an earlier stage or its own"
test_diag -f scan.out 40

# The same at link level: the mapper's library needs no Redland symbol.
lib=${builddir:-.}/src/libdgmap.a
if command -v nm >/dev/null 2>&1 && [ -f "$lib" ]; then
  nm -u "$lib" | grep -E ' (librdf|raptor|rasqal)_' >redland.out || :
  test_must_be_empty redland.out "libdgmap.a calls no librdf, raptor or rasqal function"
else
  test_skip "libdgmap.a calls no librdf, raptor or rasqal function" "no nm or no $lib"
fi
test_done
