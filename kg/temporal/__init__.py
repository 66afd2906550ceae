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
dates the statement, not what it says).

* Weekdays: future or scheduled ("wird … treffen", "soll … geben", "ist …
  angesetzt") and present ("An diesem Montag verhandeln …": news in the
  present announces the coming days) -> on or after the anchor, the same day
  included; past ("traf", "hat … gesagt") -> on or before it; no verb (a
  headline, a listing) -> ahead, except the weekday of yesterday.
  "kommenden"/"nächsten", "vergangenen"/"letzten", "heutigen"/"gestrigen"
  override the tense; "seit" looks back, "für" ahead, "bis"/"ab" ahead when
  there is no tense cue.
* A day and month without a year: the date itself when it lies within 30
  days of the anchor ("hat die Kundgebung am 25. September abgesagt"),
  otherwise the tense picks the year as for weekdays; no cue -> the nearest.
* A month without a year: future and present -> ahead (present: except the
  two months just past, "Im April liegt die Quote bei …"); past -> back; no
  cue -> the nearest.
* "kommende"/"vergangene Woche" count ISO weeks from the anchor; on a
  Saturday or Sunday "vergangene Woche" is the week now ending.
* "am Vortag", "am Tag danach", "am Abend" and a bare clock time refer to the
  last day mentioned before them in the same text (the anchor when there is
  none).
* Without an anchor only self-contained expressions ("13.01.2022",
  "im Jahr 2015") get a value; the others are still returned, value ``None``.

Values: a ``date`` for day, part-of-day, week (its Monday), month (its 1st),
quarter and year (1 January) granularity; a naive ``datetime`` for clock times.
Durations, sets, seasons, decades and centuries keep ``value=None``; their
TIMEX3-style ``timex`` ("P2.5Y", "XXXX-WXX-1", "2015-SU") still says what they
mean.

Speed: literal triggers (digits, weekday and month names, "heute" …) pick
short windows of the text, and only there do the precompiled patterns run;
an article of 5,000 characters takes about 2-3 ms (``bench/eval_temporal.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kg.errors import InputError

__all__ = [
    "GRANULARITIES",
    "KINDS",
    "TimeValue",
    "find_times",
    "resolve",
    "sentence_tense",
]

GRANULARITIES = frozenset(
    {
        "day",
        "datetime",
        "week",
        "month",
        "year",
        "part-of-day",
        "quarter",
        "season",
        "decade",
        "century",
    }
)
KINDS = frozenset({"date", "time", "duration", "set"})
TENSES = frozenset({"past", "present", "future"})


@dataclass(frozen=True, slots=True)
class TimeValue:
    """One time expression of a text.

    Attributes
    ----------
    expression
        The text as written ("am Mittwoch", "Sonntagabend", "am 13. Januar").
    start, end
        Character offsets into the text given to :func:`find_times`.
    value
        The resolved value, ``None`` when unresolved (no anchor, a vague
        expression, a duration or a set).
    granularity
        ``day``, ``datetime``, ``week`` (value: its Monday), ``month`` (its
        1st), ``quarter`` (its first day), ``year`` (1 January),
        ``part-of-day`` (a ``date``; ``timex`` says which part, "…TEV"), or
        ``season``, ``decade``, ``century`` (value ``None``, ``timex`` only).
        Durations and sets use the granularity of their unit.
    kind
        ``date``, ``time``, ``duration`` or ``set``.
    timex
        TIMEX3-style value ("2022-01-09TEV", "2022-W02", "P2.5Y"), or ``None``.
    mod
        TIMEX3 modifier from the wording: ``START``/``MID``/``END`` (Anfang,
        Mitte, Ende), ``BEFORE`` (vor dem), ``AFTER`` (nach dem),
        ``ON_OR_BEFORE`` (bis), ``ON_OR_AFTER`` (seit, ab), ``MORE_THAN``,
        ``LESS_THAN``, ``APPROX``; ``None`` otherwise.
    """

    expression: str
    start: int
    end: int
    value: date | datetime | None
    granularity: str
    kind: str
    timex: str | None = None
    mod: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise InputError(
                f"TimeValue: expected 0 <= start <= end, got {self.start}, {self.end}"
            )
        if self.granularity not in GRANULARITIES:
            raise InputError(
                f"TimeValue: expected a granularity in {sorted(GRANULARITIES)}, "
                f"got {self.granularity!r}"
            )
        if self.kind not in KINDS:
            raise InputError(
                f"TimeValue: expected a kind in {sorted(KINDS)}, got {self.kind!r}"
            )


# --- word tables ----------------------------------------------------------------------

_MONTHS_FULL = {
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
_MONTHS_ABBR = {
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
_MONTHS = {**_MONTHS_FULL, **_MONTHS_ABBR}
_WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
_WD_TIMEX = ("1", "2", "3", "4", "5", "6", "7")
# part of day -> TIMEX3 code
_POD = {
    "morgen": "MO",
    "früh": "MO",
    "vormittag": "MO",
    "mittag": "MI",
    "nachmittag": "AF",
    "abend": "EV",
    "nacht": "NI",
    "vorabend": "EV",
}
_NUM_WORDS = {
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
_VAGUE_NUM = ("wenig", "einig", "mehrer", "viel", "ein paar", "etlich")
# unit word -> (unit code, TIMEX3 duration letter, granularity)
_UNITS = {
    "jahrhundert": ("century", "CE", "year"),
    "jahrzehnt": ("decade", "DE", "year"),
    "jahr": ("year", "Y", "year"),
    "quartal": ("quarter", "Q", "month"),
    "monat": ("month", "M", "month"),
    "woche": ("week", "W", "week"),
    "tag": ("day", "D", "day"),
    "stunde": ("hour", "H", "datetime"),
    "std": ("hour", "H", "datetime"),
    "dreiviertelstunde": ("minute", "M", "datetime"),
    "viertelstunde": ("minute", "M", "datetime"),
    "minute": ("minute", "M", "datetime"),
    "min": ("minute", "M", "datetime"),
    "sekunde": ("second", "S", "datetime"),
}
_SEASONS = {
    "frühjahr": ("SP", 3),
    "frühling": ("SP", 3),
    "sommer": ("SU", 6),
    "herbst": ("FA", 9),
    "winter": ("WI", 12),
}
_PREP_MOD = {
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
_POS_MOD = {"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END"}
_QUANT_MOD = {
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

# --- regex building blocks ------------------------------------------------------------


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_L = "a-zäöüß"  # lowercase letters
_END = rf"(?![{_L}A-ZÄÖÜ0-9])"  # end of a word, also before "." or "-"
_WD_RE = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
_MONTH_FULL_RE = _alt(list(_MONTHS_FULL))
_MONTH_ANY_RE = _alt(list(_MONTHS))
_DAY_RE = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
# after a month or a holiday an older year is plain too ("im Mai 1291"), unless a
# noun follows ("im Mai 1000 Menschen")
_YEAR_TAIL_RE = rf"(?:{_YEAR_RE}|1[0-4]\d\d(?![ \t]*[A-ZÄÖÜ€$%]))"
_NUM_RE = (
    r"(?:\d+(?:,\d+)?|ein(?:em|en|er|es|e)?\s+halbe[nms]?|"
    + _alt(list(_NUM_WORDS))
    + r"|ein\s+paar|wenigen?|einigen?|mehreren|vielen|etlichen)"
)
_POD_COMPOUND = "morgen|vormittag|nachmittag|mittag|abend|nacht"
_POD_WORD = (
    "früh|Früh|morgen|Morgen|vormittag|Vormittag|nachmittag|Nachmittag|mittag|"
    "Mittag|abend|Abend|nacht|Nacht"
)
_PREP_DAY = (
    r"(?i:am|an|vom|zum|bis\s+zum|bis\s+einschließlich|bis|seit\s+dem|seit|"
    r"ab\s+dem|ab|für\s+den|für|vor\s+dem|nach\s+dem|zwischen\s+dem|von|"
    r"spätestens\s+am|frühestens\s+am|noch\s+am|bereits\s+am|erst\s+am|schon\s+am)"
)
_DET_WD = (
    r"(?i:diesem|diesen|dem|den|kommenden|nächsten|vergangenen|letzten|vorigen|"
    r"heutigen|gestrigen|morgigen|selben|gleichen|darauffolgenden|folgenden)"
)
_REL = (
    r"(?i:kommende[nmrs]?|nächste[nmrs]?|übernächste[nmrs]?|vergangene[nmrs]?|"
    r"letzte[nmrs]?|vorletzte[nmrs]?|vorige[nmrs]?|diese[nmrs]?|laufende[nmrs]?|"
    r"folgende[nmrs]?|darauffolgende[nmrs]?)"
)


def _c(pattern: str) -> re.Pattern[str]:
    # every expression starts at a word boundary; saying so up front lets the
    # scan skip the inside of words quickly
    return re.compile(rf"\b(?:{pattern})", re.VERBOSE)


# 13.01.2022, 13.1.22, 13.01. (with prepositions: "am 13.01.2022")
_P_NUMDATE = _c(
    rf"""(?:\b(?P<prep>{_PREP_DAY})\s+)?
    (?<![\d.,/])(?P<d>{_DAY_RE})\.[ \t]?(?P<m>0?[1-9]|1[0-2])\.
    (?:(?P<y>\s?{_YEAR_RE}|\d\d)(?![\d]))?(?![\d])"""
)
# 2016-03-24, 2016-03-24T14:21:36+01:00 (a time zone is not a clock time)
_P_ISO = _c(
    r"""(?<![\d.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)
    (?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?
       (?:Z|[+-]\d\d:?\d\d)?)?(?![\d])"""
)
# 2022-01: a month in ISO notation
_P_ISO_MONTH = _c(r"(?<![\d.-])(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d-])")
# 13. Januar [2022], 1. Jan. 2016
_P_DAYMONTH = _c(
    rf"""(?:\b(?P<prep>{_PREP_DAY})\s+)?
    (?<![\d.,])(?P<d>{_DAY_RE})\.\s*
    (?:(?P<mon>{_MONTH_FULL_RE}){_END}|(?P<mabbr>{_alt(list(_MONTHS_ABBR))}){_END}\.?)
    (?:[ \t]*(?P<y>{_YEAR_TAIL_RE})(?!\d))?"""
)
# the first day of "12. bis 14. Januar", "12./13. März": takes the month of the second
_P_DAYRANGE = _c(
    rf"""(?:\b(?P<prep>(?i:vom|von|zwischen\s+dem|am))\s+)?
    (?<![\d.,])(?P<d>{_DAY_RE})\.\s*
    (?:bis(?:\s+(?:zum|einschließlich))?|und|zum|auf|-|–|/)\s*
    (?=(?:{_DAY_RE})\.\s*(?:{_MONTH_ANY_RE}){_END}|(?:{_DAY_RE})\.(?:0?[1-9]|1[0-2])\.)"""
)
# weekdays: "am Mittwoch", "an diesem Montag", "am frühen Montagmorgen",
# "Sonntagabend", "Dienstag früh"; "Samstag, 21." (a bare day of the month)
_P_WEEKDAY = _c(
    rf"""(?:\b(?P<prep>{_PREP_DAY})\s+)?
    (?:(?P<det>{_DET_WD})\s+)?
    (?:(?P<early>(?i:frühe[nm]?|späte[nm]?))\s+)?
    \b(?P<wd>{_WD_RE})(?P<pod>{_POD_COMPOUND})?(?![{_L}A-ZÄÖÜ-])
    (?:[ \t]+(?P<pod2>{_POD_WORD})(?![{_L}]))?
    (?:,?[ \t]*(?:(?i:den|dem)\s+)?
       (?P<dom>{_DAY_RE})\.(?!\s*(?:\d|{_MONTH_ANY_RE})))?"""
)
# "Di. 01.12.15", "Mo, 13.01.2022": abbreviated weekdays only before a date
_P_WD_ABBR = _c(r"""\b(?P<wd>Mo|Di|Mi|Do|Fr|Sa|So)\.?,?(?=[ \t]+\d{1,2}\.\d{1,2}\.)""")
# am Abend, am frühen Nachmittag, in der Nacht: a part of the day last mentioned
_P_POD = _c(
    rf"""\b(?P<prep>(?i:am|gegen|bis\s+zum|seit\s+dem|vom|in\s+der|bis\s+in\s+die))\s+
    (?:(?P<early>frühen|späten)\s+)?
    (?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?![{_L}])"""
)
# im 15. Jahrhundert, des 21. Jahrhunderts
_P_CENTURY = _c(
    r"""(?:\b(?P<prep>(?i:im|ins|seit\s+dem|bis\s+ins|des|dem|das))\s+)?
    (?<![\d.])\b(?P<n>[1-9]|1\d|2[01])\.[ \t]*Jahrhunderts?\b"""
)
# "in der Nacht zum Montag", "in der Nacht von Sonntag auf Montag"
_P_NIGHT = _c(
    rf"""(?:\b(?i:in\s+der)\s+)?\b(?:Nacht|(?i:nachts))\s+
    (?:(?i:zum|zu|auf)|(?i:von)\s+(?:{_WD_RE})\s+(?i:auf|zum|zu))\s+
    (?:(?i:den|dem)\s+)?(?P<wd>{_WD_RE})\b"""
)
# heute, morgen, gestern, übermorgen, vorgestern (+ part of day)
_P_RELDAY = _c(
    rf"""(?:\b(?P<prep>(?i:bis|ab|seit|für))\s+)?
    \b(?P<rel>(?i:heute|gestern|vorgestern|übermorgen)|morgen|Morgen)(?![{_L}])
    (?:[ \t]+(?P<pod>{_POD_WORD})(?![{_L}]))?"""
)
# heutigen, gestrigen, morgigen (Treffen) ...
_P_RELADJ = _c(
    rf"""\b(?P<adj>(?i:heutig|gestrig|vorgestrig|morgig|übermorgig))
    (?:e[nmrs]?)(?![{_L}])"""
)
# relative to the last mentioned day: am Vortag, am Tag zuvor, tags darauf ...
_P_REFDAY = _c(
    rf"""(?:\b(?P<prep>(?i:am|vom|bis\s+zum|seit\s+dem|des))\s+)?
    \b(?P<what>Vortag(?:es|s)?|Vorabend(?:s)?|Folgetag(?:es|s)?
      |(?:nächsten|folgenden|darauffolgenden|selben|gleichen)\s+Tag(?:es|s)?
      |Tag(?:es)?\s+(?:zuvor|davor|danach|darauf)|(?i:tags)\s+(?:zuvor|darauf|davor))
    (?![{_L}])"""
)
# kommende Woche, in der kommenden Woche, Ende der Woche, im vergangenen Jahr
_P_RELUNIT = _c(
    rf"""(?:\b(?P<prep>(?i:in|im|am|zum|bis\s+zum|bis|seit|ab|für|vom|von|nach|vor|übers|über\s+das|während\s+der|während\s+des))\s+)?
    (?:\b(?P<mod>(?i:Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<art>(?i:der|des|dem|die|das|den))\s+)?
    (?:\b(?P<rel>{_REL})\s+)?
    \b(?P<unit>Wochenende[ns]?|Woche|Monat(?:e?s)?|Jahr(?:e?s)?)(?![{_L}])"""
)
# Vorjahr, Vorwoche, Jahresende, Monatsanfang ...
_P_COMPOUND = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|am|zum|bis\s+zum|bis|seit|ab|vom|von|zur|zu|vor|nach))\s+)?
    (?:\b(?P<art>(?i:de[mnrs]|die|das))\s+)?
    \b(?P<comp>Vorwoche|Vormonat|Vorjahr|Folgewoche|Folgemonat|Folgejahr
      |Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Monatsende|Monatsbeginn
      |Monatsanfang|Monatsmitte|Wochenbeginn|Wochenanfang|Wochenmitte)(?:e?s)?(?![{_L}])"""
)
# im Januar, Anfang März, Ende März 2015, im vergangenen Dezember, Jan. 2016
_P_MONTH = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|seit|bis|ab|vom|von|für|vor|nach|zum|bis\s+zum|bis\s+in\s+den|Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<mod>(?i:Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<det>(?i:kommenden|nächsten|vergangenen|letzten|vorigen|diesen|diesem|dieses))\s+)?
    \b(?:(?P<mon>{_MONTH_FULL_RE})(?![{_L}A-ZÄÖÜ-])|(?P<abbr>{_alt(list(_MONTHS_ABBR))})\.(?=\s*{_YEAR_RE}))
    (?:[ \t]+(?P<y>{_YEAR_TAIL_RE})(?!\d))?"""
)
# 2015, im Jahr 2015, seit 2015, Ende 2015, Sommer 2015
_P_YEAR = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|seit|bis|ab|vom|von|für|vor|nach|zum|um|bis\s+zum|bis\s+in\s+das|Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<mod>(?i:Anfang|Mitte|Ende|Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter))\s+)?
    (?:\b(?P<jahr>(?i:(?:im|das|des|dem)\s+)?Jahre?s?)\s+)?
    (?<![\d.,:/])(?<![{_L}A-ZÄÖÜ]-)\b(?P<y>{_YEAR_RE})(?:/(?P<y2>\d\d)(?!\d))?
    (?![\d{_L}]|[.,:]\d|/\d)"""
)
# im Herbst, im vergangenen Sommer
_P_SEASON = _c(
    rf"""(?:\b(?P<prep>(?i:im|seit\s+dem|bis\s+zum|bis\s+in\s+den|ab|vom|zum))\s+)?
    (?:\b(?P<det>(?i:kommenden|nächsten|vergangenen|letzten|vorigen|diesem|laufenden))\s+)?
    \b(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)s?(?![{_L}A-ZÄÖÜ-])"""
)
# um 17 Uhr, 17:17 Uhr, gegen 18.30 Uhr, 15:11
_P_TIME = _c(
    rf"""(?:\b(?P<prep>(?i:um|gegen|ab|bis|seit|von|vor|nach|ca\.|circa|etwa|kurz\s+vor|kurz\s+nach))\s+)?
    (?<![\d.:,])\b(?P<h>[01]?\d|2[0-4])
    (?:(?:[:.](?P<mi>[0-5]\d))?\s*(?i:Uhr)(?![{_L}])
      |:(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:]))"""
)
# Silvesternacht, an Ostern, Pfingstmontag 2016, am Tag der Deutschen Einheit
_P_HOLIDAY = _c(
    rf"""(?:\b(?P<prep>(?i:in\s+der|zu|über|an)|{_PREP_DAY})\s+)?
    \b(?P<hol>Silvester|Neujahr|Heiligabend|Heiligen\s+Abend|Weihnachten|Allerheiligen
      |Dreikönigstag|Valentinstag|Reformationstag|Maifeiertag|Tag\s+der\s+Arbeit
      |Tag\s+der\s+Deutschen\s+Einheit|Ostern|Ostersonntag|Ostermontag|Karfreitag
      |Gründonnerstag|Palmsonntag|Aschermittwoch|Rosenmontag|Faschingsdienstag
      |Fastnachtsdienstag|Weiberfastnacht|Pfingsten|Pfingstsonntag|Pfingstmontag
      |Christi\s+Himmelfahrt|Fronleichnam)
    (?:s?(?P<pod>nacht|abend|morgen|tag))?(?:e?s)?(?![{_L}])
    (?:[ \t]+(?P<y>{_YEAR_TAIL_RE})(?!\d))?"""
)
# im ersten Quartal, im Schlussquartal, Q3 2015, im vergangenen Quartal
_P_QUARTER = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|seit|bis|ab|für|vom|zum|bis\s+zum))\s+)?
    (?:(?P<ord>\b(?i:ersten|zweiten|dritten|vierten|letzten|vergangenen|abgelaufenen|
        laufenden|kommenden|nächsten|vorigen)|(?<![\d.])[1-4]\.)\s*)?
    \b(?:(?P<q>Quartal|Schlussquartal|Vorquartal|Jahresviertel)(?:e?s)?(?![{_L}])
      |(?P<qn>Q[1-4])\b)
    (?:[ \t/]+(?P<y>{_YEAR_RE})(?!\d))?"""
)
# KW 11, in der 11. Kalenderwoche, Kalenderwoche 11/2016
_P_KW = _c(
    rf"""(?:\b(?P<prep>(?i:in\s+der|ab\s+der|seit\s+der|bis\s+zur|der|die))\s+)?
    (?:\b(?:KW|Kw|Kalenderwoche)[ \t]*(?P<w>[1-4]?\d|5[0-3])(?!\d)
      |(?<![\d.])\b(?P<w2>[1-4]?\d|5[0-3])\.[ \t]*(?:Kalenderwoche|KW)\b)
    (?:[ \t/]+(?P<y>{_YEAR_RE})(?!\d))?"""
)
# Ende der Siebziger, in den 70er Jahren, die 1990er, der Neunzigerjahre
_P_DECADE = _c(
    rf"""(?:\b(?P<mod>(?i:Anfang|Mitte|Ende))\s+(?i:der)\s+|\b(?P<art>(?i:in\s+den|den|die|der))\s+)?
    \b(?:(?P<c>1[5-9]|20)?(?P<d>\d)0er(?:[ \t-]*Jahren?|-Jahre)?
      |(?P<w>(?i:zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|
        neunziger))(?P<wj>[ \t-]*Jahren?|jahren?)?)(?![{_L}])"""
)
# in den vergangenen Jahren, in den nächsten zwei Wochen: a stretch of time
_P_RELSPAN = _c(
    rf"""(?:\b(?P<prep>(?i:in|während|seit|innerhalb|binnen|über|für))\s+)?
    (?:\b(?i:den|der|die)\s+)?
    \b(?P<rel>(?i:letzten|vergangenen|kommenden|nächsten|zurückliegenden|folgenden))\s+
    (?:(?P<n>(?i:{_NUM_RE}))\s+)?
    (?P<unit>Jahrzehnten|Jahrzehnte|Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage
      |Stunden)(?![{_L}])"""
)
# the first time of "10.55 – 19.00 Uhr", "zwischen 16 und 17 Uhr"
_P_TIMERANGE = _c(
    r"""(?:\b(?P<prep>(?i:von|zwischen|ab|jeweils))\s+)?
    (?<![\d.:,])\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?
    (?=[ \t]*(?:–|-|—|bis|und)[ \t]*(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?[ \t]*(?i:uhr))"""
)
# vor zwei Wochen, in drei Tagen, seit zweieinhalb Jahren, zwei Jahre lang, 75 Minuten
_P_OFFSET = _c(
    rf"""(?:\b(?P<prep>(?i:in|vor|seit|nach|binnen|innerhalb\s+von|innerhalb|für|über|während|bis\s+zu))\s+)?
    (?:\b(?P<q>(?i:mehr\s+als|weniger\s+als|über|fast|knapp|rund|etwa|gut|mindestens|höchstens|ca\.|circa|ungefähr))\s+)?
    (?:\b(?P<n>(?i:{_NUM_RE}))\s+)?
    \b(?P<unit>Jahrhunderte?n?|Jahrzehnte?n?|Jahre?n?|Quartale?n?|Monate?n?|Wochen?|Tage?n?
      |Stunden?|Std\.|Minuten?|[Mm]in\b\.?|Sekunden?|(?:Drei)?[Vv]iertelstunden?)(?![{_L}])
    (?P<lang>[ \t]+lang(?![{_L}]))?"""
)
_P_LANG = _c(
    rf"\b(?P<unit>(?i:jahrzehnte|jahre|monate|wochen|tage|stunden))lang(?:e[nmrs]?)?(?![{_L}])"
)
# montags, sonntagabends, jeden Montag, jedes Jahr, alle zwei Jahre, täglich
_P_SET = _c(
    rf"""\b(?:(?P<wds>(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag))
        (?P<pods>{_POD_COMPOUND})?s(?![{_L}])
      |(?P<every>(?i:jeden|jede|jedes|alle))\s+(?:(?P<n>{_NUM_RE})\s+)?
        (?P<unit>{_WD_RE}|Tage?|Wochen?|Monate?|Jahre?|Morgen|Abend|Nacht|Wochenende)(?![{_L}])
      |(?P<adv>(?i:täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich|werktags|wochentags)(?![{_L}])))"""
)

# bare years: not when a number word precedes or a noun/unit follows ("2000 Menschen")
_NUMBERISH_BEFORE = re.compile(
    r"(?i:rund|etwa|über|mehr\s+als|fast|knapp|bis\s+zu|insgesamt|mindestens|"
    r"höchstens|ca\.|circa|nur|gut|weitere[n]?|nr\.|platz|tel\.?|seite|zimmer|"
    r"artikel|paragraf|§|nummer|linie|gleis|route|bus|zug|flug|modell|version|"
    r"[a-zäöüß]*straße|[a-zäöüß]*str\.)\s+$"
    r"|\b(?:IC|ICE|EC|RE|RB|IR|S|U|A|B|L|K|St|BAB|Nr|No)\.?\s+$"
)
_NOUN_AFTER = re.compile(r"[ \t]*(?:[A-ZÄÖÜ€$%]|(?:km|m|kg|t|ha|mal|fach|cm|mm|l)\b)")
# what follows a count rather than a year
_COUNT_AFTER = re.compile(
    r"[ \t]*(?:[€$%£]|(?:km|m|kg|t|ha|mal|fach|cm|mm|l|qm|m²|Mio|Mrd)\b|(?:Menschen|"
    r"Personen|Leute|Euro|Dollar|Franken|Pfund|Mitarbeiter\w*|Beschäftigte\w*|Soldat\w*|"
    r"Polizist\w*|Teilnehmer\w*|Besucher\w*|Zuschauer\w*|Einwohner\w*|Flüchtling\w*|"
    r"Stimmen|Stück|Meter|Kilometer|Tonnen|Liter|Hektar|Fälle|Tote|Toten|Verletzte\w*|"
    r"Kinder|Frauen|Männer|Schüler\w*|Studenten|Jobs|Stellen|Arbeitsplätze|Wohnungen|"
    r"Häuser|Autos|Fahrzeuge|Punkte\w*|Prozent|Mal|Jahre\w*|Tage\w*|Monate\w*|"
    r"Wochen|Stunden|Minuten|Seiten|Exemplare|Aktien|Unternehmen|Firmen|Betriebe|"
    r"Haushalte|Mitglieder\w*|Demonstranten|Migranten|Asylbewerber\w*|Fans|Kunden|"
    r"Nutzer\w*|Patienten|Betten|Plätze|Sitze|Quadratmeter|Grad|Watt|Kilo\w*|"
    r"Gramm|Anleger|Filialen|Mal)\b)"
)
_CAP_WORD_BEFORE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+[ \t]+$")
_UNIT_AFTER = re.compile(r"[ \t]*(?:Std|Stunden?|Min|Minuten?|Sek|Sekunden?|h)\b")
_CAP_WORD_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜ][a-zäöü]")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-zäöü]")


def _at_sentence_start(text: str, i: int) -> bool:
    """Whether only spaces and quotes stand between ``i`` and a sentence end."""
    j = i
    while j > 0 and text[j - 1] in " \t\"„“”«»'(":
        j -= 1
    return j == 0 or text[j - 1] in ".!?:\n"


# --- tense ----------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_T_STRONG_FUTURE = _words(
    "soll sollen solle sollst angesetzt anberaumt terminiert vorgesehen bevorsteht "
    "bevorstehen bevorstehende bevorstehenden bevorstehendes bevorstehender ansteht "
    "anstehen anstehende anstehenden anstehendes anstehender"
)
_T_PAST = _words(
    "war waren warst wart hatte hatten hattest wurde wurden wurdest worden "
    "sagte sagten erklärte erklärten teilte teilten berichtete berichteten meldete "
    "meldeten betonte betonten kündigte kündigten forderte forderten warnte warnten "
    "traf trafen kam kamen gab gaben fand fanden ging gingen stand standen lag lagen "
    "hieß hießen ließ ließen begann begannen zeigte zeigten nannte nannten brachte "
    "brachten sah sahen sprach sprachen rief riefen bat baten beschloss entschied "
    "starb starben schrieb schrieben trat traten besuchte besuchten empfing "
    "empfingen telefonierte telefonierten verhandelte verhandelten reiste reisten "
    "unterzeichnete unterzeichneten äußerte äußerten erreichte erreichten "
    "verkündete verkündeten bestätigte bestätigten machte machten stellte stellten "
    "legte legten führte führten wollte wollten konnte konnten musste mussten "
    "durfte durften fiel fielen stieg stiegen sank sanken verlor gewann gewannen "
    "ereignete geschah passierte dauerte dauerten endete endeten startete starteten "
    "eröffnete eröffneten tagte tagten beriet berieten einigte einigten lehnte "
    "lehnten wies wiesen erhielt erhielten hielt hielten fuhr fuhren flog flogen "
    "floh flohen nahm nahmen griff griffen schoss schossen tötete töteten wählte "
    "wählten protestierte protestierten demonstrierte demonstrierten dämpfte "
    "dämpften kritisierte kritisierten drohte drohten gelang blieb blieben "
    "räumte räumten landete landeten verließ verließen zog zogen kehrte kehrten"
)
_T_WEAK_FUTURE = _words(
    "wird werden werde wirst werdet will wollen wolle plant planen plane geplant"
)
_T_AUX = _words("hat haben habe hast ist sind sei seien bin")
_T_PARTICIPLE = re.compile(
    r"(?:(?:an|ab|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|statt|teil|vor|weg|"
    r"zu|zurück|zusammen|vorbei|dar|durch|wieder)?ge[a-zäöüß]{2,}(?:t|en)"
    r"|(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{2,}t|[a-zäöüß]{3,}iert)"
)
_NOT_PARTICIPLE = _words(
    "gegen gestern genau gerade gemeinsam generell gern geben gehen gelten genug "
    "gesamten gewinnen gehören genießen gestalten gewähren gelingen gestehen "
    "gewöhnen geraten gemeint gesamt gerecht geheim erst bereit bekannt bereits "
    "berlin erneut ernst vergangenen vergangenheit"
)
_T_PRESENT = _words(
    "ist sind gibt geht gehen steht stehen kommt kommen bleibt bleiben liegt "
    "liegen gilt gelten heißt zeigt zeigen sagt sagen fordert fordern trifft treffen "
    "verhandeln verhandelt berät beraten beginnt beginnen endet enden findet finden "
    "läuft laufen spricht sprechen warnt warnen droht drohen reist reisen kann "
    "können muss müssen darf dürfen hat haben tagt tagen startet starten folgt "
    "folgen erwartet erwarten empfängt empfangen besucht besuchen stattfindet "
    "stattfinden glaubt glauben hofft hoffen fährt fahren fliegt fliegen öffnet "
    "öffnen schließt schließen wählt wählen streiken streikt demonstrieren "
    "demonstriert legt legen stellt stellen macht machen wächst wachsen tritt treten "
    "fällt fallen steigt steigen sinkt sinken bringt bringen hält halten nimmt "
    "nehmen gewinnt verliert sieht sehen weiß wissen will wird"
)
# Präteritum of weak verbs in -ierte, -elte, -erte ("explodierte", "verhandelte",
# "änderte"), unless an article makes it an adjective ("die organisierte
# Kriminalität") or "ge-" a participle ("das geänderte Gesetz")
_WEAK_PRETERITE_END = ("ierte", "ierten", "elte", "elten", "erte", "erten")
_NOT_PRETERITE = (
    "ge",
    "hunderte",
    "tausende",
    "andere",
    "bessere",
    "weitere",
    "äußere",
    "innere",
    "untere",
    "obere",
)
_ARTICLE_BEFORE = "(?i:die|der|das|den|dem|ein|eine|einen|einer|einem)"


# Präteritum stems that also close prefixed verbs ("hinterließ", "einbrachen",
# "verfolgte", "verschafften"); strong forms need no guard, weak ones ("-te")
# take the article guard of _weak_preterite
_STRONG_PAST_END = tuple(
    "brach brachen ließ ließen fuhr fuhren nahm nahmen kam kamen gab gaben ging "
    "gingen stand standen fiel fielen schlug schlugen warf warfen traf trafen sprach "
    "sprachen stahl stahlen zog zogen flog flogen floh flohen rief riefen hielt "
    "hielten lief liefen stieg stiegen schoss schossen starb starben trat traten wies "
    "wiesen griff griffen schrieb schrieben blieb blieben fand fanden sah sahen bat "
    "baten gewann gewannen begann begannen schien schienen lag lagen saß saßen bot "
    "boten riet rieten wusste wussten verschwand verschwanden sank sanken".split()
)
_WEAK_PAST_END = tuple(
    "folgte folgten suchte suchten prüfte prüften brannte brannten kannte kannten "
    "nannte nannten brachte brachten dachte dachten stoppte stoppten stürzte "
    "stürzten prallte prallten krachte krachten fasste fassten setzte setzten "
    "zahlte zahlten kaufte kauften kostete kosteten holte holten fehlte fehlten "
    "glaubte glaubten hoffte hofften lebte lebten wohnte wohnten spielte spielten "
    "siegte siegten schaffte schafften löste lösten rückte rückten drängte "
    "drängten wirkte wirkten baute bauten hörte hörten rettete retteten "
    "verletzte verletzten packte packten schickte schickten deckte deckten "
    "fragte fragten klagte klagten legte legten stellte stellten führte führten "
    "zeigte zeigten machte machten".split()
)


def _weak_preterite(sentence: str, words: set[str]) -> bool:
    for w in words:
        if len(w) > 4 and w.endswith(_STRONG_PAST_END) and w not in _NOT_PARTICIPLE:
            return True
        if (
            w.endswith(_WEAK_PRETERITE_END) or w.endswith(_WEAK_PAST_END)
        ) and not w.startswith(_NOT_PRETERITE):
            if not re.search(rf"\b{_ARTICLE_BEFORE}\s+{w}\b", sentence):
                return True
    return False


# verbs of saying: in another clause they date the statement, not what is said
# ("Die Kundgebung Anfang Mai …, erklärte er am Montag")
_SPEECH = _words(
    "sagte sagten erklärte erklärten teilte teilten berichtete berichteten meldete "
    "meldeten betonte betonten hieß schrieb schrieben bestätigte bestätigten ergänzte "
    "ergänzten versicherte versicherten fügte fügten sagt sagen erklärt heißt "
    "berichtet meldet teilt betont schreibt"
)
# lowercase words only: German nouns are capitalised ("das Treffen", "treffen")
_WORD_RE = re.compile(r"\b[a-zäöüß]+\b")
_CLAUSE_SPLIT = re.compile(r"[,;:()\"„“”«»]|\s[-–—]\s")
_SENT_END = re.compile(r"[.!?]+[\"“”»]*\s+|\n\s*")


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets: after . ! ? before a capital, and at line breaks; not
    after an ordinal or a date ("am 13. Januar", "09.01.2022")."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        i, j = m.start(), m.end()
        if j >= len(text):
            break
        if text[i] == "." and "\n" not in m.group():
            if not text[j].isupper() and text[j] not in '"„«(':
                continue
            if i < 2 or text[i - 1].isdigit() or text[i - 2] in " .\n\t":
                continue  # "13. Januar", "z. B."
        starts.append(j)
    ends = starts[1:] + [len(text)]
    return list(zip(starts, ends, strict=True))


def sentence_tense(sentence: str) -> str | None:
    """Guess the tense of a German sentence (or clause) from its verb forms.

    A small heuristic, no tagger: scheduling words ("soll", "angesetzt",
    "bevorstehend") mean *future*; Präteritum forms ("traf", "sagte", "war",
    "hatte", "wurde") mean *past*; "wird"/"werden"/"will"/"plant" + infinitive
    mean *future*; "hat"/"ist" + Partizip II ("hat … gesagt") means *past*; a
    common finite present form ("verhandeln", "ist", "gibt") means *present*.

    Parameters
    ----------
    sentence
        German text, one sentence or clause.

    Returns
    -------
    str or None
        ``"past"``, ``"present"``, ``"future"``, or ``None`` without a verb cue
        (headlines such as "Erstes Vorgespräch schon Sonntagabend").

    Example
    -------
    >>> sentence_tense("Sherman wird Rjabkow am Sonntagabend treffen.")
    'future'
    """
    return _tense_of(sentence)


def _tense_of(sentence: str, *, ignore_speech: bool = False) -> str | None:
    words = set(_WORD_RE.findall(sentence))
    if ignore_speech:
        words -= _SPEECH
    if words & _T_STRONG_FUTURE:
        return "future"
    if words & _T_PAST:
        return "past"
    if words & _T_WEAK_FUTURE:
        return "future"
    if words & _T_AUX and any(
        w not in _NOT_PARTICIPLE and _T_PARTICIPLE.fullmatch(w) for w in words
    ):
        return "past"
    if _weak_preterite(sentence, words):
        return "past"
    if words & _T_PRESENT or any(w.endswith("iert") and len(w) > 6 for w in words):
        return "present"
    return None


# --- resolution helpers ---------------------------------------------------------------


@dataclass(slots=True)
class _Ctx:
    anchor: date | None
    anchor_dt: datetime | None = None  # the anchor when it carries a clock time
    tense: str | None = None
    ref: date | None = None  # the last day mentioned before the expression


# a resolver returns (value, granularity, kind, timex, mod)
_Res = tuple[date | datetime | None, str, str, str | None, str | None]
_Resolver = Callable[[_Ctx], _Res]


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    cat: str  # "weekday", "dmy", "day" (other day-level), "time", "other"
    resolver: _Resolver
    prio: int = 0
    data: dict = field(default_factory=dict)


def _as_date(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _choose(cands: list[date], anchor: date, direction: str | None) -> date | None:
    """Pick among candidate dates: "future" = earliest on/after the anchor,
    "past" = latest on/before it, otherwise the nearest (ties: the later)."""
    if not cands:
        return None
    if direction == "future":
        after = [c for c in cands if c >= anchor]
        if after:
            return min(after)
    elif direction == "past":
        before = [c for c in cands if c <= anchor]
        if before:
            return max(before)
    return min(cands, key=lambda c: (abs((c - anchor).days), -c.toordinal()))


def _direction(
    tense: str | None, prep: str | None, *, present_forward: bool
) -> str | None:
    first = prep.split()[0].lower() if prep else ""
    if first == "seit":  # "seit Montag" has begun
        return "past"
    if first == "für":  # "für Samstag aufgerufen", "für Mittwoch angesetzt"
        return "future"
    if tense == "future" or (tense == "present" and present_forward):
        return "future"
    if tense == "past":
        return "past"
    if tense is None and first in ("bis", "ab"):  # "bis Dezember", "ab Mai"
        return "future"
    return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _week_timex(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _day_timex(d: date, pod: str | None = None) -> str:
    return d.isoformat() + (f"T{pod}" if pod else "")


def _norm(s: str | None) -> str | None:
    return " ".join(s.lower().split()) if s else None


def _prep_mod(prep: str | None) -> str | None:
    return _PREP_MOD.get(_norm(prep) or "")


def _rel_sign(rel: str | None) -> int | None:
    """+1 for kommende/nächste, -1 for vergangene/letzte, 0 for diese."""
    if not rel:
        return None
    r = rel.lower()
    if r.startswith("übernächst"):
        return 2
    if r.startswith("vorletzt"):
        return -2
    if r.startswith(("kommend", "nächst", "folgend", "darauffolgend")):
        return 1
    if r.startswith(("vergangen", "letzt", "vorig")):
        return -1
    if r.startswith(("dies", "laufend", "selb", "heutig")):
        return 0
    return None


def _weekday_date(
    anchor: date, wd: int, det: str | None, direction: str | None
) -> date:
    f = (wd - anchor.weekday()) % 7  # days forward to the weekday (0: today)
    d = (det or "").lower()
    if d.startswith(("kommend", "nächst", "folgend", "darauffolgend")):
        return anchor + timedelta(days=f or 7)
    if d.startswith(("vergangen", "letzt", "vorig")):
        return anchor - timedelta(days=(7 - f) % 7 or 7)
    if d.startswith("heutig"):
        return anchor
    if d.startswith("gestrig"):
        return anchor - timedelta(days=1)
    if d.startswith("morgig"):
        return anchor + timedelta(days=1)
    if direction == "future":
        return anchor + timedelta(days=f)
    if direction == "past":
        return anchor - timedelta(days=(7 - f) % 7)
    # no tense cue (a headline, a listing "Samstag, 28. Mai, ab 15 Uhr"): such
    # mentions announce, so look forward, except for the weekday of yesterday.
    # On SmartData train this beat "the nearest" (15/17 against 13/17).
    return anchor + timedelta(days=f) if f <= 5 else anchor - timedelta(days=7 - f)


def _resolve_dmy(
    ctx: _Ctx,
    d: int,
    m: int | None,
    y: int | None,
    wd: int | None,
    direction: str | None,
) -> date | None:
    """A day date with possibly missing year or month (then a weekday picks it)."""
    if m is not None and y is not None:
        return _safe_date(y, m, d)
    a = ctx.anchor
    if a is None:
        return None
    if m is not None:
        span = 4 if (m, d) == (2, 29) else 1
        cands = [
            c
            for yy in range(a.year - span, a.year + span + 1)
            if (c := _safe_date(yy, m, d)) is not None
        ]
        if wd is not None:
            cands = [c for c in cands if c.weekday() == wd] or cands
        if not cands:
            return None
        # within a month of the anchor the date is plain whatever the tense
        # ("hat die Kundgebung am 25. September abgesagt"); otherwise the
        # tense picks the year (the nearest leap year for 29 February)
        near = [c for c in cands if abs((c - a).days) <= 30]
        return _choose(near or cands, a, None if near else direction)
    cands = []
    for k in range(-6, 7):
        yy, mm = _add_months(a.year, a.month, k)
        c = _safe_date(yy, mm, d)
        if c is not None and (wd is None or c.weekday() == wd):
            cands.append(c)
    return _choose(cands, a, direction)


def _expand_year(y: str) -> int:
    y = y.strip()
    if len(y) == 4:
        return int(y)
    yy = int(y)
    return 2000 + yy if yy < 70 else 1900 + yy


def _num_value(n: str | None) -> float | None:
    if n is None:
        return None
    s = " ".join(n.lower().split())
    if s[0].isdigit():
        return float(s.replace(",", "."))
    if "halbe" in s:
        return 0.5
    return _NUM_WORDS.get(s)


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


# --- candidate makers (one per pattern) -----------------------------------------------


def _mk_numdate(m: re.Match[str], text: str) -> list[_Cand]:
    d, mo = int(m["d"]), int(m["m"])
    y = _expand_year(m["y"]) if m["y"] else None
    if y is None and text[m.end() : m.end() + 1].isdigit():
        return []
    prep = m["prep"]
    return [_dmy_cand(m.start(), m.end(), d, mo, y, prep, prio=3)]


def _mk_iso(m: re.Match[str], text: str) -> list[_Cand]:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return []
    if m["H"] is None:
        return [_dmy_cand(m.start(), m.end(), d.day, d.month, d.year, None, prio=3)]
    v = datetime(d.year, d.month, d.day, int(m["H"]), int(m["M"]))
    timex = v.strftime("%Y-%m-%dT%H:%M")

    def res(ctx: _Ctx) -> _Res:
        return v, "datetime", "time", timex, None

    return [_Cand(m.start(), m.end(), "datetime", res, 3)]


def _mk_iso_month(m: re.Match[str], text: str) -> list[_Cand]:
    y, mon = int(m["y"]), int(m["m"])
    v, timex = date(y, mon, 1), f"{y:04d}-{mon:02d}"

    def res(ctx: _Ctx) -> _Res:
        return v, "month", "date", timex, None

    return [_Cand(m.start(), m.end(), "other", res, 3)]


def _mk_daymonth(m: re.Match[str], text: str) -> list[_Cand]:
    mon = _MONTHS[m["mon"] or m["mabbr"]]
    y = int(m["y"]) if m["y"] else None
    return [_dmy_cand(m.start(), m.end(), int(m["d"]), mon, y, m["prep"], prio=3)]


def _mk_dayrange(m: re.Match[str], text: str) -> list[_Cand]:
    # month (and year) come from the second date of the range
    second = _P_DAYMONTH.match(text, m.end()) or _P_NUMDATE.match(text, m.end())
    if second is None:
        return []
    if "mon" in second.re.groupindex:
        mon = _MONTHS[second["mon"] or second["mabbr"]]
        y = int(second["y"]) if second["y"] else None
    else:
        mon = int(second["m"])
        y = _expand_year(second["y"]) if second["y"] else None
    end = m.end("d") + 1
    return [_dmy_cand(m.start(), end, int(m["d"]), mon, y, m["prep"], prio=2)]


def _dmy_cand(
    start: int, end: int, d: int, mo: int, y: int | None, prep: str | None, prio: int
) -> _Cand:
    if _safe_date(y or 2000, mo, d) is None:  # 2000 is a leap year: 29.2. passes
        return _Cand(start, end, "other", lambda ctx: (None, "day", "date", None, None))
    mod = _prep_mod(prep)

    def res(ctx: _Ctx, wd: int | None = None) -> _Res:
        direction = _direction(ctx.tense, prep, present_forward=True)
        v = _resolve_dmy(ctx, d, mo, y, wd, direction)
        timex = v.isoformat() if v else f"{y or 'XXXX'}-{mo:02d}-{d:02d}"
        return v, "day", "date", timex, mod

    return _Cand(start, end, "dmy", res, prio, {"d": d, "m": mo, "y": y, "res": res})


def _mk_weekday(m: re.Match[str], text: str) -> list[_Cand]:
    wd = _WEEKDAYS[m["wd"].lower()]
    pod_word = m["pod"] or m["pod2"]
    pod = _POD[pod_word.lower()] if pod_word else None
    det, prep = m["det"], m["prep"]
    dom = int(m["dom"]) if m["dom"] else None
    mod = _prep_mod(prep)

    def res(ctx: _Ctx) -> _Res:
        gran = "part-of-day" if pod else "day"
        if ctx.anchor is None and dom is None:
            return None, gran, "date", f"XXXX-WXX-{_WD_TIMEX[wd]}", mod
        direction = _direction(ctx.tense, prep, present_forward=True)
        if prep and prep.split()[0].lower() in ("vom", "von"):
            direction = "past"  # "die Wahl vom Sonntag", "das Votum von Mittwochabend"
        if dom is not None:
            v = _resolve_dmy(ctx, dom, None, None, wd, direction)
        else:
            assert ctx.anchor is not None
            v = _weekday_date(ctx.anchor, wd, det, direction)
        return v, gran, "date", _day_timex(v, pod) if v else None, mod

    data = {"wd": wd, "pod": pod, "prep": bool(prep or det)}
    return [_Cand(m.start(), m.end(), "weekday", res, 2, data)]


def _mk_night(m: re.Match[str], text: str) -> list[_Cand]:
    wd = _WEEKDAYS[m["wd"].lower()]

    def res(ctx: _Ctx) -> _Res:
        if ctx.anchor is None:
            return None, "part-of-day", "date", None, None
        direction = _direction(ctx.tense, None, present_forward=True)
        v = _weekday_date(ctx.anchor, wd, None, direction) - timedelta(days=1)
        return v, "part-of-day", "date", _day_timex(v, "NI"), None

    return [_Cand(m.start(), m.end(), "day", res, 3)]


_RELDAY_OFFSET = {
    "heute": 0,
    "gestern": -1,
    "vorgestern": -2,
    "morgen": 1,
    "übermorgen": 2,
}


def _mk_relday(m: re.Match[str], text: str) -> list[_Cand]:
    rel = m["rel"]
    pod_word = m["pod"]
    if rel == "Morgen":
        # capitalised "Morgen" is "tomorrow" only at the start of a sentence
        # before a verb ("Morgen beginnt …"), otherwise it is "the morning"
        if not _at_sentence_start(text, m.start("rel")) or pod_word:
            return []
        if not _LOWER_WORD_AFTER.match(text, m.end("rel")):
            return []
    if pod_word and pod_word.lower() == "morgen" and rel.lower() == "morgen":
        return []
    offset = _RELDAY_OFFSET[rel.lower()]
    pod = _POD[pod_word.lower()] if pod_word else None
    mod = _prep_mod(m["prep"])

    def res(ctx: _Ctx) -> _Res:
        gran = "part-of-day" if pod else "day"
        if ctx.anchor is None:
            return None, gran, "date", None, mod
        v = ctx.anchor + timedelta(days=offset)
        return v, gran, "date", _day_timex(v, pod), mod

    return [_Cand(m.start(), m.end(), "day", res, 2, {"relday": True})]


_RELADJ_OFFSET = {
    "heutig": 0,
    "gestrig": -1,
    "vorgestrig": -2,
    "morgig": 1,
    "übermorgig": 2,
}


def _mk_reladj(m: re.Match[str], text: str) -> list[_Cand]:
    offset = _RELADJ_OFFSET[m["adj"].lower()]

    def res(ctx: _Ctx) -> _Res:
        if ctx.anchor is None:
            return None, "day", "date", None, None
        v = ctx.anchor + timedelta(days=offset)
        return v, "day", "date", v.isoformat(), None

    return [_Cand(m.start(), m.end(), "day", res, 1)]


def _mk_refday(m: re.Match[str], text: str) -> list[_Cand]:
    what = " ".join(m["what"].lower().split())
    if what.startswith(
        (
            "vortag",
            "tag zuvor",
            "tag davor",
            "tages zuvor",
            "tags zuvor",
            "tags davor",
            "tages davor",
            "vorabend",
        )
    ):
        offset = -1
    elif what.startswith(("selben", "gleichen")):
        offset = 0
    else:
        offset = 1
    pod = "EV" if what.startswith("vorabend") else None
    mod = _prep_mod(m["prep"])

    def res(ctx: _Ctx) -> _Res:
        gran = "part-of-day" if pod else "day"
        base = ctx.ref or ctx.anchor
        if base is None:
            return None, gran, "date", None, mod
        v = base + timedelta(days=offset)
        return v, gran, "date", _day_timex(v, pod), mod

    return [_Cand(m.start(), m.end(), "day", res, 2)]


def _mk_relunit(m: re.Match[str], text: str) -> list[_Cand]:
    unit = m["unit"].lower()
    rel, pos, art, prep = m["rel"], m["mod"], m["art"], m["prep"]
    sign = _rel_sign(rel)
    weekend = unit.startswith("wochenende")
    # "Ende der Woche", "Anfang des Jahres", "am Wochenende"; not "das Jahr"
    if sign is None and not (pos and art) and not (weekend and (prep or art)):
        return []
    mod = _POS_MOD.get(pos.lower()) if pos else _prep_mod(prep)

    def res(ctx: _Ctx) -> _Res:
        a = ctx.anchor
        gran = (
            "week"
            if unit.startswith("woche")
            else "month"
            if unit.startswith("monat")
            else "year"
        )
        if a is None:
            return None, gran, "date", None, mod
        if weekend:
            this_sat = _monday(a) + timedelta(days=5)
            if sign is not None:
                sat = this_sat + timedelta(weeks=sign)
                if sign == 1 and a.weekday() < 5:
                    sat = this_sat  # "kommendes Wochenende" on a weekday
            else:
                # the weekend of this week, or the one before it
                prev_sat = this_sat - timedelta(weeks=1)
                if a.weekday() >= 5:
                    sat = this_sat
                else:
                    direction = _direction(ctx.tense, prep, present_forward=True)
                    sat = _choose([prev_sat, this_sat], a, direction) or this_sat
            v = _monday(sat)
            return v, "week", "date", _week_timex(v) + "-WE", mod
        if gran == "week":
            if sign == -1 and a.weekday() >= 5:
                sign_ = 0  # on a weekend "vergangene Woche" is the one now ending
            else:
                sign_ = sign or 0
            v = _monday(a) + timedelta(weeks=sign_)
            return v, "week", "date", _week_timex(v), mod
        if gran == "month":
            yy, mm = _add_months(a.year, a.month, sign or 0)
            return date(yy, mm, 1), "month", "date", f"{yy:04d}-{mm:02d}", mod
        yy = a.year + (sign or 0)
        return date(yy, 1, 1), "year", "date", f"{yy:04d}", mod

    return [_Cand(m.start(), m.end(), "other", res, 2)]


_COMPOUND = {
    # compound -> (unit, offset, mod)
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


def _mk_compound(m: re.Match[str], text: str) -> list[_Cand]:
    unit, offset, mod = _COMPOUND[m["comp"].lower()]
    mod = mod or _prep_mod(m["prep"])

    def res(ctx: _Ctx) -> _Res:
        a = ctx.anchor
        if a is None:
            return None, unit, "date", None, mod
        if unit == "week":
            v = _monday(a) + timedelta(weeks=offset)
            return v, "week", "date", _week_timex(v), mod
        if unit == "month":
            yy, mm = _add_months(a.year, a.month, offset)
            return date(yy, mm, 1), "month", "date", f"{yy:04d}-{mm:02d}", mod
        return (
            date(a.year + offset, 1, 1),
            "year",
            "date",
            f"{a.year + offset:04d}",
            mod,
        )

    return [_Cand(m.start(), m.end(), "other", res, 2)]


def _mk_month(m: re.Match[str], text: str) -> list[_Cand]:
    name = m["mon"] or m["abbr"]
    mon = _MONTHS[name]
    y = int(m["y"]) if m["y"] else None
    prep, det = m["prep"], m["det"]
    pos = m["mod"]
    if prep and prep.lower() in _POS_MOD and not pos:
        pos, prep = prep, None
    if not (prep or pos or det or y):
        # a bare month name: not "August Bebel", "Mai Thi …", "Chiang Mai"
        if _CAP_WORD_AFTER.match(text, m.end()):
            return []
        if _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            if not _at_sentence_start(text, m.start()):
                return []
    mod = _POS_MOD.get(pos.lower()) if pos else _prep_mod(prep)
    sign = _rel_sign(det)

    def res(ctx: _Ctx) -> _Res:
        if y is not None:
            return date(y, mon, 1), "month", "date", f"{y:04d}-{mon:02d}", mod
        a = ctx.anchor
        if a is None:
            return None, "month", "date", f"XXXX-{mon:02d}", mod
        here = date(a.year, a.month, 1)
        cands = [date(a.year + k, mon, 1) for k in (-1, 0, 1)]
        v: date | None
        if sign == 1:
            v = min(c for c in cands if c > here)
        elif sign == -1:
            v = max(c for c in cands if c < here)
        elif sign == 0:
            v = date(a.year, mon, 1)
        else:
            direction = _direction(ctx.tense, prep, present_forward=True)
            back = max(c for c in cands if c <= here)
            if ctx.tense == "present" and 0 < _months_between(back, here) <= 2:
                v = back  # "Im Januar liegt die Quote bei …" written in March
            else:
                v = _choose(cands, here, direction)
        assert v is not None
        return v, "month", "date", f"{v.year:04d}-{mon:02d}", mod

    return [_Cand(m.start(), m.end(), "other", res, 2)]


def _mk_year(m: re.Match[str], text: str) -> list[_Cand]:
    y = int(m["y"])
    prep, pos, jahr = m["prep"], m["mod"], m["jahr"]
    if prep and prep.lower() in _POS_MOD and not pos:
        pos, prep = prep, None
    if not jahr:
        if _COUNT_AFTER.match(text, m.end()):
            return []  # "2000 Menschen", "1500 Euro"
        if not 1900 <= y <= 2039 and _NOUN_AFTER.match(text, m.end()):
            return []
        if not (prep or pos):
            before = text[max(0, m.start() - 20) : m.start()]
            if _NUMBERISH_BEFORE.search(before):
                return []
    season = _SEASONS.get(pos.lower()) if pos else None
    mod = None if season else (_POS_MOD.get(pos.lower()) if pos else _prep_mod(prep))
    if season:
        timex = f"{y:04d}-{season[0]}"
        return [
            _Cand(
                m.start(),
                m.end(),
                "other",
                lambda ctx: (None, "season", "date", timex, _prep_mod(prep)),
                2,
            )
        ]
    return [
        _Cand(
            m.start(),
            m.end(),
            "other",
            lambda ctx: (date(y, 1, 1), "year", "date", f"{y:04d}", mod),
            1,
        )
    ]


def _mk_wd_abbr(m: re.Match[str], text: str) -> list[_Cand]:
    wd = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"].index(m["wd"])

    def res(ctx: _Ctx) -> _Res:  # only meaningful merged with its date
        return None, "day", "date", f"XXXX-WXX-{_WD_TIMEX[wd]}", None

    return [_Cand(m.start(), m.end(), "weekday", res, 1, {"wd": wd, "pod": None})]


def _mk_pod(m: re.Match[str], text: str) -> list[_Cand]:
    pod = _POD[m["pod"].lower()]
    mod = _prep_mod(m["prep"])
    if m["pod"] == "Nacht" and _NIGHT_TO.match(text, m.end()):
        return []  # "in der Nacht zum Montag" is its own pattern

    def res(ctx: _Ctx) -> _Res:
        base = ctx.ref or ctx.anchor
        if base is None:
            return None, "part-of-day", "date", f"TXX{pod}", mod
        return base, "part-of-day", "date", _day_timex(base, pod), mod

    return [_Cand(m.start(), m.end(), "day", res, 1)]


_NIGHT_TO = re.compile(r"\s+(?i:zum|zu|auf|von|vom)\b")


def _mk_century(m: re.Match[str], text: str) -> list[_Cand]:
    timex = f"{int(m['n']) - 1:02d}"
    return [
        _Cand(
            m.start(),
            m.end(),
            "other",
            lambda ctx: (None, "century", "date", timex, None),
            2,
        )
    ]


def _mk_season(m: re.Match[str], text: str) -> list[_Cand]:
    code, first_month = _SEASONS[m["season"].lower()]
    prep, det = m["prep"], m["det"]
    if not (prep or det):
        return []  # "Herbst" and "Winter" are surnames too
    sign = _rel_sign(det)
    mod = _prep_mod(prep)

    def res(ctx: _Ctx) -> _Res:
        a = ctx.anchor
        if a is None:
            return None, "season", "date", f"XXXX-{code}", mod
        here = date(a.year, a.month, 1)
        cands = [date(a.year + k, first_month, 1) for k in (-1, 0, 1)]
        v: date | None
        if sign == 1:
            v = min(c for c in cands if c > here)
        elif sign == -1:
            v = max(c for c in cands if c < here)
        elif sign == 0:
            v = date(a.year, first_month, 1)
        else:
            v = _choose(cands, here, _direction(ctx.tense, prep, present_forward=False))
        assert v is not None
        return None, "season", "date", f"{v.year:04d}-{code}", mod

    return [_Cand(m.start(), m.end(), "other", res, 2)]


def _mk_time(m: re.Match[str], text: str) -> list[_Cand]:
    h = int(m["h"])
    mi2 = m.groupdict().get("mi2")
    mi = int(m["mi"] or mi2 or 0)
    if h == 24:
        if mi:
            return []
        h = 0
    if mi2 is not None and _UNIT_AFTER.match(text, m.end()):
        return []  # "nach 3:48 Stunden", "10:18 Minuten" are durations
    if mi2 is not None and len(m["h"]) == 1 and not m["prep"]:
        # "2:01" is more likely a score than a time without "Uhr"
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"(?:um|gegen|ab|bis|seit)\s*$", before):
            return []
    mod = _prep_mod(m["prep"])
    if m["prep"] and m["prep"].lower() in ("gegen", "ca.", "circa", "etwa"):
        mod = "APPROX"
    timex = f"T{h:02d}:{mi:02d}"

    def res(ctx: _Ctx, day: date | None = None) -> _Res:
        base = day or ctx.ref or ctx.anchor
        if base is None:
            return None, "datetime", "time", timex, mod
        v = datetime(base.year, base.month, base.day, h, mi)
        return v, "datetime", "time", v.strftime("%Y-%m-%dT%H:%M"), mod

    return [_Cand(m.start(), m.end(), "time", res, 2, {"res": res})]


def _mk_offset(m: re.Match[str], text: str) -> list[_Cand]:
    unit_word = m["unit"].lower().rstrip(".")
    key = next(k for k in _UNITS if unit_word.startswith(k))
    if key == "tag" and unit_word.startswith("tages"):
        return []
    unit, letter, gran = _UNITS[key]
    prep = _norm(m["prep"])
    q = _norm(m["q"])
    n_raw = m["n"]
    vague = n_raw is not None and n_raw.lower().startswith(_VAGUE_NUM)
    n = None if vague else _num_value(n_raw)
    if key in ("viertelstunde", "dreiviertelstunde"):
        per = 15 if key == "viertelstunde" else 45
        n = (n if n is not None else 1) * per if not vague else None
        n_raw = n_raw or "eine"
    plural = unit_word.endswith(("n", "e")) and unit_word not in (
        "stunde",
        "minute",
        "sekunde",
        "woche",
    )
    lang = bool(m["lang"])
    if prep is None and q is None and n_raw is None:
        return []
    if prep in ("in", "vor") and not (prep == "in" and n is not None and n != int(n)):
        if n_raw is None and not (prep == "vor" and plural):
            return []  # "in Wochen" is not a date, "vor Jahren" is
        if prep == "in" and n is None:
            return []
        return [_offset_cand(m, unit, gran, -1 if prep == "vor" else 1, n, q)]
    # durations
    if prep is None and n == 1 and unit == "day" and not lang and not q:
        return []  # "ein Tag der Freude"
    if prep is None and n_raw is None:
        return []  # "über Jahre" needs a preposition from the list
    if prep in ("für", "über", "während", "bis zu") and n_raw is None:
        return []
    if prep == "seit" and n_raw is None and not plural:
        return []
    if unit in ("century", "decade"):
        factor = 100 if unit == "century" else 10
        letter = "Y"
        n = n * factor if n is not None else None
    amount = "X" if n is None else _fmt_num(n)
    timex = ("PT" if gran == "datetime" else "P") + amount + letter
    mod = _QUANT_MOD.get(q or "")
    return [
        _Cand(
            m.start(),
            m.end(),
            "other",
            lambda ctx: (None, gran, "duration", timex, mod),
            1,
        )
    ]


def _offset_cand(
    m: re.Match[str], unit: str, gran: str, sign: int, n: float | None, q: str | None
) -> _Cand:
    mod = _QUANT_MOD.get(q or "")
    if mod and mod != "APPROX":
        n = None  # "vor mehr als zwei Jahren": no single value

    def res(ctx: _Ctx) -> _Res:
        try:
            return shift(ctx)
        except (ValueError, OverflowError):  # "vor 8000 Jahren"
            return None, gran, "date", None, mod

    def shift(ctx: _Ctx) -> _Res:
        a = ctx.anchor
        if a is None or n is None or n != int(n):
            return None, gran, "date", None, mod
        k = int(n) * sign
        if unit == "day":
            v: date | datetime = a + timedelta(days=k)
            return v, "day", "date", v.isoformat(), mod
        if unit == "week":
            v = _monday(a) + timedelta(weeks=k)
            return v, "week", "date", _week_timex(v), mod
        if unit in ("month", "quarter"):
            yy, mm = _add_months(a.year, a.month, k * (3 if unit == "quarter" else 1))
            return date(yy, mm, 1), "month", "date", f"{yy:04d}-{mm:02d}", mod
        if unit in ("year", "decade", "century"):
            f = {"year": 1, "decade": 10, "century": 100}[unit]
            yy = a.year + k * f
            return date(yy, 1, 1), "year", "date", f"{yy:04d}", mod
        if ctx.anchor_dt is not None:
            delta = {
                "hour": timedelta(hours=k),
                "minute": timedelta(minutes=k),
                "second": timedelta(seconds=k),
            }[unit]
            v = ctx.anchor_dt + delta
            return v, "datetime", "time", v.strftime("%Y-%m-%dT%H:%M"), mod
        return None, "datetime", "time", None, mod

    return _Cand(m.start(), m.end(), "other", res, 2)


def _mk_lang(m: re.Match[str], text: str) -> list[_Cand]:
    word = m["unit"].lower()
    key = next(k for k in _UNITS if word.startswith(k))
    unit, letter, gran = _UNITS[key]
    if unit == "decade":
        letter = "DE"
    timex = ("PT" if gran == "datetime" else "P") + "X" + letter
    return [
        _Cand(
            m.start(),
            m.end(),
            "other",
            lambda ctx: (None, gran, "duration", timex, None),
            1,
        )
    ]


def _mk_set(m: re.Match[str], text: str) -> list[_Cand]:
    if m["wds"]:
        wd = _WEEKDAYS[m["wds"].lower()]
        pod = _POD[m["pods"].lower()] if m["pods"] else None
        timex = f"XXXX-WXX-{_WD_TIMEX[wd]}" + (f"T{pod}" if pod else "")
        gran = "part-of-day" if pod else "day"
    elif m["every"]:
        u = m["unit"].lower()
        every = m["every"].lower()
        if every == "alle" and m["n"] is None:
            return []  # "alle Tage" is rare, "alle Jahre wieder" idiomatic
        n = _num_value(m["n"]) if m["n"] else 1
        if u in _WEEKDAYS:
            timex, gran = f"XXXX-WXX-{_WD_TIMEX[_WEEKDAYS[u]]}", "day"
        elif u in ("morgen", "abend", "nacht"):
            timex, gran = f"TXX{_POD[u]}", "part-of-day"
        elif u.startswith("wochenende"):
            timex, gran = "XXXX-WXX-WE", "week"
        else:
            key = next(k for k in _UNITS if u.startswith(k))
            unit, letter, gran = _UNITS[key]
            timex = f"P{_fmt_num(n or 1)}{letter}"
    else:
        adv = m["adv"].lower()
        timex, gran = {
            "täglich": ("P1D", "day"),
            "wöchentlich": ("P1W", "week"),
            "monatlich": ("P1M", "month"),
            "jährlich": ("P1Y", "year"),
            "alljährlich": ("P1Y", "year"),
            "stündlich": ("PT1H", "datetime"),
            "werktags": ("XXXX-WXX-WD", "day"),
            "wochentags": ("XXXX-WXX-WD", "day"),
        }[adv]
    return [
        _Cand(
            m.start(), m.end(), "other", lambda ctx: (None, gran, "set", timex, None), 2
        )
    ]


_HOLIDAY_FIXED = {
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
_HOLIDAY_EASTER = {  # days after Easter Sunday
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


def _easter(y: int) -> date:
    """Easter Sunday (Gregorian calendar; anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _holiday(name: str, y: int) -> date:
    if name in _HOLIDAY_FIXED:
        return date(y, *_HOLIDAY_FIXED[name])
    return _easter(y) + timedelta(days=_HOLIDAY_EASTER[name])


def _mk_holiday(m: re.Match[str], text: str) -> list[_Cand]:
    name = " ".join(m["hol"].lower().split())
    pod_word = m["pod"]
    pod = _POD.get(pod_word) if pod_word and pod_word != "tag" else None
    y = int(m["y"]) if m["y"] else None
    prep = m["prep"]
    mod = _prep_mod(prep)

    def res(ctx: _Ctx) -> _Res:
        gran = "part-of-day" if pod else "day"
        if y is not None:
            v: date | None = _holiday(name, y)
        elif ctx.anchor is None:
            return None, gran, "date", None, mod
        else:
            a = ctx.anchor
            cands = [_holiday(name, yy) for yy in (a.year - 1, a.year, a.year + 1)]
            v = _choose(cands, a, _direction(ctx.tense, prep, present_forward=False))
        return v, gran, "date", _day_timex(v, pod) if v else None, mod

    return [_Cand(m.start(), m.end(), "day", res, 2)]


_ORD_QUARTER = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}


def _mk_quarter(m: re.Match[str], text: str) -> list[_Cand]:
    ord_word = (m["ord"] or "").lower().rstrip(".")
    q_word = (m["q"] or "").lower()
    y = int(m["y"]) if m["y"] else None
    number: int | None = None
    offset: int | None = None
    if m["qn"]:
        number = int(m["qn"][1])
    elif ord_word.isdigit():
        number = int(ord_word)
    elif ord_word in _ORD_QUARTER:
        number = _ORD_QUARTER[ord_word]
    elif q_word.startswith("schlussquartal"):
        number = 4
    elif q_word.startswith("vorquartal"):
        offset = -1
    elif ord_word:
        offset = _rel_sign(ord_word)
        if offset is None:
            offset = 0 if ord_word == "laufenden" else -1  # abgelaufenen
    else:
        return []  # "das Quartal"
    mod = _prep_mod(m["prep"])

    def res(ctx: _Ctx) -> _Res:
        a = ctx.anchor
        if number is not None and y is not None:
            yy, qq = y, number
        elif a is None:
            timex = f"XXXX-Q{number}" if number else None
            return None, "quarter", "date", timex, mod
        elif number is not None:
            here = date(a.year, 3 * ((a.month - 1) // 3) + 1, 1)
            cands = [date(a.year + k, 3 * number - 2, 1) for k in (-1, 0, 1)]
            direction = _direction(ctx.tense, m["prep"], present_forward=False)
            v = _choose(cands, here, direction)
            assert v is not None
            yy, qq = v.year, number
        else:
            n = a.year * 4 + (a.month - 1) // 3 + (offset or 0)
            yy, qq = n // 4, n % 4 + 1
        return date(yy, 3 * qq - 2, 1), "quarter", "date", f"{yy:04d}-Q{qq}", mod

    return [_Cand(m.start(), m.end(), "other", res, 2)]


def _mk_kw(m: re.Match[str], text: str) -> list[_Cand]:
    week = int(m["w"] or m["w2"])
    if week == 0:
        return []
    y = int(m["y"]) if m["y"] else None
    mod = _prep_mod(m["prep"])

    def res(ctx: _Ctx) -> _Res:
        a = ctx.anchor
        if y is None and a is None:
            return None, "week", "date", f"XXXX-W{week:02d}", mod
        years = [y] if y is not None else [a.year - 1, a.year, a.year + 1]  # type: ignore[union-attr]
        cands = []
        for yy in years:
            try:
                cands.append(date.fromisocalendar(yy, week, 1))
            except ValueError:  # week 53 in a year of 52
                continue
        if a is not None and y is None:
            v = _choose(
                cands,
                _monday(a),
                _direction(ctx.tense, m["prep"], present_forward=False),
            )
        else:
            v = cands[0] if cands else None
        if v is None:
            return None, "week", "date", None, mod
        return v, "week", "date", _week_timex(v), mod

    return [_Cand(m.start(), m.end(), "other", res, 2)]


_DECADE_WORDS = {
    "zwanziger": 2,
    "dreißiger": 3,
    "vierziger": 4,
    "fünfziger": 5,
    "sechziger": 6,
    "siebziger": 7,
    "achtziger": 8,
    "neunziger": 9,
}


def _mk_decade(m: re.Match[str], text: str) -> list[_Cand]:
    if m["w"]:
        if not (m["mod"] or m["art"] or m["wj"]):
            return []  # "ein Siebziger" is a person in his seventies
        digit, century = _DECADE_WORDS[m["w"].lower()], "19"
    else:
        digit, century = int(m["d"]), m["c"] or ("20" if m["d"] in "01" else "19")
    mod = _POS_MOD.get(m["mod"].lower()) if m["mod"] else None
    timex = f"{century}{digit}"
    return [
        _Cand(
            m.start(),
            m.end(),
            "other",
            lambda ctx: (None, "decade", "date", timex, mod),
            2,
        )
    ]


def _mk_relspan(m: re.Match[str], text: str) -> list[_Cand]:
    word = m["unit"].lower()
    key = next(k for k in _UNITS if word.startswith(k))
    unit, letter, gran = _UNITS[key]
    n = _num_value(m["n"]) if m["n"] else None
    if unit == "decade":
        letter, n = "Y", (n * 10 if n else None)
    amount = "X" if n is None else _fmt_num(n)
    timex = ("PT" if gran == "datetime" else "P") + amount + letter
    return [
        _Cand(
            m.start(),
            m.end(),
            "other",
            lambda ctx: (None, gran, "duration", timex, None),
            1,
        )
    ]


_PATTERNS: tuple[
    tuple[re.Pattern[str], Callable[[re.Match[str], str], list[_Cand]]], ...
] = (
    (_P_NUMDATE, _mk_numdate),
    (_P_ISO, _mk_iso),
    (_P_ISO_MONTH, _mk_iso_month),
    (_P_DAYMONTH, _mk_daymonth),
    (_P_DAYRANGE, _mk_dayrange),
    (_P_WEEKDAY, _mk_weekday),
    (_P_NIGHT, _mk_night),
    (_P_RELDAY, _mk_relday),
    (_P_RELADJ, _mk_reladj),
    (_P_REFDAY, _mk_refday),
    (_P_RELUNIT, _mk_relunit),
    (_P_COMPOUND, _mk_compound),
    (_P_MONTH, _mk_month),
    (_P_YEAR, _mk_year),
    (_P_SEASON, _mk_season),
    (_P_TIME, _mk_time),
    (_P_TIMERANGE, _mk_time),
    (_P_HOLIDAY, _mk_holiday),
    (_P_QUARTER, _mk_quarter),
    (_P_KW, _mk_kw),
    (_P_DECADE, _mk_decade),
    (_P_RELSPAN, _mk_relspan),
    (_P_WD_ABBR, _mk_wd_abbr),
    (_P_POD, _mk_pod),
    (_P_CENTURY, _mk_century),
    (_P_OFFSET, _mk_offset),
    (_P_LANG, _mk_lang),
    (_P_SET, _mk_set),
)


# --- finding and resolving ------------------------------------------------------------

_GAP_WD_DATE = re.compile(r"[ \t]*[,·]?[ \t]*(?:(?i:den|dem)[ \t]+)?")
_GAP_DAY_TIME = re.compile(r"[ \t]*[,|/·–—-]?[ \t]*(?:(?i:ab|um|gegen)[ \t]+)?")
_GAP_TIME_DAY = re.compile(r"[ \t]+")
_GAP_APPOSITION = re.compile(r"[ \t]*,[ \t]*")


# Cheap literal triggers decide where the full patterns run: every match of a
# pattern contains one of its triggers, so the patterns only scan short windows
# around them (str.find is far faster than a regex scan of the whole article).
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "weekday": (
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
    ),
    "month": tuple(sorted({k.lower()[:3] for k in _MONTHS} | {"maerz"})),
    "relday": ("heut", "gestern", "gestrig", "morg"),
    "refday": ("vortag", "vorabend", "folgetag", " tag"),
    "night": ("nacht",),
    "calendar": ("woche", "monat", "jahr"),
    "unit": (
        "tage",
        " tag",
        "woche",
        "monat",
        "jahr",
        "quartal",
        "stunde",
        "std.",
        "min.",
        " min",
        "sekunde",
    ),
    "holiday": (
        "silvester",
        "neujahr",
        "heilig",
        "weihnacht",
        "dreikönig",
        "valentin",
        "reformation",
        "maifeiertag",
        "tag der arbeit",
        "einheit",
        "oster",
        "karfreitag",
        "gründonnerstag",
        "palmsonntag",
        "aschermittwoch",
        "rosenmontag",
        "fasching",
        "fastnacht",
        "pfingst",
        "himmelfahrt",
        "fronleichnam",
    ),
    "quarter": ("quartal", "q1", "q2", "q3", "q4", "jahresviertel"),
    "kw": ("kw", "kalenderwoche"),
    "decade": ("0er", "ziger", "ßiger"),
    "pod": ("morgen", "mittag", "abend", "nacht"),
    "century": ("jahrhundert",),
    "season": ("frühjahr", "frühling", "sommer", "herbst", "winter"),
    "set": (
        "jede",
        "alle",
        "täglich",
        "wöchentlich",
        "monatlich",
        "jährlich",
        "stündlich",
        "werktags",
        "wochentags",
    ),
}
_DIGITS = re.compile(r"\d+")
_PATTERN_TRIGGERS: dict[re.Pattern[str], tuple[str, ...]] = {
    _P_NUMDATE: ("digit",),
    _P_ISO: ("digit",),
    _P_ISO_MONTH: ("digit",),
    _P_DAYMONTH: ("digit",),
    _P_DAYRANGE: ("digit",),
    _P_WEEKDAY: ("weekday",),
    _P_NIGHT: ("night",),
    _P_RELDAY: ("relday",),
    _P_RELADJ: ("relday",),
    _P_REFDAY: ("refday",),
    _P_RELUNIT: ("calendar",),
    _P_COMPOUND: ("calendar",),
    _P_MONTH: ("month",),
    _P_YEAR: ("digit",),
    _P_SEASON: ("season",),
    _P_TIME: ("digit",),
    _P_OFFSET: ("unit",),
    _P_LANG: ("unit",),
    _P_SET: ("weekday", "set"),
    _P_TIMERANGE: ("digit",),
    _P_HOLIDAY: ("holiday",),
    _P_QUARTER: ("quarter",),
    _P_KW: ("kw",),
    _P_DECADE: ("decade",),
    _P_RELSPAN: ("unit",),
    _P_WD_ABBR: ("digit",),
    _P_POD: ("pod",),
    _P_CENTURY: ("century",),
}
# per trigger class: how far a match reaches before its trigger (the longest
# prefix, "bis einschließlich kommenden frühen ") and after it ("Sonntagnachmittag,
# den 21."; "13. September 2022" is triggered by "2022" too)
_REACH: dict[str, tuple[int, int]] = {
    "digit": (24, 16),
    "weekday": (40, 30),
    "month": (30, 16),
    "relday": (12, 24),
    "refday": (16, 16),
    "night": (12, 36),
    "calendar": (32, 16),
    "holiday": (40, 30),
    "quarter": (40, 16),
    "kw": (20, 24),
    "decade": (24, 16),
    "pod": (36, 16),
    "century": (24, 24),
    "unit": (40, 16),
    "season": (32, 16),
    "set": (12, 32),
}


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    low = text.lower()
    n = len(text)
    hits: dict[str, list[int]] = {}
    if len(low) == n:  # lower() kept the offsets (it does for German text)
        for cls, words in _TRIGGERS.items():
            found = []
            for w in words:
                i = low.find(w)
                while i >= 0:
                    found.append(i)
                    i = low.find(w, i + 1)
            hits[cls] = found
    else:
        # rare (e.g. "İ"): scan everything
        hits = {cls: list(range(0, n + 16, 16)) for cls in _TRIGGERS}
    hits["digit"] = [m.start() for m in _DIGITS.finditer(text)]
    out: dict[str, list[tuple[int, int]]] = {}
    for cls, positions in hits.items():
        spans: list[tuple[int, int]] = []
        before, after = _REACH[cls]
        for i in sorted(positions):
            a, b = max(0, i - before), min(n, i + after)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], b))
            else:
                spans.append((a, b))
        out[cls] = spans
    return out


def _union(spans: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(x for s in spans for x in s):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _candidates(text: str) -> list[_Cand]:
    windows = _windows(text)
    found: list[_Cand] = []
    for pattern, make in _PATTERNS:
        classes = _PATTERN_TRIGGERS[pattern]
        spans = (
            windows[classes[0]]
            if len(classes) == 1
            else _union([windows[c] for c in classes])
        )
        last = -1
        for a, b in spans:
            for m in pattern.finditer(text, max(a, last), b):
                if m.end() > m.start():
                    found.extend(make(m, text))
                    last = m.end()
    # leftmost, then longest, then the more specific pattern
    found.sort(key=lambda c: (c.start, c.start - c.end, -c.prio))
    chosen: list[_Cand] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return _merge(text, chosen)


def _merge(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "Mittwoch, 20. Januar" and "09.01.2022 17:17 Uhr" into one expression."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.data.get("relday")
            and c.cat == "weekday"
            and not c.data.get("prep")
            and _touches(text, prev, c, _GAP_APPOSITION)
        ):
            # "Gestern, Montag, verfolgte …": one day, named twice
            out[-1] = _Cand(
                prev.start, c.end, "day", prev.resolver, prev.prio, prev.data
            )
        elif (
            prev is not None
            and _touches(text, prev, c, _GAP_WD_DATE)
            and (prev.cat == "weekday" and c.cat == "dmy")
        ):
            out[-1] = _weekday_and_date(prev, c)
        elif (
            prev is not None
            and prev.cat in ("dmy", "weekday", "day")
            and c.cat == "time"
            and _touches(text, prev, c, _GAP_DAY_TIME)
        ):
            out[-1] = _day_and_time(prev, c, prev.start, c.end)
        elif (
            prev is not None
            and prev.cat == "time"
            and c.cat in ("dmy", "weekday", "day")
            and _touches(text, prev, c, _GAP_TIME_DAY)
        ):
            out[-1] = _day_and_time(c, prev, prev.start, c.end)
        else:
            out.append(c)
    return out


def _touches(text: str, a: _Cand, b: _Cand, gap: re.Pattern[str]) -> bool:
    m = gap.match(text, a.end, b.start)
    return m is not None and m.end() == b.start


def _weekday_and_date(wd: _Cand, dmy: _Cand) -> _Cand:
    date_res = dmy.data["res"]
    weekday, pod = wd.data["wd"], wd.data["pod"]

    def res(ctx: _Ctx) -> _Res:
        v, gran, kind, timex, mod = date_res(ctx, weekday)
        if pod:
            gran = "part-of-day"
            timex = _day_timex(v, pod) if v else timex
        return v, gran, kind, timex, mod

    return _Cand(wd.start, dmy.end, "dmy", res, dmy.prio, {**dmy.data, "res": None})


def _day_and_time(day: _Cand, tm: _Cand, start: int, end: int) -> _Cand:
    time_res = tm.data["res"]

    def res(ctx: _Ctx) -> _Res:
        v, _gran, _kind, _timex, mod = day.resolver(ctx)
        d = _as_date(v)
        if d is None:
            return None, "datetime", "time", None, mod
        return time_res(ctx, d)

    return _Cand(start, end, "datetime", res, tm.prio)


class _Tenses:
    """Tense of the clause around an offset, falling back to its sentence."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]] | None) -> None:
        self.text = text
        if sentences is None:
            sentences = _split_sentences(text)
        self.sentences = sorted(sentences)
        self.starts = [s for s, _ in self.sentences]
        self.cache: dict[tuple[int, int, int], str | None] = {}

    def at(self, start: int, end: int) -> str | None:
        i = bisect_right(self.starts, start) - 1
        s0, s1 = self.sentences[i] if i >= 0 else (0, len(self.text))
        if not s0 <= start < s1:
            s0, s1 = start, end
        c0, c1 = s0, s1
        for m in _CLAUSE_SPLIT.finditer(self.text, s0, s1):
            if m.end() <= start:
                c0 = m.end()
            elif m.start() >= end:
                c1 = m.start()
                break
        tense = self._tense(c0, c1, start, end, False)
        if tense is None and (c0, c1) != (s0, s1):
            tense = self._tense(s0, s1, start, end, True)
        return tense

    def _tense(self, a: int, b: int, start: int, end: int, outside: bool) -> str | None:
        key = (a, b, start)
        if key not in self.cache:
            # the expression itself is no verb ("am Montagmorgen")
            t = self.text[a:start] + " " + self.text[end:b]
            self.cache[key] = _tense_of(t, ignore_speech=outside)
        return self.cache[key]


def find_times(
    text: str,
    anchor: date | datetime | None = None,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[TimeValue]:
    """Find German time expressions in ``text`` and resolve them against ``anchor``.

    Parameters
    ----------
    text
        German text, typically a whole article or one sentence.
    anchor
        The reference date, normally the publication date. Without it only
        self-contained expressions ("13.01.2022") get a value.
    sentences
        ``(start, end)`` character offsets of the sentences of ``text`` (e.g.
        from ``doc.sents``); split on punctuation and line breaks if omitted.
        Tense cues are read from the clause, else the sentence, of each
        expression.

    Returns
    -------
    list of TimeValue
        Non-overlapping, in text order.

    Example
    -------
    >>> [t.value.isoformat() for t in find_times("Am Mittwoch traf er sie.",
    ...                                          date(2022, 1, 9))]
    ['2022-01-05']
    """
    if not isinstance(text, str):
        raise InputError(f"find_times: expected text as str, got {type(text).__name__}")
    ctx = _context(anchor)
    cands = _candidates(text)
    if not cands:
        return []
    tenses = _Tenses(text, sentences)
    out = []
    for c in cands:
        ctx.tense = tenses.at(c.start, c.end)
        out.append(_finish(text, c, ctx))
    return out


def _context(anchor: date | datetime | None) -> _Ctx:
    if anchor is None:
        return _Ctx(None)
    if isinstance(anchor, datetime):
        return _Ctx(anchor.date(), anchor_dt=anchor.replace(tzinfo=None))
    if isinstance(anchor, date):
        return _Ctx(anchor)
    raise InputError(
        f"anchor: expected a date or datetime, got {type(anchor).__name__}"
    )


def _finish(text: str, c: _Cand, ctx: _Ctx) -> TimeValue:
    try:
        value, gran, kind, timex, mod = c.resolver(ctx)
    except (ValueError, OverflowError):
        # the value falls outside the calendar (an anchor near year 1 or 9999):
        # keep the expression, unresolved
        _, gran, kind, timex, mod = c.resolver(_Ctx(None, tense=ctx.tense))
        value = None
    if (
        value is not None
        and kind in ("date", "time")
        and gran in ("day", "part-of-day", "datetime")
    ):
        ctx.ref = _as_date(value)
    return TimeValue(
        text[c.start : c.end], c.start, c.end, value, gran, kind, timex, mod
    )


def resolve(
    expression: str, anchor: date | datetime | None, *, tense: str | None = None
) -> TimeValue:
    """Resolve one German time expression, with the tense given rather than read.

    Parameters
    ----------
    expression
        The expression alone ("am Mittwoch", "Sonntagabend", "13.01.2022").
    anchor
        The reference date (publication date), or ``None``.
    tense
        ``"past"``, ``"present"``, ``"future"`` or ``None`` (no cue: the
        nearest occurrence).

    Returns
    -------
    TimeValue
        Offsets into ``expression``; the longest expression found in it.

    Raises
    ------
    InputError
        If ``expression`` holds no time expression or ``tense`` is unknown.

    Example
    -------
    >>> resolve("am Mittwoch", date(2022, 1, 9), tense="future").value
    datetime.date(2022, 1, 12)
    """
    if tense is not None and tense not in TENSES:
        raise InputError(f"resolve: expected tense in {sorted(TENSES)}, got {tense!r}")
    cands = _candidates(expression)
    if not cands:
        raise InputError(
            f"resolve: expected a German time expression, got {expression!r}"
        )
    best = max(cands, key=lambda c: (c.end - c.start, -c.start))
    ctx = _context(anchor)
    ctx.tense = tense
    return _finish(expression, best, ctx)
