"""Gazetteer block "issue 15, part 6": consumer companies named bare; own
sentences through the shipped pipeline, and the forms that are German words
("Visa", the plural of "Visum") tagged only where a model or a kind noun makes
them a name."""

from __future__ import annotations

import pytest

from kg.nlp import gazetteer, load_nlp
from tests.conftest import org_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _orgs(nlp, text: str) -> set[str]:
    return set(org_mentions(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wegen des Streiks strich Easyjet am Montag 200 Flüge .", "Easyjet"),
        ("Auch Carrefour und Tesco senkten die Preise .", "Carrefour"),
        ("Der Versicherer AXA meldete einen Gewinn .", "AXA"),
    ],
)
def test_a_company_named_bare_is_an_organisation(nlp, text, name) -> None:
    assert name in _orgs(nlp, text)


def test_a_german_word_stays_a_word(nlp) -> None:
    assert _orgs(nlp, "Die Visa für die Einreise fehlten noch .") == set()
    assert "Visa" in _orgs(nlp, "Die Kreditkartenfirma Visa meldete Gewinne .")


@pytest.mark.parametrize(
    ("form", "name"),
    [("Citroen", "Citroën"), ("Pepsi", "PepsiCo"), ("easyJet", "Easyjet")],
)
def test_variant_forms_resolve(form, name) -> None:
    entry = gazetteer.lookup(form)
    assert entry is not None and entry.name == name


def test_transport_unions(nlp) -> None:
    assert "Eisenbahn- und Verkehrsgewerkschaft" in _orgs(
        nlp, "Auch die EVG droht mit einem Ausstand ."
    )
    assert "Unabhängige Flugbegleiter Organisation" in _orgs(
        nlp, "Ufo-Chef Karl Brunner kündigte Streiks an ."
    )


def test_a_known_union_after_its_noun_is_no_person(nlp) -> None:
    # the model takes "Vida" for a first name; after "Gewerkschaft" the
    # gazetteer's union of that name is meant
    assert "vida" in _orgs(nlp, "Die Gewerkschaft Vida rief zum Streik auf .")
    # a first name after a company noun the gazetteer does not know stays one
    assert _orgs(nlp, "Die Firma Martin wächst .") == set()


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("IG BAU", "IG Bauen-Agrar-Umwelt"),
        ("Anheuser-Busch", "Anheuser-Busch InBev"),
        ("DuPont", "DuPont"),
        ("Dow Chemical", "Dow Chemical"),
        ("Check24", "Check24"),
        ("GdP", "Gewerkschaft der Polizei"),
        ("Osteuropabank", "Europäische Bank für Wiederaufbau und Entwicklung"),
        ("Rates der Europäischen Zentralbank", "EZB-Rat"),
    ],
)
def test_index_companies_unions_and_federations(form, name) -> None:
    entry = gazetteer.lookup(form)
    assert entry is not None and entry.label == "ORG" and entry.name == name


def test_ambiguous_company_forms_are_lookup_only(nlp) -> None:
    # "Total", "Ford", "Puma", "Dow": words, surnames, an index
    assert _orgs(nlp, "Der Dow schloss am Freitag mit einem Plus .") == set()
    assert _orgs(nlp, "Das Total der Ausgaben stieg deutlich .") == set()
    assert "DuPont" in _orgs(nlp, "Der Chemiekonzern DuPont baut Stellen ab .")
