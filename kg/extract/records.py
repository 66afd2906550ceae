"""Plain records between the NLP stage and the RDF stage.

Frozen dataclasses with no spaCy or rdflib imports, so the RDF stage and its
tests need no model (confection's flat split). Offsets are character offsets
into the article's full text (``Document.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "ENTITY_KINDS",
    "PLACE_KINDS",
    "ArticleRecords",
    "Entity",
    "Meeting",
    "Mention",
    "Role",
    "Sentence",
]

ENTITY_KINDS = ("person", "org", "place")
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
    time_expressions: tuple[tuple[int, int, str, str | None], ...] = field(default=())
