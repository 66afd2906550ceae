"""Gazetteer block "orgs11": public bodies of Austria, Germany and Switzerland,
research and polling institutes, NGOs, international agencies, armed groups,
clubs and firms; own sentences through the shipped pipeline, the Swiss bodies
that share their name with another country's ("?Nationalrat"), and the forms
that are words ("Republik", "Tafel") tagged only where a model makes them a
name."""

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
        (
            "Das Bundesfinanzgericht gab der Beschwerde am Dienstag statt .",
            "Bundesfinanzgericht",
        ),
        (
            "Die Stiko empfiehlt die Auffrischung ab 60 Jahren .",
            "Ständige Impfkommission",
        ),
        ("Der Kurs von Hensoldt stieg um vier Prozent .", "Hensoldt"),
        ("Der Wächterrat ließ nur sechs Kandidaten zu .", "Wächterrat"),
        (
            "Die Gülen-Bewegung wird für den Putsch verantwortlich gemacht .",
            "Gülen-Bewegung",
        ),
        (
            "Die russische Wahlkommission meldete eine hohe Beteiligung .",
            "Wahlkommission (Russland)",
        ),
        ("Der Fiskalrat rechnet mit einem höheren Defizit .", "Fiskalrat"),
        ("Die Grasshoppers verloren in Basel .", "Grasshopper Club Zürich"),
        (
            "Die Stiftung Wissenschaft und Politik warnt vor einer Eskalation .",
            "Stiftung Wissenschaft und Politik",
        ),
        (
            "Die Miliz Hajat Tahrir al-Scham kontrolliert die Provinz .",
            "Hajat Tahrir al-Scham",
        ),
        (
            "Die Al-Qaida auf der Arabischen Halbinsel bekannte sich zu dem Anschlag .",
            "Al-Qaida auf der Arabischen Halbinsel",
        ),
        (
            "Die Eidgenössische Finanzkontrolle rügte die Beschaffung .",
            "Eidgenössische Finanzkontrolle",
        ),
    ],
)
def test_a_listed_body_is_an_organisation(nlp, text, name) -> None:
    assert name in _orgs(nlp, text)


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("OLG Graz", "Oberlandesgericht Graz"),
        ("HTS", "Hajat Tahrir al-Scham"),
        ("Finma", "Eidgenössische Finanzmarktaufsicht"),
        ("Stiko", "Ständige Impfkommission"),
        (
            "ECDC",
            "Europäisches Zentrum für die Prävention und die Kontrolle von Krankheiten",
        ),
        ("Grasshoppers", "Grasshopper Club Zürich"),
        ("Yesh Atid", "Jesch Atid"),
        ("Bharatiya Janata Party", "BJP"),
        ("Weißhelme", "Weißhelme"),
        ("Kieler Instituts für Weltwirtschaft", "Institut für Weltwirtschaft"),
    ],
)
def test_short_and_inflected_forms_resolve(form, name) -> None:
    entry = gazetteer.lookup(form)
    assert entry is not None and entry.label == "ORG" and entry.name == name


def test_a_swiss_body_is_named_in_an_article_about_switzerland() -> None:
    entry = gazetteer.disambiguate("Nationalrat", ["CH"])
    assert entry is not None and entry.name == "Nationalrat (Schweiz)"
    entry = gazetteer.disambiguate("Bundesanwaltschaft", ["CH"])
    assert entry is not None and entry.name == "Bundesanwaltschaft (Schweiz)"
    # elsewhere the form keeps its plain claim
    entry = gazetteer.disambiguate("Nationalrat", ["AT"])
    assert entry is not None and entry.name == "Nationalrat"


def test_words_among_the_names_stay_words(nlp) -> None:
    assert _orgs(nlp, "Die Republik feiert am Sonntag ihren Geburtstag .") == set()
    assert _orgs(nlp, "Die Tafel im Saal war reich gedeckt .") == set()
