"""A place the model ran into the person after it ("in Berlin François|
Hollande" tagged LOC "Berlin François") is the place and the person
(:func:`kg.nlp.components.missed_names.places_run_into_names`). Invented
sentences on the shipped vocabulary, with the model's spans set by hand."""

from __future__ import annotations

import pytest

from tests.conftest import relabelled


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the first name in the place, the surname in no entity
        (
            "Sie traf am Montag in Graz Pierre Lemarchand .",
            [(5, 7, "LOC")],
            [("Graz", "LOC"), ("Pierre Lemarchand", "PER")],
        ),
        # the whole name in the place
        (
            "Sie traf am Montag in Graz Pierre Lemarchand .",
            [(5, 8, "LOC")],
            [("Graz", "LOC"), ("Pierre Lemarchand", "PER")],
        ),
        # a common noun run into the name and tagged a place: the person alone
        (
            "Das sagt Kriminalsoziologe Pierre Lemarchand .",
            [(2, 5, "LOC")],
            [("Pierre Lemarchand", "PER")],
        ),
    ],
)
def test_a_place_run_into_a_name(vocab, text, ents, expected) -> None:
    assert relabelled(vocab, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a place whose last word is a first name, nothing after it
        ("Er flog nach San José .", [(3, 5, "LOC")], [("San José", "LOC")]),
        # the words before the first name are no place
        (
            "Sie traf am Montag die Firma Pierre Lemarchand .",
            [(5, 7, "LOC")],
            [("Firma Pierre", "LOC")],
        ),
        # an organisation named after its city ("Tampa Bay Lightning")
        (
            "Sie traf am Montag in Graz Pierre Lemarchand .",
            [(5, 8, "ORG")],
            [("Graz Pierre Lemarchand", "ORG")],
        ),
        # a street named after a person stays a place
        (
            "Sie wohnt in der Avenue Pierre Lemarchand .",
            [(4, 7, "LOC")],
            [("Avenue Pierre Lemarchand", "LOC")],
        ),
    ],
)
def test_no_split_without_a_place_and_a_name(vocab, text, ents, expected) -> None:
    assert [e for e in relabelled(vocab, text, ents) if e[1] != "PER"] == expected
