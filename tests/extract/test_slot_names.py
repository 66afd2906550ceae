"""Names the model missed or ran together in the slots of a meeting
(:mod:`kg.extract.slot_names`): "traf Putin", "mit Macron", "traf Merkel Putin".
Invented sentences through the shipped pipeline."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _meetings(nlp, text: str) -> list[tuple[set[str], str | None]]:
    rec = doc_to_records(nlp(text), article_id="a", content_hash="h")
    return [
        ({k.partition("/")[2] for k in m.attendees}, m.location) for m in rec.meetings
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a surname the lexicon knows right after "traf" (the model left it out)
        (
            "Angela Merkel traf Putin in Berlin.",
            [({"Angela Merkel", "Putin"}, "place/Berlin")],
        ),
        # past a day between the verb and the name
        (
            "Angela Merkel traf am Montag Putin in Berlin.",
            [({"Angela Merkel", "Putin"}, "place/Berlin")],
        ),
        # two surnames the model took for one name after "traf"
        (
            "Am Montag traf Merkel Putin in Berlin.",
            [({"Merkel", "Putin"}, "place/Berlin")],
        ),
        # after "mit" in a sentence with a verb of talking
        ("Merkel sprach mit Putin über die Ukraine.", [({"Merkel", "Putin"}, None)]),
        # a surname the article names in full elsewhere; "er" is the person
        # of the sentence before, "Dort" its place
        (
            "Sebastian Kurz war am Montag in Paris. Dort sprach er mit Macron. "
            "Emmanuel Macron lobte den Gast.",
            [({"Sebastian Kurz", "Emmanuel Macron"}, "place/Paris")],
        ),
    ],
)
def test_a_name_in_a_meeting_slot(nlp, text, found) -> None:
    assert _meetings(nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister traf Xi Jinping in Peking.",  # family name first: one name
        "Die Ministerin sprach mit Nachdruck über die Kosten.",  # a common noun
        "Der Kanzler traf Vorbereitungen für den Gipfel.",
    ],
)
def test_no_name_split_or_added(nlp, text) -> None:
    rec = doc_to_records(nlp(text), article_id="a", content_hash="h")
    persons = {e.name for e in rec.entities if e.kind == "person"}
    assert persons <= {"Xi Jinping"}
