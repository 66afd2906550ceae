"""Clubs of one sport named by a shorter name in an article about that sport
(``kg/data/gazetteer/sports.tsv``): "Red Bull Salzburg" is the ice-hockey club
EC Red Bull Salzburg in an article about ice hockey, "Sky" the cycling Team Sky
in one about cycling."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.gazetteer.entry import DATA_DIR, Entry
from kg.nlp.gazetteer.files import _rows

#: an article is about a sport when it writes this many of the sport's words
MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class _Sport:
    name: str
    words: re.Pattern[str]
    clubs: tuple[str, ...]


@lru_cache(maxsize=1)
def _sports() -> tuple[_Sport, ...]:
    out = []
    for _, (name, words, clubs) in _rows(DATA_DIR / "sports.tsv", 3):
        alts = "|".join(re.escape(w) for w in words.split("|") if w)
        # a whole word or the first part of a compound ("Eishockey-Meister")
        pattern = re.compile(rf"\b(?:{alts})(?=\b|-)")
        out.append(_Sport(name, pattern, tuple(c for c in clubs.split("|") if c)))
    return tuple(out)


@lru_cache(maxsize=4)
def sports_of(text: str) -> tuple[str, ...]:
    """The sports ``text`` is about: those of which it writes at least
    :data:`MIN_WORDS` words.

    Example
    -------
    >>> sports_of("Im Eishockey-Derby fiel der Puck zweimal ins Tor.")
    ('Eishockey',)
    """
    return tuple(s.name for s in _sports() if len(s.words.findall(text)) >= MIN_WORDS)


def club_in_context(
    surface: str, text: str, lookup: Callable[[str], Entry | None]
) -> Entry | None:
    """The club of a sport ``text`` is about whose name ends in ``surface``
    ("Red Bull Salzburg", "Sky"), if exactly one; ``lookup`` finds a club's row
    by its name (:func:`kg.nlp.gazetteer.lookup`)."""
    about = sports_of(text)
    if not about or not surface.strip():
        return None
    found = {
        club
        for s in _sports()
        if s.name in about
        for club in s.clubs
        if club.endswith(" " + surface)
    }
    if len(found) != 1:
        return None
    return lookup(found.pop())
