"""A name the model took for an organisation right after a noun of a
settlement ("die Siedlung X", "die Altstadt von X"), or opening one with it
("die Metropole X"), is a place; a parish stays an organisation (own
sentences)."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _kinds(text: str) -> dict[str, str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name: e.kind for e in rec.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hebron – In der Siedlung Otniel wurde eine Frau erstochen.", "Otniel"),
        ("Sanaa – Die Altstadt von Sada wurde bei Luftangriffen zerstört.", "Sada"),
        ("Die Kämpfe um die Metropole Aleppo gehen weiter.", "Aleppo"),
    ],
)
def test_a_name_in_a_settlements_slot_is_no_organisation(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert all(kind != "org" for n, kind in kinds.items() if name in n)


def test_a_parish_stays_an_organisation() -> None:
    kinds = _kinds("Wien – Die Israelitische Kultusgemeinde Wien protestierte.")
    assert "org" in {kind for n, kind in kinds.items() if "Kultusgemeinde" in n}
