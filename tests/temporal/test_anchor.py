"""kg.temporal.anchor: the direction an expression points in and the date it
then means, seen from the anchor."""

from __future__ import annotations

from datetime import date

import pytest

from kg.temporal.anchor import (
    choose,
    direction_from,
    period_from,
    pointed_month,
    resolve_dmy,
    weekday_date,
)
from kg.temporal.candidate import Context

THU = date(2021, 3, 4)  # a Thursday


def test_choose_by_direction_and_ties_go_to_the_later():
    before, after = date(2024, 1, 7), date(2024, 1, 13)
    anchor = date(2024, 1, 10)  # three days from each
    assert choose([before, after], anchor, None) == after
    assert choose([before, after], anchor, "past") == before
    assert choose([before, after], anchor, "future") == after
    # nothing ahead: the nearest after all
    assert choose([before], anchor, "future") == before
    assert choose([], anchor, None) is None


@pytest.mark.parametrize(
    ("tense", "prep", "present_forward", "expected"),
    [
        ("future", None, True, "future"),
        ("present", None, True, "future"),
        ("present", None, False, None),
        ("past", None, True, "past"),
        (None, None, True, None),
        # the preposition outweighs the tense
        ("future", "seit dem", True, "past"),
        ("past", "für", True, "future"),
        # "bis"/"ab" look ahead only without a tense cue
        (None, "bis", True, "future"),
        (None, "Ab", True, "future"),
        ("past", "bis", True, "past"),
    ],
)
def test_direction_from(tense, prep, present_forward, expected):
    assert direction_from(tense, prep, present_forward=present_forward) == expected


@pytest.mark.parametrize(
    ("wd", "det", "direction", "expected"),
    [
        (3, None, "future", THU),  # the same weekday is the day itself
        (3, None, "past", THU),
        (3, "kommenden", None, date(2021, 3, 11)),
        (3, "vergangenen", None, date(2021, 2, 25)),
        (0, "nächsten", "past", date(2021, 3, 8)),  # the word beats the tense
        (4, "gestrigen", None, date(2021, 3, 3)),
        (1, None, "future", date(2021, 3, 9)),
        (1, None, "past", date(2021, 3, 2)),
        # no cue: ahead, except yesterday's weekday
        (1, None, None, date(2021, 3, 9)),
        (2, None, None, date(2021, 3, 3)),
    ],
)
def test_weekday_date(wd, det, direction, expected):
    assert weekday_date(THU, wd, det, direction) == expected


def test_pointed_month():
    anchor = date(2021, 12, 20)
    assert pointed_month(anchor, 1, 1) == date(2022, 1, 1)
    assert pointed_month(anchor, 1, -1) == date(2021, 1, 1)
    assert pointed_month(anchor, 1, 0) == date(2021, 1, 1)
    assert pointed_month(anchor, 12, -1) == date(2020, 12, 1)
    assert pointed_month(anchor, 1, None) is None  # the tense has to choose


def test_resolve_dmy():
    ctx = Context(date(2021, 12, 20))
    assert resolve_dmy(ctx, 13, 1, 2020, None, None) == date(2020, 1, 13)
    assert resolve_dmy(ctx, 31, 4, 2020, None, None) is None
    assert resolve_dmy(ctx, 13, 2, None, None, "future") == date(2022, 2, 13)
    assert resolve_dmy(ctx, 13, 2, None, None, "past") == date(2021, 2, 13)
    # within 30 days of the anchor the date is plain whatever the tense
    assert resolve_dmy(ctx, 13, 1, None, None, "past") == date(2022, 1, 13)
    assert resolve_dmy(ctx, 28, 12, None, None, "future") == date(2021, 12, 28)
    # a day without a month: the month where the weekday fits (Saturday 1 January)
    assert resolve_dmy(ctx, 1, None, None, 5, None) == date(2022, 1, 1)
    assert resolve_dmy(Context(None), 13, 1, None, None, None) is None


def test_period_from_counts_weeks_months_and_years():
    sun = date(2023, 12, 31)  # the last day of ISO week 2023-W52
    assert period_from(sun, "week", 1, None) == (
        date(2024, 1, 1),
        "week",
        "date",
        "2024-W01",
        None,
    )
    assert period_from(sun, "month", -12, "END")[3:] == ("2022-12", "END")
    assert period_from(sun, "year", 0, "START")[:4] == (
        date(2023, 1, 1),
        "year",
        "date",
        "2023",
    )
