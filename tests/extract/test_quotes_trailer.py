"""A reporting clause whose verb the lexicon lacks (issue 17, branch `span`,
kg/extract/quotes_trailer.py), one invented text per case, no model: a main
clause, a comma, a finite verb and a named person closing the sentence is the
person's quote; a fronted subordinate clause, an object put first and the
narrator's past are not."""

from __future__ import annotations

import pytest

from tests.conftest import PER, extract

CASES = [
    (
        "Die Saison ist noch lang, wir bleiben ruhig, resümiert Trainerin Lea Brandt.",
        {"Lea Brandt": PER},
        {
            (
                "direct",
                "person/Lea Brandt",
                "Die Saison ist noch lang, wir bleiben ruhig",
            )
        },
    ),
    (
        "Ich habe mit dem Ausgleich gerechnet, zeigte sich auch Torhüter Jan Pohl "
        "gelassen.",
        {"Jan Pohl": PER},
        {("direct", "person/Jan Pohl", "Ich habe mit dem Ausgleich gerechnet")},
    ),
    (
        "Vielleicht sind die Gegner etwas zu selbstsicher, zieht Jan Pohl einen "
        "Vergleich mit dem Vorjahr.",
        {"Jan Pohl": PER},
        {
            (
                "direct",
                "person/Jan Pohl",
                "Vielleicht sind die Gegner etwas zu selbstsicher",
            )
        },
    ),
    # no quotes: a fronted subordinate clause, an object put first, the past
    ("Als der Ball im Netz lag, jubelte Jan Pohl.", {"Jan Pohl": PER}, set()),
    (
        "Linz – Während die Kritik wächst, kämpft Bürgermeister Jan Pohl um sein Amt.",
        {"Jan Pohl": PER},
        set(),
    ),
    (
        "Seine Bemerkung, wonach der Titel weit weg sei, relativierte Jan Pohl.",
        {"Jan Pohl": PER},
        set(),
    ),
    (
        "Die Mannschaft gewann am Ende klar, traf Jan Pohl doppelt.",
        {"Jan Pohl": PER},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_unlisted_trailer(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.kind, q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected
