"""Meetings held at a named gathering (:mod:`kg.lang.de.meeting_formats`):
"Am Rande der UN-Vollversammlung traf X den Y" (the Vereinte Nationen attend),
"Auf der Münchner Sicherheitskonferenz sprach X mit Y" (in München; the
conference's own name is no party), "Beim Wiener Gipfel trafen sich X und Y"
(in Wien). Used by :func:`kg.extract.doc_to_records` after the meetings are
merged.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.mentions import attach_countries
from kg.extract.records import Entity, Kind, Meeting, entity_key, kind_of
from kg.extract.resolve import entry_entity
from kg.extract.triggers import trigger_kind
from kg.extract.view import DocView
from kg.lang.de.meeting_formats import (
    MeetingFormat,
    city_adjective_stems,
    meeting_format,
)
from kg.nlp import gazetteer

__all__ = ["gathering_slots"]

#: kinds of gatherings whose own name is no party to a meeting held there (a
#: conference, a forum: "Münchner Sicherheitskonferenz", "Weltwirtschaftsforum");
#: a domestic round ("Landeshauptleutekonferenz") or a standing group of states
#: ("Kontaktgruppe") may be one
_NO_PARTY_KINDS = frozenset({"conference", "forum"})

#: words right before a gathering's name (within three tokens) that put a
#: meeting there: "beim EU-Gipfel", "auf der Konferenz", "am Rande des
#: Gipfels", "während der UN-Vollversammlung", "zur Generaldebatte der ..."
_AT_WORDS = frozenset(
    {"bei", "beim", "auf", "rande", "während", "zum", "zur", "an", "am"}
)


def gathering_slots(
    view: DocView, meetings: list[Meeting], entities: list[Entity]
) -> tuple[list[Meeting], list[Entity]]:
    """``meetings`` with the body that attends a named gathering they are held
    at added (the gazetteer's organisation, minted when the article does not
    name it), the gathering's own name as a party dropped when it names no
    body ("org/Münchner Sicherheitskonferenz"), and, when no place is given,
    the place the gathering's name gives ("Münchner", "Wiener Gipfel");
    ``entities`` with the organisations and places minted."""
    known = {e.key: e for e in entities}
    added: list[Entity] = []
    out = []
    for m in meetings:
        for s_i in m.sentences:
            if s_i >= len(view.sents):
                continue
            for t, fmt in _gatherings(view.sents[s_i], m):
                m = _with_body(view, m, t, fmt, known, added)
                if m.location is None and (place := _place_of(view, t, fmt)):
                    e = known.get(place) or _minted_place(place, known, added)
                    if e is not None:
                        m = replace(m, location=e.key)
        out.append(m)
    return out, entities + added


def _gatherings(sent: Span, m: Meeting) -> list[tuple[Token, MeetingFormat | None]]:
    """The words of ``sent`` that name the gathering ``m`` is held at: one of
    its triggers, or a gathering's name after "beim", "auf", "am Rande" that
    names no meeting of its own ("beim Treffen der Eurogruppe"); with
    the format the lexicon gives (None for a plain meeting noun, whose town
    adjective may still give the place)."""
    out: list[tuple[Token, MeetingFormat | None]] = []
    doc = sent.doc
    for t in sent:
        fmt = meeting_format(t.text)
        if t.text in m.triggers and trigger_kind(t) == "noun":
            out.append((t, fmt))
        elif (
            fmt is not None
            and trigger_kind(t) is None
            and any(w.lower_ in _AT_WORDS for w in doc[max(sent.start, t.i - 3) : t.i])
        ):
            out.append((t, fmt))
    return out


def _with_body(
    view: DocView,
    m: Meeting,
    t: Token,
    fmt: MeetingFormat | None,
    known: dict[str, Entity],
    added: list[Entity],
) -> Meeting:
    """``m`` with the body of the format ``t`` names among its attendees, and
    the organisation named by ``t`` itself dropped where it is not that body
    ("Münchner Sicherheitskonferenz", "UN-Vollversammlung" for the UN)."""
    if fmt is None:
        return m
    if fmt.body is None and fmt.kind not in _NO_PARTY_KINDS:
        return m  # "die Landeshauptleutekonferenz", "die Kontaktgruppe": a party
    own = {
        k
        for i in range(max(0, t.i - 2), t.i + 1)
        if (k := view.key(i)) is not None and kind_of(k) is Kind.ORG
    }
    body = _body_key(fmt.body, known, added) if fmt.body else None
    own.discard(body or "")
    if body is not None and body in own:
        return m
    attendees = [k for k in m.attendees if k not in own]
    organizers = [k for k in m.organizers if k not in own]
    if body is not None and body not in attendees and body not in organizers:
        attendees.append(body)
    if attendees == list(m.attendees) and organizers == list(m.organizers):
        return m
    return replace(m, attendees=tuple(attendees), organizers=tuple(organizers))


def _body_key(name: str, known: dict[str, Entity], added: list[Entity]) -> str | None:
    """The key of the organisation ``name`` (a gazetteer name), minted into
    ``added`` and ``known`` when the article does not name it."""
    entry = gazetteer.lookup(name, label="ORG")
    if entry is None or entry.label != "ORG":
        return None
    key = entity_key(Kind.ORG, entry.name)
    if key not in known:
        e = entry_entity(entry)
        known[key] = e
        added.append(e)
    return key


def _place_of(view: DocView, t: Token, fmt: MeetingFormat | None) -> str | None:
    """The key of the place the name of the gathering at ``t`` gives: the
    lexicon's place, or the city of a town adjective right before it
    ("Münchner Sicherheitskonferenz", "beim Wiener Gipfel")."""
    if fmt is not None and fmt.place:
        entry = gazetteer.lookup(fmt.place, label="LOC")
        return entity_key(Kind.PLACE, entry.name) if entry is not None else None
    before = view.key(t.i - 1) if t.i > 0 else None
    if t.i == 0 or (before is not None and kind_of(before) is Kind.PERSON):
        return None
    for stem in city_adjective_stems(view.doc[t.i - 1].text):
        entry = gazetteer.lookup(stem, label="LOC")
        if entry is not None and entry.kind == "city" and entry.name == stem:
            return entity_key(Kind.PLACE, entry.name)
    return None


def _minted_place(
    key: str, known: dict[str, Entity], added: list[Entity]
) -> Entity | None:
    """The place entity ``key`` names, minted from the gazetteer into
    ``added`` and ``known``."""
    name = key.partition("/")[2]
    entry = gazetteer.lookup(name, label="LOC")
    if entry is None or entry.label != "LOC":
        return None
    minted = [entry_entity(entry)]
    attach_countries(minted)
    known[minted[0].key] = minted[0]
    added.append(minted[0])
    return minted[0]
