"""Organisation names whose head noun has a complement ("Evangelische Kirche in
Deutschland") or words that only look like adjectives ("Neue Zürcher Zeitung",
"Rote Armee Fraktion") are found in their inflected forms; the complement's
place is then no place of its own. Own sentences."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import gazetteer, load_nlp, pipe
from kg.nlp.gazetteer.inflection import _inflections


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Evangelischen Kirche in Deutschland", "Evangelische Kirche in Deutschland"),
        ("Evangelischen Kirche in Österreich", "Evangelische Kirche in Österreich"),
        ("Neuen Zürcher Zeitung", "Neue Zürcher Zeitung"),
        ("Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeine Zeitung"),
        ("Roten Armee Fraktion", "Rote Armee Fraktion"),
        ("Demokratischen Kräfte Syriens", "SDF"),
        ("Bundesamtes für Verfassungsschutz", "Bundesverfassungsschutz"),
        # unchanged: plain adjective + noun
        ("Deutschen Bank", "Deutsche Bank"),
        ("Internationalen Währungsfonds", "Internationaler Währungsfonds"),
    ],
)
def test_inflected_names_are_matchable(surface, name) -> None:
    assert gazetteer.lookup(surface).name == name
    assert gazetteer.is_matchable(surface)


def test_the_head_noun_before_a_complement_is_no_adjective() -> None:
    forms = _inflections("Evangelische Kirche in Deutschland", "org")
    assert "Evangelischen Kirche in Deutschland" in forms
    assert not any("Kirchen" in f for f in forms)


@pytest.mark.parametrize(
    "text",
    [
        "Die Synode der Evangelischen Kirche in Deutschland tagt in Würzburg. "
        "Der Ratsvorsitzende der Evangelischen Kirche in Deutschland sprach zuerst.",
        "Vertreter der Evangelischen Kirche in Deutschland trafen in Bonn Muslime.",
    ],
)
def test_the_church_is_one_organisation_without_a_place(nlp, text) -> None:
    doc = next(iter(pipe(nlp, [text])))
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    orgs = {e.name for e in rec.entities if e.kind == "org"}
    places = {e.name for e in rec.entities if e.kind == "place"}
    assert "Evangelische Kirche in Deutschland" in orgs
    assert "Deutschland" not in places
    assert "Evangelische Kirche" not in orgs
