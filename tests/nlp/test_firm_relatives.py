"""A firm named after its parent's or daughter's compound ("die
X-Mutter Y", "die X-Tochter Y"): the name is a company; a daughter's
full name or first name stays a person (own sentences)."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _kinds(text: str) -> dict[str, str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name: e.kind for e in rec.entities}


def test_the_name_after_a_firms_parent_is_a_company() -> None:
    kinds = _kinds("Düsseldorf – Die Kran-Mutter Borlex kündigte den Verkauf an.")
    assert kinds.get("Borlex") == "org"


def test_the_name_after_a_firms_daughter_is_the_company() -> None:
    kinds = _kinds("München – Die Siemens-Tochter Healthineers senkte ihre Prognose.")
    assert kinds.get("Healthineers") == "org"


def test_a_daughters_name_stays_a_person() -> None:
    kinds = _kinds("Salzburg – Die Porsche-Tochter Louise Piëch eröffnete die Schau.")
    assert kinds.get("Louise Piëch") == "person"
    kinds = _kinds("New York – Die Trump-Tochter Ivanka sprach auf dem Parteitag.")
    assert kinds.get("Ivanka") == "person"
