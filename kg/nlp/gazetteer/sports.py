"""Clubs of one sport named by a shorter name or a nickname in an article about
that sport (``kg/data/gazetteer/sports.tsv``): "Red Bull Salzburg" is the
ice-hockey club EC Red Bull Salzburg in an article about ice hockey, "Sky" the
cycling Team Sky in one about cycling, "die Bullen" the football club Red Bull
Salzburg in one about football."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import InputError
from kg.nlp.gazetteer.entry import DATA_DIR, Entry
from kg.nlp.gazetteer.files import _rows

#: an article is about a sport when it writes this many of the sport's words
MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class _Sport:
    name: str
    words: re.Pattern[str]
    clubs: tuple[str, ...]
    nicknames: tuple[tuple[str, str], ...]  # (nickname, club)


def _nicknames(field: str, where: str) -> tuple[tuple[str, str], ...]:
    """``"Bullen=Red Bull Salzburg|…"`` -> ``(("Bullen", "Red Bull Salzburg"), …)``."""
    out = []
    for pair in (p.strip() for p in field.split("|")):
        if not pair:
            continue
        nick, eq, club = (x.strip() for x in pair.partition("="))
        if not eq or not nick or not club:
            raise InputError(
                f"{where}: expected nicknames as Nickname=Club, got {pair!r}"
            )
        out.append((nick, club))
    return tuple(out)


@lru_cache(maxsize=1)
def _sports() -> tuple[_Sport, ...]:
    out = []
    path = DATA_DIR / "sports.tsv"
    for n, (name, words, clubs, nicknames) in _rows(path, 4):
        alts = "|".join(re.escape(w) for w in words.split("|") if w)
        # a whole word or the first part of a compound ("Eishockey-Meister")
        pattern = re.compile(rf"\b(?:{alts})(?=\b|-)")
        out.append(
            _Sport(
                name,
                pattern,
                tuple(c for c in clubs.split("|") if c),
                _nicknames(nicknames, f"{path}:{n}"),
            )
        )
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
    """The club whose name ends in ``surface`` ("Red Bull Salzburg", "Sky",
    "Grödig"): the one ``text`` also names in full, else the one of a sport
    ``text`` is about, if exactly one; so is the club of such a sport that
    ``surface`` is a nickname of ("die Austria" in a report on football, which
    the model takes for a person); ``lookup`` finds a club's row by its name
    (:func:`kg.nlp.gazetteer.lookup`)."""
    if not surface.strip():
        return None
    # the article names the club in full ("Der SV Grödig ... gegen Grödig")
    written = {
        club
        for s in _sports()
        for club in s.clubs
        if club.endswith(" " + surface) and club in text
    }
    if len(written) == 1:
        return lookup(written.pop())
    about = sports_of(text)
    if not about:
        return None
    found = {
        club
        for s in _sports()
        if s.name in about
        for club in s.clubs
        if club.endswith(" " + surface)
    } | {
        club
        for s in _sports()
        if s.name in about
        for nick, club in s.nicknames
        if nick == surface
    }
    if len(found) != 1:
        return None
    return lookup(found.pop())


def club_by_nickname(
    surface: str,
    text: str,
    named: Collection[str],
    lookup: Callable[[str], Entry | None],
) -> Entry | None:
    """The club a nickname ``surface`` ("Bullen") names in the article ``text``.

    Of the clubs the nickname stands for in any sport, the one the article also
    names by its name (``named``: the canonical names of the article's other
    mentions), if exactly one; else the one of the sports the article is about,
    if exactly one; else none ("die Bullen" outside sport, or with two clubs
    it may be). ``lookup`` finds a club's row by its name.

    Example
    -------
    >>> from kg.nlp.gazetteer import lookup
    >>> hockey = "Eishockey: Puck und Powerplay."
    >>> club_by_nickname("Bullen", hockey, (), lookup).name
    'EC Red Bull Salzburg'
    """
    clubs = {club for s in _sports() for nick, club in s.nicknames if nick == surface}
    if not clubs:
        return None
    found = clubs & set(named)
    if not found:
        about = sports_of(text)
        found = {
            club
            for s in _sports()
            if s.name in about
            for nick, club in s.nicknames
            if nick == surface
        }
    if len(found) != 1:
        return None
    return lookup(found.pop())


#: words of a club's name that are no town: legal and sports prefixes, years,
#: "United" ("FC Chelsea", "Hannover 96", "Newcastle United")
_CLUB_WORDS = frozenset(
    "FC SC SV SK AC AS FK VfL VfB TSG SSC KAA AFC OSC RB SCR EC EHC BSC 1. "
    "United City Athletic Hotspur Wanderers Rovers CF CP".split()
)


def clubs_by_town(entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """Town -> the clubs (``kind`` "sport" rows with a country) one of whose
    names is that town and only words of :data:`_CLUB_WORDS` or a number
    besides: "Chelsea" -> ("FC Chelsea",), "Köln" -> ("1. FC Köln",), "Wien"
    -> ("SK Rapid Wien", "FK Austria Wien") (two: the town names neither)."""
    out: dict[str, set[str]] = {}
    for e in entries:
        if e.kind != "sport" or e.code is None:
            continue
        for form in (e.name, *e.aliases):
            words = form.split()
            rest = [w for w in words if w not in _CLUB_WORDS and not w.isdigit()]
            if len(words) > 1 and len(rest) == 1 and rest[0][:1].isupper():
                out.setdefault(rest[0], set()).add(e.name)
    return {town: tuple(sorted(clubs)) for town, clubs in out.items()}
