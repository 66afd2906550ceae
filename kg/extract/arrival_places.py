"""The place of an arrival for the meeting told right after it (issue 15): "X ist
in Peking eingetroffen. Am Dienstag will er mit Y sprechen" -> the talk is in
Peking. Only for a meeting sentence that names no place of its own, goes on
with the arrived person ("er", "sie") and tells no earlier meeting ("zuvor");
"dort" is :func:`kg.extract.meeting_slots.there`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.view import DocView
from kg.lang.de.arrivals import ARRIVAL_PARTICLES, ARRIVAL_WORDS, PERSON_PRONOUNS
from kg.lang.de.meetings import EARLIER_WORDS

__all__ = ["arrival_place"]


def arrival_place(
    view: DocView,
    s_i: int,
    sent: Span,
    places_in: Callable[[DocView, Span], list[tuple[int, str]]],
) -> list[tuple[int, str]]:
    """(char offset of the pronoun, the place) where sentence ``s_i`` - 1 tells an
    arrival in a place and ``sent`` goes on with "er"/"sie"; ``places_in``
    finds the places a sentence names."""
    if s_i == 0:
        return []
    pronoun = next((t for t in sent if t.lower_ in PERSON_PRONOUNS), None)
    if pronoun is None or any(t.lower_ in EARLIER_WORDS for t in sent):
        return []
    before = view.sents[s_i - 1]
    if not _arrives(before):
        return []
    places = places_in(view, before)
    return [(pronoun.idx, places[0][1])] if places else []


def _arrives(sent: Span) -> bool:
    """``sent`` tells an arrival: "eingetroffen", "landete", "traf … ein"."""
    words = [t for t in sent if not t.is_punct]
    if any(t.lower_ in ARRIVAL_WORDS for t in words):
        return True
    if not words:
        return False
    last = words[-1].lower_  # the particle closes the clause: "traf … in X ein"
    return any(ARRIVAL_PARTICLES.get(t.lower_) == last for t in words[:-1])
