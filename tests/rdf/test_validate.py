"""kg validate: SHACL shapes against graphs shaped as in ontology/MODEL.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.cli import main
from kg.errors import InputError
from kg.rdf.validate import default_shapes, load_graph, validate_graph
from kg.rdf.vocab import KG, KGR

SCHEMA = Namespace("http://schema.org/")  # MODEL.md: http, not https
ORG = Namespace("http://www.w3.org/ns/org#")

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "fixture.trig"
TEXT = "Kanzlerin Angela Merkel traf Emmanuel Macron am Dienstag in Paris."
ART = KGR["article/a1"]
ART2 = KGR["article/a2"]
SENT = KGR["sentence/a1/0"]
MERKEL = KGR["person/angela-merkel"]
MACRON = KGR["person/emmanuel-macron"]
PARIS = KGR["place/paris"]
FRANCE = KGR["place/frankreich"]
MEETING = KGR["meeting/a1/1"]
ROLE = KGR["role/kanzlerin"]
MEMBERSHIP = KGR["membership/angela-merkel/kanzlerin/deutschland"]
GERMANY = KGR["place/deutschland"]
M_MERKEL = KGR["mention/a1/10-23"]


def _de(text: str) -> Literal:
    return Literal(text, lang="de")


def _article(g: Graph, art: URIRef, sha: str) -> None:
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, RDF.type, KG.Article))
    g.add((art, SCHEMA.headline, _de("Merkel in Paris")))
    g.add(
        (
            art,
            SCHEMA.datePublished,
            Literal("2021-03-04T10:15:00", datatype=XSD.dateTime),
        )
    )
    g.add((art, KG.contentHash, Literal(sha)))
    g.add((art, KG.sourceFile, Literal("seeds/a.txt")))


def _entity(g: Graph, iri: URIRef, types: tuple[URIRef, ...], name: str) -> None:
    for t in types:
        g.add((iri, RDF.type, t))
    g.add((iri, SCHEMA.name, _de(name)))


def _mention(g: Graph, start: int, end: int, label: str, entity: URIRef) -> URIRef:
    m = KGR[f"mention/a1/{start}-{end}"]
    g.add((m, RDF.type, KG.Mention))
    g.add((m, KG.anchorOf, Literal(TEXT[start:end])))
    g.add((m, KG.label, Literal(label)))
    g.add((m, KG.beginIndex, Literal(start)))
    g.add((m, KG.endIndex, Literal(end)))
    g.add((m, KG.mentionOf, entity))
    g.add((m, KG.inSentence, SENT))
    g.add((m, KG.inArticle, ART))
    return m


def model_dataset() -> Dataset:
    """Two articles in two named graphs, shaped exactly as MODEL.md shows."""
    ds = Dataset()
    g = ds.graph(ART)
    _article(g, ART, "0" * 64)
    person, org_, place = (
        (SCHEMA.Person, KG.Person),
        (SCHEMA.Organization,),
        (SCHEMA.Place, KG.Place),
    )
    _entity(g, MERKEL, person, "Angela Merkel")
    g.add((MERKEL, SCHEMA.alternateName, _de("Merkel")))
    g.add((MERKEL, SCHEMA.jobTitle, _de("Kanzlerin")))
    _entity(g, MACRON, person, "Emmanuel Macron")
    _entity(g, PARIS, (*place, SCHEMA.City, KG.City), "Paris")
    _entity(g, GERMANY, (*place, SCHEMA.Country, KG.Country), "Deutschland")
    _entity(g, KGR["org/eu"], (*org_, KG.Organisation), "EU")
    geo = KGR["geo/paris"]
    g.add((PARIS, SCHEMA.geo, geo))
    g.add((geo, RDF.type, SCHEMA.GeoCoordinates))
    g.add((geo, SCHEMA.latitude, Literal("48.85341", datatype=XSD.decimal)))
    g.add((geo, SCHEMA.longitude, Literal("2.3488", datatype=XSD.decimal)))
    g.add((PARIS, SCHEMA.containedInPlace, FRANCE))  # not typed here: only an IRI
    g.add((PARIS, SCHEMA.sameAs, URIRef("https://sws.geonames.org/2988507/")))

    g.add((SENT, RDF.type, KG.Sentence))
    g.add((SENT, KG.text, _de(TEXT)))
    g.add((SENT, KG.beginIndex, Literal(0)))
    g.add((SENT, KG.endIndex, Literal(len(TEXT))))
    g.add((SENT, KG.inArticle, ART))
    _mention(g, 10, 23, "PER", MERKEL)
    _mention(g, 29, 44, "PER", MACRON)
    _mention(g, 61, 66, "LOC", PARIS)

    g.add((ROLE, RDF.type, ORG.Role))
    g.add((ROLE, RDF.type, KG.Role))
    g.add((ROLE, RDFS.label, _de("Kanzlerin")))
    g.add((MEMBERSHIP, RDF.type, ORG.Membership))
    g.add((MEMBERSHIP, RDF.type, KG.RoleAssignment))
    g.add((MEMBERSHIP, ORG.member, MERKEL))
    g.add((MEMBERSHIP, ORG.role, ROLE))
    g.add((MEMBERSHIP, ORG.organization, GERMANY))
    g.add((MEMBERSHIP, KG.title, _de("Kanzlerin")))
    g.add((MEMBERSHIP, KG.validAt, Literal("2021-03-04", datatype=XSD.date)))
    g.add((MEMBERSHIP, PROV.wasDerivedFrom, SENT))

    g.add((MEETING, RDF.type, SCHEMA.Event))
    g.add((MEETING, RDF.type, KG.Meeting))
    g.add((MEETING, SCHEMA.name, _de("traf in Paris, 2021-03-02")))
    g.add((MEETING, KG.trigger, _de("traf")))
    g.add((MEETING, SCHEMA.attendee, MERKEL))
    g.add((MEETING, SCHEMA.attendee, MACRON))
    g.add((MEETING, SCHEMA.organizer, KGR["org/eu"]))
    g.add((MEETING, SCHEMA.location, PARIS))
    g.add((MEETING, SCHEMA.startDate, Literal("2021-03-02", datatype=XSD.date)))
    g.add((MEETING, KG.timeExpression, _de("am Dienstag")))
    g.add((MEETING, KG.reportedIn, ART))
    g.add((MEETING, PROV.wasDerivedFrom, SENT))

    # a second article repeats Merkel's node, as kg build does
    g2 = ds.graph(ART2)
    _article(g2, ART2, "1" * 64)
    _entity(g2, MERKEL, person, "Angela Merkel")
    return ds


def _messages(report) -> list[str]:
    return [str(r) for r in report.results]


def test_model_graph_conforms() -> None:
    ds = model_dataset()
    report = validate_graph(ds)
    assert report.conforms, "\n".join(report.lines())
    assert report.results == ()
    # the union of both graphs, with the repeated triples counted once
    assert report.triples == len({(s, p, o) for s, p, o, _ in ds.quads()})


def test_fixture_conforms() -> None:
    # the hand-made fixture other tests assert answers on follows MODEL.md
    report = validate_graph(FIXTURE)
    assert report.conforms, "\n".join(report.lines())
    assert report.triples > 500


def test_shipped_shapes_are_found() -> None:
    shapes = default_shapes()
    assert len(shapes) > 100


def _remove(*triples):
    def mutate(ds: Dataset) -> None:
        for t in triples:
            ds.remove((*t, None))

    return mutate


def _add(*triples, graph: URIRef = ART):
    def mutate(ds: Dataset) -> None:
        for t in triples:
            ds.graph(graph).add(t)

    return mutate


def _replace(s: URIRef, p: URIRef, o) -> Callable[[Dataset], None]:
    def mutate(ds: Dataset) -> None:
        ds.remove((s, p, None, None))
        # a callable makes the object late: an ill-typed literal logs when built
        ds.graph(ART).add((s, p, o() if callable(o) else o))

    return mutate


BROKEN = {
    # two names for one entity
    "two names": (
        _add((MACRON, SCHEMA.name, _de("Macron"))),
        "kgr:person/emmanuel-macron schema:name: expected exactly one schema:name",
    ),
    # names given in different articles are still two names: the union is checked
    "two names in two graphs": (
        _add((MACRON, SCHEMA.name, _de("E. Macron")), graph=ART2),
        "kgr:person/emmanuel-macron schema:name: expected exactly one schema:name",
    ),
    # the name is not tagged German
    "name without @de": (
        _replace(PARIS, SCHEMA.name, Literal("Paris")),
        "kgr:place/paris schema:name: expected exactly one schema:name, a @de string",
    ),
    "name in English": (
        _replace(PARIS, SCHEMA.name, Literal("Paris", lang="en")),
        "kgr:place/paris schema:name: expected exactly one schema:name, a @de string",
    ),
    "alternate name untagged": (
        _add((MERKEL, SCHEMA.alternateName, Literal("Mutti"))),
        "kgr:person/angela-merkel schema:alternateName: expected schema:alternateName",
    ),
    # a meeting must have someone taking part
    "meeting without attendee": (
        _remove((MEETING, SCHEMA.attendee, None)),
        "kgr:meeting/a1/1 schema:attendee: expected at least one schema:attendee",
    ),
    # an attendee must be an actor, not a sentence
    "attendee is a sentence": (
        _add((MEETING, SCHEMA.attendee, SENT)),
        "kgr:meeting/a1/1 schema:attendee: expected at least one schema:attendee, each",
    ),
    # a date as a plain string is not queryable as a date
    "startDate plain string": (
        _replace(MEETING, SCHEMA.startDate, Literal("2021-03-02")),
        "kgr:meeting/a1/1 schema:startDate: expected at most one schema:startDate, "
        "an xsd:date or xsd:dateTime",
    ),
    "startDate ill-formed": (
        _replace(
            MEETING, SCHEMA.startDate, lambda: Literal("Dienstag", datatype=XSD.date)
        ),
        "kgr:meeting/a1/1 schema:startDate: expected at most one schema:startDate",
    ),
    "two locations": (
        _add((MEETING, SCHEMA.location, GERMANY)),
        "kgr:meeting/a1/1 schema:location: expected at most one schema:location",
    ),
    "meeting without trigger": (
        _remove((MEETING, KG.trigger, None)),
        "kgr:meeting/a1/1 kg:trigger: expected at least one kg:trigger",
    ),
    "meeting without evidence": (
        _remove((MEETING, PROV.wasDerivedFrom, None)),
        "kgr:meeting/a1/1 prov:wasDerivedFrom: expected at least one "
        "prov:wasDerivedFrom, each a kg:Sentence",
    ),
    "meeting not an Event": (
        _remove((MEETING, RDF.type, SCHEMA.Event)),
        "kgr:meeting/a1/1 -: expected a kg:Meeting to be typed schema:Event",
    ),
    # offsets out of order
    "mention endIndex < beginIndex": (
        _replace(M_MERKEL, KG.endIndex, Literal(5)),
        "kgr:mention/a1/10-23 -: expected kg:beginIndex < kg:endIndex, inside its "
        "sentence of the same article, and kg:anchorOf as long as the span: "
        "got endIndex 5 <= beginIndex 10",
    ),
    # the same, from the SHACL Core sh:lessThan (engines without SHACL-AF)
    "mention endIndex < beginIndex, core": (
        _replace(M_MERKEL, KG.endIndex, Literal(5)),
        "kgr:mention/a1/10-23 kg:beginIndex: expected kg:beginIndex < kg:endIndex "
        "(value 10)",
    ),
    "mention outside its sentence": (
        _replace(M_MERKEL, KG.endIndex, Literal(len(TEXT) + 13)),
        f"got span 10-{len(TEXT) + 13} outside its sentence 0-{len(TEXT)}",
    ),
    "anchor does not fit offsets": (
        _replace(M_MERKEL, KG.anchorOf, Literal("Merkel")),
        "got anchorOf of length 6 for span 10-23",
    ),
    # provenance pointing into another article
    "mention's sentence in another article": (
        _replace(M_MERKEL, KG.inArticle, ART2),
        "got its sentence in another article https://w3id.org/kg-news/id/article/a1",
    ),
    "sentence text does not fit offsets": (
        _replace(SENT, KG.text, _de(TEXT[:-1])),
        f"kgr:sentence/a1/0 -: expected kg:text as long as the span "
        f"kg:beginIndex-kg:endIndex: got text of length {len(TEXT) - 1} "
        f"for span 0-{len(TEXT)}",
    ),
    "meeting evidence from another article": (
        _replace(MEETING, KG.reportedIn, ART2),
        "kgr:meeting/a1/1 prov:wasDerivedFrom: expected prov:wasDerivedFrom sentences "
        "of a kg:reportedIn article: got a sentence of https://w3id.org/kg-news/id/"
        "article/a1 (value kgr:sentence/a1/0)",
    ),
    "unknown NER label": (
        _replace(M_MERKEL, KG.label, Literal("PERSON")),
        "kgr:mention/a1/10-23 kg:label: expected exactly one kg:label, "
        "one of PER ORG LOC MISC",
    ),
    "negative offset": (
        _replace(SENT, KG.beginIndex, Literal(-1)),
        "kgr:sentence/a1/0 kg:beginIndex: expected exactly one kg:beginIndex, "
        "an xsd:integer >= 0",
    ),
    "offset as string": (
        _replace(SENT, KG.endIndex, Literal(str(len(TEXT)))),
        "kgr:sentence/a1/0 kg:endIndex: expected exactly one kg:endIndex, "
        "an xsd:integer >= 0",
    ),
    "mention without entity": (
        _remove((M_MERKEL, KG.mentionOf, None)),
        "kgr:mention/a1/10-23 kg:mentionOf: expected exactly one kg:mentionOf",
    ),
    "membership without member": (
        _remove((MEMBERSHIP, ORG.member, None)),
        "kgr:membership/angela-merkel/kanzlerin/deutschland org:member: "
        "expected exactly one org:member, a schema:Person",
    ),
    "membership of a meeting": (
        _replace(MEMBERSHIP, ORG.organization, MEETING),
        "org:organization: expected at most one org:organization",
    ),
    "role without German label": (
        _replace(ROLE, RDFS.label, Literal("chancellor", lang="en")),
        "kgr:role/kanzlerin rdfs:label: expected exactly one rdfs:label, "
        "the German title as a @de string",
    ),
    # two articles with one id: one node, two hashes
    "two content hashes": (
        _add((ART, KG.contentHash, Literal("f" * 64))),
        "kgr:article/a1 kg:contentHash: expected exactly one kg:contentHash",
    ),
    "headline twice": (
        _add((ART, SCHEMA.headline, _de("Noch ein Titel"))),
        "kgr:article/a1 schema:headline: expected at most one schema:headline",
    ),
    "datePublished plain string": (
        _replace(ART, SCHEMA.datePublished, Literal("4.3.2021")),
        "kgr:article/a1 schema:datePublished: expected at most one "
        "schema:datePublished, an xsd:date or xsd:dateTime",
    ),
    # typed only with the project's class: plain schema.org queries would miss it
    "kg:Person only": (
        _add((KGR["person/x"], RDF.type, KG.Person)),
        "kgr:person/x -: expected a kg:Person to be typed schema:Person",
    ),
    "kg:City without schema:City": (
        _remove((PARIS, RDF.type, SCHEMA.City)),
        "kgr:place/paris -: expected a kg:City to be typed schema:City",
    ),
    # statements (issue 17): a quotation needs its words, an interaction a known type
    "quotation without text": (
        _add(
            (KGR["quote/a1/0-5"], RDF.type, SCHEMA.Quotation),
            (KGR["quote/a1/0-5"], RDF.type, KG.Quotation),
            (KGR["quote/a1/0-5"], KG.quoteKind, Literal("direct")),
        ),
        "kgr:quote/a1/0-5 schema:text: expected exactly one schema:text",
    ),
    "interaction of an unknown type": (
        _add(
            (KGR["interaction/a1/1"], RDF.type, SCHEMA.CommunicateAction),
            (KGR["interaction/a1/1"], RDF.type, KG.VerbalInteraction),
            (KGR["interaction/a1/1"], KG.interactionType, Literal("SAY")),
            (KGR["interaction/a1/1"], SCHEMA.agent, MACRON),
        ),
        "kgr:interaction/a1/1 kg:interactionType: expected exactly one "
        "kg:interactionType, a PLOVER-style code",
    ),
    # an article's direct link (issue 13) goes to an actor, not to its evidence
    "article mentions a sentence": (
        _add((ART, SCHEMA.mentions, SENT)),
        "kgr:article/a1 schema:mentions: expected schema:mentions values to be a "
        "schema:Person, schema:Organization or schema:Place",
    ),
    # https://schema.org/ is another namespace: the contract says http
    "https schema.org": (
        _replace(MACRON, RDF.type, URIRef("https://schema.org/Person")),
        "kgr:mention/a1/29-44 kg:mentionOf: expected exactly one kg:mentionOf",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_broken_graph_fails_with_message(case: str) -> None:
    mutate, expected = BROKEN[case]
    ds = model_dataset()
    mutate(ds)
    report = validate_graph(ds)
    assert not report.conforms
    assert any(expected in m for m in _messages(report)), "\n".join(report.lines())


def test_optional_parts_may_be_absent() -> None:
    # undated article without title; meeting without place/date/organizer;
    # membership without organisation (MODEL.md allows all of these)
    ds = model_dataset()
    for p in (SCHEMA.headline, SCHEMA.datePublished):
        ds.remove((ART, p, None, None))
    for p in (
        SCHEMA.location,
        SCHEMA.startDate,
        SCHEMA.organizer,
        KG.timeExpression,
        SCHEMA.name,
    ):
        ds.remove((MEETING, p, None, None))
    for p in (ORG.organization, KG.validAt, KG.title):
        ds.remove((MEMBERSHIP, p, None, None))
    report = validate_graph(ds)
    assert report.conforms, "\n".join(report.lines())


def test_report_lines_are_capped() -> None:
    ds = model_dataset()
    for m in (M_MERKEL, KGR["mention/a1/29-44"], KGR["mention/a1/61-66"]):
        ds.remove((m, KG.label, None, None))
    report = validate_graph(ds)
    assert len(report.results) == 3
    lines = list(report.lines(limit=2))
    assert len(lines) == 3 and lines[-1] == "... and 1 more"
    assert len(list(report.lines(limit=None))) == 3


@pytest.mark.parametrize("ext", [".trig", ".nq", ".jsonld", ".ttl", ".nt"])
def test_every_output_format_validates(tmp_path: Path, ext: str) -> None:
    ds = model_dataset()
    path = tmp_path / f"kg{ext}"
    if ext in (".ttl", ".nt"):  # triple formats: the union
        union = Graph()
        for s, p, o, _ in ds.quads():
            union.add((s, p, o))
        union.serialize(
            path, format={".ttl": "turtle", ".nt": "nt"}[ext], encoding="utf-8"
        )
    else:
        ds.serialize(
            path, format={".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}[ext]
        )
    report = validate_graph(path)
    assert report.conforms, "\n".join(report.lines())
    assert report.triples == len({(s, p, o) for s, p, o, _ in ds.quads()})


@pytest.mark.parametrize(
    "name,content,expected",
    [
        # not Turtle at all
        ("bad.ttl", "this is < not turtle", r"bad\.ttl: expected Turtle, got: .+"),
        # a triple without object
        ("bad.nq", "<http://a> <http://b> .\n", r"bad\.nq: expected N-Quads, got: .+"),
        (
            "bad.trig",
            "<http://g> { <http://a> <http://b> ",
            r"bad\.trig: expected TriG, got: .+",
        ),
        ("bad.jsonld", '{"@id": ', r"bad\.jsonld: expected JSON-LD, got: .+"),
        # the extension picks the format; an unknown one is refused before reading
        (
            "kg.txt",
            "",
            r"kg\.txt: expected an RDF file \(\.ttl, .*got extension '\.txt'",
        ),
    ],
)
def test_unparseable_file_is_input_error(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=expected):
        validate_graph(path)


def test_missing_file_is_input_error(tmp_path: Path) -> None:
    # nothing to read
    with pytest.raises(InputError, match=r"nope\.trig: expected a readable TriG file"):
        validate_graph(tmp_path / "nope.trig")


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.trig"
    model_dataset().serialize(good, format="trig")
    assert main(["validate", str(good)]) == 0
    out = capsys.readouterr().out
    n = len(load_graph(good))
    assert out == f"{good}: conforms ({n} triples)\n"

    bad = tmp_path / "bad.trig"
    ds = model_dataset()
    ds.remove((MEETING, SCHEMA.attendee, None, None))
    ds.serialize(bad, format="trig")
    assert main(["validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1] == f"{bad}: does not conform: 1 violation ({n - 2} triples)"
    assert out[2].startswith(
        "  kgr:meeting/a1/1 schema:attendee: expected at least one"
    )

    broken = tmp_path / "broken.nq"
    broken.write_text("<http://a> .\n", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2
    assert capsys.readouterr().err.startswith(f"kg: {broken}: expected N-Quads, got: ")


def test_cli_custom_shapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.trig"
    model_dataset().serialize(good, format="trig")
    # a stricter shape: every person needs a birth date
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix schema: <http://schema.org/> .
        <urn:s> a sh:NodeShape ; sh:targetClass schema:Person ;
            sh:property [ sh:path schema:birthDate ; sh:minCount 1 ] .""",
        encoding="utf-8",
    )
    assert main(["validate", str(good), "--shapes", str(shapes), "--limit", "1"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(
        f"does not conform: 2 violations ({len(load_graph(good))} triples)"
    )
    assert out[1].startswith("  kgr:person/angela-merkel schema:birthDate:")
    assert out[2] == "  ... and 1 more"
    # shapes that are not SHACL are bad input too
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<urn:s> a sh:NodeShape ; sh:targetClass <http://schema.org/Person> ;"
        " sh:property [ sh:minCount 1 ] .",
        encoding="utf-8",
    )
    assert main(["validate", str(good), "--shapes", str(shapes)]) == 2
    assert "expected SHACL shapes, got:" in capsys.readouterr().err


def test_in_memory_graph_is_validated_as_written() -> None:
    # Literal(float, datatype=xsd:decimal) keeps a Python float in memory, which
    # pyshacl would reject as xsd:decimal; written to a file it is a valid decimal
    ds = model_dataset()
    geo = KGR["geo/paris"]
    ds.remove((geo, SCHEMA.latitude, None, None))
    ds.graph(ART).add((geo, SCHEMA.latitude, Literal(48.85341, datatype=XSD.decimal)))
    assert validate_graph(ds).conforms
    # a plain Graph is checked the same way
    union = Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    assert validate_graph(union).conforms


def _article_records(article_id: str):
    from datetime import date

    from kg.extract.records import (
        ArticleRecords,
        Entity,
        Meeting,
        Mention,
        Role,
        Sentence,
    )

    s = Sentence(0, len(TEXT), TEXT)
    merkel = Entity(
        "person",
        "Angela Merkel",
        ("Merkel",),
        (Mention(10, 23, "Angela Merkel", "PER", 0),),
    )
    macron = Entity(
        "person", "Emmanuel Macron", (), (Mention(29, 44, "Emmanuel Macron", "PER", 0),)
    )
    paris = Entity(
        "place",
        "Paris",
        (),
        (Mention(61, 66, "Paris", "LOC", 0),),
        place_kind="city",
        lat=48.85341,
        lon=2.3488,
        geonames_id=2988507,
        contained_in="place/Frankreich",
    )
    return ArticleRecords(
        id=article_id,
        content_hash="0" * 64,
        title="Merkel in Paris",
        date=date(2021, 3, 4),
        path=f"{article_id}.txt",
        sentences=(s,),
        entities=(merkel, macron, paris),
        roles=(Role("person/Angela Merkel", "Kanzlerin", "Kanzlerin", None, 0, 0, 9),),
        meetings=(
            Meeting(
                ("traf",),
                ("person/Angela Merkel", "person/Emmanuel Macron"),
                (0,),
                location="place/Paris",
                date=date(2021, 3, 2),
                time_expressions=("am Dienstag",),
            ),
        ),
    )


def test_records_to_dataset_output_conforms() -> None:
    # the contract between kg/rdf/graph.py and the shapes, on the builder's own output
    from kg.rdf.graph import records_to_dataset

    ds = records_to_dataset([_article_records("a1"), _article_records("a2")])
    report = validate_graph(ds)
    assert report.conforms, "\n".join(report.lines())


def test_an_export_carries_its_corpus_graph_and_conforms(tmp_path):
    from kg.store import export_store, open_store, replace_article_graphs

    store = open_store(tmp_path / "s")
    replace_article_graphs(store, FIXTURE)
    out = export_store(store, tmp_path / "all.nq")
    report = validate_graph(out)
    assert report.conforms, list(report.lines())
    # a default graph that is not the set of the article graphs' triples is a
    # violation (here: one triple no article states)
    stray = "<https://e.org/a> <https://e.org/b> <https://e.org/c> .\n"
    tampered = tmp_path / "tampered.nq"
    tampered.write_text(out.read_text(encoding="utf-8") + stray, encoding="utf-8")
    first = validate_graph(tampered).violations[0]
    assert first.focus == "(default graph)"
    assert "0 of their triples missing and 1 triples no article graph" in first.message


def test_a_meeting_attendee_without_mention_is_typed_and_conforms() -> None:
    # the state of a capital visited ("bei einem Besuch in Paris") joins the
    # meeting where the article names it nowhere: typed and named in the graph
    from dataclasses import replace

    from kg.rdf.graph import entity_iri, records_to_dataset

    rec = _article_records("a1")
    [m] = rec.meetings
    visit = replace(m, attendees=(*m.attendees, "place/Frankreich"))
    ds = records_to_dataset([replace(rec, meetings=(visit,))])
    report = validate_graph(ds)
    assert report.conforms, "\n".join(report.lines())
    state = entity_iri("place/Frankreich")
    assert any(ds.quads((state, RDF.type, SCHEMA.Place, None)))
