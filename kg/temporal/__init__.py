"""German time expressions, found in text and normalised against the article date.

A rule layer in the spirit of HeidelTime's German resources: explicit dates
("am 13. Januar", "13.01.2022", "Anfang März", "2015", "Q3 2015", "KW 11"),
weekdays ("am Mittwoch", "an diesem Montag", "Sonntagabend", "am vergangenen
Dienstag"), relative days ("morgen", "am Vortag", "vor dem morgigen
Treffen"), weeks, months and years ("in der kommenden Woche", "Ende der
Woche", "im Vorjahr"), holidays ("an Ostern", "Silvesternacht"), durations
("seit zweieinhalb Jahren"), sets ("montags", "jedes Jahr") and clock times
("um 17 Uhr", "17:17 Uhr").

Every expression keeps the text as written and its character offsets; its
value is resolved against an *anchor* (the article's publication date). The
tense that decides a direction is read from the clause the expression stands
in (:func:`sentence_tense`; commas, colons, quotes and dashes bound it), else
from its sentence with verbs of saying left out ("…, erklärte er am Montag"
dates the statement, not what it says). Without an anchor only self-contained
expressions ("13.01.2022", "im Jahr 2015") get a value; the others are still
returned, value ``None``.

Values: a ``date`` for day, part-of-day, week (its Monday), month (its 1st),
quarter and year (1 January) granularity; a naive ``datetime`` for clock times.
Durations, sets, seasons, decades and centuries keep ``value=None``; their
TIMEX3-style ``timex`` ("P2.5Y", "XXXX-WXX-1", "2015-SU") still says what they
mean.

The package, in the order a text goes through it (each module says its rules)::

    kg.lang.de.time        the German words: months, weekdays, holidays, numbers …
    kg.lang.de.time_tense  the verb forms that tell a tense
    patterns.py            one regular expression per kind of expression
    days.py, relative.py,  the makers: a match -> a Candidate that knows how to
    periods.py,            compute its value (days and clock times; counted from
    durations.py           the anchor; months to centuries; amounts and sets)
    scan.py                trigger windows, running the patterns, overlaps, joins
    tense.py               sentences, clauses and their tense
    anchor.py, calendar.py the direction and the date an expression then means
    find.py                find_times and resolve
    value.py               TimeValue
"""

from __future__ import annotations

from kg.temporal.find import find_times, resolve
from kg.temporal.tense import sentence_tense, split_sentences
from kg.temporal.value import GRANULARITIES, KINDS, TENSES, TimeValue

__all__ = [
    "GRANULARITIES",
    "KINDS",
    "TENSES",
    "TimeValue",
    "find_times",
    "resolve",
    "sentence_tense",
    "split_sentences",
]
