"""kg.temporal.days: dates, weekdays, the night before a weekday, holidays and
clock times; the joins of a weekday or a time with its date (kg.temporal.scan).

The sentences and anchor dates are written for these tests (different
weekdays, month and year boundaries, a leap year), not taken from the seed.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg.temporal import find_times
from tests.conftest import one_time

THU = date(2021, 3, 4)  # a Thursday
SUN_NYE = date(2023, 12, 31)  # a Sunday, the last day of ISO week 2023-W52


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "expected"),
    [
        # future / scheduled -> on or after the anchor
        (
            "Die Minister wollen sich am Montag in Paris treffen.",
            THU,
            "am Montag",
            date(2021, 3, 8),
        ),
        (
            "Das Urteil ist für Mittwoch angesetzt.",
            THU,
            "für Mittwoch",
            date(2021, 3, 10),
        ),
        (
            "Am Donnerstag soll im Bundestag abgestimmt werden.",
            THU,
            "Am Donnerstag",
            THU,
        ),
        # present tense in news announces the coming days
        (
            "Am Freitag verhandeln die Tarifpartner erneut.",
            THU,
            "Am Freitag",
            date(2021, 3, 5),
        ),
        (
            "An diesem Montag beginnt das neue Jahr.",
            SUN_NYE,
            "An diesem Montag",
            date(2024, 1, 1),
        ),
        # past -> on or before the anchor
        (
            "Am Montag traf sich der Ausschuss zum ersten Mal.",
            THU,
            "Am Montag",
            date(2021, 3, 1),
        ),
        (
            "Der Vorstand hatte am Dienstag erklärt, er trete zurück.",
            THU,
            "am Dienstag",
            date(2021, 3, 2),
        ),
        (
            "Die Polizei hat am Donnerstag zwei Männer festgenommen.",
            THU,
            "am Donnerstag",
            THU,
        ),
        # explicit direction words win over the tense
        (
            "Am kommenden Donnerstag tagt der Rat.",
            THU,
            "Am kommenden Donnerstag",
            date(2021, 3, 11),
        ),
        (
            "Am vergangenen Donnerstag wird der Rat wohl kaum getagt haben.",
            THU,
            "Am vergangenen Donnerstag",
            date(2021, 2, 25),
        ),
        ("Seit Montag gilt die neue Regel.", THU, "Seit Montag", date(2021, 3, 1)),
        # no verb (a headline, a listing): forward, except yesterday's weekday
        ("Krisengipfel am Sonntag", THU, "am Sonntag", date(2021, 3, 7)),
        ("Wahl am Dienstag", THU, "am Dienstag", date(2021, 3, 9)),
        ("Bilanz vom Mittwoch", THU, "vom Mittwoch", date(2021, 3, 3)),
        # "für" names a target date, whatever the tense
        (
            "Die Gewerkschaft hat für Samstag zum Streik aufgerufen.",
            THU,
            "für Samstag",
            date(2021, 3, 6),
        ),
    ],
)
def test_weekday_direction(text, anchor, expression, expected):
    tv = one_time(text, anchor, expression)
    assert tv.value == expected
    assert tv.granularity == "day" and tv.kind == "date"


def test_part_of_day_keeps_the_date_and_says_which_part():
    text = "Der Kanzler wird am Sonntagabend eine Ansprache halten."
    tv = one_time(text, SUN_NYE, "am Sonntagabend")
    assert tv.value == SUN_NYE  # the same day counts for the future
    assert tv.granularity == "part-of-day" and tv.timex == "2023-12-31TEV"
    tv = one_time(
        "Die Polizei nahm am frühen Montagmorgen zwei Männer fest.",
        THU,
        "am frühen Montagmorgen",
    )
    assert (tv.value, tv.timex) == (date(2021, 3, 1), "2021-03-01TMO")
    tv = one_time("Dienstag früh wurden die Stimmen ausgezählt.", THU, "Dienstag früh")
    assert tv.value == date(2021, 3, 2) and tv.granularity == "part-of-day"


def test_night_to_a_weekday_starts_the_evening_before():
    tv = one_time(
        "In der Nacht zum Samstag wurde in das Museum eingebrochen.",
        date(2019, 6, 15),
        "In der Nacht zum Samstag",
    )
    assert (tv.value, tv.timex) == (date(2019, 6, 14), "2019-06-14TNI")


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "expected"),
    [
        ("Stand: 13.01.2022", None, "13.01.2022", date(2022, 1, 13)),
        (
            "Die Frist endete am 13.1.22 um Mitternacht.",
            None,
            "am 13.1.22",
            date(2022, 1, 13),
        ),
        ("(APA/Reuters, 2.8.2015)", None, "2.8.2015", date(2015, 8, 2)),
        ("Veröffentlicht 2016-03-21", None, "2016-03-21", date(2016, 3, 21)),
        (
            "Er starb am 13. Januar 2022 in Wien.",
            None,
            "am 13. Januar 2022",
            date(2022, 1, 13),
        ),
        (
            "Bis zum 1. Jan. 2016 galt die Regel.",
            None,
            "Bis zum 1. Jan. 2016",
            date(2016, 1, 1),
        ),
        (
            "Mittwoch, 20. Januar 2016",
            None,
            "Mittwoch, 20. Januar 2016",
            date(2016, 1, 20),
        ),
        # without a year: the tense picks the year, across the year boundary
        (
            "Der Prozess soll am 13. Januar beginnen.",
            date(2021, 12, 20),
            "am 13. Januar",
            date(2022, 1, 13),
        ),
        (
            "Der Prozess begann am 28. Dezember.",
            date(2022, 1, 5),
            "am 28. Dezember",
            date(2021, 12, 28),
        ),
        # 29 February only exists in leap years
        (
            "Die Wahl fand am 29. Februar statt.",
            date(2023, 3, 1),
            "am 29. Februar",
            date(2020, 2, 29),
        ),
        # a weekday with a day and month picks the year where they agree
        ("Samstag, 5. März", date(2016, 3, 17), "Samstag, 5. März", date(2016, 3, 5)),
        (
            "Am Samstag, 21. beginnt das Fest.",
            date(2016, 5, 2),
            "Am Samstag, 21.",
            date(2016, 5, 21),
        ),
    ],
)
def test_explicit_dates(text, anchor, expression, expected):
    tv = one_time(text, anchor, expression)
    assert tv.value == expected and tv.granularity == "day"


def test_day_range_gives_both_days():
    got = [
        (t.expression, t.value)
        for t in find_times("Die Messe läuft vom 12. bis 14. März 2024.", None)
    ]
    assert got == [
        ("vom 12.", date(2024, 3, 12)),
        ("bis 14. März 2024", date(2024, 3, 14)),
    ]


def test_day_dates_within_a_month_ignore_the_tense():
    text = "Die Partei hat ihre Kundgebung am 25. September abgesagt."
    assert one_time(text, date(2015, 9, 12), "am 25. September").value == date(
        2015, 9, 25
    )


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Die Frist endet am 3. Sept. 2021.", "am 3. Sept. 2021", date(2021, 9, 3)),
        ("Die Frist endet am 3.Okt. 2021.", "am 3.Okt. 2021", date(2021, 10, 3)),
        ("Das Lager schloss im Jänner 2021.", "im Jänner 2021", date(2021, 1, 1)),
        ("Anfang Feber 2020 begann es.", "Anfang Feber 2020", date(2020, 2, 1)),
        (
            "Wahl am Sonnabend, 6. März 2021",
            "am Sonnabend, 6. März 2021",
            date(2021, 3, 6),
        ),
        ("Dienstagnacht brannte eine Halle.", "Dienstagnacht", date(2021, 3, 2)),
        ("Am Donnerstagnachmittag tagte der Rat.", "Am Donnerstagnachmittag", THU),
        (
            "Am späten Mittwochabend kam die Nachricht.",
            "Am späten Mittwochabend",
            date(2021, 3, 3),
        ),
    ],
)
def test_month_and_weekday_spellings(text, expression, expected):
    tv = one_time(text, THU, expression)
    assert _as_day(tv.value) == expected


def _as_day(value):
    return value.date() if isinstance(value, datetime) else value


def test_weekday_after_vom_looks_back_whatever_the_tense():
    text = "Nach der Wahlschlappe vom Sonntag fordert die Partei einen Kurswechsel."
    assert one_time(text, date(2016, 3, 14), "vom Sonntag").value == date(2016, 3, 13)


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value", "granularity"),
    [
        (
            "In der Silvesternacht kam es zu Ausschreitungen.",
            date(2016, 1, 5),
            "In der Silvesternacht",
            date(2015, 12, 31),
            "part-of-day",
        ),
        (
            "An Ostern soll die Strecke wieder frei sein.",
            date(2024, 2, 28),
            "An Ostern",
            date(2024, 3, 31),
            "day",
        ),
        (
            "Der Zusammenstoß am Faschingsdienstag forderte Tote.",
            date(2016, 3, 1),
            "am Faschingsdienstag",
            date(2016, 2, 9),
            "day",
        ),
        (
            "Pfingstmontag 2025 bleibt das Museum geschlossen.",
            None,
            "Pfingstmontag 2025",
            date(2025, 6, 9),
            "day",
        ),
    ],
)
def test_holidays(text, anchor, expression, value, granularity):
    tv = one_time(text, anchor, expression)
    assert (tv.value, tv.granularity) == (value, granularity)


def test_clock_times_take_the_day_they_follow():
    tv = one_time("Stand: 09.01.2022 17:17 Uhr", None, "09.01.2022 17:17 Uhr")
    assert (tv.value, tv.kind, tv.granularity) == (
        datetime(2022, 1, 9, 17, 17),
        "time",
        "datetime",
    )
    got = {
        t.expression: t.value
        for t in find_times(
            "Am Montag um 17 Uhr treffen sie sich. Gegen 18.30 Uhr "
            "soll eine Erklärung folgen.",
            THU,
        )
    }
    assert got == {
        "Am Montag um 17 Uhr": datetime(2021, 3, 8, 17, 0),
        "Gegen 18.30 Uhr": datetime(2021, 3, 8, 18, 30),  # the day last mentioned
    }
    assert one_time("Gegen 18.30 Uhr", THU, "Gegen 18.30 Uhr").mod == "APPROX"


def test_time_ranges_give_their_first_time_too():
    text = "Gesperrt am Montag, 21. März, 7.00 – 10.00 Uhr."
    got = [(t.expression, t.value) for t in find_times(text, date(2016, 3, 10))]
    assert got == [
        ("am Montag, 21. März, 7.00", datetime(2016, 3, 21, 7, 0)),
        ("10.00 Uhr", datetime(2016, 3, 21, 10, 0)),
    ]
    got = [t.expression for t in find_times("zwischen 16 und 17 uhr", THU)]
    assert got == ["zwischen 16", "17 uhr"]


def test_centuries_abbreviated_weekdays_and_more_range_words():
    tv = one_time(
        "Die Kunstform entstand im 15. Jahrhundert.", None, "im 15. Jahrhundert"
    )
    assert (tv.granularity, tv.timex, tv.value) == ("century", "14", None)
    tv = one_time("Di. 01.12.15 - 17:30 Uhr", None, "Di. 01.12.15 - 17:30 Uhr")
    assert tv.value == datetime(2015, 12, 1, 17, 30)
    got = [
        (t.expression, t.value)
        for t in find_times(
            "Die Friedenspflicht endet in der Nacht vom 28. zum 29. April.",
            date(2016, 4, 1),
        )
    ]
    assert got == [("vom 28.", date(2016, 4, 28)), ("zum 29. April", date(2016, 4, 29))]


def test_iso_timestamps_keep_their_time_and_swallow_the_zone():
    got = [
        (t.expression, t.value)
        for t in find_times("24.03.2016 | 14:21 Uhr 2016-03-24T14:21:36+01:00", None)
    ]
    assert got == [
        ("24.03.2016 | 14:21 Uhr", datetime(2016, 3, 24, 14, 21)),
        ("2016-03-24T14:21:36+01:00", datetime(2016, 3, 24, 14, 21)),
    ]


def test_a_middle_dot_joins_weekday_and_date():
    tv = one_time(
        "Montag · 21.12.2015 · 19:25 Uhr · Kreis",
        None,
        "Montag · 21.12.2015 · 19:25 Uhr",
    )
    assert tv.value == datetime(2015, 12, 21, 19, 25)
