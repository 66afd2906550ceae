"""More ways German news reports a meeting (issue 15): negotiated agreements,
sitting down together, talking in a verb-final clause, rounds of talks, and
who takes part in them. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Berg": "PER",
    "Roth": "PER",
    "Wien": "LOC",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "Kanada": "LOC",
    "EU": "ORG",
    "Gewerkschaft Bau": "ORG",
    "Nordbank": "ORG",
    "SPÖ": "ORG",
}


def _meetings(nlp, text: str) -> list[set[str]]:
    rec = extract(nlp, text, _ACTORS)
    return [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]


@pytest.mark.parametrize(
    ("text", "attendees"),
    [
        # a negotiated agreement is the negotiation of its parties
        (
            "Das zwischen Olaf Berg und Ida Roth ausgehandelte Abkommen gilt ab Mai.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Die EU und Kanada wollen das Abkommen bis Jahresende ausverhandeln.",
            {"EU", "Kanada"},
        ),
        (
            "Olaf Berg und Ida Roth handelten in der Nacht einen Kompromiss aus.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # sitting down together, exchanging views
        (
            "Am Abend setzten sich Olaf Berg und Ida Roth zusammen.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Olaf Berg und Ida Roth setzten sich an einen Tisch.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Olaf Berg und Ida Roth tauschten sich über die Lage aus.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # talking in a verb-final clause: "mit X" before the verb
        (
            "Olaf Berg sagte, dass er mit Ida Roth gesprochen habe.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Die Gewerkschaft Bau werde mit der Nordbank reden, sagte Olaf Berg.",
            {"Gewerkschaft Bau", "Nordbank"},
        ),
        # a round of talks
        (
            "Olaf Berg war nach der ersten Gesprächsrunde mit Ida Roth zufrieden.",
            {"Olaf Berg", "Ida Roth"},
        ),
    ],
)
def test_more_phrasings_of_a_meeting(blank_nlp, text, attendees) -> None:
    assert _meetings(blank_nlp, text) == [attendees]


@pytest.mark.parametrize(
    "text",
    [
        # "austauschen" without "sich" is an exchange of things
        "Olaf Berg und Ida Roth tauschten Gefangene aus.",
        # "setzen" without its particle is to set
        "Olaf Berg und Ida Roth setzten sich ein Ziel.",
        # the noun "Reden", and a talk with no one named
        "Die Reden von Olaf Berg und Ida Roth waren kurz.",
        "Olaf Berg sagte, er habe mit Journalisten geredet.",
    ],
)
def test_look_alikes_are_no_meetings(blank_nlp, text) -> None:
    assert _meetings(blank_nlp, text) == []
