"""kg.temporal.find: find_times and resolve as an API (anchors, offsets, errors),
what is not a time expression, and properties of every result.

The sentences and anchor dates are written for these tests (different
weekdays, month and year boundaries, a leap year), not taken from the seed.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.temporal import TimeValue, find_times, resolve
from tests.conftest import one_time

THU = date(2021, 3, 4)  # a Thursday


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
    tv = one_time("Morgen wird gewählt.", datetime(2022, 1, 9, 23, 59), "Morgen")
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
