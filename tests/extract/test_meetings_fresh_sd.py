"""Meeting phrasings found on fresh business news (issue 15,
``bench/extract_dev_meet5.jsonl``): talks "von" a named person "mit" others, two
parties "in Verhandlungen" in reported speech, the other side of "zwischen X und
seinem Amtskollegen Y", a delegation of a body as the subject, tellers of
reported talks, a visit to a state. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Eva Lind": "PER",
    "Jan Novak": "PER",
    "Nordbank": "ORG",
    "Südbau": "ORG",
    "Bauernbund": "ORG",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "Graz": "LOC",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the talks "von" a minister "mit" two companies: all three
        (
            "Nun werden Einzelheiten über die Gespräche von Wirtschaftsminister "
            "Olaf Berg mit Nordbank und Südbau bekannt.",
            [({"Olaf Berg", "Nordbank", "Südbau"}, None)],
        ),
        # two companies in talks, told in the subjunctive of reported speech
        (
            "Die Konzerne Nordbank und Südbau befänden sich in fortgeschrittenen "
            "Verhandlungen über eine Fusion.",
            [({"Nordbank", "Südbau"}, None)],
        ),
        (
            "Nordbank und Südbau seien in Gesprächen über eine Übernahme.",
            [({"Nordbank", "Südbau"}, None)],
        ),
        # "zwischen X und seinem Amtskollegen Y": both
        (
            "Bei dem Treffen zwischen Minister Olaf Berg und seinem Amtskollegen "
            "Jan Novak in Linz ging es um die Grenze.",
            [({"Olaf Berg", "Jan Novak"}, "Linz")],
        ),
        # a delegation of a body opens the clause: the body meets
        (
            "Eine Delegation des Bauernbund ist am Montag in Graz mit Ida Roth "
            "zusammengetroffen.",
            [({"Bauernbund", "Ida Roth"}, "Graz")],
        ),
        (
            "Eine Delegation des Bauernbund unter Leitung von Eva Lind reiste zu "
            "Gesprächen nach Linz.",
            [({"Bauernbund", "Eva Lind"}, "Linz")],
        ),
    ],
)
def test_fresh_business_meetings(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the delegation reports on talks, it does not travel to them
        "Eine Delegation des Bauernbund kritisierte die Gespräche in Linz.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert _found(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "sagte, X habe mit Y telefoniert": X is the reported clause's subject,
        # not the one who said it
        (
            "Ein Sprecher sagte, Olaf Berg habe mit Ida Roth telefoniert.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Die Bank teilte mit, Olaf Berg habe in Linz mit Ida Roth verhandelt.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
        # the name apposed to the teller of a trailing reporting clause is the
        # teller, no participant
        (
            "Olaf Berg habe mit Ida Roth telefoniert, sagte die Sprecherin der "
            "Regierung, Eva Lind.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # "In einem Telefonat mit X betonte Y": Y took part
        (
            "In einem Telefonat mit Minister Olaf Berg betonte Ida Roth die "
            "Bedeutung der Grenze.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
    ],
)
def test_tellers_and_opening_phrases(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "zu einem Besuch in/nach <Staat>": the state visited receives him
        (
            "Minister Olaf Berg ist am Montag zu einem zweitägigen Besuch nach "
            "Ungarn aufgebrochen.",
            [({"Olaf Berg", "Ungarn"}, "Ungarn")],
        ),
        # "zu Besuch" with the place before it stays
        (
            "Olaf Berg ist am Montag in Ungarn zu Besuch.",
            [({"Olaf Berg", "Ungarn"}, "Ungarn")],
        ),
    ],
)
def test_visit_to_a_state(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found
