"""What is no meeting between sides although its slots are filled (issue 15,
precision on unseen news, ``kg/extract/meeting_checks.py``): a talk with an
interviewer, persons visiting a site together, the sessions of one body.
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Paul Kern": "PER",
    "Lena Fuchs": "PER",
    "Kern": "PER",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "Hafenausschusses": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    "text",
    [
        # a journalist named before the talk asks the questions
        "Redakteurin Lena Fuchs sprach am Montag mit Olaf Berg über seine Pläne.",
        "Die Reporterin Lena Fuchs führte in Linz ein langes Gespräch mit Olaf Berg.",
        # the author who recorded the talks "als Biograf"
        "Das Buch beruht auf Gesprächen zwischen Olaf Berg und Paul Kern, die Kern "
        "als langjähriger Biograf Bergs aufgezeichnet hatte.",
        # two persons who visit a site together are no two sides
        "Landesrätin Ida Roth und Bürgermeister Olaf Berg besuchen am Dienstag die "
        "Baustelle.",
        "Olaf Berg und die neue Ministerin Ida Roth besuchten gemeinsam das Lager in "
        "Linz.",
        # the sessions (plural) of one body with no one else named
        "Nach drei Sitzungen des Hafenausschusses in Linz ist noch nichts "
        "entschieden.",
    ],
)
def test_no_meeting_between_sides(blank_nlp, text) -> None:
    assert _found(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # talks of two office holders stay meetings
        (
            "Bürgermeister Olaf Berg sprach am Montag mit Ida Roth über das Budget.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # a person visited, also after two coordinated visitors
        (
            "Olaf Berg und Ida Roth besuchten am Montag Paul Kern.",
            [({"Olaf Berg", "Ida Roth", "Paul Kern"}, None)],
        ),
        # an auxiliary between the names: the third is visited
        (
            "Olaf Berg und Ida Roth haben Paul Kern in Linz besucht.",
            [({"Olaf Berg", "Ida Roth", "Paul Kern"}, "Linz")],
        ),
    ],
)
def test_meetings_kept(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found
