"""The small graph most viz tests draw (``mini``), built with rdflib so that
every edge and weight is known by construction, and the IRIs of its actors."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, XSD, Namespace

from kg.rdf.vocab import KG, KGR

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"
SCHEMA = Namespace("http://schema.org/")  # MODEL.md: http, not https (not rdflib's SDO)
EVIL_NAME = "<img src=x onerror=alert(1)> \"Mr' </script><script>alert(2)</script>"
EVIL_HEADLINE = "Gipfel <script>alert(1)</script> & </script><!-- \u2028"
EVIL_SENTENCE = 'Der "Chef" <script>alert(3)</script> sagt: </script><b>nein</b>'


def _p(slug: str) -> URIRef:
    return KGR[slug]


ROLE_LABELS = {
    "aussenminister": "Außenminister",
    "vizeaussenminister": "Vize-Außenminister",
    "chef": "<i>Chef</i>",
}


def build_mini() -> Dataset:
    """Three articles; persons, organisations, countries and a city; three meetings
    (one undated), four memberships (one undated), four sentences with mentions."""
    ds = Dataset()
    a1, a2, a3 = _p("article/a1"), _p("article/a2"), _p("article/a3")
    g1, g2, g3 = ds.graph(a1), ds.graph(a2), ds.graph(a3)

    def entity(g, slug, name, *classes, alt=None):
        iri = _p(slug)
        for c in classes:
            g.add((iri, RDF.type, c))
        g.add((iri, SCHEMA["name"], Literal(name, lang="de")))
        if alt:
            g.add((iri, SCHEMA["alternateName"], Literal(alt, lang="de")))
        return iri

    def article(g, iri, headline, date):
        g.add((iri, RDF.type, SCHEMA["NewsArticle"]))
        g.add((iri, RDF.type, KG.Article))
        g.add((iri, SCHEMA["headline"], Literal(headline, lang="de")))
        if date:
            g.add((iri, SCHEMA["datePublished"], Literal(date, datatype=XSD.dateTime)))

    article(g1, a1, EVIL_HEADLINE, "2022-01-09T17:17:00")
    article(g2, a2, "Treffen in Brüssel", "2022-02-15T08:00:00")
    article(g3, a3, "Ohne Datum", None)
    ents = {}
    for g in (g1, g2, g3):
        ents["blinken"] = entity(
            g,
            "person/antony-blinken",
            "Antony Blinken",
            SCHEMA["Person"],
            KG.Person,
            alt="Blinken",
        )
        ents["lawrow"] = entity(
            g, "person/sergej-lawrow", "Sergej Lawrow", SCHEMA["Person"], KG.Person
        )
        ents["rjabkow"] = entity(
            g, "person/sergej-rjabkow", "Sergej Rjabkow", SCHEMA["Person"], KG.Person
        )
        ents["evil"] = entity(g, "person/evil", EVIL_NAME, SCHEMA["Person"], KG.Person)
        ents["nato"] = entity(
            g, "org/nato", "NATO", SCHEMA["Organization"], KG.Organisation
        )
        ents["osze"] = entity(
            g, "org/osze", "OSZE", SCHEMA["Organization"], KG.Organisation
        )
        ents["usa"] = entity(
            g,
            "place/usa",
            "USA",
            SCHEMA["Place"],
            SCHEMA["Country"],
            KG.Place,
            KG.Country,
        )
        ents["russland"] = entity(
            g,
            "place/russland",
            "Russland",
            SCHEMA["Place"],
            SCHEMA["Country"],
            KG.Place,
            KG.Country,
        )
        ents["genf"] = entity(
            g, "place/genf", "Genf", SCHEMA["Place"], SCHEMA["City"], KG.Place, KG.City
        )
    e = ents

    def meeting(g, iri, art, date, attendees, organizer=None, place=None):
        g.add((iri, RDF.type, SCHEMA["Event"]))
        g.add((iri, RDF.type, KG.Meeting))
        g.add(
            (iri, SCHEMA["name"], Literal(f"Treffen {date or 'ohne Datum'}", lang="de"))
        )
        for x in attendees:
            g.add((iri, SCHEMA["attendee"], x))
        if organizer:
            g.add((iri, SCHEMA["organizer"], organizer))
        if place:
            g.add((iri, SCHEMA["location"], place))
        if date:
            g.add((iri, SCHEMA["startDate"], Literal(date, datatype=XSD.date)))
        g.add((iri, KG.reportedIn, art))

    meeting(
        g1,
        _p("meeting/a1/1"),
        a1,
        "2022-01-10",
        [e["blinken"], e["lawrow"], e["usa"], e["russland"]],
        place=e["genf"],
    )
    meeting(
        g2,
        _p("meeting/a2/1"),
        a2,
        "2022-02-15",
        [e["blinken"], e["lawrow"]],
        organizer=e["nato"],
    )
    meeting(g3, _p("meeting/a3/1"), a3, None, [e["lawrow"], e["rjabkow"]])

    def sentence(g, art, start, *mentioned, text=None):
        s = _p(f"sentence/{art.split('/')[-1]}/{start}")
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.inArticle, art))
        if text:
            g.add((s, KG.text, Literal(text, lang="de")))
        for i, x in enumerate(mentioned):
            m = _p(f"mention/{art.split('/')[-1]}/{start + i}-{start + i + 1}")
            g.add((m, RDF.type, KG.Mention))
            g.add((m, KG.mentionOf, x))
            g.add((m, KG.inSentence, s))
            g.add((m, KG.inArticle, art))
        return s

    s1 = sentence(
        g1,
        a1,
        0,
        e["blinken"],
        e["lawrow"],
        e["genf"],
        text="Blinken und Lawrow treffen sich in Genf.",
    )
    g1.add((_p("meeting/a1/1"), PROV.wasDerivedFrom, s1))
    sentence(g1, a1, 100, e["blinken"], e["lawrow"])  # no text: no evidence
    s3 = sentence(g2, a2, 0, e["lawrow"], e["rjabkow"], e["nato"])
    s4 = sentence(g2, a2, 100, e["evil"], e["osze"], text=EVIL_SENTENCE)

    def membership(g, person, role, title, org, valid, src):
        iri = _p(f"membership/{person.split('/')[-1]}/{role}")
        r = _p(f"role/{role}")
        g.add((r, RDF.type, ORG.Role))
        g.add((r, RDFS.label, Literal(ROLE_LABELS[role], lang="de")))
        g.add((iri, RDF.type, ORG.Membership))
        g.add((iri, ORG.member, person))
        g.add((iri, ORG.role, r))
        g.add((iri, ORG.organization, org))
        g.add((iri, KG.title, Literal(title, lang="de")))
        if valid:
            g.add((iri, KG.validAt, Literal(valid, datatype=XSD.date)))
        g.add((iri, PROV.wasDerivedFrom, src))

    membership(
        g1,
        e["blinken"],
        "aussenminister",
        "US-Außenminister",
        e["usa"],
        "2022-01-09",
        s1,
    )
    membership(
        g1,
        e["lawrow"],
        "aussenminister",
        "Außenminister",
        e["russland"],
        "2022-01-09",
        s1,
    )
    membership(
        g2,
        e["rjabkow"],
        "vizeaussenminister",
        "Vize-Außenminister",
        e["russland"],
        "2022-02-15",
        s3,
    )
    membership(g2, e["evil"], "chef", "<b>Chef</b> \"&'", e["osze"], None, s4)
    return ds


def n(slug: str) -> str:
    return str(KGR[slug])


B, L, R, EV = (
    n("person/antony-blinken"),
    n("person/sergej-lawrow"),
    n("person/sergej-rjabkow"),
    n("person/evil"),
)


NATO, OSZE, USA, RU, GENF = (
    n("org/nato"),
    n("org/osze"),
    n("place/usa"),
    n("place/russland"),
    n("place/genf"),
)


def edges_of(G, kind=None):
    """{(frozenset(u, v), kind): weight}"""
    return {
        (frozenset((u, v)), k): w
        for u, v, k, w in G.edges(keys=True, data="weight")
        if kind is None or k == kind
    }


def f(slug: str) -> str:
    return str(KGR[slug])
