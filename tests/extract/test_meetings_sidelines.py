"""A talk on the sidelines of another meeting is a meeting of its own ("Am
Rande des Treffens kam X zu einem Gespräch mit Y zusammen", "ein bilaterales
Gespräch"); the meeting it is held beside is no party to it, and a sentence
that names the meeting only as the time of a statement makes no new one. Two
sides that talk "miteinander" at the end of the clause meet. Invented sentences
on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Eva Lang": "PER",
    "Berg": "PER",
    "Linz": "LOC",
}


def test_a_talk_beside_a_meeting_is_one_of_its_own(blank_nlp) -> None:
    text = (
        "Olaf Berg empfing Ida Roth und Jan Falk in Linz. Am Rande des Treffens "
        "kam Berg zu einem Gespräch mit Eva Lang zusammen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth", "Jan Falk"}, "Linz"),
        # beside the meeting in Linz: in Linz (test_meetings_venues.py)
        ({"Olaf Berg", "Eva Lang"}, "Linz"),
    ]


def test_a_bilateral_talk_after_a_meeting_is_one_of_its_own(blank_nlp) -> None:
    text = (
        "Olaf Berg, Ida Roth und Jan Falk berieten in Linz. Danach führte Berg "
        "ein bilaterales Gespräch mit Ida Roth."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth", "Jan Falk"}, "Linz"),
        ({"Olaf Berg", "Ida Roth"}, None),
    ]


def test_the_meeting_as_the_time_of_a_statement_is_no_new_one(blank_nlp) -> None:
    text = (
        "Olaf Berg empfing Ida Roth in Linz. Am Rande des Treffens sagte Berg, "
        "er sei zufrieden."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Linz")
    ]


def test_talking_to_each_other_at_the_end_of_the_clause(blank_nlp) -> None:
    # "miteinander sprechen", "miteinander gesprochen": the subjects are the sides
    for text in (
        "Olaf Berg und Ida Roth wollen am Montag erneut miteinander sprechen.",
        "Olaf Berg und Ida Roth haben am Montag in Linz miteinander gesprochen.",
    ):
        found = meetings_found(blank_nlp, text, _ACTORS)
        assert [a for a, _ in found] == [{"Olaf Berg", "Ida Roth"}]
    # one side named only: no meeting
    text = "Die Parteien müssen miteinander sprechen, sagte Olaf Berg."
    assert meetings_found(blank_nlp, text, _ACTORS) == []
