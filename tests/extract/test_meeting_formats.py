"""Meetings at named gatherings (``kg/data/meeting_formats.tsv``): the body
that attends a summit ("am Rande der UN-Vollversammlung": the Vereinte
Nationen), no party for a conference's own name ("Münchner
Sicherheitskonferenz"), the place a gathering's name gives ("Münchner", "beim
Wiener Gipfel"); who goes to a gathering ("reist zum Gipfel") takes part.
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from kg.lang.de.meeting_formats import city_adjective_stems, meeting_format
from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Karl Stein": "PER",
    "UN-Vollversammlung": "ORG",
    "Münchner Sicherheitskonferenz": "ORG",
    "Weltwirtschaftsforum": "ORG",
    "New York": "LOC",
    "Paris": "LOC",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Am Rande der UN-Vollversammlung kam Olaf Berg mit Ida Roth zusammen.",
            [({"Olaf Berg", "Ida Roth", "Vereinte Nationen"}, None)],
        ),
        (
            "Auf der Münchner Sicherheitskonferenz sprach Olaf Berg mit Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, "München")],
        ),
        (
            "Beim Wiener Gipfel trafen sich Olaf Berg und Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
        (
            "Beim Weltwirtschaftsforum traf Olaf Berg die Ministerin Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # the place the text names stays
        (
            "Beim Wiener Gipfel in Paris trafen sich Olaf Berg und Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, "Paris")],
        ),
        # who goes to a gathering takes part in it
        (
            "Olaf Berg reist am Mittwoch zum Gipfel nach Paris.",
            [({"Olaf Berg"}, "Paris")],
        ),
    ],
)
def test_gatherings(gazetteer_nlp, text, found):
    assert _found(gazetteer_nlp, text) == found


def test_un_general_assembly_is_a_meeting_with_the_un(gazetteer_nlp):
    found = _found(
        gazetteer_nlp,
        "Olaf Berg wollte zur Generaldebatte der UN-Vollversammlung nach New York.",
    )
    assert len(found) == 1
    assert "Vereinte Nationen" in found[0][0]
    assert "UN-Vollversammlung" not in found[0][0]


def test_lexicon():
    assert meeting_format("G20-Gipfels").body == "G20"
    assert meeting_format("Nato-Gipfel").body == "NATO"
    assert meeting_format("Sicherheitskonferenz").body is None
    assert meeting_format("eurogruppe").trigger is False
    assert meeting_format("Treffen") is None
    assert city_adjective_stems("Münchner") == ("München",)
    assert city_adjective_stems("Genfer")[0] == "Genf"
    assert city_adjective_stems("genfer") == ()
