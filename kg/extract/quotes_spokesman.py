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

from kg.extract.actors import is_media
from kg.extract.coref import LastSpeaker
from kg.extract.quotes_demnach import new_source_before
from kg.extract.records import Kind, kind_of
from kg.extract.source_marks import marked_name_source
from kg.extract.sources import Source, clause_start, source_at
from kg.extract.speaker_labels import spokesperson
from kg.extract.view import DocView
from kg.lang.de.bodies import body_noun
from kg.lang.de.speech_sources import ATTRIBUTION_NOUNS, SPOKESPERSON_ENDINGS

__all__ = ["attributed_source", "spokesperson_source"]

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
    after = False  # "nach Angaben eines Sprechers"
    if doc[i].lower_ == "laut" and i + 2 < sent.end:
        article, noun = doc[i + 1], doc[i + 2]
    elif (
        doc[i].lower_ == "nach"
        and i + 3 < sent.end
        and doc[i + 1].lower_ in ATTRIBUTION_NOUNS
        and doc[i + 1].text[:1].isupper()
    ):
        article, noun, after = doc[i + 2], doc[i + 3], True
    elif doc[i].lower_ == "zufolge" and i - 2 >= sent.start:
        article, noun = doc[i - 2], doc[i - 1]  # "Einem Sprecher zufolge"
    else:
        return None
    if article.lower_ not in _INDEFINITE:
        return None
    word = noun.text.removesuffix("s")  # "eines Sprechers"
    if not (word[:1].isupper() and word.lower().endswith(SPOKESPERSON_ENDINGS)):
        return None
    if after:
        return _spokesperson_after(view, sent, word, noun.i)
    speaker, label = spokesperson(view, word, noun.i)
    return speaker, None, label, clause_start(sent), sent.end_char


def _spokesperson_after(view: DocView, sent: Span, word: str, at: int) -> Source | None:
    """ "nach Angaben eines Sprechers": the body of a genitive after the noun
    ("eines Sprechers der Polizei"), else the one :func:`spokesperson` finds,
    else the one organisation the rest of the sentence names; None (no
    attribution of a spokesperson) when none is found."""
    doc = view.doc
    a, b = clause_start(sent), sent.end_char
    if at + 2 < sent.end and doc[at + 1].lower_ in ("der", "des"):
        k = view.key(at + 2)
        if k is not None and kind_of(k) is Kind.ORG and not is_media(k):
            return k, None, None, a, b
        body = (
            doc[at + 2].text.removesuffix("s")
            if doc[at + 1].lower_ == "des"
            else doc[at + 2].text
        )
        if k is None and body_noun(body):
            return None, None, body, a, b  # "eines Sprechers der Polizei"
        return None
    speaker, label = spokesperson(view, word, at)
    if speaker is None and label == word:
        speaker, label = _one_org_after(view, sent, at), None
    if speaker is None and label is None:
        return None
    return speaker, None, label, a, b


def attributed_source(
    view: DocView, sent: Span, i: int, last: LastSpeaker
) -> Source | None:
    """The attribution the cue at ``i`` opens or closes
    (:func:`kg.extract.sources.source_at`); "nach Angaben eines Sprechers"
    is an unnamed spokesperson's first (:func:`spokesperson_source`), and
    "demnach" after a sentence naming a new source that source's
    (:func:`kg.extract.quotes_demnach.new_source_before`); a name in quotation
    marks after the attribution noun its own
    (:func:`kg.extract.source_marks.marked_name_source`)."""
    if (new := new_source_before(view, sent, i, last)) is not None:
        return new
    if view.doc[i].lower_ == "nach":
        found = spokesperson_source(view, sent, i)
        if found is not None:
            return found
    if (marked := marked_name_source(view, sent, i)) is not None:
        return marked  # "nach Informationen der „Welt am Sonntag“"
    return source_at(view, sent, i, last) or spokesperson_source(view, sent, i)


def _one_org_after(view: DocView, sent: Span, at: int) -> str | None:
    """The one organisation (no outlet) the sentence names after token ``at``;
    None when it names two ("wollen Xwerk und Ybau …")."""
    doc = view.doc
    found = {
        k
        for j in range(at + 1, sent.end)
        if (k := view.key(j)) and kind_of(k) is Kind.ORG and not is_media(k)
    }
    tagged = [e for e in doc.ents if e.start > at and e.end <= sent.end]
    if len(found) != 1 or sum(e.label_ == "ORG" for e in tagged) > 1:
        return None
    return found.pop()
