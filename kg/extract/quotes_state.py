"""A government that speaks for its state: "die Regierung", "ein Regierungssprecher".

An unnamed government or its spokesperson speaks for the state (the gold's
speaker rules: "die Regierung" -> Griechenland). :mod:`kg.extract.speakers`
reads the state where the phrase names it ("die Regierung von Xland", "die
ungarische Regierung"); this pass settles the labels left bare, against the
article: the state whose capital the quote's sentence names ("…, halten sich
nach Angaben der Regierung in Ystadt auf"), else the one state whose
government the article names elsewhere ("Die Regierung von Xland hat …").
"""

from __future__ import annotations

from kg.extract.actors import state_of_capital
from kg.extract.quotes_continued import Found
from kg.extract.records import Kind, kind_of
from kg.extract.speakers import as_state
from kg.extract.view import DocView
from kg.lang.de.speech import GOVERNMENT_NOUNS, SPOKESPERSON_ENDINGS

__all__ = ["government_labels"]


def _government(label: str) -> bool:
    """ "Regierung", "Regierungssprecherin": a government or its voice."""
    low = label.lower()
    if low in GOVERNMENT_NOUNS:
        return True
    end = next((e for e in SPOKESPERSON_ENDINGS if low.endswith(e)), None)
    return end is not None and low[: -len(end)].rstrip("s-") in GOVERNMENT_NOUNS


def _governments(view: DocView) -> set[str]:
    """The states whose governments the article names as organisations
    ("Regierung (Xland)")."""
    out = set()
    for key, e in view.entities.items():
        if kind_of(key) is Kind.ORG and e.name.partition(" (")[0].lower() in (
            GOVERNMENT_NOUNS
        ):
            state = as_state(key, view)
            if state is not None and kind_of(state) is Kind.PLACE:
                out.add(state)
    return out


def _capital_state(view: DocView, si: int) -> str | None:
    """The state of the one capital the sentence ``si`` names, if the article
    names that state."""
    sent = view.sents[si]
    states = set()
    for j in range(sent.start, sent.end):
        k = view.key(j)
        if k is not None and kind_of(k) is Kind.PLACE:
            state = state_of_capital(k, view.entities)
            if state is not None and state != k:
                states.add(state)
    return next(iter(states)) if len(states) == 1 else None


def government_labels(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a bare government label ("Regierung",
    "Regierungssprecher") given the state it speaks for, where the article
    tells which; other quotes as they are."""
    if not any(f[4] is None and f[6] and _government(f[6]) for f in found):
        return found
    governments: set[str] | None = None
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is None and label and _government(label):
            state = _capital_state(view, si)
            if state is None:
                if governments is None:
                    governments = _governments(view)
                if len(governments) == 1:
                    state = next(iter(governments))
            if state is not None:
                f = (a, b, si, kind, state, medium, None)
        out.append(f)
    return out
