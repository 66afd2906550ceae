"""Meeting phrasings found on unseen Panorama news (issue 15, meet4,
``bench/extract_dev_meet3.jsonl``): the states whose office holders meet
("die Regierungschefs der drei Staaten – A, B und C – in X"), the counterpart
("die Einigung mit seinem Amtskollegen X"), talks opened ("startete die
Verhandlungen mit"), an EU council in the genitive, and what is not the
meeting's: a place of another noun phrase joined by "und", a convening body's
later talks with someone else. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Kral": "PER",
    "Wien": "LOC",
    "Prag": "LOC",
    "Brüssel": "LOC",
    "Ostsee": "LOC",
    "Polen": "LOC",
    "Polens": "LOC",
    "Ungarn": "LOC",
    "Ungarns": "LOC",
    "Slowakei": "LOC",
    "Kroatiens": "LOC",
    "Serbien": "LOC",
    "EU": "ORG",
    "Nato": "ORG",
    "Nordbank": "ORG",
    "Donaustaaten": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the office holders of states listed after a dash, the list running on
        # after the closing dash; the group's own name is not a party
        (
            "Am Freitag treffen sich die Regierungschefs der drei Donaustaaten – "
            "Polen, Ungarn und Slowakei – sowie Kroatiens in Prag.",
            [({"Polen", "Ungarn", "Slowakei", "Kroatien"}, "Prag")],
        ),
        # office holders of states in the genitive after the verb
        (
            "Heute beraten die Außenminister Polens und Ungarns in Wien.",
            [({"Polen", "Ungarn"}, "Wien")],
        ),
        # ... and after a meeting noun
        (
            "Olaf Berg sprach vom Treffen der Finanzminister Polens und Ungarns.",
            [({"Polen", "Ungarn"}, None)],
        ),
        # the counterpart: "sein" points to the subject, the other party
        (
            "Am Samstag hat Olaf Berg die Einigung mit seinem Amtskollegen Jan Kral "
            "begrüßt.",
            [({"Olaf Berg", "Jan Kral"}, None)],
        ),
        (
            "Ida Roth lobte das Gespräch mit ihrem ungarischen Amtskollegen Jan Kral "
            "in Wien.",
            [({"Ida Roth", "Jan Kral"}, "Wien")],
        ),
        # talks opened by the subject, also after a colon
        (
            "Noch wichtiger: Die EU startete am Montag die Verhandlungen mit Serbien.",
            [({"EU", "Serbien"}, None)],
        ),
        (
            "Die Nordbank startete Verhandlungen mit der EU.",
            [({"Nordbank", "EU"}, None)],
        ),
        # an EU council of ministers in the genitive: the body and its place
        (
            "Olaf Berg meinte am Rande des EU-Außenministerrats in Brüssel, er sei "
            "zufrieden.",
            [({"Olaf Berg", "EU"}, "Brüssel")],
        ),
        # a convening body's later talks with a state are talks of their own
        (
            "Beim EU-Außenministerrat in Brüssel ging es um Geld. Olaf Berg war "
            "zufrieden. Ida Roth schwieg. Es regnete. Die EU startete dann die "
            "Verhandlungen mit Serbien.",
            [({"EU"}, "Brüssel"), ({"EU", "Serbien"}, None)],
        ),
    ],
)
def test_meetings_of_bodies(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the place belongs to the phrase before "und eines": the summit has
        # only its body left
        "Der Schritt fällt in die Woche des Nato-Einsatzes in der Ostsee und eines "
        "EU-Gipfels.",
        # a possessive with a noun that is no counterpart
        "Olaf Berg lobte das Gespräch mit seinem Sohn.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert _found(blank_nlp, text) == []
