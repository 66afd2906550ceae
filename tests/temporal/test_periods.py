"""kg.temporal.periods: months, years, quarters, calendar weeks and decades.

The sentences and anchor dates are written for these tests (different
weekdays, month and year boundaries, a leap year), not taken from the seed.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.temporal import find_times
from tests.conftest import one_time

THU = date(2021, 3, 4)  # a Thursday


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value", "granularity", "mod"),
    [
        (
            "Die Wahl soll im Januar stattfinden.",
            date(2021, 12, 20),
            "im Januar",
            date(2022, 1, 1),
            "month",
            None,
        ),
        (
            "Im Januar war die Arbeitslosigkeit gestiegen.",
            date(2021, 12, 20),
            "Im Januar",
            date(2021, 1, 1),
            "month",
            None,
        ),
        (
            "Anfang März beginnen die Bauarbeiten.",
            date(2021, 12, 20),
            "Anfang März",
            date(2022, 3, 1),
            "month",
            "START",
        ),
        (
            "Das Werk schloss Ende März 2015.",
            None,
            "Ende März 2015",
            date(2015, 3, 1),
            "month",
            "END",
        ),
        (
            "Im Jahr 2015 gewann sie die Wahl.",
            None,
            "Im Jahr 2015",
            date(2015, 1, 1),
            "year",
            None,
        ),
        ("2015 gewann sie die Wahl.", None, "2015", date(2015, 1, 1), "year", None),
        (
            "Seit 2019 ist er Minister.",
            None,
            "Seit 2019",
            date(2019, 1, 1),
            "year",
            "ON_OR_AFTER",
        ),
    ],
)
def test_months_and_years(text, anchor, expression, value, granularity, mod):
    tv = one_time(text, anchor, expression)
    assert (tv.value, tv.granularity, tv.mod) == (value, granularity, mod)


def test_months_in_the_present_look_ahead_unless_just_past():
    ahead = one_time(
        "Die Wahl findet Anfang November statt.", date(2016, 5, 25), "Anfang November"
    )
    assert ahead.value == date(2016, 11, 1)
    report = one_time(
        "Im April liegt die Quote bei fünf Prozent.", date(2016, 5, 25), "Im April"
    )
    assert report.value == date(2016, 4, 1)


def test_until_and_from_look_ahead_without_a_tense_cue():
    tv = one_time(
        "Ein Beschluss sei bis Dezember realistisch.", date(2016, 3, 22), "bis Dezember"
    )
    assert (tv.value, tv.mod) == (date(2016, 12, 1), "ON_OR_BEFORE")


def test_old_years_after_months_and_holidays():
    got = [
        (t.expression, t.value)
        for t in find_times(
            "Im Mai 1291 trugen Engel das Haus fort, kurz vor Weihnachten 1294 weiter."
        )
    ]
    assert got == [
        ("Im Mai 1291", date(1291, 5, 1)),
        ("Weihnachten 1294", date(1294, 12, 25)),
    ]


def test_year_ranges_and_fiscal_years():
    got = [
        (t.expression, t.value)
        for t in find_times("© 1999-2016 finanzen.net; Geschäftsjahr 2015/16", None)
    ]
    assert got == [
        ("1999", date(1999, 1, 1)),
        ("2016", date(2016, 1, 1)),
        ("2015/16", date(2015, 1, 1)),
    ]


def test_iso_month():
    (tv,) = find_times("Ausgabe 2022-01: Gespräche", None)
    assert (tv.expression, tv.value, tv.granularity) == (
        "2022-01",
        date(2022, 1, 1),
        "month",
    )
    assert [t.expression for t in find_times("© 1999-2016 und 2015-16", None)] == [
        "1999",
        "2016",
        "2015",
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value", "granularity"),
    [
        (
            "Im ersten Quartal stieg der Umsatz.",
            date(2016, 5, 10),
            "Im ersten Quartal",
            date(2016, 1, 1),
            "quarter",
        ),
        (
            "Im Schlussquartal sank der Gewinn.",
            date(2016, 2, 10),
            "Im Schlussquartal",
            date(2015, 10, 1),
            "quarter",
        ),
        (
            "Der Umsatz in Q3 2015 war gut.",
            None,
            "in Q3 2015",
            date(2015, 7, 1),
            "quarter",
        ),
        (
            "Die Bauarbeiten beginnen in der 11. Kalenderwoche.",
            date(2016, 2, 1),
            "in der 11. Kalenderwoche",
            date(2016, 3, 14),
            "week",
        ),
        ("KW 53/2020: die Bilanz", None, "KW 53/2020", date(2020, 12, 28), "week"),
    ],
)
def test_quarters_and_calendar_weeks(text, anchor, expression, value, granularity):
    tv = one_time(text, anchor, expression)
    assert (tv.value, tv.granularity) == (value, granularity)


@pytest.mark.parametrize(
    ("text", "expression", "timex", "mod"),
    [
        ("Ende der Siebziger lebte er in Berlin.", "Ende der Siebziger", "197", "END"),
        ("In den 90er Jahren wuchs die Stadt.", "In den 90er Jahren", "199", None),
        ("Die 1980er waren anders.", "Die 1980er", "198", None),
    ],
)
def test_decades_are_kept_without_a_value(text, expression, timex, mod):
    tv = one_time(text, THU, expression)
    assert (tv.value, tv.granularity, tv.timex, tv.mod) == (None, "decade", timex, mod)
