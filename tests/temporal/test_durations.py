"""kg.temporal.durations: offsets from the anchor, durations and sets.

The sentences and anchor dates are written for these tests (different
weekdays, month and year boundaries, a leap year), not taken from the seed.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.conftest import one_time

THU = date(2021, 3, 4)  # a Thursday


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
    tv = one_time(text, THU, expression)
    assert (tv.kind, tv.value, tv.timex, tv.mod) == ("duration", None, timex, mod)


def test_plural_stretches_are_durations():
    tv = one_time(
        "In den vergangenen Jahren sank der Umsatz.", THU, "In den vergangenen Jahren"
    )
    assert (tv.kind, tv.value, tv.timex) == ("duration", None, "PXY")
    tv = one_time(
        "Es gab Stau (Zeitverlust: mehr als eine Viertelstunde).",
        THU,
        "mehr als eine Viertelstunde",
    )
    assert (tv.kind, tv.timex, tv.mod) == ("duration", "PT15M", "MORE_THAN")


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
    tv = one_time(text, anchor, expression)
    assert (tv.value, tv.granularity, tv.kind) == (
        value,
        granularity,
        "time" if granularity == "datetime" else "date",
    )


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
    tv = one_time(text, THU, expression)
    assert (tv.kind, tv.value, tv.timex) == ("set", None, timex)
