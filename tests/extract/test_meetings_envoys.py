"""Sides that are no sides (issue 15): the one who sends an envoy ("X schickte
seinen Berater Y nach Kiew, wo er Z traf"), the one on whose behalf an envoy
travels ("im Auftrag von X"), a medium talking with persons (an interview)
and the unnamed "ich" or "wir" of a meeting with one named side. Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Paul Kern": "PER",
    "Lena Vogt": "PER",
    "Kiew": "LOC",
    "Lissabon": "LOC",
    "Handelsblatt": "ORG",
    "Spiegel": "ORG",
    "ORF": "ORG",
    "Bundesregierung": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the sender of an envoy stays home
        (
            "Kanzler Olaf Berg schickte seinen Berater Paul Kern nach Kiew, um mit "
            "Präsidentin Ida Roth zu verhandeln.",
            [({"Paul Kern", "Ida Roth"}, "Kiew")],
        ),
        (
            "Am Freitag entsandte Kanzler Olaf Berg seinen Vertrauten Paul Kern nach "
            "Kiew, wo dieser Präsidentin Ida Roth traf.",
            [({"Paul Kern", "Ida Roth"}, "Kiew")],
        ),
        (
            "Paul Kern wurde von Kanzler Olaf Berg nach Kiew geschickt, wo er "
            "Präsidentin Ida Roth traf.",
            [({"Paul Kern", "Ida Roth"}, "Kiew")],
        ),
        # on whose behalf the envoy travels
        (
            "Paul Kern reiste im Auftrag von Kanzler Olaf Berg nach Lissabon und traf "
            "dort Ida Roth.",
            [({"Paul Kern", "Ida Roth"}, "Lissabon")],
        ),
        # a message sent is no envoy: the sender meets
        (
            "Olaf Berg schickte Ida Roth eine Nachricht und traf sie später in "
            "Lissabon.",
            [({"Olaf Berg", "Ida Roth"}, "Lissabon")],
        ),
        # sending an invitation is no sending of an envoy: the inviter meets
        (
            "Olaf Berg schickte eine Einladung an Ida Roth zu einem Treffen in "
            "Lissabon.",
            [({"Olaf Berg", "Ida Roth"}, "Lissabon")],
        ),
    ],
)
def test_the_sender_of_an_envoy_is_no_attendee(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a medium talking with a person: an interview
        (
            "Der Spiegel sprach mit Ministerin Lena Vogt in Lissabon über die Steuern.",
            [],
        ),
        ("Der Handelsblatt-Reporter sprach mit Paul Kern über die Bahn.", []),
        # a medium talking with a government may negotiate
        (
            "Der ORF sprach mit der Bundesregierung über die Gebühren.",
            [({"ORF", "Bundesregierung"}, None)],
        ),
    ],
)
def test_a_medium_talking_with_persons_interviews_them(
    gazetteer_nlp, text, found
) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Ich traf Ida Roth im vergangenen Jahr in Lissabon, erzählte der Diplomat.",
            [],
        ),
        ("Wir haben gestern mit Ministerin Lena Vogt in Lissabon gesprochen.", []),
        (
            "Letzte Woche habe ich den Bürgermeister Paul Kern in Lissabon getroffen.",
            [],
        ),
        # the first person named as teller is a side
        (
            '"Wir haben mit Ida Roth in Lissabon gesprochen", sagte Olaf Berg.',
            [({"Olaf Berg", "Ida Roth"}, "Lissabon")],
        ),
        # the first person named before a colon (kg does not yet add him)
        (
            "Dazu sagte Olaf Berg: Ich werde Ida Roth in Lissabon treffen.",
            [({"Ida Roth"}, "Lissabon")],
        ),
        # two named sides besides the first person
        (
            "Ich sah, wie sich Olaf Berg und Ida Roth in Lissabon trafen.",
            [({"Olaf Berg", "Ida Roth"}, "Lissabon")],
        ),
    ],
)
def test_an_unnamed_first_person_leaves_one_named_side(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


def test_a_first_person_near_a_meeting_noun_keeps_it(blank_nlp) -> None:
    text = "Den Gipfel der EU in Lissabon finden wir falsch, sagten die Demonstranten."
    found = meetings_found(blank_nlp, text, {"EU": "ORG", "Lissabon": "LOC"})
    assert found == [({"EU"}, "Lissabon")]
