#!/usr/bin/env python3
"""gen-graph.py N SEED > graph.nq - a synthetic docgraph graph of N pages.

N-Quads shaped like `docgraph map` output: one named graph per page, named
by the page's document IRI, with the entities it states repeated in every
graph that states them. Publications of every date precision, events with
roles and a dateTime start, authors, co-authors, affiliations, publishers,
country mentions, and a slice of the ISO 3166 dataset. Deterministic for a
given N and SEED, so the query tests can compare engines on it."""
import random
import sys

DG = "https://w3id.org/docgraph/ns#"
ID = "https://w3id.org/docgraph/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
ISO = "https://w3id.org/docgraph/iso3166#"

COUNTRIES = [("JP", "Japan", "JPN", "392"), ("RU", "Russia", "RUS", "643"),
             ("US", "United States", "USA", "840"), ("CN", "China", "CHN", "156"),
             ("KR", "South Korea", "KOR", "410"), ("KP", "North Korea", "PRK", "408"),
             ("TW", "Taiwan", "TWN", "158"), ("IN", "India", "IND", "356"),
             ("AU", "Australia", "AUS", "036"), ("VN", "Viet Nam", "VNM", "704"),
             ("PH", "Philippines", "PHL", "608"), ("ID", "Indonesia", "IDN", "360"),
             ("FR", "France", "FRA", "250"), ("DE", "Germany", "DEU", "276"),
             ("GB", "United Kingdom", "GBR", "826"), ("UA", "Ukraine", "UKR", "804"),
             ("MN", "Mongolia", "MNG", "496"), ("SG", "Singapore", "SGP", "702"),
             ("TH", "Thailand", "THA", "764"), ("SU", "Soviet Union", None, None)]
GIVEN = ["Akiko", "Boris", "Chen", "Dmitri", "Elena", "Hiroshi", "Ji-won", "Kenji", "Laura",
         "Maria", "Nikolai", "Olga", "Priya", "Rahul", "Sato", "Tomas", "Wei", "Yuki", "Zoe",
         "Ève", "José", "Søren"]
FAMILY = ["Abe", "Brown", "Chang", "Dupont", "Evans", "Fujita", "Gordon", "Han", "Ivanov",
          "Kim", "Lee", "Müller", "Nakamura", "O'Neil", "Petrov", "Rozman", "Smith", "Tanaka",
          "Wang", "Yamamoto", "Zhou", "García"]
ORGS = ["Institute for Asian Policy", "Center for Strategic Studies", "Pacific Forum",
        "Foundation for Peace", "Council on Regional Affairs", "Harbor Institute",
        "Northeast Asia Program", "University of the North", "Eurasia Group Desk",
        "Maritime Security Initiative", "Alliance Studies Center", "Policy Lab"]
TOPICS = ["Alliance", "Energy Security", "Maritime Order", "Trade", "Deterrence",
          "Nuclear Diplomacy", "Technology Controls", "Sanctions", "Arctic Routes",
          "Regional Summits", "Cyber Norms", "Climate Finance"]
PUB_TYPES = ["Report", "Article", "Essay", "Commentary", "JournalArticle", "Book", "Chapter"]
EVENT_TYPES = ["Conference", "Seminar", "Workshop", "Forum", "Roundtable", "Webinar", "Summit"]
ROLES = ["speaker", "panelist", "discussant", "moderator", "chair", "keynoteSpeaker"]


def lit(s, dt=None):
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"%s"^^<%s%s>' % (s, XSD, dt) if dt else '"%s"' % s


def slug(s):
    out = "".join(c.lower() if c.isalnum() and c.isascii() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    people = ["%s %s" % (g, f) for g in GIVEN for f in FAMILY]
    rnd.shuffle(people)
    people = people[:300]
    affil = {p: rnd.sample(ORGS, rnd.choice([0, 1, 1, 1, 2])) for p in people}
    out = sys.stdout
    quads = []

    def q(s, p, o, g):
        quads.append("%s %s %s <%s> .\n" % (s, p, o, g))

    def iri(x):
        return "<%s>" % x

    def person(p, g):
        pi = iri(ID + "person/" + slug(p))
        q(pi, iri(RDF), iri(DG + "Person"), g)
        q(pi, iri(LABEL), lit(p), g)
        q(pi, iri(DG + "name"), lit(p), g)
        for o in affil[p]:
            oi = org(o, g)
            q(pi, iri(DG + "affiliation"), oi, g)
        return pi

    def org(o, g):
        oi = iri(ID + "org/" + slug(o))
        q(oi, iri(RDF), iri(DG + "Organization"), g)
        q(oi, iri(LABEL), lit(o), g)
        q(oi, iri(DG + "name"), lit(o), g)
        return oi

    def country(c, g):
        code, name = c[0], c[1]
        ci = iri(ID + "country/" + code)
        q(ci, iri(RDF), iri(DG + "Country"), g)
        q(ci, iri(LABEL), lit(name), g)
        q(ci, iri(DG + "name"), lit(name), g)
        q(ci, iri(DG + "isoCode"), lit(code), g)
        return ci

    for k in range(n):
        doc = ID + "document/%016x" % (k * 2654435761 % (1 << 64))
        d = iri(doc)
        q(d, iri(RDF), iri(DG + "Document"), doc)
        q(d, iri(DG + "sourceFile"), lit("corpus/page-%05d.txt" % k), doc)
        q(d, iri(LABEL), lit("corpus/page-%05d.txt" % k), doc)
        year = rnd.randint(1995, 2024)
        topic = rnd.choice(TOPICS)
        place = rnd.choice(COUNTRIES)[1]
        if rnd.random() < 0.7:
            typ = rnd.choice(PUB_TYPES)
            title = "%s and %s: %s Notes %d" % (place, topic, typ, k % 997)
            if k % 50 == 0:
                title = 'The "%s" Question, %s' % (topic, place)
            item = iri(ID + "publication/" + slug(title))
            q(item, iri(RDF), iri(DG + "Publication"), doc)
            q(item, iri(RDF), iri(DG + typ), doc)
            q(item, iri(DG + "title"), lit(title), doc)
            q(item, iri(LABEL), lit(title), doc)
            prec = rnd.random()
            if prec < 0.6:
                date = lit("%d-%02d-%02d" % (year, rnd.randint(1, 12), rnd.randint(1, 28)), "date")
            elif prec < 0.85:
                date = lit("%d-%02d" % (year, rnd.randint(1, 12)), "gYearMonth")
            else:
                date = lit("%d" % year, "gYear")
            q(item, iri(DG + "datePublished"), date, doc)
            for a in rnd.sample(people, rnd.choice([1, 1, 2, 2, 3])):
                q(item, iri(DG + "author"), person(a, doc), doc)
            if rnd.random() < 0.5:
                q(item, iri(DG + "publisher"), org(rnd.choice(ORGS), doc), doc)
        else:
            typ = rnd.choice(EVENT_TYPES)
            day = "%d-%02d-%02d" % (year, rnd.randint(1, 12), rnd.randint(1, 28))
            title = "%s %s on %s %d" % (place, typ, topic, k % 991)
            item = iri(ID + "event/" + day + "-" + slug(title))
            q(item, iri(RDF), iri(DG + "Event"), doc)
            q(item, iri(RDF), iri(DG + typ), doc)
            q(item, iri(DG + "title"), lit(title), doc)
            q(item, iri(LABEL), lit(title), doc)
            if rnd.random() < 0.3:
                q(item, iri(DG + "startDate"), lit(day + "T%02d:00:00" % rnd.randint(8, 18), "dateTime"), doc)
            else:
                q(item, iri(DG + "startDate"), lit(day, "date"), doc)
            q(item, iri(DG + "location"), lit(rnd.choice(["Washington, DC", "Tokyo", "Online"])), doc)
            for p in rnd.sample(people, rnd.randint(1, 4)):
                pi = person(p, doc)
                q(item, iri(DG + "participant"), pi, doc)
                if rnd.random() < 0.8:
                    q(item, iri(DG + rnd.choice(ROLES)), pi, doc)
        q(d, iri(DG + "describes"), item, doc)
        for c in rnd.sample(COUNTRIES, rnd.randint(0, 4)):
            q(d, iri(DG + "mentionsCountry"), country(c, doc), doc)
        out.writelines(quads)
        quads.clear()

    g = "https://w3id.org/docgraph/iso3166"
    for code, name, a3, num in COUNTRIES:
        if not a3:
            continue
        ci = iri("https://w3id.org/docgraph/iso3166/" + code)
        q(ci, iri(RDF), iri(ISO + "Country"), g)
        q(ci, iri(DG + "isoCode"), lit(code), g)
        q(ci, iri(ISO + "alpha3"), lit(a3), g)
        q(ci, iri(ISO + "numeric"), lit(num), g)
        q(ci, iri(ISO + "name"), lit(name), g)
        q(ci, iri(LABEL), lit(name), g)
    out.writelines(quads)


if __name__ == "__main__":
    main()
