"""Rounds of negotiation in working life and politics as meetings
(``kg/data/meeting_formats.tsv``, kind ``domestic``): "die Tarifrunde zwischen
X und Y", "die Handels-KV-Runde", "die Schlichtung zwischen X und Y", "der
Tarifabschluss zwischen X und Y", "am Runden Tisch mit X und Y"; a standing
group of states in the gazetteer ("Weimarer Dreieck") attends the meeting held
in its format. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from kg.lang.de.meeting_formats import meeting_format, round_table
from kg.nlp import gazetteer
from tests.conftest import meetings_found

_ACTORS = {
    "Nordbau": "ORG",
    "Südmetall": "ORG",
    "Holzkammer": "ORG",
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Karl Stein": "PER",
    "Linz": "LOC",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Die Tarifrunde zwischen Nordbau und Südmetall geht in die dritte Woche.",
            [({"Nordbau", "Südmetall"}, None)],
        ),
        (
            "Die Lohnrunde zwischen Nordbau und Südmetall wurde in Linz fortgesetzt.",
            [({"Nordbau", "Südmetall"}, "Linz")],
        ),
        # a prefix before a hyphen
        (
            "Die Handels-KV-Runde zwischen Nordbau und Holzkammer wurde vertagt.",
            [({"Nordbau", "Holzkammer"}, None)],
        ),
        (
            "Die Schlichtung zwischen Nordbau und Südmetall ist gescheitert.",
            [({"Nordbau", "Südmetall"}, None)],
        ),
        # the agreement concluded is the parties' negotiation
        (
            "Der Tarifabschluss zwischen Nordbau und Südmetall bringt drei Prozent.",
            [({"Nordbau", "Südmetall"}, None)],
        ),
        (
            "Am Runden Tisch mit Olaf Berg und Ida Roth ging es um die Pflege.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # one side is no meeting
        ("Nordbau fordert in der Tarifrunde sechs Prozent mehr Lohn.", []),
        ("Die Lohnrunde beginnt im Herbst.", []),
        # a round table one sits at is no meeting
        ("Olaf Berg saß mit Ida Roth an einem runden Tisch im Café.", []),
    ],
)
def test_rounds(blank_nlp, text, found):
    assert _found(blank_nlp, text) == found


def test_weimar_triangle_attends(blank_nlp):
    # the gazetteer knows the format as a standing group of states
    entry = gazetteer.lookup("Weimarer Dreiecks", label="ORG")
    assert entry is not None and entry.name == "Weimarer Dreieck"
    found = meetings_found(
        blank_nlp,
        "Beim Treffen des Weimarer Dreiecks in Linz kamen Olaf Berg, Ida Roth "
        "und Karl Stein zusammen.",
        {**_ACTORS, "Weimarer Dreiecks": "ORG"},
    )
    assert len(found) == 1
    assert {"Olaf Berg", "Ida Roth", "Karl Stein"} <= found[0][0]
    assert found[0][1] == "Linz"


def test_lexicon():
    assert meeting_format("Tarifrunde").kind == "domestic"
    assert meeting_format("Metaller-Lohnrunde").trigger
    assert meeting_format("Handels-KV-Runde").trigger
    assert meeting_format("Metallerlohnrunde").trigger  # closed up
    assert meeting_format("Endrunde") is None
    assert meeting_format("Koalitionsausschusses").trigger is False
    assert meeting_format("Tarifabschlusses").trigger
    assert meeting_format("Runde") is None
    assert meeting_format("Anti-G20-Gipfel") is None  # a protest, no summit
    assert round_table("Runden", "Tisch")
    assert not round_table("runden", "Tisch")
