#!/usr/bin/env python3
"""query-compare.py KIND ORDERED DOCGRAPH-OUT ARQ-OUT - are two results equal?

KIND is select (W3C TSV from both), ask (docgraph's true/false against
ARQ's TSV or text answer) or construct (N-Triples from both). Terms are
normalised first: numbers and booleans written bare or typed, xsd:string
or plain, \\u escapes or UTF-8 are the same term. ORDERED=1 compares rows
in order (the query has ORDER BY), 0 as multisets. Prints the differences
and exits 1 if there are any."""
import re
import sys

XSD = "http://www.w3.org/2001/XMLSchema#"


def unescape(s):
    s = re.sub(r"\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1), 16)), s)
    return re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), s)


def term(t):
    t = unescape(t.strip())
    if re.fullmatch(r"[+-]?\d+", t):
        return '"%s"^^<%sinteger>' % (t, XSD)
    if re.fullmatch(r"[+-]?\d*\.\d+", t):
        return '"%s"^^<%sdecimal>' % (t, XSD)
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+", t):
        return '"%s"^^<%sdouble>' % (t, XSD)
    if t in ("true", "false"):
        return '"%s"^^<%sboolean>' % (t, XSD)
    if t.endswith("^^<%sstring>" % XSD):
        return t[: -len("^^<%sstring>" % XSD)]
    return t


def select(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    head = lines[0].split("\t") if lines else []
    rows = [tuple(term(c) for c in l.split("\t")) for l in lines[1:]]
    return head, rows


def ask(path):
    words = open(path, encoding="utf-8").read().split()
    last = words[-1].lower() if words else ""
    return {"yes": "true", "true": "true", "no": "false", "false": "false"}.get(last, last)


def triples(path):
    out = set()
    for l in open(path, encoding="utf-8"):
        l = l.strip()
        if l and not l.startswith("#"):
            out.add(re.sub(r"\s+\.$", " .", unescape(l)))
    return out


def main():
    kind, ordered, a, b = sys.argv[1], sys.argv[2] == "1", sys.argv[3], sys.argv[4]
    if kind == "ask":
        x, y = ask(a), ask(b)
        if x != y:
            print("docgraph: %s, ARQ: %s" % (x, y))
            return 1
        return 0
    if kind == "construct":
        x, y = triples(a), triples(b)
        if x != y:
            for t in sorted(x - y)[:10]:
                print("only docgraph: " + t)
            for t in sorted(y - x)[:10]:
                print("only ARQ:      " + t)
            return 1
        print("%d triples" % len(x))
        return 0
    (ha, ra), (hb, rb) = select(a), select(b)
    if ha != hb:
        print("headers differ: %s / %s" % (ha, hb))
        return 1
    if not ordered:
        ra, rb = sorted(ra), sorted(rb)
    if ra != rb:
        print("rows differ (docgraph %d, ARQ %d)%s" % (len(ra), len(rb), "" if not ordered else ", in order"))
        sa, sb = set(ra), set(rb)
        for r in sorted(sa - sb)[:10]:
            print("only docgraph: " + "\t".join(r))
        for r in sorted(sb - sa)[:10]:
            print("only ARQ:      " + "\t".join(r))
        if sa == sb:
            for i, (p, q) in enumerate(zip(ra, rb)):
                if p != q:
                    print("row %d: docgraph %s / ARQ %s" % (i + 1, "\t".join(p), "\t".join(q)))
                    break
        return 1
    print("%d rows" % len(ra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
