"""A company that is a common word or a surname too is the company after a
noun for the rival of a known organisation ("vom ÖBB-Konkurrenten X"), after
a noun for a rival in trade ("den Mitbewerbern X") and in a list with a known
company past a parenthesis ("X (30 Prozent) und Rewe"); after a bare
"Konkurrent" a name stays a person (own sentences)."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _kinds(text: str) -> dict[str, str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    kinds = {e.name: e.kind for e in rec.entities}
    for e in rec.entities:
        kinds.update(dict.fromkeys(e.aliases, e.kind))
    return kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Linz – Die Studie bestellte der ÖBB-Konkurrent Westbahn.", "Westbahn"),
        ("Graz – Zuerst senkte der Mitbewerber Spar die Preise.", "Spar"),
        (
            "Wien – Der Anteil ist klein, anders als bei Spar (30 Prozent) und Rewe.",
            "Spar",
        ),
    ],
)
def test_a_rival_company_is_an_organisation(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "org"


def test_a_rival_candidate_stays_a_person() -> None:
    kinds = _kinds("Wien – Sein Konkurrent Hofer lag in den Umfragen vorne.")
    assert kinds.get("Hofer") != "org"
