"""The annotated Doc as the extractors of roles and meetings read it.

Mentions are collected and resolved first (:mod:`kg.extract.mentions`,
:mod:`kg.extract.resolve`); what the later extractors need of them is, for each
token inside a mention, the key of the entity it names, and the entities by
key. :class:`DocView` holds both next to the Doc and its sentences, and is
handed to every function that reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from kg.extract.records import Entity, Kind, Sentence, kind_of

__all__ = ["DocView", "doc_sentences"]


@dataclass(frozen=True, slots=True)
class DocView:
    """``doc`` with the entity key of every token inside a mention.

    Parameters
    ----------
    doc
        The annotated article body.
    sents
        The sentences of ``doc`` that hold more than white space, in order: the
        index of one is the index of its :class:`~kg.extract.records.Sentence`.
    keys
        Token index -> key of the entity the token's mention names.
    entities
        Entity key -> the article's entity.
    offset
        Added to a character offset into ``doc.text`` to give the offset the
        records carry.
    """

    doc: Doc
    sents: list[Span]
    keys: dict[int, str | None]
    entities: dict[str, Entity]
    offset: int = 0
    _kinds: dict[int, Kind] = field(init=False, repr=False, compare=False)
    _first: dict[str, int] = field(init=False, repr=False, compare=False)
    _found: dict[frozenset[str], list[int]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    #: the text and the lower-case form of every token, read once (a Token
    #: made for each attribute read costs more than most rules' own work)
    texts: list[str] = field(init=False, repr=False, compare=False)
    lowers: list[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kinds = {}
        first: dict[str, int] = {}
        for i, key in self.keys.items():
            if key and (kind := kind_of(key)) is not None:
                kinds[i] = kind
                if i < first.get(key, i + 1):
                    first[key] = i
        object.__setattr__(self, "_kinds", kinds)
        object.__setattr__(self, "_first", first)
        strings = self.doc.vocab.strings
        orth, lower = self.doc.to_array([ORTH, LOWER]).T.tolist()
        object.__setattr__(self, "texts", [strings[h] for h in orth])
        object.__setattr__(self, "lowers", [strings[h] for h in lower])

    def positions(self, words: frozenset[str]) -> list[int]:
        """The indices of the tokens whose lower-case form is one of ``words``,
        in order."""
        found = self._found.get(words)
        if found is None:
            found = [i for i, w in enumerate(self.lowers) if w in words]
            self._found[words] = found
        return found

    def key(self, i: int) -> str | None:
        """The key of the entity token ``i`` names, if it is inside a mention."""
        return self.keys.get(i)

    def named_before(self, key: str, i: int) -> bool:
        """The entity ``key`` has a mention starting before token ``i``."""
        return self._first.get(key, i) < i

    def person(self, i: int) -> str | None:
        """The key of the person token ``i`` names, else ``None``."""
        return self.keys[i] if self._kinds.get(i) is Kind.PERSON else None

    def place(self, i: int) -> str | None:
        """The key of the place token ``i`` names, else ``None``."""
        return self.keys[i] if self._kinds.get(i) is Kind.PLACE else None

    def org(self, i: int) -> str | None:
        """The key of the organisation token ``i`` names, else ``None``."""
        return self.keys[i] if self._kinds.get(i) is Kind.ORG else None

    def sentence_of(self, tok: Token) -> int:
        """The index of the sentence ``tok`` is in (0 for a blank one)."""
        for i, s in enumerate(self.sents):
            if s.start <= tok.i < s.end:
                return i
        return 0


def doc_sentences(
    doc: Doc, offset: int
) -> tuple[list[Span], list[Sentence], dict[int, int]]:
    """The sentences of ``doc`` that hold more than white space, their records
    (stripped, offsets plus ``offset``) and the sentence index of each of their
    tokens."""
    text = doc.text  # one join of the tokens; each Span.text is another
    sents: list[Span] = []
    sentences = []
    sent_of_token: dict[int, int] = {}
    for s in doc.sents:
        raw = text[s.start_char : s.end_char]
        stripped = raw.strip()
        if not stripped:
            continue
        i = len(sents)
        sents.append(s)
        start = s.start_char + len(raw) - len(raw.lstrip()) + offset
        sentences.append(Sentence(start, start + len(stripped), stripped))
        sent_of_token.update(dict.fromkeys(range(s.start, s.end), i))
    return sents, sentences, sent_of_token
