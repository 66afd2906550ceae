"""The place of an arrival for the meeting told right after it (issue 15): "X ist
in Peking eingetroffen. Am Dienstag will er mit Y sprechen" -> the talk is in
Peking. Only for a meeting sentence that names no place of its own, goes on
with the arrived person ("er", "sie") and tells no earlier meeting ("zuvor");
"dort" is :func:`kg.extract.meeting_slots.there`. A trip's goal ("X reiste nach
Moskau") places the same way, and also a meeting sentence opened by "Bei dem
Treffen mit Y", unless it tells of before ("hatte", "war": the pluperfect) or
the trip goes back ("flog nach Berlin zurück")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.extract.view import DocView
from kg.lang.de.arrivals import (
    ARRIVAL_PARTICLES,
    ARRIVAL_WORDS,
    PERSON_PRONOUNS,
    PLUPERFECT,
    RETURN_WORDS,
)
from kg.lang.de.meetings import EARLIER_WORDS, TRAVEL_VERBS

__all__ = ["arrival_place"]


def arrival_place(
    view: DocView,
    s_i: int,
    sent: Span,
    places_in: Callable[[DocView, Span], list[tuple[int, str]]],
) -> list[tuple[int, str]]:
    """(char offset of the pronoun, the place) where sentence ``s_i`` - 1 tells an
    arrival in a place and ``sent`` goes on with "er"/"sie" (a trip: also
    "Bei dem Treffen …", at "Bei"); ``places_in`` finds the places a sentence
    names."""
    if s_i == 0:
        return []
    if any(t.lower_ in EARLIER_WORDS for t in sent):
        return []
    pronoun = next((t for t in sent if t.lower_ in PERSON_PRONOUNS), None)
    before = view.sents[s_i - 1]
    at: Token | None
    if pronoun is not None and _arrives(before):
        at = pronoun
    elif _travels(before) and not any(t.lower_ in PLUPERFECT for t in sent):
        words = [t for t in sent if not t.is_space]
        opener = words[0] if words and words[0].lower_ in ("bei", "beim") else None
        at = pronoun or opener
        if at is None:
            return []
    else:
        return []
    places = places_in(view, before)
    return [(at.idx, places[0][1])] if places else []


def _travels(sent: Span) -> bool:
    """``sent`` tells a trip to a place after "nach" ("reiste am Montag nach
    Moskau"), not one back ("flog nach Berlin zurück")."""
    words = {t.lower_ for t in sent}
    return bool(words & TRAVEL_VERBS) and "nach" in words and not words & RETURN_WORDS


def _arrives(sent: Span) -> bool:
    """``sent`` tells an arrival: "eingetroffen", "landete", "traf … ein"."""
    words = [t for t in sent if not t.is_punct]
    if any(t.lower_ in ARRIVAL_WORDS for t in words):
        return True
    if not words:
        return False
    last = words[-1].lower_  # the particle closes the clause: "traf … in X ein"
    return any(ARRIVAL_PARTICLES.get(t.lower_) == last for t in words[:-1])
