"""kg.temporal.calendar: date arithmetic without an anchor."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg.temporal.calendar import (
    add_months,
    as_date,
    day_timex,
    easter,
    expand_year,
    holiday,
    monday,
    months_between,
    safe_date,
    week_timex,
    weekday_timex,
)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1961, date(1961, 4, 2)),
        (2016, date(2016, 3, 27)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2038, date(2038, 4, 25)),  # the latest possible Easter Sunday
    ],
)
def test_easter(year, expected):
    assert easter(year) == expected


def test_holidays_fixed_and_movable():
    assert holiday("tag der deutschen einheit", 2020) == date(2020, 10, 3)
    assert holiday("heiligen abend", 2020) == date(2020, 12, 24)
    assert holiday("pfingstmontag", 2025) == date(2025, 6, 9)
    assert holiday("rosenmontag", 2016) == date(2016, 2, 8)


def test_month_steps_cross_the_year():
    assert add_months(2023, 11, 3) == (2024, 2)
    assert add_months(2024, 1, -1) == (2023, 12)
    assert add_months(2024, 1, -13) == (2022, 12)
    assert months_between(date(2023, 11, 30), date(2024, 1, 1)) == 2


def test_iso_weeks_at_the_year_boundary():
    assert week_timex(date(2021, 1, 3)) == "2020-W53"
    assert week_timex(date(2024, 12, 30)) == "2025-W01"
    assert monday(date(2024, 1, 7)) == date(2024, 1, 1)
    assert monday(date(2024, 1, 1)) == date(2024, 1, 1)


def test_timex_spellings():
    assert day_timex(date(2022, 1, 9)) == "2022-01-09"
    assert day_timex(date(2022, 1, 9), "EV") == "2022-01-09TEV"
    assert [weekday_timex(wd) for wd in (0, 6)] == ["XXXX-WXX-1", "XXXX-WXX-7"]


def test_years_and_days_as_written():
    assert [expand_year(y) for y in ("22", "69", "70", "95", " 1995")] == [
        2022,
        2069,
        1970,
        1995,
        1995,
    ]
    assert safe_date(2023, 2, 29) is None
    assert safe_date(2024, 2, 29) == date(2024, 2, 29)
    assert as_date(datetime(2022, 1, 9, 17, 17)) == date(2022, 1, 9)
    assert as_date(None) is None
