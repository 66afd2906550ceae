"""A meeting noun whose compound names its parties one after the other
("EU-Türkei-Gipfel"): both are attendees (issue 15, bench/attendee_audit.tsv).
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, extract

_ACTORS = {
    "EU": ORG,
    "Türkei": LOC,
    "Kuba": LOC,
    "USA": LOC,
    "Brüssel": LOC,
    "Havanna": LOC,
    "Valletta": LOC,
    "Syrien": LOC,
    "Genf": LOC,
}


def _attendees(nlp, text: str) -> list[set[str]]:
    rec = extract(nlp, text, _ACTORS)
    return [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]


@pytest.mark.parametrize(
    ("text", "attendees"),
    [
        (
            "Die Türkei verlangt mehr Geld. Beim EU-Türkei-Gipfel in Brüssel wurde "
            "am Montag ein neuer Plan vorgelegt.",
            {"EU", "Türkei"},
        ),
        (
            "Die Türkei will mehr Kontrollen. Das EU-Türkei-Treffen in Brüssel endete "
            "am Abend ohne Ergebnis.",
            {"EU", "Türkei"},
        ),
    ],
)
def test_compound_names_both_parties(blank_nlp, text, attendees):
    assert attendees in _attendees(blank_nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # one actor: the organiser, as before
        (
            "Die Türkei verlangt Geld. Beim EU-Gipfel in Brüssel ging es um Geld.",
            "Türkei",
        ),
        # a topic after the body, not a party
        ("Die USA warnen. Die Syrien-Konferenz in Genf beginnt am Montag.", "Syrien"),
    ],
)
def test_compound_of_one_actor_adds_none(blank_nlp, text, absent):
    assert all(absent not in m for m in _attendees(blank_nlp, text))
