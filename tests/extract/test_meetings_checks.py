"""What is no meeting between sides although its slots are filled (issue 15,
precision on unseen news, ``kg/extract/meeting_checks.py``): a talk with an
interviewer, persons visiting a site together, the sessions of one body, a
meeting only thought of or denied, a call to talks.
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Paul Kern": "PER",
    "Lena Fuchs": "PER",
    "Kern": "PER",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "Hafenausschusses": "ORG",
    "ORF": "ORG",
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
        "Nach drei Sitzungen des Hafenausschusses in Linz ist noch nichts entschieden.",
        # a meeting only thought of: Konjunktiv II of the copula and of "können"
        "Ein Treffen zwischen Olaf Berg und Ida Roth wäre ein gutes Zeichen.",
        "Gespräche von Olaf Berg mit Ida Roth wären jetzt sinnvoll.",
        "Olaf Berg und Ida Roth könnten sich schon im Mai in Linz treffen.",
        # a meeting noun denied by its determiner
        "Es gab bisher kein Treffen zwischen Olaf Berg und Ida Roth.",
        "Keine weiteren Gespräche gab es zwischen Olaf Berg und Ida Roth.",
        # a talk a broadcaster shows is a programme
        "Die Reihe der Zweiergespräche mit Olaf Berg und Ida Roth zeigt der ORF "
        "am Montag.",
        "Der ORF überträgt am Abend das Gespräch zwischen Olaf Berg und Ida Roth.",
        # a call to talks ("zu Gesprächen auffordern") is no talk
        "Olaf Berg forderte Ida Roth am Montag zu Gesprächen auf.",
        "Ida Roth wurde von Olaf Berg zu Gesprächen aufgefordert.",
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
        # "zeigt" with no broadcaster: the talk shows something
        (
            "Das Gespräch zwischen Olaf Berg und Ida Roth zeigt, dass es eilt.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # a planned meeting in indirect speech ("würden") stays
        (
            "Olaf Berg und Ida Roth würden sich am Freitag in Linz treffen, hieß es.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
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


_FIRMS = {
    "Nordbank": "ORG",
    "Südbank": "ORG",
    "Westwerk": "ORG",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the company talks are about buying is a side of them
        (
            "Die Nordbank führt Gespräche über eine Übernahme der Südbank.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        (
            "Die Nordbank verhandelt über den Kauf des Konkurrenten Südbank.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        # "in" before adjectives and the talks: "in fortgeschrittenen Gesprächen"
        (
            "Die Nordbank befindet sich in fortgeschrittenen Gesprächen mit der "
            "Südbank.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        (
            "Die Nordbank ist in fortgeschrittenen Verhandlungen zum Kauf des "
            "Rivalen Südbank.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        # a bare deal with no talks stays no meeting
        ("Die Nordbank plant die Übernahme der Südbank.", []),
    ],
)
def test_talks_about_a_deal(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _FIRMS) == found


def test_a_company_after_its_country_prefix_is_a_side(gazetteer_nlp) -> None:
    # "Der US-Konzern X": the company takes part, the prefix only names its
    # country
    text = "Der US-Konzern Nordbank führt Gespräche mit der Südbank."
    found = meetings_found(gazetteer_nlp, text, _FIRMS)
    assert found == [({"Nordbank", "Südbank"}, None)]


def test_a_medium_named_after_its_noun_interviews(records) -> None:
    # "Das Magazin X sprach mit Y": an interview, no meeting
    rec = records(
        "Das Magazin Motorwelt sprach mit Karl Brunner über die Krise.",
        {"Motorwelt": ORG, "Karl Brunner": PER},
    )
    assert rec.meetings == ()
    # an organisation of another kind talks as a side
    rec = records(
        "Die Gewerkschaft Metall Nord sprach mit Karl Brunner über die Löhne.",
        {"Metall Nord": ORG, "Karl Brunner": PER},
    )
    assert len(rec.meetings) == 1
