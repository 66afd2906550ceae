"""RDF namespaces of kg. Terms mirror ``ontology/kg.ttl``; a typo raises.

``KG`` holds the project's ontology terms, ``KGR`` is the base of minted
resource IRIs (``kgr:person/antony-blinken``). ``SDO`` is schema.org as the graph
spells it,
``http://schema.org/`` (rdflib's own ``SDO`` is ``https://``; MODEL.md, the
shapes and the queries all use ``http://``).
"""

from __future__ import annotations

from typing import TypeVar

from rdflib import Graph, Namespace
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

from kg.rdf.prefixes import (
    EXPORT_PREFIXES,
    ONTOLOGY_IRI,
    PREFIXES,
    RESOURCE_IRI,
    sparql_prefixes,
)

__all__ = [
    "PREFIXES",
    "EXPORT_PREFIXES",
    "KG",
    "KGR",
    "SDO",
    "ORG",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "NIF",
    "bind",
    "sparql_prefixes",
]


KGR = Namespace(RESOURCE_IRI)
SDO = Namespace(PREFIXES["schema"])
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


class KG(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # classes
    Person: URIRef
    Organisation: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Meeting: URIRef
    Role: URIRef
    RoleAssignment: URIRef
    Article: URIRef
    Sentence: URIRef
    Mention: URIRef
    Quotation: URIRef
    VerbalInteraction: URIRef
    # properties
    trigger: URIRef
    timeExpression: URIRef
    reportedIn: URIRef
    title: URIRef
    validAt: URIRef
    contentHash: URIRef
    sourceFile: URIRef
    text: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    inArticle: URIRef
    inSentence: URIRef
    anchorOf: URIRef
    label: URIRef
    mentionOf: URIRef
    quoteKind: URIRef
    medium: URIRef
    speakerLabel: URIRef
    sourceLabel: URIRef
    targetLabel: URIRef
    interactionType: URIRef
    verb: URIRef
    issue: URIRef


_G = TypeVar("_G", bound=Graph)

#: the prefixes bound on rdflib graphs, in this order
_BOUND = ("kg", "kgr", "schema", "org", "prov", "skos", "xsd", "rdfs")


def bind(graph: _G) -> _G:
    """Bind the usual prefixes (:data:`PREFIXES`) on an rdflib Graph/Dataset and
    return it."""
    for prefix in _BOUND:
        graph.bind(prefix, PREFIXES[prefix])
    return graph
