"""Makers for amounts of time: offsets from the anchor ("vor zwei Wochen", "in drei
Tagen"), durations ("seit zweieinhalb Jahren", "zwei Jahre lang", "jahrelang",
"in den vergangenen Jahren") and sets ("montags", "jedes Jahr", "täglich").

An offset has a value (the anchor moved by the amount); durations and sets keep
``value=None`` and say what they mean in TIMEX3 ("P2.5Y", "XXXX-WXX-1").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kg.lang.de.time import (
    FREQUENCY_ADVERBS,
    PARTS_OF_DAY,
    QUANTITY_MODS,
    UNITS,
    VAGUE_NUMBER_STEMS,
    WEEKDAYS,
)
from kg.temporal.anchor import period_from
from kg.temporal.calendar import weekday_timex
from kg.temporal.candidate import Candidate, Context, Resolution, fixed
from kg.temporal.words import fmt_num, norm, num_value

__all__ = ["make_lang", "make_offset", "make_relspan", "make_set"]

#: unit -> (TIMEX3 duration letter, granularity)
_UNIT_TIMEX: dict[str, tuple[str, str]] = {
    "century": ("CE", "year"),
    "decade": ("DE", "year"),
    "year": ("Y", "year"),
    "quarter": ("Q", "month"),
    "month": ("M", "month"),
    "week": ("W", "week"),
    "day": ("D", "day"),
    "hour": ("H", "datetime"),
    "minute": ("M", "datetime"),
    "second": ("S", "datetime"),
}


def _unit_key(word: str) -> str:
    """The key of :data:`kg.lang.de.time.UNITS` that a unit word begins with."""
    return next(k for k in UNITS if word.startswith(k))


def _unit(key: str) -> tuple[str, str, str]:
    """(unit, TIMEX3 letter, granularity) of a key of ``UNITS``."""
    unit = UNITS[key]
    letter, gran = _UNIT_TIMEX[unit]
    return unit, letter, gran


def make_offset(m: re.Match[str], text: str) -> list[Candidate]:
    """vor zwei Wochen, in drei Tagen (offsets); seit zweieinhalb Jahren, zwei
    Jahre lang, 75 Minuten (durations)."""
    unit_word = m["unit"].lower().rstrip(".")
    key = _unit_key(unit_word)
    if key == "tag" and unit_word.startswith("tages"):
        return []
    unit, letter, gran = _unit(key)
    prep = norm(m["prep"])
    q = norm(m["q"])
    n, n_raw = _amount(key, m["n"])
    plural = unit_word.endswith(("n", "e")) and unit_word not in (
        "stunde",
        "minute",
        "sekunde",
        "woche",
    )
    if prep is None and q is None and n_raw is None:
        return []
    if prep in ("in", "vor") and not (prep == "in" and n is not None and n != int(n)):
        if n_raw is None and not (prep == "vor" and plural):
            return []  # "in Wochen" is not a date, "vor Jahren" is
        if prep == "in" and n is None:
            return []
        return [_offset_candidate(m, unit, gran, -1 if prep == "vor" else 1, n, q)]
    if not _is_duration(prep, q, n, n_raw, unit, plural, lang=bool(m["lang"])):
        return []
    timex = _duration_timex(unit, letter, gran, n)
    resolution = (None, gran, "duration", timex, QUANTITY_MODS.get(q or ""))
    return [Candidate(m.start(), m.end(), "other", fixed(resolution), 1)]


def _is_duration(
    prep: str | None,
    q: str | None,
    n: float | None,
    n_raw: str | None,
    unit: str,
    plural: bool,
    *,
    lang: bool,
) -> bool:
    """Whether an amount of time that is no offset reads as a duration."""
    if prep is None and n == 1 and unit == "day" and not lang and not q:
        return False  # "ein Tag der Freude"
    if prep is None and n_raw is None:
        return False  # "über Jahre" needs a preposition from the list
    if prep in ("für", "über", "während", "bis zu") and n_raw is None:
        return False
    if prep == "seit" and n_raw is None and not plural:
        return False
    return True


def _duration_timex(unit: str, letter: str, gran: str, n: float | None) -> str:
    """ "P2.5Y", "PT75M", "PXW"; decades and centuries count in years."""
    if unit in ("century", "decade"):
        factor = 100 if unit == "century" else 10
        letter = "Y"
        n = n * factor if n is not None else None
    amount = "X" if n is None else fmt_num(n)
    return ("PT" if gran == "datetime" else "P") + amount + letter


def _amount(key: str, n_raw: str | None) -> tuple[float | None, str | None]:
    """The amount (``None`` when vague: "vor wenigen Tagen") and the number as
    written; a quarter of an hour counts in minutes ("eine Viertelstunde": 15)."""
    vague = n_raw is not None and n_raw.lower().startswith(VAGUE_NUMBER_STEMS)
    n = None if vague else num_value(n_raw)
    if key in ("viertelstunde", "dreiviertelstunde"):
        per = 15 if key == "viertelstunde" else 45
        n = (n if n is not None else 1) * per if not vague else None
        n_raw = n_raw or "eine"
    return n, n_raw


def _offset_candidate(
    m: re.Match[str], unit: str, gran: str, sign: int, n: float | None, q: str | None
) -> Candidate:
    """ "vor zwei Wochen", "in drei Tagen": the anchor moved by the amount."""
    mod = QUANTITY_MODS.get(q or "")
    if mod and mod != "APPROX":
        n = None  # "vor mehr als zwei Jahren": no single value

    def res(ctx: Context) -> Resolution:
        try:
            return _shift(ctx, unit, gran, sign, n, mod)
        except (ValueError, OverflowError):  # "vor 8000 Jahren"
            return None, gran, "date", None, mod

    return Candidate(m.start(), m.end(), "other", res, 2)


def _shift(
    ctx: Context, unit: str, gran: str, sign: int, n: float | None, mod: str | None
) -> Resolution:
    """The anchor moved by ``n`` units, back (``sign`` -1) or ahead (+1); clock
    units only move an anchor that has a clock time."""
    a = ctx.anchor
    if a is None or n is None or n != int(n):
        return None, gran, "date", None, mod
    k = int(n) * sign
    if unit == "day":
        v: date | datetime = a + timedelta(days=k)
        return v, "day", "date", v.isoformat(), mod
    if unit == "week":
        return period_from(a, "week", k, mod)
    if unit in ("month", "quarter"):
        return period_from(a, "month", k * (3 if unit == "quarter" else 1), mod)
    if unit in ("year", "decade", "century"):
        return period_from(
            a, "year", k * {"year": 1, "decade": 10, "century": 100}[unit], mod
        )
    if ctx.anchor_dt is not None:
        delta = {
            "hour": timedelta(hours=k),
            "minute": timedelta(minutes=k),
            "second": timedelta(seconds=k),
        }[unit]
        v = ctx.anchor_dt + delta
        return v, "datetime", "time", v.strftime("%Y-%m-%dT%H:%M"), mod
    return None, "datetime", "time", None, mod


def make_lang(m: re.Match[str], text: str) -> list[Candidate]:
    """jahrelang, wochenlangen: a duration of unknown amount."""
    unit, letter, gran = _unit(_unit_key(m["unit"].lower()))
    if unit == "decade":
        letter = "DE"
    timex = ("PT" if gran == "datetime" else "P") + "X" + letter
    resolution = (None, gran, "duration", timex, None)
    return [Candidate(m.start(), m.end(), "other", fixed(resolution), 1)]


def make_relspan(m: re.Match[str], text: str) -> list[Candidate]:
    """in den vergangenen Jahren, in den nächsten zwei Wochen: a stretch of time."""
    unit, letter, gran = _unit(_unit_key(m["unit"].lower()))
    n = num_value(m["n"]) if m["n"] else None
    if unit == "decade":
        letter, n = "Y", (n * 10 if n else None)
    amount = "X" if n is None else fmt_num(n)
    timex = ("PT" if gran == "datetime" else "P") + amount + letter
    resolution = (None, gran, "duration", timex, None)
    return [Candidate(m.start(), m.end(), "other", fixed(resolution), 1)]


def make_set(m: re.Match[str], text: str) -> list[Candidate]:
    """montags, sonntagabends, jeden Montag, jedes Jahr, alle zwei Jahre, täglich."""
    if m["wds"]:
        timex, gran = _weekday_set(m["wds"], m["pods"])
    elif m["every"]:
        if m["every"].lower() == "alle" and m["n"] is None:
            return []  # "alle Tage" is rare, "alle Jahre wieder" idiomatic
        timex, gran = _every_set(m["unit"].lower(), m["n"])
    else:
        timex, gran = FREQUENCY_ADVERBS[m["adv"].lower()]
    resolution = (None, gran, "set", timex, None)
    return [Candidate(m.start(), m.end(), "other", fixed(resolution), 2)]


def _weekday_set(weekday: str, pod_word: str | None) -> tuple[str, str]:
    """ "montags", "sonntagabends": (timex, granularity)."""
    pod = PARTS_OF_DAY[pod_word.lower()] if pod_word else None
    timex = weekday_timex(WEEKDAYS[weekday.lower()]) + (f"T{pod}" if pod else "")
    return timex, "part-of-day" if pod else "day"


def _every_set(u: str, n_raw: str | None) -> tuple[str, str]:
    """ "jeden Montag", "jeden Abend", "jedes Wochenende", "alle zwei Jahre":
    (timex, granularity) of the unit ``u`` (lowercase)."""
    if u in WEEKDAYS:
        return weekday_timex(WEEKDAYS[u]), "day"
    if u in ("morgen", "abend", "nacht"):
        return f"TXX{PARTS_OF_DAY[u]}", "part-of-day"
    if u.startswith("wochenende"):
        return "XXXX-WXX-WE", "week"
    n = num_value(n_raw) if n_raw else 1
    _, letter, gran = _unit(_unit_key(u))
    return f"P{fmt_num(n or 1)}{letter}", gran
