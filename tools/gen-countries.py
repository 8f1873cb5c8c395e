#!/usr/bin/env python3
"""Generate ontology/gazetteer/countries.tsv for docgraph.

Usage (from the repository root):

    python3 tools/gen-countries.py > ontology/gazetteer/countries.tsv

Inputs
  * Debian's iso-codes package (ISO 3166-1 and 3166-3 as JSON):
      /usr/share/iso-codes/json/iso_3166-1.json   all 249 current codes
      /usr/share/iso-codes/json/iso_3166-3.json   only SU (Soviet Union)
    Override the directory with the ISO_CODES_JSON environment variable.
  * ontology/gazetteer/country-forms.tsv, the hand-kept file of extra forms,
    display names and Wikidata QIDs (see its header for the format).

Rules
  * From iso-codes the fields name, common_name and official_name are taken.
    name and common_name become kind "name", official_name kind "official"
    (a leading "the " is dropped).  A form containing "(" or "," is dropped:
    ISO's inverted forms ("Korea, Republic of") and qualified forms
    ("Holy See (Vatican City State)") are not prose; the natural forms come
    from country-forms.tsv instead.
  * country-forms.tsv rows add forms; when a hand row gives a form that
    iso-codes also gives, the hand row's kind wins.  Kind "drop" removes a
    form that iso-codes would give.  Kind "display" sets the meta name and
    kind "qid" the Wikidata QID.
  * The meta name is the "display" row, else iso-codes' common_name, else
    its name.  The meta official_name is iso-codes' official_name, else the
    first hand "official" row of the code (in file order).
  * Derived variants, added with the kind of the form they come from:
      - an ALL-CAPS variant of every "name" and "alt" form (for addresses
        and headings: "JAPAN", "UNITED STATES");
      - a variant with the typographic apostrophe U+2019 of every form that
        contains an ASCII apostrophe ("People’s Republic of China").
  * A form may belong to one code only; the generator fails on a clash.
  * ontology/gazetteer/country-ambiguous.tsv is checked (not generated):
    each FORM is a form of its ALPHA2, and its CONTEXT column names only
    the contexts the mapper knows (person, surname, place, heading, prefix,
    none).

Output: TAB-separated rows ALPHA2, KIND, FORM, sorted by alpha2, then kind,
then form (Python string order = Unicode code point order = UTF-8 byte
order), plus one row per code
    ALPHA2 <TAB> meta <TAB> alpha3|numeric|name|official_name|wikidata_qid
The output is deterministic: the same inputs give byte-identical output.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FORMS = os.path.join(ROOT, "ontology", "gazetteer", "country-forms.tsv")
ISO_DIR = os.environ.get("ISO_CODES_JSON", "/usr/share/iso-codes/json")

FORM_KINDS = ("name", "official", "abbrev", "adj", "prefix", "alt")
HAND_KINDS = FORM_KINDS + ("qid", "display", "drop")
CAPS_KINDS = ("name", "alt")
HISTORIC = {"SU"}  # codes taken from ISO 3166-3


def die(msg):
    sys.stderr.write("gen-countries: " + msg + "\n")
    sys.exit(1)


def load_iso():
    with open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8") as f:
        current = json.load(f)["3166-1"]
    with open(os.path.join(ISO_DIR, "iso_3166-3.json"), encoding="utf-8") as f:
        former = json.load(f)["3166-3"]
    entries = {}
    for e in current:
        entries[e["alpha_2"]] = e
    for e in former:
        if e["alpha_2"] in HISTORIC and e.get("alpha_3") == "SUN":
            entries[e["alpha_2"]] = e
    missing = HISTORIC - set(entries)
    if missing:
        die("historic codes not found in iso_3166-3.json: " + ", ".join(sorted(missing)))
    return entries


def clean_iso_form(s):
    if s is None:
        return None
    s = s.strip()
    if s.startswith("the "):
        s = s[4:]
    if "(" in s or "," in s:
        return None
    return s


def load_hand(codes):
    rows = []
    with open(FORMS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                die("%s:%d: expected 3 TAB-separated fields" % (FORMS, n))
            code, kind, form = parts
            if code not in codes:
                die("%s:%d: unknown code %r" % (FORMS, n, code))
            if kind not in HAND_KINDS:
                die("%s:%d: unknown kind %r" % (FORMS, n, kind))
            if not form or form != form.strip() or "|" in form:
                die("%s:%d: bad form %r" % (FORMS, n, form))
            rows.append((code, kind, form, n))
    return rows


AMBIGUOUS = os.path.join(ROOT, "ontology", "gazetteer", "country-ambiguous.tsv")
CONTEXTS = {"person", "surname", "place", "heading", "prefix", "none"}


def check_ambiguous(owner):
    """country-ambiguous.tsv is read by the mapper as is: each row's FORM
    must be a form of ALPHA2 here, and CONTEXT a comma-separated list of
    known contexts (see that file's header)."""
    with open(AMBIGUOUS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                die("country-ambiguous.tsv line %d: want FORM ALPHA2 CONTEXT REASON" % n)
            form, code, ctx = cols[0], cols[1], cols[2]
            if owner.get(form) != code:
                die("country-ambiguous.tsv line %d: %r is not a form of %s" % (n, form, code))
            bad = set(ctx.split(",")) - CONTEXTS
            if bad or not ctx:
                die("country-ambiguous.tsv line %d: unknown context %s" % (n, ",".join(sorted(bad))))


def main():
    iso = load_iso()
    codes = set(iso)
    hand = load_hand(codes)

    forms = {c: {} for c in codes}      # code -> form -> kind
    display = {}
    qid = {}

    for c, e in iso.items():
        if c in HISTORIC:
            continue  # ISO 3166-3 names are inverted; the hand file supplies them
        for field, kind in (("name", "name"), ("common_name", "name"),
                            ("official_name", "official")):
            f = clean_iso_form(e.get(field))
            if f and f not in forms[c]:
                forms[c][f] = kind

    drops = set()
    for c, kind, form, n in hand:
        if kind == "display":
            if c in display:
                die("line %d: second display name for %s" % (n, c))
            display[c] = form
        elif kind == "qid":
            if c in qid:
                die("line %d: second QID for %s" % (n, c))
            if not (form.startswith("Q") and form[1:].isdigit()):
                die("line %d: bad QID %r" % (n, form))
            qid[c] = form
        elif kind == "drop":
            drops.add((c, form))
    first_official = {}
    for c, kind, form, n in hand:
        if kind in FORM_KINDS:
            forms[c][form] = kind
        if kind == "official" and c not in first_official:
            first_official[c] = form
    for c, form in drops:
        if form not in forms[c]:
            die("drop of %r for %s: no such form" % (form, c))
        del forms[c][form]

    # Derived variants.
    for c in codes:
        base = dict(forms[c])
        for form, kind in sorted(base.items()):
            if kind in CAPS_KINDS:
                up = form.upper()
                if up != form and up not in forms[c]:
                    forms[c][up] = kind
        for form, kind in sorted(forms[c].items()):
            if "'" in form:
                v = form.replace("'", "\u2019")
                if v not in forms[c]:
                    forms[c][v] = kind

    # One code per form.
    owner = {}
    for c in sorted(codes):
        for form in forms[c]:
            if form in owner:
                die("form %r belongs to both %s and %s" % (form, owner[form], c))
            owner[form] = c

    check_ambiguous(owner)

    rows = []
    for c in sorted(codes):
        e = iso[c]
        name = display.get(c) or e.get("common_name") or clean_iso_form(e.get("name"))
        if not name:
            die("no display name for %s: add a 'display' row" % c)
        official = clean_iso_form(e.get("official_name")) or first_official.get(c, "")
        meta = "|".join([e.get("alpha_3", ""), e.get("numeric", ""), name,
                         official, qid.get(c, "")])
        rows.append((c, "meta", meta))
        for form, kind in forms[c].items():
            rows.append((c, kind, form))
    rows.sort()

    out = sys.stdout
    out.write("# countries.tsv -- country name forms for docgraph. GENERATED FILE: do not edit;\n")
    out.write("# edit ontology/gazetteer/country-forms.tsv and run\n")
    out.write("#   python3 tools/gen-countries.py > ontology/gazetteer/countries.tsv\n")
    out.write("#\n")
    out.write("# Columns (TAB-separated): ALPHA2  KIND  FORM\n")
    out.write("#   ALPHA2  ISO 3166-1 alpha-2 code; also SU (Soviet Union, ISO 3166-3).\n")
    out.write("#   KIND    name | official | abbrev | adj | prefix | alt | meta\n")
    out.write("#           name: short/common name; official: official name; abbrev:\n")
    out.write("#           abbreviation; adj: adjective/demonym (singular and plural);\n")
    out.write("#           prefix: combining form used before a hyphen (Sino-, Russo-);\n")
    out.write("#           alt: old or alternate name mapping to today's code.\n")
    out.write("#   FORM    matched case-sensitively as written.\n")
    out.write("# One meta row per code: ALPHA2 meta alpha3|numeric|name|official_name|wikidata_qid\n")
    out.write("# (pipe-separated; a field is empty where unknown).\n")
    out.write("#\n")
    out.write("# Sources: Debian iso-codes (iso_3166-1.json, iso_3166-3.json for SU):\n")
    out.write("# alpha3, numeric, name, common_name, official_name; forms containing '(' or\n")
    out.write("# ',' dropped.  Everything else (adjectives, abbreviations, alternate names,\n")
    out.write("# display names, Wikidata QIDs) from country-forms.tsv.  Derived: ALL-CAPS\n")
    out.write("# variants of name/alt forms, and U+2019 apostrophe variants.\n")
    out.write("# Sorted by ALPHA2, then KIND, then FORM (code point order).\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
