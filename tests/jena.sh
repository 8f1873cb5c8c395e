# tests/jena.sh - sourced by tests that check output with Apache Jena:
#   . "$srcdir/tests/jena.sh"
#   riot --validate FILE...       (riotcmd.riot)
#   arq --data FILE --query Q.rq  (arq.sparql)
#
# Jena comes from Debian's libapache-jena-java (jars in /usr/share/java, or
# $DOCGRAPH_JENA_JARS), run with `java -cp`. Debian's Jena 4.5.0 dies at
# start-up with "XSSimpleTypeDecl.applyFacets1: internal error": its copy of
# Xerces was moved to the package `xerces`, but the message bundles in
# jena-core.jar stayed under org/apache/jena/ext/xerces/. We extract those
# .properties files once into a cache directory, re-rooted as xerces/...,
# and put it first on the class path. The cache is built in a temporary
# directory and renamed into place, so tests running in parallel are safe.
#
# Messages go to stderr through slf4j-simple: riot prints a WARN or ERROR
# line for every problem and exits 1 if there was any.
#
# JSON-LD: Debian has no Jakarta JSON implementation, which Jena's JSON-LD
# 1.1 reader (Titanium) needs, so riot reads JSON-LD with its 1.0 reader
# (jsonld-java, which needs httpclient-cache): name such a file *.jsonld10
# (or give --syntax=jsonld10).
#
# Sets JENA_CP; jena_available says whether java and the jars are there.

DOCGRAPH_JENA_JARS=${DOCGRAPH_JENA_JARS:-/usr/share/java}

jena_available() {
  command -v java >/dev/null 2>&1 &&
    [ -f "$DOCGRAPH_JENA_JARS/jena-core.jar" ] &&
    [ -f "$DOCGRAPH_JENA_JARS/jena-arq.jar" ] &&
    [ -f "$DOCGRAPH_JENA_JARS/jena-cmds.jar" ]
}

# Extracts the entries under org/apache/jena/ext/ of JAR that end in
# .properties into DIR, without that prefix.
_jena_extract() { # JAR DIR
  if command -v unzip >/dev/null 2>&1; then
    (cd "$2" && unzip -q -o "$1" 'org/apache/jena/ext/*.properties' &&
      mv org/apache/jena/ext/* . && rm -rf org)
  else
    "${PYTHON3:-python3}" - "$1" "$2" <<'EOF'
import os, sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
prefix = "org/apache/jena/ext/"
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        if name.startswith(prefix) and name.endswith(".properties"):
            dest = os.path.join(out, name[len(prefix):])
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as f:
                f.write(z.read(name))
EOF
  fi
}

# Prints the directory holding the re-rooted message bundles, building it
# if needed. Keyed by jena-core.jar's checksum, so an upgrade rebuilds it.
jena_fix_dir() {
  _jar=$DOCGRAPH_JENA_JARS/jena-core.jar
  _root=${DOCGRAPH_JENA_CACHE:-${TMPDIR:-/tmp}/docgraph-jena-$(id -u)}
  _key=$(cksum <"$_jar" | cut -d' ' -f1)
  _dir=$_root/xerces-msg-$_key
  if [ ! -f "$_dir/.complete" ]; then
    mkdir -p "$_root" || return 1
    _tmp=$(mktemp -d "$_root/tmp.XXXXXX") || return 1
    if _jena_extract "$_jar" "$_tmp" &&
       [ -f "$_tmp/xerces/impl/msg/XMLSchemaMessages.properties" ]; then
      : >"$_tmp/.complete"
      # Another test may have won the race: then keep theirs.
      mv -T "$_tmp" "$_dir" 2>/dev/null || rm -rf "$_tmp"
    else
      rm -rf "$_tmp"
      echo "jena.sh: cannot extract the Xerces messages from $_jar" >&2
      return 1
    fi
  fi
  [ -f "$_dir/.complete" ] || return 1
  echo "$_dir"
}

# The class path: the fix first, then every Jena jar, then its
# dependencies (those that are installed).
jena_classpath() {
  _fix=$(jena_fix_dir) || return 1
  _cp=$_fix
  for _j in "$DOCGRAPH_JENA_JARS"/jena-*.jar; do
    case $_j in
      *-[0-9]*.jar) continue ;; # versioned duplicates of the same jars
    esac
    _cp=$_cp:$_j
  done
  for _j in commons-cli commons-codec commons-compress commons-csv commons-io \
      commons-lang3 dexx.collection gson guava httpclient httpclient-cache httpcore \
      jackson-annotations jackson-core jackson-databind jakarta.json-api \
      jsonld-java titanium-json-ld protobuf thrift caffeine collection \
      slf4j-api slf4j-simple; do
    [ ! -f "$DOCGRAPH_JENA_JARS/$_j.jar" ] || _cp=$_cp:$DOCGRAPH_JENA_JARS/$_j.jar
  done
  echo "$_cp"
}

# Quick start-up: these are short runs, so skip the optimising compiler.
JENA_JAVA_OPTS=${JENA_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto}

_jena() { # MAIN-CLASS ARG...
  if [ -z "${JENA_CP:-}" ]; then
    JENA_CP=$(jena_classpath) || {
      echo "jena.sh: cannot set up Jena's class path" >&2
      return 125
    }
  fi
  _main=$1
  shift
  # shellcheck disable=SC2086
  java $JENA_JAVA_OPTS -cp "$JENA_CP" \
    -Dorg.slf4j.simpleLogger.logFile=System.err \
    -Dorg.slf4j.simpleLogger.showThreadName=false \
    "$_main" "$@"
}

riot() { _jena riotcmd.riot "$@"; }
arq() { _jena arq.sparql "$@"; }

# tdb2 TOOL ARG...: a TDB2 command (tdbloader, tdbquery, tdbdump, ...), as
# `tdb2 tdbloader --loc DIR data.nq` or `tdb2 tdbquery --loc DIR 'SELECT ...'`.
tdb2() {
  _tool=$1
  shift
  _jena "tdb2.$_tool" "$@"
}
