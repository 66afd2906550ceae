"""A body named by its bare designation ("der Senat") is the body of the
article's country, not one node for every country's Senate across articles
(issue 13): "Senat (Italien)" in a report on Italy, no node where the article
is about no one country. The shipped pipeline; sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def orgs_of():
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    nlp = load_nlp()

    def run(text: str) -> dict[str, tuple[str, ...]]:
        doc = next(iter(pipe(nlp, [text])))
        rec = doc_to_records(doc, article_id="t", content_hash="h")
        return {e.name: e.aliases for e in rec.entities if e.kind == "org"}

    return run


def test_the_senate_of_the_country_the_article_is_about(orgs_of) -> None:
    text = (
        "Rom – Der italienische Senat stimmte am Mittwoch zu. Italien hat damit "
        "eine neue Verfassung. In Italien jubelten viele. Der Kampf um den Senat "
        "hat Wochen gedauert."
    )
    found = orgs_of(text)
    assert "Senat (Italien)" in found
    assert "Senat" not in found
    assert all("Senat" not in aliases for aliases in found.values())


def test_no_node_for_a_senate_of_no_known_country(orgs_of) -> None:
    text = "Die Banken verfolgen die Diskussionen, die im Senat geführt werden."
    assert not any(name.startswith("Senat") for name in orgs_of(text))


def test_a_hyphenated_body_keeps_its_bare_designation(orgs_of) -> None:
    found = orgs_of("Der US-Senat tagte am Montag. Im Senat gab es Streit.")
    assert "US-Senat" in found and "Senat" not in found


def test_a_bare_designation_the_gazetteer_gives_one_country(orgs_of) -> None:
    # "~Kongress" of the US-Kongress: in a report on Guatemala it is Guatemala's
    text = (
        "Guatemala-Stadt – In einer historischen Sitzung hob der Kongress die "
        "Immunität des Ex-Generals auf. Guatemala steht vor Wahlen. In Guatemala "
        "demonstrierten Tausende."
    )
    found = orgs_of(text)
    assert "Kongress (Guatemala)" in found and "US-Kongress" not in found
    us = orgs_of("Washington – Im Kongress stand am Donnerstag die Abstimmung an.")
    assert "US-Kongress" in us


def test_the_chancellery_is_of_a_country_that_has_one(orgs_of) -> None:
    # Italy is named most, but the Kanzleramt is Germany's or Austria's
    text = (
        "Bundeskanzler Olaf Berg reist am Montag nach Rom. Er will dort in Italien "
        "mit der Regierung sprechen. Italien und Deutschland seien sich einig, hieß "
        "es aus dem Kanzleramt."
    )
    found = orgs_of(text)
    assert any(n.endswith("(Deutschland)") and "anzleramt" in n for n in found)
    assert not any(n.endswith("(Italien)") and "anzleramt" in n for n in found)
