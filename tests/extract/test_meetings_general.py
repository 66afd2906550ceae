"""Meeting phrasings of general news (issue 15, branch meetge): the actor named
in the genitive before the meeting noun takes part ("Bergs Treffen mit X",
"Ungarns Gespräche mit Y", "Bergs Ungarn-Besuch"), the genitive surname after a
hyphenated visit noun is the visitor ("den Ungarn-Besuch Bergs"), the subject of
"bekam Besuch von X" hosts X; no meeting for a verb of receiving with bare guests
("empfing oft Besuch"), a near miss ("hätte X beinahe getroffen") or a trip of
one person at home with no host named ("Der französische Minister X besuchte
Marseille"). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from kg.nlp import load_nlp
from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Bergs": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Eva Lind": "PER",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "Ungarns": "LOC",
    "Polen": "LOC",
    "Frankreich": "LOC",
    "französische": "LOC",
    "Marseille": "LOC",
    "Kenia": "LOC",
    "Nordbank": "ORG",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the genitive before the meeting noun is a side
        (
            "Olaf Berg war zufrieden. Die Opposition kritisierte Bergs Treffen mit "
            "Jan Falk.",
            [({"Olaf Berg", "Jan Falk"}, None)],
        ),
        (
            "Olaf Berg war zufrieden. Bergs geheimes Treffen mit Jan Falk fand in "
            "Linz statt.",
            [({"Olaf Berg", "Jan Falk"}, "Linz")],
        ),
        (
            "Die Opposition lobte Ungarns Gespräche mit Polen.",
            [({"Ungarn", "Polen"}, None)],
        ),
        # a genitive with more than adjectives between is no side
        (
            "Jan Falk und Ida Roth trafen sich in Linz. Olaf Berg informierte die "
            "Minister Ungarns über das Treffen.",
            [({"Jan Falk", "Ida Roth"}, "Linz")],
        ),
        # the genitive before a visit noun is the visitor
        (
            "Olaf Berg war zufrieden. Die Opposition kritisierte Bergs Besuch in Linz.",
            [({"Olaf Berg"}, "Linz")],
        ),
    ],
)
def test_meetings_found(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb of receiving with bare guests names no one
        "Ida Roth empfing in ihrem Haus in Linz oft Besuch.",
        "Ida Roth bekam in Linz häufig Besuch, sagte Jan Falk.",
        # a name that merely ends in -s before the noun is no genitive owner
        "Die Nordbank plant Gespräche.",
        # a near miss
        "Beim Rennen in Linz ist eine Drohne abgestürzt und hätte Jan Falk beinahe "
        "getroffen.",
        # a trip at home, no host named
        "Der französische Minister Jan Falk besuchte am Montag Marseille.",
        "Der französische Minister Jan Falk sagte bei einem Besuch in Marseille, "
        "er sei zufrieden.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ida Roth empfing in Linz den Besuch von Jan Falk.",
        "Ida Roth empfing in Linz Gäste wie Jan Falk.",
        "Ida Roth besuchte am Montag in Linz den Minister Jan Falk.",
        "Ida Roth und Jan Falk trafen sich beinahe täglich in Linz.",
        # the host of a visit received ("bekam Besuch von X")
        "Ida Roth bekam am Montag in Linz Besuch von Jan Falk.",
    ],
)
def test_named_guests_are_met(blank_nlp, text) -> None:
    # also a visit of a person, and meetings "beinahe täglich" without "hätte"
    found = meetings_found(blank_nlp, text, _ACTORS)
    assert found == [({"Ida Roth", "Jan Falk"}, "Linz")]


def test_genitive_surname_after_a_hyphenated_visit_noun() -> None:
    # "den Ungarn-Besuch Bergs": the surname of the person named in full, in the
    # genitive after the compound, is the visitor (not annotated as a name; the
    # lexicon of the shipped pipeline tells "Besuch" a noun)
    ents = {k: v for k, v in _ACTORS.items() if k != "Bergs"}
    text = (
        "Olaf Berg war zufrieden. Die Opposition kritisierte den Ungarn-Besuch Bergs."
    )
    found = meetings_found(load_nlp(), text, ents)
    assert found == [({"Olaf Berg", "Ungarn"}, "Ungarn")]


def test_a_host_at_home_stays(gazetteer_nlp) -> None:
    text = "Die Minister berieten beim französischen Präsidenten Jan Falk in Marseille."
    found = meetings_found(gazetteer_nlp, text, {**_ACTORS, "französischen": "LOC"})
    assert found == [({"Jan Falk"}, "Marseille")]


def test_a_trip_abroad_stays(gazetteer_nlp) -> None:
    text = "Der französische Minister Jan Falk besuchte am Montag Kenia."
    found = meetings_found(gazetteer_nlp, text, _ACTORS)
    assert found == [({"Jan Falk", "Kenia"}, "Kenia")]
