"""Meetings (dev review of 7 December): talks with a group named by a
compound of an unnamed side ("Gespräche mit Wirtschaftsvertretern"), also
after "er", are no meeting; a visit to a country and, later, the visit to a
city of it by the same visitor are one visit. Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_ACTORS = {
    "Hassan Rohani": "PER",
    "Rohani": "PER",
    "Matteo Renzi": "PER",
    "Italien": "LOC",
    "Rom": "LOC",
    "Mailand": "LOC",
    "Paris": "LOC",
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


def test_a_visit_to_a_country_and_to_its_city_are_one(blank_nlp) -> None:
    text = (
        "Hassan Rohani will seinen ersten Besuch in Italien für Geschäfte nutzen. "
        "Es gab Streit um das Programm. Die Zeitung schrieb viel darüber. "
        "Die Börse reagierte kaum. Nach seinem Besuch in Rom wollte Rohani nach "
        "Paris weiterreisen."
    )
    got = _meetings(blank_nlp, text)
    assert len(got) == 1
    assert got[0][1] == "place/Rom"
