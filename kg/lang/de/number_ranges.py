"""Ranges of numbers: "zwischen 1972 und 1977", "zwischen Mai 1990 und März 1991".

An "und" (or "bis") between two numbers, or between a number and a month that
opens the second date, joins the two ends of one range of years or amounts: it
opens no new clause and names no second party.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.lang.de.time import MONTHS

__all__ = ["joins_numbers"]


def _number(text: str) -> bool:
    """A number written in digits: "1977", "3,5", "20." (not "zwei")."""
    return text.rstrip(".").replace(",", "").replace(".", "").isdigit()


def joins_numbers(doc: Doc, i: int) -> bool:
    """The token ``i`` is an "und" or "bis" between the two ends of a range of
    numbers or dates: "1972 und 1977", "Mai 1990 und März 1991"."""
    if doc[i].lower_ not in ("und", "bis") or i == 0 or i + 1 >= len(doc):
        return False
    after = doc[i + 1].text
    if after in MONTHS and i + 2 < len(doc):
        after = doc[i + 2].text  # "und März 1991"
    return _number(doc[i - 1].text) and _number(after)
