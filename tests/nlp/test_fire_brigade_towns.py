"""A volunteer fire brigade with a small town the gazetteer does not know
(own sentences); without a town, or with a common or time word, none."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _orgs(text: str) -> set[str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name for e in rec.entities if e.kind == "org"}


def test_a_fire_brigade_with_a_small_town() -> None:
    orgs = _orgs("Graz – Die Aktion der Freiwilligen Feuerwehr Pöggstall half allen.")
    assert any(o.endswith("Feuerwehr Pöggstall") for o in orgs)


def test_a_fire_brigade_without_a_town_is_none() -> None:
    assert _orgs("Die Freiwillige Feuerwehr rückte in der Nacht aus.") == set()
    assert _orgs("Die Freiwillige Feuerwehr Montag rückte aus.") == set()
    assert _orgs("Die Freiwillige Feuerwehr Hilfe leistete Hilfe.") == set()
