"""An interaction whose source is an unnamed body: ``kg:sourceLabel`` in RDF, the
shapes (a source or a label), and the named question who_demands_what showing
the label where no actor node is the source."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
from rdflib import Literal

from kg.extract.records import ArticleRecords, Entity, Interaction, Mention, Sentence
from kg.query import run_named, solutions
from kg.rdf.graph import article_iri, records_to_dataset
from kg.rdf.validate import validate_graph
from kg.rdf.vocab import KG, KGR, SDO

TEXT = (
    "Die slowakische Opposition fordert von Jana Novak Neuwahlen. "
    "Jana Novak lehnt Neuwahlen ab."
)


def _records() -> ArticleRecords:
    first = TEXT.index(".") + 1
    novak = Entity(
        "person",
        "Jana Novak",
        (),
        (
            Mention(39, 49, "Jana Novak", "PER", 0),
            Mention(first + 1, first + 11, "Jana Novak", "PER", 1),
        ),
    )
    return ArticleRecords(
        id="lbl",
        content_hash="0" * 64,
        title="Neuwahlen",
        date=date(2024, 5, 2),
        sentences=(
            Sentence(0, first, TEXT[:first]),
            Sentence(first + 1, len(TEXT), TEXT[first + 1 :]),
        ),
        entities=(novak,),
        interactions=(
            Interaction(
                "DEMAND",
                "fordern",
                "fordert",
                None,
                0,
                30,
                37,
                target="person/Jana Novak",
                issue="Neuwahlen",
                source_label="slowakische Opposition",
            ),
            Interaction(
                "REJECT",
                "ablehnen",
                "lehnt",
                "person/Jana Novak",
                1,
                first + 12,
                first + 17,
                issue="Neuwahlen",
            ),
        ),
    )


def test_the_label_is_a_german_literal_and_no_agent() -> None:
    ds = records_to_dataset([_records()])
    g = ds.graph(article_iri("lbl"))
    demand = KGR["interaction/lbl/1"]
    assert list(g.objects(demand, KG.sourceLabel)) == [
        Literal("slowakische Opposition", lang="de")
    ]
    assert list(g.objects(demand, SDO.agent)) == []
    assert list(g.objects(KGR["interaction/lbl/2"], KG.sourceLabel)) == []


def test_the_shapes_accept_a_label_and_reject_neither() -> None:
    ds = records_to_dataset([_records()])
    report = validate_graph(ds)
    assert report.conforms, "\n".join(report.lines())
    ds.remove((KGR["interaction/lbl/1"], KG.sourceLabel, None, None))
    assert not validate_graph(ds).conforms


def test_who_demands_what_shows_the_label() -> None:
    store = ox.Store()
    data = records_to_dataset([_records()]).serialize(format="nquads")
    store.load(data.encode(), format=ox.RdfFormat.N_QUADS)
    (row,) = solutions(run_named(store, "who_demands_what", {}))
    assert (row["source"], row["target"], row["issue"]) == (
        "slowakische Opposition",
        "Jana Novak",
        "Neuwahlen",
    )
    (row,) = solutions(run_named(store, "who_demands_what", {"type": "REJECT"}))
    assert (row["source"], row["target"]) == ("Jana Novak", None)
