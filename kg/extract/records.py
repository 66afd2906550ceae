"""Plain records between the NLP stage and the RDF stage.

Frozen dataclasses with no spaCy or rdflib imports, so the RDF stage and its
tests need no model (confection's flat split). Offsets are character offsets
into the article's full text (``Document.text``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

__all__ = [
    "ENTITY_KINDS",
    "Kind",
    "PLACE_KINDS",
    "actor_keys",
    "ArticleRecords",
    "Entity",
    "Interaction",
    "Meeting",
    "Mention",
    "Quote",
    "Role",
    "Sentence",
    "entity_key",
    "kind_of",
    "name_of",
]


class Kind(StrEnum):
    """The kind of an entity: the first part of its key ("person/John Kerry") and
    of its IRI. A member is equal to its value as a string (``Kind.PERSON ==
    "person"``), so keys stay plain strings; code names the member, so that a
    misspelt kind fails at import instead of matching nothing."""

    PERSON = "person"
    ORG = "org"
    PLACE = "place"


_KINDS = {k.value: k for k in Kind}


def entity_key(kind: Kind, name: str) -> str:
    """The key of the entity of ``kind`` named ``name``.

    Example
    -------
    >>> entity_key(Kind.PERSON, "John Kerry")
    'person/John Kerry'
    """
    return f"{kind.value}/{name}"


def kind_of(key: str) -> Kind | None:
    """The kind of the entity ``key`` names; ``None`` if it names none.

    Example
    -------
    >>> kind_of("place/Wien") is Kind.PLACE, kind_of("Wien")
    (True, None)
    """
    kind, slash, _ = key.partition("/")
    return _KINDS.get(kind) if slash else None


def name_of(key: str) -> str:
    """The canonical name in the entity ``key``: "Wien" of "place/Wien"."""
    return key.partition("/")[2]


ENTITY_KINDS = tuple(k.value for k in Kind)
PLACE_KINDS = ("country", "city", "region", None)
LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"sentence offsets {self.start}-{self.end} out of order")


@dataclass(frozen=True, slots=True)
class Mention:
    """One stretch of text that names an entity."""

    start: int
    end: int
    text: str
    label: str
    sentence: int  # index into ArticleRecords.sentences

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"mention {self.text!r}: offsets {self.start}-{self.end}")
        if self.label not in LABELS:
            raise ValueError(
                f"mention {self.text!r}: label {self.label!r} not in {LABELS}"
            )


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world entity within one article, with all its mentions.

    ``key`` is ``"<kind>/<canonical name>"``; the RDF stage mints the IRI
    from it, so equal keys in two articles mean one node.
    """

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    place_kind: str | None = None
    country_code: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    contained_in: str | None = None  # key of the containing place (a city's country)
    #: an organisation's kind in the gazetteer (``party``, ``gov``, ``media`` ...)
    org_kind: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ENTITY_KINDS:
            raise ValueError(
                f"entity {self.name!r}: kind {self.kind!r} not in {ENTITY_KINDS}"
            )
        if self.place_kind not in PLACE_KINDS:
            raise ValueError(f"entity {self.name!r}: place kind {self.place_kind!r}")
        if not self.name.strip():
            raise ValueError("entity with an empty name")

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.name}"


@dataclass(frozen=True, slots=True)
class Role:
    """A person holding a post (for a country or organisation) as of the article."""

    person: str  # entity key
    role: str  # base title, e.g. "stellvertretender Außenminister"
    title: str  # as written, e.g. "stellvertretenden Außenminister"
    organisation: str | None  # entity key of a country or organisation
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Meeting:
    """One meeting event, merged over all the sentences that mention it."""

    triggers: tuple[str, ...]
    attendees: tuple[str, ...]  # entity keys
    sentences: tuple[int, ...]
    organizers: tuple[str, ...] = ()
    location: str | None = None  # entity key of a place
    date: date | datetime | None = None
    time_expressions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.triggers:
            raise ValueError("meeting without a trigger phrase")
        if not self.sentences:
            raise ValueError("meeting without evidence sentence")


QUOTE_KINDS = ("direct", "indirect")


@dataclass(frozen=True, slots=True)
class Quote:
    """What someone said: the words in quotation marks (``direct``) or the
    reported clause ("Es sei schwierig, …", ``indirect``), its speaker and the
    outlet it was said to or reported by.

    ``speaker`` is the key of a person, or of the state or organisation an
    unnamed speaker speaks for ("ein US-Regierungsvertreter" -> ``place/USA``);
    ``None`` when the text does not say who. ``mentions`` are the keys of the
    entities named inside the quote.
    """

    kind: str
    text: str
    start: int
    end: int
    sentence: int  # the sentence the quote starts in
    speaker: str | None = None
    medium: str | None = None  # key of a media organisation
    mentions: tuple[str, ...] = ()
    speaker_label: str | None = None  # "Polizei": an unnamed speaker's noun

    def __post_init__(self) -> None:
        if self.kind not in QUOTE_KINDS:
            raise ValueError(f"quote {self.text!r}: kind {self.kind!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"quote {self.text!r}: offsets {self.start}-{self.end}")


@dataclass(frozen=True, slots=True)
class Interaction:
    """A verbal interaction between actors named by a verb ("Blinken hat Russland
    zur Deeskalation aufgefordert"): its PLOVER-style ``type`` (DEMAND, ACCUSE,
    …, :data:`kg.lang.de.speech.INTERACTION_TYPES`), the verb's infinitive and
    its form as written, the source and target actors (entity keys), the issue
    ("Deeskalation") and where the verb stands.

    ``source_label`` is the noun phrase of a body no entity stands for when it
    is the source ("Die syrische Opposition wirft Assad vor …" -> "syrische
    Opposition", ``source`` ``None``), as :attr:`Quote.speaker_label` is an
    unnamed speaker's; ``target_label`` likewise for the target. Every
    interaction has a source or a source label."""

    type: str
    verb: str
    trigger: str
    source: str | None
    sentence: int
    start: int
    end: int
    target: str | None = None
    issue: str | None = None
    source_label: str | None = None  # "syrische Opposition": an unnamed body
    target_label: str | None = None

    def __post_init__(self) -> None:
        if not self.type.isupper():
            raise ValueError(f"interaction {self.trigger!r}: type {self.type!r}")
        if self.source is None and not self.source_label:
            raise ValueError(f"interaction {self.trigger!r}: neither source nor label")
        if not 0 <= self.start < self.end:
            raise ValueError(f"interaction {self.trigger!r}: offsets")


@dataclass(frozen=True, slots=True)
class ArticleRecords:
    """Everything extracted from one article."""

    id: str
    content_hash: str
    title: str | None = None
    date: date | datetime | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    quotes: tuple[Quote, ...] = ()
    interactions: tuple[Interaction, ...] = ()


def actor_keys(
    roles: Sequence[Role],
    meetings: Sequence[Meeting],
    quotes: Sequence[Quote],
    interactions: Sequence[Interaction],
) -> set[str | None]:
    """The keys the records use as actors: role holders and organisations,
    meeting sides and organisers, speakers, media and the actors a quote
    mentions, the sources and targets of interactions (not a meeting's place)."""
    used: set[str | None] = set()
    for r in roles:
        used |= {r.person, r.organisation}
    for mt in meetings:
        used |= {*mt.attendees, *mt.organizers}
    for q in quotes:
        used |= {q.speaker, q.medium, *q.mentions}
    for i in interactions:
        used |= {i.source, i.target}
    return used
