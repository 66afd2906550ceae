"""Where and when a meeting sentence reaches: the places it names after "in"
(or "dort" for the place of the sentence before), the clauses that report it
("…, teilte das Ministerium am Montag mit": their time and speaker are not the
meeting's), and the breaks between a trigger and a place that keep the place
from it (a free dash, a clause of cause, a coordinated phrase, a fronted
subordinate clause). Used by :mod:`kg.extract.meetings`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.arrival_places import arrival_place
from kg.extract.records import (
    Entity,
    Interaction,
    Kind,
    Meeting,
    Quote,
    Role,
    actor_keys,
    kind_of,
)
from kg.extract.triggers import trigger_kind
from kg.extract.view import DocView
from kg.lang.de.grammar import FRONTED_SUBORDINATORS, PREPOSITIONS
from kg.lang.de.meeting_senses import TOPIC_NOUN_ENDINGS
from kg.lang.de.meetings import (
    CAUSE_OPENERS,
    FIRST_PERSON,
    MUNICIPALITIES,
    PLURAL_MEETING_ENDINGS,
    PRONOUN_BODIES,
    SIDELINES,
    TOLD_ARTICLES,
    TOLD_CONTRACTIONS,
    TOPIC_CLOSERS,
    TRAVEL_VERBS,
    TRIP_NOUNS,
)
from kg.lang.de.places import SEAT_BUILDINGS
from kg.lang.de.speech import SAYING_VERBS_FOR_TIMES
from kg.nlp import gazetteer
from kg.temporal import TimeValue

__all__ = [
    "cause_between",
    "coordinated_after",
    "dash_between",
    "day_of",
    "day_told_before",
    "first_person_teller",
    "fold_venue_meetings",
    "fronted_before",
    "only_reporting",
    "places_in",
    "quoted_apart",
    "reported_apart",
    "reporting_clauses",
    "seat_building",
    "seat_place",
    "seats_as_places",
    "used_as_place",
    "there",
]


def there(view: DocView, s_i: int, sent: Span) -> list[tuple[int, str]]:
    """ "Dort" in a sentence that names no place of its own is the place the
    sentence before went to or was in ("X reiste nach Rom. Dort traf er Y"):
    (char offset of "dort", that place's key). Without "dort", "am Rande des
    Besuchs" refers back the same way (:func:`_sidelines_place`)."""
    if s_i == 0:
        return []
    there = next((t for t in sent if t.lower_ == "dort"), None)
    if there is None:  # "X ist in Y eingetroffen. Er traf Z": Y too
        return _sidelines_place(view, s_i, sent) or arrival_place(
            view, s_i, sent, places_in
        )
    before = places_in(view, view.sents[s_i - 1])
    return [(there.idx, before[0][1])] if before else []


def _sidelines_place(view: DocView, s_i: int, sent: Span) -> list[tuple[int, str]]:
    """A meeting "am Rande des Besuchs" is where that event was: the place of
    the nearest sentence before that names the event ("zu einem Gipfel in
    Brüssel zusammengekommen. … Am Rande des Gipfels traf X Y") and a place;
    where none names it, of the nearest meeting sentence before that names a
    place ("X hat in Kiew Y empfangen. … Am Rande des Besuchs traf Y auch
    Z"): (char offset of "Rande", that place's key)."""
    doc = sent.doc
    side = next(
        (
            w
            for w in sent[:-2]
            if w.lower_ in SIDELINES and doc[w.i + 1].lower_ in _SIDE_DETERMINERS
        ),
        None,
    )
    if side is None or not doc[side.i + 2].is_alpha:
        return []
    noun = doc[side.i + 2]
    stems = tuple({noun.lower_, noun.lower_.removesuffix("s")})
    earlier = [view.sents[j] for j in range(s_i - 1, max(s_i - _SIDE_REACH, -1), -1)]
    # "X reiste nach Kiew. … Am Rande des Besuchs": the trip told by its verb
    trip = noun.lower_.endswith(TRIP_NOUNS)
    named = [
        b
        for b in earlier
        if any(
            w.lower_.endswith(stems)
            or (trip and w.lower_ in TRAVEL_VERBS and _goal_after(w, b))
            for w in b
        )
    ]
    if not named and trigger_kind(noun) == "noun":
        named = [b for b in earlier if any(trigger_kind(w) for w in b)]
    for before in named:
        if places := places_in(view, before):
            return [(side.idx, places[0][1])]
    return []


def _goal_after(verb: Token, sent: Span) -> bool:
    """The clause of travel verb ``verb`` in ``sent`` names its goal after
    "nach" ("reiste am Montag nach Kiew", "ist nach Wien gereist")."""
    return any(w.lower_ == "nach" for w in sent if w.i != verb.i)


#: "am Rande des Besuchs", "am Rande ihres Besuchs"
_SIDE_DETERMINERS = frozenset({"des", "der", "seines", "ihres", "seiner", "ihrer"})

#: how many sentences back "am Rande des X" looks for X
_SIDE_REACH = 10


def places_in(
    view: DocView,
    sent: Span,
) -> list[tuple[int, str]]:
    """(char offset, place key) of places introduced by "in": cities first."""
    found: list[tuple[int, str, int]] = []
    for t in sent:
        if t.lower_ not in ("in", "im", "nach") or t.i + 1 >= sent.end:
            continue
        # "in der Schweiz", "in den USA", "in der ukrainischen Hauptstadt"
        j = t.i + 1
        if t.lower_ == "in" and t.doc[j].lower_ in ("der", "den", "dem", "die"):
            j += 1
        while (
            j < sent.end - 1
            and j - t.i <= 3
            and (t.doc[j].is_lower or t.doc[j].lower_ in MUNICIPALITIES)
        ):
            j += 1  # "in der ukrainischen Hauptstadt", "in der Stadt Linz"
        k = view.key(j) if j < sent.end else None
        # "im Weißen Haus", "im Élysée-Palast": the building, the most specific
        venue = t.lower_ != "nach" and seat_building(k)
        if venue and k is not None:
            k = "place/" + k.partition("/")[2]
        if not k or kind_of(k) is not Kind.PLACE:
            continue
        if "-" in t.doc[j].text.strip("-") and not venue:
            continue  # "im Ukraine-Konflikt": a compound, not a place
        e = view.entities.get(k)
        rank = (
            -1
            if venue
            else {"city": 0, None: 1, "country": 2, "region": 3}.get(
                e.place_kind if e else None, 1
            )
        )
        # "in Europa" inside an organisation's long form is not a meeting place
        if (
            rank == 3
            and t.i > sent.start
            and kind_of(view.key(t.i - 1) or "") is Kind.ORG
        ):
            continue
        if _in_topic(sent, t.i) or _of_other_event(sent, t.i):
            continue
        if t.i > sent.start and t.doc[t.i - 1].lower_ in PRONOUN_BODIES:
            continue  # "mit jener in Rom": the seat of a body, not where
        found.append((t.doc[j].idx, k, rank))
    if not found:
        return []
    best = min(r for _, _, r in found)
    return [(i, k) for i, k, r in found if r == best]


def seat_building(key: str | None) -> bool:
    """``key`` is an organisation that is a seat of government named by its
    building (:data:`kg.lang.de.places.SEAT_BUILDINGS`: "Weißes Haus"; the
    country a national office's key adds, "Bundeskanzleramt (Österreich)",
    left aside)."""
    return (
        key is not None
        and kind_of(key) is Kind.ORG
        and key.partition("/")[2].partition(" (")[0] in SEAT_BUILDINGS
    )


def used_as_place(view: DocView, key: str) -> bool:
    """Every mention of ``key`` follows "im" or "in der"/"in dem": the building
    where something happens ("im Weißen Haus"), never the body that acts."""
    doc = view.doc
    starts = [
        i
        for i in range(len(doc))
        if view.key(i) == key and (i == 0 or view.key(i - 1) != key)
    ]
    return bool(starts) and all(
        i >= 1
        and (
            doc[i - 1].lower_ == "im"
            or (
                i >= 2
                and doc[i - 1].lower_ in ("der", "dem")
                and doc[i - 2].lower_ == "in"
            )
        )
        for i in starts
    )


def _of_other_event(sent: Span, i: int) -> bool:
    """The "in" at token ``i`` places an event that times the meeting, not the
    meeting: "das erste Treffen seit der Wahl in Frankreich", "vor dem
    Anschlag in Paris" (a noun that names no meeting after "seit", "vor",
    "nach" or "bis" and an article)."""
    doc = sent.doc
    if i - 3 < sent.start:
        return False
    noun, art, prep = doc[i - 1], doc[i - 2], doc[i - 3]
    return (
        noun.text[:1].isupper()
        and noun.is_alpha
        and trigger_kind(noun) is None
        and art.lower_ in ("der", "dem", "des")
        and prep.lower_ in ("seit", "vor", "nach", "bis")
    )


def _in_topic(sent: Span, i: int) -> bool:
    """Token ``i`` lies in the topic of the talks, a phrase after "über" that
    nothing has closed: "berät über die Folgen der Unruhen im afrikanischen
    Burundi", "über die Lage in der Türkei mit Erdogan zu reden" (what they
    talk about, not where)."""
    doc = sent.doc
    if (
        i > sent.start
        and doc[i].lower_ in ("in", "im")
        and doc[i - 1].is_alpha
        and doc[i - 1].lower_.endswith(TOPIC_NOUN_ENDINGS)
    ):
        return True  # "besprach mit Y die Lage in der Ukraine"
    for j in range(i - 1, max(sent.start, i - 11) - 1, -1):
        w = doc[j]
        if w.lower_ == "über" or (
            # "Dabei ging es um die Lage in der Ostukraine"
            w.lower_ == "um" and j > sent.start and doc[j - 1].lower_ == "es"
        ):
            return True
        if w.is_punct or w.lower_ in TOPIC_CLOSERS or trigger_kind(w) is not None:
            return False
    return False


_DASHES = frozenset({"–", "—", "-", "--"})


def reporting_clauses(sent: Span, *, trailing: bool = False) -> list[tuple[int, int]]:
    """The character spans of the clauses of ``sent`` (between commas) that
    report it: those with a verb of saying ("…, wie das Ministerium am Montag
    in Berlin mitteilte", "…, teilte eine Sprecherin am Montag mit"). With
    ``trailing``, only those that open with "wie" or the verb, whose subject is
    the one who tells ("Berg sagte, dass er mit Roth sprach" is not one: there
    the teller is the "er" who met)."""
    out: list[tuple[int, int]] = []
    start = sent.start
    for i in range(sent.start, sent.end + 1):
        if i < sent.end and sent.doc[i].text != ",":
            continue
        clause = sent.doc[start:i]
        if any(w.lower_ in SAYING_VERBS_FOR_TIMES for w in clause) and (
            not trailing
            or (
                len(clause)
                and (
                    clause[0].lower_ == "wie"
                    or clause[0].lower_ in SAYING_VERBS_FOR_TIMES
                )
            )
        ):
            out.append((clause.start_char, clause.end_char))
        elif out and clause.start_char - out[-1][1] <= 2 and _apposed_name(clause):
            # "…, sagte der Sprecher des Präsidenten, Josh Earnest": the name
            # apposed to the teller is part of the reporting clause
            out[-1] = (out[-1][0], clause.end_char)
        start = i + 1
    return out


def _apposed_name(clause: Span) -> bool:
    """``clause`` is only a name: two to five capitalised words, and at most a
    closing punctuation mark."""
    words = [w for w in clause if not w.is_punct]
    return (
        2 <= len(words) <= 5
        and all(w.text[:1].isupper() and w.is_alpha for w in words)
        and all(w.text in ".!?" for w in clause if w.is_punct)
    )


def first_person_teller(
    view: DocView, sent: Span, t: Token, tellers: list[tuple[int, int]]
) -> list[str]:
    """The person who tells, after the trigger ``t``, of a meeting said in the
    first person: "Ich habe mit Roth gesprochen, sagte Berg", "Wir trafen uns
    in Wien, so Berg" (Berg took part)."""
    after = [(lo, hi) for lo, hi in tellers if lo > t.idx]
    if not after:
        return []
    lo, hi = after[0]
    if not any(w.lower_ in FIRST_PERSON and w.idx < lo for w in sent if not w.is_punct):
        return []
    return [
        k for w in sent if lo <= w.idx < hi and (k := view.person(w.i)) is not None
    ][:1]


#: the granularities of a time that names a day
_DAYS = frozenset({"day", "datetime", "part-of-day"})


def day_told_before(
    times: dict[int, list[TimeValue]], s_i: int, sent: Span
) -> TimeValue | None:
    """The day named last, a few sentences before sentence ``s_i``, if ``sent``
    names a meeting by a definite noun ("an dem Treffen", "am Rande der
    Sitzung", "nach dem Gespräch"): one the text has told of, held that day."""
    if not any(_told(sent, w) for w in sent):
        return None
    for j in range(s_i - 1, max(s_i - 5, -1), -1):
        days = [tv for tv in times.get(j, []) if tv.granularity in _DAYS]
        if days:  # "am Donnerstag", not also "für das kommende Jahr"
            return day_of(times, j)
    return None


def day_of(times: dict[int, list[TimeValue]], j: int) -> TimeValue | None:
    """The one day sentence ``j`` names, if it names one ("am Montag"; not "am
    Montag und am Dienstag", also where the article's date is unknown)."""
    days = [tv for tv in times.get(j, []) if tv.granularity in _DAYS]
    if not days or len({tv.timex if tv.value is None else tv.value for tv in days}) > 1:
        return None
    return days[0]


def _told(sent: Span, w: Token) -> bool:
    """``w`` is a singular meeting noun after a definite article that follows a
    preposition, or after a contraction: "an dem Treffen", "am Rande der
    Sitzung", "beim Gipfel"; not "Das Treffen von X und Y", "der Verhandlungen"."""
    doc, i = sent.doc, w.i
    if i - 1 < sent.start or trigger_kind(w) != "noun":
        return False
    if w.lower_.endswith(PLURAL_MEETING_ENDINGS):
        return False
    if doc[i - 1].lower_ in TOLD_CONTRACTIONS:
        return True
    return (
        i - 2 >= sent.start
        and doc[i - 1].lower_ in TOLD_ARTICLES
        and (doc[i - 2].lower_ in PREPOSITIONS or doc[i - 2].lower_ in SIDELINES)
    )


def reported_apart(clauses: list[tuple[int, int]], trigger: int, char: int) -> bool:
    """Character ``char`` lies in a reporting clause that the trigger at
    ``trigger`` is not in: its time dates the statement, not the meeting ("Dort
    trifft sie Colonna, wie das Amt am Montag mitteilte")."""
    return any(lo <= char < hi and not lo <= trigger < hi for lo, hi in clauses)


#: double quotation marks: each opens or closes a quotation in turn
_QUOTE_MARKS = frozenset({'"', "„", "“", "”", "»", "«"})
#: a quotation of fewer tokens is a name ("im Restaurant „Zur Post“"), not speech
_MIN_QUOTE = 4


def quoted_apart(sent: Span, trigger: int, char: int) -> bool:
    """Character ``char`` lies in a quotation of ``sent`` that the trigger at
    ``trigger`` is not in: a place the speaker talks about, not where the
    meeting was ("Der Minister sagte nach dem Treffen, Ungarn sei „der beste
    Standort in Europa“")."""
    doc = sent.doc
    marks = [w.i for w in sent if w.text in _QUOTE_MARKS]
    for lo, hi in zip(marks[::2], [*marks[1::2], sent.end], strict=False):
        if hi - lo <= _MIN_QUOTE:
            continue
        a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        if a <= char < b and not a <= trigger < b:
            return True
    return False


def only_reporting(
    view: DocView,
    sent: Span,
    key: str,
    trigger: Token,
    clauses: list[tuple[int, int]],
) -> bool:
    """Every mention of ``key`` in ``sent`` lies in a reporting clause the
    trigger is not in: the speaker ("wie Regierungssprecher Seibert mitteilte"),
    no participant. A participant the sentence does not name stays."""
    chars = [sent.doc[i].idx for i in range(sent.start, sent.end) if view.key(i) == key]
    return bool(chars) and all(reported_apart(clauses, trigger.idx, c) for c in chars)


def dash_between(sent: Span, a: int, b: int) -> bool:
    """A free-standing dash, not one of a pair, lies between characters ``a``
    and ``b`` of ``sent``:
    in "Fischer traf Merkel und Gauck – Kanzlerwechsel in Wien Thema" the place
    belongs to another clause than the meeting."""
    lo, hi = min(a, b), max(a, b)
    # a pair of dashes around an aside does not ("treffen sich die Staatsspitzen
    # der vier Staaten – A, B und C – in Prag")
    return sum(1 for t in sent if lo < t.idx < hi and t.text in _DASHES) % 2 == 1


def coordinated_after(sent: Span, t: Token, char: int) -> bool:
    """The meeting noun ``t`` opens a noun phrase joined by "und"/"sowie" to an
    earlier one, and the place at character ``char`` lies before the "und": in
    "in die Woche des Nato-Einsatzes in der Ägäis und eines EU-Gipfels" the
    place is the other phrase's."""
    if char >= t.idx or not t.text[:1].isupper():
        return False
    doc = sent.doc
    j = t.i - 1
    while (
        j > sent.start
        and (doc[j].lower_ in _DETERMINERS or (doc[j].is_lower and doc[j].is_alpha))
        and doc[j].lower_ not in ("und", "sowie")
    ):
        j -= 1
    return (
        j < t.i - 1
        and doc[j + 1].lower_ in _DETERMINERS
        and doc[j].lower_ in ("und", "sowie")
        and char < doc[j].idx
    )


_DETERMINERS = frozenset(
    {"der", "des", "dem", "den", "die", "das", "ein", "eine", "eines", "einer", "einem"}
)


def fronted_before(sent: Span, t: Token, char: int) -> bool:
    """``t`` is the main clause's verb right after a fronted subordinate clause
    and the place at character ``char`` lies in that clause: in "Während X in
    Wien eine Rede hielt, erörterte Y in Linz mit Z ..." the meeting is in Linz."""
    doc = sent.doc
    return (
        doc[sent.start].lower_ in FRONTED_SUBORDINATORS
        and t.i - 1 > sent.start
        and doc[t.i - 1].text == ","
        and char < t.idx
    )


def cause_between(sent: Span, a: int, b: int) -> bool:
    """A clause of cause or condition opens between characters ``a`` and ``b``
    of ``sent`` (", weil", ", wenn", ", obwohl"): in "werde eine Einigung mit
    Athen nicht blockieren, weil sonst die Koalition in Finnland zerbräche" the
    place is not the meeting's."""
    lo, hi = min(a, b), max(a, b)
    return any(
        lo < t.idx < hi and t.text == "," and t.nbor().lower_ in CAUSE_OPENERS
        for t in sent[:-1]
    )


def seats_as_places(
    view: DocView,
    entities: Sequence[Entity],
    roles: Sequence[Role],
    meetings: Sequence[Meeting],
    quotes: Sequence[Quote],
    interactions: Sequence[Interaction],
) -> list[Entity]:
    """``entities`` with each seat of government that the article names only
    as a building something happens in ("empfing Y im Weißen Haus",
    :func:`used_as_place`) and no record has as an actor made a place: a
    building used as a place is no organisation (``bench/extract_gold.md``);
    the meeting's place key ``"place/Weißes Haus"`` then names it."""
    used = actor_keys(roles, meetings, quotes, interactions)
    keys = {e.key for e in entities}
    return [
        replace(e, kind="place", org_kind=None)
        if seat_building(e.key)
        and e.key not in used
        and "place/" + e.name not in keys
        and used_as_place(view, e.key)
        else e
        for e in entities
    ]


def fold_venue_meetings(
    meetings: Sequence[Meeting], entities: Sequence[Entity]
) -> list[Meeting]:
    """One meeting of meetings of the same sides that differ only in that one
    is held in a seat of government's building and the other in its country's
    city or nowhere named: the headline's "X und Y beraten in Paris" and "X hat
    Y im Élysée-Palast empfangen" (the building, the more specific place)."""
    codes = {e.name: e.country_code for e in entities if e.kind in ("org", "place")}
    out: list[Meeting] = []
    for m in meetings:
        for n, o in enumerate(out):
            if _venue_pair(o, m, codes):
                venue = o.location if seat_place(o.location) else m.location
                out[n] = replace(
                    o,
                    triggers=tuple(dict.fromkeys((*o.triggers, *m.triggers))),
                    attendees=tuple(dict.fromkeys((*o.attendees, *m.attendees))),
                    sentences=tuple(sorted({*o.sentences, *m.sentences})),
                    location=venue,
                    date=o.date or m.date,
                    time_expressions=tuple(
                        dict.fromkeys((*o.time_expressions, *m.time_expressions))
                    ),
                )
                break
        else:
            out.append(m)
    return out


def seat_place(key: str | None) -> bool:
    """``key`` is the place of a seat of government's building."""
    return (
        key is not None
        and key.startswith("place/")
        and seat_building("org/" + key.partition("/")[2])
    )


def _venue_pair(a: Meeting, b: Meeting, codes: dict[str, str | None]) -> bool:
    if {*a.attendees, *a.organizers} != {*b.attendees, *b.organizers}:
        return False
    if a.organizers != b.organizers or seat_place(a.location) == seat_place(b.location):
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    venue, other = (a, b) if seat_place(a.location) else (b, a)
    if other.location is None:
        return True
    country = _venue_country(str(venue.location).partition("/")[2], codes)
    return country is not None and country == codes.get(
        other.location.partition("/")[2]
    )


def _venue_country(name: str, codes: dict[str, str | None]) -> str | None:
    """The country code of the seat of government ``name``: its own, or that
    of the country its key adds ("Bundeskanzleramt (Deutschland)")."""
    if (code := codes.get(name)) is not None:
        return code
    state = name.partition(" (")[2].removesuffix(")")
    if not state:
        return None
    entry = gazetteer.lookup(state, label="LOC")
    return entry.code if entry is not None and entry.kind == "country" else None
