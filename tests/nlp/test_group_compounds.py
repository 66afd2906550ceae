"""A group, a holding or a centre named after its owner with a hyphen ("die
Wendel-Gruppe", "das Kluge-Zentrum") is an organisation of its own; a common
word, an abbreviation, an organisation the gazetteer knows or a place before
"-Zentrum" is none (own sentences)."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _orgs(text: str) -> set[str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name for e in rec.entities if e.kind == "org"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Paris – Der neue Hauptaktionär, die Wendel-Gruppe, zahlte 300 Millionen.",
            "Wendel-Gruppe",
        ),
        (
            "Graz – Die Direktorin des Kluge-Zentrums stellte den Bericht vor.",
            "Kluge-Zentrum",
        ),
        (
            "Lyon – Die Hotels gehören zur Accor-Gruppe, sagte der Vermieter.",
            "Accor-Gruppe",
        ),
        (
            "Kiew – In der Hafenstadt gibt es die Bessarabien-Gruppe, die Einfluss sucht.",
            "Bessarabien-Gruppe",
        ),
    ],
)
def test_a_group_named_after_its_owner_is_an_organisation(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_common_words_abbreviations_and_town_centres_are_none() -> None:
    orgs = _orgs(
        "Wien – Die Spiel-Gruppe traf sich im Wien-Zentrum, der IT-Konzern blieb fern."
    )
    assert not {"Spiel-Gruppe", "Wien-Zentrum", "IT-Konzern"} & orgs
