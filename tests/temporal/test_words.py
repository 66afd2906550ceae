"""kg.temporal.words: the German words of a match read as values."""

from __future__ import annotations

import pytest

from kg.temporal.words import fmt_num, norm, num_value, prep_mod, rel_sign


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("3", 3.0),
        ("2,5", 2.5),
        ("zweieinhalb", 2.5),
        ("Zwölf", 12),
        ("einem  halben", 0.5),
        ("wenigen", None),  # vague: no amount
        (None, None),
    ],
)
def test_num_value(written, expected):
    assert num_value(written) == expected


def test_fmt_num():
    assert [fmt_num(x) for x in (2.0, 2.5, 15, 0.5)] == ["2", "2.5", "15", "0.5"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("übernächsten", 2),
        ("kommende", 1),
        ("Nächsten", 1),
        ("darauffolgenden", 1),
        ("diesem", 0),
        ("laufenden", 0),
        ("vergangenen", -1),
        ("vorigen", -1),
        ("vorletzten", -2),
        ("den", None),
        (None, None),
    ],
)
def test_rel_sign(word, expected):
    assert rel_sign(word) == expected


def test_prepositions_give_modifiers():
    assert norm(" Bis  zum ") == "bis zum"
    assert norm(None) is None
    assert prep_mod("Bis  zum") == "ON_OR_BEFORE"
    assert prep_mod("seit dem") == "ON_OR_AFTER"
    assert prep_mod("am") is None
    assert prep_mod(None) is None
