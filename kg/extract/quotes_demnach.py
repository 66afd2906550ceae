""" "Demnach" after a sentence that names a new source (issue 17).

"Anna Roth sagte, sie sei zufrieden. Das Statistische Bundesamt hat neue
Zahlen vorgelegt. Demnach sei die Zahl der Geburten gestiegen": "demnach"
(:data:`kg.lang.de.speech_sources.REPORT_ADVERBS`) refers to what the sentence
right before it says; when that sentence is no quote, names a document or
figures (``kg/data/report_documents.txt``: "Studie", "Zahlen", "Bilanz") and
exactly one person or organisation (no outlet), its clause is theirs, not the
speaker quoted before it (:func:`kg.extract.sources.source_at` keeps the speaker quoted
last when the sentence before names no one or several).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.coref import LastSpeaker
from kg.extract.records import Kind, kind_of
from kg.extract.sources import Source, clause_start
from kg.extract.view import DocView
from kg.lang.de.lexicon import data_lines
from kg.lang.de.speech_sources import REPORT_ADVERBS

__all__ = ["REPORT_DOCUMENTS", "new_source_before"]

REPORT_DOCUMENTS = frozenset(
    line.strip() for _, line in data_lines("report_documents.txt")
)


def _document_word(word: str) -> bool:
    """``word`` (as written) is a noun of :data:`REPORT_DOCUMENTS` or a
    compound ending in one ("Jahresbilanz", "Quartalszahlen")."""
    low = word.lower().rsplit("-", 1)[-1]
    return word[:1].isupper() and any(
        low == n or (low.endswith(n) and len(low) > len(n) + 2)
        for n in REPORT_DOCUMENTS
    )


def new_source_before(
    view: DocView, sent: Span, i: int, last: LastSpeaker
) -> Source | None:
    """(speaker, medium, label, start, end) of the clause of ``sent`` when token
    ``i`` is "demnach" and the sentence before names one new source; None
    otherwise."""
    doc = view.doc
    if doc[i].lower_ not in REPORT_ADVERBS:
        return None
    here = view.sentence_of(doc[i])
    if here == 0 or (last is not None and last[2] >= here - 1):
        return None  # the sentence before is a quote: its speaker goes on
    before = view.sents[here - 1]
    if not any(_document_word(t.text) for t in before):
        return None  # "Anna X ist Bürgermeisterin. Demnach …": an inference
    named = {
        k
        for j in range(before.start, before.end)
        if (k := view.key(j))
        and kind_of(k) in (Kind.ORG, Kind.PERSON)
        and not is_media(k)
    }
    if len(named) != 1:
        return None
    return named.pop(), None, None, clause_start(sent), sent.end_char
