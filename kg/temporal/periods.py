"""Makers for periods longer than a day: months ("im Januar", "Anfang März",
"2022-01"), years ("2015", "im Jahr 2015", "2015/16"), seasons ("im Herbst"),
quarters ("im dritten Quartal", "Q3 2015"), calendar weeks ("KW 11"), decades
("die Siebziger", "in den 90er Jahren") and centuries ("im 15. Jahrhundert").

* A month without a year: future and present -> ahead (present: except the
  two months just past, "Im April liegt die Quote bei …"); past -> back; no
  cue -> the nearest.
* Seasons, decades and centuries keep ``value=None``; their TIMEX3 value
  ("2015-SU", "197", "14") says what they mean.
"""

from __future__ import annotations

import re
from datetime import date

from kg.lang.de.time import (
    DECADE_WORDS,
    MONTHS,
    POSITION_MODS,
    QUARTER_ORDINALS,
    SEASONS,
)
from kg.temporal.anchor import choose, direction_from, pointed_month
from kg.temporal.calendar import monday, months_between, week_timex
from kg.temporal.candidate import Candidate, Context, Resolution, fixed
from kg.temporal.patterns import (
    CAP_WORD_AFTER,
    CAP_WORD_BEFORE,
    COUNT_AFTER,
    NOUN_AFTER,
    NUMBERISH_BEFORE,
    at_sentence_start,
)
from kg.temporal.words import prep_mod, rel_sign

__all__ = [
    "make_century",
    "make_decade",
    "make_iso_month",
    "make_kw",
    "make_month",
    "make_quarter",
    "make_season",
    "make_year",
]


def make_iso_month(m: re.Match[str], text: str) -> list[Candidate]:
    """2022-01: a month in ISO notation."""
    y, mon = int(m["y"]), int(m["m"])
    resolution = (date(y, mon, 1), "month", "date", f"{y:04d}-{mon:02d}", None)
    return [Candidate(m.start(), m.end(), "other", fixed(resolution), 3)]


def make_month(m: re.Match[str], text: str) -> list[Candidate]:
    """im Januar, Anfang März, Ende März 2015, im vergangenen Dezember, Jan. 2016."""
    name = m["mon"] or m["abbr"]
    mon = MONTHS[name]
    y = int(m["y"]) if m["y"] else None
    prep, det = m["prep"], m["det"]
    pos = m["mod"]
    if prep and prep.lower() in POSITION_MODS and not pos:
        pos, prep = prep, None
    if not (prep or pos or det or y) and _is_a_name(m, text):
        return []
    mod = POSITION_MODS.get(pos.lower()) if pos else prep_mod(prep)
    sign = rel_sign(det)

    def res(ctx: Context) -> Resolution:
        if y is not None:
            return date(y, mon, 1), "month", "date", f"{y:04d}-{mon:02d}", mod
        a = ctx.anchor
        if a is None:
            return None, "month", "date", f"XXXX-{mon:02d}", mod
        v = pointed_month(a, mon, sign)
        if v is None:
            v = _month_by_tense(a, mon, ctx.tense, prep)
        assert v is not None
        return v, "month", "date", f"{v.year:04d}-{mon:02d}", mod

    return [Candidate(m.start(), m.end(), "other", res, 2)]


def _is_a_name(m: re.Match[str], text: str) -> bool:
    """Whether a bare month name is part of a name: "August Bebel", "Mai Thi …",
    "Chiang Mai"."""
    if CAP_WORD_AFTER.match(text, m.end()):
        return True
    if CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        if not at_sentence_start(text, m.start()):
            return True
    return False


def _month_by_tense(
    a: date, mon: int, tense: str | None, prep: str | None
) -> date | None:
    """The 1st of month ``mon`` nearest the anchor ``a`` in the direction of the
    tense; in the present, one of the two months just past."""
    here = date(a.year, a.month, 1)
    cands = [date(a.year + k, mon, 1) for k in (-1, 0, 1)]
    direction = direction_from(tense, prep, present_forward=True)
    back = max(c for c in cands if c <= here)
    if tense == "present" and 0 < months_between(back, here) <= 2:
        return back  # "Im Januar liegt die Quote bei …" written in March
    return choose(cands, here, direction)


def make_year(m: re.Match[str], text: str) -> list[Candidate]:
    """2015, im Jahr 2015, seit 2015, Ende 2015, Sommer 2015; not "2000 Menschen"."""
    y = int(m["y"])
    prep, pos, jahr = m["prep"], m["mod"], m["jahr"]
    if prep and prep.lower() in POSITION_MODS and not pos:
        pos, prep = prep, None
    if not jahr and _is_a_count(m, text, y, bool(prep or pos)):
        return []
    season = SEASONS.get(pos.lower()) if pos else None
    if season:
        timex = f"{y:04d}-{season[0]}"
        in_season = fixed((None, "season", "date", timex, prep_mod(prep)))
        return [Candidate(m.start(), m.end(), "other", in_season, 2)]
    mod = POSITION_MODS.get(pos.lower()) if pos else prep_mod(prep)
    year = fixed((date(y, 1, 1), "year", "date", f"{y:04d}", mod))
    return [Candidate(m.start(), m.end(), "other", year, 1)]


def _is_a_count(m: re.Match[str], text: str, y: int, introduced: bool) -> bool:
    """Whether a number that looks like a year counts something: a noun or unit
    follows ("2000 Menschen", "1500 Euro"), or, without a preposition, a number
    word precedes ("rund 2000", "Platz 1990")."""
    if COUNT_AFTER.match(text, m.end()):
        return True
    if not 1900 <= y <= 2039 and NOUN_AFTER.match(text, m.end()):
        return True
    if not introduced:
        before = text[max(0, m.start() - 20) : m.start()]
        if NUMBERISH_BEFORE.search(before):
            return True
    return False


def make_season(m: re.Match[str], text: str) -> list[Candidate]:
    """im Herbst, im vergangenen Sommer; not a bare "Herbst" (a surname too)."""
    code, first_month = SEASONS[m["season"].lower()]
    prep, det = m["prep"], m["det"]
    if not (prep or det):
        return []  # "Herbst" and "Winter" are surnames too
    sign = rel_sign(det)
    mod = prep_mod(prep)

    def res(ctx: Context) -> Resolution:
        a = ctx.anchor
        if a is None:
            return None, "season", "date", f"XXXX-{code}", mod
        v = pointed_month(a, first_month, sign)
        if v is None:
            here = date(a.year, a.month, 1)
            cands = [date(a.year + k, first_month, 1) for k in (-1, 0, 1)]
            direction = direction_from(ctx.tense, prep, present_forward=False)
            v = choose(cands, here, direction)
        assert v is not None
        return None, "season", "date", f"{v.year:04d}-{code}", mod

    return [Candidate(m.start(), m.end(), "other", res, 2)]


def make_quarter(m: re.Match[str], text: str) -> list[Candidate]:
    """im ersten Quartal, im Schlussquartal, Q3 2015, im vergangenen Quartal."""
    which = _quarter_number_or_offset(m)
    if which is None:
        return []  # "das Quartal"
    number, offset = which
    y = int(m["y"]) if m["y"] else None
    mod = prep_mod(m["prep"])

    def res(ctx: Context) -> Resolution:
        a = ctx.anchor
        if number is not None and y is not None:
            yy, qq = y, number
        elif a is None:
            timex = f"XXXX-Q{number}" if number else None
            return None, "quarter", "date", timex, mod
        elif number is not None:
            here = date(a.year, 3 * ((a.month - 1) // 3) + 1, 1)
            cands = [date(a.year + k, 3 * number - 2, 1) for k in (-1, 0, 1)]
            direction = direction_from(ctx.tense, m["prep"], present_forward=False)
            v = choose(cands, here, direction)
            assert v is not None
            yy, qq = v.year, number
        else:
            n = a.year * 4 + (a.month - 1) // 3 + (offset or 0)
            yy, qq = n // 4, n % 4 + 1
        return date(yy, 3 * qq - 2, 1), "quarter", "date", f"{yy:04d}-Q{qq}", mod

    return [Candidate(m.start(), m.end(), "other", res, 2)]


def _quarter_number_or_offset(
    m: re.Match[str],
) -> tuple[int | None, int | None] | None:
    """(number, None) for a named quarter ("Q3", "3.", "dritten",
    "Schlussquartal"), (None, offset) for one counted from the anchor's
    ("vergangenen", "Vorquartal", "laufenden"), ``None`` for neither."""
    ord_word = (m["ord"] or "").lower().rstrip(".")
    q_word = (m["q"] or "").lower()
    if m["qn"]:
        return int(m["qn"][1]), None
    if ord_word.isdigit():
        return int(ord_word), None
    if ord_word in QUARTER_ORDINALS:
        return QUARTER_ORDINALS[ord_word], None
    if q_word.startswith("schlussquartal"):
        return 4, None
    if q_word.startswith("vorquartal"):
        return None, -1
    if ord_word:
        offset = rel_sign(ord_word)
        if offset is None:
            offset = 0 if ord_word == "laufenden" else -1  # abgelaufenen
        return None, offset
    return None


def make_kw(m: re.Match[str], text: str) -> list[Candidate]:
    """KW 11, in der 11. Kalenderwoche, Kalenderwoche 11/2016."""
    week = int(m["w"] or m["w2"])
    if week == 0:
        return []
    y = int(m["y"]) if m["y"] else None
    mod = prep_mod(m["prep"])

    def res(ctx: Context) -> Resolution:
        a = ctx.anchor
        if y is not None:
            years = [y]
        elif a is not None:
            years = [a.year - 1, a.year, a.year + 1]
        else:
            return None, "week", "date", f"XXXX-W{week:02d}", mod
        cands = []
        for yy in years:
            try:
                cands.append(date.fromisocalendar(yy, week, 1))
            except ValueError:  # week 53 in a year of 52
                continue
        if a is not None and y is None:
            v = choose(
                cands,
                monday(a),
                direction_from(ctx.tense, m["prep"], present_forward=False),
            )
        else:
            v = cands[0] if cands else None
        if v is None:
            return None, "week", "date", None, mod
        return v, "week", "date", week_timex(v), mod

    return [Candidate(m.start(), m.end(), "other", res, 2)]


def make_decade(m: re.Match[str], text: str) -> list[Candidate]:
    """Ende der Siebziger, in den 70er Jahren, die 1990er, der Neunzigerjahre."""
    if m["w"]:
        if not (m["mod"] or m["art"] or m["wj"]):
            return []  # "ein Siebziger" is a person in his seventies
        digit, century = DECADE_WORDS[m["w"].lower()], "19"
    else:
        digit, century = int(m["d"]), m["c"] or ("20" if m["d"] in "01" else "19")
    mod = POSITION_MODS.get(m["mod"].lower()) if m["mod"] else None
    resolution = (None, "decade", "date", f"{century}{digit}", mod)
    return [Candidate(m.start(), m.end(), "other", fixed(resolution), 2)]


def make_century(m: re.Match[str], text: str) -> list[Candidate]:
    """im 15. Jahrhundert, des 21. Jahrhunderts."""
    resolution = (None, "century", "date", f"{int(m['n']) - 1:02d}", None)
    return [Candidate(m.start(), m.end(), "other", fixed(resolution), 2)]
