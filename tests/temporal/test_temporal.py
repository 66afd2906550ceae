"""kg.temporal: finding German time expressions and resolving them.

The sentences and anchor dates are written for these tests (different
weekdays, month and year boundaries, a leap year), not taken from the seed.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.temporal import TimeValue, find_times, resolve, sentence_tense

THU = date(2021, 3, 4)  # a Thursday
SUN_NYE = date(2023, 12, 31)  # a Sunday, the last day of ISO week 2023-W52
LEAP_WED = date(2024, 2, 28)  # a Wednesday; the next day is 29 February
MON = date(2023, 10, 30)  # a Monday


def _one(text: str, anchor, expression: str) -> TimeValue:
    found = [t for t in find_times(text, anchor) if t.expression == expression]
    assert found, (
        f"{expression!r} not in {[t.expression for t in find_times(text, anchor)]}"
    )
    return found[0]


# --- weekdays: direction from the tense of the clause ---------------------------------


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
    tv = _one(text, anchor, expression)
    assert tv.value == expected
    assert tv.granularity == "day" and tv.kind == "date"


def test_weekday_in_reported_speech_takes_the_clause_tense():
    text = "Am Dienstag sagte der Sprecher, man werde sich am Freitag treffen."
    got = {t.expression: t.value for t in find_times(text, THU)}
    assert got == {"Am Dienstag": date(2021, 3, 2), "am Freitag": date(2021, 3, 5)}


def test_part_of_day_keeps_the_date_and_says_which_part():
    text = "Der Kanzler wird am Sonntagabend eine Ansprache halten."
    tv = _one(text, SUN_NYE, "am Sonntagabend")
    assert tv.value == SUN_NYE  # the same day counts for the future
    assert tv.granularity == "part-of-day" and tv.timex == "2023-12-31TEV"
    tv = _one(
        "Die Polizei nahm am frühen Montagmorgen zwei Männer fest.",
        THU,
        "am frühen Montagmorgen",
    )
    assert (tv.value, tv.timex) == (date(2021, 3, 1), "2021-03-01TMO")
    tv = _one("Dienstag früh wurden die Stimmen ausgezählt.", THU, "Dienstag früh")
    assert tv.value == date(2021, 3, 2) and tv.granularity == "part-of-day"


def test_night_to_a_weekday_starts_the_evening_before():
    tv = _one(
        "In der Nacht zum Samstag wurde in das Museum eingebrochen.",
        date(2019, 6, 15),
        "In der Nacht zum Samstag",
    )
    assert (tv.value, tv.timex) == (date(2019, 6, 14), "2019-06-14TNI")


# --- relative days --------------------------------------------------------------------


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
    tv = _one(text, LEAP_WED, expression)
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
    tv = _one(text, THU, "Am frühen Nachmittag")
    assert (tv.value, tv.granularity) == (date(2021, 3, 1), "part-of-day")


def test_vortag_refers_to_the_last_mentioned_day():
    text = "Die Wahl fand am 12. März statt. Am Vortag hatte es Proteste gegeben."
    got = {t.expression: t.value for t in find_times(text, date(2024, 3, 20))}
    assert got == {"am 12. März": date(2024, 3, 12), "Am Vortag": date(2024, 3, 11)}
    # without a day mentioned before it, the anchor is the reference
    tv = _one("Am Tag zuvor hatte er noch gesprochen.", THU, "Am Tag zuvor")
    assert tv.value == date(2021, 3, 3)


# --- weeks, months, years -------------------------------------------------------------


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
    tv = _one(text, SUN_NYE, expression)
    assert (tv.value, tv.granularity, tv.timex, tv.mod) == (
        value,
        granularity,
        timex,
        mod,
    )


def test_weekend_follows_the_tense():
    past = _one("Am Wochenende demonstrierten Tausende.", MON, "Am Wochenende")
    assert (past.value, past.timex) == (date(2023, 10, 23), "2023-W43-WE")
    future = _one("Am Wochenende soll gestreikt werden.", MON, "Am Wochenende")
    assert (future.value, future.timex) == (date(2023, 10, 30), "2023-W44-WE")


# --- explicit dates -------------------------------------------------------------------


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
    tv = _one(text, anchor, expression)
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
    tv = _one(text, anchor, expression)
    assert (tv.value, tv.granularity, tv.mod) == (value, granularity, mod)


# --- durations, offsets, times, sets --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "timex", "mod"),
    [
        (
            "Die erste Sitzung seit zweieinhalb Jahren.",
            "seit zweieinhalb Jahren",
            "P2.5Y",
            None,
        ),
        ("Der Streit schwelt seit Wochen.", "seit Wochen", "PXW", None),
        (
            "Das erste Treffen seit mehr als zwei Jahren.",
            "seit mehr als zwei Jahren",
            "P2Y",
            "MORE_THAN",
        ),
        ("Sie verhandelten drei Tage lang.", "drei Tage lang", "P3D", None),
        ("Die Sitzung dauerte 75 Minuten.", "75 Minuten", "PT75M", None),
        ("Er wurde jahrelang überwacht.", "jahrelang", "PXY", None),
    ],
)
def test_durations_stay_unresolved(text, expression, timex, mod):
    tv = _one(text, THU, expression)
    assert (tv.kind, tv.value, tv.timex, tv.mod) == ("duration", None, timex, mod)


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value", "granularity"),
    [
        (
            "Vor zwei Wochen begann der Streik.",
            THU,
            "Vor zwei Wochen",
            date(2021, 2, 15),
            "week",
        ),
        (
            "Vor drei Tagen wurde er entlassen.",
            THU,
            "Vor drei Tagen",
            date(2021, 3, 1),
            "day",
        ),
        (
            "In zwei Jahren wird gewählt.",
            THU,
            "In zwei Jahren",
            date(2023, 1, 1),
            "year",
        ),
        (
            "Vor 35 Minuten meldete die Polizei einen Unfall.",
            datetime(2016, 3, 10, 13, 46),
            "Vor 35 Minuten",
            datetime(2016, 3, 10, 13, 11),
            "datetime",
        ),
    ],
)
def test_offsets_from_the_anchor(text, anchor, expression, value, granularity):
    tv = _one(text, anchor, expression)
    assert (tv.value, tv.granularity, tv.kind) == (
        value,
        granularity,
        "time" if granularity == "datetime" else "date",
    )


def test_clock_times_take_the_day_they_follow():
    tv = _one("Stand: 09.01.2022 17:17 Uhr", None, "09.01.2022 17:17 Uhr")
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
    assert _one("Gegen 18.30 Uhr", THU, "Gegen 18.30 Uhr").mod == "APPROX"


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        ("Der Markt ist montags geschlossen.", "montags", "XXXX-WXX-1"),
        ("Sie treffen sich jeden Dienstag.", "jeden Dienstag", "XXXX-WXX-2"),
        ("Die Wahl findet alle zwei Jahre statt.", "alle zwei Jahre", "P2Y"),
        ("Die Zeitung erscheint täglich.", "täglich", "P1D"),
    ],
)
def test_sets(text, expression, timex):
    tv = _one(text, THU, expression)
    assert (tv.kind, tv.value, tv.timex) == ("set", None, timex)


# --- what is not a time expression ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mehr als 2000 Menschen wurden verletzt.",
        "Rund 100.000 Soldaten stehen an der Grenze.",
        "Das Spiel endete 2:1.",
        "August Bebel gründete die Partei mit.",
        "Sie zahlte 2015 Euro für das Bild.",
        "RT @Kralle2000: Neulich am Flughafen",
        "Aus Chiang Mai berichtet Christian M.",
        "Der IC 2030 fährt nach Hannover.",
        "Der Unfall auf der Staatsstraße 2082 blieb folgenlos.",
    ],
)
def test_numbers_names_and_scores_are_not_times(text):
    assert find_times(text, THU) == []


# --- anchors, offsets, the API --------------------------------------------------------


def test_without_anchor_expressions_are_kept_unresolved():
    text = "Am Mittwoch ist eine Sitzung angesetzt, am 13.01.2022 eine zweite."
    got = find_times(text)
    assert [(t.expression, t.value) for t in got] == [
        ("Am Mittwoch", None),
        ("am 13.01.2022", date(2022, 1, 13)),
    ]
    assert got[0].timex == "XXXX-WXX-3"


def test_offsets_point_into_the_text():
    text = (
        "Nach Angaben des Ministeriums wird die Delegation am Sonntagabend in "
        "Genf eintreffen; die Gespräche beginnen am 10. Januar und dauern "
        "voraussichtlich drei Tage.\nStand: 09.01.2022 17:17 Uhr"
    )
    found = find_times(text, datetime(2022, 1, 9, 17, 17))
    assert len(found) == 4
    for tv in found:
        assert text[tv.start : tv.end] == tv.expression
    assert [t.start for t in found] == sorted(t.start for t in found)


def test_datetime_anchor_gives_dates_for_days():
    tv = _one("Morgen wird gewählt.", datetime(2022, 1, 9, 23, 59), "Morgen")
    assert tv.value == date(2022, 1, 10) and not isinstance(tv.value, datetime)


@pytest.mark.parametrize(
    ("tense", "expected"),
    [
        ("past", date(2022, 1, 5)),
        ("future", date(2022, 1, 12)),
        ("present", date(2022, 1, 12)),
        (None, date(2022, 1, 12)),
    ],
)
def test_resolve_with_a_given_tense(tense, expected):
    tv = resolve("am Mittwoch", date(2022, 1, 9), tense=tense)
    assert (tv.expression, tv.start, tv.end, tv.value) == (
        "am Mittwoch",
        0,
        11,
        expected,
    )


def test_resolve_rejects_what_is_not_a_time_expression():
    # a city name carries no time
    with pytest.raises(InputError, match="expected a German time expression"):
        resolve("in Genf", date(2022, 1, 9))
    # tenses are a closed set
    with pytest.raises(InputError, match="expected tense"):
        resolve("am Mittwoch", date(2022, 1, 9), tense="plusquamperfekt")


def test_bad_inputs_raise_input_error():
    # an anchor must be a date, not an ISO string
    with pytest.raises(InputError, match="anchor: expected a date"):
        find_times("am Montag", "2022-01-09")  # type: ignore[arg-type]
    # granularities are a closed set
    with pytest.raises(InputError, match="expected a granularity"):
        TimeValue("x", 0, 1, None, "fortnight", "date")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sherman wird Rjabkow am Sonntagabend treffen.", "future"),
        ("Danach soll es am Donnerstag Gespräche geben.", "future"),
        ("Am Mittwoch ist eine Sitzung angesetzt.", "future"),
        ("Am Montag verhandeln die Delegationen in Wien.", "present"),
        ("Er traf den Minister in Berlin.", "past"),
        ("Sie hatte den Vertrag bereits unterschrieben.", "past"),
        ("Die Regierung hat die Steuern erhöht.", "past"),
        ("Erstes Treffen schon Sonntagabend", None),
        # weak verbs in the Präteritum, not adjectives with an article or ge-
        ("Dienstagnacht explodierte eine Bombe.", "past"),
        ("Er verhandelte am Montag in Rom.", "past"),
        ("Die organisierte Kriminalität wächst.", "present"),
        ("Das geänderte Gesetz tritt am Montag in Kraft.", "present"),
    ],
)
def test_sentence_tense(sentence, expected):
    assert sentence_tense(sentence) == expected


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
def test_holidays_quarters_and_calendar_weeks(
    text, anchor, expression, value, granularity
):
    tv = _one(text, anchor, expression)
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
    tv = _one(text, THU, expression)
    assert (tv.value, tv.granularity, tv.timex, tv.mod) == (None, "decade", timex, mod)


def test_plural_stretches_are_durations():
    tv = _one(
        "In den vergangenen Jahren sank der Umsatz.", THU, "In den vergangenen Jahren"
    )
    assert (tv.kind, tv.value, tv.timex) == ("duration", None, "PXY")
    tv = _one(
        "Es gab Stau (Zeitverlust: mehr als eine Viertelstunde).",
        THU,
        "mehr als eine Viertelstunde",
    )
    assert (tv.kind, tv.timex, tv.mod) == ("duration", "PT15M", "MORE_THAN")


def test_time_ranges_give_their_first_time_too():
    text = "Gesperrt am Montag, 21. März, 7.00 – 10.00 Uhr."
    got = [(t.expression, t.value) for t in find_times(text, date(2016, 3, 10))]
    assert got == [
        ("am Montag, 21. März, 7.00", datetime(2016, 3, 21, 7, 0)),
        ("10.00 Uhr", datetime(2016, 3, 21, 10, 0)),
    ]
    got = [t.expression for t in find_times("zwischen 16 und 17 uhr", THU)]
    assert got == ["zwischen 16", "17 uhr"]


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


def test_centuries_abbreviated_weekdays_and_more_range_words():
    tv = _one("Die Kunstform entstand im 15. Jahrhundert.", None, "im 15. Jahrhundert")
    assert (tv.granularity, tv.timex, tv.value) == ("century", "14", None)
    tv = _one("Di. 01.12.15 - 17:30 Uhr", None, "Di. 01.12.15 - 17:30 Uhr")
    assert tv.value == datetime(2015, 12, 1, 17, 30)
    got = [
        (t.expression, t.value)
        for t in find_times(
            "Die Friedenspflicht endet in der Nacht vom 28. zum 29. April.",
            date(2016, 4, 1),
        )
    ]
    assert got == [("vom 28.", date(2016, 4, 28)), ("zum 29. April", date(2016, 4, 29))]


def test_past_week_on_a_weekday_is_the_week_before():
    tv = _one("Vergangene Woche stiegen die Preise.", THU, "Vergangene Woche")
    assert (tv.value, tv.timex) == (date(2021, 2, 22), "2021-W08")


def test_weekday_restating_a_relative_day_is_one_expression():
    text = "Gestern, Montag, verfolgte die Polizei einen Wagen, koordiniert aus Wien."
    (tv,) = find_times(text, date(2016, 4, 26))
    assert (tv.expression, tv.value) == ("Gestern, Montag", date(2016, 4, 25))


def test_statement_verbs_elsewhere_do_not_date_the_content():
    # "erklärte" dates the statement; the rally "Anfang Mai" is still ahead
    text = (
        "Er liebäugelt mit einem Verbot für die Kundgebung Anfang Mai: "
        "Es geht um Sicherheit, erklärte er am Montag."
    )
    got = {t.expression: t.value for t in find_times(text, date(2016, 4, 26))}
    assert got == {"Anfang Mai": date(2016, 5, 1), "am Montag": date(2016, 4, 25)}


def test_day_dates_within_a_month_ignore_the_tense():
    text = "Die Partei hat ihre Kundgebung am 25. September abgesagt."
    assert _one(text, date(2015, 9, 12), "am 25. September").value == date(2015, 9, 25)


def test_months_in_the_present_look_ahead_unless_just_past():
    ahead = _one(
        "Die Wahl findet Anfang November statt.", date(2016, 5, 25), "Anfang November"
    )
    assert ahead.value == date(2016, 11, 1)
    report = _one(
        "Im April liegt die Quote bei fünf Prozent.", date(2016, 5, 25), "Im April"
    )
    assert report.value == date(2016, 4, 1)


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


def test_iso_timestamps_keep_their_time_and_swallow_the_zone():
    got = [
        (t.expression, t.value)
        for t in find_times("24.03.2016 | 14:21 Uhr 2016-03-24T14:21:36+01:00", None)
    ]
    assert got == [
        ("24.03.2016 | 14:21 Uhr", datetime(2016, 3, 24, 14, 21)),
        ("2016-03-24T14:21:36+01:00", datetime(2016, 3, 24, 14, 21)),
    ]


def test_prefixed_preterite_verbs_are_past():
    text = (
        "Ein Unbekannter hinterließ zwischen Mittwoch, 18 Uhr, und Donnerstag Kratzer."
    )
    got = {t.expression: t.value for t in find_times(text, date(2016, 2, 26))}
    assert got["Mittwoch, 18 Uhr"] == datetime(2016, 2, 24, 18, 0)
    assert sentence_tense("Unbekannte verschafften sich Zutritt.") == "past"


def test_until_and_from_look_ahead_without_a_tense_cue():
    tv = _one(
        "Ein Beschluss sei bis Dezember realistisch.", date(2016, 3, 22), "bis Dezember"
    )
    assert (tv.value, tv.mod) == (date(2016, 12, 1), "ON_OR_BEFORE")


def test_a_middle_dot_joins_weekday_and_date():
    tv = _one(
        "Montag · 21.12.2015 · 19:25 Uhr · Kreis",
        None,
        "Montag · 21.12.2015 · 19:25 Uhr",
    )
    assert tv.value == datetime(2015, 12, 21, 19, 25)


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
    tv = _one(text, THU, expression)
    assert _as_day(tv.value) == expected


def _as_day(value):
    return value.date() if isinstance(value, datetime) else value


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


@pytest.mark.parametrize("anchor", [date(1, 1, 1), date(9999, 12, 31)])
def test_values_beyond_the_calendar_stay_unresolved(anchor):
    text = "Gestern und morgen, vor drei Jahren und in zwei Jahren, nächste Woche."
    found = find_times(text, anchor)
    assert len(found) == 5
    assert all(text[t.start : t.end] == t.expression for t in found)


_FRAGMENTS = [
    "am Montag",
    "Sonntagabend",
    "13.01.2022",
    "um 17 Uhr",
    "seit Wochen",
    "heute",
    "morgen früh",
    "vom 12. bis 14. März",
    "in der kommenden Woche",
    "2015",
    "Anfang März",
    "Er traf sie",
    "wird treffen",
    ", ",
    ". ",
    "\n",
    "Genf",
    " ",
    "2000 Menschen",
    "Q3",
    "KW 11",
    "in der Nacht zum",
    "Samstag, 21.",
    "17:17",
    "vor zwei Jahren",
    "Gestern, Montag,",
    "(APA, 2.8.2015)",
    "im Mai 1291",
]


@given(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=25),
    st.sampled_from(
        [None, date(2022, 1, 9), datetime(2024, 2, 29, 12, 0), date(2023, 12, 31)]
    ),
)
@settings(max_examples=300, deadline=None)
def test_found_expressions_are_ordered_disjoint_and_exact(fragments, anchor):
    text = " ".join(fragments)
    found = find_times(text, anchor)
    ends = -1
    for tv in found:
        assert text[tv.start : tv.end] == tv.expression
        assert tv.start >= ends
        ends = tv.end
        if anchor is None and tv.value is not None:
            # only self-contained expressions resolve without an anchor
            assert any(ch.isdigit() for ch in tv.expression)


def test_weekday_after_vom_looks_back_whatever_the_tense():
    text = "Nach der Wahlschlappe vom Sonntag fordert die Partei einen Kurswechsel."
    assert _one(text, date(2016, 3, 14), "vom Sonntag").value == date(2016, 3, 13)
