"""Two surnames joined by "&" name a firm ("die Kanzlei von Huber & Wrzlak");
common words ("Drag & Drop") and two persons ("Sarah Brugner & Michael Huber")
are none (own sentences)."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _kinds(text: str) -> dict[str, str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name: e.kind for e in rec.entities}


def test_two_surnames_joined_by_an_ampersand_are_a_firm() -> None:
    kinds = _kinds(
        "Graz – Das schreiben die Rechtsanwälte von Graf & Pitkowitz in ihrem Antrag."
    )
    assert kinds.get("Graf & Pitkowitz") == "org"


def test_common_words_and_two_persons_are_no_firm() -> None:
    kinds = _kinds(
        "Wien – Drag & Drop geht jetzt. Fotos: Sarah Brugner & Michael Huber."
    )
    assert "Drag & Drop" not in kinds
    assert all(kind != "org" for name, kind in kinds.items() if "Brugner" in name)
