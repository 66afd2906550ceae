"""The place of an arrival is where the meeting told in the next sentence is
held (issue 15: "X ist in Y eingetroffen. Am Dienstag will er mit Z
sprechen"), not for an earlier meeting ("Zuvor hatte er …"). Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import LOC, PER, extract

_ACTORS = {
    "Jonas Lindqvist": PER,
    "Tomas Berglund": PER,
    "Oslo": LOC,
}


def _places(rec) -> list[str | None]:
    return [m.location for m in rec.meetings]


def test_meeting_after_an_arrival_takes_its_place(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist ist am Montag in Oslo "
        "eingetroffen. Am Dienstag will er mit Tomas Berglund sprechen."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert _places(rec) == ["place/Oslo"]


def test_separable_arrival_verb(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist traf am Montag in Oslo ein. "
        "Am Abend sprach er mit Tomas Berglund."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert _places(rec) == ["place/Oslo"]


def test_earlier_meeting_keeps_no_place(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist ist am Montag in Oslo "
        "eingetroffen. Zuvor hatte er mit Tomas Berglund gesprochen."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert "place/Oslo" not in _places(rec)


def test_meeting_after_a_trip_takes_its_goal(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist reiste am Montag nach Oslo. "
        "Bei einem Treffen mit Tomas Berglund ging es um den Handel."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert _places(rec) == ["place/Oslo"]


def test_trip_back_or_pluperfect_gives_no_place(blank_nlp) -> None:
    for text in (
        "Der schwedische Premier Jonas Lindqvist flog am Montag nach Oslo "
        "zurück. Er sprach mit Tomas Berglund.",
        "Der schwedische Premier Jonas Lindqvist reiste am Montag nach Oslo. "
        "Er hatte mit Tomas Berglund gesprochen.",
    ):
        rec = extract(blank_nlp, text, _ACTORS)
        assert "place/Oslo" not in _places(rec), text
