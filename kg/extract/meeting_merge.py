"""Meetings: the candidates of one sentence and their merging over the
article (split from :mod:`kg.extract.meetings`).

Mentions are merged in text order: one with a day-level date or a place joins
an earlier meeting with the same date or place (and no conflict), or starts
one; one with neither (an anaphor: "die anstehenden Gespräche") joins the
earlier meeting sharing most participants, or starts one only if it names two
participants itself; otherwise it is too vague and dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from kg.extract.actors import is_intergov
from kg.extract.meeting_checks import LATER_REACH, same_family
from kg.extract.records import Entity, Kind, Meeting, kind_of
from kg.lang.de.time import WEEKDAYS
from kg.temporal import TimeValue

__all__ = [
    "Candidate",
    "compatible",
    "merge_candidates",
    "merge_into",
    "party_kind",
    "set_time",
    "weekdays",
]


@dataclass(slots=True)
class Candidate:
    """One meeting as one or more triggers of one sentence describe it."""

    triggers: list[str]
    sentence: int
    attendees: list[str] = field(default_factory=list)
    organizers: list[str] = field(default_factory=list)
    location: str | None = None
    date: date | datetime | None = None
    time_expressions: list[str] = field(default_factory=list)
    #: a phone call: never the same meeting as one held in a place
    call: bool = False
    #: named with a demonstrative ("Dieser Vorgipfel"): the meeting just before
    this: bool = False
    #: "Daran nahmen X und Y teil": only ever the meeting just before
    only_this: bool = False
    #: tied to the event just told by "dazu", "dabei", "bei dieser
    #: Gelegenheit": held on the day the sentence before names
    back: bool = False
    #: "die Gespräche" with nothing else: the talks named a few sentences before
    later: bool = False
    #: talks taken up again ("wollen ihre Verhandlungen fortsetzen"): a new
    #: round, not the talks before
    resumed: bool = False
    #: a talk on the sidelines of another meeting ("Am Rande des Gipfels kam X
    #: zu einem bilateralen Gespräch mit Y zusammen"): a meeting of its own
    side: bool = False
    #: who visits, and the countries a visit added as host (no host named)
    visitors: list[str] = field(default_factory=list)
    visit_hosts: list[str] = field(default_factory=list)
    #: first named by a definite noun: the day the text named last
    day_before: TimeValue | None = None


def party_kind(key: str, entities: dict[str, Entity]) -> bool:
    """A person, an organisation or a country (a city is where, not who)."""
    if kind_of(key) is not Kind.PLACE:
        return True
    e = entities.get(key)
    return e is not None and e.place_kind == "country"


def set_time(c: Candidate, tv: TimeValue) -> None:
    """``tv`` is when ``c`` takes place: its date, if it names a day."""
    c.date = tv.value if tv.granularity in ("day", "datetime", "part-of-day") else None
    c.time_expressions.append(tv.expression)


def compatible(a: Candidate, b: Candidate) -> bool:
    if a.call != b.call and (a.location or b.location):
        return False  # "Nach dem Treffen in Wien setzten sie ihre Beratungen
        # telefonisch fort": a call after the meeting, not the meeting
    if a.date is not None and b.date is not None and _day(a.date) != _day(b.date):
        return False
    if (
        a.date is None
        and b.date is None
        and (da := weekdays(a))
        and (db := weekdays(b))
        and not da & db
    ):
        return False  # "am Montag" and "am Freitag": two days
    if a.location and b.location and a.location != b.location:
        return False
    if a.organizers and b.organizers and not set(a.organizers) & set(b.organizers):
        return False
    return True


def weekdays(c: Candidate) -> set[str]:
    """The weekdays named in ``c``'s time expressions ("am Freitag")."""
    return {
        w
        for e in c.time_expressions
        for w in e.lower().replace("-", " ").split()
        if w in WEEKDAYS
    }


def _day(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def merge_into(m: Candidate, c: Candidate) -> None:
    m.call = m.call and c.call
    m.side = m.side or c.side
    m.triggers += [t for t in c.triggers if t not in m.triggers]
    m.attendees += [a for a in c.attendees if a not in m.attendees]
    m.organizers += [o for o in c.organizers if o not in m.organizers]
    m.visitors += [v for v in c.visitors if v not in m.visitors]
    m.visit_hosts += [h for h in c.visit_hosts if h not in m.visit_hosts]
    m.location = m.location or c.location
    if m.date is None or (
        isinstance(c.date, datetime)
        and not isinstance(m.date, datetime)
        and c.date is not None
        and _day(c.date) == _day(m.date)
    ):
        m.date = c.date if c.date is not None else m.date
    m.time_expressions += [e for e in c.time_expressions if e not in m.time_expressions]


def _hosts_named(m: Candidate) -> list[str]:
    """The countries a visit made host of ``m`` that a person of it other than
    the visitors stands for: "Maas besuchte Warschau. Er traf dort seinen
    Amtskollegen X" is a meeting of Maas and X, not of Polen."""
    if m.visit_hosts and any(
        kind_of(a) is Kind.PERSON and a not in m.visitors for a in m.attendees
    ):
        return m.visit_hosts
    return []


def _sides_of_one_told(
    meetings: list[tuple[Candidate, list[int]]], c: Candidate
) -> bool:
    """Talks told "before" the statement of the sentence before, with no place
    nor day of their own, name the other sides of the meeting that sentence
    told with X alone: "Nach einem Treffen im Kanzleramt sagte X, … Y und Z
    hatten zuvor mit X verhandelt"."""
    if not meetings or c.location or c.date or c.time_expressions or c.side:
        return False
    m, sents = meetings[-1]
    parties = set(m.attendees + m.organizers)
    return (
        sents[-1] == c.sentence - 1
        and len(parties) == 1
        and parties <= set(c.attendees)
        and m.location is not None
        and compatible(m, c)
    )


def merge_candidates(
    candidates: Iterable[Candidate], entities: dict[str, Entity]
) -> list[Meeting]:
    meetings: list[tuple[Candidate, list[int]]] = []
    for c in candidates:
        if not c.this and (
            (c.resumed and len(set(c.attendees + c.organizers)) >= 2)
            # "Am Rande des Gipfels kam X zu einem Gespräch mit Y zusammen"
            or (c.side and len(set(c.attendees)) >= 2)
        ):
            # "Bereits in den kommenden Tagen wollen X und Y ihre Verhandlungen
            # fortsetzen": talks at another time than those before
            if _sides_of_one_told(meetings, c):
                merge_into(meetings[-1][0], c)
                meetings[-1][1].append(c.sentence)
            else:
                meetings.append((c, [c.sentence]))
            continue
        # a session of an intergovernmental body on a day the text names
        # ("vor der Sitzung der Eurogruppe am Freitag") stands by itself
        strong = (
            c.date is not None
            or c.location is not None
            or (bool(weekdays(c)) and any(is_intergov(k) for k in c.organizers))
        )
        if (
            c.this
            and meetings
            and c.sentence - meetings[-1][1][-1] <= (1 if c.only_this else 2)
            and compatible(meetings[-1][0], c)
        ):
            # "Dieser Vorgipfel": the meeting named just before
            merge_into(meetings[-1][0], c)
            if c.sentence not in meetings[-1][1]:
                meetings[-1][1].append(c.sentence)
            continue
        if c.only_this:
            continue  # "Daran nahmen X teil" after no meeting: a rally, a race
        if (
            c.later
            and not (c.attendees or c.organizers or c.location or c.date)
            and meetings
            and c.sentence - meetings[-1][1][-1] <= LATER_REACH
            and same_family(meetings[-1][0].triggers, c.triggers)
            and compatible(meetings[-1][0], c)  # not talks on another day
        ):  # "Ob die Gespräche vorher abgeschlossen werden": the talks before
            merge_into(meetings[-1][0], c)
            if c.sentence not in meetings[-1][1]:
                meetings[-1][1].append(c.sentence)
            continue
        best, best_score = None, 0
        best_sents: list[int] = []
        for m, sents in meetings:
            if not compatible(m, c):
                continue
            score = 0
            if c.date is not None and m.date is not None:
                score += 3
            if c.location is not None and c.location == m.location:
                score += 2
            # an undated article: "am Freitag" twice is one day
            same_day = (
                c.date is None and m.date is None and bool(weekdays(c) & weekdays(m))
            )
            if same_day:
                score += 2
            shared = set(c.attendees + c.organizers) & set(m.attendees + m.organizers)
            score += len(shared)
            if not strong and not shared and not same_day:
                continue
            if (
                not strong
                and shared
                and shared <= set(m.organizers)
                and not shared & set(c.organizers)
                and len(set(c.attendees) - shared) >= 1
                and c.sentence - sents[-1] > 2
            ):
                # "beim EU-Außenministerrat in Brüssel" and, later, "Die EU
                # startete die Beitrittsverhandlungen mit Serbien": the body
                # that convened one meeting is a party to other talks
                continue
            if (
                strong
                and c.date is not None
                and m.date is None
                and c.location != m.location
                # ... but the headline's "X empfängt Y in Berlin" and the
                # dated "hat am Montag Y empfangen" with no place: one meeting;
                # so are the headline's "X und Y beraten", with no place and no
                # time, and "X hat am Mittwoch in Paris Y getroffen"
                and not (
                    (
                        c.location is None
                        or (m.location is None and not m.time_expressions)
                    )
                    and len(shared) >= 2
                    and set(c.attendees) <= set(m.attendees + m.organizers)
                )
            ):
                continue
            if score > best_score:
                best, best_score, best_sents = m, score, sents
        if (
            best is None
            and strong
            and not c.attendees
            and not c.organizers
            and meetings
            and c.sentence - meetings[-1][1][-1] <= 2
            and compatible(meetings[-1][0], c)
            and (c.location is None or meetings[-1][0].location is None)
            and (c.date is None or meetings[-1][0].date is None)
        ):
            # "nach seinen Gesprächen in der deutschen Hauptstadt": talks with
            # no one named, right after a meeting, give it their place and date
            best = meetings[-1][0]
        if best is not None and (
            best_score >= 2
            or not strong
            or not c.attendees
            # "Moser zeigte sich nach den Gesprächen in Berlin zufrieden": no
            # one new, the meeting before seen again with its place
            or (
                set(c.attendees) <= set(best.attendees + best.organizers)
                and c.sentence - best_sents[-1] <= 2
            )
        ):
            merge_into(best, c)
            for m, sents in meetings:
                if m is best and c.sentence not in sents:
                    sents.append(c.sentence)
        elif strong or len(set(c.attendees)) >= 2:
            meetings.append((c, [c.sentence]))
    out = []
    for m, sents in meetings:
        # "Warschau empfängt ihn": the city where the meeting is, not a party
        where = m.location if not party_kind(m.location or "", entities) else None
        attendees = [a for a in m.attendees if a not in _hosts_named(m) and a != where]
        attendees = attendees or list(m.organizers)
        if not attendees:
            continue
        if (
            m.location is None
            and m.date is None
            and len({*attendees, *m.organizers}) < 2
        ):
            continue  # "die Sitzung der Eurogruppe am Freitag" and no one else
        if m.date is None and not m.time_expressions and m.day_before is not None:
            if len({*attendees, *m.organizers}) > 1:
                set_time(m, m.day_before)
        out.append(
            Meeting(
                triggers=tuple(m.triggers),
                attendees=tuple(attendees),
                sentences=tuple(sorted(sents)),
                organizers=tuple(m.organizers),
                location=m.location,
                date=m.date,
                time_expressions=tuple(m.time_expressions),
            )
        )
    return out
