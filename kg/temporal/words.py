"""Reading the German words of a match: modifiers, numbers and pointing words.

The words themselves are data in :mod:`kg.lang.de.time`; these helpers turn the
text of a regex group into what a resolver needs.
"""

from __future__ import annotations

from kg.lang.de.time import (
    LAST_STEMS,
    NEXT_STEMS,
    NUMBER_WORDS,
    PREPOSITION_MODS,
    THIS_STEMS,
)

__all__ = ["fmt_num", "norm", "num_value", "prep_mod", "rel_sign"]


def norm(s: str | None) -> str | None:
    """Lowercase with single spaces ("Bis  zum" -> "bis zum"); ``None`` stays."""
    return " ".join(s.lower().split()) if s else None


def prep_mod(prep: str | None) -> str | None:
    """The TIMEX3 modifier of a preposition ("seit dem" -> "ON_OR_AFTER")."""
    return PREPOSITION_MODS.get(norm(prep) or "")


def rel_sign(rel: str | None) -> int | None:
    """+1 for kommende/nächste, -1 for vergangene/letzte, 0 for diese;
    +2 for übernächste, -2 for vorletzte; ``None`` for anything else."""
    if not rel:
        return None
    r = rel.lower()
    if r.startswith("übernächst"):
        return 2
    if r.startswith("vorletzt"):
        return -2
    if r.startswith(NEXT_STEMS):
        return 1
    if r.startswith(LAST_STEMS):
        return -1
    if r.startswith(THIS_STEMS):
        return 0
    return None


def num_value(n: str | None) -> float | None:
    """The amount of a number as written: digits ("2,5"), a number word
    ("zweieinhalb"), "einen halben"; ``None`` for none or a vague one."""
    if n is None:
        return None
    s = " ".join(n.lower().split())
    if s[0].isdigit():
        return float(s.replace(",", "."))
    if "halbe" in s:
        return 0.5
    return NUMBER_WORDS.get(s)


def fmt_num(x: float) -> str:
    """An amount for TIMEX3: "2" for 2.0, "2.5" for 2.5."""
    return str(int(x)) if x == int(x) else str(x)
