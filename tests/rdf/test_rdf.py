"""records -> RDF: IRIs, the schema.org contract, named graphs, round trips."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, RDF, XSD

from kg.extract.records import ArticleRecords, Entity, Meeting, Mention, Role, Sentence
from kg.rdf.graph import (
    article_iri,
    entity_iri,
    records_to_dataset,
    records_to_graph,
    slugify,
)
from kg.rdf.vocab import KG, KGR, SDO


def _records(
    article_id: str = "a1", day: date | None = date(2021, 3, 4)
) -> ArticleRecords:
    text = "Kanzlerin Angela Merkel traf Emmanuel Macron am Dienstag in Paris."
    s = Sentence(0, len(text), text)
    merkel = Entity(
        "person", "Angela Merkel", (), (Mention(10, 23, "Angela Merkel", "PER", 0),)
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
        lat=48.85,
        lon=2.35,
        geonames_id=2988507,
        contained_in="place/Frankreich",
    )
    return ArticleRecords(
        id=article_id,
        content_hash="abc",
        title='Merkel in <Paris> "heute"',
        date=day,
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


@pytest.mark.parametrize(
    "name,slug",
    [
        ("Antony Blinken", "antony-blinken"),
        ("NATO-Russland-Rat", "nato-russland-rat"),
        ("Außenministerin", "aussenministerin"),
        ("Lech Wałęsa", "lech-walesa"),
        ("Österreichische Volkspartei", "oesterreichische-volkspartei"),
    ],
)
def test_slugify_is_readable(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_never_empty_and_bounded() -> None:
    # names with no latin letters and very long names still give valid, distinct slugs
    assert slugify("東京").startswith("x-")
    assert slugify("東京") != slugify("北京")
    long = "Organisation " * 20
    assert len(slugify(long)) <= 89
    assert slugify(long) != slugify(long + "x")


def test_article_iri_is_valid_for_any_id() -> None:
    iri = article_iri('a b/<c>"d')
    assert " " not in iri and "<" not in iri and '"' not in iri


def test_same_entity_same_iri_across_articles() -> None:
    ds = records_to_dataset([_records("a1"), _records("a2")])
    merkel = entity_iri("person/Angela Merkel")
    graphs = {g for _, _, _, g in ds.quads((merkel, RDF.type, SDO.Person, None))}
    assert graphs == {article_iri("a1"), article_iri("a2")}
    # one name in the union of graphs
    union = {o for _, _, o, _ in ds.quads((merkel, SDO.name, None, None))}
    assert union == {Literal("Angela Merkel", lang="de")}


def test_schema_org_contract() -> None:
    g = records_to_graph(_records())
    m = next(g.subjects(RDF.type, KG.Meeting))
    assert (m, RDF.type, SDO.Event) in g
    assert set(g.objects(m, SDO.attendee)) == {
        entity_iri("person/Angela Merkel"),
        entity_iri("person/Emmanuel Macron"),
    }
    assert g.value(m, SDO.location) == entity_iri("place/Paris")
    assert g.value(m, SDO.startDate) == Literal("2021-03-02", datatype=XSD.date)
    assert g.value(m, KG.trigger) == Literal("traf", lang="de")
    paris = entity_iri("place/Paris")
    assert (paris, RDF.type, SDO.City) in g
    assert g.value(paris, SDO.containedInPlace) == entity_iri("place/Frankreich")
    geo = g.value(paris, SDO.geo)
    assert float(g.value(geo, SDO.latitude)) == pytest.approx(48.85)
    ms = next(g.subjects(RDF.type, ORG.Membership))
    assert g.value(ms, ORG.member) == entity_iri("person/Angela Merkel")
    assert g.value(g.value(ms, ORG.role), None) is None or True
    assert g.value(ms, KG.validAt) == Literal("2021-03-04", datatype=XSD.date)
    art = article_iri("a1")
    assert g.value(art, SDO.headline) == Literal('Merkel in <Paris> "heute"', lang="de")


def test_provenance_offsets() -> None:
    g = records_to_graph(_records())
    mention = KGR["mention/a1/10-23"]
    assert g.value(mention, KG.anchorOf) == Literal("Angela Merkel")
    assert int(g.value(mention, KG.beginIndex)) == 10
    sent = g.value(mention, KG.inSentence)
    assert str(g.value(sent, KG.text)).startswith("Kanzlerin Angela Merkel")


def test_article_mentions_each_named_entity_once() -> None:
    # the direct article -> entity link beside the kg:Mention nodes (issue 13)
    rec = _records()
    merkel = rec.entities[0]
    twice = dataclasses.replace(
        merkel, mentions=(*merkel.mentions, Mention(0, 6, "Merkel", "PER", 0))
    )
    rec = dataclasses.replace(rec, entities=(twice, *rec.entities[1:]))
    g = records_to_graph(rec)
    art = article_iri("a1")
    assert set(g.objects(art, SDO.mentions)) == {
        entity_iri("person/Angela Merkel"),
        entity_iri("person/Emmanuel Macron"),
        entity_iri("place/Paris"),
    }
    # two kg:Mention nodes, one link
    merkel_iri = entity_iri("person/Angela Merkel")
    assert len(set(g.subjects(KG.mentionOf, merkel_iri))) == 2
    # a place only named as another's container is not mentioned by the article
    assert entity_iri("place/Frankreich") not in set(g.objects(art, SDO.mentions))


def test_undated_article_has_no_valid_at() -> None:
    g = records_to_graph(_records(day=None))
    assert not list(g.objects(None, KG.validAt))
    assert not list(g.objects(None, SDO.datePublished))


def test_datetime_publication() -> None:
    rec = _records()
    rec = ArticleRecords(
        **{
            **{f: getattr(rec, f) for f in rec.__slots__},
            "date": datetime(2022, 1, 9, 17, 17),
        }
    )
    g = records_to_graph(rec)
    assert g.value(article_iri("a1"), SDO.datePublished) == Literal(
        "2022-01-09T17:17:00", datatype=XSD.dateTime
    )


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "nquads", "json-ld"])
def test_round_trip(fmt: str) -> None:
    ds = records_to_dataset([_records("a1"), _records("a2")])
    if fmt in ("turtle", "nt"):
        g = Graph()
        for s, p, o, _ in ds.quads():
            g.add((s, p, o))
        again = Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert isomorphic(g, again)
    else:
        again = Dataset().parse(data=ds.serialize(format=fmt), format=fmt)
        for c in ds.contexts():
            if len(c):
                assert isomorphic(c, again.graph(c.identifier))


def test_an_organisation_only_a_title_names_is_described() -> None:
    # "FIS-Renndirektor Atle Skaardal": the role's organisation has no mention
    text = "FIS-Renndirektor Atle Skaardal sagte ab."
    person = Entity(
        "person", "Atle Skaardal", (), (Mention(17, 30, "Atle Skaardal", "PER", 0),)
    )
    records = ArticleRecords(
        id="fis",
        content_hash="h",
        sentences=(Sentence(0, len(text), text),),
        entities=(person,),
        roles=(
            Role(
                "person/Atle Skaardal",
                "Renndirektor",
                "FIS-Renndirektor",
                "org/FIS",
                0,
                0,
                16,
            ),
        ),
    )
    g = records_to_graph(records)
    fis = KGR["org/fis"]
    assert (None, ORG.organization, fis) in g
    assert (fis, RDF.type, SDO.Organization) in g
    assert (fis, SDO.name, Literal("FIS", lang="de")) in g
    from kg.rdf.validate import validate_graph

    assert validate_graph(g).conforms


@pytest.mark.parametrize(
    ("org_kind", "subtype"),
    [
        ("party", SDO.PoliticalParty),
        ("gov", SDO.GovernmentOrganization),
        ("media", SDO.NewsMediaOrganization),
        ("company", SDO.Corporation),
        (None, None),
    ],
)
def test_an_organisation_has_the_schema_org_subtype_of_its_kind(org_kind, subtype):
    rec = _records()
    spoe = Entity(
        "org", "SPÖ", (), (Mention(0, 3, "SPÖ", "ORG", 0),), org_kind=org_kind
    )
    rec = dataclasses.replace(rec, entities=(*rec.entities, spoe))
    g = records_to_graph(rec)
    types = set(g.objects(entity_iri("org/SPÖ"), RDF.type))
    assert SDO.Organization in types and KG.Organisation in types
    assert types - {SDO.Organization, KG.Organisation} == (
        {subtype} if subtype else set()
    )


def test_a_meeting_place_no_entity_holds_is_described() -> None:
    # "im Weißen Haus" where the article also names the body (org/Weißes Haus):
    # the place key has no entity of its own
    text = "Olaf Berg empfing Ida Roth im Weißen Haus."
    berg = Entity("person", "Olaf Berg", (), (Mention(0, 9, "Olaf Berg", "PER", 0),))
    roth = Entity("person", "Ida Roth", (), (Mention(18, 26, "Ida Roth", "PER", 0),))
    records = ArticleRecords(
        id="venue",
        content_hash="h",
        sentences=(Sentence(0, len(text), text),),
        entities=(berg, roth),
        meetings=(
            Meeting(
                ("empfing",),
                ("person/Olaf Berg", "person/Ida Roth"),
                (0,),
                location="place/Weißes Haus",
            ),
        ),
    )
    g = records_to_graph(records)
    house = KGR["place/weisses-haus"]
    assert (None, SDO.location, house) in g
    assert (house, RDF.type, SDO.Place) in g
    assert (house, SDO.name, Literal("Weißes Haus", lang="de")) in g
    from kg.rdf.validate import validate_graph

    assert validate_graph(g).conforms
