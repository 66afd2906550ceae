"""Makers for expressions that count from the anchor or from the last day
mentioned: "heute", "morgen früh", "vor dem morgigen Treffen", "am Vortag",
"kommende Woche", "am Wochenende", "im Vorjahr", "am Abend".

* "kommende"/"vergangene Woche" count ISO weeks from the anchor; on a
  Saturday or Sunday "vergangene Woche" is the week now ending.
* "am Vortag", "am Tag danach", "am Abend" (and a bare clock time) refer to
  the last day mentioned before them in the same text (the anchor when there
  is none).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.lang.de.time import (
    CALENDAR_COMPOUNDS,
    PARTS_OF_DAY,
    POSITION_MODS,
    REFERENCE_DAY_BEFORE,
    REFERENCE_DAY_SAME,
    RELATIVE_DAY_ADJECTIVES,
    RELATIVE_DAYS,
)
from kg.temporal.anchor import choose, direction_from, period_from
from kg.temporal.calendar import day_timex, monday, week_timex
from kg.temporal.candidate import Candidate, Context, Resolution
from kg.temporal.patterns import LOWER_WORD_AFTER, NIGHT_TO, at_sentence_start
from kg.temporal.words import prep_mod, rel_sign

__all__ = [
    "make_compound",
    "make_pod",
    "make_refday",
    "make_reladj",
    "make_relday",
    "make_relunit",
]


def make_relday(m: re.Match[str], text: str) -> list[Candidate]:
    """heute, gestern, vorgestern, morgen, übermorgen (+ part of day)."""
    rel = m["rel"]
    pod_word = m["pod"]
    if rel == "Morgen":
        # capitalised "Morgen" is "tomorrow" only at the start of a sentence
        # before a verb ("Morgen beginnt …"), otherwise it is "the morning"
        if not at_sentence_start(text, m.start("rel")) or pod_word:
            return []
        if not LOWER_WORD_AFTER.match(text, m.end("rel")):
            return []
    if pod_word and pod_word.lower() == "morgen" and rel.lower() == "morgen":
        return []
    offset = RELATIVE_DAYS[rel.lower()]
    pod = PARTS_OF_DAY[pod_word.lower()] if pod_word else None
    mod = prep_mod(m["prep"])

    def res(ctx: Context) -> Resolution:
        gran = "part-of-day" if pod else "day"
        if ctx.anchor is None:
            return None, gran, "date", None, mod
        v = ctx.anchor + timedelta(days=offset)
        return v, gran, "date", day_timex(v, pod), mod

    return [Candidate(m.start(), m.end(), "day", res, 2, {"relday": True})]


def make_reladj(m: re.Match[str], text: str) -> list[Candidate]:
    """heutigen, gestrigen, morgigen (Treffen) …"""
    offset = RELATIVE_DAY_ADJECTIVES[m["adj"].lower()]

    def res(ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return None, "day", "date", None, None
        v = ctx.anchor + timedelta(days=offset)
        return v, "day", "date", v.isoformat(), None

    return [Candidate(m.start(), m.end(), "day", res, 1)]


def make_refday(m: re.Match[str], text: str) -> list[Candidate]:
    """am Vortag, am Tag zuvor, tags darauf, am selben Tag, am Vorabend: counted
    from the last day mentioned."""
    what = " ".join(m["what"].lower().split())
    if what.startswith(REFERENCE_DAY_BEFORE):
        offset = -1
    elif what.startswith(REFERENCE_DAY_SAME):
        offset = 0
    else:
        offset = 1
    pod = "EV" if what.startswith("vorabend") else None
    mod = prep_mod(m["prep"])

    def res(ctx: Context) -> Resolution:
        gran = "part-of-day" if pod else "day"
        base = ctx.ref or ctx.anchor
        if base is None:
            return None, gran, "date", None, mod
        v = base + timedelta(days=offset)
        return v, gran, "date", day_timex(v, pod), mod

    return [Candidate(m.start(), m.end(), "day", res, 2)]


def make_relunit(m: re.Match[str], text: str) -> list[Candidate]:
    """kommende Woche, in der kommenden Woche, Ende der Woche, im vergangenen
    Jahr, am Wochenende."""
    unit = m["unit"].lower()
    rel, pos, art, prep = m["rel"], m["mod"], m["art"], m["prep"]
    sign = rel_sign(rel)
    weekend = unit.startswith("wochenende")
    # "Ende der Woche", "Anfang des Jahres", "am Wochenende"; not "das Jahr"
    if sign is None and not (pos and art) and not (weekend and (prep or art)):
        return []
    mod = POSITION_MODS.get(pos.lower()) if pos else prep_mod(prep)
    gran = (
        "week"
        if unit.startswith("woche")
        else "month"
        if unit.startswith("monat")
        else "year"
    )

    def res(ctx: Context) -> Resolution:
        a = ctx.anchor
        if a is None:
            return None, gran, "date", None, mod
        if weekend:
            v = _weekend(a, sign, ctx.tense, prep)
            return v, "week", "date", week_timex(v) + "-WE", mod
        k = sign or 0
        if gran == "week" and sign == -1 and a.weekday() >= 5:
            k = 0  # on a weekend "vergangene Woche" is the one now ending
        return period_from(a, gran, k, mod)

    return [Candidate(m.start(), m.end(), "other", res, 2)]


def _weekend(a: date, sign: int | None, tense: str | None, prep: str | None) -> date:
    """The Monday of the week whose weekend "(kommendes) Wochenende" means."""
    this_sat = monday(a) + timedelta(days=5)
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
            direction = direction_from(tense, prep, present_forward=True)
            sat = choose([prev_sat, this_sat], a, direction) or this_sat
    return monday(sat)


def make_compound(m: re.Match[str], text: str) -> list[Candidate]:
    """Vorjahr, Vorwoche, Jahresende, Monatsanfang …"""
    unit, offset, compound_mod = CALENDAR_COMPOUNDS[m["comp"].lower()]
    mod = compound_mod or prep_mod(m["prep"])

    def res(ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return None, unit, "date", None, mod
        return period_from(ctx.anchor, unit, offset, mod)

    return [Candidate(m.start(), m.end(), "other", res, 2)]


def make_pod(m: re.Match[str], text: str) -> list[Candidate]:
    """am Abend, am frühen Nachmittag, in der Nacht: a part of the day last
    mentioned."""
    pod = PARTS_OF_DAY[m["pod"].lower()]
    mod = prep_mod(m["prep"])
    if m["pod"] == "Nacht" and NIGHT_TO.match(text, m.end()):
        return []  # "in der Nacht zum Montag" is its own pattern

    def res(ctx: Context) -> Resolution:
        base = ctx.ref or ctx.anchor
        if base is None:
            return None, "part-of-day", "date", f"TXX{pod}", mod
        return base, "part-of-day", "date", day_timex(base, pod), mod

    return [Candidate(m.start(), m.end(), "day", res, 1)]
