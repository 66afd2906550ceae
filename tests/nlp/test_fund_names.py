"""A public fund named by its purpose after a definite article ("zum
Familienlastenausgleichsfonds") is an organisation; a kind of fund ("des
Investmentfonds"), the bare noun and a fund after "ein" are none; the
"Weltwährungsfonds" is the IMF (own sentences)."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _orgs(text: str) -> dict[str, tuple[str, ...]]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name: e.aliases for e in rec.entities if e.kind == "org"}


def test_a_fund_named_by_its_purpose_is_an_organisation() -> None:
    orgs = _orgs(
        "Wien – Der Beitrag zum Familienlastenausgleichsfonds soll sinken, "
        "auch über den Insolvenzentgeltfonds wird geredet."
    )
    assert {"Familienlastenausgleichsfonds", "Insolvenzentgeltfonds"} <= set(orgs)


def test_kinds_of_funds_are_none() -> None:
    orgs = _orgs(
        "Wien – Das Geld des Investmentfonds floss in einen Hedgefonds. "
        "Der Fonds schwieg, ein Wohnbaufonds auch."
    )
    assert not orgs


def test_the_world_currency_fund_is_the_imf() -> None:
    orgs = _orgs("Washington – Der Weltwährungsfonds senkte seine Prognose.")
    assert "Internationaler Währungsfonds" in orgs
