"""The town of a meeting held in one of its political buildings named without
the town ("im Rathaus", "im Landhaus", "im Haus der Industrie",
:data:`kg.lang.de.places.TOWN_VENUES`): the town the report comes from; a
building after a town's adjective ("ins Prager Außenministerium") is in that
town. Used
by :func:`kg.extract.doc_to_records` after the meetings are merged."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.focus import dateline_end, focus_city
from kg.extract.meeting_slots import places_in, seat_building
from kg.extract.records import Kind, Meeting, kind_of
from kg.extract.triggers import trigger_kind
from kg.extract.view import DocView
from kg.lang.de.places import TOWN_ADJECTIVE_VENUE_ENDINGS, TOWN_VENUES
from kg.nlp import gazetteer

__all__ = ["town_venues"]

#: how many sentences from the start may open with the report's dateline
_DATELINE_SENTS = 4


def town_venues(view: DocView, meetings: list[Meeting]) -> list[Meeting]:
    """``meetings`` with no place whose sentence holds them in a town venue
    ("Bürgermeister X empfing Y im Rathaus") placed in that town: the town of
    the venue's adjective if the article names that town ("im Grazer
    Landhaus": Graz), else the dateline's city ("Linz – …") or the one city
    the article is about (:func:`kg.extract.focus.focus_city`)."""
    out = []
    for m in meetings:
        if m.location is None:
            town = next(
                (
                    k
                    for s_i in m.sentences
                    if s_i < len(view.sents)
                    and (k := _venue_town(view, view.sents[s_i]))
                ),
                None,
            ) or _told_before(view, m)
            if town is not None:
                m = replace(m, location=town)
        out.append(m)
    return out


def _venue_town(view: DocView, sent: Span) -> str | None:
    """The key of the town of the first town venue ``sent`` names after "im",
    "ins" or "in der"/"in dem"; ``None`` if it names none or the town is not
    known."""
    doc = view.doc
    for t in sent:
        if t.lower_ not in ("im", "ins", "in"):
            continue
        j = t.i + 1
        if t.lower_ == "in":
            if j >= sent.end or doc[j].lower_ not in ("der", "dem"):
                continue
            j += 1
        if seat_building(k := view.key(j)) and k is not None:
            # "ins Kanzleramt geladen": the building, as "im" gives it
            return "place/" + k.partition("/")[2]
        if k is not None and (town := _town_ending(view, j, k)):
            return town  # "im Landratsamt Rosenheim", "im Kanzleramt in Berlin"
        adjective = None
        if j < sent.end and doc[j].text.endswith("er") and doc[j].text[:1].isupper():
            adjective = doc[j].text  # "im Grazer Landhaus", "im Wiener Rathaus"
        if (
            adjective
            and j + 1 < sent.end
            and doc[j + 1].text[:1].isupper()
            and doc[j + 1].lower_.endswith(TOWN_ADJECTIVE_VENUE_ENDINGS)
            # untagged, or one organisation: "Prager Außenministerium"
            and view.key(j) == view.key(j + 1)
            and (k is None or kind_of(k) is Kind.ORG)
            and (town := _town_of_adjective(view, adjective))
        ):
            return town  # "ins Prager Außenministerium", "im Wiener Hotel"
        for venue in TOWN_VENUES:
            for a in (j, j + 1) if adjective else (j,):
                words = [w.text for w in doc[a : min(a + len(venue), sent.end)]]
                if tuple(words) != venue or view.key(a):
                    continue
                if a == j + 1:
                    return _town_of_adjective(view, adjective or "")
                return _report_town(view)
    return None


def _town_ending(view: DocView, j: int, key: str) -> str | None:
    """The town that ends the name of the organisation ``key`` that starts
    at token ``j``, its building the meeting is held in: "im Landratsamt
    Rosenheim", "im Kanzleramt in Berlin" as one name (Rosenheim, Berlin)."""
    if kind_of(key) is not Kind.ORG:
        return None
    end = j
    while end < len(view.doc) and view.key(end) == key:
        end += 1
    last = view.doc[end - 1]
    if end - j < 2 or not last.is_alpha:
        return None
    entry = gazetteer.lookup(last.text, label="LOC")
    if entry is None or entry.kind != "city":
        return None
    return "place/" + entry.name


def _town_of_adjective(view: DocView, adjective: str) -> str | None:
    """The city the article names whose adjective is ``adjective`` ("Grazer":
    Graz, "Wiener": Wien)."""
    stem = adjective[:-2]
    return next(
        (
            e.key
            for e in view.entities.values()
            if e.kind == Kind.PLACE
            and e.place_kind == "city"
            and e.name in (stem, stem + "e", stem.removesuffix("n"))
        ),
        None,
    )


def _report_town(view: DocView) -> str | None:
    """The city of the report's dateline, else the one city it is about."""
    for sent in view.sents[:_DATELINE_SENTS]:
        if dateline_end(view, sent) is None:
            continue
        k = view.key(next(t for t in sent if not t.is_space).i)
        e = view.entities.get(k) if k else None
        if k and kind_of(k) is Kind.PLACE and e is not None and e.place_kind == "city":
            return k
        return None
    return focus_city(view.entities.values())


#: determiners of a meeting noun that refers to the one told just before
_BACK_DETERMINERS = frozenset({"dem", "den", "der", "diesem", "diesen", "dieser"})


def _told_before(view: DocView, m: Meeting) -> str | None:
    """The place of the meeting noun of the sentence before ``m``'s first one,
    when that first one refers back to it ("An dem Treffen nahmen … teil"):
    a place after "in" there, or its town venue."""
    first = min(m.sentences)
    if first == 0 or first >= len(view.sents):
        return None
    sent = view.sents[first]
    doc = view.doc
    if not any(
        trigger_kind(w) == "noun"
        and w.i > sent.start
        and doc[w.i - 1].lower_ in _BACK_DETERMINERS
        for w in sent
    ):
        return None
    before = view.sents[first - 1]
    if not any(trigger_kind(w) == "noun" for w in before):
        return None
    found = places_in(view, before)
    if found:
        return found[0][1]
    return _venue_town(view, before)
