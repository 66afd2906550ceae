"""Two meetings of other parties on the same weekday stay two (kg/extract/meetings.py,
``_merge_candidates``). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import ORG, PER, extract


def test_meetings_of_other_parties_on_one_weekday_stay_apart(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Entwurf einer Erklärung des EU-Gipfels am Montag war umstritten. "
        "Karl Brunner traf am Montag Eva Huber in Graz.",
        {"EU": ORG, "Karl Brunner": PER, "Eva Huber": PER},
    )
    for m in rec.meetings:
        if "person/Karl Brunner" in m.attendees:
            assert "org/EU" not in m.organizers + m.attendees
