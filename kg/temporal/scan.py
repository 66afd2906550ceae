"""The expression finder: where the patterns run, which of the overlapping
matches win, and how neighbours join ("Mittwoch, 20. Januar", "09.01.2022
17:17 Uhr").

Speed: literal triggers (digits, weekday and month names, "heute" …) pick
short windows of the text, and only there do the precompiled patterns run;
an article of 5,000 characters takes about 2-3 ms (``bench/eval_temporal.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.lang.de.time import MONTHS, WEEKDAYS
from kg.temporal.calendar import as_date, day_timex
from kg.temporal.candidate import Candidate, Context, Resolution
from kg.temporal.days import (
    make_daymonth,
    make_dayrange,
    make_holiday,
    make_iso,
    make_night,
    make_numdate,
    make_time,
    make_wd_abbr,
    make_weekday,
)
from kg.temporal.durations import make_lang, make_offset, make_relspan, make_set
from kg.temporal.patterns import (
    P_CENTURY,
    P_COMPOUND,
    P_DAYMONTH,
    P_DAYRANGE,
    P_DECADE,
    P_HOLIDAY,
    P_ISO,
    P_ISO_MONTH,
    P_KW,
    P_LANG,
    P_MONTH,
    P_NIGHT,
    P_NUMDATE,
    P_OFFSET,
    P_POD,
    P_QUARTER,
    P_REFDAY,
    P_RELADJ,
    P_RELDAY,
    P_RELSPAN,
    P_RELUNIT,
    P_SEASON,
    P_SET,
    P_TIME,
    P_TIMERANGE,
    P_WD_ABBR,
    P_WEEKDAY,
    P_YEAR,
)
from kg.temporal.periods import (
    make_century,
    make_decade,
    make_iso_month,
    make_kw,
    make_month,
    make_quarter,
    make_season,
    make_year,
)
from kg.temporal.relative import (
    make_compound,
    make_pod,
    make_refday,
    make_reladj,
    make_relday,
    make_relunit,
)

__all__ = ["candidates"]

Maker = Callable[[re.Match[str], str], list[Candidate]]

# Every pattern with its maker and its trigger classes (below). The order is
# part of the behaviour: of two candidates with the same start, length and
# priority, the one of the earlier pattern wins.
_PATTERNS: tuple[tuple[re.Pattern[str], Maker, tuple[str, ...]], ...] = (
    (P_NUMDATE, make_numdate, ("digit",)),
    (P_ISO, make_iso, ("digit",)),
    (P_ISO_MONTH, make_iso_month, ("digit",)),
    (P_DAYMONTH, make_daymonth, ("digit",)),
    (P_DAYRANGE, make_dayrange, ("digit",)),
    (P_WEEKDAY, make_weekday, ("weekday",)),
    (P_NIGHT, make_night, ("night",)),
    (P_RELDAY, make_relday, ("relday",)),
    (P_RELADJ, make_reladj, ("relday",)),
    (P_REFDAY, make_refday, ("refday",)),
    (P_RELUNIT, make_relunit, ("calendar",)),
    (P_COMPOUND, make_compound, ("calendar",)),
    (P_MONTH, make_month, ("month",)),
    (P_YEAR, make_year, ("digit",)),
    (P_SEASON, make_season, ("season",)),
    (P_TIME, make_time, ("digit",)),
    (P_TIMERANGE, make_time, ("digit",)),
    (P_HOLIDAY, make_holiday, ("holiday",)),
    (P_QUARTER, make_quarter, ("quarter",)),
    (P_KW, make_kw, ("kw",)),
    (P_DECADE, make_decade, ("decade",)),
    (P_RELSPAN, make_relspan, ("unit",)),
    (P_WD_ABBR, make_wd_abbr, ("digit",)),
    (P_POD, make_pod, ("pod",)),
    (P_CENTURY, make_century, ("century",)),
    (P_OFFSET, make_offset, ("unit",)),
    (P_LANG, make_lang, ("unit",)),
    (P_SET, make_set, ("weekday", "set")),
)

# Cheap literal triggers decide where the full patterns run: every match of a
# pattern contains one of its triggers, so the patterns only scan short windows
# around them (str.find is far faster than a regex scan of the whole article).
# The class "digit" is every run of digits. Known gap: " tag" and " min" need a
# plain space before them ("Tags darauf" opening a text, "25\xa0Minuten" with a
# no-break space are missed; tests/temporal/test_scan.py).
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "weekday": tuple(WEEKDAYS),
    "month": tuple(sorted({k.lower()[:3] for k in MONTHS} | {"maerz"})),
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

_GAP_WD_DATE = re.compile(r"[ \t]*[,·]?[ \t]*(?:(?i:den|dem)[ \t]+)?")
_GAP_DAY_TIME = re.compile(r"[ \t]*[,|/·–—-]?[ \t]*(?:(?i:ab|um|gegen)[ \t]+)?")
_GAP_TIME_DAY = re.compile(r"[ \t]+")
_GAP_APPOSITION = re.compile(r"[ \t]*,[ \t]*")


def candidates(text: str) -> list[Candidate]:
    """The time expressions of ``text``, not yet resolved: non-overlapping, in
    text order, neighbours joined."""
    windows = _windows(text)
    found: list[Candidate] = []
    for pattern, make, classes in _PATTERNS:
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
    return _merge(text, _leftmost_longest(found))


def _leftmost_longest(found: list[Candidate]) -> list[Candidate]:
    """Of overlapping candidates: the leftmost, then the longest, then the one of
    the more specific pattern."""
    found.sort(key=lambda c: (c.start, c.start - c.end, -c.prio))
    chosen: list[Candidate] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return chosen


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, the merged spans of text around its triggers."""
    n = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for cls, positions in _trigger_positions(text).items():
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


def _trigger_positions(text: str) -> dict[str, list[int]]:
    """Per trigger class, where its triggers occur in ``text``."""
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
    return hits


def _union(spans: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(x for s in spans for x in s):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _merge(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Join "Mittwoch, 20. Januar" and "09.01.2022 17:17 Uhr" into one expression."""
    out: list[Candidate] = []
    for c in cands:
        joined = _join(text, out[-1], c) if out else None
        if joined is None:
            out.append(c)
        else:
            out[-1] = joined
    return out


def _join(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """``prev`` and ``c`` as one expression, or ``None`` if they stay apart."""
    if (
        prev.data.get("relday")
        and c.cat == "weekday"
        and not c.data.get("prep")
        and _touches(text, prev, c, _GAP_APPOSITION)
    ):
        # "Gestern, Montag, verfolgte …": one day, named twice
        return Candidate(prev.start, c.end, "day", prev.resolver, prev.prio, prev.data)
    if (
        _touches(text, prev, c, _GAP_WD_DATE)
        and prev.cat == "weekday"
        and c.cat == "dmy"
    ):
        return _weekday_and_date(prev, c)
    if (
        prev.cat in ("dmy", "weekday", "day")
        and c.cat == "time"
        and _touches(text, prev, c, _GAP_DAY_TIME)
    ):
        return _day_and_time(prev, c, prev.start, c.end)
    if (
        prev.cat == "time"
        and c.cat in ("dmy", "weekday", "day")
        and _touches(text, prev, c, _GAP_TIME_DAY)
    ):
        return _day_and_time(c, prev, prev.start, c.end)
    return None


def _touches(text: str, a: Candidate, b: Candidate, gap: re.Pattern[str]) -> bool:
    m = gap.match(text, a.end, b.start)
    return m is not None and m.end() == b.start


def _weekday_and_date(wd: Candidate, dmy: Candidate) -> Candidate:
    """ "Mittwoch, 20. Januar": the weekday picks the year of the date."""
    date_res = dmy.data["res"]
    weekday, pod = wd.data["wd"], wd.data["pod"]

    def res(ctx: Context) -> Resolution:
        v, gran, kind, timex, mod = date_res(ctx, weekday)
        if pod:
            gran = "part-of-day"
            timex = day_timex(v, pod) if v else timex
        return v, gran, kind, timex, mod

    data = {**dmy.data, "res": None}
    return Candidate(wd.start, dmy.end, "dmy", res, dmy.prio, data)


def _day_and_time(day: Candidate, tm: Candidate, start: int, end: int) -> Candidate:
    """ "am Montag um 17 Uhr", "17 Uhr am Montag": the time on that day."""
    time_res = tm.data["res"]

    def res(ctx: Context) -> Resolution:
        v, _gran, _kind, _timex, mod = day.resolver(ctx)
        d = as_date(v)
        if d is None:
            return None, "datetime", "time", None, mod
        return time_res(ctx, d)

    return Candidate(start, end, "datetime", res, tm.prio)
