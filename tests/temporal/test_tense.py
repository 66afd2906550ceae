"""kg.temporal.tense: the tense of a sentence or clause, and which clause counts.

The sentences and anchor dates are written for these tests (different
weekdays, month and year boundaries, a leap year), not taken from the seed.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg.temporal import find_times, sentence_tense, split_sentences
from kg.temporal.tense import ClauseTenses, tense_of

THU = date(2021, 3, 4)  # a Thursday


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


def test_prefixed_preterite_verbs_are_past():
    text = (
        "Ein Unbekannter hinterließ zwischen Mittwoch, 18 Uhr, und Donnerstag Kratzer."
    )
    got = {t.expression: t.value for t in find_times(text, date(2016, 2, 26))}
    assert got["Mittwoch, 18 Uhr"] == datetime(2016, 2, 24, 18, 0)
    assert sentence_tense("Unbekannte verschafften sich Zutritt.") == "past"


def test_weekday_in_reported_speech_takes_the_clause_tense():
    text = "Am Dienstag sagte der Sprecher, man werde sich am Freitag treffen."
    got = {t.expression: t.value for t in find_times(text, THU)}
    assert got == {"Am Dienstag": date(2021, 3, 2), "am Freitag": date(2021, 3, 5)}


def test_statement_verbs_elsewhere_do_not_date_the_content():
    # "erklärte" dates the statement; the rally "Anfang Mai" is still ahead
    text = (
        "Er liebäugelt mit einem Verbot für die Kundgebung Anfang Mai: "
        "Es geht um Sicherheit, erklärte er am Montag."
    )
    got = {t.expression: t.value for t in find_times(text, date(2016, 4, 26))}
    assert got == {"Anfang Mai": date(2016, 5, 1), "am Montag": date(2016, 4, 25)}


def test_sentences_end_at_a_full_stop_before_a_capital_and_at_line_breaks():
    text = "Am 13. Januar kam er, z. B. mit dem Zug. Dann ging er.\nStand: 09.01.2022"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Am 13. Januar kam er, z. B. mit dem Zug. ",
        "Dann ging er.\n",
        "Stand: 09.01.2022",
    ]
    assert split_sentences("") == [(0, 0)]


def test_verbs_of_saying_count_only_inside_their_own_clause():
    assert tense_of("erklärte er") == "past"
    assert tense_of("erklärte er", ignore_speech=True) is None
    assert tense_of("Die Kundgebung, erklärte er", ignore_speech=True) is None


def test_the_clause_of_an_expression_decides_before_its_sentence():
    text = "Er sagte, man werde am Freitag verhandeln."
    i = text.index("am Freitag")
    assert ClauseTenses(text, None).at(i, i + len("am Freitag")) == "future"
    # a clause without a verb falls back to its sentence, verbs of saying left out
    text = "Das Treffen am Freitag, sagte er."
    i = text.index("am Freitag")
    assert ClauseTenses(text, None).at(i, i + len("am Freitag")) is None
    text = "Das Treffen am Freitag, sagte er, war kurz."
    assert ClauseTenses(text, None).at(i, i + len("am Freitag")) == "past"


@pytest.mark.parametrize(
    ("sentence", "tense", "day"),
    [
        # strong participles without ge- after an auxiliary: the Perfekt (issue 15)
        ("Scholz hat am Freitag den Präsidenten empfangen.", "past", 16),
        ("Die Minister haben am Freitag in Berlin beraten.", "past", 16),
        ("Sie hat am Freitag die Partei verlassen.", "past", 16),
        # the same words without an auxiliary: present plural, future after werden
        ("Die Minister beraten am Freitag in Berlin.", "present", 23),
        ("Scholz wird am Freitag den Präsidenten empfangen.", "future", 23),
    ],
)
def test_participles_without_ge_date_the_perfect(sentence, tense, day):
    assert sentence_tense(sentence) == tense
    (value,) = find_times(sentence, date(2023, 6, 20))
    assert value.value == date(2023, 6, day)
