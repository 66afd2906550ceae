"""Meeting verbs in another sense and meetings only missed or offered (issue 15,
the corpus audit ``bench/meeting_audit.tsv``; ``kg/extract/meeting_senses.py``):
"eintreffen", "beraten" = to advise, "treffen" = to hit, an interviewer's "wir",
"hätte … stattfinden sollen", "biete ein Gespräch an". Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Paul Kern": "PER",
    "Lena Fuchs": "PER",
    "Otto Brandl": "PER",
    "Graz": "LOC",
    "Linz": "LOC",
    "Westwerk": "ORG",
    "Nordbank": "ORG",
    "KURIER": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    "text",
    [
        # "eintreffen": the particle "ein" closes the clause of "treffen"
        "Bei einem Termin in Linz – Olaf Berg war damals Landesrat – traf die "
        "Meldung ein, dass der Zug entgleist war.",
        "Ida Roth trifft am Donnerstag in Graz ein.",
        # "beraten" with an actor as accusative object: to advise
        "Der Anwalt Paul Kern, der jahrelang Olaf Berg und Ida Roth beriet, ist tot.",
        "Die Ökonomin Lena Fuchs berät seit Jahren Olaf Berg.",
        "Zwei Professoren berieten den Manager Otto Brandl in Graz.",
        # "treffen" whose subject is a thing: to hit
        "Das neue Urteil trifft Olaf Berg und Ida Roth.",
        "Die Krise der Nordbank trifft Olaf Berg.",
        "Briefe eines alten Seemanns, ein Band, den Olaf Berg für Ida Roth "
        "herausgab, treffen den Ton der Zeit.",
        # an interviewer's line: the interview itself
        "KURIER: Wir treffen einander in Graz kurz vor der Wahl ... Olaf Berg: "
        "Schauen Sie, ich war oft hier.",
        # a meeting missed or only offered
        "Das Treffen zwischen Olaf Berg und Ida Roth hätte schon im Mai "
        "stattfinden sollen.",
        "Olaf Berg und Ida Roth hätten sich in Linz treffen können.",
        "Olaf Berg bietet Gespräche zwischen Ida Roth und Paul Kern in Linz an.",
        "Olaf Berg hat Gespräche zwischen Ida Roth und Paul Kern angeboten.",
        "Die Nordbank bot ein Treffen mit Olaf Berg in Linz an.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert _found(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "treffen" with a partner, and "beraten" with "mit", "über" or two sides
        (
            "Olaf Berg traf am Montag in Graz Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, "Graz")],
        ),
        (
            "Olaf Berg beriet am Montag mit Ida Roth in Graz.",
            [({"Olaf Berg", "Ida Roth"}, "Graz")],
        ),
        (
            "Olaf Berg und Ida Roth berieten in Linz über die Lage.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
        (
            "Olaf Berg und Ida Roth berieten am Montag in Linz.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
        # a group's noun as subject meets
        (
            "Die Delegation der Nordbank traf in Graz Olaf Berg.",
            [({"Nordbank", "Olaf Berg"}, "Graz")],
        ),
        # "hätten" in indirect speech reports a real meeting
        (
            "Olaf Berg und Ida Roth hätten sich in Linz getroffen, hieß es.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
        # the interviewee's own "wir" after the interviewer's line
        (
            "KURIER: Gestern trafen Sie Ida Roth in Graz.",
            [({"Ida Roth"}, "Graz")],
        ),
    ],
)
def test_meetings_kept(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found
