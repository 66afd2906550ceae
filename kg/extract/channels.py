"""Organisations named only as a channel or a place: none.

Bodies named after their building ("Weißes Haus", "Kreml",
:data:`kg.lang.de.orgs.SEAT_BODIES`) that the article names only after a
preposition of place ("sagte Obama im Weißen Haus", "die Kandidatin für das
Weiße Haus") are the building or the office, no actor; a social network
named only as the channel of a post likewise:

"Die Fotos wurden auf Facebook und Instagram geteilt", "das Video kursiert
über Youtube": the network is where something is posted, not an actor
(``bench/extract_gold.md``: social networks as the channel of a post are left
out). A network the article names as a company ("Facebook hat seine Regeln
geändert", "bei Facebook beschäftigt") stays one, and so does a network that a
statement, a role, a meeting or an interaction points to (the medium of "schrieb
auf Twitter" is its key, ``bench/quote_gold.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.extract.records import Entity, Interaction, Meeting, Mention, Quote, Role
from kg.lang.de.orgs import (
    CHANNEL_PREPOSITIONS,
    SEAT_BODIES,
    SEAT_PLACE_PREPOSITIONS,
    SEAT_PLACE_WORDS,
    SOCIAL_NETWORKS,
)

__all__ = ["without_channel_networks"]

_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})

_LAST_WORD = re.compile(r"(\S+)\s*$")
#: words that join a network to the one before it ("auf Facebook oder Twitter")
_JOINS = frozenset({"und", "oder", "sowie", ","})


def _word_before(text: str, start: int) -> str:
    m = _LAST_WORD.search(text[max(0, start - 30) : start])
    if m is None:
        return ""
    word = m.group(1)
    return "," if word.endswith(",") else word.lower()


def _placed(text: str, start: int) -> bool:
    """The mention at ``start`` follows a preposition of place ("im", "für
    das", "vor dem")."""
    words = text[max(0, start - 40) : start].lower().split()
    if words and words[-1] in SEAT_PLACE_WORDS:
        return True
    return (
        len(words) >= 2
        and words[-1] in _ARTICLES
        and words[-2] in SEAT_PLACE_PREPOSITIONS
    )


def _channel_uses(text: str, base: int, mentions: Iterable[Mention]) -> set[int]:
    """The starts of the network mentions that name a channel: right after a
    preposition of a channel ("auf Facebook", "via Instagram"), or joined by
    "und"/"oder"/a comma to such a mention right before ("auf Facebook oder
    Twitter")."""
    uses: set[int] = set()
    last_end = -1
    for m in sorted(mentions, key=lambda m: m.start):
        start = m.start - base
        word = _word_before(text, start)
        if word in CHANNEL_PREPOSITIONS:
            uses.add(m.start)
        elif word in _JOINS and last_end >= 0:
            between = text[last_end:start].strip().lower()
            if between in _JOINS:
                uses.add(m.start)
        last_end = m.end - base if m.start in uses else -1
    return uses


def without_channel_networks(
    text: str,
    base: int,
    entities: Sequence[Entity],
    roles: Sequence[Role],
    meetings: Sequence[Meeting],
    quotes: Sequence[Quote],
    interactions: Sequence[Interaction],
) -> list[Entity]:
    """``entities`` without the social networks (:data:`SOCIAL_NETWORKS`) the
    article names only as channels (:func:`_channel_uses`) and the bodies named
    after their building only as a place (:func:`_placed`), that no record
    points to. ``text`` is the Doc's text, ``base`` the offset of the
    mentions into it."""
    networks = [
        e
        for e in entities
        if e.kind == "org"
        and e.mentions
        and all(m.text in SOCIAL_NETWORKS for m in e.mentions)
    ]
    seats = [
        e
        for e in entities
        if e.kind == "org"
        and e.name in SEAT_BODIES
        and e.mentions
        and all(_placed(text, m.start - base) for m in e.mentions)
    ]
    if not networks and not seats:
        return list(entities)
    used: set[str | None] = set()
    for r in roles:
        used |= {r.person, r.organisation}
    for mt in meetings:
        used |= {*mt.attendees, *mt.organizers, mt.location}
    for q in quotes:
        used |= {q.speaker, q.medium, *q.mentions}
    for i in interactions:
        used |= {i.source, i.target}
    mentions = [m for e in networks for m in e.mentions]
    uses = _channel_uses(text, base, mentions)
    drop = {
        e.key
        for e in networks
        if e.key not in used and all(m.start in uses for m in e.mentions)
    } | {e.key for e in seats if e.key not in used}
    return [e for e in entities if e.key not in drop]
