"""Social networks named only as the channel of a post: no organisation.

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

from kg.extract.records import (
    Entity,
    Interaction,
    Meeting,
    Mention,
    Quote,
    Role,
    actor_keys,
)
from kg.lang.de.orgs import CHANNEL_PREPOSITIONS, SOCIAL_NETWORKS

__all__ = ["without_channel_networks"]

_LAST_WORD = re.compile(r"(\S+)\s*$")
#: words that join a network to the one before it ("auf Facebook oder Twitter")
_JOINS = frozenset({"und", "oder", "sowie", ","})


def _word_before(text: str, start: int) -> str:
    m = _LAST_WORD.search(text[max(0, start - 30) : start])
    if m is None:
        return ""
    word = m.group(1)
    return "," if word.endswith(",") else word.lower()


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
    article names only as channels (:func:`_channel_uses`), that no record
    points to. ``text`` is the Doc's text, ``base`` the offset of the
    mentions into it."""
    networks = [
        e
        for e in entities
        if e.kind == "org"
        and e.mentions
        and all(m.text in SOCIAL_NETWORKS for m in e.mentions)
    ]
    if not networks:
        return list(entities)
    # a network that is a meeting's place is used too
    used = actor_keys(roles, meetings, quotes, interactions)
    used |= {mt.location for mt in meetings}
    mentions = [m for e in networks for m in e.mentions]
    uses = _channel_uses(text, base, mentions)
    drop = {
        e.key
        for e in networks
        if e.key not in used and all(m.start in uses for m in e.mentions)
    }
    return [e for e in entities if e.key not in drop]
