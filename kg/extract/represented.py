"""A state standing in for its unnamed representative, who is named later
(issue 15).

"Baerbock trifft polnischen Kollegen" gives Polen as the other side
(:mod:`kg.extract.counterparts`: ``bench/extract_gold.md`` has a state take
part when its representative is not named); when the article then names him
("traf in Warschau ihren polnischen Amtskollegen Zbigniew Rau"), that meeting is
the one with Rau, and Polen was only his stand-in. A state named as a party
beside its representative ("die USA und Russland", Rjabkow) stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.extract.records import Meeting, Role

__all__ = ["fold_represented_states"]


def fold_represented_states(
    meetings: Iterable[Meeting], roles: Iterable[Role]
) -> list[Meeting]:
    """The meetings, each meeting of a state and others folded into the one
    other meeting those others attend with a holder of a post of the state (a
    role whose organisation is the state: "Außenminister" of Polen): its
    triggers and sentences join that meeting, the state does not. The date and
    place must not disagree.
    """
    holders: dict[str, set[str]] = {}
    for r in roles:
        if r.organisation is not None and r.organisation.startswith("place/"):
            holders.setdefault(r.organisation, set()).add(r.person)
    out = list(meetings)
    if not holders:
        return out
    i = 0
    while i < len(out):
        m = out[i]
        j = _represented_in(i, out, holders)
        if j is None:
            i += 1
            continue
        out[j] = _joined(out[j], m)
        del out[i]
    return out


def _represented_in(
    i: int, meetings: list[Meeting], holders: dict[str, set[str]]
) -> int | None:
    """The one other meeting that meeting ``i`` is, by a represented state."""
    m = meetings[i]
    states = [a for a in m.attendees if a in holders]
    if len(states) != 1:
        return None
    state = states[0]
    others = set(m.attendees) - {state}
    if not others:
        return None
    found = [
        j
        for j, o in enumerate(meetings)
        if j != i
        and others <= set(o.attendees)
        and holders[state] & set(o.attendees)
        and _agree(m.date, o.date)
        and _agree(m.location, o.location)
    ]
    return found[0] if len(found) == 1 else None


def _agree(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _joined(into: Meeting, m: Meeting) -> Meeting:
    return replace(
        into,
        triggers=into.triggers + tuple(t for t in m.triggers if t not in into.triggers),
        sentences=tuple(sorted(set(into.sentences) | set(m.sentences))),
        organizers=into.organizers
        + tuple(o for o in m.organizers if o not in into.organizers),
        location=into.location or m.location,
        date=into.date or m.date,
        time_expressions=into.time_expressions
        + tuple(t for t in m.time_expressions if t not in into.time_expressions),
    )
