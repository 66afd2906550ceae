"""Unnamed spokespeople whose quote kept only their noun (issue 17).

Two German-general readings of a quote whose speaker is still unknown and
whose label is a spokesperson's or the body after one:

- "Wie ein Sprecher sagte, will die Firma X …": a bare spokesperson in a
  "wie" clause before the main clause speaks for the one organisation (no
  outlet) the main clause names, as "nach Angaben eines Sprechers" does
  (:mod:`kg.extract.quotes_spokesman`);
- "Ein Sprecher des Ministers sagte, …": the label of a body or office in the
  genitive is its nominative ("Minister", not "Ministers").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.records import Kind, Quote, kind_of
from kg.extract.view import DocView
from kg.lang.de.speech_sources import SPOKESPERSON_ENDINGS

__all__ = ["unnamed_spokespeople"]

_INDEFINITE = frozenset({"ein", "eine"})


def unnamed_spokespeople(view: DocView, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the unnamed spokespeople above read; the others as
    they are."""
    out = []
    for q in quotes:
        if q.speaker is None and q.speaker_label and 0 <= q.sentence < len(view.sents):
            q = _read(view, view.sents[q.sentence], q)
        out.append(q)
    return out


def _read(view: DocView, sent: Span, q: Quote) -> Quote:
    label = q.speaker_label or ""
    low = label.lower()
    outside = [t for t in sent if not q.start <= t.idx < q.end]
    if low in SPOKESPERSON_ENDINGS:
        org = _org_of_wie_clause(view, sent, q)
        return replace(q, speaker=org, speaker_label=None) if org else q
    if low.endswith("s") and len(low) > 4:
        for t in outside[2:]:
            before = view.doc[t.i - 2]
            if (
                t.text == label
                and view.doc[t.i - 1].lower_ == "des"
                and before.text.lower().endswith(SPOKESPERSON_ENDINGS + ("sprechers",))
            ):
                # "des Ministers", "des Bundesamtes": the nominative
                cut = 2 if low.endswith("es") and len(low) > 6 else 1
                return replace(q, speaker_label=label[:-cut])
    return q


def _org_of_wie_clause(view: DocView, sent: Span, q: Quote) -> str | None:
    """ "Wie ein Sprecher sagte, <q>": the one organisation (no outlet) that
    ``q`` names, where the sentence opens with "Wie ein(e) Sprecher(in)" and
    ``q`` follows; None when ``q`` names none or two."""
    doc = view.doc
    s = sent.start
    if not (
        s + 2 < sent.end
        and doc[s].lower_ == "wie"
        and doc[s + 1].lower_ in _INDEFINITE
        and doc[s + 2].lower_ in SPOKESPERSON_ENDINGS
        and doc[s + 2].idx < q.start
    ):
        return None
    inside = [t.i for t in sent if q.start <= t.idx < q.end]
    found = {
        k
        for j in inside
        if (k := view.key(j)) and kind_of(k) is Kind.ORG and not is_media(k)
    }
    tagged = [
        e
        for e in doc.ents
        if e.label_ == "ORG" and q.start <= e.start_char and e.end_char <= q.end
    ]
    if len(found) != 1 or len(tagged) > 1:
        return None
    return found.pop()
