""" "Linksfraktion" in an article about Germany is the party Die Linke, as
"Unionsfraktion" is CDU/CSU (own sentence)."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def test_the_left_group_is_the_left_party_in_germany() -> None:
    text = (
        "Berlin – Das geht aus der Antwort der Bundesregierung auf eine Anfrage "
        "der Linksfraktion im Bundestag hervor."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    orgs = {e.name: e.aliases for e in rec.entities if e.kind == "org"}
    assert "Linksfraktion" in orgs.get("Die Linke (Deutschland)", ())
