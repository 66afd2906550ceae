"""One event per real meeting across articles: which meeting reports to merge.

Extraction mints a meeting per article (``kgr:meeting/{article}/{n}``); when
several articles report the same meeting, the corpus pass (:mod:`kg.link`)
gives their reports one event IRI. This module decides which reports are one
meeting, from what the reports say after the actors are linked; it reads and
writes no store.

Rules (conservative: a wrong merge is worse than a missed one)
--------------------------------------------------------------

Two reports from different articles are the same meeting when

1. both give the same day (``schema:startDate``, compared to the day), and
2. they share at least two participants (attendees or organisers, after
   linking), at least one of them a person, and
3. their places agree: the same place, or one inside the other
   (``schema:containedInPlace``), or one of them names none.

Reports merge into events in a fixed order (pairs sorted by their report
IRIs), and only where *every* two reports of the event satisfy 1-3: a report
that runs two meetings together (the president with the prime minister and,
later that day, with the head of state) does not chain them into one. Never
two reports of one article are one event: extraction kept those apart on
purpose (a repeated meeting of the same pair in one article).

4. A report without a date joins the one event whose dated reports share two
   *persons* with it, whose places agree with its place, and whose day lies
   between three days before and a week after its article appeared (a
   meeting announced, or reported after the fact); if it fits two events (the
   same pair met twice that week), it joins neither. Two undated reports never
   merge.

5. A dated report that names a place and only one person (the other party
   unnamed: "Maas traf am Donnerstag in Moskau ein") joins the one event or
   report of that day whose reports all name that person, come from other
   articles and agree with its place, one of them naming a place, and name two
   persons or more; if it fits two (the person met two people in that city
   that day), it joins neither. Two such reports never merge.

So the same pair meeting on two days stays two events, and the result does not
depend on the order in which articles were built.

Event IRIs
----------
A merged event is ``kgr:meeting/{date}/{slug}``, the slug made from the names
of the participants at least two of its reports share (``kgr:meeting/
2022-01-10/sergej-rjabkow-wendy-sherman``); should two events get one IRI,
the later (by their first report) gets ``-2``, ``-3`` … . A report that merges
with no other keeps its own IRI.

Example
-------
>>> a = Report("g1", "m/a/1", "2022-01-10", "genf", frozenset({"p1", "p2"}), "A")
>>> b = Report("g2", "m/b/3", "2022-01-10", None, frozenset({"p1", "p2"}), "B")
>>> events = merge_reports([a, b], persons={"p1", "p2"}, names={"p1": "X", "p2": "Y"})
>>> events[("g1", "m/a/1")] == events[("g2", "m/b/3")]
True
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from kg.lang.de.spelling import slugify

__all__ = ["Report", "merge_reports", "EVENT_PREFIX"]

#: where event IRIs are minted (as meeting reports are)
EVENT_PREFIX = "https://w3id.org/kg-news/id/meeting/"

#: how long before (announced) and after (reported) a meeting an undated
#: report's article may appear
_BEFORE = timedelta(days=7)
_AFTER = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class Report:
    """One article's report of a meeting, in linked IRIs."""

    graph: str  #: the article graph
    iri: str  #: the report IRI as extraction minted it
    day: str | None  #: ``YYYY-MM-DD``, or ``None`` if undated or vaguer
    place: str | None  #: the place IRI, if any
    participants: frozenset[str]  #: attendees and organisers
    name: str  #: the name extraction gave it
    published: str | None = None  #: the article's date, ``YYYY-MM-DD``


def _day(value: str | None) -> date | None:
    if value is None or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _places_agree(
    a: str | None, b: str | None, inside: Mapping[str, frozenset[str]]
) -> bool:
    if a is None or b is None or a == b:
        return True
    return b in inside.get(a, frozenset()) or a in inside.get(b, frozenset())


def _same_meeting(
    a: Report, b: Report, persons: set[str], inside: Mapping[str, frozenset[str]]
) -> bool:
    """Two dated reports of one meeting (rules 1-3)."""
    shared = a.participants & b.participants
    return (
        a.day is not None
        and a.day == b.day
        and len(shared) >= 2
        and bool(shared & persons)
        and _places_agree(a.place, b.place, inside)
    )


def _may_join(
    undated: Report,
    dated: Report,
    persons: set[str],
    inside: Mapping[str, frozenset[str]],
) -> bool:
    """An undated report may be a report of a dated one (rule 4)."""
    held, published = _day(dated.day), _day(undated.published)
    return (
        held is not None
        and published is not None
        and held - _BEFORE <= published <= held + _AFTER
        and len(undated.participants & dated.participants & persons) >= 2
        and _places_agree(undated.place, dated.place, inside)
    )


def _may_complete(
    report: Report,
    event: list[Report],
    person: frozenset[str],
    inside: Mapping[str, frozenset[str]],
) -> bool:
    """A dated report naming one person and a place is a report of ``event``
    (rule 5): every report of the event names that person, gives the same day,
    comes from another article and agrees on the place, and one names a place."""
    return all(
        r.graph != report.graph
        and r.day == report.day
        and person <= r.participants
        and _places_agree(report.place, r.place, inside)
        for r in event
    ) and any(r.place is not None for r in event)


def merge_reports(
    reports: Iterable[Report],
    *,
    persons: set[str],
    names: Mapping[str, str],
    inside: Mapping[str, frozenset[str]] | None = None,
) -> dict[tuple[str, str], str]:
    """Event IRI of every report that merges with another (see module doc).

    Parameters
    ----------
    reports
        All meeting reports of the corpus.
    persons
        The IRIs of persons (the others are organisations and places).
    names
        Participant IRI -> its name, for readable event IRIs.
    inside
        Place IRI -> the places it lies in (transitively).

    Returns
    -------
    dict
        ``(graph, report IRI) -> event IRI`` for the reports that merged; a
        report not in it keeps its own IRI.
    """
    inside = inside or {}
    items = sorted(reports, key=lambda r: (r.iri, r.graph))
    # candidates only among reports that share a participant
    by_participant: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(items):
        for p in r.participants:
            by_participant[p].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in by_participant.values():
        if len(ids) <= 200:  # a participant in hundreds of reports decides nothing
            pairs.update(itertools.combinations(ids, 2))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    root = list(range(len(items)))

    def fits(i: int, j: int) -> bool:
        a, b = items[i], items[j]
        return a.graph != b.graph and _same_meeting(a, b, persons, inside)

    # dated reports: every two reports of an event are reports of one meeting,
    # so a report that mixes two meetings does not chain them together
    for i, j in sorted(pairs):
        ri, rj = root[i], root[j]
        if ri == rj or not fits(i, j):
            continue
        if all(fits(x, y) for x in members[ri] for y in members[rj]):
            for x in members[rj]:
                root[x] = ri
            members[ri] += members.pop(rj)

    # 5. a dated report naming one person (its other party unnamed) and a place
    # joins the one event of that day, that person and an agreeing place
    alone = [
        i
        for i, r in enumerate(items)
        if r.day is not None
        and r.place is not None
        and len(r.participants & persons) == 1
        and members.get(i) == [i]
    ]
    frozen = {r: list(m) for r, m in members.items()}  # the events as they stand
    for w in alone:
        one = items[w].participants & persons
        roots = {
            root[e]
            for p in one
            for e in by_participant[p]
            if len(items[e].participants & persons) >= 2
        }
        fit = [
            r
            for r in sorted(roots)
            if _may_complete(items[w], [items[x] for x in frozen[r]], one, inside)
        ]
        if len(fit) == 1:
            members[fit[0]].append(w)
            members.pop(w, None)
            root[w] = fit[0]

    # an undated report joins the one event it fits, if it fits only one
    partners: dict[int, set[int]] = defaultdict(set)
    for i, j in sorted(pairs):
        for u, d in ((i, j), (j, i)):
            if items[u].day is None and items[d].day is not None:
                if items[u].graph != items[d].graph and _may_join(
                    items[u], items[d], persons, inside
                ):
                    partners[u].add(root[d])
    for u, roots in sorted(partners.items()):
        if len(roots) != 1:
            continue
        joined = next(iter(roots))
        if all(items[x].graph != items[u].graph for x in members[joined]):
            members[joined].append(u)
            members.pop(u, None)
            root[u] = joined

    events: dict[tuple[str, str], str] = {}
    taken: Counter[str] = Counter()
    clusters = sorted(
        ([items[i] for i in sorted(m)] for m in members.values() if len(m) > 1),
        key=lambda m: m[0].iri,
    )
    for group in clusters:
        iri = _event_iri(group, names)
        taken[iri] += 1
        if taken[iri] > 1:
            iri = f"{iri}-{taken[iri]}"
        for r in group:
            events[(r.graph, r.iri)] = iri
    return events


def _event_iri(members: list[Report], names: Mapping[str, str]) -> str:
    """``kgr:meeting/{day}/{participants shared by two reports}``."""
    counts = Counter(p for r in members for p in r.participants)
    shared = sorted(
        {names.get(p) or p.rsplit("/", 1)[-1] for p, n in counts.items() if n >= 2}
    )
    day = next((r.day for r in members if r.day is not None), "undated")
    return f"{EVENT_PREFIX}{day}/{slugify(' '.join(shared)) or 'event'}"


def event_name(members: Iterable[str]) -> str:
    """The name of an event: the name its reports give most often, then the
    first in code-point order."""
    counts = Counter(members)
    return min(counts, key=lambda n: (-counts[n], n))
