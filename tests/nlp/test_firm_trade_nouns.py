"""A company named after a noun for its trade: a supplier, a machine or
plant builder, a utility ("der Autozulieferer X", "der Anlagenbauer X",
"der Energieversorger X"), and a firm named by a rare common noun after a
definite company noun ("beim Autozulieferer Kelter in Ulm"); a frequent
common noun after the company noun stays a noun (own sentences)."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _kinds(text: str) -> dict[str, str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name: e.kind for e in rec.entities}


def test_the_name_after_a_supplier_is_a_company() -> None:
    kinds = _kinds("Bamberg – Der Autozulieferer Hessler streicht 300 Stellen.")
    assert kinds.get("Hessler") == "org"
    kinds = _kinds("Coburg – Der Zulieferer Dornbeck hat einen neuen Chef bestellt.")
    assert kinds.get("Dornbeck") == "org"


def test_the_name_after_a_plant_builder_or_utility_is_a_company() -> None:
    kinds = _kinds("Linz – Der Anlagenbauer Strobach meldete einen Rekordauftrag.")
    assert kinds.get("Strobach") == "org"
    kinds = _kinds("Graz – Der Energieversorger Steirerstrom erhöht im Mai die Preise.")
    assert kinds.get("Steirerstrom") == "org"


def test_a_rare_common_noun_after_a_definite_company_noun_is_the_firm() -> None:
    kinds = _kinds("Ulm – Beim Autozulieferer Kelter in Ulm fallen 400 Stellen weg.")
    assert kinds.get("Kelter") == "org"
    kinds = _kinds("Kassel – Der Werkzeughersteller Amboss meldete Kurzarbeit an.")
    assert kinds.get("Amboss") == "org"


def test_a_frequent_noun_after_a_company_noun_stays_a_noun() -> None:
    kinds = _kinds("Wien – Im vergangenen Jahr erzielte der Konzern Gewinne.")
    assert "Gewinne" not in kinds
    kinds = _kinds("Wien – Dem Konzern Vorwürfe zu machen, sei falsch, sagte er.")
    assert "Vorwürfe" not in kinds
