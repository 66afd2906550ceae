"""The regular expressions of the finder: one pattern per kind of expression, and
the guards that tell a year from a count or a month from a name.

Every pattern starts at a word boundary and is compiled ``re.VERBOSE``; its
named groups are read by the pattern's maker (:mod:`kg.temporal.days`,
:mod:`~kg.temporal.relative`, :mod:`~kg.temporal.periods`,
:mod:`~kg.temporal.durations`). Word lists that are data (month and weekday
names, number words) come from :mod:`kg.lang.de.time`; the short alternations
written inline are grammar, and their order is part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lang.de.time import (
    MONTHS,
    MONTHS_ABBR,
    MONTHS_FULL,
    NUMBER_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

# --- building blocks ------------------------------------------------------------------


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_L = "a-zäöüß"  # lowercase letters
_END = rf"(?![{_L}A-ZÄÖÜ0-9])"  # end of a word, also before "." or "-"
_WD_RE = "|".join(w.capitalize() for w in WEEKDAYS)  # "Montag|Dienstag|…"
_MONTH_FULL_RE = _alt(list(MONTHS_FULL))
_MONTH_ANY_RE = _alt(list(MONTHS))
_DAY_RE = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
# after a month or a holiday an older year is plain too ("im Mai 1291"), unless a
# noun follows ("im Mai 1000 Menschen")
_YEAR_TAIL_RE = rf"(?:{_YEAR_RE}|1[0-4]\d\d(?![ \t]*[A-ZÄÖÜ€$%]))"
_NUM_RE = (
    r"(?:\d+(?:,\d+)?|ein(?:em|en|er|es|e)?\s+halbe[nms]?|"
    + _alt(list(NUMBER_WORDS))
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
P_NUMDATE = _c(
    rf"""(?:\b(?P<prep>{_PREP_DAY})\s+)?
    (?<![\d.,/])(?P<d>{_DAY_RE})\.[ \t]?(?P<m>0?[1-9]|1[0-2])\.
    (?:(?P<y>\s?{_YEAR_RE}|\d\d)(?![\d]))?(?![\d])"""
)
# 2016-03-24, 2016-03-24T14:21:36+01:00 (a time zone is not a clock time)
P_ISO = _c(
    r"""(?<![\d.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)
    (?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?
       (?:Z|[+-]\d\d:?\d\d)?)?(?![\d])"""
)
# 2022-01: a month in ISO notation
P_ISO_MONTH = _c(r"(?<![\d.-])(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d-])")
# 13. Januar [2022], 1. Jan. 2016
P_DAYMONTH = _c(
    rf"""(?:\b(?P<prep>{_PREP_DAY})\s+)?
    (?<![\d.,])(?P<d>{_DAY_RE})\.\s*
    (?:(?P<mon>{_MONTH_FULL_RE}){_END}|(?P<mabbr>{_alt(list(MONTHS_ABBR))}){_END}\.?)
    (?:[ \t]*(?P<y>{_YEAR_TAIL_RE})(?!\d))?"""
)
# the first day of "12. bis 14. Januar", "12./13. März": takes the month of the second
P_DAYRANGE = _c(
    rf"""(?:\b(?P<prep>(?i:vom|von|zwischen\s+dem|am))\s+)?
    (?<![\d.,])(?P<d>{_DAY_RE})\.\s*
    (?:bis(?:\s+(?:zum|einschließlich))?|und|zum|auf|-|–|/)\s*
    (?=(?:{_DAY_RE})\.\s*(?:{_MONTH_ANY_RE}){_END}|(?:{_DAY_RE})\.(?:0?[1-9]|1[0-2])\.)"""
)
# weekdays: "am Mittwoch", "an diesem Montag", "am frühen Montagmorgen",
# "Sonntagabend", "Dienstag früh"; "Samstag, 21." (a bare day of the month)
P_WEEKDAY = _c(
    rf"""(?:\b(?P<prep>{_PREP_DAY})\s+)?
    (?:(?P<det>{_DET_WD})\s+)?
    (?:(?P<early>(?i:frühe[nm]?|späte[nm]?))\s+)?
    \b(?P<wd>{_WD_RE})(?P<pod>{_POD_COMPOUND})?(?![{_L}A-ZÄÖÜ-])
    (?:[ \t]+(?P<pod2>{_POD_WORD})(?![{_L}]))?
    (?:,?[ \t]*(?:(?i:den|dem)\s+)?
       (?P<dom>{_DAY_RE})\.(?!\s*(?:\d|{_MONTH_ANY_RE})))?"""
)
# "Di. 01.12.15", "Mo, 13.01.2022": abbreviated weekdays only before a date
_WD_ABBR_RE = "|".join(WEEKDAY_ABBREVIATIONS)
P_WD_ABBR = _c(rf"""\b(?P<wd>{_WD_ABBR_RE})\.?,?(?=[ \t]+\d{{1,2}}\.\d{{1,2}}\.)""")
# am Abend, am frühen Nachmittag, in der Nacht: a part of the day last mentioned
P_POD = _c(
    rf"""\b(?P<prep>(?i:am|gegen|bis\s+zum|seit\s+dem|vom|in\s+der|bis\s+in\s+die))\s+
    (?:(?P<early>frühen|späten)\s+)?
    (?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?![{_L}])"""
)
# im 15. Jahrhundert, des 21. Jahrhunderts
P_CENTURY = _c(
    r"""(?:\b(?P<prep>(?i:im|ins|seit\s+dem|bis\s+ins|des|dem|das))\s+)?
    (?<![\d.])\b(?P<n>[1-9]|1\d|2[01])\.[ \t]*Jahrhunderts?\b"""
)
# "in der Nacht zum Montag", "in der Nacht von Sonntag auf Montag"
P_NIGHT = _c(
    rf"""(?:\b(?i:in\s+der)\s+)?\b(?:Nacht|(?i:nachts))\s+
    (?:(?i:zum|zu|auf)|(?i:von)\s+(?:{_WD_RE})\s+(?i:auf|zum|zu))\s+
    (?:(?i:den|dem)\s+)?(?P<wd>{_WD_RE})\b"""
)
# heute, morgen, gestern, übermorgen, vorgestern (+ part of day)
P_RELDAY = _c(
    rf"""(?:\b(?P<prep>(?i:bis|ab|seit|für))\s+)?
    \b(?P<rel>(?i:heute|gestern|vorgestern|übermorgen)|morgen|Morgen)(?![{_L}])
    (?:[ \t]+(?P<pod>{_POD_WORD})(?![{_L}]))?"""
)
# heutigen, gestrigen, morgigen (Treffen) ...
P_RELADJ = _c(
    rf"""\b(?P<adj>(?i:heutig|gestrig|vorgestrig|morgig|übermorgig))
    (?:e[nmrs]?)(?![{_L}])"""
)
# relative to the last mentioned day: am Vortag, am Tag zuvor, tags darauf ...
P_REFDAY = _c(
    rf"""(?:\b(?P<prep>(?i:am|vom|bis\s+zum|seit\s+dem|des))\s+)?
    \b(?P<what>Vortag(?:es|s)?|Vorabend(?:s)?|Folgetag(?:es|s)?
      |(?:nächsten|folgenden|darauffolgenden|selben|gleichen)\s+Tag(?:es|s)?
      |Tag(?:es)?\s+(?:zuvor|davor|danach|darauf)|(?i:tags)\s+(?:zuvor|darauf|davor))
    (?![{_L}])"""
)
# kommende Woche, in der kommenden Woche, Ende der Woche, im vergangenen Jahr
P_RELUNIT = _c(
    rf"""(?:\b(?P<prep>(?i:in|im|am|zum|bis\s+zum|bis|seit|ab|für|vom|von|nach|vor|übers|über\s+das|während\s+der|während\s+des))\s+)?
    (?:\b(?P<mod>(?i:Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<art>(?i:der|des|dem|die|das|den))\s+)?
    (?:\b(?P<rel>{_REL})\s+)?
    \b(?P<unit>Wochenende[ns]?|Woche|Monat(?:e?s)?|Jahr(?:e?s)?)(?![{_L}])"""
)
# Vorjahr, Vorwoche, Jahresende, Monatsanfang ...
P_COMPOUND = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|am|zum|bis\s+zum|bis|seit|ab|vom|von|zur|zu|vor|nach))\s+)?
    (?:\b(?P<art>(?i:de[mnrs]|die|das))\s+)?
    \b(?P<comp>Vorwoche|Vormonat|Vorjahr|Folgewoche|Folgemonat|Folgejahr
      |Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Monatsende|Monatsbeginn
      |Monatsanfang|Monatsmitte|Wochenbeginn|Wochenanfang|Wochenmitte)(?:e?s)?(?![{_L}])"""
)
# im Januar, Anfang März, Ende März 2015, im vergangenen Dezember, Jan. 2016
P_MONTH = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|seit|bis|ab|vom|von|für|vor|nach|zum|bis\s+zum|bis\s+in\s+den|Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<mod>(?i:Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<det>(?i:kommenden|nächsten|vergangenen|letzten|vorigen|diesen|diesem|dieses))\s+)?
    \b(?:(?P<mon>{_MONTH_FULL_RE})(?![{_L}A-ZÄÖÜ-])|(?P<abbr>{_alt(list(MONTHS_ABBR))})\.(?=\s*{_YEAR_RE}))
    (?:[ \t]+(?P<y>{_YEAR_TAIL_RE})(?!\d))?"""
)
# 2015, im Jahr 2015, seit 2015, Ende 2015, Sommer 2015
P_YEAR = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|seit|bis|ab|vom|von|für|vor|nach|zum|um|bis\s+zum|bis\s+in\s+das|Anfang|Mitte|Ende|Beginn))\s+)?
    (?:\b(?P<mod>(?i:Anfang|Mitte|Ende|Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter))\s+)?
    (?:\b(?P<jahr>(?i:(?:im|das|des|dem)\s+)?Jahre?s?)\s+)?
    (?<![\d.,:/])(?<![{_L}A-ZÄÖÜ]-)\b(?P<y>{_YEAR_RE})(?:/(?P<y2>\d\d)(?!\d))?
    (?![\d{_L}]|[.,:]\d|/\d)"""
)
# im Herbst, im vergangenen Sommer
P_SEASON = _c(
    rf"""(?:\b(?P<prep>(?i:im|seit\s+dem|bis\s+zum|bis\s+in\s+den|ab|vom|zum))\s+)?
    (?:\b(?P<det>(?i:kommenden|nächsten|vergangenen|letzten|vorigen|diesem|laufenden))\s+)?
    \b(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)s?(?![{_L}A-ZÄÖÜ-])"""
)
# um 17 Uhr, 17:17 Uhr, gegen 18.30 Uhr, 15:11
P_TIME = _c(
    rf"""(?:\b(?P<prep>(?i:um|gegen|ab|bis|seit|von|vor|nach|ca\.|circa|etwa|kurz\s+vor|kurz\s+nach))\s+)?
    (?<![\d.:,])\b(?P<h>[01]?\d|2[0-4])
    (?:(?:[:.](?P<mi>[0-5]\d))?\s*(?i:Uhr)(?![{_L}])
      |:(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:]))"""
)
# Silvesternacht, an Ostern, Pfingstmontag 2016, am Tag der Deutschen Einheit
P_HOLIDAY = _c(
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
P_QUARTER = _c(
    rf"""(?:\b(?P<prep>(?i:im|in|seit|bis|ab|für|vom|zum|bis\s+zum))\s+)?
    (?:(?P<ord>\b(?i:ersten|zweiten|dritten|vierten|letzten|vergangenen|abgelaufenen|
        laufenden|kommenden|nächsten|vorigen)|(?<![\d.])[1-4]\.)\s*)?
    \b(?:(?P<q>Quartal|Schlussquartal|Vorquartal|Jahresviertel)(?:e?s)?(?![{_L}])
      |(?P<qn>Q[1-4])\b)
    (?:[ \t/]+(?P<y>{_YEAR_RE})(?!\d))?"""
)
# KW 11, in der 11. Kalenderwoche, Kalenderwoche 11/2016
P_KW = _c(
    rf"""(?:\b(?P<prep>(?i:in\s+der|ab\s+der|seit\s+der|bis\s+zur|der|die))\s+)?
    (?:\b(?:KW|Kw|Kalenderwoche)[ \t]*(?P<w>[1-4]?\d|5[0-3])(?!\d)
      |(?<![\d.])\b(?P<w2>[1-4]?\d|5[0-3])\.[ \t]*(?:Kalenderwoche|KW)\b)
    (?:[ \t/]+(?P<y>{_YEAR_RE})(?!\d))?"""
)
# Ende der Siebziger, in den 70er Jahren, die 1990er, der Neunzigerjahre
P_DECADE = _c(
    rf"""(?:\b(?P<mod>(?i:Anfang|Mitte|Ende))\s+(?i:der)\s+|\b(?P<art>(?i:in\s+den|den|die|der))\s+)?
    \b(?:(?P<c>1[5-9]|20)?(?P<d>\d)0er(?:[ \t-]*Jahren?|-Jahre)?
      |(?P<w>(?i:zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|
        neunziger))(?P<wj>[ \t-]*Jahren?|jahren?)?)(?![{_L}])"""
)
# in den vergangenen Jahren, in den nächsten zwei Wochen: a stretch of time
P_RELSPAN = _c(
    rf"""(?:\b(?P<prep>(?i:in|während|seit|innerhalb|binnen|über|für))\s+)?
    (?:\b(?i:den|der|die)\s+)?
    \b(?P<rel>(?i:letzten|vergangenen|kommenden|nächsten|zurückliegenden|folgenden))\s+
    (?:(?P<n>(?i:{_NUM_RE}))\s+)?
    (?P<unit>Jahrzehnten|Jahrzehnte|Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage
      |Stunden)(?![{_L}])"""
)
# the first time of "10.55 – 19.00 Uhr", "zwischen 16 und 17 Uhr"
P_TIMERANGE = _c(
    r"""(?:\b(?P<prep>(?i:von|zwischen|ab|jeweils))\s+)?
    (?<![\d.:,])\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?
    (?=[ \t]*(?:–|-|—|bis|und)[ \t]*(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?[ \t]*(?i:uhr))"""
)
# vor zwei Wochen, in drei Tagen, seit zweieinhalb Jahren, zwei Jahre lang, 75 Minuten
P_OFFSET = _c(
    rf"""(?:\b(?P<prep>(?i:in|vor|seit|nach|binnen|innerhalb\s+von|innerhalb|für|über|während|bis\s+zu))\s+)?
    (?:\b(?P<q>(?i:mehr\s+als|weniger\s+als|über|fast|knapp|rund|etwa|gut|mindestens|höchstens|ca\.|circa|ungefähr))\s+)?
    (?:\b(?P<n>(?i:{_NUM_RE}))\s+)?
    \b(?P<unit>Jahrhunderte?n?|Jahrzehnte?n?|Jahre?n?|Quartale?n?|Monate?n?|Wochen?|Tage?n?
      |Stunden?|Std\.|Minuten?|[Mm]in\b\.?|Sekunden?|(?:Drei)?[Vv]iertelstunden?)(?![{_L}])
    (?P<lang>[ \t]+lang(?![{_L}]))?"""
)
P_LANG = _c(
    rf"\b(?P<unit>(?i:jahrzehnte|jahre|monate|wochen|tage|stunden))lang(?:e[nmrs]?)?(?![{_L}])"
)
# montags, sonntagabends, jeden Montag, jedes Jahr, alle zwei Jahre, täglich
P_SET = _c(
    rf"""\b(?:(?P<wds>(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag))
        (?P<pods>{_POD_COMPOUND})?s(?![{_L}])
      |(?P<every>(?i:jeden|jede|jedes|alle))\s+(?:(?P<n>{_NUM_RE})\s+)?
        (?P<unit>{_WD_RE}|Tage?|Wochen?|Monate?|Jahre?|Morgen|Abend|Nacht|Wochenende)(?![{_L}])
      |(?P<adv>(?i:täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich|werktags|wochentags)(?![{_L}])))"""
)

# bare years: not when a number word precedes or a noun/unit follows ("2000 Menschen")
NUMBERISH_BEFORE = re.compile(
    r"(?i:rund|etwa|über|mehr\s+als|fast|knapp|bis\s+zu|insgesamt|mindestens|"
    r"höchstens|ca\.|circa|nur|gut|weitere[n]?|nr\.|platz|tel\.?|seite|zimmer|"
    r"artikel|paragraf|§|nummer|linie|gleis|route|bus|zug|flug|modell|version|"
    r"[a-zäöüß]*straße|[a-zäöüß]*str\.)\s+$"
    r"|\b(?:IC|ICE|EC|RE|RB|IR|S|U|A|B|L|K|St|BAB|Nr|No)\.?\s+$"
)
NOUN_AFTER = re.compile(r"[ \t]*(?:[A-ZÄÖÜ€$%]|(?:km|m|kg|t|ha|mal|fach|cm|mm|l)\b)")
# what follows a count rather than a year
COUNT_AFTER = re.compile(
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
CAP_WORD_BEFORE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+[ \t]+$")
UNIT_AFTER = re.compile(r"[ \t]*(?:Std|Stunden?|Min|Minuten?|Sek|Sekunden?|h)\b")
CAP_WORD_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜ][a-zäöü]")
LOWER_WORD_AFTER = re.compile(r"\s+[a-zäöü]")


def at_sentence_start(text: str, i: int) -> bool:
    """Whether only spaces and quotes stand between ``i`` and a sentence end."""
    j = i
    while j > 0 and text[j - 1] in " \t\"„“”«»'(":
        j -= 1
    return j == 0 or text[j - 1] in ".!?:\n"


# "in der Nacht zum Montag" is P_NIGHT, not a part of day
NIGHT_TO = re.compile(r"\s+(?i:zum|zu|auf|von|vom)\b")
