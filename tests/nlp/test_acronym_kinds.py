"""A noun for a kind of organisation right before an acronym must agree with
the kind of the gazetteer's entry of that acronym: "der Geheimdienst MIT" is a
security service of its own, not the Massachusetts Institute of Technology
(``kg/data/org_kind_nouns.tsv``). Own sentences."""

from __future__ import annotations

import pytest

from kg.lang.de.org_kinds import acronym_kinds
from kg.nlp import gazetteer, load_nlp
from tests.conftest import org_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_kind_nouns() -> None:
    assert acronym_kinds("Geheimdienst") == ("gov", "military")
    assert acronym_kinds("Auslandsgeheimdienstes") == ("gov", "military")
    assert acronym_kinds("Milizen") == ("armed", "military")
    assert acronym_kinds("Juni") is None
    assert acronym_kinds("geheimdienst") is None


def test_an_acronym_after_a_noun_of_another_kind_is_its_own() -> None:
    own = gazetteer.disambiguate("MIT", preceding="Geheimdienst")
    assert own is not None and own.name == "MIT" and own.kind == "gov"
    assert gazetteer.disambiguate("MIT", preceding="Universität").name == (
        "Massachusetts Institute of Technology"
    )
    assert gazetteer.disambiguate("MIT").name == "Massachusetts Institute of Technology"


@pytest.mark.parametrize(
    "text",
    [
        "Der türkische Geheimdienst MIT soll in Syrien einen Kommandeur getötet "
        "haben. Der MIT äußerte sich am Dienstag nicht.",
        "Agenten des Geheimdienstes MIT nahmen in Ankara zwei Verdächtige fest.",
    ],
)
def test_the_service_is_no_university(nlp, text) -> None:
    orgs = org_mentions(nlp, text)
    assert "Massachusetts Institute of Technology" not in orgs
    assert "MIT" in orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Forscher des MIT in Boston haben einen Akku gebaut.",
            "Massachusetts Institute of Technology",
        ),
        ("Die Miliz YPG hält die Stadt, die Partei AKP verliert.", "YPG"),
        ("Die Partei SPD fordert mehr Geld für Schulen.", "SPD"),
    ],
)
def test_agreeing_kinds_keep_the_entry(nlp, text, name) -> None:
    assert name in org_mentions(nlp, text)
