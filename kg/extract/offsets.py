"""Offsets back into the text as it was, for records of a Doc made from the
text with its runs of spaces squeezed (:func:`kg.nlp.squeeze_spaces`)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.records import ArticleRecords

__all__ = ["unsqueeze"]


def unsqueeze(
    rec: ArticleRecords, at: list[int], text: str, offset: int
) -> ArticleRecords:
    """``rec`` (offsets into the squeezed text) with offsets into ``text`` plus
    ``offset``, and the text of sentences and mentions taken from ``text``."""

    def span(start: int, end: int) -> tuple[int, int, str]:
        a, b = at[start], at[end]
        return a + offset, b + offset, text[a:b]

    sentences = []
    for s in rec.sentences:
        a, b, t = span(s.start, s.end)
        sentences.append(replace(s, start=a, end=b, text=t))
    entities = []
    for e in rec.entities:
        mentions = []
        for m in e.mentions:
            a, b, t = span(m.start, m.end)
            mentions.append(replace(m, start=a, end=b, text=t))
        entities.append(replace(e, mentions=tuple(mentions)))
    roles = [
        replace(r, start=at[r.start] + offset, end=at[r.end] + offset)
        for r in rec.roles
    ]
    quotes = []
    for q in rec.quotes:
        a, b, t = span(q.start, q.end)
        quotes.append(replace(q, start=a, end=b, text=t))
    interactions = [
        replace(i, start=at[i.start] + offset, end=at[i.end] + offset)
        for i in rec.interactions
    ]
    return replace(
        rec,
        sentences=tuple(sentences),
        entities=tuple(entities),
        roles=tuple(roles),
        quotes=tuple(quotes),
        interactions=tuple(interactions),
    )
