"""A source whose name stands in quotation marks after "nach Informationen der"
(issue 17).

"Nach Informationen der „Welt am Sonntag“ soll …", "laut Angaben des
«Tagesspiegel» …": the mark between the article and the name ends the source
phrase of :func:`kg.extract.sources.source_at`, which then finds no source.
The organisation named in the marks is the speaker; an outlet is the medium too
(``bench/quote_gold.md``: "nach Informationen der Tageszeitung Die Welt" is the
paper's).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.records import Kind, kind_of
from kg.extract.sources import Source, clause_start
from kg.extract.view import DocView
from kg.lang.de.speech_sources import ATTRIBUTION_NOUNS

__all__ = ["carried_by_medium", "marked_name_source"]

_ARTICLES = frozenset({"der", "des", "dem"})


def marked_name_source(view: DocView, sent: Span, i: int) -> Source | None:
    """(speaker, medium, label, start, end) of ``sent`` when the "nach" or
    "laut" at ``i`` is followed by an attribution noun, an article, an opening
    quotation mark and an organisation the article names ("nach Informationen
    der „X“"); None otherwise."""
    doc = view.doc
    if not (
        doc[i].lower_ in ("nach", "laut")
        and i + 4 < sent.end
        and doc[i + 1].lower_ in ATTRIBUTION_NOUNS
        and doc[i + 1].text[:1].isupper()
        and doc[i + 2].lower_ in _ARTICLES
        and doc[i + 3].is_quote
    ):
        return None
    k = view.key(i + 4)
    if k is None or kind_of(k) is not Kind.ORG:
        return None
    return k, k if is_media(k) else None, None, clause_start(sent), sent.end_char


def carried_by_medium(
    sent: Span, start: int, end: int, speaker: str | None, medium: str | None
) -> bool:
    """The quote ``start``-``end`` of ``sent`` has a reporting clause of its
    own in ``sent`` ("Die Polizei sagte, der Täter sei geflohen"), so an
    outlet that reports it in the next sentence ("Das berichtete die
    Zeitung X") only carries it: the outlet is its medium, not its speaker.
    ``speaker`` and ``medium`` are the next sentence's source; only an outlet
    on its own authority (speaker and medium the same) is meant."""
    if speaker is None or speaker != medium:
        return False
    text = sent.doc.text
    rest = text[sent.start_char : start] + text[end : sent.end_char]
    return any(c.isalpha() for c in rest)
