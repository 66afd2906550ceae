"""A first name and a surname after a title and a holding company ("die
Chefin der Staatsholding X Y") are the chair, no name of the holding; a
name that is no person's after the holding stays its name (own sentences)."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _kinds(text: str) -> dict[str, str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name: e.kind for e in rec.entities}


def test_the_chair_of_a_holding_stays_a_person() -> None:
    kinds = _kinds("Wien – Die Chefin der Staatsholding Edith Kornberger trat zurück.")
    assert kinds.get("Edith Kornberger") == "person"
    kinds = _kinds("Linz – Der Chef der Holding Martin Gruber kündigte Verkäufe an.")
    assert kinds.get("Martin Gruber") == "person"


def test_a_holdings_name_after_its_chief_stays_the_holding() -> None:
    kinds = _kinds("Wien – Die Chefin der Staatsholding Norvia Capital trat ab.")
    assert kinds.get("Norvia Capital") == "org"
