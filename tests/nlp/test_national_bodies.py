"""Organisations named by a generic noun and their country: ministries ("das
russische Außenministerium") and national bodies ("die syrische Regierung")."""

from __future__ import annotations

import pytest
import spacy

import kg.nlp.components.gazetteer  # noqa: F401  (registers kg_gazetteer)
from kg.nlp import gazetteer
from kg.nlp.components.gazetteer import span_entry


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_gazetteer")
    return nlp


def orgs(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {
        e.text: span_entry(e).name
        for e in doc.ents
        if e.label_ == "ORG" and span_entry(e) is not None
    }


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("syrische", "Syrien"),  # an adjective
        ("Russlands", "Russland"),  # a country in the genitive
        ("Prager", "Tschechien"),  # a city adjective
        ("Moskauer", "Russland"),
    ],
)
def test_the_word_before_an_organisation_names_its_country(word, country):
    assert gazetteer.load().country_before(word).name == country


@pytest.mark.parametrize("word", ["Neue", "Der", "Peter", "schnelle"])
def test_other_words_name_no_country(word):
    assert gazetteer.load().country_before(word) is None


def test_a_body_with_its_country_is_an_organisation_of_that_country(nlp):
    found = orgs(nlp, "Die syrische Regierung und die türkische Armee verhandeln.")
    assert found == {
        "syrische Regierung": "Regierung (Syrien)",
        "türkische Armee": "Armee (Türkei)",
    }


def test_a_compound_or_a_genitive_names_the_country_too(nlp):
    found = orgs(nlp, "Die US-Regierung widerspricht, Syriens Regierung schweigt.")
    assert found == {
        "US-Regierung": "Regierung (USA)",
        "Regierung": "Regierung (Syrien)",
    }


def test_a_country_row_claiming_the_body_is_taken(nlp):
    # "?Regierung" of "Bundesregierung (Deutschland)"
    found = orgs(nlp, "Die deutsche Regierung widerspricht.")
    assert found == {"deutsche Regierung": "Bundesregierung (Deutschland)"}


def test_a_body_without_its_country_is_no_name(nlp):
    assert (
        orgs(nlp, "Die Regierung tagt. Die Armee marschiert. Das Parlament stimmt.")
        == {}
    )


def test_a_ministry_takes_the_country_of_the_city_adjective(nlp):
    found = orgs(nlp, "Das Prager Außenministerium bestellte den Botschafter ein.")
    # the adjective is part of the name, as in "die syrische Regierung"
    assert found == {"Prager Außenministerium": "Außenministerium (Tschechien)"}


def test_an_institution_in_a_capital_or_a_country_is_that_countrys(nlp):
    # in an article about Syria, the ministry in Moscow is Russia's
    found = orgs(
        nlp,
        "In Syrien wird gekämpft. Das Außenministerium in Moskau widerspricht, "
        "das Verteidigungsministerium in der Türkei schweigt.",
    )
    assert found == {
        "Außenministerium": "Außenministerium (Russland)",
        "Verteidigungsministerium": "Verteidigungsministerium (Türkei)",
    }
    # the place stays a place; a body that is no name alone is tagged after
    # the definite article ("eine Regierung in Kiew" is any one)
    doc = nlp("Die Regierung in Kiew und das Außenministerium in Kairo schweigen.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Regierung", "ORG"),
        ("Kiew", "LOC"),
        ("Außenministerium", "ORG"),
        ("Kairo", "LOC"),
    ]
    doc = nlp("Er sprach mit einer Regierung in Kiew.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Kiew", "LOC")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Die Regierung in Ankara wies das zurück.", "Regierung (Türkei)"),
        ("Der Sprecher der Regierung in Peking schwieg.", "Regierung (China)"),
        (
            "Das Außenministerium in Paris protestierte.",
            "Außenministerium (Frankreich)",
        ),
    ],
)
def test_a_body_in_a_capital_is_that_countrys(nlp, text, body):
    assert list(orgs(nlp, text).values()) == [body]


def test_an_institution_in_another_city_is_the_articles_countrys(nlp):
    # not a capital: the article's country decides, as for the bare word
    found = orgs(
        nlp, "In Syrien wird gekämpft. Das Innenministerium in Barcelona tagt."
    )
    assert found == {"Innenministerium": "Innenministerium (Syrien)"}


@pytest.mark.parametrize(
    ("form", "code", "name"),
    [
        ("Sozialisten", "FR", "Parti Socialiste"),
        ("Sozialisten", "BG", "Bulgarische Sozialistische Partei"),
        ("Republikaner", "FR", "Les Républicains"),
        ("Christdemokraten", "DE", "CDU"),
        # issue 15: Greek parties by their members and names
        ("Kommunisten", "GR", "Kommunistische Partei Griechenlands"),
        ("Kommunisten", "FR", "Kommunistische Partei Frankreichs"),
        ("Konservative", "GR", "Nea Dimokratia"),
        ("Unabhängige Griechen", "GR", "Anexartiti Ellines"),
        ("Pasok", "GR", "PASOK"),
    ],
)
def test_a_party_named_by_its_members_is_the_party_of_the_articles_country(
    form, code, name
):
    from kg.nlp.gazetteer import Context

    context = Context(codes=frozenset({code}), counts=((code, 5),), about=code)
    assert gazetteer.disambiguate(form, context, label="ORG").name == name


def test_one_of_a_kind_is_no_body(nlp):
    # "in einer türkischen Regierung sitzen": any Turkish government
    assert orgs(nlp, "Die Partei will in einer türkischen Regierung sitzen.") == {}


def test_country_adjective_and_body_kind() -> None:
    """A country's adjective stem ("malisch") and the kind of a body every
    country has ("Armee" -> military), for naming and resolving a bare body
    (kg/extract/quotes_bodies.py)."""
    gaz = gazetteer.load()
    mali = gaz.country_by_code("ML")
    assert mali is not None and gaz.adjective_of(mali) == "malisch"
    assert gaz.national_kind("Armee") == "military"
    assert gaz.national_kind("Parlament") == "parliament"
    assert gaz.national_kind("Innenministerium") == "gov"
    assert gaz.national_kind("Bäckerei") is None


@pytest.mark.parametrize(
    "surface, name",
    [
        ("Welternährungsorganisation", "Ernährungs- und Landwirtschaftsorganisation"),
        ("heise", "heise online"),
        (
            "Zentrale Staatsanwaltschaft zur Verfolgung von Wirtschaftsstrafsachen "
            "und Korruption",
            "Wirtschafts- und Korruptionsstaatsanwaltschaft",
        ),
        ("UN-Kommission gegen Straffreiheit in Guatemala", "CICIG"),
        ("RH", "Rechnungshof"),
        # the genitive of a head with a complement, a strong adjective
        ("UN-Hochkommissariats für Menschenrechte", "OHCHR"),
        (
            "Zentraler Staatsanwaltschaft zur Verfolgung von Wirtschaftsstrafsachen "
            "und Korruption",
            "Wirtschafts- und Korruptionsstaatsanwaltschaft",
        ),
    ],
)
def test_body_aliases(surface: str, name: str) -> None:
    """Names a body speaks by in the news, not its parent ("UN-Kommission …"
    is no "Vereinte Nationen")."""
    entry = gazetteer.lookup(surface)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Kämpfer der Freien Syrischen Armee besetzten gestern zwei Hügel .",
        "Die Freie Syrische Armee zog sich gestern zurück .",
    ],
)
def test_a_body_inside_a_longer_name_the_gazetteer_knows_is_no_body(nlp, text):
    # "Syrische Armee" would be Syria's army; the whole name is the rebels'
    assert "Freie Syrische Armee" in orgs(nlp, text).values()
    assert "Armee (Syrien)" not in orgs(nlp, text).values()
