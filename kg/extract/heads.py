"""A government named by its head: "die Regierung von Ministerpräsident Viktor
Orban", "das Kabinett Merkel" (``bench/extract_gold.md``: a generic body noun
that the text ties to its head counts as that body). The person stays a person
of the article; the words from the body noun to the end of the name become an
organisation's mention of their own."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.names import continues_name
from kg.lang.de.titles import is_title

__all__ = ["HEAD_BODY_NOUNS", "bodies_of_heads"]

#: nouns of a body a head leads, before "von" and the head's name or right
#: before the name: "Regierung von Renzi", "Kabinett Merkel"
HEAD_BODY_NOUNS = frozenset({"Regierung", "Kabinett", "Administration"})


def bodies_of_heads(doc: Doc) -> Iterator[tuple[int, int]]:
    """(body noun token, end token) of each body named by its head: the noun,
    "von" (optional), at most two titles ("Präsident", "Ministerpräsident")
    and a person the pipeline named.

    Example
    -------
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("de")("Die Regierung von Präsident Ana Lima stürzte.")
    >>> doc.ents = [Span(doc, 4, 6, label="PER")]
    >>> list(bodies_of_heads(doc))
    [(1, 6)]
    """
    # a name the model cut in two ("Mathiripala| Sirisena") ends at the second
    ends = {e.start: e.end for e in doc.ents if e.label_ == "PER"}
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        k = ent.start - 1
        titles = 0
        while k > 0 and titles < 2 and is_title(doc[k].text):
            k -= 1
            titles += 1
        if k > 0 and doc[k].lower_ == "von":
            k -= 1
        elif titles:
            continue  # "die Regierung Präsident X" is no such name
        if k >= 0 and doc[k].text in HEAD_BODY_NOUNS:
            end = ends.get(ent.end, ent.end)
            if end == ent.end and end < len(doc) and continues_name(doc, doc[end]):
                end += 1  # "Mathiripala| Sirisena": the surname the model left out
            yield k, end
