"""kg.temporal.relative: days, weeks, months and years counted from the anchor
or from the last day mentioned.

The sentences and anchor dates are written for these tests (different
weekdays, month and year boundaries, a leap year), not taken from the seed.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.temporal import find_times
from tests.conftest import one_time

THU = date(2021, 3, 4)  # a Thursday
SUN_NYE = date(2023, 12, 31)  # a Sunday, the last day of ISO week 2023-W52
LEAP_WED = date(2024, 2, 28)  # a Wednesday; the next day is 29 February
MON = date(2023, 10, 30)  # a Monday


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Die Entscheidung fällt morgen.", "morgen", date(2024, 2, 29)),
        ("Übermorgen beginnt der März.", "Übermorgen", date(2024, 3, 1)),
        ("Gestern wurde gestreikt.", "Gestern", date(2024, 2, 27)),
        ("Das war vorgestern.", "vorgestern", date(2024, 2, 26)),
        (
            "Vor dem morgigen Gipfel warnt die Opposition.",
            "morgigen",
            date(2024, 2, 29),
        ),
        ("Die gestrige Sitzung blieb ohne Ergebnis.", "gestrige", date(2024, 2, 27)),
        ("Morgen beginnt der Parteitag.", "Morgen", date(2024, 2, 29)),
        ("Bis heute gibt es keine Einigung.", "Bis heute", LEAP_WED),
    ],
)
def test_relative_days_across_a_leap_day(text, expression, expected):
    tv = one_time(text, LEAP_WED, expression)
    assert tv.value == expected and tv.granularity == "day"


def test_relative_day_with_part_of_day():
    got = {
        t.expression: (t.value, t.timex)
        for t in find_times(
            "Heute Abend spricht sie, morgen früh reist sie ab.", LEAP_WED
        )
    }
    assert got == {
        "Heute Abend": (LEAP_WED, "2024-02-28TEV"),
        "morgen früh": (date(2024, 2, 29), "2024-02-29TMO"),
    }


def test_morning_is_not_tomorrow():
    # "am Morgen" is a part of the day last mentioned, not "morgen"
    got = [
        (t.expression, t.value, t.timex)
        for t in find_times("Am Morgen regnete es, am Abend schneite es.", LEAP_WED)
    ]
    assert got == [
        ("Am Morgen", LEAP_WED, "2024-02-28TMO"),
        ("am Abend", LEAP_WED, "2024-02-28TEV"),
    ]
    text = "Am Montag tagte der Rat. Am frühen Nachmittag kam es zum Eklat."
    tv = one_time(text, THU, "Am frühen Nachmittag")
    assert (tv.value, tv.granularity) == (date(2021, 3, 1), "part-of-day")


def test_vortag_refers_to_the_last_mentioned_day():
    text = "Die Wahl fand am 12. März statt. Am Vortag hatte es Proteste gegeben."
    got = {t.expression: t.value for t in find_times(text, date(2024, 3, 20))}
    assert got == {"am 12. März": date(2024, 3, 12), "Am Vortag": date(2024, 3, 11)}
    # without a day mentioned before it, the anchor is the reference
    tv = one_time("Am Tag zuvor hatte er noch gesprochen.", THU, "Am Tag zuvor")
    assert tv.value == date(2021, 3, 3)


def test_weekday_restating_a_relative_day_is_one_expression():
    text = "Gestern, Montag, verfolgte die Polizei einen Wagen, koordiniert aus Wien."
    (tv,) = find_times(text, date(2016, 4, 26))
    assert (tv.expression, tv.value) == ("Gestern, Montag", date(2016, 4, 25))


@pytest.mark.parametrize(
    ("text", "expression", "value", "granularity", "timex", "mod"),
    [
        (
            "Die Gespräche gehen kommende Woche weiter.",
            "kommende Woche",
            date(2024, 1, 1),
            "week",
            "2024-W01",
            None,
        ),
        (
            # on a Sunday the "past week" is the one now ending
            "In der vergangenen Woche stiegen die Preise.",
            "In der vergangenen Woche",
            date(2023, 12, 25),
            "week",
            "2023-W52",
            None,
        ),
        (
            "Bis Ende der Woche soll ein Ergebnis vorliegen.",
            "Bis Ende der Woche",
            date(2023, 12, 25),
            "week",
            "2023-W52",
            "END",
        ),
        (
            "Nächstes Jahr wird gewählt.",
            "Nächstes Jahr",
            date(2024, 1, 1),
            "year",
            "2024",
            None,
        ),
        (
            "Im vergangenen Jahr sank die Zahl.",
            "Im vergangenen Jahr",
            date(2022, 1, 1),
            "year",
            "2022",
            None,
        ),
        (
            "Letzten Monat stieg die Inflation.",
            "Letzten Monat",
            date(2023, 11, 1),
            "month",
            "2023-11",
            None,
        ),
        (
            "Anfang des Jahres hatte er noch gezögert.",
            "Anfang des Jahres",
            date(2023, 1, 1),
            "year",
            "2023",
            "START",
        ),
        (
            "Der Umsatz lag über dem Vorjahr.",
            "dem Vorjahr",
            date(2022, 1, 1),
            "year",
            "2022",
            None,
        ),
    ],
)
def test_relative_weeks_months_years_at_a_year_boundary(
    text, expression, value, granularity, timex, mod
):
    tv = one_time(text, SUN_NYE, expression)
    assert (tv.value, tv.granularity, tv.timex, tv.mod) == (
        value,
        granularity,
        timex,
        mod,
    )


def test_past_week_on_a_weekday_is_the_week_before():
    tv = one_time("Vergangene Woche stiegen die Preise.", THU, "Vergangene Woche")
    assert (tv.value, tv.timex) == (date(2021, 2, 22), "2021-W08")


def test_weekend_follows_the_tense():
    past = one_time("Am Wochenende demonstrierten Tausende.", MON, "Am Wochenende")
    assert (past.value, past.timex) == (date(2023, 10, 23), "2023-W43-WE")
    future = one_time("Am Wochenende soll gestreikt werden.", MON, "Am Wochenende")
    assert (future.value, future.timex) == (date(2023, 10, 30), "2023-W44-WE")
