"""RDF namespaces of kg. Terms mirror ``ontology/kg.ttl``; a typo raises.

``KG`` holds the project's ontology terms, ``KGR`` is the base of minted
resource IRIs (``kgr:person/antony-blinken``). ``SDO`` is schema.org as the graph
spells it,
``http://schema.org/`` (rdflib's own ``SDO`` is ``https://``; MODEL.md, the
shapes and the queries all use ``http://``).
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

from kg.rdf.prefixes import EXPORT_PREFIXES, ONTOLOGY_IRI, PREFIXES, RESOURCE_IRI

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


def bind(graph):  # type: ignore[no-untyped-def]
    """Bind the usual prefixes on an rdflib Graph/Dataset and return it."""
    graph.bind("kg", ONTOLOGY_IRI)
    graph.bind("kgr", RESOURCE_IRI)
    graph.bind("schema", str(SDO))
    graph.bind("org", str(ORG))
    graph.bind("prov", str(PROV))
    graph.bind("skos", str(SKOS))
    graph.bind("xsd", str(XSD))
    graph.bind("rdfs", str(RDFS))
    return graph
