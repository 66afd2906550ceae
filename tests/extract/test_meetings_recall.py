"""Meeting recall on unseen news (issue 15, bench/meeting_recall_audit.py): a
party's short form in parentheses does not end the list of parties ("die
Nordische Handelsunion (NHU) und der Alpenfonds (AF) führen die Gespräche"),
and the body a meeting noun's compound names is a party where the noun has a
partner after "mit" ("der EU-Gipfel mit der Türkei"). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_ACTORS = {
    "Nordische Handelsunion": "ORG",
    "NHU": "ORG",
    "Alpenfonds": "ORG",
    "AF": "ORG",
    "Karl Stein": "PER",
    "SPÖ": "ORG",
    "EU": "ORG",
    "NATO": "ORG",
    "Island": "LOC",
    "Russland": "LOC",
    "Wien": "LOC",
}


def _attendees(nlp, text: str) -> list[set[str]]:
    rec = extract(nlp, text, _ACTORS)
    return [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the short form in parentheses after each party
        (
            "Die Gespräche führen die Nordische Handelsunion (NHU) und der "
            "Alpenfonds (AF).",
            [{"NHU", "AF"}],
        ),
        (
            "Die Nordische Handelsunion (NHU) verhandelt seit Montag mit dem "
            "Alpenfonds (AF).",
            [{"NHU", "AF"}],
        ),
        # the compound's body and the partner after "mit"
        (
            "Der EU-Gipfel mit Island soll im Herbst fortgesetzt werden.",
            [{"EU", "Island"}],
        ),
        (
            "Wegen des NATO-Treffens mit Russland, das am Montag beginnt, bleibt "
            "die Straße gesperrt.",
            [{"NATO", "Russland"}],
        ),
    ],
)
def test_recall_found(blank_nlp, text: str, found: list[set[str]]) -> None:
    assert _attendees(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a party in parentheses after a person stays apart from the name
        (
            "Karl Stein (SPÖ) traf sich am Montag mit dem Alpenfonds.",
            [{"Karl Stein", "Alpenfonds"}],
        ),
        # no partner after "mit": the body convenes, no second party
        ("Beim EU-Gipfel in Wien wurde lange gestritten.", [{"EU"}]),
    ],
)
def test_recall_kept(blank_nlp, text: str, found: list[set[str]]) -> None:
    assert _attendees(blank_nlp, text) == found


def test_later_mention_joins_the_talks_before(blank_nlp) -> None:
    """ "die Gespräche" a few sentences after the talks are named, with no one
    of its own: the same talks, one more evidence sentence."""
    text = (
        "Die Gespräche führen die Nordische Handelsunion und der Alpenfonds. "
        "Das Wetter war am Montag schlecht. Die Züge fuhren spät. "
        "Der Bahnhof blieb geschlossen. "
        "Ob die Gespräche bald abgeschlossen werden, ist unklar."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert [(len(m.attendees), m.sentences) for m in rec.meetings] == [(2, (0, 4))]


def test_later_mention_of_other_talks_stays_apart(blank_nlp) -> None:
    """A later summit is no mention of talks, and "ein Treffen" is a new one."""
    text = (
        "Die Gespräche führen die Nordische Handelsunion und der Alpenfonds. "
        "Das Wetter war schlecht. Der Gipfel fiel aus. Ein Treffen ist offen."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert [m.sentences for m in rec.meetings] == [(0,)]


def test_a_person_opening_a_sentence_beside_another_is_an_attendee(blank_nlp) -> None:
    """A one-word person opening the sentence ("Orbán und Putin kamen
    zusammen") that the lexicon knows as no first name or surname is kept when
    "und" and a person follow (a pair of persons, no capitalised word)."""
    rec = extract(
        blank_nlp,
        "Orbán und Putin kamen am Montag in Sotschi zu einem Gespräch zusammen.",
        {"Orbán": "PER", "Putin": "PER", "Sotschi": "LOC"},
    )
    assert [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings] == [
        {"Orbán", "Putin"}
    ]
