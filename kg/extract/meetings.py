"""Meetings: who met whom, where and when, merged over the article.

* a *trigger* is a meeting noun (Treffen, Gespräch, Verhandlungen, Sitzung,
  Gipfel, Konferenz, Telefonat, Besuch … and compounds ending in them) or
  verb (treffen, verhandeln, empfangen, zusammenkommen, beraten …):
  :mod:`kg.extract.triggers`;
* each trigger takes the nearest time expression and the nearest place after
  "in" in its sentence (one each, nearest first);
* participants and a convening body come from German patterns around the
  trigger: :mod:`kg.extract.participants`;
* mentions are merged in text order: one with a day-level date or a place
  joins an earlier meeting with the same date or place (and no conflict), or
  starts one; one with neither (an anaphor: "die anstehenden Gespräche") joins
  the earlier meeting sharing most participants, or starts one only if it names
  two participants itself; otherwise it is too vague and dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TypeVar

from spacy.tokens import Span, Token

from kg.extract.actors import is_intergov, keys_in, state_of_capital
from kg.extract.counterparts import counterparts_abroad
from kg.extract.envoys import senders
from kg.extract.meeting_checks import (
    LATER_REACH,
    broadcast,
    co_visitors,
    drop_interviewers,
    later_mention,
    on_sidelines,
    same_family,
    title_possessors,
    unnamed_first_person,
    unnamed_side,
    unreal,
)
from kg.extract.meeting_senses import other_sense
from kg.extract.meeting_slots import (
    cause_between,
    coordinated_after,
    dash_between,
    day_told_before,
    first_person_teller,
    fronted_before,
    only_reporting,
    places_in,
    quoted_apart,
    reported_apart,
    reporting_clauses,
    there,
)
from kg.extract.participants import (
    has_word,
    organizers,
    participants,
    relative_clause,
    takes_part,
)
from kg.extract.partners import compound_body, hosts_in
from kg.extract.records import Entity, Kind, Meeting, kind_of, name_of
from kg.extract.short_forms import with_short_forms
from kg.extract.triggers import (
    demanded,
    is_call,
    is_interview,
    is_sports_report,
    is_vague,
    signed_agreement,
    sports_sense,
    talk_without_partner,
    trigger_kind,
    won_or_lost,
)
from kg.extract.view import DocView
from kg.extract.visits import home_visit, pays_visit, visit
from kg.lang.de.grammar import RELATIVE_PRONOUNS
from kg.lang.de.meetings import (
    AGREE_VERBS,
    BACK_ADVERBS,
    CANCEL_VERBS,
    CANCEL_WORDS,
    CONVENE_VERBS,
    COUNCIL_MEMBERS,
    DEMONSTRATIVES,
    EARLIER_WORDS,
    MEMBER_LIST_OPENERS,
    NO_AGREEMENT,
    NOT_DENIALS,
    PACT_VERBS,
    RESUME_WORDS,
    SIGN_VERBS,
    TIME_ANCHORS,
    TREFFEN_FORMS,
    VERB_CLOSERS,
)
from kg.lang.de.time import WEEKDAYS
from kg.temporal import TimeValue, find_times

__all__ = ["FoundMeetings", "Visitors", "find_meetings"]

# who visits which country: (person key, country key)
Visitors = frozenset[tuple[str, str]]
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class FoundMeetings:
    """What :func:`find_meetings` finds: the meetings, and who visits which
    country in them (a visitor's bare post is not the visited country's:
    :func:`kg.extract.roles.find_roles`)."""

    meetings: list[Meeting]
    visitors: Visitors


@dataclass(slots=True)
class _Candidate:
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


def find_meetings(
    view: DocView, *, anchor: date | datetime | None = None
) -> FoundMeetings:
    """The meetings of the article, merged over its sentences.

    Parameters
    ----------
    view
        The article.
    anchor
        The article's date: relative time expressions ("am Mittwoch") resolve
        against it.
    """
    view = with_short_forms(view)  # "die Europäische Union (EU)": one name
    candidates: list[_Candidate] = []
    visitors: set[tuple[str, str]] = set()
    sports = is_sports_report(view.doc)
    times = _times_by_sentence(view, anchor)
    for s_i, sent in enumerate(view.sents):
        found, visiting = _sentence_meetings(
            view, s_i, sent, times.get(s_i, []), sports=sports
        )
        if (
            not found
            and candidates
            and candidates[-1].sentence == s_i - 1
            and (candidates[-1].attendees or candidates[-1].organizers)
            and ((takes_part(sent) and _joins_before(sent)) or _lists_members(sent))
        ):
            # "Neben Deutschland sind auch Frankreich und Schweden vertreten",
            # "Dazu gehören X, Y und Z": who else takes part in the meeting of
            # the sentence before
            last = candidates[-1]
            last.attendees += [
                k
                for k in keys_in(view, sent.start, sent.end)
                if k not in last.attendees and _party_kind(k, view.entities)
            ]
        # "Der Gemeinderat hat am Donnerstag getagt. Am Rande der Sitzung
        # traf X den Y": the meeting told of before, on the day named last
        for c in found:
            c.day_before = day_told_before(times, s_i, sent)
        candidates.extend(found)
        visitors |= visiting
    cancelled = _cancelled(view)
    candidates = [
        c
        for c in candidates
        if not any(
            (s_i, t.lower()) in cancelled
            for t in c.triggers
            for s_i in range(c.sentence, c.sentence + 4)
        )
    ]
    meetings = [
        m
        for m in _merge_candidates(candidates, view.entities)
        if not (
            all("besuch" in t.lower() for t in m.triggers)
            and home_visit(view, {*m.attendees, *m.organizers}, m.location)
        )
    ]
    return FoundMeetings(meetings, frozenset(visitors))


def _attended_body(view: DocView, t: Token, sent: Span) -> str | None:
    """'noun' for an organisation's name that a relative clause says someone
    takes part in: "beim EU-Rat, an dem aus Österreich X teilnahm" (a session
    of the body with X)."""
    if not (
        t.i + 1 < sent.end
        and t.doc[t.i + 1].text == ","
        and t.text[:1].isupper()
        and view.org(t.i)
    ):
        return None
    rel = relative_clause(sent, t)
    return "noun" if rel and takes_part(t.doc[rel[0] : rel[1]]) else None


def _joins_before(sent: Span) -> bool:
    """The words of taking part in ``sent`` stand in its main clause and are not
    denied: "Neben X sind auch Y und Z vertreten", not "Voves war nicht
    anwesend" nor "beim EU-Rat, an dem X teilnahm" (the noun before is what X
    takes part in)."""
    doc = sent.doc
    if any(w.lower_ in NO_AGREEMENT or w.lower_ == "nicht" for w in sent):
        return False
    for w in sent[1:-1]:
        if w.text == "," and (
            # ", der ... teilnahm", not ", die Niederlande"
            (
                w.nbor().lower_ in RELATIVE_PRONOUNS
                and w.i + 2 < sent.end
                and not doc[w.i + 2].text[:1].isupper()
            )
            or (
                w.i + 2 < sent.end
                and w.nbor().lower_ in ("an", "bei", "zu", "auf")
                and doc[w.i + 2].lower_ in RELATIVE_PRONOUNS
            )
        ):
            return False
    return True


def _lists_members(sent: Span) -> bool:
    """``sent`` opens by listing who takes part in the meeting named just
    before ("Dazu gehören X, Y und Z", "Mit dabei sind auch Vertreter des X":
    :data:`MEMBER_LIST_OPENERS`) and denies nothing."""
    if len(sent) < 3 or (sent[0].lower_, sent[1].lower_) not in MEMBER_LIST_OPENERS:
        return False
    return not any(w.lower_ in NO_AGREEMENT or w.lower_ == "nicht" for w in sent)


def _party_kind(key: str, entities: dict[str, Entity]) -> bool:
    """A person, an organisation or a country (a city is where, not who)."""
    if kind_of(key) is not Kind.PLACE:
        return True
    e = entities.get(key)
    return e is not None and e.place_kind == "country"


def _cancelled(view: DocView) -> set[tuple[int, str]]:
    """(sentence, meeting noun) of the meetings called off: "sagte das Treffen
    ab", "dann Faymann auch das Sondertreffen [ab]", "wurde abgesagt"."""
    out: set[tuple[int, str]] = set()
    for s_i, sent in enumerate(view.sents):
        words = [w.lower_ for w in sent]
        called_off = any(w.startswith(CANCEL_WORDS) for w in words) or (
            any(w in CANCEL_VERBS for w in words) and "ab" in words
        )
        if called_off:
            out.update(
                (s_i, w.lower_)
                for w in sent
                if w.text[:1].isupper() and trigger_kind(w) == "noun"
            )
    return out


def _times_by_sentence(
    view: DocView, anchor: date | datetime | None
) -> dict[int, list[TimeValue]]:
    """The dates and times of the article, by sentence, their offsets into
    the sentence. Read from the whole text, so that "Am Abend", "am Vortag"
    take the day named in a sentence before ("traf am Dienstag X. Am Abend
    …"), not the publication date."""
    doc = view.doc
    spans = [(s.start_char, s.end_char) for s in view.sents]
    out: dict[int, list[TimeValue]] = {}
    starts = [a for a, _ in spans]
    for tv in find_times(doc.text, anchor, sentences=spans):
        if tv.kind not in ("date", "time"):
            continue
        s_i = bisect_right(starts, tv.start) - 1
        if s_i < 0 or tv.end > spans[s_i][1]:
            continue
        a = spans[s_i][0]
        out.setdefault(s_i, []).append(replace(tv, start=tv.start - a, end=tv.end - a))
    return out


def _sentence_meetings(
    view: DocView,
    s_i: int,
    sent: Span,
    times: list[TimeValue],
    *,
    sports: bool,
) -> tuple[list[_Candidate], set[tuple[str, str]]]:
    """The meetings sentence ``s_i`` describes, and (visitor, country visited)
    of its visits; ``times``: its dates and times, offsets into the sentence."""
    doc = view.doc
    triggers = [
        (t, kind)
        for t in sent
        if (kind := trigger_kind(t) or _attended_body(view, t, sent) or _there(t, sent))
    ]
    triggers = [
        (t, k)
        for t, k in triggers
        if not is_vague(doc, t, k, sent)
        and not (sports and sports_sense(t, k))
        and not won_or_lost(t, k, sent)
        and not is_interview(view, t, sent)
        and not talk_without_partner(view, t, sent)
        and not demanded(t, sent)
        and not other_sense(view, sent, t)
    ]
    if not triggers:
        return [], set()
    reporting = reporting_clauses(sent)
    tellers = reporting_clauses(sent, trailing=True)
    # the place of a reporting clause stays: a palace, a ministry often speaks
    # where the meeting was ("…, teilte der Palast in Amman mit")
    places = places_in(view, sent) or there(view, s_i, sent)
    sent_cands = []
    visits: list[tuple[_Candidate, str]] = []
    visitors: set[tuple[str, str]] = set()
    hosted = hosts_in(view, sent)
    hosts = [k for _, k in hosted]
    possessors = title_possessors(view, sent)
    abroad = counterparts_abroad(view, sent)
    for t, kind in triggers:
        c = _Candidate([t.text], s_i, call=is_call(t, sent))
        c.this = (
            (
                kind == "noun"
                and t.i > sent.start
                and doc[t.i - 1].lower_ in DEMONSTRATIVES
            )
            or any(  # "trafen sich dazu am Rande des Forums": the one before
                w.lower_ in BACK_ADVERBS
                for w in doc[max(sent.start, t.i - 4) : min(sent.end, t.i + 4)]
            )
        )
        c.later = kind == "noun" and later_mention(view, t)
        if t.lower_ == "daran":  # "Daran nahmen X und Y teil"
            c.this = c.only_this = True
        # "Der Minister war zuvor mit X zusammengetroffen": an earlier meeting
        c.resumed = (kind == "noun" and _resumed(sent)) or any(
            w.lower_ in EARLIER_WORDS for w in sent
        )
        c.side = on_sidelines(sent, t)
        c.attendees = participants(view, sent, t, kind)
        if kind == "noun":  # "der EU-Gipfel mit der Türkei": the EU too
            c.attendees += compound_body(view, sent, t, c.attendees)
        c.organizers = organizers(view, sent, t)
        named_visitors, destination = visit(view, sent, t, kind)
        # "Putins Verteidigungsminister hat X besucht": a visit, not Putin's
        # "X schickte seinen Berater Y nach Kiew, wo er Z traf": X stays home
        sending = senders(view, sent, t)
        visiting = [
            k for k in named_visitors if k not in possessors and k not in sending
        ]
        c.visitors += visiting
        c.attendees += [k for k in visiting if k not in c.attendees]
        c.attendees = [
            k
            for k in c.attendees
            if not only_reporting(view, sent, k, t, tellers)
            and k not in possessors
            and k not in sending
        ]
        if kind == "verb" and tellers:
            # "Wir haben mit der Regierung in Wien gesprochen, sagte Rossi"
            c.attendees += [
                k
                for k in first_person_teller(view, sent, t, tellers)
                if k not in c.attendees
            ]
        if (
            kind == "noun"
            and t.i > sent.start
            and doc[t.i - 1].lower_ in ("dem", "den", "der", "das", "die")
            and len(set(c.attendees)) == 1
            and not c.organizers
            and not (t.i - 2 >= sent.start and doc[t.i - 2].lower_ in TIME_ANCHORS)
        ):
            c.this = True  # "An dem Treffen nahm auch X teil": the one before
        elif (
            kind == "noun"
            and t.i - 1 > sent.start
            and (
                doc[t.i - 1].lower_ == "am"
                or (doc[t.i - 1].lower_ == "dem" and doc[t.i - 2].lower_ == "an")
            )
            and _takes_part_in(sent)
        ):
            # "An dem Treffen im Kanzleramt nahmen X, Y und Z teil": who took
            # part in the meeting named before, however many
            c.this = True
        # "X traf seinen türkischen Amtskollegen [Y]": X is not Turkey's
        visitors.update(
            (k, state)
            for state, named in abroad
            for k in c.attendees
            if k != named and kind_of(k) is Kind.PERSON
        )
        sent_cands.append((t, c))
        if destination and (
            named_visitors or (kind == "noun" and pays_visit(doc, t, sent))
        ):
            # "statten sie Bulgarien einen Besuch ab": the country visited is
            # host even where the visitors are not found
            visits.append((c, destination))
            country = _country_visited(destination, view.entities)
            if country is not None:
                visitors.update((p, country) for p in visiting)
    _assign_nearest(
        sent_cands,
        [(sent.start_char + tv.start, tv) for tv in times],
        _set_time,
        reachable=lambda t, char: not reported_apart(reporting, t.idx, char),
    )
    _assign_nearest(
        sent_cands,
        places,
        _set_location,
        reachable=lambda t, char: (
            not dash_between(sent, t.idx, char)
            and not cause_between(sent, t.idx, char)
            and not coordinated_after(sent, t, char)
            and not fronted_before(sent, t, char)
            and not quoted_apart(sent, t.idx, char)
        ),
    )
    for c, destination in visits:
        _visit_to(c, destination, view.entities)
    # "tagen auf Einladung von Kanzler X": the host takes part in the meeting
    # named nearest to the cue
    _assign_nearest(
        sent_cands,
        hosted,
        _add_attendee,
    )
    real = [(t, c) for t, c in sent_cands if not _no_meeting(t, c, sent, hosts)]
    real_ids = {id(c) for _, c in real}
    _pass_slots([(t, c) for t, c in sent_cands if id(c) not in real_ids], real)
    sent_cands = real
    # an interview ("Volontärin X sprach mit Y") and a joint visit to a site
    # ("X und Y besuchen die Grenze") are no meetings between sides
    checked = []
    for t, c in sent_cands:
        kept = drop_interviewers(view, sent, t, c.attendees)
        interview = len(kept) < len(c.attendees) and len(set(kept)) < 2
        if (
            not interview
            and not co_visitors(view, sent, t, kept)
            and not unreal(view, sent, t)
            and not broadcast(view, sent, t)
            and not unnamed_first_person(view, sent, t, kept)
            and not unnamed_side(view, sent, t, kept)
        ):
            c.attendees = kept
            checked.append((t, c))
    sent_cands = checked
    for t, c in sent_cands:
        if t.lower_ in CONVENE_VERBS:  # the bodies convene, not everyone named
            # (and the host: "tagen auf Einladung von Kanzler X die Länderchefs")
            c.attendees = [k for k in c.attendees if is_intergov(k) or k in hosts]
    # triggers of one sentence without conflicting slots describe one meeting;
    # one that only dates another ("Noch vor dem EU-Gipfel wollten X und Y zu
    # einem Sondertreffen zusammenkommen") is a meeting of its own
    merged: list[_Candidate] = []
    anchors: list[_Candidate] = []
    for t, c in sent_cands:
        if len(sent_cands) > 1 and _time_anchor(t, sent):
            anchors.append(c)
            continue
        for m in merged:
            if _compatible(m, c):
                _merge_into(m, c)
                break
        else:
            merged.append(c)
    return merged + anchors, visitors


def _there(t: Token, sent: Span) -> str | None:
    """'noun' for "Daran" opening a sentence that says who took part ("Daran
    nahmen X und Y teil"): the meeting named before."""
    if t.lower_ == "daran" and t.i == sent.start and _takes_part_in(sent):
        return "noun"
    return None


def _takes_part_in(sent: Span) -> bool:
    """``sent`` says that someone took part: a word of ``takes_part`` or a form
    of "nehmen" with its particle "teil" ("nahmen … teil")."""
    return takes_part(sent) or (
        has_word(sent, "teil")
        and any(w.lower_ in ("nahm", "nahmen", "nimmt", "nehmen") for w in sent)
    )


def _resumed(sent: Span) -> bool:
    """``sent`` takes talks up again: "wollen ihre Verhandlungen fortsetzen",
    "setzten ihre Gespräche fort" ("fort" closing a clause), "sollen wieder
    aufgenommen werden" (:data:`RESUME_WORDS`)."""
    words = [w.lower_ for w in sent]
    if any(w.startswith(RESUME_WORDS) for w in words):
        return True
    if "wieder" in words and any(
        w.startswith(("aufgenommen", "aufnehm")) for w in words
    ):
        return True
    return any(
        w == "fort" and (i + 1 == len(words) or sent[i + 1].is_punct)
        for i, w in enumerate(words)
    )


def _time_anchor(t: Token, sent: Span) -> bool:
    """The meeting noun ``t`` follows "vor", "seit" or "bis zum" (with an article
    and adjectives): it says when something else happens."""
    doc = sent.doc
    if not t.text[:1].isupper():
        return False
    j = t.i - 1
    while j > sent.start and (doc[j].is_lower and doc[j].lower_ not in TIME_ANCHORS):
        if t.i - j > 4:
            return False
        j -= 1
    return j >= sent.start and doc[j].lower_ in TIME_ANCHORS and doc[j].i < t.i - 1


def _country_visited(destination: str, entities: dict[str, Entity]) -> str | None:
    """The country a visit to ``destination`` (a country or a city in one) is
    to."""
    e = entities.get(destination)
    if e is not None and e.place_kind == "country":
        return destination
    return e.contained_in if e is not None else None


def _visit_to(c: _Candidate, destination: str, entities: dict[str, Entity]) -> None:
    """Complete the visit ``c`` to ``destination``: its host and its place."""
    # a visit to a country whose host is not named: the country receives;
    # a visit to its capital is a visit to it ("bei einem Besuch in Kiew"),
    # also where the article names the state nowhere (typed in kg.rdf.graph)
    e = entities.get(destination)
    host = None
    if e is not None and e.place_kind == "country":
        host = destination
    elif (state := state_of_capital(destination, entities, named=False)) not in (
        None,
        destination,
    ):
        host = state
    if host is not None and host not in c.attendees:
        c.attendees.append(host)
    if host is not None and host not in c.visit_hosts:
        c.visit_hosts.append(host)
    if c.location is None or (
        c.location != destination
        and entities.get(c.location) is not None
        and entities[c.location].contained_in != destination
    ):
        c.location = destination


def _set_time(c: _Candidate, tv: TimeValue) -> None:
    """``tv`` is when ``c`` takes place: its date, if it names a day."""
    c.date = tv.value if tv.granularity in ("day", "datetime", "part-of-day") else None
    c.time_expressions.append(tv.expression)


def _add_attendee(c: _Candidate, key: str) -> None:
    if key not in c.attendees:
        c.attendees.append(key)


def _set_location(c: _Candidate, key: str) -> None:
    c.location = key


def _no_meeting(
    t: Token, c: _Candidate, sent: Span, hosts: list[str] | None = None
) -> bool:
    """A candidate that, with its slots filled, is no meeting after all:

    * a body convening ("tagt") is a meeting of an intergovernmental body on a
      day the text gives: "Der NATO-Russland-Rat tagt am Mittwoch", not "Der
      Bundestag tagt" nor "wo die Vereinten Nationen tagen";
    * "treffen" with no person, "sich", "mit" or "zusammen" is to hit: "Diese
      Maßnahme hat auch HTC getroffen", "Dies trifft die Japaner hart";
    * "sich einigen" is the negotiation of two named parties that reached an
      agreement: not "Die EU-Staaten einigten sich", not "einigte sich nicht";
    * a session ("Tagung", "Sitzung") of one body that is not intergovernmental,
      with no one else named, is no meeting between sides.
    """
    low = t.lower_
    if (
        t.text[:1].isupper()
        and low.endswith(("tagung", "sitzung", "tagungen", "sitzungen"))
        and len(bodies := set(c.attendees) | set(c.organizers)) == 1
        and set(c.organizers) == bodies
        and not is_intergov(c.organizers[0])
    ):
        return True  # "nach einer Tagung des Länderrats der Grünen": one body
    if (
        low in SIGN_VERBS
        and [kind_of(k) for k in c.attendees].count(Kind.PERSON) == 1
        and (signed_agreement(t) or "").endswith(("vertrag", "verträge"))
    ):
        return True  # "Adele hat einen Plattenvertrag mit Sony unterzeichnet"
    if low in AGREE_VERBS or low in PACT_VERBS or low in SIGN_VERBS:
        # an agreement needs two parties, and to be reached: "sich nicht einigen"
        # "die sich nach Beratungen nicht auf eine Strafe für X einigen konnten"
        near = t.doc[max(sent.start, t.i - 10) : min(sent.end, t.i + 2)]
        if any(w.lower_ == "nicht" for w in near):
            return True
        # "Die EU-Fischereiminister haben sich geeinigt": a council of the body
        return len(set(c.attendees)) < 2 and not (
            low in AGREE_VERBS and _council_of(sent, c.attendees)
        )
    if t.is_lower and _denied_before(t, sent):
        return True
    if low in CONVENE_VERBS:
        if hosts and any(k in c.attendees for k in hosts):
            return False  # "tagen auf Einladung von Kanzler X": X hosts a meeting
        return not c.time_expressions or not any(is_intergov(k) for k in c.attendees)
    if low.startswith(TREFFEN_FORMS) and t.is_lower:  # the verb, not "Treffen"
        # "mit" right after the verb: "trifft am Montag mit der EU zusammen",
        # not "Dies trifft die Japaner hart, die auf Geschäfte mit Apple zählten"
        after = t.doc[t.i + 1 : min(sent.end, t.i + 6)]
        return not any(kind_of(k) is Kind.PERSON for k in c.attendees) and not (
            has_word(sent, "sich")
            or has_word(sent, "zusammen")
            or any(w.lower_ == "mit" for w in after)
        )
    return False


def _council_of(sent: Span, attendees: list[str]) -> bool:
    """The one attendee is an intergovernmental body whose ministers ``sent``
    names in a compound ("Die EU-Fischereiminister haben sich geeinigt", "Die
    Nato-Verteidigungsminister einigten sich"): a council of the body."""
    if len(set(attendees)) != 1 or not is_intergov(attendees[0]):
        return False
    body = name_of(attendees[0]).lower()
    return any(
        w.lower_.startswith(body + "-")
        and w.lower_.endswith(COUNCIL_MEMBERS)
        and w.text[:1].isupper()
        for w in sent
    )


def _denied_before(t: Token, sent: Span) -> bool:
    """A verb trigger that ends its clause denied: "Deutschland werde nicht über
    den Antrag beraten", "..., dass man mit X nicht verhandle" (not "nicht nur",
    "nicht zum ersten Mal"; a "nicht" after a verb in second place, "trafen sich
    nicht", is left alone)."""
    doc = sent.doc
    nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in VERB_CLOSERS):
        return False
    for j in range(t.i - 1, max(sent.start, t.i - 9) - 1, -1):
        w = doc[j]
        if w.is_punct:
            return False
        if w.lower_ in ("nicht", "nie", "niemals") and (
            j + 1 >= sent.end or doc[j + 1].lower_ not in NOT_DENIALS
        ):
            return True
    return False


def _assign_nearest(
    sent_cands: list[tuple[Token, _Candidate]],
    items: list[tuple[int, _T]],
    assign: Callable[[_Candidate, _T], None],
    reachable: Callable[[Token, int], bool] | None = None,
) -> None:
    """Give each item to the nearest trigger still free of that slot (greedy by
    distance); ``reachable(trigger, char)`` can rule pairs out."""
    if not items or not sent_cands:
        return
    pairs = []
    for ci, (t, _) in enumerate(sent_cands):
        for ii, (char, _) in enumerate(items):
            if reachable is not None and not reachable(t, char):
                continue
            dist = abs(t.idx - char)
            pairs.append((dist, ci, ii))
    pairs.sort()
    used_c: set[int] = set()
    used_i: set[int] = set()
    for _, ci, ii in pairs:
        if ci in used_c or ii in used_i:
            continue
        used_c.add(ci)
        used_i.add(ii)
        assign(sent_cands[ci][1], items[ii][1])


def _pass_slots(
    dropped: list[tuple[Token, _Candidate]], kept: list[tuple[Token, _Candidate]]
) -> None:
    """The place and day that went to a trigger found to be no meeting go to the
    nearest kept trigger of the sentence still free of them: in "Bei einem
    Treffen in Brüssel vereinbarten die Minister am Mittwoch …" the verb (no
    two parties) took Brüssel, the meeting is the "Treffen"."""
    for t, c in dropped:
        free = sorted(
            ((abs(k.idx - t.idx), i) for i, (k, m) in enumerate(kept)),
            key=lambda p: p[0],
        )
        for slot in ("location", "date"):
            if getattr(c, slot) is None:
                continue
            for _, i in free:
                m = kept[i][1]
                if getattr(m, slot) is None:
                    setattr(m, slot, getattr(c, slot))
                    if slot == "date":
                        m.time_expressions += c.time_expressions
                    break


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    if a.call != b.call and (a.location or b.location):
        return False  # "Nach dem Treffen in Wien setzten sie ihre Beratungen
        # telefonisch fort": a call after the meeting, not the meeting
    if a.date is not None and b.date is not None and _day(a.date) != _day(b.date):
        return False
    if (
        a.date is None
        and b.date is None
        and (da := _weekdays(a))
        and (db := _weekdays(b))
        and not da & db
    ):
        return False  # "am Montag" and "am Freitag": two days
    if a.location and b.location and a.location != b.location:
        return False
    if a.organizers and b.organizers and not set(a.organizers) & set(b.organizers):
        return False
    return True


def _weekdays(c: _Candidate) -> set[str]:
    """The weekdays named in ``c``'s time expressions ("am Freitag")."""
    return {
        w
        for e in c.time_expressions
        for w in e.lower().replace("-", " ").split()
        if w in WEEKDAYS
    }


def _day(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def _merge_into(m: _Candidate, c: _Candidate) -> None:
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


def _hosts_named(m: _Candidate) -> list[str]:
    """The countries a visit made host of ``m`` that a person of it other than
    the visitors stands for: "Maas besuchte Warschau. Er traf dort seinen
    Amtskollegen X" is a meeting of Maas and X, not of Polen."""
    if m.visit_hosts and any(
        kind_of(a) is Kind.PERSON and a not in m.visitors for a in m.attendees
    ):
        return m.visit_hosts
    return []


def _merge_candidates(
    candidates: Iterable[_Candidate], entities: dict[str, Entity]
) -> list[Meeting]:
    meetings: list[tuple[_Candidate, list[int]]] = []
    for c in candidates:
        if not c.this and (
            (c.resumed and len(set(c.attendees + c.organizers)) >= 2)
            # "Am Rande des Gipfels kam X zu einem Gespräch mit Y zusammen"
            or (c.side and len(set(c.attendees)) >= 2)
        ):
            # "Bereits in den kommenden Tagen wollen X und Y ihre Verhandlungen
            # fortsetzen": talks at another time than those before
            meetings.append((c, [c.sentence]))
            continue
        # a session of an intergovernmental body on a day the text names
        # ("vor der Sitzung der Eurogruppe am Freitag") stands by itself
        strong = (
            c.date is not None
            or c.location is not None
            or (bool(_weekdays(c)) and any(is_intergov(k) for k in c.organizers))
        )
        if (
            c.this
            and meetings
            and c.sentence - meetings[-1][1][-1] <= (1 if c.only_this else 2)
            and _compatible(meetings[-1][0], c)
        ):
            # "Dieser Vorgipfel": the meeting named just before
            _merge_into(meetings[-1][0], c)
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
        ):  # "Ob die Gespräche vorher abgeschlossen werden": the talks before
            _merge_into(meetings[-1][0], c)
            if c.sentence not in meetings[-1][1]:
                meetings[-1][1].append(c.sentence)
            continue
        best, best_score = None, 0
        best_sents: list[int] = []
        for m, sents in meetings:
            if not _compatible(m, c):
                continue
            score = 0
            if c.date is not None and m.date is not None:
                score += 3
            if c.location is not None and c.location == m.location:
                score += 2
            # an undated article: "am Freitag" twice is one day
            same_day = (
                c.date is None and m.date is None and bool(_weekdays(c) & _weekdays(m))
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
            and _compatible(meetings[-1][0], c)
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
            _merge_into(best, c)
            for m, sents in meetings:
                if m is best and c.sentence not in sents:
                    sents.append(c.sentence)
        elif strong or len(set(c.attendees)) >= 2:
            meetings.append((c, [c.sentence]))
    out = []
    for m, sents in meetings:
        # "Warschau empfängt ihn": the city where the meeting is, not a party
        where = m.location if not _party_kind(m.location or "", entities) else None
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
                _set_time(m, m.day_before)
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
