"""Meetings: who met whom, where and when, merged over the article.

* a *trigger* is a meeting noun (Treffen, Gespräch, Verhandlungen, Sitzung,
  Gipfel, Konferenz, Telefonat, Besuch … and compounds ending in them) or
  verb (treffen, verhandeln, empfangen, zusammenkommen, beraten …):
  :mod:`kg.extract.triggers`;
* each trigger takes the nearest time expression and the nearest place after
  "in" in its sentence (one each, nearest first);
* participants and a convening body come from German patterns around the
  trigger: :mod:`kg.extract.participants`;
* mentions are merged in text order (:mod:`kg.extract.meeting_merge`): one
  with a day-level date or a place joins an earlier meeting with the same date
  or place (and no conflict), or starts one; one with neither (an anaphor: "die
  anstehenden Gespräche") joins the earlier meeting sharing most participants,
  or starts one only if it names two participants itself; otherwise it is too
  vague and dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypeVar

from spacy.tokens import Span, Token

from kg.extract.actors import is_intergov, keys_in, state_of_capital
from kg.extract.counterparts import counterparts_abroad
from kg.extract.envoys import senders
from kg.extract.meeting_bodies import unnamed_group_first
from kg.extract.meeting_checks import (
    broadcast,
    co_visitors,
    drop_interviewers,
    later_mention,
    on_sidelines,
    title_possessors,
    unnamed_first_person,
    unnamed_side,
    unreal,
)
from kg.extract.meeting_merge import (
    Candidate,
    compatible,
    merge_candidates,
    merge_into,
    party_kind,
    set_time,
    weekdays,
)
from kg.extract.meeting_senses import other_sense
from kg.extract.meeting_slots import (
    cause_between,
    coordinated_after,
    dash_between,
    day_of,
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
from kg.extract.partners import compound_body, hosts_in, talk_teller
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
    OCCASION_NOUNS,
    PACT_VERBS,
    RESUME_WORDS,
    SIGN_VERBS,
    TIME_ANCHORS,
    TREFFEN_FORMS,
    VERB_CLOSERS,
)
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
    candidates: list[Candidate] = []
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
                if k not in last.attendees and party_kind(k, view.entities)
            ]
        # "Der Gemeinderat hat am Donnerstag getagt. Am Rande der Sitzung
        # traf X den Y": the meeting told of before, on the day named last
        for c in found:
            c.day_before = day_told_before(times, s_i, sent)
            # "Der Vorstand hat am Montag mit dem Betriebsrat beraten. X traf
            # dazu den Y": the day of the event just told
            if c.back and not c.time_expressions and (tv := day_of(times, s_i - 1)):
                set_time(c, tv)
        candidates.extend(found)
        visitors |= visiting
    _day_to_next(candidates)
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
        for m in merge_candidates(candidates, view.entities)
        if not (
            all("besuch" in t.lower() for t in m.triggers)
            and home_visit(view, {*m.attendees, *m.organizers}, m.location)
        )
    ]
    return FoundMeetings(meetings, frozenset(visitors))


def _day_to_next(candidates: list[Candidate]) -> None:
    """A meeting with a day but no one named ("Die Sozialpartner sind am
    Mittwoch erneut zusammengekommen") is told in the next sentence, which names
    its parties and no time ("X und Y verhandelten fünf Stunden"): that meeting
    is held on the day."""
    for a, b in zip(candidates, candidates[1:], strict=False):
        if (
            b.sentence == a.sentence + 1
            and not (a.attendees or a.organizers or a.location)
            and (a.date is not None or weekdays(a))
            and not b.time_expressions
            and not (b.resumed or b.side)
            and len(set(b.attendees)) >= 2
        ):
            b.date = a.date
            b.time_expressions += a.time_expressions


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
) -> tuple[list[Candidate], set[tuple[str, str]]]:
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
    visits: list[tuple[Candidate, str]] = []
    visitors: set[tuple[str, str]] = set()
    hosted = hosts_in(view, sent)
    hosts = [k for _, k in hosted]
    possessors = title_possessors(view, sent)
    abroad = counterparts_abroad(view, sent)
    for t, kind in triggers:
        c = Candidate([t.text], s_i, call=is_call(t, sent))
        c.back = _on_occasion(sent) or any(
            # "trafen sich dazu am Rande des Forums": the one before
            w.lower_ in BACK_ADVERBS
            for w in doc[max(sent.start, t.i - 4) : min(sent.end, t.i + 4)]
        )
        c.this = c.back or (
            kind == "noun"
            and t.i > sent.start
            and doc[t.i - 1].lower_ in DEMONSTRATIVES
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
        if kind == "noun" and len(set(c.attendees)) == 1 and not c.organizers:
            # "Das Gespräch mit X sei konstruktiv gewesen, sagte Y": Y is the
            # other side
            c.attendees += [
                k for k in talk_teller(view, sent, t) if k not in c.attendees
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
                # "an den Gesprächen", "an der Sitzung": the talks just told
                or (
                    doc[t.i - 1].lower_ in ("dem", "den", "der")
                    and doc[t.i - 2].lower_ == "an"
                )
            )
            and _takes_part_in(sent)
        ):
            # "An dem Treffen im Kanzleramt nahmen X, Y und Z teil", "Auch X
            # und Y nahmen an den Gesprächen teil": who took part in the
            # meeting named before, however many
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
        set_time,
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
            and not unnamed_group_first(view, sent, t, kept)
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
    merged: list[Candidate] = []
    anchors: list[Candidate] = []
    for t, c in sent_cands:
        if len(sent_cands) > 1 and _time_anchor(t, sent):
            anchors.append(c)
            continue
        for m in merged:
            if compatible(m, c):
                merge_into(m, c)
                break
        else:
            merged.append(c)
    return merged + anchors, visitors


def _on_occasion(sent: Span) -> bool:
    """``sent`` says "bei dieser Gelegenheit", "bei diesem Anlass": what it
    tells happens at the event told just before."""
    doc = sent.doc
    return any(
        w.lower_ in OCCASION_NOUNS
        and w.i - 2 >= sent.start
        and doc[w.i - 2].lower_ == "bei"
        and doc[w.i - 1].lower_ in (*DEMONSTRATIVES, "der", "dem")
        for w in sent
    )


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


def _visit_to(c: Candidate, destination: str, entities: dict[str, Entity]) -> None:
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


def _add_attendee(c: Candidate, key: str) -> None:
    if key not in c.attendees:
        c.attendees.append(key)


def _set_location(c: Candidate, key: str) -> None:
    c.location = key


def _no_meeting(
    t: Token, c: Candidate, sent: Span, hosts: list[str] | None = None
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
    sent_cands: list[tuple[Token, Candidate]],
    items: list[tuple[int, _T]],
    assign: Callable[[Candidate, _T], None],
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
    dropped: list[tuple[Token, Candidate]], kept: list[tuple[Token, Candidate]]
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
