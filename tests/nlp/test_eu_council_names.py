"""The foreign ministers' configuration of the Council of the EU
("EU-Außenministerrat"): an organisation of its own (own sentences). "EU-Rat"
is left to the compound's EU: "beim EU-Rat, an dem X teilnahm" is the
ministers' meeting, which the meeting rules join by the EU."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _orgs(text: str) -> set[str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name for e in rec.entities if e.kind == "org"}


def test_the_foreign_ministers_council() -> None:
    orgs = _orgs("Sanktionen beschloss der EU-Außenministerrat am Montag ohne Debatte.")
    assert "EU-Außenministerrat" in orgs
