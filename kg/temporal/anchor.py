"""Choosing a date relative to the anchor: the direction an expression points in,
and the day, month or holiday it then means.

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
"""

from __future__ import annotations

from datetime import date, timedelta

from kg.lang.de.time import LAST_STEMS, NEXT_STEMS
from kg.temporal.calendar import add_months, monday, safe_date, week_timex
from kg.temporal.candidate import Context, Resolution

__all__ = [
    "choose",
    "direction_from",
    "period_from",
    "pointed_month",
    "resolve_dmy",
    "weekday_date",
]


def choose(cands: list[date], anchor: date, direction: str | None) -> date | None:
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


def direction_from(
    tense: str | None, prep: str | None, *, present_forward: bool
) -> str | None:
    """ "future", "past" or ``None`` (the nearest) from the tense of the clause
    and the preposition before the expression."""
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


def weekday_date(anchor: date, wd: int, det: str | None, direction: str | None) -> date:
    """The day a weekday (0 = Monday) means, seen from ``anchor``: its
    determiner ("kommenden", "gestrigen") decides, else the direction."""
    f = (wd - anchor.weekday()) % 7  # days forward to the weekday (0: today)
    d = (det or "").lower()
    if d.startswith(NEXT_STEMS):
        return anchor + timedelta(days=f or 7)
    if d.startswith(LAST_STEMS):
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


def resolve_dmy(
    ctx: Context,
    d: int,
    m: int | None,
    y: int | None,
    wd: int | None,
    direction: str | None,
) -> date | None:
    """A day date with possibly missing year or month (then a weekday picks it)."""
    if m is not None and y is not None:
        return safe_date(y, m, d)
    a = ctx.anchor
    if a is None:
        return None
    if m is not None:
        return _day_and_month(a, d, m, wd, direction)
    return _day_only(a, d, wd, direction)


def _day_and_month(
    a: date, d: int, m: int, wd: int | None, direction: str | None
) -> date | None:
    """ "am 25. September": the year from the anchor, a weekday and the tense."""
    span = 4 if (m, d) == (2, 29) else 1
    cands = [
        c
        for yy in range(a.year - span, a.year + span + 1)
        if (c := safe_date(yy, m, d)) is not None
    ]
    if wd is not None:
        cands = [c for c in cands if c.weekday() == wd] or cands
    if not cands:
        return None
    # within a month of the anchor the date is plain whatever the tense
    # ("hat die Kundgebung am 25. September abgesagt"); otherwise the
    # tense picks the year (the nearest leap year for 29 February)
    near = [c for c in cands if abs((c - a).days) <= 30]
    return choose(near or cands, a, None if near else direction)


def _day_only(a: date, d: int, wd: int | None, direction: str | None) -> date | None:
    """ "Samstag, 21.": the month (within half a year) from a weekday and the tense."""
    cands = []
    for k in range(-6, 7):
        yy, mm = add_months(a.year, a.month, k)
        c = safe_date(yy, mm, d)
        if c is not None and (wd is None or c.weekday() == wd):
            cands.append(c)
    return choose(cands, a, direction)


def pointed_month(a: date, month: int, sign: int | None) -> date | None:
    """The 1st of ``month`` that "kommenden" (``sign`` +1), "vergangenen" (-1)
    or "diesen" (0) points to from the anchor ``a``; ``None`` for another sign,
    when the tense has to choose."""
    here = date(a.year, a.month, 1)
    cands = [date(a.year + k, month, 1) for k in (-1, 0, 1)]
    if sign == 1:
        return min(c for c in cands if c > here)
    if sign == -1:
        return max(c for c in cands if c < here)
    if sign == 0:
        return date(a.year, month, 1)
    return None


def period_from(a: date, gran: str, k: int, mod: str | None) -> Resolution:
    """The week (its Monday), month (its 1st) or year (1 January) ``k`` periods
    from the one of the anchor ``a`` ("kommende Woche", "im Vorjahr", "vor zwei
    Monaten"), with the modifier ``mod``."""
    if gran == "week":
        v = monday(a) + timedelta(weeks=k)
        return v, "week", "date", week_timex(v), mod
    if gran == "month":
        yy, mm = add_months(a.year, a.month, k)
        return date(yy, mm, 1), "month", "date", f"{yy:04d}-{mm:02d}", mod
    yy = a.year + k
    return date(yy, 1, 1), "year", "date", f"{yy:04d}", mod
