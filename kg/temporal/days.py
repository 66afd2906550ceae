"""Makers for days and moments: dates ("13.01.2022", "am 13. Januar", "12. bis
14. Januar"), weekdays ("am Mittwoch", "Sonntagabend", "Samstag, 21."), the
night before a weekday, holidays ("an Ostern") and clock times ("um 17 Uhr").

A maker takes a match of its pattern (:mod:`kg.temporal.patterns`) and the
text, and returns its candidates: none when a guard says the match is no time
expression, else one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kg.lang.de.time import MONTHS, PARTS_OF_DAY, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from kg.temporal.anchor import choose, direction_from, resolve_dmy, weekday_date
from kg.temporal.calendar import (
    day_timex,
    expand_year,
    holiday,
    safe_date,
    weekday_timex,
)
from kg.temporal.candidate import Candidate, Context, Resolution, fixed
from kg.temporal.patterns import P_DAYMONTH, P_NUMDATE, UNIT_AFTER
from kg.temporal.words import prep_mod

__all__ = [
    "make_dayrange",
    "make_daymonth",
    "make_holiday",
    "make_iso",
    "make_night",
    "make_numdate",
    "make_time",
    "make_wd_abbr",
    "make_weekday",
]


def make_numdate(m: re.Match[str], text: str) -> list[Candidate]:
    """13.01.2022, 13.1.22, 13.01."""
    d, mo = int(m["d"]), int(m["m"])
    y = expand_year(m["y"]) if m["y"] else None
    if y is None and text[m.end() : m.end() + 1].isdigit():
        return []
    prep = m["prep"]
    return [_dmy_candidate(m.start(), m.end(), d, mo, y, prep, prio=3)]


def make_iso(m: re.Match[str], text: str) -> list[Candidate]:
    """2016-03-24, 2016-03-24T14:21:36+01:00."""
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return []
    if m["H"] is None:
        return [
            _dmy_candidate(m.start(), m.end(), d.day, d.month, d.year, None, prio=3)
        ]
    v = datetime(d.year, d.month, d.day, int(m["H"]), int(m["M"]))
    timex = v.strftime("%Y-%m-%dT%H:%M")
    return [
        Candidate(
            m.start(),
            m.end(),
            "datetime",
            fixed((v, "datetime", "time", timex, None)),
            3,
        )
    ]


def make_daymonth(m: re.Match[str], text: str) -> list[Candidate]:
    """13. Januar [2022], 1. Jan. 2016."""
    mon = MONTHS[m["mon"] or m["mabbr"]]
    y = int(m["y"]) if m["y"] else None
    return [_dmy_candidate(m.start(), m.end(), int(m["d"]), mon, y, m["prep"], prio=3)]


def make_dayrange(m: re.Match[str], text: str) -> list[Candidate]:
    """The first day of "12. bis 14. Januar", "12./13. März"."""
    # month (and year) come from the second date of the range
    second = P_DAYMONTH.match(text, m.end()) or P_NUMDATE.match(text, m.end())
    if second is None:
        return []
    if "mon" in second.re.groupindex:
        mon = MONTHS[second["mon"] or second["mabbr"]]
        y = int(second["y"]) if second["y"] else None
    else:
        mon = int(second["m"])
        y = expand_year(second["y"]) if second["y"] else None
    end = m.end("d") + 1
    return [_dmy_candidate(m.start(), end, int(m["d"]), mon, y, m["prep"], prio=2)]


def _dmy_candidate(
    start: int, end: int, d: int, mo: int, y: int | None, prep: str | None, prio: int
) -> Candidate:
    """A day and month, the year perhaps missing; a weekday next to it may pick
    the year (``data["res"]`` takes it)."""
    if safe_date(y or 2000, mo, d) is None:  # 2000 is a leap year: 29.2. passes
        return Candidate(start, end, "other", fixed((None, "day", "date", None, None)))
    mod = prep_mod(prep)

    def res(ctx: Context, wd: int | None = None) -> Resolution:
        direction = direction_from(ctx.tense, prep, present_forward=True)
        v = resolve_dmy(ctx, d, mo, y, wd, direction)
        timex = v.isoformat() if v else f"{y or 'XXXX'}-{mo:02d}-{d:02d}"
        return v, "day", "date", timex, mod

    data = {"d": d, "m": mo, "y": y, "res": res}
    return Candidate(start, end, "dmy", res, prio, data)


def make_weekday(m: re.Match[str], text: str) -> list[Candidate]:
    """am Mittwoch, an diesem Montag, am frühen Montagmorgen, Dienstag früh,
    Samstag, 21."""
    wd = WEEKDAYS[m["wd"].lower()]
    pod_word = m["pod"] or m["pod2"]
    pod = PARTS_OF_DAY[pod_word.lower()] if pod_word else None
    det, prep = m["det"], m["prep"]
    dom = int(m["dom"]) if m["dom"] else None
    mod = prep_mod(prep)

    def res(ctx: Context) -> Resolution:
        gran = "part-of-day" if pod else "day"
        if ctx.anchor is None and dom is None:
            return None, gran, "date", weekday_timex(wd), mod
        direction = direction_from(ctx.tense, prep, present_forward=True)
        if prep and prep.split()[0].lower() in ("vom", "von"):
            direction = "past"  # "die Wahl vom Sonntag", "das Votum von Mittwochabend"
        if dom is not None:
            v = resolve_dmy(ctx, dom, None, None, wd, direction)
        else:
            assert ctx.anchor is not None
            v = weekday_date(ctx.anchor, wd, det, direction)
        return v, gran, "date", day_timex(v, pod) if v else None, mod

    data = {"wd": wd, "pod": pod, "prep": bool(prep or det)}
    return [Candidate(m.start(), m.end(), "weekday", res, 2, data)]


def make_wd_abbr(m: re.Match[str], text: str) -> list[Candidate]:
    """ "Di." of "Di. 01.12.15": only meaningful joined with its date."""
    wd = WEEKDAY_ABBREVIATIONS.index(m["wd"])
    resolution = (None, "day", "date", weekday_timex(wd), None)
    data = {"wd": wd, "pod": None}
    return [Candidate(m.start(), m.end(), "weekday", fixed(resolution), 1, data)]


def make_night(m: re.Match[str], text: str) -> list[Candidate]:
    """ "in der Nacht zum Montag": the evening before the weekday."""
    wd = WEEKDAYS[m["wd"].lower()]

    def res(ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return None, "part-of-day", "date", None, None
        direction = direction_from(ctx.tense, None, present_forward=True)
        v = weekday_date(ctx.anchor, wd, None, direction) - timedelta(days=1)
        return v, "part-of-day", "date", day_timex(v, "NI"), None

    return [Candidate(m.start(), m.end(), "day", res, 3)]


def make_holiday(m: re.Match[str], text: str) -> list[Candidate]:
    """Silvesternacht, an Ostern, Pfingstmontag 2016: the year from the text, else
    the tense picks the nearest one."""
    name = " ".join(m["hol"].lower().split())
    pod_word = m["pod"]
    pod = PARTS_OF_DAY.get(pod_word) if pod_word and pod_word != "tag" else None
    y = int(m["y"]) if m["y"] else None
    prep = m["prep"]
    mod = prep_mod(prep)

    def res(ctx: Context) -> Resolution:
        gran = "part-of-day" if pod else "day"
        if y is not None:
            v: date | None = holiday(name, y)
        elif ctx.anchor is None:
            return None, gran, "date", None, mod
        else:
            a = ctx.anchor
            cands = [holiday(name, yy) for yy in (a.year - 1, a.year, a.year + 1)]
            direction = direction_from(ctx.tense, prep, present_forward=False)
            v = choose(cands, a, direction)
        return v, gran, "date", day_timex(v, pod) if v else None, mod

    return [Candidate(m.start(), m.end(), "day", res, 2)]


def make_time(m: re.Match[str], text: str) -> list[Candidate]:
    """um 17 Uhr, 17:17 Uhr, gegen 18.30 Uhr, 15:11; the first time of a range.
    Its day is the day it joins, else the last day mentioned, else the anchor."""
    h = int(m["h"])
    mi2 = m.groupdict().get("mi2")
    mi = int(m["mi"] or mi2 or 0)
    if h == 24:
        if mi:
            return []
        h = 0
    if mi2 is not None and UNIT_AFTER.match(text, m.end()):
        return []  # "nach 3:48 Stunden", "10:18 Minuten" are durations
    if mi2 is not None and len(m["h"]) == 1 and not m["prep"]:
        # "2:01" is more likely a score than a time without "Uhr"
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"(?:um|gegen|ab|bis|seit)\s*$", before):
            return []
    mod = prep_mod(m["prep"])
    if m["prep"] and m["prep"].lower() in ("gegen", "ca.", "circa", "etwa"):
        mod = "APPROX"
    timex = f"T{h:02d}:{mi:02d}"

    def res(ctx: Context, day: date | None = None) -> Resolution:
        base = day or ctx.ref or ctx.anchor
        if base is None:
            return None, "datetime", "time", timex, mod
        v = datetime(base.year, base.month, base.day, h, mi)
        return v, "datetime", "time", v.strftime("%Y-%m-%dT%H:%M"), mod

    return [Candidate(m.start(), m.end(), "time", res, 2, {"res": res})]
