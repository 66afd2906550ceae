"""The RDF terms the linking pass reads and writes, and what an entity node is."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.extract.records import Kind
from kg.rdf.prefixes import PREFIXES

_KG = PREFIXES["kg"]
_SDO = PREFIXES["schema"]
KGR = PREFIXES["kgr"]
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
HIDDEN = ox.NamedNode("http://www.w3.org/2004/02/skos/core#hiddenLabel")
NAME = ox.NamedNode(_SDO + "name")
ALT_NAME = ox.NamedNode(_SDO + "alternateName")
JOB_TITLE = ox.NamedNode(_SDO + "jobTitle")
ANCHOR_OF = ox.NamedNode(_KG + "anchorOf")
MENTION_OF = ox.NamedNode(_KG + "mentionOf")
IN_SENTENCE = ox.NamedNode(_KG + "inSentence")
BEGIN = ox.NamedNode(_KG + "beginIndex")
MEETING = ox.NamedNode(_KG + "Meeting")
START_DATE = ox.NamedNode(_SDO + "startDate")
LOCATION = ox.NamedNode(_SDO + "location")
ATTENDEE = ox.NamedNode(_SDO + "attendee")
ORGANIZER = ox.NamedNode(_SDO + "organizer")
DATE_PUBLISHED = ox.NamedNode(_SDO + "datePublished")
CONTAINED_IN = ox.NamedNode(_SDO + "containedInPlace")
ORG_MEMBER = ox.NamedNode("http://www.w3.org/ns/org#member")
ORG_ORGANIZATION = ox.NamedNode("http://www.w3.org/ns/org#organization")
_CLASS_KIND = {
    ox.NamedNode(_KG + "Person"): Kind.PERSON,
    ox.NamedNode(_KG + "Organisation"): Kind.ORG,
    ox.NamedNode(_KG + "Place"): Kind.PLACE,
}
_MEMBERSHIP = KGR + "membership/"
#: properties whose object is an entity (``kg:mentionOf`` and ``org:member`` always
#: point to a node typed in the same article, so they are not read)
_REFERRING = tuple(
    ox.NamedNode(iri)
    for iri in (
        _SDO + "containedInPlace",
        _SDO + "attendee",
        _SDO + "organizer",
        _SDO + "location",
        "http://www.w3.org/ns/org#organization",
    )
)


Node = tuple[str, str]  # (article graph IRI, entity IRI)


@dataclass(slots=True)
class LinkSummary:
    """What a linking pass did."""

    nodes: int = 0  #: entity nodes (article, IRI) in the store
    linked: int = 0  #: nodes that now carry another IRI than extraction gave them
    renamed: int = 0  #: nodes whose ``schema:name`` this run changed
    articles: int = 0  #: article graphs rewritten by this run
    events: int = 0  #: meeting reports that are one event with another article's
    seconds: float = 0.0
    links: dict[str, str] = field(default_factory=dict)  #: original -> linked IRI

    def __str__(self) -> str:
        return (
            f"{self.linked} of {self.nodes} entity nodes linked, "
            f"{self.events} meeting reports merged into events, "
            f"{self.articles} articles rewritten in {self.seconds:.2f} s"
        )
