"""A government named by its head: "die Regierung von Ministerpräsident Viktor
Orban", "das Kabinett Merkel" (``bench/extract_gold.md``: a generic body noun
that the text ties to its head counts as that body), and the office of a head
("das Büro des Ministerpräsidenten", "Netanjahus Büro", "das Büro von
Präsident X"; the gold names "Büro des Ministerpräsidenten"). The person stays
a person of the article; the words of the body become an organisation's
mention of their own."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.names import continues_name
from kg.lang.de.org_nouns import HEAD_OFFICE_NOUNS, is_office_holder
from kg.lang.de.titles import is_title

__all__ = ["HEAD_BODY_NOUNS", "bodies_of_heads"]

#: nouns of a body a head leads, before "von" and the head's name or right
#: before the name: "Regierung von Renzi", "Kabinett Merkel", "Büro Nagl"
HEAD_BODY_NOUNS = (
    frozenset({"Regierung", "Kabinett", "Administration"}) | HEAD_OFFICE_NOUNS
)

#: words before an office noun that make it a room, not the body ("im Büro
#: des Präsidenten")
_ROOM_WORDS = frozenset({"im", "ins", "vom", "in", "aus"})


def bodies_of_heads(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """(body noun token, start token, end token) of each body named by its
    head: the noun, "von" (optional), at most two titles ("Präsident",
    "Ministerpräsident") and a person the pipeline named; an office noun and
    its head in the genitive ("Büro des britischen Premierministers"); a
    person in the genitive and an office noun ("Netanjahus Büro").

    Example
    -------
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("de")("Die Regierung von Präsident Ana Lima stürzte.")
    >>> doc.ents = [Span(doc, 4, 6, label="PER")]
    >>> list(bodies_of_heads(doc))
    [(1, 1, 6)]
    """
    # a name the model cut in two ("Mathiripala| Sirisena") ends at the second
    ends = {e.start: e.end for e in doc.ents if e.label_ == "PER"}
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        yield from _possessed_office(doc, ent.start, ent.end)
        k = ent.start - 1
        titles = 0
        while k > 0 and titles < 2 and is_title(doc[k].text):
            k -= 1
            titles += 1
        if k > 0 and doc[k].lower_ == "von":
            k -= 1
        elif titles:
            continue  # "die Regierung Präsident X" is no such name
        if k >= 0 and doc[k].text in HEAD_BODY_NOUNS and not _room(doc, k):
            end = ends.get(ent.end, ent.end)
            if end == ent.end and end < len(doc) and continues_name(doc, doc[end]):
                end += 1  # "Mathiripala| Sirisena": the surname the model left out
            yield k, k, end
    yield from _offices_of_holders(doc)


def _room(doc: Doc, k: int) -> bool:
    """The office noun at ``k`` is a room: "im Büro", "ins Büro von X"."""
    return (
        doc[k].text in HEAD_OFFICE_NOUNS and k > 0 and doc[k - 1].lower_ in _ROOM_WORDS
    )


def _possessed_office(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """A person in the genitive before an office noun: "Netanjahus Büro",
    "Obamas Pressebüro" (not "im Büro", which the person does not own)."""
    if end >= len(doc) or doc[end].text not in HEAD_OFFICE_NOUNS:
        return
    last = doc[end - 1].text
    if last.endswith(("s", "’", "'", "z", "x")) and doc[start].text[:1].isupper():
        yield end, start, end + 1


def _offices_of_holders(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """An office noun, "des" or "der", at most two adjectives and a head in
    the genitive: "das Büro des Ministerpräsidenten", "des Büros der
    Bürgermeisterin", "Pressebüro des britischen Premierministers"."""
    for tok in doc:
        k = tok.i
        if tok.text not in HEAD_OFFICE_NOUNS or _room(doc, k):
            continue
        j = k + 1
        if j >= len(doc) or doc[j].lower_ not in ("des", "der"):
            continue
        j += 1
        adjectives = 0
        while j < len(doc) and adjectives < 2 and doc[j].text[:1].islower():
            j += 1
            adjectives += 1
        if j < len(doc) and is_office_holder(doc[j].text):
            yield k, k, j + 1
