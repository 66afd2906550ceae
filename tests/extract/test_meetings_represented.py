"""A state at a meeting whose representative the article names is no attendee
of its own when it only stood in for him: the headline's "polnischen Kollegen"
is the Außenminister named below (issue 15); a state named as a party beside
its representative stays (bench/extract_gold.md). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from kg.extract.records import Meeting, Role
from kg.extract.represented import fold_represented_states
from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Nowak": "PER",
    "Pavel Dvořák": "PER",
    "Warschau": "LOC",
    "Prag": "LOC",
}


def test_headline_counterpart_is_the_minister_named_below(gazetteer_nlp) -> None:
    text = (
        "Roth trifft polnischen Kollegen\n\n"
        "Die Außenministerin Ida Roth traf am Montag in Warschau ihren polnischen "
        "Amtskollegen Jan Nowak."
    )
    assert meetings_found(gazetteer_nlp, text, _ACTORS) == [
        ({"Ida Roth", "Jan Nowak"}, "Warschau")
    ]


def test_another_states_counterpart_stays(gazetteer_nlp) -> None:
    # the minister named below is Czech: the Polish colleague stays Polen
    text = (
        "Roth trifft polnischen Kollegen\n\n"
        "Die Außenministerin Ida Roth traf am Montag in Prag ihren tschechischen "
        "Amtskollegen Pavel Dvořák."
    )
    found = meetings_found(gazetteer_nlp, text, _ACTORS)
    assert ({"Ida Roth", "Polen"}, None) in found
    assert ({"Ida Roth", "Pavel Dvořák"}, "Prag") in found


def _meeting(*attendees: str, sentence: int = 0, date=None) -> Meeting:
    return Meeting(
        triggers=("traf",), attendees=attendees, sentences=(sentence,), date=date
    )


def _post(person: str, country: str) -> Role:
    return Role(
        person=person,
        role="Präsident",
        title="Präsident",
        organisation=country,
        sentence=0,
        start=0,
        end=9,
    )


def test_state_named_beside_its_holder_stays() -> None:
    # "die USA und Russland" in talks with Rjabkow: Russland is a party itself
    m = _meeting("person/A", "person/B", "place/Russland")
    out = fold_represented_states([m], [_post("person/B", "place/Russland")])
    assert out == [m]


def test_state_without_its_holder_stays() -> None:
    m = _meeting("person/A", "place/Russland")
    out = fold_represented_states([m], [_post("person/C", "place/Russland")])
    assert out == [m]


def test_different_days_stay_apart() -> None:
    from datetime import date

    a = _meeting("person/A", "place/Russland", date=date(2020, 1, 2))
    b = _meeting("person/A", "person/B", sentence=3, date=date(2020, 1, 9))
    out = fold_represented_states([a, b], [_post("person/B", "place/Russland")])
    assert out == [a, b]


def test_state_meeting_joins_the_meeting_with_its_holder() -> None:
    a = _meeting("person/A", "place/Russland")
    b = _meeting("person/A", "person/B", sentence=3)
    out = fold_represented_states([a, b], [_post("person/B", "place/Russland")])
    assert len(out) == 1
    assert out[0].attendees == ("person/A", "person/B")
    assert out[0].sentences == (0, 3)
