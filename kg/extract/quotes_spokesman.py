"""A clause attributed to an unnamed spokesperson by "laut" (issue 17).

"Die Linien wurden laut einem Sprecher des Unternehmens ausgespart", "Die
Straße bleibt laut einer Polizeisprecherin gesperrt", "Einem Sprecher zufolge
…": "laut" before (or "zufolge" after) an
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

#: "laut einem", "laut einer", and the genitive of speech ("laut eines Sprechers")
_INDEFINITE = frozenset({"einem", "einer", "eines"})


def spokesperson_source(
    view: DocView, sent: Span, i: int
) -> tuple[str | None, str | None, str | None, int, int] | None:
    """(speaker, medium, label, start, end) of the clause of ``sent`` when the
    "laut" at ``i`` is followed by "einem", "einer" or "eines" and a noun
    ending in "Sprecher"/"Sprecherin" ("laut einem Sprecher", "laut einer
    Polizeisprecherin", "laut eines Sprechers"), or the "zufolge" at ``i``
    follows them ("Einem Sprecher zufolge"); the clause is the whole
    sentence, as for any "laut"."""
    doc = view.doc
    if doc[i].lower_ == "laut" and i + 2 < sent.end:
        article, noun = doc[i + 1], doc[i + 2]
    elif doc[i].lower_ == "zufolge" and i - 2 >= sent.start:
        article, noun = doc[i - 2], doc[i - 1]  # "Einem Sprecher zufolge"
    else:
        return None
    if article.lower_ not in _INDEFINITE:
        return None
    word = noun.text.removesuffix("s")  # "eines Sprechers"
    if not (word[:1].isupper() and word.lower().endswith(SPOKESPERSON_ENDINGS)):
        return None
    speaker, label = spokesperson(view, word, noun.i)
    return speaker, None, label, clause_start(sent), sent.end_char
