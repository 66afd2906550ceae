"""German calendar words, for the time expressions of :mod:`kg.temporal`.

Data only, like the word lists of ``spacy/lang/de``: month and weekday names,
parts of the day, number words, units of time, seasons, holidays, and the words
that modify or point ("bis", "Anfang", "rund", "gestern", "Vorjahr",
"kommende"). Keys are lowercase, except the month names and the weekday
abbreviations, which are matched as written. Values are what the word means
in the TIMEX3 vocabulary that :class:`kg.temporal.TimeValue` uses ("EV" for
the evening, "BEFORE" for "vor"), or a number (a month, a weekday with
Monday = 0, an offset in days).

The regular expressions that find the expressions live in
:mod:`kg.temporal.patterns`; where they list words inline, the order of the
alternatives is part of the grammar.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CALENDAR_COMPOUNDS",
    "DECADE_WORDS",
    "FREQUENCY_ADVERBS",
    "HOLIDAYS_EASTER",
    "HOLIDAYS_FIXED",
    "LAST_STEMS",
    "MONTHS",
    "MONTHS_ABBR",
    "MONTHS_FULL",
    "NEXT_STEMS",
    "NUMBER_WORDS",
    "PARTS_OF_DAY",
    "POSITION_MODS",
    "PREPOSITION_MODS",
    "QUANTITY_MODS",
    "QUARTER_ORDINALS",
    "REFERENCE_DAY_BEFORE",
    "REFERENCE_DAY_SAME",
    "RELATIVE_DAYS",
    "RELATIVE_DAY_ADJECTIVES",
    "SEASONS",
    "THIS_STEMS",
    "UNITS",
    "VAGUE_NUMBER_STEMS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
]

# --- months and weekdays --------------------------------------------------------------

#: full month names -> month; with the Austrian "Jänner" and "Feber" and the
#: ASCII spelling "Maerz"
MONTHS_FULL: Final[dict[str, int]] = {
    "Januar": 1,
    "Jänner": 1,
    "Februar": 2,
    "Feber": 2,
    "März": 3,
    "Maerz": 3,
    "April": 4,
    "Mai": 5,
    "Juni": 6,
    "Juli": 7,
    "August": 8,
    "September": 9,
    "Oktober": 10,
    "November": 11,
    "Dezember": 12,
}
#: abbreviated month names (written with or without a full stop) -> month;
#: "Mai" has no abbreviation
MONTHS_ABBR: Final[dict[str, int]] = {
    "Jan": 1,
    "Jän": 1,
    "Feb": 2,
    "Mär": 3,
    "Mrz": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sept": 9,
    "Sep": 9,
    "Okt": 10,
    "Nov": 11,
    "Dez": 12,
}
#: every month name, full or abbreviated -> month
MONTHS: Final[dict[str, int]] = {**MONTHS_FULL, **MONTHS_ABBR}

#: weekdays, lowercase -> 0 (Monday) … 6 (Sunday); "Sonnabend" is the northern
#: German Saturday
WEEKDAYS: Final[dict[str, int]] = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
#: two-letter weekday abbreviations, Monday first ("Di. 01.12.15")
WEEKDAY_ABBREVIATIONS: Final[tuple[str, ...]] = (
    "Mo",
    "Di",
    "Mi",
    "Do",
    "Fr",
    "Sa",
    "So",
)

# --- parts of the day, numbers, units, seasons ----------------------------------------

#: part of day -> TIMEX3 code
PARTS_OF_DAY: Final[dict[str, str]] = {
    "morgen": "MO",
    "früh": "MO",
    "vormittag": "MO",
    "mittag": "MI",
    "nachmittag": "AF",
    "abend": "EV",
    "nacht": "NI",
    "vorabend": "EV",
}
#: number words -> value; the forms of "ein" count one
NUMBER_WORDS: Final[dict[str, float]] = {
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "einen": 1,
    "einer": 1,
    "eines": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "tausend": 1000,
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "zweieinhalb": 2.5,
    "dreieinhalb": 3.5,
    "viereinhalb": 4.5,
    "fünfeinhalb": 5.5,
    "sechseinhalb": 6.5,
}
#: beginnings of words that count vaguely ("wenigen", "einigen", "ein paar")
VAGUE_NUMBER_STEMS: Final[tuple[str, ...]] = (
    "wenig",
    "einig",
    "mehrer",
    "viel",
    "ein paar",
    "etlich",
)
#: unit words (the beginning of every form, lowercase) -> unit; a longer word
#: comes before a word it begins with ("jahrhundert" before "jahr"), so the first
#: key a form starts with is its unit
UNITS: Final[dict[str, str]] = {
    "jahrhundert": "century",
    "jahrzehnt": "decade",
    "jahr": "year",
    "quartal": "quarter",
    "monat": "month",
    "woche": "week",
    "tag": "day",
    "stunde": "hour",
    "std": "hour",
    "dreiviertelstunde": "minute",
    "viertelstunde": "minute",
    "minute": "minute",
    "min": "minute",
    "sekunde": "second",
}
#: season -> (TIMEX3 code, the month it begins in)
SEASONS: Final[dict[str, tuple[str, int]]] = {
    "frühjahr": ("SP", 3),
    "frühling": ("SP", 3),
    "sommer": ("SU", 6),
    "herbst": ("FA", 9),
    "winter": ("WI", 12),
}

# --- words that modify an expression --------------------------------------------------

#: prepositions -> TIMEX3 modifier ("vor dem Treffen", "seit Montag", "bis zum 3. Mai")
PREPOSITION_MODS: Final[dict[str, str]] = {
    "vor": "BEFORE",
    "vor dem": "BEFORE",
    "nach": "AFTER",
    "nach dem": "AFTER",
    "bis": "ON_OR_BEFORE",
    "bis zum": "ON_OR_BEFORE",
    "bis zur": "ON_OR_BEFORE",
    "bis einschließlich": "ON_OR_BEFORE",
    "seit": "ON_OR_AFTER",
    "seit dem": "ON_OR_AFTER",
    "ab": "ON_OR_AFTER",
    "ab dem": "ON_OR_AFTER",
}
#: a position within a period -> TIMEX3 modifier ("Anfang März", "Ende der Woche")
POSITION_MODS: Final[dict[str, str]] = {
    "anfang": "START",
    "beginn": "START",
    "mitte": "MID",
    "ende": "END",
}
#: words that qualify an amount -> TIMEX3 modifier ("seit mehr als zwei Jahren")
QUANTITY_MODS: Final[dict[str, str]] = {
    "mehr als": "MORE_THAN",
    "über": "MORE_THAN",
    "gut": "MORE_THAN",
    "mindestens": "EQUAL_OR_MORE",
    "weniger als": "LESS_THAN",
    "fast": "LESS_THAN",
    "knapp": "LESS_THAN",
    "höchstens": "EQUAL_OR_LESS",
    "rund": "APPROX",
    "etwa": "APPROX",
    "ca.": "APPROX",
    "circa": "APPROX",
    "ungefähr": "APPROX",
}

# --- words that point from the anchor or from the last day mentioned ------------------

#: beginnings of the words that point one period ahead ("kommende Woche",
#: "am nächsten Montag", "im folgenden Jahr")
NEXT_STEMS: Final[tuple[str, ...]] = ("kommend", "nächst", "folgend", "darauffolgend")
#: … one period back ("vergangene Woche", "am letzten Dienstag", "im vorigen Jahr")
LAST_STEMS: Final[tuple[str, ...]] = ("vergangen", "letzt", "vorig")
#: … the current period ("diese Woche", "im laufenden Jahr", "am selben Tag")
THIS_STEMS: Final[tuple[str, ...]] = ("dies", "laufend", "selb", "heutig")

#: relative days -> offset in days from the anchor
RELATIVE_DAYS: Final[dict[str, int]] = {
    "heute": 0,
    "gestern": -1,
    "vorgestern": -2,
    "morgen": 1,
    "übermorgen": 2,
}
#: the adjectives of the relative days, without ending ("vor dem morgigen
#: Treffen") -> offset in days from the anchor
RELATIVE_DAY_ADJECTIVES: Final[dict[str, int]] = {
    "heutig": 0,
    "gestrig": -1,
    "vorgestrig": -2,
    "morgig": 1,
    "übermorgig": 2,
}
#: beginnings of the words for the day before the last day mentioned ("am
#: Vortag", "tags zuvor"; the "Vorabend" is that day's evening); the day after is
#: every other such word ("am Folgetag", "tags darauf")
REFERENCE_DAY_BEFORE: Final[tuple[str, ...]] = (
    "vortag",
    "tag zuvor",
    "tag davor",
    "tages zuvor",
    "tags zuvor",
    "tags davor",
    "tages davor",
    "vorabend",
)
#: beginnings of the words for the last day mentioned itself ("am selben Tag")
REFERENCE_DAY_SAME: Final[tuple[str, ...]] = ("selben", "gleichen")

#: compounds of a period -> (unit, offset in periods from the anchor, TIMEX3
#: modifier): "im Vorjahr", "zum Jahresende"
CALENDAR_COMPOUNDS: Final[dict[str, tuple[str, int, str | None]]] = {
    "vorwoche": ("week", -1, None),
    "vormonat": ("month", -1, None),
    "vorjahr": ("year", -1, None),
    "folgewoche": ("week", 1, None),
    "folgemonat": ("month", 1, None),
    "folgejahr": ("year", 1, None),
    "jahresende": ("year", 0, "END"),
    "jahresbeginn": ("year", 0, "START"),
    "jahresanfang": ("year", 0, "START"),
    "jahresmitte": ("year", 0, "MID"),
    "monatsende": ("month", 0, "END"),
    "monatsbeginn": ("month", 0, "START"),
    "monatsanfang": ("month", 0, "START"),
    "monatsmitte": ("month", 0, "MID"),
    "wochenbeginn": ("week", 0, "START"),
    "wochenanfang": ("week", 0, "START"),
    "wochenmitte": ("week", 0, "MID"),
}

# --- holidays, quarters, decades, sets ------------------------------------------------

#: holidays on a fixed day -> (month, day)
HOLIDAYS_FIXED: Final[dict[str, tuple[int, int]]] = {
    "silvester": (12, 31),
    "neujahr": (1, 1),
    "heiligabend": (12, 24),
    "heiligen abend": (12, 24),
    "weihnachten": (12, 25),
    "allerheiligen": (11, 1),
    "dreikönigstag": (1, 6),
    "valentinstag": (2, 14),
    "reformationstag": (10, 31),
    "maifeiertag": (5, 1),
    "tag der arbeit": (5, 1),
    "tag der deutschen einheit": (10, 3),
}
#: movable holidays -> days after Easter Sunday
HOLIDAYS_EASTER: Final[dict[str, int]] = {
    "ostern": 0,
    "ostersonntag": 0,
    "ostermontag": 1,
    "karfreitag": -2,
    "gründonnerstag": -3,
    "palmsonntag": -7,
    "aschermittwoch": -46,
    "rosenmontag": -48,
    "faschingsdienstag": -47,
    "fastnachtsdienstag": -47,
    "weiberfastnacht": -52,
    "pfingsten": 49,
    "pfingstsonntag": 49,
    "pfingstmontag": 50,
    "christi himmelfahrt": 39,
    "fronleichnam": 60,
}
#: ordinal words of a quarter ("im dritten Quartal") -> quarter
QUARTER_ORDINALS: Final[dict[str, int]] = {
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
}
#: decade words ("die Siebziger", "der Neunzigerjahre") -> the decade's digit;
#: they always mean the 20th century
DECADE_WORDS: Final[dict[str, int]] = {
    "zwanziger": 2,
    "dreißiger": 3,
    "vierziger": 4,
    "fünfziger": 5,
    "sechziger": 6,
    "siebziger": 7,
    "achtziger": 8,
    "neunziger": 9,
}
#: adverbs of frequency -> (TIMEX3 value of the set, granularity)
FREQUENCY_ADVERBS: Final[dict[str, tuple[str, str]]] = {
    "täglich": ("P1D", "day"),
    "wöchentlich": ("P1W", "week"),
    "monatlich": ("P1M", "month"),
    "jährlich": ("P1Y", "year"),
    "alljährlich": ("P1Y", "year"),
    "stündlich": ("PT1H", "datetime"),
    "werktags": ("XXXX-WXX-WD", "day"),
    "wochentags": ("XXXX-WXX-WD", "day"),
}
