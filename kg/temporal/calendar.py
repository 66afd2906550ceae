"""Calendar arithmetic that needs no anchor: month steps, ISO weeks, Easter, holidays,
and the TIMEX3 spelling of days and weeks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kg.lang.de.time import HOLIDAYS_EASTER, HOLIDAYS_FIXED

__all__ = [
    "add_months",
    "as_date",
    "day_timex",
    "easter",
    "expand_year",
    "holiday",
    "monday",
    "months_between",
    "safe_date",
    "week_timex",
    "weekday_timex",
]


def as_date(value: date | datetime | None) -> date | None:
    """The day of a date or datetime."""
    if isinstance(value, datetime):
        return value.date()
    return value


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)``, or ``None`` when there is no such day (31 April)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """Year and month ``k`` months after month ``m`` of year ``y``."""
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def months_between(a: date, b: date) -> int:
    """Whole calendar months from ``a`` to ``b`` (days ignored)."""
    return (b.year - a.year) * 12 + b.month - a.month


def monday(d: date) -> date:
    """The Monday of the ISO week of ``d``."""
    return d - timedelta(days=d.weekday())


def week_timex(d: date) -> str:
    """The ISO week of ``d`` as TIMEX3 ("2022-W02")."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def day_timex(d: date, pod: str | None = None) -> str:
    """The day ``d`` as TIMEX3, with a part of day ("2022-01-09TEV")."""
    return d.isoformat() + (f"T{pod}" if pod else "")


def expand_year(y: str) -> int:
    """A year as written: four digits, or two ("22" -> 2022, "95" -> 1995)."""
    y = y.strip()
    if len(y) == 4:
        return int(y)
    yy = int(y)
    return 2000 + yy if yy < 70 else 1900 + yy


def easter(y: int) -> date:
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


def holiday(name: str, y: int) -> date:
    """The day of a holiday of :mod:`kg.lang.de.time` (lowercase name) in year ``y``."""
    if name in HOLIDAYS_FIXED:
        return date(y, *HOLIDAYS_FIXED[name])
    return easter(y) + timedelta(days=HOLIDAYS_EASTER[name])


def weekday_timex(wd: int) -> str:
    """Any week's weekday ``wd`` (0 = Monday) as TIMEX3 ("XXXX-WXX-1")."""
    return f"XXXX-WXX-{wd + 1}"
