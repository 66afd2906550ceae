"""kg.lang.de.time and time_tense: the German words of the time expressions are
complete where a calendar says they must be, and every list is clean."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kg.lang.de import time, time_tense
from kg.lang.de.time_tense import word_set, word_tuple

_LOWER_WORDS = re.compile(r"[a-zäöüß]+(?: [a-zäöüß]+)*\.?")


def _lists() -> list[tuple[str, object]]:
    return [
        (f"{module.__name__}.{name}", getattr(module, name))
        for module in (time, time_tense)
        for name in module.__all__
        if not callable(getattr(module, name))
    ]


@pytest.mark.parametrize(("name", "words"), _lists())
def test_no_list_is_empty_or_has_an_empty_word(name, words):
    assert words, f"{name} is empty"
    assert all(isinstance(w, str) and w.strip() == w and w for w in words), name


@pytest.mark.parametrize(
    ("name", "words"),
    [(n, w) for n, w in _lists() if isinstance(w, tuple)],
)
def test_no_tuple_repeats_a_word(name, words):
    assert len(set(words)) == len(words), name


@pytest.mark.parametrize(
    ("name", "words"),
    [(n, w) for n, w in _lists() if not n.endswith(("MONTHS", "_FULL", "_ABBR"))],
)
def test_words_are_lowercase_except_month_names_and_weekday_abbreviations(name, words):
    if name.endswith("WEEKDAY_ABBREVIATIONS"):
        assert all(re.fullmatch(r"[A-Z][a-z]", w) for w in words)
        return
    bad = [w for w in words if not _LOWER_WORDS.fullmatch(w)]
    assert not bad, f"{name}: {bad}"


def test_every_month_has_a_full_name_and_all_but_may_an_abbreviation():
    assert sorted(set(time.MONTHS_FULL.values())) == list(range(1, 13))
    assert sorted(set(time.MONTHS_ABBR.values())) == [1, 2, 3, 4, *range(6, 13)]
    assert time.MONTHS == {**time.MONTHS_FULL, **time.MONTHS_ABBR}
    for abbr, month in time.MONTHS_ABBR.items():
        full = [f for f, m in time.MONTHS_FULL.items() if m == month]
        assert any(f[0] == abbr[0] for f in full), abbr
        assert abbr not in time.MONTHS_FULL


def test_every_weekday_has_a_name_and_an_abbreviation():
    assert sorted(set(time.WEEKDAYS.values())) == list(range(7))
    assert len(time.WEEKDAY_ABBREVIATIONS) == 7
    for name, wd in time.WEEKDAYS.items():
        assert name[:2].capitalize() == time.WEEKDAY_ABBREVIATIONS[wd] or (
            name == "sonnabend"  # Saturday in the north; "Sa" all the same
        )


def test_a_unit_word_is_found_before_a_shorter_one_it_begins_with():
    # kg.temporal takes the first key a form starts with: "jahrhundert" must come
    # before "jahr", "minute" must not be shadowed by "min"
    keys = list(time.UNITS)
    shadowed = [
        (a, b) for i, a in enumerate(keys) for b in keys[i + 1 :] if b.startswith(a)
    ]
    assert not shadowed
    assert set(time.UNITS.values()) == {
        "century",
        "decade",
        "year",
        "quarter",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
    }


def test_holidays_are_real_days_and_listed_once():
    assert not set(time.HOLIDAYS_FIXED) & set(time.HOLIDAYS_EASTER)
    for month, day in time.HOLIDAYS_FIXED.values():
        date(2001, month, day)  # a common year: no 29 February
    # the movable feasts lie between Weiberfastnacht and Fronleichnam
    assert all(-52 <= d <= 60 for d in time.HOLIDAYS_EASTER.values())


def test_seasons_parts_of_day_and_modifiers_use_timex3_codes():
    assert {code for code, _ in time.SEASONS.values()} == {"SP", "SU", "FA", "WI"}
    assert all(1 <= m <= 12 for _, m in time.SEASONS.values())
    assert set(time.PARTS_OF_DAY.values()) <= {"MO", "MI", "AF", "EV", "NI"}
    mods = {
        *time.PREPOSITION_MODS.values(),
        *time.POSITION_MODS.values(),
        *time.QUANTITY_MODS.values(),
    }
    assert mods <= {
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "START",
        "MID",
        "END",
        "MORE_THAN",
        "EQUAL_OR_MORE",
        "LESS_THAN",
        "EQUAL_OR_LESS",
        "APPROX",
    }


def test_relative_days_and_their_adjectives_agree():
    # "gestern" -> "gestrig", "übermorgen" -> "übermorgig", "heute" -> "heutig"
    assert sorted(time.RELATIVE_DAYS.values()) == sorted(
        time.RELATIVE_DAY_ADJECTIVES.values()
    )
    for adjective, offset in time.RELATIVE_DAY_ADJECTIVES.items():
        (day,) = [d for d, o in time.RELATIVE_DAYS.items() if o == offset]
        assert adjective[:4] == day[:4]


def test_tense_lists_do_not_contradict_each_other():
    # a scheduling word is never a Präteritum, a Präteritum never a present form
    assert not time_tense.STRONG_FUTURE & time_tense.PAST
    assert not time_tense.PAST & time_tense.PRESENT
    assert not time_tense.NOT_PARTICIPLES & time_tense.PAST


def test_word_lists_refuse_a_repeated_word():
    assert word_tuple(" sagte\n sagten ") == ("sagte", "sagten")
    assert word_set("wird werden") == frozenset({"wird", "werden"})
    # one copy of each word: a repeat is a slip in the data, not a second meaning
    with pytest.raises(ValueError, match="'sagte' twice"):
        word_tuple("sagte sagten sagte")
    with pytest.raises(ValueError, match="twice"):
        word_set("ist ist")
