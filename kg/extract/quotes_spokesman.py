"""A clause attributed to an unnamed spokesperson by "laut" (issue 17).

"Die Linien wurden laut einem Sprecher des Unternehmens ausgespart", "Die
Straße bleibt laut einer Polizeisprecherin gesperrt": "laut" before an
indefinite spokesperson attributes the clause as "laut der Polizei" does; the
spokesperson speaks for the body their noun names or, a bare "Sprecher", for
the organisation named last before (:func:`kg.extract.speaker_labels.spokesperson`).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.sources import clause_start
from kg.extract.speaker_labels import spokesperson
from kg.extract.view import DocView
from kg.lang.de.speech_sources import SPOKESPERSON_ENDINGS

__all__ = ["spokesperson_source"]

_INDEFINITE = frozenset({"einem", "einer"})


def spokesperson_source(
    view: DocView, sent: Span, i: int
) -> tuple[str | None, str | None, str | None, int, int] | None:
    """(speaker, medium, label, start, end) of the clause of ``sent`` when the
    "laut" at ``i`` is followed by "einem"/"einer" and a noun ending in
    "Sprecher"/"Sprecherin" ("laut einem Sprecher", "laut einer
    Polizeisprecherin"); the clause is the whole sentence, as for any "laut"."""
    doc = view.doc
    if doc[i].lower_ != "laut" or i + 2 >= sent.end:
        return None
    if doc[i + 1].lower_ not in _INDEFINITE:
        return None
    noun = doc[i + 2]
    if not (noun.text[:1].isupper() and noun.lower_.endswith(SPOKESPERSON_ENDINGS)):
        return None
    speaker, label = spokesperson(view, noun.text, noun.i)
    return speaker, None, label, clause_start(sent), sent.end_char
