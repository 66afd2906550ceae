"""Meetings (dev review of 7 December): talks with a group named by a
compound of an unnamed side ("Gespräche mit Wirtschaftsvertretern"), also
after "er", are no meeting. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_ACTORS = {
    "Hassan Rohani": "PER",
    "Rohani": "PER",
    "Italien": "LOC",
    "Mailand": "LOC",
}


def _meetings(nlp, text: str) -> list[tuple[set[str], str | None]]:
    rec = extract(nlp, text, _ACTORS)
    return [
        ({k.partition("/")[2] for k in m.attendees}, m.location) for m in rec.meetings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Rohani führte in Mailand Gespräche mit Wirtschaftsvertretern.",
        "Hassan Rohani landete in Italien. Zunächst führte er in Mailand Gespräche "
        "mit Vertretern.",
    ],
)
def test_talks_with_an_unnamed_group_are_no_meeting(blank_nlp, text) -> None:
    assert [m for m in _meetings(blank_nlp, text) if "Mailand" in str(m[1])] == []
